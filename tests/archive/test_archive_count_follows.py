"""The archive window's count and rows follow every edit, deletion, undo and redo in place,
with filters on; and a redo never deletes another session than the one undo put back."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from archive_fixtures import open_filled, shown_archive_window

NOW = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def archive(tmp_path):
    a = open_filled(tmp_path / "c.sqlite3", 40)
    yield a
    a.engine.dispose()


@pytest.fixture
def window(qtbot, archive):
    return shown_archive_window(qtbot, archive, NOW)


def ids(w):
    return [w.model.summary(r).id for r in range(w.model.rowCount())]


def test_tag_edit_leaving_filter_then_undo_redo(qtbot, window, archive):
    sid, other = ids(window)[3], ids(window)[10]
    archive.set_tags(sid, ("zz-only",))
    archive.set_tags(other, ("zz-only",))
    window.refresh()
    window.tag_combo.setCurrentIndex(window.tag_combo.findText("zz-only"))
    assert ids(window) == [sid, other]
    window.table.selectRow(0)
    assert window.session_view.detail.id == sid
    window.session_view.tags_edit.setText("other")
    window.session_view.save_tags()
    assert ids(window) == [other] and window.model.total == 1
    window.act_undo.trigger()
    assert ids(window) == [sid, other] and window.model.total == 2
    assert window.selected_session_id() == sid
    assert "2" in window.count_label.text()
    window.act_redo.trigger()
    assert ids(window) == [other] and window.model.total == 1
    assert "1" in window.count_label.text()


def test_delete_undo_redo_undo(qtbot, window, archive):
    sid = ids(window)[0]
    window.table.selectRow(0)
    notes = archive.session(sid).notes
    window.delete_selected()
    assert sid not in ids(window)
    window.act_undo.trigger()
    assert ids(window)[0] == sid and window.session_view.detail.id == sid
    window.act_redo.trigger()
    assert sid not in ids(window) and window.model.total == 39
    assert window.session_view.detail is None
    window.act_undo.trigger()
    assert archive.session(sid).notes == notes
    assert window.model.total == 40 and ids(window)[0] == sid
    assert window.selected_session_id() == sid


def test_delete_last_row_of_filtered_list(qtbot, window, archive):
    sid = ids(window)[-1]
    archive.set_tags(sid, ("solo",))
    archive.set_tags(ids(window)[0], ("solo",))
    window.refresh()
    window.tag_combo.setCurrentIndex(window.tag_combo.findText("solo"))
    window.table.selectRow(1)
    assert window.selected_session_id() == sid
    window.delete_selected()
    assert window.model.total == 1 and len(ids(window)) == 1
    assert "1" in window.count_label.text()
    window.act_undo.trigger()
    assert ids(window)[1] == sid and window.model.total == 2 and "2" in window.count_label.text()
    assert window.selected_session_id() == sid


def test_count_label_follows_a_deletion_and_its_undo(qtbot, window, archive):
    assert window.count_label.text() == "40 session(s)"
    window.table.selectRow(0)
    window.delete_selected()
    labels = [window.count_label.text()]
    window.act_undo.trigger()
    labels.append(window.count_label.text())
    window.act_redo.trigger()
    labels.append(window.count_label.text())
    assert labels == ["39 session(s)", "40 session(s)", "39 session(s)"]


def test_a_redo_deletes_the_session_undo_put_back_not_the_one_now_under_its_old_id(
    window, archive
) -> None:
    """Undo puts a deleted session back under a new id when its old one was taken meanwhile;
    the redo must delete that one, never the session that took the old id."""
    newest = max(ids(window))
    window.table.selectRow(ids(window).index(newest))
    window.delete_selected()
    # A session recorded meanwhile takes the free id (SQLite reuses the largest rowid + 1).
    detail = archive.session(ids(window)[0])
    taken = archive.import_details([detail], [])
    assert newest in {s.id for s in archive.list_sessions(limit=100)}, taken
    newcomer = archive.session(newest).summary
    window.act_undo.trigger()  # put back, under another id
    window.act_redo.trigger()  # delete it again
    still = archive.session(newest).summary
    assert still == newcomer  # the newcomer survived
