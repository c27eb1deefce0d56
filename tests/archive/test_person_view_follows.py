"""A person's page in the archive window follows edits while it is shown: a session deleted
leaves it, Ctrl+Z brings it back, a commitment done leaves the open ones, and a person
deleted elsewhere leaves the placeholder; the page stays scrolled where it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from archive_fixtures import open_filled, shown_archive_window
from PySide6.QtWidgets import QApplication

from cocoach_desktop.archive.qt.archive_window import HitRole
from cocoach_desktop.archive.qt.person_view import SessionIdItemRole
from cocoach_desktop.domain.records import CommitmentStatus

NOW = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def archive(tmp_path):
    a = open_filled(tmp_path / "c.sqlite3", 60)
    yield a
    a.engine.dispose()


@pytest.fixture
def window(qtbot, archive):
    return shown_archive_window(qtbot, archive, NOW)


def listed(lst):
    return [lst.item(row).data(SessionIdItemRole) for row in range(lst.count())]


def busiest(archive, enough=lambda page: True):
    """The person with the most sessions as coachee (of those ``enough`` accepts)."""
    pages = [archive.person_page(p.id) for p in archive.people()]
    return max((p for p in pages if enough(p)), key=lambda p: len(p.as_coachee))


def person_page_from_a_session(window, page, session_id):
    """As a user gets there: choose the session in the list, then its coachee's name."""
    window.table.selectRow(window.model.row_of(session_id))
    assert window.session_view.detail.id == session_id
    window.open_person(page.person.id)
    assert window.detail_stack.currentWidget() is window.person_view


def test_a_deleted_session_leaves_the_page_and_ctrl_z_brings_it_back(qtbot, window, archive):
    page = busiest(archive)
    victim = page.as_coachee[0].id
    person_page_from_a_session(window, page, victim)
    view = window.person_view
    assert victim in listed(view.coachee_list)

    window.delete_selected()

    assert window.detail_stack.currentWidget() is view  # the page stays, not the placeholder
    assert victim not in listed(view.coachee_list)
    assert len(listed(view.coachee_list)) == len(page.as_coachee) - 1
    assert str(len(page.as_coachee) - 1) in view.summary.text()
    assert window.table.selectionModel().selectedRows() == []  # no neighbour looks chosen

    window.undo_stack.undo()

    assert window.detail_stack.currentWidget() is view
    assert len(listed(view.coachee_list)) == len(page.as_coachee)
    back = view.coachee_list.currentItem().data(SessionIdItemRole)  # the one put back
    assert back not in {s.id for s in page.as_coachee[1:]}
    assert str(len(page.as_coachee)) in view.summary.text()


def test_the_page_keeps_its_scroll_when_a_session_goes(qtbot, window, archive):
    pages = [archive.person_page(p.id) for p in archive.people()]
    page = max(pages, key=lambda p: len(p.as_coach))
    assert len(page.as_coach) > 10, "the list needs to scroll"
    person_page_from_a_session(window, page, page.as_coach[-1].id)
    lst = window.person_view.coach_list
    bar = lst.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    assert scrolled > 0

    window.delete_selected()
    QApplication.processEvents()  # the list lays its rows out again

    assert len(listed(lst)) == len(page.as_coach) - 1
    assert bar.value() == scrolled


def test_a_commitment_done_leaves_the_open_commitments(qtbot, window, archive, monkeypatch):
    page = busiest(archive, enough=lambda p: bool(p.open_commitments))
    window.open_person(page.person.id)
    commitment = page.open_commitments[0]
    shown = window.person_view.commitments.text().splitlines()
    line = shown[0]
    assert commitment.text in line

    done = replace(commitment, status=CommitmentStatus.DONE)
    step = window.session_view.edits.update_commitment("Edit commitment", commitment, done)
    assert window.person_view.commitments.text().splitlines() == shown[1:]
    step.undo()
    assert window.person_view.commitments.text().splitlines() == shown

    # Only the page shown reads again: with a session shown, the person's page is not read.
    reads = []
    monkeypatch.setattr(archive, "person_page", lambda pid: reads.append(pid))
    window.open_session(commitment.session_id)
    step.redo()
    assert reads == []


