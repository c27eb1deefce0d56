"""A real app process killed with SIGKILL mid-session, then a restart that resumes it."""

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
from helpers import settle
from pytestqt.qtbot import QtBot

from cocoach_desktop.app import CocoachApp
from cocoach_desktop.domain.records import SessionStatus
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.recording.qt.recovery_dialog import RecoveryChoice
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive
from cocoach_desktop.timer.model.session import EventKind, RunState, actual_seconds_from_events

CHILD = Path(__file__).parents[1] / "crash_child.py"
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


@pytest.fixture(scope="module")
def killed_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The data folder of an app that was killed mid-session (shared, copied per test)."""
    folder = tmp_path_factory.mktemp("killed")
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
        if line.strip() != "READY":
            child.kill()
            pytest.fail(f"the child app did not get going: {line!r} {child.stderr.read()}")
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
    # SIGKILL leaves the write-ahead log unmerged: the notes may live only there.
    assert (folder / f"{ARCHIVE_FILE}-wal").exists()
    return folder


@pytest.fixture
def restarted(
    killed_archive: Path, tmp_path: Path, qtbot: QtBot
) -> Iterator[tuple[CocoachApp, ManualClock, Path]]:
    folder = tmp_path / "data"
    shutil.copytree(killed_archive, folder)
    # Ten minutes after the last checkpoint (08:05:47 on the child's clock).
    clock = ManualClock(datetime(2026, 9, 1, 8, 15, 47, tzinfo=UTC), monotonic_start=50.0)
    archive = Archive(open_archive(folder / ARCHIVE_FILE))
    cocoach = CocoachApp(clock, folder, archive)
    qtbot.addWidget(cocoach.window)
    cocoach.window.confirm = lambda title, text: True  # type: ignore[method-assign]
    yield cocoach, clock, folder
    cocoach.close()
    archive.engine.dispose()


def test_restart_resumes_same_phase_same_time_same_notes(restarted) -> None:
    cocoach, clock, folder = restarted
    cocoach.recovery_view.ask_recovery = lambda point: RecoveryChoice.RESUME  # type: ignore[method-assign]
    cocoach.recovery.recover_unfinished(cocoach.archive)
    run = cocoach.controller.run
    assert run is not None
    assert run.state is RunState.PAUSED
    assert run.index == 1
    assert run.elapsed() == pytest.approx(47)  # the ten minutes away count as a pause
    assert run.base_seconds(1) == pytest.approx(run.plan.phases[1].seconds + 120)
    assert cocoach.setup.people() == ["Ana", "Ben"] and cocoach.setup.coachee() == "Ana"
    texts = [cocoach.window.notes.notes_list.item(i).text() for i in range(2)]
    assert "timetable is the real issue" in texts[0]
    assert "Typed just before the power cut" in texts[1]
    assert cocoach.window.notes.commitments_list.count() == 1
    # It goes on, and its whole log still adds up.
    cocoach.controller.toggle()
    settle()
    clock.advance(13)
    cocoach.controller.finish()
    settle()
    again = Archive(open_archive(folder / ARCHIVE_FILE))
    assert again.count_sessions() == 1  # the same session carried on: no new one
    detail = again.session(cocoach.recorder.session_id)
    assert detail.summary.status is SessionStatus.FINISHED
    assert detail.phases[1].actual_seconds == pytest.approx(60)
    assert actual_seconds_from_events(detail.events, len(detail.phases))[:2] == pytest.approx(
        [300, 60]
    )
    assert [e.kind for e in detail.events][-3:] == [
        EventKind.PAUSE,
        EventKind.RESUME,
        EventKind.FINISH,
    ]


def test_the_time_away_can_be_counted(restarted) -> None:
    cocoach, _clock, _folder = restarted
    cocoach.recovery_view.ask_recovery = lambda point: RecoveryChoice.RESUME_COUNTING  # type: ignore[method-assign]
    cocoach.recovery.recover_unfinished(cocoach.archive)
    run = cocoach.controller.run
    assert run is not None
    assert run.elapsed() == pytest.approx(47 + 600)


def test_or_it_is_closed_as_abandoned_with_its_notes(restarted) -> None:
    cocoach, _clock, folder = restarted
    cocoach.recovery_view.ask_recovery = lambda point: RecoveryChoice.ABANDON  # type: ignore[method-assign]
    cocoach.recovery.recover_unfinished(cocoach.archive)
    assert cocoach.controller.run is None or not cocoach.controller.in_progress()
    archive = Archive(open_archive(folder / ARCHIVE_FILE))
    [summary] = archive.list_sessions()
    assert summary.status is SessionStatus.ABANDONED
    assert len(archive.session(summary.id).notes) == 2
    assert archive.unfinished_sessions() == []
