"""The facilitator window's layout: the side panel, the live phase, its buttons and the agenda."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QFont, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from cocoach_desktop.platform.qt.theme import display_font
from cocoach_desktop.platform.qt.widgets import problem_banner
from cocoach_desktop.questions.qt.questions_panel import QuestionsPanel
from cocoach_desktop.setup.qt.setup_panel import SetupPanel, SetupScroll, plain_tooltip
from cocoach_desktop.shell.qt.facilitator_actions import FacilitatorActions
from cocoach_desktop.tally.qt.tally_panel import TallyPanel
from cocoach_desktop.timer.qt.agenda_header import AgendaHeader
from cocoach_desktop.timer.qt.agenda_model import COL_PHASE, COL_TURN, AgendaModel

DEFAULT_SIZE = QSize(1360, 860)
# Room the window manager's title bar and borders take around the window on screen.
FRAME_ROOM = QSize(16, 40)
AGENDA_ROWS_IN_VIEW = 7  # a protocol's phases (up to 7) stay in view without scrolling


class FacilitatorLayout(FacilitatorActions):
    """The facilitator window's widgets, laid out to fit a 1280x720 screen."""

    _now: Callable[[], datetime]

    def _today(self) -> date:
        """Today as the facilitator's calendar says it, from the app's clock."""
        return self._now().astimezone().date()

    def _build_ui(self, setup: SetupPanel, agenda: AgendaModel) -> None:
        # The side panel: the set-up, which folds away while a session runs (F9 brings it
        # back), and the notes and questions, with the observer's tally under them.
        self.setup_scroll = SetupScroll(setup)
        self.notes = NotesPanel(today=self._today)
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
        self._build_live_phase(layout)
        self._build_buttons(layout)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addWidget(self._build_agenda(agenda), 1)

        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([680, 680])
        self.splitter = splitter
        self.setCentralWidget(splitter)
        plain(
            self.archive_problem,
            self.phase_label,
            self.time_label,
            self.alert_label,
            self.rule_label,
            self.end_label,
        )
        self._fit_agenda()

    def _build_live_phase(self, layout: QVBoxLayout) -> None:
        """The phase and whose turn it is, the big time, its rule and the two progress bars."""
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

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        """Rows of buttons, so that the window fits a 1280x720 screen beside the notes: the
        phases, the time, then the end time beside the views. ``None`` is the end label."""
        self.end_label = QLabel()
        self.end_label.setObjectName("endTime")
        self.end_label.setFont(display_font(16))
        self.end_label.setWordWrap(True)
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

    def _build_agenda(self, agenda: AgendaModel) -> QTableView:
        """The session's phases, one a row, with their times and whose turn each is."""
        self.agenda_view = QTableView()
        agenda_header = AgendaHeader(self.agenda_view)  # fits its columns, not every second
        agenda_header.setSectionsClickable(True)  # as the table's own header is made
        agenda_header.setHighlightSections(True)
        self.agenda_view.setHorizontalHeader(agenda_header)
        self.agenda_view.setModel(agenda)
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
        return self.agenda_view

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

    def show_questions(self) -> None:
        self.tabs.setCurrentWidget(self.questions)
        self.questions.question_edit.setFocus()

    def show_notes(self) -> None:
        self.tabs.setCurrentWidget(self.notes)
        self.notes.editor.setFocus()

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()


def plain(*labels: QLabel) -> None:
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
