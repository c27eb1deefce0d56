"""The review’s repository: the filtered list of sessions, one session, whole sessions."""

from __future__ import annotations

from sqlalchemy import func, select

from cocoach_desktop.domain.ports.sessions import Cancelled, Progress
from cocoach_desktop.domain.records import (
    SessionDetail,
    SessionFilter,
    SessionSummary,
    SortKey,
)
from cocoach_desktop.platform.problems import ErrorCode
from cocoach_desktop.storage.models import (
    SessionRow,
    SessionTagRow,
    TagRow,
)
from cocoach_desktop.storage.session_reads import conditions, details_of, summaries
from cocoach_desktop.storage.transactions import (
    RecordNotFoundError,
    Repository,
)


class SessionReviewRepository(Repository):
    """Reading sessions for the archive window and exports."""

    def count_sessions(self, where: SessionFilter | None = None) -> int:
        with self._read() as s:
            query = select(func.count()).select_from(SessionRow).where(*conditions(where))
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
            return summaries(s, conditions(where), sort, descending, offset, limit)

    def session(self, session_id: int) -> SessionDetail:
        with self._read() as s:
            details = details_of(s, [session_id])
            if not details:
                raise RecordNotFoundError(ErrorCode.RECORD_GONE, "session", id=session_id)
            return details[0]

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
        ``cancelled`` are as for ``session_reads.details_of`` (an export run off the GUI thread).
        """
        with self._read() as s:
            wanted = conditions(where)
            if person.strip():
                wanted += conditions(SessionFilter(person=person))
            ids = list(
                s.scalars(
                    select(SessionRow.id).where(*wanted).order_by(SessionRow.started, SessionRow.id)
                )
            )
            return details_of(s, ids, progress, cancelled)

    def all_tags(self) -> list[str]:
        """The tags some session carries, sorted without regard to case."""
        with self._read() as s:
            used = select(SessionTagRow.tag_id).distinct()
            return list(
                s.scalars(select(TagRow.name).where(TagRow.id.in_(used)).order_by(TagRow.key))
            )

    def protocols(self) -> list[tuple[str, str]]:
        """(protocol id, name) pairs used in the archive, for the filter.

        Each protocol shows the name it had in its latest session.
        """
        latest = select(func.max(SessionRow.id)).group_by(SessionRow.protocol_id)
        with self._read() as s:
            rows = s.execute(
                select(SessionRow.protocol_id, SessionRow.protocol_name).where(
                    SessionRow.id.in_(latest)
                )
            )
            pairs = [(pid, name) for pid, name in rows]
            return sorted(pairs, key=lambda pair: (pair[1].casefold(), pair[0]))
