"""The notes panel beside the timer: the note being written, its visibility, and commitments."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from cocoach_desktop.advice.qt.advice_hint import AdviceHint
from cocoach_desktop.domain import limits
from cocoach_desktop.domain.records import Commitment, Note, Visibility
from cocoach_desktop.notes.qt.due_picker import DEFAULT_GAP_DAYS, DueDateEdit
from cocoach_desktop.platform.formatting import short_date
from cocoach_desktop.platform.qt.widgets import problem_banner, show_banner
from cocoach_desktop.platform.timefmt import clock_text

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW_CHARS = 160
QUESTION_MARKS = ("q:", "q ")  # a note line starting so records a question that was asked
NOTE_PROBLEM = "note"  # the banner's sources: a note refused, a commitment refused
COMMITMENT_PROBLEM = "commitment"


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

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.today = today  # the day on the app's clock
        self.next_session_days = DEFAULT_GAP_DAYS  # the team's usual gap, once known
        self._build_ui()
        self.retranslate()
        self.set_session_open(False)

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("muted")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
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
        self.status.setTextFormat(Qt.TextFormat.PlainText)
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
        self.commit_title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.commit_title)
        commit_row = QHBoxLayout()
        self.commit_edit = QLineEdit()
        self.commit_edit.setMaxLength(limits.TYPED_COMMITMENT_CHARS)
        self.commit_edit.returnPressed.connect(self._commit_entered)
        # A refusal ("cannot be blank") is about what was typed: typing again answers it.
        self.commit_edit.textEdited.connect(lambda _t: self.show_problem("", COMMITMENT_PROBLEM))
        commit_row.addWidget(self.commit_edit, 1)
        # Whose commitment: asked only in a session with no coachee named.
        self.who_combo = QComboBox()
        self.who_combo.setEditable(True)
        self.who_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.who_combo.setMinimumContentsLength(12)
        self.who_combo.editTextChanged.connect(lambda _t: self.show_problem("", COMMITMENT_PROBLEM))
        line = self.who_combo.lineEdit()
        if line is not None:
            line.returnPressed.connect(self._commit_entered)
        self.who_combo.hide()
        commit_row.addWidget(self.who_combo)
        self.due_edit = DueDateEdit(
            today=lambda: self.today(), gap_days=lambda: self.next_session_days
        )
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
        self.commit_edit.setPlaceholderText(
            self.tr("What they will do… (Enter adds it)")
            if self.who_combo.isVisibleTo(self)
            else self.tr("The coachee will… (Enter adds it)")
        )
        line = self.who_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Whose?"))
        self.who_combo.setToolTip(
            self.tr("No coachee was named for this session: say whose commitment it is")
        )
        self.due_edit.retranslate()
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
        self._check_line()  # the advice box speaks of the line now in the box, or goes

    def set_session_open(self, open_: bool) -> None:
        """Notes belong to a session: they can be written once it has started."""
        if not open_:  # the entry closes with the session: a refusal of what it held has gone
            self.show_problem("", COMMITMENT_PROBLEM)
        widgets: tuple[QWidget, ...] = (
            self.editor,
            self.shareable,
            self.add_button,
            self.commit_edit,
            self.who_combo,
            self.due_edit,
            self.commit_button,
        )
        for widget in widgets:
            widget.setEnabled(open_)
        if not open_:
            self.status.setText(self.tr("Notes open when the session starts"))

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def show_problem(self, text: str, source: str = NOTE_PROBLEM) -> None:
        """Say what is wrong with a note or a commitment; empty text: that problem has gone."""
        show_banner(self.problem, text, source)

    def set_commitment_people(self, people: list[str], needed: bool) -> None:
        """Offer the people in the room as whose commitment it is, when no coachee says so."""
        self.who_combo.blockSignals(True)
        self.who_combo.clear()
        self.who_combo.addItems(people)
        self.who_combo.setCurrentIndex(-1)
        self.who_combo.setEditText("")
        self.who_combo.blockSignals(False)
        self.who_combo.setVisible(needed)
        self.retranslate()  # the commitment field's hint says whose it is asked for

    def commitment_person(self) -> str:
        """The name typed or chosen as whose commitment it is (empty when not asked)."""
        if self.who_combo.isHidden():
            return ""
        return " ".join(self.who_combo.currentText().split())

    def ask_whose(self, text: str) -> None:
        """No one to give the commitment to: say so, and take the keyboard to the name."""
        self.show_problem(text, COMMITMENT_PROBLEM)
        if self.who_combo.isVisible():
            self.who_combo.setFocus()

    def forget_session(self, keep_draft: bool = False) -> None:
        """The session is over and the next is being set up: nothing of it stays in view.

        A note that could not be written stays (``keep_draft``), with its problem: losing it
        would be worse. Everything else (filed notes, commitments, what was being typed in
        the commitment field, the advice box) goes.
        """
        if not keep_draft:
            self.load_draft("", Visibility.PRIVATE)
            self.show_problem("", NOTE_PROBLEM)
        self.notes_list.clear()
        self.commitments_list.clear()
        self.clear_commitment_entry()
        self.set_commitment_people([], needed=False)
        self.show_problem("", COMMITMENT_PROBLEM)
        self.next_session_days = DEFAULT_GAP_DAYS

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
            due = self.tr(" (by {date})").format(date=short_date(c.due)) if c.due else ""
            self.commitments_list.addItem(f"{c.person}: {c.text}{due}")

    def clear_commitment_entry(self) -> None:
        self.commit_edit.setText("")  # not clear(): its undo would bring the words back
        self.due_edit.set_due(None)

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
        self.commitmentRequested.emit(self.commit_edit.text(), self.due_edit.due())
