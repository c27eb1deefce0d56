"""The archive's search results: hits drawn as two lines of rich text, matches in bold."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from cocoach_desktop.domain.records import SNIPPET_END, SNIPPET_START, HitKind, SearchHit
from cocoach_desktop.platform.qt.list_in_place import update_list_in_place

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 50
HitRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveWindow", text)


def snippet_html(snippet: str) -> str:
    """A search snippet as HTML: the text escaped, the matches in bold."""
    escaped = html.escape(snippet)
    return escaped.replace(SNIPPET_START, "<b>").replace(SNIPPET_END, "</b>")


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


def hit_items(hits: list[SearchHit], query: str) -> list[QListWidgetItem]:
    """One list item per hit (its hit in ``HitRole``), or one that says nothing was found."""
    kinds = {
        HitKind.NOTE: _tr("Note"),
        HitKind.COMMITMENT: _tr("Commitment"),
        HitKind.TOPIC: _tr("Topic"),
        HitKind.PERSON: _tr("Person"),
    }
    items = []
    for hit in hits:
        head = f"<span>{html.escape(kinds[hit.kind])} · <b>{html.escape(hit.title)}</b></span>"
        item = QListWidgetItem(f"{head}<br>{snippet_html(hit.snippet)}")
        item.setData(HitRole, hit)
        items.append(item)
    if not hits:
        item = QListWidgetItem(html.escape(_tr("Nothing found for “{q}”").format(q=query)))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        items.append(item)
    return items


def _hit_key(item: QListWidgetItem | None) -> tuple[HitKind, int] | None:
    """What a row shows: the note, commitment, topic or person (None: "nothing found")."""
    hit = item.data(HitRole) if item is not None else None
    return (hit.kind, hit.item_id) if isinstance(hit, SearchHit) else None


def show_hits_in_place(results: QListWidget, hits: list[SearchHit], query: str) -> None:
    """Show ``hits`` in ``results`` without starting the list again: rows whose hit went are
    removed, new ones inserted, the others changed where their words did, so the chosen hit
    and the scroll position stay (after an edit, a deletion, an undo)."""
    fresh = hit_items(hits, query)

    def refresh(item: QListWidgetItem, j: int) -> None:
        new = fresh[j]
        if item.text() != new.text():
            item.setText(new.text())
        if item.data(HitRole) != new.data(HitRole):
            item.setData(HitRole, new.data(HitRole))
        if item.flags() != new.flags():
            item.setFlags(new.flags())

    keys = [_hit_key(item) for item in fresh]
    update_list_in_place(results, keys, key_of=_hit_key, refresh=refresh, make=fresh.__getitem__)
    if results.currentRow() < 0 and hits:
        results.setCurrentRow(0)
