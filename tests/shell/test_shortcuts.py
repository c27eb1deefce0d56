"""Every key a button or menu names works, where it says, and once.

"Remove selected (Del)" did nothing: PySide6 ignored ``context=`` in ``QShortcut(...)``, so
two window-wide Delete keys clashed and neither fired. These tests press each key named in a
tooltip or a button's text, in the widget where it is meant to work, and check what happens.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import settle
from parts import Meeting, Recording, meeting, recording
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShortcutEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from cocoach_desktop.app import CocoachApp
from cocoach_desktop.domain.records import TallyKind
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.timer.model.session import RunState

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
# A key named in a text: "(Del)", "(Ctrl+Shift+S)", "(N, Right)", "key 1", "(Enter)".
KEY_WORDS = r"(?:Ctrl|Shift|Alt|Del|Delete|Enter|Return|Esc|Space|F\d+|key \d|Right|Left|\?)"
NAMES_A_KEY = re.compile(rf"\([^()]*\b{KEY_WORDS}\b[^()]*\)|\bkey \d|\([^()]*\W\)|\(\w\)")


# What the keys are pressed in: the facilitator's window with its recording, the meeting's
# parts together, or the whole app.
Parts = CocoachApp | Recording | Meeting


def _under_way(cocoach: Parts) -> None:
    """A session under way, with a group, a coachee and a topic for next time."""
    setup = cocoach.setup
    for name in ("Ana", "Ben", "Chloé"):
        setup.add_person(name)
    setup.add_topic("Ben", "Parents' evening nerves")
    cocoach.window.act_toggle.trigger()
    settle()  # the session's row is written: counts can be recorded
    run = cocoach.controller.run
    assert run is not None and run.state is RunState.RUNNING
    cocoach.window.activateWindow()


@pytest.fixture
def running(
    qtbot: QtBot, data_dir: Path, archive: Archive
) -> Iterator[tuple[Recording, ManualClock]]:
    """A session under way in the facilitator's window alone (no app), recorded into an
    archive through the real writer, its end opening the closing screen."""
    clock = ManualClock()
    part = recording(qtbot, clock, data_dir, archive)
    _under_way(part)
    yield part, clock


@pytest.fixture
def running_meeting(
    qtbot: QtBot, data_dir: Path, archive: Archive
) -> Iterator[tuple[Meeting, ManualClock]]:
    """A session under way in the meeting's parts (no app): for the keys that reach a part
    connected to the window (the prompts, the tally), connected as the app connects them."""
    clock = ManualClock()
    part = meeting(qtbot, clock, data_dir, archive)
    _under_way(part)
    yield part, clock


@pytest.fixture
def running_app(app) -> Iterator[tuple[CocoachApp, ManualClock]]:
    """A session under way in the whole app: for the key that reaches the protocols' flow,
    which only the app connects to the window."""
    cocoach, clock = app
    _under_way(cocoach)
    yield cocoach, clock


class ShortcutSpy(QObject):
    """Counts the key presses that reach a shortcut or action, and keeps them from acting."""

    def __init__(self, target: QObject) -> None:
        super().__init__()
        self.hits = 0
        self.ambiguous = 0
        self.target = target
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            assert isinstance(event, QShortcutEvent)
            if event.isAmbiguous():
                self.ambiguous += 1
            else:
                self.hits += 1
            return True
        return False

    def remove(self) -> None:
        self.target.removeEventFilter(self)


def press(qtbot: QtBot, widget: QWidget, sequence: QKeySequence) -> None:
    combination = sequence[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def _parent_widget(shortcut: QShortcut) -> QWidget:
    parent = shortcut.parent()
    assert isinstance(parent, QWidget)
    return parent


def _show(window: FacilitatorWindow, widget: QWidget) -> None:
    """Bring the tab holding ``widget`` forward (the set-up, the notes or the questions)."""
    for page in (window.setup_scroll, window.notes, window.questions):
        if page is widget or page.isAncestorOf(widget):
            if page is window.setup_scroll:
                window.show_setup(True)
            window.tabs.setCurrentWidget(page)


# ----- no key is bound twice where both could fire ------------------------------------------


def test_no_key_is_bound_twice_in_the_same_place(running) -> None:
    cocoach, _ = running
    w = cocoach.window
    places: dict[tuple[str, int], list[str]] = {}
    for action in _keyed_actions(w):
        scope = 0 if action.shortcutContext() in WINDOW_WIDE else id(action)
        for key in action.shortcuts():
            places.setdefault((key.toString(), scope), []).append(action.text())
    for shortcut in w.findChildren(QShortcut):
        scope = 0 if shortcut.context() in WINDOW_WIDE else id(shortcut.parent())
        places.setdefault((shortcut.key().toString(), scope), []).append(
            type(shortcut.parent()).__name__
        )
    clashes = {key: owners for key, owners in places.items() if len(owners) > 1}
    assert clashes == {}


def test_keys_on_lists_and_fields_work_only_there(running) -> None:
    cocoach, _ = running
    for shortcut in cocoach.window.findChildren(QShortcut):
        assert shortcut.context() in (
            Qt.ShortcutContext.WidgetShortcut,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        ), (shortcut.key().toString(), type(shortcut.parent()).__name__)


# ----- every key reaches what it is for, and only that ------------------------------------


def _keyed_actions(w: FacilitatorWindow) -> list[QAction]:
    """The window's actions that have keys (its own, and the Edit menu's undo and redo)."""
    return [a for a in dict.fromkeys(w.findChildren(QAction)) if a.shortcuts()]


def test_every_menu_key_reaches_its_action(running, qtbot: QtBot) -> None:
    cocoach, _ = running
    w = cocoach.window
    w.agenda_view.setFocus()  # the session side: the timer's keys are free there
    checked = []
    for action in _keyed_actions(w):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys:
            continue
        enabled = action.isEnabled()
        action.setEnabled(True)  # e.g. Redo with nothing to redo: the key must still be its
        spy = ShortcutSpy(action)
        for key in keys:
            before = spy.hits
            press(qtbot, w, key)
            assert spy.ambiguous == 0, f"{key.toString()} is ambiguous"
            assert spy.hits == before + 1, f"{key.toString()} did not reach {action.text()!r}"
            checked.append(key.toString())
        spy.remove()
        action.setEnabled(enabled)
    assert {"Space", "N", "F9", "Ctrl+D", "1", "Ctrl+Z"} <= set(checked)


def test_every_key_of_a_list_or_field_works_in_it(running, qtbot: QtBot) -> None:
    """Each QShortcut, pressed in its widget: the notes' keys while the session runs, the
    set-up's before the next one (while a session runs the group cannot change)."""
    cocoach, _ = running
    w = cocoach.window
    shortcuts = w.findChildren(QShortcut)
    assert len(shortcuts) >= 10
    worked: set[int] = set()
    for _state in ("running", "between sessions"):
        for shortcut in shortcuts:
            widget = _parent_widget(shortcut)
            _show(w, widget)
            if not widget.isEnabled():
                continue
            widget.setFocus()
            spy = ShortcutSpy(shortcut)
            press(qtbot, QApplication.focusWidget() or widget, shortcut.key())
            name = f"{shortcut.key().toString()} in {type(widget).__name__}"
            assert spy.ambiguous == 0, f"{name} is ambiguous"
            if spy.hits == 1:
                worked.add(id(shortcut))
            spy.remove()
        w.act_finish.trigger()
        w.new_session()
    missed = [
        f"{s.key().toString()} in {type(s.parent()).__name__}"
        for s in shortcuts
        if id(s) not in worked
    ]
    assert missed == []


