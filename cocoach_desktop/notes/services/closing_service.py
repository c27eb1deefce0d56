"""Closing a session: what the closing screen offers, and saving its choices in one go."""

from __future__ import annotations

from typing import Protocol

from cocoach_desktop.domain.ports.sessions import LiveSessionsPort, SessionReviewPort
from cocoach_desktop.domain.ports.topics import TopicsPort
from cocoach_desktop.domain.records import Commitment, TopicRecord
from cocoach_desktop.notes.model.closing import ClosingChoices


class ClosingArchive(TopicsPort, SessionReviewPort, LiveSessionsPort, Protocol):
    """The parts of the archive the closing screen needs: waiting topics, the session's tags,
    and saving the choices in one transaction."""


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
