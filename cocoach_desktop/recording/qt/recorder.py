"""Keeps the live session on disk as it happens: the run, its events, checkpoints and notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from cocoach_desktop.domain.records import (
    Commitment,
    NewSession,
    Note,
    Participant,
    Role,
    Visibility,
)
from cocoach_desktop.notes.qt.notes_panel import NotesPanel
from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.platform.qt.writer import ArchiveWriter
from cocoach_desktop.recording.model.autosave import SaveScheduler
from cocoach_desktop.recording.qt.commitment_taking import CommitmentTaking
from cocoach_desktop.recording.qt.note_taking import NoteTaking
from cocoach_desktop.recording.qt.recorder_state import SessionContext
from cocoach_desktop.recording.qt.run_writes import RunWrites
from cocoach_desktop.recording.qt.session_writes import (
    NoteOnRecord,
    PledgeOnRecord,
    SessionOnRecord,
    archive_of,
    phase_records,
)
from cocoach_desktop.timer.model.session import RunState, SessionRun
from cocoach_desktop.timer.qt.run_controller import SessionController

if TYPE_CHECKING:
    from cocoach_desktop.storage.archive import Archive

__all__ = ["CHECKPOINT_MS", "RETRY_MS", "SessionContext", "SessionRecorder"]

# While the clock runs, its position is written this often (the most a crash can cost).
CHECKPOINT_MS = 2000
# A write that failed (a full disk, another program's lock) is tried again this often.
RETRY_MS = 5000


class SessionRecorder(RunWrites, NoteTaking, CommitmentTaking):
    """Writes the session the controller runs, and the notes the panel holds, to the archive.

    The writes go to the archive's one writer thread (:class:`ArchiveWriter`): the GUI
    thread hands them over and goes on, so another program holding the archive never
    stops the countdown. Nothing typed waits more than two seconds to be handed over (see
    SaveScheduler); the timer's events are handed over the moment they happen. When a
    write fails, the text stays in memory and in a recovery file beside the archive, the
    facilitator is told in plain words until it is written, and it is tried again.

    Its parts: :class:`NoteTaking` (notes), :class:`CommitmentTaking` (commitments) and
    :class:`RunWrites` (the run's position and end), over :class:`RecorderState`.
    """

    def __init__(
        self,
        controller: SessionController,
        archive: Archive | None,
        panel: NotesPanel,
        clock: Clock,
        recovery_dir: Path,
        context: Callable[[], SessionContext],
        parent: QObject | None = None,
        writer: ArchiveWriter | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.archive = archive
        self.panel = panel
        self.clock = clock
        self.recovery_dir = recovery_dir
        self.context = context
        self.writer = writer if writer is not None else ArchiveWriter(self)
        self._run: SessionRun | None = None  # the run whose session is on record
        self._record: SessionOnRecord | None = None  # the session on record (its row may be coming)
        # The session whose row is known to be on disk (sessionOpened was said for it).
        self._announced: SessionOnRecord | None = None
        self._open = False  # a session is open for notes (with or without an archive)
        self._cell: NoteOnRecord | None = None  # the note being written
        self._refused = False  # the note on screen was refused (too long): not on disk
        self._failed: set[NoteOnRecord] = set()  # notes whose last write failed (to retry)
        # Notes and commitments handed over whose newest text is not yet seen on disk:
        self._unwritten: set[NoteOnRecord] = set()
        self._cells: dict[int, NoteOnRecord] = {}  # the notes written, by id
        self._pledges_failed: set[PledgeOnRecord] = set()  # commitments whose write failed
        self._pledges_unwritten: set[PledgeOnRecord] = set()
        self._finish_failed: tuple[SessionOnRecord, datetime, list[float]] | None = None
        self._unsaved: dict[object, str] = {}  # what the archive has not taken: newest text
        self._notes_pending = 0  # note writes handed over whose outcome has not come back
        self.notes: list[Note] = []
        self.commitments: list[Commitment] = []
        self._recovery_file: Path | None = None  # the file holding them (rewritten)
        self.hold_retries = False  # the archive file is being replaced: try again later
        self._problems: dict[str, str] = {}  # what is wrong now, by what it is about
        self.saves = SaveScheduler(clock)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._save_timer.timeout.connect(self.save_if_due)
        self._checkpoint_timer = QTimer(self)
        self._checkpoint_timer.setInterval(CHECKPOINT_MS)
        self._checkpoint_timer.timeout.connect(self.write_checkpoint)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self.retry)
        controller.structureChanged.connect(self._structure_changed)
        controller.finished.connect(self._finished)
        panel.draftEdited.connect(self._draft_edited)
        panel.addNoteRequested.connect(self.file_note)
        panel.editNoteRequested.connect(self.edit_note)
        panel.commitmentRequested.connect(self.add_commitment)

    @property
    def session_id(self) -> int | None:
        """The open session's id in the archive (None until its row is written)."""
        record = self._record
        return record.id if record is not None and self._open else None

    @property
    def is_open(self) -> bool:
        """A session is open for notes (its row in the archive may still be coming)."""
        return self._open

    def settle(self, timeout: float | None = None) -> bool:
        """Wait for the writes handed over so far (quitting, switching files, tests)."""
        return self.writer.drain(timeout)

    # ----- the session ---------------------------------------------------------------------

    def _structure_changed(self) -> None:
        run = self.controller.run
        if run is not self._run:
            # A new run (a new plan after a finished session, with or without Ctrl+N): the
            # session on record is over, and nothing of the new run may go into it.
            if self._open:
                self.close_session()
            self._run = run
        if run is None or run.state is RunState.NOT_STARTED:
            return
        if not self._open and run.state is not RunState.FINISHED:
            self._open_session(run)
        self._write_position(run)
        if run.state is RunState.RUNNING:
            if not self._checkpoint_timer.isActive():
                self._checkpoint_timer.start()
        else:
            self._checkpoint_timer.stop()

    def _open_session(self, run: SessionRun) -> None:
        ctx = self.context()
        participants = [Participant(name, Role.COACHEE) for name in ctx.coachees]
        participants += [
            Participant(name, Role.OBSERVER if name in ctx.observers else Role.COACH)
            for name in ctx.people
            if name not in ctx.coachees
        ]
        if ctx.facilitator and ctx.facilitator not in ctx.people:
            participants.append(Participant(ctx.facilitator, Role.FACILITATOR))
        new = NewSession(
            protocol_id=run.plan.protocol_id,
            protocol_name=run.plan.protocol_name,
            mode=run.plan.mode.value,
            planned_seconds=run.plan.total_seconds,
            phases=phase_records(run),
            participants=tuple(participants),
            group=ctx.group,
            started=run.started_wall,
        )
        self._open = True
        self._say("replaced", "")
        if not self._kept():
            self._cell = None
        self.notes, self.commitments = [], []
        self._record = (
            SessionOnRecord(self.archive, new, copy_dir=self.recovery_dir, started=new.started)
            if self.archive is not None
            else None
        )
        self.panel.set_session_open(True)
        self.panel.set_notes([])
        self.panel.set_commitments([])
        self._offer_who(ctx, run)
        if self._record is None:
            # No archive (it could not be opened): notes are still taken, kept in memory
            # and in a recovery file, and the banner already says why.
            self.panel.set_status(self.tr("Not recorded: notes go to a recovery file"))
            return
        record = self._record
        self.panel.set_status(self.tr("Recording"))
        self.sessionStarting.emit(record)
        self._submit_open(record)

    def _submit_open(self, record: SessionOnRecord) -> None:
        """Make the session's row (or learn it is made) and say the session is on record."""

        def failed(exc: Exception) -> None:
            self._report(self.tr("The session could not be recorded yet: {reason}"), exc, "session")
            self._retry_timer.start()  # the row is tried again, as a note would be

        self.writer.submit(record.ensure, lambda sid: self._opened(record, sid), failed)

    def _opened(self, record: SessionOnRecord, session_id: int) -> None:
        """The session's row is on disk (made by this write or by any other one, a count or
        the timer's log, while the first attempt waited for the archive): said once."""
        if record is not self._record or not self._open or self._announced is record:
            return
        self._announced = record
        self._say("session", "")
        self.sessionOpened.emit(session_id)

    def _offer_who(self, ctx: SessionContext, run: SessionRun) -> None:
        """With no coachee named, the panel asks whose each commitment is."""
        named = run.plan.coachees or ctx.coachees or any(p.coachee for p in run.phases)
        people = [*ctx.people, *([ctx.facilitator] if ctx.facilitator else [])]
        self.panel.set_commitment_people(list(dict.fromkeys(people)), needed=not named)

    def adopt(
        self,
        run: SessionRun,
        session_id: int,
        notes: list[Note],
        commitments: list[Commitment],
        events_on_disk: int,
    ) -> None:
        """Carry on recording a session resumed after a crash.

        Call this before the controller takes the rebuilt run: its first structure change
        then writes the pause the dead process never wrote, into this same session.
        """
        if self._open:
            self.close_session()
        self._run = run
        self._open = True
        self._record = (
            SessionOnRecord(
                self.archive,
                None,
                id=session_id,
                events_written=events_on_disk,
                copy_dir=self.recovery_dir,
                started=run.started_wall,
                texts={n.id: n.text for n in notes},
            )
            if self.archive is not None
            else None
        )
        self._announced = self._record  # resumed: its row is there, and the flow says so
        self._cell = None
        self.notes, self.commitments = list(notes), list(commitments)
        self.panel.set_session_open(True)
        self.panel.set_notes(self.notes)
        self.panel.set_commitments(self.commitments)
        self._offer_who(SessionContext(), run)
        self.panel.set_status(self.tr("Resumed"))

    def record_quit(self) -> None:
        """The facilitator quit the app mid-session (and confirmed): say so on disk.

        The last checkpoint, taken now, carries the mark; the next start then says the
        session was left when the app was quit, not that it stopped unexpectedly.
        """
        self._checkpoint_timer.stop()
        self.flush()
        run = self.controller.run
        if run is not None and self._open:
            self._write_position(run, quit=True)

    def _finished(self) -> None:
        run = self.controller.run
        self._checkpoint_timer.stop()
        self.flush()
        record = self._record
        if run is None or not self._open or record is None:
            return
        self._write_position(run)
        self._submit_finish(record, run.finished_wall or self.clock.now(), run.actual_seconds())

    def close_session(self) -> None:
        """Forget the finished session: the panel waits for the next one."""
        self.flush()
        kept = self._kept()
        self._open = False
        self._record = None
        if not kept:
            self._cell = None
            self.panel.load_draft("", Visibility.PRIVATE)
        # Nothing of the session stays in view while the next is set up (the screen may be
        # mirrored to the room): its notes, commitments, counts and typed words go. A note
        # that could not be written stays on screen (and is in the recovery file).
        self.notes, self.commitments = [], []
        self.panel.forget_session(keep_draft=kept)
        self.panel.set_session_open(False)
        self.sessionForgotten.emit()

    def retry(self) -> None:
        """Try again what failed: notes, commitments, the end of the session, the log."""
        if self.hold_retries:
            self._retry_timer.start()
            return
        for cell in list(self._failed):
            with cell.lock:
                if cell.queued:
                    continue
                cell.queued = True
            self._submit_note(cell)
        for pledge in list(self._pledges_failed):
            self._pledges_failed.discard(pledge)
            self._submit_pledge(pledge)
        if self._finish_failed is not None:
            ended, wall, actual = self._finish_failed
            self._finish_failed = None
            self._submit_finish(ended, wall, actual)
        record, run = self._record, self.controller.run
        if record is not None and self._open and self._announced is not record:
            self._submit_open(record)  # its first write failed: the row is tried again
        if record is not None and record.position_failed and run is not None and self._open:
            self._write_position(run)

    def archive_replaced(self, archive: Archive | None) -> None:
        """Another archive file is open now (a restore): what the old one did not take
        stays in the recovery file, and is never written into the new one."""
        self.archive = archive
        stale = [k for k in self._unsaved if archive_of(k) not in (None, archive)]
        if not stale:
            return
        where = self._recovery_file
        for key in stale:
            self._unsaved.pop(key, None)
            if isinstance(key, NoteOnRecord):
                self._failed.discard(key)
                self._unwritten.discard(key)
            elif isinstance(key, PledgeOnRecord):
                self._pledges_failed.discard(key)
                self._pledges_unwritten.discard(key)
        self._saved(object())  # the banners of what went
        self._say(
            "replaced",
            self.tr(
                "Notes the previous archive could not take were not put in the restored "
                "one; they are in {path}."
            ).format(path=where),
        )
