"""Closing a session: what the closing screen offers, and saving its choices in one go."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Protocol

from cocoach_desktop.domain.records import Commitment, SessionDetail, TopicRecord
from cocoach_desktop.notes.model.closing import ClosingChoices


class ClosingArchive(Protocol):
    """The part of the archive the closing screen needs."""

    def waiting_topics(self) -> list[TopicRecord]: ...

    def session(self, session_id: int) -> SessionDetail: ...

    def close_session_choices(
        self,
        session_id: int,
        texts: Mapping[int, str],
        removed: Sequence[int],
        taken_topics: Sequence[int],
        tags: Sequence[str],
        dues: Mapping[int, date | None] | None = None,
    ) -> list[Commitment]: ...


def closing_material(
    archive: ClosingArchive, session_id: int
) -> tuple[list[TopicRecord], tuple[str, ...]]:
    """The topics still waiting (to mark those dealt with) and the session's tags."""
    return archive.waiting_topics(), archive.session(session_id).summary.tags


def save_closing(
    archive: ClosingArchive, session_id: int, choices: ClosingChoices
) -> list[Commitment]:
    """The choices in one transaction (all of them, or none); the commitments kept."""
    return archive.close_session_choices(
        session_id,
        choices.commitments,
        choices.removed_commitments,
        choices.taken_topics,
        choices.tags,
        dues=choices.dues,
    )
