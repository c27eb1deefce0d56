"""Automatic backups of the archive, and restoring one: the Qt side of ``BackupService``.

What is decided (when a backup is due, what a restore does) is the service's
(``backups/services/backup_service.py``); this keeper times the checks, runs the copy off
the GUI thread, asks which backup to restore and says how it went.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Generic

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from cocoach_desktop.backups.model.choices import described
from cocoach_desktop.backups.services.backup_service import BackupService, not_open
from cocoach_desktop.domain.archive_files import BackupError, BackupInfo
from cocoach_desktop.domain.ports.backups import A
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.qt import background

__all__ = ["BackupKeeper"]

CHECK_EVERY_MS = 60_000


class BackupKeeper(QObject, Generic[A]):
    """Backs up automatically: only when something changed, once the user is idle.

    "Idle" is taken as: nothing written to the archive for a minute. Backups go beside the
    archive, in ``backups/``, verified before they replace the oldest of the rotation.
    """

    problem = Signal(str)
    done = Signal(str)

    def __init__(
        self, archive: A | None, service: BackupService[A], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.archive = archive
        self.service = service
        self.folder = service.folder
        self.job: background.BackgroundJob | None = None  # the automatic backup running
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        if archive is not None:
            self._timer.start()

    def set_archive(self, archive: A | None) -> None:
        self.archive = archive
        self.service.forget()
        if archive is None:
            self._timer.stop()
        elif not self._timer.isActive():
            self._timer.start()

    def check(self) -> bool:
        """Take a backup if one is due; True if it did."""
        version = self.service.version_of(self.archive)
        if not self.service.due(version):
            return False
        return self.back_up_in_background(version)

    def back_up_in_background(self, version: int | None) -> bool:
        """The automatic backup: on a worker thread, silent; True if it was started.

        The GUI thread never waits for the copy and its check (the projector keeps counting
        down); a failure comes back as ``problem``, on the GUI thread, as before.
        """
        if self.archive is None or background.busy():
            return False  # an import or export is running: the next check backs up
        archive, now, service = self.archive, self.service.clock.now(), self.service

        def work(progress: background.Progress, cancelled: background.Cancelled) -> Path:
            return service.take(archive, now)

        def done(_path: object) -> None:
            if self.archive is archive:
                service.taken(version)

        def failed(words: str) -> None:
            if self.archive is archive:
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
            self.problem.emit(not_open())
            return False
        if self.job is not None and self.job.running:
            self.job.wait()  # the automatic one is nearly done: this one follows it
        try:
            path = self.service.back_up_now(self.archive)
        except BackupError as exc:
            self.problem.emit(say(exc))
            return False
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
        self, parent: QWidget, reopened: Callable[[A | None], None]
    ) -> Path | None:
        backups = self.service.choices()
        if not backups:
            QMessageBox.information(parent, "Restore", "There are no backups yet.")
            return None
        chosen = self.choose_backup(parent, backups)
        if chosen is None:
            return None
        return self.restore(chosen, reopened)

    def restore(self, chosen: BackupInfo, reopened: Callable[[A | None], None]) -> Path | None:
        if self.job is not None:
            self.job.wait()  # an automatic backup still reading the file finishes first
        # An import or export still using the file: the service refuses to replace it.
        others = any(job is not self.job for job in background.running_jobs())
        outcome = self.service.restore(self.archive, chosen, jobs_running=others)
        for words in outcome.problems:
            self.problem.emit(words)
        if not outcome.reopened:
            return None
        self.archive = outcome.archive
        reopened(outcome.archive)
        if outcome.done:
            self.done.emit(outcome.done)
        return outcome.saved
