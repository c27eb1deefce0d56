"""The repository of the observer’s tally marks."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, case, func, select

from cocoach_desktop.domain.records import (
    TallyCounts,
    TallyKind,
    TallyMark,
    TallyPoint,
    name_key,
)
from cocoach_desktop.storage.lookups import (
    session_row,
)
from cocoach_desktop.storage.models import (
    GroupRow,
    SessionRow,
    TallyMarkRow,
)
from cocoach_desktop.storage.rows import (
    tally_record,
)
from cocoach_desktop.storage.session_reads import coachee_names, split_names
from cocoach_desktop.storage.transactions import (
    NoChange,
    Repository,
)
from cocoach_desktop.storage.validation import (
    checked_tally,
)


class TallyRepository(Repository):
    """Tally marks: counted, taken back, listed, their trend."""

    def add_tally(
        self,
        session_id: int,
        kind: TallyKind,
        session_seconds: float,
        phase_index: int | None = None,
    ) -> TallyMark:
        """Count one question (or piece of advice) the observer heard, at this moment."""
        clean_kind, seconds, phase = checked_tally(kind, session_seconds, phase_index)
        with self._write() as s:
            session_row(s, session_id)
            row = TallyMarkRow(
                session_id=session_id,
                kind=clean_kind.value,
                session_seconds=seconds,
                phase_index=phase,
                created=self._now(),
            )
            s.add(row)
            s.flush()
            return tally_record(row)

    def remove_tally(self, mark_id: int) -> None:
        """Take back one mark (undo of a tap); a mark already gone is no error."""
        try:
            with self._write() as s:
                row = s.get(TallyMarkRow, mark_id)
                if row is None:
                    raise NoChange  # nothing to do, and nothing to count as a change
                s.delete(row)
        except NoChange:
            return

    def tally(self, session_id: int) -> tuple[TallyMark, ...]:
        """A session's marks in the order they were made (none for a session that is gone)."""
        with self._read() as s:
            rows = s.scalars(
                select(TallyMarkRow)
                .where(TallyMarkRow.session_id == session_id)
                .order_by(TallyMarkRow.id)
            )
            return tuple(tally_record(row) for row in rows)

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
                coachee_names(SessionRow.id),
            )
            .join(TallyMarkRow, TallyMarkRow.session_id == SessionRow.id)
            .group_by(SessionRow.id, SessionRow.started)
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
                    coachees=split_names(coachees),
                    counts=TallyCounts(open=int(o or 0), closed=int(c or 0), advice=int(a or 0)),
                )
                for sid, started, o, c, a, coachees in s.execute(query)
            )
