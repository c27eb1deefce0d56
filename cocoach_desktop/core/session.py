"""A live session run: the state machine, its event log, overtime and rebalancing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from cocoach_desktop.core.clock import Clock
from cocoach_desktop.core.plan import PlannedPhase, SessionPlan

DEFAULT_FLOOR_SECONDS = 60


class RunState(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class EventKind(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    EXTEND = "extend"
    NEXT = "next"  # moved on once the phase's time was up
    SKIP = "skip"  # moved on before the phase's time was up
    PREVIOUS = "previous"
    PHASE_END = "phase_end"  # the phase's time ran out (stamped at the exact moment)
    FINISH = "finish"


@dataclass(frozen=True)
class SessionEvent:
    """One thing that happened, with when: monotonic seconds and UTC wall time."""

    kind: EventKind
    phase_index: int
    monotonic: float
    wall: datetime
    seconds: float = 0.0  # extension amount, or overtime when leaving a phase


def rebalance(bases: Sequence[float], budget: float, floor: float) -> list[float]:
    """Shrink ``bases`` in proportion so they fit ``budget``, none below ``min(floor, base)``.

    Phases are never grown: if the budget is larger than their sum they stay as they are.
    If even the floors do not fit, every phase gets its floor and the session runs late.
    """
    result = [float(b) for b in bases]
    if budget >= sum(bases):
        return result
    free = [i for i, b in enumerate(bases) if b > 0]
    left = float(budget)
    while free:
        total = sum(bases[i] for i in free)
        scale = max(left, 0.0) / total
        pinned = [i for i in free if bases[i] * scale < min(floor, bases[i])]
        if not pinned:
            for i in free:
                result[i] = bases[i] * scale
            break
        for i in pinned:
            result[i] = min(floor, float(bases[i]))
            left -= result[i]
            free.remove(i)
    return result


class SessionRun:
    """One session as it happens. Remaining time is always ``phase end - now``.

    Nothing here counts ticks: every figure is computed from the clock when asked, so a late
    or dropped repaint never makes the time drift, and a laptop that slept shows the truth.
    """

    def __init__(
        self,
        plan: SessionPlan,
        clock: Clock,
        *,
        rebalance: bool = True,
        floor_seconds: float = DEFAULT_FLOOR_SECONDS,
    ) -> None:
        if not plan.phases:
            raise ValueError("a session needs at least one phase")
        self.plan = plan
        self.clock = clock
        self.rebalance_enabled = rebalance
        self.floor_seconds = floor_seconds
        self.state = RunState.NOT_STARTED
        self.index = 0
        self.events: list[SessionEvent] = []
        self._base = [float(p.seconds) for p in plan.phases]
        self._acc = [0.0] * len(plan.phases)
        self._since: float | None = None  # monotonic time the current stretch began
        self._time_up_logged = [False] * len(plan.phases)
        self.started_wall: datetime | None = None
        self.finished_wall: datetime | None = None

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

        The run comes back paused in the same phase with the same elapsed time. The time the
        app was gone counts as a pause, unless ``gap_seconds`` is given: that much is added to
        the phase that was running, as if the session had gone on. The event log gets the
        pause the dead process never wrote, stamped on that process's clock, so
        ``actual_seconds_from_events`` still adds up.
        """
        count = len(plan.phases)
        if len(base_seconds) != count or len(actual_seconds) != count:
            raise ValueError("the checkpoint does not match the session's phases")
        if not 0 <= index < count:
            raise ValueError("the checkpoint's phase is not in the session")
        run = cls(plan, clock, rebalance=rebalance, floor_seconds=floor_seconds)
        run.index = index
        run._base = [float(b) for b in base_seconds]
        run._acc = [float(a) for a in actual_seconds]
        run.events = list(events)
        was_running = _open_stretch(run.events)
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
        run._time_up_logged = [run._base[k] - run._acc[k] <= 0 for k in range(count)]
        starts = [e.wall for e in run.events if e.kind is EventKind.START]
        run.started_wall = starts[0] if starts else last_wall
        run.state = RunState.PAUSED
        return run

    # ----- reading the state -------------------------------------------------------------

    @property
    def phases(self) -> tuple[PlannedPhase, ...]:
        return self.plan.phases

    @property
    def current(self) -> PlannedPhase:
        return self.plan.phases[self.index]

    def elapsed(self, index: int | None = None) -> float:
        """Active (unpaused) seconds spent in a phase so far, all visits added."""
        i = self.index if index is None else index
        value = self._acc[i]
        if i == self.index and self._since is not None:
            value += self.clock.monotonic() - self._since
        return value

    def base_seconds(self, index: int) -> float:
        """The phase's planned seconds plus its extensions, before any rebalancing."""
        return self._base[index]

    def allotted(self, index: int | None = None) -> float:
        """The seconds the phase has now: its base, or less if later phases were rebalanced."""
        return self.allotments()[self.index if index is None else index]

    def allotments(self) -> list[float]:
        """Every phase's current allotment (one rebalancing pass, for agendas)."""
        result = list(self._base)
        if self.rebalance_enabled and self.state is not RunState.FINISHED:
            later = range(self.index + 1, len(self._base))
            shares = rebalance(
                [self._base[k] for k in later], self._later_budget(), self.floor_seconds
            )
            for k, share in zip(later, shares, strict=True):
                result[k] = share
        return result

    def _later_budget(self) -> float:
        """Seconds left for the phases after this one if the session is to end on time."""
        done = sum(self.elapsed(k) for k in range(len(self._base)) if k != self.index)
        current = max(self._base[self.index], self.elapsed())
        return self.plan.total_seconds - done - current

    def remaining(self) -> float:
        """Seconds left in the current phase; negative in overtime."""
        return self._base[self.index] - self.elapsed()

    def overtime(self) -> float:
        return max(0.0, -self.remaining())

    def session_elapsed(self) -> float:
        return sum(self.elapsed(k) for k in range(len(self._base)))

    def session_remaining(self) -> float:
        """Active seconds still to come: the rest of this phase and every later one."""
        if self.state is RunState.FINISHED:
            return 0.0
        shares = self.allotments()
        rest = sum(
            max(0.0, shares[k] - self.elapsed(k)) for k in range(self.index + 1, len(shares))
        )
        return max(0.0, self.remaining()) + rest

    def phase_progress(self) -> float:
        allotted = self._base[self.index]
        return 1.0 if allotted <= 0 else min(1.0, self.elapsed() / allotted)

    def session_progress(self) -> float:
        done = self.session_elapsed()
        whole = done + self.session_remaining()
        return 1.0 if whole <= 0 else min(1.0, done / whole)

    def projected_end(self) -> datetime:
        """When the session will end at this rate (UTC), as the facilitator should see it."""
        if self.state is RunState.FINISHED and self.finished_wall is not None:
            return self.finished_wall
        return self.clock.now() + timedelta(seconds=self.session_remaining())

    def planned_end(self) -> datetime:
        """When the session was meant to end: its start plus the planned total."""
        start = self.started_wall or self.clock.now()
        return start + timedelta(seconds=self.plan.total_seconds)

    def actual_seconds(self) -> list[float]:
        """The active time each phase really took (the event log gives the same answer)."""
        return [self.elapsed(k) for k in range(len(self._base))]

    # ----- changing the state ------------------------------------------------------------

    def _log(self, kind: EventKind, seconds: float = 0.0, *, at: float | None = None) -> None:
        now = self.clock.monotonic()
        wall = self.clock.now()
        if at is not None:
            wall -= timedelta(seconds=now - at)
            now = at
        self.events.append(SessionEvent(kind, self.index, now, wall, seconds))

    def _stop_stretch(self) -> None:
        if self._since is not None:
            self._acc[self.index] += self.clock.monotonic() - self._since
            self._since = None

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
        self._stop_stretch()
        self.index = to
        if running:
            self._since = self.clock.monotonic()

    def next_phase(self) -> bool:
        """Move on. Moving on before time is up is logged as a skip. False on the last phase."""
        if self.state in (RunState.NOT_STARTED, RunState.FINISHED):
            return False
        if self.index + 1 >= len(self._base):
            return False
        # The later phases' rebalanced shares become their plan from here on.
        if self.rebalance_enabled:
            shares = self.allotments()
            for k in range(self.index + 1, len(shares)):
                self._base[k] = shares[k]
        remaining = self.remaining()
        self.poll()
        kind = EventKind.SKIP if remaining > 0 else EventKind.NEXT
        self._log(kind, max(0.0, -remaining))
        self._move(self.index + 1)
        return True

    def previous_phase(self) -> bool:
        """Go back a phase (its time continues from what it had). False on the first phase."""
        if self.state in (RunState.NOT_STARTED, RunState.FINISHED) or self.index == 0:
            return False
        self._log(EventKind.PREVIOUS)
        self._move(self.index - 1)
        if self.remaining() > 0:
            self._time_up_logged[self.index] = False
        return True

    def extend(self, seconds: float) -> bool:
        """Give the current phase more time (+1 min, +5 min or any amount)."""
        if seconds <= 0:
            raise ValueError("an extension must be a positive number of seconds")
        if self.state is RunState.FINISHED:
            return False
        self._base[self.index] += seconds
        if self.remaining() > 0:
            self._time_up_logged[self.index] = False
        self._log(EventKind.EXTEND, seconds)
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


def _open_stretch(events: Sequence[SessionEvent]) -> bool:
    """Whether the log ends with the clock running (no pause or finish after the last start)."""
    running = False
    for event in events:
        if event.kind in (EventKind.START, EventKind.RESUME):
            running = True
        elif event.kind in (EventKind.PAUSE, EventKind.FINISH):
            running = False
    return running


def actual_seconds_from_events(events: Sequence[SessionEvent], phase_count: int) -> list[float]:
    """Rebuild each phase's active time from the event log alone (as the archive will)."""
    acc = [0.0] * phase_count
    since: float | None = None
    for event in events:
        p = event.phase_index
        if event.kind in (EventKind.START, EventKind.RESUME):
            since = event.monotonic
        elif event.kind in (EventKind.PAUSE, EventKind.FINISH):
            if since is not None:
                acc[p] += event.monotonic - since
            since = None
        elif (
            event.kind in (EventKind.NEXT, EventKind.SKIP, EventKind.PREVIOUS) and since is not None
        ):
            acc[p] += event.monotonic - since
            since = event.monotonic
    return acc
