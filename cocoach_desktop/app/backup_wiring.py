"""The backups wired to the real archive files: the keeper and the start-up opening."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from cocoach_desktop.backups.qt.backups import BackupKeeper
from cocoach_desktop.backups.services import archive_start
from cocoach_desktop.backups.services.archive_start import Ask
from cocoach_desktop.backups.services.backup_service import BackupService
from cocoach_desktop.platform.clock import Clock, SystemClock
from cocoach_desktop.storage.backup_store import ArchiveFiles

if TYPE_CHECKING:  # SQLAlchemy is imported when the archive is opened, not at start-up
    from cocoach_desktop.storage.archive import Archive


class StoredBackupKeeper(BackupKeeper["Archive"]):
    """The keeper of the backups of the archive in ``data_dir``."""

    def __init__(
        self, archive: Archive | None, data_dir: Path, clock: Clock, parent: QObject | None = None
    ) -> None:
        super().__init__(archive, BackupService(ArchiveFiles(data_dir), clock), parent)


def open_archive_safely(
    data_dir: Path, ask: Ask, clock: Clock | None = None
) -> tuple[Archive | None, str]:
    """The archive in ``data_dir``, opened safely (``backups/services/archive_start.py``)."""
    return archive_start.open_archive_safely(ArchiveFiles(data_dir), ask, clock or SystemClock())
