"""The set-up's "next time" topics as the archive keeps them between sessions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from cocoach_desktop.domain.records import TopicRecord
from cocoach_desktop.platform.changes import Change, ChangeFeed, ChangeKind
from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.setup.model.topics import Topic

if TYPE_CHECKING:
    from cocoach_desktop.domain.ports.topics import TopicsPort


class ArchiveTopics:
    """The set-up panel's "next time" topics, kept in the archive between sessions.

    A topic typed while a session is on record (running, or finished and not yet cleared)
    was noted in that session; one typed before Start belongs to the session that then
    starts (``session_started``). Undoing a removal puts back the same topic, links and all.
    Each write is published on ``feed`` ("topic"), so an open person's page follows it.
    """

    def __init__(
        self,
        archive: TopicsPort,
        clock: Clock,
        current_session: Callable[[], int | None] = lambda: None,
        feed: ChangeFeed | None = None,
    ) -> None:
        self.archive = archive
        self.feed = feed or ChangeFeed()
        self.clock = clock
        self.current_session = current_session
        self._unlinked: list[int] = []  # typed before Start, in this run of the app
        self._forgotten: dict[int, TopicRecord] = {}  # removed, for undo

    def store(self, topic: Topic) -> Topic:
        gone = None if topic.record_id is None else self._forgotten.pop(topic.record_id, None)
        if gone is not None:
            record = self.archive.restore_topic(gone)
        else:
            session_id = self.current_session()
            record = self.archive.add_topic(topic.person, topic.text, self.clock.now(), session_id)
            if session_id is None:
                self._unlinked.append(record.id)
        self.feed.publish(Change("topic", ChangeKind.ADDED, record.id))
        return Topic(topic.person, topic.text, record.id)

    def forget(self, topic: Topic) -> None:
        if topic.record_id is not None:
            self._forgotten[topic.record_id] = self.archive.delete_topic(topic.record_id)
            self.feed.publish(Change("topic", ChangeKind.REMOVED, topic.record_id))

    def session_started(self, session_id: int) -> None:
        """The topics typed before Start were noted for this session's meeting."""
        ids, self._unlinked = self._unlinked, []
        self.archive.link_topics(ids, session_id)
