"""Port of the topics people bring."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Protocol, runtime_checkable

from cocoach_desktop.domain.records import (
    TopicRecord,
    TopicStatus,
)


@runtime_checkable
class TopicsPort(Protocol):
    """Topics: noted, linked to sessions, taken, deleted, put back."""

    def add_topic(
        self, person: str, text: str, created: datetime, session_id: int | None = None
    ) -> TopicRecord: ...

    def link_topics(self, topic_ids: Sequence[int], session_id: int) -> None:
        """Topics noted just before a session started belong to it (those with no session)."""
        ...

    def set_topic_status(
        self, topic_id: int, status: TopicStatus, taken_in: int | None = None
    ) -> TopicRecord:
        """Set a topic's status; ``taken_in`` is the session that dealt with it (if taken)."""
        ...

    def delete_topic(self, topic_id: int) -> TopicRecord:
        """Delete a topic; return it whole, so that it can be put back (undo)."""
        ...

    def restore_topic(self, topic: TopicRecord) -> TopicRecord:
        """Put back a deleted topic (undo) with its links, under its old id while that is free."""
        ...

    def waiting_topics(self) -> list[TopicRecord]:
        """Topics still waiting for their turn, oldest first."""
        ...

    def all_topics(self) -> list[TopicRecord]:
        """Every topic, whatever its status, oldest first."""
        ...

    def export_topics(self, session_ids: Iterable[int] | None = None) -> list[TopicRecord]:
        """The topics an export lists on their own, beside its sessions (oldest first)."""
        ...
