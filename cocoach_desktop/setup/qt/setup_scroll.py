"""The set-up panel's scroll area: short windows scroll it, the wheel never changes a box."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QScrollArea,
    QWidget,
)

if TYPE_CHECKING:
    from cocoach_desktop.setup.qt.setup_panel import SetupPanel


class SetupScroll(QScrollArea):
    """The set-up panel in a vertical scroll area: short windows scroll it, never clip it."""

    def __init__(self, panel: SetupPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.guard_wheel()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The wheel scrolls the panel: it never changes a list or a box it passes over.

        Without this, scrolling down the set-up over "Coachee today" quietly chose another
        coachee. A field that has the keyboard (clicked first) still takes the wheel.
        """
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QComboBox | QAbstractSpinBox)
            and not watched.hasFocus()
        ):
            QApplication.sendEvent(self.viewport(), event)
            return True
        return super().eventFilter(watched, event)

    def guard_wheel(self) -> None:
        """Take the wheel from every list box and number box inside the panel."""
        for box in (
            *self.panel.findChildren(QComboBox),
            *self.panel.findChildren(QAbstractSpinBox),
        ):
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            box.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        inner = self.panel.minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.width() + bar + 2 * self.frameWidth(), 120)
