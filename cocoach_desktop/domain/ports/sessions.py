"""Ports of the sessions: the live run, the review (list, filter, whole sessions), transfer."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Protocol, runtime_checkable

from cocoach_desktop.domain.records import (
    Checkpoint,
    Commitment,
    NewSession,
    Participant,
    SessionDetail,
    SessionFilter,
    SessionStatus,
    SessionSummary,
    SortKey,
    TopicRecord,
)
from cocoach_desktop.timer.model.session import SessionEvent

# A long job reports ``progress(done, total)`` and stops when ``cancelled()`` says so.
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@runtime_checkable
class LiveSessionsPort(Protocol):
    """Recording a session as it runs: start, events, autosave, close."""

    def start_session(self, new: NewSession) -> int:
        """Record a session that is starting (status running); people are found or created."""
        ...

    def append_events(self, session_id: int, events: Sequence[SessionEvent]) -> None: ...

    def save_checkpoint(
        self,
        session_id: int,
        checkpoint: Checkpoint,
        events: Sequence[SessionEvent] = (),
        *,
        current_phase_only: bool = False,
    ) -> None:
        """Remember the live run's position and per-phase actual seconds (autosave)."""
        ...

    def checkpoint(self, session_id: int) -> Checkpoint | None: ...

    def finish_session(
        self,
        session_id: int,
        ended: datetime,
        actual_seconds: Sequence[float],
        status: SessionStatus = SessionStatus.FINISHED,
    ) -> None:
        """Close a session as finished or abandoned, with each phase's real seconds."""
        ...

    def unfinished_sessions(self) -> list[SessionDetail]:
        """Sessions still marked running: the app died during them (crash recovery)."""
        ...

    def set_participants(self, session_id: int, participants: Sequence[Participant]) -> None: ...

    def set_tags(self, session_id: int, tags: Sequence[str]) -> None: ...

    def close_session_choices(
        self,
        session_id: int,
        texts: Mapping[int, str],
        removed: Sequence[int],
        taken_topics: Sequence[int],
        tags: Sequence[str],
        dues: Mapping[int, date | None] | None = None,
    ) -> list[Commitment]:
        """The closing screen's choices in one transaction: all of them, or none."""
        ...


@runtime_checkable
class SessionReviewPort(Protocol):
    """Reading the archive of sessions: the filtered list, one session, whole sessions."""

    def count_sessions(self, where: SessionFilter | None = None) -> int: ...

    def list_sessions(
        self,
        where: SessionFilter | None = None,
        sort: SortKey = SortKey.STARTED,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[SessionSummary]:
        """One page of the list (the archive window fetches more as it scrolls)."""
        ...

    def session(self, session_id: int) -> SessionDetail: ...

    def details(
        self,
        where: SessionFilter | None = None,
        person: str = "",
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> list[SessionDetail]:
        """Whole sessions for exports (a filter, one person's, or everything), oldest first."""
        ...

    def all_tags(self) -> list[str]:
        """The tags some session carries, sorted without regard to case."""
        ...

    def protocols(self) -> list[tuple[str, str]]:
        """(protocol id, name) pairs used in the archive, for the filter."""
        ...


@runtime_checkable
class SessionTransferPort(Protocol):
    """Sessions deleted and put back (undo), or imported from another archive."""

    def delete_session(self, session_id: int) -> SessionDetail:
        """Delete a session and everything in it; return it whole so it can be put back."""
        ...

    def restore_session(self, detail: SessionDetail) -> int:
        """Put back a deleted session (undo), keeping its ids where they are free."""
        ...

    def import_details(
        self,
        details: Sequence[SessionDetail],
        topics: Sequence[TopicRecord],
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        """Add sessions (new ids) and topics in one transaction; all or nothing."""
        ...
