"""Keeps the question bank: the shipped files plus the user's own rows in the archive.

Stars, hiding, new wording and the user's own questions are archive rows; the shipped files
are never written. Every change can be undone with Ctrl+Z, and imports and exports go
through plain files that are checked before anything is added.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from cocoach_desktop.domain.records import MAX_QUESTION_CHARS, SavedQuestion
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.problems import ErrorCode
from cocoach_desktop.platform.qt.undo_stack import push
from cocoach_desktop.questions.model.prompts import (
    BankError,
    BankLoad,
    Question,
    bank_file_text,
    merge,
    new_questions,
    read_bank_file,
)
from cocoach_desktop.questions.services.bank_edits import (
    Halves,
    addition,
    already_in,
    change,
    deletion,
    import_halves,
    new_wording,
)

if TYPE_CHECKING:
    from cocoach_desktop.domain.ports.questions import QuestionsPort


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuestionBankKeeper", text)


class _BankChange:
    """One change to the bank (an undo step): ``do`` and ``undo`` are archive writes, then a
    refresh; both only ever write to the archive the change was made in."""

    def __init__(
        self,
        keeper: QuestionBankKeeper,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
    ) -> None:
        self.text = text
        self.keeper = keeper
        self._do, self._undo = do, undo
        self._archive = keeper.archive

    def _written(self, change: Callable[[], object]) -> bool:
        # Another archive since (a restore): the step does nothing and leaves the history.
        return self.keeper.archive is self._archive and self.keeper.write(change)

    def redo(self) -> bool:
        return self._written(self._do)

    def undo(self) -> bool:
        return self._written(self._undo)


class QuestionBankKeeper(QObject):
    """Merges the shipped banks with the archive's rows and applies the user's changes."""

    bookChanged = Signal(object)  # QuestionBook
    problem = Signal(str)  # "" when the last change worked

    def __init__(
        self,
        shipped: BankLoad,
        undo_stack: QUndoStack,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.shipped = shipped
        self.undo_stack = undo_stack
        self.archive: QuestionsPort | None = None
        self.book = merge(shipped.banks, ())

    def load_problems(self) -> list[str]:
        """The shipped files that could not be read, in plain words."""
        return [say(error) for error in self.shipped.errors]

    def set_archive(self, archive: QuestionsPort | None) -> None:
        self.archive = archive
        self.reload()

    def reload(self) -> None:
        saved: tuple[SavedQuestion, ...] = ()
        if self.archive is not None:
            try:
                saved = self.archive.saved_questions()
            except Exception as exc:  # the shipped questions still work
                self.problem.emit(_tr("Your own questions could not be read: {r}").format(r=exc))
        self.book = merge(self.shipped.banks, saved)
        self.bookChanged.emit(self.book)

    def write(self, change: Callable[[], object]) -> bool:
        """Run one archive write, say what went wrong if it failed, and show the result."""
        if self.archive is None:
            self.problem.emit(_tr("The archive is not open, so questions cannot be changed."))
            return False
        try:
            change()
        except Exception as exc:  # storage faults and refused values, in words
            self.problem.emit(_tr("The question bank was not changed: {r}").format(r=exc))
            return False
        self.problem.emit("")
        self.reload()
        return True

    # ----- changes (the rules are in questions/services/bank_edits.py) --------------------

    def _push(self, label: str, halves: Halves | None) -> None:
        if halves is not None:
            push(self.undo_stack, _BankChange(self, label, halves.do, halves.undo))

    def toggle_star(self, key: str) -> None:
        q = self.book.find(key)
        if q is not None and self.archive is not None:
            label = _tr("unstar a question") if q.starred else _tr("star a question")
            self._push(label, change(self.archive, q, starred=not q.starred))
        elif q is not None:
            self.write(lambda: None)  # says the archive is not open

    def toggle_hidden(self, key: str) -> None:
        q = self.book.find(key)
        if q is not None and self.archive is not None:
            label = _tr("show a question again") if q.hidden else _tr("hide a question")
            self._push(label, change(self.archive, q, hidden=not q.hidden))
        elif q is not None:
            self.write(lambda: None)

    def edit(self, key: str, text: str) -> None:
        """New wording; a shipped question's own words come back when ``text`` matches them."""
        q = self.book.find(key)
        wording = new_wording(q, text) if q is not None else None
        if q is None or wording is None:
            return
        if self.archive is None:
            self.write(lambda: None)
            return
        self._push(_tr("edit a question"), change(self.archive, q, text=wording))

    def add(self, group: str, text: str) -> None:
        if not " ".join(text.split()):
            return
        if already_in(self.book, group, text):
            self.problem.emit(_tr("That question is already in the bank."))
            return
        if self.archive is None:
            self.write(lambda: None)
            return
        self._push(_tr("add a question"), addition(self.archive, self.book, group, text))

    def delete(self, key: str) -> None:
        q = self.book.find(key)
        if q is None or not q.own or q.saved_id is None:
            return
        if self.archive is None:
            self.write(lambda: None)
            return
        self._push(_tr("delete a question"), deletion(self.archive, q))

    # ----- files -------------------------------------------------------------------------

    def import_file(self, path: Path) -> str:
        """Add the questions of a bank file that are not in the bank yet; say what happened.

        A broken file adds nothing and raises :class:`BankError` in plain words.
        """
        imported = read_bank_file(path)
        fresh = new_questions(self.book, imported)
        if not fresh:
            return _tr("Nothing to add: the bank already has every question in {name}.").format(
                name=path.name
            )
        archive = self.archive
        if archive is None:
            raise BankError(path.name, ErrorCode.ARCHIVE_CLOSED)
        try:
            added = archive.add_saved_questions(fresh)
        except Exception as exc:
            raise BankError(path.name, ErrorCode.NOT_ADDED, problem=exc) from exc

        # Already written: shown now, and the step's first redo is skipped; Ctrl+Z takes it
        # all back.
        self.reload()
        halves = import_halves(archive, added)
        push(
            self.undo_stack,
            _BankChange(self, _tr("import questions"), halves.do, halves.undo),
            done=True,
        )
        title = self.book.titles.get(imported.group, imported.group)
        return _tr("Added {n} question(s) to “{title}” from {name}.").format(
            n=len(added), title=title, name=path.name
        )

    def export_text(self, group: str, include_hidden: bool = False) -> str:
        bank = self.book.bank(group)
        questions = [q for q in self.book.group(group) if include_hidden or not q.hidden]
        return bank_file_text(group, bank.title, bank.purpose, questions)


