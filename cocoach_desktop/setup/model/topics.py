"""The "next time" list: topics of people not coached today, so nobody's issue is lost."""

from __future__ import annotations

from dataclasses import dataclass

from cocoach_desktop.domain import limits
from cocoach_desktop.platform.problems import ErrorCode, RefusedError

MAX_TOPIC_CHARS = limits.TOPIC_CHARS


@dataclass(frozen=True)
class Topic:
    person: str
    text: str
    record_id: int | None = None  # its id in the archive, once stored


def make_topic(person: str, text: str) -> Topic:
    """A topic from what was typed, or ValueError saying plainly what is missing."""
    person, text = person.strip(), text.strip()
    if not person:
        raise RefusedError(ErrorCode.TOPIC_WHOSE, "topic")
    if not text:
        raise RefusedError(ErrorCode.TOPIC_EMPTY, "topic")
    if len(text) > MAX_TOPIC_CHARS:
        raise RefusedError(ErrorCode.TOPIC_TOO_LONG, "topic", limit=MAX_TOPIC_CHARS)
    return Topic(person, text)


class NextTimeList:
    """An ordered list of waiting topics (kept in memory; the archive will persist it)."""

    def __init__(self) -> None:
        self._items: list[Topic] = []

    def remove(self, index: int) -> Topic:
        return self._items.pop(index)

    def insert(self, index: int, topic: Topic) -> None:
        self._items.insert(index, topic)

    def items(self) -> list[Topic]:
        return list(self._items)

    def __len__(self) -> int:
        return len(self._items)
