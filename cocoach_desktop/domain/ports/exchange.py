"""Ports of the exports and the import: only the archive methods they use."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from cocoach_desktop.domain.ports.sessions import Cancelled, Progress
from cocoach_desktop.domain.records import (
    PersonPage,
    SessionDetail,
    SessionFilter,
    SessionSummary,
    SortKey,
    TopicRecord,
)


class ExportReads(Protocol):
    """What the exports read: whole sessions, the list, a person's page, the topics."""

    def details(
        self,
        where: SessionFilter | None = None,
        person: str = "",
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> list[SessionDetail]: ...

    def export_topics(self, session_ids: Iterable[int] | None = None) -> list[TopicRecord]: ...

    def count_sessions(self, where: SessionFilter | None = None) -> int: ...

    def list_sessions(
        self,
        where: SessionFilter | None = None,
        sort: SortKey = SortKey.STARTED,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[SessionSummary]: ...

    def person_page(self, person_id: int) -> PersonPage: ...


class ImportTarget(Protocol):
    """Where an import writes: sessions and topics in one transaction, all or nothing."""

    def import_details(
        self,
        details: Sequence[SessionDetail],
        topics: Sequence[TopicRecord],
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int: ...
