"""Backups of the archive file through SQLite's backup API: verified, rotated, restorable."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from cocoach_desktop.backups.model.retention import backups_to_keep
from cocoach_desktop.platform.files import fsync_folder, write_atomically
from cocoach_desktop.platform.formatting import date_and_time

BACKUPS_DIR = "backups"
BACKUP_PREFIX = "cocoach-"
BACKUP_SUFFIX = ".sqlite3"
BEFORE_RESTORE_PREFIX = "before-restore-"
RECOVERY_PREFIX = "recovered-notes-"
DAMAGED_SUFFIX = ".damaged"
# The archive in use, renamed when the user puts a set-aside archive back in its place.
SET_ASIDE_SUFFIX = ".set-aside-"
# Sortable, and legal in file names everywhere (no colons, for Windows).
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
# What travels with a database file: SQLite finds these by the database's own name.
SIDECARS = ("-wal", "-shm", "-journal")

_BACKUP_NAME = re.compile(
    re.escape(BACKUP_PREFIX) + r"(\d{8}T\d{6}Z)" + re.escape(BACKUP_SUFFIX) + r"\Z"
)


class BackupError(Exception):
    """A backup, restore or rescue failed; ``str()`` says why in plain words, naming the file."""


class LiveDamagedError(BackupError):
    """A restore was refused: the archive in use is damaged, so it could not be saved first.

    Nothing was changed; setting the damaged file aside (``set_aside_damaged``) and
    restoring again is the way forward, which the caller names in its own terms.
    """


class PooledConnection(Protocol):
    """What is used of SQLAlchemy's pooled raw connection."""

    @property
    def driver_connection(self) -> object: ...

    def close(self) -> None: ...


class EngineLike(Protocol):
    """What ``make_backup`` uses of a SQLAlchemy ``Engine``.

    A protocol rather than an import: this module needs only ``sqlite3``, and without a
    SQLAlchemy import the UI may import it without breaking the import contracts.
    """

    def raw_connection(self) -> PooledConnection: ...


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the rotation."""

    path: Path
    taken: datetime  # UTC, from the file name
    size: int  # bytes


def backups_folder(live: Path) -> Path:
    """The default backups folder: ``backups/`` beside the live file (outside it, same disk)."""
    return live.parent / BACKUPS_DIR


def stamp(now: datetime) -> str:
    """``now`` as it appears in file names, e.g. ``20261122T101500Z``."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware (UTC), got {now!r}")
    return now.astimezone(UTC).strftime(STAMP_FORMAT)


def backup_name(taken: datetime) -> str:
    """The file name of a backup taken at ``taken``, e.g. ``cocoach-20261122T101500Z.sqlite3``."""
    return f"{BACKUP_PREFIX}{stamp(taken)}{BACKUP_SUFFIX}"


def parse_backup_name(name: str) -> datetime | None:
    """When the backup called ``name`` was taken (UTC), or None if it is not a backup's name."""
    match = _BACKUP_NAME.match(name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:  # e.g. month 13: looks like ours, is not
        return None


# --- plain-words errors -----------------------------------------------------------------


def _plain(exc: BaseException, path: Path, doing: str) -> BackupError:
    """A BackupError saying in plain words what went wrong with ``path`` while ``doing``."""
    code = exc.errno if isinstance(exc, OSError) else None
    # SQLite's errors by their result code, never by their message text. Imported here:
    # the engine module loads SQLAlchemy, which the app's start leaves for later.
    from cocoach_desktop.storage.sqlite_engine import Fault, sqlite_fault

    fault = sqlite_fault(exc)
    if code == errno.ENOSPC or fault is Fault.FULL:
        why = "the disk is full"
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS) or fault is Fault.READONLY:
        why = "the folder or file is read-only, or belongs to someone else"
    elif code == errno.ENOENT:
        why = "the file or folder does not exist"
    elif fault is Fault.BUSY:
        why = "another program (or this one) is still using it"
    elif fault is Fault.DAMAGED:
        why = "the file is damaged or is not an archive"
    elif fault is Fault.CANTOPEN:
        why = "the file cannot be opened (missing, or the folder is read-only)"
    else:
        why = str(exc) or type(exc).__name__
    return BackupError(f"Could not {doing} {path}: {why}.")


