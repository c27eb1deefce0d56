"""Keeps the live session on disk as it happens: the run, its events, checkpoints and notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from cocoach_desktop.core.autosave import SaveScheduler
from cocoach_desktop.core.clock import Clock
from cocoach_desktop.core.records import (
    Checkpoint,
    Commitment,
    NewSession,
    Note,
    Participant,
    PhaseRecord,
    Role,
    Visibility,
)
from cocoach_desktop.core.session import RunState, SessionRun
from cocoach_desktop.storage.backup import write_recovery_file
from cocoach_desktop.ui.controller import SessionController
from cocoach_desktop.ui.notes_panel import NotesPanel

if TYPE_CHECKING:
    from cocoach_desktop.storage.archive import Archive

# While the clock runs, its position is written this often (the most a crash can cost).
CHECKPOINT_MS = 2000


@dataclass(frozen=True)
class SessionContext:
    """Who is in the room: asked of the set-up panel when a session starts."""

    group: str = ""
    people: tuple[str, ...] = ()
    coachees: tuple[str, ...] = ()
    observers: tuple[str, ...] = ()
    facilitator: str = ""


@dataclass
class _Draft:
    """The note being written: where it belongs, and its id once it is on disk."""

    note_id: int | None = None
    phase_index: int | None = None
    phase_name: str = ""
    session_seconds: float = 0.0
    saved_text: str = ""
    saved_visibility: Visibility = Visibility.PRIVATE
    started: bool = False


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


class SessionRecorder(QObject):
    """Writes the session the controller runs, and the notes the panel holds, to the archive.

    Nothing typed waits more than two seconds to reach the disk (see SaveScheduler); the
    timer's events are written the moment they happen. When the archive cannot be written,
    the text stays in memory and goes to a recovery file beside the archive instead, and the
    facilitator is told in plain words.
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
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.archive = archive
        self.panel = panel
        self.clock = clock
        self.recovery_dir = recovery_dir
        self.context = context
        self.session_id: int | None = None
        self._run: SessionRun | None = None  # the run whose session is on record
        self._draft_failed = False  # the note on screen could not be written: not on disk
        self._events_written = 0
        self._draft = _Draft()
        self.notes: list[Note] = []
        self.commitments: list[Commitment] = []
        self.unsaved: list[str] = []  # texts that could not be written to the archive
        self._problems: dict[str, str] = {}  # what is wrong now, by what it is about
        self.saves = SaveScheduler(clock)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._save_timer.timeout.connect(self.save_if_due)
        self._checkpoint_timer = QTimer(self)
        self._checkpoint_timer.setInterval(CHECKPOINT_MS)
        self._checkpoint_timer.timeout.connect(self.write_checkpoint)
        controller.structureChanged.connect(self._structure_changed)
        controller.finished.connect(self._finished)
        panel.draftEdited.connect(self._draft_edited)
        panel.addNoteRequested.connect(self.file_note)
        panel.editNoteRequested.connect(self.edit_note)
        panel.commitmentRequested.connect(self.add_commitment)

    # ----- the session ---------------------------------------------------------------------

    def _structure_changed(self) -> None:
        run = self.controller.run
        if run is not self._run:
            # A new run (a new plan after a finished session, with or without Ctrl+N): the
            # session on record is over, and nothing of the new run may go into it.
            if self.session_id is not None:
                self.close_session()
            self._run = run
        if run is None or run.state is RunState.NOT_STARTED:
            return
        if self.session_id is None and run.state is not RunState.FINISHED:
            self._open_session(run)
        self._write_events(run)
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
        self._events_written = 0
        self._draft = _Draft()
        self.notes, self.commitments = [], []
        if self.archive is not None:
            try:
                self.session_id = self.archive.start_session(new)
            except Exception as exc:  # any storage fault: tell, keep timing
                self._report(self.tr("The session could not be recorded: {reason}"), exc, "session")
                return
        self._say("session", "")
        if self.session_id is not None:
            self.panel.set_session_open(True)
            self.panel.set_notes([])
            self.panel.set_commitments([])
            self._offer_who(ctx, run)
            self.panel.set_status(self.tr("Recording"))
            self.sessionOpened.emit(self.session_id)

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
        if self.session_id is not None:
            self.close_session()
        self._run = run
        self.session_id = session_id
        self._events_written = events_on_disk
        self._draft = _Draft()
        self.notes, self.commitments = list(notes), list(commitments)
        self.panel.set_session_open(True)
        self.panel.set_notes(self.notes)
        self.panel.set_commitments(self.commitments)
        self._offer_who(SessionContext(), run)
        self.panel.set_status(self.tr("Resumed"))

    def _write_events(self, run: SessionRun, *, current_phase_only: bool = False) -> None:
        """The new events and the run's position, in one transaction."""
        if self.archive is None or self.session_id is None:
            return
        fresh = run.events[self._events_written :]
        try:
            self.archive.save_checkpoint(
                self.session_id,
                checkpoint_of(run),
                fresh,
                current_phase_only=current_phase_only and not fresh,
            )
            self._events_written = len(run.events)
        except Exception as exc:
            self._report(self.tr("The timer's log could not be saved: {reason}"), exc, "log")
            return
        self._say("log", "")

    def write_checkpoint(self) -> None:
        # No run.poll() here: the phase end belongs to the controller's tick, which chimes.
        run = self.controller.run
        if run is not None and self.session_id is not None:
            self._write_events(run, current_phase_only=True)

    def record_quit(self) -> None:
        """The facilitator quit the app mid-session (and confirmed): say so on disk.

        The last checkpoint, taken now, carries the mark; the next start then says the
        session was left when the app was quit, not that it stopped unexpectedly.
        """
        self._checkpoint_timer.stop()
        self.flush()
        run = self.controller.run
        if run is None or self.session_id is None or self.archive is None:
            return
        try:
            self.archive.save_checkpoint(
                self.session_id,
                replace(checkpoint_of(run), quit=True),
                run.events[self._events_written :],
            )
            self._events_written = len(run.events)
        except Exception:  # quitting anyway: the session reads as cut off, as before
            return

    def _finished(self) -> None:
        run = self.controller.run
        self._checkpoint_timer.stop()
        self.flush()
        if run is None or self.session_id is None or self.archive is None:
            return
        self._write_events(run)
        try:
            self.archive.finish_session(
                self.session_id, run.finished_wall or self.clock.now(), run.actual_seconds()
            )
        except Exception as exc:
            self._report(self.tr("The end of the session could not be saved: {reason}"), exc, "end")
            return
        self._say("end", "")
        self.panel.set_status(self.tr("Session saved"))
        self.sessionClosed.emit(self.session_id)

    def close_session(self) -> None:
        """Forget the finished session: the panel waits for the next one."""
        written = self.flush()
        self.session_id = None
        self._draft = _Draft()
        if written:  # a note that could not be written stays on screen (and in the file)
            self.panel.load_draft("", Visibility.PRIVATE)
        self._draft_failed = not written
        # Nothing of the session stays in view while the next is set up (the screen may be
        # mirrored to the room): its notes, commitments, counts and typed words go.
        self.notes, self.commitments = [], []
        self.panel.forget_session(keep_draft=not written)
        self.panel.set_session_open(False)
        self.sessionForgotten.emit()

    # ----- notes -----------------------------------------------------------------------

    def _draft_edited(self) -> None:
        if self.session_id is None:
            return
        if not self._draft.started:
            self._pin_draft()
        self.saves.touch()
        self._arm()

    def _pin_draft(self) -> None:
        """A note belongs to the phase and moment it was begun in."""
        run = self.controller.run
        self._draft.started = True
        if run is not None and run.state is not RunState.NOT_STARTED:
            self._draft.phase_index = run.index
            self._draft.phase_name = run.current.name
            self._draft.session_seconds = run.session_elapsed()

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
        """Write the note being typed now. True when it is on disk (or nothing waited)."""
        self._save_timer.stop()
        if not self.saves.dirty and not self._draft_failed:
            return True
        text = self.panel.draft_text()
        visibility = self.panel.draft_visibility()
        d = self._draft
        if not text.strip():
            # Never write an empty note over a written one: clearing the box is not deleting.
            self.saves.saved()
            self._draft_failed = False
            if d.note_id is not None:
                self.panel.set_status(self.tr("Empty: the saved note is kept as it was"))
            return True
        if text == d.saved_text and visibility is d.saved_visibility:
            self.saves.saved()
            return True
        if self.archive is None or self.session_id is None:
            self._keep_unsaved(text, self.tr("The archive is not open"))
            return False
        try:
            if d.note_id is None:
                note = self.archive.add_note(
                    self.session_id,
                    text,
                    visibility,
                    self.clock.now(),
                    d.phase_index,
                    d.phase_name,
                    d.session_seconds,
                )
                d.note_id = note.id
                self.notes.append(note)
            else:
                note = self.archive.update_note(d.note_id, text, visibility)
                self.notes = [note if n.id == note.id else n for n in self.notes]
        except ValueError as exc:  # e.g. a note too long: say so, keep the text
            self._keep_unsaved(text, str(exc), refused=True)
            return False
        except Exception as exc:
            self._keep_unsaved(text, str(exc))
            return False
        d.saved_text, d.saved_visibility = text, visibility
        self.saves.saved()
        self._draft_failed = False
        self.panel.show_problem("")
        # The texts that failed were earlier states of the note on screen (a note that could
        # not be written can be neither filed nor left for another): it is on disk now, and
        # the failed states stay in the recovery file. "Could not be saved" is no longer true.
        self.unsaved = []
        self._say("notes", "")
        self.panel.set_status(
            self.tr("Saved {time}").format(time=self.clock.now().astimezone().strftime("%H:%M:%S"))
        )
        self.panel.set_notes(self.notes)
        return True

    def _keep_unsaved(self, text: str, reason: str, *, refused: bool = False) -> None:
        """The archive refused: the text stays on screen and goes to a recovery file.

        The note counts as unwritten until a save succeeds: filing it (Ctrl+Enter) or
        closing the session will not clear it from the screen.
        """
        self.saves.saved()  # no retry loop; the next edit or Ctrl+Enter tries again
        self._draft_failed = True
        if refused:
            self.panel.show_problem(reason)
        if text not in self.unsaved:
            self.unsaved.append(text)
        where = ""
        try:
            path = write_recovery_file(self.recovery_dir, self.unsaved, self.clock.now())
            where = self.tr(" A copy is in {path}.").format(path=path)
        except Exception:  # the disk itself is failing: memory is all there is
            where = self.tr(" Keep the app open: the text is only in memory.")
        self._say(
            "notes",
            self.tr("Notes could not be saved to the archive ({reason}).").format(reason=reason)
            + where,
        )

    def file_note(self) -> None:
        """Ctrl+Enter: keep this note and start a fresh one."""
        if self.session_id is None:
            return
        if self.flush():
            self._draft = _Draft()
            self.panel.load_draft("", Visibility.PRIVATE)

    def edit_note(self, note_id: int) -> None:
        """Bring a filed note back into the editor to add to it."""
        note = next((n for n in self.notes if n.id == note_id), None)
        if note is None or not self.flush():
            return
        self._draft = _Draft(
            note_id=note.id,
            phase_index=note.phase_index,
            phase_name=note.phase_name,
            session_seconds=note.session_seconds,
            saved_text=note.text,
            saved_visibility=note.visibility,
            started=True,
        )
        self.panel.load_draft(note.text, note.visibility)
        self.panel.editor.setFocus()

    # ----- commitments ---------------------------------------------------------------------

    def add_commitment(self, text: str, due: date | None) -> None:
        if self.session_id is None or self.archive is None:
            return
        # The coachee's; in a session with no coachee, whoever the panel names.
        person = self._current_coachee() or self.panel.commitment_person()
        if not person:
            self.panel.ask_whose(
                self.tr("Whose commitment is it? No coachee was named: type their name.")
            )
            return
        try:
            commitment = self.archive.add_commitment(
                self.session_id, person, text, self.clock.now(), due
            )
        except ValueError as exc:
            self.panel.show_problem(str(exc), "commitment")
            return
        except Exception as exc:
            self._report(self.tr("The commitment could not be saved: {reason}"), exc, "commitment")
            return
        self.panel.show_problem("", "commitment")
        self._say("commitment", "")
        self.commitments.append(commitment)
        self.panel.set_commitments(self.commitments)
        self.panel.clear_commitment_entry()

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
