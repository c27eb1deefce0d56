"""Recording the live session: its row at Start, its position and events, its end.

Plain Python over the archive's ports and its writer (``domain/ports/writes.py``): the
decisions of what to write, when the session is on record (said once), and what to try
again after a write failed. The Qt recorder (``recording/qt/recorder.py``) keeps the timers
and signals, and words what it hears back (:class:`RecordingEvents`).
Tested with in-memory fakes: ``tests/recording/test_recording_service.py``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Protocol

from cocoach_desktop.domain.ports.recovery_files import RecoveryFiles
from cocoach_desktop.domain.ports.writes import Writes
from cocoach_desktop.domain.records import Commitment, NewSession, Note
from cocoach_desktop.notes.services.session_notes import SessionNotes
from cocoach_desktop.platform.changes import Change, ChangeFeed, ChangeKind
from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.recording.services.live_records import (
    LiveArchive,
    NoteOnRecord,
    PledgeOnRecord,
    SessionContext,
    SessionOnRecord,
    archive_of,
    checkpoint_of,
    new_session,
)
from cocoach_desktop.recording.services.note_writes import NoteWriteEvents, NoteWrites
from cocoach_desktop.recording.services.unsaved_texts import UnsavedTexts
from cocoach_desktop.timer.model.session import SessionRun

# What a fault is about (the recorder words each): the session's row, the timer's log, its end.
ROW, LOG, END = "session", "log", "end"


class RecordingEvents(Protocol):
    """What the recorder hears back from the writes (where the writer delivers outcomes)."""

    def fault(self, about: str, exc: Exception | None) -> None:
        """A write about ``about`` failed (``exc``), or (None) that problem has gone."""
        ...

    def retry_later(self) -> None:
        """Something failed that is worth trying again (call :meth:`RecordingService.retry`)."""
        ...

    def on_record(self, session_id: int) -> None:
        """The session's row is on disk: said once per session."""
        ...

    def saved(self, session_id: int) -> None:
        """The end of the session on record is on disk."""
        ...


class RecorderEvents(RecordingEvents, NoteWriteEvents, Protocol):
    """All the recorder hears: of the session's writes, and of its notes' and commitments'."""


class _Unheard:
    def fault(self, about: str, exc: Exception | None) -> None:
        pass

    def saving(self) -> None:
        pass

    def note_written(self, cell: NoteOnRecord, note: Note | None) -> None:
        pass

    def note_failed(self, cell: NoteOnRecord, exc: Exception, refused: bool) -> None:
        pass

    def commitment_written(self, pledge: PledgeOnRecord, commitment: Commitment) -> None:
        pass

    def commitment_failed(self, pledge: PledgeOnRecord, exc: Exception, refused: bool) -> None:
        pass

    def retry_later(self) -> None:
        pass

    def on_record(self, session_id: int) -> None:
        pass

    def saved(self, session_id: int) -> None:
        pass


