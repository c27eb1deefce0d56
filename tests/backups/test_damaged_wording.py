"""Issue 10: what the app says about a damaged archive says each thing once, in plain words,
with a next step the user can take, and never advises restoring a backup that is not there.

Every case runs ``open_archive_safely`` on real files; the question asked (if any) and the
final banner message are checked together, as the user reads them one after the other.
"""

from __future__ import annotations

import errno
import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from archive_fixtures import open_filled

from cocoach_desktop.app.backup_wiring import open_archive_safely
from cocoach_desktop.platform.problems import ErrorCode, Reason
from cocoach_desktop.storage.backup import BackupError, backups_folder, make_backup
from cocoach_desktop.storage.db import ARCHIVE_FILE, ArchiveDamagedError, open_archive

T0 = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
GARBAGE = b"this is not a database at all " * 100
SHORT = b"SQLite format 3\x00" + b"\x00" * 20


def _clauses(text: str) -> list[str]:
    """The sentences and clauses of ``text``, normalised (paths and dates left in)."""
    parts = re.split(r"(?<=[.;?!])\s+|\n+", text)
    return [" ".join(p.strip(" .;?!").lower().split()) for p in parts if p.strip(" .;?!")]


def _said_once(text: str) -> None:
    clauses = _clauses(text)
    repeated = {c for c in clauses if clauses.count(c) > 1}
    assert not repeated, f"said twice: {repeated!r} in {text!r}"
    lowered = text.lower()
    for idea in ("untouched", "left as it", "set aside as", "nothing is saved", "will be saved"):
        assert lowered.count(idea) <= 1, f"{idea!r} more than once in {text!r}"
    kept = lowered.count("untouched") + lowered.count("left as it")
    assert kept <= 1, f"'left untouched' said twice in other words: {text!r}"


def _make_backup(live: Path) -> None:
    archive = open_filled(live, 3)
    make_backup(archive.engine, backups_folder(live), T0)
    archive.engine.dispose()


def _write(live: Path, content: bytes) -> None:
    for tail in ("-wal", "-shm"):
        Path(f"{live}{tail}").unlink(missing_ok=True)
    live.write_bytes(content)


def _run(data_dir: Path, answer: bool) -> tuple[list[str], bool, str]:
    asked: list[str] = []

    def ask(title: str, question: str) -> bool:
        asked.append(question)
        return answer

    archive, message = open_archive_safely(data_dir, ask)
    opened = archive is not None
    if archive is not None:
        archive.engine.dispose()
    print(f"\n--- asked: {asked!r}\n--- banner: {message!r}")
    return asked, opened, message


CASES = [
    # (name, content, with a backup, answer, opened afterwards)
    ("garbage, no backup", GARBAGE, False, True, False),
    ("garbage, backup, declined", GARBAGE, True, False, False),
    ("garbage, backup, accepted", GARBAGE, True, True, True),
    ("empty, no backup, declined", b"", False, False, False),
    ("empty, no backup, accepted", b"", False, True, True),
    ("empty, backup, declined", b"", True, False, False),
    ("empty, backup, accepted", b"", True, True, True),
    ("too short, no backup", SHORT, False, True, False),
    ("too short, backup, declined", SHORT, True, False, False),
]


@pytest.mark.parametrize(
    ("content", "backed_up", "answer", "opens"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_each_damaged_archive_message_says_each_thing_once(
    data_dir: Path, content: bytes, backed_up: bool, answer: bool, opens: bool
) -> None:
    live = data_dir / ARCHIVE_FILE
    if backed_up:
        _make_backup(live)
    _write(live, content)
    asked, opened, message = _run(data_dir, answer)
    assert opened == opens
    # The banner stays after the question has gone, so each must stand alone: each says
    # what is wrong, and then each thing once.
    _said_once(message)
    for question in asked:
        _said_once(question)
    everything = " ".join([*asked, message]).lower()
    if not backed_up:
        assert "restore a backup" not in everything
        assert "restore the backup" not in everything
    if not opened:
        # The file is never lost, and the user is told what they can do next.
        assert live.read_bytes() == content
        assert "start cocoach again" in message.lower() or "next start" in message.lower()
        assert "nothing is saved" in message.lower()
    else:
        assert (data_dir / f"{ARCHIVE_FILE}.damaged").read_bytes() == content


def test_with_no_backup_the_banner_says_how_to_start_anew_keeping_the_file(
    data_dir: Path,
) -> None:
    live = data_dir / ARCHIVE_FILE
    _write(live, GARBAGE)
    _asked, _opened, message = _run(data_dir, True)
    assert "no good backup" in message
    assert "rename it or move it out of" in message and str(data_dir) in message
    assert "restore a backup" not in message


def _failing_rename(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(old: object, new: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(old))

    monkeypatch.setattr("cocoach_desktop.storage.set_aside.os.rename", refuse)


def test_a_failed_set_aside_says_why_once_and_keeps_the_file(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = data_dir / ARCHIVE_FILE
    _make_backup(live)
    _write(live, GARBAGE)
    _failing_rename(monkeypatch)
    asked, opened, message = _run(data_dir, True)
    assert asked and not opened
    _said_once(message)
    assert message.lower().count("set aside") == 1  # not "could not be set aside: ... set aside"
    assert "read-only" in message and "start Cocoach again" in message
    assert live.read_bytes() == GARBAGE


def test_a_failed_restore_after_setting_aside_puts_the_file_back_and_says_so_once(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = data_dir / ARCHIVE_FILE
    _make_backup(live)
    _write(live, GARBAGE)

    def full_disk(*args: object, **kwargs: object) -> None:
        raise BackupError(
            ErrorCode.FILE_FAILED, "write-that", path=live, what="restored", reason=Reason.DISK_FULL
        )

    monkeypatch.setattr("cocoach_desktop.storage.backup_store.restore_backup", full_disk)
    asked, opened, message = _run(data_dir, True)
    assert asked and not opened
    _said_once(message)
    assert "disk is full" in message and "put back" in message
    assert "start Cocoach again" in message
    assert live.read_bytes() == GARBAGE


def test_a_folder_in_the_archive_s_place_is_reported_once(data_dir: Path) -> None:
    (data_dir / ARCHIVE_FILE).mkdir()
    _asked, opened, message = _run(data_dir, True)
    assert not opened
    _said_once(message)
    assert "is it a file?" in message and "restore a backup" not in message


def test_the_error_keeps_what_is_wrong_apart_from_what_to_do(tmp_path: Path) -> None:
    """Other callers still read the whole sentence; the app shows only the problem."""
    live = tmp_path / ARCHIVE_FILE
    live.write_bytes(GARBAGE)
    with pytest.raises(ArchiveDamagedError) as caught:
        open_archive(live)
    exc = caught.value
    assert "untouched" not in exc.problem and "restore" not in exc.problem
    assert str(exc) == f"{exc.problem} {exc.advice}"
    assert "untouched" in exc.advice
