"""The archive's operations: plain records in, plain records out; SQLAlchemy stays inside.

Every method is one transaction on its own ORM session; rows never leave: they are turned
into the frozen records of ``cocoach_desktop.core.records`` before the session closes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Integer,
    ScalarSelect,
    String,
    case,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from cocoach_desktop.core import limits
from cocoach_desktop.core.clock import utc_now
from cocoach_desktop.core.exchange import text_problems
from cocoach_desktop.core.records import (
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    MAX_QUESTION_CHARS,
    MAX_TAG_CHARS,
    Checkpoint,
    Commitment,
    CommitmentStatus,
    DeletionPreview,
    NewSession,
    Note,
    Participant,
    Person,
    PersonPage,
    PhaseRecord,
    Role,
    SavedQuestion,
    SearchHit,
    SessionDetail,
    SessionFilter,
    SessionStatus,
    SessionSummary,
    SortKey,
    TallyCounts,
    TallyKind,
    TallyMark,
    TallyPoint,
    TopicRecord,
    TopicStatus,
    Visibility,
    clean_name,
    name_key,
)
from cocoach_desktop.core.session import EventKind, SessionEvent
from cocoach_desktop.core.topics import MAX_TOPIC_CHARS
from cocoach_desktop.storage import search as fts
from cocoach_desktop.storage.models import (
    CommitmentRow,
    EventRow,
    GroupRow,
    Meta,
    NoteRow,
    ParticipantRow,
    PersonRow,
    PhaseRow,
    SavedQuestionRow,
    SessionRow,
    SessionTagRow,
    TagRow,
    TallyMarkRow,
    TopicRow,
)

DATA_VERSION = "data_version"
_SEP = "\x1f"  # joins names in group_concat; names never hold it (whitespace is normalised)
_CHUNK = 500  # ids per IN (...) when loading many sessions (SQLite's variable limit is higher)

# A coaching question is one sentence to read out; a pasted paragraph is a mistake.
# A question's group (the bank's heading) and a shipped question's id are short labels.
MAX_QUESTION_GROUP_CHARS = limits.QUESTION_GROUP_CHARS
MAX_SHIPPED_ID_CHARS = limits.SHIPPED_ID_CHARS
# Larger is a mistake (as in exports): far beyond any session, and beyond a float's precision.
MAX_TALLY_SECONDS = limits.MAX_SECONDS


class ArchiveWriteError(OSError):
    """The archive could not be read or written (disk full, locked, damaged), in plain words."""


def _plain_fault(error: DBAPIError) -> ArchiveWriteError:
    """SQLite's message (with SQL and a web link) turned into words for the facilitator."""
    detail = str(error.orig if error.orig is not None else error).lower()
    if "full" in detail:
        reason = "the disk is full; free some space"
    elif "readonly" in detail or "read-only" in detail:
        reason = "the archive file or its folder has become read-only"
    elif "locked" in detail or "busy" in detail:
        reason = "another program is holding the archive; try again in a moment"
    elif "malformed" in detail or "not a database" in detail or "corrupt" in detail:
        reason = "the archive file is damaged; restart the app to restore a backup"
    elif "disk i/o" in detail or "unable to open" in detail:
        reason = "the disk could not be read or written (was a drive removed?)"
    else:
        reason = str(error.orig if error.orig is not None else error).split("\n")[0]
    return ArchiveWriteError(f"The archive could not be used: {reason}.")


class RecordNotFoundError(LookupError):
    """The session, note, commitment, topic or person no longer exists."""


class CancelledByUserError(Exception):
    """An import or export the user cancelled; ``str()`` says that nothing was kept."""


# A long job reports ``progress(done, total)`` and stops when ``cancelled()`` says so.
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


# ----- validation: plain messages, raised before anything is written ---------------------------


def _refuse(value: str, what: str, *, limit: int, blank: bool, name: bool) -> None:
    """Refuse what the core's one validator refuses (``text_problems``, which ``import
    --check`` and the import run too), in its words: "A note is blank."."""
    problems = text_problems(value, limit=limit, blank=blank, name=name)
    if problems:
        raise ValueError(f"{what} {'; '.join(problems)}.")


def _clean_name(value: str, what: str = "A name", limit: int = MAX_NAME_CHARS) -> str:
    """The name as it is kept (records.clean_name: composed Unicode, single spaces); refuse
    blank, too long, or holding a control character."""
    _refuse(str(value), what, limit=limit, blank=False, name=True)
    return clean_name(str(value).replace("\x00", ""))


def _clean_text(value: str, what: str, limit: int = MAX_NOTE_CHARS, blank_ok: bool = False) -> str:
    """Keep the text as typed (NUL characters aside); refuse blank or over ``limit``."""
    _refuse(str(value), what, limit=limit, blank=blank_ok, name=False)
    return str(value).replace("\x00", "")


def _aware(value: datetime, what: str) -> datetime:
    """Refuse a time without a time zone: the archive stores UTC and cannot guess."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} has no time zone; give it in UTC.")
    return value


def _local_midnight(day: date) -> datetime:
    """The UTC instant the local day starts (the list filters on the UTC start time)."""
    return datetime.combine(day, time()).astimezone()


# ----- rows to records --------------------------------------------------------------------------


def _note(row: NoteRow) -> Note:
    return Note(
        id=row.id,
        session_id=row.session_id,
        text=row.text,
        visibility=Visibility(row.visibility),
        created=row.created,
        phase_index=row.phase_index,
        phase_name=row.phase_name,
        session_seconds=row.session_seconds,
    )


def _commitment(row: CommitmentRow, person: str) -> Commitment:
    return Commitment(
        id=row.id,
        session_id=row.session_id,
        person=person,
        text=row.text,
        due=row.due,
        status=CommitmentStatus(row.status),
        follow_up=row.follow_up,
        created=row.created,
    )


def _topic(row: TopicRow, person: str) -> TopicRecord:
    return TopicRecord(
        id=row.id,
        person=person,
        text=row.text,
        created=row.created,
        session_id=row.session_id,
        status=TopicStatus(row.status),
        taken_session_id=row.taken_session_id,
    )


def _saved_question(row: SavedQuestionRow) -> SavedQuestion:
    return SavedQuestion(
        id=row.id,
        group=row.group,
        text=row.text,
        shipped_id=row.shipped_id,
        starred=bool(row.starred),
        hidden=bool(row.hidden),
    )


def _tally_mark(row: TallyMarkRow) -> TallyMark:
    return TallyMark(
        id=row.id,
        session_id=row.session_id,
        kind=TallyKind(row.kind),
        session_seconds=row.session_seconds,
        phase_index=row.phase_index,
        created=row.created,
    )


def _clean_question(group: str, text: str, shipped_id: str) -> tuple[str, str, str]:
    """(group, text, shipped id) checked and trimmed; a shipped question's text may be blank.

    The text is trimmed at both ends before its length is counted: spaces pasted around a
    question are not part of it, and "  " for a shipped question means "keep its words".
    """
    shipped = str(shipped_id).replace("\x00", "").strip()
    if len(shipped) > MAX_SHIPPED_ID_CHARS:
        raise ValueError(
            f"A shipped question's id is too long ({len(shipped)} characters; "
            f"at most {MAX_SHIPPED_ID_CHARS})."
        )
    clean_group = _clean_name(group, "A question's group", MAX_QUESTION_GROUP_CHARS)
    clean_text = _clean_text(
        str(text).strip(), "A question", MAX_QUESTION_CHARS, blank_ok=bool(shipped)
    )
    return clean_group, clean_text, shipped


def _clean_tally(
    kind: TallyKind | str, session_seconds: float, phase_index: int | None
) -> tuple[TallyKind, float, int | None]:
    """A tally mark's values checked: a known kind, a sensible time, no negative phase."""
    try:
        clean_kind = TallyKind(kind)
    except ValueError:
        allowed = ", ".join(k.value for k in TallyKind)
        raise ValueError(f"{kind!r} is not a kind of tally mark ({allowed}).") from None
    seconds = float(session_seconds)
    if not math.isfinite(seconds) or not 0 <= seconds <= MAX_TALLY_SECONDS:
        raise ValueError(
            "A tally mark's time in the session must be a number of seconds from 0 up, "
            f"not {session_seconds!r}."
        )
    if phase_index is not None and phase_index < 0:
        raise ValueError(f"A tally mark's phase cannot be {phase_index} (phases count from 0).")
    return clean_kind, seconds, phase_index


