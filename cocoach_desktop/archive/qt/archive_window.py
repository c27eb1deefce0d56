"""The archive window: find, review, correct, export and delete past sessions offline."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QTextDocument,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop import __version__
from cocoach_desktop.archive.qt.archive_model import (
    COL_COACHEE,
    COL_DATE,
    COL_DURATION,
    COL_GROUP,
    COL_PROTOCOL,
    COL_TAGS,
    SessionIdRole,
    SessionListModel,
    local_time,
)
from cocoach_desktop.archive.qt.person_view import PersonView
from cocoach_desktop.archive.qt.session_view import SessionView
from cocoach_desktop.archive.services.review_service import ArchiveReview
from cocoach_desktop.domain.records import (
    SNIPPET_END,
    SNIPPET_START,
    HitKind,
    SearchHit,
    SessionDetail,
    SessionFilter,
)
from cocoach_desktop.exchange.model import csv_export, exchange, session_document
from cocoach_desktop.exchange.qt.export_files import save_atomically
from cocoach_desktop.exchange.qt.pdf import write_pdf
from cocoach_desktop.platform.changes import ChangeFeed, ChangeKind
from cocoach_desktop.platform.clock import SystemClock
from cocoach_desktop.platform.formatting import iso_date, sort_key
from cocoach_desktop.platform.qt.background import BackgroundJob, Cancelled, Progress, run_job
from cocoach_desktop.platform.qt.change_bridge import ChangeBridge
from cocoach_desktop.platform.qt.undo_stack import push
from cocoach_desktop.platform.qt.widgets import problem_banner, shortcut_texts, show_banner
from cocoach_desktop.platform.undo import Guarded
from cocoach_desktop.storage.archive import Archive, CancelledByUserError

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 50
ANY_DATE = QDate(2000, 1, 1)  # the date edits' "any" value, shown as their special text
HitRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str) -> str:
    """A search snippet as HTML: the text escaped, the matches in bold."""
    escaped = html.escape(snippet)
    return escaped.replace(SNIPPET_START, "<b>").replace(SNIPPET_END, "</b>")


def session_markdown(
    detail: SessionDetail, include_private: bool, tz: tzinfo | None, coachee: str | None = None
) -> str:
    """The one place the window asks the core for a session's Markdown."""
    return session_document.session_markdown(
        detail, include_private=include_private, tz=tz, coachee=coachee
    )