# --- SQLite helpers ---------------------------------------------------------------------


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    """A connection to ``path``; ``mode`` "ro" or "rw" never creates the file, "rwc" may."""
    # A URI, so that opening a missing file fails instead of creating an empty database.
    uri = f"{path.absolute().as_uri()}?mode={mode}"
    return sqlite3.connect(uri, uri=True, timeout=10.0, isolation_level=None)


def _check(conn: sqlite3.Connection, pragma: str) -> str | None:
    """None if ``PRAGMA <pragma>`` says exactly 'ok', else what it said."""
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed"...
        return str(exc)
    if rows == [("ok",)]:
        return None
    return "; ".join(str(row[0]) for row in rows[:5]) or "no answer"


def count_sessions(path: Path) -> int | None:
    """How many sessions the archive file at ``path`` holds, or None if it cannot be read.

    Opens the file read-only: counting never changes it.
    """
    try:
        conn = _connect(path, "ro")
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT count(*) FROM sessions").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return int(row[0]) if row else None


def verify(path: Path) -> str | None:
    """None if the database file at ``path`` passes ``PRAGMA integrity_check``, else why not.

    Opens the file read-only, so checking never changes it.
    """
    try:
        conn = _connect(path, "ro")
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return _check(conn, "integrity_check")
    finally:
        conn.close()


@contextlib.contextmanager
def _source_connection(
    source: Path | sqlite3.Connection | EngineLike,
) -> Iterator[sqlite3.Connection]:
    """The ``sqlite3`` connection to read a backup from, closed (or returned) afterwards."""
    if isinstance(source, Path):
        if not source.is_file():
            raise BackupError(f"Could not back up {source}: the file does not exist.")
        try:
            conn = _connect(source, "rw")  # read-write so SQLite can read a WAL it must recover
        except sqlite3.Error as exc:
            raise _plain(exc, source, "open") from exc
        try:
            yield conn
        finally:
            conn.close()
    elif isinstance(source, sqlite3.Connection):
        if source.in_transaction:
            # The copy would include a change that may still be rolled back.
            raise BackupError("Could not back up the archive: a change is still in progress.")
        yield source
    else:
        # The engine's own driver connection: the same SQLite library, so the copy sees what
        # is still only in the WAL, and no second library ever opens the file.
        raw = source.raw_connection()
        try:
            driver = raw.driver_connection
            if not isinstance(driver, sqlite3.Connection):
                raise BackupError("Could not back up the archive: it is not a SQLite database.")
            yield driver
        finally:
            raw.close()  # back to the pool, rolled back


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or ``stem-2+suffix``, ...: a name that is not taken."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def _copy_verified(conn: sqlite3.Connection, target: Path, what: str) -> Path:
    """Copy the database behind ``conn`` to ``target``: temp file, verify, rename into place."""
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # A fresh unique name, so a temp file (or hot journal) left by a crash is never reused.
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise _plain(exc, folder, f"write {what} into") from exc
    temp = Path(temp_name)
    try:
        dest = sqlite3.connect(temp, isolation_level=None)
        try:
            conn.backup(dest)
            # A backup is one self-contained file: no -wal beside it to lose when copied.
            dest.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            dest.close()
        _fsync_file(temp)
    except (OSError, sqlite3.Error) as exc:
        temp.unlink(missing_ok=True)
        raise _plain(exc, target, f"write {what}") from exc
    # Reopened from disk, read-only: checks what was written, not what was in memory.
    problem = verify(temp)
    if problem is not None:
        temp.unlink(missing_ok=True)
        raise BackupError(
            f"Could not write {what} {target}: the copy failed its check ({problem}). "
            "Nothing was replaced."
        )
    try:
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _plain(exc, target, f"write {what}") from exc
    fsync_folder(folder)
    return target


