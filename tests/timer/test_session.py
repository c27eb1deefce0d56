"""The session state machine, driven by a manual clock."""

from __future__ import annotations

import pytest
from helpers import template

from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.timer.model.display import Alert, Thresholds, display_state
from cocoach_desktop.timer.model.plan import build_plan
from cocoach_desktop.timer.model.rebalance import rebalance
from cocoach_desktop.timer.model.session import (
    EventKind,
    RunState,
    SessionRun,
    actual_seconds_from_events,
)


def make_run(
    *minutes: float, total_min: float | None = None, **kw: object
) -> tuple[SessionRun, ManualClock]:
    clock = ManualClock()
    total = round((total_min if total_min is not None else sum(minutes)) * 60)
    run = SessionRun(build_plan(template(*minutes), total), clock, **kw)  # type: ignore[arg-type]
    return run, clock


def kinds(run: SessionRun) -> list[EventKind]:
    return [e.kind for e in run.events]


def test_remaining_is_end_minus_now_and_pause_stops_it() -> None:
    run, clock = make_run(10, 20)
    assert run.state is RunState.NOT_STARTED
    clock.advance(30)  # waiting to start costs nothing
    assert run.remaining() == 600
    run.start()
    clock.advance(61)
    assert run.remaining() == 539
    run.pause()
    clock.advance(300)
    assert run.remaining() == 539
    assert run.state is RunState.PAUSED
    run.resume()
    clock.advance(39)
    assert run.remaining() == 500
    assert kinds(run) == [EventKind.START, EventKind.PAUSE, EventKind.RESUME]


def test_toggle_is_start_pause_resume() -> None:
    run, _ = make_run(5)
    assert run.toggle() and run.state is RunState.RUNNING
    assert run.toggle() and run.state is RunState.PAUSED
    assert run.toggle() and run.state is RunState.RUNNING


def test_overtime_is_counted_and_phase_end_stamped_at_the_true_moment() -> None:
    run, clock = make_run(1, 1, total_min=2)
    run.start()
    start = run.events[0]
    clock.advance(75)  # the repaint came late: 15 s past the end
    assert run.remaining() == -15
    assert run.overtime() == 15
    [end] = run.poll()
    assert end.kind is EventKind.PHASE_END
    assert end.monotonic - start.monotonic == 60
    assert (end.wall - start.wall).total_seconds() == 60
    assert run.poll() == []  # logged once
    assert display_state(run).time_text == "+0:15"
    assert display_state(run).alert is Alert.OVERTIME


def test_next_and_previous_keep_each_phase_own_time() -> None:
    run, clock = make_run(5, 5, 5)
    assert not run.next_phase()  # not started yet
    run.start()
    clock.advance(100)
    assert run.next_phase()
    assert run.events[-1].kind is EventKind.SKIP  # left before its time was up
    clock.advance(50)
    assert run.previous_phase()
    assert run.index == 0
    assert run.elapsed() == 100
    clock.advance(20)
    assert run.remaining() == 300 - 120
    run.next_phase()
    assert run.elapsed() == 50
    assert not run.previous_phase() or run.index == 0


def test_cannot_go_past_the_ends() -> None:
    run, _ = make_run(5, 5)
    run.start()
    assert not run.previous_phase()
    assert run.next_phase()
    assert not run.next_phase()
    assert run.index == 1


def test_extend_by_one_five_or_any_amount() -> None:
    run, clock = make_run(5, 5, rebalance=False)
    run.start()
    clock.advance(290)
    run.extend(60)
    run.extend(300)
    run.extend(17)
    assert run.remaining() == 300 - 290 + 377
    with pytest.raises(ValueError):
        run.extend(0)
    assert [e.seconds for e in run.events if e.kind is EventKind.EXTEND] == [60, 300, 17]


def test_extending_after_time_up_rearms_the_phase_end() -> None:
    run, clock = make_run(1, 1)
    run.start()
    clock.advance(61)
    assert len(run.poll()) == 1
    run.extend(60)
    clock.advance(30)
    assert run.poll() == []
    clock.advance(31)
    assert len(run.poll()) == 1


