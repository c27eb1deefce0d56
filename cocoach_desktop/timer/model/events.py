"""The session's event log: what can happen in a run, one logged event, what a log adds up to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum


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


class ReplayClock:
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


def open_stretch(events: Sequence[SessionEvent]) -> bool:
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
