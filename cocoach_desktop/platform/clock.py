"""The injected clock: monotonic seconds for durations, UTC wall time for timestamps."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """What the core needs to know about time. Nothing in the core reads time any other way."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back and keeps counting while the machine sleeps."""
        ...

    def now(self) -> datetime:
        """The wall time, timezone-aware in UTC, for timestamps only (never for durations)."""
        ...


class SleepCompensator:
    """Adds the time a machine slept to a monotonic source that stops during suspend.

    Python's ``time.monotonic`` and Qt's steady clock stop while a laptop sleeps, so a phase
    would look as if no time had passed. Between two readings, if the wall clock moved on by
    more than the monotonic source plus ``tolerance`` seconds, the difference is taken as sleep
    and added from then on. (A wall clock set forward by hand is mistaken for sleep; that is
    the price, and why the Linux ``CLOCK_BOOTTIME`` is preferred where it exists.)
    """

    def __init__(
        self,
        source: Callable[[], float],
        wall: Callable[[], float],
        tolerance: float = 2.0,
    ) -> None:
        self._source = source
        self._wall = wall
        self._tolerance = tolerance
        self._offset = 0.0
        self._last_source = source()
        self._last_wall = wall()

    def __call__(self) -> float:
        source, wall = self._source(), self._wall()
        gap = (wall - self._last_wall) - (source - self._last_source)
        if gap > self._tolerance:
            self._offset += gap
        self._last_source, self._last_wall = source, wall
        return source + self._offset


def _boottime() -> Callable[[], float] | None:
    clock_id = getattr(time, "CLOCK_BOOTTIME", None)
    if clock_id is None:
        return None
    try:
        time.clock_gettime(clock_id)
    except OSError:
        return None
    return lambda: time.clock_gettime(clock_id)


class SystemClock:
    """The real clock: ``CLOCK_BOOTTIME`` on Linux, else monotonic time corrected for sleep."""

    def __init__(self) -> None:
        boottime = _boottime()
        self.counts_suspend_natively = boottime is not None
        self._monotonic: Callable[[], float] = boottime or SleepCompensator(
            time.monotonic, time.time
        )

    def monotonic(self) -> float:
        return self._monotonic()

    def now(self) -> datetime:
        return utc_now()


class ManualClock:
    """A clock that only moves when told to, for tests and benchmarks."""

    def __init__(self, start: datetime | None = None, monotonic_start: float = 1000.0) -> None:
        self._mono = monotonic_start
        self._wall = start or datetime(2026, 9, 1, 8, 0, tzinfo=UTC)

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        """Move both clocks on by ``seconds`` (as real time, or a laptop asleep, would)."""
        if seconds < 0:
            raise ValueError("a clock cannot go back")
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)


def utc_now() -> datetime:
    """The wall clock, in UTC: the one place that reads it (everything else is given a clock)."""
    return datetime.now(UTC)
