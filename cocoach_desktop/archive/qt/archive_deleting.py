"""Deleting from the archive window (a part of ArchiveWindow): a session, undoable, or a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from cocoach_desktop.archive.qt.archive_model import COL_DATE
from cocoach_desktop.archive.qt.window_part import WindowPart
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.qt.undo_stack import push
from cocoach_desktop.platform.undo import Guarded

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QLabel, QStackedWidget, QTableView

    from cocoach_desktop.archive.qt.archive_model import SessionListModel
    from cocoach_desktop.archive.qt.person_view import PersonView
    from cocoach_desktop.archive.qt.session_view import SessionView
    from cocoach_desktop.archive.services.review_service import ArchiveReview
    from cocoach_desktop.domain.ports.people import PeoplePort


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveWindow", text)


class ArchiveDeleting(WindowPart):
    """Delete a session after asking (Ctrl+Z puts it back), or a person with all they wrote."""

    if TYPE_CHECKING:  # what the window supplies
        archive: PeoplePort
        review: ArchiveReview
        model: SessionListModel
        table: QTableView
        undo_stack: QUndoStack
        session_view: SessionView
        person_view: PersonView
        detail_stack: QStackedWidget
        placeholder: QLabel

        def selected_session_id(self) -> int | None: ...
        def confirm(self, title: str, text: str) -> bool: ...
        def show_problem(self, text: str) -> None: ...

    def delete_selected(self) -> None:
        """Delete the chosen session after asking; Ctrl+Z puts it back."""
        session_id = self.selected_session_id()
        if session_id is None and self.session_view.detail is not None:
            session_id = self.session_view.detail.id
        if session_id is None:
            return
        summary = self.model.summary(self.model.row_of(session_id) or 0)
        what = _tr("this session")
        if summary is not None and summary.id == session_id:
            what = str(
                self.model.data(self.model.index(self.model.row_of(session_id) or 0, COL_DATE))
            )
            if summary.coachees:
                what = f"{what} · {', '.join(summary.coachees)}"
        if not self.confirm(
            _tr("Delete session"),
            _tr("Delete the session {what} with all its notes? Ctrl+Z puts it back.").format(
                what=what
            ),
        ):
            return
        try:
            step = self.review.delete_session(session_id, _tr("Delete session"))
        except (ValueError, LookupError, OSError) as exc:
            self.show_problem(say(exc))
            return
        # Already deleted: the first redo is skipped, Ctrl+Z puts it back.
        push(self.undo_stack, Guarded(step, self.show_problem), done=True)

    def _select(self, session_id: int) -> None:
        row = self.model.row_of(session_id)
        if row is not None:
            self.table.selectRow(row)

    def delete_person(self, person_id: int) -> None:
        try:
            preview = self.archive.deletion_preview(person_id)
        except LookupError as exc:
            self.show_problem(say(exc))
            return
        title = _tr("Delete {name}").format(name=preview.person.name)
        if not self.confirm(title, preview.message()):
            return
        try:
            self.archive.delete_person(person_id)
        except (ValueError, LookupError, OSError) as exc:
            self.show_problem(say(exc))
            return
        self.person_view.set_page(None)
        self.session_view.set_detail(None)
        self.detail_stack.setCurrentWidget(self.placeholder)
        # Undo entries may point at sessions that went with the person.
        self.undo_stack.clear()
        self.review.person_deleted(person_id)
        self.statusBar().showMessage(
            _tr("{name} was deleted.").format(name=preview.person.name), 8000
        )


def confirm_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A yes/no question, No the default; its text is plain (it quotes names as typed)."""
    no = QMessageBox.StandardButton.No
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | no)
    box.setDefaultButton(no)
    return box
