"""Start-up child: the real Cocoach app on a fresh, empty data folder; reports its first paint.

Prints ``painted <qpa platform> <width>x<height> <Qt version>`` at the facilitator window's
first paint event, then ``frame`` once that frame is finished (the event loop is back), then
``ready`` once the archive is open (as ``run()`` does it, just after the first paint), and
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
from cocoach_desktop.app.backup_wiring import open_archive_safely
from cocoach_desktop.platform.clock import SystemClock
from cocoach_desktop.platform.qt.single_instance import SingleInstance
from cocoach_desktop.platform.qt.widgets import after_first_paint


def main() -> int:
    # As cocoach_desktop.app.run() does (lock, open the archive), except for the data folder.
    app = QApplication(sys.argv[:1])
    exit_on_exception(app)
    app.setApplicationName("Cocoach")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("cocoach")
    # --data DIR: start on that folder's archive (as every start after the first does);
    # otherwise a new, empty folder, so the figure includes creating the archive.
    given = sys.argv[sys.argv.index("--data") + 1] if "--data" in sys.argv else None
    with tempfile.TemporaryDirectory(prefix="cocoach-bench-") as tmp:
        data = Path(given or tmp)
        instance = SingleInstance(data)
        if not instance.acquire():
            raise SystemExit("the benchmark's data folder is locked")
        cocoach = CocoachApp(SystemClock(), data)
        window = cocoach.window

        def attach() -> None:
            cocoach.attach_archive(*open_archive_safely(data, lambda t, q: False))
            print("ready", flush=True)
            app.quit()

        # Installed first, so that the probe's filter (installed after it) runs first: the
        # frame is timed when it is finished, before the archive opens in the next turn of
        # the event loop (a filter installed later sees the paint event earlier).
        after_first_paint(window, attach)
        probe = report_first_paint(app, window, quit_after_frame=False)
        window.show()
        app.aboutToQuit.connect(cocoach.close)
        app.aboutToQuit.connect(instance.release)
        code = app.exec()
        del probe
        return code


if __name__ == "__main__":
    sys.exit(main())
