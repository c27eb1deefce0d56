"""The repository of people and teams."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from cocoach_desktop.domain.records import (
    CommitmentStatus,
    DeletionPreview,
    Person,
    PersonPage,
    Role,
    name_key,
)
from cocoach_desktop.storage.lookups import (
    chunks,
    person_row,
    topics_where,
)
from cocoach_desktop.storage.models import (
    CommitmentRow,
    GroupRow,
    NoteRow,
    ParticipantRow,
    PersonRow,
    PhaseRow,
    SessionRow,
    TopicRow,
)
from cocoach_desktop.storage.rows import (
    commitment_record,
)
from cocoach_desktop.storage.session_reads import summaries
from cocoach_desktop.storage.transactions import (
    Repository,
)


def preview_of(s: Session, person_id: int) -> tuple[DeletionPreview, list[int]]:
    """What deleting a person removes, and the ids of their coachee sessions."""
    person = person_row(s, person_id)
    coached = list(
        s.scalars(
            select(ParticipantRow.session_id)
            .where(
                ParticipantRow.person_id == person_id,
                ParticipantRow.role == Role.COACHEE.value,
            )
            .distinct()
        )
    )
    attended = set(
        s.scalars(select(ParticipantRow.session_id).where(ParticipantRow.person_id == person_id))
    )
    notes = s.scalar(
        select(func.count()).select_from(NoteRow).where(NoteRow.session_id.in_(coached))
    )
    # Theirs anywhere, plus anyone's made in the sessions that go: each counted once.
    commitments = s.scalar(
        select(func.count())
        .select_from(CommitmentRow)
        .where((CommitmentRow.person_id == person_id) | CommitmentRow.session_id.in_(coached))
    )
    topics = s.scalar(
        select(func.count()).select_from(TopicRow).where(TopicRow.person_id == person_id)
    )
    preview = DeletionPreview(
        person=Person(person.id, person.name),
        sessions_as_coachee=len(coached),
        participations=len(attended - set(coached)),
        notes=int(notes or 0),
        commitments=int(commitments or 0),
        topics=int(topics or 0),
    )
    return preview, coached


class PeopleRepository(Repository):
    """People and teams: found, listed, a person’s page, deleted with all about them."""

    def person_named(self, name: str) -> Person | None:
        """The person ``name`` means (any case or spacing), found by the key's index."""
        with self._read() as s:
            row = s.execute(
                select(PersonRow.id, PersonRow.name).where(PersonRow.key == name_key(name))
            ).one_or_none()
            return None if row is None else Person(row[0], row[1])

    def people(self) -> list[Person]:
        with self._read() as s:
            rows = s.execute(select(PersonRow.id, PersonRow.name).order_by(PersonRow.key))
            return [Person(pid, name) for pid, name in rows]

    def groups(self) -> list[str]:
        with self._read() as s:
            return list(s.scalars(select(GroupRow.name).order_by(GroupRow.key)))

    def person_page(self, person_id: int) -> PersonPage:
        with self._read() as s:
            person = person_row(s, person_id)
            as_coachee = select(ParticipantRow.session_id).where(
                ParticipantRow.person_id == person_id, ParticipantRow.role == Role.COACHEE.value
            )
            attended = select(ParticipantRow.session_id).where(
                ParticipantRow.person_id == person_id
            )
            return PersonPage(
                person=Person(person.id, person.name),
                as_coachee=tuple(summaries(s, [SessionRow.id.in_(as_coachee)], limit=None)),
                as_coach=tuple(
                    summaries(
                        s,
                        [SessionRow.id.in_(attended), SessionRow.id.not_in(as_coachee)],
                        limit=None,
                    )
                ),
                open_commitments=tuple(
                    commitment_record(row, person.name)
                    for row in s.scalars(
                        select(CommitmentRow)
                        .where(
                            CommitmentRow.person_id == person_id,
                            CommitmentRow.status == CommitmentStatus.OPEN.value,
                        )
                        .order_by(CommitmentRow.created, CommitmentRow.id)
                    )
                ),
                topics=tuple(topics_where(s, TopicRow.person_id == person_id)),
            )

    def deletion_preview(self, person_id: int) -> DeletionPreview:
        with self._read() as s:
            return preview_of(s, person_id)[0]

    def delete_person(self, person_id: int) -> DeletionPreview:
        """Delete a person and everything about them (see DeletionPreview); return what went."""
        with self._write() as s:
            preview, coached = preview_of(s, person_id)
            key = name_key(preview.person.name)
            # Their name also stands in other sessions' phases (speaker, coachee): blank it.
            attended = select(ParticipantRow.session_id).where(
                ParticipantRow.person_id == person_id
            )
            for phase in s.scalars(select(PhaseRow).where(PhaseRow.session_id.in_(attended))):
                if name_key(phase.speaker) == key:
                    phase.speaker = ""
                if name_key(phase.coachee) == key:
                    phase.coachee = ""
            s.flush()
            for chunk in chunks(coached):
                s.execute(delete(SessionRow).where(SessionRow.id.in_(chunk)))
            # The foreign keys cascade: their commitments, topics and participations go too.
            s.execute(delete(PersonRow).where(PersonRow.id == person_id))
            return preview
