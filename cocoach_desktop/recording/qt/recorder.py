"""Keeps the live session on disk as it happens: the run, its events, checkpoints and notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

from cocoach_desktop.domain.records import Commitment, Note, Visibility
from cocoach_desktop.notes.qt.notes_panel import NotesPanel
from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.platform.qt.writer import ArchiveWriter
from cocoach_desktop.recording.model.autosave import SaveScheduler
from cocoach_desktop.recording.qt.commitment_taking import CommitmentTaking
from cocoach_desktop.recording.qt.note_taking import NoteTaking
from cocoach_desktop.recording.qt.run_writes import RunWrites
from cocoach_desktop.recording.services.live_records import (
    LiveArchive,
    NoteOnRecord,
    SessionContext,
)
from cocoach_desktop.recording.services.recording_service import RecordingService
from cocoach_desktop.timer.model.session import RunState, SessionRun
from cocoach_desktop.timer.qt.run_controller import SessionController

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
    :class:`RunWrites` (the run's position and end), over :class:`RecorderState`. What is
    written and when is the service's (:class:`RecordingService`, handed in, with the same
    ``writer``); this keeps the timers and signals, the panel, and the words.
    """

    def __init__(
        self,
        controller: SessionController,
        live: RecordingService,
        panel: NotesPanel,
        clock: Clock,
        context: Callable[[], SessionContext],
        writer: ArchiveWriter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.live = live
        live.listen(self)
        self.panel = panel
        self.clock = clock
        self.context = context
        self.writer = writer
        self._run: SessionRun | None = None  # the run whose session is on record
        self._cell: NoteOnRecord | None = None  # the note being written
        self._refused = False  # the note on screen was refused (too long): not on disk
        self.notes: list[Note] = []
        self.commitments: list[Commitment] = []
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
        return self.live.session_id

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
        self.live.write_position(run)
        if run.state is RunState.RUNNING:
            if not self._checkpoint_timer.isActive():
                self._checkpoint_timer.start()
        else:
            self._checkpoint_timer.stop()

    def _open_session(self, run: SessionRun) -> None:
        ctx = self.context()
        record = self.live.start(run, ctx)
        self._say("replaced", "")
        if not self._kept():
            self._cell = None
        self.notes, self.commitments = [], []
        self.panel.set_session_open(True)
        self.panel.set_notes([])
        self.panel.set_commitments([])
        self._offer_who(ctx, run)
        if record is None:
            # No archive (it could not be opened): notes are still taken, kept in memory
            # and in a recovery file, and the banner already says why.
            self.panel.set_status(self.tr("Not recorded: notes go to a recovery file"))
            return
        self.panel.set_status(self.tr("Recording"))
        self.sessionStarting.emit(record)
        self.live.submit_open(record)

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
        self.live.adopt(run, session_id, notes, events_on_disk)
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
            self.live.write_position(run, quit=True)

    def _finished(self) -> None:
        run = self.controller.run
        self._checkpoint_timer.stop()
        self.flush()
        self.live.finish(run)

    def close_session(self) -> None:
        """Forget the finished session: the panel waits for the next one."""
        self.flush()
        kept = self._kept()
        self.live.close()
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
        self.live.retry(self.controller.run)

    def archive_replaced(self, archive: LiveArchive | None) -> None:
        """Another archive file is open now (a restore): what the old one did not take
        stays in the recovery file, and is never written into the new one."""
        stale, where = self.live.replace_archive(archive)
        if not stale:
            return
        self._saved(object())  # the banners of what went
        self._say(
            "replaced",
            self.tr(
                "Notes the previous archive could not take were not put in the restored "
                "one; they are in {path}."
            ).format(path=where),
        )
