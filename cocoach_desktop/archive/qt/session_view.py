"""One archived session: its agenda, chart, events, notes and commitments, edited in place."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QUndoStack
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
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.archive.qt.archive_model import date_text, local_time, status_text
from cocoach_desktop.archive.qt.timeline_chart import TimelineChart, overtime_colour
from cocoach_desktop.archive.services.session_edits import SessionEdits
from cocoach_desktop.domain.records import (
    Commitment,
    CommitmentStatus,
    Note,
    Role,
    SessionDetail,
    SessionStatus,
    TallyCounts,
    TallyPoint,
    TopicStatus,
    Visibility,
    parse_tags,
)
from cocoach_desktop.notes.qt.due_picker import DueDateEdit
from cocoach_desktop.platform.changes import ChangeFeed, ChangeKind
from cocoach_desktop.platform.formatting import (
    amount_text,
    iso_date,
    sort_key,
    span_text,
    time_of_day,
)
from cocoach_desktop.platform.qt.change_bridge import ChangeBridge
from cocoach_desktop.platform.qt.theme import display_font
from cocoach_desktop.platform.qt.undo_stack import push
from cocoach_desktop.platform.qt.widgets import problem_banner, show_banner
from cocoach_desktop.platform.timefmt import clock_text, difference_text, length_text
from cocoach_desktop.platform.undo import Command, Guarded
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.tally.qt.tally_chart import TallyTrendChart, advice_percent
from cocoach_desktop.timer.model.session import EventKind, planned_ends


def _plain(text: str = "") -> QLabel:
    """A label for text that may hold what someone typed: never read as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _heading(text: str = "") -> QLabel:
    label = _plain(text)
    label.setObjectName("sectionHeading")
    label.setFont(display_font(17, QFont.Weight.DemiBold))
    label.setContentsMargins(0, 10, 0, 2)
    return label


