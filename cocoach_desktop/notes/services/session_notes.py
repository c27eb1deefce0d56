"""Notes and commitments taken during a session: written, changed, taken back.

Each write is followed by the change it made (``platform/changes.py``). The live session's
writes (the recorder's, on the archive's writer thread) use :meth:`SessionNotes.write_note`
and :meth:`SessionNotes.write_commitment`; the other calls write now and return the undo step
that takes the write back (undo) and makes it again (redo).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Protocol

from cocoach_desktop.domain.ports.commitments import CommitmentsPort
from cocoach_desktop.domain.ports.notes import NotesPort
from cocoach_desktop.domain.records import (
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    Commitment,
    Note,
    Visibility,
)
from cocoach_desktop.exchange.model.exchange import text_problems
from cocoach_desktop.platform.changes import Change, ChangeFeed, ChangeKind
from cocoach_desktop.platform.undo import Command, Step


class NotesArchive(NotesPort, CommitmentsPort, Protocol):
    """The archive's notes and commitments: what a session's notes service writes."""


def refusal(text: str, what: str, *, limit: int, name: bool = False) -> str:
    """Why the archive would refuse this text, in words ("" when it would keep it); ``what``
    names the text ("This note"), in the words of whoever asks."""
    problems = text_problems(text, limit=limit, blank=False, name=name)
    return f"{what} {'; '.join(problems)}." if problems else ""


def note_refusal(text: str, what: str) -> str:
    """Why a note would be refused (too long, say), or ""."""
    return refusal(text, what, limit=MAX_NOTE_CHARS)


def commitment_refusal(text: str, person: str, what: str, who: str) -> str:
    """Why a commitment would be refused (its text, or the name of who commits), or ""."""
    return refusal(text, what, limit=MAX_NOTE_CHARS) or refusal(
        person, who, limit=MAX_NAME_CHARS, name=True
    )


class SessionNotes:
    """A session's notes and commitments over the archive's port, publishing each change."""

    def __init__(self, archive: NotesArchive, feed: ChangeFeed) -> None:
        self.archive = archive
        self._feed = feed

    def _said(self, what: str, kind: ChangeKind, record_id: int) -> None:
        self._feed.publish(Change(what, kind, record_id))

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
            self._said("note", ChangeKind.ADDED, note.id)
        else:
            note = self.archive.update_note(note_id, text, visibility)
            self._said("note", ChangeKind.CHANGED, note.id)
        return note

    def write_commitment(
        self, session_id: int, person: str, text: str, created: datetime, due: date | None
    ) -> Commitment:
        """Put a commitment on disk (the archive's refusal, a blank text say, is raised)."""
        commitment = self.archive.add_commitment(session_id, person, text, created, due)
        self._said("commitment", ChangeKind.ADDED, commitment.id)
        return commitment

    # ----- undoable steps ----------------------------------------------------------------

    def save_note(
        self,
        text: str,
        session_id: int,
        note_text: str,
        visibility: Visibility,
        created: datetime,
        phase_index: int | None = None,
        phase_name: str = "",
        session_seconds: float = 0.0,
    ) -> Command:
        """A new note, written now; redo puts back the same note (same id)."""
        a = self.archive
        made: list[Note] = []

        def add() -> None:
            if made:
                made.append(a.restore_note(made[-1]))
                self._said("note", ChangeKind.ADDED, made[-1].id)
            else:
                made.append(
                    self.write_note(
                        session_id,
                        None,
                        note_text,
                        visibility,
                        created,
                        phase_index,
                        phase_name,
                        session_seconds,
                    )
                )

        def take_back() -> None:
            a.delete_note(made[-1].id)
            self._said("note", ChangeKind.REMOVED, made[-1].id)

        return _now(Step(text, add, take_back))

    def edit_note(self, text: str, note: Note, new_text: str, visibility: Visibility) -> Command:
        """A note's new words (or who may see it), written now."""

        def put(words: str, seen: Visibility) -> Callable[[], object]:
            return lambda: self.write_note(note.session_id, note.id, words, seen, note.created)

        return _now(Step(text, put(new_text, visibility), put(note.text, note.visibility)))

    def delete_note(self, text: str, note: Note) -> Command:
        a = self.archive
        current = [note]

        def delete() -> None:
            a.delete_note(current[-1].id)
            self._said("note", ChangeKind.REMOVED, current[-1].id)

        def put_back() -> None:
            current.append(a.restore_note(current[-1]))
            self._said("note", ChangeKind.ADDED, current[-1].id)

        return _now(Step(text, delete, put_back))

    def add_commitment(
        self,
        text: str,
        session_id: int,
        person: str,
        commitment_text: str,
        created: datetime,
        due: date | None,
    ) -> Command:
        """A commitment, written now (a blank one is refused by the archive: raised)."""
        a = self.archive
        made: list[Commitment] = []

        def add() -> None:
            if made:
                made.append(a.restore_commitment(made[-1]))
                self._said("commitment", ChangeKind.ADDED, made[-1].id)
            else:
                made.append(
                    self.write_commitment(session_id, person, commitment_text, created, due)
                )

        def take_back() -> None:
            a.delete_commitment(made[-1].id)
            self._said("commitment", ChangeKind.REMOVED, made[-1].id)

        return _now(Step(text, add, take_back))

    def edit_commitment(self, text: str, old: Commitment, new: Commitment) -> Command:
        def apply(c: Commitment) -> Callable[[], object]:
            def run() -> None:
                self.archive.update_commitment(c.id, c.text, c.due, c.status, c.follow_up)
                self._said("commitment", ChangeKind.CHANGED, c.id)

            return run

        return _now(Step(text, apply(new), apply(old)))

    def remove_commitment(self, text: str, commitment: Commitment) -> Command:
        a = self.archive
        current = [commitment]

        def delete() -> None:
            a.delete_commitment(current[-1].id)
            self._said("commitment", ChangeKind.REMOVED, current[-1].id)

        def put_back() -> None:
            current.append(a.restore_commitment(current[-1]))
            self._said("commitment", ChangeKind.ADDED, current[-1].id)

        return _now(Step(text, delete, put_back))


def _now(step: Step) -> Command:
    """Do the step's first half now (its error is raised, nothing is returned to undo)."""
    step.redo()
    return step
