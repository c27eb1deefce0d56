"""Small pieces shared by the windows: the timer windows' base, banners, key names, colours."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from cocoach_desktop.platform.qt.theme import Palette
from cocoach_desktop.timer.model.display import Alert, DisplayState


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


def set_bar_value(bar: QProgressBar, value: int) -> None:
    """Move a progress bar, painted with the rest of the tick rather than on its own.

    ``QProgressBar.setValue`` repaints at once (a synchronous paint and flush of the bar and
    what lies under it) whenever the fill moves; this one schedules an ordinary update, so a
    tick's changes are painted together in one pass.
    """
    if bar.value() == value:
        return
    if not bar.updatesEnabled():
        bar.setValue(value)
        return
    bar.setUpdatesEnabled(False)  # setValue's own repaint does nothing...
    bar.setValue(value)
    bar.setUpdatesEnabled(True)  # ...and turning updates back on schedules an update()


class ProblemBanner(QLabel):
    """A banner that says what is wrong, for as long as it is true.

    Several things can be wrong at once (the notes cannot be written, a backup failed): each
    source's problem stays until that same source says it has gone, and the banner hides
    when none is left. The text is plain: it often quotes what someone typed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems: dict[str, str] = {}
        self.setObjectName("problemBanner")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.hide()

    def set_problem(self, text: str, source: str = "") -> None:
        if text:
            self.problems[source] = text
        else:
            self.problems.pop(source, None)
        self.setText("\n".join(self.problems.values()))
        self.setVisible(bool(self.problems))


def show_banner(banner: QLabel, text: str, source: str = "") -> None:
    """Show ``source``'s problem in words; empty ``text``: that problem has gone."""
    if isinstance(banner, ProblemBanner):
        banner.set_problem(text, source)
        return
    banner.setText(text)
    banner.setVisible(bool(text))


def problem_banner() -> QLabel:
    """A hidden, wrapping, plain-text label styled by the theme to say plainly what is wrong."""
    return ProblemBanner()


def shortcut_texts(action: QAction) -> list[str]:
    """An action's keys as the platform writes them (``Space``, ``Ctrl+E``)."""
    return [
        k.toString(QKeySequence.SequenceFormat.NativeText)
        for k in action.shortcuts()
        if not k.isEmpty()
    ]


class _AfterFirstPaint(QObject):
    """Runs a callback once, just after ``widget`` first paints (or after ``latest_ms``)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], latest_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(latest_ms, self._run)  # a hidden or minimised window never paints

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._run)  # after this paint has reached the screen
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self._widget.removeEventFilter(self)
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None], latest_ms: int = 1000) -> None:
    """Do slow start-up work (opening the archive) once the window is already on screen."""
    _AfterFirstPaint(widget, callback, latest_ms)
