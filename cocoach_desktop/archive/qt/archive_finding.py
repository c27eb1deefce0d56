"""The archive window's filters, search and opening (a part of ArchiveWindow): what it shows."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QDate, QItemSelection, Qt
from PySide6.QtWidgets import QDateEdit

from cocoach_desktop.archive.qt.archive_model import SessionIdRole
from cocoach_desktop.archive.qt.search_hits import (
    SEARCH_LIMIT,
    HitRole,
    hit_items,
    show_hits_in_place,
)
from cocoach_desktop.archive.qt.window_part import WindowPart
from cocoach_desktop.domain.ports.people import PeoplePort
from cocoach_desktop.domain.ports.search import SearchPort
from cocoach_desktop.domain.ports.sessions import SessionReviewPort
from cocoach_desktop.domain.records import HitKind, SearchHit, SessionDetail, SessionFilter
from cocoach_desktop.platform.formatting import sort_key

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import (
        QComboBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QPushButton,
        QStackedWidget,
        QTableView,
    )

    from cocoach_desktop.archive.qt.archive_model import SessionListModel
    from cocoach_desktop.archive.qt.person_view import PersonView
    from cocoach_desktop.archive.qt.session_view import SessionView

ANY_DATE = QDate(2000, 1, 1)  # the date edits' "any" value, shown as their special text


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveWindow", text)


class FindingSource(PeoplePort, SessionReviewPort, SearchPort, Protocol):
    """What the filters and the search read: the choices, and the hits."""


class ArchiveFinding(WindowPart):
    """The filter row and the search box, what they do to the list, and opening what is chosen."""

    if TYPE_CHECKING:  # what the window supplies
        archive: FindingSource
        model: SessionListModel
        search: QLineEdit
        count_label: QLabel
        from_label: QLabel
        to_label: QLabel
        date_from: QDateEdit
        date_to: QDateEdit
        person_combo: QComboBox
        group_combo: QComboBox
        protocol_combo: QComboBox
        tag_combo: QComboBox
        clear_filters_button: QPushButton
        table: QTableView
        results: QListWidget
        list_stack: QStackedWidget
        _search_timer: QTimer

        session_view: SessionView
        person_view: PersonView
        detail_stack: QStackedWidget
        placeholder: QLabel

        def show_problem(self, text: str) -> None: ...
        def clear_problem(self) -> None: ...

    @staticmethod
    def _date_edit() -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(ANY_DATE)
        edit.setDate(ANY_DATE)
        return edit

    def _retranslate_finding(self) -> None:
        self.search.setPlaceholderText(_tr("Search notes, commitments, topics and names (Ctrl+F)"))
        self.search.setToolTip(_tr("Results appear as you type; Enter opens, Esc clears (Ctrl+F)"))
        self.from_label.setText(_tr("From"))
        self.to_label.setText(_tr("to"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(_tr("any date"))
            edit.setToolTip(_tr("The lowest date means any date"))
        self.clear_filters_button.setText(_tr("Clear filters"))
        self.clear_filters_button.setToolTip(_tr("Show every session again"))
        self.results.setToolTip(_tr("Enter or double-click opens; Esc clears the search"))
        for combo, first in (
            (self.person_combo, _tr("Anyone")),
            (self.group_combo, _tr("Any group")),
            (self.protocol_combo, _tr("Any protocol")),
            (self.tag_combo, _tr("Any tag")),
        ):
            if combo.count():
                combo.setItemText(0, first)
        self.person_combo.setToolTip(_tr("Sessions this person took part in"))
        self.group_combo.setToolTip(_tr("Sessions of this group"))
        self.protocol_combo.setToolTip(_tr("Sessions run with this protocol"))
        self.tag_combo.setToolTip(_tr("Sessions with this tag"))
        self._update_count()

    # ----- filters -------------------------------------------------------------------------

    def reload_choices(self) -> None:
        """Fill the filter combos from the archive, keeping what was chosen where it remains."""
        fillings = (
            (
                self.person_combo,
                _tr("Anyone"),
                [(p.name, p.name) for p in self.archive.people()],
            ),
            (self.group_combo, _tr("Any group"), [(g, g) for g in self.archive.groups()]),
            (
                self.protocol_combo,
                _tr("Any protocol"),
                [(name, pid) for pid, name in self.archive.protocols()],
            ),
            (self.tag_combo, _tr("Any tag"), [(t, t) for t in self.archive.all_tags()]),
        )
        for combo, first, items in fillings:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, "")
            for text, data in sorted(items, key=lambda item: sort_key(item[0])):
                combo.addItem(text, data)
            found = combo.findData(chosen) if chosen else 0
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)
        self.apply_filters()

    def current_filter(self) -> SessionFilter:
        return SessionFilter(
            date_from=_date_or_none(self.date_from.date()),
            date_to=_date_or_none(self.date_to.date()),
            person=str(self.person_combo.currentData() or ""),
            group=str(self.group_combo.currentData() or ""),
            protocol_id=str(self.protocol_combo.currentData() or ""),
            tag=str(self.tag_combo.currentData() or ""),
        )

    def apply_filters(self) -> None:
        where = self.current_filter()
        if where != self.model.filter:
            self.model.set_filter(where)

    def clear_filters(self) -> None:
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.setDate(ANY_DATE)
            edit.blockSignals(False)
        for combo in (self.person_combo, self.group_combo, self.protocol_combo, self.tag_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filters()

    def _update_count(self, *_args: object) -> None:
        self.count_label.setText(
            _tr("{n} session(s)").format(n=self.model.total)
            if self.model.filter == SessionFilter()
            else _tr("{n} session(s) match").format(n=self.model.total)
        )

    # ----- search --------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_search(self) -> None:
        self.search.clear()
        self.list_stack.setCurrentWidget(self.table)
        self.table.setFocus()

    def _search_edited(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self.results.clear()
            self.list_stack.setCurrentWidget(self.table)

    def run_search(self) -> None:
        """Search now (the box waits for a pause in typing before calling this)."""
        self._search_timer.stop()
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            self.list_stack.setCurrentWidget(self.table)
            return
        hits = self.archive.search(text, SEARCH_LIMIT)
        for item in hit_items(hits, text):
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self.list_stack.setCurrentWidget(self.results)

    def refresh_search(self) -> None:
        """Search again after a write and change the hits in place: the chosen hit stays
        chosen, a hit whose session went is removed, an edited one shows its new words."""
        self._search_timer.stop()
        text = self.search.text().strip()
        if not text:
            self.run_search()
            return
        show_hits_in_place(self.results, self.archive.search(text, SEARCH_LIMIT), text)
        self.list_stack.setCurrentWidget(self.results)

    def open_hit(self, hit: SearchHit) -> None:
        if hit.kind is HitKind.PERSON:
            self.open_person(hit.item_id)
        elif hit.session_id is not None:
            self.open_session(hit.session_id)
        else:  # a topic with no session (noted in the set-up): its person's page
            self.open_person_named(hit.person)

    # ----- opening -------------------------------------------------------------------------

    def open_selected(self) -> None:
        """Enter: open the chosen search hit, or the session chosen in the table."""
        if self.list_stack.currentWidget() is self.results or self.search.hasFocus():
            if self._search_timer.isActive():
                self.run_search()
            item = self.results.currentItem() or self.results.item(0)
            hit = item.data(HitRole) if item is not None else None
            if isinstance(hit, SearchHit):
                self.open_hit(hit)
            return
        session_id = self.selected_session_id()
        if session_id is not None:
            self.open_session(session_id)
            self.session_view.setFocus()

    def selected_session_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(SessionIdRole)
        return int(value) if value is not None else None

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        session_id = self.selected_session_id()
        if session_id is not None:
            self.open_session(session_id)

    def open_session(self, session_id: int) -> None:
        try:
            detail = self.archive.session(session_id)
        except LookupError:
            self.show_problem(_tr("That session is no longer in the archive."))
            return
        self.clear_problem()
        self.session_view.set_detail(detail)
        self.detail_stack.setCurrentWidget(self.session_view)

    def open_person(self, person_id: int) -> None:
        try:
            page = self.archive.person_page(person_id)
        except LookupError:
            self.show_problem(_tr("That person is no longer in the archive."))
            return
        self.clear_problem()
        self.person_view.set_page(page)
        self.detail_stack.setCurrentWidget(self.person_view)

    def follow_person(self, put_back: int | None = None) -> None:
        """Read the shown person's page again after a change (``put_back``: a session undo
        brought back, chosen on the page); a person deleted leaves the placeholder."""
        shown = self.person_view.page
        if shown is None or self.detail_stack.currentWidget() is not self.person_view:
            return
        try:
            page = self.archive.person_page(shown.person.id)
        except LookupError:
            self.person_view.set_page(None)
            self.detail_stack.setCurrentWidget(self.placeholder)
            return
        self.person_view.show_again(page, put_back)

    def open_person_named(self, name: str) -> None:
        person = self.archive.person_named(name)
        if person is None:
            self.show_problem(_tr("{name} is not in the archive.").format(name=name))
            return
        self.open_person(person.id)

    def current_detail(self) -> SessionDetail | None:
        """The session in the detail pane, else the one chosen in the table."""
        if self.detail_stack.currentWidget() is self.session_view and self.session_view.detail:
            return self.session_view.detail
        session_id = self.selected_session_id()
        return self.archive.session(session_id) if session_id is not None else None


def _date_or_none(value: QDate) -> date | None:
    if value == ANY_DATE:
        return None
    return date(value.year(), value.month(), value.day())
