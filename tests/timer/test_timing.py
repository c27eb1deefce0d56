"""Time that can be corrected: rebalancing both ways, taking time away, undo, "End at…"."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers import fresh_view, settle, template
from parts import Recording, facilitator_window, recording
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QUndoStack
from pytestqt.qtbot import QtBot

from cocoach_desktop.app import CocoachApp
from cocoach_desktop.exchange.model.session_document import session_markdown
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.platform.qt.undo_stack import push
from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.timer.model.display import display_state
from cocoach_desktop.timer.model.plan import build_plan
from cocoach_desktop.timer.model.rebalance import moment_at
from cocoach_desktop.timer.model.session import (
    EventKind,
    RunState,
    SessionRun,
    actual_seconds_from_events,
    planned_ends,
)
from cocoach_desktop.timer.qt.agenda_model import COL_NOW, COL_PLANNED, AgendaModel
from cocoach_desktop.timer.qt.run_controller import SessionController
from cocoach_desktop.timer.qt.timing_dialogs import TITLE_FRAME_PX, EndAtDialog, TimeChangeDialog
from cocoach_desktop.timer.qt.timing_steps import AdjustStep, EndStep, MoveStep

MIN = 60


def make_run(*minutes: float, **kw: object) -> tuple[SessionRun, ManualClock]:
    clock = ManualClock()
    plan = build_plan(template(*minutes), round(sum(minutes) * MIN))
    return SessionRun(plan, clock, **kw), clock  # type: ignore[arg-type]


def late_by(run: SessionRun) -> float:
    """Projected minus planned end, in seconds (> 0: late), as the facilitator sees it."""
    return (run.projected_end() - run.planned_end()).total_seconds()


def restored(run: SessionRun, clock: ManualClock) -> SessionRun:
    """What the next start rebuilds after a crash right now (a checkpoint at this moment)."""
    later = ManualClock(clock.now() + timedelta(minutes=10), monotonic_start=5.0)
    return SessionRun.restore(
        run.plan,
        later,
        index=run.index,
        base_seconds=[run.base_seconds(k) for k in range(len(run.phases))],
        actual_seconds=run.actual_seconds(),
        events=run.events,
        last_monotonic=clock.monotonic(),
        last_wall=clock.now(),
    )


# ----- rebalancing both ways -------------------------------------------------------------------


def test_moving_on_early_gives_the_time_back_and_the_session_ends_on_time() -> None:
    run, clock = make_run(10, 10, 10)
    run.start()
    run.extend(5 * MIN)  # the later phases shrink to 7:30 each to keep the end
    assert run.allotments() == pytest.approx([15 * MIN, 7.5 * MIN, 7.5 * MIN])
    clock.advance(12 * MIN)
    assert run.next_phase()  # 3 of the 5 extra minutes were not used
    assert run.allotments() == pytest.approx([15 * MIN, 9 * MIN, 9 * MIN])
    assert late_by(run) == pytest.approx(0)
    clock.advance(9 * MIN)
    run.next_phase()
    clock.advance(9 * MIN)
    assert run.remaining() == pytest.approx(0)
    assert clock.now() == run.planned_end()  # it ends on time, not 3 minutes early


def test_time_saved_goes_back_up_to_the_plan_and_no_further() -> None:
    run, clock = make_run(10, 10, 10)
    run.start()
    run.extend(5 * MIN)
    clock.advance(8 * MIN)  # moved on 7 minutes early
    run.next_phase()
    assert run.allotments()[1:] == pytest.approx([10 * MIN, 10 * MIN])  # back to plan
    assert late_by(run) == pytest.approx(-2 * MIN)  # the rest is saved: 2 minutes early


def test_a_huge_extension_is_not_frozen_into_the_later_phases() -> None:
    run, clock = make_run(10, 10, 10)
    run.start()
    run.extend(99 * MIN)
    assert run.allotments()[1:] == pytest.approx([MIN, MIN])  # the floor
    clock.advance(MIN)
    run.next_phase()  # the mistake is put right by moving on
    assert run.allotments()[1:] == pytest.approx([10 * MIN, 10 * MIN])
    assert run.base_seconds(1) == 10 * MIN  # a share never becomes the plan


def test_the_current_phase_keeps_its_time_while_in_it() -> None:
    run, clock = make_run(10, 10, 10)
    run.start()
    clock.advance(13 * MIN)  # 3 minutes over: the later phases shrink as it happens
    run.next_phase()
    assert run.allotted() == pytest.approx(8.5 * MIN)
    clock.advance(3 * MIN)
    assert run.allotted() == pytest.approx(8.5 * MIN)  # no shift every second
    assert run.remaining() == pytest.approx(5.5 * MIN)
    assert late_by(run) == pytest.approx(0)


def test_going_back_a_phase_takes_its_time_as_it_was() -> None:
    run, clock = make_run(10, 10, 10)
    run.start()
    clock.advance(4 * MIN)
    run.next_phase()
    clock.advance(2 * MIN)
    run.previous_phase()
    assert run.index == 0 and run.remaining() == pytest.approx(6 * MIN)
    assert run.allotments()[1:] == pytest.approx([10 * MIN, 10 * MIN])
    assert late_by(run) == pytest.approx(0)


def test_a_pause_moves_the_end_and_takes_nothing_from_later_phases() -> None:
    run, clock = make_run(10, 10)
    run.start()
    clock.advance(MIN)
    run.pause()
    clock.advance(5 * MIN)
    assert run.allotments() == pytest.approx([10 * MIN, 10 * MIN])
    assert late_by(run) == pytest.approx(5 * MIN)


# ----- taking time away ------------------------------------------------------------------------


def test_taking_a_minute_away_gives_it_to_the_later_phases_up_to_their_plan() -> None:
    run, clock = make_run(10, 10, 10)
    run.start()
    clock.advance(12 * MIN)  # 2 over: later phases at 9:00
    run.next_phase()
    assert run.remaining() == pytest.approx(9 * MIN)
    assert run.reduce(MIN) == MIN
    assert run.remaining() == pytest.approx(8 * MIN)
    assert run.allotments()[2] == pytest.approx(10 * MIN)  # back to its plan, no more
    assert run.events[-1].kind is EventKind.REDUCE and run.events[-1].seconds == MIN


def test_taking_more_than_is_left_ends_the_phase_time_now() -> None:
    run, clock = make_run(10, 10)
    run.start()
    clock.advance(9.5 * MIN)
    assert run.reduce(5 * MIN) == pytest.approx(30)  # only what was left
    assert run.remaining() == pytest.approx(0)
    [end] = run.poll()
    assert end.kind is EventKind.PHASE_END and end.monotonic == clock.monotonic()
    clock.advance(10)
    assert display_state(run).time_text == "+0:10"  # overtime from now, not invented
    assert run.reduce(MIN) == 0  # nothing left to take: nothing logged
    assert run.events[-1].kind is EventKind.PHASE_END


# ----- End at a time of day --------------------------------------------------------------------


def test_end_at_an_earlier_time_shrinks_the_later_phases_to_end_then() -> None:
    run, clock = make_run(10, 10, 10)
    start = clock.now()
    run.start()
    clock.advance(2 * MIN)
    run.pause()
    clock.advance(3 * MIN)  # a pause: 3 minutes late so far
    assert late_by(run) == pytest.approx(3 * MIN)
    end = start + timedelta(minutes=25)
    change = run.end_at(end)
    assert change is not None and change.adjustments == ()
    assert run.planned_end() == end and run.projected_end() == end
    assert sum(run.allotments()[1:]) == pytest.approx(12 * MIN)  # 25 - 5 gone - 8 left here
    assert run.base_seconds(1) == 10 * MIN  # the plan is kept: time saved can go back


def test_end_at_a_later_time_gives_the_later_phases_the_extra() -> None:
    run, clock = make_run(10, 10, 20)
    start = clock.now()
    run.start()
    clock.advance(4 * MIN)
    end = start + timedelta(minutes=52)
    run.end_at(end)
    assert run.allotments() == pytest.approx([10 * MIN, 14 * MIN, 28 * MIN])
    assert run.projected_end() == end
    kinds = [e.kind for e in run.events]
    assert kinds[-3:] == [EventKind.END_AT, EventKind.EXTEND, EventKind.EXTEND]


def test_end_at_in_the_last_phase_changes_that_phase() -> None:
    run, clock = make_run(5, 5)
    run.start()
    clock.advance(5 * MIN)
    run.next_phase()
    run.end_at(clock.now() + timedelta(minutes=2))
    assert run.remaining() == pytest.approx(2 * MIN)
    assert run.projected_end() == run.planned_end() == clock.now() + timedelta(minutes=2)


def test_end_at_needs_a_session_in_progress() -> None:
    run, clock = make_run(5, 5)
    assert run.end_at(clock.now() + timedelta(minutes=30)) is None


def test_a_time_of_day_means_today_or_just_after_midnight_tomorrow() -> None:
    now = datetime(2026, 9, 1, 23, 50, tzinfo=UTC)
    assert moment_at(now, 23, 59, UTC) == datetime(2026, 9, 1, 23, 59, tzinfo=UTC)
    assert moment_at(now, 0, 15, UTC) == datetime(2026, 9, 2, 0, 15, tzinfo=UTC)
    assert moment_at(now, 23, 0, UTC) == datetime(2026, 9, 1, 23, 0, tzinfo=UTC)  # passed


# ----- undo, on the window's undo stack ----------------------------------------------------------


@pytest.fixture
def timed(qtbot: QtBot) -> tuple[SessionController, ManualClock, QUndoStack]:
    clock = ManualClock()
    controller = SessionController(clock)
    controller.set_plan(build_plan(template(10, 10, 10), 30 * MIN))
    controller.toggle()
    return controller, clock, QUndoStack()


def words(seconds: float) -> str:
    return f"{seconds:+.0f} s"


def test_undo_an_extension_and_a_reduction(timed) -> None:
    controller, clock, stack = timed
    run = controller.run
    assert run is not None
    push(stack, AdjustStep(controller, 5 * MIN, words))
    assert stack.undoText() == "+300 s"
    assert run.remaining() == pytest.approx(15 * MIN)
    stack.undo()
    assert run.remaining() == pytest.approx(10 * MIN) and run.base_seconds(0) == 10 * MIN
    stack.redo()
    assert run.remaining() == pytest.approx(15 * MIN)
    clock.advance(14 * MIN)
    push(stack, AdjustStep(controller, -5 * MIN, words))
    assert stack.undoText() == "-60 s"  # only one minute was left to take
    assert run.remaining() == pytest.approx(0)
    stack.undo()
    assert run.remaining() == pytest.approx(MIN)
    kinds = [e.kind for e in run.events if e.kind in (EventKind.EXTEND, EventKind.REDUCE)]
    assert kinds == [
        EventKind.EXTEND,
        EventKind.REDUCE,
        EventKind.EXTEND,
        EventKind.REDUCE,
        EventKind.EXTEND,
    ]


@pytest.mark.parametrize("given", [1 * MIN, 5 * MIN])
def test_undo_of_time_given_in_overtime_goes_back_to_that_overtime(timed, given: float) -> None:
    controller, clock, stack = timed
    run = controller.run
    assert run is not None
    clock.advance(10 * MIN + 100)  # 1:40 into overtime
    controller.tick()
    push(stack, AdjustStep(controller, given, words))
    assert run.remaining() == pytest.approx(given - 100)
    clock.advance(50)  # the time given runs on a little before the undo
    stack.undo()
    assert run.remaining() == pytest.approx(-150)  # the overtime it would have had
    assert run.base_seconds(0) == 10 * MIN  # and the plan as it was: nothing was given
    stack.redo()
    assert run.remaining() == pytest.approx(given - 150)
    controller.toggle()  # paused: the log adds up to the time really spent
    assert actual_seconds_from_events(run.events, len(run.phases)) == pytest.approx(
        run.actual_seconds()
    )


def test_taking_from_a_phase_already_over_is_no_undo_step(timed) -> None:
    controller, clock, stack = timed
    clock.advance(11 * MIN)
    push(stack, AdjustStep(controller, -MIN, words))
    assert stack.count() == 0


def test_undo_a_skip_goes_back_with_the_time_as_it_was(timed) -> None:
    controller, clock, stack = timed
    run = controller.run
    assert run is not None
    clock.advance(4 * MIN)
    push(stack, MoveStep(controller, True, "move on"))
    assert run.index == 1
    clock.advance(5)
    stack.undo()
    assert run.index == 0
    assert run.remaining() == pytest.approx(6 * MIN)
    assert late_by(run) == pytest.approx(0)
    assert run.events[-1].kind is EventKind.PREVIOUS
    stack.redo()
    assert run.index == 1


def test_undo_an_end_at_puts_the_end_back_exactly(timed) -> None:
    controller, clock, stack = timed
    run = controller.run
    assert run is not None
    clock.advance(2 * MIN)
    controller.toggle()  # a pause: the session is running late
    clock.advance(4 * MIN)
    controller.toggle()
    before = (run.planned_end(), run.projected_end(), run.allotments())
    later = run.planned_end() + timedelta(minutes=10)
    push(stack, EndStep(controller, later, "end at"))
    assert run.projected_end() == later and run.end_moved
    stack.undo()
    assert (run.planned_end(), run.projected_end(), run.allotments()) == before
    assert not run.end_moved
    stack.redo()
    assert run.projected_end() == later


def test_steps_drop_out_once_the_session_is_over(timed) -> None:
    controller, _clock, stack = timed
    run = controller.run
    assert run is not None
    push(stack, AdjustStep(controller, MIN, words))
    controller.finish()
    stack.undo()
    assert stack.count() == 0
    assert run.base_seconds(0) == 11 * MIN


# ----- surviving a crash -------------------------------------------------------------------------


def test_a_moved_end_and_time_taken_away_survive_a_crash() -> None:
    run, clock = make_run(10, 10, 10)
    run.start()
    clock.advance(3 * MIN)
    run.pause()
    clock.advance(2 * MIN)
    run.resume()
    run.end_at(run.planned_end() + timedelta(minutes=6))
    run.reduce(MIN)
    clock.advance(MIN)
    run.next_phase()
    clock.advance(30)
    back = restored(run, clock)
    assert back.planned_end() == run.planned_end()
    assert back.target_seconds == pytest.approx(run.target_seconds)
    assert back.allotments() == pytest.approx(run.allotments())
    assert [back.base_seconds(k) for k in range(3)] == pytest.approx(
        [run.base_seconds(k) for k in range(3)]
    )
    assert back.end_moved
    assert actual_seconds_from_events(back.events, 3) == pytest.approx(run.actual_seconds())


def test_an_undone_end_stays_undone_after_a_crash(timed) -> None:
    controller, clock, stack = timed
    run = controller.run
    assert run is not None
    push(stack, EndStep(controller, run.planned_end() - timedelta(minutes=5), "end at"))
    stack.undo()
    back = restored(run, clock)
    assert back.planned_end() == run.planned_end() and not back.end_moved
    assert back.allotments() == pytest.approx([10 * MIN] * 3)


def test_the_log_words_the_new_events() -> None:
    run, clock = make_run(10, 10)
    run.start()
    clock.advance(MIN)
    first = run.planned_end()
    run.end_at(first - timedelta(minutes=5))
    run.reduce(2 * MIN)
    ends = planned_ends(run.events, run.plan.total_seconds)
    assert list(ends.values()) == [first - timedelta(minutes=5)]
    run.undo_end(run.end_at(first) or pytest.fail("no change"))
    assert list(planned_ends(run.events, run.plan.total_seconds).values())[-1] == first - (
        timedelta(minutes=5)
    )


# ----- the agenda --------------------------------------------------------------------------------


def test_the_agenda_shows_the_plan_and_the_share_now(qtbot: QtBot) -> None:
    run, clock = make_run(10, 10, 10)
    model = AgendaModel()
    model.set_run(run)
    run.start()
    run.extend(5 * MIN)
    model.refresh()
    assert model.data(model.index(0, COL_NOW)) == "15:00"
    assert model.data(model.index(1, COL_PLANNED)) == "10:00"
    assert model.data(model.index(1, COL_NOW)) == "7:30"
    tip = model.data(model.index(1, COL_NOW), Qt.ItemDataRole.ToolTipRole)
    assert "10:00" in tip and "back" in tip
    clock.advance(8 * MIN)
    run.next_phase()
    model.refresh()
    assert model.data(model.index(1, COL_NOW)) == "10:00"
    assert model.data(model.index(2, COL_NOW)) == "10:00"
    run.finish()
    model.refresh()
    assert model.data(model.index(2, COL_NOW)) == ""  # never reached: no share to show


# ----- the dialogs -------------------------------------------------------------------------------


def test_the_dialogs_show_their_title_and_words_in_full(qtbot: QtBot) -> None:
    run, _clock = make_run(10, 10, 10)
    run.start()
    for dialog in (TimeChangeDialog(run), EndAtDialog(run)):
        qtbot.addWidget(dialog)
        dialog.show()
        title = QFontMetrics(dialog.font()).horizontalAdvance(dialog.windowTitle())
        assert dialog.width() >= title * 1.2 + TITLE_FRAME_PX
        assert dialog.width() <= 1280 and dialog.height() <= 720  # fits the smallest screen
        assert dialog.hint.height() >= dialog.hint.heightForWidth(dialog.hint.width())


def test_the_change_dialog_says_what_taking_time_away_does(qtbot: QtBot) -> None:
    run, clock = make_run(10, 10)
    run.start()
    clock.advance(8 * MIN)
    dialog = TimeChangeDialog(run)
    qtbot.addWidget(dialog)
    dialog.take.setChecked(True)
    dialog.spin.setValue(5)
    assert dialog.minutes() == -5
    assert "Only 2:00 is left" in dialog.hint.text() and "overtime" in dialog.hint.text()
    clock.advance(3 * MIN)
    dialog.update_hint()
    assert "already up" in dialog.hint.text() and not dialog.ok_button.isEnabled()


def test_the_end_dialog_refuses_a_time_gone_and_warns_of_one_too_close(qtbot: QtBot) -> None:
    clock = ManualClock(datetime(2026, 9, 1, 14, 0).astimezone(UTC))
    run = SessionRun(build_plan(template(10, 10, 10), 30 * MIN), clock)
    run.start()
    clock.advance(2 * MIN)
    dialog = EndAtDialog(run)
    qtbot.addWidget(dialog)
    assert dialog.time_edit.time().toString("HH:mm") == "14:30"  # the planned end
    dialog.set_time(13, 50)
    assert "already passed" in dialog.hint.text() and not dialog.ok_button.isEnabled()
    dialog.set_time(14, 11)  # 8 min left here, and 2 later phases need 1 min each
    assert "Too close" in dialog.hint.text() and "14:12" in dialog.hint.text()
    assert dialog.ok_button.isEnabled()
    dialog.set_time(14, 22)
    assert "share 12 minutes instead of their 20 minutes" in dialog.hint.text()
    assert dialog.moment() == datetime(2026, 9, 1, 14, 22).astimezone(UTC)


# ----- the real app: keys, the undo stack, the log on disk -------------------------------------


def start(cocoach: CocoachApp | Recording) -> SessionRun:
    for name in ("Ana", "Ben"):
        cocoach.setup.add_person(name)
    cocoach.controller.toggle()
    settle()
    run = cocoach.controller.run
    assert run is not None and run.state is RunState.RUNNING
    return run


def test_keys_and_ctrl_z_correct_the_time_in_the_app(app, qtbot: QtBot, data_dir: Path) -> None:
    # Whole app: the corrected time survives a session cut off and resumed by the next start.
    cocoach, clock = app
    w = cocoach.window
    run = start(cocoach)
    first = run.phases[0].seconds
    qtbot.keyClick(w, Qt.Key.Key_5)
    assert run.remaining() == pytest.approx(first + 5 * MIN)
    assert w.act_undo.text() == "Undo +5 min"
    qtbot.keyClick(w, Qt.Key.Key_Minus)
    assert run.remaining() == pytest.approx(first + 4 * MIN)
    assert w.act_undo.text() == "Undo −1 min"
    assert "1 min taken away" in w.statusBar().currentMessage()
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert run.remaining() == pytest.approx(first + 5 * MIN)
    assert w.statusBar().currentMessage() == ""  # the word on the undone change goes too
    w.ask_minutes = lambda: -3  # type: ignore[method-assign]
    qtbot.keyClick(w, Qt.Key.Key_E)
    assert run.remaining() == pytest.approx(first + 2 * MIN)
    clock.advance(MIN)
    qtbot.keyClick(w, Qt.Key.Key_N)  # early
    assert run.index == 1
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert run.index == 0 and run.remaining() == pytest.approx(first + MIN)
    qtbot.keyClick(w, Qt.Key.Key_N)
    end = run.planned_end() - timedelta(minutes=10)
    w.ask_end_time = lambda: end  # type: ignore[method-assign]
    qtbot.keyClick(w, Qt.Key.Key_T)
    assert run.projected_end() == end
    assert "moved from" in w.end_label.text() and "on time" in w.end_label.text()
    assert w.act_undo.text() == f"Undo end at {end.astimezone().strftime('%H:%M')}"
    clock.advance(30)
    cocoach.recorder.write_checkpoint()
    settle()
    # A second app on the same archive, as after a crash: the moved end comes back.
    from cocoach_desktop.recording.qt.recovery_dialog import RecoveryChoice

    archive = fresh_view(data_dir)
    again = CocoachApp(clock, data_dir / "elsewhere", archive)
    qtbot.addWidget(again.window)
    again.window.confirm = lambda title, text: True  # type: ignore[method-assign]
    again.recovery_view.ask_recovery = lambda point: RecoveryChoice.RESUME  # type: ignore[method-assign]
    again.recovery.recover_unfinished(again.archive)
    back = again.controller.run
    assert back is not None and back.index == 1
    assert back.planned_end() == end and back.projected_end() == end
    assert back.allotments() == pytest.approx(run.allotments())
    assert back.base_seconds(0) == pytest.approx(first + 2 * MIN)
    again.close()
    archive.engine.dispose()


@pytest.fixture
def window(qtbot: QtBot) -> tuple[FacilitatorWindow, ManualClock]:
    """The facilitator's window alone, on its own controller: its keys and dialogs change
    the time (no archive or recorder needed)."""
    clock = ManualClock()
    return facilitator_window(qtbot, clock), clock


def start_in(w: FacilitatorWindow) -> SessionRun:
    for name in ("Ana", "Ben"):
        w.setup.add_person(name)
    w.controller.toggle()
    run = w.controller.run
    assert run is not None and run.state is RunState.RUNNING
    return run


def test_the_end_line_agrees_with_itself_to_the_minute(window) -> None:
    w, _clock = window
    start_in(w)
    state = w.controller.state()
    assert state is not None
    # The wall clock and the monotonic clock drift apart by a hair in real life.
    drift = replace(
        state,
        projected_end=state.planned_end - timedelta(seconds=0.01),
        delta_seconds=-0.01,
    )
    text = w._end_text(drift)
    assert text.count(state.planned_end.astimezone().strftime("%H:%M")) == 2
    assert "on time" in text


def test_a_long_extension_asks_first(window, qtbot: QtBot) -> None:
    w, _clock = window
    run = start_in(w)
    asked: list[str] = []
    answer = False

    def confirm(title: str, text: str) -> bool:
        asked.append(text)
        return answer

    w.confirm = confirm  # type: ignore[method-assign]
    w.ask_minutes = lambda: 99  # type: ignore[method-assign]
    qtbot.keyClick(w, Qt.Key.Key_E)
    assert len(asked) == 1 and "more than the whole rest of the session" in asked[0]
    assert run.base_seconds(0) == run.phases[0].seconds  # refused: nothing changed
    answer = True
    qtbot.keyClick(w, Qt.Key.Key_E)
    assert run.base_seconds(0) == run.phases[0].seconds + 99 * MIN
    w.ask_minutes = lambda: 2  # type: ignore[method-assign]
    qtbot.keyClick(w, Qt.Key.Key_E)
    qtbot.keyClick(w, Qt.Key.Key_5)
    assert len(asked) == 2  # small changes do not ask


@pytest.fixture
def on_record(qtbot: QtBot, data_dir: Path, archive: Archive) -> tuple[Recording, ManualClock]:
    """The facilitator's window with its session recorded into an archive in ``data_dir``
    through the real writer (no app)."""
    clock = ManualClock()
    return recording(qtbot, clock, data_dir, archive), clock


def test_the_session_view_and_export_word_the_changes(
    on_record, qtbot: QtBot, data_dir: Path
) -> None:
    from cocoach_desktop.archive.qt.session_view import SessionView

    cocoach, clock = on_record
    run = start(cocoach)
    clock.advance(MIN)
    cocoach.window.change_time(-MIN)
    cocoach.window.ask_end_time = lambda: run.planned_end() - timedelta(minutes=5)  # type: ignore[method-assign]
    cocoach.window.end_at()
    cocoach.controller.finish()
    settle()
    archive = fresh_view(data_dir)
    detail = archive.session(cocoach.recorder.session_id)
    lines = SessionView(archive, QUndoStack(), clock.now).event_lines(detail)
    assert any("1 min taken away from" in line for line in lines)
    assert any("End moved to" in line for line in lines)
    text = session_markdown(detail, include_private=False)
    assert "had 1 min taken away" in text and "The end was moved to" in text
    archive.engine.dispose()


def test_five_more_minutes_asks_when_it_is_more_than_the_rest(window, qtbot: QtBot) -> None:
    w, clock = window
    run = start_in(w)
    asked: list[str] = []
    w.confirm = lambda title, text: bool(asked.append(text))  # type: ignore[method-assign]
    while run.index + 1 < len(run.phases):
        w.controller.next_phase()
    clock.advance(run.remaining() - 2 * MIN)  # two minutes of the session left
    w.controller.tick()
    steps = w.undo_stack.count()  # the refused change must leave no undo step either
    qtbot.keyClick(w, Qt.Key.Key_5)
    assert len(asked) == 1 and "more than the whole rest of the session" in asked[0]
    assert run.base_seconds(run.index) == pytest.approx(run.phases[run.index].seconds)
    assert w.undo_stack.count() == steps
    qtbot.keyClick(w, Qt.Key.Key_Plus)  # one minute is never large enough to ask
    assert len(asked) == 1
