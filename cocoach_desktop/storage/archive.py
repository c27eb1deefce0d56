"""The archive's operations: plain records in, plain records out; SQLAlchemy stays inside.

INTERFACE SKETCH — the bodies are to be written. Signatures are the contract the UI, the CLI,
the exports and the benchmark are built against; change them only together with their users.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Engine

from cocoach_desktop.core.records import (
    Checkpoint,
    Commitment,
    CommitmentStatus,
    DeletionPreview,
    NewSession,
    Note,
    Participant,
    Person,
    PersonPage,
    SearchHit,
    SessionDetail,
    SessionFilter,
    SessionStatus,
    SessionSummary,
    SortKey,
    TopicRecord,
    TopicStatus,
    Visibility,
)
from cocoach_desktop.core.session import SessionEvent


class RecordNotFoundError(LookupError):
    """The session, note, commitment, topic or person no longer exists."""


class Archive:
    """One open archive. Every method is one transaction; every result is a plain record.

    Bad values (blank text, a note over MAX_NOTE_CHARS, a blank name) raise ValueError with a
    message fit to show the user, and change nothing.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # ----- live sessions -------------------------------------------------------------------

    def start_session(self, new: NewSession) -> int:
        """Record a session that is starting (status running); people are found or created."""
        raise NotImplementedError

    def append_events(self, session_id: int, events: Sequence[SessionEvent]) -> None:
        raise NotImplementedError

    def save_checkpoint(self, session_id: int, checkpoint: Checkpoint) -> None:
        """Remember the live run's position and per-phase actual seconds (autosave)."""
        raise NotImplementedError

    def checkpoint(self, session_id: int) -> Checkpoint | None:
        raise NotImplementedError

    def finish_session(
        self,
        session_id: int,
        ended: datetime,
        actual_seconds: Sequence[float],
        status: SessionStatus = SessionStatus.FINISHED,
    ) -> None:
        """Close a session as finished or abandoned, with each phase's real seconds."""
        raise NotImplementedError

    def unfinished_sessions(self) -> list[SessionDetail]:
        """Sessions still marked running: the app died during them (crash recovery)."""
        raise NotImplementedError

    def set_participants(self, session_id: int, participants: Sequence[Participant]) -> None:
        raise NotImplementedError

    def set_tags(self, session_id: int, tags: Sequence[str]) -> None:
        raise NotImplementedError

    def all_tags(self) -> list[str]:
        raise NotImplementedError

    # ----- notes, commitments, topics ------------------------------------------------------

    def add_note(
        self,
        session_id: int,
        text: str,
        visibility: Visibility,
        created: datetime,
        phase_index: int | None = None,
        phase_name: str = "",
        session_seconds: float = 0.0,
    ) -> Note:
        raise NotImplementedError

    def update_note(self, note_id: int, text: str, visibility: Visibility) -> Note:
        raise NotImplementedError

    def delete_note(self, note_id: int) -> None:
        raise NotImplementedError

    def add_commitment(
        self,
        session_id: int,
        person: str,
        text: str,
        created: datetime,
        due: date | None = None,
    ) -> Commitment:
        raise NotImplementedError

    def update_commitment(
        self,
        commitment_id: int,
        text: str,
        due: date | None,
        status: CommitmentStatus,
        follow_up: str,
    ) -> Commitment:
        raise NotImplementedError

    def delete_commitment(self, commitment_id: int) -> None:
        raise NotImplementedError

    def open_commitments(self, person: str = "") -> list[Commitment]:
        raise NotImplementedError

    def add_topic(
        self, person: str, text: str, created: datetime, session_id: int | None = None
    ) -> TopicRecord:
        raise NotImplementedError

    def set_topic_status(self, topic_id: int, status: TopicStatus) -> TopicRecord:
        raise NotImplementedError

    def delete_topic(self, topic_id: int) -> None:
        raise NotImplementedError

    def waiting_topics(self) -> list[TopicRecord]:
        raise NotImplementedError

    # ----- reviewing -----------------------------------------------------------------------

    def count_sessions(self, where: SessionFilter | None = None) -> int:
        raise NotImplementedError

    def list_sessions(
        self,
        where: SessionFilter | None = None,
        sort: SortKey = SortKey.STARTED,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[SessionSummary]:
        """One page of the list (the archive window fetches more as it scrolls)."""
        raise NotImplementedError

    def session(self, session_id: int) -> SessionDetail:
        raise NotImplementedError

    def delete_session(self, session_id: int) -> SessionDetail:
        """Delete a session and everything in it; return it whole so it can be put back."""
        raise NotImplementedError

    def restore_session(self, detail: SessionDetail) -> int:
        """Put back a deleted session (undo), keeping its ids where they are free."""
        raise NotImplementedError

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search (FTS5) across notes, commitments, topics and names, best first.

        Any text the user types is accepted: it is turned into a safe FTS5 query (words as
        prefixes, all required), so quotes or operators never raise.
        """
        raise NotImplementedError

    def people(self) -> list[Person]:
        raise NotImplementedError

    def groups(self) -> list[str]:
        raise NotImplementedError

    def protocols(self) -> list[tuple[str, str]]:
        """(protocol id, name) pairs used in the archive, for the filter."""
        raise NotImplementedError

    def person_page(self, person_id: int) -> PersonPage:
        raise NotImplementedError

    def deletion_preview(self, person_id: int) -> DeletionPreview:
        raise NotImplementedError

    def delete_person(self, person_id: int) -> DeletionPreview:
        """Delete a person and everything about them (see DeletionPreview); return what went."""
        raise NotImplementedError

    def details(self, where: SessionFilter | None = None, person: str = "") -> list[SessionDetail]:
        """Whole sessions for exports (a filter, one person's, or everything)."""
        raise NotImplementedError

    def import_details(
        self, details: Sequence[SessionDetail], topics: Sequence[TopicRecord]
    ) -> int:
        """Add sessions (new ids) and topics in one transaction; all or nothing."""
        raise NotImplementedError

    def changed_since(self, version: int) -> bool:
        """Whether anything was written since ``data_version()`` returned ``version``."""
        raise NotImplementedError

    def data_version(self) -> int:
        """A counter that grows with every write (drives "back up only when changed")."""
        raise NotImplementedError
