"""A live session kept on disk as it happens: notes, commitments, events, the closing screen."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import fresh_view, settle
from parts import Recording, recording
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from cocoach_desktop.app import CocoachApp
from cocoach_desktop.domain.records import Role, SessionStatus, TopicStatus, Visibility
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive
from cocoach_desktop.timer.model.plan import Mode
from cocoach_desktop.timer.model.session import EventKind


@pytest.fixture
def live(qtbot: QtBot, data_dir: Path, archive: Archive) -> Iterator[tuple[Recording, ManualClock]]:
    """The recording alone (no app): the facilitator's window, the recorder writing into an
    archive in ``data_dir`` through the real writer thread, and the closing screen."""
    clock = ManualClock()
    yield recording(qtbot, clock, data_dir, archive), clock


def start(
    cocoach: CocoachApp | Recording, people: tuple[str, ...] = ("Ana", "Ben", "Chloé")
) -> None:
    for name in people:
        cocoach.setup.add_person(name)
    cocoach.setup.group_combo.setCurrentText("Year 9 team")
    cocoach.controller.toggle()
    settle()  # the session's row is written: its id is known


def type_note(qtbot: QtBot, cocoach: CocoachApp | Recording, text: str) -> None:
    editor = cocoach.window.notes.editor
    editor.setFocus()
    qtbot.keyClicks(editor, text)


def test_a_started_session_is_recorded_with_its_group_and_people(live, data_dir: Path) -> None:
    cocoach, _clock = live
    assert not cocoach.window.notes.editor.isEnabled()  # notes belong to a session
    start(cocoach)
    assert cocoach.window.notes.editor.isEnabled()
    [summary] = fresh_view(data_dir).list_sessions()
    assert summary.status is SessionStatus.RUNNING
    assert summary.group == "Year 9 team"
    assert summary.coachees == ("Ana",)
    detail = fresh_view(data_dir).session(summary.id)
    assert [e.kind for e in detail.events] == [EventKind.START]
    assert {p.name for p in detail.participants} == {"Ana", "Ben", "Chloé"}


def test_typing_is_on_disk_within_two_seconds(live, qtbot: QtBot, data_dir: Path) -> None:
    cocoach, clock = live
    start(cocoach)
    clock.advance(95)
    type_note(qtbot, cocoach, "Wants the class to own the rules")
    rec = cocoach.recorder
    assert fresh_view(data_dir).session(rec.session_id).notes == ()
    # Keep typing every 0.3 s: the debounce alone would wait for ever; the bound does not.
    for ch in [" ", "🙂", " ", "o", "k"]:
        clock.advance(0.3)
        # QTest cannot type characters outside the BMP: the emoji is pasted instead.
        cocoach.window.notes.editor.insertPlainText(ch)
        rec.save_if_due()
    clock.advance(0.3)
    rec.save_if_due()  # 1.8 s after the first key
    [note] = fresh_view(data_dir).session(rec.session_id).notes
    assert note.text == "Wants the class to own the rules 🙂 ok"
    assert note.visibility is Visibility.PRIVATE  # private unless marked otherwise
    assert note.phase_index == 0
    assert note.session_seconds == pytest.approx(95)


def test_filing_a_note_starts_another_and_marks_visibility(live, qtbot: QtBot, data_dir: Path):
    cocoach, clock = live
    start(cocoach)
    panel = cocoach.window.notes
    type_note(qtbot, cocoach, "First thought")
    panel.shareable.setChecked(True)
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.draft_text() == ""
    cocoach.controller.next_phase()
    settle()
    clock.advance(30)
    type_note(qtbot, cocoach, "Second, in the next phase")
    cocoach.recorder.flush()
    notes = fresh_view(data_dir).session(cocoach.recorder.session_id).notes
    assert [(n.text, n.visibility, n.phase_index) for n in notes] == [
        ("First thought", Visibility.SHAREABLE, 0),
        ("Second, in the next phase", Visibility.PRIVATE, 1),
    ]
    assert panel.notes_list.count() == 2


def test_clearing_the_box_never_wipes_a_saved_note(live, qtbot: QtBot, data_dir: Path) -> None:
    cocoach, _clock = live
    start(cocoach)
    type_note(qtbot, cocoach, "Precious")
    cocoach.recorder.flush()
    cocoach.window.notes.editor.clear()
    cocoach.recorder.flush()
    [note] = fresh_view(data_dir).session(cocoach.recorder.session_id).notes
    assert note.text == "Precious"


def test_a_note_too_long_is_refused_in_words_and_kept_on_screen(live, data_dir: Path) -> None:
    cocoach, _clock = live
    start(cocoach)
    huge = ("A pasted line of text, far too much for one note. " * 2 + "\n") * 50_000  # 5 MB
    cocoach.window.notes.editor.setPlainText(huge)
    assert not cocoach.recorder.flush()
    assert cocoach.window.notes.problem.isVisibleTo(cocoach.window)
    assert "characters" in cocoach.window.notes.problem.text()
    assert cocoach.window.notes.draft_text() == huge
    assert fresh_view(data_dir).session(cocoach.recorder.session_id).notes == ()


def test_commitments_and_events_and_the_end_are_saved(live, qtbot: QtBot, data_dir: Path):
    cocoach, clock = live
    start(cocoach)
    panel = cocoach.window.notes
    panel.commit_edit.setFocus()
    qtbot.keyClicks(panel.commit_edit, "Try the seating plan with 9B")
    qtbot.keyClick(panel.commit_edit, Qt.Key.Key_Return)
    assert panel.commit_edit.text() == ""
    clock.advance(60)
    cocoach.controller.toggle()  # pause
    settle()
    cocoach.controller.toggle()
    settle()
    cocoach.controller.extend(60)
    cocoach.controller.finish()
    settle()
    detail = fresh_view(data_dir).session(cocoach.recorder.session_id)
    assert detail.summary.status is SessionStatus.FINISHED
    assert [c.text for c in detail.commitments] == ["Try the seating plan with 9B"]
    assert detail.commitments[0].person == "Ana"
    kinds = [e.kind for e in detail.events]
    assert kinds[:4] == [EventKind.START, EventKind.PAUSE, EventKind.RESUME, EventKind.EXTEND]
    assert kinds[-1] is EventKind.FINISH
    assert detail.phases[0].actual_seconds == pytest.approx(60)


def test_closing_screen_confirms_commitments_topics_and_tags(app, data_dir: Path) -> None:
    # The whole app: the closing screen's choices reach the set-up's topics through the app.
    cocoach, _clock = app
    cocoach.setup.add_person("Ana")
    cocoach.setup.add_person("Ben")
    cocoach.setup.add_topic("Ben", "Parents' evening nerves")
    start(cocoach, ())
    cocoach.recorder.add_commitment("Ask two colleagues to observe", None)
    settle()
    cocoach.recorder.add_commitment("Something said in haste", None)
    settle()
    cocoach.controller.finish()
    settle()
    dialog = cocoach.closing.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.commitment_item(0).setText(0, "Ask two colleagues to observe by Friday")
    dialog.commitment_item(1).setCheckState(0, Qt.CheckState.Unchecked)
    dialog.topic_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.tags_edit.setText("behaviour, year 9, Behaviour")
    dialog.confirm()
    view = fresh_view(data_dir)
    detail = view.session(cocoach.recorder.session_id)
    assert [c.text for c in detail.commitments] == ["Ask two colleagues to observe by Friday"]
    assert detail.summary.tags == ("behaviour", "year 9")
    assert view.waiting_topics() == []
    assert cocoach.setup.topic_list.count() == 0
    [taken] = [t for t in view.person_page(view.people()[1].id).topics]
    assert taken.status is TopicStatus.TAKEN


def test_closing_the_closing_screen_loses_nothing(live, data_dir: Path) -> None:
    cocoach, _clock = live
    start(cocoach)
    cocoach.recorder.add_commitment("Keep a journal", None)
    settle()
    cocoach.controller.finish()
    settle()
    assert cocoach.closing.dialog is not None
    cocoach.closing.dialog.reject()
    detail = fresh_view(data_dir).session(cocoach.recorder.session_id)
    assert [c.text for c in detail.commitments] == ["Keep a journal"]
    assert detail.summary.status is SessionStatus.FINISHED


def test_topics_wait_in_the_archive_for_next_time(qtbot: QtBot, data_dir: Path) -> None:
    # The whole app, twice: its start-up hands the archive's waiting topics to the set-up.
    archive = Archive(open_archive(data_dir / ARCHIVE_FILE))
    first = CocoachApp(ManualClock(), data_dir, archive)
    qtbot.addWidget(first.window)
    first.setup.add_person("Dee")
    first.setup.add_topic("Dee", "Marking load")
    first.setup.add_topic("Dee", "A difficult parent")
    first.window.undo_stack.undo()  # the second topic goes again
    first.close()
    again = CocoachApp(ManualClock(), data_dir, archive)
    qtbot.addWidget(again.window)
    assert [
        again.setup.topic_list.item(i).text() for i in range(again.setup.topic_list.count())
    ] == ["Dee — Marking load"]
    again.close()
    archive.engine.dispose()


def test_without_an_archive_the_timer_works_and_says_why(qtbot: QtBot, data_dir: Path) -> None:
    # The whole app: its start-up with no archive, and the problem it is handed, in the banner.
    cocoach = CocoachApp(ManualClock(), data_dir, None, "The archive is locked.")
    qtbot.addWidget(cocoach.window)
    cocoach.window.confirm = lambda title, text: True  # type: ignore[method-assign]
    cocoach.window.show()
    assert cocoach.window.archive_problem.text() == "The archive is locked."
    assert cocoach.controller.toggle()
    settle()
    # Notes are still taken: kept in memory and in a recovery file, and the status says so.
    notes = cocoach.window.notes
    assert notes.editor.isEnabled()
    assert "recovery file" in notes.status.text()
    notes.editor.setPlainText("Typed with no archive open")
    assert not cocoach.recorder.flush()
    [recovered] = data_dir.glob("recovered-notes-*.txt")
    assert "Typed with no archive open" in recovered.read_text(encoding="utf-8")
    assert notes.draft_text() == "Typed with no archive open"  # and it stays on screen
    cocoach.close()


def test_a_full_disk_keeps_the_note_and_writes_a_recovery_file(
    live, qtbot: QtBot, data_dir: Path
) -> None:
    cocoach, _clock = live
    start(cocoach)
    engine = cocoach.archive.engine
    engine.dispose()

    # A real SQLITE_FULL: the database may not grow by a single page.
    @event.listens_for(engine, "connect")
    def no_room(dbapi_connection: object, record: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
        cursor.close()

    type_note(qtbot, cocoach, "Only here and in the recovery file ")
    cocoach.window.notes.editor.insertPlainText("x" * 20_000)  # more than one free page
    cocoach.recorder.flush()  # handed to the writer thread, which meets the full disk
    settle()
    assert cocoach.window.notes.draft_text().startswith("Only here and in the recovery file")
    banner = cocoach.window.archive_problem
    assert banner.isVisibleTo(cocoach.window)
    assert "the disk is full" in banner.text() and "SQL" not in banner.text()
    [recovered] = data_dir.glob("recovered-notes-*.txt")
    assert "Only here and in the recovery file" in recovered.read_text(encoding="utf-8")
    event.remove(engine, "connect", no_room)
    engine.dispose()
    # Room again: the next save writes the note after all.
    cocoach.recorder._draft_edited()
    assert cocoach.recorder.flush()
    [note] = fresh_view(data_dir).session(cocoach.recorder.session_id).notes
    assert note.text.startswith("Only here and in the recovery file")
    assert not banner.isVisibleTo(cocoach.window)


def test_the_window_comes_first_and_the_archive_right_after(qtbot: QtBot, data_dir: Path) -> None:
    """run() shows the window before opening the archive (SQLAlchemy loads after the paint).

    The whole app: its start-up, the archive attached after the window."""
    archive = Archive(open_archive(data_dir / ARCHIVE_FILE))
    archive.add_topic("Dee", "Marking load", ManualClock().now())
    cocoach = CocoachApp(ManualClock(), data_dir)
    qtbot.addWidget(cocoach.window)
    assert cocoach.setup.topic_list.count() == 0
    asked: list[object] = []
    cocoach.recovery_view.ask_recovery = lambda point: asked.append(point)  # type: ignore[method-assign,assignment,return-value]
    cocoach.attach_archive(archive, "")
    assert cocoach.setup.topic_list.item(0).text() == "Dee — Marking load"
    assert asked == []  # nothing was cut off
    cocoach.close()
    archive.engine.dispose()


def test_importing_the_app_leaves_sqlalchemy_for_later() -> None:
    code = "import sys, cocoach_desktop.app; print('sqlalchemy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_roles_coachee_coaches_observer_and_facilitator_are_recorded(
    live, qtbot: QtBot, data_dir: Path
) -> None:
    cocoach, _clock = live
    setup = cocoach.setup
    for name in ("Ana", "Ben", "Chloé", "Dev"):
        setup.add_person(name)
    setup.people_list.setCurrentRow(3)
    setup.people_list.setFocus()  # Ctrl+M works in the group list, where its button says
    qtbot.keyClick(setup.people_list, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert setup.observers() == ["Dev"]
    assert setup.people_list.item(3).text() == "Dev (observer)"
    assert [setup.coachee_combo.itemText(i) for i in range(setup.coachee_combo.count())] == [
        "Ana",
        "Ben",
        "Chloé",
    ]  # an observer is never offered as today's coachee
    cocoach.window.undo_stack.undo()
    assert setup.observers() == []
    cocoach.window.undo_stack.redo()
    setup.set_mode(Mode.SHARED)
    assert setup.plan is not None and "Dev" not in setup.plan.coachees
    setup.set_mode(Mode.QUALITY_FIRST)
    setup.facilitator_edit.setText("Fran")
    cocoach.controller.toggle()
    settle()
    detail = fresh_view(data_dir).session(cocoach.recorder.session_id)
    assert {(p.name, p.role) for p in detail.participants} == {
        ("Ana", Role.COACHEE),
        ("Ben", Role.COACH),
        ("Chloé", Role.COACH),
        ("Dev", Role.OBSERVER),
        ("Fran", Role.FACILITATOR),
    }


def test_a_new_run_after_a_finished_one_is_a_new_session(live, data_dir: Path) -> None:
    """Changing the length after a session and pressing Space (no Ctrl+N) starts afresh."""
    cocoach, clock = live
    start(cocoach)
    clock.advance(60)
    cocoach.controller.next_phase()
    settle()
    first = cocoach.recorder.session_id
    cocoach.controller.finish()
    settle()
    assert cocoach.closing.dialog is not None
    cocoach.closing.dialog.reject()
    cocoach.setup.minutes_spin.setValue(cocoach.setup.minutes_spin.value() + 5)
    cocoach.controller.toggle()
    settle()
    clock.advance(10)
    cocoach.window.notes.editor.insertPlainText("typed in the second session")
    assert cocoach.recorder.flush()
    view = fresh_view(data_dir)
    assert view.count_sessions() == 2
    old = view.session(first)  # type: ignore[arg-type]
    assert old.notes == () and old.summary.status is SessionStatus.FINISHED
    assert old.summary.actual_seconds == pytest.approx(60)
    assert view.checkpoint(first) is None  # type: ignore[arg-type]
    new = view.session(cocoach.recorder.session_id)  # type: ignore[arg-type]
    assert [n.text for n in new.notes] == ["typed in the second session"]
    assert [e.kind for e in new.events] == [EventKind.START]


def test_a_note_that_could_not_be_saved_is_never_cleared_from_the_screen(
    live, qtbot: QtBot, data_dir: Path
) -> None:
    cocoach, _clock = live
    start(cocoach)
    panel = cocoach.window.notes
    huge = "far too long " * 20_000
    panel.editor.setFocus()
    panel.editor.setPlainText(huge)
    assert not cocoach.recorder.flush()
    for _ in range(2):  # Ctrl+Enter twice: the text stays, and is still not "saved"
        qtbot.keyClick(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert panel.draft_text() == huge
    assert list(data_dir.glob("recovered-notes-*.txt"))  # a copy is on disk all the same
    panel.editor.setPlainText("short enough")
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.draft_text() == ""
    notes = fresh_view(data_dir).session(cocoach.recorder.session_id).notes  # type: ignore[arg-type]
    assert [n.text for n in notes] == ["short enough"]


def test_in_a_shared_session_a_commitment_belongs_to_this_round_coachee(
    live, data_dir: Path
) -> None:
    cocoach, _clock = live
    for name in ("Ana", "Ben", "Chloé"):
        cocoach.setup.add_person(name)
    cocoach.setup.set_mode(Mode.SHARED)
    cocoach.controller.toggle()
    settle()
    run = cocoach.controller.run
    assert run is not None
    while run.current.coachee != "Ben":
        assert cocoach.controller.next_phase()
        settle()
    cocoach.recorder.add_commitment("Ben's next step", None)
    settle()
    view = fresh_view(data_dir)
    assert [c.person for c in view.session(cocoach.recorder.session_id).commitments] == ["Ben"]  # type: ignore[arg-type]
    assert {p.name for p in view.people()} == {"Ana", "Ben", "Chloé"}  # nobody invented


def test_the_closing_screen_checks_tags_first_and_never_deletes_by_emptying(
    live, data_dir: Path
) -> None:
    cocoach, _clock = live
    start(cocoach)
    cocoach.recorder.add_commitment("Keep a journal", None)
    settle()
    cocoach.controller.finish()
    settle()
    dialog = cocoach.closing.dialog
    assert dialog is not None
    dialog.commitment_item(0).setText(0, "   ")  # emptied by mistake
    dialog.tags_edit.setText("x" * 41)
    dialog.confirm()
    assert dialog.isVisible() and "at most 40" in dialog.problem.text()
    dialog.tags_edit.setText("journal")
    dialog.confirm()
    detail = fresh_view(data_dir).session(cocoach.recorder.session_id)  # type: ignore[arg-type]
    assert [c.text for c in detail.commitments] == ["Keep a journal"]
    assert detail.summary.tags == ("journal",)


def test_a_checkpoint_at_the_moment_a_phase_ends_leaves_the_chime_to_the_timer(
    live, qtbot: QtBot
) -> None:
    cocoach, clock = live
    start(cocoach)
    run = cocoach.controller.run
    assert run is not None
    clock.advance(run.remaining() + 0.002)  # the phase ended 2 ms ago; the tick is due
    cocoach.recorder.write_checkpoint()  # the 2-second checkpoint happens to come first
    with qtbot.waitSignal(cocoach.controller.phaseEnded, timeout=1000):
        cocoach.controller.tick()
