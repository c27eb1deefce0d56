"""The export service's files, made from an in-memory archive: no Qt, no SQLite."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from archive_fixtures import make_details

from cocoach_desktop.domain.ports.sessions import Cancelled, Progress
from cocoach_desktop.domain.records import (
    Person,
    PersonPage,
    SessionDetail,
    SessionFilter,
    SessionSummary,
    SortKey,
    TopicRecord,
)
from cocoach_desktop.exchange.model.exchange import parse_json_document
from cocoach_desktop.exchange.services.export_service import ExportService
from cocoach_desktop.platform.clock import ManualClock

CLOCK = ManualClock(datetime(2026, 3, 2, 12, 0, tzinfo=UTC))


class MemoryArchive:
    """The export port in memory: whole sessions, the list, a person, the topics."""

    def __init__(self, details: Iterable[SessionDetail] = ()) -> None:
        self.kept = list(details)
        self.topics_asked: list[list[int] | None] = []

    def details(
        self,
        where: SessionFilter | None = None,
        person: str = "",
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> list[SessionDetail]:
        found = [
            d
            for d in self.kept
            if (not person or person in d.summary.coachees)
            and (where is None or not where.tag or where.tag in d.summary.tags)
        ]
        for done in range(len(found)):
            if progress is not None:
                progress(done, len(found))
        return found

    def export_topics(self, session_ids: Iterable[int] | None = None) -> list[TopicRecord]:
        self.topics_asked.append(None if session_ids is None else list(session_ids))
        return []

    def count_sessions(self, where: SessionFilter | None = None) -> int:
        return len(self.kept)

    def list_sessions(
        self,
        where: SessionFilter | None = None,
        sort: SortKey = SortKey.STARTED,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[SessionSummary]:
        return [d.summary for d in self.kept][offset : offset + limit]

    def person_page(self, person_id: int) -> PersonPage:
        if person_id != 7:
            raise LookupError("This person is no longer in the archive.")
        return PersonPage(Person(7, "Ana"))


def test_an_empty_archive_exports_a_valid_file_with_no_sessions() -> None:
    service = ExportService(MemoryArchive(), app_version="9.9")
    text = service.archive_json(SessionFilter(), CLOCK.now())
    assert text is not None
    read = parse_json_document(text)
    assert read.sessions == () and read.topics == ()
    assert read.app_version == "9.9"
    rows = list(csv.reader(io.StringIO(service.sessions_csv(SessionFilter(), UTC) or "")))
    assert len(rows) == 1  # the header only


def test_the_whole_archive_comes_back_as_it_went_out() -> None:
    archive = MemoryArchive(make_details(4))
    steps: list[tuple[int, int]] = []
    text = ExportService(archive).archive_json(
        SessionFilter(), CLOCK.now(), lambda done, total: steps.append((done, total))
    )
    assert text is not None
    read = parse_json_document(text)
    assert [d.summary.coachees for d in read.sessions] == [d.summary.coachees for d in archive.kept]
    assert steps[-1] == (3, 4)
    assert archive.topics_asked == [None]  # everything: every topic, whichever session


def test_a_filtered_export_lists_only_the_topics_of_its_sessions() -> None:
    details = make_details(3)
    details[1] = replace(details[1], summary=replace(details[1].summary, tags=("retreat",)))
    archive = MemoryArchive(details)
    text = ExportService(archive).archive_json(SessionFilter(tag="retreat"), CLOCK.now())
    assert text is not None
    assert len(parse_json_document(text).sessions) == 1
    assert archive.topics_asked == [[details[1].id]]


def test_a_cancelled_export_gives_no_text() -> None:
    service = ExportService(MemoryArchive(make_details(2)))
    assert service.archive_json(SessionFilter(), CLOCK.now(), None, lambda: True) is None
    assert service.sessions_csv(SessionFilter(), UTC, lambda: True) is None
    page = service.person(7)
    assert service.person_json(page, CLOCK.now(), None, lambda: True) is None


def test_the_csv_has_a_row_per_session() -> None:
    archive = MemoryArchive(make_details(5))
    text = ExportService(archive).sessions_csv(SessionFilter(), timezone(timedelta(hours=1)))
    assert text is not None
    assert len(list(csv.reader(io.StringIO(text)))) == 6


def test_everything_about_one_person_and_a_person_no_longer_there() -> None:
    details = make_details(6)
    archive = MemoryArchive(details)
    service = ExportService(archive)
    page = service.person(7)
    text = service.person_json(page, CLOCK.now())
    assert text is not None and '"Ana"' in text
    with pytest.raises(LookupError, match="no longer in the archive"):
        service.person(8)


def test_one_session_for_the_coachee_and_complete_are_named_apart() -> None:
    detail = make_details(1)[0]
    service = ExportService(MemoryArchive([detail]))
    for_coachee = service.session(detail, complete=False, tz=UTC)
    complete = service.session(detail, complete=True, tz=UTC)
    assert for_coachee.stem.endswith("(for the coachee)")
    assert not complete.stem.endswith("(for the coachee)")
    assert detail.summary.started is not None
    assert complete.stem.startswith(detail.summary.started.date().isoformat())
    assert for_coachee.text.startswith("#") and complete.text.startswith("#")
    assert not any(ch in complete.stem for ch in '<>:"/\\|?*')
    shared = replace(detail, summary=replace(detail.summary, coachees=("Ana/B", "Ben")))
    named = service.session(shared, complete=False, tz=UTC, coachee="Ana/B")
    assert named.stem.endswith("(for Ana-B)")  # a shared session: one coachee's own copy
    assert Path(named.stem + ".md").name == named.stem + ".md"
