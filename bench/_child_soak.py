"""One life of the app for ``soak_kill.py``: start (resuming a cut-off session), type, be killed.

Not run by hand. ``_child_soak.py DATA_DIR LOG --seed S --cycle K --choice resume|counting``
builds the real app on DATA_DIR the way ``cocoach_desktop.app.run`` does (the folder's
single-instance lock, which a killed copy leaves behind, the real ``SystemClock``, the
window shown, the archive opened after the first paint with
``open_archive_safely`` and ``attach_archive``, which offers to resume a cut-off session),
answers the real recovery question by clicking its button, starts or resumes the session
with the Start/Pause action (Space), and then types notes into the notes editor with key
events at a human pace until it is killed: Ctrl+Enter files a note now and then, a
commitment goes into the commitment field (Enter adds it), and the odd phase change.

Everything it does goes to LOG as JSON lines, appended and written with one ``os.write``
per line (no buffering in this process), so the log survives SIGKILL: each key with its
time (``time.time()``), the note it belongs to, and where the session was (phase index,
active session seconds, run state) just after it. It prints ``READY`` on stdout once the
session runs and the typing starts. It quits by itself after ``--max-seconds``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from cocoach_desktop.advice.qt.advice_hint import load_check  # noqa: E402
from cocoach_desktop.app import CocoachApp  # noqa: E402
from cocoach_desktop.app.backup_wiring import open_archive_safely  # noqa: E402
from cocoach_desktop.platform.clock import SystemClock  # noqa: E402
from cocoach_desktop.platform.qt.single_instance import SingleInstance  # noqa: E402
from cocoach_desktop.platform.qt.widgets import after_first_paint  # noqa: E402

TEXT = (
    "the class wants clearer rules at the start of each lesson and Ana says the "
    "timetable is the real issue because Year 9 meet her last thing on Friday when "
    "nobody can focus she tried a seating plan but it lasted two weeks what else "
    "could help the head of year is supportive Chloé thinks the café at lunch is "
    "where it starts parents evening is next month the quiet ones do their work "
    "but three boys set the tone how would she know it had worked"
)
WORDS = TEXT.split()
PEOPLE = ("Ana", "Ben", "Chloé")


class Log:
    """JSON lines appended with one write each: what reached the kernel survives a kill."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def __call__(self, event: str, **fields: Any) -> None:
        record = {"ev": event, "t": time.time(), **fields}
        os.write(self.fd, (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))


