"""The agenda's column header: sized to its contents, without measuring every cell each second."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QWidget

_Index = QModelIndex | QPersistentModelIndex


class AgendaHeader(QHeaderView):
    """A horizontal header whose columns fit their contents, as ``ResizeToContents`` does.

    Qt measures every cell of the table again whenever any cell changes. On a tick one cell
    changes (the current phase's actual time) and its new text is almost always exactly as
    wide as the old one ("4:59" after "5:00"): then nothing can move, and the measuring is
    skipped. Any other change (a wider or narrower text, several cells, a new plan) is
    measured as before.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._widths: dict[tuple[int, int], int] = {}  # (row, column) -> its text's width

    def reset(self) -> None:
        """A new model, or the model reset (a new plan): every width is measured afresh."""
        self._widths.clear()
        super().reset()

    def dataChanged(
        self, top_left: _Index, bottom_right: _Index, roles: Sequence[int] = ()
    ) -> None:
        if top_left == bottom_right and top_left.isValid():
            key = (top_left.row(), top_left.column())
            width = self._text_width(top_left)
            if self._widths.get(key) == width:
                return  # the same width as before: the columns stay as they are
            self._widths[key] = width
        else:
            self._widths.clear()
        super().dataChanged(top_left, bottom_right, list(roles))

    def _text_width(self, index: _Index) -> int:
        font = index.data(Qt.ItemDataRole.FontRole)
        if not isinstance(font, QFont):  # the table's own font, as its cells are drawn
            view = self.parentWidget()
            font = view.font() if view is not None else self.font()
        metrics = QFontMetrics(font)
        return metrics.horizontalAdvance(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
