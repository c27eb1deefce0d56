"""Port of the question bank's saved questions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from cocoach_desktop.domain.records import (
    SavedQuestion,
)


@runtime_checkable
class QuestionsPort(Protocol):
    """The user's own questions and their changes to shipped ones."""

    def saved_questions(self) -> tuple[SavedQuestion, ...]:
        """Every saved question and change to a shipped one, in the order they were added."""
        ...

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
        """Add a question, or change one (the row ``question_id``, else ``shipped_id``'s)."""
        ...

    def delete_saved_question(self, question_id: int) -> SavedQuestion | None:
        """Delete a saved question; return it (for undo), or None if it was already gone."""
        ...

    def restore_saved_question(self, question: SavedQuestion) -> SavedQuestion:
        """Put back a deleted question (undo), under its old id while that is free."""
        ...

    def add_saved_questions(self, items: Iterable[tuple[str, str]]) -> tuple[SavedQuestion, ...]:
        """Add many own questions, (group, text) each, in one transaction: all or none."""
        ...