def _coachee_names(
    session_id: ColumnElement[Any] | InstrumentedAttribute[int],
) -> ScalarSelect[Any]:
    """The coachees of ``session_id`` (a column) as one text, for :func:`_split_names`.

    position + name, so the coachees come back in the order they were given
    (group_concat's own order is not defined on SQLite 3.40).
    """
    return (
        select(
            func.group_concat(
                func.printf("%06d", ParticipantRow.position, type_=String) + PersonRow.name,
                _SEP,
            )
        )
        .select_from(ParticipantRow)
        .join(PersonRow, PersonRow.id == ParticipantRow.person_id)
        .where(
            ParticipantRow.session_id == session_id,
            ParticipantRow.role == Role.COACHEE.value,
        )
        .scalar_subquery()
    )


def _split_names(joined: str | None) -> tuple[str, ...]:
    """What :func:`_coachee_names` joined, in the order given."""
    names = sorted(joined.split(_SEP)) if joined else []
    return tuple(n[6:] for n in names)


class _NoChange(Exception):  # noqa: N818 - a signal, not an error
    """Raised inside ``_write`` to leave without writing (or counting a change)."""


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


class Archive:
    """One open archive. Every method is one transaction; every result is a plain record.

    Bad values (blank text, a note over MAX_NOTE_CHARS, a blank name) raise ValueError with a
    message fit to show the user, and change nothing.
    """

    def __init__(self, engine: Engine, now: Callable[[], datetime] = utc_now) -> None:
        self.engine = engine
        self._now = now  # the clock for the times the archive stamps itself (a count, a save)
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        # Writers take SQLite's write lock at BEGIN (see db.make_engine): a second writer then
        # waits at the start instead of failing after it has read.
        self._writer = sessionmaker(
            bind=engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with self._reader.begin() as s:
                yield s
        except IntegrityError:
            raise
        except DBAPIError as error:
            raise _plain_fault(error) from error

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One write transaction; bumps data_version only if the body succeeded.

        SQLite's faults (disk full, locked, damaged) come out as ArchiveWriteError, in words
        the facilitator can act on; the transaction is rolled back, so nothing half-written.
        """
        try:
            with self._writer.begin() as s:
                yield s
                s.flush()
                s.execute(
                    sqlite_insert(Meta)
                    .values(key=DATA_VERSION, value=1)
                    .on_conflict_do_update(index_elements=["key"], set_={"value": Meta.value + 1})
                )
        except IntegrityError:
            raise
        except DBAPIError as error:
            raise _plain_fault(error) from error

    # ----- small lookups ---------------------------------------------------------------------

    @staticmethod
    def _session_row(s: Session, session_id: int) -> SessionRow:
        row = s.get(SessionRow, session_id)
        if row is None:
            raise RecordNotFoundError(f"Session {session_id} no longer exists.")
        return row

    @staticmethod
    def _person_row(s: Session, person_id: int) -> PersonRow:
        row = s.get(PersonRow, person_id)
        if row is None:
            raise RecordNotFoundError(f"Person {person_id} no longer exists.")
        return row

    @staticmethod
    def _person(s: Session, name: str, create: bool = True) -> PersonRow | None:
        """The person called ``name`` (any case), created if missing and ``create``."""
        clean = _clean_name(name, "A person's name")
        row = s.scalars(select(PersonRow).where(PersonRow.key == name_key(clean))).one_or_none()
        if row is None and create:
            row = PersonRow(name=clean, key=name_key(clean))
            s.add(row)
            s.flush()
        return row

    def _person_id(self, s: Session, name: str) -> int:
        row = self._person(s, name)
        assert row is not None
        return row.id

    @staticmethod
    def _group_id(s: Session, name: str) -> int | None:
        clean = clean_name(name)
        if not clean:
            return None
        clean = _clean_name(clean, "A group's name")
        row = s.scalars(select(GroupRow).where(GroupRow.key == name_key(clean))).one_or_none()
        if row is None:
            row = GroupRow(name=clean, key=name_key(clean))
            s.add(row)
            s.flush()
        return row.id

    @staticmethod
    def _tag_ids(s: Session, tags: Iterable[str]) -> list[int]:
        ids: list[int] = []
        for tag in tags:
            clean = _clean_name(tag, "A tag", MAX_TAG_CHARS)
            row = s.scalars(select(TagRow).where(TagRow.key == name_key(clean))).one_or_none()
            if row is None:
                row = TagRow(name=clean, key=name_key(clean))
                s.add(row)
                s.flush()
            if row.id not in ids:
                ids.append(row.id)
        return ids

    def _replace_participants(
        self, s: Session, session_id: int, participants: Sequence[Participant]
    ) -> None:
        s.execute(delete(ParticipantRow).where(ParticipantRow.session_id == session_id))
        coachees = [p.name for p in participants if Role(p.role) is Role.COACHEE]
        first = name_key(_clean_name(coachees[0])) if coachees else ""
        s.execute(update(SessionRow).where(SessionRow.id == session_id).values(coachee_key=first))
        seen: set[tuple[int, str]] = set()
        for position, p in enumerate(participants):
            person_id = self._person_id(s, p.name)
            role = Role(p.role).value
            if (person_id, role) in seen:
                continue  # the same person twice in the same role: once is enough
            seen.add((person_id, role))
            s.add(
                ParticipantRow(
                    session_id=session_id, person_id=person_id, role=role, position=position
                )
            )

    def _replace_tags(self, s: Session, session_id: int, tags: Sequence[str]) -> None:
        s.execute(delete(SessionTagRow).where(SessionTagRow.session_id == session_id))
        for tag_id in self._tag_ids(s, tags):
            s.add(SessionTagRow(session_id=session_id, tag_id=tag_id))

    # ----- live sessions -------------------------------------------------------------------

    def start_session(self, new: NewSession) -> int:
        """Record a session that is starting (status running); people are found or created."""
        if new.started is not None:
            _aware(new.started, "The start time")
        with self._write() as s:
            row = SessionRow(
                protocol_id=new.protocol_id,
                protocol_name=new.protocol_name,
                mode=new.mode,
                planned_seconds=int(new.planned_seconds),
                actual_seconds=sum(p.actual_seconds for p in new.phases),
                started=new.started,
                ended=None,
                status=SessionStatus.RUNNING.value,
                group_id=self._group_id(s, new.group),
            )
            s.add(row)
            s.flush()
            self._add_phases(s, row.id, new.phases)
            self._replace_participants(s, row.id, new.participants)
            self._replace_tags(s, row.id, new.tags)
            return row.id

    @staticmethod
    def _add_phases(s: Session, session_id: int, phases: Sequence[PhaseRecord]) -> None:
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

    def append_events(self, session_id: int, events: Sequence[SessionEvent]) -> None:
        for e in events:
            _aware(e.wall, "An event's time")
        with self._write() as s:
            self._session_row(s, session_id)
            self._add_events(s, session_id, events)

    @staticmethod
    def _add_events(s: Session, session_id: int, events: Sequence[SessionEvent]) -> None:
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

    def save_checkpoint(
        self,
        session_id: int,
        checkpoint: Checkpoint,
        events: Sequence[SessionEvent] = (),
        *,
        current_phase_only: bool = False,
    ) -> None:
        """Remember the live run's position and per-phase actual seconds (autosave).

        ``events`` new since the last call go in the same transaction (one disk sync, not
        two). The 2-second autosave passes ``current_phase_only``: only the running phase's
        figure has moved since the last full checkpoint, so only it is written.
        """
        _aware(checkpoint.wall, "The checkpoint's time")
        for e in events:
            _aware(e.wall, "An event's time")
        with self._write() as s:
            row = self._session_row(s, session_id)
            if events:
                self._add_events(s, session_id, events)
            row.checkpoint_phase_index = checkpoint.phase_index
            row.checkpoint_running = checkpoint.running
            row.checkpoint_monotonic = checkpoint.monotonic
            row.checkpoint_wall = checkpoint.wall
            row.checkpoint_actual = [float(x) for x in checkpoint.actual_seconds]
            row.checkpoint_base = [float(x) for x in checkpoint.base_seconds]
            row.checkpoint_quit = bool(checkpoint.quit)
            # The phases' figures follow too, so a crashed session shows what it really took.
            only = checkpoint.phase_index if current_phase_only else None
            self._set_actual(s, row, checkpoint.actual_seconds, only)

    @staticmethod
    def _set_actual(
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

    def checkpoint(self, session_id: int) -> Checkpoint | None:
        with self._read() as s:
            row = self._session_row(s, session_id)
            if row.checkpoint_phase_index is None or row.checkpoint_wall is None:
                return None
            return Checkpoint(
                phase_index=row.checkpoint_phase_index,
                running=bool(row.checkpoint_running),
                monotonic=float(row.checkpoint_monotonic or 0.0),
                wall=row.checkpoint_wall,
                actual_seconds=tuple(row.checkpoint_actual or ()),
                base_seconds=tuple(row.checkpoint_base or ()),
                quit=bool(row.checkpoint_quit),
            )

    def finish_session(
        self,
        session_id: int,
        ended: datetime,
        actual_seconds: Sequence[float],
        status: SessionStatus = SessionStatus.FINISHED,
    ) -> None:
        """Close a session as finished or abandoned, with each phase's real seconds."""
        _aware(ended, "The end time")
        if SessionStatus(status) is SessionStatus.RUNNING:
            raise ValueError("A session is finished or abandoned, not running, when it closes.")
        with self._write() as s:
            row = self._session_row(s, session_id)
            row.ended = ended
            row.status = SessionStatus(status).value
            # The run is over: the crash-recovery position has no more use.
            row.checkpoint_phase_index = None
            row.checkpoint_running = None
            row.checkpoint_monotonic = None
            row.checkpoint_wall = None
            row.checkpoint_actual = None
            row.checkpoint_base = None
            row.checkpoint_quit = None
            self._set_actual(s, row, actual_seconds)

    def unfinished_sessions(self) -> list[SessionDetail]:
        """Sessions still marked running: the app died during them (crash recovery)."""
        with self._read() as s:
            ids = list(
                s.scalars(
                    select(SessionRow.id)
                    .where(SessionRow.status == SessionStatus.RUNNING.value)
                    .order_by(SessionRow.id)
                )
            )
            return self._details(s, ids)

    def set_participants(self, session_id: int, participants: Sequence[Participant]) -> None:
        for p in participants:
            _clean_name(p.name, "A participant's name")
        with self._write() as s:
            self._session_row(s, session_id)
            self._replace_participants(s, session_id, participants)

    def set_tags(self, session_id: int, tags: Sequence[str]) -> None:
        for tag in tags:
            _clean_name(tag, "A tag", MAX_TAG_CHARS)
        with self._write() as s:
            self._session_row(s, session_id)
            self._replace_tags(s, session_id, tags)

    def close_session_choices(
        self,
        session_id: int,
        texts: Mapping[int, str],
        removed: Sequence[int],
        taken_topics: Sequence[int],
        tags: Sequence[str],
        dues: Mapping[int, date | None] | None = None,
    ) -> list[Commitment]:
        """The closing screen's choices in one transaction: all of them, or none.

        ``texts`` gives kept commitments' (possibly edited) texts, and ``dues`` their due
        dates (None: no date); ``removed`` commitments go; ``taken_topics`` are marked taken,
        dealt with in this session; the session gets ``tags``. Returns the session's
        commitments as they are afterwards.
        """
        clean_texts = {cid: _clean_text(t, "A commitment") for cid, t in texts.items()}
        for tag in tags:
            _clean_name(tag, "A tag", MAX_TAG_CHARS)
        with self._write() as s:
            self._session_row(s, session_id)
            for cid in removed:
                row = s.get(CommitmentRow, cid)
                if row is not None and row.session_id == session_id:
                    s.delete(row)
            for cid, text in clean_texts.items():
                row = s.get(CommitmentRow, cid)
                if row is None:
                    raise RecordNotFoundError(f"Commitment {cid} no longer exists.")
                row.text = text
            for cid, due in (dues or {}).items():
                row = s.get(CommitmentRow, cid)
                if row is None:
                    raise RecordNotFoundError(f"Commitment {cid} no longer exists.")
                row.due = due
            for tid in taken_topics:
                topic = s.get(TopicRow, tid)
                if topic is None:
                    raise RecordNotFoundError(f"Topic {tid} no longer exists.")
                topic.status = TopicStatus.TAKEN.value
                topic.taken_session_id = session_id
            self._replace_tags(s, session_id, tags)
            s.flush()
            rows = s.scalars(
                select(CommitmentRow)
                .where(CommitmentRow.session_id == session_id)
                .order_by(CommitmentRow.id)
            )
            return [_commitment(r, self._person_row(s, r.person_id).name) for r in rows]

    def all_tags(self) -> list[str]:
        """The tags some session carries, sorted without regard to case."""
        with self._read() as s:
            used = select(SessionTagRow.tag_id).distinct()
            return list(
                s.scalars(select(TagRow.name).where(TagRow.id.in_(used)).order_by(TagRow.key))
            )

    # ----- notes, commitments, topics ------------------------------------------------------

    def add_note(
        self,
        session_id: int,
        text: str,
        visibility: Visibility,
        created: datetime,
        phase_index: int | None = None,
        phase_name: str = "",
        session_seconds: float = 0.0,
    ) -> Note:
        clean = _clean_text(text, "A note")
        _aware(created, "The note's time")
        with self._write() as s:
            self._session_row(s, session_id)
            row = NoteRow(
                session_id=session_id,
                text=clean,
                visibility=Visibility(visibility).value,
                created=created,
                phase_index=phase_index,
                phase_name=phase_name,
                session_seconds=float(session_seconds),
            )
            s.add(row)
            s.flush()
            return _note(row)

    def restore_note(self, note: Note) -> Note:
        """Put back a deleted note whole (undo), under its old id while that is free.

        Later undo steps name the note by its id, so keeping it keeps the whole chain of
        edits undoable.
        """
        clean = _clean_text(note.text, "A note")
        _aware(note.created, "The note's time")
        with self._write() as s:
            self._session_row(s, note.session_id)
            row = NoteRow(
                id=self._free_id(s, NoteRow, note.id, True),
                session_id=note.session_id,
                text=clean,
                visibility=Visibility(note.visibility).value,
                created=note.created,
                phase_index=note.phase_index,
                phase_name=note.phase_name,
                session_seconds=float(note.session_seconds),
            )
            s.add(row)
            s.flush()
            return _note(row)

    def update_note(self, note_id: int, text: str, visibility: Visibility) -> Note:
        clean = _clean_text(text, "A note")
        with self._write() as s:
            row = s.get(NoteRow, note_id)
            if row is None:
                raise RecordNotFoundError(f"Note {note_id} no longer exists.")
            row.text = clean
            row.visibility = Visibility(visibility).value
            s.flush()
            return _note(row)

    def delete_note(self, note_id: int) -> None:
        with self._write() as s:
            row = s.get(NoteRow, note_id)
            if row is None:
                raise RecordNotFoundError(f"Note {note_id} no longer exists.")
            s.delete(row)

    def add_commitment(
        self,
        session_id: int,
        person: str,
        text: str,
        created: datetime,
        due: date | None = None,
    ) -> Commitment:
        clean = _clean_text(text, "A commitment")
        name = _clean_name(person, "The name of who commits")
        _aware(created, "The commitment's time")
        with self._write() as s:
            self._session_row(s, session_id)
            person_row = self._person(s, name)
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
            return _commitment(row, person_row.name)

    def restore_commitment(self, commitment: Commitment) -> Commitment:
        """Put back a deleted commitment whole (undo), under its old id while that is free."""
        c = commitment
        clean = _clean_text(c.text, "A commitment")
        name = _clean_name(c.person, "The name of who commits")
        created = c.created
        if created is not None:
            _aware(created, "The commitment's time")
        with self._write() as s:
            self._session_row(s, c.session_id)
            person_row = self._person(s, name)
            assert person_row is not None
            row = CommitmentRow(
                id=self._free_id(s, CommitmentRow, c.id, True),
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
            return _commitment(row, person_row.name)

    def update_commitment(
        self,
        commitment_id: int,
        text: str,
        due: date | None,
        status: CommitmentStatus,
        follow_up: str,
    ) -> Commitment:
        clean = _clean_text(text, "A commitment")
        follow = _clean_text(follow_up, "A follow-up note", blank_ok=True)
        with self._write() as s:
            row = s.get(CommitmentRow, commitment_id)
            if row is None:
                raise RecordNotFoundError(f"Commitment {commitment_id} no longer exists.")
            row.text = clean
            row.due = due
            row.status = CommitmentStatus(status).value
            row.follow_up = follow
            s.flush()
            return _commitment(row, self._person_row(s, row.person_id).name)

    def delete_commitment(self, commitment_id: int) -> None:
        with self._write() as s:
            row = s.get(CommitmentRow, commitment_id)
            if row is None:
                raise RecordNotFoundError(f"Commitment {commitment_id} no longer exists.")
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
            return [_commitment(row, name) for row, name in s.execute(query)]

    def add_topic(
        self, person: str, text: str, created: datetime, session_id: int | None = None
    ) -> TopicRecord:
        clean = _clean_text(text, "A topic", MAX_TOPIC_CHARS)
        name = _clean_name(person, "The name of whose topic it is")
        _aware(created, "The topic's time")
        with self._write() as s:
            if session_id is not None:
                self._session_row(s, session_id)
            person_row = self._person(s, name)
            assert person_row is not None
            row = TopicRow(
                person_id=person_row.id,
                text=clean,
                created=created,
                session_id=session_id,
                status=TopicStatus.WAITING.value,
            )
            s.add(row)
            s.flush()
            return _topic(row, person_row.name)

    def link_topics(self, topic_ids: Sequence[int], session_id: int) -> None:
        """Topics noted just before a session started belong to it (those with no session).

        Ids that are gone, or topics already linked to a session, are left as they are.
        """
        ids = list(topic_ids)
        if not ids:
            return
        with self._write() as s:
            self._session_row(s, session_id)
            for chunk in _chunks(ids):
                s.execute(
                    update(TopicRow)
                    .where(TopicRow.id.in_(chunk), TopicRow.session_id.is_(None))
                    .values(session_id=session_id)
                )

    def set_topic_status(
        self, topic_id: int, status: TopicStatus, taken_in: int | None = None
    ) -> TopicRecord:
        """Set a topic's status; ``taken_in`` is the session that dealt with it (if taken)."""
        clean = TopicStatus(status)
        with self._write() as s:
            row = s.get(TopicRow, topic_id)
            if row is None:
                raise RecordNotFoundError(f"Topic {topic_id} no longer exists.")
            if taken_in is not None:
                self._session_row(s, taken_in)
            row.status = clean.value
            row.taken_session_id = taken_in if clean is TopicStatus.TAKEN else None
            s.flush()
            return _topic(row, self._person_row(s, row.person_id).name)

    def delete_topic(self, topic_id: int) -> TopicRecord:
        """Delete a topic; return it whole, so that it can be put back (undo)."""
        with self._write() as s:
            row = s.get(TopicRow, topic_id)
            if row is None:
                raise RecordNotFoundError(f"Topic {topic_id} no longer exists.")
            topic = _topic(row, self._person_row(s, row.person_id).name)
            s.delete(row)
            return topic

    def restore_topic(self, topic: TopicRecord) -> TopicRecord:
        """Put back a deleted topic (undo) with its links, under its old id while that is free.

        A link to a session that has gone since is dropped (the topic itself stays).
        """
        self._validate_topic(topic)
        with self._write() as s:

            def existing(session_id: int | None) -> int | None:
                if session_id is None or s.get(SessionRow, session_id) is None:
                    return None
                return session_id

            row = TopicRow(
                id=self._free_id(s, TopicRow, topic.id, True),
                person_id=self._person_id(s, topic.person),
                text=_clean_text(topic.text, "A topic", MAX_TOPIC_CHARS),
                created=topic.created,
                session_id=existing(topic.session_id),
                status=TopicStatus(topic.status).value,
                taken_session_id=existing(topic.taken_session_id),
            )
            s.add(row)
            s.flush()
            return _topic(row, self._person_row(s, row.person_id).name)

    def waiting_topics(self) -> list[TopicRecord]:
        """Topics still waiting for their turn, oldest first."""
        with self._read() as s:
            return self._topics(s, TopicRow.status == TopicStatus.WAITING.value)

    def all_topics(self) -> list[TopicRecord]:
        """Every topic, whatever its status, oldest first."""
        with self._read() as s:
            return self._topics(s)

    def export_topics(self, session_ids: Iterable[int] | None = None) -> list[TopicRecord]:
        """The topics an export lists on their own, beside its sessions (oldest first).

        A session in an export carries the topics noted in it. For the whole archive
        (``session_ids`` None) the others are every topic noted in no session, whatever
        its status, so that no topic is left out. For some sessions, they are the topics
        dealt with in one of them but noted elsewhere (or nowhere), so that the link to the
        session that dealt with them travels too.
        """
        with self._read() as s:
            if session_ids is None:
                return self._topics(s, TopicRow.session_id.is_(None))
            ids = set(session_ids)
            taken = [
                t
                for t in self._topics(s, TopicRow.taken_session_id.is_not(None))
                if t.taken_session_id in ids
            ]
            return [t for t in taken if t.session_id not in ids]

    @staticmethod
    def _topics(s: Session, *where: ColumnElement[bool]) -> list[TopicRecord]:
        query = (
            select(TopicRow, PersonRow.name)
            .join(PersonRow, PersonRow.id == TopicRow.person_id)
            .where(*where)
            .order_by(TopicRow.created, TopicRow.id)
        )
        return [_topic(row, name) for row, name in s.execute(query)]

    # ----- the question bank: the user's own questions and their changes to shipped ones ----

    @staticmethod
    def _shipped_row(s: Session, shipped_id: str) -> SavedQuestionRow | None:
        return s.scalars(
            select(SavedQuestionRow).where(SavedQuestionRow.shipped_id == shipped_id)
        ).one_or_none()

    def saved_questions(self) -> tuple[SavedQuestion, ...]:
        """Every saved question and change to a shipped one, in the order they were added."""
        with self._read() as s:
            rows = s.scalars(select(SavedQuestionRow).order_by(SavedQuestionRow.id))
            return tuple(_saved_question(row) for row in rows)

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
        clean_group, clean_text, shipped = _clean_question(group, text, shipped_id)
        now = self._now()
        with self._write() as s:
            row: SavedQuestionRow | None = None
            if question_id is not None:
                row = s.get(SavedQuestionRow, question_id)
                if row is None:
                    raise RecordNotFoundError(f"Saved question {question_id} no longer exists.")
            if shipped:
                other = self._shipped_row(s, shipped)
                if row is None:
                    row = other
                elif other is not None and other.id != row.id:
                    raise ValueError(
                        f"The shipped question {shipped} already has its own saved changes; "
                        "change those instead."
                    )
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
            return _saved_question(row)

    def delete_saved_question(self, question_id: int) -> SavedQuestion | None:
        """Delete a saved question; return it (for undo), or None if it was already gone."""
        try:
            with self._write() as s:
                row = s.get(SavedQuestionRow, question_id)
                if row is None:
                    raise _NoChange
                question = _saved_question(row)
                s.delete(row)
                return question
        except _NoChange:
            return None

    def restore_saved_question(self, question: SavedQuestion) -> SavedQuestion:
        """Put back a deleted question (undo), under its old id while that is free.

        If its shipped question has been given a row again since, that row takes the
        restored values instead (a shipped question never has two rows).
        """
        q = question
        clean_group, clean_text, shipped = _clean_question(q.group, q.text, q.shipped_id)
        now = self._now()
        with self._write() as s:
            row = self._shipped_row(s, shipped) if shipped else None
            if row is None:
                row = SavedQuestionRow(
                    id=self._free_id(s, SavedQuestionRow, q.id, True), created=now
                )
                s.add(row)
            row.group = clean_group
            row.text = clean_text
            row.shipped_id = shipped
            row.starred = bool(q.starred)
            row.hidden = bool(q.hidden)
            row.updated = now
            s.flush()
            return _saved_question(row)

    def add_saved_questions(self, items: Iterable[tuple[str, str]]) -> tuple[SavedQuestion, ...]:
        """Add many own questions, (group, text) each, in one transaction: all or none.

        Every item is checked before anything is written; a bad one is named by its
        position ("Question 3: ..."). Returns what was added, so that it can be undone.
        """
        rows: list[dict[str, Any]] = []
        now = self._now()
        for position, (group, text) in enumerate(items, start=1):
            try:
                clean_group, clean_text, _ = _clean_question(group, text, "")
            except ValueError as error:
                raise ValueError(f"Question {position}: {error}") from None
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
            return tuple(_saved_question(row) for row in added)

    # ----- the observer's tally --------------------------------------------------------------

    def add_tally(
        self,
        session_id: int,
        kind: TallyKind,
        session_seconds: float,
        phase_index: int | None = None,
    ) -> TallyMark:
        """Count one question (or piece of advice) the observer heard, at this moment."""
        clean_kind, seconds, phase = _clean_tally(kind, session_seconds, phase_index)
        with self._write() as s:
            self._session_row(s, session_id)
            row = TallyMarkRow(
                session_id=session_id,
                kind=clean_kind.value,
                session_seconds=seconds,
                phase_index=phase,
                created=self._now(),
            )
            s.add(row)
            s.flush()
            return _tally_mark(row)

    def remove_tally(self, mark_id: int) -> None:
        """Take back one mark (undo of a tap); a mark already gone is no error."""
        try:
            with self._write() as s:
                row = s.get(TallyMarkRow, mark_id)
                if row is None:
                    raise _NoChange  # nothing to do, and nothing to count as a change
                s.delete(row)
        except _NoChange:
            return

    def tally(self, session_id: int) -> tuple[TallyMark, ...]:
        """A session's marks in the order they were made (none for a session that is gone)."""
        with self._read() as s:
            rows = s.scalars(
                select(TallyMarkRow)
                .where(TallyMarkRow.session_id == session_id)
                .order_by(TallyMarkRow.id)
            )
            return tuple(_tally_mark(row) for row in rows)

    def tally_trend(self, group: str | None = None) -> tuple[TallyPoint, ...]:
        """Each session's counts, oldest first: only sessions with marks, of team ``group``.

        ``group`` is matched like the list's filter (any case or spacing); None means every
        session, and a blank name the sessions of no team. Sessions that never started come
        last. One query: the marks are counted by GROUP BY, not session by session.
        """

        def count(kind: TallyKind) -> Any:
            return func.sum(case((TallyMarkRow.kind == kind.value, 1), else_=0), type_=Integer)

        query = (
            select(
                SessionRow.id,
                SessionRow.started,
                count(TallyKind.OPEN),
                count(TallyKind.CLOSED),
                count(TallyKind.ADVICE),
                _coachee_names(SessionRow.id),
            )
            .join(TallyMarkRow, TallyMarkRow.session_id == SessionRow.id)
            .group_by(SessionRow.id)
            .order_by(SessionRow.started.asc().nulls_last(), SessionRow.id)
        )
        if group is not None:
            if group.strip():
                query = query.where(
                    SessionRow.group_id.in_(
                        select(GroupRow.id).where(GroupRow.key == name_key(group))
                    )
                )
            else:
                query = query.where(SessionRow.group_id.is_(None))
        with self._read() as s:
            return tuple(
                TallyPoint(
                    session_id=sid,
                    started=started,
                    coachees=_split_names(coachees),
                    counts=TallyCounts(open=int(o or 0), closed=int(c or 0), advice=int(a or 0)),
                )
                for sid, started, o, c, a, coachees in s.execute(query)
            )

    # ----- reviewing -----------------------------------------------------------------------

    @staticmethod
    def _conditions(where: SessionFilter | None) -> list[ColumnElement[bool]]:
        """SessionFilter as SQL conditions on ``sessions``, each served by an index."""
        if where is None:
            return []
        out: list[ColumnElement[bool]] = []
        if where.date_from is not None:
            out.append(SessionRow.started >= _local_midnight(where.date_from))
        if where.date_to is not None:
            out.append(SessionRow.started < _local_midnight(where.date_to + timedelta(days=1)))
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

    @staticmethod
    def _summaries(
        s: Session,
        conditions: Sequence[ColumnElement[bool]],
        sort: SortKey = SortKey.STARTED,
        descending: bool = True,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[SessionSummary]:
        """One query: a page of sessions with their group, coachees and tags (group_concat).

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
            .where(*conditions)
            .order_by(*(k.desc() if descending else k.asc() for k in keys))
        )
        if limit is not None:
            page_query = page_query.limit(max(limit, 0))
        if offset > 0:
            page_query = page_query.offset(offset)
        page = page_query.subquery("page")
        page_keys = [page.c[f"k{i}"] for i in range(len(keys))]
        page_id = page_keys[-1]
        coachees = _coachee_names(page_id)
        tags = (
            select(func.group_concat(TagRow.name, _SEP))
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
            )
            .select_from(page)
            .join(SessionRow, SessionRow.id == page_id)
            .outerjoin(GroupRow, GroupRow.id == SessionRow.group_id)
            .order_by(*(k.desc() if descending else k.asc() for k in page_keys))
        )
        out: list[SessionSummary] = []
        for row in s.execute(query):
            (sid, started, ended, status, pid, pname, mode, planned, actual, group, co, tg) = row
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
                    coachees=_split_names(co),
                    tags=tuple(sorted(tg.split(_SEP), key=name_key)) if tg else (),
                )
            )
        return out

    def count_sessions(self, where: SessionFilter | None = None) -> int:
        with self._read() as s:
            query = select(func.count()).select_from(SessionRow).where(*self._conditions(where))
            return int(s.scalar(query) or 0)

    def list_sessions(
        self,
        where: SessionFilter | None = None,
        sort: SortKey = SortKey.STARTED,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[SessionSummary]:
        """One page of the list (the archive window fetches more as it scrolls)."""
        with self._read() as s:
            return self._summaries(s, self._conditions(where), sort, descending, offset, limit)

    def session(self, session_id: int) -> SessionDetail:
        with self._read() as s:
            details = self._details(s, [session_id])
            if not details:
                raise RecordNotFoundError(f"Session {session_id} no longer exists.")
            return details[0]

    def _details(
        self,
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
        for chunk in _chunks(list(ids)):
            if cancelled is not None and cancelled():
                raise CancelledByUserError("Export cancelled: no file was written.")
            if progress is not None:
                progress(len(out), len(ids))
            summaries = {
                x.id: x for x in self._summaries(s, [SessionRow.id.in_(chunk)], limit=None)
            }
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
                notes.setdefault(n.session_id, []).append(_note(n))
            commitments: dict[int, list[Commitment]] = {}
            for c, name in s.execute(
                select(CommitmentRow, PersonRow.name)
                .join(PersonRow, PersonRow.id == CommitmentRow.person_id)
                .where(CommitmentRow.session_id.in_(chunk))
                .order_by(CommitmentRow.id)
            ):
                commitments.setdefault(c.session_id, []).append(_commitment(c, name))
            topics: dict[int, list[TopicRecord]] = {}
            for t in self._topics(s, TopicRow.session_id.in_(chunk)):
                assert t.session_id is not None
                topics.setdefault(t.session_id, []).append(t)
            dealt: dict[int, list[TopicRecord]] = {}
            for t in self._topics(s, TopicRow.taken_session_id.in_(chunk)):
                assert t.taken_session_id is not None
                dealt.setdefault(t.taken_session_id, []).append(t)
            tally: dict[int, list[TallyMark]] = {}
            for m in s.scalars(
                select(TallyMarkRow)
                .where(TallyMarkRow.session_id.in_(chunk))
                .order_by(TallyMarkRow.id)
            ):
                tally.setdefault(m.session_id, []).append(_tally_mark(m))
            for sid in chunk:
                if sid not in summaries:
                    continue
                out.append(
                    SessionDetail(
                        summary=summaries[sid],
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

    def delete_session(self, session_id: int) -> SessionDetail:
        """Delete a session and everything in it; return it whole so it can be put back.

        Topics noted or dealt with in it stay (they belong to their person) without that
        link; restoring the session links them again.
        """
        with self._write() as s:
            details = self._details(s, [session_id])
            if not details:
                raise RecordNotFoundError(f"Session {session_id} no longer exists.")
            s.execute(delete(SessionRow).where(SessionRow.id == session_id))
            return details[0]

    def restore_session(self, detail: SessionDetail) -> int:
        """Put back a deleted session (undo), keeping its ids where they are free."""
        self._validate_detail(detail)
        with self._write() as s:
            return self._insert_detail(s, detail, keep_ids=True)

    @staticmethod
    def _validate_detail(detail: SessionDetail) -> None:
        """Check every value of a whole session before writing any of it."""
        for p in detail.participants:
            _clean_name(p.name, "A participant's name")
        for tag in detail.summary.tags:
            _clean_name(tag, "A tag", MAX_TAG_CHARS)
        for when, what in (
            (detail.summary.started, "The start time"),
            (detail.summary.ended, "The end time"),
        ):
            if when is not None:
                _aware(when, what)
        for e in detail.events:
            _aware(e.wall, "An event's time")
        for n in detail.notes:
            _clean_text(n.text, "A note")
            _aware(n.created, "A note's time")
        for c in detail.commitments:
            _clean_text(c.text, "A commitment")
            _clean_text(c.follow_up, "A follow-up note", blank_ok=True)
            _clean_name(c.person, "The name of who commits")
            if c.created is not None:
                _aware(c.created, "A commitment's time")
        for t in detail.topics:
            Archive._validate_topic(t)
        for m in detail.tally:
            _clean_tally(m.kind, m.session_seconds, m.phase_index)
            if m.created is not None:
                _aware(m.created, "A tally mark's time")

    @staticmethod
    def _validate_topic(t: TopicRecord) -> None:
        _clean_text(t.text, "A topic", MAX_TOPIC_CHARS)
        _clean_name(t.person, "The name of whose topic it is")
        _aware(t.created, "A topic's time")

    @staticmethod
    def _free_id(s: Session, model: type[Any], wanted: int, keep: bool) -> int | None:
        """``wanted`` if keeping ids and no row has it, else None (the database picks one)."""
        if keep and wanted > 0 and s.get(model, wanted) is None:
            return wanted
        return None

    def _insert_detail(self, s: Session, detail: SessionDetail, keep_ids: bool) -> int:
        summary = detail.summary
        row = SessionRow(
            id=self._free_id(s, SessionRow, summary.id, keep_ids),
            protocol_id=summary.protocol_id,
            protocol_name=summary.protocol_name,
            mode=summary.mode,
            planned_seconds=int(summary.planned_seconds),
            actual_seconds=float(summary.actual_seconds),
            started=summary.started,
            ended=summary.ended,
            status=SessionStatus(summary.status).value,
            group_id=self._group_id(s, summary.group),
        )
        s.add(row)
        s.flush()
        sid = row.id
        self._add_phases(s, sid, detail.phases)
        self._replace_participants(s, sid, detail.participants)
        self._replace_tags(s, sid, summary.tags)
        self._add_events(s, sid, detail.events)
        for n in detail.notes:
            s.add(
                NoteRow(
                    id=self._free_id(s, NoteRow, n.id, keep_ids),
                    session_id=sid,
                    text=_clean_text(n.text, "A note"),
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
                    id=self._free_id(s, CommitmentRow, c.id, keep_ids),
                    session_id=sid,
                    person_id=self._person_id(s, c.person),
                    text=_clean_text(c.text, "A commitment"),
                    due=c.due,
                    status=CommitmentStatus(c.status).value,
                    follow_up=_clean_text(c.follow_up, "A follow-up note", blank_ok=True),
                    created=c.created,
                )
            )
            if keep_ids:
                s.flush()
        if keep_ids:  # a restore: topics come back linked (an import adds them after)
            for t in detail.topics:
                taken_in = sid if t.taken_session_id == summary.id else t.taken_session_id
                self._insert_topic(s, t, sid, taken_in, keep=True)
            for t in detail.dealt_topics:
                self._relink_dealt(s, t, sid)
        self._insert_tally(s, sid, detail.tally, keep_ids)
        return sid

    @staticmethod
    def _relink_dealt(s: Session, t: TopicRecord, session_id: int) -> None:
        """Deleting the session that dealt with a topic unlinked it: link it again."""
        existing = s.get(TopicRow, t.id)
        if existing is not None and existing.taken_session_id is None:
            existing.taken_session_id = session_id

    @staticmethod
    def _insert_tally(
        s: Session, session_id: int, marks: Sequence[TallyMark], keep_ids: bool
    ) -> None:
        """A session's marks, under their old ids only if every one of them is free.

        Marks are ordered by id: keeping some ids and not others would put the renumbered
        marks after the kept ones. New ids, all taken in order, keep the order instead.
        """
        wanted = [m.id for m in marks]
        keep = keep_ids and bool(wanted) and all(i > 0 for i in wanted)
        keep = keep and len(set(wanted)) == len(wanted)
        if keep:
            for chunk in _chunks(wanted):
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

    def _insert_topic(
        self,
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
                id=self._free_id(s, TopicRow, t.id, keep),
                person_id=self._person_id(s, t.person),
                text=_clean_text(t.text, "A topic", MAX_TOPIC_CHARS),
                created=t.created,
                session_id=session_id,
                status=TopicStatus(t.status).value,
                taken_session_id=taken_session_id,
            )
        )
        s.flush()

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search (FTS5) across notes, commitments, topics and names, best first.

        Any text the user types is accepted: it is turned into a safe FTS5 query (words as
        prefixes, all required), so quotes or operators never raise.
        """
        with self._read() as s:
            return fts.search(s, query, limit)

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

    def protocols(self) -> list[tuple[str, str]]:
        """(protocol id, name) pairs used in the archive, for the filter."""
        with self._read() as s:
            # SQLite's bare-column rule: with max(), protocol_name comes from that same row,
            # so each protocol shows the name it had in its latest session.
            rows = s.execute(
                select(
                    SessionRow.protocol_id, SessionRow.protocol_name, func.max(SessionRow.id)
                ).group_by(SessionRow.protocol_id)
            )
            pairs = [(pid, name) for pid, name, _ in rows]
            return sorted(pairs, key=lambda pair: (pair[1].casefold(), pair[0]))

    def person_page(self, person_id: int) -> PersonPage:
        with self._read() as s:
            person = self._person_row(s, person_id)
            as_coachee = select(ParticipantRow.session_id).where(
                ParticipantRow.person_id == person_id, ParticipantRow.role == Role.COACHEE.value
            )
            attended = select(ParticipantRow.session_id).where(
                ParticipantRow.person_id == person_id
            )
            return PersonPage(
                person=Person(person.id, person.name),
                as_coachee=tuple(self._summaries(s, [SessionRow.id.in_(as_coachee)], limit=None)),
                as_coach=tuple(
                    self._summaries(
                        s,
                        [SessionRow.id.in_(attended), SessionRow.id.not_in(as_coachee)],
                        limit=None,
                    )
                ),
                open_commitments=tuple(
                    _commitment(row, person.name)
                    for row in s.scalars(
                        select(CommitmentRow)
                        .where(
                            CommitmentRow.person_id == person_id,
                            CommitmentRow.status == CommitmentStatus.OPEN.value,
                        )
                        .order_by(CommitmentRow.created, CommitmentRow.id)
                    )
                ),
                topics=tuple(self._topics(s, TopicRow.person_id == person_id)),
            )

    def _preview(self, s: Session, person_id: int) -> tuple[DeletionPreview, list[int]]:
        """What deleting a person removes, and the ids of their coachee sessions."""
        person = self._person_row(s, person_id)
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
            s.scalars(
                select(ParticipantRow.session_id).where(ParticipantRow.person_id == person_id)
            )
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

    def deletion_preview(self, person_id: int) -> DeletionPreview:
        with self._read() as s:
            return self._preview(s, person_id)[0]

    def delete_person(self, person_id: int) -> DeletionPreview:
        """Delete a person and everything about them (see DeletionPreview); return what went."""
        with self._write() as s:
            preview, coached = self._preview(s, person_id)
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
            for chunk in _chunks(coached):
                s.execute(delete(SessionRow).where(SessionRow.id.in_(chunk)))
            # The foreign keys cascade: their commitments, topics and participations go too.
            s.execute(delete(PersonRow).where(PersonRow.id == person_id))
            return preview

    def details(
        self,
        where: SessionFilter | None = None,
        person: str = "",
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> list[SessionDetail]:
        """Whole sessions for exports (a filter, one person's, or everything), oldest first.

        ``person`` (any role, any case) narrows the filter further. ``progress`` and
        ``cancelled`` are as for ``_details`` (an export run off the GUI thread).
        """
        with self._read() as s:
            conditions = self._conditions(where)
            if person.strip():
                conditions += self._conditions(SessionFilter(person=person))
            ids = list(
                s.scalars(
                    select(SessionRow.id)
                    .where(*conditions)
                    .order_by(SessionRow.started, SessionRow.id)
                )
            )
            return self._details(s, ids, progress, cancelled)

    def import_details(
        self,
        details: Sequence[SessionDetail],
        topics: Sequence[TopicRecord],
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        """Add sessions (new ids) and topics in one transaction; all or nothing.

        A topic is added once, whether it comes inside its session, on its own, or both.
        Its links (the session where it was noted, the one where it was dealt with) follow
        imported sessions to their new ids; links to other sessions are dropped (the ids
        belong to another archive). Returns how many sessions were added.

        ``progress(done, total)`` is told as sessions are added; when ``cancelled()`` says so
        the single transaction is rolled back and CancelledByUserError raised: nothing added.
        """
        # A session exported while it ran is not running here: it would be taken for a crash
        # of this copy at every start. It comes in as abandoned, with all it holds.
        details = [
            replace(d, summary=replace(d.summary, status=SessionStatus.ABANDONED))
            if d.summary.status is SessionStatus.RUNNING
            else d
            for d in details
        ]
        for detail in details:
            self._validate_detail(detail)
        for topic in topics:
            self._validate_topic(topic)
        try:
            return self._import(details, topics, progress, cancelled)
        except IntegrityError as error:
            # Two phases with one index, say: the whole import is refused, nothing written.
            raise ValueError(
                f"The imported data contradicts itself ({error.orig}); nothing was imported."
            ) from error

    def _import(
        self,
        details: Sequence[SessionDetail],
        topics: Sequence[TopicRecord],
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        with self._write() as s:
            new_ids: dict[int, int] = {}
            for done, detail in enumerate(details):
                if cancelled is not None and cancelled():
                    # Raised inside the transaction: it is rolled back, nothing is added.
                    raise CancelledByUserError("Import cancelled: nothing was imported.")
                if progress is not None:
                    progress(done, len(details))
                new_ids[detail.id] = self._insert_detail(s, detail, keep_ids=False)

            def mapped(session_id: int | None) -> int | None:
                return None if session_id is None else new_ids.get(session_id)

            # After every session, so a topic noted in one and dealt with in a later one
            # finds both. Inside its session, a topic was noted there; one given on its own
            # as well as inside its session (older files did that) is added once.
            nested: set[int] = set()
            for detail in details:
                for topic in detail.topics:
                    nested.add(topic.id)
                    noted_in = new_ids[detail.id]
                    self._insert_topic(s, topic, noted_in, mapped(topic.taken_session_id), False)
            for topic in topics:
                if topic.id not in nested:
                    taken_in = mapped(topic.taken_session_id)
                    self._insert_topic(s, topic, mapped(topic.session_id), taken_in, False)
            if cancelled is not None and cancelled():
                raise CancelledByUserError("Import cancelled: nothing was imported.")
            if progress is not None:
                progress(len(details), len(details))
            return len(details)

    def changed_since(self, version: int) -> bool:
        """Whether anything was written since ``data_version()`` returned ``version``."""
        return self.data_version() != version

    def data_version(self) -> int:
        """A counter that grows with every write (drives "back up only when changed")."""
        with self._read() as s:
            value = s.scalar(select(Meta.value).where(Meta.key == DATA_VERSION))
            return int(value or 0)
