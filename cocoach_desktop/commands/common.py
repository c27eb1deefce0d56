"""What the ``cocoach`` commands share: the archive's place, the time, their errors."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cocoach_desktop.platform import paths
from cocoach_desktop.platform.clock import utc_now
from cocoach_desktop.storage import ARCHIVE_FILE

if TYPE_CHECKING:  # SQLAlchemy loads only for the commands that open the archive
    from cocoach_desktop.storage.archive import Archive


FORMATS = ("json", "csv", "md", "pdf")


class CommandError(Exception):
    """Something the user can fix, said in plain words (exit status 1)."""


def live_path() -> Path:
    return paths.data_dir() / ARCHIVE_FILE


SET_ASIDE_COMMAND = "cocoach backup --set-aside"


def damaged_advice() -> str:
    """The next steps for a damaged archive, naming only a backup that exists."""
    from cocoach_desktop.storage.backup import backups_folder, newest_good_backup

    advice = f"It was left untouched. Run `{SET_ASIDE_COMMAND}` to rename it aside (it is kept)"
    if newest_good_backup(backups_folder(live_path())) is None:
        return f"{advice}; with no good backup to restore, Cocoach then starts a new archive."
    return f"{advice}, then `cocoach backup --restore FILE` (`cocoach backup --list` lists them)."


def remove_archive(live: Path) -> None:
    """Take away an archive this command created and could not fill (with its WAL files)."""
    from cocoach_desktop.storage.backup import remove_with_companions

    remove_with_companions(live)


def open_live() -> Archive:
    """The archive, opened and brought up to date; created through the migrations if new."""
    from cocoach_desktop.storage.archive import Archive
    from cocoach_desktop.storage.db import open_archive

    return Archive(open_archive(live_path()))


def now_utc() -> datetime:
    return utc_now()


# ----- export ----------------------------------------------------------------------------
