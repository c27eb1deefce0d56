"""Changes to the question bank as pairs of archive writes: the halves of one undo step.

Plain Python over the archive's questions port, so every rule (a shipped question's own
words coming back, no duplicate in a group, a delete put back as itself) is tested without
a display or SQLite; the Qt keeper words each step and puts it on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from cocoach_desktop.domain.ports.questions import QuestionsPort
from cocoach_desktop.domain.records import SavedQuestion
from cocoach_desktop.questions.model.question import Question
from cocoach_desktop.questions.model.question_book import QuestionBook

Write = Callable[[], object]


@dataclass(frozen=True)
class Halves:
    """The two writes of one change: ``do`` makes it, ``undo`` takes it back."""

    do: Write
    undo: Write


@dataclass(frozen=True)
class RowState:
    """What the archive row for a question holds (a shipped one may have no row yet)."""

    group: str
    text: str  # "" for a shipped question in its own words
    shipped_id: str
    starred: bool
    hidden: bool
    question_id: int | None  # the row of one's own question; None for a shipped one

    @classmethod
    def of(cls, q: Question) -> RowState:
        return cls(
            q.group,
            q.text if (q.own or q.edited) else "",
            q.shipped_id,
            q.starred,
            q.hidden,
            q.saved_id if q.own else None,
        )


def _save(archive: QuestionsPort, state: RowState) -> Write:
    def run() -> object:
        return archive.save_question(
            state.group,
            state.text,
            shipped_id=state.shipped_id,
            starred=state.starred,
            hidden=state.hidden,
            question_id=state.question_id,
        )

    return run


def change(archive: QuestionsPort, q: Question, **after: object) -> Halves:
    """Star, hide or reword ``q``; undo writes its row back as it was."""
    before = RowState.of(q)
    return Halves(_save(archive, replace(before, **after)), _save(archive, before))  # type: ignore[arg-type]


def new_wording(q: Question, text: str) -> str | None:
    """The text to keep for ``q`` typed as ``text``: None when nothing changes; "" when a
    shipped question's own words come back (its row then holds no text of its own)."""
    text = " ".join(text.split())
    if not text or text == q.text:
        return None
    if not q.own and text == q.original:
        return ""
    return text


def already_in(book: QuestionBook, group: str, text: str) -> bool:
    """``text`` is in ``group`` already, whatever its spacing or case."""
    existing = {" ".join(q.text.split()).casefold() for q in book.group(group)}
    return " ".join(text.split()).casefold() in existing


def addition(archive: QuestionsPort, book: QuestionBook, group: str, text: str) -> Halves | None:
    """One's own question added to ``group``; None when it is blank or already there.
    Redo puts back the same row, so later steps find it."""
    text = " ".join(text.split())
    if not text or already_in(book, group, text):
        return None
    added: list[SavedQuestion] = []

    def do() -> None:
        if added:
            archive.restore_saved_question(added[0])
        else:
            added.append(archive.save_question(group, text))

    def undo() -> None:
        if added:
            archive.delete_saved_question(added[0].id)

    return Halves(do, undo)


def deletion(archive: QuestionsPort, q: Question) -> Halves | None:
    """One's own question deleted (a shipped one is hidden, never deleted): None if not own."""
    if not q.own or q.saved_id is None:
        return None
    saved_id = q.saved_id
    gone: list[SavedQuestion] = []

    def do() -> None:
        removed = archive.delete_saved_question(saved_id)
        if removed is not None:
            gone[:] = [removed]

    def undo() -> None:
        if gone:
            archive.restore_saved_question(gone[0])

    return Halves(do, undo)


def import_halves(archive: QuestionsPort, added: Sequence[SavedQuestion]) -> Halves:
    """Questions already added by an import: redo puts them back, undo takes them all out."""

    def again() -> None:
        for question in added:
            archive.restore_saved_question(question)

    def take_back() -> None:
        for question in added:
            archive.delete_saved_question(question.id)

    return Halves(again, take_back)
