"""Child-side helpers: a paint-event callback, and exceptions in slots that end the child."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, qVersion
from PySide6.QtWidgets import QApplication, QWidget


class OnPaint(QObject):
    """An event filter calling ``on_paint`` at the start of ``widget``'s paint events.

    Only the first paint event when ``once`` (the default), else every one. It filters nothing
    (always returns False). It is parented to the widget; keep a reference to it as well.
    """

    def __init__(self, widget: QWidget, on_paint: Callable[[], None], once: bool = True) -> None:
        super().__init__(widget)
        self._on_paint = on_paint
        self._once = once
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not (self._once and self.count):
            self.count += 1
            self._on_paint()
        return False


def exit_on_exception(app: QCoreApplication) -> None:
    """Make an exception raised in a slot end the app with code 1 instead of being ignored."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        traceback.print_exception(kind, value, tb)
        app.exit(1)

    sys.excepthook = hook


def report_first_paint(
    app: QApplication, window: QWidget, *, quit_after_frame: bool = True
) -> OnPaint:
    """Print ``painted <platform> <w>x<h> <Qt>`` at the first paint, ``frame`` once it is done,
    then quit (unless ``quit_after_frame`` is false: the caller quits). Keep the returned
    probe alive until the event loop ends."""

    def frame_done() -> None:
        print("frame", flush=True)
        if quit_after_frame:
            app.quit()

    def painted() -> None:
        size = window.size()
        print(
            f"painted {app.platformName()} {size.width()}x{size.height()} {qVersion()}",
            flush=True,
        )
        QTimer.singleShot(0, frame_done)

    return OnPaint(window, painted)
