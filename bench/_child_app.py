"""Start-up child: the real Cocoach app on a fresh, empty data folder; reports its first paint.

Prints ``painted <qpa platform> <width>x<height> <Qt version>`` at the facilitator window's
first paint event, then ``frame`` once that frame is finished (the event loop is back), and
quits.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _probe import exit_on_exception, report_first_paint
from PySide6.QtWidgets import QApplication

from cocoach_desktop import __version__
from cocoach_desktop.app import CocoachApp
from cocoach_desktop.core.clock import SystemClock


def main() -> int:
    # As cocoach_desktop.app.run() does, except for the data folder.
    app = QApplication(sys.argv[:1])
    exit_on_exception(app)
    app.setApplicationName("Cocoach")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("cocoach")
    with tempfile.TemporaryDirectory(prefix="cocoach-bench-") as tmp:
        cocoach = CocoachApp(SystemClock(), Path(tmp))
        window = cocoach.window

        probe = report_first_paint(app, window)
        window.show()
        app.aboutToQuit.connect(cocoach.close)
        code = app.exec()
        del probe
        return code


if __name__ == "__main__":
    sys.exit(main())
