"""Rows turned into the frozen records of core.records before their ORM session closes."""

from __future__ import annotations

from cocoach_desktop.domain.records import (
    Commitment,
    CommitmentStatus,
    Note,
    SavedQuestion,
    TallyKind,
    TallyMark,
    TopicRecord,
    TopicStatus,
    Visibility,
)
from cocoach_desktop.storage.models import (
    CommitmentRow,
    NoteRow,
    SavedQuestionRow,
    TallyMarkRow,
    TopicRow,
)


def note_record(row: NoteRow) -> Note:
    return Note(
        id=row.id,
        session_id=row.session_id,
        text=row.text,
        visibility=Visibility(row.visibility),
        created=row.created,
        phase_index=row.phase_index,
        phase_name=row.phase_name,
        session_seconds=row.session_seconds,
        uid=row.uid,
    )


def commitment_record(row: CommitmentRow, person: str) -> Commitment:
    return Commitment(
        id=row.id,
        session_id=row.session_id,
        person=person,
        text=row.text,
        due=row.due,
        status=CommitmentStatus(row.status),
        follow_up=row.follow_up,
        created=row.created,
        uid=row.uid,
    )


def topic_record(row: TopicRow, person: str) -> TopicRecord:
    return TopicRecord(
        id=row.id,
        person=person,
        text=row.text,
        created=row.created,
        session_id=row.session_id,
        status=TopicStatus(row.status),
        taken_session_id=row.taken_session_id,
        uid=row.uid,
    )


def question_record(row: SavedQuestionRow) -> SavedQuestion:
    return SavedQuestion(
        id=row.id,
        group=row.group,
        text=row.text,
        shipped_id=row.shipped_id,
        starred=bool(row.starred),
        hidden=bool(row.hidden),
        uid=row.uid,
    )


def tally_record(row: TallyMarkRow) -> TallyMark:
    return TallyMark(
        id=row.id,
        session_id=row.session_id,
        kind=TallyKind(row.kind),
        session_seconds=row.session_seconds,
        phase_index=row.phase_index,
        created=row.created,
    )
