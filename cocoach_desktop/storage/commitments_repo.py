"""The repository of the commitments people make in sessions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from cocoach_desktop.domain.records import (
    Commitment,
    CommitmentStatus,
    name_key,
)
from cocoach_desktop.platform.problems import ErrorCode
from cocoach_desktop.storage.lookups import (
    find_person,
    free_id,
    kept_uid,
    person_row,
    session_row,
)
from cocoach_desktop.storage.models import (
    CommitmentRow,
    PersonRow,
)
from cocoach_desktop.storage.rows import (
    commitment_record,
)
from cocoach_desktop.storage.transactions import (
    RecordNotFoundError,
    Repository,
)
from cocoach_desktop.storage.validation import (
    aware,
    checked_name,
    checked_text,
)


class CommitmentsRepository(Repository):
    """Commitments: added, changed, deleted, put back; the open ones."""

    def add_commitment(
        self,
        session_id: int,
        person: str,
        text: str,
        created: datetime,
        due: date | None = None,
    ) -> Commitment:
        clean = checked_text(text, "commitment")
        name = checked_name(person, "committer")
        aware(created, "the-commitment-time")
        with self._write() as s:
            session_row(s, session_id)
            person_row = find_person(s, name)
            assert person_row is not None
            row = CommitmentRow(
                session_id=session_id,
                person_id=person_row.id,
                text=clean,
                due=due,
                status=CommitmentStatus.OPEN.value,
                follow_up="",
                created=created,
            )
            s.add(row)
            s.flush()
            return commitment_record(row, person_row.name)

    def restore_commitment(self, commitment: Commitment) -> Commitment:
        """Put back a deleted commitment whole (undo), under its old id while that is free."""
        c = commitment
        clean = checked_text(c.text, "commitment")
        name = checked_name(c.person, "committer")
        created = c.created
        if created is not None:
            aware(created, "the-commitment-time")
        with self._write() as s:
            session_row(s, c.session_id)
            person_row = find_person(s, name)
            assert person_row is not None
            row = CommitmentRow(
                id=free_id(s, CommitmentRow, c.id, True),
                **kept_uid(s, CommitmentRow, c.uid),
                session_id=c.session_id,
                person_id=person_row.id,
                text=clean,
                due=c.due,
                status=CommitmentStatus(c.status).value,
                follow_up=c.follow_up,
                created=created,
            )
            s.add(row)
            s.flush()
            return commitment_record(row, person_row.name)

    def update_commitment(
        self,
        commitment_id: int,
        text: str,
        due: date | None,
        status: CommitmentStatus,
        follow_up: str,
    ) -> Commitment:
        clean = checked_text(text, "commitment")
        follow = checked_text(follow_up, "follow-up", blank_ok=True)
        with self._write() as s:
            row = s.get(CommitmentRow, commitment_id)
            if row is None:
                raise RecordNotFoundError(ErrorCode.RECORD_GONE, "commitment", id=commitment_id)
            row.text = clean
            row.due = due
            row.status = CommitmentStatus(status).value
            row.follow_up = follow
            s.flush()
            return commitment_record(row, person_row(s, row.person_id).name)

    def delete_commitment(self, commitment_id: int) -> None:
        with self._write() as s:
            row = s.get(CommitmentRow, commitment_id)
            if row is None:
                raise RecordNotFoundError(ErrorCode.RECORD_GONE, "commitment", id=commitment_id)
            s.delete(row)

    def open_commitments(self, person: str = "") -> list[Commitment]:
        """Open commitments, oldest first; only ``person``'s (any case) if given."""
        with self._read() as s:
            query = (
                select(CommitmentRow, PersonRow.name)
                .join(PersonRow, PersonRow.id == CommitmentRow.person_id)
                .where(CommitmentRow.status == CommitmentStatus.OPEN.value)
                .order_by(CommitmentRow.created, CommitmentRow.id)
            )
            if person.strip():
                query = query.where(PersonRow.key == name_key(person))
            return [commitment_record(row, name) for row, name in s.execute(query)]
