"""What the session recorder holds: its problems, and the texts the archive has not taken yet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from cocoach_desktop.domain.records import Commitment, Note
from cocoach_desktop.notes.qt.notes_panel import NotesPanel
from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.platform.formatting import time_of_day
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.qt.writer import ArchiveWriter
from cocoach_desktop.recording.model.autosave import SaveScheduler
from cocoach_desktop.recording.qt.session_writes import (
    NoteOnRecord,
    PledgeOnRecord,
    SessionOnRecord,
)
from cocoach_desktop.storage.backup import write_recovery_file
from cocoach_desktop.timer.qt.run_controller import SessionController

if TYPE_CHECKING:
    from cocoach_desktop.storage.archive import Archive


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionRecorder", text)


@dataclass(frozen=True)
class SessionContext:
    """Who is in the room: asked of the set-up panel when a session starts."""

    group: str = ""
    people: tuple[str, ...] = ()
    coachees: tuple[str, ...] = ()
    observers: tuple[str, ...] = ()
    facilitator: str = ""


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
    archive: Archive | None
    panel: NotesPanel
    clock: Clock
    recovery_dir: Path
    context: Callable[[], SessionContext]
    writer: ArchiveWriter
    _record: SessionOnRecord | None
    _announced: SessionOnRecord | None
    _open: bool
    _cell: NoteOnRecord | None
    _refused: bool
    _failed: set[NoteOnRecord]
    _unwritten: set[NoteOnRecord]
    _cells: dict[int, NoteOnRecord]
    _pledges_failed: set[PledgeOnRecord]
    _pledges_unwritten: set[PledgeOnRecord]
    _unsaved: dict[object, str]
    _notes_pending: int
    notes: list[Note]
    commitments: list[Commitment]
    _recovery_file: Path | None
    _problems: dict[str, str]
    saves: SaveScheduler
    _save_timer: QTimer
    _retry_timer: QTimer
    _finish_failed: tuple[SessionOnRecord, datetime, list[float]] | None

    # ----- what the archive has not taken ----------------------------------------------

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
            where = _tr(" A copy is in {path}.").format(path=self._recovery_file)
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
            _tr("Notes could not be saved to the archive ({reason}).").format(reason=reason)
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
                self.panel.set_status(_tr("Saved {time}").format(time=stamp))

    @property
    def unsaved(self) -> list[str]:
        """The texts the archive has not taken (newest of each), as in the recovery file."""
        return list(self._unsaved.values())

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

    # ----- faults ------------------------------------------------------------------------

    def _opened(self, record: SessionOnRecord, session_id: int) -> None:
        """The session's row is on disk (the recorder says so once)."""
        raise NotImplementedError

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
