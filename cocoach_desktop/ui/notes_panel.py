"""The notes panel beside the timer: the note being written, its visibility, and commitments."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.core.records import Commitment, Note, Visibility
from cocoach_desktop.core.timefmt import clock_text
from cocoach_desktop.ui.advice_hint import AdviceHint
from cocoach_desktop.ui.widgets import problem_banner, show_banner

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW_CHARS = 160
QUESTION_MARKS = ("q:", "q ")  # a note line starting so records a question that was asked


def asked_question(line: str) -> tuple[str, str] | None:
    """A note line that records a question, split into its prefix and the question.

    "Q: have you tried…" and any line ending in "?" are checked; other lines are notes about
    what the coachee said, which the advice check has no business judging.
    """
    stripped = line.strip()
    lead = len(line) - len(line.lstrip())
    if stripped[:2].casefold() in QUESTION_MARKS and len(stripped) > 2:
        rest = stripped[2:]
        prefix = line[: lead + 2] + rest[: len(rest) - len(rest.lstrip())]
        return prefix, rest.strip()
    if stripped.endswith("?"):
        return line[:lead], stripped
    return None


class NotesPanel(QWidget):
    """A view: it shows notes and commitments and says what the facilitator did.

    Saving is not its business: a NoteKeeper listens to its signals and writes to the archive.
    """

    draftEdited = Signal()
    addNoteRequested = Signal()
    editNoteRequested = Signal(int)  # a saved note's id, to write more in it
    commitmentRequested = Signal(str, object)  # text, due date or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self.retranslate()
        self.set_session_open(False)

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("muted")
        layout.addWidget(self.title)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(70)
        self.editor.textChanged.connect(self._text_changed)
        layout.addWidget(self.editor, 2)
        self.hint = AdviceHint()
        self.hint.reframeChosen.connect(self.use_reframe)
        layout.addWidget(self.hint)
        self.editor.cursorPositionChanged.connect(self._check_line)
        row = QHBoxLayout()
        self.shareable = QCheckBox()
        self.shareable.toggled.connect(lambda _on: self.draftEdited.emit())
        row.addWidget(self.shareable)
        row.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("muted")
        row.addWidget(self.status)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.addNoteRequested.emit)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.problem = problem_banner()
        layout.addWidget(self.problem)
        self.notes_list = QListWidget()
        self.notes_list.setWordWrap(True)
        self.notes_list.itemActivated.connect(self._note_activated)
        layout.addWidget(self.notes_list, 2)

        self.commit_title = QLabel()
        self.commit_title.setObjectName("muted")
        layout.addWidget(self.commit_title)
        commit_row = QHBoxLayout()
        self.commit_edit = QLineEdit()
        self.commit_edit.setMaxLength(2000)
        self.commit_edit.returnPressed.connect(self._commit_entered)
        commit_row.addWidget(self.commit_edit, 1)
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("d MMM yyyy")
        # The earliest date stands for "no date": the special text says so.
        self.due_edit.setMinimumDate(QDate(2000, 1, 1))
        self.due_edit.setDate(self.due_edit.minimumDate())
        commit_row.addWidget(self.due_edit)
        self.commit_button = QPushButton()
        self.commit_button.clicked.connect(self._commit_entered)
        commit_row.addWidget(self.commit_button)
        layout.addLayout(commit_row)
        self.commitments_list = QListWidget()
        self.commitments_list.setWordWrap(True)
        layout.addWidget(self.commitments_list, 1)

        # Ctrl+Enter files the note and starts a fresh one, without leaving the keyboard.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.editor)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.addNoteRequested.emit)
        share = QShortcut(QKeySequence("Ctrl+Shift+S"), self)
        share.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        share.activated.connect(self.shareable.toggle)

    def retranslate(self) -> None:
        self.title.setText(
            self.tr("Notes: tied to the phase and time; private to you unless marked shareable")
        )
        self.editor.setPlaceholderText(
            self.tr(
                "Type a note. It is saved as you type. Ctrl+Enter files it and starts another.\n"
                "A line starting “Q:” or ending in “?” records a question asked: it is "
                "checked for advice."
            )
        )
        self.shareable.setText(self.tr("Shareable with the coachee (Ctrl+Shift+S)"))
        self.add_button.setText(self.tr("File note (Ctrl+Enter)"))
        self.add_button.setToolTip(self.tr("Keep this note and start a new one"))
        self.notes_list.setToolTip(self.tr("Enter or double-click a note to write more in it"))
        self.commit_title.setText(self.tr("Commitments: what the coachee will do, and by when"))
        self.commit_edit.setPlaceholderText(self.tr("The coachee will… (Enter adds it)"))
        self.due_edit.setSpecialValueText(self.tr("no date"))
        self.due_edit.setToolTip(self.tr("By when (optional)"))
        self.commit_button.setText(self.tr("Add"))

    # ----- what the keeper asks --------------------------------------------------------

    def draft_text(self) -> str:
        return self.editor.toPlainText()

    def draft_visibility(self) -> Visibility:
        return Visibility.SHAREABLE if self.shareable.isChecked() else Visibility.PRIVATE

    def load_draft(self, text: str, visibility: Visibility) -> None:
        """Put a note in the editor without it counting as an edit."""
        self.editor.blockSignals(True)
        self.shareable.blockSignals(True)
        self.editor.setPlainText(text)
        self.shareable.setChecked(visibility is Visibility.SHAREABLE)
        self.editor.blockSignals(False)
        self.shareable.blockSignals(False)
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.editor.setTextCursor(cursor)

    def set_session_open(self, open_: bool) -> None:
        """Notes belong to a session: they can be written once it has started."""
        widgets: tuple[QWidget, ...] = (
            self.editor,
            self.shareable,
            self.add_button,
            self.commit_edit,
            self.due_edit,
            self.commit_button,
        )
        for widget in widgets:
            widget.setEnabled(open_)
        if not open_:
            self.status.setText(self.tr("Notes open when the session starts"))

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def show_problem(self, text: str) -> None:
        show_banner(self.problem, text)

    def set_notes(self, notes: list[Note]) -> None:
        self.notes_list.clear()
        for note in notes:
            # Words, not an emoji: many school laptops have no colour-emoji font.
            mark = (
                self.tr("Private")
                if note.visibility is Visibility.PRIVATE
                else self.tr("Shareable")
            )
            preview = " ".join(note.text.split())
            if len(preview) > PREVIEW_CHARS:
                preview = preview[: PREVIEW_CHARS - 1] + "…"
            where = note.phase_name or self.tr("Before the start")
            item = QListWidgetItem(
                f"[{mark}] {where} · {clock_text(note.session_seconds)} — {preview}"
            )
            item.setData(NOTE_ID_ROLE, note.id)
            item.setToolTip(
                self.tr("Private: only you see it")
                if note.visibility is Visibility.PRIVATE
                else self.tr("Shareable with the coachee")
            )
            self.notes_list.addItem(item)
        self.notes_list.scrollToBottom()

    def set_commitments(self, commitments: list[Commitment]) -> None:
        self.commitments_list.clear()
        for c in commitments:
            due = self.tr(" (by {date})").format(date=c.due.strftime("%d %b %Y")) if c.due else ""
            self.commitments_list.addItem(f"{c.person}: {c.text}{due}")

    def clear_commitment_entry(self) -> None:
        self.commit_edit.clear()
        self.due_edit.setDate(self.due_edit.minimumDate())

    # ----- private -----------------------------------------------------------------------

    def _text_changed(self) -> None:
        self.draftEdited.emit()
        self._check_line()

    def _check_line(self) -> None:
        """Check the line being typed when it records a question (well under 1 ms a line)."""
        asked = asked_question(self.editor.textCursor().block().text())
        self.hint.show_text(asked[1] if asked else "")

    def use_reframe(self, question: str) -> None:
        """Put the chosen open question in place of the line's question (undoable, Ctrl+Z)."""
        cursor = self.editor.textCursor()
        block = cursor.block()
        asked = asked_question(block.text())
        prefix = asked[0] if asked else ""
        cursor.beginEditBlock()
        cursor.setPosition(block.position())
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(prefix + question)
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def _note_activated(self, item: QListWidgetItem) -> None:
        note_id = item.data(NOTE_ID_ROLE)
        if isinstance(note_id, int):
            self.editNoteRequested.emit(note_id)

    def _commit_entered(self) -> None:
        due_q = self.due_edit.date()
        due: date | None = None
        if due_q != self.due_edit.minimumDate():
            due = date(due_q.year(), due_q.month(), due_q.day())
        self.commitmentRequested.emit(self.commit_edit.text(), due)