def test_a_person_deleted_elsewhere_leaves_the_placeholder_without_a_problem(
    qtbot, window, archive
):
    page = busiest(archive)
    window.open_person(page.person.id)
    archive.delete_person(page.person.id)  # as another window of the app would
    window.review.person_deleted(page.person.id)
    assert window.detail_stack.currentWidget() is window.placeholder
    assert window.person_view.page is None
    assert window.banner.isHidden()


def page_beside_the_set_up(qtbot, archive):
    """The archive window on the busiest coachee's page, and a set-up whose topics the
    archive keeps, both on one change feed as in the app; the person is in the group."""
    from PySide6.QtGui import QUndoStack

    from cocoach_desktop.archive.qt.archive_window import ArchiveWindow
    from cocoach_desktop.platform.changes import ChangeFeed
    from cocoach_desktop.platform.clock import ManualClock
    from cocoach_desktop.setup.qt.setup_panel import SetupPanel
    from cocoach_desktop.setup.qt.topic_store import ArchiveTopics

    feed = ChangeFeed()
    window = ArchiveWindow(archive, now=lambda: NOW, tz=UTC, feed=feed)
    qtbot.addWidget(window)
    window.show()
    page = busiest(archive)
    person_page_from_a_session(window, page, page.as_coachee[0].id)
    setup = SetupPanel(QUndoStack())
    qtbot.addWidget(setup)
    setup.topic_store = ArchiveTopics(archive, ManualClock(NOW), feed=feed)
    setup.add_person(page.person.name)
    return window, setup, page.person.name


def test_a_topic_noted_in_the_set_up_shows_on_the_open_page_at_once(qtbot, archive):
    """The set-up and the archive window share the app's change feed: a topic typed for
    the person whose page is open shows there, and goes when it is removed, without
    showing the window again."""
    window, setup, name = page_beside_the_set_up(qtbot, archive)
    assert "Cover for Friday's trip" not in window.person_view.topics.text()

    assert setup.add_topic(name, "Cover for Friday's trip")

    assert "• Cover for Friday's trip" in window.person_view.topics.text()
    setup.undo_stack.undo()  # the topic goes again
    assert "Cover for Friday's trip" not in window.person_view.topics.text()


def test_a_topic_reads_only_the_open_page_and_a_hidden_window_reads_nothing(qtbot, archive):
    """A topic typed in the set-up re-reads the person's page shown, not the session list;
    a closed (hidden) archive window reads nothing until it is shown again."""
    window, setup, name = page_beside_the_set_up(qtbot, archive)
    reads = {"page": 0, "list": 0}
    real_page, real_rows = window.archive.person_page, window.model.refresh_rows

    def counted_page(*args, **kwargs):
        reads["page"] += 1
        return real_page(*args, **kwargs)

    def counted_rows(*args, **kwargs):
        reads["list"] += 1
        return real_rows(*args, **kwargs)

    window.archive.person_page = counted_page
    window.model.refresh_rows = counted_rows

    assert setup.add_topic(name, "Parents' evening")
    assert reads == {"page": 1, "list": 0}

    window.close()  # the app keeps the window, hidden, for next time
    assert setup.add_topic(name, "Cover for the trip")
    assert reads == {"page": 1, "list": 0}
    window.refresh()  # what the app does when it shows the window again
    window.show()
    assert reads["page"] == 2 and reads["list"] == 1
    assert "• Cover for the trip" in window.person_view.topics.text()


def test_a_topic_reaches_the_search_shown_and_a_new_persons_filter(qtbot, archive):
    """A topic typed in the set-up is found by the search shown in the archive window, and
    its person, new to the archive, can be chosen in the person filter; Ctrl+Z takes the
    hit away again."""
    window, setup, _name = page_beside_the_set_up(qtbot, archive)
    window.search.setText("Zebracrossing")
    window.run_search()

    def hits() -> list[str]:  # the snippets of the hits shown ("Nothing found" has none)
        found = (window.results.item(r).data(HitRole) for r in range(window.results.count()))
        return [hit.snippet for hit in found if hit is not None]

    assert not any("duty" in str(h) for h in hits())
    setup.add_person("Quinn")

    assert setup.add_topic("Quinn", "Zebracrossing duty")

    assert any("duty" in str(h) for h in hits())
    people = [window.person_combo.itemText(i) for i in range(window.person_combo.count())]
    assert "Quinn" in people
    setup.undo_stack.undo()  # the topic goes again
    assert not any("duty" in str(h) for h in hits())
