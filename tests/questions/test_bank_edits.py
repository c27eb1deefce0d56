"""The question bank's changes without a display or SQLite: each change is a pair of writes
to an in-memory archive, and undo gives back exactly what was there."""

from __future__ import annotations

from dataclasses import replace

from cocoach_desktop.domain.records import SavedQuestion
from cocoach_desktop.platform.resources import prompts_dir
from cocoach_desktop.questions.model.prompts import load_shipped, merge
from cocoach_desktop.questions.services.bank_edits import (
    addition,
    already_in,
    change,
    deletion,
    new_wording,
)


class MemoryQuestions:
    """The archive's saved questions in a dict: the questions port, nothing more."""

    def __init__(self) -> None:
        self.rows: dict[int, SavedQuestion] = {}
        self.next_id = 1

    def saved_questions(self) -> tuple[SavedQuestion, ...]:
        return tuple(self.rows.values())

    def save_question(
        self,
        group: str,
        text: str = "",
        *,
        shipped_id: str = "",
        starred: bool = False,
        hidden: bool = False,
        question_id: int | None = None,
    ) -> SavedQuestion:
        if question_id is None and shipped_id:
            question_id = next(
                (r.id for r in self.rows.values() if r.shipped_id == shipped_id), None
            )
        if question_id is None:
            question_id, self.next_id = self.next_id, self.next_id + 1
        row = SavedQuestion(question_id, group, text, shipped_id, starred, hidden)
        self.rows[question_id] = row
        return row

    def delete_saved_question(self, question_id: int) -> SavedQuestion | None:
        return self.rows.pop(question_id, None)

    def restore_saved_question(self, question: SavedQuestion) -> SavedQuestion:
        self.rows[question.id] = question
        return question

    def add_saved_questions(self, items):  # not needed here
        raise NotImplementedError


SHIPPED = load_shipped(prompts_dir())


def book(archive: MemoryQuestions):
    return merge(SHIPPED.banks, archive.saved_questions())


def test_starring_a_shipped_question_and_undoing_it_leaves_its_row_as_it_was() -> None:
    archive = MemoryQuestions()
    q = book(archive).group("goal")[0]
    halves = change(archive, q, starred=True)
    halves.do()
    assert book(archive).find(q.key).starred  # type: ignore[union-attr]
    halves.undo()
    again = book(archive).find(q.key)
    assert again is not None and not again.starred and again.text == q.text


def test_a_shipped_questions_own_words_come_back_as_no_text_of_its_own() -> None:
    q = book(MemoryQuestions()).group("goal")[0]
    assert new_wording(q, "  What   would help?  ") == "What would help?"
    assert new_wording(q, q.text) is None  # nothing changes
    assert new_wording(q, "   ") is None
    edited = replace(q, text="Another wording", edited=True)
    assert new_wording(edited, q.original) == ""  # the shipped words again: no own text


def test_ones_own_question_is_added_once_whatever_its_spacing_or_case() -> None:
    archive = MemoryQuestions()
    halves = addition(archive, book(archive), "goal", "What  matters most to you?")
    assert halves is not None
    halves.do()
    assert already_in(book(archive), "goal", "what matters most to YOU?")
    assert addition(archive, book(archive), "goal", "What matters most to you?") is None
    assert addition(archive, book(archive), "goal", "   ") is None


def test_undo_and_redo_of_an_addition_keep_the_same_row() -> None:
    archive = MemoryQuestions()
    halves = addition(archive, book(archive), "goal", "What matters most to you?")
    assert halves is not None
    halves.do()
    (row,) = archive.rows.values()
    halves.undo()
    assert archive.rows == {}
    halves.do()  # redo: the same row comes back, so later steps still find it
    assert list(archive.rows.values()) == [row]


def test_a_deleted_own_question_comes_back_as_itself_and_a_shipped_one_is_never_deleted() -> None:
    archive = MemoryQuestions()
    added = addition(archive, book(archive), "goal", "What matters most to you?")
    assert added is not None
    added.do()
    own = next(q for q in book(archive).group("goal") if q.own)
    halves = deletion(archive, own)
    assert halves is not None
    before = dict(archive.rows)
    halves.do()
    assert archive.rows == {}
    halves.undo()
    assert archive.rows == before
    shipped = next(q for q in book(archive).group("goal") if not q.own)
    assert deletion(archive, shipped) is None
