"""The backups' use cases over an in-memory port of the archive's files: no Qt, no SQLite,
time driven by a ManualClock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cocoach_desktop.backups.services.archive_start import open_archive_safely
from cocoach_desktop.backups.services.backup_service import BackupService, still_running
from cocoach_desktop.domain.archive_files import (
    ArchiveDamagedError,
    ArchiveOpenError,
    BackupError,
    BackupInfo,
)
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.platform.problems import ErrorCode
from cocoach_desktop.platform.wording import set_translator

T0 = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
FOLDER = Path("/data/backups")


@dataclass
class MemoryArchive:
    sessions: int = 3
    version: int = 1
    closed: bool = False

    def data_version(self) -> int:
        return self.version

    def count_sessions(self) -> int:
        return self.sessions


@dataclass
class MemoryFiles:
    """The archive file and its backups, in memory."""

    live_archive: MemoryArchive | None = field(default_factory=MemoryArchive)
    backups: list[BackupInfo] = field(default_factory=list)
    saved: list[BackupInfo] = field(default_factory=list)
    failing: str = ""  # a backup that fails says this
    damaged: str = ""  # the live file is damaged: opening it says this
    restored: list[Path] = field(default_factory=list)
    aside: list[Path] = field(default_factory=list)

    @property
    def live(self) -> Path:
        return Path("/data/cocoach.sqlite3")

    @property
    def folder(self) -> Path:
        return FOLDER

    def make_backup(self, archive: MemoryArchive, now: datetime) -> Path:
        if self.failing:
            raise BackupError(
                ErrorCode.COPY_FAILED_CHECK, "backup", path="backup.sqlite3", detail=self.failing
            )
        info = BackupInfo(FOLDER / f"cocoach-{now:%Y%m%dT%H%M%SZ}.sqlite3", now, 4096)
        self.backups.insert(0, info)
        return info.path

    def list_backups(self) -> list[BackupInfo]:
        return list(self.backups)

    def saved_before_restores(self) -> list[BackupInfo]:
        return list(self.saved)

    def newest_good_backup(self) -> BackupInfo | None:
        return self.backups[0] if self.backups else None

    def check_archive_file(self, path: Path) -> None:
        if path.name.startswith("not-"):
            raise ArchiveOpenError(ErrorCode.NOT_AN_ARCHIVE, "archive", path=path.name)

    def open_archive(self) -> MemoryArchive:
        if self.damaged:
            raise ArchiveDamagedError(
                ErrorCode.ARCHIVE_DAMAGED, path=self.live, detail=self.damaged
            )
        self.live_archive = MemoryArchive(sessions=3 + len(self.restored))
        return self.live_archive

    def close(self, archive: MemoryArchive) -> None:
        archive.closed = True

    def restore_backup(self, backup: Path, now: datetime) -> Path | None:
        self.restored.append(backup)
        self.damaged = ""
        saved = FOLDER / f"before-restore-{now:%Y%m%dT%H%M%SZ}.sqlite3"
        self.saved.insert(0, BackupInfo(saved, now, 4096))
        return saved

    def is_empty(self) -> bool:
        return False

    def set_aside_damaged(self) -> Path:
        aside = self.live.with_name("cocoach.sqlite3.damaged")
        self.aside.append(aside)
        return aside

    def remove_live(self) -> None:
        pass

    def put_back(self, aside: Path, now: datetime) -> Path | None:
        return None

    def set_aside_candidates(self) -> list[Path]:
        return []

    def count_sessions(self, path: Path) -> int | None:
        return None

    def verify(self, path: Path) -> str | None:
        return None


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(T0)


def test_the_hourly_backup_waits_for_a_change_an_idle_minute_and_an_hour(
    clock: ManualClock,
) -> None:
    files, archive = MemoryFiles(), MemoryArchive()
    service = BackupService(files, clock)
    assert not service.due(archive.version)  # just opened: not idle yet
    clock.advance(61)
    assert service.due(archive.version)  # idle a minute, never backed up: due
    service.take(archive, clock.now())
    service.taken(archive.version)
    clock.advance(600)
    assert not service.due(archive.version)  # nothing changed since
    archive.version = 2
    assert not service.due(archive.version)  # a change, but the user is busy
    clock.advance(61)
    assert not service.due(archive.version)  # idle, but the last backup is not an hour old
    clock.advance(3600)
    assert service.due(archive.version)  # an hour on: due


def test_a_failed_backup_is_due_again_at_the_next_check(clock: ManualClock) -> None:
    files, archive = MemoryFiles(failing="the disk is full"), MemoryArchive()
    service = BackupService(files, clock)
    assert not service.due(archive.version)  # the version is seen: idle from now on
    clock.advance(61)
    assert service.due(archive.version)
    with pytest.raises(BackupError, match="disk is full"):
        service.take(archive, clock.now())
    clock.advance(60)
    assert service.due(archive.version)  # not recorded as taken: tried again
    files.failing = ""
    assert service.back_up_now(archive) == files.backups[0].path
    assert not service.due(archive.version)


def test_another_archive_is_backed_up_afresh(clock: ManualClock) -> None:
    files, archive = MemoryFiles(), MemoryArchive()
    service = BackupService(files, clock)
    service.back_up_now(archive)
    clock.advance(2 * 3600)
    assert not service.due(archive.version)
    service.forget()  # a restore or a reopened file
    clock.advance(61)
    assert service.due(archive.version)


def test_an_archive_that_cannot_be_read_is_never_due(clock: ManualClock) -> None:
    class Unreadable(MemoryArchive):
        def data_version(self) -> int:
            raise OSError("disk I/O error")

    service = BackupService(MemoryFiles(), clock)
    clock.advance(7200)
    assert service.version_of(Unreadable()) is None and service.version_of(None) is None
    assert not service.due(None)


def test_backups_to_restore_are_the_rotation_then_the_restores_saves(clock: ManualClock) -> None:
    files = MemoryFiles()
    service = BackupService(files, clock)
    service.back_up_now(MemoryArchive())
    saved = BackupInfo(FOLDER / "before-restore-20261101T080000Z.sqlite3", T0, 1)
    files.saved.append(saved)
    assert service.choices() == [files.backups[0], saved]


def test_a_restore_is_refused_while_an_import_or_export_runs(clock: ManualClock) -> None:
    files, archive = MemoryFiles(), MemoryArchive()
    service = BackupService(files, clock)
    service.back_up_now(archive)
    outcome = service.restore(archive, files.backups[0], jobs_running=True)
    assert outcome.problems == [still_running()] and not outcome.reopened
    assert not archive.closed and files.restored == []


def test_a_file_that_is_not_an_archive_is_refused_before_anything_is_touched(
    clock: ManualClock,
) -> None:
    files, archive = MemoryFiles(), MemoryArchive()
    outcome = BackupService(files, clock).restore(
        archive, BackupInfo(FOLDER / "not-an-archive.sqlite3", T0, 1), jobs_running=False
    )
    assert outcome.problems == [
        "The backup not-an-archive.sqlite3 cannot be restored: The file not-an-archive.sqlite3 "
        "is not a Cocoach archive (it holds no archive)."
    ]
    assert not outcome.reopened and not archive.closed and files.restored == []


def test_a_restore_saves_the_archive_first_and_says_how_to_undo(clock: ManualClock) -> None:
    files, archive = MemoryFiles(), MemoryArchive()
    service = BackupService(files, clock)
    service.back_up_now(archive)
    chosen = files.backups[0]
    clock.advance(60)
    outcome = service.restore(archive, chosen, jobs_running=False)
    assert archive.closed  # no connection left on the file it replaces
    assert files.restored == [chosen.path]
    assert outcome.reopened and outcome.archive is files.live_archive and outcome.problems == []
    assert outcome.saved is not None and outcome.saved.name in outcome.done
    assert "restore that to undo" in outcome.done
    assert outcome.archive is not None
    assert service.due(outcome.archive.version) is False  # not idle yet
    clock.advance(3600)
    assert service.due(outcome.archive.version)  # the restored file gets a backup of its own


def test_a_damaged_archive_is_set_aside_and_the_backup_restored_when_agreed(
    clock: ManualClock,
) -> None:
    files = MemoryFiles(damaged="file is not a database")
    files.backups.append(BackupInfo(FOLDER / "cocoach-20261122T100000Z.sqlite3", T0, 1))
    asked: list[str] = []

    def agree(_title: str, question: str) -> bool:
        asked.append(question)
        return True

    archive, message = open_archive_safely(files, agree, clock)
    assert archive is not None and len(asked) == 1
    assert files.aside and files.restored == [files.backups[0].path]
    assert "set aside as cocoach.sqlite3.damaged" in message


def test_a_damaged_archive_is_left_untouched_when_declined(clock: ManualClock) -> None:
    files = MemoryFiles(damaged="file is not a database")
    files.backups.append(BackupInfo(FOLDER / "cocoach-20261122T100000Z.sqlite3", T0, 1))
    archive, message = open_archive_safely(files, lambda t, q: False, clock)
    assert archive is None and files.aside == [] and files.restored == []
    assert "left untouched" in message and "offered again" in message


def test_a_sound_archive_opens_without_a_question(clock: ManualClock) -> None:
    files = MemoryFiles()
    archive, message = open_archive_safely(files, lambda t, q: pytest.fail(q), clock)
    assert archive is not None and message == ""
    assert clock.now() - T0 == timedelta(0)


def test_the_start_up_messages_reach_the_translation(clock: ManualClock) -> None:
    """The set-aside question and the refusal are worded through the translation hook."""
    german = {
        "The backup is offered again at the next start.": (
            "Die Sicherung wird beim nächsten Start erneut angeboten."
        ),
        "The archive is damaged": "Das Archiv ist beschädigt",
    }
    titles: list[str] = []
    files = MemoryFiles(damaged="file is not a database")
    files.backups.append(BackupInfo(FOLDER / "cocoach-20261122T100000Z.sqlite3", T0, 1))
    set_translator(lambda text: german.get(text, text))
    try:
        archive, message = open_archive_safely(
            files, lambda title, q: titles.append(title) or False, clock
        )
    finally:
        set_translator(None)
    assert archive is None
    assert titles == ["Das Archiv ist beschädigt"]
    assert "Die Sicherung wird beim nächsten Start erneut angeboten." in message


def test_a_damaged_backup_is_named_as_the_backup_without_the_archives_advice(
    clock: ManualClock,
) -> None:
    files, archive = MemoryFiles(), MemoryArchive()
    service = BackupService(files, clock)
    chosen = BackupInfo(FOLDER / "cocoach-20261122T100000Z.sqlite3", T0, 1)

    def damaged(path: Path) -> None:
        raise ArchiveDamagedError(ErrorCode.NOT_A_DATABASE, path=path)

    files.check_archive_file = damaged  # type: ignore[method-assign]
    outcome = service.restore(archive, chosen, jobs_running=False)
    [problem] = outcome.problems
    assert problem.startswith("The backup cocoach-20261122T100000Z.sqlite3 cannot be restored:")
    assert "restore a backup" not in problem and "left untouched" not in problem
    assert files.restored == []
