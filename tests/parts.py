"""The app's parts built alone, each with its real collaborators and no composition root.

Only the smoke tests (the wiring between parts) build the whole ``CocoachApp``; the rest
build here just the part that owns what they check, set up as the app sets it up.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cocoach_desktop.platform import resources
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.platform.preferences import Preferences
from cocoach_desktop.platform.qt.theme import apply_app_theme, palette
from cocoach_desktop.protocols.model.protocols import load_templates
from cocoach_desktop.questions.model.prompts import load_shipped
from cocoach_desktop.questions.qt.question_bank import QuestionBankKeeper
from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
from cocoach_desktop.timer.model.display import Thresholds
from cocoach_desktop.timer.model.plan import Mode, build_plan
from cocoach_desktop.timer.qt.run_controller import SessionController


def facilitator_window(qtbot: QtBot, clock: ManualClock) -> FacilitatorWindow:
    """The facilitator's window on its own controller, with the shipped protocols, the
    default preferences and the theme, shown; starting asks nothing, as in the ``app``
    fixture."""
    prefs = Preferences()
    controller = SessionController(
        clock,
        Thresholds(prefs.soon_seconds, prefs.urgent_seconds),
        rebalance=prefs.rebalance,
        floor_seconds=prefs.floor_seconds,
    )
    window = FacilitatorWindow(controller, now=clock.now)
    controller.setParent(window)
    qtbot.addWidget(window)
    window.confirm = lambda title, text: True  # type: ignore[method-assign]
    window.ask_start_without_coachee = lambda: True  # type: ignore[method-assign]
    setup = window.setup
    setup.min_per_coachee = prefs.min_per_coachee_seconds
    setup.set_minutes(prefs.last_total_minutes)
    setup.set_mode(Mode(prefs.last_mode))
    loaded = load_templates([(resources.protocols_dir(), True)])
    setup.set_templates(loaded.templates, [str(e) for e in loaded.errors], prefs.last_protocol)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_app_theme(app, prefs.theme)
    window.apply_palette(palette(prefs.theme))
    controller.tick()
    window.show()
    qtbot.waitExposed(window)
    return window


def question_bank() -> QuestionBankKeeper:
    """The shipped question banks with their own undo history (no archive yet)."""
    return QuestionBankKeeper(load_shipped(resources.prompts_dir()), QUndoStack())


def running_session(clock: ManualClock, protocol: str = "quality-first") -> SessionController:
    """A controller running a shipped protocol for 45 minutes with three people, as the
    app's set-up starts it, with no window."""
    prefs = Preferences()
    loaded = load_templates([(resources.protocols_dir(), True)])
    template = next(t for t in loaded.templates if t.id == protocol)
    controller = SessionController(clock, Thresholds(prefs.soon_seconds, prefs.urgent_seconds))
    coachees = ("Ana", "Ben", "Chloé")
    controller.set_plan(build_plan(template, prefs.last_total_minutes * 60, coachees=coachees))
    controller.toggle()
    return controller