def _muted(text: str = "") -> QLabel:
    label = _plain(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


class NoteEditor(QFrame):
    """One note, editable: its text, private or shareable, saved or deleted by button."""

    saveRequested = Signal(object, str, object)  # Note, new text, Visibility
    deleteRequested = Signal(object)  # Note

    def __init__(self, note: Note, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = note
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.text_edit = QPlainTextEdit(note.text)
        self.text_edit.setTabChangesFocus(True)
        lines = max(2, min(8, note.text.count("\n") + 1 + len(note.text) // 90))
        self.text_edit.setFixedHeight(self.text_edit.fontMetrics().lineSpacing() * lines + 16)
        layout.addWidget(self.text_edit)
        row = QHBoxLayout()
        self.mark = _plain()
        self.mark.setObjectName("muted")
        self.mark.setVisible(note.visibility is Visibility.PRIVATE)
        row.addWidget(self.mark)
        row.addStretch(1)
        self.visibility = QComboBox()
        self.visibility.addItem("", Visibility.PRIVATE)
        self.visibility.addItem("", Visibility.SHAREABLE)
        self.visibility.setCurrentIndex(0 if note.visibility is Visibility.PRIVATE else 1)
        row.addWidget(self.visibility)
        self.save_button = QPushButton()
        self.delete_button = QPushButton()
        row.addWidget(self.save_button)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        self.text_edit.textChanged.connect(self._dirty_changed)
        self.visibility.currentIndexChanged.connect(self._dirty_changed)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(lambda: self.deleteRequested.emit(self.note))
        self.retranslate()
        self._dirty_changed()

    def current_visibility(self) -> Visibility:
        return Visibility(self.visibility.currentData())

    def is_dirty(self) -> bool:
        text = self.text_edit.toPlainText()
        return text != self.note.text or self.current_visibility() is not self.note.visibility

    def save(self) -> None:
        if self.is_dirty():
            self.saveRequested.emit(
                self.note, self.text_edit.toPlainText(), self.current_visibility()
            )

    def _dirty_changed(self) -> None:
        self.save_button.setEnabled(self.is_dirty())

    def retranslate(self) -> None:
        private = self.note.visibility is Visibility.PRIVATE
        self.mark.setText(self.tr("Private: left out of the coachee's copy") if private else "")
        self.visibility.setItemText(0, self.tr("Private"))
        self.visibility.setItemText(1, self.tr("Shareable"))
        self.visibility.setToolTip(self.tr("Private notes never go into the coachee's copy"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save this note (Ctrl+Z takes it back)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this note (Ctrl+Z takes it back)"))


class CommitmentEditor(QFrame):
    """One commitment, editable: text, due date, status and the follow-up."""

    saveRequested = Signal(object, object)  # old Commitment, new Commitment
    deleteRequested = Signal(object)

    def __init__(self, commitment: Commitment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commitment = commitment
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.person = _plain(commitment.person)
        self.person.setFont(display_font(14, QFont.Weight.DemiBold))
        top.addWidget(self.person)
        self.text_edit = QLineEdit(commitment.text)
        top.addWidget(self.text_edit, 1)
        layout.addLayout(top)
        row = QHBoxLayout()
        self.due_label = _plain()
        row.addWidget(self.due_label)
        self.due_edit = DueDateEdit(commitment.due)  # opens at today, with +1 week
        row.addWidget(self.due_edit)
        self.status = QComboBox()
        for status in CommitmentStatus:
            self.status.addItem("", status)
        self.status.setCurrentIndex(list(CommitmentStatus).index(commitment.status))
        row.addWidget(self.status)
        self.follow_up = QLineEdit(commitment.follow_up)
        row.addWidget(self.follow_up, 1)
        self.save_button = QPushButton()
        self.delete_button = QPushButton()
        row.addWidget(self.save_button)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        for signal in (self.text_edit.textChanged, self.follow_up.textChanged):
            signal.connect(self._dirty_changed)
        self.due_edit.dateChanged.connect(self._dirty_changed)
        self.status.currentIndexChanged.connect(self._dirty_changed)
        self.text_edit.returnPressed.connect(self.save)
        self.follow_up.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(lambda: self.deleteRequested.emit(self.commitment))
        self.retranslate()
        self._dirty_changed()

    def edited(self) -> Commitment:
        c = self.commitment
        return Commitment(
            id=c.id,
            session_id=c.session_id,
            person=c.person,
            text=self.text_edit.text(),
            due=self.due_edit.due(),
            status=CommitmentStatus(self.status.currentData()),
            follow_up=self.follow_up.text(),
            created=c.created,
        )

    def is_dirty(self) -> bool:
        return self.edited() != self.commitment

    def save(self) -> None:
        if self.is_dirty():
            self.saveRequested.emit(self.commitment, self.edited())

    def _dirty_changed(self) -> None:
        self.save_button.setEnabled(self.is_dirty())

    def retranslate(self) -> None:
        self.due_label.setText(self.tr("Due"))
        names = {
            CommitmentStatus.OPEN: self.tr("Open"),
            CommitmentStatus.DONE: self.tr("Done"),
            CommitmentStatus.DROPPED: self.tr("Dropped"),
        }
        for i, status in enumerate(CommitmentStatus):
            self.status.setItemText(i, names[status])
        self.follow_up.setPlaceholderText(self.tr("Follow-up: how did it go?"))
        self.text_edit.setPlaceholderText(self.tr("What they will do"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save this commitment (Enter)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this commitment (Ctrl+Z takes it back)"))


class SessionView(QWidget):
    """Shows one SessionDetail and writes the facilitator's corrections back to the archive.

    Every write goes through ``undo_stack``; a refused value (ValueError) shows in the problem
    banner and leaves the editor as typed, so nothing is lost.
    """

    personRequested = Signal(str)  # a name was clicked

    def __init__(
        self,
        archive: Archive,
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

        self.title = _plain()
        self.title.setObjectName("sessionTitle")
        self.title.setFont(display_font(24, QFont.Weight.DemiBold))
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.meta = _muted()
        layout.addWidget(self.meta)
        self.people = QLabel()
        self.people.setWordWrap(True)
        self.people.setTextFormat(Qt.TextFormat.RichText)
        self.people.linkActivated.connect(self._person_link)
        layout.addWidget(self.people)
        tags_row = QHBoxLayout()
        self.tags_label = _plain()
        tags_row.addWidget(self.tags_label)
        self.tags_edit = QLineEdit()
        self.tags_edit.editingFinished.connect(self.save_tags)
        tags_row.addWidget(self.tags_edit, 1)
        layout.addLayout(tags_row)

        self.agenda_heading = _heading()
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

        self.events_heading = _heading()
        layout.addWidget(self.events_heading)
        self.events = _plain()
        self.events.setWordWrap(True)
        self.events.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.events)

        self.tally_heading = _heading()
        layout.addWidget(self.tally_heading)
        self.tally_label = _plain()
        self.tally_label.setWordWrap(True)
        self.tally_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.tally_label)
        self.trend_label = _muted()
        self.trend_label.setWordWrap(True)
        layout.addWidget(self.trend_label)
        self.trend_chart = TallyTrendChart()
        layout.addWidget(self.trend_chart)

        self.notes_heading = _heading()
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

        self.commitments_heading = _heading()
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

        self.topics_heading = _heading()
        layout.addWidget(self.topics_heading)
        self.noted_label = _muted()
        layout.addWidget(self.noted_label)
        self.topics = _plain()
        self.topics.setWordWrap(True)
        self.topics.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.topics)
        self.dealt_label = _muted()
        layout.addWidget(self.dealt_label)
        self.dealt_topics = _plain()
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
        self._fill_agenda(d)
        self.chart.set_phases(d.phases)
        lines = self.event_lines(d)
        self.events.setText("\n".join(lines) if lines else self.tr("No events recorded."))
        self._fill_tally(d)
        self._fill_notes()
        self._fill_commitments()
        self._fill_topics(d)

    def _fill_topics(self, d: SessionDetail) -> None:
        """The topics noted in this meeting, and those it dealt with (wherever noted)."""
        states = {
            TopicStatus.WAITING: self.tr("waiting"),
            TopicStatus.TAKEN: self.tr("dealt with"),
            TopicStatus.DROPPED: self.tr("dropped"),
        }
        noted = []
        for t in d.topics:
            state = states[t.status]
            if t.taken_session_id == d.id:
                state = self.tr("dealt with in this meeting too")
            noted.append(f"{t.person}: {t.text} ({state})")
        self.topics.setText("\n".join(noted) if noted else self.tr("None noted."))
        dealt = []
        for t in d.dealt_topics:
            line = f"{t.person}: {t.text}"
            if t.session_id != d.id:
                when = iso_date(local_time(t.created, self._tz).date())
                line += " " + self.tr("(noted {date})").format(date=when)
            dealt.append(line)
        self.dealt_topics.setText("\n".join(dealt) if dealt else self.tr("None dealt with."))

    def _fill_tally(self, d: SessionDetail | None) -> None:
        """This session's counts, and its team's sessions over time for the trend."""
        if d is None:
            self.tally_label.clear()
            self.trend_label.clear()
            self.trend_chart.set_points(())
            self.trend_chart.hide()
            return
        counts = TallyCounts.from_marks(d.tally)
        if counts.total:
            self.tally_label.setText(
                self.tr(
                    "{open} open questions, {closed} closed, {advice} advice "
                    "({share}% of what was counted was advice)."
                ).format(
                    open=counts.open,
                    closed=counts.closed,
                    advice=counts.advice,
                    share=advice_percent(counts),
                )
            )
        else:
            self.tally_label.setText(self.tr("Nobody kept a tally in this session."))
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
        self.trend_label.setText(self._trend_words(points, group))

    def _trend_words(self, points: tuple[TallyPoint, ...], group: str) -> str:
        team = self.tr("team “{group}”").format(group=group) if group else self.tr("all sessions")
        if len(points) < 2:
            return self.tr("The trend for {team} shows once two sessions have a tally.").format(
                team=team
            )
        first, last = advice_percent(points[0].counts), advice_percent(points[-1].counts)
        return self.tr(
            "Advice across {n} tallied sessions of {team}: {first}% in the first, {last}% in "
            "the latest. Fewer advice moments is the sign of a growing coaching culture."
        ).format(n=len(points), team=team, first=first, last=last)

    def _fill_agenda(self, d: SessionDetail) -> None:
        over = overtime_colour(self.palette())
        self.agenda.setRowCount(len(d.phases))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        # A shared session names each phase's coachee; with one coachee that is just noise.
        shared = len({p.coachee for p in d.phases}) > 1
        for row, p in enumerate(d.phases):
            delta = p.actual_seconds - p.planned_seconds
            cells = [
                p.name + (f" — {p.coachee}" if shared and p.coachee else ""),
                length_text(p.planned_seconds),
                length_text(p.actual_seconds),
                difference_text(p.planned_seconds, p.actual_seconds),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(right)
                if col == 3 and delta >= 0.5:
                    item.setForeground(QColor(over))
                    item.setToolTip(self.tr("Overtime"))
                self.agenda.setItem(row, col, item)
        height = self.agenda.horizontalHeader().sizeHint().height() + 4
        height += sum(self.agenda.rowHeight(r) for r in range(len(d.phases)))
        self.agenda.setFixedHeight(height)

    def event_lines(self, d: SessionDetail) -> list[str]:
        """The event log in words: ``14:05  Paused 3 min``."""
        names = {p.index: p.name for p in d.phases}
        lines: list[str] = []
        paused: tuple[str, float] | None = None
        ends = planned_ends(d.events, d.summary.planned_seconds)  # where "End at…" moved it
        for position, e in enumerate(d.events):
            at = time_of_day(local_time(e.wall, self._tz))
            phase = names.get(e.phase_index, str(e.phase_index + 1))
            text = ""
            if e.kind is EventKind.START:
                text = self.tr("Started with {phase}").format(phase=phase)
            elif e.kind is EventKind.PAUSE:
                paused = (at, e.monotonic)
                continue
            elif e.kind is EventKind.RESUME and paused is not None:
                at = paused[0]
                text = self.tr("Paused {span} in {phase}").format(
                    span=span_text(e.monotonic - paused[1], exact=False), phase=phase
                )
                paused = None
            elif e.kind is EventKind.EXTEND:
                text = self.tr("Extended {phase} {plus}").format(
                    phase=phase, plus=amount_text(e.seconds)
                )
            elif e.kind is EventKind.REDUCE:
                text = self.tr("{minus} taken away from {phase}").format(
                    minus=amount_text(e.seconds, signed=False), phase=phase
                )
            elif e.kind in (EventKind.END_AT, EventKind.END_BACK) and position in ends:
                end = time_of_day(local_time(ends[position], self._tz))
                if e.kind is EventKind.END_AT:
                    text = self.tr("End moved to {t}").format(t=end)
                else:
                    text = self.tr("End moved back to {t}").format(t=end)
            elif e.kind is EventKind.PHASE_END:
                text = self.tr("Time up in {phase}").format(phase=phase)
            elif e.kind is EventKind.NEXT:
                text = self.tr("Moved on from {phase}").format(phase=phase)
                if e.seconds >= 1:
                    text += self.tr(", overtime {t}").format(t=clock_text(e.seconds))
            elif e.kind is EventKind.SKIP:
                text = self.tr("Moved on early from {phase}").format(phase=phase)
            elif e.kind is EventKind.PREVIOUS:
                text = self.tr("Went back from {phase}").format(phase=phase)
            elif e.kind is EventKind.FINISH:
                text = self.tr("Finished")
                if e.seconds >= 1:
                    text += self.tr(", overtime {t}").format(t=clock_text(e.seconds))
            if text:
                lines.append(f"{at}   {text}")
        if paused is not None:
            lines.append(f"{paused[0]}   " + self.tr("Paused"))
        return lines

    def _phase_title(self, index: int | None, name: str) -> str:
        if index is None:
            return self.tr("Before or after the phases")
        return self.tr("Phase {n}: {name}").format(n=index + 1, name=name)

    def _fill_notes(self) -> None:
        _clear(self.notes_box)
        self.note_editors = []
        d = self.detail
        notes = sorted(
            d.notes if d else (),
            key=lambda n: (n.phase_index is None, n.phase_index or 0, n.created, n.id),
        )
        last: tuple[int | None, str] | None = None
        for note in notes:
            key = (note.phase_index, note.phase_name)
            if key != last:
                self.notes_box.addWidget(_muted(self._phase_title(*key)))
                last = key
            editor = NoteEditor(note)
            editor.saveRequested.connect(self.save_note)
            editor.deleteRequested.connect(self.delete_note)
            self.notes_box.addWidget(editor)
            self.note_editors.append(editor)
        if d is not None and not notes:
            self.notes_box.addWidget(_muted(self.tr("No notes.")))
        current = self.new_note_phase.currentIndex()
        self.new_note_phase.clear()
        self.new_note_phase.addItem(self.tr("No phase"), None)
        for p in d.phases if d else ():
            self.new_note_phase.addItem(self._phase_title(p.index, p.name), p.index)
        self.new_note_phase.setCurrentIndex(max(0, current))
        for w in (self.new_note, self.add_note_button, self.new_note_phase):
            w.setEnabled(d is not None)

    def _fill_commitments(self) -> None:
        _clear(self.commitments_box)
        self.commitment_editors = []
        d = self.detail
        for c in d.commitments if d else ():
            editor = CommitmentEditor(c)
            editor.saveRequested.connect(self.save_commitment)
            editor.deleteRequested.connect(self.delete_commitment)
            self.commitments_box.addWidget(editor)
            self.commitment_editors.append(editor)
        if d is not None and not d.commitments:
            self.commitments_box.addWidget(_muted(self.tr("No commitments.")))
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

    def _do(self, edit: Callable[[], Command]) -> bool:
        """Make one edit through the service: a refused value is shown and nothing else
        changes; a made one becomes an undo step (already done: Ctrl+Z takes it back)."""
        self.clear_problem()
        try:
            step = edit()
        except (ValueError, LookupError, OSError) as exc:  # OSError: disk full, locked...
            self.show_problem(str(exc))
            return False
        push(self.undo_stack, Guarded(step, self.show_problem), done=True)
        return True

    def _on_changes(self, batch: object) -> None:
        """An edit was written (here, or undone or redone): the session shown reads again."""
        d = self.detail
        if d is not None and any(
            c.what == "session" and c.id == d.id and c.kind is ChangeKind.CHANGED
            for c in ChangeBridge.of(batch)
        ):
            self.reload()

    def save_tags(self) -> None:
        d = self.detail
        if d is None:
            return
        old = d.summary.tags
        new = parse_tags(self.tags_edit.text())
        if new != old:
            self._do(lambda: self.edits.set_tags(self.tr("Change tags"), d.id, old, new))

    def save_note(self, note: Note, text: str, visibility: Visibility) -> None:
        self._do(lambda: self.edits.update_note(self.tr("Edit note"), note, text, visibility))

    def add_note(self) -> None:
        d = self.detail
        if d is None:
            return
        text = self.new_note.toPlainText()
        visibility = Visibility(self.new_note_visibility.currentData())
        index = self.new_note_phase.currentData()
        name = next((p.name for p in d.phases if p.index == index), "")
        created = self._now()
        if self._do(
            lambda: self.edits.add_note(
                self.tr("Add note"), d.id, text, visibility, created, index, name
            )
        ):
            self.new_note.clear()

    def delete_note(self, note: Note) -> None:
        self._do(lambda: self.edits.delete_note(self.tr("Delete note"), note))

    def save_commitment(self, old: Commitment, new: Commitment) -> None:
        self._do(lambda: self.edits.update_commitment(self.tr("Edit commitment"), old, new))

    def add_commitment(self) -> None:
        d = self.detail
        person = self.new_commitment_person.currentText()
        if d is None or not person:
            return
        text = self.new_commitment.text()
        due = self.new_commitment_due.due()
        created = self._now()
        if self._do(
            lambda: self.edits.add_commitment(
                self.tr("Add commitment"), d.id, person, text, created, due
            )
        ):
            self.new_commitment.clear()
            self.new_commitment_due.set_due(None)

    def delete_commitment(self, commitment: Commitment) -> None:
        self._do(lambda: self.edits.delete_commitment(self.tr("Delete commitment"), commitment))


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
