"""A live session run's state machine: start, pause, move on or back, finish, rebuild after a crash.

The seconds it keeps are in :mod:`.run_times`, the changes of time in :mod:`.time_changes`,
the event log in :mod:`.events` and the session's end in :mod:`.session_end`; the names
callers use are importable from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.platform.problems import ErrorCode, RefusedError
from cocoach_desktop.timer.model.events import (
    EventKind,
    ReplayClock,
    SessionEvent,
    actual_seconds_from_events,
    open_stretch,
    planned_ends,
)
from cocoach_desktop.timer.model.plan import SessionPlan
from cocoach_desktop.timer.model.run_times import DEFAULT_FLOOR_SECONDS, RunState
from cocoach_desktop.timer.model.session_end import EndChange, EndPreview
from cocoach_desktop.timer.model.time_changes import TimeChanges

__all__ = [
    "DEFAULT_FLOOR_SECONDS",
    "EndChange",
    "EndPreview",
    "EventKind",
    "RunState",
    "SessionEvent",
    "SessionRun",
    "actual_seconds_from_events",
    "planned_ends",
]


class SessionRun(TimeChanges):
    """One session as it happens: what the facilitator does to it, each step in its log."""

    @classmethod
    def restore(
        cls,
        plan: SessionPlan,
        clock: Clock,
        *,
        index: int,
        base_seconds: Sequence[float],
        actual_seconds: Sequence[float],
        events: Sequence[SessionEvent],
        last_monotonic: float,
        last_wall: datetime,
        gap_seconds: float = 0.0,
        rebalance: bool = True,
        floor_seconds: float = DEFAULT_FLOOR_SECONDS,
    ) -> SessionRun:
        """Rebuild a run that was cut off (a crash, a power cut) from its last checkpoint.

        The event log is replayed, so every change of time (extensions, time taken away, a
        moved end) comes back as it was; the checkpoint gives the time spent since the last
        event. The run comes back paused in the same phase with the same elapsed time. The
        time the app was gone counts as a pause, unless ``gap_seconds`` is given: that much is
        added to the phase that was running, as if the session had gone on. The event log gets
        the pause the dead process never wrote, stamped on that process's clock, so
        ``actual_seconds_from_events`` still adds up.
        """
        count = len(plan.phases)
        if len(base_seconds) != count or len(actual_seconds) != count:
            raise RefusedError(ErrorCode.CHECKPOINT_MISMATCH, "checkpoint")
        if not 0 <= index < count:
            raise RefusedError(ErrorCode.CHECKPOINT_PHASE, "checkpoint", index=index)
        replay = ReplayClock()
        run = cls(plan, replay, rebalance=rebalance, floor_seconds=floor_seconds)
        for event in events:
            replay.at(event)
            run._replay(event)
        if not events:  # nothing to replay: the checkpoint's plans are all there is
            run._plan = [float(b) for b in base_seconds]
            run._allot[0] = run._plan[0]
        run.clock = clock
        run.events = list(events)
        run._since = None
        run.finished_wall = None
        if run.index != index:  # a log that does not end where the checkpoint is
            run.index = index
        run._acc = [float(a) for a in actual_seconds]
        if run._allot[index] is None:
            run._allot[index] = max(run._plan[index], run._acc[index])
        was_running = open_stretch(run.events)
        gap = max(0.0, gap_seconds)
        if was_running:
            run._acc[index] += gap
            run.events.append(
                SessionEvent(
                    EventKind.PAUSE,
                    index,
                    last_monotonic + gap,
                    last_wall + timedelta(seconds=gap),
                )
            )
        run._time_up_logged = [run._given(k) - run._acc[k] <= 0 for k in range(count)]
        starts = [e.wall for e in run.events if e.kind is EventKind.START]
        run.started_wall = starts[0] if starts else last_wall
        run.state = RunState.PAUSED
        return run

    def _replay(self, event: SessionEvent) -> None:
        """Apply one logged event again, on a clock that reads that event's times."""
        kind, k = event.kind, event.phase_index
        if kind is EventKind.START:
            self.start()
        elif kind is EventKind.PAUSE:
            self.pause()
        elif kind is EventKind.RESUME:
            self.resume()
        elif kind in (EventKind.EXTEND, EventKind.REDUCE) and 0 <= k < len(self._plan):
            self._adjust(k, event.seconds if kind is EventKind.EXTEND else -event.seconds)
        elif kind in (EventKind.NEXT, EventKind.SKIP):
            self.next_phase()
        elif kind is EventKind.PREVIOUS:
            self.previous_phase()
        elif kind is EventKind.END_AT:
            self._set_end(max(0.0, event.seconds))
        elif kind is EventKind.END_BACK:
            self._end_back()
        elif kind is EventKind.FINISH:
            self.finish()

    # ----- changing the state ------------------------------------------------------------

    def poll(self) -> list[SessionEvent]:
        """Log the moment the current phase's time runs out, if it has; return new events."""
        if self.state is not RunState.RUNNING or self._time_up_logged[self.index]:
            return []
        remaining = self.remaining()
        if remaining > 0:
            return []
        self._time_up_logged[self.index] = True
        self._log(EventKind.PHASE_END, at=self.clock.monotonic() + remaining)
        return [self.events[-1]]

    def start(self) -> bool:
        if self.state is not RunState.NOT_STARTED:
            return False
        self.state = RunState.RUNNING
        self.started_wall = self.clock.now()
        self._since = self.clock.monotonic()
        self._log(EventKind.START)
        return True

    def pause(self) -> bool:
        if self.state is not RunState.RUNNING:
            return False
        self.poll()
        self._stop_stretch()
        self.state = RunState.PAUSED
        self._log(EventKind.PAUSE)
        return True

    def resume(self) -> bool:
        if self.state is not RunState.PAUSED:
            return False
        self.state = RunState.RUNNING
        self._since = self.clock.monotonic()
        self._log(EventKind.RESUME)
        return True

    def toggle(self) -> bool:
        """Space: start, pause or resume, whichever fits."""
        if self.state is RunState.NOT_STARTED:
            return self.start()
        if self.state is RunState.RUNNING:
            return self.pause()
        return self.resume()

    def _move(self, to: int) -> None:
        self.poll()
        running = self._since is not None
        forward = to > self.index
        self._stop_stretch()
        self.index = to
        if running:
            self._since = self.clock.monotonic()
        if forward:
            # A phase begins with its share of what is left; it keeps it while it lasts.
            self._allot[to] = self.elapsed(to) + self._rests(to)[0]
        if self.remaining() > 0:
            self._time_up_logged[to] = False

    def next_phase(self) -> bool:
        """Move on. Moving on before time is up is logged as a skip. False on the last phase.

        Time left unused goes back to the later phases (up to their plan).
        """
        if self.state in (RunState.NOT_STARTED, RunState.FINISHED):
            return False
        if self.index + 1 >= len(self._plan):
            return False
        remaining = self.remaining()
        self.poll()
        kind = EventKind.SKIP if remaining > 0 else EventKind.NEXT
        self._log(kind, max(0.0, -remaining))
        self._move(self.index + 1)
        return True

    def previous_phase(self) -> bool:
        """Go back a phase: it goes on with the time it had left. False on the first phase."""
        if self.state in (RunState.NOT_STARTED, RunState.FINISHED) or self.index == 0:
            return False
        self._log(EventKind.PREVIOUS)
        self._move(self.index - 1)
        return True

    def finish(self) -> bool:
        """End the session (early, or at the end of the last phase)."""
        if self.state is RunState.FINISHED:
            return False
        if self.state is RunState.NOT_STARTED:
            self.started_wall = self.clock.now()
        self.poll()
        self._stop_stretch()
        self.state = RunState.FINISHED
        self.finished_wall = self.clock.now()
        self._log(EventKind.FINISH, self.overtime())
        return True
