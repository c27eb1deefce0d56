"""What changed in the archive, published by the services after each write.

Every view that shows it can follow (Qt-free; ``platform/qt/change_bridge.py`` makes Qt
signals of it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class Change:
    """One record that changed: what it is ("session", "person", ...), how, and its id;
    for a part of a session (a note, a commitment, a count), that session's id too."""

    what: str
    kind: ChangeKind
    id: int
    session: int | None = None


Listener = Callable[[tuple[Change, ...]], None]


class ChangeFeed:
    """Listeners hear every batch of changes, in the order they were published."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Listen from now on; the returned function stops listening."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def publish(self, *changes: Change) -> None:
        if not changes:
            return
        for listener in list(self._listeners):
            listener(changes)
