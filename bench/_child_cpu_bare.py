"""CPU baseline child: the simplest possible clock, a QLabel set once a second by a QTimer.

After the window's first paint, it runs the event loop for ``--seconds`` of real time and
prints one line ``RESULT {json}`` with the process's CPU time over that window only.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time

from _probe import OnPaint, exit_on_exception
from PySide6.QtCore import Qt, QTimer, qVersion
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def cpu_seconds() -> tuple[float, float]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime, usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])
    exit_on_exception(app)
    window = QMainWindow()
    label = QLabel(window)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.setCentralWidget(label)
    window.resize(1360, 860)
    deadline = time.monotonic() + 300

    def show_time() -> None:
        left = max(0, round(deadline - time.monotonic()))
        label.setText(f"{left // 60}:{left % 60:02d}")

    timer = QTimer(window)
    timer.setInterval(1000)
    timer.timeout.connect(show_time)
    show_time()
    timer.start()

    start: dict[str, float] = {}
    ticks = 0

    def count_tick() -> None:
        nonlocal ticks
        ticks += 1

    def stop() -> None:
        wall = time.perf_counter() - start["wall"]
        user, system = cpu_seconds()
        result = {
            "wall": wall,
            "user": user - start["user"],
            "system": system - start["system"],
            "process_time": time.process_time() - start["process_time"],
            "updates": ticks,
            "platform": app.platformName(),
            "qt": qVersion(),
        }
        print("RESULT " + json.dumps(result), flush=True)
        app.quit()

    stopper = QTimer()
    stopper.setSingleShot(True)
    stopper.setTimerType(Qt.TimerType.PreciseTimer)
    stopper.timeout.connect(stop)

    def begin() -> None:
        start["user"], start["system"] = cpu_seconds()
        start["process_time"] = time.process_time()
        start["wall"] = time.perf_counter()
        timer.timeout.connect(count_tick)
        stopper.start(round(args.seconds * 1000))

    probe = OnPaint(window, lambda: QTimer.singleShot(0, begin))
    window.show()
    code = app.exec()
    del probe
    return code


if __name__ == "__main__":
    sys.exit(main())
