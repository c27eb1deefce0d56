"""Small pieces shared by the windows: the timer windows' base, banners, key names, colours."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from cocoach_desktop.core.display import Alert, DisplayState
from cocoach_desktop.ui.theme import Palette


class TimerWindow(QWidget):
    """A top-level timer view (presentation, compact) rendering the last DisplayState it got.

    It signals its closing and re-applies its texts on a language change.
    """

    closed = Signal()
    _state: DisplayState | None = None
    _palette: Palette

    def retranslate(self) -> None:
        """Set the window's own texts through ``tr()`` (subclasses fill it in)."""

    def _alert(self) -> Alert:
        return Alert.CALM if self._state is None else self._state.alert

    def _background(self) -> str:
        """The background colour: tinted while an overtime flash is on."""
        flash = self._state is not None and self._state.flash_on
        return self._palette.overtime_flash if flash else self._palette.background

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)


def digit_pattern(text: str) -> str:
    """A time's shape for sizing: with tabular digits ``12:34`` and ``10:00`` are equally wide."""
    return re.sub(r"\d", "0", text)


def set_label_colour(label: QLabel, colour: str) -> None:
    """Colour a label's text, touching its style sheet only when the colour changes."""
    style = f"color: {colour};" if colour else ""
    if label.styleSheet() != style:
        label.setStyleSheet(style)


def problem_banner() -> QLabel:
    """A hidden, wrapping label styled by the theme to say plainly what is wrong."""
    label = QLabel()
    label.setObjectName("problemBanner")
    label.setWordWrap(True)
    label.hide()
    return label


def shortcut_texts(action: QAction) -> list[str]:
    """An action's keys as the platform writes them (``Space``, ``Ctrl+E``)."""
    return [
        k.toString(QKeySequence.SequenceFormat.NativeText)
        for k in action.shortcuts()
        if not k.isEmpty()
    ]
