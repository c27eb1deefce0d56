"""Start-up and save-time faults: a damaged file, a second copy, automatic backups, imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from archive_fixtures import open_filled
from pytestqt.qtbot import QtBot

from cocoach_desktop.app.backup_wiring import StoredBackupKeeper as BackupKeeper
from cocoach_desktop.app.backup_wiring import open_archive_safely
from cocoach_desktop.exchange.qt.importing import import_path
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.platform.qt import background
from cocoach_desktop.platform.qt.single_instance import SingleInstance
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.backup import backups_folder, list_backups, make_backup
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive


def test_a_damaged_archive_is_set_aside_and_the_newest_backup_restored(data_dir: Path) -> None:
    live = data_dir / ARCHIVE_FILE
    archive = open_filled(live, 5)
    make_backup(archive.engine, backups_folder(live), ManualClock().now())
    archive.engine.dispose()
    garbage = b"this is not a database at all " * 100
    live.write_bytes(garbage)
    for leftover in (f"{ARCHIVE_FILE}-wal", f"{ARCHIVE_FILE}-shm"):
        (data_dir / leftover).unlink(missing_ok=True)
    asked: list[str] = []
    restored, message = open_archive_safely(data_dir, lambda t, q: asked.append(q) or True)
    assert restored is not None and restored.count_sessions() == 5
    assert "set aside" in message and "restored" in message
    assert "damaged" in asked[0]
    assert (data_dir / f"{ARCHIVE_FILE}.damaged").read_bytes() == garbage  # never lost
    restored.engine.dispose()


def test_a_damaged_archive_is_left_untouched_if_the_user_says_no(data_dir: Path) -> None:
    live = data_dir / ARCHIVE_FILE
    archive = open_filled(live, 2)
    make_backup(archive.engine, backups_folder(live), ManualClock().now())
    archive.engine.dispose()
    live.write_bytes(b"garbage" * 500)
    restored, message = open_archive_safely(data_dir, lambda t, q: False)
    assert restored is None and "untouched" in message
    assert live.read_bytes() == b"garbage" * 500


def test_a_damaged_archive_without_backups_is_reported_and_kept(data_dir: Path) -> None:
    live = data_dir / ARCHIVE_FILE
    live.write_bytes(b"garbage" * 500)
    restored, message = open_archive_safely(data_dir, lambda t, q: pytest.fail("asked"))
    assert restored is None and "no good backup" in message
    assert live.read_bytes() == b"garbage" * 500


def test_backups_are_taken_only_when_something_changed_and_the_user_is_idle(
    qtbot: QtBot, data_dir: Path
) -> None:
    clock = ManualClock()
    archive = Archive(open_archive(data_dir / ARCHIVE_FILE))
    keeper = BackupKeeper(archive, data_dir, clock)
    folder = backups_folder(data_dir / ARCHIVE_FILE)
    assert not keeper.check()  # just opened: not idle yet
    clock.advance(61)
    assert keeper.check()
    qtbot.waitUntil(lambda: not background.busy())  # taken on a worker thread
    assert len(list_backups(folder)) == 1
    clock.advance(2 * 3600)
    assert not keeper.check()  # nothing changed since
    archive.add_topic("Ana", "Homework policy", clock.now())
    assert not keeper.check()  # a change, but the user is busy
    clock.advance(61)
    assert keeper.check()
    qtbot.waitUntil(lambda: not background.busy())
    # The same day's earlier backup makes way: the rotation keeps one a day.
    [newest] = list_backups(folder)
    assert newest.taken == clock.now().replace(microsecond=0)
    archive.add_topic("Ana", "Another", clock.now())
    clock.advance(120)
    assert not keeper.check()  # changed and idle, but the last backup is too recent
    keeper.stop()
    archive.engine.dispose()


def test_restoring_a_backup_can_itself_be_undone(qtbot: QtBot, data_dir: Path) -> None:
    clock = ManualClock()
    archive = open_filled(data_dir / ARCHIVE_FILE, 4)
    keeper = BackupKeeper(archive, data_dir, clock)
    assert keeper.back_up_now()
    archive.delete_session(archive.list_sessions(limit=1)[0].id)
    clock.advance(timedelta(hours=2).total_seconds())
    reopened: list[Archive | None] = []
    [backup] = list_backups(backups_folder(data_dir / ARCHIVE_FILE))
    saved = keeper.restore(backup, reopened.append)
    assert saved is not None and saved.name.startswith("before-restore-")
    assert reopened[0] is not None and reopened[0].count_sessions() == 4
    undo = keeper.restore(type(backup)(saved, clock.now(), saved.stat().st_size), reopened.append)
    assert undo is not None
    assert reopened[1] is not None and reopened[1].count_sessions() == 3
    keeper.stop()
    assert reopened[1] is not None
    reopened[1].engine.dispose()


def test_import_checks_the_whole_file_before_changing_anything(
    data_dir: Path, tmp_path: Path
) -> None:
    archive = open_filled(data_dir / ARCHIVE_FILE, 3)
    version = archive.data_version()
    for content, expected in [
        ("\xff\xfe not text", "not JSON"),
        ("[]", "not a Cocoach"),
        (json.dumps({"format": "cocoach-archive", "version": 99}), "newer"),
    ]:
        path = tmp_path / "in.json"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(ValueError, match=expected):
            import_path(archive, path)
    with pytest.raises(ValueError, match="could not be read"):
        import_path(archive, tmp_path / "missing.json")
    assert archive.data_version() == version and archive.count_sessions() == 3
    archive.engine.dispose()


def test_a_second_copy_is_refused_and_wakes_the_first(qtbot: QtBot, data_dir: Path) -> None:
    first = SingleInstance(data_dir)
    assert first.acquire()
    env = dict(os.environ, COCOACH_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    with qtbot.waitSignal(first.wakeRequested, timeout=20_000):
        second = subprocess.Popen(
            [sys.executable, "-m", "cocoach_desktop"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        # The second copy connects while this test's event loop runs inside waitSignal.
    _out, err = second.communicate(timeout=60)
    assert second.returncode == 0
    assert "already open" in err
    first.release()
    again = SingleInstance(data_dir)
    assert again.acquire()  # released: the next start owns it
    again.release()


def test_one_sqlite_library_in_the_process() -> None:
    """Two SQLite libraries on one file can corrupt it: Qt's SQL module is never used."""
    package = Path(__file__).resolve().parents[2] / "cocoach_desktop"
    users = [p for p in package.rglob("*.py") if "QtSql" in p.read_text(encoding="utf-8")]
    assert users == []