# ----- dialogs (the window asks; the keeper does) ---------------------------------------------


def ask_edit(parent: QWidget, q: Question) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        _tr("Edit a question"),
        _tr("The question (the shipped wording stays available: type it back to undo):")
        if not q.own
        else _tr("Your question:"),
        text=q.text,
    )
    if not ok:
        return None
    return text[:MAX_QUESTION_CHARS]


def import_interactively(parent: QWidget, keeper: QuestionBankKeeper) -> None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        _tr("Import questions"),
        str(Path.home()),
        _tr("Question banks (*.toml);;All files (*)"),
    )
    if not path:
        return
    try:
        message = keeper.import_file(Path(path))
    except BankError as exc:
        QMessageBox.warning(
            parent,
            _tr("Nothing was imported"),
            _tr("{name} could not be imported, so nothing was added.\n\n{problem}").format(
                name=Path(path).name, problem=say(exc, origin=False)
            ),
        )
        return
    QMessageBox.information(parent, _tr("Import questions"), message)


def export_interactively(parent: QWidget, keeper: QuestionBankKeeper, group: str) -> None:
    titles = keeper.book.titles
    names = list(titles.values())
    groups = list(titles)
    current = groups.index(group) if group in groups else 0
    title, ok = QInputDialog.getItem(
        parent, _tr("Export questions"), _tr("Which group?"), names, current, False
    )
    if not ok:
        return
    chosen = groups[names.index(title)]
    path, _ = QFileDialog.getSaveFileName(
        parent,
        _tr("Export questions"),
        str(Path.home() / f"cocoach-questions-{chosen}.toml"),
        _tr("Question banks (*.toml)"),
    )
    if not path:
        return
    from cocoach_desktop.exchange.qt.export_files import save_atomically  # not for the first frame

    try:
        save_atomically(Path(path), keeper.export_text(chosen).encode("utf-8"))
    except OSError as exc:
        QMessageBox.warning(
            parent, _tr("Not exported"), _tr("The file could not be written: {r}").format(r=exc)
        )
