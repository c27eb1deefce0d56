"""The composition root: builds the parts, wires them together, and runs the app."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import replace
from datetime import UTC, date, datetime, time
from importlib.resources import as_file
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from shiboken6 import isValid

from cocoach_desktop import __version__, logs, paths, resources
from cocoach_desktop.core.clock import Clock, SystemClock
from cocoach_desktop.core.display import DisplayState, Thresholds, start_moment
from cocoach_desktop.core.plan import Mode
from cocoach_desktop.core.preferences import Preferences
from cocoach_desktop.core.prompts import load_shipped
from cocoach_desktop.core.protocols import (
    ProtocolTemplate,
    delete_user_template,
    duplicate,
    load_templates,
    save_user_template,
)
from cocoach_desktop.core.records import (
    Role,
    SessionDetail,
    SessionFilter,
    SessionStatus,
)
from cocoach_desktop.core.recovery import CutOff, cut_off, plan_from_detail, resume
from cocoach_desktop.core.session_marker import (
    MARKER_FILE,
    RunningSession,
    read_marker,
    recovery_files_since,
    remove_marker,
    write_marker,
)
from cocoach_desktop.core.topics import Topic
from cocoach_desktop.storage import ARCHIVE_FILE
from cocoach_desktop.ui.advice_hint import load_check
from cocoach_desktop.ui.backups import BackupKeeper, open_archive_safely
from cocoach_desktop.ui.controller import SessionController
from cocoach_desktop.ui.due_picker import DEFAULT_GAP_DAYS, usual_gap_days
from cocoach_desktop.ui.facilitator import FacilitatorWindow
from cocoach_desktop.ui.presenting import PresentationManager
from cocoach_desktop.ui.prompting import PromptDirector, PromptView
from cocoach_desktop.ui.question_bank import (
    QuestionBankKeeper,
    ask_edit,
    export_interactively,
)
from cocoach_desktop.ui.question_bank import import_interactively as import_questions
from cocoach_desktop.ui.recorder import SessionContext, SessionRecorder
from cocoach_desktop.ui.settings import SettingsStore
from cocoach_desktop.ui.single_instance import Ownership, SingleInstance, temp_recovery_dir
from cocoach_desktop.ui.sound import Chime
from cocoach_desktop.ui.tally import TallyKeeper
from cocoach_desktop.ui.theme import apply_app_theme, palette
from cocoach_desktop.ui.topic_store import ArchiveTopics
from cocoach_desktop.ui.widgets import after_first_paint, show_banner
from cocoach_desktop.ui.writer import ArchiveWriter, waiting_archive

# Storage (SQLAlchemy) and the archive window load after the first paint; the dialogs and
# windows that no first frame shows (closing, recovery, compact...) when first needed.
if TYPE_CHECKING:
    from cocoach_desktop.storage.archive import Archive
    from cocoach_desktop.ui.archive_window import ArchiveWindow
    from cocoach_desktop.ui.closing import ClosingChoices, ClosingDialog
    from cocoach_desktop.ui.compact import CompactWindow
    from cocoach_desktop.ui.recovery import RecoveryChoice


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
        self.user_protocols = data_dir / "protocols"
        self.settings = SettingsStore(data_dir / "settings.ini")
        self.prefs = self.settings.load()
        self.controller = SessionController(
            clock,
            Thresholds(self.prefs.soon_seconds, self.prefs.urgent_seconds),
            rebalance=self.prefs.rebalance,
            floor_seconds=self.prefs.floor_seconds,
        )
        self.window = FacilitatorWindow(self.controller)
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
        self.compact: CompactWindow | None = None
        self.setup = self.window.setup
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
        self.closing: ClosingDialog | None = None
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
        self._mark_running_sessions()
        self.window.questions.set_book(self.bank.book)
        self.windows_archive: Archive | None = None
        if archive is not None:
            self._hand_out(archive)
        self.window.show_archive_problem(archive_problem)
        self.setup.min_per_coachee = self.prefs.min_per_coachee_seconds
        self.setup.now = clock.now  # "until 16:15" counts on the app's clock
        self.setup.set_minutes(self.prefs.last_total_minutes)
        self.setup.facilitator_edit.setText(self.prefs.facilitator)
        self.setup.set_mode(Mode(self.prefs.last_mode))
        self.reload_templates(select=self.prefs.last_protocol)
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
        w.act_compact.toggled.connect(self.set_compact)
        w.leaveFullScreenRequested.connect(self.leave_full_screen)
        w.act_settings.triggered.connect(self.open_settings)
        w.act_shortcuts.triggered.connect(self.show_shortcuts)
        w.act_about.triggered.connect(self.show_about)
        w.act_dark.triggered.connect(lambda: self.change_theme("dark"))
        w.act_light.triggered.connect(lambda: self.change_theme("light"))
        w.setup.duplicateRequested.connect(self.duplicate_template)
        w.setup.editRequested.connect(self.edit_template)
        w.setup.deleteRequested.connect(self.delete_template)
        w.setup.planChanged.connect(lambda _plan: self._remember_setup())
        # No plan (and so no run): the room's screens go to the waiting screen.
        w.setup.planChanged.connect(lambda plan: c.tick() if plan is None else None)
        w.setup.startAtChanged.connect(self._planned_start)  # the start time typed in set-up
        self._planned_start(w.setup.start_at())
        # Each source's problem stays in the banner until that source says it has gone.
        self.recorder.problem.connect(lambda text: self._problem(text, "recording"))
        self.recorder.sessionClosed.connect(self.show_closing)
        self.backups.problem.connect(lambda text: self._problem(text, "backup"))
        self.backups.done.connect(lambda text: w.statusBar().showMessage(text, 8000))
        self.backups.done.connect(lambda _text: self._problem("", "backup"))
        w.act_new.triggered.connect(self.recorder.close_session)
        # Nothing of a finished session stays in view while the next is set up.
        self.recorder.sessionForgotten.connect(w.questions.forget_typed)
        self.recorder.sessionOpened.connect(lambda _id: self._follow_cadence())
        notes = w.notes
        notes.today = self._today
        w.act_archive.triggered.connect(self.open_archive_window)
        w.act_backup.triggered.connect(self.backups.back_up_now)
        w.act_restore.triggered.connect(self.restore_backup)
        w.act_import.triggered.connect(self.import_file)
        w.act_data_folder.triggered.connect(self.show_about)

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
        if self.compact is not None:
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

    def recover_unfinished(self) -> None:
        """Offer to resume a session the app died during (or close it as abandoned); say so
        when the session the app was recording is no longer in the archive at all."""
        if self.archive is None:
            return  # the marker stays: the next start with the archive open checks it
        self._find_lost_session(self.archive)
        try:
            self._recover(self.archive)
        except (OSError, ValueError, LookupError) as exc:  # storage faults, in words
            self.window.show_archive_problem(
                _tr("The interrupted session could not be brought back: {reason}").format(
                    reason=exc
                )
            )
            return
        self._mark_session(self.recorder.session_id)  # resumed: on record again; else none

    # A file beside the archive names the session on record, outside the database: a crash
    # followed by a deleted -wal file takes the session's rows away, not this evidence.

    @property
    def _marker_path(self) -> Path:
        return self.data_dir / MARKER_FILE

    def _mark_running_sessions(self) -> None:
        self.recorder.sessionOpened.connect(self._mark_session)
        self.recorder.sessionClosed.connect(lambda _id: self._mark_session(None))
        self.recorder.sessionForgotten.connect(lambda: self._mark_session(None))

    def _mark_session(self, session_id: int | None) -> None:
        if session_id is None:
            remove_marker(self._marker_path)
            return
        run = self.controller.run
        started = run.started_wall if run is not None and run.started_wall else None
        # In a folder that cannot be written there is none: nor is there an archive to lose.
        write_marker(
            self._marker_path,
            RunningSession(
                session_id,
                started or self.clock.now(),
                run.plan.protocol_name if run is not None else "",
                self.recorder.recovery_dir,
            ),
        )

    def _find_lost_session(self, archive: Archive) -> None:
        marked = read_marker(self._marker_path)
        if marked is None:
            return
        try:
            try:
                kept = archive.session(marked.session_id).summary
            except LookupError:
                kept = None
        except Exception:  # the archive cannot be read now: look again at the next start
            return
        if kept is not None and _same_moment(kept.started, marked.started):
            return  # it is there: finished, or offered back as cut off
        folders = [self.data_dir, *([marked.recovery_dir] if marked.recovery_dir else [])]
        from cocoach_desktop.ui.recovery import lost_text

        self.tell_lost(lost_text(marked, recovery_files_since(folders, marked.started)))
        remove_marker(self._marker_path)  # said once

    def tell_lost(self, text: str) -> None:
        """Say that a session was lost (tests look at ``lost_box``)."""
        from cocoach_desktop.ui.recovery import lost_box

        self.lost_box = lost_box(self.window, text)
        self.lost_box.open()

    def _recover(self, archive: Archive) -> None:
        unfinished = archive.unfinished_sessions()
        if not unfinished:
            return
        unfinished.sort(key=lambda d: d.summary.started or self.clock.now(), reverse=True)
        # A session with no phases cannot be resumed (there is no phase to be in).
        unfinished, empty = (
            [d for d in unfinished if d.phases],
            [d for d in unfinished if not d.phases],
        )
        for detail in empty:
            self._abandon(cut_off(detail, None, self.clock.now()))
        if not unfinished:
            return
        newest, older = unfinished[0], unfinished[1:]
        for detail in older:  # only one session can be resumed; earlier ones were left
            self._abandon(cut_off(detail, archive.checkpoint(detail.id), self.clock.now()))
        point = cut_off(newest, archive.checkpoint(newest.id), self.clock.now())
        from cocoach_desktop.ui.recovery import RecoveryChoice

        choice = self.ask_recovery(point)
        if choice is RecoveryChoice.ABANDON:
            self._abandon(point)
            return
        template = next((t for t in self.templates if t.id == newest.summary.protocol_id), None)
        run = resume(
            point,
            plan_from_detail(newest, template),
            self.clock,
            count_time_away=choice is RecoveryChoice.RESUME_COUNTING,
            rebalance=self.prefs.rebalance,
            floor_seconds=self.prefs.floor_seconds,
        )
        self.recorder.adopt(
            run, newest.id, list(newest.notes), list(newest.commitments), len(newest.events)
        )
        self.tally.open_session(newest.id, newest.tally)
        self.controller.adopt(run)
        self._show_group(newest)
        said = (
            _tr("Resumed the session you left at {time}, paused. Press Space to go on.")
            if point.quit
            else _tr("Resumed the session cut off at {time}, paused. Press Space to go on.")
        )
        self.window.statusBar().showMessage(
            said.format(time=point.last_seen.astimezone().strftime("%H:%M")), 15000
        )

    def _show_group(self, detail: SessionDetail) -> None:
        """The set-up panel shows who was there, as it did before the crash."""
        self.setup.group_combo.setCurrentText(detail.summary.group)
        for participant in detail.participants:
            if participant.role is Role.FACILITATOR:
                self.setup.facilitator_edit.setText(participant.name)
                continue
            self.setup.add_person(participant.name)
            if participant.role is Role.OBSERVER:
                self.setup.set_observer(self.setup.people_list.count() - 1, True)
        if detail.summary.coachees:
            self.setup.set_coachee(detail.summary.coachees[0])
        self.window.undo_stack.clear()  # restoring the group is not an edit to undo

    def _abandon(self, point: CutOff) -> None:
        assert self.archive is not None
        cp = point.checkpoint
        self.archive.finish_session(
            point.detail.id, cp.wall, cp.actual_seconds, SessionStatus.ABANDONED
        )

    def ask_recovery(self, point: CutOff) -> RecoveryChoice:
        """Ask what to do with a session cut off by a crash (tests replace this)."""
        from cocoach_desktop.ui.recovery import ask_recovery

        return ask_recovery(self.window, point)

    def show_closing(self, session_id: int) -> None:
        """The closing screen: confirm commitments, topics dealt with, and tags."""
        if self.archive is None:
            return
        try:
            topics = self.archive.waiting_topics()
            tags = self.archive.session(session_id).summary.tags
        except Exception as exc:
            self.window.show_archive_problem(str(exc))
            return
        from cocoach_desktop.ui.closing import ClosingDialog

        dialog = ClosingDialog(
            self.recorder.commitments,
            topics,
            tags,
            self.window,
            today=self._today,
            next_session_days=self.window.notes.next_session_days,
        )
        dialog.confirmed.connect(
            lambda choices: self._closing_confirmed(dialog, session_id, choices)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.closing = dialog
        dialog.open()

    def _closing_confirmed(
        self, dialog: ClosingDialog, session_id: int, choices: ClosingChoices
    ) -> None:
        problem = self.apply_closing(session_id, choices)
        if isValid(dialog):
            dialog.fail(problem)
        elif problem:  # the screen was closed while its save waited: say it here
            self.window.show_archive_problem(problem)

    def apply_closing(self, session_id: int, choices: ClosingChoices) -> str:
        """Save the closing screen's choices; what went wrong, or "" when all is saved."""
        assert self.windows_archive is not None
        try:
            kept = self.windows_archive.close_session_choices(
                session_id,
                choices.commitments,
                choices.removed_commitments,
                choices.taken_topics,
                choices.tags,
                dues=choices.dues,  # in the same transaction: all of the choices, or none
            )
        except Exception as exc:  # nothing was applied; the closing screen keeps the choices
            return _tr("The closing choices were not saved: {reason}").format(reason=exc)
        self.recorder.set_commitments(kept)
        self._load_from_archive()
        return ""

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
            from cocoach_desktop.ui.archive_window import ArchiveWindow

            assert self.windows_archive is not None
            self.archive_window = ArchiveWindow(self.windows_archive, now=self.clock.now)
            self.archive_window.archiveChanged.connect(self._load_from_archive)
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
        if self.tally.session_id is not None and self.recorder.session_id is None:
            self.tally.open_session(None)
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
        if self.windows_archive is not None:
            self.setup.topic_store = ArchiveTopics(
                self.windows_archive, self.clock, self._recorded_session
            )
            self._load_from_archive()

    def attach_archive(self, archive: Archive | None, problem: str = "") -> None:
        """The archive, opened once the window is up; then a cut-off session is offered."""
        self.reopen_archive(archive)
        self.window.show_archive_problem(problem)
        self.recover_unfinished()

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
        from cocoach_desktop.ui.importing import import_interactively

        import_interactively(self.window, self.archive, lambda _n: self._load_from_archive())

    # ----- templates ---------------------------------------------------------------------

    def reload_templates(self, select: str = "") -> None:
        result = load_templates([(resources.protocols_dir(), True), (self.user_protocols, False)])
        self.templates = result.templates
        self.setup.set_templates(result.templates, [str(e) for e in result.errors], select)

    def duplicate_template(self) -> None:
        source = self.setup.current_template()
        if source is None:
            return
        name, ok = QInputDialog.getText(
            self.window,
            _tr("Duplicate protocol"),
            _tr("Name of your copy:"),
            text=_tr("{name} (my version)").format(name=source.name),
        )
        if not ok or not name.strip():
            return
        copy = duplicate(source, name.strip(), {t.id for t in self.templates})
        self.edit_template(copy)

    def edit_template(self, template: ProtocolTemplate | None = None) -> None:
        template = template or self.setup.current_template()
        if template is None or template.builtin:
            return
        from cocoach_desktop.ui.dialogs import TemplateEditor

        editor = TemplateEditor(template, self.window)
        if editor.exec() and editor.result_template is not None:
            self.save_template(editor.result_template)

    def save_template(self, template: ProtocolTemplate) -> bool:
        try:
            save_user_template(template, self.user_protocols)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(
                self.window,
                _tr("Could not save"),
                _tr("Your protocol could not be saved: {reason}").format(reason=exc),
            )
            return False
        self.reload_templates(select=template.id)
        return True

    def delete_template(self) -> None:
        template = self.setup.current_template()
        if template is None or template.builtin:
            return
        if not self.window.confirm(
            _tr("Delete protocol"),
            _tr("Delete your protocol “{name}”? This cannot be undone.").format(name=template.name),
        ):
            return
        try:
            delete_user_template(template, self.user_protocols)
        except OSError as exc:
            QMessageBox.warning(self.window, _tr("Could not delete"), str(exc))
        self.reload_templates()

    # ----- views -------------------------------------------------------------------------

    def set_compact(self, on: bool) -> None:
        if on:
            if self.compact is None:
                from cocoach_desktop.ui.compact import CompactWindow

                self.compact = CompactWindow(self.prefs.theme)
                self.compact.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
                self.compact.closed.connect(lambda: self.window.act_compact.setChecked(False))
                self.compact.expandRequested.connect(self._expand_from_compact)
                self._place_compact(self.compact)
            self.controller.tick()  # the compact timer shows the present at once
            self.compact.show()
        elif self.compact is not None:
            self.compact.hide()

    def _place_compact(self, compact: CompactWindow) -> None:
        """First shown in the bottom-right corner of the facilitator's screen, clear of the
        window's menus and notes (dragged elsewhere, it stays where it is put)."""
        area = self.window.screen().availableGeometry()
        compact.adjustSize()
        margin = 24
        compact.move(
            area.right() - compact.width() - margin, area.bottom() - compact.height() - margin
        )

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
        if self.compact is not None:
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
        from cocoach_desktop.ui.dialogs import SettingsDialog

        dialog = SettingsDialog(
            self.prefs,
            sound_note=self.chime.unavailable_reason,
            test_sound=lambda: self.chime.play(force=True),
            parent=self.window,
        )
        if dialog.exec():
            self.apply_preferences(dialog.preferences())

    def show_shortcuts(self) -> None:
        from cocoach_desktop.ui.dialogs import ShortcutsDialog

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
        if self.compact is not None:
            self.compact.close()
        self.chime.close()
        self._files.close()


