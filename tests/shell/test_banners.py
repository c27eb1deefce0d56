"""A banner or a hint is up exactly while what it says is true, and goes when it stops being so."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import fresh_view, settle
from parts import Meeting, Recording, recording, tally
from parts import meeting as meeting_parts
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cocoach_desktop.app import CocoachApp
from cocoach_desktop.domain.records import TallyKind
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.tally.qt.tally_panel import TallyKeeper


@pytest.fixture
def live(qtbot: QtBot, data_dir: Path, archive: Archive) -> Iterator[tuple[Recording, ManualClock]]:
    """The live session alone (no app): the facilitator's window, its notes and banner, the
    recorder writing into an archive in ``data_dir`` through the real writer, and the
    closing screen."""
    clock = ManualClock()
    yield recording(qtbot, clock, data_dir, archive), clock


@pytest.fixture
def counted(
    qtbot: QtBot, data_dir: Path, archive: Archive
) -> Iterator[tuple[Recording, ManualClock, TallyKeeper]]:
    """The live session alone with the observer's tally counting into the same archive."""
    clock = ManualClock()
    rec = recording(qtbot, clock, data_dir, archive)
    yield rec, clock, tally(rec)


@pytest.fixture
def meeting(qtbot: QtBot, data_dir: Path, archive: Archive) -> tuple[Meeting, ManualClock]:
    """The live session's parts as in a meeting (no app): the window recording into an
    archive in ``data_dir``, the tally, the prompts and the closing screen."""
    clock = ManualClock()
    return meeting_parts(qtbot, clock, data_dir, archive), clock


def start(
    cocoach: CocoachApp | Recording | Meeting, people: tuple[str, ...] = ("Ana", "Ben")
) -> None:
    for name in people:
        cocoach.setup.add_person(name)
    cocoach.setup.group_combo.setCurrentText("Year 9 team")
    cocoach.controller.toggle()
    settle()  # the session's row is written: its id is known
    cocoach.window.show_notes()


