"""Keeps the live session on disk as it happens: the run, its events, checkpoints and notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from cocoach_desktop.domain.records import (
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    Commitment,
    NewSession,
    Note,
    Participant,
    Role,
    Visibility,
)
from cocoach_desktop.notes.qt.notes_panel import NotesPanel
from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.platform.formatting import time_of_day
from cocoach_desktop.platform.qt.writer import ArchiveWriter
from cocoach_desktop.recording.model.autosave import SaveScheduler
from cocoach_desktop.recording.qt.session_writes import (
    NoteOnRecord,
    PledgeOnRecord,
    SessionOnRecord,
    archive_of,
    checkpoint_of,
    phase_records,
    refusal,
)
from cocoach_desktop.storage.backup import write_recovery_file
from cocoach_desktop.timer.model.session import RunState, SessionRun
from cocoach_desktop.timer.qt.run_controller import SessionController

if TYPE_CHECKING:
    from cocoach_desktop.storage.archive import Archive

# While the clock runs, its position is written this often (the most a crash can cost).
CHECKPOINT_MS = 2000
# A write that failed (a full disk, another program's lock) is tried again this often.
RETRY_MS = 5000


@dataclass(frozen=True)
class SessionContext:
    """Who is in the room: asked of the set-up panel when a session starts."""

    group: str = ""
    people: tuple[str, ...] = ()
    coachees: tuple[str, ...] = ()
    observers: tuple[str, ...] = ()
    facilitator: str = ""


class SessionRecorder(QObject):
    """Writes the session the controller runs, and the notes the panel holds, to the archive.

    The writes go to the archive's one writer thread (:class:`ArchiveWriter`): the GUI
    thread hands them over and goes on, so another program holding the archive never
    stops the countdown. Nothing typed waits more than two seconds to be handed over (see
    SaveScheduler); the timer's events are handed over the moment they happen. When a
    write fails, the text stays in memory and in a recovery file beside the archive, the
    facilitator is told in plain words until it is written, and it is tried again.
    """

    problem = Signal(str)  # empty: the problem has gone
    sessionOpened = Signal(int)
    sessionClosed = Signal(int)
    sessionForgotten = Signal()  # the finished session left the screen (Ctrl+N, a new run)

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
        self.writer.submit(
            record.ensure,
            lambda session_id: self._opened(record, session_id),
            lambda exc: self._report(
                self.tr("The session could not be recorded yet: {reason}"), exc, "session"
            ),
        )

    def _opened(self, record: SessionOnRecord, session_id: int) -> None:
        self._say("session", "")
        if record is self._record and self._open:
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
        self._cell = None
        self.notes, self.commitments = list(notes), list(commitments)
        self.panel.set_session_open(True)
        self.panel.set_notes(self.notes)
        self.panel.set_commitments(self.commitments)
        self._offer_who(SessionContext(), run)
        self.panel.set_status(self.tr("Resumed"))

    def _write_position(
        self, run: SessionRun, *, current_phase_only: bool = False, quit: bool = False
    ) -> None:
        """Hand over the run's position and its new events (one write, however many asks)."""
        record = self._record
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
        self._say("log", "")

    def _position_failed(self, record: SessionOnRecord, exc: Exception) -> None:
        record.position_failed = True
        if record is self._record:
            self._report(self.tr("The timer's log could not be saved: {reason}"), exc, "log")
            self._retry_timer.start()

    def write_checkpoint(self) -> None:
        # No run.poll() here: the phase end belongs to the controller's tick, which chimes.
        run = self.controller.run
        if run is not None and self._open:
            self._write_position(run, current_phase_only=True)

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

    def _submit_finish(self, record: SessionOnRecord, wall: datetime, actual: list[float]) -> None:
        def finish() -> int:
            session_id = record.ensure()
            record.archive.finish_session(session_id, wall, actual)
            record.drop_copy()
            return session_id

        def failed(exc: Exception) -> None:
            if record.archive is self.archive:  # tried again until it is written
                self._finish_failed = (record, wall, actual)
                self._retry_timer.start()
            self._report(self.tr("The end of the session could not be saved: {reason}"), exc, "end")

        self.writer.submit(
            finish, lambda session_id: self._session_saved(record, session_id), failed
        )

    def _session_saved(self, record: SessionOnRecord, session_id: int) -> None:
        self._say("end", "")
        if record is self._record and self._open:
            self.panel.set_status(self.tr("Session saved"))
            self.sessionClosed.emit(session_id)

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

    # ----- notes -----------------------------------------------------------------------

    def _kept(self) -> bool:
        """The note on screen is not on disk (refused, or its write failed): it stays.

        It still belongs to the session it was begun in, and goes there once written.
        """
        return self._refused or (self._cell is not None and self._cell in self._failed)

    def _draft_edited(self) -> None:
        if not self._open:
            return
        if self._cell is None:
            self._cell = self._new_cell()
        self.saves.touch()
        self._arm()

    def _new_cell(self) -> NoteOnRecord:
        """A note belongs to the phase and moment it was begun in."""
        cell = NoteOnRecord(record=self._record)
        run = self.controller.run
        cell.started = True
        cell.created = self.clock.now()
        if run is not None and run.state is not RunState.NOT_STARTED:
            cell.phase_index = run.index
            cell.phase_name = run.current.name
            cell.session_seconds = run.session_elapsed()
        return cell

    def _arm(self) -> None:
        wait = self.saves.seconds_until_due()
        if wait is not None:
            self._save_timer.start(max(0, round(wait * 1000)))

    def save_if_due(self) -> None:
        if self.saves.due():
            self.flush()
        else:
            self._arm()

    def flush(self) -> bool:
        """Hand the note being typed to the writer. False when it was refused (too long,
        or no archive to take it): then it stays on screen and in a recovery file."""
        self._save_timer.stop()
        cell = self._cell
        if cell is None or (
            not self.saves.dirty and not self._refused and cell not in self._failed
        ):
            self.saves.saved()
            return not self._refused
        text = self.panel.draft_text()
        visibility = self.panel.draft_visibility()
        self.saves.saved()
        if not text.strip():
            # Never write an empty note over a written one: clearing the box is not deleting.
            if self._refused:
                self._refused = False
                self._saved(cell)
            if cell.id is not None or cell.wanted is not None:
                self.panel.set_status(self.tr("Empty: the saved note is kept as it was"))
            return True
        why = refusal(text, self.tr("This note"), limit=MAX_NOTE_CHARS)
        if why:  # e.g. a note too long: say so, keep the text
            self._refused = True
            self.panel.show_problem(why)
            self._keep_unsaved(cell, text, why)
            return False
        self._refused = False
        self.panel.show_problem("")
        if self._record is None or self.archive is None:
            self._keep_unsaved(cell, text, self.tr("the archive is not open"))
            return False
        with cell.lock:
            if (text, visibility) == cell.wanted and cell not in self._failed:
                if cell.written == cell.wanted:
                    self._saved(cell)  # e.g. a refused text shortened back to the saved one
                return True  # already on its way, or on disk
            cell.wanted = (text, visibility)
            if cell.queued:
                return True
            cell.queued = True
        self._submit_note(cell)
        return True

    def _submit_note(self, cell: NoteOnRecord) -> None:
        self._notes_pending += 1
        self._unwritten.add(cell)
        self.panel.set_status(self.tr("Saving…"))
        self.writer.submit(
            cell.write,
            lambda note: self._note_written(cell, note),
            lambda exc: self._note_failed(cell, exc),
        )

    def _note_written(self, cell: NoteOnRecord, note: Note | None) -> None:
        self._notes_pending -= 1
        self._failed.discard(cell)
        current = cell.record is not None and cell.record is self._record
        if note is not None:
            self._cells[note.id] = cell
            if current:
                if any(n.id == note.id for n in self.notes):
                    self.notes = [note if n.id == note.id else n for n in self.notes]
                else:
                    self.notes.append(note)
                self.panel.set_notes(self.notes)
        if cell.written == cell.wanted:
            self._unwritten.discard(cell)
            if not (self._refused and cell is self._cell):  # a refused text is still unsaved
                self._saved(cell)

    def _note_failed(self, cell: NoteOnRecord, exc: Exception) -> None:
        self._notes_pending -= 1
        self._failed.add(cell)
        text = cell.wanted[0] if cell.wanted is not None else ""
        self._keep_unsaved(cell, text, str(exc))
        if isinstance(exc, ValueError):  # refused: trying again would be refused again
            self.panel.show_problem(str(exc))
        else:
            self._retry_timer.start()

    def _keep_unsaved(self, key: object, text: str, reason: str) -> None:
        """The archive did not take it: the text stays in memory and in a recovery file.

        One recovery file holds the newest text of everything unsaved, rewritten as that
        changes, until all of it is in the archive (a later failure starts a new file). A
        note on screen that could not be written counts as unwritten until a write
        succeeds: filing it (Ctrl+Enter) or closing the session will not clear it.
        """
        self._unsaved[key] = text
        try:
            self._recovery_file = write_recovery_file(
                self.recovery_dir, self.unsaved, self.clock.now(), target=self._recovery_file
            )
        except Exception:  # the disk itself is failing: memory is all there is
            self._recovery_file = None
        if self._recovery_file is not None:
            where = self.tr(" A copy is in {path}.").format(path=self._recovery_file)
        else:
            where = self.tr(" Keep the app open: the text is only in memory.")
        if isinstance(key, PledgeOnRecord):
            self._say(
                "commitment",
                self.tr("The commitment could not be saved: {reason}").format(reason=reason)
                + where,
            )
            return
        self.panel.set_status(self.tr("Not saved"))
        self._say(
            "notes",
            self.tr("Notes could not be saved to the archive ({reason}).").format(reason=reason)
            + where,
        )

    def _saved(self, key: object) -> None:
        """What ``key`` stands for is in the archive now: its problem goes when the last
        of its kind is saved (the earlier texts stay in the recovery file)."""
        self._unsaved.pop(key, None)
        if not self._unsaved:
            self._recovery_file = None  # a later failure starts a new file
        kinds = {type(k) for k in self._unsaved}
        if PledgeOnRecord not in kinds:
            self._say("commitment", "")
        if NoteOnRecord not in kinds:
            self._say("notes", "")
            if self._notes_pending == 0 and self._open:
                stamp = time_of_day(self.clock.now().astimezone(), seconds=True)
                self.panel.set_status(self.tr("Saved {time}").format(time=stamp))

    @property
    def unsaved(self) -> list[str]:
        """The texts the archive has not taken (newest of each), as in the recovery file."""
        return list(self._unsaved.values())

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

    def rescue_unwritten(self) -> Path | None:
        """Quitting before the writer finished: whatever it was not seen to write goes to a
        recovery file now (the process is about to end; this may wait for the disk)."""
        texts = dict(self._unsaved)
        for cell in self._unwritten:
            if cell.wanted is not None and cell.wanted != cell.written:
                texts[cell] = cell.wanted[0]
        for pledge in self._pledges_unwritten | self._pledges_failed:
            texts[pledge] = pledge.label()
        if not texts:
            return None
        try:
            return write_recovery_file(
                self.recovery_dir, list(texts.values()), self.clock.now(), target=None
            )
        except Exception:
            return None

    def file_note(self) -> None:
        """Ctrl+Enter: keep this note and start a fresh one."""
        if not self._open:
            return
        failed = self._cell is not None and self._cell in self._failed
        if self.flush() and not failed:
            # Handed to the writer: should the write fail, the text is kept in memory and in
            # the recovery file, tried again, and the banner stays until it is written.
            self._cell = None
            self.panel.load_draft("", Visibility.PRIVATE)

    def edit_note(self, note_id: int) -> None:
        """Bring a filed note back into the editor to add to it (with any words of it the
        archive has not taken yet: they are the newest)."""
        note = next((n for n in self.notes if n.id == note_id), None)
        if note is None or self._record is None or not self.flush():
            return
        cell = self._cells.get(note_id)
        if cell is None or cell.record is not self._record:
            shown = (note.text, note.visibility)
            cell = NoteOnRecord(
                record=self._record,
                phase_index=note.phase_index,
                phase_name=note.phase_name,
                session_seconds=note.session_seconds,
                created=note.created,
                id=note.id,
                wanted=shown,
                written=shown,
                started=True,
            )
            self._cells[note_id] = cell
        self._cell = cell
        text, visibility = cell.wanted or (note.text, note.visibility)
        self.panel.load_draft(text, visibility)
        self.panel.editor.setFocus()

    # ----- commitments ---------------------------------------------------------------------

    def add_commitment(self, text: str, due: date | None) -> None:
        record = self._record
        if not self._open or record is None:
            return
        # The coachee's; in a session with no coachee, whoever the panel names.
        person = self._current_coachee() or self.panel.commitment_person()
        if not person:
            self.panel.ask_whose(
                self.tr("Whose commitment is it? No coachee was named: type their name.")
            )
            return
        why = refusal(text, self.tr("A commitment"), limit=MAX_NOTE_CHARS) or refusal(
            person, self.tr("The name of who commits"), limit=MAX_NAME_CHARS, name=True
        )
        if why:
            self.panel.show_problem(why, "commitment")
            return
        self.panel.show_problem("", "commitment")
        self.panel.clear_commitment_entry()
        self._submit_pledge(PledgeOnRecord(record, person, text, self.clock.now(), due))

    def _submit_pledge(self, pledge: PledgeOnRecord) -> None:
        self._pledges_unwritten.add(pledge)
        self.writer.submit(
            pledge.write,
            lambda commitment: self._commitment_written(pledge, commitment),
            lambda exc: self._commitment_failed(pledge, exc),
        )

    def _commitment_written(self, pledge: PledgeOnRecord, commitment: Commitment) -> None:
        self._pledges_unwritten.discard(pledge)
        self._saved(pledge)
        if pledge.record is self._record:
            self.commitments.append(commitment)
            self.panel.set_commitments(self.commitments)

    def _commitment_failed(self, pledge: PledgeOnRecord, exc: Exception) -> None:
        self._pledges_unwritten.discard(pledge)
        if isinstance(exc, ValueError):  # refused: back in its field, in words
            if self._open and not self.panel.commit_edit.text():
                self.panel.commit_edit.setText(pledge.text)
            self.panel.show_problem(str(exc), "commitment")
            return
        self._pledges_failed.add(pledge)
        self._keep_unsaved(pledge, pledge.label(), str(exc))
        self._retry_timer.start()

    def _current_coachee(self) -> str:
        """Whose commitment it is: the coachee of this phase (the last one named, in a shared
        session's whole-group phases), else the session's first coachee."""
        run = self.controller.run
        if run is not None:
            for phase in reversed(run.phases[: run.index + 1]):
                if phase.coachee:
                    return phase.coachee
            if run.plan.coachees:
                return run.plan.coachees[0]
        coachees = self.context().coachees
        return coachees[0] if coachees else ""

    def set_commitments(self, commitments: list[Commitment]) -> None:
        self.commitments = list(commitments)
        self.panel.set_commitments(self.commitments)

    # ----- faults ------------------------------------------------------------------------

    def _report(self, template: str, exc: Exception, about: str) -> None:
        self._say(about, template.format(reason=exc))

    def _say(self, about: str, text: str) -> None:
        """One kind of problem is there (or, with empty text, has gone): say them all."""
        before = dict(self._problems)
        if text:
            self._problems[about] = text
        else:
            self._problems.pop(about, None)
        if self._problems != before:
            self.problem.emit("\n".join(self._problems.values()))