def _same_moment(a: datetime | None, b: datetime) -> bool:
    """The same start, as the archive and the marker each wrote it (a naive time is UTC)."""
    if a is None:
        return False
    a, b = (t if t.tzinfo else t.replace(tzinfo=UTC) for t in (a, b))
    return abs((a - b).total_seconds()) < 2


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
    data_dir = paths.data_dir()
    instance = SingleInstance(data_dir)
    claim = instance.claim()
    read_only = claim.ownership is Ownership.UNWRITABLE
    # A folder that went read-only under a running copy: that copy is still the one to use.
    woken = read_only and instance.wake_other()
    if claim.ownership is Ownership.HELD or woken:
        woken = woken or instance.wake_other()
        message = _tr(
            "Cocoach is already open with this archive ({folder}). Only one copy at a time "
            "may write to it, so this one will close."
        ).format(folder=data_dir)
        print(message, file=sys.stderr)
        if not woken:
            QMessageBox.information(None, _tr("Cocoach is already open"), message)
        return 0
    recovery_dir, unwritable = data_dir, ""
    if read_only:
        # Nothing can be written beside the archive: the timer runs, the archive stays shut,
        # and note texts go to memory and to an owner-only folder in the temp folder.
        instance.listen()  # a second start on this folder brings this copy to the front
        try:
            recovery_dir = temp_recovery_dir()
            kept = _tr("notes are kept in memory and in a recovery file in {folder}").format(
                folder=recovery_dir
            )
        except OSError:
            kept = _tr("notes are kept in memory only: keep Cocoach open until they are copied")
        unwritable = _tr(
            "The data folder {folder} cannot be written ({reason}). The timer works; {kept}; "
            "nothing goes to the archive this time."
        ).format(folder=data_dir, reason=claim.reason, kept=kept)
        print(unwritable, file=sys.stderr)
    cocoach = CocoachApp(SystemClock(), data_dir, recovery_dir=recovery_dir)
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
            *((None, unwritable) if read_only else open_archive_safely(data_dir, _ask_yes_no))
        ),
    )
    QTimer.singleShot(1500, load_check)  # before anyone types a question
    app.aboutToQuit.connect(cocoach.close)
    app.aboutToQuit.connect(instance.release)
    return app.exec()
