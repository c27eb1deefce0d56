"""The archive window on a real archive file: search, review, edit, delete and undo, export."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from archive_fixtures import fill_archive, filled_file
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QTextDocument, QUndoStack
from pytestqt.qtbot import QtBot

from cocoach_desktop.archive.qt.archive_model import SessionIdRole
from cocoach_desktop.archive.qt.archive_window import ArchiveWindow, HitRole, snippet_html
from cocoach_desktop.archive.qt.session_view import SessionView
from cocoach_desktop.domain.records import (
    SNIPPET_END,
    SNIPPET_START,
    CommitmentStatus,
    SessionFilter,
    Visibility,
)
from cocoach_desktop.platform.formatting import span_text
from cocoach_desktop.platform.qt import background
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import open_archive

NOW = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)
SESSIONS = 40


@dataclass
class Asked:
    """What the window asked, and what the test answers."""

    answer: bool = True
    questions: list[tuple[str, str]] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)
    save_to: Path | None = None


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return filled_file(tmp_path / "cocoach.sqlite3", SESSIONS)


@pytest.fixture
def archive(db_path: Path) -> Archive:
    return Archive(open_archive(db_path))


@pytest.fixture
def asked() -> Asked:
    return Asked()


@pytest.fixture
def window(qtbot: QtBot, archive: Archive, asked: Asked) -> ArchiveWindow:
    w = ArchiveWindow(archive, now=lambda: NOW, tz=UTC)
    qtbot.addWidget(w)

    def confirm(title: str, text: str) -> bool:
        asked.questions.append((title, text))
        return asked.answer

    def ask_save_path(title: str, suggested: str, file_filter: str) -> Path | None:
        if asked.save_to is None:
            return None
        path = asked.save_to / suggested
        asked.paths.append(path)
        return path

    w.confirm = confirm  # type: ignore[method-assign]
    w.ask_save_path = ask_save_path  # type: ignore[method-assign]
    w.show()
    qtbot.waitExposed(w)
    return w


def select_row(w: ArchiveWindow, row: int) -> int:
    w.table.selectRow(row)
    return int(w.model.index(row, 0).data(SessionIdRole))


def shown(view: SessionView) -> int:
    assert view.detail is not None
    return view.detail.id


# ----- the list and the filters --------------------------------------------------------------


def test_the_list_shows_every_session_and_a_click_shows_it(
    qtbot: QtBot, window: ArchiveWindow
) -> None:
    assert window.model.total == SESSIONS
    assert str(SESSIONS) in window.count_label.text()
    session_id = select_row(window, 3)
    assert window.detail_stack.currentWidget() is window.session_view
    assert shown(window.session_view) == session_id


def test_the_filter_combos_narrow_the_list(
    qtbot: QtBot, window: ArchiveWindow, archive: Archive
) -> None:
    combo = window.group_combo
    index = combo.findText("Year 9 team")
    assert index > 0
    combo.setCurrentIndex(index)
    expected = archive.count_sessions(SessionFilter(group="Year 9 team"))
    assert window.model.total == expected < SESSIONS
    assert "match" in window.count_label.text()
    window.date_from.setDate(QDate(2099, 1, 1))
    assert window.model.total == 0
    window.clear_filters_button.click()
    assert window.model.total == SESSIONS
    assert window.date_from.text() == "any date"


def test_clicking_a_header_sorts_by_that_column(qtbot: QtBot, window: ArchiveWindow) -> None:
    window.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # coachee
    names = [window.model.index(r, 2).data() for r in range(window.model.rowCount())]
    assert names == sorted(names, key=str.casefold)


# ----- search ----------------------------------------------------------------------------------


def test_typing_searches_after_a_pause_with_the_matches_in_bold(
    qtbot: QtBot, window: ArchiveWindow
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "feedba")
    assert window.results.count() == 0  # not yet: it waits for a pause in typing
    qtbot.waitUntil(lambda: window.results.count() > 0, timeout=2000)
    assert window.list_stack.currentWidget() is window.results
    text = window.results.item(0).text()
    assert "<b>" in text and SNIPPET_START not in text and SNIPPET_END not in text
    doc = QTextDocument()
    doc.setHtml(text)
    assert "feedback" in doc.toPlainText().lower()

    hit = window.results.item(0).data(HitRole)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    if hit.session_id is not None:
        assert shown(window.session_view) == hit.session_id
    else:
        assert window.detail_stack.currentWidget() is window.person_view

    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert window.list_stack.currentWidget() is window.table


def test_a_snippet_is_escaped_before_the_matches_are_made_bold() -> None:
    snippet = f"a <script> and {SNIPPET_START}feedback{SNIPPET_END} & more"
    assert snippet_html(snippet) == "a &lt;script&gt; and <b>feedback</b> &amp; more"


def test_searching_a_name_opens_the_persons_page(qtbot: QtBot, window: ArchiveWindow) -> None:
    window.search.setText("Okafor")
    window.run_search()
    hits = [window.results.item(i).data(HitRole) for i in range(window.results.count())]
    person = next(h for h in hits if h is not None and h.kind == "person")
    window.open_hit(person)
    assert window.detail_stack.currentWidget() is window.person_view
    assert window.person_view.title.text() == "Sam Okafor"


def test_nothing_found_says_so(qtbot: QtBot, window: ArchiveWindow) -> None:
    window.search.setText('zzzq "(')
    window.run_search()
    assert window.results.count() == 1
    assert "Nothing found" in window.results.item(0).text()


# ----- the session view -------------------------------------------------------------------------


def test_the_session_view_shows_planned_against_actual(
    qtbot: QtBot, window: ArchiveWindow, archive: Archive
) -> None:
    session_id = select_row(window, 0)
    detail = archive.session(session_id)
    view = window.session_view
    assert view.agenda.rowCount() == len(detail.phases)
    first = detail.phases[0]
    assert view.agenda.item(0, 0).text().startswith(first.name)
    minutes, seconds = divmod(int(first.planned_seconds), 60)
    assert view.agenda.item(0, 1).text() == f"{minutes}:{seconds:02d}"
    assert view.chart.sizeHint().height() > 20 * len(detail.phases)
    over = [p for p in detail.phases if p.actual_seconds > p.planned_seconds]
    for p in over:
        assert view.agenda.item(p.index, 3).text().startswith("+")
    assert "Started with" in view.events.text()
    assert len(view.note_editors) == len(detail.notes)
    private = [e for e in view.note_editors if e.note.visibility is Visibility.PRIVATE]
    for editor in private:
        assert "Private" in editor.mark.text()


def test_editing_a_note_is_saved_and_can_be_undone(
    qtbot: QtBot, window: ArchiveWindow, db_path: Path
) -> None:
    session_id = select_row(window, 0)
    editor = window.session_view.note_editors[0]
    note_id, old_text = editor.note.id, editor.note.text
    editor.text_edit.setPlainText("Rewritten after the session.")
    editor.visibility.setCurrentIndex(0)  # private
    editor.save_button.click()

    reopened = Archive(open_archive(db_path))
    note = next(n for n in reopened.session(session_id).notes if n.id == note_id)
    assert note.text == "Rewritten after the session."
    assert note.visibility is Visibility.PRIVATE
    assert window.session_view.note_editors[0].text_edit.toPlainText() == note.text

    window.act_undo.trigger()
    note = next(n for n in reopened.session(session_id).notes if n.id == note_id)
    assert note.text == old_text


def test_a_refused_note_shows_a_banner_and_keeps_what_was_typed(
    qtbot: QtBot, window: ArchiveWindow, archive: Archive
) -> None:
    session_id = select_row(window, 0)
    editor = window.session_view.note_editors[0]
    old = editor.note
    blank = "   \n  "  # the archive refuses a blank note with a ValueError
    editor.text_edit.setPlainText(blank)
    editor.save_button.click()
    banner = window.session_view.banner
    assert banner.isVisible() and banner.text()
    assert editor.text_edit.toPlainText() == blank  # nothing lost
    stored = next(n for n in archive.session(session_id).notes if n.id == old.id)
    assert stored.text == old.text
    assert window.undo_stack.count() == 0


def test_adding_and_deleting_notes_and_commitments(
    qtbot: QtBot, window: ArchiveWindow, archive: Archive
) -> None:
    session_id = select_row(window, 1)
    view = window.session_view
    before = len(archive.session(session_id).notes)
    view.new_note.setPlainText("Added while reviewing.")
    view.new_note_visibility.setCurrentIndex(1)  # shareable
    view.add_note_button.click()
    notes = archive.session(session_id).notes
    assert len(notes) == before + 1
    added = next(n for n in notes if n.text == "Added while reviewing.")
    assert added.created == NOW and added.visibility is Visibility.SHAREABLE
    editor = next(e for e in view.note_editors if e.note.id == added.id)
    editor.delete_button.click()
    assert len(archive.session(session_id).notes) == before
    window.act_undo.trigger()  # the note comes back
    assert any(n.text == "Added while reviewing." for n in archive.session(session_id).notes)

    view.new_commitment.setText("Ask a colleague to observe")
    view.add_commitment_button.click()
    made = next(
        c for c in archive.session(session_id).commitments if c.text.startswith("Ask a colleague")
    )
    c_editor = next(e for e in view.commitment_editors if e.commitment.id == made.id)
    c_editor.status.setCurrentIndex(1)  # done
    c_editor.follow_up.setText("Went well")
    c_editor.save_button.click()
    saved = next(c for c in archive.session(session_id).commitments if c.id == made.id)
    assert saved.status is CommitmentStatus.DONE and saved.follow_up == "Went well"


def test_tags_are_edited_in_place(qtbot: QtBot, window: ArchiveWindow, archive: Archive) -> None:
    session_id = select_row(window, 2)
    view = window.session_view
    view.tags_edit.setText("follow-up, year 9")
    view.save_tags()
    assert set(archive.session(session_id).summary.tags) == {"follow-up", "year 9"}
    assert window.tag_combo.findText("follow-up") > 0  # the new tag can be filtered on
    window.act_undo.trigger()
    assert "follow-up" not in archive.session(session_id).summary.tags


def test_a_name_opens_the_persons_page(qtbot: QtBot, window: ArchiveWindow) -> None:
    select_row(window, 0)
    view = window.session_view
    assert view.detail is not None
    coachee = view.detail.summary.coachees[0]
    view.people.linkActivated.emit("0")
    assert window.detail_stack.currentWidget() is window.person_view
    assert window.person_view.title.text() == coachee
    assert window.person_view.coachee_list.count() >= 1
    item = window.person_view.coachee_list.item(0)
    window.person_view.coachee_list.itemActivated.emit(item)
    assert window.detail_stack.currentWidget() is window.session_view


# ----- deleting ---------------------------------------------------------------------------------


def test_deleting_a_session_asks_then_ctrl_z_puts_it_back(
    qtbot: QtBot, window: ArchiveWindow, archive: Archive, asked: Asked
) -> None:
    session_id = select_row(window, 0)
    notes = archive.session(session_id).notes
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert len(asked.questions) == 1 and "Delete" in asked.questions[0][0]
    assert window.model.total == SESSIONS - 1
    with pytest.raises(LookupError):
        archive.session(session_id)
    assert window.detail_stack.currentWidget() is window.placeholder

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.total == SESSIONS
    assert archive.session(session_id).notes == notes  # same ids, same notes
    assert shown(window.session_view) == session_id


def test_saying_no_keeps_the_session(
    qtbot: QtBot, window: ArchiveWindow, archive: Archive, asked: Asked
) -> None:
    session_id = select_row(window, 0)
    asked.answer = False
    window.delete_selected()
    assert window.model.total == SESSIONS
    assert archive.session(session_id).id == session_id


def test_deleting_a_person_shows_what_goes_first(
    qtbot: QtBot, window: ArchiveWindow, archive: Archive, asked: Asked
) -> None:
    person = next(p for p in archive.people() if p.name == "Sam Okafor")
    preview = archive.deletion_preview(person.id)
    window.open_person(person.id)
    window.person_view.delete_button.click()
    assert asked.questions[-1][1] == preview.message()
    assert "Sam Okafor" not in [p.name for p in archive.people()]
    assert window.model.total == SESSIONS - preview.sessions_as_coachee
    assert window.person_combo.findText("Sam Okafor") == -1


def test_refresh_shows_what_was_written_elsewhere(
    qtbot: QtBot, window: ArchiveWindow, archive: Archive
) -> None:
    session_id = select_row(window, 0)
    archive.add_note(session_id, "Written during a later session.", Visibility.SHAREABLE, NOW)
    window.refresh()
    texts = [e.text_edit.toPlainText() for e in window.session_view.note_editors]
    assert "Written during a later session." in texts
    assert shown(window.session_view) == session_id


# ----- exports ----------------------------------------------------------------------------------


def test_markdown_for_the_coachee_leaves_private_notes_out(
    qtbot: QtBot, window: ArchiveWindow, archive: Archive, asked: Asked, tmp_path: Path
) -> None:
    with_private = next(
        s.id
        for s in archive.list_sessions(limit=SESSIONS)
        if any(n.visibility is Visibility.PRIVATE for n in archive.session(s.id).notes)
    )
    window.open_session(with_private)
    private = next(
        n.text for n in archive.session(with_private).notes if n.visibility is Visibility.PRIVATE
    )
    asked.save_to = tmp_path
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    coachee_copy = asked.paths[-1]
    assert "for the coachee" in coachee_copy.name
    text = coachee_copy.read_text(encoding="utf-8")
    assert text.startswith("#") and private not in text

    window.act_export_md_all.trigger()
    assert private in asked.paths[-1].read_text(encoding="utf-8")


def test_pdf_export_writes_a_pdf(
    qtbot: QtBot, window: ArchiveWindow, asked: Asked, tmp_path: Path
) -> None:
    select_row(window, 0)
    asked.save_to = tmp_path
    window.act_export_pdf_coachee.trigger()
    data = asked.paths[-1].read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000


def test_the_archive_exports_as_json_and_csv(
    qtbot: QtBot, window: ArchiveWindow, asked: Asked, tmp_path: Path
) -> None:
    asked.save_to = tmp_path
    window.group_combo.setCurrentIndex(window.group_combo.findText("New teachers"))
    expected = window.model.total
    json_path = window.export_archive_json()
    qtbot.waitUntil(lambda: not background.busy())  # written on a worker thread
    assert json_path is not None and '"sessions"' in json_path.read_text(encoding="utf-8")
    csv_path = window.export_archive_csv()
    qtbot.waitUntil(lambda: not background.busy())
    assert csv_path is not None
    lines = csv_path.read_text(encoding="utf-8").strip().splitlines()
    assert len(lines) == expected + 1  # a header and one row per session shown


def test_everything_about_a_person_exports_as_json(
    qtbot: QtBot, window: ArchiveWindow, archive: Archive, asked: Asked, tmp_path: Path
) -> None:
    person = next(p for p in archive.people() if p.name == "Kim Lee")
    window.open_person(person.id)
    asked.save_to = tmp_path
    window.person_view.export_button.click()
    qtbot.waitUntil(lambda: not background.busy())
    text = asked.paths[-1].read_text(encoding="utf-8")
    assert '"person": "Kim Lee"' in text and "Kim Lee" in asked.paths[-1].name


def test_an_unwritable_export_says_so(
    qtbot: QtBot, window: ArchiveWindow, asked: Asked, tmp_path: Path
) -> None:
    select_row(window, 0)
    asked.save_to = tmp_path / "no such folder"
    assert window.export_session("md") is None
    assert window.banner.isVisible() and "no such folder" in window.banner.text()


def test_cancelling_the_save_dialog_writes_nothing(
    qtbot: QtBot, window: ArchiveWindow, tmp_path: Path
) -> None:
    select_row(window, 0)
    assert window.export_session("pdf") is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_pause_lengths_read_as_words() -> None:
    assert span_text(45, exact=False) == "45 s"
    assert span_text(180, exact=False) == "3 min"
    assert span_text(3900, exact=False) == "1 h 5 min"


def _view_with_two_of_each(tmp_path: Path):  # type: ignore[no-untyped-def]
    from cocoach_desktop.archive.qt.session_view import SessionView
    from cocoach_desktop.domain.records import NewSession, Participant, PhaseRecord, Role

    when = datetime(2026, 1, 5, 9, tzinfo=UTC)
    archive = Archive(open_archive(tmp_path / "undo.sqlite3"))
    sid = archive.start_session(
        NewSession(
            "p",
            "P",
            "quality_first",
            600,
            (PhaseRecord(0, "One", 600),),
            (Participant("Ana", Role.COACHEE),),
            started=when,
        )
    )
    archive.add_note(sid, "original text", Visibility.PRIVATE, when, 0, "One")
    archive.add_commitment(sid, "Ana", "original commitment", when)
    archive.add_note(sid, "a later note", Visibility.PRIVATE, when, 0, "One")
    archive.add_commitment(sid, "Ana", "a later commitment", when)
    stack = QUndoStack()
    view = SessionView(archive, stack, lambda: when)
    view.set_detail(archive.session(sid))
    return archive, sid, stack, view


def test_edit_delete_undo_undo_gives_back_the_original(qtbot: QtBot, tmp_path: Path) -> None:
    """Undoing a delete puts the note back under its id, so undoing the edit before it works."""
    archive, sid, stack, view = _view_with_two_of_each(tmp_path)
    qtbot.addWidget(view)
    assert view.detail is not None
    note, commitment = view.detail.notes[0], view.detail.commitments[0]
    view.save_note(note, "edited text", Visibility.PRIVATE)
    view.delete_note(next(n for n in view.detail.notes if n.id == note.id))
    view.save_commitment(commitment, replace(commitment, text="edited commitment"))
    view.delete_commitment(next(c for c in view.detail.commitments if c.id == commitment.id))
    for _ in range(4):
        stack.undo()
    detail = archive.session(sid)
    assert sorted(n.text for n in detail.notes) == ["a later note", "original text"]
    assert sorted(c.text for c in detail.commitments) == [
        "a later commitment",
        "original commitment",
    ]
    assert not view.banner.isVisibleTo(view)
    for _ in range(4):
        stack.redo()
    detail = archive.session(sid)
    assert [n.text for n in detail.notes] == ["a later note"]
    assert [c.text for c in detail.commitments] == ["a later commitment"]
    archive.engine.dispose()


def test_a_topic_noted_outside_any_session_opens_its_person(qtbot: QtBot, tmp_path: Path) -> None:
    archive = Archive(open_archive(tmp_path / "topic.sqlite3"))
    archive.add_topic("Ana", "Parents evening anxiety", datetime(2026, 1, 5, tzinfo=UTC))
    window = ArchiveWindow(archive)
    qtbot.addWidget(window)
    window.show()
    [hit] = archive.search("anxiety")
    assert hit.session_id is None and hit.person == "Ana"
    window.open_hit(hit)
    assert window.detail_stack.currentWidget() is window.person_view
    assert not window.banner.isVisibleTo(window)
    archive.engine.dispose()


def test_editing_a_session_far_down_the_list_keeps_it_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    archive = Archive(open_archive(tmp_path / "long.sqlite3"))
    fill_archive(archive, 260)
    window = ArchiveWindow(archive, now=lambda: NOW, tz=UTC)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    while window.model.canFetchMore(QModelIndex()):
        window.model.fetchMore(QModelIndex())
    row = 240  # past the first page of 200
    session_id = window.model.summary(row).id  # type: ignore[union-attr]
    window.table.selectRow(row)
    window.table.scrollTo(window.model.index(row, 0))
    scrolled = window.table.verticalScrollBar().value()
    window.open_session(session_id)
    detail = window.session_view.detail
    assert detail is not None and detail.notes
    window.session_view.save_note(detail.notes[0], "edited far down", Visibility.PRIVATE)
    assert window.selected_session_id() == session_id
    assert window.table.verticalScrollBar().value() == scrolled
    archive.engine.dispose()


def test_the_chart_and_the_agenda_give_a_phase_the_same_time() -> None:
    """14.6 s ran: the agenda table says 0:15, and so must the chart beside it."""
    from cocoach_desktop.archive.qt.timeline_chart import phase_figures
    from cocoach_desktop.domain.records import PhaseRecord
    from cocoach_desktop.platform.formatting import length_text

    phase = PhaseRecord(0, "Contracting and goal", 300.0, 14.6)
    assert phase_figures(phase) == f"{length_text(14.6)} / 5:00" == "0:15 / 5:00"
