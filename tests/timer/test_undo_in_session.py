"""Ctrl+Z during a session takes back the session's own steps, never the locked set-up."""

from __future__ import annotations

import pytest
from parts import facilitator_window
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
from cocoach_desktop.timer.model.session import RunState


@pytest.fixture
def window(qtbot: QtBot) -> tuple[FacilitatorWindow, ManualClock]:
    """The facilitator's window alone: its set-up, its controller and its undo history."""
    clock = ManualClock()
    return facilitator_window(qtbot, clock), clock


def test_ctrl_z_in_a_session_never_empties_the_group(window, qtbot: QtBot) -> None:
    w, clock = window
    setup = w.setup
    for name in ("Ana", "Ben", "Chloé"):
        setup.add_person(name)
    setup.set_coachee("Ana")
    w.toggle_session()
    run = w.controller.run
    assert run is not None and run.state is RunState.RUNNING
    clock.advance(60)
    w.controller.tick()
    w.change_time(60)  # +1 min
    first = run.base_seconds(0)
    w.agenda_view.setFocus()
    for _ in range(4):  # a facilitator taking back the extension, and pressing on
        qtbot.keyClick(w.agenda_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert run.base_seconds(0) == first - 60  # the extension went back
    assert setup.people() == ["Ana", "Ben", "Chloé"]  # and nothing else did
    assert setup.coachee() == "Ana"


def test_after_ctrl_n_nothing_of_the_last_session_can_be_undone(window, qtbot: QtBot) -> None:
    w, clock = window
    for name in ("Ana", "Ben"):
        w.setup.add_person(name)
    w.toggle_session()
    clock.advance(60)
    w.change_time(60)
    w.controller.finish()
    w.new_session()
    assert w.undo_stack.count() == 0
    assert not w.act_undo.isEnabled()
