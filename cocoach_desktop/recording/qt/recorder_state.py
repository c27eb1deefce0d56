"""What the session recorder holds: its problems, and the texts the archive has not taken yet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from cocoach_desktop.domain.records import Commitment, Note
from cocoach_desktop.notes.qt.notes_panel import NotesPanel
from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.platform.formatting import time_of_day
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.qt.writer import ArchiveWriter
from cocoach_desktop.recording.model.autosave import SaveScheduler
from cocoach_desktop.recording.services.live_records import (
    NoteOnRecord,
    PledgeOnRecord,
    SessionContext,
    SessionOnRecord,
)
from cocoach_desktop.recording.services.recording_service import RecordingService
from cocoach_desktop.timer.qt.run_controller import SessionController

__all__ = ["RecorderState", "SessionContext"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionRecorder", text)


class RecorderState(QObject):
    """The state the recorder's parts share (notes, commitments, the session), and what
    they have in common: the problems said, the texts kept in a recovery file.

    Only :class:`SessionRecorder` is made; it sets every attribute named here.
    """

    problem = Signal(str)  # empty: the problem has gone
    # A session is being put on record: its SessionOnRecord, whose row the writer thread
    # makes before any write that needs it (the tally counts from the first second).
    sessionStarting = Signal(object)
    sessionOpened = Signal(int)
    sessionClosed = Signal(int)
    sessionForgotten = Signal()  # the finished session left the screen (Ctrl+N, a new run)

    controller: SessionController
    live: RecordingService  # the session on record, its writes and what they left unsaved
    panel: NotesPanel
    clock: Clock
    context: Callable[[], SessionContext]
    writer: ArchiveWriter
    _cell: NoteOnRecord | None
    _refused: bool
    notes: list[Note]
    commitments: list[Commitment]
    _problems: dict[str, str]
    saves: SaveScheduler
    _save_timer: QTimer
    _retry_timer: QTimer

    @property
    def _record(self) -> SessionOnRecord | None:
        """The session on record (its row may be coming)."""
        return self.live.record

    @property
    def recovery_dir(self) -> Path:
        """The folder of the recovery files (elsewhere when the data folder is read-only)."""
        return self.live.recovery_dir

    @property
    def _open(self) -> bool:
        """A session is open for notes (with or without an archive)."""
        return self.live.open

    # ----- what the archive has not taken ----------------------------------------------

    def _keep_unsaved(self, key: object, text: str, reason: str) -> None:
        """The archive did not take it: the text stays in memory and in a recovery file.

        One recovery file holds the newest text of everything unsaved, rewritten as that
        changes, until all of it is in the archive (a later failure starts a new file). A
        note on screen that could not be written counts as unwritten until a write
        succeeds: filing it (Ctrl+Enter) or closing the session will not clear it.
        """
        kept = self.live.unsaved.keep(key, text)  # None: the disk itself is failing
        if kept is not None:
            where = _tr(" A copy is in {path}.").format(path=kept)
        else:
            where = _tr(" Keep the app open: the text is only in memory.")
        if isinstance(key, PledgeOnRecord):
            self._say(
                "commitment",
                _tr("The commitment could not be saved: {reason}").format(reason=reason) + where,
            )
            return
        self.panel.set_status(_tr("Not saved"))
        self._say(
            "notes",
            # In brackets, the reason's own full stop would read ".).".
            _tr("Notes could not be saved to the archive ({reason}).").format(
                reason=reason.rstrip(". ")
            )
            + where,
        )

    def _saved(self, key: object) -> None:
        """What ``key`` stands for is in the archive now: its problem goes when the last
        of its kind is saved (the earlier texts stay in the recovery file)."""
        kinds = self.live.unsaved.saved(key)
        if PledgeOnRecord not in kinds:
            self._say("commitment", "")
        if NoteOnRecord not in kinds:
            self._say("notes", "")
            if self.live.note_writes.pending == 0 and self._open:
                stamp = time_of_day(self.clock.now().astimezone(), seconds=True)
                self.panel.set_status(_tr("Saved {time}").format(time=stamp))

    @property
    def unsaved(self) -> list[str]:
        """The texts the archive has not taken (newest of each), as in the recovery file."""
        return self.live.unsaved.texts

    def rescue_unwritten(self) -> Path | None:
        """Quitting before the writer finished: whatever it was not seen to write goes to a
        recovery file now (the process is about to end; this may wait for the disk)."""
        return self.live.rescue_unwritten()

    # ----- faults ------------------------------------------------------------------------

    def _report(self, template: str, exc: Exception, about: str) -> None:
        self._say(about, template.format(reason=say(exc)))

    def _say(self, about: str, text: str) -> None:
        """One kind of problem is there (or, with empty text, has gone): say them all."""
        before = dict(self._problems)
        if text:
            self._problems[about] = text
        else:
            self._problems.pop(about, None)
        if self._problems != before:
            self.problem.emit("\n".join(self._problems.values()))