RUNNING_EXPORT = """{"format": "cocoach-archive", "version": 1, "sessions": [{
  "id": 7, "started": "2026-01-05T09:00:00Z", "ended": null, "status": "running",
  "protocol_id": "x", "protocol_name": "Quick check-in", "mode": "quality_first",
  "planned_seconds": 600, "actual_seconds": 0,
  "participants": [{"name": "Ana", "role": "coachee"}],
  "phases": [{"index": 0, "name": "Talk", "planned_seconds": 600}],
  "events": [], "notes": [], "commitments": [], "topics": []}]}"""


def test_a_session_exported_while_it_ran_comes_in_as_abandoned(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    from cocoach_desktop.app import CocoachApp
    from cocoach_desktop.domain.records import NewSession, SessionStatus

    archive = Archive(open_archive(data_dir / ARCHIVE_FILE))
    path = tmp_path / "running.json"
    path.write_text(RUNNING_EXPORT, encoding="utf-8")
    assert import_path(archive, path) == 1
    [summary] = archive.list_sessions()
    assert summary.status is SessionStatus.ABANDONED
    # A running session with no phases at all (nothing to resume) is closed, not offered.
    archive.start_session(NewSession("x", "Empty", "quality_first", 60, ()))
    cocoach = CocoachApp(ManualClock(), data_dir, archive)
    qtbot.addWidget(cocoach.window)
    cocoach.recovery_view.ask_recovery = lambda point: pytest.fail("offered to resume")  # type: ignore[method-assign]
    cocoach.recovery.recover_unfinished(cocoach.archive)
    assert archive.unfinished_sessions() == []
    cocoach.close()
    archive.engine.dispose()
