"""After an edit the app made, the archive window's lists change in place: the edited row
repaints, a deleted one goes, and what was chosen stays chosen (no model reset)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from archive_fixtures import fill_archive, shown_archive_window

from cocoach_desktop.archive.qt.search_hits import HitRole
from cocoach_desktop.domain.records import Visibility
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import open_archive

NOW = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def archive(tmp_path):
    a = Archive(open_archive(tmp_path / "c.sqlite3"))
    ids = fill_archive(a, 6)
    for sid, text in zip(ids[:3], ("zebra one", "zebra two", "zebra three"), strict=True):
        a.add_note(sid, text, Visibility.SHAREABLE, NOW)
    yield a
    a.engine.dispose()


@pytest.fixture
def window(qtbot, archive):
    return shown_archive_window(qtbot, archive, NOW)


class Signals:
    """Counts a model's resets, removals and changed rows."""

    def __init__(self, model):
        self.resets = 0
        self.removed: list[tuple[int, int]] = []
        self.changed: list[int] = []
        model.modelReset.connect(self._reset)
        model.rowsRemoved.connect(lambda _p, first, last: self.removed.append((first, last)))
        model.dataChanged.connect(lambda top, _bottom, *_: self.changed.append(top.row()))

    def _reset(self):
        self.resets += 1


def searched(window, text):
    window.search.setText(text)
    window.run_search()
    return [window.results.item(r).data(HitRole) for r in range(window.results.count())]


def test_search_hits_follow_a_note_edit_in_place(qtbot, window, archive):
    hits = searched(window, "zebra")
    assert len(hits) == 3
    window.results.setCurrentRow(1)
    chosen = hits[1]
    edited = hits[2]
    note = next(n for n in archive.session(edited.session_id).notes if n.id == edited.item_id)
    seen = Signals(window.results.model())
    window.session_view.edits.update_note("Edit note", note, "zebra changed", note.visibility)
    assert seen.resets == 0
    assert seen.changed  # the edited hit repainted
    now = [window.results.item(r).data(HitRole) for r in range(window.results.count())]
    assert any("changed" in h.snippet for h in now)
    assert window.results.currentItem().data(HitRole).item_id == chosen.item_id


def test_search_hit_of_a_deleted_session_goes_the_chosen_one_stays(qtbot, window, archive):
    hits = searched(window, "zebra")
    window.results.setCurrentRow(2)
    chosen = hits[2]
    gone = hits[0]
    seen = Signals(window.results.model())
    step = window.review.delete_session(gone.session_id, "Delete session")
    assert seen.resets == 0
    assert seen.removed == [(0, 0)]
    assert window.results.count() == 2
    assert window.results.currentItem().data(HitRole).item_id == chosen.item_id
    step.undo()
    assert seen.resets == 0
    assert window.results.count() == 3
    assert window.results.currentItem().data(HitRole).item_id == chosen.item_id


def opened_with_notes(window, archive):
    """The first session that has two notes or more, opened in the session view."""
    sid = next(s.id for s in archive.list_sessions() if len(archive.session(s.id).notes) >= 2)
    window.open_session(sid)
    return window.session_view


def test_a_note_edit_keeps_the_other_editors_and_what_is_typed_in_them(qtbot, window, archive):
    view = opened_with_notes(window, archive)
    first, second = view.note_editors[0], view.note_editors[1]
    second.text_edit.setPlainText("half-typed, not saved yet")
    note = first.note
    view.edits.update_note("Edit note", note, "rewritten here", note.visibility)
    assert view.note_editors[0] is first  # the same row, repainted
    assert first.text_edit.toPlainText() == "rewritten here"
    assert view.note_editors[1] is second
    assert second.text_edit.toPlainText() == "half-typed, not saved yet"


def test_a_deleted_note_takes_only_its_editor_and_undo_brings_it_back(qtbot, window, archive):
    view = opened_with_notes(window, archive)
    first, second = view.note_editors[0], view.note_editors[1]
    second.text_edit.setPlainText("still typing")
    step = view.edits.delete_note("Delete note", first.note)
    assert first not in view.note_editors
    assert view.note_editors[0] is second
    assert second.text_edit.toPlainText() == "still typing"
    step.undo()
    assert [e.note.id for e in view.note_editors][:2] == [first.note.id, second.note.id]
    assert view.note_editors[1] is second
    assert second.text_edit.toPlainText() == "still typing"


def test_a_commitment_edit_keeps_the_other_commitments_editors(qtbot, window, archive):
    sid = next(s.id for s in archive.list_sessions() if len(archive.session(s.id).commitments) >= 2)
    window.open_session(sid)
    view = window.session_view
    first, second = view.commitment_editors[0], view.commitment_editors[1]
    second.follow_up.setText("typed, not saved")
    old = first.commitment
    new = replace(old, follow_up="went well")
    view.edits.update_commitment("Edit commitment", old, new)
    assert view.commitment_editors[0] is first
    assert first.follow_up.text() == "went well"
    assert view.commitment_editors[1] is second
    assert second.follow_up.text() == "typed, not saved"


def test_after_a_deletion_no_row_looks_chosen_while_no_session_is_shown(qtbot, window):
    """The deleted session's neighbour must not look chosen while the pane says "Choose a
    session": Delete would then act on a session the user never chose."""
    window.table.selectRow(1)
    assert window.detail_stack.currentWidget() is window.session_view
    window.delete_selected()
    assert window.detail_stack.currentWidget() is window.placeholder
    assert window.table.selectionModel().selectedRows() == []
    assert window.selected_session_id() is None
