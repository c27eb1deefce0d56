"""The names of backup files, and what went wrong with one said in plain words."""

from __future__ import annotations

import errno
import re
from datetime import UTC, datetime
from pathlib import Path

# Plain records and errors every layer reads; defined in domain, named here as before.
from cocoach_desktop.domain.archive_files import BackupError as BackupError
from cocoach_desktop.domain.archive_files import BackupInfo as BackupInfo
from cocoach_desktop.domain.archive_files import LiveDamagedError as LiveDamagedError
from cocoach_desktop.platform.problems import ErrorCode, Reason

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


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or ``stem-2+suffix``, ...: a name that is not taken."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


# --- plain-words errors -----------------------------------------------------------------


def plain_error(exc: BaseException, path: Path, doing: str, what: str = "") -> BackupError:
    """A BackupError saying what went wrong with ``path`` while ``doing`` (a key that
    ``wording`` turns into words: "open", "write-into" with ``what`` it was writing, …)."""
    code = exc.errno if isinstance(exc, OSError) else None
    # SQLite's errors by their result code, never by their message text. Imported here:
    # the engine module loads SQLAlchemy, which the app's start leaves for later.
    from cocoach_desktop.storage.sqlite_engine import Fault, sqlite_fault

    fault = sqlite_fault(exc)
    detail = ""
    if code == errno.ENOSPC or fault is Fault.FULL:
        why = Reason.DISK_FULL
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS) or fault is Fault.READONLY:
        why = Reason.READ_ONLY
    elif code == errno.ENOENT:
        why = Reason.NOT_FOUND
    elif fault is Fault.BUSY:
        why = Reason.BUSY
    elif fault is Fault.DAMAGED:
        why = Reason.DAMAGED
    elif fault is Fault.CANTOPEN:
        why = Reason.CANNOT_OPEN
    else:
        why, detail = Reason.OTHER, str(exc) or type(exc).__name__
    return BackupError(
        ErrorCode.FILE_FAILED, doing, path=path, what=what, reason=why, detail=detail
    )
