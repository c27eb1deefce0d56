"""The observer's tally as counted: the taps of the session counted now, and whose they are.

Counting starts at Start, before the session's row is on disk (the writer makes the row
before the first count's write); the counts of a finished session stay in view, and go when
it leaves the screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from cocoach_desktop.domain.records import TallyCounts, TallyKind, TallyMark


class SessionOnDisk(Protocol):
    """The session being put on record (the recorder's): the writer thread makes its row
    first, and tells its id, before any write that needs it."""

    id: int | None

    def ensure(self) -> int: ...


@dataclass(eq=False)
class Count:
    """One tap: on screen at once, in the archive once the writer thread has put it there."""

    kind: TallyKind
    session_id: int | None  # None while the session's row is still being made
    seconds: float
    phase: int | None
    id: int | None = None  # set by the writer thread once the mark is on disk
    record: SessionOnDisk | None = None  # the session being recorded, when it was tapped


class TallyBook:
    """The counts on screen, oldest first, and the session they are counted for."""

    def __init__(self) -> None:
        self.session_id: int | None = None
        self.record: SessionOnDisk | None = None  # a session whose row is being made
        self.marks: list[Count] = []

    @property
    def counts(self) -> TallyCounts:
        return TallyCounts.from_marks(self.marks)

    def start_recording(self, record: SessionOnDisk) -> None:
        """A session is starting: count at once, before its row is on disk."""
        self.record = record
        self.open_session(None)

    def open_session(self, session_id: int | None, marks: tuple[TallyMark, ...] = ()) -> None:
        """Count for this session (None: no session, the counts wait at nought)."""
        record = self.record
        if session_id is not None and record is not None and record.id == session_id:
            self.session_id = session_id  # the row of the session being counted is there
            return
        if session_id is not None:
            self.record = None  # another session (resumed after a crash)
        self.session_id = session_id
        self.marks = [
            Count(m.kind, m.session_id, m.session_seconds, m.phase_index, id=m.id) for m in marks
        ]

    def finish(self) -> None:
        """The session ended: its counts stay, and no more can be added."""
        self.session_id = None
        self.record = None

    def forget(self) -> None:
        """The finished session left the screen: its counts go with it (back to nought)."""
        self.record = None
        self.open_session(None)

    @property
    def counting(self) -> bool:
        """A session is open for counts (on record, or its row being made)."""
        return self.session_id is not None or self.record is not None

    def is_current(self, count: Count) -> bool:
        """``count`` belongs to the session counted now."""
        if count.record is not None and count.record is self.record:
            return True
        return count.session_id is not None and count.session_id == self.session_id
