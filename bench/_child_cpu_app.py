"""CPU child: the Cocoach app with the presentation window open and a session running.

After both windows have had their first paint, it runs the event loop for ``--seconds`` of
real time, then prints one line ``RESULT {json}``: the process's CPU time (all threads, user +
system) over that window only, the wall time, and for every change of the displayed second
how late it was, when the tick computed it and when the projector's digits were painted.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _probe import OnPaint, exit_on_exception
from PySide6.QtCore import Qt, QTimer, qVersion
from PySide6.QtWidgets import QApplication

from cocoach_desktop import __version__
from cocoach_desktop.app import CocoachApp
from cocoach_desktop.app.backup_wiring import open_archive_safely
from cocoach_desktop.platform.clock import SystemClock
from cocoach_desktop.timer.model.display import DisplayState
from cocoach_desktop.timer.model.session import RunState


def cpu_seconds() -> tuple[float, float]:
    """User and system CPU seconds of this process, all threads."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime, usage.ru_stime


class Lateness:
    """How late each new displayed second is, from ``controller.updated`` and the digits' paint.

    While counting down, k = ceil(remaining) is shown for remaining in (k-1, k], so it became
    true when remaining reached k; in overtime floor(-remaining) last changed at that same
    ceil(remaining). Either way the lateness is ceil(remaining) - remaining.
    """

    def __init__(self, remaining: Callable[[], float]) -> None:
        self._remaining = remaining  # read at the digits' paint
        self.measuring = False
        self.updates = 0  # updated signals while measuring
        self.other_changes = 0  # text changes not due to the clock (phase change, pause...)
        self.at_tick_ms: list[float] = []
        self.at_paint_ms: list[float] = []
        self._text = ""
        self._phase = -1
        self._pending: int | None = None

    def on_updated(self, state: DisplayState) -> None:
        changed = state.time_text != self._text
        same_phase = state.phase_index == self._phase
        self._text, self._phase = state.time_text, state.phase_index
        if not self.measuring:
            return
        self.updates += 1
        if not changed:
            return
        if not same_phase or state.state is not RunState.RUNNING:
            self.other_changes += 1
            return
        boundary = math.ceil(state.remaining)
        self.at_tick_ms.append((boundary - state.remaining) * 1000)
        self._pending = boundary

    def on_digits_paint(self) -> None:
        if self._pending is not None:
            self.at_paint_ms.append((self._pending - self._remaining()) * 1000)
            self._pending = None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])
    exit_on_exception(app)
    app.setApplicationName("Cocoach")
    app.setApplicationVersion(__version__)
    with tempfile.TemporaryDirectory(prefix="cocoach-bench-") as tmp:
        # With its archive, as the app runs: the live session's checkpoint is written every
        # two seconds while the clock runs.
        archive, problem = open_archive_safely(Path(tmp), lambda title, text: False)
        if archive is None:
            print(f"error: {problem}", file=sys.stderr)
            return 1
        cocoach = CocoachApp(SystemClock(), Path(tmp), archive)
        app.aboutToQuit.connect(cocoach.close)
        controller = cocoach.controller
        run = controller.run
        if run is None:
            print("error: the app has no session plan", file=sys.stderr)
            return 1
        lateness = Lateness(run.remaining)
        controller.updated.connect(lateness.on_updated)

        # Nothing is painted before the event loop runs, so the probes below see the first
        # paint even though they are installed after show().
        cocoach.window.show()
        cocoach.presentation.show()
        presentation = cocoach.presentation.window
        assert presentation is not None
        if not controller.toggle():
            print("error: the session did not start", file=sys.stderr)
            return 1

        start: dict[str, float] = {}

        def stop() -> None:
            wall = time.perf_counter() - start["wall"]
            user, system = cpu_seconds()
            state = controller.state()
            result = {
                "wall": wall,
                "user": user - start["user"],
                "system": system - start["system"],
                "process_time": time.process_time() - start["process_time"],
                "updates": lateness.updates,
                "other_changes": lateness.other_changes,
                "at_tick_ms": lateness.at_tick_ms,
                "at_paint_ms": lateness.at_paint_ms,
                "platform": app.platformName(),
                "qt": qVersion(),
                "shown_at_end": f"{state.phase_name} {state.time_text}" if state else "",
            }
            print("RESULT " + json.dumps(result), flush=True)
            # Not app.quit(): that closes the windows, and the facilitator window then asks
            # "A session is running. Quit anyway?" in a modal dialog.
            app.exit(0)

        stopper = QTimer()
        stopper.setSingleShot(True)
        stopper.setTimerType(Qt.TimerType.PreciseTimer)
        stopper.timeout.connect(stop)

        def begin() -> None:
            lateness.measuring = True
            start["user"], start["system"] = cpu_seconds()
            start["process_time"] = time.process_time()
            start["wall"] = time.perf_counter()
            stopper.start(round(args.seconds * 1000))

        painted: set[str] = set()

        def first_paint(name: str) -> None:
            painted.add(name)
            if painted == {"window", "presentation"}:
                QTimer.singleShot(0, begin)  # once that frame is finished

        probes = [
            OnPaint(cocoach.window, lambda: first_paint("window")),
            OnPaint(presentation, lambda: first_paint("presentation")),
            OnPaint(presentation.time_label, lateness.on_digits_paint, once=False),
        ]
        code = app.exec()
        del probes
        return code


if __name__ == "__main__":
    sys.exit(main())
