"""Opening the archive safely at start-up, automatic backups, and restoring one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from cocoach_desktop.core.clock import Clock
from cocoach_desktop.core.retention import backup_due
from cocoach_desktop.storage import ARCHIVE_FILE
from cocoach_desktop.storage.backup import (
    BackupError,
    BackupInfo,
    backups_folder,
    list_backups,
    make_backup,
    newest_good_backup,
    restore_backup,
    set_aside_damaged,
)

if TYPE_CHECKING:  # SQLAlchemy is imported when the archive is opened, not at start-up
    from cocoach_desktop.storage.archive import Archive

CHECK_EVERY_MS = 60_000


def _local(info: BackupInfo) -> str:
    when = info.taken.astimezone().strftime("%a %d %b %Y, %H:%M")
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


def open_archive_safely(
    data_dir: Path, ask: Callable[[str, str], bool]
) -> tuple[Archive | None, str]:
    """The archive, or None and a message in plain words saying why not.

    A damaged file is never overwritten or deleted: with the user's agreement (``ask``) it is
    renamed aside (``.damaged``) and the newest good backup is put in its place.
    """
    from cocoach_desktop.storage.archive import Archive
    from cocoach_desktop.storage.db import ArchiveDamagedError, ArchiveOpenError, open_archive

    live = data_dir / ARCHIVE_FILE
    try:
        return Archive(open_archive(live)), ""
    except ArchiveDamagedError as exc:
        damaged = str(exc)
    except ArchiveOpenError as exc:
        return None, f"{exc} The timer works, but nothing will be saved until this is solved."
    backup = newest_good_backup(backups_folder(live))
    if backup is None:
        return None, (
            f"{damaged} There is no good backup to restore. The file was left untouched; "
            "nothing will be saved until it is repaired or moved away."
        )
    question = (
        f"{damaged}\n\nSet the damaged file aside (it is kept, renamed .damaged) and restore "
        f"the backup of {_local(backup)}? Anything written after that backup is only in the "
        "damaged file."
    )
    if not ask("The archive is damaged", question):
        return None, f"{damaged} It was left untouched; nothing will be saved this time."
    try:
        aside = set_aside_damaged(live)
        restore_backup(backup.path, live, backup.taken)
        archive = Archive(open_archive(live))
    except (BackupError, ArchiveOpenError, OSError) as exc:
        return None, f"The backup could not be restored: {exc}"
    return archive, (
        f"The damaged archive was set aside as {aside.name}; the backup of {_local(backup)} "
        "was restored."
    )


class BackupKeeper(QObject):
    """Backs up automatically: only when something changed, once the user is idle.

    "Idle" is taken as: nothing written to the archive for a minute. Backups go beside the
    archive, in ``backups/``, verified before they replace the oldest of the rotation.
    """

    problem = Signal(str)
    done = Signal(str)

    def __init__(
        self, archive: Archive | None, data_dir: Path, clock: Clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.archive = archive
        self.data_dir = data_dir
        self.clock = clock
        self.folder = backups_folder(data_dir / ARCHIVE_FILE)
        self._backed_up_version: int | None = None
        self._seen_version: int | None = None
        self._seen_at = clock.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        if archive is not None:
            self._timer.start()

    def set_archive(self, archive: Archive | None) -> None:
        self.archive = archive
        self._backed_up_version = None
        if archive is None:
            self._timer.stop()
        elif not self._timer.isActive():
            self._timer.start()

    def _version(self) -> int | None:
        if self.archive is None:
            return None
        try:
            return self.archive.data_version()
        except Exception:
            return None

    def check(self) -> bool:
        """Take a backup if one is due; True if it did."""
        version = self._version()
        if version is None:
            return False
        if version != self._seen_version:
            self._seen_version, self._seen_at = version, self.clock.monotonic()
        if version == self._backed_up_version:
            return False  # nothing changed since the last backup: no need to look at the disk
        newest = list_backups(self.folder)
        last = newest[0].taken if newest else None
        if not backup_due(
            last,
            self.clock.now(),
            changed=version != self._backed_up_version,
            idle_seconds=self.clock.monotonic() - self._seen_at,
        ):
            return False
        return self.back_up_now(quiet=True)

    def back_up_now(self, quiet: bool = False) -> bool:
        if self.archive is None:
            self.problem.emit("The archive is not open, so there is nothing to back up.")
            return False
        version = self._version()
        try:
            path = make_backup(self.archive.engine, self.folder, self.clock.now())
        except BackupError as exc:
            self.problem.emit(str(exc))
            return False
        self._backed_up_version = version
        if not quiet:
            self.done.emit(f"Backed up to {path}")
        return True

    def stop(self) -> None:
        self._timer.stop()

    # ----- restoring ---------------------------------------------------------------------

    def choose_backup(self, parent: QWidget, backups: list[BackupInfo]) -> BackupInfo | None:
        """Ask which backup to restore (tests replace this)."""
        labels = [f"{_local(b)}  ({b.size // 1024} KB)" for b in backups]
        label, ok = QInputDialog.getItem(
            parent,
            "Restore from a backup",
            "Restore which backup? The archive as it is now is saved first, so this can be "
            "undone by restoring that copy.",
            labels,
            0,
            False,
        )
        return backups[labels.index(label)] if ok and label in labels else None

    def restore_interactively(
        self, parent: QWidget, reopened: Callable[[Archive | None], None]
    ) -> Path | None:
        backups = list_backups(self.folder) + saved_before_restores(self.folder)
        if not backups:
            QMessageBox.information(parent, "Restore", "There are no backups yet.")
            return None
        chosen = self.choose_backup(parent, backups)
        if chosen is None:
            return None
        return self.restore(chosen, reopened)

    def restore(
        self, chosen: BackupInfo, reopened: Callable[[Archive | None], None]
    ) -> Path | None:
        from cocoach_desktop.storage.archive import Archive
        from cocoach_desktop.storage.db import ArchiveOpenError, check_archive_file, open_archive

        live = self.data_dir / ARCHIVE_FILE
        try:
            check_archive_file(chosen.path)  # before anything of the current one is touched
        except ArchiveOpenError as exc:
            self.problem.emit(str(exc))
            return None
        if self.archive is not None:
            self.archive.engine.dispose()  # no connection may stay open on the file
        saved: Path | None = None
        try:
            saved = restore_backup(chosen.path, live, self.clock.now())
        except BackupError as exc:
            self.problem.emit(str(exc))
        try:
            archive: Archive | None = Archive(open_archive(live))
        except ArchiveOpenError as exc:
            archive = None
            self.problem.emit(str(exc))
        self.archive = archive
        self._backed_up_version = None
        reopened(archive)
        if saved is not None:
            self.done.emit(
                f"Restored the backup of {_local(chosen)}. The archive as it was is kept as "
                f"{saved.name}: restore that to undo."
            )
        return saved
