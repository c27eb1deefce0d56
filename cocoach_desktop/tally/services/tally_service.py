"""The observer's tally as use cases: a tap counted, a count taken back, each an undo step.

Each tap counts on screen at once and is handed to the archive's writer
(``domain/ports/writes.py``), with the session time and phase it happened in. A count the
archive could not take comes off the screen again. Plain Python: tested with in-memory fakes
(``tests/tally/test_tally_service.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from cocoach_desktop.domain.ports.tally import TallyPort
from cocoach_desktop.domain.ports.writes import Writes
from cocoach_desktop.domain.records import TallyKind, TallyMark
from cocoach_desktop.platform.changes import Change, ChangeFeed, ChangeKind
from cocoach_desktop.platform.undo import Command
from cocoach_desktop.tally.model.tally_book import Count, SessionOnDisk, TallyBook

# What a problem is about (the view words each): a count not saved, or not taken back.
NOT_SAVED, NOT_TAKEN_BACK = "not saved", "not taken back"


class TallyEvents(Protocol):
    """What the view hears: the counts changed, a write failed (or one worked: None)."""

    def counts_changed(self) -> None: ...

    def problem_changed(self, about: str, exc: Exception | None) -> None: ...


class _Unheard:
    def counts_changed(self) -> None:
        pass

    def problem_changed(self, about: str, exc: Exception | None) -> None:
        pass


class TallyStep:
    """A count added (a tap) or taken back (Undo), as one undo step.

    The step only ever acts on the session it was made in: once another session is on
    record it drops out of the undo history.
    """

    def __init__(
        self, tally: TallyService, count: Count, text: str, *, taking_back: bool = False
    ) -> None:
        self.text = text
        self.tally = tally
        self.kind = count.kind
        self.counted = count  # the session it was made in: ``book.is_current`` says
        self.count: Count | None = count  # None while the count is not on record
        self.taking_back = taking_back

    def _counted(self, counted: bool) -> bool:
        # Whether the count is on record is the service's to say (a write that failed puts
        # it back, or takes it off): the step acts only on the difference.
        book = self.tally.book
        on_record = self.count is not None and self.count in book.marks
        if not book.is_current(self.counted):
            return False
        if counted and not on_record:
            self.count = self.tally.add(self.kind, self.count)
        elif not counted and on_record:
            assert self.count is not None
            self.tally.remove(self.count)
        return True

    def redo(self) -> bool:  # a tap is already counted when it is pushed: nothing to do then
        return self._counted(not self.taking_back)

    def undo(self) -> bool:
        return self._counted(self.taking_back)


class TallyService:
    """Counts the taps of the session counted now, and writes them to the archive."""

    def __init__(
        self,
        writer: Writes,
        position: Callable[[], tuple[float, int | None]],
        feed: ChangeFeed,
    ) -> None:
        self.writer = writer
        self.position = position  # the session time and phase index right now
        self.feed = feed
        self.archive: TallyPort | None = None
        self.book = TallyBook()
        self.events: TallyEvents = _Unheard()

    def listen(self, events: TallyEvents) -> None:
        self.events = events

    # ----- the session counted -----------------------------------------------------------

    def start_recording(self, record: SessionOnDisk) -> None:
        """Start: count at once, before the session's row is on disk."""
        self.book.start_recording(record)
        self.events.counts_changed()

    def open_session(self, session_id: int | None, marks: tuple[TallyMark, ...] = ()) -> None:
        self.book.open_session(session_id, marks)
        self.events.counts_changed()

    def finish(self) -> None:
        self.book.finish()
        self.events.counts_changed()

    def forget(self) -> None:
        self.book.forget()
        self.events.counts_changed()

    # ----- taps and their undo -----------------------------------------------------------

    def tap(self, kind: TallyKind, text: str) -> Command | None:
        """Count one more now; the step (already done) that takes it back. None: no session
        is counted, or there is no archive."""
        if not self.book.counting:
            return None
        count = self.add(kind)
        return TallyStep(self, count, text) if count is not None else None

    def take_back_last(self, text: Callable[[TallyKind], str]) -> Command | None:
        """The step (to do) that takes back the newest count of this session."""
        if not self.book.counting or not self.book.marks:
            return None
        count = self.book.marks[-1]
        return TallyStep(self, count, text(count.kind), taking_back=True)

    def add(self, kind: TallyKind, again: Count | None = None) -> Count | None:
        """Count one more now, or count ``again`` a tap that was taken back (the same tap,
        so that every undo step that names it sees it back)."""
        archive, book = self.archive, self.book
        if archive is None or not book.counting:
            return None
        if again is not None and book.is_current(again):
            count = again
        else:
            seconds, phase = self.position()
            count = Count(kind, book.session_id, seconds, phase, record=book.record)

        def write() -> None:  # on the writer thread
            if count.session_id is None and count.record is not None:
                count.session_id = count.record.ensure()  # its row first, if not yet made
            assert count.session_id is not None
            count.id = archive.add_tally(
                count.session_id, count.kind, count.seconds, count.phase
            ).id
            self.feed.publish(Change("tally", ChangeKind.ADDED, count.id, count.session_id))

        book.marks.append(count)
        self.events.counts_changed()
        self.writer.submit(
            write,
            lambda _none: self.events.problem_changed(NOT_SAVED, None),
            lambda exc: self._lost(count, exc),
        )
        return count

    def _lost(self, count: Count, exc: Exception) -> None:
        """The archive could not take the count: it comes off the screen, and that is said."""
        if count in self.book.marks:
            self.book.marks.remove(count)
            self.events.counts_changed()
        self.events.problem_changed(NOT_SAVED, exc)

    def remove(self, count: Count) -> None:
        archive, book = self.archive, self.book
        if count in book.marks:
            book.marks.remove(count)
            self.events.counts_changed()
        if archive is None:
            return

        def write() -> bool:
            if count.id is None:  # its own write failed: there is nothing to take back
                return False
            mark_id = count.id
            archive.remove_tally(mark_id)
            count.id = None
            self.feed.publish(Change("tally", ChangeKind.REMOVED, mark_id, count.session_id))
            return True

        def kept(exc: Exception) -> None:
            if book.is_current(count) and count not in book.marks:
                book.marks.append(count)
                self.events.counts_changed()
            self.events.problem_changed(NOT_TAKEN_BACK, exc)

        def taken(wrote: bool) -> None:
            if wrote:  # a write that worked: any "could not be saved" is past
                self.events.problem_changed(NOT_SAVED, None)

        self.writer.submit(write, taken, kept)
