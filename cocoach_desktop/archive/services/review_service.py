"""Reviewing the archive: deleting a session (undoable), and saying what changed.

Each write is followed by the change it made, so the list, the search and the set-up follow
without reading everything again.
"""

from __future__ import annotations

from typing import Protocol

from cocoach_desktop.domain.ports.sessions import SessionTransferPort
from cocoach_desktop.domain.records import SessionDetail
from cocoach_desktop.platform.changes import Change, ChangeFeed, ChangeKind
from cocoach_desktop.platform.undo import Command


class SessionDeletion(SessionTransferPort, Protocol):
    """The part of the archive that deletes a session and puts it back."""


def session_changed(session_id: int, kind: ChangeKind = ChangeKind.CHANGED) -> Change:
    return Change("session", kind, session_id)


class _DeleteStep:
    """A deleted session as an undo step: undo puts it back, redo deletes it again."""

    def __init__(
        self, archive: SessionDeletion, feed: ChangeFeed, deleted: SessionDetail, text: str
    ) -> None:
        self.text = text
        self._archive, self._feed = archive, feed
        self.deleted = deleted
        self._put_back_as = deleted.id  # the id it has in the archive while it is there

    def redo(self) -> bool:
        # Delete what undo put back, under the id it came back with: its old id may belong
        # to another session since (a session started after the deletion takes a free id).
        self.deleted = self._archive.delete_session(self._put_back_as)
        self._feed.publish(session_changed(self._put_back_as, ChangeKind.REMOVED))
        return True

    def undo(self) -> bool:
        # Put back under the ids it had where they are free (storage decides): the id it
        # comes back under is the one published, and the one a redo deletes.
        self._put_back_as = self._archive.restore_session(self.deleted)
        self._feed.publish(session_changed(self._put_back_as, ChangeKind.ADDED))
        return True


class ArchiveReview:
    """The archive window's writes, each followed by what changed."""

    def __init__(self, archive: SessionDeletion, feed: ChangeFeed) -> None:
        self._archive = archive
        self.feed = feed

    def delete_session(self, session_id: int, text: str) -> Command:
        """Delete a session now; the returned step (already done) takes it back on undo."""
        deleted = self._archive.delete_session(session_id)
        self.feed.publish(session_changed(session_id, ChangeKind.REMOVED))
        return _DeleteStep(self._archive, self.feed, deleted, text)

    def person_deleted(self, person_id: int) -> None:
        """A person went, with the sessions in which they were the only coachee."""
        self.feed.publish(Change("person", ChangeKind.REMOVED, person_id))
