"""The facilitator window on a school laptop: 1280x720, the set-up folded, long and odd names."""

from __future__ import annotations

import pytest
from parts import facilitator_window
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QSpinBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
from cocoach_desktop.timer.model.plan import Mode
from cocoach_desktop.timer.model.session import RunState
from cocoach_desktop.timer.qt.agenda_model import COL_TURN

# 1280x720 (a 1366x768 laptop, or 1920x1080 at 150 %) less a taskbar, the title bar and
# the window's borders.
MOST_SIZE = QSize(1240, 660)
LAPTOP = QSize(1280, 720)
LONG = "Zoë " + "Alexandra-Katharina Montgomery-Fitzwilliam de la Tour d'Auvergne " + "X" * 20
LONG = LONG[:80]
ODD_NAMES = ("<b>x</b>", "Sam <deputy head>")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def window(qtbot: QtBot, clock: ManualClock) -> FacilitatorWindow:
    """The facilitator's window alone, on its own controller: what these tests check is
    the window's (its size, its layout, its start); no archive or recorder is needed."""
    return facilitator_window(qtbot, clock)


def start(w: FacilitatorWindow) -> None:
    w.act_toggle.trigger()
    run = w.controller.run
    assert run is not None and run.state is RunState.RUNNING


def at_laptop_size(qtbot: QtBot, window: FacilitatorWindow) -> None:
    window.fit_to_screen(LAPTOP)
    qtbot.wait(1)  # let the layouts settle at that size
    assert window.width() <= LAPTOP.width() and window.height() <= LAPTOP.height()


def _inside_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped_controls(window: QWidget) -> list[str]:
    """Every visible control that is cut off by the window's edge or squeezed under its size.

    Controls inside a scrolling area (the set-up's fields, a list's rows) scroll instead.
    """
    kinds = (QAbstractButton, QLabel, QLineEdit, QComboBox, QSpinBox, QProgressBar, QTabBar)
    found = []
    frame = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or _inside_scroll_area(widget, window):
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the field inside a spin box or combo box: its box is checked
        if not isinstance(widget, (*kinds, QAbstractScrollArea)):
            continue
        where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        name = f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', str)()!r}"
        if not frame.contains(where):
            found.append(f"{name} at {where} is outside the window {frame}")
            continue
        policy = widget.sizePolicy()
        hint = widget.minimumSizeHint().boundedTo(widget.maximumSize())  # a set size counts
        if policy.horizontalPolicy() != QSizePolicy.Policy.Ignored and isinstance(widget, kinds):
            if widget.width() < hint.width():
                found.append(f"{name} is {widget.width()} wide, needs {hint.width()}")
            needed = (
                widget.heightForWidth(widget.width())
                if widget.hasHeightForWidth()
                else hint.height()
            )
            needed = min(needed, widget.maximumHeight())
            if widget.height() < needed:
                found.append(f"{name} is {widget.height()} high, needs {needed}")
    return found


def agenda_rows_in_view(window: FacilitatorWindow) -> int:
    view = window.agenda_view
    height = view.viewport().height()
    return sum(
        1
        for row in range(window.agenda.rowCount())
        if view.rowViewportPosition(row) + view.rowHeight(row) <= height
    )


# ----- size ------------------------------------------------------------------------------


def test_the_window_can_be_made_small_enough_for_a_school_laptop(
    window: FacilitatorWindow, qtbot: QtBot
) -> None:
    w = window
    hints = {"before": w.minimumSizeHint()}
    start(w)
    hints["running, set-up folded"] = w.minimumSizeHint()
    w.show_setup(True)
    hints["running, set-up shown"] = w.minimumSizeHint()
    for state, hint in hints.items():
        assert hint.width() <= MOST_SIZE.width() and hint.height() <= MOST_SIZE.height(), (
            state,
            hint,
        )


