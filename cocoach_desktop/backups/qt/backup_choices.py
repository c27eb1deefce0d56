"""The backups there are to restore, each described in words."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from cocoach_desktop.platform.formatting import short_date, time_of_day
from cocoach_desktop.storage.backup import BackupInfo


def described(info: BackupInfo) -> str:
    """When the backup was taken, in words (or which restore it undoes)."""
    taken = info.taken.astimezone()
    when = f"{short_date(taken.date(), weekday=True)}, {time_of_day(taken)}"
    if info.path.name.startswith("before-restore-"):
        return f"the archive as it was before the restore of {when}"
    return when


def saved_before_restores(folder: Path) -> list[BackupInfo]:
    """The archives set aside by earlier restores: restoring one undoes that restore."""
    found = []
    for path in sorted(folder.glob("before-restore-*.sqlite3"), reverse=True):
        try:
            info = path.stat()
        except OSError:
            continue
        taken = datetime.fromtimestamp(info.st_mtime, UTC)
        found.append(BackupInfo(path, taken, info.st_size))
    return found
