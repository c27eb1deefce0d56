"""The live session's notes and commitments on their way to the archive.

Handed to the writer, kept when a write fails, tried again: plain Python; the recorder words
the outcomes.
"""

from __future__ import annotations

from typing import Protocol

from cocoach_desktop.domain.ports.writes import Writes
from cocoach_desktop.domain.records import Commitment, Note
from cocoach_desktop.recording.services.live_records import NoteOnRecord, PledgeOnRecord


class NoteWriteEvents(Protocol):
    """What the recorder hears of the notes' and commitments' writes."""

    def saving(self) -> None:
        """A note was handed to the writer."""
        ...

    def note_written(self, cell: NoteOnRecord, note: Note | None) -> None:
        """A note's write worked (None: its newest text was already on disk)."""
        ...

    def note_failed(self, cell: NoteOnRecord, exc: Exception, refused: bool) -> None:
        """A note's write failed: ``refused`` (the archive's refusal) is not tried again."""
        ...

    def commitment_written(self, pledge: PledgeOnRecord, commitment: Commitment) -> None: ...

    def commitment_failed(self, pledge: PledgeOnRecord, exc: Exception, refused: bool) -> None:
        """A commitment's write failed: ``refused`` (a blank one, say) is not tried again."""
        ...

    def retry_later(self) -> None: ...


class NoteWrites:
    """The notes and commitments handed over, those whose write failed, and their retries."""

    def __init__(self, writer: Writes, events: NoteWriteEvents) -> None:
        self.writer = writer
        self.events = events
        self.failed: set[NoteOnRecord] = set()  # notes whose last write failed (to retry)
        # Notes and commitments handed over whose newest text is not yet seen on disk:
        self.unwritten: set[NoteOnRecord] = set()
        self.cells: dict[int, NoteOnRecord] = {}  # the notes written, by id
        self.pledges_failed: set[PledgeOnRecord] = set()  # commitments whose write failed
        self.pledges_unwritten: set[PledgeOnRecord] = set()
        self.pending = 0  # note writes handed over whose outcome has not come back

    def submit_note(self, cell: NoteOnRecord) -> None:
        self.pending += 1
        self.unwritten.add(cell)
        self.events.saving()
        self.writer.submit(
            cell.write,
            lambda note: self._note_written(cell, note),
            lambda exc: self._note_failed(cell, exc),
        )

    def _note_written(self, cell: NoteOnRecord, note: Note | None) -> None:
        self.pending -= 1
        self.failed.discard(cell)
        if note is not None:
            self.cells[note.id] = cell
        if cell.written == cell.wanted:
            self.unwritten.discard(cell)
        self.events.note_written(cell, note)

    def _note_failed(self, cell: NoteOnRecord, exc: Exception) -> None:
        self.pending -= 1
        self.failed.add(cell)
        refused = isinstance(exc, ValueError)  # refused: trying again would be refused again
        self.events.note_failed(cell, exc, refused)
        if not refused:
            self.events.retry_later()

    def submit_pledge(self, pledge: PledgeOnRecord) -> None:
        self.pledges_unwritten.add(pledge)
        self.writer.submit(
            pledge.write,
            lambda commitment: self._commitment_written(pledge, commitment),
            lambda exc: self._commitment_failed(pledge, exc),
        )

    def _commitment_written(self, pledge: PledgeOnRecord, commitment: Commitment) -> None:
        self.pledges_unwritten.discard(pledge)
        self.events.commitment_written(pledge, commitment)

    def _commitment_failed(self, pledge: PledgeOnRecord, exc: Exception) -> None:
        self.pledges_unwritten.discard(pledge)
        if isinstance(exc, ValueError):  # refused: back in its field, in words
            self.events.commitment_failed(pledge, exc, True)
            return
        self.pledges_failed.add(pledge)
        self.events.commitment_failed(pledge, exc, False)
        self.events.retry_later()

    def retry(self) -> None:
        """Try again the notes and commitments whose write failed."""
        for cell in list(self.failed):
            with cell.lock:
                if cell.queued:
                    continue
                cell.queued = True
            self.submit_note(cell)
        for pledge in list(self.pledges_failed):
            self.pledges_failed.discard(pledge)
            self.submit_pledge(pledge)

    def unwritten_texts(self) -> dict[object, str]:
        """What the writer was not seen to write (quitting before it finished)."""
        texts: dict[object, str] = {}
        for cell in self.unwritten:
            if cell.wanted is not None and cell.wanted != cell.written:
                texts[cell] = cell.wanted[0]
        for pledge in self.pledges_unwritten | self.pledges_failed:
            texts[pledge] = pledge.label()
        return texts

    def forget(self, keys: list[object]) -> None:
        """These go to no archive any more (another file is open): never tried again."""
        for key in keys:
            if isinstance(key, NoteOnRecord):
                self.failed.discard(key)
                self.unwritten.discard(key)
            elif isinstance(key, PledgeOnRecord):
                self.pledges_failed.discard(key)
                self.pledges_unwritten.discard(key)