# ----- each key a button names, pressed where it says, does what the button does ------------


def _del_removes_a_person(cocoach: Parts, qtbot: QtBot) -> None:
    setup = cocoach.setup
    cocoach.window.new_session()  # the group can change between sessions
    setup.people_list.setCurrentRow(1)
    setup.people_list.setFocus()
    qtbot.keyClick(setup.people_list, Qt.Key.Key_Delete)
    assert setup.people() == ["Ana", "Chloé"]


def _del_removes_a_topic(cocoach: Parts, qtbot: QtBot) -> None:
    setup = cocoach.setup
    cocoach.window.show_setup(True)
    setup.topic_list.setCurrentRow(0)
    setup.topic_list.setFocus()
    qtbot.keyClick(setup.topic_list, Qt.Key.Key_Delete)
    assert len(setup.topics) == 0
    assert setup.topic_list.count() == 0


def _ctrl_m_makes_an_observer(cocoach: Parts, qtbot: QtBot) -> None:
    setup = cocoach.setup
    cocoach.window.new_session()
    setup.people_list.setCurrentRow(2)
    setup.people_list.setFocus()
    qtbot.keyClick(setup.people_list, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert setup.observers() == ["Chloé"]


def _ctrl_d_duplicates(cocoach: Parts, qtbot: QtBot) -> None:
    asked: list[str] = []

    def get_text(*args: object, **kwargs: object) -> tuple[str, bool]:
        asked.append(str(args[1]))
        return "", False

    original = QInputDialog.getText
    QInputDialog.getText = get_text  # type: ignore[method-assign]
    try:
        cocoach.window.agenda_view.setFocus()
        qtbot.keyClick(cocoach.window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    finally:
        QInputDialog.getText = original  # type: ignore[method-assign]
    assert asked == ["Duplicate protocol"]


def _f9_shows_the_set_up(cocoach: Parts, qtbot: QtBot) -> None:
    w = cocoach.window
    shown = w.setup_shown()
    qtbot.keyClick(w, Qt.Key.Key_F9)
    assert w.setup_shown() is not shown


def _ctrl_shift_s_marks_the_note_shareable(cocoach: Parts, qtbot: QtBot) -> None:
    notes = cocoach.window.notes
    cocoach.window.show_notes()
    before = notes.shareable.isChecked()
    qtbot.keyClick(
        notes.editor,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert notes.shareable.isChecked() is not before


def _ctrl_enter_files_the_note(cocoach: Parts, qtbot: QtBot) -> None:
    notes = cocoach.window.notes
    cocoach.window.show_notes()
    qtbot.keyClicks(notes.editor, "Ben asked about timing")
    filed = notes.notes_list.count()
    qtbot.keyClick(notes.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle()  # written by the writer thread, then listed
    assert notes.notes_list.count() == filed + 1
    assert notes.editor.toPlainText() == ""


def _enter_shows_the_question(cocoach: Parts, qtbot: QtBot) -> None:
    questions = cocoach.window.questions
    shown: list[str] = []
    questions.showTypedRequested.connect(shown.append)
    cocoach.window.show_questions()
    qtbot.keyClicks(questions.question_edit, "What matters most to you here?")
    qtbot.keyClick(questions.question_edit, Qt.Key.Key_Return)
    assert shown == ["What matters most to you here?"]


def _ctrl_k_pins_the_prompt(cocoach: Parts, qtbot: QtBot) -> None:
    assert isinstance(cocoach, CocoachApp | Meeting)  # the prompts are the meeting's
    w = cocoach.window
    w.agenda_view.setFocus()
    pinned = cocoach.prompts.view.pinned
    qtbot.keyClick(w, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert cocoach.prompts.view.pinned is not pinned


def _digit_counts(kind: TallyKind, key: Qt.Key) -> Callable[[Parts, QtBot], None]:
    def check(cocoach: Parts, qtbot: QtBot) -> None:
        before = cocoach.window.tally.counts.of(kind)
        cocoach.window.agenda_view.setFocus()
        qtbot.keyClick(cocoach.window, key)
        assert cocoach.window.tally.counts.of(kind) == before + 1

    return check


def _ctrl_z_takes_back_a_count(cocoach: Parts, qtbot: QtBot) -> None:
    w = cocoach.window
    w.agenda_view.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_1)
    total = w.tally.counts.total
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.tally.counts.total == total - 1


def _alt_digit_uses_a_reframe(cocoach: Parts, qtbot: QtBot) -> None:
    questions = cocoach.window.questions
    cocoach.window.show_questions()
    questions.question_edit.clear()
    qtbot.keyClicks(questions.question_edit, "You should try a seating plan")
    hint = questions.hint
    assert hint.buttons[0].isVisibleTo(cocoach.window)
    reframe = hint.buttons[0].text()
    qtbot.keyClick(questions.question_edit, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: questions.question_edit.text() == reframe)  # an animated click


def key_checks(w: FacilitatorWindow) -> dict[QAbstractButton, Callable[[Parts, QtBot], None]]:
    """Each button that names a key, with what pressing that key must do."""
    setup, notes, questions, tally = w.setup, w.notes, w.questions, w.tally
    checks: dict[QAbstractButton, Callable[[Parts, QtBot], None]] = {
        setup.remove_person_button: _del_removes_a_person,
        setup.observer_button: _ctrl_m_makes_an_observer,
        setup.remove_topic_button: _del_removes_a_topic,
        setup.duplicate_button: _ctrl_d_duplicates,
        w.setup_button: _f9_shows_the_set_up,
        notes.shareable: _ctrl_shift_s_marks_the_note_shareable,
        notes.add_button: _ctrl_enter_files_the_note,
        questions.show_typed_button: _enter_shows_the_question,
        questions.pin_button: _ctrl_k_pins_the_prompt,
        tally.buttons[TallyKind.OPEN]: _digit_counts(TallyKind.OPEN, Qt.Key.Key_1),
        tally.buttons[TallyKind.CLOSED]: _digit_counts(TallyKind.CLOSED, Qt.Key.Key_2),
        tally.buttons[TallyKind.ADVICE]: _digit_counts(TallyKind.ADVICE, Qt.Key.Key_3),
        tally.undo_button: _ctrl_z_takes_back_a_count,
    }
    for hint in (questions.hint, notes.hint):
        for button in hint.buttons:
            checks[button] = _alt_digit_uses_a_reframe
    return checks


def _names_a_key(button: QAbstractButton) -> bool:
    return bool(NAMES_A_KEY.search(button.text()) or NAMES_A_KEY.search(button.toolTip()))


def test_every_button_that_names_a_key_has_its_key_tested(running) -> None:
    cocoach, _ = running
    w = cocoach.window
    checks = key_checks(w)
    for button in w.findChildren(QAbstractButton):
        action = getattr(button, "defaultAction", lambda: None)()
        if isinstance(action, QAction) and action.shortcuts() and action is not w.act_setup:
            # A menu action's button: its keys are pressed in the test above.
            assert action in w.actions()
            continue
        if _names_a_key(button):
            assert button in checks, (button.text(), button.toolTip())


BUTTONS: dict[str, Callable[[FacilitatorWindow], QAbstractButton]] = {
    "remove person (Del)": lambda w: w.setup.remove_person_button,
    "observer (Ctrl+M)": lambda w: w.setup.observer_button,
    "remove topic (Del)": lambda w: w.setup.remove_topic_button,
    "duplicate (Ctrl+D)": lambda w: w.setup.duplicate_button,
    "set-up (F9)": lambda w: w.setup_button,
    "shareable (Ctrl+Shift+S)": lambda w: w.notes.shareable,
    "file note (Ctrl+Enter)": lambda w: w.notes.add_button,
    "show question (Enter)": lambda w: w.questions.show_typed_button,
    "pin (Ctrl+K)": lambda w: w.questions.pin_button,
    "open question (1)": lambda w: w.tally.buttons[TallyKind.OPEN],
    "closed question (2)": lambda w: w.tally.buttons[TallyKind.CLOSED],
    "advice (3)": lambda w: w.tally.buttons[TallyKind.ADVICE],
    "undo count (Ctrl+Z)": lambda w: w.tally.undo_button,
    "reframe (Alt+1)": lambda w: w.questions.hint.buttons[0],
}


# These keys, pressed in the window, act in a part connected to it: they are checked on the
# meeting's parts, or, for the protocols' flow (connected only by the root), on the whole app.
REACHING_THE_APP = ("duplicate (Ctrl+D)",)  # the protocols' flow
REACHING_OTHER_PARTS = (
    *REACHING_THE_APP,
    "pin (Ctrl+K)",  # the prompts
    "open question (1)",  # the tally's keeper
    "closed question (2)",
    "advice (3)",
    "undo count (Ctrl+Z)",  # the tally's keeper's step, in the window's history
)


@pytest.mark.parametrize("which", [b for b in BUTTONS if b not in REACHING_OTHER_PARTS])
def test_the_key_a_button_names_does_what_it_does(running, qtbot: QtBot, which: str) -> None:
    cocoach, _ = running
    w = cocoach.window
    key_checks(w)[BUTTONS[which](w)](cocoach, qtbot)


@pytest.mark.parametrize("which", [b for b in REACHING_OTHER_PARTS if b not in REACHING_THE_APP])
def test_the_key_a_button_names_reaches_the_part_it_is_for(
    running_meeting, qtbot: QtBot, which: str
) -> None:
    cocoach, _ = running_meeting
    w = cocoach.window
    key_checks(w)[BUTTONS[which](w)](cocoach, qtbot)


@pytest.mark.parametrize("which", REACHING_THE_APP)
def test_the_key_a_button_names_reaches_the_protocols_flow(
    running_app, qtbot: QtBot, which: str
) -> None:
    # The whole app: the protocols' flow is built and connected to the set-up only in the root.
    cocoach, _ = running_app
    w = cocoach.window
    key_checks(w)[BUTTONS[which](w)](cocoach, qtbot)


def test_delete_in_the_group_list_leaves_the_topics_alone(running, qtbot: QtBot) -> None:
    """The two Delete keys each act on their own list (they used to clash and do nothing)."""
    cocoach, _ = running
    setup = cocoach.setup
    cocoach.window.new_session()
    setup.people_list.setCurrentRow(0)
    setup.topic_list.setCurrentRow(0)
    setup.people_list.setFocus()
    qtbot.keyClick(setup.people_list, Qt.Key.Key_Delete)
    assert setup.people() == ["Ben", "Chloé"] and len(setup.topics) == 1
    setup.topic_list.setFocus()
    qtbot.keyClick(setup.topic_list, Qt.Key.Key_Delete)
    assert setup.people() == ["Ben", "Chloé"] and len(setup.topics) == 0
    cocoach.window.undo_stack.undo()
    cocoach.window.undo_stack.undo()
    assert setup.people() == ["Ana", "Ben", "Chloé"] and len(setup.topics) == 1


def test_delete_in_a_text_field_deletes_text(running, qtbot: QtBot) -> None:
    cocoach, _ = running
    setup = cocoach.setup
    cocoach.window.new_session()
    setup.person_edit.setText("Dee")
    setup.person_edit.setFocus()
    setup.person_edit.setCursorPosition(0)
    qtbot.keyClick(setup.person_edit, Qt.Key.Key_Delete)
    assert setup.person_edit.text() == "ee" and setup.people() == ["Ana", "Ben", "Chloé"]


def test_ctrl_s_confirms_the_closing_screen(running, qtbot: QtBot) -> None:
    cocoach, _ = running
    cocoach.window.act_finish.trigger()
    settle()  # the end is written; the closing screen opens
    dialog = cocoach.closing.dialog
    assert dialog is not None and dialog.isVisible()
    assert "Ctrl+S" in " ".join(b.text() for b in dialog.findChildren(QAbstractButton))
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    with qtbot.waitSignal(dialog.confirmed, timeout=1000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
