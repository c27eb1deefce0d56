"""Sessions deleted and put back whole (undo), or imported from another archive."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from cocoach_desktop.domain.ports.sessions import Cancelled, Progress
from cocoach_desktop.domain.records import (
    SessionDetail,
    SessionStatus,
    TopicRecord,
)
from cocoach_desktop.platform.problems import ErrorCode, RefusedError
from cocoach_desktop.storage.models import (
    SessionRow,
)
from cocoach_desktop.storage.session_reads import details_of
from cocoach_desktop.storage.session_writes import (
    insert_detail,
    insert_topic,
)
from cocoach_desktop.storage.transactions import (
    CancelledByUserError,
    RecordNotFoundError,
    Repository,
)
from cocoach_desktop.storage.validation import (
    validate_detail,
    validate_topic,
)


class SessionTransferRepository(Repository):
    """Whole sessions out of and into the archive, each in one transaction."""

    def delete_session(self, session_id: int) -> SessionDetail:
        """Delete a session and everything in it; return it whole so it can be put back.

        Topics noted or dealt with in it stay (they belong to their person) without that
        link; restoring the session links them again.
        """
        with self._write() as s:
            details = details_of(s, [session_id])
            if not details:
                raise RecordNotFoundError(ErrorCode.RECORD_GONE, "session", id=session_id)
            s.execute(delete(SessionRow).where(SessionRow.id == session_id))
            return details[0]

    def restore_session(self, detail: SessionDetail) -> int:
        """Put back a deleted session (undo), keeping its ids where they are free."""
        validate_detail(detail)
        with self._write() as s:
            return insert_detail(s, detail, keep_ids=True)

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
            validate_detail(detail)
        for topic in topics:
            validate_topic(topic)
        try:
            return self._import(details, topics, progress, cancelled)
        except IntegrityError as error:
            # Two phases with one index, say: the whole import is refused, nothing written.
            raise RefusedError(
                ErrorCode.IMPORT_CONTRADICTS, "import", detail=str(error.orig)
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
                    raise CancelledByUserError(ErrorCode.IMPORT_CANCELLED)
                if progress is not None:
                    progress(done, len(details))
                new_ids[detail.id] = insert_detail(s, detail, keep_ids=False)

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
                    insert_topic(s, topic, noted_in, mapped(topic.taken_session_id), False)
            for topic in topics:
                if topic.id not in nested:
                    taken_in = mapped(topic.taken_session_id)
                    insert_topic(s, topic, mapped(topic.session_id), taken_in, False)
            if cancelled is not None and cancelled():
                raise CancelledByUserError(ErrorCode.IMPORT_CANCELLED)
            if progress is not None:
                progress(len(details), len(details))
            return len(details)