def fail_once(monkeypatch: pytest.MonkeyPatch, target: object, name: str, exc: Exception) -> None:
    """``target.name`` raises ``exc`` the first time it is called, then works again."""
    real: Callable[..., Any] = getattr(target, name)
    calls = {"n": 0}

    def flaky(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 1:
            raise exc
        return real(*args, **kwargs)

    monkeypatch.setattr(target, name, flaky)


def shown(cocoach: CocoachApp | Recording | Meeting) -> str:
    """The window's banner text, or "" when it is not up."""
    banner = cocoach.window.archive_problem
    return banner.text() if banner.isVisibleTo(cocoach.window) else ""


def test_the_advice_box_goes_when_its_note_is_filed(live, qtbot: QtBot) -> None:
    cocoach, _clock = live
    start(cocoach)
    panel = cocoach.window.notes
    panel.editor.setFocus()
    qtbot.keyClicks(panel.editor, "Q: have you tried a seating plan?")
    assert panel.hint.isVisibleTo(panel)
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.draft_text() == ""
    assert not panel.hint.isVisibleTo(panel)  # the box is empty: nothing to check


def test_could_not_be_saved_goes_once_the_note_is_saved(
    live, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    cocoach, _clock = live
    start(cocoach)
    fail_once(monkeypatch, cocoach.archive, "add_note", OSError("the disk is full"))
    panel = cocoach.window.notes
    panel.editor.setFocus()
    qtbot.keyClicks(panel.editor, "Wants the class to own the rules")
    cocoach.recorder.flush()  # handed to the writer thread, which fails
    settle()
    assert "could not be saved" in shown(cocoach)
    # The facilitator tidies the words (the text no longer starts as the failed one did).
    panel.editor.selectAll()
    qtbot.keyClicks(panel.editor, "Wants to own the class rules")
    assert cocoach.recorder.flush()
    settle()
    [note] = fresh_view(data_dir).session(cocoach.recorder.session_id).notes  # type: ignore[arg-type]
    assert note.text == "Wants to own the class rules"
    assert shown(cocoach) == ""


def test_the_timers_log_problem_goes_when_the_log_is_written(
    live, monkeypatch: pytest.MonkeyPatch
) -> None:
    cocoach, clock = live
    start(cocoach)
    fail_once(monkeypatch, cocoach.archive, "save_checkpoint", OSError("disk I/O error"))
    clock.advance(2)
    cocoach.recorder.write_checkpoint()
    settle()
    assert "timer's log could not be saved" in shown(cocoach)
    clock.advance(2)
    cocoach.recorder.write_checkpoint()
    settle()
    assert shown(cocoach) == ""


def test_each_problem_stays_until_its_own_cause_has_gone(
    counted, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    cocoach, _clock, keeper = counted
    start(cocoach)
    fail_once(monkeypatch, cocoach.archive, "add_tally", OSError("database is locked"))
    fail_once(monkeypatch, cocoach.archive, "add_note", OSError("the disk is full"))
    keeper.tap(TallyKind.OPEN)
    settle()
    assert "count could not be saved" in shown(cocoach)
    cocoach.window.notes.editor.insertPlainText("A note")
    cocoach.recorder.flush()
    settle()
    assert "count could not be saved" in shown(cocoach)
    assert "Notes could not be saved" in shown(cocoach)
    cocoach.window.notes.editor.insertPlainText(", saved now")
    assert cocoach.recorder.flush()  # the notes' problem goes; the count's is still true
    settle()
    assert "Notes could not be saved" not in shown(cocoach)
    assert "count could not be saved" in shown(cocoach)
    keeper.tap(TallyKind.OPEN)  # a count that is saved
    settle()
    assert shown(cocoach) == ""


def test_a_commitment_saved_does_not_hide_a_note_still_refused(live, qtbot: QtBot) -> None:
    cocoach, _clock = live
    start(cocoach)
    panel = cocoach.window.notes
    panel.editor.setPlainText("far too long " * 20_000)
    assert not cocoach.recorder.flush()
    assert "characters" in panel.problem.text()
    qtbot.keyClicks(panel.commit_edit, "Observe a lesson")
    qtbot.keyClick(panel.commit_edit, Qt.Key.Key_Return)
    settle()
    assert panel.commitments_list.count() == 1
    assert panel.problem.isVisibleTo(panel) and "characters" in panel.problem.text()


def test_a_blank_commitment_is_refused_until_something_is_typed(live, qtbot: QtBot) -> None:
    cocoach, _clock = live
    start(cocoach)
    panel = cocoach.window.notes
    panel.commit_edit.setFocus()
    qtbot.keyClick(panel.commit_edit, Qt.Key.Key_Return)
    assert panel.problem.isVisibleTo(panel) and "blank" in panel.problem.text()
    qtbot.keyClicks(panel.commit_edit, "O")
    assert not panel.problem.isVisibleTo(panel)


def test_a_session_with_no_coachee_records_commitments_with_a_name(
    live, qtbot: QtBot, data_dir: Path
) -> None:
    cocoach, _clock = live
    start(cocoach, ())  # nobody named at all
    panel = cocoach.window.notes
    assert panel.who_combo.isVisibleTo(panel)  # whose commitment is asked only here
    panel.commit_edit.setFocus()
    qtbot.keyClicks(panel.commit_edit, "Phone the parents")
    qtbot.keyClick(panel.commit_edit, Qt.Key.Key_Return)
    assert "Whose commitment" in panel.problem.text() and panel.problem.isVisibleTo(panel)
    assert panel.who_combo.hasFocus()
    qtbot.keyClicks(panel.who_combo, "Dana")
    assert not panel.problem.isVisibleTo(panel)  # the name answers it
    qtbot.keyClick(panel.who_combo.lineEdit(), Qt.Key.Key_Return)
    [saved] = fresh_view(data_dir).session(cocoach.recorder.session_id).commitments  # type: ignore[arg-type]
    assert (saved.person, saved.text) == ("Dana", "Phone the parents")
    assert panel.commitments_list.item(0).text() == "Dana: Phone the parents"


def test_the_whose_field_stays_away_when_there_is_a_coachee(live) -> None:
    cocoach, _clock = live
    start(cocoach)
    panel = cocoach.window.notes
    assert not panel.who_combo.isVisibleTo(panel)
    cocoach.recorder.add_commitment("Keep a journal", None)
    settle()
    assert [c.person for c in cocoach.recorder.commitments] == ["Ana"]


def test_the_closing_screens_tag_problem_goes_as_the_tag_is_fixed(qtbot: QtBot) -> None:
    from cocoach_desktop.notes.qt.closing_screen import ClosingDialog

    dialog = ClosingDialog([], [])  # the closing screen alone, as a session ends
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tags_edit.setText("x" * 41)
    assert dialog.problem.isVisibleTo(dialog) and "at most 40" in dialog.problem.text()
    dialog.tags_edit.setText("x" * 40)
    assert not dialog.problem.isVisibleTo(dialog)


def test_closing_choices_that_could_not_be_saved_stay_on_the_closing_screen(
    live, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    cocoach, _clock = live
    start(cocoach)
    cocoach.recorder.add_commitment("Keep a journal", None)
    settle()
    cocoach.controller.finish()
    settle()
    dialog = cocoach.closing.dialog
    assert dialog is not None
    fail_once(monkeypatch, cocoach.archive, "close_session_choices", OSError("disk I/O error"))
    dialog.tags_edit.setText("journal")
    dialog.confirm()
    assert dialog.isVisible() and "not saved" in dialog.problem.text()
    assert dialog.tags_edit.text() == "journal"  # nothing chosen is lost
    assert shown(cocoach) == ""  # said where the choices are, not for ever in the window
    dialog.confirm()
    assert not dialog.isVisible()
    assert fresh_view(data_dir).session(cocoach.recorder.session_id).summary.tags == ("journal",)  # type: ignore[arg-type]


def test_an_archive_read_problem_goes_when_the_archive_reads_again(
    app, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Whole app: reading the archive into the set-up, and its banner, is the app's own step.
    cocoach, _clock = app
    fail_once(monkeypatch, cocoach.archive, "waiting_topics", OSError("disk I/O error"))
    cocoach._load_from_archive()
    assert "could not be read" in shown(cocoach)
    cocoach._load_from_archive()
    assert shown(cocoach) == ""


def test_a_backup_problem_goes_after_a_backup_that_worked(app) -> None:
    # Whole app: the backups' problems reach the window's banner through the app's wiring.
    cocoach, _clock = app
    cocoach.backups.problem.emit("The backup could not be written: the disk is full.")
    assert "backup could not be written" in shown(cocoach)
    assert cocoach.backups.back_up_now()
    assert shown(cocoach) == ""


def test_banners_and_labels_quote_typed_words_as_plain_text(meeting, qtbot: QtBot) -> None:
    """What someone typed is shown as typed, never read as markup."""
    cocoach, _clock = meeting
    start(cocoach)
    cocoach.window.show_questions()
    questions = cocoach.window.questions
    qtbot.keyClicks(questions.question_edit, "<b>why not</b> try <i>this</i>?")
    qtbot.keyClick(questions.question_edit, Qt.Key.Key_Return)
    assert "<b>why not</b>" in questions.prompt_status.text()
    assert questions.prompt_status.textFormat() is Qt.TextFormat.PlainText
    cocoach.controller.finish()
    settle()
    dialog = cocoach.closing.dialog
    assert dialog is not None
    dialog.tags_edit.setText("<b>" + "x" * 40 + "</b>")
    assert "<b>" in dialog.problem.text()
    assert dialog.problem.textFormat() is Qt.TextFormat.PlainText
    panel = cocoach.window.notes
    for label in (panel.problem, panel.status, panel.title, cocoach.window.archive_problem):
        assert label.textFormat() is Qt.TextFormat.PlainText


def test_a_reason_that_ends_a_sentence_is_not_followed_by_a_second_full_stop(
    live, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    cocoach, _clock = live
    start(cocoach)
    fail_once(monkeypatch, cocoach.archive, "add_note", OSError("The disk is full."))
    cocoach.window.notes.editor.insertPlainText("A note")
    cocoach.recorder.flush()
    settle()
    assert "(The disk is full)." in shown(cocoach)
    assert ".)." not in shown(cocoach)
