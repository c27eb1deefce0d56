"""A run's seconds: each phase's plan, what it was given and used, and the figures read from them.

Timing model. Each phase has a *plan*: its planned seconds plus its own extensions and
reductions. The session aims for a *target*: a number of active (unpaused) seconds, the
planned total until "End at…" moves it. The phase in progress keeps the allotment it was
given when it began (plus what is added or taken while in it), so its countdown never shifts
by itself. The later phases share what is left of the target: each gets its plan back if
there is room, less (never under the floor) if there is not. Nothing shrunk is frozen: time
saved by moving on early goes back to them, up to their plan.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.timer.model.events import EventKind, SessionEvent
from cocoach_desktop.timer.model.plan import PlannedPhase, SessionPlan
from cocoach_desktop.timer.model.rebalance import rebalance
from cocoach_desktop.timer.model.session_end import EndTarget

DEFAULT_FLOOR_SECONDS = 60


class RunState(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class RunTimes:
    """The time side of a run, which :class:`~.session.SessionRun` drives. Remaining time is
    always ``phase end - now``.

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
        count = len(plan.phases)
        self.plan = plan
        self.clock = clock
        self.rebalance_enabled = rebalance
        self.floor_seconds = floor_seconds
        self.state = RunState.NOT_STARTED
        self.index = 0
        # Each phase's plan: planned seconds plus its own extensions and reductions.
        self._plan = [float(p.seconds) for p in plan.phases]
        # The seconds a phase was given when it last began (None: not reached yet).
        self._allot: list[float | None] = [None] * count
        self._allot[0] = self._plan[0]
        self._acc = [0.0] * count
        self._since: float | None = None  # monotonic time the current stretch began
        self._time_up_logged = [False] * count
        self._end = EndTarget(plan.total_seconds)
        self.events: list[SessionEvent] = []
        self.started_wall: datetime | None = None
        self.finished_wall: datetime | None = None

    # ----- reading the state -------------------------------------------------------------

    @property
    def phases(self) -> tuple[PlannedPhase, ...]:
        return self.plan.phases

    @property
    def current(self) -> PlannedPhase:
        return self.plan.phases[self.index]

    @property
    def target_seconds(self) -> float:
        """The active seconds the session aims for (the planned total until "End at…")."""
        return self._end.seconds

    def elapsed(self, index: int | None = None) -> float:
        """Active (unpaused) seconds spent in a phase so far, all visits added."""
        i = self.index if index is None else index
        value = self._acc[i]
        if i == self.index and self._since is not None:
            value += self.clock.monotonic() - self._since
        return value

    def base_seconds(self, index: int) -> float:
        """The phase's plan: its planned seconds plus its own extensions and reductions."""
        return self._plan[index]

    def reached(self, index: int) -> bool:
        """Whether the phase has begun at some point (the first phase counts from the outset)."""
        return self._allot[index] is not None

    def _given(self, index: int) -> float:
        """The seconds a phase was given when it last began (its plan if never begun)."""
        allot = self._allot[index]
        return self._plan[index] if allot is None else allot

    def allotted(self, index: int | None = None) -> float:
        """The seconds the phase has now (see :meth:`allotments`)."""
        return self.allotments()[self.index if index is None else index]

    def allotments(self) -> list[float]:
        """Every phase's seconds as things stand, for agendas.

        The current and earlier phases: what they were given (with their own changes). The
        later ones: their time so far plus their share of what is left of the session.
        """
        count = len(self._plan)
        result = [self._given(k) for k in range(count)]
        if self.state is RunState.FINISHED:
            for k in range(self.index + 1, count):
                if self._allot[k] is None:
                    result[k] = self.elapsed(k)
            return result
        first = self.index + 1
        for k, rest in zip(range(first, count), self._rests(first), strict=True):
            result[k] = self.elapsed(k) + rest
        return result

    def _wants(self, first: int) -> list[float]:
        """What the plan of each phase from ``first`` on still has left to run."""
        return [max(0.0, self._plan[k] - self.elapsed(k)) for k in range(first, len(self._plan))]

    def _rests(self, first: int, extra: float = 0.0) -> list[float]:
        """The seconds still to come in each phase from ``first`` on, fitted to the time left.

        Each phase wants what its plan has left. With rebalancing they get at most what is
        left of the session's target between them (never more than they want, never under
        the floor); ``extra`` is added to the current phase first (to preview an extension).
        """
        wants = self._wants(first)
        if not self.rebalance_enabled or not wants:
            return wants
        committed = self.session_elapsed()
        if self.index < first:
            committed += max(0.0, self._given(self.index) + extra - self.elapsed())
        return rebalance(wants, self.target_seconds - committed, self.floor_seconds)

    def remaining(self) -> float:
        """Seconds left in the current phase; negative in overtime."""
        return self._given(self.index) - self.elapsed()

    def overtime(self) -> float:
        return max(0.0, -self.remaining())

    def session_elapsed(self) -> float:
        return sum(self.elapsed(k) for k in range(len(self._plan)))

    def session_remaining(self, extra: float = 0.0) -> float:
        """Active seconds still to come: the rest of this phase and every later one.

        ``extra``: as if the current phase were given that much more (for a preview).
        """
        if self.state is RunState.FINISHED:
            return 0.0
        rest = sum(self._rests(self.index + 1, extra))
        return max(0.0, self.remaining() + extra) + rest

    def phase_progress(self) -> float:
        allotted = self._given(self.index)
        return 1.0 if allotted <= 0 else min(1.0, self.elapsed() / allotted)

    def session_progress(self) -> float:
        done = self.session_elapsed()
        whole = done + self.session_remaining()
        return 1.0 if whole <= 0 else min(1.0, done / whole)

    def projected_end(self, extra: float = 0.0) -> datetime:
        """When the session will end at this rate (UTC), as the facilitator should see it."""
        if self.state is RunState.FINISHED and self.finished_wall is not None:
            return self.finished_wall
        return self.clock.now() + timedelta(seconds=self.session_remaining(extra))

    def planned_end(self) -> datetime:
        """When the session is meant to end: its start plus the planned total, or the end
        set with "End at…" (pauses after that make it run late, as before it)."""
        wall, counted = self._end.anchor
        start = wall or self.started_wall or self.clock.now()
        return start + timedelta(seconds=self.target_seconds - counted)

    def original_end(self) -> datetime:
        """When the session was first meant to end, whatever "End at…" did since."""
        start = self.started_wall or self.clock.now()
        return start + timedelta(seconds=self.plan.total_seconds)

    @property
    def end_moved(self) -> bool:
        """Whether "End at…" moved the end (and that move was not undone)."""
        return self._end.moved

    def actual_seconds(self) -> list[float]:
        """The active time each phase really took (the event log gives the same answer)."""
        return [self.elapsed(k) for k in range(len(self._plan))]

    # ----- changing the figures, logging ---------------------------------------------------

    def _log(
        self,
        kind: EventKind,
        seconds: float = 0.0,
        *,
        at: float | None = None,
        index: int | None = None,
    ) -> None:
        now = self.clock.monotonic()
        wall = self.clock.now()
        if at is not None:
            wall -= timedelta(seconds=now - at)
            now = at
        phase = self.index if index is None else index
        self.events.append(SessionEvent(kind, phase, now, wall, seconds))

    def _stop_stretch(self) -> None:
        if self._since is not None:
            self._acc[self.index] += self.clock.monotonic() - self._since
            self._since = None

    def _adjust(self, index: int, seconds: float) -> None:
        """Give (or, negative, take) seconds to a phase's plan, and to its time if current."""
        self._plan[index] = max(0.0, self._plan[index] + seconds)
        if index == self.index:
            self._allot[index] = max(0.0, self._given(index) + seconds)
            if self.remaining() > 0:
                self._time_up_logged[index] = False

    def _set_end(self, total: float) -> None:
        self._end.move(total, self.clock.now(), self.session_elapsed())

    def _end_back(self) -> None:
        self._end.back()
