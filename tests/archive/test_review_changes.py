"""The archive's writes say what they changed, and the list follows in place: a deletion
removes a row, an edit changes one, an undo puts one back, never a reset of the list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from archive_fixtures import open_filled
from pytestqt.qtbot import QtBot

from cocoach_desktop.archive.qt.archive_model import SessionListModel
from cocoach_desktop.archive.services.review_service import ArchiveReview
from cocoach_desktop.archive.services.session_edits import SessionEdits
from cocoach_desktop.domain.records import (
    Note,
    SessionDetail,
    SessionStatus,
    SessionSummary,
    Visibility,
)
from cocoach_desktop.platform.changes import Change, ChangeFeed, ChangeKind
from cocoach_desktop.platform.qt.change_bridge import ChangeBridge
from cocoach_desktop.platform.qt.undo_stack import push
from cocoach_desktop.storage.archive import Archive

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


class MemorySessions:
    """Deleting and putting back sessions, in memory: the port the review needs."""

    def __init__(self, *ids: int) -> None:
        self.kept = {i: _detail(i) for i in ids}

    def delete_session(self, session_id: int) -> SessionDetail:
        return self.kept.pop(session_id)

    def restore_session(self, detail: SessionDetail) -> int:
        self.kept[detail.id] = detail
        return detail.id


def _detail(session_id: int) -> SessionDetail:
    return SessionDetail(
        SessionSummary(
            session_id, START, START, SessionStatus.FINISHED, "grow", "GROW", "one", 600, 600.0
        )
    )


def test_a_deletion_and_its_undo_are_published() -> None:
    heard: list[tuple[Change, ...]] = []
    feed = ChangeFeed()
    stop = feed.subscribe(heard.append)
    archive = MemorySessions(1, 2)
    step = ArchiveReview(archive, feed).delete_session(2, "Delete session")
    assert 2 not in archive.kept
    assert step.undo() and 2 in archive.kept
    assert step.redo() and 2 not in archive.kept
    assert heard == [
        (Change("session", ChangeKind.REMOVED, 2),),
        (Change("session", ChangeKind.ADDED, 2),),
        (Change("session", ChangeKind.REMOVED, 2),),
    ]
    stop()
    feed.publish(Change("session", ChangeKind.CHANGED, 1))
    assert len(heard) == 3  # no longer listening


def test_the_bridge_turns_changes_into_a_signal(qtbot: QtBot) -> None:
    feed = ChangeFeed()
    bridge = ChangeBridge(feed)
    with qtbot.waitSignal(bridge.changed) as blocker:
        feed.publish(Change("person", ChangeKind.REMOVED, 7))
    assert ChangeBridge.of(blocker.args[0]) == (Change("person", ChangeKind.REMOVED, 7),)
    bridge.deleteLater()


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    a = open_filled(tmp_path / "a.sqlite3", 5)
    yield a
    a.engine.dispose()


class Announced:
    """What a model told its views."""

    def __init__(self, model: SessionListModel) -> None:
        self.resets = self.removed = self.inserted = self.changed = 0
        model.modelReset.connect(lambda: self._add("resets"))
        model.rowsRemoved.connect(lambda *_: self._add("removed"))
        model.rowsInserted.connect(lambda *_: self._add("inserted"))
        model.dataChanged.connect(lambda *_: self._add("changed"))

    def _add(self, name: str) -> None:
        setattr(self, name, getattr(self, name) + 1)


def test_the_list_removes_edits_and_puts_back_rows_in_place(archive: Archive, qtbot) -> None:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtTest import QAbstractItemModelTester

    model = SessionListModel(archive)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    feed = ChangeFeed()
    feed.subscribe(lambda _changes: model.refresh_rows())
    review = ArchiveReview(archive, feed)
    said = Announced(model)
    ids = [model.summary(r).id for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert len(ids) == 5

    stack = QUndoStack()
    push(stack, review.delete_session(ids[2], "Delete session"), done=True)
    assert [model.summary(r).id for r in range(model.rowCount())] == ids[:2] + ids[3:]  # type: ignore[union-attr]
    assert (said.removed, said.resets) == (1, 0)

    archive.set_tags(ids[0], ("observed",))
    feed.publish(Change("session", ChangeKind.CHANGED, ids[0]))
    assert said.changed == 1 and said.resets == 0
    assert model.summary(0).tags == ("observed",)  # type: ignore[union-attr]

    stack.undo()  # the deleted session comes back, in its place
    assert model.rowCount() == 5
    assert said.inserted == 1 and said.resets == 0
    assert model.total == 5


class MemoryNotes:
    """Notes in a dict: enough of the archive for adding, deleting and putting back notes."""

    def __init__(self) -> None:
        self.notes: dict[int, Note] = {}
        self.next_id = 1

    def add_note(self, session_id, text, visibility, created, phase_index=None, phase_name=""):
        note = Note(self.next_id, session_id, text, visibility, created, phase_index, phase_name)
        self.next_id += 1
        self.notes[note.id] = note
        return note

    def restore_note(self, note: Note) -> Note:
        self.notes[note.id] = note
        return note

    def delete_note(self, note_id: int) -> None:
        if note_id not in self.notes:
            raise LookupError(f"No note {note_id}")
        del self.notes[note_id]


def test_a_note_added_undone_and_redone_keeps_its_id_and_says_so_each_time() -> None:
    archive, feed, heard = MemoryNotes(), ChangeFeed(), []
    feed.subscribe(heard.append)
    edits = SessionEdits(archive, feed)  # type: ignore[arg-type]  # only notes are needed
    step = edits.add_note(
        "Add note", 4, "Try the seating plan", Visibility.PRIVATE, START, 0, "Goal"
    )
    assert [n.text for n in archive.notes.values()] == ["Try the seating plan"]
    assert step.undo() and archive.notes == {}
    assert step.redo() and list(archive.notes) == [1]  # the same id: later steps find it
    assert heard == [(Change("session", ChangeKind.CHANGED, 4),)] * 3


def test_a_refused_edit_changes_nothing_and_leaves_no_step() -> None:
    archive, feed, heard = MemoryNotes(), ChangeFeed(), []
    feed.subscribe(heard.append)
    edits = SessionEdits(archive, feed)  # type: ignore[arg-type]
    gone = Note(9, 4, "x", Visibility.PRIVATE, START)
    with pytest.raises(LookupError):
        edits.delete_note("Delete note", gone)
    assert heard == []