# --- the rotation -----------------------------------------------------------------------


def make_backup(
    source: Path | sqlite3.Connection | EngineLike,
    folder: Path,
    now: datetime,
    *,
    prune: bool = True,
) -> Path:
    """Back up ``source`` into ``folder`` as ``cocoach-<UTC stamp>.sqlite3``; return its path.

    ``source`` is the live file's path, an open ``sqlite3`` connection (not mid-transaction),
    or the app's SQLAlchemy engine (preferred while the app runs: it uses the engine's own
    connection). Refuses a source failing ``quick_check``: a damaged archive must not push a
    good backup out of the rotation. The copy is verified before it is renamed into place, and
    then older backups are pruned by ``core.retention`` (unless ``prune`` is False). A backup
    holding fewer sessions than an earlier one is kept, without asking, but never causes that
    earlier one to be pruned (see ``prune_backups``). A second backup within the same second
    replaces the first (both verified; the later is newer).
    """
    target = folder / backup_name(now)
    label = source if isinstance(source, Path) else "the archive"
    with _source_connection(source) as conn:
        problem = _check(conn, "quick_check")
        if problem is not None:
            raise BackupError(
                f"Did not back up {label}: it is damaged ({problem}). "
                "The existing backups were left as they are."
            )
        _copy_verified(conn, target, "the backup")
    if prune:
        prune_backups(folder, now)
    return target


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first; other files (and odd entries) are ignored."""
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except OSError as exc:
        raise _plain(exc, folder, "read the backups in") from exc
    for entry in entries:
        taken = parse_backup_name(entry.name)
        if taken is None:
            continue
        try:
            if not entry.is_file():
                continue
            size = entry.stat().st_size
        except OSError:  # vanished, or unreadable: not a backup we can use
            continue
        found.append(BackupInfo(path=entry, taken=taken, size=size))
    found.sort(key=lambda info: info.taken, reverse=True)
    return found


def prune_backups(folder: Path, now: datetime) -> list[Path]:
    """Delete the rotation's backups that the retention policy does not keep; return them.

    Only files named like rotation backups are ever touched (never ``before-restore-*``).
    A backup that cannot be deleted is left in place: a failed prune is not a failed backup.
    Each backup's sessions are counted, so that a backup holding more sessions than every
    newer one is kept: an archive that was emptied or lost sessions never pushes the last good
    backup out of the rotation.
    """
    backups = list_backups(folder)
    sessions = {info.taken: count_sessions(info.path) for info in backups}
    keep = backups_to_keep((info.taken for info in backups), now, sessions=sessions)
    removed: list[Path] = []
    for info in backups:
        if info.taken in keep:
            continue
        try:
            info.path.unlink()
        except OSError:
            continue
        removed.append(info.path)
    return removed


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that passes ``integrity_check``; damaged ones are skipped, not removed."""
    for info in list_backups(folder):
        if verify(info.path) is None:
            return info
    return None


# --- restore and rescue -----------------------------------------------------------------


