"""Undo steps, one shape for every feature.

A step is what Edit > Undo calls it and its two halves, each saying whether it happened
(Qt-free; ``platform/qt/undo_stack.py`` puts steps on Qt's undo stack).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from cocoach_desktop.platform.problem_words import say


class Command(Protocol):
    """One undoable step. A half that returns False did not happen (the archive refused it,
    or what it acts on has gone): the step then leaves the history, since replaying its
    other half would act on what did not change."""

    @property
    def text(self) -> str: ...

    def redo(self) -> bool: ...

    def undo(self) -> bool: ...


class Step:
    """A step made of two callables; one that returns False did not happen."""

    def __init__(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        self.text = text
        self._redo, self._undo = redo, undo

    def redo(self) -> bool:
        return self._redo() is not False

    def undo(self) -> bool:
        return self._undo() is not False


class Guarded:
    """Any step whose halves may raise the archive's errors: an error is reported in words
    through ``on_error`` and the half counts as not done."""

    def __init__(self, command: Command, on_error: Callable[[str], None]) -> None:
        self.command = command
        self._on_error = on_error

    @property
    def text(self) -> str:
        return self.command.text

    def redo(self) -> bool:
        return self._guarded(self.command.redo)

    def undo(self) -> bool:
        return self._guarded(self.command.undo)

    def _guarded(self, half: Callable[[], bool]) -> bool:
        try:
            return half()
        except (ValueError, LookupError, OSError) as exc:
            self._on_error(say(exc))
            return False
