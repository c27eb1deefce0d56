"""The archive window: find, review, correct, export and delete past sessions offline."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.archive.qt.archive_deleting import ArchiveDeleting, confirm_box
from cocoach_desktop.archive.qt.archive_exports import ArchiveExports, session_markdown
from cocoach_desktop.archive.qt.archive_finding import ANY_DATE, ArchiveFinding
from cocoach_desktop.archive.qt.archive_menus import ArchiveMenus
from cocoach_desktop.archive.qt.archive_model import (
    COL_COACHEE,
    COL_DATE,
    COL_DURATION,
    COL_GROUP,
    COL_PROTOCOL,
    COL_TAGS,
    SessionListModel,
)
from cocoach_desktop.archive.qt.person_view import PersonView
from cocoach_desktop.archive.qt.search_hits import (
    SEARCH_DELAY_MS,
    SEARCH_LIMIT,
    HitDelegate,
    HitRole,
    snippet_html,
)
from cocoach_desktop.archive.qt.session_view import SessionView
from cocoach_desktop.archive.services.review_service import ArchiveReview
from cocoach_desktop.domain.archive_files import CancelledByUserError
from cocoach_desktop.domain.ports.review import ReviewedArchive
from cocoach_desktop.exchange.services.export_service import ExportService
from cocoach_desktop.platform.changes import ChangeFeed, ChangeKind
from cocoach_desktop.platform.clock import SystemClock
from cocoach_desktop.platform.qt.change_bridge import ChangeBridge
from cocoach_desktop.platform.qt.widgets import problem_banner, show_banner

# The window's parts live beside it; callers still import these names from here.
__all__ = [
    "ANY_DATE",
    "SEARCH_DELAY_MS",
    "SEARCH_LIMIT",
    "ArchiveWindow",
    "HitDelegate",
    "HitRole",
    "confirm_box",
    "session_markdown",
    "snippet_html",
]


class ArchiveWindow(ArchiveMenus, ArchiveFinding, ArchiveExports, ArchiveDeleting, QMainWindow):
    """The archive: a filtered, sorted list of sessions, a search, and a detail pane.

    What asks the user (``confirm``, ``ask_save_path``) is a method tests replace. Its jobs
    are parts beside it: the actions and menus (``archive_menus``), the filters, search and
    opening (``archive_finding``), the exports (``archive_exports``), deleting
    (``archive_deleting``); this module builds the layout and follows the change feed.
    """

    archiveChanged = Signal()  # something was written (deleted, edited, restored)
    closed = Signal()

    archive: ReviewedArchive  # each part reads it through the ports it needs
    # The archive's own error for an export the user cancelled (says nothing was written).
    cancelled_error: type[Exception] = CancelledByUserError

    def __init__(
        self,
        archive: ReviewedArchive,
        *,
        now: Callable[[], datetime] | None = None,
        tz: tzinfo | None = None,
        feed: ChangeFeed | None = None,
        exports: ExportService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.archive = archive
        self.exports = exports if exports is not None else ExportService(archive)
        # Every write here says what it changed; the list, the search and (through the same
        # feed, when the app passes its own) the set-up follow.
        self.feed = feed or ChangeFeed()
        self.review = ArchiveReview(archive, self.feed)
        self.changes = ChangeBridge(self.feed, self)
        self.changes.changed.connect(self._on_changes)
        # ``now`` stamps notes added here and exports; pass the app's clock (``clock.now``).
        self._now = now or SystemClock().now
        self._tz = tz
        self.undo_stack = QUndoStack(self)
        self.model = SessionListModel(archive, tz)
        self.session_view = SessionView(archive, self.undo_stack, self._now, tz, feed=self.feed)
        self.person_view = PersonView(tz)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self._make_actions()
        self._build_ui()
        self._build_menus()
        self.retranslate()
        self.reload_choices()
        self._wire()
        self.resize(1280, 800)

    # ----- layout --------------------------------------------------------------------------

    def _build_ui(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        self.banner = problem_banner()
        layout.addWidget(self.banner)

        search_row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("archiveSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(self.act_clear_search)
        self.search.addAction(self.act_open)
        search_row.addWidget(self.search, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        search_row.addWidget(self.count_label)
        layout.addLayout(search_row)

        filters = QHBoxLayout()
        self.from_label = QLabel()
        self.date_from = self._date_edit()
        self.to_label = QLabel()
        self.date_to = self._date_edit()
        self.person_combo = QComboBox()
        self.group_combo = QComboBox()
        self.protocol_combo = QComboBox()
        self.tag_combo = QComboBox()
        for combo in (self.person_combo, self.group_combo, self.protocol_combo, self.tag_combo):
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.clear_filters_button = QPushButton()
        self.clear_filters_button.clicked.connect(self.clear_filters)
        for w in (
            self.from_label,
            self.date_from,
            self.to_label,
            self.date_to,
            self.person_combo,
            self.group_combo,
            self.protocol_combo,
            self.tag_combo,
            self.clear_filters_button,
        ):
            filters.addWidget(w)
        filters.addStretch(1)
        layout.addLayout(filters)

        splitter = QSplitter()
        self.list_stack = QStackedWidget()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().lineSpacing() + 10
        )
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # The date and time; an unfinished session's "(running)" may be cut (its tooltip has it).
        digits = self.table.fontMetrics().horizontalAdvance("2026-09-01 00:00") + 44
        widths = {
            COL_DATE: digits,
            COL_GROUP: 130,
            COL_COACHEE: 125,
            COL_PROTOCOL: 170,
            COL_DURATION: 72,
            COL_TAGS: 110,
        }
        for col, width in widths.items():
            header.resizeSection(col, width)
        self.table.addAction(self.act_delete)
        self.table.addAction(self.act_open)
        self.list_stack.addWidget(self.table)
        self.results = QListWidget()
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.addAction(self.act_open)
        self.results.addAction(self.act_clear_search)
        self.list_stack.addWidget(self.results)
        splitter.addWidget(self.list_stack)

        self.detail_stack = QStackedWidget()
        self.placeholder = QLabel()
        self.placeholder.setObjectName("muted")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.detail_stack.addWidget(self.placeholder)
        self.detail_stack.addWidget(self.session_view)
        self.detail_stack.addWidget(self.person_view)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 520])
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def _wire(self) -> None:
        self.search.textChanged.connect(self._search_edited)
        self.search.returnPressed.connect(self.open_selected)
        self.results.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.apply_filters)
        for combo in (self.person_combo, self.group_combo, self.protocol_combo, self.tag_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.model.modelReset.connect(self._update_count)
        self.model.totalChanged.connect(self._update_count)  # an edit refreshes rows in place
        self.model.rowsInserted.connect(self._update_count)
        self.session_view.personRequested.connect(self.open_person_named)
        self.person_view.sessionRequested.connect(self.open_session)
        self.person_view.exportRequested.connect(self.export_person)
        self.person_view.deleteRequested.connect(self.delete_person)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cocoach — archive"))
        self._retranslate_actions()
        self._retranslate_finding()
        self.table.setToolTip(
            self.tr(
                "Enter opens, Delete deletes (Ctrl+Z undoes), Ctrl+Shift+E exports for the coachee"
            )
        )
        self.placeholder.setText(
            self.tr("Choose a session on the left, or search for a word or a name.")
        )
        self.session_view.retranslate()
        self.person_view.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----- asking (tests replace these) ------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question before deleting (tests replace this); No is the default."""
        return confirm_box(self, title, text).exec() == QMessageBox.StandardButton.Yes

    def ask_save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        """Ask where to save a file (tests replace this)."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / suggested), file_filter
        )
        return Path(chosen) if chosen else None

    def show_problem(self, text: str) -> None:
        show_banner(self.banner, text)

    def clear_problem(self) -> None:
        show_banner(self.banner, "")

    # ----- after writes --------------------------------------------------------------------

    def refresh(self) -> None:
        """Read everything again (the app calls this when the window is shown again)."""
        self._sessions_changed(written=False)
        if self.detail_stack.currentWidget() is self.session_view:
            self.session_view.reload()
            if self.session_view.detail is None:
                self.detail_stack.setCurrentWidget(self.placeholder)
        self.follow_person()

    def _on_changes(self, batch: object) -> None:
        """What the review's writes changed: the list follows in place, a deleted session
        leaves the view, a session put back (undo) is shown and chosen; a person's page shown
        stays and reads again (a session put back is chosen on it). A topic typed in the set-up
        reaches the filters, the search and the page, not the session list; a hidden window
        reads again when shown (``refresh``)."""
        if not self.isVisible():
            return
        changes = ChangeBridge.of(batch)
        if all(c.what == "topic" for c in changes):  # the session list shows no topic
            self.reload_choices()  # a topic may bring a new person
            if self.search.text().strip():
                self.refresh_search()
            self.follow_person()
            return
        sessions = [c for c in changes if c.what == "session"]
        removed = {c.id for c in sessions if c.kind is ChangeKind.REMOVED}
        on_person = self.detail_stack.currentWidget() is self.person_view
        shown = self.session_view.detail
        gone = shown is not None and shown.id in removed
        if gone:
            self.session_view.set_detail(None)
            if not on_person:
                self.detail_stack.setCurrentWidget(self.placeholder)
        gone = gone or self.selected_session_id() in removed
        edited = [c.id for c in sessions if c.kind is ChangeKind.CHANGED]
        self._sessions_changed(keep=edited[-1] if edited else None)
        if gone:  # the neighbour Qt moved the highlight to was not chosen: nothing looks it
            self.table.clearSelection()
        put_back = [c.id for c in sessions if c.kind is ChangeKind.ADDED]
        if on_person:
            self.follow_person(put_back[-1] if put_back else None)
            return
        for session_id in put_back:
            self.open_session(session_id)
            self._select(session_id)

    def _sessions_changed(self, keep: int | None = None, written: bool = True) -> None:
        """Re-read the list (and the search) after a write, keeping the chosen session."""
        chosen = keep if keep is not None else self.selected_session_id()
        self.reload_choices()  # a new tag, or a group that went with its last session
        scrolled = self.table.verticalScrollBar().value()
        selection = self.table.selectionModel()
        selection.blockSignals(True)  # the chosen session is chosen still, not chosen anew
        self.model.refresh_rows()
        self.table.verticalScrollBar().setValue(scrolled)  # the list stays where it was
        row = None if chosen is None else self.model.row_of(chosen)
        if row is not None:
            self.table.selectRow(row)
        selection.blockSignals(False)
        if self.search.text().strip():
            self.refresh_search()
        if written:
            self.archiveChanged.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

    # ----- keys that belong to other windows ---------------------------------------------

    def guard_keys(self, sequences: Iterable[QKeySequence]) -> None:
        """Keep keys the timer uses app-wide (Space, N, +, Esc...) from acting in this window.

        Pressing N while browsing last month's sessions must not move today's session on.
        """
        self._guarded = {QKeySequence(s).toString() for s in sequences if not s.isEmpty()}

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = {QKeySequence(event.keyCombination()).toString()}
            # "+" is Shift+= on many layouts: Qt's shortcuts match it without the Shift.
            soft = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
            if not event.modifiers() & ~soft:
                pressed.add(QKeySequence(event.key()).toString())
            if pressed & getattr(self, "_guarded", set()):
                event.accept()  # the key goes to this window's widgets, not to a shortcut
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc is guarded from the facilitator's "leave full screen": here it clears the search.
        if event.key() == Qt.Key.Key_Escape and self.search.text():
            self.clear_search()
            return
        super().keyPressEvent(event)
