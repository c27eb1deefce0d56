"""Writing a session's parts inside a transaction: phases, people, tags, a whole session."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from cocoach_desktop.domain.records import (
    CommitmentStatus,
    Participant,
    PhaseRecord,
    Role,
    SessionDetail,
    SessionStatus,
    TallyKind,
    TallyMark,
    TopicRecord,
    TopicStatus,
    Visibility,
    name_key,
)
from cocoach_desktop.setup.model.topics import MAX_TOPIC_CHARS
from cocoach_desktop.storage.lookups import (
    chunks,
    free_id,
    group_id_of,
    kept_uid,
    person_id_of,
    tag_ids,
)
from cocoach_desktop.storage.models import (
    CommitmentRow,
    EventRow,
    NoteRow,
    ParticipantRow,
    PhaseRow,
    SessionRow,
    SessionTagRow,
    TallyMarkRow,
    TopicRow,
)
from cocoach_desktop.storage.validation import checked_name, checked_text
from cocoach_desktop.timer.model.session import EventKind, SessionEvent


def replace_participants(s: Session, session_id: int, participants: Sequence[Participant]) -> None:
    s.execute(delete(ParticipantRow).where(ParticipantRow.session_id == session_id))
    coachees = [p.name for p in participants if Role(p.role) is Role.COACHEE]
    first = name_key(checked_name(coachees[0])) if coachees else ""
    s.execute(update(SessionRow).where(SessionRow.id == session_id).values(coachee_key=first))
    seen: set[tuple[int, str]] = set()
    for position, p in enumerate(participants):
        person_id = person_id_of(s, p.name)
        role = Role(p.role).value
        if (person_id, role) in seen:
            continue  # the same person twice in the same role: once is enough
        seen.add((person_id, role))
        s.add(
            ParticipantRow(session_id=session_id, person_id=person_id, role=role, position=position)
        )


def replace_tags(s: Session, session_id: int, tags: Sequence[str]) -> None:
    s.execute(delete(SessionTagRow).where(SessionTagRow.session_id == session_id))
    for tag_id in tag_ids(s, tags):
        s.add(SessionTagRow(session_id=session_id, tag_id=tag_id))


def add_phases(s: Session, session_id: int, phases: Sequence[PhaseRecord]) -> None:
    for p in phases:
        s.add(
            PhaseRow(
                session_id=session_id,
                idx=p.index,
                name=p.name,
                speaker=p.speaker,
                coachee=p.coachee,
                planned_seconds=float(p.planned_seconds),
                actual_seconds=float(p.actual_seconds),
            )
        )


def add_events(s: Session, session_id: int, events: Sequence[SessionEvent]) -> None:
    s.add_all(
        EventRow(
            session_id=session_id,
            kind=EventKind(e.kind).value,
            phase_index=e.phase_index,
            monotonic=e.monotonic,
            wall=e.wall,
            seconds=e.seconds,
        )
        for e in events
    )


def set_actual(
    s: Session, row: SessionRow, actual: Sequence[float], only: int | None = None
) -> None:
    for index, seconds in enumerate(actual):
        if only is not None and index != only:
            continue
        s.execute(
            update(PhaseRow)
            .where(PhaseRow.session_id == row.id, PhaseRow.idx == index)
            .values(actual_seconds=float(seconds))
        )
    row.actual_seconds = float(sum(actual))


def insert_detail(s: Session, detail: SessionDetail, keep_ids: bool) -> int:
    summary = detail.summary
    row = SessionRow(
        id=free_id(s, SessionRow, summary.id, keep_ids),
        **kept_uid(s, SessionRow, summary.uid),
        protocol_id=summary.protocol_id,
        protocol_name=summary.protocol_name,
        mode=summary.mode,
        planned_seconds=int(summary.planned_seconds),
        actual_seconds=float(summary.actual_seconds),
        started=summary.started,
        ended=summary.ended,
        status=SessionStatus(summary.status).value,
        group_id=group_id_of(s, summary.group),
    )
    s.add(row)
    s.flush()
    sid = row.id
    add_phases(s, sid, detail.phases)
    replace_participants(s, sid, detail.participants)
    replace_tags(s, sid, summary.tags)
    add_events(s, sid, detail.events)
    for n in detail.notes:
        s.add(
            NoteRow(
                id=free_id(s, NoteRow, n.id, keep_ids),
                **kept_uid(s, NoteRow, n.uid),
                session_id=sid,
                text=checked_text(n.text, "note"),
                visibility=Visibility(n.visibility).value,
                created=n.created,
                phase_index=n.phase_index,
                phase_name=n.phase_name,
                session_seconds=float(n.session_seconds),
            )
        )
        if keep_ids:
            s.flush()  # one at a time: the next _free_id must see this one
    for c in detail.commitments:
        s.add(
            CommitmentRow(
                id=free_id(s, CommitmentRow, c.id, keep_ids),
                **kept_uid(s, CommitmentRow, c.uid),
                session_id=sid,
                person_id=person_id_of(s, c.person),
                text=checked_text(c.text, "commitment"),
                due=c.due,
                status=CommitmentStatus(c.status).value,
                follow_up=checked_text(c.follow_up, "follow-up", blank_ok=True),
                created=c.created,
            )
        )
        if keep_ids:
            s.flush()
    if keep_ids:  # a restore: topics come back linked (an import adds them after)
        for t in detail.topics:
            taken_in = sid if t.taken_session_id == summary.id else t.taken_session_id
            insert_topic(s, t, sid, taken_in, keep=True)
        for t in detail.dealt_topics:
            relink_dealt(s, t, sid)
    insert_tally(s, sid, detail.tally, keep_ids)
    return sid


def relink_dealt(s: Session, t: TopicRecord, session_id: int) -> None:
    """Deleting the session that dealt with a topic unlinked it: link it again."""
    existing = s.get(TopicRow, t.id)
    if existing is not None and existing.taken_session_id is None:
        existing.taken_session_id = session_id


def insert_tally(s: Session, session_id: int, marks: Sequence[TallyMark], keep_ids: bool) -> None:
    """A session's marks, under their old ids only if every one of them is free.

    Marks are ordered by id: keeping some ids and not others would put the renumbered
    marks after the kept ones. New ids, all taken in order, keep the order instead.
    """
    wanted = [m.id for m in marks]
    keep = keep_ids and bool(wanted) and all(i > 0 for i in wanted)
    keep = keep and len(set(wanted)) == len(wanted)
    if keep:
        for chunk in chunks(wanted):
            taken = select(TallyMarkRow.id).where(TallyMarkRow.id.in_(chunk)).limit(1)
            if s.scalar(taken) is not None:
                keep = False
                break
    s.add_all(
        TallyMarkRow(
            id=m.id if keep else None,
            session_id=session_id,
            kind=TallyKind(m.kind).value,
            session_seconds=float(m.session_seconds),
            phase_index=m.phase_index,
            created=m.created,
        )
        for m in marks
    )


def insert_topic(
    s: Session,
    t: TopicRecord,
    session_id: int | None,
    taken_session_id: int | None,
    keep: bool,
) -> None:
    if keep:
        existing = s.get(TopicRow, t.id)
        if existing is not None:
            if existing.session_id is None:
                # Deleting the session left the topic in place: just link it again.
                existing.session_id = session_id
            return
    if taken_session_id is not None and s.get(SessionRow, taken_session_id) is None:
        taken_session_id = None
    s.add(
        TopicRow(
            id=free_id(s, TopicRow, t.id, keep),
            **kept_uid(s, TopicRow, t.uid),
            person_id=person_id_of(s, t.person),
            text=checked_text(t.text, "topic", MAX_TOPIC_CHARS),
            created=t.created,
            session_id=session_id,
            status=TopicStatus(t.status).value,
            taken_session_id=taken_session_id,
        )
    )
    s.flush()
