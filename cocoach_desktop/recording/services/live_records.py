"""What the live session's writes share with the writer thread.

The session, its notes and commitments as the archive holds them, and the records written
from a run. Plain Python over the archive's ports: the writer thread runs these writes.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from cocoach_desktop.domain.ports.recovery_files import RecoveryFiles
from cocoach_desktop.domain.ports.sessions import LiveSessionsPort
from cocoach_desktop.domain.records import (
    Checkpoint,
    Commitment,
    NewSession,
    Note,
    Participant,
    PhaseRecord,
    Role,
    Visibility,
)
from cocoach_desktop.notes.services.session_notes import NotesArchive, SessionNotes
from cocoach_desktop.platform.problems import CodedError, ErrorCode
from cocoach_desktop.timer.model.session import RunState, SessionEvent, SessionRun

__all__ = [
    "LiveArchive",
    "NotRecordedError",
    "NoteOnRecord",
    "PledgeOnRecord",
    "SessionContext",
    "SessionOnRecord",
    "archive_of",
    "checkpoint_of",
    "new_session",
    "phase_records",
]


class LiveArchive(LiveSessionsPort, NotesArchive, Protocol):
    """The archive as the live session writes it: the session, its notes and commitments."""


class NotRecordedError(CodedError, OSError):
    """The session itself could not be put in the archive, so nothing of it can be."""


@dataclass(eq=False)
class SessionOnRecord:
    """One session as the archive holds it: shared by the GUI thread and the writer thread.

    The GUI thread says what it wants on disk (the newest position and events); the
    writer thread alone writes, and alone sets what is on disk (``id``, ``events_written``).
    Until the session's row exists, every write first tries to make it.
    """

    archive: LiveArchive
    new: NewSession | None  # None: adopted after a crash, the row exists
    notes: SessionNotes  # writes the notes and commitments, and says what changed
    id: int | None = None
    events_written: int = 0
    events: tuple[SessionEvent, ...] = ()
    checkpoint: Checkpoint | None = None
    whole: bool = False  # some position asked for since the last write needs every phase
    queued: bool = False  # a position write is waiting in the writer's queue
    position_failed: bool = False  # GUI thread: the last position write failed
    copy_dir: Path | None = None  # where the notes' copy goes (the recovery folder)
    files: RecoveryFiles | None = None  # writes that copy
    started: datetime | None = None
    texts: dict[int, str] = field(default_factory=dict)  # writer: the notes on disk, by id
    lock: threading.Lock = field(default_factory=threading.Lock)

    def keep_copy(self) -> None:
        """Rewrite the copy of this session's notes beside the archive (writer thread).

        A second copy, for the archive that loses the session (a ``-wal`` deleted after a
        crash); should it fail, the archive still has the notes, so nothing is said.
        """
        files = self.files
        if files is None or self.copy_dir is None or self.id is None or self.started is None:
            return
        with contextlib.suppress(OSError):
            files.write_session_copy(
                self.copy_dir, self.id, self.started, list(self.texts.values())
            )

    def drop_copy(self) -> None:
        """The session ended and is saved: its notes' copy goes (writer thread)."""
        if self.files is not None and self.copy_dir is not None and self.id is not None:
            with contextlib.suppress(OSError):
                self.files.session_copy_path(self.copy_dir, self.id).unlink(missing_ok=True)

    def ensure(self) -> int:
        """The session's id, making its row first when that has not been done (writer)."""
        if self.id is None:
            if self.new is None:
                raise NotRecordedError(ErrorCode.SESSION_NOT_IN_ARCHIVE, "session")
            self.id = self.archive.start_session(self.new)
        return self.id

    def write_position(self) -> bool:
        """The newest position and the events not yet on disk, in one transaction (writer)."""
        with self.lock:
            self.queued = False
            events, checkpoint, whole = self.events, self.checkpoint, self.whole
            self.whole = False
        if checkpoint is None:
            return False
        session_id = self.ensure()
        fresh = events[self.events_written :]
        try:
            self.archive.save_checkpoint(
                session_id, checkpoint, fresh, current_phase_only=not whole and not fresh
            )
        except Exception:
            with self.lock:
                self.whole = self.whole or whole
            raise
        self.events_written = max(self.events_written, len(events))
        return True


