"""The archive list: a lazy Qt table model over pages of plain session summaries."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from cocoach_desktop.domain.ports.sessions import SessionReviewPort
from cocoach_desktop.domain.records import (
    SessionFilter,
    SessionStatus,
    SessionSummary,
    SortKey,
)
from cocoach_desktop.platform.formatting import date_and_time, sort_key
from cocoach_desktop.platform.list_changes import apply_in_place
from cocoach_desktop.platform.timefmt import clock_text

PAGE_SIZE = 200

COL_DATE, COL_GROUP, COL_COACHEE, COL_PROTOCOL, COL_DURATION, COL_TAGS = range(6)
COLUMN_COUNT = 6
SessionIdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2

SORT_KEYS = {
    COL_DATE: SortKey.STARTED,
    COL_GROUP: SortKey.GROUP,
    COL_COACHEE: SortKey.COACHEE,
    COL_PROTOCOL: SortKey.PROTOCOL,
    COL_DURATION: SortKey.DURATION,
}

_Index = QModelIndex | QPersistentModelIndex


def local_time(moment: datetime, tz: tzinfo | None = None) -> datetime:
    """A UTC moment in ``tz`` (the computer's own zone when None); naive values count as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz)


def date_text(moment: datetime | None, tz: tzinfo | None = None) -> str:
    """``2026-09-01 14:05`` in local time, or a dash for a session that never started."""
    return "–" if moment is None else date_and_time(local_time(moment, tz))


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionListModel", text)


def status_text(status: SessionStatus) -> str:
    return {
        SessionStatus.RUNNING: _tr("running"),
        SessionStatus.FINISHED: _tr("finished"),
        SessionStatus.ABANDONED: _tr("abandoned"),
    }[status]


class SessionListModel(QAbstractTableModel):
    """Rows are the sessions fetched so far; more pages come as the view scrolls.

    Only summaries are read (never notes), one page of ``page_size`` at a time, so an archive
    of ten thousand sessions opens as fast as one of ten.
    """

    totalChanged = (
        Signal()
    )  # the count of matching sessions was read again (the list may not reset)

    def __init__(
        self, archive: SessionReviewPort, tz: tzinfo | None = None, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__()
        self._archive = archive
        self._tz = tz
        self._page_size = page_size
        self._filter = SessionFilter()
        self._sort = SortKey.STARTED
        self._descending = True
        self._rows: list[SessionSummary] = []
        self._total = 0
        self._announcing = False
        self.reload()

    # ----- what is shown -------------------------------------------------------------------

    @property
    def filter(self) -> SessionFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many sessions match the filter (fetched or not)."""
        return self._total

    def set_filter(self, where: SessionFilter) -> None:
        if where != self._filter:
            self._filter = where
            self.reload()

    def reload(self, keep_loaded: bool = False) -> None:
        """Read the count and the first page again (after a change, a new filter or sort).

        ``keep_loaded`` re-reads as many rows as were fetched, so that after an edit the
        session being looked at is still there, at the same row.
        """
        # Listeners of modelReset (Qt's model tester among them) may ask for more rows while
        # the reset is still being announced; the first page is already here, so they wait.
        self._announcing = True
        try:
            self.beginResetModel()
            self._total = self._archive.count_sessions(self._filter)
            size = max(self._page_size, len(self._rows)) if keep_loaded else self._page_size
            self._rows = self._archive.list_sessions(
                self._filter, self._sort, self._descending, 0, size
            )
            self.endResetModel()
        finally:
            self._announcing = False

    def refresh_rows(self) -> None:
        """Read the rows fetched so far again and apply the difference in place: rows that
        went are removed, new ones inserted, edited ones changed, so the view keeps its
        selection and scroll position (no reset after an edit or a deletion)."""
        total = self._archive.count_sessions(self._filter)
        size = max(self._page_size, len(self._rows))
        fresh = self._archive.list_sessions(self._filter, self._sort, self._descending, 0, size)
        rows = self._rows

        def kept(row: int, j: int) -> None:
            if rows[row] != fresh[j]:
                rows[row] = fresh[j]
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

        def removed(first: int, last: int) -> None:
            self.beginRemoveRows(QModelIndex(), first, last)
            del rows[first : last + 1]
            self.endRemoveRows()

        def inserted(row: int, j1: int, j2: int) -> None:
            self.beginInsertRows(QModelIndex(), row, row + j2 - j1 - 1)
            rows[row:row] = fresh[j1:j2]
            self.endInsertRows()

        self._announcing = True
        try:
            apply_in_place(
                [s.id for s in rows],
                [s.id for s in fresh],
                kept=kept,
                removed=removed,
                inserted=inserted,
            )
            self._total = total
        finally:
            self._announcing = False
        self.totalChanged.emit()

    def _page(self, offset: int) -> list[SessionSummary]:
        return self._archive.list_sessions(
            self._filter, self._sort, self._descending, offset, self._page_size
        )

    def summary(self, row: int) -> SessionSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, session_id: int) -> int | None:
        """The row of a session among those fetched so far."""
        for row, s in enumerate(self._rows):
            if s.id == session_id:
                return row
        return None

    # ----- lazy fetching -------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._announcing and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        page = self._page(len(self._rows))
        if not page:  # rows went away since the count: stop asking
            self._total = len(self._rows)
            self.totalChanged.emit()
            return
        first = len(self._rows)
        self._announcing = True  # no fetching from within a listener of this insertion
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._announcing = False

    # ----- the Qt model --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            names = [
                _tr("Date"),
                _tr("Group"),
                _tr("Coachee"),
                _tr("Protocol"),
                _tr("Duration"),
                _tr("Tags"),
            ]
            return names[section] if 0 <= section < len(names) else None
        if role == Qt.ItemDataRole.ToolTipRole and section in SORT_KEYS:
            return _tr("Click to sort by this column")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == SessionIdRole:
            return s.id
        if role == SummaryRole:
            return s
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(s, col)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == COL_DATE:
            text = date_text(s.started, self._tz)
            if s.status is not SessionStatus.FINISHED:
                text += f" ({status_text(s.status)})"
            return text
        if col == COL_GROUP:
            return s.group
        if col == COL_COACHEE:
            return ", ".join(s.coachees)
        if col == COL_PROTOCOL:
            return s.protocol_name
        if col == COL_DURATION:
            return clock_text(s.actual_seconds) if s.actual_seconds >= 1 else "–"
        if col == COL_TAGS:
            return ", ".join(sorted(s.tags, key=sort_key))
        return None

    def _tooltip(self, s: SessionSummary, col: int) -> str | None:
        if col == COL_DURATION:
            return _tr("Ran {actual} of {planned} planned").format(
                actual=clock_text(s.actual_seconds), planned=clock_text(s.planned_seconds)
            )
        if col == COL_COACHEE and s.coachees:
            return ", ".join(s.coachees)
        if col == COL_TAGS and s.tags:
            return ", ".join(sorted(s.tags, key=sort_key))
        if col == COL_DATE and s.status is not SessionStatus.FINISHED:
            return _tr("This session is {status}").format(status=status_text(s.status))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:  # tags: no order that means anything
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending) and self._rows:
            return
        self._sort, self._descending = key, descending
        self.reload()
