"""A commitment's due date: the calendar opens at today, quick choices, and Esc closes it first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers import fresh_view, settle
from parts import Recording, Room, recording, room
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCompleter, QWidget
from pytestqt.qtbot import QtBot

from cocoach_desktop.app import CocoachApp
from cocoach_desktop.notes.qt.due_picker import DueDateEdit, usual_gap_days
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.storage.archive import Archive


@pytest.fixture
def live(qtbot: QtBot, data_dir: Path, archive: Archive) -> Iterator[tuple[Recording, ManualClock]]:
    """The live session alone (no app): the facilitator's window and its notes, the recorder
    writing into an archive in ``data_dir`` through the real writer, and the closing screen."""
    clock = ManualClock()
    yield recording(qtbot, clock, data_dir, archive), clock


@pytest.fixture
def screens(qtbot: QtBot, data_dir: Path, archive: Archive) -> tuple[Room, ManualClock]:
    """The live session alone (its notes open for a commitment) with the room's screens on
    its window: Esc leaves full screen through them, the projector's first, as the app
    connects them."""
    clock = ManualClock()
    rec = recording(qtbot, clock, data_dir, archive)
    return room(qtbot, clock, rec.window), clock


def start(cocoach: CocoachApp | Recording | Room) -> None:
    for name in ("Ana", "Ben"):
        cocoach.setup.add_person(name)
    cocoach.setup.group_combo.setCurrentText("Year 9 team")
    cocoach.controller.toggle()
    settle()


def today_of(clock: ManualClock) -> date:
    return clock.now().astimezone().date()


def open_with_f4(qtbot: QtBot, edit: DueDateEdit) -> QWidget:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_F4)
    popup = QApplication.activePopupWidget()
    assert popup is not None, "F4 opens the calendar"
    return popup


def press_esc(popup: QWidget) -> None:
    """A real Esc key, where the keyboard is while the popup is open."""
    QTest.keyClick(popup.focusWidget() or popup, Qt.Key.Key_Escape)


def test_the_calendar_opens_at_today_with_today_marked(live, qtbot: QtBot) -> None:
    cocoach, clock = live
    start(cocoach)
    today = today_of(clock)
    assert today.year == 2026  # the app's clock, not the machine's calendar
    edit = cocoach.window.notes.due_edit
    assert edit.due() is None and edit.text() == "no date"
    open_with_f4(qtbot, edit)
    calendar = edit.due_calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    assert calendar.selectedDate() == QDate(today.year, today.month, today.day)
    mark = calendar.dateTextFormat(QDate(today.year, today.month, today.day))
    assert mark.fontWeight() == QFont.Weight.Bold and mark.fontUnderline()
    # Opening the calendar chose nothing yet: "no date" stays until a day is taken.
    assert edit.due() is None


def test_esc_closes_the_calendar_before_it_leaves_full_screen(screens, qtbot: QtBot) -> None:
    cocoach, _clock = screens
    start(cocoach)
    window = cocoach.window
    window.showFullScreen()
    assert window.isFullScreen()
    popup = open_with_f4(qtbot, window.notes.due_edit)
    press_esc(popup)
    assert QApplication.activePopupWidget() is None  # the calendar closed
    assert not popup.isVisible()
    assert window.isFullScreen()  # and Esc did nothing else
    assert window.notes.due_edit.due() is None
    QTest.keyClick(window.notes.commit_edit, Qt.Key.Key_Escape)  # no popup now: Esc leaves
    assert not window.isFullScreen()


def test_esc_closes_a_fields_completions_first(live, qtbot: QtBot) -> None:
    cocoach, _clock = live
    start(cocoach)
    window = cocoach.window
    field = window.notes.commit_edit
    completer = QCompleter(["Observe a lesson", "Observe the lunch queue"], field)
    field.setCompleter(completer)
    window.showFullScreen()
    field.setFocus()
    qtbot.keyClicks(field, "Obs")
    assert completer.popup().isVisible()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not completer.popup().isVisible()
    assert window.isFullScreen()


def test_plus_one_week_takes_a_day_and_the_commitment_keeps_it(
    live, qtbot: QtBot, data_dir: Path
) -> None:
    cocoach, clock = live
    start(cocoach)
    panel = cocoach.window.notes
    today = today_of(clock)
    open_with_f4(qtbot, panel.due_edit)
    qtbot.mouseClick(panel.due_edit.due_calendar.week_button, Qt.MouseButton.LeftButton)
    assert QApplication.activePopupWidget() is None  # a quick choice closes the calendar
    assert panel.due_edit.due() == today + timedelta(days=7)
    panel.commit_edit.setFocus()
    qtbot.keyClicks(panel.commit_edit, "Try the seating plan")
    qtbot.keyClick(panel.commit_edit, Qt.Key.Key_Return)
    [saved] = fresh_view(data_dir).session(cocoach.recorder.session_id).commitments  # type: ignore[arg-type]
    assert saved.due == today + timedelta(days=7)
    assert panel.due_edit.due() is None  # ready for the next one
    open_with_f4(qtbot, panel.due_edit)
    qtbot.mouseClick(panel.due_edit.due_calendar.none_button, Qt.MouseButton.LeftButton)
    assert panel.due_edit.due() is None and panel.due_edit.text() == "no date"


def test_next_session_is_a_week_on_then_the_teams_usual_gap(app, qtbot: QtBot) -> None:
    # Whole app: the team's usual gap is worked out by the app on each session it opens.
    cocoach, clock = app
    panel = cocoach.window.notes
    for _meeting in range(2):  # the team meets every fortnight
        start(cocoach)
        calendar = panel.due_edit.due_calendar
        assert calendar.next_session() == today_of(clock) + timedelta(days=7)  # not known yet
        cocoach.controller.finish()
        settle()
        assert cocoach.closing.dialog is not None
        cocoach.closing.dialog.reject()
        qtbot.keyClick(cocoach.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        clock.advance(14 * 24 * 3600)
    start(cocoach)  # the third meeting: two gaps of a fortnight make a habit
    today = today_of(clock)
    popup = open_with_f4(qtbot, panel.due_edit)
    calendar = panel.due_edit.due_calendar
    assert "14 days on" in calendar.next_button.toolTip()
    qtbot.mouseClick(calendar.next_button, Qt.MouseButton.LeftButton)
    assert not popup.isVisible()
    assert panel.due_edit.due() == today + timedelta(days=14)


def test_the_usual_gap_needs_three_meetings_and_ignores_same_day_ones() -> None:
    d = date(2026, 9, 1)
    assert usual_gap_days([]) is None
    assert usual_gap_days([d, d - timedelta(days=7)]) is None  # one gap is not a habit
    week = [d - timedelta(days=7 * k) for k in range(4)]
    assert usual_gap_days([*week, d]) == 7  # two sessions the same day count once
    assert usual_gap_days([d, d - timedelta(days=14), d - timedelta(days=28)]) == 14
    assert usual_gap_days([d, d - timedelta(days=100), d - timedelta(days=200)]) is None


def test_the_closing_screen_shows_each_due_date_and_edits_it(
    live, qtbot: QtBot, data_dir: Path
) -> None:
    cocoach, clock = live
    start(cocoach)
    today = today_of(clock)
    cocoach.recorder.add_commitment("Ask two colleagues to observe", today + timedelta(days=3))
    settle()
    cocoach.recorder.add_commitment("Keep a journal", None)
    settle()
    cocoach.controller.finish()
    settle()
    dialog = cocoach.closing.dialog
    assert dialog is not None and dialog.isVisible()
    first, second = dialog.due_edit(0), dialog.due_edit(1)
    assert first.isVisible() and second.isVisible()
    assert first.due() == today + timedelta(days=3)
    assert first.text() == QDate(today + timedelta(days=3)).toString("d MMM yyyy")
    assert second.text() == "no date"
    assert dialog.commitment_item(0).text(1) == "Ana"  # whose it is
    popup = open_with_f4(qtbot, second)
    assert (second.due_calendar.yearShown(), second.due_calendar.monthShown()) == (
        today.year,
        today.month,
    )
    press_esc(popup)
    assert not popup.isVisible() and dialog.isVisible()  # Esc closed the calendar only
    open_with_f4(qtbot, second)
    qtbot.mouseClick(second.due_calendar.week_button, Qt.MouseButton.LeftButton)
    first.set_due(None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = fresh_view(data_dir).session(cocoach.recorder.session_id).commitments  # type: ignore[arg-type]
    assert [(c.text, c.due) for c in saved] == [
        ("Ask two colleagues to observe", None),
        ("Keep a journal", today + timedelta(days=7)),
    ]
    assert "by" in cocoach.window.notes.commitments_list.item(1).text()  # shown with its date


def test_the_archive_commitment_dates_open_at_today_too(qtbot: QtBot) -> None:
    from datetime import date

    from cocoach_desktop.archive.qt.session_view import CommitmentEditor
    from cocoach_desktop.domain.records import Commitment

    editor = CommitmentEditor(Commitment(1, 1, "Ana", "Ask Sam to observe"))
    qtbot.addWidget(editor)
    editor.show()
    edit = editor.due_edit
    assert edit.due() is None and edit.text() == "no date"
    open_with_f4(qtbot, edit)
    today = date.today()  # the archive's editor has no session clock: the machine's day
    calendar = edit.due_calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    assert edit.due() is None
