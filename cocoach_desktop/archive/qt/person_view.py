"""One person's page: their sessions, open commitments and waiting topics."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.archive.qt.archive_model import date_text
from cocoach_desktop.domain.records import PersonPage, SessionSummary, TopicStatus
from cocoach_desktop.platform.formatting import iso_date
from cocoach_desktop.platform.qt.theme import display_font
from cocoach_desktop.platform.timefmt import clock_text

SessionIdItemRole = Qt.ItemDataRole.UserRole + 1


class PersonView(QWidget):
    """Shows a PersonPage; the window does the exporting and deleting it asks for."""

    sessionRequested = Signal(int)
    exportRequested = Signal(int)  # person id
    deleteRequested = Signal(int)  # person id

    def __init__(self, tz: tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self.page: PersonPage | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 14)
        self.title = QLabel()
        self.title.setObjectName("personTitle")
        self.title.setFont(display_font(24, QFont.Weight.DemiBold))
        layout.addWidget(self.title)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.export_button = QPushButton()
        self.delete_button = QPushButton()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.coachee_heading = QLabel()
        self.coachee_list = QListWidget()
        self.coach_heading = QLabel()
        self.coach_list = QListWidget()
        self.commitments_heading = QLabel()
        self.commitments = QLabel()
        self.topics_heading = QLabel()
        self.topics = QLabel()
        for heading in (
            self.coachee_heading,
            self.coach_heading,
            self.commitments_heading,
            self.topics_heading,
        ):
            heading.setObjectName("sectionHeading")
            heading.setFont(display_font(17, QFont.Weight.DemiBold))
        for label in (self.commitments, self.topics):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Every label here may show what someone typed (a name, a commitment): never markup.
        for label in (
            self.title,
            self.summary,
            self.coachee_heading,
            self.coach_heading,
            self.commitments_heading,
            self.commitments,
            self.topics_heading,
            self.topics,
        ):
            label.setTextFormat(Qt.TextFormat.PlainText)
        for w in (
            self.coachee_heading,
            self.coachee_list,
            self.coach_heading,
            self.coach_list,
            self.commitments_heading,
            self.commitments,
            self.topics_heading,
            self.topics,
        ):
            layout.addWidget(w)
        layout.addStretch(1)
        for lst in (self.coachee_list, self.coach_list):
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            lst.setTextElideMode(Qt.TextElideMode.ElideRight)
            lst.itemActivated.connect(self._open_item)
            lst.itemDoubleClicked.connect(self._open_item)
        self.export_button.clicked.connect(self._export)
        self.delete_button.clicked.connect(self._delete)
        self.retranslate()

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Export everything about this person…"))
        self.export_button.setToolTip(
            self.tr("Save all their sessions, notes, commitments and topics as one JSON file")
        )
        self.delete_button.setText(self.tr("Delete this person…"))
        self.delete_button.setToolTip(
            self.tr("Delete them and everything about them (you are told what, first)")
        )
        self.coachee_heading.setText(self.tr("Sessions as coachee"))
        self.coach_heading.setText(self.tr("Sessions in another role"))
        self.commitments_heading.setText(self.tr("Open commitments"))
        self.topics_heading.setText(self.tr("Topics waiting for next time"))
        for lst in (self.coachee_list, self.coach_list):
            lst.setToolTip(self.tr("Enter or double-click opens the session"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_page(self, page: PersonPage | None) -> None:
        self.page = page
        self._fill()

    def show_again(self, page: PersonPage, current: int | None = None) -> None:
        """The same person's page read again after a change: each list keeps its scroll and
        its chosen session (or makes ``current``, a session put back, the chosen one)."""
        lists = (self.coachee_list, self.coach_list)
        kept = [(lst.verticalScrollBar().value(), _session_of(lst.currentItem())) for lst in lists]
        self.set_page(page)
        for lst, (scrolled, chosen) in zip(lists, kept, strict=True):
            rows = {_session_of(lst.item(row)): row for row in range(lst.count())}
            lst.doItemsLayout()  # the scroll range of the new rows, before scrolling back
            if chosen in rows:
                lst.setCurrentRow(rows[chosen])
            lst.verticalScrollBar().setValue(scrolled)
            if current in rows:  # chosen and scrolled into view
                lst.setCurrentRow(rows[current])

    def _fill(self) -> None:
        page = self.page
        self.export_button.setEnabled(page is not None)
        self.delete_button.setEnabled(page is not None)
        self.coachee_list.clear()
        self.coach_list.clear()
        if page is None:
            self.title.setText(self.tr("No person chosen"))
            self.summary.clear()
            self.commitments.clear()
            self.topics.clear()
            return
        self.title.setText(page.person.name)
        self.summary.setText(
            self.tr("{a} session(s) as coachee · {b} in another role").format(
                a=len(page.as_coachee), b=len(page.as_coach)
            )
        )
        for summary in page.as_coachee:
            self._add(self.coachee_list, summary)
        for summary in page.as_coach:
            self._add(self.coach_list, summary)
        for lst in (self.coachee_list, self.coach_list):
            # Up to eight rows in view, sized from the font (the row size hint is not known
            # yet before the window is shown); long rows are cut with "…", tooltips have all.
            rows = max(1, min(8, lst.count()))
            row = lst.fontMetrics().lineSpacing() + 8
            lst.setFixedHeight(row * rows + 2 * lst.frameWidth() + 4)
        lines = []
        for c in page.open_commitments:
            due = self.tr(" (due {d})").format(d=iso_date(c.due)) if c.due else ""
            lines.append(f"• {c.text}{due}")
        self.commitments.setText("\n".join(lines) or self.tr("None open."))
        topics = [f"• {t.text}" for t in page.topics if t.status is TopicStatus.WAITING]
        self.topics.setText("\n".join(topics) or self.tr("None waiting."))

    def _add(self, lst: QListWidget, s: SessionSummary) -> None:
        parts = [date_text(s.started, self._tz), s.protocol_name]
        if s.group:
            parts.append(s.group)
        if s.coachees:
            parts.append(", ".join(s.coachees))
        parts.append(clock_text(s.actual_seconds))
        item = QListWidgetItem(" · ".join(parts))
        item.setToolTip(item.text())
        item.setData(SessionIdItemRole, s.id)
        lst.addItem(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.sessionRequested.emit(int(item.data(SessionIdItemRole)))

    def _export(self) -> None:
        if self.page is not None:
            self.exportRequested.emit(self.page.person.id)

    def _delete(self) -> None:
        if self.page is not None:
            self.deleteRequested.emit(self.page.person.id)


def _session_of(item: QListWidgetItem | None) -> int | None:
    return None if item is None else int(item.data(SessionIdItemRole))
