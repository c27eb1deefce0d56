"""The composition root: builds the parts, wires them together, and runs the app."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import replace
from datetime import date, time
from importlib.resources import as_file
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cocoach_desktop import __version__
from cocoach_desktop.advice.qt.advice_hint import load_check
from cocoach_desktop.backups.qt.backups import BackupKeeper, open_archive_safely
from cocoach_desktop.domain.records import (
    SessionFilter,
)
from cocoach_desktop.notes.qt.closing_flow import ClosingFlow
from cocoach_desktop.notes.qt.due_picker import DEFAULT_GAP_DAYS, usual_gap_days
from cocoach_desktop.platform import logs, paths, resources
from cocoach_desktop.platform.changes import ChangeFeed
from cocoach_desktop.platform.clock import Clock, SystemClock
from cocoach_desktop.platform.preferences import Preferences
from cocoach_desktop.platform.qt.change_bridge import ChangeBridge
from cocoach_desktop.platform.qt.i18n import install_translator
from cocoach_desktop.platform.qt.settings import SettingsStore
from cocoach_desktop.platform.qt.single_instance import SingleInstance, start_or_leave
from cocoach_desktop.platform.qt.theme import apply_app_theme, palette
from cocoach_desktop.platform.qt.widgets import after_first_paint, show_banner
from cocoach_desktop.platform.qt.writer import ArchiveWriter, waiting_archive
from cocoach_desktop.protocols.model.protocols import (
    ProtocolTemplate,
)
from cocoach_desktop.protocols.qt.template_flow import DialogTemplatesView, TemplateFlow
from cocoach_desktop.questions.model.prompts import load_shipped
from cocoach_desktop.questions.qt.prompting import PromptDirector, PromptView
from cocoach_desktop.questions.qt.question_bank import (
    QuestionBankKeeper,
    ask_edit,
    export_interactively,
)
from cocoach_desktop.questions.qt.question_bank import import_interactively as import_questions
from cocoach_desktop.recording.qt.recorder import SessionContext, SessionRecorder
from cocoach_desktop.recording.qt.recovery_flow import DialogRecoveryView, RecoveryFlow
from cocoach_desktop.setup.model.topics import Topic
from cocoach_desktop.setup.qt.topic_store import ArchiveTopics
from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
from cocoach_desktop.storage import ARCHIVE_FILE
from cocoach_desktop.tally.qt.tally_panel import TallyKeeper
from cocoach_desktop.timer.model.display import DisplayState, Thresholds, start_moment
from cocoach_desktop.timer.model.plan import Mode
from cocoach_desktop.timer.qt.compact_timer import CompactTimer
from cocoach_desktop.timer.qt.projector_placement import PresentationManager
from cocoach_desktop.timer.qt.run_controller import SessionController
from cocoach_desktop.timer.qt.sound import Chime

# Storage (SQLAlchemy) and the archive window load after the first paint; the windows and
# dialogs no first frame shows (compact timer, settings, editor, import) when first needed.
if TYPE_CHECKING:
    from cocoach_desktop.archive.qt.archive_window import ArchiveWindow
    from cocoach_desktop.storage.archive import Archive


# The longest the app waits for the archive's writer when quitting or switching files (a
# write held up by another program fails after the busy timeout, into the recovery file).
CLOSING_WAIT_SECONDS = 15.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("Cocoach", text)


class CocoachApp:
    """All the parts of one running app, and the wiring between them."""

    def __init__(
        self,
        clock: Clock,
        data_dir: Path,
        archive: Archive | None = None,
        archive_problem: str = "",
        recovery_dir: Path | None = None,
    ) -> None:
        self._files = ExitStack()
        self.clock = clock
        self.data_dir = data_dir
        self.archive = archive
        self.settings = SettingsStore(data_dir / "settings.ini")
        self.prefs = self.settings.load()
        self.controller = SessionController(
            clock,
            Thresholds(self.prefs.soon_seconds, self.prefs.urgent_seconds),
            rebalance=self.prefs.rebalance,
            floor_seconds=self.prefs.floor_seconds,
        )
        self.window = FacilitatorWindow(self.controller, now=clock.now)
        # The window owns the controller: its ticking timer goes when the window goes (it
        # would otherwise go on drawing into windows already gone).
        self.controller.setParent(self.window)
        wav = self._files.enter_context(as_file(resources.sound("chime.wav")))
        self.chime = Chime(wav, enabled=self.prefs.sound, parent=self.window)
        self.presentation = PresentationManager(
            self.window,
            self.window.screen_menu,
            self.prefs.theme,
            self.prefs.presentation_screen,
            on_screen_chosen=lambda name: self._save(presentation_screen=name),
            geometry=self.prefs.presentation_geometry,
            on_geometry_chosen=lambda rect: self._save(presentation_geometry=rect),
        )
        # What the services write is published here; the set-up follows the archive's changes.
        self.feed = ChangeFeed()
        self.changes = ChangeBridge(self.feed, self.window)
        self.changes.changed.connect(lambda _changes: self._load_from_archive())
        self.protocols = TemplateFlow(
            self.window.setup,
            DialogTemplatesView(self.window, _edit_protocol, self.window.confirm),
            resources.protocols_dir(),
            data_dir / "protocols",
        )
        self.setup = self.window.setup
        self.compact = CompactTimer(
            self.prefs.theme,
            lambda: self.window.screen().availableGeometry(),
            lambda: self.controller.tick(),
            parent=self.window,
        )
        # The archive's one writer thread: the live session's writes never hold up the GUI.
        self.writer = ArchiveWriter()  # not the window's child: it outlives the window
        self.recorder = SessionRecorder(
            self.controller,
            archive,
            self.window.notes,
            clock,
            recovery_dir or data_dir,  # a folder elsewhere when the data folder is read-only
            self._session_context,
            parent=self.window,
            writer=self.writer,
        )
        self.recovery_view = DialogRecoveryView(
            self.window,
            self.window.show_archive_problem,
            lambda text: self.window.statusBar().showMessage(text, 15000),
        )
        self.recovery = RecoveryFlow(
            self.recovery_view,
            clock,
            data_dir,
            self.recorder,
            self.controller,
            lambda: self.protocols.templates,
            lambda: self.prefs,
            parent=self.window,
        )
        self.closing = ClosingFlow(
            self.window,
            lambda: self.recorder.commitments,
            self.window.show_archive_problem,
            self._today,
            lambda: self.window.notes.next_session_days,
        )
        self.archive_window: ArchiveWindow | None = None
        self.backups = BackupKeeper(archive, data_dir, clock, parent=self.window)
        self.bank = QuestionBankKeeper(
            load_shipped(resources.prompts_dir()), self.window.undo_stack, parent=self.window
        )
        self.prompts = PromptDirector(
            self.bank.book, clock, self.prefs.prompt_rotate_minutes, parent=self.window
        )
        self.tally = TallyKeeper(
            self.window.tally,
            self.window.undo_stack,
            self._position,
            parent=self.window,
            writer=self.writer,
        )
        self.window.act_prompts_shown.setChecked(self.prefs.prompts_on_screen)
        self.presentation.set_reminder(self.prefs.ask_reminder)
        self.presentation.set_clock(self.prefs.clock_on_screen)
        self._wire()
        self._wire_questions()
        self.window.questions.set_book(self.bank.book)
        self.windows_archive: Archive | None = None
        if archive is not None:
            self._hand_out(archive)
        self.window.show_archive_problem(archive_problem)
        self.setup.min_per_coachee = self.prefs.min_per_coachee_seconds
        self.setup.set_minutes(self.prefs.last_total_minutes)
        self.setup.facilitator_edit.setText(self.prefs.facilitator)
        self.setup.set_mode(Mode(self.prefs.last_mode))
        self.protocols.reload(select=self.prefs.last_protocol)
        self.apply_theme(self.prefs.theme)

    # ----- wiring ------------------------------------------------------------------------

    def _wire(self) -> None:
        w, c = self.window, self.controller
        c.updated.connect(self._show_state)
        c.waiting.connect(self._show_room)
        c.phaseEnded.connect(lambda _index: self.chime.play())
        w.act_blank.toggled.connect(self.presentation.set_blanked)
        w.act_presentation.toggled.connect(self.presentation.set_visible)
        self.presentation.visibilityChanged.connect(self._presentation_visibility)
        w.act_compact.toggled.connect(self.compact.set_shown)
        self.compact.closed.connect(lambda: w.act_compact.setChecked(False))
        self.compact.expandRequested.connect(self._expand_from_compact)
        w.leaveFullScreenRequested.connect(self.leave_full_screen)
        w.act_settings.triggered.connect(self.open_settings)
        w.act_shortcuts.triggered.connect(self.show_shortcuts)
        w.act_about.triggered.connect(self.show_about)
        w.act_dark.triggered.connect(lambda: self.change_theme("dark"))
        w.act_light.triggered.connect(lambda: self.change_theme("light"))
        w.setup.duplicateRequested.connect(self.protocols.duplicate_current)
        w.setup.editRequested.connect(lambda: self.protocols.edit())
        w.setup.deleteRequested.connect(self.protocols.delete_current)
        w.setup.planChanged.connect(lambda _plan: self._remember_setup())
        # No plan (and so no run): the room's screens go to the waiting screen.
        w.setup.planChanged.connect(lambda plan: c.tick() if plan is None else None)
        w.setup.startAtChanged.connect(self._planned_start)  # the start time typed in set-up
        self._planned_start(w.setup.start_at())
        # Each source's problem stays in the banner until that source says it has gone.
        self.recorder.problem.connect(lambda text: self._problem(text, "recording"))
        self.recorder.sessionClosed.connect(self.closing.show)
        self.closing.saved.connect(self.recorder.set_commitments)
        self.closing.saved.connect(lambda _kept: self._load_from_archive())
        self.backups.problem.connect(lambda text: self._problem(text, "backup"))
        self.backups.done.connect(lambda text: w.statusBar().showMessage(text, 8000))
        self.backups.done.connect(lambda _text: self._problem("", "backup"))
        w.act_new.triggered.connect(self.recorder.close_session)
        # Nothing of a finished session stays in view while the next is set up.
        self.recorder.sessionForgotten.connect(w.questions.forget_typed)
        self.recorder.sessionOpened.connect(lambda _id: self._follow_cadence())
        w.act_archive.triggered.connect(self.open_archive_window)
        w.act_backup.triggered.connect(self.backups.back_up_now)
        w.act_restore.triggered.connect(self.restore_backup)
        w.act_import.triggered.connect(self.import_file)
        w.act_data_folder.triggered.connect(self.show_about)
        # A resumed session: on record again, its tally, its run, and who was there.
        self.recovery.resumed.connect(
            lambda run, d: self.recorder.adopt(
                run, d.id, list(d.notes), list(d.commitments), len(d.events)
            )
        )
        self.recovery.resumed.connect(lambda _run, d: self.tally.open_session(d.id, d.tally))
        self.recovery.resumed.connect(lambda run, _d: self.controller.adopt(run))
        self.recovery.resumed.connect(lambda _run, d: self.setup.show_participants(d))
        # Restoring the group is not an edit to undo.
        self.recovery.resumed.connect(lambda _run, _d: self.window.undo_stack.clear())

    def _wire_questions(self) -> None:
        w, q, bank, prompts = self.window, self.window.questions, self.bank, self.prompts
        bank.bookChanged.connect(prompts.set_book)
        bank.bookChanged.connect(q.set_book)
        bank.problem.connect(self._bank_problem)
        prompts.changed.connect(self._show_prompt)
        w.act_prompt_next.triggered.connect(prompts.next)
        w.act_prompt_previous.triggered.connect(prompts.previous)
        w.act_prompt_pin.triggered.connect(lambda _on=False: prompts.toggle_pin())
        w.act_prompts_shown.toggled.connect(self._prompts_shown)
        q.showRequested.connect(prompts.show)
        q.showTypedRequested.connect(prompts.show_text)
        q.pinRequested.connect(prompts.toggle_pin)
        q.keepRequested.connect(bank.add)
        q.starRequested.connect(bank.toggle_star)
        q.hideRequested.connect(bank.toggle_hidden)
        q.deleteRequested.connect(bank.delete)
        q.editRequested.connect(self.edit_question)
        w.act_bank_import.triggered.connect(lambda: import_questions(w, bank))
        w.act_bank_export.triggered.connect(
            lambda: export_interactively(w, bank, (prompts.groups or ("goal",))[0])
        )
        for kind, action in w.act_tally.items():
            action.triggered.connect(lambda _on=False, k=kind: self.tally.tap(k))
        self.tally.problem.connect(lambda text: self._problem(text, "tally"))
        self.recorder.sessionStarting.connect(self.tally.start_recording)
        self.recorder.sessionOpened.connect(self.tally.open_session)
        self.recorder.sessionOpened.connect(self._link_topics)
        self.recorder.sessionClosed.connect(lambda _id: self.tally.finish())
        self.recorder.sessionForgotten.connect(self.tally.forget)
        problems = bank.load_problems()
        if problems:
            w.statusBar().showMessage(
                _tr("Some question banks could not be read: ") + "; ".join(problems), 20000
            )

    def _position(self) -> tuple[float, int | None]:
        """Where the session is now, for a tally mark: active seconds and the phase."""
        run = self.controller.run
        return (run.session_elapsed(), run.index) if run is not None else (0.0, None)

    def _show_prompt(self, view: PromptView) -> None:
        self.window.questions.set_prompt(view)
        self.window.act_prompt_pin.setChecked(view.pinned)
        self.presentation.show_prompt(view.text if self.prefs.prompts_on_screen else "")

    def _prompts_shown(self, shown: bool) -> None:
        self._save(prompts_on_screen=shown)
        self._show_prompt(self.prompts.view)

    def _bank_problem(self, text: str) -> None:
        if text:
            self.window.statusBar().showMessage(text, 10000)

    def edit_question(self, key: str) -> None:
        question = self.bank.book.find(key)
        if question is not None:
            text = ask_edit(self.window, question)
            if text is not None:
                self.bank.edit(key, text)

    def _show_state(self, state: DisplayState) -> None:
        self.prompts.follow(state)
        self.window.questions.set_phase_groups(self.prompts.groups)  # () once finished
        self._show_room(state)

    def _show_room(self, state: DisplayState) -> None:
        """What the room's screens (projector, compact timer) show: never a private note."""
        self.presentation.show_state(state)
        self.compact.show_state(state)

    def _planned_start(self, start: time | None) -> None:
        when = None if start is None else start_moment(self.clock.now(), start)
        self.controller.set_planned_start(when)

    def _presentation_visibility(self, visible: bool) -> None:
        action = self.window.act_presentation
        if action.isChecked() != visible:
            action.blockSignals(True)
            action.setChecked(visible)
            action.blockSignals(False)

    def _save(self, **changes: object) -> None:
        prefs = replace(self.prefs, **changes)  # type: ignore[arg-type]
        if prefs != self.prefs:  # set-up signals fire often; write only real changes
            self.prefs = prefs
            self.settings.save(prefs)

    def _remember_setup(self) -> None:
        template_id = self.setup.current_template_id()
        minutes = self.setup.minutes()
        if not template_id or minutes is None:  # a length out of range is not remembered
            return
        self._save(
            last_protocol=template_id,
            last_total_minutes=minutes,
            last_mode=self.setup.mode().value,
        )

    # ----- the archive -------------------------------------------------------------------

    def _load_from_archive(self) -> None:
        assert self.archive is not None
        try:
            self.setup.load_topics(
                [Topic(t.person, t.text, t.id) for t in self.archive.waiting_topics()]
            )
            self.setup.set_groups(self.archive.groups(), self.prefs.last_group)
            self.setup.set_known_names([p.name for p in self.archive.people()])
        except Exception as exc:  # a read fault must not stop the timer from working
            self._problem(_tr("The archive could not be read: {reason}").format(reason=exc), "read")
            return
        self._problem("", "read")

    def _problem(self, text: str, source: str) -> None:
        """One source's problem in the window's banner (empty: it has gone)."""
        show_banner(self.window.archive_problem, text, source)

    def _today(self) -> date:
        """Today as the facilitator's calendar says it, from the app's clock."""
        return self.clock.now().astimezone().date()

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
        plan = self.controller.run.plan if self.controller.run is not None else None
        group, facilitator = self.setup.group(), self.setup.facilitator()
        self._save(last_group=group, facilitator=facilitator)
        return SessionContext(
            group=group,
            people=tuple(self.setup.people()),
            coachees=plan.coachees if plan is not None else (),
            observers=tuple(self.setup.observers()),
            facilitator=facilitator,
        )

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

            assert self.windows_archive is not None
            self.archive_window = ArchiveWindow(
                self.windows_archive, now=self.clock.now, feed=self.feed
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
        self.recorder.settle(CLOSING_WAIT_SECONDS)
        self.recorder.hold_retries = True
        try:
            self.backups.restore_interactively(self.window, self.reopen_archive)
        finally:
            self.recorder.hold_retries = False

    def reopen_archive(self, archive: Archive | None) -> None:
        """After a restore: the same app, the restored file."""
        if self.recorder.is_open and not self.controller.in_progress():
            self.recorder.close_session()  # its id means another session in the other file
        self.recorder.settle(CLOSING_WAIT_SECONDS)  # the last writes go to the file they were for
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
                self.windows_archive, self.clock, self._recorded_session
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

        from cocoach_desktop.exchange.qt.importing import import_interactively

        import_interactively(self.window, self.archive, lambda _n: self._load_from_archive())

    # ----- views -------------------------------------------------------------------------

    def _expand_from_compact(self) -> None:
        self.window.act_compact.setChecked(False)
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def bring_to_front(self) -> None:
        """Another copy was started on this archive: show this one instead."""
        self.window.showNormal() if self.window.isMinimized() else self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def leave_full_screen(self) -> None:
        if not self.presentation.leave_full_screen() and self.window.isFullScreen():
            self.window.showNormal()

    def apply_theme(self, name: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_app_theme(app, name)
        self.window.apply_palette(palette(name))
        (self.window.act_dark if name == "dark" else self.window.act_light).setChecked(True)
        self.presentation.set_theme(name)
        self.compact.set_theme(name)
        self.controller.tick()

    def change_theme(self, name: str) -> None:
        self._save(theme=name)
        self.apply_theme(name)

    def apply_preferences(self, prefs: Preferences) -> None:
        self.prefs = prefs
        self.settings.save(prefs)
        self.chime.enabled = prefs.sound
        self.controller.set_thresholds(Thresholds(prefs.soon_seconds, prefs.urgent_seconds))
        self.controller.set_rebalance(prefs.rebalance, prefs.floor_seconds)
        self.setup.min_per_coachee = prefs.min_per_coachee_seconds
        self.prompts.set_rotation(prefs.prompt_rotate_minutes)
        self.presentation.set_reminder(prefs.ask_reminder)
        self.presentation.set_clock(prefs.clock_on_screen)
        self.window.act_prompts_shown.setChecked(prefs.prompts_on_screen)
        self._show_prompt(self.prompts.view)
        if not self.controller.in_progress():
            self.setup.rebuild()
        self.apply_theme(prefs.theme)

    def open_settings(self) -> None:
        from cocoach_desktop.shell.qt.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.prefs,
            sound_note=self.chime.unavailable_reason,
            test_sound=lambda: self.chime.play(force=True),
            parent=self.window,
        )
        if dialog.exec():
            self.apply_preferences(dialog.preferences())

    def show_shortcuts(self) -> None:
        from cocoach_desktop.shell.qt.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.window.actions(), self.window).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self.window,
            _tr("About Cocoach"),
            _tr(
                "<h3>Cocoach Desktop {version}</h3><p>A timer for group co-coaching: one "
                "coachee, the whole time; questions, not advice; nothing lost.</p>"
                "<p>Your files live in:<br><code>{folder}</code></p>"
                "<p>The archive is <code>{archive}</code> there, with verified backups in "
                "<code>backups</code>. It holds personal data about colleagues: keep this "
                "computer's disk encrypted.</p>"
            ).format(version=__version__, folder=self.data_dir, archive=ARCHIVE_FILE),
        )

    def _recorded_session(self) -> int | None:
        return self.recorder.session_id

    def _link_topics(self, session_id: int) -> None:
        store = self.setup.topic_store
        if isinstance(store, ArchiveTopics):
            # On the writer thread, after the session's row: the countdown has begun.
            self.writer.submit(
                lambda: store.session_started(session_id),
                failed=lambda exc: self.window.show_archive_problem(str(exc)),  # kept, unlinked
            )

    def close(self) -> None:
        if self.controller.in_progress():
            # Mid-session, only a quit the facilitator confirmed gets here (the window
            # asks): the next start says so instead of calling it a crash.
            self.recorder.record_quit()
        self.recorder.flush()
        self.recorder.retry()  # what failed earlier gets one more try
        # Quitting may wait for the disk: what was handed to the writer goes to the archive
        # (or, should it fail, to the recovery file) before the process ends. Should the
        # archive stay held past the wait, what was not seen written goes to a recovery file.
        if not self.writer.close(CLOSING_WAIT_SECONDS):
            self.recorder.rescue_unwritten()
        self.backups.stop()
        if self.archive_window is not None:
            self.archive_window.close()
        self.presentation.close()
        self.compact.close()
        self.chime.close()
        self._files.close()


