"""Between sessions nothing private stays on screen: the screen may be mirrored to the room."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import settle
from parts import Meeting, Recording, meeting, recording
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStatusBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cocoach_desktop.app import CocoachApp
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
from cocoach_desktop.storage.archive import Archive

SECRETS = (
    "dreads Monday mornings",  # a filed note
    "head of year",  # the note still in the box
    "observe Jo's lesson",  # a commitment
    "half-typed promise",  # typed in the commitment field, never added
    "have you tried detention",  # a question typed in the Questions tab
)


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        try:
            columns = model.columnCount(parent)
        except TypeError:  # a list model keeps columnCount to itself: it has one
            columns = 1
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if value:
                        yield str(value)
                if column == 0 and model.rowCount(index) > 0:
                    pending.append(index)


def visible_texts(window: QWidget) -> list[str]:
    """Every text a person could read in the window now (tooltips included)."""
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractSpinBox):
            texts.append(widget.text())
        elif isinstance(widget, QStatusBar):
            texts.append(widget.currentMessage())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView):
            texts += list(_model_texts(widget))
    return [t for t in texts if t]


def leaks(window: QWidget) -> list[str]:
    seen = "\n".join(visible_texts(window)).casefold()
    return [s for s in SECRETS if s.casefold() in seen]


def leaks_on_any_tab(window: FacilitatorWindow) -> list[str]:
    """What shows on each tab in turn (set-up, notes, questions): one click away is on screen."""
    tabs = window.tabs
    found: list[str] = []
    current = tabs.currentIndex()
    for index in range(tabs.count()):
        if tabs.isTabVisible(index):
            tabs.setCurrentIndex(index)
            found += [s for s in leaks(window) if s not in found]
    tabs.setCurrentIndex(current)
    return found


@pytest.fixture
def live(qtbot: QtBot, data_dir: Path, archive: Archive) -> tuple[Recording, ManualClock]:
    """The live session alone (no app): the window and its notes, the recorder writing into
    an archive in ``data_dir`` through the real writer, and the closing screen."""
    clock = ManualClock()
    return recording(qtbot, clock, data_dir, archive), clock


@pytest.fixture
def meeting_parts(qtbot: QtBot, data_dir: Path, archive: Archive) -> tuple[Meeting, ManualClock]:
    """The live session's parts as in a meeting (no app): the recording with its closing
    screen, the tally, the room's screens and the question panel's prompts."""
    clock = ManualClock()
    return meeting(qtbot, clock, data_dir, archive), clock


def hold_a_session(qtbot: QtBot, cocoach: CocoachApp | Meeting) -> None:
    """A session as it goes: notes, a commitment, counts, a question checked."""
    w = cocoach.window
    for name in ("Ana", "Ben", "Chloé"):
        cocoach.setup.add_person(name)
    cocoach.controller.toggle()
    settle()
    w.notes.editor.setFocus()
    qtbot.keyClicks(w.notes.editor, "Ana dreads Monday mornings")
    qtbot.keyClick(w.notes.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(w.notes.editor, "Q: have you talked to the head of year?")
    cocoach.recorder.flush()
    qtbot.keyClicks(w.notes.commit_edit, "Ask to observe Jo's lesson")
    qtbot.keyClick(w.notes.commit_edit, Qt.Key.Key_Return)
    settle()  # the note and the commitment are on disk, and listed
    qtbot.keyClicks(w.notes.commit_edit, "A half-typed promise")
    for _ in range(3):
        w.act_tally[next(iter(w.act_tally))].trigger()
    w.show_questions()
    qtbot.keyClicks(w.questions.question_edit, "have you tried detention")
    assert w.questions.hint.isVisibleTo(w)
    w.show_notes()
    assert len(leaks_on_any_tab(w)) == len(SECRETS)  # the check sees them during the session


def test_after_ctrl_n_nothing_of_the_last_session_is_on_screen(meeting_parts, qtbot: QtBot) -> None:
    cocoach, _clock = meeting_parts
    w = cocoach.window
    hold_a_session(qtbot, cocoach)
    assert "3" in w.tally.buttons[next(iter(w.tally.buttons))].text()
    cocoach.controller.finish()
    settle()
    assert cocoach.closing.dialog is not None
    cocoach.closing.dialog.reject()
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert cocoach.recorder.session_id is None  # Ctrl+N did take effect
    assert leaks_on_any_tab(w) == []
    w.show_notes()
    assert w.notes.notes_list.count() == 0 and w.notes.commitments_list.count() == 0
    assert w.notes.draft_text() == ""
    assert not w.notes.hint.isVisibleTo(w)  # the advice box of the note's question went too
    assert w.tally.isVisibleTo(w) and w.tally.counts.total == 0
    assert [b.text().split()[-1] for b in w.tally.buttons.values()] == ["0", "0", "0"]
    w.show_questions()
    assert w.questions.question_edit.text() == "" and not w.questions.hint.isVisibleTo(w)


def test_a_new_run_without_ctrl_n_clears_the_screen_too(meeting_parts, qtbot: QtBot) -> None:
    """Changing the length after a session and starting again is a new session as well."""
    cocoach, _clock = meeting_parts
    w = cocoach.window
    hold_a_session(qtbot, cocoach)
    cocoach.controller.finish()
    settle()
    assert cocoach.closing.dialog is not None
    cocoach.closing.dialog.reject()
    cocoach.setup.minutes_spin.setValue(cocoach.setup.minutes_spin.value() + 5)
    assert leaks_on_any_tab(w) == []
    cocoach.controller.toggle()
    settle()
    assert leaks_on_any_tab(w) == []
    assert w.tally.counts.total == 0


def test_a_note_that_could_not_be_saved_stays_even_so(live, qtbot: QtBot) -> None:
    """Losing a note is worse than showing it: it stays, and says why, until it is saved."""
    cocoach, _clock = live
    w = cocoach.window
    for name in ("Ana", "Ben"):
        cocoach.setup.add_person(name)
    cocoach.controller.toggle()
    settle()
    huge = "far too long " * 20_000
    w.notes.editor.setPlainText(huge)
    assert not cocoach.recorder.flush()
    cocoach.controller.finish()
    settle()
    assert cocoach.closing.dialog is not None
    cocoach.closing.dialog.reject()
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    w.show_notes()
    assert w.notes.draft_text() == huge
    assert w.notes.problem.isVisibleTo(w)


def test_undo_in_a_field_after_ctrl_n_brings_nothing_back(meeting_parts, qtbot: QtBot) -> None:
    cocoach, _clock = meeting_parts
    w = cocoach.window
    hold_a_session(qtbot, cocoach)
    cocoach.controller.finish()
    settle()
    assert cocoach.closing.dialog is not None
    cocoach.closing.dialog.reject()
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert leaks_on_any_tab(w) == []
    # Ctrl+Z in a field, or its right-click menu's Undo, must not bring the words back.
    for field in (w.notes.commit_edit, w.questions.question_edit):
        assert not field.isUndoAvailable()
        field.undo()
    assert not w.notes.editor.document().isUndoAvailable()
    assert leaks_on_any_tab(w) == []


def test_a_refused_commitment_is_not_said_after_the_session_ends(qtbot) -> None:
    """ "A commitment is blank." is about the entry; once the session ends (the entry closes
    with it) the banner must not go on saying it."""
    from cocoach_desktop.notes.qt.notes_panel import COMMITMENT_PROBLEM, NotesPanel

    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.set_session_open(True)
    panel.show_problem("A commitment is blank.", COMMITMENT_PROBLEM)
    assert panel.problem.text() == "A commitment is blank."
    panel.set_session_open(False)
    assert panel.problem.isHidden()
