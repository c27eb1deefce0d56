"""Resuming a run cut off by a crash, and the autosave schedule, driven by a manual clock."""

from __future__ import annotations

from datetime import timedelta

import pytest
from helpers import template

from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.recording.model.autosave import SaveScheduler
from cocoach_desktop.timer.model.plan import build_plan
from cocoach_desktop.timer.model.session import (
    EventKind,
    RunState,
    SessionRun,
    actual_seconds_from_events,
)


def cut_off_run() -> tuple[SessionRun, ManualClock]:
    """A run in its second phase, 90 s in, with an extension: then the app dies."""
    clock = ManualClock()
    run = SessionRun(build_plan(template(5, 10, 5), 20 * 60), clock)
    run.start()
    clock.advance(300)
    run.next_phase()
    run.extend(60)
    clock.advance(90)
    return run, clock


def restored_from(run: SessionRun, clock: ManualClock, gap: float = 0.0) -> SessionRun:
    """What the next start rebuilds from a checkpoint taken at the moment of the crash."""
    later = ManualClock(clock.now() + timedelta(hours=1), monotonic_start=5.0)
    return SessionRun.restore(
        run.plan,
        later,
        index=run.index,
        base_seconds=[run.base_seconds(k) for k in range(3)],
        actual_seconds=run.actual_seconds(),
        events=run.events,
        last_monotonic=clock.monotonic(),
        last_wall=clock.now(),
        gap_seconds=gap,
    )


def test_restored_run_is_paused_in_the_same_phase_with_the_same_time() -> None:
    run, clock = cut_off_run()
    back = restored_from(run, clock)
    assert back.state is RunState.PAUSED
    assert back.index == 1
    assert back.elapsed() == pytest.approx(90)
    assert back.remaining() == pytest.approx(run.remaining())
    assert back.started_wall == run.started_wall
    # The pause the dead process never wrote is in the log, and the log still adds up.
    assert back.events[-1].kind is EventKind.PAUSE
    assert actual_seconds_from_events(back.events, 3) == pytest.approx([300, 90, 0])


def test_restored_run_goes_on_and_its_log_still_adds_up() -> None:
    run, clock = cut_off_run()
    back = restored_from(run, clock)
    later = back.clock
    assert isinstance(later, ManualClock)
    later.advance(1000)  # the restart dialog is open: still paused
    assert back.elapsed() == pytest.approx(90)
    back.resume()
    later.advance(30)
    back.next_phase()
    later.advance(10)
    back.finish()
    assert back.actual_seconds() == pytest.approx([300, 120, 10])
    assert actual_seconds_from_events(back.events, 3) == pytest.approx(back.actual_seconds())


def test_the_time_away_can_be_counted_instead() -> None:
    run, clock = cut_off_run()
    back = restored_from(run, clock, gap=600)
    assert back.elapsed() == pytest.approx(690)
    assert back.remaining() < 0  # 10 min + 1 extension, 11.5 min gone: overtime
    assert actual_seconds_from_events(back.events, 3) == pytest.approx([300, 690, 0])


def test_a_paused_run_restores_without_adding_a_pause() -> None:
    run, clock = cut_off_run()
    run.pause()
    back = restored_from(run, clock, gap=600)  # the gap only counts if the clock was running
    assert back.elapsed() == pytest.approx(90)
    assert [e.kind for e in back.events] == [e.kind for e in run.events]


def test_a_checkpoint_that_does_not_fit_the_plan_is_refused() -> None:
    run, clock = cut_off_run()
    with pytest.raises(ValueError, match="phases"):
        SessionRun.restore(
            run.plan,
            clock,
            index=0,
            base_seconds=[60.0],
            actual_seconds=[0.0],
            events=[],
            last_monotonic=0.0,
            last_wall=clock.now(),
        )


def test_autosave_waits_for_a_quiet_moment() -> None:
    clock = ManualClock()
    saves = SaveScheduler(clock, quiet_seconds=0.8, max_delay_seconds=1.5)
    assert saves.seconds_until_due() is None and not saves.due()
    saves.touch()
    clock.advance(0.5)
    assert not saves.due()
    clock.advance(0.3)
    assert saves.due()
    saves.saved()
    assert not saves.dirty and not saves.due()


def test_nonstop_typing_is_still_written_within_the_bound() -> None:
    clock = ManualClock()
    saves = SaveScheduler(clock)
    written_after: list[float] = []
    first = None
    for _ in range(100):  # a key every 0.1 s for 10 s
        saves.touch()
        if first is None:
            first = clock.monotonic()
        clock.advance(0.1)
        if saves.due():
            written_after.append(clock.monotonic() - first)
            saves.saved()
            first = None
    assert written_after, "continuous typing was never saved"
    assert max(written_after) <= 2.0
    assert saves.seconds_until_due() is not None and saves.seconds_until_due() <= 1.5


def test_bounds_must_make_sense() -> None:
    with pytest.raises(ValueError):
        SaveScheduler(ManualClock(), quiet_seconds=3, max_delay_seconds=2)