class HitDelegate(QStyledItemDelegate):
    """Draws a search hit as two lines of rich text: kind and title, then the snippet."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        rect = opt.rect
        painter.save()
        painter.setClipRect(rect)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(opt.font)
        doc.setDefaultStyleSheet(f"body {{ color: {colour.name()}; }}")
        doc.setHtml(f"<body>{index.data(Qt.ItemDataRole.DisplayRole) or ''}</body>")
        painter.translate(rect.left() + 8, rect.top() + 5)
        doc.drawContents(painter, QRectF(0, 0, rect.width() - 16, rect.height() - 10))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # Two lines, always: the title line and one line of snippet (a long one is cut off).
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(200, 2 * line + 12)


class ArchiveWindow(QMainWindow):
    """The archive: a filtered, sorted list of sessions, a search, and a detail pane.

    What asks the user (``confirm``, ``ask_save_path``) is a method tests replace.
    """

    archiveChanged = Signal()  # something was written (deleted, edited, restored)
    closed = Signal()

    def __init__(
        self,
        archive: Archive,
        *,
        now: Callable[[], datetime] | None = None,
        tz: tzinfo | None = None,
        feed: ChangeFeed | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.archive = archive
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

    # ----- actions -------------------------------------------------------------------------

    def _action(
        self,
        keys: list[str] | None = None,
        slot: Callable[[], object] | None = None,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> QAction:
        action = QAction(self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(context)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.act_find = self._action(["Ctrl+F"], self.focus_search)
        self.act_export_md_coachee = self._action(
            ["Ctrl+Shift+E"], lambda: self.export_session("md")
        )
        self.act_export_md_all = self._action(None, lambda: self.export_session("md", True))
        self.act_export_pdf_coachee = self._action(None, lambda: self.export_session("pdf"))
        self.act_export_pdf_all = self._action(None, lambda: self.export_session("pdf", True))
        self.act_export_json = self._action(None, self.export_archive_json)
        self.act_export_csv = self._action(None, self.export_archive_csv)
        self.act_close = self._action(["Ctrl+W"], self.close)
        self.act_undo = self.undo_stack.createUndoAction(self)
        self.act_undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self)
        self.act_redo.setShortcuts(QKeySequence.StandardKey.Redo)
        self.act_clear_filters = self._action(None, self.clear_filters)
        # These keys mean something else inside a text field, so they belong to the lists.
        self.act_delete = QAction(self)
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_delete.triggered.connect(self.delete_selected)
        self.act_open = QAction(self)
        self.act_open.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.act_open.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_open.triggered.connect(self.open_selected)
        self.act_clear_search = QAction(self)
        self.act_clear_search.setShortcut(QKeySequence("Esc"))
        self.act_clear_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_clear_search.triggered.connect(self.clear_search)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.archive_menu = bar.addMenu("")
        self.export_menu = self.archive_menu.addMenu("")
        for a in (
            self.act_export_md_coachee,
            self.act_export_md_all,
            self.act_export_pdf_coachee,
            self.act_export_pdf_all,
            None,
            self.act_export_json,
            self.act_export_csv,
        ):
            self.export_menu.addSeparator() if a is None else self.export_menu.addAction(a)
        self.archive_menu.addSeparator()
        self.archive_menu.addAction(self.act_delete)
        self.archive_menu.addSeparator()
        self.archive_menu.addAction(self.act_close)
        self.edit_menu = bar.addMenu("")
        for a in (self.act_undo, self.act_redo, None, self.act_find, self.act_clear_filters):
            self.edit_menu.addSeparator() if a is None else self.edit_menu.addAction(a)

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

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(ANY_DATE)
        edit.setDate(ANY_DATE)
        return edit

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
        texts = {
            self.act_find: self.tr("&Find…"),
            self.act_export_md_coachee: self.tr("Session as &Markdown for the coachee"),
            self.act_export_md_all: self.tr("Session as Markdown, complete (with private notes)"),
            self.act_export_pdf_coachee: self.tr("Session as &PDF for the coachee"),
            self.act_export_pdf_all: self.tr("Session as PDF, complete (with private notes)"),
            self.act_export_json: self.tr("Archive (current filter) as &JSON…"),
            self.act_export_csv: self.tr("Archive (current filter) as &CSV…"),
            self.act_close: self.tr("&Close"),
            self.act_clear_filters: self.tr("C&lear filters"),
            self.act_delete: self.tr("&Delete session…"),
            self.act_open: self.tr("Open"),
            self.act_clear_search: self.tr("Clear search"),
        }
        for action, text in texts.items():
            action.setText(text)
            plain = text.replace("&", "")
            keys = shortcut_texts(action)
            action.setToolTip(f"{plain} ({', '.join(keys)})" if keys else plain)
        self.act_undo.setText(self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo"))
        self.archive_menu.setTitle(self.tr("&Archive"))
        self.export_menu.setTitle(self.tr("&Export"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.search.setPlaceholderText(
            self.tr("Search notes, commitments, topics and names (Ctrl+F)")
        )
        self.search.setToolTip(
            self.tr("Results appear as you type; Enter opens, Esc clears (Ctrl+F)")
        )
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any date"))
            edit.setToolTip(self.tr("The lowest date means any date"))
        self.clear_filters_button.setText(self.tr("Clear filters"))
        self.clear_filters_button.setToolTip(self.tr("Show every session again"))
        self.table.setToolTip(
            self.tr(
                "Enter opens, Delete deletes (Ctrl+Z undoes), Ctrl+Shift+E exports for the coachee"
            )
        )
        self.results.setToolTip(self.tr("Enter or double-click opens; Esc clears the search"))
        self.placeholder.setText(
            self.tr("Choose a session on the left, or search for a word or a name.")
        )
        for combo, first in (
            (self.person_combo, self.tr("Anyone")),
            (self.group_combo, self.tr("Any group")),
            (self.protocol_combo, self.tr("Any protocol")),
            (self.tag_combo, self.tr("Any tag")),
        ):
            if combo.count():
                combo.setItemText(0, first)
        self.person_combo.setToolTip(self.tr("Sessions this person took part in"))
        self.group_combo.setToolTip(self.tr("Sessions of this group"))
        self.protocol_combo.setToolTip(self.tr("Sessions run with this protocol"))
        self.tag_combo.setToolTip(self.tr("Sessions with this tag"))
        self._update_count()
        self.session_view.retranslate()
        self.person_view.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----- filters -------------------------------------------------------------------------

    def reload_choices(self) -> None:
        """Fill the filter combos from the archive, keeping what was chosen where it remains."""
        fillings = (
            (
                self.person_combo,
                self.tr("Anyone"),
                [(p.name, p.name) for p in self.archive.people()],
            ),
            (self.group_combo, self.tr("Any group"), [(g, g) for g in self.archive.groups()]),
            (
                self.protocol_combo,
                self.tr("Any protocol"),
                [(name, pid) for pid, name in self.archive.protocols()],
            ),
            (self.tag_combo, self.tr("Any tag"), [(t, t) for t in self.archive.all_tags()]),
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
            self.tr("{n} session(s)").format(n=self.model.total)
            if self.model.filter == SessionFilter()
            else self.tr("{n} session(s) match").format(n=self.model.total)
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
        kinds = {
            HitKind.NOTE: self.tr("Note"),
            HitKind.COMMITMENT: self.tr("Commitment"),
            HitKind.TOPIC: self.tr("Topic"),
            HitKind.PERSON: self.tr("Person"),
        }
        for hit in hits:
            head = f"<span>{html.escape(kinds[hit.kind])} · <b>{html.escape(hit.title)}</b></span>"
            item = QListWidgetItem(f"{head}<br>{snippet_html(hit.snippet)}")
            item.setData(HitRole, hit)
            self.results.addItem(item)
        if not hits:
            item = QListWidgetItem(html.escape(self.tr("Nothing found for “{q}”").format(q=text)))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        else:
            self.results.setCurrentRow(0)
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
            self.show_problem(self.tr("That session is no longer in the archive."))
            return
        self.clear_problem()
        self.session_view.set_detail(detail)
        self.detail_stack.setCurrentWidget(self.session_view)

    def open_person(self, person_id: int) -> None:
        try:
            page = self.archive.person_page(person_id)
        except LookupError:
            self.show_problem(self.tr("That person is no longer in the archive."))
            return
        self.clear_problem()
        self.person_view.set_page(page)
        self.detail_stack.setCurrentWidget(self.person_view)

    def open_person_named(self, name: str) -> None:
        person = self.archive.person_named(name)
        if person is None:
            self.show_problem(self.tr("{name} is not in the archive.").format(name=name))
            return
        self.open_person(person.id)

    def current_detail(self) -> SessionDetail | None:
        """The session in the detail pane, else the one chosen in the table."""
        if self.detail_stack.currentWidget() is self.session_view and self.session_view.detail:
            return self.session_view.detail
        session_id = self.selected_session_id()
        return self.archive.session(session_id) if session_id is not None else None

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

    # ----- deleting ------------------------------------------------------------------------

    def delete_selected(self) -> None:
        """Delete the chosen session after asking; Ctrl+Z puts it back."""
        session_id = self.selected_session_id()
        if session_id is None and self.session_view.detail is not None:
            session_id = self.session_view.detail.id
        if session_id is None:
            return
        summary = self.model.summary(self.model.row_of(session_id) or 0)
        what = self.tr("this session")
        if summary is not None and summary.id == session_id:
            what = str(
                self.model.data(self.model.index(self.model.row_of(session_id) or 0, COL_DATE))
            )
            if summary.coachees:
                what = f"{what} · {', '.join(summary.coachees)}"
        if not self.confirm(
            self.tr("Delete session"),
            self.tr("Delete the session {what} with all its notes? Ctrl+Z puts it back.").format(
                what=what
            ),
        ):
            return
        try:
            step = self.review.delete_session(session_id, self.tr("Delete session"))
        except (ValueError, LookupError, OSError) as exc:
            self.show_problem(str(exc))
            return
        # Already deleted: the first redo is skipped, Ctrl+Z puts it back.
        push(self.undo_stack, Guarded(step, self.show_problem), done=True)

    def _select(self, session_id: int) -> None:
        row = self.model.row_of(session_id)
        if row is not None:
            self.table.selectRow(row)

    def delete_person(self, person_id: int) -> None:
        try:
            preview = self.archive.deletion_preview(person_id)
        except LookupError as exc:
            self.show_problem(str(exc))
            return
        title = self.tr("Delete {name}").format(name=preview.person.name)
        if not self.confirm(title, preview.message()):
            return
        try:
            self.archive.delete_person(person_id)
        except (ValueError, LookupError, OSError) as exc:
            self.show_problem(str(exc))
            return
        self.person_view.set_page(None)
        self.session_view.set_detail(None)
        self.detail_stack.setCurrentWidget(self.placeholder)
        # Undo entries may point at sessions that went with the person.
        self.undo_stack.clear()
        self.review.person_deleted(person_id)
        self.statusBar().showMessage(
            self.tr("{name} was deleted.").format(name=preview.person.name), 8000
        )

    # ----- after writes --------------------------------------------------------------------

    def refresh(self) -> None:
        """Read everything again (the app calls this when the window is shown again)."""
        self._sessions_changed(written=False)
        if self.detail_stack.currentWidget() is self.session_view:
            self.session_view.reload()
            if self.session_view.detail is None:
                self.detail_stack.setCurrentWidget(self.placeholder)

    def _on_changes(self, batch: object) -> None:
        """What the review's writes changed: the list follows in place, a deleted session
        leaves the view, a session put back (undo) is shown and chosen."""
        sessions = [c for c in ChangeBridge.of(batch) if c.what == "session"]
        shown = self.session_view.detail
        if shown is not None and any(
            c.id == shown.id and c.kind is ChangeKind.REMOVED for c in sessions
        ):
            self.session_view.set_detail(None)
            self.detail_stack.setCurrentWidget(self.placeholder)
        edited = [c.id for c in sessions if c.kind is ChangeKind.CHANGED]
        self._sessions_changed(keep=edited[-1] if edited else None)
        for change in sessions:
            if change.kind is ChangeKind.ADDED:
                self.open_session(change.id)
                self._select(change.id)

    def _sessions_changed(self, keep: int | None = None, written: bool = True) -> None:
        """Re-read the list (and the search) after a write, keeping the chosen session."""
        chosen = keep if keep is not None else self.selected_session_id()
        self.reload_choices()  # a new tag, or a group that went with its last session
        scrolled = self.table.verticalScrollBar().value()
        self.table.selectionModel().blockSignals(True)
        self.model.refresh_rows()
        self.table.selectionModel().blockSignals(False)
        self.table.verticalScrollBar().setValue(scrolled)  # the list stays where it was
        if chosen is not None:
            row = self.model.row_of(chosen)
            if row is not None:
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)
        if self.search.text().strip():
            self.run_search()
        if written:
            self.archiveChanged.emit()

    # ----- exporting -----------------------------------------------------------------------

    def _save(
        self, title: str, suggested: str, file_filter: str, write: Callable[[Path], None]
    ) -> Path | None:
        path = self.ask_save_path(title, suggested, file_filter)
        if path is None:
            return None
        try:
            write(path)
        except (OSError, ValueError) as exc:
            self.show_problem(str(exc))
            return None
        self.clear_problem()
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=str(path)), 8000)
        return path

    # The export running now, if any (tests wait for it; a second one is refused).
    export_job: BackgroundJob | None = None

    def _save_in_background(
        self,
        title: str,
        suggested: str,
        file_filter: str,
        write: Callable[[Path, Progress, Cancelled], None],
        cancellable: bool,
    ) -> Path | None:
        """Like ``_save``, but ``write`` runs on a worker thread, with a progress dialog.

        Returns the chosen path at once; the file is there (written whole, atomically) when
        ``export_job`` has finished, and the status bar says so. None: nothing will be written.
        """
        path = self.ask_save_path(title, suggested, file_filter)
        if path is None:
            return None

        def work(progress: Progress, cancelled: Cancelled) -> Path:
            write(path, progress, cancelled)
            return path

        def done(_result: object) -> None:
            self.clear_problem()
            self.statusBar().showMessage(self.tr("Saved {path}").format(path=str(path)), 8000)

        self.export_job = run_job(
            work,
            parent_window=self,
            title=title,
            label=self.tr("Exporting to {name}…").format(name=path.name),
            cancellable=cancellable,
            on_done=done,
            on_error=self.show_problem,
        )
        return path if self.export_job is not None else None

    def _file_stem(self, detail: SessionDetail) -> str:
        started = detail.summary.started
        day = iso_date(local_time(started, self._tz).date()) if started else "session"
        who = "-".join(detail.summary.coachees) or "session"
        return _safe_name(f"{day} {who}")

    def ask_coachee(self, coachees: Sequence[str]) -> str | None:
        """Whose copy of a shared session to export (tests replace this)."""
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Export for one coachee"),
            self.tr("This session was shared. Whose copy is it? It holds only their part."),
            list(coachees),
            0,
            False,
        )
        return name if ok and name else None

    def export_session(self, fmt: str, complete: bool = False) -> Path | None:
        """Export the shown session as ``md`` or ``pdf``, for the coachee or complete."""
        detail = self.current_detail()
        if detail is None:
            self.show_problem(self.tr("Choose a session to export first."))
            return None
        coachee: str | None = None
        if not complete and len(detail.summary.coachees) > 1:
            # A shared session: each coachee is handed their own part, never another's.
            coachee = self.ask_coachee(detail.summary.coachees)
            if coachee is None:
                return None
        text = session_markdown(detail, complete, self._tz, coachee)
        stem = self._file_stem(detail) + ("" if complete else " (for the coachee)")
        if coachee is not None:
            stem = _safe_name(f"{self._file_stem(detail)} (for {coachee})")
        title = (
            self.tr("Export the complete session")
            if complete
            else self.tr("Export the session for the coachee")
        )
        if fmt == "pdf":
            return self._save(
                title,
                stem + ".pdf",
                self.tr("PDF files (*.pdf)"),
                lambda path: write_pdf(text, path, stem),
            )
        return self._save(
            title,
            stem + ".md",
            self.tr("Markdown files (*.md)"),
            lambda path: save_atomically(path, text.encode("utf-8")),
        )

    def export_archive_json(self) -> Path | None:
        """Every session the filter shows, whole, as the versioned JSON document."""

        where = self.model.filter
        exported = self._now()
        archive = self.archive
        stopped = self.tr("Export cancelled: no file was written.")

        def write(path: Path, progress: Progress, cancelled: Cancelled) -> None:
            # On a worker thread: only the archive (its own connection) and plain values.
            details = archive.details(where, progress=progress, cancelled=cancelled)
            # Every topic, linked to where it was noted and dealt with (see export_topics).
            everything = where == SessionFilter()
            topics = archive.export_topics(None if everything else [d.id for d in details])
            document = exchange.to_json_document(
                details, topics, exported=exported, app_version=__version__
            )
            text = exchange.dumps(document)
            if cancelled():
                raise CancelledByUserError(stopped)
            save_atomically(path, text.encode("utf-8"))

        return self._save_in_background(
            self.tr("Export the archive as JSON"),
            "cocoach-archive.json",
            self.tr("JSON files (*.json)"),
            write,
            cancellable=True,
        )

    def export_archive_csv(self) -> Path | None:
        """The list the filter shows, one row per session, as CSV for a spreadsheet."""

        where = self.model.filter
        archive, tz = self.archive, self._tz
        stopped = self.tr("Export cancelled: no file was written.")

        def write(path: Path, progress: Progress, cancelled: Cancelled) -> None:
            total = archive.count_sessions(where)
            summaries = archive.list_sessions(where, limit=max(1, total))
            text = csv_export.sessions_csv(summaries, tz)
            if cancelled():
                raise CancelledByUserError(stopped)
            save_atomically(path, text.encode("utf-8"))

        return self._save_in_background(
            self.tr("Export the list as CSV"),
            "cocoach-sessions.csv",
            self.tr("CSV files (*.csv)"),
            write,
            cancellable=True,
        )

    def export_person(self, person_id: int) -> Path | None:
        """Everything about one person as JSON (a copy for them, or for a data request)."""
        try:
            page = self.archive.person_page(person_id)
        except LookupError as exc:
            self.show_problem(str(exc))
            return None
        name = page.person.name
        exported = self._now()
        archive = self.archive
        stopped = self.tr("Export cancelled: no file was written.")

        def write(path: Path, progress: Progress, cancelled: Cancelled) -> None:
            details = archive.details(person=name, progress=progress, cancelled=cancelled)
            document = exchange.person_document(
                name, details, page.topics, exported=exported, app_version=__version__
            )
            text = exchange.dumps(document)
            if cancelled():
                raise CancelledByUserError(stopped)
            save_atomically(path, text.encode("utf-8"))

        return self._save_in_background(
            self.tr("Export everything about {name}").format(name=name),
            _safe_name(f"cocoach {name}") + ".json",
            self.tr("JSON files (*.json)"),
            write,
            cancellable=True,
        )

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


def confirm_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A yes/no question, No the default; its text is plain (it quotes names as typed)."""
    no = QMessageBox.StandardButton.No
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | no)
    box.setDefaultButton(no)
    return box


def _date_or_none(value: QDate) -> date | None:
    if value == ANY_DATE:
        return None
    return date(value.year(), value.month(), value.day())


def _safe_name(text: str) -> str:
    """A file name with no characters that some file systems refuse."""
    cleaned = "".join("-" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in text)
    return cleaned.strip(" .") or "export"
