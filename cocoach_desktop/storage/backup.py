"""Backups of the archive file through SQLite's backup API: verified, rotated, restorable.

The names of the files and their errors, setting archives aside and the recovery files
live in modules of their own; their public names are re-exported here.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Protocol

from cocoach_desktop.backups.model.retention import backups_to_keep
from cocoach_desktop.platform.files import fsync_folder
from cocoach_desktop.platform.problems import ErrorCode
from cocoach_desktop.storage.backup_files import (
    BACKUP_SUFFIX,
    BEFORE_RESTORE_PREFIX,
    SIDECARS,
    BackupError,
    BackupInfo,
    LiveDamagedError,
    backup_name,
    backups_folder,
    parse_backup_name,
    stamp,
)
from cocoach_desktop.storage.backup_files import free_name as _free_name
from cocoach_desktop.storage.backup_files import plain_error as _plain
from cocoach_desktop.storage.recovery_files import (
    session_copy_path,
    write_recovery_file,
    write_session_copy,
)
from cocoach_desktop.storage.set_aside import (
    put_back,
    remove_with_companions,
    set_aside_candidates,
    set_aside_damaged,
)

# What callers import from here (some of it lives in the modules above).
__all__ = [
    "SIDECARS",
    "BackupError",
    "BackupInfo",
    "LiveDamagedError",
    "backup_name",
    "backups_folder",
    "count_sessions",
    "list_backups",
    "make_backup",
    "newest_good_backup",
    "parse_backup_name",
    "prune_backups",
    "put_back",
    "remove_with_companions",
    "restore_backup",
    "session_copy_path",
    "set_aside_candidates",
    "set_aside_damaged",
    "verify",
    "write_recovery_file",
    "write_session_copy",
]


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
            raise BackupError(ErrorCode.NO_FILE_TO_BACK_UP, "backup", path=source)
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
            raise BackupError(ErrorCode.BACKUP_BUSY, "backup")
        yield source
    else:
        # The engine's own driver connection: the same SQLite library, so the copy sees what
        # is still only in the WAL, and no second library ever opens the file.
        raw = source.raw_connection()
        try:
            driver = raw.driver_connection
            if not isinstance(driver, sqlite3.Connection):
                raise BackupError(ErrorCode.BACKUP_NOT_SQLITE, "backup")
            yield driver
        finally:
            raw.close()  # back to the pool, rolled back


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _copy_verified(conn: sqlite3.Connection, target: Path, what: str) -> Path:
    """Copy the database behind ``conn`` to ``target``: temp file, verify, rename into place.

    ``what`` is what the copy is, for the words of a failure: "backup", "restored" or
    "current-copy".
    """
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # A fresh unique name, so a temp file (or hot journal) left by a crash is never reused.
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise _plain(exc, folder, "write-into", what) from exc
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
        raise _plain(exc, target, "write-that", what) from exc
    # Reopened from disk, read-only: checks what was written, not what was in memory.
    problem = verify(temp)
    if problem is not None:
        temp.unlink(missing_ok=True)
        raise BackupError(ErrorCode.COPY_FAILED_CHECK, what, path=target, detail=problem)
    try:
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _plain(exc, target, "write-that", what) from exc
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
    label = source if isinstance(source, Path) else ""  # "" is worded "the archive"
    with _source_connection(source) as conn:
        problem = _check(conn, "quick_check")
        if problem is not None:
            raise BackupError(ErrorCode.SOURCE_DAMAGED, "backup", path=label, detail=problem)
        _copy_verified(conn, target, "backup")
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
        raise _plain(exc, folder, "read-backups") from exc
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
        raise BackupError(ErrorCode.BACKUP_DAMAGED, "restore", path=backup, detail=problem)
    saved: Path | None = None
    if not live.exists():
        # Nothing to write over: the copy goes to a temp file, is verified and renamed into
        # place, so a failure (a full disk) leaves no file at all, never an empty archive.
        try:
            source = _connect(backup, "ro")
        except sqlite3.Error as exc:
            raise _plain(exc, backup, "open") from exc
        try:
            _copy_verified(source, live, "restored")
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
        raise LiveDamagedError(ErrorCode.LIVE_DAMAGED, "restore", path=live)
    try:
        current = _connect(live, "rw")
    except sqlite3.Error as exc:
        raise _plain(exc, live, "open") from exc
    try:
        target = _free_name(folder, f"{BEFORE_RESTORE_PREFIX}{stamp(now)}", BACKUP_SUFFIX)
        saved = _copy_verified(current, target, "current-copy")
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
        raise _plain(exc, live, "restore-into") from exc
    finally:
        source.close()
    if problem is not None:
        raise BackupError(
            ErrorCode.RESTORED_FAILED_CHECK, "restore", path=live, detail=problem, saved=saved or ""
        )
    return saved