class RecordingService:
    """The session on record and its writes, handed to the writer in the order they happen."""

    def __init__(
        self,
        archive: LiveArchive | None,
        files: RecoveryFiles,
        recovery_dir: Path,
        clock: Clock,
        writer: Writes,
        feed: ChangeFeed,
    ) -> None:
        self.archive = archive
        self.files = files
        self.recovery_dir = recovery_dir
        self.clock = clock
        self.writer = writer
        self.feed = feed
        self.events: RecorderEvents = _Unheard()
        self.unsaved = UnsavedTexts(files, recovery_dir, clock)
        self.note_writes = NoteWrites(writer, self.events)
        self.open = False  # a session is open for notes (with or without an archive)
        self.record: SessionOnRecord | None = None  # the session on record (its row may be coming)
        # The session whose row is known to be on disk (on_record was said for it).
        self.announced: SessionOnRecord | None = None
        self.finish_failed: tuple[SessionOnRecord, datetime, list[float]] | None = None

    def listen(self, events: RecorderEvents) -> None:
        self.events = events
        self.note_writes.events = events

    @property
    def session_id(self) -> int | None:
        """The open session's id in the archive (None until its row is written)."""
        record = self.record
        return record.id if record is not None and self.open else None

    def _on_record(
        self,
        new: NewSession | None,
        started: datetime | None,
        session_id: int | None = None,
        events_written: int = 0,
        texts: dict[int, str] | None = None,
    ) -> SessionOnRecord | None:
        """The session as the archive will hold it (None: there is no archive)."""
        archive = self.archive
        if archive is None:
            return None
        return SessionOnRecord(
            archive,
            new,
            SessionNotes(archive, self.feed),
            id=session_id,
            events_written=events_written,
            copy_dir=self.recovery_dir,
            files=self.files,
            started=started,
            texts=dict(texts or {}),
        )

    # ----- the session ---------------------------------------------------------------------

    def start(self, run: SessionRun, ctx: SessionContext) -> SessionOnRecord | None:
        """Start: the session is open, and (with an archive) on its way to the record; its
        row is made by :meth:`submit_open` (None: no archive, notes go to a recovery file)."""
        new = new_session(run, ctx)
        self.open = True
        self.record = self._on_record(new, new.started)
        return self.record

    def submit_open(self, record: SessionOnRecord) -> None:
        """Make the session's row (or learn it is made) and say the session is on record."""

        def failed(exc: Exception) -> None:
            self.events.fault(ROW, exc)
            self.events.retry_later()  # the row is tried again, as a note would be

        self.writer.submit(record.ensure, lambda sid: self.opened(record, sid), failed)

    def opened(self, record: SessionOnRecord, session_id: int) -> None:
        """The session's row is on disk (made by this write or by any other one, a count or
        the timer's log, while the first attempt waited for the archive): said once."""
        if record is not self.record or not self.open or self.announced is record:
            return
        self.announced = record
        self.events.fault(ROW, None)
        self.events.on_record(session_id)
        # Said as "live", not "session": an open archive lists it, and does not take it for
        # a session put back by an undo.
        self.feed.publish(Change("live", ChangeKind.ADDED, session_id, session_id))

    def adopt(
        self, run: SessionRun, session_id: int, notes: list[Note], events_on_disk: int
    ) -> SessionOnRecord | None:
        """Carry on recording a session resumed after a crash (its row is there)."""
        self.open = True
        self.record = self._on_record(
            None, run.started_wall, session_id, events_on_disk, {n.id: n.text for n in notes}
        )
        self.announced = self.record  # resumed: its row is there, and the flow says so
        return self.record

    def close(self) -> None:
        """The finished session is forgotten: nothing more goes into it."""
        self.open = False
        self.record = None

    # ----- the run's position and its end ------------------------------------------------

    def write_position(
        self, run: SessionRun, *, current_phase_only: bool = False, quit: bool = False
    ) -> None:
        """Hand over the run's position and its new events (one write, however many asks)."""
        record = self.record
        if record is None:
            return
        checkpoint = checkpoint_of(run)
        with record.lock:
            record.events = tuple(run.events)
            record.checkpoint = replace(checkpoint, quit=True) if quit else checkpoint
            record.whole = record.whole or not current_phase_only
            if record.queued:
                return  # the write waiting in the queue takes the newest position
            record.queued = True
        self.writer.submit(
            record.write_position,
            lambda _wrote: self._position_written(record),
            lambda exc: self._position_failed(record, exc),
        )

    def _position_written(self, record: SessionOnRecord) -> None:
        record.position_failed = False
        self.events.fault(LOG, None)
        if record.id is not None:  # a position write makes the session's row if need be
            self.opened(record, record.id)

    def _position_failed(self, record: SessionOnRecord, exc: Exception) -> None:
        record.position_failed = True
        if record is self.record:
            self.events.fault(LOG, exc)
            self.events.retry_later()

    def checkpoint(self, run: SessionRun | None) -> None:
        """The clock's position now (while it runs, every few seconds)."""
        if run is not None and self.open:
            self.write_position(run, current_phase_only=True)

    def finish(self, run: SessionRun | None) -> None:
        """The session ended: its last position, then its end."""
        record = self.record
        if run is None or not self.open or record is None:
            return
        self.write_position(run)
        self._submit_finish(record, run.finished_wall or self.clock.now(), run.actual_seconds())

    def _submit_finish(self, record: SessionOnRecord, wall: datetime, actual: list[float]) -> None:
        def finish() -> int:
            session_id = record.ensure()
            record.archive.finish_session(session_id, wall, actual)
            record.drop_copy()
            return session_id

        def failed(exc: Exception) -> None:
            if record.archive is self.archive:  # tried again until it is written
                self.finish_failed = (record, wall, actual)
                self.events.retry_later()
            self.events.fault(END, exc)

        self.writer.submit(finish, lambda session_id: self._saved(record, session_id), failed)

    def _saved(self, record: SessionOnRecord, session_id: int) -> None:
        self.events.fault(END, None)
        self.feed.publish(Change("live", ChangeKind.CHANGED, session_id, session_id))
        if record is self.record and self.open:
            self.events.saved(session_id)

    def retry(self, run: SessionRun | None) -> None:
        """Try again what failed: notes, commitments, the session's end, its row, its log."""
        self.note_writes.retry()
        if self.finish_failed is not None:
            ended, wall, actual = self.finish_failed
            self.finish_failed = None
            self._submit_finish(ended, wall, actual)
        record = self.record
        if record is not None and self.open and self.announced is not record:
            self.submit_open(record)  # its first write failed: the row is tried again
        if record is not None and record.position_failed and run is not None and self.open:
            self.write_position(run)

    # ----- what the archive has not taken ------------------------------------------------

    def rescue_unwritten(self) -> Path | None:
        """Quitting before the writer finished: whatever it was not seen to write goes to a
        recovery file now (the process is about to end; this may wait for the disk)."""
        return self.unsaved.rescue(self.note_writes.unwritten_texts())

    def replace_archive(self, archive: LiveArchive | None) -> tuple[list[object], Path | None]:
        """Another archive file is open now (a restore): what the old one did not take is
        never written into the new one. What was dropped, and the file it stays in."""
        self.archive = archive
        unsaved = self.unsaved
        stale = [k for k in unsaved.keys if archive_of(k) not in (None, archive)]
        where = unsaved.file
        unsaved.drop(stale)
        self.note_writes.forget(stale)
        return stale, where
