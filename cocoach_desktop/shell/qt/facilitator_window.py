"""The facilitator's window: set-up, the live phase, the agenda and every control."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.notes.qt.notes_panel import NotesPanel
from cocoach_desktop.platform.qt.theme import Palette, alert_color, display_font, palette
from cocoach_desktop.platform.qt.widgets import (
    problem_banner,
    set_bar_value,
    set_label_colour,
    shortcut_texts,
    show_banner,
)
from cocoach_desktop.platform.timefmt import clock_text
from cocoach_desktop.questions.qt.questions_panel import QuestionsPanel
from cocoach_desktop.setup.qt.setup_panel import SetupPanel, SetupScroll, plain_tooltip
from cocoach_desktop.tally.qt.tally_panel import KEYS as TALLY_KEYS
from cocoach_desktop.tally.qt.tally_panel import TallyPanel
from cocoach_desktop.timer.model.display import Alert, DisplayState
from cocoach_desktop.timer.model.plan import Mode, SessionPlan
from cocoach_desktop.timer.model.session import RunState
from cocoach_desktop.timer.qt.agenda_header import AgendaHeader
from cocoach_desktop.timer.qt.agenda_model import COL_PHASE, COL_TURN, AgendaModel
from cocoach_desktop.timer.qt.run_controller import SessionController
from cocoach_desktop.timer.qt.timing_actions import TimingActions
from cocoach_desktop.timer.qt.timing_dialogs import ask_end_time, ask_minutes, local_hhmm

APP = Qt.ShortcutContext.ApplicationShortcut
DEFAULT_SIZE = QSize(1360, 860)
# Room the window manager's title bar and borders take around the window on screen.
FRAME_ROOM = QSize(16, 40)
AGENDA_ROWS_IN_VIEW = 7  # a protocol's phases (up to 7) stay in view without scrolling


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
        self.timing = TimingActions(
            controller, self.undo_stack, self.statusBar(), asks=self, parent=self
        )
        self._make_actions()
        self._make_fold_action()
        self._build_ui()
        self._build_menus()
        self.retranslate()
        self.setup.planChanged.connect(self._plan_changed)
        controller.updated.connect(self.show_state)
        controller.structureChanged.connect(self._structure_changed)
        self._was_live = False
        self.fit_to_screen()

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
        self.act_toggle = self._action(["Space"], self.toggle_session)
        timing = self.timing
        self.act_next = self._action(["N", "Right"], timing.next_phase)
        self.act_previous = self._action(["P", "Left"], timing.previous_phase)
        self.act_extend1 = self._action(["+", "="], lambda: timing.change_time(60))
        self.act_extend5 = self._action(["5"], lambda: timing.change_time(300, ask_if_large=True))
        self.act_reduce1 = self._action(["-"], lambda: timing.change_time(-60))
        self.act_extend_any = self._action(["E"], timing.extend_by)
        self.act_end_at = self._action(["T"], self.end_at)
        self.act_finish = self._action(["Ctrl+E"], self.finish)
        self.act_new = self._action(["Ctrl+N"], self.new_session, app_wide=False)
        self.act_presentation = self._action(["F"])
        self.act_presentation.setCheckable(True)
        self.act_compact = self._action(["C"])
        self.act_compact.setCheckable(True)
        self.act_blank = self._action(["B"])  # the room's screen black until B again
        self.act_blank.setCheckable(True)
        self.blank_indicator = QLabel()  # says so in the status bar while it is blank
        self.blank_indicator.setObjectName("warningBanner")
        self.blank_indicator.hide()
        self.statusBar().addPermanentWidget(self.blank_indicator)
        self.act_blank.toggled.connect(self.blank_indicator.setVisible)
        self.act_leave_full = self._action(["Esc"], self.escape)
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

    def _make_fold_action(self) -> None:
        # F9 shows or hides the side pane, as in many programs; this window's own key.
        self.act_setup = self._action(["F9"], app_wide=False)
        self.act_setup.setCheckable(True)
        self.act_setup.setChecked(True)
        self.act_setup.toggled.connect(self.show_setup)

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
            self.act_reduce1,
            self.act_extend_any,
            self.act_end_at,
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
        self.view_menu.addAction(self.act_setup)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.act_presentation)
        self.screen_menu = self.view_menu.addMenu("")
        self.view_menu.addAction(self.act_compact)
        self.view_menu.addAction(self.act_blank)
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
        # The side panel: the set-up, which folds away while a session runs (F9 brings it
        # back), and the notes and questions, with the observer's tally under them.
        self.setup_scroll = SetupScroll(self.setup)
        self.notes = NotesPanel()
        self.questions = QuestionsPanel()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.setup_scroll, "")
        self.tabs.addTab(self.notes, "")
        self.tabs.addTab(self.questions, "")
        self.setup_button = QToolButton()
        self.setup_button.setDefaultAction(self.act_setup)
        self.setup_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setup_button.setStyleSheet("QToolButton { padding: 1px 10px; }")  # fits the tabs
        self.tabs.setCornerWidget(self.setup_button, Qt.Corner.TopRightCorner)
        self.tally = TallyPanel()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.tabs, 1)
        side_layout.addWidget(self.tally)

        right = QWidget()
        # A click anywhere on the session side takes the keyboard away from the set-up
        # fields, so Space, N, P and + drive the timer again.
        right.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QVBoxLayout(right)
        layout.setSpacing(4)
        self.archive_problem = problem_banner()
        layout.addWidget(self.archive_problem)
        self.phase_label = QLabel()
        self.phase_label.setObjectName("phaseTitle")
        self.phase_label.setWordWrap(True)
        self.phase_label.setFont(display_font(28, QFont.Weight.DemiBold))
        self.speaker_label = ElidedLabel()
        self.speaker_label.setObjectName("muted")
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.phase_label)
        titles.addWidget(self.speaker_label)
        titles.addStretch(1)
        head.addLayout(titles, 1)
        self.time_label = QLabel("0:00")
        self.time_label.setObjectName("bigTime")
        self.time_label.setFont(display_font(84, QFont.Weight.Bold))
        self.time_label.setMinimumWidth(300)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.alert_label = QLabel()
        self.alert_label.setObjectName("alert")
        self.alert_label.setFont(display_font(18, QFont.Weight.Bold))
        self.alert_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        clock = QVBoxLayout()
        clock.setSpacing(0)
        clock.addWidget(self.time_label)
        clock.addWidget(self.alert_label)
        head.addLayout(clock)
        layout.addLayout(head)
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
        self.end_label = QLabel()
        self.end_label.setObjectName("endTime")
        self.end_label.setFont(display_font(16))
        self.end_label.setWordWrap(True)

        # Rows of buttons, so that the window fits a 1280x720 screen beside the notes: the
        # phases, the time, then the end time beside the views. ``None`` is the end label.
        self.buttons: list[QToolButton] = []
        rows: tuple[tuple[QAction | None, ...], ...] = (
            (self.act_toggle, self.act_previous, self.act_next, self.act_finish),
            (
                self.act_extend1,
                self.act_extend5,
                self.act_reduce1,
                self.act_extend_any,
                self.act_end_at,
            ),
            (None, self.act_presentation, self.act_compact),
        )
        for actions in rows:
            row = QHBoxLayout()
            for action in actions:
                if action is None:
                    row.addWidget(self.end_label, 1)
                    continue
                button = QToolButton()
                button.setDefaultAction(action)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                button.setMinimumHeight(36)
                row.addWidget(button)
                self.buttons.append(button)
            if None not in actions:
                row.addStretch(1)
            layout.addLayout(row)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)

        self.agenda_view = QTableView()
        agenda_header = AgendaHeader(self.agenda_view)  # fits its columns, not every second
        agenda_header.setSectionsClickable(True)  # as the table's own header is made
        agenda_header.setHighlightSections(True)
        self.agenda_view.setHorizontalHeader(agenda_header)
        self.agenda_view.setModel(self.agenda)
        self.agenda_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.agenda_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.agenda_view.verticalHeader().hide()
        self.agenda_view.setAlternatingRowColors(True)
        self.agenda_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.agenda_view.setWordWrap(False)
        header = self.agenda_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PHASE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TURN, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.agenda_view, 1)

        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([680, 680])
        self.splitter = splitter
        self.setCentralWidget(splitter)
        _plain(
            self.archive_problem,
            self.phase_label,
            self.time_label,
            self.alert_label,
            self.rule_label,
            self.end_label,
        )
        self._fit_agenda()

    def _fit_agenda(self) -> None:
        """The agenda is never shorter than a protocol's phases (the window scrolls longer ones)."""
        view = self.agenda_view
        rows = view.verticalHeader().defaultSectionSize() * AGENDA_ROWS_IN_VIEW
        frame = 2 * view.frameWidth()
        view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + rows + frame)

    def fit_to_screen(self, available: QSize | None = None) -> None:
        """Open at a comfortable size that fits the screen (``available``: its free area)."""
        if available is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            available = screen.availableGeometry().size() if screen is not None else DEFAULT_SIZE
        size = DEFAULT_SIZE.boundedTo(available - FRAME_ROOM)
        self.resize(size.expandedTo(self.minimumSizeHint()))

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
            self.tr("◂ Hide set-up") if self.act_setup.isChecked() else self.tr("Set-up ▸")
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cocoach — facilitator"))
        texts = {
            self.act_next: self.tr("&Next phase"),
            self.act_previous: self.tr("&Previous phase"),
            self.act_extend1: self.tr("+1 min"),
            self.act_extend5: self.tr("+5 min"),
            self.act_reduce1: self.tr("−1 min"),
            self.act_extend_any: self.tr("&Extend or shorten…"),
            self.act_end_at: self.tr("End &at…"),
            self.act_finish: self.tr("&Finish session"),
            self.act_new: self.tr("New &session"),
            self.act_presentation: self.tr("&Presentation"),
            self.act_compact: self.tr("&Compact timer"),
            self.act_blank: self.tr("&Blank the room’s screen"),
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
        self.act_reduce1.setStatusTip(self.tr("Take one minute away from this phase"))
        self.act_extend_any.setStatusTip(
            self.tr("Give this phase any number of minutes, or take some away")
        )
        self.act_end_at.setStatusTip(
            self.tr("End the session at a time of day: the later phases are fitted to it")
        )
        self._update_toggle_text()
        for action in texts.keys() | {self.act_toggle}:
            _tooltip_with_keys(action)
        self.session_menu.setTitle(self.tr("&Session"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.blank_indicator.setText(self.tr("■ The room’s screen is blank: B shows it again"))
        self.screen_menu.setTitle(self.tr("Presentation &screen"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.archive_menu.setTitle(self.tr("&Archive"))
        self.questions_menu.setTitle(self.tr("&Questions"))
        self.tabs.setTabText(self.tabs.indexOf(self.setup_scroll), self.tr("Set-up"))
        self.tabs.setTabText(self.tabs.indexOf(self.notes), self.tr("Notes"))
        self.tabs.setTabText(self.tabs.indexOf(self.questions), self.tr("Questions"))
        self.act_setup.setText(self.tr("Set-up &panel"))
        self.act_setup.setStatusTip(
            self.tr("Show or hide the set-up; it folds away by itself when a session starts")
        )
        _tooltip_with_keys(self.act_setup)
        self._update_setup_button()
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
        self.phase_label.setText(self.tr("Choose a protocol and a length"))
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
        set_bar_value(self.phase_bar, round(state.phase_progress * 1000))
        set_bar_value(self.session_bar, round(state.session_progress * 1000))
        self.end_label.setText(self._end_text(state))

    def _end_text(self, state: DisplayState) -> str:
        projected = local_hhmm(state.projected_end)
        if state.state is RunState.NOT_STARTED:
            return self.tr("Ends at {t} if started now").format(t=projected)
        # Both to the nearest minute, so that they agree with the minutes late or early.
        half = timedelta(seconds=30)
        planned = local_hhmm(state.planned_end + half)
        projected = local_hhmm(state.projected_end + half)
        run = self.controller.run
        if run is not None and run.end_moved:
            planned = self.tr("{t} (moved from {was})").format(
                t=planned, was=local_hhmm(run.original_end())
            )
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
        set_bar_value(self.phase_bar, 1000)
        set_bar_value(self.session_bar, 1000)
        self.end_label.setText(self.tr("Ended at {t}").format(t=local_hhmm(state.projected_end)))

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
        box.setWindowTitle(self.tr("No coachee chosen"))
        box.setText(self.tr("Nobody is chosen as today's coachee."))
        box.setInformativeText(
            self.tr(
                "You can start anyway, but the session's notes will not be tied to anyone "
                "in the archive, and each commitment will ask whose it is."
            )
        )
        go = box.addButton(self.tr("Start without a coachee"), QMessageBox.ButtonRole.AcceptRole)
        pick = box.addButton(self.tr("Choose a coachee"), QMessageBox.ButtonRole.RejectRole)
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
        if self.confirm(self.tr("Finish the session"), self.tr("Finish the session now?")):
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
            self.tr("New session"), self.tr("A session is running. Abandon it?")
        ):
            return
        if self.controller.in_progress():
            self.controller.finish()
        self.controller.run = None
        # Nothing of the last session can come back by Ctrl+Z (its tally, its topics).
        self.undo_stack.clear()
        self.setup.new_session()
        self.show_setup(True)

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


def _plain(*labels: QLabel) -> None:
    """Show text as typed: a name like "Sam <deputy head>" must not be read as markup."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


class ElidedLabel(QLabel):
    """One line of plain text that ends in "…" when too long, rather than widen the window.

    ``text()`` is the whole text, which the tooltip shows too.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(plain_tooltip(text))
        self._elide()

    def clear(self) -> None:
        self.setText("")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        if super().text() != shown:
            super().setText(shown)


def _tooltip_with_keys(action: QAction) -> None:
    """Tooltips name the keys, so the shortcuts teach themselves."""
    text = action.text().replace("&", "")
    keys = shortcut_texts(action)
    action.setToolTip(f"{text} ({', '.join(keys)})" if keys else text)
