"""Ticks are aligned to the displayed second; the agenda model follows the run."""

from __future__ import annotations

from helpers import template
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.timer.model.plan import build_plan
from cocoach_desktop.timer.model.session import RunState
from cocoach_desktop.timer.qt.agenda_model import COL_ACTUAL, COL_NOW, AgendaModel
from cocoach_desktop.timer.qt.run_controller import IDLE_TICK_MS, TICK_MARGIN_MS, SessionController


def make(qtbot: QtBot) -> tuple[SessionController, ManualClock]:
    clock = ManualClock()
    controller = SessionController(clock)
    controller.set_plan(build_plan(template(5, 5), 600))
    return controller, clock


def test_the_next_tick_lands_just_after_the_displayed_second_changes(qtbot: QtBot) -> None:
    controller, clock = make(qtbot)
    assert controller.next_tick_ms() == IDLE_TICK_MS
    controller.toggle()
    clock.advance(0.3)  # 299.7 s left, shown as 5:00 until 299.0
    assert controller.next_tick_ms() == 700 + TICK_MARGIN_MS
    clock.advance(0.7 + TICK_MARGIN_MS / 1000)
    state = controller.state()
    assert state is not None and state.time_text == "4:59"
    clock.advance(299)  # into overtime: the tick still follows whole seconds
    assert controller.next_tick_ms() <= 1000 + TICK_MARGIN_MS


def test_a_late_tick_shows_the_true_time_not_a_counted_one(qtbot: QtBot) -> None:
    controller, clock = make(qtbot)
    shown: list[str] = []
    controller.updated.connect(lambda s: shown.append(s.time_text))
    controller.toggle()
    clock.advance(7.5)  # the event loop was busy: seven ticks were missed
    controller.tick()
    assert shown[-1] == "4:53"


def test_phase_end_is_signalled_once(qtbot: QtBot) -> None:
    controller, clock = make(qtbot)
    ended: list[int] = []
    controller.phaseEnded.connect(ended.append)
    controller.toggle()
    clock.advance(301)
    controller.tick()
    controller.tick()
    assert ended == [0]


def test_finishing_stops_the_ticks(qtbot: QtBot) -> None:
    controller, _ = make(qtbot)
    controller.toggle()
    with qtbot.waitSignal(controller.finished, timeout=1000):
        controller.finish()
    assert controller.run is not None and controller.run.state is RunState.FINISHED
    assert not controller._timer.isActive()


def test_agenda_model_is_a_well_behaved_qt_model(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    controller, clock = make(qtbot)
    model = AgendaModel()
    model.set_run(controller.run)
    qtmodeltester.check(model)
    controller.toggle()
    clock.advance(360)
    controller.next_phase()
    model.refresh()
    assert model.data(model.index(0, COL_ACTUAL)) == "6:00"
    assert model.data(model.index(1, COL_NOW)) == "4:00"  # rebalanced to end on time
    assert model.data(model.index(1, 0)).startswith("▶")
