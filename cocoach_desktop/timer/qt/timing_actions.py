"""Correcting a running session's time from the window: each change one undo step, then a word."""

from __future__ import annotations

import weakref
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStatusBar
from shiboken6 import isValid

from cocoach_desktop.platform.formatting import amount_text, minutes_words
from cocoach_desktop.platform.qt.undo_stack import push
from cocoach_desktop.platform.timefmt import clock_text
from cocoach_desktop.timer.model.session import RunState
from cocoach_desktop.timer.qt.run_controller import SessionController
from cocoach_desktop.timer.qt.timing_dialogs import local_hhmm
from cocoach_desktop.timer.qt.timing_steps import AdjustStep, EndStep, MoveStep

NOTE_MS = 10000  # how long the status bar keeps its word on the last change of time


class Asks(Protocol):
    """The window's questions (tests replace them on the window)."""

    def confirm(self, title: str, text: str) -> bool: ...
    def ask_minutes(self) -> int | None: ...
    def ask_end_time(self) -> datetime | None: ...


class TimingActions(QObject):
    """N, P, +1, +5, −1, E and T: move, give, take or end-at, as steps Ctrl+Z takes back.

    ``asks`` (the window) asks the questions: ``confirm`` (yes/no), ``ask_minutes`` (E) and
    ``ask_end_time`` (T), None when cancelled. The status bar gets a word on what a change
    did when it was not simply what was asked; an undo or a new step clears it.
    """

    def __init__(
        self,
        controller: SessionController,
        undo_stack: QUndoStack,
        status: QStatusBar,
        *,
        asks: Asks,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.undo_stack = undo_stack
        self.status = status
        # Not held: the window holds this, and a cycle would keep a closed window's
        # app-wide keys alive until the garbage collector ran.
        self._asks_ref = weakref.ref(asks)
        self._note = ""  # what the status bar says of the last change of time
        undo_stack.indexChanged.connect(self._clear_note)

    def _asks(self) -> Asks:
        asks = self._asks_ref()
        assert asks is not None  # this dies with its window
        return asks

    def next_phase(self) -> None:
        run = self.controller.run
        if run is None:
            return
        if run.index + 1 >= len(run.phases) and run.state in (RunState.RUNNING, RunState.PAUSED):
            if self._asks().confirm(
                self.tr("Last phase"), self.tr("This is the last phase. Finish?")
            ):
                self.controller.finish()
            return
        if run.state in (RunState.RUNNING, RunState.PAUSED):
            name = run.phases[run.index + 1].name
            text = self.tr("move on to “{phase}”").format(phase=name)
            push(self.undo_stack, MoveStep(self.controller, True, text))

    def previous_phase(self) -> None:
        run = self.controller.run
        if run is None or run.index == 0 or run.state not in (RunState.RUNNING, RunState.PAUSED):
            return
        text = self.tr("back to “{phase}”").format(phase=run.phases[run.index - 1].name)
        push(self.undo_stack, MoveStep(self.controller, False, text))

    def extend_by(self) -> None:
        """E: any number of minutes, given or taken."""
        minutes = self._asks().ask_minutes()
        if minutes:
            self.change_time(minutes * 60, ask_if_large=True)

    def change_time(self, seconds: float, *, ask_if_large: bool = False) -> None:
        """Give the current phase time (+) or take some away (-), as one undo step.

        With ``ask_if_large``, more than the whole rest of the session asks first.
        """
        run = self.controller.run
        if run is None or run.state is RunState.FINISHED or not seconds:
            return
        if ask_if_large and seconds > run.session_remaining():
            late = (run.projected_end(seconds) - run.planned_end()).total_seconds()
            text = self.tr(
                "Give “{phase}” {amount} more? That is more than the whole rest of the "
                "session ({rest})."
            ).format(
                phase=run.current.name,
                amount=minutes_words(seconds),
                rest=minutes_words(run.session_remaining()),
            )
            if len(run.phases) > run.index + 1 and run.rebalance_enabled:
                text += " " + self.tr("The later phases would shrink to their minimum.")
            if late >= 60:
                text += " " + self.tr("The session would end about {late} late.").format(
                    late=minutes_words(late)
                )
            if not self._asks().confirm(self.tr("A long extension"), text):
                return
        step = AdjustStep(self.controller, seconds, amount_text)
        push(self.undo_stack, step)
        if seconds < 0:
            self._say_taken(-seconds, -step.effect)

    def _say_taken(self, asked: float, taken: float) -> None:
        """Taking time away: say what happened when it was not simply what was asked."""
        if taken <= 0:
            text = self.tr(
                "This phase's time is already up: there is no time left to take away. N moves on."
            )
        elif taken < asked:
            text = self.tr(
                "Only {left} was left: this phase's time is now up (from now on it counts as "
                "overtime). Ctrl+Z gives it back."
            ).format(left=clock_text(taken))
        else:
            text = self.tr("{amount} taken away from this phase. Ctrl+Z gives it back.").format(
                amount=amount_text(taken, signed=False)
            )
        self._say(text)

    def end_at(self) -> None:
        """T: end the session at a time of day; the later phases are fitted to it."""
        if not self.controller.in_progress():
            return
        wall = self._asks().ask_end_time()
        if wall is None or not self.controller.in_progress():
            return
        when = local_hhmm(wall)
        push(self.undo_stack, EndStep(self.controller, wall, self.tr("end at {t}").format(t=when)))
        self._say(
            self.tr("The session now aims to end at {t}. Ctrl+Z puts the end back.").format(t=when)
        )

    def _say(self, text: str) -> None:
        self._note = text
        self.status.showMessage(text, NOTE_MS)

    def _clear_note(self) -> None:
        """An undo or a new change makes the last word on the time stale: it goes."""
        if not isValid(self.status):  # the window is being taken down (its stack clears)
            return
        if self._note and self.status.currentMessage() == self._note:
            self.status.clearMessage()
        self._note = ""
