"""One archived session: its agenda, chart, events, notes and commitments, edited in place."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.archive.qt.archive_model import date_text, local_time, status_text
from cocoach_desktop.archive.qt.session_corrections import SessionCorrections
from cocoach_desktop.archive.qt.session_editors import (
    CommitmentEditor,
    NoteEditor,
    fill_commitment_editors,
    fill_note_editors,
    heading_label,
    muted_label,
    phase_title,
    plain_label,
)
from cocoach_desktop.archive.qt.session_sections import (
    event_lines,
    fill_agenda,
    tally_text,
    topic_texts,
    trend_words,
)
from cocoach_desktop.archive.qt.timeline_chart import TimelineChart
from cocoach_desktop.archive.services.session_edits import SessionEdits
from cocoach_desktop.domain.ports.review import SessionUnderReview
from cocoach_desktop.domain.records import Role, SessionDetail, SessionStatus, Visibility
from cocoach_desktop.notes.qt.due_picker import DueDateEdit
from cocoach_desktop.platform.changes import ChangeFeed, ChangeKind
from cocoach_desktop.platform.formatting import sort_key, time_of_day
from cocoach_desktop.platform.qt.change_bridge import ChangeBridge
from cocoach_desktop.platform.qt.theme import display_font
from cocoach_desktop.platform.qt.widgets import problem_banner, show_banner
from cocoach_desktop.platform.timefmt import clock_text
from cocoach_desktop.tally.qt.tally_chart import TallyTrendChart

# The item editors live beside this view; callers still import them from here.
__all__ = ["CommitmentEditor", "NoteEditor", "SessionView"]


class SessionView(QWidget, SessionCorrections):
    """Shows one SessionDetail and writes the facilitator's corrections back to the archive.

    Every write goes through ``undo_stack``; a refused value (ValueError) shows in the problem
    banner and leaves the editor as typed, so nothing is lost.
    """

    personRequested = Signal(str)  # a name was clicked

    def __init__(
        self,
        archive: SessionUnderReview,
        undo_stack: QUndoStack,
        now: Callable[[], datetime],
        tz: tzinfo | None = None,
        parent: QWidget | None = None,
        feed: ChangeFeed | None = None,
    ) -> None:
        super().__init__(parent)
        self.archive = archive
        self.undo_stack = undo_stack
        # Edits go through the service, which says what it changed on the feed (the archive
        # window's, when it passes it): this view, the list and the set-up follow.
        self.feed = feed or ChangeFeed()
        self.edits = SessionEdits(archive, self.feed)
        self._changes = ChangeBridge(self.feed, self)
        self._changes.changed.connect(self._on_changes)
        self._now = now
        self._tz = tz
        self.detail: SessionDetail | None = None
        self.note_editors: list[NoteEditor] = []
        self.commitment_editors: list[CommitmentEditor] = []
        self._build()
        self.retranslate()

    # ----- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = problem_banner()
        outer.addWidget(self.banner)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroller)
        page = QWidget()
        self.scroller.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 10, 14, 14)

        self.title = plain_label()
        self.title.setObjectName("sessionTitle")
        self.title.setFont(display_font(24, QFont.Weight.DemiBold))
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.meta = muted_label()
        layout.addWidget(self.meta)
        self.people = QLabel()
        self.people.setWordWrap(True)
        self.people.setTextFormat(Qt.TextFormat.RichText)
        self.people.linkActivated.connect(self._person_link)
        layout.addWidget(self.people)
        tags_row = QHBoxLayout()
        self.tags_label = plain_label()
        tags_row.addWidget(self.tags_label)
        self.tags_edit = QLineEdit()
        self.tags_edit.editingFinished.connect(self.save_tags)
        tags_row.addWidget(self.tags_edit, 1)
        layout.addLayout(tags_row)

        self.agenda_heading = heading_label()
        layout.addWidget(self.agenda_heading)
        self.agenda = QTableWidget(0, 4)
        self.agenda.verticalHeader().hide()
        self.agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.agenda.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.agenda.setAlternatingRowColors(True)
        self.agenda.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.agenda.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.agenda)
        self.chart = TimelineChart()
        layout.addWidget(self.chart)

        self.events_heading = heading_label()
        layout.addWidget(self.events_heading)
        self.events = plain_label()
        self.events.setWordWrap(True)
        self.events.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.events)

        self.tally_heading = heading_label()
        layout.addWidget(self.tally_heading)
        self.tally_label = plain_label()
        self.tally_label.setWordWrap(True)
        self.tally_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.tally_label)
        self.trend_label = muted_label()
        self.trend_label.setWordWrap(True)
        layout.addWidget(self.trend_label)
        self.trend_chart = TallyTrendChart()
        layout.addWidget(self.trend_chart)

        self.notes_heading = heading_label()
        layout.addWidget(self.notes_heading)
        self.notes_box = QVBoxLayout()
        layout.addLayout(self.notes_box)
        add_note = QHBoxLayout()
        self.new_note = QPlainTextEdit()
        self.new_note.setTabChangesFocus(True)
        self.new_note.setFixedHeight(self.new_note.fontMetrics().lineSpacing() * 2 + 16)
        add_note.addWidget(self.new_note, 1)
        side = QVBoxLayout()
        self.new_note_phase = QComboBox()
        self.new_note_visibility = QComboBox()
        self.new_note_visibility.addItem("", Visibility.PRIVATE)
        self.new_note_visibility.addItem("", Visibility.SHAREABLE)
        self.add_note_button = QPushButton()
        self.add_note_button.clicked.connect(self.add_note)
        for w in (self.new_note_phase, self.new_note_visibility, self.add_note_button):
            side.addWidget(w)
        add_note.addLayout(side)
        layout.addLayout(add_note)

        self.commitments_heading = heading_label()
        layout.addWidget(self.commitments_heading)
        self.commitments_box = QVBoxLayout()
        layout.addLayout(self.commitments_box)
        add_c = QHBoxLayout()
        self.new_commitment_person = QComboBox()
        self.new_commitment = QLineEdit()
        self.new_commitment.returnPressed.connect(self.add_commitment)
        self.new_commitment_due = DueDateEdit(None)
        self.add_commitment_button = QPushButton()
        self.add_commitment_button.clicked.connect(self.add_commitment)
        add_c.addWidget(self.new_commitment_person)
        add_c.addWidget(self.new_commitment, 1)
        add_c.addWidget(self.new_commitment_due)
        add_c.addWidget(self.add_commitment_button)
        layout.addLayout(add_c)

        self.topics_heading = heading_label()
        layout.addWidget(self.topics_heading)
        self.noted_label = muted_label()
        layout.addWidget(self.noted_label)
        self.topics = plain_label()
        self.topics.setWordWrap(True)
        self.topics.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.topics)
        self.dealt_label = muted_label()
        layout.addWidget(self.dealt_label)
        self.dealt_topics = plain_label()
        self.dealt_topics.setWordWrap(True)
        self.dealt_topics.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.dealt_topics)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.tags_label.setText(self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. year 9, feedback"))
        self.tags_edit.setToolTip(self.tr("Press Enter to save the tags"))
        self.agenda_heading.setText(self.tr("Agenda: planned and actual"))
        self.agenda.setHorizontalHeaderLabels(
            [self.tr("Phase"), self.tr("Planned"), self.tr("Actual"), self.tr("Difference")]
        )
        self.events_heading.setText(self.tr("What happened"))
        self.tally_heading.setText(self.tr("Questions asked (the observer's tally)"))
        self.notes_heading.setText(self.tr("Notes"))
        self.new_note.setPlaceholderText(self.tr("Add a note to this session…"))
        self.new_note_visibility.setItemText(0, self.tr("Private"))
        self.new_note_visibility.setItemText(1, self.tr("Shareable"))
        self.add_note_button.setText(self.tr("Add note"))
        self.commitments_heading.setText(self.tr("Commitments"))
        self.new_commitment.setPlaceholderText(self.tr("Add a commitment: what they will do"))
        self.add_commitment_button.setText(self.tr("Add commitment"))
        self.topics_heading.setText(self.tr("Topics for next time"))
        self.noted_label.setText(self.tr("Noted in this meeting"))
        self.dealt_label.setText(self.tr("Dealt with in this meeting"))
        for editor in self.note_editors:
            editor.retranslate()
        for c_editor in self.commitment_editors:
            c_editor.retranslate()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----- showing -------------------------------------------------------------------------

    def set_detail(self, detail: SessionDetail | None) -> None:
        self.detail = detail
        self.clear_problem()
        self._fill()
        self.scroller.verticalScrollBar().setValue(0)

    def reload(self) -> None:
        """Read the shown session again (after a write, an undo or a redo)."""
        if self.detail is None:
            return
        try:
            self.detail = self.archive.session(self.detail.id)
        except LookupError:
            self.detail = None
        self._fill()

    def show_problem(self, text: str) -> None:
        show_banner(self.banner, text)

    def clear_problem(self) -> None:
        show_banner(self.banner, "")

    def _fill(self) -> None:
        d = self.detail
        if d is None:
            self.title.setText(self.tr("No session chosen"))
            for label in (self.meta, self.people, self.events, self.topics, self.dealt_topics):
                label.clear()
            self.agenda.setRowCount(0)
            self.chart.set_phases(())
            self._fill_tally(None)
            self._fill_notes()
            self._fill_commitments()
            return
        s = d.summary
        coachees = ", ".join(s.coachees) or self.tr("no coachee")
        self.title.setText(f"{date_text(s.started, self._tz)} · {coachees}")
        parts = [p for p in (s.group, s.protocol_name) if p]
        parts.append(
            self.tr("ran {actual} of {planned} planned").format(
                actual=clock_text(s.actual_seconds), planned=clock_text(s.planned_seconds)
            )
        )
        parts.append(status_text(s.status))
        if s.ended is not None and s.status is SessionStatus.FINISHED:
            parts.append(self.tr("ended {t}").format(t=time_of_day(local_time(s.ended, self._tz))))
        self.meta.setText(" · ".join(parts))
        roles = {
            Role.COACHEE: self.tr("Coachee"),
            Role.COACH: self.tr("Coach"),
            Role.OBSERVER: self.tr("Observer"),
            Role.FACILITATOR: self.tr("Facilitator"),
        }
        people = [
            f'{html.escape(roles.get(p.role, p.role))}: <a href="{i}">{html.escape(p.name)}</a>'
            for i, p in enumerate(d.participants)
        ]
        self.people.setText(" · ".join(people))
        self.people.setToolTip(self.tr("Click a name to open the person's page"))
        tags = ", ".join(sorted(s.tags, key=sort_key))
        if self.tags_edit.text() != tags or not self.tags_edit.hasFocus():
            self.tags_edit.setText(tags)
        fill_agenda(self.agenda, d, self.palette())
        self.chart.set_phases(d.phases)
        lines = self.event_lines(d)
        self.events.setText("\n".join(lines) if lines else self.tr("No events recorded."))
        self._fill_tally(d)
        self._fill_notes()
        self._fill_commitments()
        self._fill_topics(d)

    def _fill_topics(self, d: SessionDetail) -> None:
        """The topics noted in this meeting, and those it dealt with (wherever noted)."""
        noted, dealt = topic_texts(d, self._tz)
        self.topics.setText(noted)
        self.dealt_topics.setText(dealt)

    def _fill_tally(self, d: SessionDetail | None) -> None:
        """This session's counts, and its team's sessions over time for the trend."""
        if d is None:
            self.tally_label.clear()
            self.trend_label.clear()
            self.trend_chart.set_points(())
            self.trend_chart.hide()
            return
        self.tally_label.setText(tally_text(d))
        group = d.summary.group
        try:
            points = self.archive.tally_trend(group or None)
        except Exception as exc:  # the trend is extra: the session still shows
            self.trend_label.setText(self.tr("The trend could not be read: {r}").format(r=exc))
            self.trend_chart.hide()
            return
        points = tuple(p for p in points if p.counts.total)
        self.trend_chart.set_points(points, d.id, self._tz)
        self.trend_chart.setVisible(len(points) > 1)
        self.trend_label.setText(trend_words(points, group))

    def event_lines(self, d: SessionDetail) -> list[str]:
        """The event log in words: ``14:05  Paused 3 min``."""
        return event_lines(d, self._tz)

    def _fill_notes(self) -> None:
        d = self.detail
        self.note_editors = fill_note_editors(self.notes_box, d, self.save_note, self.delete_note)
        current = self.new_note_phase.currentIndex()
        self.new_note_phase.clear()
        self.new_note_phase.addItem(self.tr("No phase"), None)
        for p in d.phases if d else ():
            self.new_note_phase.addItem(phase_title(p.index, p.name), p.index)
        self.new_note_phase.setCurrentIndex(max(0, current))
        for w in (self.new_note, self.add_note_button, self.new_note_phase):
            w.setEnabled(d is not None)

    def _fill_commitments(self) -> None:
        d = self.detail
        self.commitment_editors = fill_commitment_editors(
            self.commitments_box, d, self.save_commitment, self.delete_commitment
        )
        self.new_commitment_person.clear()
        if d is not None:
            names = list(d.summary.coachees) + [
                p.name for p in d.participants if p.name not in d.summary.coachees
            ]
            self.new_commitment_person.addItems(names)
        for w in (self.new_commitment, self.add_commitment_button, self.new_commitment_person):
            w.setEnabled(d is not None and self.new_commitment_person.count() > 0)

    def _person_link(self, link: str) -> None:
        if self.detail is not None and link.isdigit():
            index = int(link)
            if index < len(self.detail.participants):
                self.personRequested.emit(self.detail.participants[index].name)

    # ----- writing -------------------------------------------------------------------------

    def _on_changes(self, batch: object) -> None:
        """An edit was written (here, or undone or redone), or, while the view is seen, the
        live session wrote into the session shown (a hidden one reads again when shown)."""
        d, changes = self.detail, ChangeBridge.of(batch)
        edited = {c.id for c in changes if c.what == "session" and c.kind is ChangeKind.CHANGED}
        live = {c.session for c in changes} if self.isVisible() else set()
        if d is not None and (d.id in edited or d.id in live):
            self.reload()
