"""Drives a session run from the event loop: ticks aligned to the displayed second."""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.platform.timefmt import seconds_to_next_change
from cocoach_desktop.timer.model.display import (
    DisplayState,
    Thresholds,
    display_state,
    waiting_state,
)
from cocoach_desktop.timer.model.plan import SessionPlan
from cocoach_desktop.timer.model.session import EndChange, EventKind, RunState, SessionRun

# Wake a few milliseconds after the true boundary so the new second is already due.
TICK_MARGIN_MS = 4
IDLE_TICK_MS = 1000


class SessionController(QObject):
    """Owns the current :class:`SessionRun`; the QTimer only asks for a repaint.

    The timer is a single-shot re-armed at every tick for the moment the countdown's
    displayed second next changes, so a late tick never accumulates into drift.
    """

    updated = Signal(object)  # DisplayState
    structureChanged = Signal()  # phases, allotments or the state changed
    phaseEnded = Signal(int)  # the index of the phase whose time ran out
    finished = Signal()
    waiting = Signal(object)  # DisplayState: the room's waiting screen while there is no run

    def __init__(
        self,
        clock: Clock,
        thresholds: Thresholds | None = None,
        *,
        rebalance: bool = True,
        floor_seconds: float = 60,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.thresholds = thresholds or Thresholds()
        self.rebalance = rebalance
        self.floor_seconds = floor_seconds
        self.run: SessionRun | None = None
        self.planned_start: datetime | None = None  # shown on the room's waiting screen
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)

    # ----- set-up ------------------------------------------------------------------------

    def set_plan(self, plan: SessionPlan) -> None:
        """Prepare a new run (only between sessions)."""
        if self.in_progress():
            raise RuntimeError("a session is in progress")
        self.run = SessionRun(
            plan, self.clock, rebalance=self.rebalance, floor_seconds=self.floor_seconds
        )
        self.structureChanged.emit()
        self.tick()

    def adopt(self, run: SessionRun) -> None:
        """Take over a run rebuilt after a crash (it comes back paused)."""
        if self.in_progress():
            raise RuntimeError("a session is in progress")
        self.run = run
        self.rebalance = run.rebalance_enabled
        self.floor_seconds = run.floor_seconds
        self.structureChanged.emit()
        self.tick()

    def set_rebalance(self, enabled: bool, floor_seconds: float | None = None) -> None:
        self.rebalance = enabled
        if floor_seconds is not None:
            self.floor_seconds = floor_seconds
        if self.run is not None:
            self.run.rebalance_enabled = enabled
            self.run.floor_seconds = self.floor_seconds
        self.structureChanged.emit()
        self.tick()

    def set_planned_start(self, when: datetime | None) -> None:
        """When the facilitator means to start (UTC), for the room's waiting screen."""
        self.planned_start = when
        self.tick()

    def set_thresholds(self, thresholds: Thresholds) -> None:
        self.thresholds = thresholds
        self.tick()

    def in_progress(self) -> bool:
        return self.run is not None and self.run.state in (RunState.RUNNING, RunState.PAUSED)

    def state(self) -> DisplayState | None:
        if self.run is None:
            return None
        return display_state(self.run, self.thresholds, planned_start=self.planned_start)

    # ----- actions (each returns whether it did anything) ----------------------------------

    def _act(self, done: bool) -> bool:
        if done:
            self.structureChanged.emit()
            self.tick()
        return done

    def toggle(self) -> bool:
        return self.run is not None and self._act(self.run.toggle())

    def next_phase(self) -> bool:
        return self.run is not None and self._act(self.run.next_phase())

    def previous_phase(self) -> bool:
        return self.run is not None and self._act(self.run.previous_phase())

    def extend(self, seconds: float, index: int | None = None) -> bool:
        return self.run is not None and self._act(self.run.extend(seconds, index))

    def reduce(self, seconds: float, index: int | None = None, *, exact: bool = False) -> float:
        """Take time away from a phase: how much was taken (0: it had none left)."""
        if self.run is None:
            return 0.0
        taken = self.run.reduce(seconds, index, exact=exact)
        self._act(taken > 0)
        return taken

    def end_at(self, wall: datetime) -> EndChange | None:
        """Aim to end the session at ``wall`` (UTC); what was done, to undo it, or None."""
        if self.run is None:
            return None
        change = self.run.end_at(wall)
        self._act(change is not None)
        return change

    def undo_end(self, change: EndChange) -> bool:
        return self.run is not None and self._act(self.run.undo_end(change))

    def finish(self) -> bool:
        if self.run is None or not self._act(self.run.finish()):
            return False
        self.finished.emit()
        return True

    # ----- ticking -----------------------------------------------------------------------

    def tick(self) -> None:
        """Recompute everything from the clock, tell the views, and arm the next tick."""
        self._timer.stop()
        run = self.run
        if run is None:
            # No session prepared: the room still sees its waiting screen, kept up to date.
            self.waiting.emit(waiting_state(self.clock.now(), self.planned_start))
            self._timer.start(IDLE_TICK_MS)
            return
        for event in run.poll():
            if event.kind is EventKind.PHASE_END:
                self.phaseEnded.emit(event.phase_index)
                self.structureChanged.emit()
        self.updated.emit(display_state(run, self.thresholds, planned_start=self.planned_start))
        if run.state is RunState.FINISHED:
            return
        self._timer.start(self.next_tick_ms())

    def next_tick_ms(self) -> int:
        """Milliseconds until the displayed second changes (or a calm refresh when idle)."""
        if self.run is None or self.run.state is not RunState.RUNNING:
            return IDLE_TICK_MS
        wait = seconds_to_next_change(self.run.remaining())
        return max(1, math.ceil(wait * 1000 - 1e-6) + TICK_MARGIN_MS)
