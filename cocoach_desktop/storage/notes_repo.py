"""The repository of a session’s notes."""

from __future__ import annotations

from datetime import datetime

from cocoach_desktop.domain.records import (
    Note,
    Visibility,
)
from cocoach_desktop.platform.problems import ErrorCode
from cocoach_desktop.storage.lookups import (
    free_id,
    kept_uid,
    session_row,
)
from cocoach_desktop.storage.models import (
    NoteRow,
)
from cocoach_desktop.storage.rows import (
    note_record,
)
from cocoach_desktop.storage.transactions import (
    RecordNotFoundError,
    Repository,
)
from cocoach_desktop.storage.validation import (
    aware,
    checked_text,
)


class NotesRepository(Repository):
    """Notes: added, changed, deleted, put back under their old id."""

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
        clean = checked_text(text, "note")
        aware(created, "the-note-time")
        with self._write() as s:
            session_row(s, session_id)
            row = NoteRow(
                session_id=session_id,
                text=clean,
                visibility=Visibility(visibility).value,
                created=created,
                phase_index=phase_index,
                phase_name=phase_name,
                session_seconds=float(session_seconds),
            )
            s.add(row)
            s.flush()
            return note_record(row)

    def restore_note(self, note: Note) -> Note:
        """Put back a deleted note whole (undo), under its old id while that is free.

        Later undo steps name the note by its id, so keeping it keeps the whole chain of
        edits undoable.
        """
        clean = checked_text(note.text, "note")
        aware(note.created, "the-note-time")
        with self._write() as s:
            session_row(s, note.session_id)
            row = NoteRow(
                id=free_id(s, NoteRow, note.id, True),
                **kept_uid(s, NoteRow, note.uid),
                session_id=note.session_id,
                text=clean,
                visibility=Visibility(note.visibility).value,
                created=note.created,
                phase_index=note.phase_index,
                phase_name=note.phase_name,
                session_seconds=float(note.session_seconds),
            )
            s.add(row)
            s.flush()
            return note_record(row)

    def update_note(self, note_id: int, text: str, visibility: Visibility) -> Note:
        clean = checked_text(text, "note")
        with self._write() as s:
            row = s.get(NoteRow, note_id)
            if row is None:
                raise RecordNotFoundError(ErrorCode.RECORD_GONE, "note", id=note_id)
            row.text = clean
            row.visibility = Visibility(visibility).value
            s.flush()
            return note_record(row)

    def delete_note(self, note_id: int) -> None:
        with self._write() as s:
            row = s.get(NoteRow, note_id)
            if row is None:
                raise RecordNotFoundError(ErrorCode.RECORD_GONE, "note", id=note_id)
            s.delete(row)
