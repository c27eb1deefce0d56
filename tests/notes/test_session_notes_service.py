"""Notes and commitments during a session, without a display or SQLite: the service over an
in-memory archive; each write says what it changed, and each step undoes and redoes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from live_fakes import MemoryArchive

from cocoach_desktop.domain.records import MAX_NOTE_CHARS, Visibility
from cocoach_desktop.notes.services.session_notes import (
    SessionNotes,
    commitment_refusal,
    note_refusal,
)
from cocoach_desktop.platform.changes import Change, ChangeFeed, ChangeKind
from cocoach_desktop.platform.clock import ManualClock

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
ADDED, CHANGED, REMOVED = ChangeKind.ADDED, ChangeKind.CHANGED, ChangeKind.REMOVED


def _service() -> tuple[SessionNotes, MemoryArchive, list[Change]]:
    archive = MemoryArchive()
    feed = ChangeFeed()
    heard: list[Change] = []
    feed.subscribe(lambda batch: heard.extend(batch))
    return SessionNotes(archive, feed), archive, heard


def test_a_note_is_saved_edited_undone_and_redone() -> None:
    notes, archive, heard = _service()
    clock = ManualClock(START)
    saving = notes.save_note(
        "save note", 1, "Ana wants more time", Visibility.PRIVATE, clock.now(), 0, "Phase 1", 42.0
    )
    [note] = archive.notes.values()
    assert (note.text, note.phase_name, note.session_seconds) == (
        "Ana wants more time",
        "Phase 1",
        42.0,
    )
    clock.advance(60)
    editing = notes.edit_note("edit note", note, "Ana wants two weeks", Visibility.SHAREABLE)
    assert archive.notes[note.id].text == "Ana wants two weeks"
    assert archive.notes[note.id].visibility is Visibility.SHAREABLE

    assert editing.undo()
    assert archive.notes[note.id].text == "Ana wants more time"
    assert archive.notes[note.id].visibility is Visibility.PRIVATE
    assert editing.redo()
    assert archive.notes[note.id].text == "Ana wants two weeks"

    assert saving.undo()
    assert archive.notes == {}
    assert saving.redo()
    assert list(archive.notes) == [note.id]  # the same note (same id) is back
    assert heard == [
        Change("note", ADDED, note.id),
        Change("note", CHANGED, note.id),
        Change("note", CHANGED, note.id),
        Change("note", CHANGED, note.id),
        Change("note", REMOVED, note.id),
        Change("note", ADDED, note.id),
    ]


def test_a_deleted_note_comes_back_on_undo() -> None:
    notes, archive, heard = _service()
    written = notes.write_note(1, None, "Keep this", Visibility.PRIVATE, START)
    step = notes.delete_note("delete note", written)
    assert archive.notes == {}
    assert step.undo() and archive.notes[written.id].text == "Keep this"
    assert step.redo() and archive.notes == {}
    assert [c.kind for c in heard] == [ADDED, REMOVED, ADDED, REMOVED]


def test_the_live_writes_say_added_then_changed() -> None:
    notes, archive, heard = _service()
    first = notes.write_note(1, None, "One", Visibility.PRIVATE, START, 0, "Phase 1", 5.0)
    again = notes.write_note(1, first.id, "One, two", Visibility.PRIVATE, START)
    assert again.id == first.id and archive.notes[first.id].text == "One, two"
    assert heard == [Change("note", ADDED, first.id), Change("note", CHANGED, first.id)]


def test_a_blank_commitment_is_refused_and_nothing_is_kept() -> None:
    notes, archive, heard = _service()
    with pytest.raises(ValueError, match="blank"):
        notes.add_commitment("add commitment", 1, "Ana", "   ", START, None)
    with pytest.raises(ValueError, match="blank"):
        notes.write_commitment(1, "Ana", "", START, None)
    assert archive.commitments == {} and heard == []


def test_a_commitment_is_added_edited_removed_and_each_undone() -> None:
    notes, archive, heard = _service()
    due = date(2026, 3, 9)
    adding = notes.add_commitment("add commitment", 1, "Ana", "Ask her manager", START, due)
    [made] = archive.commitments.values()
    assert (made.person, made.text, made.due) == ("Ana", "Ask her manager", due)

    done = notes.edit_commitment(
        "edit commitment", made, replace(made, text="Ask her manager on Monday")
    )
    assert archive.commitments[made.id].text == "Ask her manager on Monday"
    assert done.undo() and archive.commitments[made.id].text == "Ask her manager"

    removing = notes.remove_commitment("remove commitment", archive.commitments[made.id])
    assert archive.commitments == {}
    assert removing.undo() and archive.commitments[made.id].text == "Ask her manager"

    assert adding.undo() and archive.commitments == {}
    assert adding.redo() and list(archive.commitments) == [made.id]
    assert [c.what for c in heard] == ["commitment"] * len(heard)
    assert [c.kind for c in heard] == [ADDED, CHANGED, CHANGED, REMOVED, ADDED, REMOVED, ADDED]


def test_refusals_are_said_in_words_before_anything_is_written() -> None:
    assert note_refusal("fine", "This note") == ""
    too_long = note_refusal("x" * (MAX_NOTE_CHARS + 1), "This note")
    assert too_long.startswith("This note ") and too_long.endswith(".")
    assert commitment_refusal("Call Ben", "Ana", "A commitment", "The name") == ""
    assert commitment_refusal("x" * (MAX_NOTE_CHARS + 1), "Ana", "A commitment", "The name")
    assert commitment_refusal("Call Ben", "Ana\x07", "A commitment", "The name").startswith(
        "The name "
    )
