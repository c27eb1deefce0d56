"""The closing flow: when a session ends, show the closing screen, and save what it confirms."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from cocoach_desktop.domain.records import Commitment
from cocoach_desktop.notes.model.closing import ClosingChoices
from cocoach_desktop.notes.services.closing_service import (
    ClosingArchive,
    closing_material,
    save_closing,
)
from cocoach_desktop.platform.problem_words import say

if TYPE_CHECKING:  # the closing screen loads when a session first ends
    from cocoach_desktop.notes.qt.closing_screen import ClosingDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("Closing", text)


class ClosingFlow(QObject):
    """Opens the closing screen for a finished session and saves its choices.

    ``saved(commitments)`` is emitted once the choices are in the archive, with the
    commitments kept (the recorder takes them; the set-up reloads its topics).
    """

    saved = Signal(list)  # list[Commitment]

    def __init__(
        self,
        parent: QWidget,
        commitments: Callable[[], list[Commitment]],
        show_problem: Callable[[str], None],
        today: Callable[[], date],
        next_session_days: Callable[[], int],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._commitments = commitments
        self._problem = show_problem
        self._today = today
        self._next_session_days = next_session_days
        self.archive: ClosingArchive | None = None
        self.dialog: ClosingDialog | None = None

    def show(self, session_id: int) -> None:
        """The closing screen: confirm commitments, topics dealt with, and tags."""
        if self.archive is None:
            return
        try:
            topics, tags = closing_material(self.archive, session_id)
        except Exception as exc:
            self._problem(say(exc))
            return
        from cocoach_desktop.notes.qt.closing_screen import ClosingDialog

        dialog = ClosingDialog(
            self._commitments(),
            topics,
            tags,
            self._parent,
            today=self._today,
            next_session_days=self._next_session_days(),
        )
        dialog.confirmed.connect(lambda choices: self._confirmed(dialog, session_id, choices))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _confirmed(self, dialog: ClosingDialog, session_id: int, choices: ClosingChoices) -> None:
        problem = self.apply(session_id, choices)
        if isValid(dialog):
            dialog.fail(problem)
        elif problem:  # the screen was closed while its save waited: say it here
            self._problem(problem)

    def apply(self, session_id: int, choices: ClosingChoices) -> str:
        """Save the closing screen's choices; what went wrong, or "" when all is saved."""
        assert self.archive is not None
        try:
            kept = save_closing(self.archive, session_id, choices)
        except Exception as exc:  # nothing was applied; the closing screen keeps the choices
            return _tr("The closing choices were not saved: {reason}").format(reason=say(exc))
        self.saved.emit(kept)
        return ""
