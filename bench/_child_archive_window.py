"""Archive-window child: time from opening the archive to the first paint of its session table.

``--kind archive``: the clock starts just before ``open_archive(path)``; then ``Archive``,
``ArchiveWindow`` and ``show()``; it stops at the first paint event of the session table's
viewport. ``--kind bare`` (the baseline): a ``QTableView`` over a ``QStandardItemModel`` of
``--rows`` rows of similar text, in a window of the same size, timed the same way.

Everything is imported and the ``QApplication`` made before the clock starts. Prints one line
``RESULT {json}`` (milliseconds from the start: each stage, the first paint of the table's
viewport, and ``frame`` once that frame is finished and the event loop is back), then quits.
"""

from __future__ import annotations

import argparse
import inspect
import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from _probe import OnPaint, exit_on_exception
from PySide6.QtCore import QTimer, qVersion
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

GROUPS = ["Year 9 team", "Maths department", "New teachers", "Heads of year", "Pastoral care"]
PEOPLE = ["Ana Ruiz", "Sam Okafor", "Kim Lee", "Jo Patel", "Mia Novak", "Tom Berg", "Sara Ali"]
PROTOCOLS = ["Collegial case consultation", "GROW in a circle", "Solution-focused round"]
TAGS = ["", "", "feedback", "workload, parents", "behaviour", "assessment, year 9"]
HEADERS = ["Date", "Group", "Coachee", "Protocol", "Duration", "Tags"]


def bare_window(rows: int, width: int, height: int) -> tuple[QMainWindow, QTableView]:
    """The baseline: a plain table of ``rows`` rows like the archive's list, in a window."""
    rng = random.Random(1)
    model = QStandardItemModel(rows, len(HEADERS))
    model.setHorizontalHeaderLabels(HEADERS)
    start = datetime(2026, 9, 1, 8, 30, tzinfo=UTC)
    for row in range(rows):
        minutes = rng.randint(30, 48)
        texts = [
            (start - timedelta(hours=22 * row)).strftime("%Y-%m-%d %H:%M"),
            rng.choice(GROUPS),
            rng.choice(PEOPLE),
            rng.choice(PROTOCOLS),
            f"{minutes}:{rng.randint(0, 59):02d}",
            rng.choice(TAGS),
        ]
        for col, text in enumerate(texts):
            model.setItem(row, col, QStandardItem(text))
    window = QMainWindow()
    table = QTableView()
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    window.setCentralWidget(table)
    window.resize(width, height)
    return window, table


def session_table(window: QWidget) -> QTableView:
    """The archive window's session list (``window.table``, else its first table view)."""
    table = getattr(window, "table", None)
    if isinstance(table, QTableView):
        return table
    found = window.findChildren(QTableView)
    if not found:
        raise RuntimeError("the archive window has no QTableView")
    return found[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kind", choices=("archive", "bare"), required=True)
    parser.add_argument("--path", type=Path, help="the archive file (--kind archive)")
    parser.add_argument("--rows", type=int, default=200, help="rows of the bare table")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])
    exit_on_exception(app)
    stages: dict[str, float] = {}
    extra: dict[str, object] = {}
    keep: list[object] = []

    if args.kind == "archive":
        from cocoach_desktop.archive.qt.archive_window import ArchiveWindow
        from cocoach_desktop.storage.archive import Archive
        from cocoach_desktop.storage.db import open_archive

        # The window takes a clock in some versions; give it one if it asks.
        params = inspect.signature(ArchiveWindow).parameters
        kwargs = {"now": lambda: datetime.now(UTC)} if "now" in params else {}

        start = time.perf_counter()
        engine = open_archive(args.path)
        stages["open_archive"] = time.perf_counter() - start
        archive = Archive(engine)
        stages["Archive()"] = time.perf_counter() - start
        window = ArchiveWindow(archive, **kwargs)
        stages["ArchiveWindow()"] = time.perf_counter() - start
        table = session_table(window)
        model = table.model()
        extra["total"] = getattr(model, "total", None)
        keep.append(engine)
    else:
        start = time.perf_counter()
        window, table = bare_window(args.rows, args.width, args.height)
        stages["build"] = time.perf_counter() - start

    def frame_done() -> None:
        stages["frame"] = time.perf_counter() - start
        size = window.size()
        result = {
            "kind": args.kind,
            "ms": {k: v * 1000 for k, v in stages.items()},
            "rows": table.model().rowCount(),
            "platform": app.platformName(),
            "size": f"{size.width()}x{size.height()}",
            "qt": qVersion(),
            **extra,
        }
        print("RESULT " + json.dumps(result), flush=True)
        app.quit()

    def painted() -> None:
        stages["painted"] = time.perf_counter() - start
        QTimer.singleShot(0, frame_done)

    probe = OnPaint(table.viewport(), painted)
    window.show()
    stages["show()"] = time.perf_counter() - start
    code = app.exec()
    del probe
    if args.kind == "archive":
        window.close()
        engine.dispose()
    return code


if __name__ == "__main__":
    sys.exit(main())
