"""Reading sessions inside a transaction: the list's filter and pages, whole sessions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, String, cast, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from cocoach_desktop.domain.ports.sessions import Cancelled, Progress
from cocoach_desktop.domain.records import (
    Commitment,
    Note,
    Participant,
    PhaseRecord,
    Role,
    SessionDetail,
    SessionFilter,
    SessionStatus,
    SessionSummary,
    SortKey,
    TallyMark,
    TopicRecord,
    name_key,
)
from cocoach_desktop.platform.problems import ErrorCode
from cocoach_desktop.storage.lookups import chunks, topics_where
from cocoach_desktop.storage.models import (
    CommitmentRow,
    EventRow,
    GroupRow,
    NoteRow,
    ParticipantRow,
    PersonRow,
    PhaseRow,
    SessionRow,
    SessionTagRow,
    TagRow,
    TallyMarkRow,
    TopicRow,
)
from cocoach_desktop.storage.rows import commitment_record, note_record, tally_record
from cocoach_desktop.storage.transactions import CancelledByUserError
from cocoach_desktop.storage.validation import local_midnight
from cocoach_desktop.timer.model.session import EventKind, SessionEvent


def conditions(where: SessionFilter | None) -> list[ColumnElement[bool]]:
    """SessionFilter as SQL conditions on ``sessions``, each served by an index."""
    if where is None:
        return []
    out: list[ColumnElement[bool]] = []
    if where.date_from is not None:
        out.append(SessionRow.started >= local_midnight(where.date_from))
    if where.date_to is not None:
        out.append(SessionRow.started < local_midnight(where.date_to + timedelta(days=1)))
    if where.person.strip():
        key = name_key(where.person)
        out.append(
            SessionRow.id.in_(
                select(ParticipantRow.session_id)
                .join(PersonRow, PersonRow.id == ParticipantRow.person_id)
                .where(PersonRow.key == key)
            )
        )
    if where.group.strip():
        key = name_key(where.group)
        out.append(SessionRow.group_id.in_(select(GroupRow.id).where(GroupRow.key == key)))
    if where.protocol_id:
        out.append(SessionRow.protocol_id == where.protocol_id)
    if where.tag.strip():
        key = name_key(where.tag)
        out.append(
            SessionRow.id.in_(
                select(SessionTagRow.session_id)
                .join(TagRow, TagRow.id == SessionTagRow.tag_id)
                .where(TagRow.key == key)
            )
        )
    if where.status is not None:
        out.append(SessionRow.status == SessionStatus(where.status).value)
    return out


SEP = "\x1f"  # joins names in aggregate_strings; names never hold it (whitespace is normalised)
# Added to a coachee's position before it is turned into text: every position then has the
# same number of digits, so sorting the joined texts puts the coachees back in their order.
POSITION_BASE = 1_000_000
_DIGITS = len(str(POSITION_BASE))


def coachee_names(
    session_id: ColumnElement[Any] | InstrumentedAttribute[int],
) -> ScalarSelect[Any]:
    """The coachees of ``session_id`` (a column) as one text, for :func:`split_names`.

    Position + name, so the coachees come back in the order they were given (the order of
    an aggregated string is not defined); aggregate_strings is SQLAlchemy's portable
    group_concat / string_agg.
    """
    position = cast(ParticipantRow.position + POSITION_BASE, String)
    return (
        select(func.aggregate_strings(position + PersonRow.name, SEP))
        .select_from(ParticipantRow)
        .join(PersonRow, PersonRow.id == ParticipantRow.person_id)
        .where(
            ParticipantRow.session_id == session_id,
            ParticipantRow.role == Role.COACHEE.value,
        )
        .scalar_subquery()
    )


def split_names(joined: str | None) -> tuple[str, ...]:
    """What :func:`coachee_names` joined, in the order given."""
    names = sorted(joined.split(SEP)) if joined else []
    return tuple(n[_DIGITS:] for n in names)


def summaries(
    s: Session,
    where: Sequence[ColumnElement[bool]],
    sort: SortKey = SortKey.STARTED,
    descending: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> list[SessionSummary]:
    """One query: a page of sessions with their group, coachees and tags.

    The page is chosen first in a subquery that holds only the sort keys, so the
    coachee and tag subqueries run for the page's rows, not for every session sorted.
    """
    orders: dict[SortKey, list[Any]] = {
        SortKey.STARTED: [SessionRow.started],
        SortKey.GROUP: [GroupRow.key, SessionRow.started],
        SortKey.COACHEE: [SessionRow.coachee_key, SessionRow.started],
        SortKey.PROTOCOL: [SessionRow.protocol_name, SessionRow.started],
        SortKey.DURATION: [SessionRow.actual_seconds],
    }
    # The id last: a stable order, so paging never repeats or skips a row.
    keys = [*orders[SortKey(sort)], SessionRow.id]
    labelled = [k.label(f"k{i}") for i, k in enumerate(keys)]
    page_query = (
        select(*labelled)
        .select_from(SessionRow)
        .outerjoin(GroupRow, GroupRow.id == SessionRow.group_id)
        .where(*where)
        .order_by(*(k.desc() if descending else k.asc() for k in keys))
    )
    if limit is not None:
        page_query = page_query.limit(max(limit, 0))
    if offset > 0:
        page_query = page_query.offset(offset)
    page = page_query.subquery("page")
    page_keys = [page.c[f"k{i}"] for i in range(len(keys))]
    page_id = page_keys[-1]
    coachees = coachee_names(page_id)
    tags = (
        select(func.aggregate_strings(TagRow.name, SEP))
        .select_from(TagRow)
        .join(SessionTagRow, SessionTagRow.tag_id == TagRow.id)
        .where(SessionTagRow.session_id == page_id)
        .scalar_subquery()
    )
    query = (
        select(
            SessionRow.id,
            SessionRow.started,
            SessionRow.ended,
            SessionRow.status,
            SessionRow.protocol_id,
            SessionRow.protocol_name,
            SessionRow.mode,
            SessionRow.planned_seconds,
            SessionRow.actual_seconds,
            GroupRow.name,
            coachees,
            tags,
            SessionRow.uid,
        )
        .select_from(page)
        .join(SessionRow, SessionRow.id == page_id)
        .outerjoin(GroupRow, GroupRow.id == SessionRow.group_id)
        .order_by(*(k.desc() if descending else k.asc() for k in page_keys))
    )
    out: list[SessionSummary] = []
    for row in s.execute(query):
        (sid, started, ended, status, pid, pname, mode, planned, actual, group, co, tg, uid) = row
        out.append(
            SessionSummary(
                id=sid,
                started=started,
                ended=ended,
                status=SessionStatus(status),
                protocol_id=pid,
                protocol_name=pname,
                mode=mode,
                planned_seconds=planned,
                actual_seconds=actual,
                group=group or "",
                coachees=split_names(co),
                tags=tuple(sorted(tg.split(SEP), key=name_key)) if tg else (),
                uid=uid,
            )
        )
    return out


def details_of(
    s: Session,
    ids: Sequence[int],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[SessionDetail]:
    """Whole sessions, in the order of ``ids``; each child table read once per chunk.

    ``progress(done, total)`` is told after each chunk; ``cancelled()`` is asked before
    each (CancelledByUserError: an export then writes no file).
    """
    out: list[SessionDetail] = []
    for chunk in chunks(list(ids)):
        if cancelled is not None and cancelled():
            raise CancelledByUserError(ErrorCode.EXPORT_CANCELLED)
        if progress is not None:
            progress(len(out), len(ids))
        found = {x.id: x for x in summaries(s, [SessionRow.id.in_(chunk)], limit=None)}
        parts: dict[int, list[Participant]] = {}
        for sid, name, role in s.execute(
            select(ParticipantRow.session_id, PersonRow.name, ParticipantRow.role)
            .join(PersonRow, PersonRow.id == ParticipantRow.person_id)
            .where(ParticipantRow.session_id.in_(chunk))
            .order_by(ParticipantRow.session_id, ParticipantRow.position, ParticipantRow.id)
        ):
            parts.setdefault(sid, []).append(Participant(name, Role(role)))
        phases: dict[int, list[PhaseRecord]] = {}
        for p in s.scalars(
            select(PhaseRow)
            .where(PhaseRow.session_id.in_(chunk))
            .order_by(PhaseRow.session_id, PhaseRow.idx)
        ):
            phases.setdefault(p.session_id, []).append(
                PhaseRecord(
                    p.idx, p.name, p.planned_seconds, p.actual_seconds, p.speaker, p.coachee
                )
            )
        events: dict[int, list[SessionEvent]] = {}
        for e in s.scalars(
            select(EventRow).where(EventRow.session_id.in_(chunk)).order_by(EventRow.id)
        ):
            events.setdefault(e.session_id, []).append(
                SessionEvent(EventKind(e.kind), e.phase_index, e.monotonic, e.wall, e.seconds)
            )
        notes: dict[int, list[Note]] = {}
        for n in s.scalars(
            select(NoteRow).where(NoteRow.session_id.in_(chunk)).order_by(NoteRow.id)
        ):
            notes.setdefault(n.session_id, []).append(note_record(n))
        commitments: dict[int, list[Commitment]] = {}
        for c, name in s.execute(
            select(CommitmentRow, PersonRow.name)
            .join(PersonRow, PersonRow.id == CommitmentRow.person_id)
            .where(CommitmentRow.session_id.in_(chunk))
            .order_by(CommitmentRow.id)
        ):
            commitments.setdefault(c.session_id, []).append(commitment_record(c, name))
        topics: dict[int, list[TopicRecord]] = {}
        for t in topics_where(s, TopicRow.session_id.in_(chunk)):
            assert t.session_id is not None
            topics.setdefault(t.session_id, []).append(t)
        dealt: dict[int, list[TopicRecord]] = {}
        for t in topics_where(s, TopicRow.taken_session_id.in_(chunk)):
            assert t.taken_session_id is not None
            dealt.setdefault(t.taken_session_id, []).append(t)
        tally: dict[int, list[TallyMark]] = {}
        for m in s.scalars(
            select(TallyMarkRow).where(TallyMarkRow.session_id.in_(chunk)).order_by(TallyMarkRow.id)
        ):
            tally.setdefault(m.session_id, []).append(tally_record(m))
        for sid in chunk:
            if sid not in found:
                continue
            out.append(
                SessionDetail(
                    summary=found[sid],
                    participants=tuple(parts.get(sid, ())),
                    phases=tuple(phases.get(sid, ())),
                    events=tuple(events.get(sid, ())),
                    notes=tuple(notes.get(sid, ())),
                    commitments=tuple(commitments.get(sid, ())),
                    topics=tuple(topics.get(sid, ())),
                    tally=tuple(tally.get(sid, ())),
                    dealt_topics=tuple(dealt.get(sid, ())),
                )
            )
    if progress is not None:
        progress(len(ids), len(ids))
    return out
