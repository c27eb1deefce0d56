"""Issue 10: ``cocoach backup --set-aside``, the step the command line names for a damaged
archive, run as a real process on real files."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from archive_fixtures import open_filled

from cocoach_desktop.storage.backup import (
    LiveDamagedError,
    backups_folder,
    count_sessions,
    make_backup,
    restore_backup,
)
from cocoach_desktop.storage.db import ARCHIVE_FILE

GARBAGE = b"this is not a database at all " * 100


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


def _damaged_with_backup(folder: Path, sessions: int = 3) -> Path:
    """A damaged archive (with a -wal beside it) in ``folder``, and a good backup of it."""
    live = folder / ARCHIVE_FILE
    archive = open_filled(live, sessions)
    backup = make_backup(archive.engine, backups_folder(live), datetime.now(UTC))
    archive.engine.dispose()
    live.write_bytes(GARBAGE)
    Path(f"{live}-shm").unlink(missing_ok=True)
    Path(f"{live}-wal").write_bytes(b"wal of the damaged file")
    return backup


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


def test_restoring_over_a_damaged_archive_names_the_command_that_sets_it_aside(
    folder: Path,
) -> None:
    backup = _damaged_with_backup(folder)
    refused = cocoach(folder, "backup", "--restore", str(backup))
    assert refused.returncode == 1
    assert "cocoach backup --set-aside" in refused.stderr
    assert "Set it aside first." not in refused.stderr
    assert (folder / ARCHIVE_FILE).read_bytes() == GARBAGE  # nothing changed

    # The step it names works, and then the restore does.
    aside = cocoach(folder, "backup", "--set-aside")
    assert aside.returncode == 0, aside.stderr
    kept = folder / f"{ARCHIVE_FILE}.damaged"
    assert str(kept) in aside.stdout and "-wal" in aside.stdout
    assert kept.read_bytes() == GARBAGE
    assert Path(f"{kept}-wal").read_bytes() == b"wal of the damaged file"  # moved with it
    assert not (folder / ARCHIVE_FILE).exists()
    assert not Path(f"{folder / ARCHIVE_FILE}-wal").exists()  # never replayed into another
    assert f"cocoach backup --restore {backup}" in aside.stdout  # the next step, ready to run

    restored = cocoach(folder, "backup", "--restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert count_sessions(folder / ARCHIVE_FILE) == 3


def test_other_commands_on_a_damaged_archive_say_the_next_steps_once(folder: Path) -> None:
    _damaged_with_backup(folder)
    result = cocoach(folder, "export", "-o", str(folder / "out.json"))
    assert result.returncode == 1
    assert "cocoach backup --set-aside" in result.stderr
    assert result.stderr.count("untouched") == 1
    assert not (folder / "out.json").exists()


def test_without_a_backup_the_advice_does_not_offer_one(folder: Path) -> None:
    (folder / ARCHIVE_FILE).write_bytes(GARBAGE)
    result = cocoach(folder, "search", "anything")
    assert result.returncode == 1
    assert "cocoach backup --set-aside" in result.stderr
    assert "--restore" not in result.stderr and "restore a backup" not in result.stderr
    aside = cocoach(folder, "backup", "--set-aside")
    assert aside.returncode == 0, aside.stderr
    assert "no good backup" in aside.stdout and "--restore" not in aside.stdout
    assert (folder / f"{ARCHIVE_FILE}.damaged").read_bytes() == GARBAGE


def test_the_backups_of_a_damaged_archive_can_still_be_listed(folder: Path) -> None:
    backup = _damaged_with_backup(folder)
    listed = cocoach(folder, "backup", "--list")
    assert listed.returncode == 0, listed.stderr
    assert str(backup) in listed.stdout


def test_a_healthy_archive_is_never_set_aside(folder: Path) -> None:
    live = folder / ARCHIVE_FILE
    open_filled(live, 2).engine.dispose()
    before = live.read_bytes()
    result = cocoach(folder, "backup", "--set-aside")
    assert result.returncode == 1
    assert "not damaged" in result.stderr and "--restore" in result.stderr
    assert live.read_bytes() == before
    assert not list(folder.glob(f"{ARCHIVE_FILE}.damaged*"))


def test_an_earlier_set_aside_file_is_never_overwritten(folder: Path) -> None:
    earlier = folder / f"{ARCHIVE_FILE}.damaged"
    earlier.write_bytes(b"the first damaged file")
    (folder / ARCHIVE_FILE).write_bytes(GARBAGE)
    result = cocoach(folder, "backup", "--set-aside")
    assert result.returncode == 0, result.stderr
    assert earlier.read_bytes() == b"the first damaged file"
    assert (folder / f"{ARCHIVE_FILE}.damaged-2").read_bytes() == GARBAGE
    assert f"{ARCHIVE_FILE}.damaged-2" in result.stdout


def test_nothing_to_set_aside_is_said_as_such(folder: Path) -> None:
    result = cocoach(folder, "backup", "--set-aside")
    assert result.returncode == 0
    assert "nothing was set aside" in result.stdout
    assert not (folder / ARCHIVE_FILE).exists()  # and none was created


def test_a_refused_restore_keeps_the_damaged_file_s_wal(folder: Path) -> None:
    """SQLite deletes the -wal of a non-database when a read-write connection to it closes:
    the refusal must look read-only, so that setting the file aside keeps the pair."""
    backup = _damaged_with_backup(folder)
    live = folder / ARCHIVE_FILE
    with pytest.raises(LiveDamagedError):
        restore_backup(backup, live, datetime.now(UTC))
    assert live.read_bytes() == GARBAGE
    assert Path(f"{live}-wal").read_bytes() == b"wal of the damaged file"


@pytest.mark.parametrize("args", [("backup", "--set-aside"), ("backup", "--restore", "x")])
def test_a_folder_that_cannot_be_written_is_not_called_an_open_app(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    in_the_way = tmp_path / "data"
    in_the_way.write_text("a file where the data folder should be")
    refused = cocoach(in_the_way, *args)
    assert refused.returncode != 0
    assert "cannot be written" in refused.stderr
    assert "a file is in the way" in refused.stderr
    assert "close the Cocoach app" not in refused.stderr


def test_restoring_a_damaged_file_names_the_backup_not_the_archive(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    open_filled(folder / ARCHIVE_FILE, 1).engine.dispose()
    junk = tmp_path / "cocoach-20261122T100000Z.sqlite3"
    junk.write_bytes(GARBAGE)
    refused = cocoach(folder, "backup", "--restore", str(junk))
    assert refused.returncode != 0
    assert f"the backup {junk.name} cannot be restored" in refused.stderr
    assert "restore a backup" not in refused.stderr  # the archive's advice does not fit here
