"""The keyboard shortcuts help: every action with its keys, read from the actions themselves."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.platform.qt.widgets import shortcut_texts


class ShortcutsDialog(QDialog):
    """Every action with its keys, read from the actions themselves so it cannot go stale."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for action in actions:
            keys = shortcut_texts(action)
            if not keys:
                continue
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(action.text().replace("&", "")))
            self.table.setItem(row, 1, QTableWidgetItem("   ".join(keys)))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        layout.addWidget(self.table)
        note = QLabel(
            self.tr(
                "Timer keys work from the presentation window too. While you type in a field, "
                "letters go to the field."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def rows(self) -> list[tuple[str, str]]:
        """The table as (action, keys) pairs."""
        cells = []
        for r in range(self.table.rowCount()):
            action, keys = self.table.item(r, 0), self.table.item(r, 1)
            cells.append((action.text() if action else "", keys.text() if keys else ""))
        return cells
