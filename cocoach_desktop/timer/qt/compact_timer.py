"""The compact timer's life: made when first asked for, first placed bottom-right, then kept.

A presenter over ``CompactWindow``: the composition root connects its signals to the
facilitator window's action, and hands it the room's state like the projector's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, Signal

from cocoach_desktop.timer.model.display import DisplayState

if TYPE_CHECKING:  # the window loads when first shown: most sessions never use it
    from cocoach_desktop.timer.qt.compact_window import CompactWindow

MARGIN = 24  # from the screen's corner, clear of the facilitator window's menus and notes


class CompactTimer(QObject):
    """Shows, hides, themes and closes the one compact timer window."""

    closed = Signal()  # the user closed the window itself
    expandRequested = Signal()  # back to the facilitator window

    def __init__(
        self,
        theme: str,
        available_area: Callable[[], QRect],
        refresh: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._theme = theme
        self._area = available_area
        self._refresh = refresh
        self.window: CompactWindow | None = None

    def set_shown(self, on: bool) -> None:
        if not on:
            if self.window is not None:
                self.window.hide()
            return
        if self.window is None:
            from cocoach_desktop.timer.qt.compact_window import CompactWindow

            self.window = CompactWindow(self._theme)
            self.window.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
            self.window.closed.connect(self.closed)
            self.window.expandRequested.connect(self.expandRequested)
            self._place(self.window)
        self._refresh()  # the compact timer shows the present at once
        self.window.show()

    def _place(self, window: CompactWindow) -> None:
        """First shown in the bottom-right corner of the facilitator's screen (dragged
        elsewhere, it stays where it is put)."""
        area = self._area()
        window.adjustSize()
        window.move(
            area.right() - window.width() - MARGIN, area.bottom() - window.height() - MARGIN
        )

    def show_state(self, state: DisplayState) -> None:
        if self.window is not None:
            self.window.show_state(state)

    def set_theme(self, name: str) -> None:
        self._theme = name
        if self.window is not None:
            self.window.set_theme(name)

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
