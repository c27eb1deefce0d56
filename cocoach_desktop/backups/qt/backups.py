"""Automatic backups of the archive, and restoring one.

Opening the archive safely at start-up is in ``archive_start``; its entry point is
re-exported here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from cocoach_desktop.backups.model.retention import backup_due
from cocoach_desktop.backups.qt.archive_start import open_archive_safely
from cocoach_desktop.backups.qt.backup_choices import described, saved_before_restores
from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.qt import background
from cocoach_desktop.storage import ARCHIVE_FILE
from cocoach_desktop.storage.backup import (
    BackupError,
    BackupInfo,
    backups_folder,
    list_backups,
    make_backup,
    restore_backup,
)

if TYPE_CHECKING:  # SQLAlchemy is imported when the archive is opened, not at start-up
    from cocoach_desktop.storage.archive import Archive


__all__ = ["BackupKeeper", "open_archive_safely", "saved_before_restores"]

CHECK_EVERY_MS = 60_000


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
        self.job: background.BackgroundJob | None = None  # the automatic backup running
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
        return self.back_up_in_background(version)

    def back_up_in_background(self, version: int | None) -> bool:
        """The automatic backup: on a worker thread, silent; True if it was started.

        The GUI thread never waits for the copy and its check (the projector keeps counting
        down); a failure comes back as ``problem``, on the GUI thread, as before.
        """
        if self.archive is None or background.busy():
            return False  # an import or export is running: the next check backs up
        engine, folder, now = self.archive.engine, self.folder, self.clock.now()

        def work(progress: background.Progress, cancelled: background.Cancelled) -> Path:
            return make_backup(engine, folder, now)

        def done(_path: object) -> None:
            if self.archive is not None and self.archive.engine is engine:
                self._backed_up_version = version

        def failed(words: str) -> None:
            if self.archive is not None and self.archive.engine is engine:
                self.problem.emit(words)

        self.job = background.run_job(
            work,
            parent_window=None,
            title="Backing up",
            label="",
            cancellable=False,
            on_done=done,
            on_error=failed,
            show_dialog=False,
        )
        return self.job is not None

    def back_up_now(self, quiet: bool = False) -> bool:
        if self.archive is None:
            self.problem.emit("The archive is not open, so there is nothing to back up.")
            return False
        if self.job is not None and self.job.running:
            self.job.wait()  # the automatic one is nearly done: this one follows it
        version = self._version()
        try:
            path = make_backup(self.archive.engine, self.folder, self.clock.now())
        except BackupError as exc:
            self.problem.emit(say(exc))
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
        labels = [f"{described(b)}  ({b.size // 1024} KB)" for b in backups]
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
        if self.job is not None:
            self.job.wait()  # an automatic backup still reading the file finishes first
        if any(job is not self.job for job in background.running_jobs()):
            # An import or export still uses the file: replacing it now could lose that work.
            self.problem.emit(
                "An import or export is still running. Restore the backup once it has finished."
            )
            return None
        try:
            check_archive_file(chosen.path)  # before anything of the current one is touched
        except ArchiveOpenError as exc:
            self.problem.emit(say(exc))
            return None
        if self.archive is not None:
            self.archive.engine.dispose()  # no connection may stay open on the file
        saved: Path | None = None
        try:
            saved = restore_backup(chosen.path, live, self.clock.now())
        except BackupError as exc:
            self.problem.emit(say(exc))
        try:
            archive: Archive | None = Archive(open_archive(live))
        except ArchiveOpenError as exc:
            archive = None
            self.problem.emit(say(exc))
        self.archive = archive
        self._backed_up_version = None
        reopened(archive)
        if saved is not None:
            self.done.emit(
                f"Restored the backup of {described(chosen)}. The archive as it was is kept as "
                f"{saved.name}: restore that to undo."
            )
        return saved
