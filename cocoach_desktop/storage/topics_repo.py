"""The repository of the topics people bring."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import update

from cocoach_desktop.domain.records import (
    TopicRecord,
    TopicStatus,
)
from cocoach_desktop.platform.problems import ErrorCode
from cocoach_desktop.setup.model.topics import MAX_TOPIC_CHARS
from cocoach_desktop.storage.lookups import (
    chunks,
    find_person,
    free_id,
    kept_uid,
    person_id_of,
    person_row,
    session_row,
    topics_where,
)
from cocoach_desktop.storage.models import (
    SessionRow,
    TopicRow,
)
from cocoach_desktop.storage.rows import (
    topic_record,
)
from cocoach_desktop.storage.transactions import (
    RecordNotFoundError,
    Repository,
)
from cocoach_desktop.storage.validation import (
    aware,
    checked_name,
    checked_text,
    validate_topic,
)


class TopicsRepository(Repository):
    """Topics: noted, linked, taken, deleted and put back."""

    def add_topic(
        self, person: str, text: str, created: datetime, session_id: int | None = None
    ) -> TopicRecord:
        clean = checked_text(text, "topic", MAX_TOPIC_CHARS)
        name = checked_name(person, "topic-owner")
        aware(created, "the-topic-time")
        with self._write() as s:
            if session_id is not None:
                session_row(s, session_id)
            person_row = find_person(s, name)
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
            return topic_record(row, person_row.name)

    def link_topics(self, topic_ids: Sequence[int], session_id: int) -> None:
        """Topics noted just before a session started belong to it (those with no session).

        Ids that are gone, or topics already linked to a session, are left as they are.
        """
        ids = list(topic_ids)
        if not ids:
            return
        with self._write() as s:
            session_row(s, session_id)
            for chunk in chunks(ids):
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
                raise RecordNotFoundError(ErrorCode.RECORD_GONE, "topic", id=topic_id)
            if taken_in is not None:
                session_row(s, taken_in)
            row.status = clean.value
            row.taken_session_id = taken_in if clean is TopicStatus.TAKEN else None
            s.flush()
            return topic_record(row, person_row(s, row.person_id).name)

    def delete_topic(self, topic_id: int) -> TopicRecord:
        """Delete a topic; return it whole, so that it can be put back (undo)."""
        with self._write() as s:
            row = s.get(TopicRow, topic_id)
            if row is None:
                raise RecordNotFoundError(ErrorCode.RECORD_GONE, "topic", id=topic_id)
            topic = topic_record(row, person_row(s, row.person_id).name)
            s.delete(row)
            return topic

    def restore_topic(self, topic: TopicRecord) -> TopicRecord:
        """Put back a deleted topic (undo) with its links, under its old id while that is free.

        A link to a session that has gone since is dropped (the topic itself stays).
        """
        validate_topic(topic)
        with self._write() as s:

            def existing(session_id: int | None) -> int | None:
                if session_id is None or s.get(SessionRow, session_id) is None:
                    return None
                return session_id

            row = TopicRow(
                id=free_id(s, TopicRow, topic.id, True),
                **kept_uid(s, TopicRow, topic.uid),
                person_id=person_id_of(s, topic.person),
                text=checked_text(topic.text, "topic", MAX_TOPIC_CHARS),
                created=topic.created,
                session_id=existing(topic.session_id),
                status=TopicStatus(topic.status).value,
                taken_session_id=existing(topic.taken_session_id),
            )
            s.add(row)
            s.flush()
            return topic_record(row, person_row(s, row.person_id).name)

    def waiting_topics(self) -> list[TopicRecord]:
        """Topics still waiting for their turn, oldest first."""
        with self._read() as s:
            return topics_where(s, TopicRow.status == TopicStatus.WAITING.value)

    def all_topics(self) -> list[TopicRecord]:
        """Every topic, whatever its status, oldest first."""
        with self._read() as s:
            return topics_where(s)

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
                return topics_where(s, TopicRow.session_id.is_(None))
            ids = set(session_ids)
            taken = [
                t
                for t in topics_where(s, TopicRow.taken_session_id.is_not(None))
                if t.taken_session_id in ids
            ]
            return [t for t in taken if t.session_id not in ids]
