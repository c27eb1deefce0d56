"""Notes and commitments during a session, without a display or SQLite: the service over an
in-memory archive; each write says what it changed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from live_fakes import MemoryArchive

from cocoach_desktop.domain.records import Visibility
from cocoach_desktop.notes.services.session_notes import SessionNotes
from cocoach_desktop.platform.changes import Change, ChangeFeed, ChangeKind

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
ADDED, CHANGED, REMOVED = ChangeKind.ADDED, ChangeKind.CHANGED, ChangeKind.REMOVED


def _service() -> tuple[SessionNotes, MemoryArchive, list[Change]]:
    archive = MemoryArchive()
    feed = ChangeFeed()
    heard: list[Change] = []
    feed.subscribe(lambda batch: heard.extend(batch))
    return SessionNotes(archive, feed), archive, heard


def test_the_live_writes_say_added_then_changed() -> None:
    notes, archive, heard = _service()
    first = notes.write_note(1, None, "One", Visibility.PRIVATE, START, 0, "Phase 1", 5.0)
    again = notes.write_note(1, first.id, "One, two", Visibility.PRIVATE, START)
    assert again.id == first.id and archive.notes[first.id].text == "One, two"
    # Each says which session it is part of (an open view of that session follows it).
    assert heard == [Change("note", ADDED, first.id, 1), Change("note", CHANGED, first.id, 1)]


def test_a_blank_commitment_is_refused_and_nothing_is_kept() -> None:
    notes, archive, heard = _service()
    with pytest.raises(ValueError, match="blank"):
        notes.write_commitment(1, "Ana", "", START, None)
    assert archive.commitments == {} and heard == []
