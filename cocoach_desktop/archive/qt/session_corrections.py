"""Writing an archived session's corrections: each through the edits service, one undo step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cocoach_desktop.domain.records import Commitment, Note, Visibility, parse_tags
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.qt.undo_stack import push
from cocoach_desktop.platform.undo import Command, Guarded

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

    from cocoach_desktop.archive.services.session_edits import SessionEdits
    from cocoach_desktop.domain.records import SessionDetail
    from cocoach_desktop.notes.qt.due_picker import DueDateEdit


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionView", text)


class SessionCorrections:
    """The session view's writes (a part of SessionView): tags, notes and commitments.

    A refused value (ValueError) shows in the problem banner and leaves the editor as typed.
    """

    if TYPE_CHECKING:  # what the view supplies
        detail: SessionDetail | None
        edits: SessionEdits
        undo_stack: QUndoStack
        tags_edit: QLineEdit
        new_note: QPlainTextEdit
        new_note_phase: QComboBox
        new_note_visibility: QComboBox
        new_commitment_person: QComboBox
        new_commitment: QLineEdit
        new_commitment_due: DueDateEdit
        _now: Callable[[], datetime]

        def show_problem(self, text: str) -> None: ...
        def clear_problem(self) -> None: ...

    def _do(self, edit: Callable[[], Command]) -> bool:
        """Make one edit through the service: a refused value is shown and nothing else
        changes; a made one becomes an undo step (already done: Ctrl+Z takes it back)."""
        self.clear_problem()
        try:
            step = edit()
        except (ValueError, LookupError, OSError) as exc:  # OSError: disk full, locked...
            self.show_problem(say(exc))
            return False
        push(self.undo_stack, Guarded(step, self.show_problem), done=True)
        return True

    def save_tags(self) -> None:
        d = self.detail
        if d is None:
            return
        old = d.summary.tags
        new = parse_tags(self.tags_edit.text())
        if new != old:
            self._do(lambda: self.edits.set_tags(_tr("Change tags"), d.id, old, new))

    def save_note(self, note: Note, text: str, visibility: Visibility) -> None:
        self._do(lambda: self.edits.update_note(_tr("Edit note"), note, text, visibility))

    def add_note(self) -> None:
        d = self.detail
        if d is None:
            return
        text = self.new_note.toPlainText()
        visibility = Visibility(self.new_note_visibility.currentData())
        index = self.new_note_phase.currentData()
        name = next((p.name for p in d.phases if p.index == index), "")
        created = self._now()
        if self._do(
            lambda: self.edits.add_note(
                _tr("Add note"), d.id, text, visibility, created, index, name
            )
        ):
            self.new_note.clear()

    def delete_note(self, note: Note) -> None:
        self._do(lambda: self.edits.delete_note(_tr("Delete note"), note))

    def save_commitment(self, old: Commitment, new: Commitment) -> None:
        self._do(lambda: self.edits.update_commitment(_tr("Edit commitment"), old, new))

    def add_commitment(self) -> None:
        d = self.detail
        person = self.new_commitment_person.currentText()
        if d is None or not person:
            return
        text = self.new_commitment.text()
        due = self.new_commitment_due.due()
        created = self._now()
        if self._do(
            lambda: self.edits.add_commitment(
                _tr("Add commitment"), d.id, person, text, created, due
            )
        ):
            self.new_commitment.clear()
            self.new_commitment_due.set_due(None)

    def delete_commitment(self, commitment: Commitment) -> None:
        self._do(lambda: self.edits.delete_commitment(_tr("Delete commitment"), commitment))
