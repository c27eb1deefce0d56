"""The backups there are to restore, each described in words."""

from __future__ import annotations

from typing import Final

from cocoach_desktop.domain.archive_files import BackupInfo
from cocoach_desktop.platform.formatting import short_date, time_of_day
from cocoach_desktop.platform.wording import _tr

TR_CONTEXT: Final = "Problems"  # tools/update_translations.py files these texts there


def described(info: BackupInfo) -> str:
    """When the backup was taken, in words (or which restore it undoes)."""
    taken = info.taken.astimezone()
    when = f"{short_date(taken.date(), weekday=True)}, {time_of_day(taken)}"
    if info.path.name.startswith("before-restore-"):
        return _tr("the archive as it was before the restore of {when}").format(when=when)
    return when
