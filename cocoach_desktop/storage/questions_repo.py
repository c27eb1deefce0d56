"""The repository of the question bank’s saved questions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cocoach_desktop.domain.records import (
    SavedQuestion,
)
from cocoach_desktop.platform.problems import ErrorCode, RefusedError
from cocoach_desktop.storage.lookups import (
    free_id,
    kept_uid,
)
from cocoach_desktop.storage.models import (
    SavedQuestionRow,
)
from cocoach_desktop.storage.rows import (
    question_record,
)
from cocoach_desktop.storage.transactions import (
    NoChange,
    RecordNotFoundError,
    Repository,
)
from cocoach_desktop.storage.validation import (
    checked_question,
)


def shipped_row(s: Session, shipped_id: str) -> SavedQuestionRow | None:
    return s.scalars(
        select(SavedQuestionRow).where(SavedQuestionRow.shipped_id == shipped_id)
    ).one_or_none()


class QuestionsRepository(Repository):
    """The user’s own questions and their changes to shipped ones."""

    def saved_questions(self) -> tuple[SavedQuestion, ...]:
        """Every saved question and change to a shipped one, in the order they were added."""
        with self._read() as s:
            rows = s.scalars(select(SavedQuestionRow).order_by(SavedQuestionRow.id))
            return tuple(question_record(row) for row in rows)

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
        """Add a question, or change one: the row ``question_id``, else the row of ``shipped_id``.

        A shipped question has at most one row (its changes), so saving it again updates that
        row instead of adding another. An own question (no ``shipped_id``) needs words; a
        shipped one's ``text`` may be "" (it keeps the bank's words). Every field is set.
        """
        clean_group, clean_text, shipped = checked_question(group, text, shipped_id)
        now = self._now()
        with self._write() as s:
            row: SavedQuestionRow | None = None
            if question_id is not None:
                row = s.get(SavedQuestionRow, question_id)
                if row is None:
                    raise RecordNotFoundError(
                        ErrorCode.RECORD_GONE, "saved-question", id=question_id
                    )
            if shipped:
                other = shipped_row(s, shipped)
                if row is None:
                    row = other
                elif other is not None and other.id != row.id:
                    raise RefusedError(ErrorCode.SHIPPED_HAS_CHANGES, "question", shipped=shipped)
            if row is None:
                row = SavedQuestionRow(created=now)
                s.add(row)
            row.group = clean_group
            row.text = clean_text
            row.shipped_id = shipped
            row.starred = bool(starred)
            row.hidden = bool(hidden)
            row.updated = now
            s.flush()
            return question_record(row)

    def delete_saved_question(self, question_id: int) -> SavedQuestion | None:
        """Delete a saved question; return it (for undo), or None if it was already gone."""
        try:
            with self._write() as s:
                row = s.get(SavedQuestionRow, question_id)
                if row is None:
                    raise NoChange
                question = question_record(row)
                s.delete(row)
                return question
        except NoChange:
            return None

    def restore_saved_question(self, question: SavedQuestion) -> SavedQuestion:
        """Put back a deleted question (undo), under its old id while that is free.

        If its shipped question has been given a row again since, that row takes the
        restored values instead (a shipped question never has two rows).
        """
        q = question
        clean_group, clean_text, shipped = checked_question(q.group, q.text, q.shipped_id)
        now = self._now()
        with self._write() as s:
            row = shipped_row(s, shipped) if shipped else None
            if row is None:
                row = SavedQuestionRow(
                    id=free_id(s, SavedQuestionRow, q.id, True),
                    created=now,
                    **kept_uid(s, SavedQuestionRow, q.uid),
                )
                s.add(row)
            row.group = clean_group
            row.text = clean_text
            row.shipped_id = shipped
            row.starred = bool(q.starred)
            row.hidden = bool(q.hidden)
            row.updated = now
            s.flush()
            return question_record(row)

    def add_saved_questions(self, items: Iterable[tuple[str, str]]) -> tuple[SavedQuestion, ...]:
        """Add many own questions, (group, text) each, in one transaction: all or none.

        Every item is checked before anything is written; a bad one is named by its
        position ("Question 3: ..."). Returns what was added, so that it can be undone.
        """
        rows: list[dict[str, Any]] = []
        now = self._now()
        for position, (group, text) in enumerate(items, start=1):
            try:
                clean_group, clean_text, _ = checked_question(group, text, "")
            except ValueError as error:
                raise RefusedError(
                    ErrorCode.QUESTION_REFUSED, "question", position=position, problem=error
                ) from None
            rows.append(
                {
                    "group": clean_group,
                    "text": clean_text,
                    "shipped_id": "",
                    "starred": False,
                    "hidden": False,
                    "created": now,
                    "updated": now,
                }
            )
        if not rows:
            return ()
        with self._write() as s:
            # One bulk INSERT … RETURNING: a bank of hundreds of questions is one statement.
            added = s.scalars(insert(SavedQuestionRow).returning(SavedQuestionRow), rows).all()
            return tuple(question_record(row) for row in added)