class Child:
    def __init__(self, args: argparse.Namespace, app: QApplication) -> None:
        self.args = args
        self.app = app
        self.rng = random.Random(f"{args.seed}/{args.cycle}")
        self.log = Log(Path(args.log))
        self.data_dir = Path(args.data_dir)
        self.note = 0  # this life's note number (a new one each time the editor is empty)
        self.commitment = 0
        self.pending = ""  # what is left to type of the current note or commitment
        self.target = "note"  # or "commitment"
        self.note_rest = ""  # the rest of the note, while a commitment is typed
        self.answered = False
        self.log("launch", pid=os.getpid(), cycle=args.cycle, choice=args.choice)
        # The folder's lock, as at the app's start: a killed copy's lock must be taken over.
        self.instance = SingleInstance(self.data_dir)
        self.owned = self.instance.acquire()
        self.log("lock", owned=self.owned)
        self.cocoach = CocoachApp(SystemClock(), self.data_dir)
        self.editor = self.cocoach.window.notes.editor
        self.commit_edit = self.cocoach.window.notes.commit_edit
        self.dialogs = QTimer()
        self.dialogs.setInterval(20)
        self.dialogs.timeout.connect(self.answer_dialogs)
        self.dialogs.start()

    # ----- starting as the app does -------------------------------------------------------

    def start(self) -> None:
        if not self.owned:
            print("LOCKED", flush=True)  # the app would close: "Cocoach is already open"
            QTimer.singleShot(0, lambda: self.app.exit(4))
            return
        window = self.cocoach.window
        window.show()
        window.activateWindow()
        QTimer.singleShot(1000, self.cocoach.chime.prepare)
        after_first_paint(window, self.open_archive)
        QTimer.singleShot(1500, load_check)

    def ask_yes_no(self, title: str, text: str) -> bool:
        """The archive is damaged: say no to every offer, so the damage stays to be seen."""
        self.log("asked", title=title, text=text[:300])
        return False

    def open_archive(self) -> None:
        self.log("archive-opening")
        archive, problem = open_archive_safely(self.data_dir, self.ask_yes_no)
        self.log("archive-open", ok=archive is not None, problem=problem[:300])
        self.cocoach.attach_archive(archive, problem)  # offers the cut-off session
        run = self.cocoach.controller.run
        recorder = self.cocoach.recorder
        self.log(
            "recovered" if self.answered else "fresh",
            session_id=getattr(recorder, "session_id", None),
            started=run.started_wall.isoformat() if run and run.started_wall else None,
            **self.position(),
        )
        QTimer.singleShot(self.rng.randint(150, 400), self.go)

    def answer_dialogs(self) -> None:
        """The recovery question is answered as a facilitator would: by its button."""
        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, QMessageBox) or not widget.isVisible():
                continue
            roles = {widget.buttonRole(b): b for b in widget.buttons()}
            recovery = QMessageBox.ButtonRole.DestructiveRole in roles
            if recovery and not self.answered:
                role = (
                    QMessageBox.ButtonRole.ActionRole
                    if self.args.choice == "counting"
                    else QMessageBox.ButtonRole.AcceptRole
                )
                self.answered = True
                self.log("question", title=widget.windowTitle(), text=widget.text()[:400])
                roles[role].click()
            else:
                self.log("unexpected-dialog", title=widget.windowTitle(), text=widget.text()[:400])
                widget.reject()

    def go(self) -> None:
        """Start the session (a fresh one needs people first), or go on with the resumed one."""
        window = self.cocoach.window
        run = self.cocoach.controller.run
        if run is None or run.state.name == "NOT_STARTED":
            for name in PEOPLE:
                self.cocoach.setup.add_person(name)
            self.cocoach.setup.group_combo.setCurrentText("Year 9 team")
        window.act_toggle.trigger()  # Space, or the Start button
        run = self.cocoach.controller.run
        self.log(
            "toggled",
            session_id=getattr(self.cocoach.recorder, "session_id", None),
            **self.position(),
        )
        if run is None or run.state.name != "RUNNING":
            self.log("not-running")
            print("NOT-RUNNING", flush=True)
            return
        window.activateWindow()
        self.editor.setFocus()
        print("READY", flush=True)
        self.positions = QTimer()
        self.positions.setInterval(250)
        self.positions.timeout.connect(lambda: self.log("pos", **self.position()))
        self.positions.start()
        QTimer.singleShot(self.rng.randint(100, 300), self.step)

    # ----- typing -----------------------------------------------------------------------

    def position(self) -> dict[str, Any]:
        run = self.cocoach.controller.run
        if run is None:
            return {"p": None, "s": None, "st": None}
        return {"p": run.index, "s": round(run.session_elapsed(), 4), "st": run.state.name}

    def new_note_text(self) -> str:
        words = self.rng.sample(WORDS, self.rng.randint(3, 8))
        end = self.rng.choice([".", ".", "?", ""])
        return f"k{self.args.cycle}n{self.note} " + " ".join(words) + end

    def step(self) -> None:
        delay = self.rng.uniform(0.04, 0.16)
        if self.rng.random() < 0.04:
            delay = self.rng.uniform(0.5, 1.8)  # a pause to listen (the quiet-time save)
        roll = self.rng.random()
        if self.target == "commitment":
            self.type_key() if self.pending else self.enter_commitment()
        elif roll < 0.006:
            self.change_phase()
        elif roll < 0.03:
            self.start_commitment()
        elif self.editor.toPlainText() and (not self.pending or (roll < 0.05 and self.worded())):
            self.end_of_note()  # a short note may be filed before its sentence ends
        elif self.pending:
            self.type_key()
        else:
            self.note += 1
            self.pending = self.new_note_text()
            self.editor.setFocus()
        QTimer.singleShot(round(delay * 1000), self.step)

    def worded(self) -> bool:
        """The note has its mark (``k<cycle>n<note>``) and a word: the parent tells it apart."""
        text = self.editor.toPlainText()
        return " " in text and len(text.split(" ", 1)[1]) >= 3

    def type_key(self) -> None:
        ch, self.pending = self.pending[0], self.pending[1:]
        widget = self.editor if self.target == "note" else self.commit_edit
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:  # QTest's own key names are ASCII only: a real key event, as a keyboard sends
            key = ord(ch.upper()) if ord(ch.upper()) < 0x100 else Qt.Key.Key_unknown
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
                )
        if self.target == "note":
            size = len(self.editor.toPlainText())
            self.log("key", n=self.note, ch=ch, len=size, **self.position())
        else:
            self.log("ckey", c=self.commitment, ch=ch, **self.position())

    def end_of_note(self) -> None:
        if not self.pending and self.rng.random() < 0.2:  # more to say in the same note
            self.pending = " " + " ".join(self.rng.sample(WORDS, self.rng.randint(2, 6)))
            return
        QTest.keyClick(self.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        cleared = not self.editor.toPlainText()
        self.log("file", n=self.note, cleared=cleared, **self.position())
        if cleared:
            self.pending = ""

    def start_commitment(self) -> None:
        """Over to the commitment field; the note in the editor waits there to go on with."""
        self.commitment += 1
        self.target = "commitment"
        self.note_rest, self.pending = self.pending, ""
        self.commit_edit.setFocus()
        words = " ".join(self.rng.sample(WORDS, self.rng.randint(1, 3)))
        self.pending = f"k{self.args.cycle}c{self.commitment} {words}"

    def enter_commitment(self) -> None:
        text = self.commit_edit.text()
        QTest.keyClick(self.commit_edit, Qt.Key.Key_Return)
        cleared = not self.commit_edit.text()
        self.log("commit", c=self.commitment, text=text, cleared=cleared, **self.position())
        self.target = "note"
        self.pending, self.note_rest = self.note_rest, ""
        self.editor.setFocus()

    def change_phase(self) -> None:
        """N (the toolbar's Next): on to the next phase; in the last one, P goes back."""
        window = self.cocoach.window
        run = self.cocoach.controller.run
        last = run is not None and run.index + 1 >= len(run.phases)
        (window.act_previous if last else window.act_next).trigger()
        self.log("phase", **self.position())
        self.editor.setFocus()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("log")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cycle", type=int, default=0)
    parser.add_argument("--choice", choices=("resume", "counting"), default="resume")
    parser.add_argument("--max-seconds", type=float, default=120)
    args = parser.parse_args()
    app = QApplication([sys.argv[0]])
    app.setApplicationName("Cocoach")
    child = Child(args, app)
    child.start()
    QTimer.singleShot(round(args.max_seconds * 1000), lambda: app.exit(3))  # never outlive
    sys.exit(app.exec())


if __name__ == "__main__":
    main()
