"""Start-up baseline child: a QApplication and an empty QMainWindow; reports its first paint.

Prints ``painted <qpa platform> <width>x<height> <Qt version>`` at the window's first paint
event, then ``frame`` once that frame is finished (the event loop is back), and quits.
"""

from __future__ import annotations

import argparse
import sys

from _probe import exit_on_exception, report_first_paint
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--width", type=int, default=1360)
    parser.add_argument("--height", type=int, default=860)
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])
    exit_on_exception(app)
    window = QMainWindow()
    window.resize(args.width, args.height)

    probe = report_first_paint(app, window)
    window.show()
    code = app.exec()
    del probe
    return code


if __name__ == "__main__":
    sys.exit(main())
