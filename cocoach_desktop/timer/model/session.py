"""A live session run: the state machine, its event log, overtime and rebalancing.

Timing model. Each phase has a *plan*: its planned seconds plus its own extensions and
reductions. The session aims for a *target*: a number of active (unpaused) seconds, the
planned total until "End at…" moves it. The phase in progress keeps the allotment it was
given when it began (plus what is added or taken while in it), so its countdown never shifts
by itself. The later phases share what is left of the target: each gets its plan back if
there is room, less (never under the floor) if there is not. Nothing shrunk is frozen: time
saved by moving on early goes back to them, up to their plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.timer.model.plan import PlannedPhase, SessionPlan
from cocoach_desktop.timer.model.rebalance import rebalance

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
    EXTEND = "extend"  # time given to a phase (seconds: how much)
    REDUCE = "reduce"  # time taken away from a phase (seconds: how much)
    NEXT = "next"  # moved on once the phase's time was up
    SKIP = "skip"  # moved on before the phase's time was up
    PREVIOUS = "previous"
    PHASE_END = "phase_end"  # the phase's time ran out (stamped at the exact moment)
    END_AT = "end_at"  # the session's end moved (seconds: the active seconds it now aims for)
    END_BACK = "end_back"  # the last end move undone (seconds: the active seconds aimed for again)
    FINISH = "finish"


@dataclass(frozen=True)
class SessionEvent:
    """One thing that happened, with when: monotonic seconds and UTC wall time."""

    kind: EventKind
    phase_index: int
    monotonic: float
    wall: datetime
    seconds: float = 0.0  # see EventKind: an amount, an overtime, or a target


@dataclass(frozen=True)
class EndChange:
    """What one "End at…" did, so that it can be undone exactly."""

    end: datetime  # the end asked for (UTC)
    adjustments: tuple[tuple[int, float], ...] = ()  # (phase, seconds given (+) or taken (-))


@dataclass(frozen=True)
class EndPreview:
    """What ending at a given moment would do, for the dialog that asks for it."""

    seconds_left: float  # from now to the end asked for
    later_phases: int  # how many phases come after this one
    later_wanted: float  # what their plans still want between them
    later_share: float  # what they would get between them
    earliest: datetime  # the soonest the session can end without shortening this phase
    current_change: float  # the last phase only: seconds it gains (+) or loses (-)


class _ReplayClock:
    """The clock a restored run is rebuilt on: it reads each logged event's own times."""

    def __init__(self) -> None:
        self._monotonic = 0.0
        self._wall = datetime(1970, 1, 1, tzinfo=UTC)

    def at(self, event: SessionEvent) -> None:
        self._monotonic, self._wall = event.monotonic, event.wall

    def monotonic(self) -> float:
        return self._monotonic

    def now(self) -> datetime:
        return self._wall


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
        count = len(plan.phases)
        self.plan = plan
        self.clock = clock
        self.rebalance_enabled = rebalance
        self.floor_seconds = floor_seconds
        self.state = RunState.NOT_STARTED
        self.index = 0
        self.events: list[SessionEvent] = []
        # Each phase's plan: planned seconds plus its own extensions and reductions.
        self._plan = [float(p.seconds) for p in plan.phases]
        # The seconds a phase was given when it last began (None: not reached yet).
        self._allot: list[float | None] = [None] * count
        self._allot[0] = self._plan[0]
        self._acc = [0.0] * count
        self._since: float | None = None  # monotonic time the current stretch began
        self._time_up_logged = [False] * count
        # The active seconds the session aims for, and the (wall, active seconds) they count
        # from; None: from the start. "End at…" moves them; its undo restores the last ones.
        self.target_seconds = float(plan.total_seconds)
        self._anchor: tuple[datetime | None, float] = (None, 0.0)
        self._ends: list[tuple[float, tuple[datetime | None, float]]] = []
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
            raise ValueError("the checkpoint does not match the session's phases")
        if not 0 <= index < count:
            raise ValueError("the checkpoint's phase is not in the session")
        replay = _ReplayClock()
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
        wall, counted = self._anchor
        start = wall or self.started_wall or self.clock.now()
        return start + timedelta(seconds=self.target_seconds - counted)

    def original_end(self) -> datetime:
        """When the session was first meant to end, whatever "End at…" did since."""
        start = self.started_wall or self.clock.now()
        return start + timedelta(seconds=self.plan.total_seconds)

    @property
    def end_moved(self) -> bool:
        """Whether "End at…" moved the end (and that move was not undone)."""
        return bool(self._ends)

    def preview_end(self, wall: datetime) -> EndPreview:
        """What :meth:`end_at` would do with ``wall``, without doing it."""
        now = self.clock.now()
        left = (wall - now).total_seconds()
        wants = self._wants(self.index + 1)
        wanted = sum(wants)
        here = max(0.0, self.remaining())
        least = sum(min(self.floor_seconds, w) for w in wants) if self.rebalance_enabled else wanted
        budget = left - here
        if not wants:
            share = 0.0
        elif budget >= wanted:
            share = budget
        elif self.rebalance_enabled:
            share = sum(rebalance(wants, budget, self.floor_seconds))
        else:
            share = wanted
        change = 0.0 if wants else max(left, 0.0) - self.remaining()
        if change < 0:
            change = -min(-change, here)
        earliest = now + timedelta(seconds=(here + least) if wants else 0.0)
        return EndPreview(left, len(wants), wanted, share, earliest, change)

    def actual_seconds(self) -> list[float]:
        """The active time each phase really took (the event log gives the same answer)."""
        return [self.elapsed(k) for k in range(len(self._plan))]

    # ----- changing the state ------------------------------------------------------------

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

    def _adjust(self, index: int, seconds: float) -> None:
        """Give (or, negative, take) seconds to a phase's plan, and to its time if current."""
        self._plan[index] = max(0.0, self._plan[index] + seconds)
        if index == self.index:
            self._allot[index] = max(0.0, self._given(index) + seconds)
            if self.remaining() > 0:
                self._time_up_logged[index] = False

    def extend(self, seconds: float, index: int | None = None) -> bool:
        """Give a phase (the current one unless told) more time: +1 min, +5 min, any amount."""
        if seconds <= 0:
            raise ValueError("an extension must be a positive number of seconds")
        if self.state is RunState.FINISHED:
            return False
        phase = self.index if index is None else index
        self._adjust(phase, seconds)
        self._log(EventKind.EXTEND, seconds, index=phase)
        return True

    def reduce(self, seconds: float, index: int | None = None, *, exact: bool = False) -> float:
        """Take time away from a phase (the current one unless told); return how much.

        A phase never gets less than nothing: taking more than the current phase has left
        ends its time now (it is then in overtime, as at any time up). A phase whose time is
        already up has nothing to take: 0 is returned and nothing is logged.

        ``exact`` takes back an extension whole, as its undo must: an extension given in
        overtime (or overtime that ran on after it) goes back to the overtime it came from.
        """
        if seconds <= 0:
            raise ValueError("time taken away must be a positive number of seconds")
        if self.state is RunState.FINISHED:
            return 0.0
        phase = self.index if index is None else index
        if exact:
            room = self._plan[phase]
        elif phase == self.index:
            room = max(0.0, self.remaining())
        else:
            room = max(0.0, self._plan[phase] - self.elapsed(phase))
        taken = min(float(seconds), room)
        if taken <= 0:
            return 0.0
        self._adjust(phase, -taken)
        self._log(EventKind.REDUCE, taken, index=phase)
        return taken

    def _set_end(self, total: float) -> None:
        self._ends.append((self.target_seconds, self._anchor))
        self.target_seconds = total
        self._anchor = (self.clock.now(), self.session_elapsed())

    def _end_back(self) -> None:
        if self._ends:
            self.target_seconds, self._anchor = self._ends.pop()
        else:
            self.target_seconds, self._anchor = float(self.plan.total_seconds), (None, 0.0)

    def end_at(self, wall: datetime) -> EndChange | None:
        """Aim to end the session at ``wall`` (UTC): "we have until 16:15".

        The later phases share the time left to then: less than their plan if it is short
        (never under the floor), and if it is longer than their plans need, the extra is
        given to them in proportion (logged as extensions). In the last phase, the phase
        itself is lengthened or shortened to end then. Only while the session runs or is
        paused; None otherwise.
        """
        if self.state not in (RunState.RUNNING, RunState.PAUSED):
            return None
        now = self.clock.now()
        left = (wall - now).total_seconds()
        self._set_end(max(0.0, self.session_elapsed() + left))
        self._log(EventKind.END_AT, self.target_seconds)
        adjustments: list[tuple[int, float]] = []
        later = range(self.index + 1, len(self._plan))
        if later:
            wants = self._wants(later.start)
            wanted = sum(wants)
            surplus = left - max(0.0, self.remaining()) - wanted
            if surplus > 0 and wanted > 0:
                for k, want in zip(later, wants, strict=True):
                    extra = surplus * want / wanted
                    if extra > 0:
                        self.extend(extra, index=k)
                        adjustments.append((k, extra))
        else:
            change = max(0.0, left) - self.remaining()
            if change > 0:
                self.extend(change)
                adjustments.append((self.index, change))
            elif change < 0:
                taken = self.reduce(-change)
                if taken:
                    adjustments.append((self.index, -taken))
        return EndChange(wall, tuple(adjustments))

    def undo_end(self, change: EndChange) -> bool:
        """Put the end back where it was before ``change`` (the last "End at…")."""
        if self.state not in (RunState.RUNNING, RunState.PAUSED):
            return False
        self._end_back()
        self._log(EventKind.END_BACK, self.target_seconds)
        for index, seconds in reversed(change.adjustments):
            if seconds > 0:
                self.reduce(seconds, index)
            elif seconds < 0:
                self.extend(-seconds, index)
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


