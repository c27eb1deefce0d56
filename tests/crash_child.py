"""A real app process that runs a session, writes notes, says READY, and waits to be killed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cocoach_desktop.app import CocoachApp
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive


def main() -> None:
    data_dir = Path(sys.argv[1])
    app = QApplication([])
    clock = ManualClock()
    cocoach = CocoachApp(clock, data_dir, Archive(open_archive(data_dir / ARCHIVE_FILE)))
    cocoach.window.show()
    for name in ("Ana", "Ben"):
        cocoach.setup.add_person(name)
    cocoach.controller.toggle()
    clock.advance(300)
    cocoach.controller.next_phase()
    cocoach.controller.extend(120)
    clock.advance(42)
    notes = cocoach.window.notes
    notes.editor.setPlainText("Said before the crash: the timetable is the real issue")
    cocoach.recorder.file_note()
    cocoach.recorder.add_commitment("Talk to the timetabler", None)
    clock.advance(3)
    notes.editor.setPlainText("Typed just before the power cut")
    clock.advance(2)  # the autosave bound has passed: the app's own timer writes it
    cocoach.recorder.save_if_due()
    cocoach.recorder.write_checkpoint()
    cocoach.recorder.settle(30)  # what was handed to the writer thread is on disk
    print("READY", flush=True)
    QTimer.singleShot(60_000, app.quit)  # never outlive a test run that forgot to kill
    app.exec()


if __name__ == "__main__":
    main()
