"""The command line on a machine where the app has never run: no archive, maybe no display."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from archive_fixtures import make_details

from cocoach_desktop.cli import main
from cocoach_desktop.exchange.model.exchange import dumps, to_json_document
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, HEAD_REVISION, check_archive_file, open_archive
from cocoach_desktop.storage.migrations import downgrade

EXPORTED = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def cocoach(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real entry point in its own process, with no display at all."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "cocoach_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def export_file(tmp_path: Path) -> Path:
    """An export from the old laptop: five sessions."""
    document = to_json_document(make_details(5, seed=11), [], exported=EXPORTED, app_version="x")
    path = tmp_path / "old-laptop.json"
    path.write_text(dumps(document), encoding="utf-8")
    return path


def test_import_on_a_new_machine_creates_the_archive(export_file: Path, tmp_path: Path) -> None:
    data = tmp_path / "new laptop" / "cocoach"  # not even the folder exists yet
    done = cocoach(data, "import", str(export_file))
    assert done.returncode == 0, done.stderr
    assert "Imported 5 session(s)" in done.stdout
    archive_file = data / ARCHIVE_FILE
    # Made by the migrations (not create_all): stamped with the newest revision.
    assert check_archive_file(archive_file) == HEAD_REVISION
    archive = Archive(open_archive(archive_file))
    try:
        assert archive.count_sessions() == 5
        assert archive.search("the")  # the search index came with it
    finally:
        archive.engine.dispose()


def test_checking_a_file_creates_nothing(export_file: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = cocoach(data, "import", "--check", str(export_file))
    assert done.returncode == 0, done.stderr
    assert "fine. 5 session(s)" in done.stdout
    assert not (data / ARCHIVE_FILE).exists()


@pytest.mark.parametrize("broken", ["{not json", '{"format": "cocoach", "version": 1}'])
def test_a_file_that_cannot_be_imported_creates_no_archive(tmp_path: Path, broken: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(broken, encoding="utf-8")
    data = tmp_path / "data"
    done = cocoach(data, "import", str(bad))
    assert done.returncode == 1 and done.stderr
    # "Nothing was imported", and no empty archive left behind to be taken for a real one.
    assert not (data / ARCHIVE_FILE).exists()
    assert not (data / (ARCHIVE_FILE + "-wal")).exists()


def test_search_and_export_with_no_archive_say_so_and_find_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = cocoach(data, "search", "seating plan")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"There is no archive in {data} yet, so nothing matches."
    out = tmp_path / "all.json"
    done = cocoach(data, "export", "-o", str(out))
    assert done.returncode == 0
    assert f"There is no archive in {data} yet" in done.stderr and "no file" in done.stderr
    assert not out.exists()
    done = cocoach(data, "export", "-o", "-")
    assert done.returncode == 0 and done.stdout == ""
    assert "Traceback" not in done.stderr
    assert not (data / ARCHIVE_FILE).exists()  # reading never creates it


def test_backup_with_no_archive_says_so(data_dir: Path, capsys: pytest.CaptureFixture[str]):
    (data_dir / ARCHIVE_FILE).unlink(missing_ok=True)
    assert main(["backup"]) == 0
    assert "nothing to back up" in capsys.readouterr().out
    assert main(["backup", "--list"]) == 0
    assert "No backups yet" in capsys.readouterr().out
    assert not (data_dir / ARCHIVE_FILE).exists()


def test_restore_on_a_new_machine_makes_an_up_to_date_archive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A backup an older version took: its archive at revision 0002.
    backup = tmp_path / "old-backup.sqlite3"
    engine = open_archive(backup)
    Archive(engine).import_details(make_details(3, seed=5), [])
    with engine.begin() as conn:
        downgrade(conn, "0002")
    engine.dispose()
    assert check_archive_file(backup) == "0002"
    data = tmp_path / "fresh" / "cocoach"
    monkeypatch.setenv("COCOACH_DATA_DIR", str(data))
    assert main(["backup", "--restore", str(backup)]) == 0
    assert "Restored" in capsys.readouterr().out
    assert check_archive_file(data / ARCHIVE_FILE) == HEAD_REVISION  # migrated on the way in
    con = sqlite3.connect(data / ARCHIVE_FILE)
    try:
        assert con.execute("SELECT count(*) FROM sessions").fetchone() == (3,)
    finally:
        con.close()


def test_a_restore_from_the_command_line_keeps_stderr_quiet(tmp_path: Path) -> None:
    backup = tmp_path / "backup.sqlite3"
    engine = open_archive(backup)
    Archive(engine).import_details(make_details(2, seed=3), [])
    engine.dispose()
    done = cocoach(tmp_path / "data", "backup", "--restore", str(backup))
    assert done.returncode == 0 and "Restored" in done.stdout
    assert done.stderr == ""  # no Qt socket chatter at exit