@dataclass(eq=False)
class NoteOnRecord:
    """One note: where it belongs, what should be on disk, and what is (both threads)."""

    record: SessionOnRecord | None  # None: there is no archive to write it to
    phase_index: int | None = None
    phase_name: str = ""
    session_seconds: float = 0.0
    created: datetime | None = None
    id: int | None = None  # set by the writer once the note is on disk
    wanted: tuple[str, Visibility] | None = None  # set by the GUI thread
    written: tuple[str, Visibility] | None = None  # set by the writer
    queued: bool = False
    started: bool = False  # GUI thread: the note was begun (its phase and moment are pinned)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def write(self) -> Note | None:
        """Put the newest wanted text on disk (writer). None: it was already there."""
        with self.lock:
            self.queued = False
            wanted = self.wanted
        if wanted is None or wanted == self.written:
            return None
        text, visibility = wanted
        if self.record is None:
            raise NotRecordedError(ErrorCode.ARCHIVE_NOT_OPEN, "archive")
        session_id = self.record.ensure()
        assert self.created is not None
        note = self.record.notes.write_note(
            session_id,
            self.id,
            text,
            visibility,
            self.created,
            self.phase_index,
            self.phase_name,
            self.session_seconds,
        )
        self.id = note.id
        self.written = wanted
        self.record.texts[note.id] = text
        self.record.keep_copy()
        return note


@dataclass(eq=False)
class PledgeOnRecord:
    """A commitment handed to the writer (kept, and tried again, until it is written)."""

    record: SessionOnRecord
    person: str
    text: str
    created: datetime
    due: date | None

    def write(self) -> Commitment:
        return self.record.notes.write_commitment(
            self.record.ensure(), self.person, self.text, self.created, self.due
        )

    def label(self) -> str:
        """How it reads in a recovery file."""
        return f"Commitment ({self.person}): {self.text}"


def archive_of(key: object) -> LiveArchive | None:
    """The archive a kept text was meant for (None: none, or not known)."""
    if isinstance(key, PledgeOnRecord):
        return key.record.archive
    if isinstance(key, NoteOnRecord) and key.record is not None:
        return key.record.archive
    return None


def phase_records(run: SessionRun) -> tuple[PhaseRecord, ...]:
    actual = run.actual_seconds()
    return tuple(
        PhaseRecord(
            index=i,
            name=p.name,
            planned_seconds=float(p.seconds),
            actual_seconds=actual[i],
            speaker=p.speaker,
            coachee=p.coachee,
        )
        for i, p in enumerate(run.phases)
    )


def checkpoint_of(run: SessionRun) -> Checkpoint:
    return Checkpoint(
        phase_index=run.index,
        running=run.state is RunState.RUNNING,
        monotonic=run.clock.monotonic(),
        wall=run.clock.now(),
        actual_seconds=tuple(run.actual_seconds()),
        base_seconds=tuple(run.base_seconds(k) for k in range(len(run.phases))),
    )


@dataclass(frozen=True)
class SessionContext:
    """Who is in the room: asked of the set-up panel when a session starts."""

    group: str = ""
    people: tuple[str, ...] = ()
    coachees: tuple[str, ...] = ()
    observers: tuple[str, ...] = ()
    facilitator: str = ""


def new_session(run: SessionRun, ctx: SessionContext) -> NewSession:
    """The session's row as Start makes it: its plan, its phases and who was there."""
    participants = [Participant(name, Role.COACHEE) for name in ctx.coachees]
    participants += [
        Participant(name, Role.OBSERVER if name in ctx.observers else Role.COACH)
        for name in ctx.people
        if name not in ctx.coachees
    ]
    if ctx.facilitator and ctx.facilitator not in ctx.people:
        participants.append(Participant(ctx.facilitator, Role.FACILITATOR))
    return NewSession(
        protocol_id=run.plan.protocol_id,
        protocol_name=run.plan.protocol_name,
        mode=run.plan.mode.value,
        planned_seconds=run.plan.total_seconds,
        phases=phase_records(run),
        participants=tuple(participants),
        group=ctx.group,
        started=run.started_wall,
    )
