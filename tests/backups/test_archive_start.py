"""Start-up faults from issue 10: an empty archive file, a full disk or I/O error, and an
archive set aside earlier that holds more than the one in use."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from archive_fixtures import open_filled

from cocoach_desktop.app.backup_wiring import StoredBackupKeeper as BackupKeeper
from cocoach_desktop.app.backup_wiring import open_archive_safely
from cocoach_desktop.backups.model.retention import backups_to_keep
from cocoach_desktop.cli import main
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.platform.qt import background
from cocoach_desktop.storage import backup as backup_module
from cocoach_desktop.storage import db as db_module
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.backup import (
    backups_folder,
    count_sessions,
    list_backups,
    make_backup,
)
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive

T0 = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def _backed_up(live: Path, sessions: int, when: datetime = T0) -> Path:
    """A real archive at ``live`` with ``sessions`` sessions, backed up at ``when``; closed."""
    archive = open_filled(live, sessions)
    path = make_backup(archive.engine, backups_folder(live), when)
    archive.engine.dispose()
    return path


def _never(title: str, question: str) -> bool:
    pytest.fail(f"asked: {question}")


# --- 1. an empty (or too short) archive file is damaged, not new --------------------------


def test_an_empty_archive_at_start_is_damaged_and_the_backup_offered(data_dir: Path) -> None:
    live = data_dir / ARCHIVE_FILE
    _backed_up(live, 4)
    live.write_bytes(b"")  # a failed copy or sync
    for leftover in ("-wal", "-shm"):
        Path(f"{live}{leftover}").unlink(missing_ok=True)
    asked: list[str] = []
    archive, message = open_archive_safely(data_dir, lambda t, q: asked.append(q) or True)
    assert len(asked) == 1 and "empty" in asked[0]
    assert archive is not None and archive.count_sessions() == 4
    assert "restored" in message
    assert (data_dir / f"{ARCHIVE_FILE}.damaged").read_bytes() == b""  # kept, not deleted
    archive.engine.dispose()


def test_a_file_shorter_than_a_database_header_is_damaged(data_dir: Path) -> None:
    live = data_dir / ARCHIVE_FILE
    stub = b"SQLite format 3\x00" + b"\x00" * 20  # the start of a copy that stopped
    live.write_bytes(stub)
    archive, message = open_archive_safely(data_dir, _never)
    assert archive is None and "too short" in message and "no good backup" in message
    assert live.read_bytes() == stub


def test_an_empty_archive_without_backups_may_start_anew_keeping_the_file(
    data_dir: Path,
) -> None:
    live = data_dir / ARCHIVE_FILE
    live.write_bytes(b"")
    asked: list[str] = []
    archive, message = open_archive_safely(data_dir, lambda t, q: asked.append(q) or True)
    assert asked and "new, empty archive" in asked[0]
    assert archive is not None and archive.count_sessions() == 0
    assert (data_dir / f"{ARCHIVE_FILE}.damaged").exists() and "set aside" in message
    archive.engine.dispose()


def test_the_command_line_refuses_an_empty_archive_and_backs_nothing_up(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    live = data_dir / ARCHIVE_FILE
    good = _backed_up(live, 3)
    live.write_bytes(b"")
    Path(f"{live}-wal").unlink(missing_ok=True)
    assert main(["backup"]) == 1
    assert "empty" in capsys.readouterr().err
    assert live.read_bytes() == b""
    assert [b.path for b in list_backups(backups_folder(live))] == [good]


# --- 1b. a backup with fewer sessions never pushes a good one out --------------------------


def test_a_backup_of_an_emptied_archive_never_prunes_that_days_good_backup(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "backups"
    good = _backed_up(tmp_path / "good.sqlite3", 5, T0)
    emptied = open_archive(tmp_path / "emptied.sqlite3")
    try:
        # An hour later, the same day: retention alone keeps only the newest of the day.
        for hours in range(1, 4):
            make_backup(emptied, folder, T0 + timedelta(hours=hours))
        for days in range(1, 40):  # and weeks of backups of the emptied archive after it
            make_backup(emptied, folder, T0 + timedelta(days=days))
    finally:
        emptied.dispose()
    assert good.exists() and count_sessions(good) == 5


def test_the_automatic_backup_keeps_the_good_one_without_asking(
    qtbot: object, data_dir: Path
) -> None:
    live = data_dir / ARCHIVE_FILE
    good = _backed_up(live, 5, T0)
    archive = Archive(open_archive(live))
    for session in archive.list_sessions():
        archive.delete_session(session.id)  # the archive now holds fewer sessions
    clock = ManualClock(T0 + timedelta(hours=2))
    keeper = BackupKeeper(archive, data_dir, clock)
    try:
        assert not keeper.check()  # just changed: waits for the user to be idle
        clock.advance(120)
        assert keeper.check()  # the automatic backup, asking nothing
        qtbot.waitUntil(lambda: not background.busy())  # taken on a worker thread
    finally:
        keeper.stop()
        archive.engine.dispose()
    backups = list_backups(backups_folder(live))
    assert [b.path for b in backups][1:] == [good]  # the same day, and still kept
    assert count_sessions(backups[0].path) == 0


def test_retention_releases_the_good_backup_once_a_newer_one_holds_as_much() -> None:
    times = [T0 + timedelta(hours=h) for h in range(3)]
    # Newest first: 0 sessions, 0 sessions, then 5 (the good one), all the same day.
    pinned = backups_to_keep(times, times[-1], sessions={times[0]: 5, times[1]: 0, times[2]: 0})
    assert times[0] in pinned
    grown = backups_to_keep(times, times[-1], sessions={times[0]: 5, times[1]: 0, times[2]: 6})
    assert grown == {times[2]}
    assert backups_to_keep(times, times[-1]) == {times[2]}  # without counts: as before


# --- 2. a full disk or an I/O error is not damage ----------------------------------------


def _failing_connect(monkeypatch: pytest.MonkeyPatch, live: Path, code: int, text: str) -> None:
    """sqlite3.connect fails for ``live`` as SQLite would, with result ``code``."""
    real = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if str(live.resolve()) in str(database) or live.resolve().as_uri() in str(database):
            error = sqlite3.OperationalError(text)
            error.sqlite_errorcode = code  # type: ignore[attr-defined]
            error.sqlite_errorname = {13: "SQLITE_FULL", 266: "SQLITE_IOERR_READ"}.get(  # type: ignore[attr-defined]
                code, "SQLITE_CANTOPEN"
            )
            raise error
        return real(database, *args, **kwargs)

    monkeypatch.setattr(db_module.sqlite3, "connect", connect)


@pytest.mark.parametrize(
    ("code", "text", "said"),
    [
        (13, "database or disk is full", "is full"),  # SQLITE_FULL
        (266, "disk I/O error", "cannot be read"),  # SQLITE_IOERR_READ
        (10, "something the OS said", "cannot be read"),  # SQLITE_IOERR, any wording
        (14, "unable to open database file", "cannot be opened"),  # SQLITE_CANTOPEN
    ],
)
def test_a_full_disk_or_read_error_at_start_changes_nothing_and_asks_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, code: int, text: str, said: str
) -> None:
    live = data_dir / ARCHIVE_FILE
    _backed_up(live, 3)  # a good backup exists: it must not be offered for a healthy file
    before = live.read_bytes()
    _failing_connect(monkeypatch, live, code, text)
    archive, message = open_archive_safely(data_dir, _never)
    assert archive is None and said in message and "damaged" not in message
    monkeypatch.undo()
    assert live.read_bytes() == before
    assert not list(data_dir.glob(f"{ARCHIVE_FILE}.*"))  # nothing set aside
    healthy = Archive(open_archive(live))
    assert healthy.count_sessions() == 3
    healthy.engine.dispose()


def test_a_restore_that_fails_for_lack_of_space_leaves_the_archive_as_it_was(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = data_dir / ARCHIVE_FILE
    _backed_up(live, 3)
    garbage = b"not a database, but the only copy of something " * 50
    live.write_bytes(garbage)
    for leftover in ("-wal", "-shm"):
        Path(f"{live}{leftover}").unlink(missing_ok=True)
    real_connect = backup_module._connect

    class FullOnBackup:
        """A real connection whose backup() fails as SQLite does on a full disk."""

        def __init__(self, conn: sqlite3.Connection) -> None:
            self._conn = conn

        def __getattr__(self, name: str) -> Any:
            return getattr(self._conn, name)

        def backup(self, *args: Any, **kwargs: Any) -> None:
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = 13  # type: ignore[attr-defined]
            error.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]
            raise error

    def connect(path: Path, mode: str) -> Any:
        conn = real_connect(path, mode)
        return FullOnBackup(conn) if path.parent.name == "backups" else conn

    monkeypatch.setattr(backup_module, "_connect", connect)
    archive, message = open_archive_safely(data_dir, lambda t, q: True)
    assert archive is None and "full" in message and "put back" in message
    assert live.read_bytes() == garbage  # no empty archive in its place
    assert not list(data_dir.glob(f"{ARCHIVE_FILE}.damaged*"))


# --- 2b. a set-aside archive holding more is offered back at every start ------------------


def _two_archives(data_dir: Path, live_sessions: int, aside_sessions: int) -> Path:
    live = data_dir / ARCHIVE_FILE
    aside = data_dir / f"{ARCHIVE_FILE}.damaged"
    open_filled(aside, aside_sessions).engine.dispose()
    open_filled(live, live_sessions).engine.dispose()
    return aside


def test_a_set_aside_archive_holding_more_is_offered_back(data_dir: Path) -> None:
    aside = _two_archives(data_dir, 1, 6)
    asked: list[str] = []
    archive, message = open_archive_safely(data_dir, lambda t, q: asked.append(q) or True)
    assert len(asked) == 1 and aside.name in asked[0] and "6" in asked[0]
    assert archive is not None and archive.count_sessions() == 6
    assert "put back" in message
    archive.engine.dispose()
    kept = list(data_dir.glob(f"{ARCHIVE_FILE}.set-aside-*"))
    assert [p for p in kept if not p.name.endswith(("-wal", "-shm"))]
    assert count_sessions(next(p for p in kept if not p.name.endswith(("-wal", "-shm")))) == 1
    # Answered: the next start asks nothing (the set-aside one now holds fewer).
    again, _ = open_archive_safely(data_dir, _never)
    assert again is not None and again.count_sessions() == 6
    again.engine.dispose()


def test_declining_keeps_everything_and_asks_again_next_start(data_dir: Path) -> None:
    aside = _two_archives(data_dir, 2, 5)
    asked: list[str] = []
    for start in (1, 2):
        archive, message = open_archive_safely(data_dir, lambda t, q: asked.append(q) and False)
        assert len(asked) == start and archive is not None and archive.count_sessions() == 2
        assert "next start" in message
        archive.engine.dispose()
    assert count_sessions(aside) == 5


def test_a_set_aside_file_that_is_damaged_or_holds_less_is_not_offered(data_dir: Path) -> None:
    live = data_dir / ARCHIVE_FILE
    open_filled(data_dir / f"{ARCHIVE_FILE}.damaged-2", 1).engine.dispose()
    (data_dir / f"{ARCHIVE_FILE}.damaged").write_bytes(b"garbage" * 500)
    open_filled(live, 3).engine.dispose()
    archive, message = open_archive_safely(data_dir, _never)
    assert archive is not None and message == ""
    archive.engine.dispose()


def test_the_whole_story_of_issue_10_ends_with_the_data_back(data_dir: Path) -> None:
    # The real data (7 sessions) in .damaged, an empty live file, and an older backup of 3.
    live = data_dir / ARCHIVE_FILE
    _backed_up(live, 3)
    live.unlink()
    for leftover in ("-wal", "-shm"):
        Path(f"{live}{leftover}").unlink(missing_ok=True)
    open_filled(data_dir / f"{ARCHIVE_FILE}.damaged", 7).engine.dispose()
    live.write_bytes(b"")
    asked: list[str] = []
    archive, message = open_archive_safely(data_dir, lambda t, q: asked.append(q) or True)
    assert len(asked) == 2  # restore the backup, then put the set-aside archive back
    assert archive is not None and archive.count_sessions() == 7
    assert "restored" in message and "put back" in message
    archive.engine.dispose()