def restore_backup(
    backup: Path, live: Path, now: datetime, *, folder: Path | None = None
) -> Path | None:
    """Replace the live archive's content with ``backup``; return where the old one was saved.

    The caller must first close every connection to ``live`` (``engine.dispose()``), and open
    a new engine afterwards. If ``live`` exists, it is first saved with the backup API as
    ``before-restore-<UTC stamp>.sqlite3`` in ``folder`` (default: the backups folder), outside
    the rotation and never pruned, so restoring can be undone by restoring that file. A live
    file that is damaged cannot be saved that way (``LiveDamagedError``): set it aside with
    ``set_aside_damaged`` first. Returns None when there was no live file to save.
    """
    folder = backups_folder(live) if folder is None else folder
    problem = verify(backup)
    if problem is not None:
        raise BackupError(f"Did not restore {backup}: it is damaged or unreadable ({problem}).")
    saved: Path | None = None
    if not live.exists():
        # Nothing to write over: the copy goes to a temp file, is verified and renamed into
        # place, so a failure (a full disk) leaves no file at all, never an empty archive.
        try:
            source = _connect(backup, "ro")
        except sqlite3.Error as exc:
            raise _plain(exc, backup, "open") from exc
        try:
            _copy_verified(source, live, "the restored archive")
        finally:
            source.close()
        return None
    # Checked read-only first: closing a read-write connection to a file that is not a
    # database deletes its -wal, which setting the damaged file aside must keep with it.
    try:
        probe = _connect(live, "ro")
    except sqlite3.Error as exc:
        raise _plain(exc, live, "open") from exc
    try:
        damaged = _check(probe, "quick_check")
    finally:
        probe.close()
    if damaged is not None:
        raise LiveDamagedError(
            f"Did not restore over {live}: it is damaged, so it could not be saved first. "
            "Nothing was changed."
        )
    try:
        current = _connect(live, "rw")
    except sqlite3.Error as exc:
        raise _plain(exc, live, "open") from exc
    try:
        target = _free_name(folder, f"{BEFORE_RESTORE_PREFIX}{stamp(now)}", BACKUP_SUFFIX)
        saved = _copy_verified(current, target, "the copy of the current archive")
    finally:
        current.close()
    try:
        source = _connect(backup, "ro")
    except sqlite3.Error as exc:
        raise _plain(exc, backup, "open") from exc
    try:
        # Written through SQLite, not as a file copy: the live file's WAL, locks and journal
        # are handled by SQLite itself, and a crash mid-way leaves a hot journal, not a mess.
        dest = _connect(live, "rwc")
        try:
            source.backup(dest)
            problem = _check(dest, "integrity_check")
        finally:
            dest.close()
    except sqlite3.Error as exc:
        raise _plain(exc, live, "restore the backup into") from exc
    finally:
        source.close()
    if problem is not None:
        undo = f" The previous archive is in {saved}." if saved is not None else ""
        raise BackupError(f"The restored archive {live} failed its check ({problem}).{undo}")
    return saved


def _move_with_companions(old_main: Path, new_main: Path) -> None:
    """Rename ``old_main`` and its ``-wal``/``-shm``/``-journal`` to ``new_main``; all or none."""
    present = [s for s in SIDECARS if Path(f"{old_main}{s}").exists()]
    # Companions first: a -wal left behind under the old name could be replayed into another
    # database created there; a main file left behind without its -wal is merely incomplete.
    moves = [(Path(f"{old_main}{s}"), Path(f"{new_main}{s}")) for s in present]
    moves.append((old_main, new_main))
    done: list[tuple[Path, Path]] = []
    try:
        for old, new in moves:
            os.rename(old, new)
            done.append((old, new))
    except OSError:
        for old, new in reversed(done):  # put back what moved, so the set stays together
            with contextlib.suppress(OSError):
                os.rename(new, old)
        raise


def _taken_with_companions(candidate: Path) -> bool:
    return candidate.exists() or any(Path(f"{candidate}{s}").exists() for s in SIDECARS)


def _free_companion_name(live: Path, tail: str) -> Path:
    """``<name><tail>`` beside ``live`` (or ``-2``, ``-3``, ...): taken by no file nor companion."""
    target = live.with_name(f"{live.name}{tail}")
    number = 2
    while _taken_with_companions(target):
        target = live.with_name(f"{live.name}{tail}-{number}")
        number += 1
    return target


def remove_with_companions(main: Path) -> None:
    """Delete ``main`` and its ``-wal``/``-shm``/``-journal`` (those that exist)."""
    for path in (main, *(Path(f"{main}{s}") for s in SIDECARS)):
        path.unlink(missing_ok=True)


