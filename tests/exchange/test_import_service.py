"""Importing an export through the import service, with an in-memory archive: no Qt, no SQLite.

The archive stand-in writes all or nothing, as the real one's single transaction does.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from archive_fixtures import make_details

from cocoach_desktop.domain.archive_files import CancelledByUserError
from cocoach_desktop.domain.ports.sessions import Cancelled, Progress
from cocoach_desktop.domain.records import SessionDetail, TopicRecord
from cocoach_desktop.exchange.model import exchange
from cocoach_desktop.exchange.services.import_service import (
    IMPORTED,
    ImportService,
    ReadingWords,
)
from cocoach_desktop.platform.changes import Change, ChangeFeed, ChangeKind
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.platform.problems import ErrorCode

CLOCK = ManualClock(datetime(2026, 3, 2, 12, 0, tzinfo=UTC))


class MemoryArchive:
    """The import port in memory: one transaction, kept only when it ends well."""

    def __init__(self) -> None:
        self.sessions: list[SessionDetail] = []
        self.topics: list[TopicRecord] = []
        self.asked = 0

    def import_details(
        self,
        details: Sequence[SessionDetail],
        topics: Sequence[TopicRecord],
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        self.asked += 1
        pending: list[SessionDetail] = []
        for done, detail in enumerate(details):
            if cancelled is not None and cancelled():
                raise CancelledByUserError(ErrorCode.IMPORT_CANCELLED)
            if progress is not None:
                progress(done, len(details))
            pending.append(detail)
        self.sessions += pending
        self.topics += topics
        return len(pending)


def _export(path: Path, count: int) -> Path:
    document = exchange.to_json_document(
        make_details(count), [], exported=CLOCK.now(), app_version="test"
    )
    path.write_text(exchange.dumps(document), encoding="utf-8")
    return path


def _heard(feed: ChangeFeed) -> list[tuple[Change, ...]]:
    heard: list[tuple[Change, ...]] = []
    feed.subscribe(heard.append)
    return heard


def test_an_export_is_imported_whole_with_progress_and_said_once(tmp_path: Path) -> None:
    archive, feed = MemoryArchive(), ChangeFeed()
    heard = _heard(feed)
    steps: list[tuple[int, int]] = []
    added = ImportService(archive, feed).import_file(
        _export(tmp_path / "e.json", 3), lambda done, total: steps.append((done, total))
    )
    assert added == 3
    assert len(archive.sessions) == 3
    assert steps == [(0, 3), (1, 3), (2, 3)]
    assert heard == [(Change(IMPORTED, ChangeKind.ADDED, 3),)]


def test_an_export_with_no_sessions_adds_nothing_and_says_nothing(tmp_path: Path) -> None:
    archive, feed = MemoryArchive(), ChangeFeed()
    heard = _heard(feed)
    assert ImportService(archive, feed).import_file(_export(tmp_path / "e.json", 0)) == 0
    assert archive.sessions == [] and heard == []


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b'{"format": "cocoach-export", "sessions": [', "JSON"),
        (b"\xff\xfe not text at all \x00\x81", r"is not a text file \(UTF-8\)"),
        (b'{"sessions": "many"}', "not a Cocoach archive export"),
    ],
)
def test_a_broken_file_writes_nothing_and_says_what_is_wrong(
    tmp_path: Path, content: bytes, said: str
) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    archive, feed = MemoryArchive(), ChangeFeed()
    heard = _heard(feed)
    with pytest.raises(ValueError, match=said) as problem:
        ImportService(archive, feed).import_file(path)
    assert str(problem.value).strip()  # a problem in words, not an empty message
    assert archive.asked == 0 and archive.sessions == [] and heard == []


def test_a_missing_file_is_named_in_the_problem(tmp_path: Path) -> None:
    archive = MemoryArchive()
    with pytest.raises(ValueError, match=r"missing\.json could not be read"):
        ImportService(archive).import_file(tmp_path / "missing.json")
    assert archive.asked == 0


def test_the_words_about_an_unreadable_file_are_translated(tmp_path: Path) -> None:
    archive = MemoryArchive()
    service = ImportService(archive, words=ReadingWords(unreadable="«{name}» est illisible"))
    with pytest.raises(ValueError, match=r"«missing\.json» est illisible"):
        service.import_file(tmp_path / "missing.json")


def test_cancelling_mid_import_writes_nothing(tmp_path: Path) -> None:
    archive, feed = MemoryArchive(), ChangeFeed()
    heard = _heard(feed)
    steps: list[int] = []
    with pytest.raises(CancelledByUserError, match="nothing was imported"):
        ImportService(archive, feed).import_file(
            _export(tmp_path / "e.json", 5),
            lambda done, _total: steps.append(done),
            lambda: len(steps) >= 2,  # Cancel pressed after two sessions
        )
    assert steps == [0, 1]
    assert archive.sessions == [] and heard == []


def test_cancelling_while_the_file_is_read_asks_nothing_of_the_archive(tmp_path: Path) -> None:
    archive = MemoryArchive()
    with pytest.raises(CancelledByUserError):
        ImportService(archive).import_file(_export(tmp_path / "e.json", 2), None, lambda: True)
    assert archive.asked == 0 and archive.sessions == []