@pytest.mark.parametrize("folded", [True, False])
def test_nothing_is_clipped_at_1280x720_and_the_whole_agenda_shows(
    window: FacilitatorWindow, qtbot: QtBot, folded: bool
) -> None:
    w = window
    w.setup.add_person("Ana Ruiz")
    w.setup.add_person("Ben Okafor")
    at_laptop_size(qtbot, w)
    assert clipped_controls(w) == []
    start(w)
    w.show_setup(not folded)
    qtbot.wait(1)
    assert clipped_controls(w) == []
    assert w.notes.editor.isVisibleTo(w) == folded  # folded: the notes have its place
    compact_button = next(b for b in w.buttons if b.defaultAction() is w.act_compact)
    assert compact_button.isVisibleTo(w)
    assert all(b.isVisibleTo(w) for b in w.tally.buttons.values())
    assert w.time_label.isVisibleTo(w)
    run = w.controller.run
    assert run is not None and len(run.phases) == 6
    assert agenda_rows_in_view(w) == 6  # all the phases, without scrolling


def test_seven_phases_show_at_1280x720(window: FacilitatorWindow, qtbot: QtBot) -> None:
    from tests.helpers import template

    w = window
    w.setup.set_templates([template(5, 5, 5, 5, 5, 5, 5)], [])
    at_laptop_size(qtbot, w)
    start(w)
    qtbot.wait(1)
    assert agenda_rows_in_view(w) == 7


def test_the_default_size_fits_the_screen_it_opens_on(window: FacilitatorWindow) -> None:
    window.fit_to_screen(LAPTOP)
    assert window.width() <= LAPTOP.width() - 16 and window.height() <= LAPTOP.height() - 40
    window.fit_to_screen(QSize(1920, 1080))
    assert window.size() == QSize(1360, 860)


def test_long_names_do_not_widen_the_window(window: FacilitatorWindow, qtbot: QtBot) -> None:
    w = window
    plain = w.minimumSizeHint()
    setup = w.setup
    setup.add_person(LONG)
    setup.add_person(LONG[:-1] + "Y")
    setup.facilitator_edit.setText("F" * 80)
    setup.group_combo.setCurrentText("T" * 80)
    setup.add_topic(LONG, "A topic with a long name on it")
    assert setup.coachee() == LONG
    assert w.minimumSizeHint().width() <= plain.width()
    start(w)
    w.show_setup(True)
    assert w.minimumSizeHint().width() <= plain.width()
    at_laptop_size(qtbot, w)
    assert LONG in w.speaker_label.text()  # the whole name is there, elided on screen
    assert w.speaker_label.toolTip() and "Zoë" in w.speaker_label.toolTip()
    assert clipped_controls(w) == []


# ----- folding the set-up away ---------------------------------------------------------------


def test_the_set_up_folds_away_when_a_session_starts_and_comes_back(
    window: FacilitatorWindow, qtbot: QtBot
) -> None:
    w = window
    assert w.setup_shown() and w.tabs.currentWidget() is w.setup_scroll
    assert w.act_setup in w.view_menu.actions()
    assert w.setup_button.isVisibleTo(w) and "F9" in w.act_setup.toolTip()
    start(w)
    assert not w.setup_shown()
    assert w.tabs.currentWidget() is w.notes
    assert w.setup_button.isVisibleTo(w)  # the way back stays in view
    qtbot.keyClick(w, Qt.Key.Key_F9)
    assert w.setup_shown() and w.tabs.currentWidget() is w.setup_scroll
    qtbot.keyClick(w, Qt.Key.Key_F9)
    assert not w.setup_shown()
    w.setup_button.click()
    assert w.setup_shown()
    w.act_setup.trigger()  # the View menu's entry
    assert not w.setup_shown()
    run = w.controller.run
    assert run is not None and run.state is RunState.RUNNING  # F9 never touched the timer
    w.act_finish.trigger()
    w.act_new.trigger()
    assert w.setup_shown()  # ready for the next session's set-up


def test_the_fold_key_is_the_windows_own(window: FacilitatorWindow) -> None:
    assert window.act_setup.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    assert all(k.toString() != "F9" for k in window.app_wide_keys())


# ----- the start ---------------------------------------------------------------------------


def test_starting_with_no_coachee_warns_and_offers_to_choose_one(
    window: FacilitatorWindow, qtbot: QtBot
) -> None:
    w = window
    asked: list[bool] = []

    def choose_a_coachee() -> bool:
        asked.append(True)
        return False

    w.ask_start_without_coachee = choose_a_coachee  # type: ignore[method-assign]
    w.show_setup(False)
    qtbot.keyClick(w, Qt.Key.Key_Space)
    run = w.controller.run
    assert asked == [True]
    assert run is not None and run.state is RunState.NOT_STARTED
    assert w.setup_shown()
    assert w.focusWidget() is w.setup.person_edit  # nobody yet: add someone first

    w.ask_start_without_coachee = lambda: True  # type: ignore[method-assign]
    qtbot.keyClick(w, Qt.Key.Key_Space)
    run = w.controller.run
    assert run is not None and run.state is RunState.RUNNING


