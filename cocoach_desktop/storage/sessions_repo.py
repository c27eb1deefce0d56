"""The live session’s repository: started, its events and autosaves, closed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import cast

from sqlalchemy import Table, select, update

from cocoach_desktop.domain.records import (
    MAX_TAG_CHARS,
    Checkpoint,
    Commitment,
    NewSession,
    Participant,
    SessionDetail,
    SessionStatus,
    TopicStatus,
)
from cocoach_desktop.platform.problems import ErrorCode, RefusedError
from cocoach_desktop.storage.lookups import (
    group_id_of,
    person_row,
    session_row,
)
from cocoach_desktop.storage.models import (
    CommitmentRow,
    PhaseRow,
    SessionRow,
    TopicRow,
)
from cocoach_desktop.storage.rows import (
    commitment_record,
)
from cocoach_desktop.storage.session_reads import details_of
from cocoach_desktop.storage.session_writes import (
    add_events,
    add_phases,
    replace_participants,
    replace_tags,
    set_actual,
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
from cocoach_desktop.timer.model.session import SessionEvent

SESSIONS = cast(Table, SessionRow.__table__)
PHASES = cast(Table, PhaseRow.__table__)


class LiveSessionsRepository(Repository):
    """Recording a session as it runs; each method one transaction."""

    def start_session(self, new: NewSession) -> int:
        """Record a session that is starting (status running); people are found or created."""
        if new.started is not None:
            aware(new.started, "start")
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
                group_id=group_id_of(s, new.group),
            )
            s.add(row)
            s.flush()
            add_phases(s, row.id, new.phases)
            replace_participants(s, row.id, new.participants)
            replace_tags(s, row.id, new.tags)
            return row.id

    def append_events(self, session_id: int, events: Sequence[SessionEvent]) -> None:
        for e in events:
            aware(e.wall, "event-time")
        with self._write() as s:
            session_row(s, session_id)
            add_events(s, session_id, events)

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
        aware(checkpoint.wall, "the-checkpoint-time")
        for e in events:
            aware(e.wall, "event-time")
        with self._write() as s:
            # Core statements, not the ORM's unit of work: this runs every two seconds for
            # the whole session, and loading the row to change it cost most of its CPU.
            conn = s.connection()
            actual = [float(x) for x in checkpoint.actual_seconds]
            moved = conn.execute(
                update(SESSIONS)
                .where(SESSIONS.c.id == session_id)
                .values(
                    checkpoint_phase_index=checkpoint.phase_index,
                    checkpoint_running=checkpoint.running,
                    checkpoint_monotonic=checkpoint.monotonic,
                    checkpoint_wall=checkpoint.wall,
                    checkpoint_actual=actual,
                    checkpoint_base=[float(x) for x in checkpoint.base_seconds],
                    checkpoint_quit=bool(checkpoint.quit),
                    # The phases' figures follow too, so a crashed session shows what it
                    # really took.
                    actual_seconds=float(sum(actual)),
                )
            )
            if moved.rowcount == 0:
                session_row(s, session_id)  # says which session is no longer there
            if events:
                add_events(s, session_id, events)
            for index, seconds in enumerate(actual):
                if current_phase_only and index != checkpoint.phase_index:
                    continue
                conn.execute(
                    update(PHASES)
                    .where(PHASES.c.session_id == session_id, PHASES.c.idx == index)
                    .values(actual_seconds=seconds)
                )

    def checkpoint(self, session_id: int) -> Checkpoint | None:
        with self._read() as s:
            row = session_row(s, session_id)
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
        aware(ended, "end")
        if SessionStatus(status) is SessionStatus.RUNNING:
            raise RefusedError(ErrorCode.SESSION_STILL_RUNNING, "session")
        with self._write() as s:
            row = session_row(s, session_id)
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
            set_actual(s, row, actual_seconds)

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
            return details_of(s, ids)

    def set_participants(self, session_id: int, participants: Sequence[Participant]) -> None:
        for p in participants:
            checked_name(p.name, "participant")
        with self._write() as s:
            session_row(s, session_id)
            replace_participants(s, session_id, participants)

    def set_tags(self, session_id: int, tags: Sequence[str]) -> None:
        for tag in tags:
            checked_name(tag, "tag", MAX_TAG_CHARS)
        with self._write() as s:
            session_row(s, session_id)
            replace_tags(s, session_id, tags)

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
        clean_texts = {cid: checked_text(t, "commitment") for cid, t in texts.items()}
        for tag in tags:
            checked_name(tag, "tag", MAX_TAG_CHARS)
        with self._write() as s:
            session_row(s, session_id)
            for cid in removed:
                row = s.get(CommitmentRow, cid)
                if row is not None and row.session_id == session_id:
                    s.delete(row)
            for cid, text in clean_texts.items():
                row = s.get(CommitmentRow, cid)
                if row is None:
                    raise RecordNotFoundError(ErrorCode.RECORD_GONE, "commitment", id=cid)
                row.text = text
            for cid, due in (dues or {}).items():
                row = s.get(CommitmentRow, cid)
                if row is None:
                    raise RecordNotFoundError(ErrorCode.RECORD_GONE, "commitment", id=cid)
                row.due = due
            for tid in taken_topics:
                topic = s.get(TopicRow, tid)
                if topic is None:
                    raise RecordNotFoundError(ErrorCode.RECORD_GONE, "topic", id=tid)
                topic.status = TopicStatus.TAKEN.value
                topic.taken_session_id = session_id
            replace_tags(s, session_id, tags)
            s.flush()
            rows = s.scalars(
                select(CommitmentRow)
                .where(CommitmentRow.session_id == session_id)
                .order_by(CommitmentRow.id)
            )
            return [commitment_record(r, person_row(s, r.person_id).name) for r in rows]