def set_aside_candidates(live: Path) -> list[Path]:
    """Archives set aside beside ``live`` (``.damaged*``, ``.set-aside-*``, pre-migration
    copies): every ``<name>.*`` file in its folder except SQLite's own companion files."""
    try:
        entries = list(live.parent.iterdir())
    except OSError:
        return []
    found = []
    for entry in entries:
        name = entry.name
        if not name.startswith(f"{live.name}.") or name.endswith(SIDECARS):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file():
                found.append(entry)
    return sorted(found)


def put_back(aside: Path, live: Path, now: datetime) -> Path | None:
    """Put the set-aside archive ``aside`` back as ``live``; return where ``live`` went.

    The archive in use (if any) is never deleted: it is renamed first, with its companions,
    to ``<name>.set-aside-<UTC stamp>``. Every connection to ``live`` must be closed first.
    If the second rename fails, the first is undone.
    """
    moved: Path | None = None
    try:
        if live.exists():
            moved = _free_companion_name(live, f"{SET_ASIDE_SUFFIX}{stamp(now)}")
            _move_with_companions(live, moved)
        try:
            _move_with_companions(aside, live)
        except OSError:
            if moved is not None:
                with contextlib.suppress(OSError):
                    _move_with_companions(moved, live)
            raise
    except OSError as exc:
        raise _plain(exc, aside, "put back") from exc
    fsync_folder(live.parent)
    return moved


def set_aside_damaged(live: Path) -> Path:
    """Rename a damaged ``live`` file (and its ``-wal``/``-shm``/``-journal``) aside.

    It becomes ``<name>.damaged`` (or ``.damaged-2``, ...; never overwriting an earlier one),
    its companions following under the same new name so SQLite would still pair them. Nothing
    is deleted. Returns the new path of the main file.
    """
    if not live.exists():
        raise BackupError(f"Could not set aside {live}: the file does not exist.")
    target = _free_companion_name(live, DAMAGED_SUFFIX)
    try:
        _move_with_companions(live, target)
    except OSError as exc:
        raise _plain(exc, live, "set aside") from exc
    fsync_folder(live.parent)
    return target


def write_recovery_file(
    folder: Path, texts: list[str], now: datetime, *, target: Path | None = None
) -> Path:
    """Save note texts that could not reach the archive as ``recovered-notes-<stamp>.txt``.

    Plain UTF-8, written atomically (temp file, fsync, rename) into ``folder`` (the data
    folder, beside the archive), never overwriting an earlier recovery file, unless
    ``target`` names the file of the same episode to rewrite with the newest texts.
    """
    when = date_and_time(now.astimezone(UTC)) + " UTC"
    if target is None:
        target = _free_name(folder, f"{RECOVERY_PREFIX}{stamp(now)}", ".txt")
    header = [f"Notes that could not be saved to the Cocoach archive ({when})."]
    return _write_notes(folder, target, header, texts)


def _write_notes(folder: Path, target: Path, header: list[str], texts: list[str]) -> Path:
    """``texts`` as numbered notes under ``header``, written atomically to ``target``."""
    parts = [*header, ""]
    for number, text in enumerate(texts, start=1):
        parts += [f"----- Note {number} of {len(texts)} -----", text.rstrip("\n"), ""]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(target, "\n".join(parts).encode("utf-8"))
    except OSError as exc:
        raise _plain(exc, target, "write") from exc
    return target


def session_copy_path(folder: Path, session_id: int) -> Path:
    """Where the running session's notes are copied beside the archive (see below)."""
    return folder / f"{RECOVERY_PREFIX}session-{session_id}.txt"


def write_session_copy(folder: Path, session_id: int, started: datetime, texts: list[str]) -> Path:
    """A copy of the running session's notes, rewritten (atomically) as each is saved.

    The archive holds them too; this copy is for the day the archive loses them (its
    ``-wal`` file deleted after a crash). It is removed once the session ends and is saved.
    """
    when = date_and_time(started.astimezone(UTC)) + " UTC"
    header = [
        f"Notes of the Cocoach session started {when}, copied here as they were saved.",
        "This copy is removed when the session ends; the archive keeps them.",
    ]
    return _write_notes(folder, session_copy_path(folder, session_id), header, texts)