def test_with_a_coachee_the_start_asks_nothing(window: FacilitatorWindow, qtbot: QtBot) -> None:
    w = window

    def never() -> bool:
        raise AssertionError("asked although there is a coachee")

    w.ask_start_without_coachee = never  # type: ignore[method-assign]
    w.setup.add_person("Ana")
    w.act_toggle.trigger()
    run = w.controller.run
    assert run is not None and run.state is RunState.RUNNING


def test_choosing_a_coachee_after_the_warning_goes_to_the_coachee_field(
    window: FacilitatorWindow, qtbot: QtBot
) -> None:
    w = window
    w.setup.add_person("Ana")
    w.setup.coachee_combo.setCurrentIndex(-1)  # people, but nobody chosen
    w.ask_start_without_coachee = lambda: False  # type: ignore[method-assign]
    w.act_toggle.trigger()
    assert w.focusWidget() is w.setup.coachee_combo


def test_until_a_time_the_minutes_follow_at_the_start(
    window: FacilitatorWindow, clock: ManualClock, qtbot: QtBot
) -> None:
    w = window
    from datetime import timedelta

    setup = w.setup
    setup.add_person("Ana")
    end = (clock.now() + timedelta(minutes=45)).astimezone().strftime("%H:%M")
    qtbot.keyClicks(setup.until_edit, end)
    assert setup.minutes_spin.value() == 45
    clock.advance(7 * 60)  # the group arrives late
    start(w)
    run = w.controller.run
    assert run is not None and run.plan.total_seconds == 38 * 60


def test_a_shared_session_has_its_coachees_and_is_not_warned(window: FacilitatorWindow) -> None:
    w = window

    def never() -> bool:
        raise AssertionError("asked in a shared session")

    w.ask_start_without_coachee = never  # type: ignore[method-assign]
    for name in ("Ana", "Ben"):
        w.setup.add_person(name)
    w.setup.set_mode(Mode.SHARED)
    start(w)


# ----- names read as typed -----------------------------------------------------------------


@pytest.mark.parametrize("name", ODD_NAMES)
def test_names_are_shown_as_typed_never_as_markup(
    window: FacilitatorWindow, qtbot: QtBot, name: str
) -> None:
    w = window
    setup = w.setup
    setup.add_person(name)
    setup.add_person(name)  # "already in the group" quotes the name
    setup.facilitator_edit.setText(name)
    setup.group_combo.setCurrentText(name)
    assert setup.coachee() == name
    start(w)
    w.show_setup(True)
    showing = [label for label in w.findChildren(QLabel) if name in label.text()]
    assert w.speaker_label in showing
    assert setup.people_error in showing
    for label in showing:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    # The tooltips show the name as typed too, not as markup.
    assert "&lt;" in w.speaker_label.toolTip()
    turn = w.agenda.data(w.agenda.index(0, COL_TURN), Qt.ItemDataRole.ToolTipRole)
    assert isinstance(turn, str) and "&lt;" in turn and "<b>x" not in turn
    w.controller.finish()
    for label in w.findChildren(QLabel) + setup.findChildren(QLabel):
        if name in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_the_advice_hint_does_not_push_the_window_about(
    window: FacilitatorWindow, qtbot: QtBot
) -> None:
    for name in ("Ana Ruiz", "Ben Okafor"):
        window.setup.add_person(name)
    window.show()
    at_laptop_size(qtbot, window)
    start(window)
    qtbot.wait(1)
    before = window.splitter.sizes()
    notes = window.notes
    notes.editor.setPlainText("Q: Have you tried a seating plan with the quieter students?")
    qtbot.waitUntil(lambda: not notes.hint.isHidden(), timeout=3000)
    qtbot.wait(1)
    assert window.splitter.sizes() == before  # the hint fits the panel it is in
    assert clipped_controls(window) == []
