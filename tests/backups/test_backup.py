"""Backups of real SQLite files: WAL content, verification, rotation, restore, rescue."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from cocoach_desktop.backups.model.retention import DAILY_KEPT, WEEKLY_KEPT, backups_to_keep
from cocoach_desktop.storage import backup as backup_module
from cocoach_desktop.storage.backup import (
    BackupError,
    LiveDamagedError,
    backup_name,
    backups_folder,
    list_backups,
    make_backup,
    newest_good_backup,
    parse_backup_name,
    prune_backups,
    restore_backup,
    set_aside_damaged,
    verify,
    write_recovery_file,
)

NOW = datetime(2026, 11, 22, 10, 15, tzinfo=UTC)

needs_permissions = pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root ignores file permissions",
)


def _create(path: Path, rows: int = 3) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
    conn.executemany("INSERT INTO note (body) VALUES (?)", [(f"note {i}",) for i in range(rows)])
    conn.close()


def _bodies(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT body FROM note ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture
def live(tmp_path: Path) -> Path:
    path = tmp_path / "cocoach.sqlite3"
    _create(path)
    return path


@pytest.fixture
def writer(live: Path) -> Iterator[sqlite3.Connection]:
    """An open connection whose last rows are committed but still only in the WAL."""
    conn = sqlite3.connect(live, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint=0")  # keep them in the WAL
    conn.execute("INSERT INTO note (body) VALUES ('only in the wal')")
    assert Path(f"{live}-wal").stat().st_size > 0
    yield conn
    conn.close()


def _damage(path: Path) -> None:
    """Overwrite a b-tree page in the middle of a real database with junk."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.executemany("INSERT INTO note (body) VALUES (?)", [("x" * 500,)] * 200)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek(page_size * 3)
        handle.write(b"\xff\x13" * (page_size // 2))


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


# --- names ------------------------------------------------------------------------------


def test_backup_names_round_trip() -> None:
    assert backup_name(NOW) == "cocoach-20261122T101500Z.sqlite3"
    assert parse_backup_name(backup_name(NOW)) == NOW
    assert parse_backup_name("cocoach-20261399T101500Z.sqlite3") is None  # month 13
    assert parse_backup_name("cocoach-20261122T101500Z.sqlite3.tmp") is None
    with pytest.raises(ValueError):
        backup_name(NOW.replace(tzinfo=None))


def test_default_folder_is_beside_the_live_file(live: Path) -> None:
    assert backups_folder(live) == live.parent / "backups"


# --- making backups ---------------------------------------------------------------------


def test_backup_from_a_path_includes_what_is_only_in_the_wal(
    live: Path, writer: sqlite3.Connection
) -> None:
    folder = backups_folder(live)
    made = make_backup(live, folder, NOW)
    assert made == folder / "cocoach-20261122T101500Z.sqlite3"
    assert _bodies(made) == ["note 0", "note 1", "note 2", "only in the wal"]
    # One self-contained file: no -wal or temp files beside it.
    assert _files(folder) == {made.name}
    assert verify(made) is None
    # The live file and its WAL were left alone.
    assert Path(f"{live}-wal").exists()


def test_backup_from_an_open_connection(live: Path, writer: sqlite3.Connection) -> None:
    made = make_backup(writer, backups_folder(live), NOW)
    assert "only in the wal" in _bodies(made)
    writer.execute("SELECT 1")  # the caller's connection is still open


def test_backup_from_a_sqlalchemy_engine_sees_the_wal(live: Path) -> None:
    engine = create_engine(f"sqlite:///{live}")
    try:
        with engine.begin() as conn:
            conn.execute(text("PRAGMA wal_autocheckpoint=0"))
            conn.execute(text("INSERT INTO note (body) VALUES ('via the engine')"))
        made = make_backup(engine, backups_folder(live), NOW)
        assert _bodies(made)[-1] == "via the engine"
        with engine.connect() as conn:  # the engine still works afterwards
            assert conn.execute(text("SELECT count(*) FROM note")).scalar() == 4
    finally:
        engine.dispose()


def test_a_connection_mid_transaction_is_not_backed_up(live: Path) -> None:
    conn = sqlite3.connect(live)
    try:
        conn.execute("INSERT INTO note (body) VALUES ('not yet committed')")
        assert conn.in_transaction
        with pytest.raises(BackupError, match="in progress"):
            make_backup(conn, backups_folder(live), NOW)
    finally:
        conn.close()
    assert list_backups(backups_folder(live)) == []


def test_a_missing_source_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    with pytest.raises(BackupError, match=r"nowhere\.sqlite3") as info:
        make_backup(missing, tmp_path / "backups", NOW)
    assert "does not exist" in str(info.value)
    assert not missing.exists()  # not created by trying


def test_a_damaged_source_is_refused_and_the_backups_kept(live: Path) -> None:
    folder = backups_folder(live)
    good = make_backup(live, folder, NOW - timedelta(days=1))
    _damage(live)
    with pytest.raises(BackupError, match="damaged"):
        make_backup(live, folder, NOW)
    assert _files(folder) == {good.name}
    assert verify(good) is None


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "cocoach.sqlite3"
    junk.write_bytes(b"this is a text file, not a database\n" * 200)
    with pytest.raises(BackupError, match="damaged"):
        make_backup(junk, tmp_path / "backups", NOW)
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())


def test_a_copy_failing_its_check_leaves_no_temp_and_old_backups_untouched(
    live: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = backups_folder(live)
    old = [make_backup(live, folder, NOW - timedelta(days=d)) for d in (3, 2, 1)]
    before = {p.name: p.read_bytes() for p in old}
    monkeypatch.setattr(backup_module, "verify", lambda path: "*** page 3: btree broken")
    with pytest.raises(BackupError, match="failed its check") as info:
        make_backup(live, folder, NOW)
    assert "Nothing was replaced" in str(info.value)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_disk_full_is_said_in_plain_words(live: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("cocoach_desktop.storage.backup.tempfile.mkstemp", full)
    with pytest.raises(BackupError, match="the disk is full") as info:
        make_backup(live, backups_folder(live), NOW)
    assert "backups" in str(info.value)


@needs_permissions
def test_a_read_only_backups_folder_is_said_in_plain_words(live: Path) -> None:
    folder = backups_folder(live)
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(BackupError, match="read-only") as info:
            make_backup(live, folder, NOW)
        assert str(folder) in str(info.value)
    finally:
        folder.chmod(stat.S_IRWXU)
    assert list(folder.iterdir()) == []


def test_a_read_only_folder_simulated(live: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The same path as above, for when the tests run as root.
    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("cocoach_desktop.storage.backup.tempfile.mkstemp", refuse)
    with pytest.raises(BackupError, match="read-only"):
        make_backup(live, backups_folder(live), NOW)


# --- the rotation -----------------------------------------------------------------------


def test_forty_days_of_backups_are_rotated_by_the_policy(live: Path) -> None:
    folder = backups_folder(live)
    folder.mkdir()
    (folder / "before-restore-20261001T000000Z.sqlite3").write_bytes(b"kept aside")
    (folder / "notes.txt").write_text("mine")
    start = NOW - timedelta(days=40)
    made: list[datetime] = []
    for day in range(41):
        for hour in (9, 13, 17):  # three backups a day, pruned as the app would
            when = start.replace(hour=hour) + timedelta(days=day)
            make_backup(live, folder, when)
            made.append(when)
            assert folder / backup_name(when) in {i.path for i in list_backups(folder)}
    kept = {info.taken for info in list_backups(folder)}
    assert kept == backups_to_keep(made, made[-1])
    assert len(kept) <= DAILY_KEPT + WEEKLY_KEPT
    # The last seven days each keep their last backup; older weeks keep one each.
    last_days = {(made[-1] - timedelta(days=d)).date() for d in range(DAILY_KEPT)}
    assert {t.date() for t in kept} >= last_days
    assert all(t.hour == 17 for t in kept)
    assert len({t.isocalendar()[:2] for t in kept}) == WEEKLY_KEPT
    # Files outside the rotation are never pruned.
    assert (folder / "before-restore-20261001T000000Z.sqlite3").read_bytes() == b"kept aside"
    assert (folder / "notes.txt").read_text() == "mine"


def test_prune_without_backups_does_nothing(tmp_path: Path) -> None:
    assert prune_backups(tmp_path / "none", NOW) == []


def test_list_backups_ignores_junk_and_sorts_newest_first(live: Path) -> None:
    folder = backups_folder(live)
    older = make_backup(live, folder, NOW - timedelta(days=1), prune=False)
    newer = make_backup(live, folder, NOW, prune=False)
    for junk in (
        "cocoach-2026.sqlite3",
        "cocoach-20261399T101500Z.sqlite3",
        "cocoach-20261122T101500Z.sqlite3.tmp",
        "cocoach-20261122T101500Z.sqlite3-journal",
        "Cocoach-20261122T101500Z.SQLITE3",
        "before-restore-20261122T101500Z.sqlite3",
        ".cocoach-20261122T101500Z-abc.tmp",
        "random.bin",
    ):
        (folder / junk).write_bytes(b"junk")
    (folder / "cocoach-20260101T000000Z.sqlite3").mkdir()  # a folder with a backup's name
    (folder / "cocoach-20250101T000000Z.sqlite3").symlink_to(folder / "gone")  # dangling
    infos = list_backups(folder)
    assert [i.path for i in infos] == [newer, older]
    assert infos[0].taken == NOW
    assert infos[0].size == newer.stat().st_size > 0


def test_list_backups_of_a_missing_folder_is_empty(tmp_path: Path) -> None:
    assert list_backups(tmp_path / "backups") == []


def test_newest_good_backup_skips_damaged_ones(live: Path) -> None:
    folder = backups_folder(live)
    assert newest_good_backup(folder) is None
    good = make_backup(live, folder, NOW - timedelta(days=1))
    bad = make_backup(live, folder, NOW)
    bad.write_bytes(b"\x00" * 4096)
    found = newest_good_backup(folder)
    assert found is not None and found.path == good
    assert bad.exists()  # skipped, not removed


# --- restore ----------------------------------------------------------------------------


def test_restore_round_trip_and_undo(live: Path) -> None:
    folder = backups_folder(live)
    made = make_backup(live, folder, NOW)
    with sqlite3.connect(live) as conn:
        conn.execute("INSERT INTO note (body) VALUES ('written after the backup')")
    conn.close()
    saved = restore_backup(made, live, NOW + timedelta(hours=1))
    assert saved == folder / "before-restore-20261122T111500Z.sqlite3"
    assert _bodies(live) == ["note 0", "note 1", "note 2"]
    assert _bodies(saved)[-1] == "written after the backup"
    # The saved file is outside the rotation: pruning never touches it.
    make_backup(live, folder, NOW + timedelta(days=60))
    assert saved.exists()
    assert saved not in {i.path for i in list_backups(folder)}
    # Undo: restore what was set aside; that in turn saves the restored state.
    again = restore_backup(saved, live, NOW + timedelta(hours=1))
    assert again is not None and again != saved  # same second, a new name
    assert _bodies(live)[-1] == "written after the backup"
    assert _bodies(again) == ["note 0", "note 1", "note 2"]
    assert verify(live) is None


def test_restore_into_a_live_file_in_wal_mode(live: Path, writer: sqlite3.Connection) -> None:
    folder = backups_folder(live)
    made = make_backup(live, folder, NOW)
    writer.execute("INSERT INTO note (body) VALUES ('after')")
    writer.close()  # the caller closes its connections before a restore
    saved = restore_backup(made, live, NOW)
    assert saved is not None and _bodies(saved)[-1] == "after"
    assert _bodies(live)[-1] == "only in the wal"
    conn = sqlite3.connect(live)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_restore_when_the_live_file_was_set_aside(live: Path) -> None:
    folder = backups_folder(live)
    made = make_backup(live, folder, NOW)
    set_aside_damaged(live)
    assert restore_backup(made, live, NOW) is None
    assert _bodies(live) == ["note 0", "note 1", "note 2"]


def test_restore_refuses_a_damaged_backup(live: Path) -> None:
    bad = backups_folder(live) / backup_name(NOW)
    bad.parent.mkdir()
    bad.write_bytes(b"not a database at all" * 100)
    before = live.read_bytes()
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(bad, live, NOW)
    assert live.read_bytes() == before
    assert not any(p.name.startswith("before-restore") for p in bad.parent.iterdir())


def test_restore_over_a_damaged_live_file_asks_to_set_it_aside(live: Path) -> None:
    made = make_backup(live, backups_folder(live), NOW)
    _damage(live)
    damaged = live.read_bytes()
    with pytest.raises(LiveDamagedError, match="could not be saved first"):
        restore_backup(made, live, NOW)
    assert live.read_bytes() == damaged


# --- rescue -----------------------------------------------------------------------------


def test_set_aside_keeps_the_wal_with_its_database(live: Path, writer: sqlite3.Connection) -> None:
    writer.close()  # a clean close removes the -wal; a crash would leave these behind
    Path(f"{live}-wal").write_bytes(b"wal content")
    Path(f"{live}-shm").write_bytes(b"shm content")
    main = live.read_bytes()
    moved = set_aside_damaged(live)
    assert moved == live.with_name("cocoach.sqlite3.damaged")
    assert moved.read_bytes() == main
    assert Path(f"{moved}-wal").read_bytes() == b"wal content"
    assert Path(f"{moved}-shm").read_bytes() == b"shm content"
    assert not live.exists()
    assert not Path(f"{live}-wal").exists()
    assert not Path(f"{live}-shm").exists()


def test_set_aside_never_overwrites_an_earlier_one(live: Path) -> None:
    earlier = live.with_name("cocoach.sqlite3.damaged")
    earlier.write_bytes(b"the first damaged file")
    Path(f"{live.with_name('cocoach.sqlite3.damaged-2')}-wal").write_bytes(b"stray")
    moved = set_aside_damaged(live)
    assert moved == live.with_name("cocoach.sqlite3.damaged-3")
    assert earlier.read_bytes() == b"the first damaged file"
    _create(live)
    assert set_aside_damaged(live) == live.with_name("cocoach.sqlite3.damaged-4")


def test_set_aside_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="does not exist"):
        set_aside_damaged(tmp_path / "cocoach.sqlite3")


def test_recovery_file_holds_the_texts(tmp_path: Path) -> None:
    texts = ["First note\nwith two lines", "Ünïcødé — ½ ✓"]
    path = write_recovery_file(tmp_path, texts, NOW)
    assert path == tmp_path / "recovered-notes-20261122T101500Z.txt"
    content = path.read_text(encoding="utf-8")
    assert "First note\nwith two lines" in content
    assert "Ünïcødé — ½ ✓" in content
    assert "Note 2 of 2" in content
    assert _files(tmp_path) == {path.name}  # no temp file left
    second = write_recovery_file(tmp_path, ["later"], NOW)
    assert second != path and path.read_text(encoding="utf-8") == content


@needs_permissions
def test_recovery_file_in_a_read_only_folder(tmp_path: Path) -> None:
    tmp_path.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(BackupError, match="read-only"):
            write_recovery_file(tmp_path, ["text"], NOW)
    finally:
        tmp_path.chmod(stat.S_IRWXU)
