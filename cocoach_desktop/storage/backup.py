"""Backups of the archive file through SQLite's backup API: verified, rotated, restorable.

The names of the files, the copies and checks, setting archives aside and the recovery
files live in modules of their own; their public names are re-exported here.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from cocoach_desktop.backups.model.retention import backups_to_keep
from cocoach_desktop.storage.backup_files import (
    BACKUP_PREFIX,
    BACKUP_SUFFIX,
    BACKUPS_DIR,
    BEFORE_RESTORE_PREFIX,
    DAMAGED_SUFFIX,
    RECOVERY_PREFIX,
    SET_ASIDE_SUFFIX,
    SIDECARS,
    STAMP_FORMAT,
    BackupError,
    BackupInfo,
    LiveDamagedError,
    backup_name,
    backups_folder,
    free_name,
    parse_backup_name,
    plain_error,
    stamp,
)
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
from cocoach_desktop.storage.sqlite_copy import (
    EngineLike,
    PooledConnection,
    copy_verified,
    count_sessions,
    pragma_problem,
    source_connection,
    verify,
)
from cocoach_desktop.storage.sqlite_copy import connect_file as _connect

__all__ = [
    "BACKUPS_DIR",
    "BACKUP_PREFIX",
    "BACKUP_SUFFIX",
    "BEFORE_RESTORE_PREFIX",
    "DAMAGED_SUFFIX",
    "RECOVERY_PREFIX",
    "SET_ASIDE_SUFFIX",
    "SIDECARS",
    "STAMP_FORMAT",
    "BackupError",
    "BackupInfo",
    "EngineLike",
    "LiveDamagedError",
    "PooledConnection",
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
    "stamp",
    "verify",
    "write_recovery_file",
    "write_session_copy",
]


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
    with source_connection(source) as conn:
        problem = pragma_problem(conn, "quick_check")
        if problem is not None:
            raise BackupError(
                f"Did not back up {label}: it is damaged ({problem}). "
                "The existing backups were left as they are."
            )
        copy_verified(conn, target, "the backup")
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
        raise plain_error(exc, folder, "read the backups in") from exc
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


# --- restore ----------------------------------------------------------------------------


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
            raise plain_error(exc, backup, "open") from exc
        try:
            copy_verified(source, live, "the restored archive")
        finally:
            source.close()
        return None
    # Checked read-only first: closing a read-write connection to a file that is not a
    # database deletes its -wal, which setting the damaged file aside must keep with it.
    try:
        probe = _connect(live, "ro")
    except sqlite3.Error as exc:
        raise plain_error(exc, live, "open") from exc
    try:
        damaged = pragma_problem(probe, "quick_check")
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
        raise plain_error(exc, live, "open") from exc
    try:
        target = free_name(folder, f"{BEFORE_RESTORE_PREFIX}{stamp(now)}", BACKUP_SUFFIX)
        saved = copy_verified(current, target, "the copy of the current archive")
    finally:
        current.close()
    try:
        source = _connect(backup, "ro")
    except sqlite3.Error as exc:
        raise plain_error(exc, backup, "open") from exc
    try:
        # Written through SQLite, not as a file copy: the live file's WAL, locks and journal
        # are handled by SQLite itself, and a crash mid-way leaves a hot journal, not a mess.
        dest = _connect(live, "rwc")
        try:
            source.backup(dest)
            problem = pragma_problem(dest, "integrity_check")
        finally:
            dest.close()
    except sqlite3.Error as exc:
        raise plain_error(exc, live, "restore the backup into") from exc
    finally:
        source.close()
    if problem is not None:
        undo = f" The previous archive is in {saved}." if saved is not None else ""
        raise BackupError(f"The restored archive {live} failed its check ({problem}).{undo}")
    return saved
