"""The archived session's item editors: a note, a commitment, saved or deleted by button."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.domain.records import (
    Commitment,
    CommitmentStatus,
    Note,
    SessionDetail,
    Visibility,
)
from cocoach_desktop.notes.qt.due_picker import DueDateEdit
from cocoach_desktop.platform.qt.theme import display_font


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionView", text)


def plain_label(text: str = "") -> QLabel:
    """A label for text that may hold what someone typed: never read as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def heading_label(text: str = "") -> QLabel:
    label = plain_label(text)
    label.setObjectName("sectionHeading")
    label.setFont(display_font(17, QFont.Weight.DemiBold))
    label.setContentsMargins(0, 10, 0, 2)
    return label


def muted_label(text: str = "") -> QLabel:
    label = plain_label(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


class NoteEditor(QFrame):
    """One note, editable: its text, private or shareable, saved or deleted by button."""

    saveRequested = Signal(object, str, object)  # Note, new text, Visibility
    deleteRequested = Signal(object)  # Note

    def __init__(self, note: Note, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = note
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.text_edit = QPlainTextEdit(note.text)
        self.text_edit.setTabChangesFocus(True)
        self._fit_height()
        layout.addWidget(self.text_edit)
        row = QHBoxLayout()
        self.mark = plain_label()
        self.mark.setObjectName("muted")
        self.mark.setVisible(note.visibility is Visibility.PRIVATE)
        row.addWidget(self.mark)
        row.addStretch(1)
        self.visibility = QComboBox()
        self.visibility.addItem("", Visibility.PRIVATE)
        self.visibility.addItem("", Visibility.SHAREABLE)
        self.visibility.setCurrentIndex(0 if note.visibility is Visibility.PRIVATE else 1)
        row.addWidget(self.visibility)
        self.save_button = QPushButton()
        self.delete_button = QPushButton()
        row.addWidget(self.save_button)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        self.text_edit.textChanged.connect(self._dirty_changed)
        self.visibility.currentIndexChanged.connect(self._dirty_changed)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(lambda: self.deleteRequested.emit(self.note))
        self.retranslate()
        self._dirty_changed()

    def _fit_height(self) -> None:
        text = self.note.text
        lines = max(2, min(8, text.count("\n") + 1 + len(text) // 90))
        self.text_edit.setFixedHeight(self.text_edit.fontMetrics().lineSpacing() * lines + 16)

    def show_note(self, note: Note) -> None:
        """The same note as the archive has it now (after an edit, an undo, a redo)."""
        if note == self.note:
            return
        self.note = note
        if self.text_edit.toPlainText() != note.text:
            self.text_edit.setPlainText(note.text)
            self._fit_height()
        self.visibility.setCurrentIndex(0 if note.visibility is Visibility.PRIVATE else 1)
        self.mark.setVisible(note.visibility is Visibility.PRIVATE)
        self.retranslate()
        self._dirty_changed()

    def current_visibility(self) -> Visibility:
        return Visibility(self.visibility.currentData())

    def is_dirty(self) -> bool:
        text = self.text_edit.toPlainText()
        return text != self.note.text or self.current_visibility() is not self.note.visibility

    def save(self) -> None:
        if self.is_dirty():
            self.saveRequested.emit(
                self.note, self.text_edit.toPlainText(), self.current_visibility()
            )

    def _dirty_changed(self) -> None:
        self.save_button.setEnabled(self.is_dirty())

    def retranslate(self) -> None:
        private = self.note.visibility is Visibility.PRIVATE
        self.mark.setText(self.tr("Private: left out of the coachee's copy") if private else "")
        self.visibility.setItemText(0, self.tr("Private"))
        self.visibility.setItemText(1, self.tr("Shareable"))
        self.visibility.setToolTip(self.tr("Private notes never go into the coachee's copy"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save this note (Ctrl+Z takes it back)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this note (Ctrl+Z takes it back)"))


class CommitmentEditor(QFrame):
    """One commitment, editable: text, due date, status and the follow-up."""

    saveRequested = Signal(object, object)  # old Commitment, new Commitment
    deleteRequested = Signal(object)

    def __init__(self, commitment: Commitment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commitment = commitment
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.person = plain_label(commitment.person)
        self.person.setFont(display_font(14, QFont.Weight.DemiBold))
        top.addWidget(self.person)
        self.text_edit = QLineEdit(commitment.text)
        top.addWidget(self.text_edit, 1)
        layout.addLayout(top)
        row = QHBoxLayout()
        self.due_label = plain_label()
        row.addWidget(self.due_label)
        self.due_edit = DueDateEdit(commitment.due)  # opens at today, with +1 week
        row.addWidget(self.due_edit)
        self.status = QComboBox()
        for status in CommitmentStatus:
            self.status.addItem("", status)
        self.status.setCurrentIndex(list(CommitmentStatus).index(commitment.status))
        row.addWidget(self.status)
        self.follow_up = QLineEdit(commitment.follow_up)
        row.addWidget(self.follow_up, 1)
        self.save_button = QPushButton()
        self.delete_button = QPushButton()
        row.addWidget(self.save_button)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        for signal in (self.text_edit.textChanged, self.follow_up.textChanged):
            signal.connect(self._dirty_changed)
        self.due_edit.dateChanged.connect(self._dirty_changed)
        self.status.currentIndexChanged.connect(self._dirty_changed)
        self.text_edit.returnPressed.connect(self.save)
        self.follow_up.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(lambda: self.deleteRequested.emit(self.commitment))
        self.retranslate()
        self._dirty_changed()

    def show_commitment(self, commitment: Commitment) -> None:
        """The same commitment as the archive has it now (after an edit, an undo, a redo)."""
        if commitment == self.commitment:
            return
        self.commitment = commitment
        self.person.setText(commitment.person)
        if self.text_edit.text() != commitment.text:
            self.text_edit.setText(commitment.text)
        if self.due_edit.due() != commitment.due:
            self.due_edit.set_due(commitment.due)
        self.status.setCurrentIndex(list(CommitmentStatus).index(commitment.status))
        if self.follow_up.text() != commitment.follow_up:
            self.follow_up.setText(commitment.follow_up)
        self._dirty_changed()

    def edited(self) -> Commitment:
        c = self.commitment
        return Commitment(
            id=c.id,
            session_id=c.session_id,
            person=c.person,
            text=self.text_edit.text(),
            due=self.due_edit.due(),
            status=CommitmentStatus(self.status.currentData()),
            follow_up=self.follow_up.text(),
            created=c.created,
        )

    def is_dirty(self) -> bool:
        return self.edited() != self.commitment

    def save(self) -> None:
        if self.is_dirty():
            self.saveRequested.emit(self.commitment, self.edited())

    def _dirty_changed(self) -> None:
        self.save_button.setEnabled(self.is_dirty())

    def retranslate(self) -> None:
        self.due_label.setText(self.tr("Due"))
        names = {
            CommitmentStatus.OPEN: self.tr("Open"),
            CommitmentStatus.DONE: self.tr("Done"),
            CommitmentStatus.DROPPED: self.tr("Dropped"),
        }
        for i, status in enumerate(CommitmentStatus):
            self.status.setItemText(i, names[status])
        self.follow_up.setPlaceholderText(self.tr("Follow-up: how did it go?"))
        self.text_edit.setPlaceholderText(self.tr("What they will do"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save this commitment (Enter)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this commitment (Ctrl+Z takes it back)"))


def clear_layout(layout: QVBoxLayout, keep: Collection[QWidget] = ()) -> None:
    """Take every widget out of ``layout``; those not in ``keep`` are deleted (later)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None and widget not in keep:
            widget.hide()
            widget.deleteLater()


W = TypeVar("W", bound=QWidget)


def _widgets(box: QVBoxLayout, kind: type[W]) -> list[W]:
    """The widgets of ``kind`` in ``box``, in order."""
    items = (box.itemAt(i) for i in range(box.count()))
    widgets = (item.widget() for item in items if item is not None)
    return [w for w in widgets if isinstance(w, kind)]


def _drop(editors: Iterable[QWidget]) -> None:
    """Editors whose item went (deleted, or undone)."""
    for editor in editors:
        editor.hide()
        editor.deleteLater()


def phase_title(index: int | None, name: str) -> str:
    """What a note's phase is called in the list and in the phase chooser."""
    if index is None:
        return _tr("Before or after the phases")
    return _tr("Phase {n}: {name}").format(n=index + 1, name=name)


def fill_note_editors(
    box: QVBoxLayout,
    d: SessionDetail | None,
    save: Callable[[Note, str, Visibility], None],
    delete: Callable[[Note], None],
) -> list[NoteEditor]:
    """An editor for each of the session's notes, under the phase each was made in.

    The editors in ``box`` whose note is still there are kept (an edited one shows its
    new text): after an edit, the others keep what was typed in them, and the focus.
    """
    shown = _widgets(box, NoteEditor)
    kept = {e.note.id: e for e in shown if d is not None and e.note.session_id == d.id}
    clear_layout(box, keep=set(kept.values()))
    editors = []
    notes = sorted(
        d.notes if d else (),
        key=lambda n: (n.phase_index is None, n.phase_index or 0, n.created, n.id),
    )
    last: tuple[int | None, str] | None = None
    for note in notes:
        key = (note.phase_index, note.phase_name)
        if key != last:
            box.addWidget(muted_label(phase_title(*key)))
            last = key
        editor = kept.pop(note.id, None)
        if editor is not None:
            editor.show_note(note)
        else:
            editor = NoteEditor(note)
            editor.saveRequested.connect(save)
            editor.deleteRequested.connect(delete)
        box.addWidget(editor)
        editors.append(editor)
    _drop(kept.values())
    if d is not None and not notes:
        box.addWidget(muted_label(_tr("No notes.")))
    return editors


def fill_commitment_editors(
    box: QVBoxLayout,
    d: SessionDetail | None,
    save: Callable[[Commitment, Commitment], None],
    delete: Callable[[Commitment], None],
) -> list[CommitmentEditor]:
    """An editor for each of the session's commitments (those in ``box`` still there kept,
    as for the notes)."""
    shown = _widgets(box, CommitmentEditor)
    kept = {e.commitment.id: e for e in shown if d is not None and e.commitment.session_id == d.id}
    clear_layout(box, keep=set(kept.values()))
    editors = []
    for c in d.commitments if d else ():
        editor = kept.pop(c.id, None)
        if editor is not None:
            editor.show_commitment(c)
        else:
            editor = CommitmentEditor(c)
            editor.saveRequested.connect(save)
            editor.deleteRequested.connect(delete)
        box.addWidget(editor)
        editors.append(editor)
    _drop(kept.values())
    if d is not None and not d.commitments:
        box.addWidget(muted_label(_tr("No commitments.")))
    return editors
