"""The facilitator's window: set-up, the live phase, the agenda and every control.

Its actions and menus are in :mod:`.facilitator_actions`, its widgets' layout in
:mod:`.facilitator_layout`; here it shows the session and asks before what cannot be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cocoach_desktop.platform.clock import utc_now
from cocoach_desktop.platform.qt.theme import Palette, alert_color, palette
from cocoach_desktop.platform.qt.widgets import set_bar_value, set_label_colour, show_banner
from cocoach_desktop.platform.timefmt import clock_text
from cocoach_desktop.setup.qt.setup_panel import SetupPanel
from cocoach_desktop.shell.qt.facilitator_layout import FacilitatorLayout
from cocoach_desktop.timer.model.display import Alert, DisplayState, start_moment
from cocoach_desktop.timer.model.plan import Mode, SessionPlan
from cocoach_desktop.timer.model.session import RunState
from cocoach_desktop.timer.qt.agenda_model import AgendaModel
from cocoach_desktop.timer.qt.run_controller import SessionController
from cocoach_desktop.timer.qt.timing_actions import TimingActions
from cocoach_desktop.timer.qt.timing_dialogs import ask_end_time, ask_minutes, local_hhmm


# One look-up in the window's context: self.tr() would try each base class in turn, and the
# live texts are translated on every tick.
def _tr(text: str) -> str:
    return QCoreApplication.translate("FacilitatorWindow", text)


class FacilitatorWindow(FacilitatorLayout):
    """Views expose actions and signals; the composition root wires them to the rest."""

    leaveFullScreenRequested = Signal()

    def __init__(
        self,
        controller: SessionController,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.undo_stack = QUndoStack(self)
        self._palette = palette("dark")
        # The set-up's "until 16:15" and the notes' calendar count on the app's clock.
        self._now = now
        self.setup = SetupPanel(self.undo_stack, now=now)
        self.agenda = AgendaModel()
        self.timing = TimingActions(
            controller, self.undo_stack, self.statusBar(), asks=self, parent=self
        )
        self._make_actions(self.timing, self.undo_stack)
        self._connect_own_actions()
        self._make_fold_action()
        self.act_setup.toggled.connect(self.show_setup)
        self._build_ui(self.setup, self.agenda)
        self._build_menus()
        self.retranslate()
        self.setup.planChanged.connect(self._plan_changed)
        # The start time typed in the set-up: the room's waiting screen counts down to it.
        self.setup.startAtChanged.connect(self._planned_start)
        self._planned_start(self.setup.start_at())
        controller.updated.connect(self.show_state)
        controller.structureChanged.connect(self._structure_changed)
        self._was_live = False
        self.fit_to_screen()

    def _connect_own_actions(self) -> None:
        slots: dict[QAction, Callable[[], object]] = {
            self.act_toggle: self.toggle_session,
            self.act_end_at: self.end_at,
            self.act_finish: self.finish,
            self.act_new: self.new_session,
            self.act_leave_full: self.escape,
            self.act_full: self._toggle_full_screen,
            self.act_duplicate: self.setup.duplicateRequested.emit,
            self.act_questions: self.show_questions,
            self.act_notes: self.show_notes,
        }
        for action, slot in slots.items():
            action.triggered.connect(slot)

    # ----- the set-up panel and the texts ---------------------------------------------------

    def show_setup(self, shown: bool) -> None:
        """Unfold the set-up panel (and go to it), or fold it away for the notes."""
        if self.act_setup.isChecked() != shown:
            self.act_setup.setChecked(shown)  # comes back here through toggled
            return
        index = self.tabs.indexOf(self.setup_scroll)
        if shown:
            self.tabs.setTabVisible(index, True)
            self.tabs.setCurrentIndex(index)
        else:
            if self.tabs.currentIndex() == index:
                self.tabs.setCurrentWidget(self.notes)
            self.tabs.setTabVisible(index, False)
        self._update_setup_button()

    def setup_shown(self) -> bool:
        return self.tabs.isTabVisible(self.tabs.indexOf(self.setup_scroll))

    def _update_setup_button(self) -> None:
        self.act_setup.setIconText(
            _tr("◂ Hide set-up") if self.act_setup.isChecked() else _tr("Set-up ▸")
        )

    def retranslate(self) -> None:
        self.setWindowTitle(_tr("Cocoach — facilitator"))
        self._retranslate_actions(self.tally.names(), self._run_state())
        self.tabs.setTabText(self.tabs.indexOf(self.setup_scroll), _tr("Set-up"))
        self.tabs.setTabText(self.tabs.indexOf(self.notes), _tr("Notes"))
        self.tabs.setTabText(self.tabs.indexOf(self.questions), _tr("Questions"))
        self._update_setup_button()
        self.tally.retranslate()
        self.setup.retranslate()

    def apply_palette(self, p: Palette) -> None:
        """The theme's colours for the alert-coloured time (the app's style sheet does the rest)."""
        self._palette = p

    def _run_state(self) -> RunState:
        run = self.controller.run
        return run.state if run else RunState.NOT_STARTED

    def _update_toggle_text(self) -> None:
        self._show_toggle_text(self._run_state())

    # ----- reacting to the session -----------------------------------------------------------

    def _plan_changed(self, plan: SessionPlan | None) -> None:
        if self.controller.in_progress():
            return
        if plan is None:
            self.controller.run = None
            self.agenda.set_run(None)
            self._structure_changed()
            self.show_empty()
            self.controller.tick()  # no plan, no run: the room's screens show the waiting screen
            return
        self.controller.set_plan(plan)

    def _planned_start(self, start: time | None) -> None:
        when = None if start is None else start_moment(self._now(), start)
        self.controller.set_planned_start(when)

    def _structure_changed(self) -> None:
        run = self.controller.run
        if self.agenda.run is not run:
            self.agenda.set_run(run)
        else:
            self.agenda.refresh()
        state = run.state if run else RunState.NOT_STARTED
        has_run = run is not None
        live = state in (RunState.RUNNING, RunState.PAUSED)
        self.act_toggle.setEnabled(has_run and state is not RunState.FINISHED)
        for a in (self.act_next, self.act_previous, self.act_end_at):
            a.setEnabled(live)
        for a in (self.act_extend1, self.act_extend5, self.act_reduce1, self.act_extend_any):
            a.setEnabled(has_run and state is not RunState.FINISHED)
        self.act_finish.setEnabled(live)
        self.act_new.setEnabled(state is RunState.FINISHED or not live)
        self.setup.set_locked(live)
        if live and not self._was_live:
            self.show_setup(False)  # the session has started: notes and agenda get the room
            # The set-up is locked now: Ctrl+Z, pressed to take back an extension, must not
            # reach past the session's own steps and empty the group mid-meeting.
            self.undo_stack.clear()
        self._was_live = live
        self._update_toggle_text()

    def show_empty(self) -> None:
        self.phase_label.setText(_tr("Choose a protocol and a length"))
        self.speaker_label.clear()
        self.time_label.setText("–:––")
        self.rule_label.clear()
        self.alert_label.clear()
        self.end_label.clear()

    def show_state(self, state: DisplayState) -> None:
        """Render one moment of the session."""
        if state.state is RunState.NOT_STARTED and self.setup.follow_clock():
            return  # "until 16:15": a fresh plan for the minutes left has just been shown
        self.agenda.refresh(live_only=True)
        if state.state is RunState.FINISHED:
            self._show_finished(state)
            return
        self.phase_label.setText(
            _tr("{n}/{count}  {name}").format(
                n=state.phase_index + 1, count=state.phase_count, name=state.phase_name
            )
        )
        self.speaker_label.setText(state.speaker)
        self.time_label.setText(state.time_text)
        self.rule_label.setText(state.rule)
        color = alert_color(self._palette, state.alert)
        set_label_colour(self.time_label, color)
        alert = state.alert_text
        if state.paused:
            alert = (alert + "   " if alert else "") + _tr("❚❚ Paused")
        self.alert_label.setText(alert)
        set_label_colour(self.alert_label, color if state.alert is not Alert.CALM else "")
        set_bar_value(self.phase_bar, round(state.phase_progress * 1000))
        set_bar_value(self.session_bar, round(state.session_progress * 1000))
        self.end_label.setText(self._end_text(state))

    def _end_text(self, state: DisplayState) -> str:
        projected = local_hhmm(state.projected_end)
        if state.state is RunState.NOT_STARTED:
            return _tr("Ends at {t} if started now").format(t=projected)
        # Both to the nearest minute, so that they agree with the minutes late or early.
        half = timedelta(seconds=30)
        planned = local_hhmm(state.planned_end + half)
        projected = local_hhmm(state.projected_end + half)
        run = self.controller.run
        if run is not None and run.end_moved:
            planned = _tr("{t} (moved from {was})").format(
                t=planned, was=local_hhmm(run.original_end())
            )
        delta = round(state.delta_seconds / 60)
        if delta > 0:
            how = _tr("{m} min late").format(m=delta)
        elif delta < 0:
            how = _tr("{m} min early").format(m=-delta)
        else:
            how = _tr("on time")
        return _tr("Planned end {planned} · projected end {projected} ({how})").format(
            planned=planned, projected=projected, how=how
        )

    def _show_finished(self, state: DisplayState) -> None:
        run = self.controller.run
        assert run is not None
        ran = clock_text(run.session_elapsed())
        self.phase_label.setText(_tr("Session finished"))
        self.speaker_label.setText(state.protocol_name)
        self.time_label.setText(ran)
        set_label_colour(self.time_label, "")
        self.rule_label.setText(
            _tr("Ran {ran} of the {planned} planned. Ctrl+N starts a new session.").format(
                ran=ran, planned=clock_text(run.plan.total_seconds)
            )
        )
        self.alert_label.clear()
        set_bar_value(self.phase_bar, 1000)
        set_bar_value(self.session_bar, 1000)
        self.end_label.setText(_tr("Ended at {t}").format(t=local_hhmm(state.projected_end)))

    # ----- actions that ask first ----------------------------------------------------------

    def show_archive_problem(self, text: str) -> None:
        """A fault with saving stays in view until it is solved (empty text hides it)."""
        show_banner(self.archive_problem, text)

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_minutes(self) -> int | None:
        """Ask how many minutes to give (+) or take away (-) (tests replace this)."""
        return ask_minutes(self.controller.run, self)

    def ask_end_time(self) -> datetime | None:
        """Ask for the time of day the session must end by (tests replace this)."""
        return ask_end_time(self.controller.run, self)

    def toggle_session(self) -> None:
        """Space and the Start button: start (once the set-up is ready), pause or resume."""
        run = self.controller.run
        if (run is None or run.state is RunState.NOT_STARTED) and not self._ready_to_start():
            return
        self.controller.toggle()

    def _ready_to_start(self) -> bool:
        if not self.setup.prepare_start():  # "until 16:15" counts from this very moment
            self.show_setup(True)
            return False
        run = self.controller.run
        if run is None:
            return False
        nobody = run.plan.mode is Mode.QUALITY_FIRST and not run.plan.coachees
        if nobody and not self.ask_start_without_coachee():
            self.choose_coachee()
            return False
        return True

    def ask_start_without_coachee(self) -> bool:
        """Nobody is today's coachee: start anyway (True) or go back and choose one."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("No coachee chosen"))
        box.setText(_tr("Nobody is chosen as today's coachee."))
        box.setInformativeText(
            _tr(
                "You can start anyway, but the session's notes will not be tied to anyone "
                "in the archive, and each commitment will ask whose it is."
            )
        )
        go = box.addButton(_tr("Start without a coachee"), QMessageBox.ButtonRole.AcceptRole)
        pick = box.addButton(_tr("Choose a coachee"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(pick)
        box.setEscapeButton(pick)
        box.exec()
        return box.clickedButton() is go

    def choose_coachee(self) -> None:
        """Open the set-up where today's coachee is chosen (or added first)."""
        self.show_setup(True)
        field = self.setup.coachee_combo if self.setup.people() else self.setup.person_edit
        self.setup_scroll.ensureWidgetVisible(field)
        field.setFocus()

    def change_time(self, seconds: float, *, ask_if_large: bool = False) -> None:
        """Give the current phase time (+) or take some away (-), as one undo step."""
        self.timing.change_time(seconds, ask_if_large=ask_if_large)

    def end_at(self) -> None:
        """T: end the session at a time of day; the later phases are fitted to it."""
        self.timing.end_at()

    def finish(self) -> None:
        if not self.controller.in_progress():
            return
        if self.confirm(_tr("Finish the session"), _tr("Finish the session now?")):
            self.controller.finish()

    def escape(self) -> None:
        """Esc: an open popup (a calendar, a list, a field's completions) closes first, as
        Esc does there; only with none open does Esc leave full screen.

        Esc is an app-wide shortcut, so Qt gives it to this action before the popup sees
        the key: the action hands it on.
        """
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
            return
        self.leaveFullScreenRequested.emit()

    def new_session(self) -> None:
        if self.controller.in_progress() and not self.confirm(
            _tr("New session"), _tr("A session is running. Abandon it?")
        ):
            return
        if self.controller.in_progress():
            self.controller.finish()
        self.controller.run = None
        # Nothing of the last session can come back by Ctrl+Z (its tally, its topics).
        self.undo_stack.clear()
        self.setup.new_session()
        self.show_setup(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.controller.in_progress() and not self.confirm(
            _tr("Quit"), _tr("A session is running. Quit anyway?")
        ):
            event.ignore()
            return
        event.accept()
