"""Renders the README screenshots from the real windows, with a manual clock to reach each state.

Run from the repository root on a real display (or Xvfb):
``DISPLAY=:99 python docs/tools/screenshots.py docs/screenshots``.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from cocoach_desktop.app import CocoachApp
from cocoach_desktop.domain.records import TallyKind
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive


def settle(app: QApplication) -> None:
    for _ in range(8):
        app.processEvents()


def save(widget: QWidget, path: Path, app: QApplication) -> None:
    settle(app)
    widget.grab().save(str(path))
    print("wrote", path)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as data:
        clock = ManualClock()
        archive = Archive(open_archive(Path(data) / ARCHIVE_FILE))
        cocoach = CocoachApp(clock, Path(data), archive)
        w = cocoach.window
        w.confirm = lambda title, text: True  # type: ignore[method-assign]
        setup = w.setup
        setup.group_combo.setCurrentText("Year 9 team")
        for name in ("Sam Okafor", "Ana Ruiz", "Kim Lee", "Jo Patel"):
            setup.add_person(name)
        setup.set_observer(3, True)  # Jo Patel watches how the group works
        setup.facilitator_edit.setText("Ruth Adams")
        setup.add_topic("Ana Ruiz", "Year 9 after lunch: getting started quickly")
        setup.add_topic("Kim Lee", "Giving feedback to a new colleague")
        w.resize(1280, 720)  # a school laptop (1366x768, or 1920x1080 at 150 %)
        w.show()
        save(w, out / "facilitator-setup.png", app)
        c = cocoach.controller
        # Before the start the room sees a calm waiting screen, counting down to the start.
        start = (clock.now() + timedelta(minutes=9, seconds=13)).astimezone()
        setup.start_edit.setText(start.strftime("%H:%M"))
        setup.start_edit.editingFinished.emit()
        pres = cocoach.presentation
        pres.show()
        assert pres.window is not None
        pres.window.showNormal()
        pres.window.resize(1600, 900)
        c.tick()
        save(pres.window, out / "presentation-waiting.png", app)
        pres.hide()
        c.toggle()
        run = c.run
        assert run is not None
        clock.advance(run.phases[0].seconds + 20)
        notes = w.notes
        notes.editor.setPlainText("Goal: the first ten minutes after lunch feel calm.")
        notes.shareable.setChecked(True)
        cocoach.recorder.file_note()
        c.next_phase()
        clock.advance(4 * 60 + 30)
        notes.editor.setPlainText("Has tried a seating plan and a starter task. Sounds tired?")
        cocoach.recorder.file_note()
        clock.advance(2 * 60 + 42)
        cocoach.recorder.add_commitment("Ask a colleague to watch the first ten minutes", None)
        notes.editor.setPlainText("Mentions the timetable twice: ")
        cocoach.recorder.flush()
        for kind in "OOCOAOOCO":  # what the observer counted so far
            cocoach.tally.tap(
                {"O": TallyKind.OPEN, "C": TallyKind.CLOSED}.get(kind, TallyKind.ADVICE)
            )
        cocoach.prompts.next()
        c.tick()
        save(w, out / "facilitator.png", app)

        pres.show()
        pres.window.showNormal()
        pres.window.resize(1600, 900)
        save(pres.window, out / "presentation-prompt.png", app)
        c.toggle()  # a pause, as the back row sees it
        save(pres.window, out / "presentation-paused.png", app)
        c.toggle()

        w.show_questions()
        w.questions.question_edit.setText("Have you tried a seating plan?")
        save(w, out / "facilitator-advice.png", app)
        w.questions.question_edit.clear()
        w.show_notes()
        # Quarter of a minute into the warning zone, then into overtime.
        clock.advance(run.remaining() - 100)
        c.tick()
        save(pres.window, out / "presentation-warning.png", app)
        clock.advance(100 + 83)
        c.tick()
        if not c.state().flash_on:  # type: ignore[union-attr]
            clock.advance(1)
            c.tick()
        save(pres.window, out / "presentation-overtime.png", app)
        cocoach.change_theme("light")
        clock.advance(1)
        c.tick()
        save(pres.window, out / "presentation-overtime-light.png", app)
        save(w, out / "facilitator-light.png", app)
        cocoach.change_theme("dark")

        cocoach.compact.set_shown(True)
        assert cocoach.compact.window is not None
        save(cocoach.compact.window, out / "compact.png", app)
        c.finish()
        cocoach.change_theme("light")
        save(pres.window, out / "presentation-finished-light.png", app)
        cocoach.change_theme("dark")
        if cocoach.closing.dialog is not None:
            cocoach.closing.dialog.close()

        setup_shot = CocoachApp(ManualClock(), Path(data) / "other")
        s = setup_shot.window.setup
        for name in ("Sam", "Ana", "Kim", "Jo", "Lee"):
            s.add_person(name)
        s.minutes_spin.setValue(40)
        s.shared_radio.setChecked(True)
        setup_shot.window.resize(1280, 720)
        setup_shot.window.show()
        save(setup_shot.window, out / "share-warning.png", app)
        setup_shot.close()
        cocoach.close()
        archive.engine.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