def test_rebalancing_keeps_the_planned_end_when_a_phase_is_extended() -> None:
    run, _clock = make_run(10, 10, 20)
    run.start()
    planned_end = run.planned_end()
    run.extend(6 * 60)
    assert run.allotted(1) == pytest.approx(8 * 60)
    assert run.allotted(2) == pytest.approx(16 * 60)
    assert run.projected_end() == planned_end


def test_rebalancing_absorbs_overtime_as_it_happens() -> None:
    run, clock = make_run(10, 10, 10)
    run.start()
    planned_end = run.planned_end()
    clock.advance(13 * 60)  # three minutes over
    assert run.allotments()[1:] == pytest.approx([8.5 * 60, 8.5 * 60])
    assert run.projected_end() == planned_end


def test_rebalancing_never_shrinks_below_the_floor_and_shows_the_late_end() -> None:
    run, clock = make_run(10, 2, 10, floor_seconds=60)
    run.start()
    planned_end = run.planned_end()
    clock.advance(20 * 60)  # ten minutes over: later phases have 2 minutes between them
    shares = run.allotments()
    assert shares[1] >= 60 and shares[2] >= 60
    late = (run.projected_end() - planned_end).total_seconds()
    assert late == pytest.approx(shares[1] + shares[2] - 120)
    assert display_state(run).delta_seconds == pytest.approx(late)


def test_without_rebalancing_the_end_moves_later() -> None:
    run, _clock = make_run(10, 10, rebalance=False)
    run.start()
    planned_end = run.planned_end()
    run.extend(5 * 60)
    assert run.allotted(1) == 600
    assert (run.projected_end() - planned_end).total_seconds() == 300


def test_rebalance_function() -> None:
    assert rebalance([600, 1200], 900, 60) == pytest.approx([300, 600])
    assert rebalance([600, 1200], 5000, 60) == [600, 1200]  # never grows
    assert rebalance([600, 30, 1200], 300, 60) == pytest.approx([90, 30, 180])
    assert rebalance([600, 600], 0, 60) == [60, 60]


def test_finish_early_and_the_event_log_gives_actual_times() -> None:
    run, clock = make_run(5, 5, 5)
    run.start()
    clock.advance(200)
    run.pause()
    clock.advance(1000)
    run.resume()
    clock.advance(150)
    run.next_phase()  # 350 s in phase 1: 50 s of overtime
    clock.advance(20)
    run.previous_phase()
    clock.advance(10)
    run.next_phase()
    clock.advance(40)
    run.finish()
    assert run.state is RunState.FINISHED
    assert run.actual_seconds() == pytest.approx([360, 60, 0])
    assert actual_seconds_from_events(run.events, 3) == pytest.approx([360, 60, 0])
    assert kinds(run) == [
        EventKind.START,
        EventKind.PAUSE,
        EventKind.RESUME,
        EventKind.PHASE_END,
        EventKind.NEXT,
        EventKind.PREVIOUS,
        EventKind.NEXT,
        EventKind.FINISH,
    ]
    assert not run.toggle() or run.state is RunState.FINISHED
    assert run.session_remaining() == 0


def test_a_laptop_that_slept_shows_the_true_remaining_time() -> None:
    run, clock = make_run(10)
    run.start()
    clock.advance(8 * 60)  # the clock counts suspend, as CLOCK_BOOTTIME does
    assert display_state(run).time_text == "2:00"


def test_alerts_follow_configurable_thresholds() -> None:
    run, clock = make_run(10)
    run.start()
    t = Thresholds(soon=300, urgent=60)
    assert display_state(run, t).alert is Alert.CALM
    clock.advance(301)
    assert display_state(run, t).alert is Alert.SOON
    assert "5 minutes" in display_state(run, t).alert_text
    clock.advance(240)
    assert display_state(run, t).alert is Alert.URGENT
    clock.advance(60)
    state = display_state(run, t)
    assert state.alert is Alert.OVERTIME and state.alert_text.startswith("■")


def test_overtime_flashes_one_second_in_two() -> None:
    run, clock = make_run(1)
    run.start()
    clock.advance(60.5)
    first = display_state(run).flash_on
    clock.advance(1)
    assert display_state(run).flash_on != first


def test_progress_of_phase_and_session() -> None:
    run, clock = make_run(5, 5, rebalance=False)
    run.start()
    clock.advance(150)
    state = display_state(run)
    assert state.phase_progress == pytest.approx(0.5)
    assert state.session_progress == pytest.approx(0.25)
