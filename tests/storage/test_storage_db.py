"""Opening the archive: the pragmas on every connection, and plain errors for bad files."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from cocoach_desktop.storage.db import (
    ARCHIVE_FILE,
    ArchiveBusyError,
    ArchiveDamagedError,
    ArchiveReadOnlyError,
    ArchiveTooNewError,
    make_engine,
    open_archive,
)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = open_archive(tmp_path / "archive" / ARCHIVE_FILE)
    yield engine
    engine.dispose()


def test_every_connection_has_the_safety_pragmas(engine: Engine) -> None:
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_a_foreign_key_violation_raises_and_rolls_back(engine: Engine) -> None:
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO notes (session_id, text, visibility, created, phase_name, "
                "session_seconds) VALUES (999, 'orphan', 'private', '2026-01-01', '', 0)"
            )
        )
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM notes").scalar() == 0


def test_sqlalchemy_transactions_really_begin(engine: Engine) -> None:
    # With the driver's own BEGIN turned off, SQLAlchemy's must be there: a rollback undoes.
    with engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO people (name, key) VALUES ('Ann', 'ann')")
        assert conn.in_transaction()
        assert conn.connection.dbapi_connection is not None
        assert conn.connection.dbapi_connection.in_transaction  # type: ignore[attr-defined]
        conn.rollback()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM people").scalar() == 0


def test_writer_engine_takes_the_write_lock_at_begin(engine: Engine) -> None:
    writer = engine.execution_options(sqlite_begin="IMMEDIATE")
    with writer.connect() as conn:
        conn.exec_driver_sql("SELECT 1").scalar()  # BEGIN IMMEDIATE ran before this
        other = sqlite3.connect(engine.url.database or "", timeout=0)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()
        conn.rollback()


def test_make_engine_alone_sets_the_pragmas(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "plain.sqlite3", busy_timeout_ms=1234)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 1234
    finally:
        engine.dispose()


def test_open_creates_the_folder_and_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / ARCHIVE_FILE
    open_archive(path).dispose()
    assert path.exists()
    open_archive(path).dispose()
    # Already at the newest schema: no pre-migration copy is made.
    assert not list(path.parent.glob("*.pre-migration-*"))


def test_garbage_file_is_damaged_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / ARCHIVE_FILE
    garbage = bytes(range(256)) * 64
    path.write_bytes(garbage)
    with pytest.raises(ArchiveDamagedError, match=str(path.name)):
        open_archive(path)
    assert path.read_bytes() == garbage
    assert sorted(p.name for p in tmp_path.iterdir()) == [ARCHIVE_FILE]


def test_a_database_with_a_damaged_page_is_refused(tmp_path: Path) -> None:
    path = tmp_path / ARCHIVE_FILE
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x TEXT)")
    con.executemany("INSERT INTO t VALUES (?)", [("x" * 500,) for _ in range(200)])
    con.commit()
    con.close()
    data = bytearray(path.read_bytes())
    data[4096 + 10 : 4096 + 400] = b"\xff" * 390  # scribble over the second page
    path.write_bytes(bytes(data))
    with pytest.raises(ArchiveDamagedError):
        open_archive(path)
    assert path.read_bytes() == bytes(data)


def test_someone_elses_database_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(ArchiveDamagedError, match="not a Cocoach archive"):
        open_archive(path)
    assert path.read_bytes() == before


def test_a_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / ARCHIVE_FILE
    open_archive(path).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'f00d_from_the_future'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = path.read_bytes()
    with pytest.raises(ArchiveTooNewError, match="newer version"):
        open_archive(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.pre-migration-*"))


def test_a_locked_file_is_busy(tmp_path: Path) -> None:
    path = tmp_path / ARCHIVE_FILE
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("CREATE TABLE alembic_version (version_num TEXT)")
    con.execute("BEGIN EXCLUSIVE")  # rollback-journal mode: nobody else may even read
    try:
        with pytest.raises(ArchiveBusyError, match="in use"):
            open_archive(path, timeout=0)
    finally:
        con.execute("ROLLBACK")
        con.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_a_read_only_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / ARCHIVE_FILE
    open_archive(path).dispose()
    path.chmod(0o444)
    try:
        with pytest.raises(ArchiveReadOnlyError, match="cannot be written"):
            open_archive(path)
    finally:
        path.chmod(0o644)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_a_read_only_folder_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ArchiveReadOnlyError):
            open_archive(folder / "sub" / ARCHIVE_FILE)
        with pytest.raises(ArchiveReadOnlyError):
            open_archive(folder / ARCHIVE_FILE)
    finally:
        folder.chmod(0o755)


def test_an_empty_file_is_a_damaged_archive_not_a_new_one(tmp_path: Path) -> None:
    # A 0-byte file comes from a failed copy or sync: taking it for a new archive would hide
    # the loss (and the next backup would push a good one out). Only a missing file is new.
    path = tmp_path / ARCHIVE_FILE
    path.touch()
    with pytest.raises(ArchiveDamagedError, match="empty"):
        open_archive(path)
    assert path.read_bytes() == b""


def test_read_only_is_reported_even_where_permissions_are_not_enforced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Running as root ignores file modes; the check itself is what is tested here.
    path = tmp_path / ARCHIVE_FILE
    open_archive(path).dispose()
    monkeypatch.setattr("cocoach_desktop.storage.db.os.access", lambda *a, **k: False)
    with pytest.raises(ArchiveReadOnlyError, match=ARCHIVE_FILE):
        open_archive(path)


def test_odd_characters_in_the_path_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "what? #1 é" / ARCHIVE_FILE
    open_archive(path).dispose()
    assert path.exists()


def test_a_folder_in_place_of_the_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / ARCHIVE_FILE
    path.mkdir()
    with pytest.raises(ArchiveDamagedError, match="cannot be read"):
        open_archive(path)
