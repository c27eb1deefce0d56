"""The clock: manual time for tests, and time that keeps counting while a laptop sleeps."""

from __future__ import annotations

from datetime import UTC

import pytest

from cocoach_desktop.platform.clock import ManualClock, SleepCompensator, SystemClock


def test_manual_clock_moves_both_clocks_together() -> None:
    clock = ManualClock()
    mono, wall = clock.monotonic(), clock.now()
    clock.advance(90.5)
    assert clock.monotonic() - mono == 90.5
    assert (clock.now() - wall).total_seconds() == 90.5
    assert clock.now().tzinfo is UTC
    with pytest.raises(ValueError):
        clock.advance(-1)


class _FakeMachine:
    """A monotonic source that stops while 'asleep', and a wall clock that does not."""

    def __init__(self) -> None:
        self.mono = 100.0
        self.wall = 1_700_000_000.0

    def run(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += seconds

    def sleep(self, seconds: float) -> None:
        self.wall += seconds


def test_sleep_compensator_adds_the_time_a_laptop_slept() -> None:
    machine = _FakeMachine()
    clock = SleepCompensator(lambda: machine.mono, lambda: machine.wall)
    start = clock()
    machine.run(60)
    assert clock() - start == pytest.approx(60)
    machine.sleep(8 * 60)  # lid closed for eight minutes
    machine.run(1)
    assert clock() - start == pytest.approx(60 + 8 * 60 + 1)
    machine.run(30)
    assert clock() - start == pytest.approx(60 + 8 * 60 + 31)


def test_sleep_compensator_ignores_small_wall_clock_jitter() -> None:
    machine = _FakeMachine()
    clock = SleepCompensator(lambda: machine.mono, lambda: machine.wall, tolerance=2.0)
    start = clock()
    machine.run(10)
    machine.wall += 0.5  # an NTP nudge, not a sleep
    assert clock() - start == pytest.approx(10)


def test_system_clock_is_monotonic_and_utc() -> None:
    clock = SystemClock()
    a = clock.monotonic()
    b = clock.monotonic()
    assert b >= a
    assert clock.now().tzinfo is UTC
