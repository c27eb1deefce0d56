"""The facilitator's question panel: check a question as it is typed, and pick prompts.

A view: it shows the phase's question bank and what is on the projector, and says what the
facilitator asked for. The :class:`~cocoach_desktop.questions.qt.question_bank.QuestionBankKeeper`
keeps the bank, and the :class:`~cocoach_desktop.questions.qt.prompting.PromptDirector` the prompt.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.advice.qt.advice_hint import AdviceHint
from cocoach_desktop.domain.records import MAX_QUESTION_CHARS
from cocoach_desktop.questions.model.prompts import Question, QuestionBook
from cocoach_desktop.questions.qt.prompting import PromptView

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class QuestionsPanel(QWidget):
    """The question field with its advice check, and the phase's bank to pick from."""

    showRequested = Signal(str)  # a bank question's key
    showTypedRequested = Signal(str)  # a typed question, for the projector
    keepRequested = Signal(str, str)  # group, text: add to the user's own questions
    pinRequested = Signal()
    starRequested = Signal(str)
    hideRequested = Signal(str)
    editRequested = Signal(str)
    deleteRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book: QuestionBook | None = None
        self.groups: tuple[str, ...] = ()
        self.prompt = PromptView()
        self._build_ui()
        self.retranslate()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.check_title = QLabel()
        self.check_title.setObjectName("muted")
        self.check_title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.check_title)
        ask_row = QHBoxLayout()
        self.question_edit = QLineEdit()
        self.question_edit.setMaxLength(MAX_QUESTION_CHARS)
        self.question_edit.setClearButtonEnabled(True)
        self.question_edit.textChanged.connect(self._question_typed)
        self.question_edit.returnPressed.connect(self._show_typed)
        ask_row.addWidget(self.question_edit, 1)
        self.show_typed_button = QPushButton()
        self.show_typed_button.clicked.connect(self._show_typed)
        ask_row.addWidget(self.show_typed_button)
        self.group_combo = QComboBox()
        ask_row.addWidget(self.group_combo)
        self.keep_button = QPushButton()
        self.keep_button.clicked.connect(self._keep_typed)
        ask_row.addWidget(self.keep_button)
        layout.addLayout(ask_row)
        self.hint = AdviceHint()
        self.hint.reframeChosen.connect(self.use_reframe)
        layout.addWidget(self.hint)

        self.prompt_status = QLabel()
        self.prompt_status.setTextFormat(Qt.TextFormat.PlainText)  # it quotes typed questions
        self.prompt_status.setWordWrap(True)
        self.prompt_status.setFont(_bold(self.prompt_status.font()))
        layout.addWidget(self.prompt_status)
        find_row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self.refresh())
        find_row.addWidget(self.search_edit, 1)
        self.all_groups = QCheckBox()
        self.all_groups.toggled.connect(lambda _on: self.refresh())
        find_row.addWidget(self.all_groups)
        self.show_hidden = QCheckBox()
        self.show_hidden.toggled.connect(lambda _on: self.refresh())
        find_row.addWidget(self.show_hidden)
        layout.addLayout(find_row)
        self.questions_list = QListWidget()
        self.questions_list.setWordWrap(True)
        self.questions_list.setAlternatingRowColors(True)
        self.questions_list.itemActivated.connect(lambda _item: self._emit_for_current("show"))
        self.questions_list.currentItemChanged.connect(lambda *_args: self._update_buttons())
        layout.addWidget(self.questions_list, 1)
        buttons = QHBoxLayout()
        self.show_button = QPushButton()
        self.pin_button = QPushButton()
        self.star_button = QPushButton()
        self.hide_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        for button, what in (
            (self.show_button, "show"),
            (self.star_button, "star"),
            (self.hide_button, "hide"),
            (self.edit_button, "edit"),
            (self.delete_button, "delete"),
        ):
            button.clicked.connect(lambda _on=False, w=what: self._emit_for_current(w))
            buttons.addWidget(button)
        self.pin_button.clicked.connect(self.pinRequested.emit)
        buttons.insertWidget(1, self.pin_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # Keys that act on the chosen question while the list has the keyboard.
        for keys, what in (("Ctrl+S", "star"), ("Ctrl+H", "hide"), ("F2", "edit")):
            shortcut = QShortcut(QKeySequence(keys), self.questions_list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda w=what: self._emit_for_current(w))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.questions_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda: self._emit_for_current("delete"))
        # Down from the search field goes into the list, as in a launcher.
        down = QShortcut(QKeySequence("Down"), self.search_edit)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self._into_list)
        self._update_buttons()
        self._question_typed("")

    def retranslate(self) -> None:
        self.check_title.setText(
            self.tr("Check a question before it is asked: advice is caught as you type")
        )
        self.question_edit.setPlaceholderText(
            self.tr("Type what you want to ask… (Enter shows it on the projector)")
        )
        self.show_typed_button.setText(self.tr("Show on screen"))
        self.show_typed_button.setToolTip(self.tr("Put this question on the projector (Enter)"))
        self.keep_button.setText(self.tr("Keep"))
        self.keep_button.setToolTip(self.tr("Add it to your own questions, in the chosen group"))
        self.search_edit.setPlaceholderText(self.tr("Search the questions (↓ goes to the list)"))
        self.all_groups.setText(self.tr("All groups"))
        self.all_groups.setToolTip(self.tr("Search every group, not only this phase's"))
        self.show_hidden.setText(self.tr("Hidden too"))
        self.questions_list.setToolTip(
            self.tr(
                "Enter or double-click: show on the projector. Ctrl+S star, Ctrl+H hide, "
                "F2 edit, Delete removes your own question."
            )
        )
        self.show_button.setText(self.tr("Show"))
        self.pin_button.setText(self.tr("Pin (Ctrl+K)"))
        self.star_button.setText(self.tr("Star"))
        self.hide_button.setText(self.tr("Hide"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self._fill_groups()
        self._show_status()

    # ----- what the keeper and the director tell it --------------------------------------

    def set_book(self, book: QuestionBook) -> None:
        self.book = book
        self._fill_groups()
        self.refresh()

    def set_phase_groups(self, groups: tuple[str, ...]) -> None:
        if groups != self.groups:
            self.groups = groups
            if groups:
                index = self.group_combo.findData(groups[0])
                if index >= 0:
                    self.group_combo.setCurrentIndex(index)
            self.refresh()
            self._show_status()

    def set_prompt(self, view: PromptView) -> None:
        self.prompt = view
        self._show_status()
        self._mark_current()

    def refresh(self) -> None:
        """List the phase's questions (or every group's), filtered by the search words."""
        book = self.book
        chosen = self.current_key()
        self.questions_list.clear()
        if book is None:
            return
        hidden = self.show_hidden.isChecked()
        groups = None if self.all_groups.isChecked() or not self.groups else self.groups
        text = self.search_edit.text()
        if text.strip() or groups is None:
            questions = book.search(text, groups, include_hidden=hidden)
        else:
            questions = book.for_phase(groups, include_hidden=hidden)
        titles = book.titles
        for question in questions:
            item = QListWidgetItem(self._item_text(question, titles, groups is None))
            item.setData(KEY_ROLE, question.key)
            if question.hidden:
                item.setForeground(self.palette().placeholderText())
            self.questions_list.addItem(item)
            if question.key == chosen:
                self.questions_list.setCurrentItem(item)
        self._mark_current()
        self._update_buttons()

    def current_key(self) -> str:
        item = self.questions_list.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else ""

    def use_reframe(self, question: str) -> None:
        self.question_edit.setText(question)
        self.question_edit.setFocus()

    def forget_typed(self) -> None:
        """The session is over: the question typed for it, and its advice box, go."""
        # setText, not clear(): clear() can be undone, and Ctrl+Z would bring the last
        # session's question back. The advice box follows the field: it hides.
        self.question_edit.setText("")

    # ----- private -----------------------------------------------------------------------

    def _item_text(self, q: Question, titles: dict[str, str], with_group: bool) -> str:
        marks = []
        if q.starred:
            marks.append("★")
        text = q.text
        notes = []
        if q.own:
            notes.append(self.tr("yours"))
        elif q.edited:
            notes.append(self.tr("edited"))
        if q.hidden:
            notes.append(self.tr("hidden"))
        if with_group:
            notes.append(titles.get(q.group, q.group))
        suffix = f"   ({', '.join(notes)})" if notes else ""
        return " ".join([*marks, text]) + suffix

    def _fill_groups(self) -> None:
        if self.book is None:
            return
        current = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for group, title in self.book.titles.items():
            self.group_combo.addItem(title, group)
        index = self.group_combo.findData(current)
        self.group_combo.setCurrentIndex(max(0, index))
        self.group_combo.blockSignals(False)
        self.group_combo.setToolTip(self.tr("The group “Keep” adds your question to"))

    def _show_status(self) -> None:
        view = self.prompt
        if not view.text:
            text = self.tr("No prompt on the projector: this phase has no questions")
            if not self.groups:
                text = self.tr("No phase is on: prompts follow the phases of a session")
        elif view.typed:
            text = self.tr("On the projector (typed, stays until Q): “{q}”").format(q=view.text)
        else:
            how = self.tr("pinned") if view.pinned else self.tr("Q next, Shift+Q previous")
            text = self.tr("On the projector, {n} of {count} ({how}): “{q}”").format(
                n=view.number, count=view.count, how=how, q=view.text
            )
        self.prompt_status.setText(text)
        self.pin_button.setText(
            self.tr("Unpin (Ctrl+K)") if view.pinned and not view.typed else self.tr("Pin (Ctrl+K)")
        )

    def _mark_current(self) -> None:
        for row in range(self.questions_list.count()):
            item = self.questions_list.item(row)
            font = item.font()
            on_screen = bool(self.prompt.key) and item.data(KEY_ROLE) == self.prompt.key
            if font.bold() != on_screen:
                font.setBold(on_screen)
                item.setFont(font)

    def _update_buttons(self) -> None:
        key = self.current_key()
        question = self.book.find(key) if self.book is not None and key else None
        for button in (self.show_button, self.star_button, self.hide_button, self.edit_button):
            button.setEnabled(question is not None)
        self.delete_button.setEnabled(question is not None and question.own)
        if question is not None:
            self.star_button.setText(self.tr("Unstar") if question.starred else self.tr("Star"))
            self.hide_button.setText(self.tr("Unhide") if question.hidden else self.tr("Hide"))

    def _emit_for_current(self, what: str) -> None:
        key = self.current_key()
        if not key:
            return
        if what == "delete" and not key.startswith("own:"):
            return
        signal = {
            "show": self.showRequested,
            "star": self.starRequested,
            "hide": self.hideRequested,
            "edit": self.editRequested,
            "delete": self.deleteRequested,
        }[what]
        signal.emit(key)

    def _question_typed(self, text: str) -> None:
        self.hint.show_text(text)
        has_text = bool(text.strip())
        self.show_typed_button.setEnabled(has_text)
        self.keep_button.setEnabled(has_text)

    def _show_typed(self) -> None:
        text = self.question_edit.text().strip()
        if text:
            self.showTypedRequested.emit(text)

    def _keep_typed(self) -> None:
        text = self.question_edit.text().strip()
        group = self.group_combo.currentData()
        if text and isinstance(group, str):
            self.keepRequested.emit(group, text)

    def _into_list(self) -> None:
        if self.questions_list.count():
            self.questions_list.setFocus()
            if self.questions_list.currentRow() < 0:
                self.questions_list.setCurrentRow(0)


def _bold(font: QFont) -> QFont:
    font.setBold(True)
    return font
