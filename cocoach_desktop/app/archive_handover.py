"""The archive handed to the parts that use it: at start, after a restore, on an import.

Also what the set-up reads from it: teams, names, waiting topics, the team's cadence.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from cocoach_desktop.app.live_wiring import setup_context
from cocoach_desktop.domain.records import SessionFilter
from cocoach_desktop.notes.qt.due_picker import DEFAULT_GAP_DAYS, usual_gap_days
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.qt.widgets import show_banner
from cocoach_desktop.platform.qt.writer import waiting_archive
from cocoach_desktop.recording.qt.recorder import SessionContext
from cocoach_desktop.setup.model.topics import Topic
from cocoach_desktop.setup.qt.topic_store import ArchiveTopics

if TYPE_CHECKING:  # storage (SQLAlchemy) and the archive window load after the first paint
    from cocoach_desktop.archive.qt.archive_window import ArchiveWindow
    from cocoach_desktop.backups.qt.backups import BackupKeeper
    from cocoach_desktop.notes.qt.closing_flow import ClosingFlow
    from cocoach_desktop.platform.changes import ChangeFeed
    from cocoach_desktop.platform.clock import Clock
    from cocoach_desktop.platform.preferences import Preferences
    from cocoach_desktop.platform.qt.writer import ArchiveWriter
    from cocoach_desktop.questions.qt.question_bank import QuestionBankKeeper
    from cocoach_desktop.recording.qt.recorder import SessionRecorder
    from cocoach_desktop.recording.qt.recovery_flow import RecoveryFlow
    from cocoach_desktop.setup.qt.setup_panel import SetupPanel
    from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
    from cocoach_desktop.storage.archive import Archive
    from cocoach_desktop.tally.qt.tally_panel import TallyKeeper
    from cocoach_desktop.timer.qt.run_controller import SessionController


def _tr(text: str) -> str:
    return QCoreApplication.translate("Cocoach", text)


class ArchiveHandover:
    """Part of the app (``CocoachApp`` inherits it): one place gives the archive to its
    users, and says when it cannot be read."""

    archive: Archive | None
    windows_archive: Archive | None
    archive_window: ArchiveWindow | None
    window: FacilitatorWindow
    setup: SetupPanel
    prefs: Preferences
    clock: Clock
    controller: SessionController
    recorder: SessionRecorder
    tally: TallyKeeper
    backups: BackupKeeper[Archive]
    bank: QuestionBankKeeper
    closing: ClosingFlow
    recovery: RecoveryFlow
    feed: ChangeFeed
    writer: ArchiveWriter
    data_dir: Path
    _save: Callable[..., None]
    _closing_wait: Callable[[], float]

    def _load_from_archive(self) -> None:
        assert self.archive is not None
        try:
            self.setup.load_topics(
                [Topic(t.person, t.text, t.id) for t in self.archive.waiting_topics()]
            )
            self.setup.set_groups(self.archive.groups(), self.prefs.last_group)
            self.setup.set_known_names([p.name for p in self.archive.people()])
        except Exception as exc:  # a read fault must not stop the timer from working
            self._problem(
                _tr("The archive could not be read: {reason}").format(reason=say(exc)), "read"
            )
            return
        self._problem("", "read")

    def _problem(self, text: str, source: str) -> None:
        """One source's problem in the window's banner (empty: it has gone)."""
        show_banner(self.window.archive_problem, text, source)

    def _follow_cadence(self) -> None:
        """The next session, for due dates: a week on, or the team's usual gap once known."""
        gap: int | None = None
        group = self.setup.group()
        if self.archive is not None and group:
            try:
                met = self.archive.list_sessions(SessionFilter(group=group), limit=20)
            except Exception:  # the default will do: a read fault is reported elsewhere
                met = []
            gap = usual_gap_days(
                s.started.astimezone().date() for s in met if s.started is not None
            )
        self.window.notes.next_session_days = gap or DEFAULT_GAP_DAYS

    def _session_context(self) -> SessionContext:
        context = setup_context(self.setup, self.controller)
        self._save(last_group=context.group, facilitator=context.facilitator)
        return context

    def open_archive_window(self) -> None:
        if self.archive is None:
            QMessageBox.information(
                self.window,
                _tr("Archive"),
                _tr("The archive is not open, so there is nothing to review."),
            )
            return
        self.recorder.flush()
        if self.archive_window is None:
            from cocoach_desktop.archive.qt.archive_window import ArchiveWindow
            from cocoach_desktop.exchange.services.export_service import ExportService

            assert self.windows_archive is not None
            self.archive_window = ArchiveWindow(
                self.windows_archive,
                now=self.clock.now,
                feed=self.feed,
                exports=ExportService(self.windows_archive),
            )
            self.archive_window.guard_keys(self.window.app_wide_keys())
            self.archive_window.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        else:
            self.archive_window.refresh()
        self.archive_window.show()
        self.archive_window.raise_()
        self.archive_window.activateWindow()

    def restore_backup(self) -> None:
        if self.controller.in_progress():
            QMessageBox.information(
                self.window,
                _tr("Restore"),
                _tr("Finish the session before restoring a backup."),
            )
            return
        # What the recorder handed over goes to the file it was for; nothing is tried again
        # while the file is being replaced (a retry would write into the restored one).
        self.recorder.settle(self._closing_wait())
        self.recorder.hold_retries = True
        try:
            self.backups.restore_interactively(self.window, self.reopen_archive)
        finally:
            self.recorder.hold_retries = False

    def reopen_archive(self, archive: Archive | None) -> None:
        """After a restore: the same app, the restored file."""
        if self.recorder.is_open and not self.controller.in_progress():
            self.recorder.close_session()  # its id means another session in the other file
        self.recorder.settle(self._closing_wait())  # the last writes go to the file they were for
        if archive is not self.archive and self.archive is not None:
            # Undo steps name rows of the file that was open: never replay them in another.
            self.window.undo_stack.clear()
        self.archive = archive
        self.recorder.archive_replaced(archive)
        if self.tally.counting and self.recorder.session_id is None:
            self.tally.forget()
        self.backups.set_archive(archive)
        if self.archive_window is not None:
            self.archive_window.close()
            self.archive_window = None
        self._hand_out(archive)

    def _hand_out(self, archive: Archive | None) -> None:
        """Give the archive to the parts that use it. The windows' writes (the question
        bank, topics, the closing screen, the archive window) go through the writer too, in
        turn with the live session's."""
        self.windows_archive = (
            waiting_archive(archive, self.writer) if archive is not None else None
        )
        self.tally.archive = archive
        self.bank.set_archive(self.windows_archive)
        self.closing.archive = self.windows_archive
        if self.windows_archive is not None:
            self.setup.topic_store = ArchiveTopics(
                self.windows_archive, self.clock, self._recorded_session, self.feed
            )
            self._load_from_archive()

    def attach_archive(self, archive: Archive | None, problem: str = "") -> None:
        """The archive, opened once the window is up; then a cut-off session is offered."""
        self.reopen_archive(archive)
        self.window.show_archive_problem(problem)
        self.recovery.recover_unfinished(self.archive)

    def import_file(self) -> None:
        if self.archive is None:
            return
        if self.controller.in_progress():
            # An import is one transaction that holds the archive for up to half a minute:
            # the live session's notes would wait for it. The countdown would not, but the
            # facilitator would see "could not be saved" for no reason of theirs.
            QMessageBox.information(
                self.window,
                _tr("Import"),
                _tr("Finish the session before importing: its notes are being written."),
            )
            return
        # On a worker thread: once it has added sessions, their topics and teams appear in the
        # set-up.

        from cocoach_desktop.exchange.qt.importing import import_interactively, reading_words
        from cocoach_desktop.exchange.services.import_service import ImportService

        importer = ImportService(self.archive, self.feed, reading_words())
        import_interactively(self.window, importer, lambda _n: self._load_from_archive())

    def _recorded_session(self) -> int | None:
        return self.recorder.session_id
