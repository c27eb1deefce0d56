"""Port of a session's notes."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol, runtime_checkable

from cocoach_desktop.domain.records import (
    Note,
    Visibility,
)


@runtime_checkable
class NotesPort(Protocol):
    """A session's notes: added, changed, deleted, put back."""

    def add_note(
        self,
        session_id: int,
        text: str,
        visibility: Visibility,
        created: datetime,
        phase_index: int | None = None,
        phase_name: str = "",
        session_seconds: float = 0.0,
    ) -> Note: ...

    def restore_note(self, note: Note) -> Note:
        """Put back a deleted note whole (undo), under its old id while that is free."""
        ...

    def update_note(self, note_id: int, text: str, visibility: Visibility) -> Note: ...

    def delete_note(self, note_id: int) -> None: ...
