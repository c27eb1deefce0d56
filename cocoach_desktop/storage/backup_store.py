"""The archive's files behind the backups' port (``domain/ports/backups.py``).

Each method is one of the backup functions of ``backup``, ``set_aside`` and ``db``, bound to
one archive file; the composition root hands this to the backup services.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cocoach_desktop.domain.archive_files import BackupInfo
from cocoach_desktop.storage import ARCHIVE_FILE
from cocoach_desktop.storage.backup import (
    backups_folder,
    count_sessions,
    list_backups,
    make_backup,
    newest_good_backup,
    put_back,
    remove_with_companions,
    restore_backup,
    set_aside_candidates,
    set_aside_damaged,
    verify,
)
from cocoach_desktop.storage.backup_files import BACKUP_SUFFIX, BEFORE_RESTORE_PREFIX

if TYPE_CHECKING:  # SQLAlchemy is imported when the archive is opened, not at start-up
    from cocoach_desktop.storage.archive import Archive


def saved_before_restores(folder: Path) -> list[BackupInfo]:
    """The archives set aside by earlier restores: restoring one undoes that restore."""
    found = []
    for path in sorted(folder.glob(f"{BEFORE_RESTORE_PREFIX}*{BACKUP_SUFFIX}"), reverse=True):
        try:
            info = path.stat()
        except OSError:
            continue
        taken = datetime.fromtimestamp(info.st_mtime, UTC)
        found.append(BackupInfo(path, taken, info.st_size))
    return found


class ArchiveFiles:
    """The archive file in ``data_dir`` and its backups (``BackupFilesPort[Archive]``)."""

    def __init__(self, data_dir: Path) -> None:
        self._live = data_dir / ARCHIVE_FILE
        self._folder = backups_folder(self._live)

    @property
    def live(self) -> Path:
        return self._live

    @property
    def folder(self) -> Path:
        return self._folder

    def make_backup(self, archive: Archive, now: datetime) -> Path:
        return make_backup(archive.engine, self._folder, now)

    def list_backups(self) -> list[BackupInfo]:
        return list_backups(self._folder)

    def saved_before_restores(self) -> list[BackupInfo]:
        return saved_before_restores(self._folder)

    def newest_good_backup(self) -> BackupInfo | None:
        return newest_good_backup(self._folder)

    def check_archive_file(self, path: Path) -> None:
        from cocoach_desktop.storage.db import check_archive_file

        check_archive_file(path)

    def open_archive(self) -> Archive:
        from cocoach_desktop.storage.archive import Archive
        from cocoach_desktop.storage.db import open_archive

        return Archive(open_archive(self._live))

    def close(self, archive: Archive) -> None:
        archive.engine.dispose()

    def restore_backup(self, backup: Path, now: datetime) -> Path | None:
        return restore_backup(backup, self._live, now)

    def is_empty(self) -> bool:
        try:
            return self._live.is_file() and self._live.stat().st_size == 0
        except OSError:
            return False

    def set_aside_damaged(self) -> Path:
        return set_aside_damaged(self._live)

    def remove_live(self) -> None:
        remove_with_companions(self._live)

    def put_back(self, aside: Path, now: datetime) -> Path | None:
        return put_back(aside, self._live, now)

    def set_aside_candidates(self) -> list[Path]:
        return set_aside_candidates(self._live)

    def count_sessions(self, path: Path) -> int | None:
        return count_sessions(path)

    def verify(self, path: Path) -> str | None:
        return verify(path)
