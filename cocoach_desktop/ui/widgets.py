"""Small pieces shared by the timer windows the room sees (presentation and compact)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QWidget


class TimerWindow(QWidget):
    """A top-level timer view: signals its closing, re-applies its texts on a language change."""

    closed = Signal()

    def retranslate(self) -> None:
        """Set the window's own texts through ``tr()`` (subclasses fill it in)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)


def set_label_colour(label: QLabel, colour: str) -> None:
    """Colour a label's text, touching its style sheet only when the colour changes."""
    style = f"color: {colour};"
    if label.styleSheet() != style:
        label.setStyleSheet(style)
