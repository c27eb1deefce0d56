"""Correcting an archived session: its tags, notes and commitments, as undo steps.

Each edit is written now and returned as an undo step; each write is followed by the change
it made.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Protocol

from cocoach_desktop.archive.services.review_service import session_changed
from cocoach_desktop.domain.ports.commitments import CommitmentsPort
from cocoach_desktop.domain.ports.notes import NotesPort
from cocoach_desktop.domain.ports.sessions import LiveSessionsPort
from cocoach_desktop.domain.records import Commitment, Note, Visibility
from cocoach_desktop.platform.changes import ChangeFeed
from cocoach_desktop.platform.undo import Command, Step


class SessionEditing(NotesPort, CommitmentsPort, LiveSessionsPort, Protocol):
    """The archive's notes, commitments and tags: what edits inside a session."""


class SessionEdits:
    """Each method writes now (the archive's refusal is raised, nothing changes) and returns
    the step that takes the write back (undo) and makes it again (redo)."""

    def __init__(self, archive: SessionEditing, feed: ChangeFeed) -> None:
        self._archive = archive
        self._feed = feed

    def _edit(
        self, text: str, session_id: int, redo: Callable[[], object], undo: Callable[[], object]
    ) -> Command:
        def published(half: Callable[[], object]) -> Callable[[], object]:
            def run() -> object:
                done = half()
                self._feed.publish(session_changed(session_id))
                return done

            return run

        published(redo)()
        return Step(text, published(redo), published(undo))

    def set_tags(
        self, text: str, session_id: int, old: Sequence[str], new: Sequence[str]
    ) -> Command:
        a = self._archive
        return self._edit(
            text,
            session_id,
            lambda: a.set_tags(session_id, new),
            lambda: a.set_tags(session_id, old),
        )

    def update_note(self, text: str, note: Note, new_text: str, visibility: Visibility) -> Command:
        a = self._archive
        return self._edit(
            text,
            note.session_id,
            lambda: a.update_note(note.id, new_text, visibility),
            lambda: a.update_note(note.id, note.text, note.visibility),
        )

    def add_note(
        self,
        text: str,
        session_id: int,
        note_text: str,
        visibility: Visibility,
        created: datetime,
        phase_index: int | None,
        phase_name: str,
    ) -> Command:
        a = self._archive
        made: list[Note] = []

        def add() -> None:
            # Redo puts back the same note (same id), so later undo steps still find it.
            if made:
                made.append(a.restore_note(made[-1]))
            else:
                made.append(
                    a.add_note(session_id, note_text, visibility, created, phase_index, phase_name)
                )

        return self._edit(text, session_id, add, lambda: a.delete_note(made[-1].id))

    def delete_note(self, text: str, note: Note) -> Command:
        a = self._archive
        current = [note]

        def put_back() -> None:
            current.append(a.restore_note(current[-1]))

        return self._edit(text, note.session_id, lambda: a.delete_note(current[-1].id), put_back)

    def update_commitment(self, text: str, old: Commitment, new: Commitment) -> Command:
        a = self._archive

        def apply(c: Commitment) -> Callable[[], object]:
            return lambda: a.update_commitment(c.id, c.text, c.due, c.status, c.follow_up)

        return self._edit(text, old.session_id, apply(new), apply(old))

    def add_commitment(
        self,
        text: str,
        session_id: int,
        person: str,
        commitment_text: str,
        created: datetime,
        due: date | None,
    ) -> Command:
        a = self._archive
        made: list[Commitment] = []

        def add() -> None:
            if made:
                made.append(a.restore_commitment(made[-1]))
            else:
                made.append(a.add_commitment(session_id, person, commitment_text, created, due))

        return self._edit(text, session_id, add, lambda: a.delete_commitment(made[-1].id))

    def delete_commitment(self, text: str, commitment: Commitment) -> Command:
        a = self._archive
        current = [commitment]

        def put_back() -> None:
            current.append(a.restore_commitment(current[-1]))

        return self._edit(
            text, commitment.session_id, lambda: a.delete_commitment(current[-1].id), put_back
        )
