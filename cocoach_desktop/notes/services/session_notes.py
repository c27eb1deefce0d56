"""Notes and commitments taken during a session, put on disk and said as changes.

Each write is followed by the change it made (``platform/changes.py``). The live session's
writes run on the archive's writer thread (the recorder's). Undoable edits of a session's
notes afterwards are the archive review's (``archive/services/session_edits.py``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from cocoach_desktop.domain.ports.commitments import CommitmentsPort
from cocoach_desktop.domain.ports.notes import NotesPort
from cocoach_desktop.domain.records import Commitment, Note, Visibility
from cocoach_desktop.platform.changes import Change, ChangeFeed, ChangeKind


class NotesArchive(NotesPort, CommitmentsPort, Protocol):
    """The archive's notes and commitments: what a session's notes service writes."""


class SessionNotes:
    """A session's notes and commitments over the archive's port, publishing each change."""

    def __init__(self, archive: NotesArchive, feed: ChangeFeed) -> None:
        self.archive = archive
        self._feed = feed

    def _said(self, what: str, kind: ChangeKind, record_id: int, session_id: int) -> None:
        self._feed.publish(Change(what, kind, record_id, session_id))

    # ----- the live session's writes (the writer thread) -------------------------------

    def write_note(
        self,
        session_id: int,
        note_id: int | None,
        text: str,
        visibility: Visibility,
        created: datetime,
        phase_index: int | None = None,
        phase_name: str = "",
        session_seconds: float = 0.0,
    ) -> Note:
        """Put a note's newest text on disk: a new note, or the note ``note_id`` again."""
        if note_id is None:
            note = self.archive.add_note(
                session_id, text, visibility, created, phase_index, phase_name, session_seconds
            )
            self._said("note", ChangeKind.ADDED, note.id, session_id)
        else:
            note = self.archive.update_note(note_id, text, visibility)
            self._said("note", ChangeKind.CHANGED, note.id, session_id)
        return note

    def write_commitment(
        self, session_id: int, person: str, text: str, created: datetime, due: date | None
    ) -> Commitment:
        """Put a commitment on disk (the archive's refusal, a blank text say, is raised)."""
        commitment = self.archive.add_commitment(session_id, person, text, created, due)
        self._said("commitment", ChangeKind.ADDED, commitment.id, session_id)
        return commitment
