"""The start-up recovery flow: offer a cut-off session back, say when one was lost.

It also keeps the marker that names the session on record. A presenter: it is handed its
view and its parts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.platform.formatting import time_of_day
from cocoach_desktop.platform.preferences import Preferences
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.protocols.model.protocols import ProtocolTemplate
from cocoach_desktop.recording.model.recovery import (
    CutOff,
    RecoveryChoice,
    plan_from_detail,
    resume,
)
from cocoach_desktop.recording.model.session_marker import (
    MARKER_FILE,
    RunningSession,
    remove_marker,
    write_marker,
)
from cocoach_desktop.recording.qt.recorder import SessionRecorder
from cocoach_desktop.recording.services.recovery_service import (
    UnfinishedSessions,
    abandon,
    find_lost_session,
    session_to_offer,
)
from cocoach_desktop.timer.qt.run_controller import SessionController

if TYPE_CHECKING:
    from cocoach_desktop.timer.model.session import SessionRun


def _tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


class RecoveryView(Protocol):
    """What the flow shows and asks (tests hand it a fake)."""

    def ask_recovery(self, point: CutOff) -> RecoveryChoice: ...

    def tell_lost(self, text: str) -> None: ...

    def show_problem(self, text: str) -> None: ...

    def show_status(self, text: str) -> None: ...


class DialogRecoveryView:
    """The real view: message boxes over the facilitator's window, its banner and status."""

    def __init__(
        self,
        parent: QWidget,
        show_problem: Callable[[str], None],
        show_status: Callable[[str], None],
    ) -> None:
        self._parent = parent
        self._problem = show_problem
        self._status = show_status
        self.lost_box: QMessageBox | None = None

    # The dialogs load when first needed: most starts have nothing to recover.

    def ask_recovery(self, point: CutOff) -> RecoveryChoice:
        from cocoach_desktop.recording.qt.recovery_dialog import ask_recovery

        return ask_recovery(self._parent, point)

    def tell_lost(self, text: str) -> None:
        from cocoach_desktop.recording.qt.recovery_dialog import lost_box

        self.lost_box = lost_box(self._parent, text)
        self.lost_box.open()

    def show_problem(self, text: str) -> None:
        self._problem(text)

    def show_status(self, text: str) -> None:
        self._status(text)


class RecoveryFlow(QObject):
    """Offers the newest cut-off session back at start; resumes it or closes it as left.

    ``resumed(run, detail)`` is emitted once the run is rebuilt: the composition root
    connects the recorder, the tally, the controller and the set-up to it, in that order.
    """

    resumed = Signal(object, object)  # SessionRun, SessionDetail

    def __init__(
        self,
        view: RecoveryView,
        clock: Clock,
        data_dir: Path,
        recorder: SessionRecorder,
        controller: SessionController,
        templates: Callable[[], list[ProtocolTemplate]],
        preferences: Callable[[], Preferences],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._clock = clock
        self._data_dir = data_dir
        self._recorder = recorder
        self._controller = controller
        self._templates = templates
        self._prefs = preferences
        # A file beside the archive names the session on record, outside the database: a
        # crash followed by a deleted -wal file takes the session's rows away, not this.
        recorder.sessionOpened.connect(self.mark_session)
        recorder.sessionClosed.connect(lambda _id: self.mark_session(None))
        recorder.sessionForgotten.connect(lambda: self.mark_session(None))

    @property
    def marker_path(self) -> Path:
        return self._data_dir / MARKER_FILE

    def recover_unfinished(self, archive: UnfinishedSessions | None) -> None:
        """Offer to resume a session the app died during (or close it as abandoned); say so
        when the session the app was recording is no longer in the archive at all."""
        if archive is None:
            return  # the marker stays: the next start with the archive open checks it
        lost = find_lost_session(self.marker_path, archive, self._data_dir)
        if lost is not None:
            from cocoach_desktop.recording.qt.recovery_dialog import lost_text

            self.view.tell_lost(lost_text(lost.marked, lost.copies))
        try:
            self._offer(archive)
        except (OSError, ValueError, LookupError) as exc:  # storage faults, in words
            self.view.show_problem(
                _tr("The interrupted session could not be brought back: {reason}").format(
                    reason=say(exc)
                )
            )
            return
        self.mark_session(self._recorder.session_id)  # resumed: on record again; else none

    def mark_session(self, session_id: int | None) -> None:
        if session_id is None:
            remove_marker(self.marker_path)
            return
        run = self._controller.run
        started = run.started_wall if run is not None and run.started_wall else None
        # In a folder that cannot be written there is none: nor is there an archive to lose.
        write_marker(
            self.marker_path,
            RunningSession(
                session_id,
                started or self._clock.now(),
                run.plan.protocol_name if run is not None else "",
                self._recorder.recovery_dir,
            ),
        )

    def _offer(self, archive: UnfinishedSessions) -> None:
        point = session_to_offer(archive, self._clock.now())
        if point is None:
            return
        choice = self.view.ask_recovery(point)
        if choice is RecoveryChoice.ABANDON:
            abandon(archive, point)
            return
        detail = point.detail
        template = next((t for t in self._templates() if t.id == detail.summary.protocol_id), None)
        prefs = self._prefs()
        run: SessionRun = resume(
            point,
            plan_from_detail(detail, template),
            self._clock,
            count_time_away=choice is RecoveryChoice.RESUME_COUNTING,
            rebalance=prefs.rebalance,
            floor_seconds=prefs.floor_seconds,
        )
        self.resumed.emit(run, detail)
        said = (
            _tr("Resumed the session you left at {time}, paused. Press Space to go on.")
            if point.quit
            else _tr("Resumed the session cut off at {time}, paused. Press Space to go on.")
        )
        self.view.show_status(said.format(time=time_of_day(point.last_seen.astimezone())))
