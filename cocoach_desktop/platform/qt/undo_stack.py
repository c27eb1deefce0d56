"""The one adapter from the features' undo steps (``platform/undo.py``) to Qt's undo stack."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from cocoach_desktop.platform.undo import Command


class UndoStep(QUndoCommand):
    """A ``Command`` on a QUndoStack. A half that did not happen takes the step out of the
    history (QUndoStack drops an obsolete step); the step's text is read again after each
    redo, as a step may word what it really did."""

    def __init__(self, command: Command, *, done: bool = False) -> None:
        super().__init__(command.text)
        self.command = command
        self._done = done  # already done before it was pushed: the first redo is skipped

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        happened = self.command.redo()
        self.setText(self.command.text)
        if not happened:
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.command.undo():
            self.setObsolete(True)


def push(stack: QUndoStack, command: Command, *, done: bool = False) -> None:
    """Put ``command`` on ``stack``: done now (its redo runs), or already done (``done``)."""
    stack.push(UndoStep(command, done=done))
