"""The facilitator's window: set-up, the live phase, the agenda and every control."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.core.display import Alert, DisplayState
from cocoach_desktop.core.plan import SessionPlan
from cocoach_desktop.core.session import RunState
from cocoach_desktop.core.timefmt import clock_text
from cocoach_desktop.ui.agenda_model import COL_PHASE, COL_TURN, AgendaModel
from cocoach_desktop.ui.controller import SessionController
from cocoach_desktop.ui.notes_panel import NotesPanel
from cocoach_desktop.ui.questions_panel import QuestionsPanel
from cocoach_desktop.ui.setup_panel import SetupPanel
from cocoach_desktop.ui.tally import KEYS as TALLY_KEYS
from cocoach_desktop.ui.tally import TallyPanel
from cocoach_desktop.ui.theme import Palette, alert_color, display_font, palette
from cocoach_desktop.ui.widgets import (
    problem_banner,
    set_label_colour,
    shortcut_texts,
    show_banner,
)

APP = Qt.ShortcutContext.ApplicationShortcut


def _local_hhmm(moment: datetime) -> str:
    """A UTC moment as the facilitator's local clock shows it."""
    return moment.astimezone().strftime("%H:%M")


class FacilitatorWindow(QMainWindow):
    """Views expose actions and signals; the composition root wires them to the rest."""

    leaveFullScreenRequested = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.undo_stack = QUndoStack(self)
        self._palette = palette("dark")
        self.setup = SetupPanel(self.undo_stack)
        self.agenda = AgendaModel()
        self._make_actions()
        self._build_ui()
        self._build_menus()
        self.retranslate()
        self.setup.planChanged.connect(self._plan_changed)
        controller.updated.connect(self.show_state)
        controller.structureChanged.connect(self._structure_changed)
        self.resize(1360, 860)

    # ----- actions -----------------------------------------------------------------------

    def _action(
        self, keys: list[str] | None = None, slot: object = None, *, app_wide: bool = True
    ) -> QAction:
        action = QAction(self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(APP if app_wide else Qt.ShortcutContext.WindowShortcut)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        c = self.controller
        self.act_toggle = self._action(["Space"], c.toggle)
        self.act_next = self._action(["N", "Right"], self.next_phase)
        self.act_previous = self._action(["P", "Left"], c.previous_phase)
        self.act_extend1 = self._action(["+", "="], lambda: c.extend(60))
        self.act_extend5 = self._action(["5"], lambda: c.extend(300))
        self.act_extend_any = self._action(["E"], self.extend_by)
        self.act_finish = self._action(["Ctrl+E"], self.finish)
        self.act_new = self._action(["Ctrl+N"], self.new_session, app_wide=False)
        self.act_presentation = self._action(["F"])
        self.act_presentation.setCheckable(True)
        self.act_compact = self._action(["C"])
        self.act_compact.setCheckable(True)
        self.act_leave_full = self._action(["Esc"], self.leaveFullScreenRequested.emit)
        self.act_full = self._action(["F11"], self._toggle_full_screen, app_wide=False)
        self.act_settings = self._action(["Ctrl+,"], app_wide=False)
        self.act_shortcuts = self._action(["F1", "?"])
        self.act_about = self._action()
        self.act_archive = self._action(["Ctrl+O"], app_wide=False)
        self.act_backup = self._action(["Ctrl+B"], app_wide=False)
        self.act_restore = self._action(app_wide=False)
        self.act_import = self._action(["Ctrl+I"], app_wide=False)
        self.act_data_folder = self._action(app_wide=False)
        self.act_quit = self._action(["Ctrl+Q"], self.close, app_wide=False)
        self.act_duplicate = self._action(["Ctrl+D"], self.setup.duplicateRequested.emit)
        self.act_prompt_next = self._action(["Q"])
        self.act_prompt_previous = self._action(["Shift+Q"])
        self.act_prompt_pin = self._action(["Ctrl+K"])
        self.act_prompt_pin.setCheckable(True)
        self.act_prompts_shown = self._action(app_wide=False)
        self.act_prompts_shown.setCheckable(True)
        self.act_prompts_shown.setChecked(True)
        self.act_questions = self._action(["Ctrl+Shift+Q"], self.show_questions, app_wide=False)
        self.act_notes = self._action(["Ctrl+Shift+N"], self.show_notes, app_wide=False)
        self.act_bank_import = self._action(app_wide=False)
        self.act_bank_export = self._action(app_wide=False)
        self.act_tally = {kind: self._action([key]) for kind, key in TALLY_KEYS.items()}
        self.act_undo = self.undo_stack.createUndoAction(self)
        self.act_undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self)
        self.act_redo.setShortcuts(QKeySequence.StandardKey.Redo)
        self.theme_group = QActionGroup(self)
        self.act_dark = self._action()
        self.act_light = self._action()
        for a in (self.act_dark, self.act_light):
            a.setCheckable(True)
            self.theme_group.addAction(a)
        self.act_dark.setChecked(True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.session_menu = bar.addMenu("")
        for a in (
            self.act_toggle,
            self.act_next,
            self.act_previous,
            None,
            self.act_extend1,
            self.act_extend5,
            self.act_extend_any,
            None,
            self.act_finish,
            self.act_new,
            None,
            self.act_quit,
        ):
            self.session_menu.addSeparator() if a is None else self.session_menu.addAction(a)
        self.edit_menu = bar.addMenu("")
        for a in (self.act_undo, self.act_redo, self.act_duplicate):
            self.edit_menu.addAction(a)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.act_presentation)
        self.screen_menu = self.view_menu.addMenu("")
        self.view_menu.addAction(self.act_compact)
        self.view_menu.addSeparator()
        self.theme_menu = self.view_menu.addMenu("")
        self.theme_menu.addAction(self.act_dark)
        self.theme_menu.addAction(self.act_light)
        self.view_menu.addAction(self.act_full)
        self.view_menu.addAction(self.act_leave_full)
        self.questions_menu = bar.addMenu("")
        for a in (
            self.act_prompt_next,
            self.act_prompt_previous,
            self.act_prompt_pin,
            self.act_prompts_shown,
            None,
            *self.act_tally.values(),
            None,
            self.act_questions,
            self.act_notes,
            self.act_bank_import,
            self.act_bank_export,
        ):
            self.questions_menu.addSeparator() if a is None else self.questions_menu.addAction(a)
        self.archive_menu = bar.addMenu("")
        for a in (
            self.act_archive,
            None,
            self.act_backup,
            self.act_restore,
            None,
            self.act_import,
            self.act_data_folder,
        ):
            self.archive_menu.addSeparator() if a is None else self.archive_menu.addAction(a)
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addAction(self.act_settings)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.act_shortcuts)
        self.help_menu.addAction(self.act_about)

    # ----- layout ------------------------------------------------------------------------

    def _build_ui(self) -> None:
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.setup)
        splitter.addWidget(left)

        right = QWidget()
        # A click anywhere on the session side takes the keyboard away from the set-up
        # fields, so Space, N, P and + drive the timer again.
        right.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QVBoxLayout(right)
        self.archive_problem = problem_banner()
        layout.addWidget(self.archive_problem)
        self.phase_label = QLabel()
        self.phase_label.setObjectName("phaseTitle")
        self.phase_label.setWordWrap(True)
        self.phase_label.setFont(display_font(28, QFont.Weight.DemiBold))
        self.speaker_label = QLabel()
        self.speaker_label.setObjectName("muted")
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.phase_label)
        titles.addWidget(self.speaker_label)
        head.addLayout(titles, 1)
        self.time_label = QLabel("0:00")
        self.time_label.setObjectName("bigTime")
        self.time_label.setFont(display_font(84, QFont.Weight.Bold))
        self.time_label.setMinimumWidth(300)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.time_label)
        layout.addLayout(head)
        self.alert_label = QLabel()
        self.alert_label.setObjectName("alert")
        self.alert_label.setFont(display_font(18, QFont.Weight.Bold))
        self.alert_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.alert_label)
        self.rule_label = QLabel()
        self.rule_label.setObjectName("rule")
        self.rule_label.setWordWrap(True)
        self.rule_label.setFont(display_font(19))
        layout.addWidget(self.rule_label)
        self.phase_bar = QProgressBar()
        self.session_bar = QProgressBar()
        for bar in (self.phase_bar, self.session_bar):
            bar.setRange(0, 1000)
            bar.setTextVisible(False)
            bar.setFixedHeight(10)
            layout.addWidget(bar)

        controls = QHBoxLayout()
        self.buttons: list[QToolButton] = []
        for action in (
            self.act_toggle,
            self.act_previous,
            self.act_next,
            self.act_extend1,
            self.act_extend5,
            self.act_extend_any,
            self.act_finish,
            self.act_presentation,
            self.act_compact,
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumHeight(40)
            controls.addWidget(button)
            self.buttons.append(button)
        controls.addStretch(1)
        layout.addLayout(controls)

        self.end_label = QLabel()
        self.end_label.setObjectName("endTime")
        self.end_label.setFont(display_font(16))
        layout.addWidget(self.end_label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)

        self.agenda_view = QTableView()
        self.agenda_view.setModel(self.agenda)
        self.agenda_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.agenda_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.agenda_view.verticalHeader().hide()
        self.agenda_view.setAlternatingRowColors(True)
        header = self.agenda_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PHASE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TURN, QHeaderView.ResizeMode.Stretch)
        self.notes = NotesPanel()
        self.questions = QuestionsPanel()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.notes, "")
        self.tabs.addTab(self.questions, "")
        self.tally = TallyPanel()
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.tabs, 1)
        bottom_layout.addWidget(self.tally)
        lower = QSplitter(Qt.Orientation.Vertical)
        lower.addWidget(self.agenda_view)
        lower.addWidget(bottom)
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 3)
        lower.setChildrenCollapsible(False)
        lower.setSizes([220, 330])  # the whole agenda (up to 7 phases) stays in view
        layout.addWidget(lower, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 900])
        self.setCentralWidget(splitter)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cocoach — facilitator"))
        texts = {
            self.act_next: self.tr("&Next phase"),
            self.act_previous: self.tr("&Previous phase"),
            self.act_extend1: self.tr("+1 min"),
            self.act_extend5: self.tr("+5 min"),
            self.act_extend_any: self.tr("&Extend by…"),
            self.act_finish: self.tr("&Finish session"),
            self.act_new: self.tr("New &session"),
            self.act_presentation: self.tr("&Presentation"),
            self.act_compact: self.tr("&Compact timer"),
            self.act_leave_full: self.tr("Leave full screen"),
            self.act_full: self.tr("Full screen (this window)"),
            self.act_settings: self.tr("&Settings…"),
            self.act_shortcuts: self.tr("&Keyboard shortcuts"),
            self.act_about: self.tr("&About Cocoach"),
            self.act_quit: self.tr("&Quit"),
            self.act_archive: self.tr("&Open the archive…"),
            self.act_backup: self.tr("&Back up now"),
            self.act_restore: self.tr("&Restore from a backup…"),
            self.act_import: self.tr("&Import sessions from a file…"),
            self.act_data_folder: self.tr("Show where the &data lives"),
            self.act_duplicate: self.tr("&Duplicate protocol…"),
            self.act_dark: self.tr("&Dark"),
            self.act_light: self.tr("&Light"),
            self.act_prompt_next: self.tr("&Next prompt"),
            self.act_prompt_previous: self.tr("&Previous prompt"),
            self.act_prompt_pin: self.tr("P&in this prompt"),
            self.act_prompts_shown: self.tr("Prompts on the p&rojector"),
            self.act_questions: self.tr("&Question bank and check"),
            self.act_notes: self.tr("N&otes"),
            self.act_bank_import: self.tr("&Import questions from a file…"),
            self.act_bank_export: self.tr("&Export questions to a file…"),
        }
        for kind, name in self.tally.names().items():
            texts[self.act_tally[kind]] = self.tr("Count: {name}").format(name=name.lower())
        for action, text in texts.items():
            action.setText(text)
        self.act_extend1.setStatusTip(self.tr("Give this phase one more minute"))
        self._update_toggle_text()
        for action in texts.keys() | {self.act_toggle}:
            _tooltip_with_keys(action)
        self.session_menu.setTitle(self.tr("&Session"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.screen_menu.setTitle(self.tr("Presentation &screen"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.archive_menu.setTitle(self.tr("&Archive"))
        self.questions_menu.setTitle(self.tr("&Questions"))
        self.tabs.setTabText(0, self.tr("Notes"))
        self.tabs.setTabText(1, self.tr("Questions"))
        self.tally.retranslate()
        self.help_menu.setTitle(self.tr("&Help"))
        self.setup.retranslate()

    def apply_palette(self, p: Palette) -> None:
        """The theme's colours for the alert-coloured time (the app's style sheet does the rest)."""
        self._palette = p

    def _update_toggle_text(self) -> None:
        run = self.controller.run
        state = run.state if run else RunState.NOT_STARTED
        text = {
            RunState.NOT_STARTED: self.tr("▶ &Start"),
            RunState.RUNNING: self.tr("❚❚ &Pause"),
            RunState.PAUSED: self.tr("▶ &Resume"),
            RunState.FINISHED: self.tr("Finished"),
        }[state]
        self.act_toggle.setText(text)
        _tooltip_with_keys(self.act_toggle)

    # ----- reacting to the session -----------------------------------------------------------

    def _plan_changed(self, plan: SessionPlan | None) -> None:
        if self.controller.in_progress():
            return
        if plan is None:
            self.controller.run = None
            self.agenda.set_run(None)
            self._structure_changed()
            self.show_empty()
            return
        self.controller.set_plan(plan)

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
        for a in (self.act_next, self.act_previous):
            a.setEnabled(live)
        for a in (self.act_extend1, self.act_extend5, self.act_extend_any):
            a.setEnabled(has_run and state is not RunState.FINISHED)
        self.act_finish.setEnabled(live)
        self.act_new.setEnabled(state is RunState.FINISHED or not live)
        self.setup.set_locked(live)
        self._update_toggle_text()

    def show_empty(self) -> None:
        self.phase_label.setText(self.tr("Choose a protocol and a length"))
        self.time_label.setText("–:––")
        self.rule_label.clear()
        self.alert_label.clear()
        self.end_label.clear()

    def show_state(self, state: DisplayState) -> None:
        """Render one moment of the session."""
        self.agenda.refresh(live_only=True)
        if state.state is RunState.FINISHED:
            self._show_finished(state)
            return
        self.phase_label.setText(
            self.tr("{n}/{count}  {name}").format(
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
            alert = (alert + "   " if alert else "") + self.tr("❚❚ Paused")
        self.alert_label.setText(alert)
        set_label_colour(self.alert_label, color if state.alert is not Alert.CALM else "")
        self.phase_bar.setValue(round(state.phase_progress * 1000))
        self.session_bar.setValue(round(state.session_progress * 1000))
        self.end_label.setText(self._end_text(state))

    def _end_text(self, state: DisplayState) -> str:
        projected = _local_hhmm(state.projected_end)
        if state.state is RunState.NOT_STARTED:
            return self.tr("Ends at {t} if started now").format(t=projected)
        planned = _local_hhmm(state.planned_end)
        delta = round(state.delta_seconds / 60)
        if delta > 0:
            how = self.tr("{m} min late").format(m=delta)
        elif delta < 0:
            how = self.tr("{m} min early").format(m=-delta)
        else:
            how = self.tr("on time")
        return self.tr("Planned end {planned} · projected end {projected} ({how})").format(
            planned=planned, projected=projected, how=how
        )

    def _show_finished(self, state: DisplayState) -> None:
        run = self.controller.run
        assert run is not None
        ran = clock_text(run.session_elapsed())
        self.phase_label.setText(self.tr("Session finished"))
        self.speaker_label.setText(state.protocol_name)
        self.time_label.setText(ran)
        set_label_colour(self.time_label, "")
        self.rule_label.setText(
            self.tr("Ran {ran} of the {planned} planned. Ctrl+N starts a new session.").format(
                ran=ran, planned=clock_text(run.plan.total_seconds)
            )
        )
        self.alert_label.clear()
        self.phase_bar.setValue(1000)
        self.session_bar.setValue(1000)
        self.end_label.setText(self.tr("Ended at {t}").format(t=_local_hhmm(state.projected_end)))

    # ----- actions that ask first ----------------------------------------------------------

    def app_wide_keys(self) -> list[QKeySequence]:
        """The keys that work from every window of the app (the timer's)."""
        return [
            key
            for action in self.actions()
            if action.shortcutContext() == APP
            for key in action.shortcuts()
        ]

    def show_archive_problem(self, text: str) -> None:
        """A fault with saving stays in view until it is solved (empty text hides it)."""
        show_banner(self.archive_problem, text)

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_minutes(self) -> int | None:
        """Ask how many minutes to add (tests replace this)."""
        value, ok = QInputDialog.getInt(
            self, self.tr("Extend this phase"), self.tr("Minutes to add:"), 2, 1, 120
        )
        return value if ok else None

    def next_phase(self) -> None:
        run = self.controller.run
        if run is None:
            return
        if run.index + 1 >= len(run.phases) and run.state in (RunState.RUNNING, RunState.PAUSED):
            if self.confirm(self.tr("Last phase"), self.tr("This is the last phase. Finish?")):
                self.controller.finish()
            return
        self.controller.next_phase()

    def extend_by(self) -> None:
        minutes = self.ask_minutes()
        if minutes:
            self.controller.extend(minutes * 60)

    def finish(self) -> None:
        if not self.controller.in_progress():
            return
        if self.confirm(self.tr("Finish the session"), self.tr("Finish the session now?")):
            self.controller.finish()

    def new_session(self) -> None:
        if self.controller.in_progress() and not self.confirm(
            self.tr("New session"), self.tr("A session is running. Abandon it?")
        ):
            return
        if self.controller.in_progress():
            self.controller.finish()
        self.controller.run = None
        self.setup.rebuild()

    def show_questions(self) -> None:
        self.tabs.setCurrentWidget(self.questions)
        self.questions.question_edit.setFocus()

    def show_notes(self) -> None:
        self.tabs.setCurrentWidget(self.notes)
        self.notes.editor.setFocus()

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.controller.in_progress() and not self.confirm(
            self.tr("Quit"), self.tr("A session is running. Quit anyway?")
        ):
            event.ignore()
            return
        event.accept()


def _tooltip_with_keys(action: QAction) -> None:
    """Tooltips name the keys, so the shortcuts teach themselves."""
    text = action.text().replace("&", "")
    keys = shortcut_texts(action)
    action.setToolTip(f"{text} ({', '.join(keys)})" if keys else text)