def planned_ends(events: Sequence[SessionEvent], planned_seconds: float) -> dict[int, datetime]:
    """The planned end (UTC) each end move set, by the event's position in ``events``.

    For the words of a session's log: "End moved to 16:15", "End moved back to 16:00".
    """
    result: dict[int, datetime] = {}
    done = 0.0
    since: float | None = None
    start: datetime | None = None
    target = float(planned_seconds)
    anchor: tuple[datetime | None, float] = (None, 0.0)
    moves: list[tuple[float, tuple[datetime | None, float]]] = []
    for position, event in enumerate(events):
        if event.kind is EventKind.START and start is None:
            start = event.wall
        if event.kind in (EventKind.START, EventKind.RESUME):
            since = event.monotonic
        elif event.kind in (EventKind.PAUSE, EventKind.FINISH):
            if since is not None:
                done += event.monotonic - since
            since = None
        if event.kind is EventKind.END_AT:
            counted = done + (event.monotonic - since if since is not None else 0.0)
            moves.append((target, anchor))
            target, anchor = event.seconds, (event.wall, counted)
        elif event.kind is EventKind.END_BACK:
            target, anchor = moves.pop() if moves else (float(planned_seconds), (None, 0.0))
        else:
            continue
        wall, counted = anchor
        result[position] = (wall or start or event.wall) + timedelta(seconds=target - counted)
    return result