def _edit_protocol(template: ProtocolTemplate, parent: QWidget) -> ProtocolTemplate | None:
    from cocoach_desktop.protocols.qt.protocol_editor import TemplateEditor

    editor = TemplateEditor(template, parent)
    return editor.result_template if editor.exec() else None


def _ask_yes_no(title: str, text: str) -> bool:
    answer = QMessageBox.question(None, title, text)
    return answer == QMessageBox.StandardButton.Yes


def run(argv: Sequence[str] | None = None) -> int:
    """Start the GUI and run it until the last window closes."""
    logs.route_qt_messages()  # Qt's notes go to the log file, not the terminal
    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Cocoach")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("cocoach")
    install_translator(app)  # COCOACH_LANG, else the system language, if translated
    data_dir = paths.data_dir()
    instance = SingleInstance(data_dir)
    start = start_or_leave(instance, data_dir)
    if not start.runs:
        return 0
    cocoach = CocoachApp(SystemClock(), data_dir, recovery_dir=start.recovery_dir)
    instance.wakeRequested.connect(cocoach.bring_to_front)
    if cocoach.settings.problems:
        cocoach.window.statusBar().showMessage(
            _tr("Some settings were not understood and were reset: ")
            + "; ".join(cocoach.settings.problems),
            15000,
        )
    cocoach.window.show()
    # Find the audio device once the window is up, well before the first phase ends.
    QTimer.singleShot(1000, cocoach.chime.prepare)
    # The archive (and SQLAlchemy with it) opens right after the first paint: the window is
    # there sooner, and nothing can be typed in the few hundred milliseconds before.
    after_first_paint(
        cocoach.window,
        lambda: cocoach.attach_archive(
            *(
                (None, start.unwritable)
                if start.unwritable
                else open_archive_safely(data_dir, _ask_yes_no)
            )
        ),
    )
    QTimer.singleShot(1500, load_check)  # before anyone types a question
    app.aboutToQuit.connect(cocoach.close)
    app.aboutToQuit.connect(instance.release)
    return app.exec()
