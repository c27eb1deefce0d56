"""A quit the facilitator confirmed is told as such at the next start; a real crash is not."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers import settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from cocoach_desktop.app import CocoachApp
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.recording.model.recovery import CutOff
from cocoach_desktop.recording.qt.recovery_dialog import RecoveryChoice, recovery_box, recovery_text
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive
from cocoach_desktop.timer.model.session import RunState

CHILD = Path(__file__).parents[1] / "crash_child.py"
START = datetime(2026, 9, 1, 13, 30, tzinfo=UTC)


def restart(
    folder: Path, qtbot: QtBot, clock: ManualClock, choice: RecoveryChoice
) -> tuple[CocoachApp, list[CutOff], Archive]:
    """A new start of the app on the same archive, answering the recovery question."""
    archive = Archive(open_archive(folder / ARCHIVE_FILE))
    cocoach = CocoachApp(clock, folder, archive)
    qtbot.addWidget(cocoach.window)
    cocoach.window.confirm = lambda title, text: True  # type: ignore[method-assign]
    asked: list[CutOff] = []

    def ask(point: CutOff) -> RecoveryChoice:
        asked.append(point)
        return choice

    cocoach.recovery_view.ask_recovery = ask  # type: ignore[method-assign]
    cocoach.recovery.recover_unfinished(cocoach.archive)
    return cocoach, asked, archive


def test_a_confirmed_quit_is_said_as_a_quit_and_can_be_resumed(
    qtbot: QtBot, data_dir: Path
) -> None:
    clock = ManualClock(START, monotonic_start=100.0)
    archive = Archive(open_archive(data_dir / ARCHIVE_FILE))
    cocoach = CocoachApp(clock, data_dir, archive)
    qtbot.addWidget(cocoach.window)
    questions: list[str] = []
    cocoach.window.confirm = lambda title, text: questions.append(text) or True  # type: ignore[method-assign]
    cocoach.window.show()
    for name in ("Ana", "Ben"):
        cocoach.setup.add_person(name)
    cocoach.controller.toggle()
    settle()
    clock.advance(12 * 60)
    quit_at = clock.now()
    # The facilitator closes the window and says yes; the app then closes down as on a quit.
    assert cocoach.window.close()
    assert len(questions) == 1  # "A session is running. Quit anyway?": yes
    cocoach.close()
    archive.engine.dispose()

    clock.advance(25 * 60)
    again, asked, archive = restart(data_dir, qtbot, clock, RecoveryChoice.RESUME)
    try:
        [point] = asked
        assert point.quit and point.last_seen == quit_at
        text = recovery_text(point)
        at = quit_at.astimezone().strftime("%H:%M")
        assert text.startswith(f"You quit Cocoach during this session at {at}")
        assert "unexpectedly" not in text
        box = recovery_box(None, point)
        assert box.windowTitle() == "Resume the session you left?"
        assert len(box.buttons()) == 3  # still: resume, resume counting, close as abandoned
        # Resumed where it was left: paused, with the twelve minutes it had run.
        run = again.controller.run
        assert run is not None and run.state is RunState.PAUSED
        said = again.window.statusBar().currentMessage()
        assert said.startswith(f"Resumed the session you left at {at}") and "cut off" not in said
        assert run.session_elapsed() == pytest.approx(12 * 60)
        # Once it runs again, the mark is gone: a crash from now on reads as a crash.
        again.controller.toggle()
        settle()
        clock.advance(5)
        again.recorder.write_checkpoint()
        settle()
        checkpoint = archive.checkpoint(again.recorder.session_id)
        assert checkpoint is not None and not checkpoint.quit
    finally:
        again.close()
        archive.engine.dispose()


def test_quitting_with_no_session_running_leaves_nothing_to_resume(
    qtbot: QtBot, data_dir: Path
) -> None:
    clock = ManualClock(START)
    archive = Archive(open_archive(data_dir / ARCHIVE_FILE))
    cocoach = CocoachApp(clock, data_dir, archive)
    qtbot.addWidget(cocoach.window)
    cocoach.setup.add_person("Ana")
    cocoach.controller.toggle()
    settle()
    clock.advance(60)
    cocoach.controller.finish()
    settle()
    cocoach.close()
    assert archive.unfinished_sessions() == []
    archive.engine.dispose()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_real_crash_still_reads_as_unexpected(tmp_path: Path, qtbot: QtBot) -> None:
    folder = tmp_path / "killed"
    folder.mkdir()
    env = dict(os.environ, COCOACH_DATA_DIR=str(folder))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "READY", child.stderr.read() if child.stderr else line
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
    # The child's manual clock starts at its default; its last checkpoint is some minutes in.
    archive = Archive(open_archive(folder / ARCHIVE_FILE))
    [detail] = archive.unfinished_sessions()
    checkpoint = archive.checkpoint(detail.id)
    archive.engine.dispose()
    assert checkpoint is not None and not checkpoint.quit
    clock = ManualClock(checkpoint.wall + timedelta(minutes=10))
    cocoach, asked, archive = restart(folder, qtbot, clock, RecoveryChoice.RESUME)
    try:
        [point] = asked
        assert not point.quit
        text = recovery_text(point)
        assert "stopped unexpectedly at" in text and "You quit" not in text
        assert recovery_box(None, point).windowTitle() == "Resume the interrupted session?"
    finally:
        cocoach.close()
        archive.engine.dispose()


@pytest.mark.parametrize("name", ["<b>x</b>", "Sam <deputy head>"])
def test_the_recovery_question_shows_names_as_typed(
    qtbot: QtBot, data_dir: Path, name: str
) -> None:
    clock = ManualClock(START)
    archive = Archive(open_archive(data_dir / ARCHIVE_FILE))
    cocoach = CocoachApp(clock, data_dir, archive)
    qtbot.addWidget(cocoach.window)
    cocoach.window.confirm = lambda title, text: True  # type: ignore[method-assign]
    cocoach.setup.add_person(name)
    cocoach.setup.set_coachee(name)
    cocoach.controller.toggle()
    settle()
    clock.advance(90)
    cocoach.recorder.write_checkpoint()
    settle()
    # No close(): the app dies here, as in a power cut.
    archive.engine.dispose()

    again, asked, archive = restart(data_dir, qtbot, clock, RecoveryChoice.ABANDON)
    try:
        [point] = asked
        box = recovery_box(None, point)
        assert box.textFormat() is Qt.TextFormat.PlainText
        assert f"({name})" in box.text()
        # What the user reads: the box's label, as plain text, every word of the name.
        label = box.findChild(QLabel, "qt_msgbox_label")
        assert label is not None and label.textFormat() is Qt.TextFormat.PlainText
        assert name in label.text()
    finally:
        again.close()
        archive.engine.dispose()
