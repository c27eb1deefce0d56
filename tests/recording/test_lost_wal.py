"""A crash, then the archive's -wal file deleted: the crashed session is gone, and that is said.

A real app process records a session and is killed with SIGKILL; its committed writes are
then only in the -wal file. Deleting that file (by hand, a cleaning tool, a sync client)
takes the session away. The marker file beside the archive still names it, so the next
start says what was lost instead of carrying on as if nothing had happened.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cocoach_desktop.app import CocoachApp
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.recording.model.session_marker import MARKER_FILE, read_marker
from cocoach_desktop.recording.qt.recovery_dialog import RecoveryChoice
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.backup import write_recovery_file
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

# The app, recording a session with two notes, killed while it runs (as tests/crash_child.py,
# waiting for the archive writer before saying READY).
CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from cocoach_desktop.app import CocoachApp
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive

folder = Path(sys.argv[1])
app = QApplication([])
clock = ManualClock()
cocoach = CocoachApp(clock, folder, Archive(open_archive(folder / ARCHIVE_FILE)))
cocoach.window.show()
for name in ("Ana", "Ben"):
    cocoach.setup.add_person(name)
cocoach.controller.toggle()
clock.advance(300)
cocoach.controller.next_phase()
cocoach.window.notes.editor.setPlainText("Said before the crash: the timetable is the issue")
cocoach.recorder.file_note()
clock.advance(3)
cocoach.window.notes.editor.setPlainText("Typed just before the crash")
clock.advance(2)
cocoach.recorder.save_if_due()
cocoach.recorder.write_checkpoint()
cocoach.recorder.settle(30)
print("READY", flush=True)
QTimer.singleShot(60_000, app.quit)
app.exec()
"""


@pytest.fixture(scope="module")
def killed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The data folder of an app killed mid-session, its archive made (and merged) before."""
    folder = tmp_path_factory.mktemp("killed")
    open_archive(folder / ARCHIVE_FILE).dispose()  # an archive from an earlier, clean run
    env = dict(os.environ, COCOACH_DATA_DIR=str(folder), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        if line.strip() != "READY":
            child.kill()
            pytest.fail(f"the child app did not get going: {line!r} {child.stderr.read()}")
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
    assert (folder / f"{ARCHIVE_FILE}-wal").exists()
    return folder


def _restart(folder: Path, qtbot: QtBot) -> tuple[CocoachApp, Archive]:
    clock = ManualClock(datetime(2026, 9, 1, 8, 15, 47, tzinfo=UTC), monotonic_start=50.0)
    archive = Archive(open_archive(folder / ARCHIVE_FILE))
    cocoach = CocoachApp(clock, folder, archive)
    qtbot.addWidget(cocoach.window)
    cocoach.window.confirm = lambda title, text: True  # type: ignore[method-assign]
    return cocoach, archive


@pytest.fixture
def copy(killed: Path, tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "data"
    shutil.copytree(killed, folder)
    yield folder


def test_the_marker_names_the_session_that_was_running(copy: Path) -> None:
    marked = read_marker(copy / MARKER_FILE)
    assert marked is not None
    assert marked.protocol_name  # the protocol, to say which session it was
    archive = Archive(open_archive(copy / ARCHIVE_FILE))
    try:
        assert [d.id for d in archive.unfinished_sessions()] == [marked.session_id]
    finally:
        archive.engine.dispose()


def test_a_deleted_wal_file_is_said_not_silently_dropped(copy: Path, qtbot: QtBot) -> None:
    marked = read_marker(copy / MARKER_FILE)
    assert marked is not None
    for sidecar in ("-wal", "-shm"):
        (copy / f"{ARCHIVE_FILE}{sidecar}").unlink(missing_ok=True)
    cocoach, archive = _restart(copy, qtbot)
    asked: list[object] = []
    cocoach.recovery_view.ask_recovery = lambda point: asked.append(point) or RecoveryChoice.RESUME  # type: ignore[method-assign]
    try:
        assert archive.unfinished_sessions() == []  # the rows went with the -wal file
        cocoach.recovery.recover_unfinished(cocoach.archive)
        box = cocoach.recovery_view.lost_box
        assert box.isVisible()
        text = box.text()
        assert "no longer holds it" in text
        assert marked.protocol_name in text
        assert "-wal" in text
        # The recorder keeps a copy of the running session's notes beside the archive: the
        # message names it, and it holds the notes' text.
        [named] = [line for line in text.splitlines() if str(copy) in line]
        assert named.endswith("recovered-notes-session-1.txt")
        kept = Path(named.strip()).read_text(encoding="utf-8")
        assert "Said before the crash: the timetable is the issue" in kept
        assert "Typed just before the crash" in kept
        assert asked == []  # nothing to resume
        assert not (copy / MARKER_FILE).exists()  # said once, not at every start
        box.close()
    finally:
        cocoach.close()
        archive.engine.dispose()


def test_with_the_wal_file_kept_the_session_is_offered_back_and_nothing_is_called_lost(
    copy: Path, qtbot: QtBot
) -> None:
    cocoach, archive = _restart(copy, qtbot)
    cocoach.recovery_view.ask_recovery = lambda point: RecoveryChoice.RESUME  # type: ignore[method-assign]
    try:
        cocoach.recovery.recover_unfinished(cocoach.archive)
        assert cocoach.recovery_view.lost_box is None
        assert cocoach.controller.run is not None  # resumed
        marked = read_marker(copy / MARKER_FILE)
        assert marked is not None and marked.session_id == cocoach.recorder.session_id
    finally:
        cocoach.close()
        archive.engine.dispose()


def test_abandoning_the_cut_off_session_clears_the_marker(copy: Path, qtbot: QtBot) -> None:
    cocoach, archive = _restart(copy, qtbot)
    cocoach.recovery_view.ask_recovery = lambda point: RecoveryChoice.ABANDON  # type: ignore[method-assign]
    try:
        cocoach.recovery.recover_unfinished(cocoach.archive)
        assert cocoach.recovery_view.lost_box is None
        assert not (copy / MARKER_FILE).exists()
    finally:
        cocoach.close()
        archive.engine.dispose()


def test_recovery_files_of_the_lost_session_are_named(copy: Path, qtbot: QtBot) -> None:
    marked = read_marker(copy / MARKER_FILE)
    assert marked is not None
    kept = write_recovery_file(copy, ["A note the archive refused"], datetime.now(UTC))
    for sidecar in ("-wal", "-shm"):
        (copy / f"{ARCHIVE_FILE}{sidecar}").unlink(missing_ok=True)
    cocoach, archive = _restart(copy, qtbot)
    try:
        cocoach.recovery.recover_unfinished(cocoach.archive)
        text = cocoach.recovery_view.lost_box.text()
        assert str(kept) in text
        assert "No copy" not in text
        cocoach.recovery_view.lost_box.close()
    finally:
        cocoach.close()
        archive.engine.dispose()


def test_a_finished_session_leaves_no_marker(data_dir: Path, qtbot: QtBot) -> None:
    clock = ManualClock()
    archive = Archive(open_archive(data_dir / ARCHIVE_FILE))
    cocoach = CocoachApp(clock, data_dir, archive)
    qtbot.addWidget(cocoach.window)
    try:
        cocoach.setup.add_person("Ana")
        cocoach.controller.toggle()
        cocoach.recorder.settle(30)
        assert read_marker(data_dir / MARKER_FILE) is not None  # on record: marked
        cocoach.controller.finish()
        cocoach.recorder.settle(30)
        assert not (data_dir / MARKER_FILE).exists()
    finally:
        cocoach.close()
        archive.engine.dispose()
