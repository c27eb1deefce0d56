"""Port of the observer's tally of questions and advice."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from cocoach_desktop.domain.records import (
    TallyKind,
    TallyMark,
    TallyPoint,
)


@runtime_checkable
class TallyPort(Protocol):
    """Tally marks: counted, taken back, listed, the trend across sessions."""

    def add_tally(
        self,
        session_id: int,
        kind: TallyKind,
        session_seconds: float,
        phase_index: int | None = None,
    ) -> TallyMark:
        """Count one question (or piece of advice) the observer heard, at this moment."""
        ...

    def remove_tally(self, mark_id: int) -> None:
        """Take back one mark (undo of a tap); a mark already gone is no error."""
        ...

    def tally(self, session_id: int) -> tuple[TallyMark, ...]:
        """A session's marks in the order they were made (none for a session that is gone)."""
        ...

    def tally_trend(self, group: str | None = None) -> tuple[TallyPoint, ...]:
        """Each session's counts, oldest first: only sessions with marks, of team ``group``."""
        ...
