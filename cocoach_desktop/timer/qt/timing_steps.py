"""Changes of a session's time as undo steps (Ctrl+Z): +/- time, moving on or back, "End at…"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from cocoach_desktop.timer.model.session import EndChange, RunState
from cocoach_desktop.timer.qt.run_controller import SessionController


class _TimingStep:
    """One change of the session's time as an undo step (``platform/undo.py``'s shape).

    A step only ever acts on the run it was made in, while that run goes on: once the
    session has finished (or another one is prepared) it drops out of the history.
    """

    def __init__(self, controller: SessionController, text: str) -> None:
        self.text = text
        self.controller = controller
        self.run = controller.run

    def _live(self) -> bool:
        run = self.controller.run
        return not (run is None or run is not self.run or run.state is RunState.FINISHED)


class AdjustStep(_TimingStep):
    """Time given to (+) or taken from (-) the current phase: +1, +5, -1 or any amount.

    ``effect`` is what really changed: taking more than a phase has left takes only what is
    left (its time is then up), and a phase already in overtime has nothing to take (the
    step then does nothing and is not kept). ``describe`` words an amount for the undo text.
    """

    def __init__(
        self, controller: SessionController, seconds: float, describe: Callable[[float], str]
    ) -> None:
        super().__init__(controller, describe(seconds))
        self.index = self.run.index if self.run is not None else 0
        self.amount = seconds  # what the next redo applies
        self.effect = 0.0  # what the last redo applied
        self._describe = describe
        self._first = True

    def _apply(self, seconds: float, *, exact: bool = False) -> float:
        if seconds > 0:
            return seconds if self.controller.extend(seconds, self.index) else 0.0
        if seconds < 0:
            return -self.controller.reduce(-seconds, self.index, exact=exact)
        return 0.0

    def redo(self) -> bool:
        if not self._live():
            return False
        self.effect = self._apply(self.amount)
        if self._first:
            self._first = False
            if self.effect == 0:
                return False  # nothing changed: the step is not kept
            self.text = self._describe(self.effect)
        return True

    def undo(self) -> bool:
        if not self._live():
            return False
        # What an undo really gave back (or took) is what a redo will do again. An extension
        # is taken back whole, even from a phase whose time is up again since.
        self.amount = -self._apply(-self.effect, exact=True)
        return True


class MoveStep(_TimingStep):
    """Moving on (N) or back (P); its undo goes back to the phase that was left, whose time
    goes on from what it had."""

    def __init__(self, controller: SessionController, forward: bool, text: str) -> None:
        super().__init__(controller, text)
        self.forward = forward
        self.start = self.run.index if self.run is not None else 0
        self.end = self.start + (1 if forward else -1)

    def _go(self, at: int, forward: bool) -> bool:
        if not self._live():
            return False
        assert self.run is not None
        return self.run.index == at and (
            self.controller.next_phase() if forward else self.controller.previous_phase()
        )

    def redo(self) -> bool:
        return self._go(self.start, self.forward)

    def undo(self) -> bool:
        return self._go(self.end, not self.forward)


class EndStep(_TimingStep):
    """ "End at…": the session aims to end at ``wall`` (UTC); its undo puts the end back."""

    def __init__(self, controller: SessionController, wall: datetime, text: str) -> None:
        super().__init__(controller, text)
        self.wall = wall
        self.change: EndChange | None = None

    def redo(self) -> bool:
        if not self._live():
            return False
        self.change = self.controller.end_at(self.wall)
        return self.change is not None

    def undo(self) -> bool:
        if not self._live():
            return False
        if self.change is not None:
            self.controller.undo_end(self.change)
            self.change = None
        return True
