"""The real app's windows, driven by keys and a manual clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import settle
from parts import Room, facilitator_window, room
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from cocoach_desktop.app import CocoachApp
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
from cocoach_desktop.timer.model.display import Alert
from cocoach_desktop.timer.model.plan import Mode
from cocoach_desktop.timer.model.session import EventKind, RunState


@pytest.fixture
def app(qtbot: QtBot, data_dir: Path) -> Iterator[tuple[CocoachApp, ManualClock]]:
    clock = ManualClock()
    cocoach = CocoachApp(clock, data_dir)
    qtbot.addWidget(cocoach.window)
    cocoach.window.confirm = lambda title, text: True  # type: ignore[method-assign]
    # Starting with nobody as coachee asks first; these tests start anyway.
    cocoach.window.ask_start_without_coachee = lambda: True  # type: ignore[method-assign]
    cocoach.window.show()
    qtbot.waitExposed(cocoach.window)
    cocoach.window.activateWindow()
    yield cocoach, clock
    cocoach.close()


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key, text: str = "") -> None:
    qtbot.keyClick(widget, key)


def test_it_opens_on_quality_first_with_the_whole_time_for_one_coachee(app) -> None:
    # Whole app: what the app opens on is its start-up (the remembered settings, the protocols).
    cocoach, _ = app
    setup = cocoach.window.setup
    assert setup.current_template_id() == "quality-first"
    assert setup.mode() is Mode.QUALITY_FIRST
    run = cocoach.controller.run
    assert run is not None
    assert sum(p.seconds for p in run.phases) == 45 * 60
    assert cocoach.window.agenda.rowCount() == len(run.phases)
    assert "Start" in cocoach.window.act_toggle.text()


def test_keyboard_shortcuts_drive_a_whole_session(app, qtbot: QtBot) -> None:
    # Whole app: the smoke test, a whole session driven by keys.
    cocoach, clock = app
    w = cocoach.window
    run = cocoach.controller.run
    assert run is not None
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert run.state is RunState.RUNNING
    clock.advance(30)
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert run.state is RunState.PAUSED
    qtbot.keyClick(w, Qt.Key.Key_Space)
    assert run.state is RunState.RUNNING
    qtbot.keyClick(w, Qt.Key.Key_Plus)
    assert run.base_seconds(0) == run.phases[0].seconds + 60
    qtbot.keyClick(w, Qt.Key.Key_N)
    assert run.index == 1
    qtbot.keyClick(w, Qt.Key.Key_Right)
    assert run.index == 2
    qtbot.keyClick(w, Qt.Key.Key_P)
    qtbot.keyClick(w, Qt.Key.Key_Left)
    assert run.index == 0
    qtbot.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert run.state is RunState.FINISHED
    kinds = [e.kind for e in run.events]
    assert kinds[:4] == [EventKind.START, EventKind.PAUSE, EventKind.RESUME, EventKind.EXTEND]
    assert kinds[-1] is EventKind.FINISH
    assert "finished" in w.phase_label.text().lower()


@pytest.fixture
def window(qtbot: QtBot) -> tuple[FacilitatorWindow, ManualClock]:
    """The facilitator's window alone, on its own controller (no archive, no recorder)."""
    clock = ManualClock()
    return facilitator_window(qtbot, clock), clock


@pytest.fixture
def screens(qtbot: QtBot) -> tuple[Room, ManualClock]:
    """The facilitator's window with the room's screens (the projector and the compact
    timer), built alone and connected to its View menu as the app connects them."""
    clock = ManualClock()
    return room(qtbot, clock), clock


def test_tooltips_and_help_name_the_keys(window) -> None:
    w, _ = window
    assert "Space" in w.act_toggle.toolTip()
    assert "N" in w.act_next.toolTip() and "Right" in w.act_next.toolTip()
    assert "+" in w.act_extend1.toolTip()
    assert "F" in w.act_presentation.toolTip()
    from cocoach_desktop.shell.qt.shortcuts_dialog import ShortcutsDialog

    rows = dict(ShortcutsDialog(w.actions()).rows())
    assert rows["Next phase"].startswith("N")
    assert rows["Leave full screen"] == "Esc"
    assert rows["Presentation"] == "F"


def test_presentation_shows_the_phase_and_true_remaining_time(screens, qtbot: QtBot) -> None:
    cocoach, clock = screens
    w = cocoach.window
    qtbot.keyClick(w, Qt.Key.Key_F)
    pres = cocoach.presentation.window
    assert pres is not None and pres.isVisible()
    assert w.act_presentation.isChecked()
    qtbot.keyClick(w, Qt.Key.Key_Space)
    clock.advance(61)
    cocoach.controller.tick()
    run = cocoach.controller.run
    assert run is not None
    first = run.phases[0]
    assert pres.phase_label.text() == first.name
    assert pres.rule_label.text() == first.rule
    assert pres.time_label.text() == f"{(first.seconds - 61) // 60}:{(first.seconds - 61) % 60:02d}"
    qtbot.keyClick(w, Qt.Key.Key_N)
    assert pres.phase_label.text() == run.phases[1].name
    clock.advance(run.phases[1].seconds + 5)
    cocoach.controller.tick()
    assert pres.time_label.text() == "+0:05"
    assert "Time is up" in pres.alert_label.text()
    qtbot.keyClick(w, Qt.Key.Key_F)
    assert not pres.isVisible()


def test_presentation_never_shows_private_text(screens, qtbot: QtBot) -> None:
    cocoach, clock = screens
    setup = cocoach.window.setup
    for name in ("Sam", "Ana"):
        setup.add_person(name)
    secret = "Ana's worry about her appraisal"
    assert setup.add_topic("Ana", secret)
    qtbot.keyClick(cocoach.window, Qt.Key.Key_F)
    qtbot.keyClick(cocoach.window, Qt.Key.Key_Space)
    clock.advance(10)
    cocoach.controller.tick()
    pres = cocoach.presentation.window
    assert pres is not None
    shown = " ".join(label.text() for label in pres.findChildren(QLabel))
    assert "Sam" in shown  # the coachee's turn is public
    assert secret not in shown and "appraisal" not in shown
    assert secret in " ".join(
        setup.topic_list.item(i).text() for i in range(setup.topic_list.count())
    )


def test_chime_is_asked_for_at_the_end_of_a_phase_and_silence_never_crashes(app) -> None:
    # Whole app: the chime is built and connected to the phases' ends only in the root.
    cocoach, clock = app
    played: list[int] = []
    cocoach.controller.phaseEnded.connect(played.append)
    cocoach.controller.toggle()
    settle()
    run = cocoach.controller.run
    assert run is not None
    clock.advance(run.phases[0].seconds + 1)
    cocoach.controller.tick()
    assert played == [0]
    cocoach.chime.enabled = False
    assert cocoach.chime.play() is False


def test_sharing_too_thinly_warns_and_offers_quality_first(window) -> None:
    w, _ = window
    setup = w.setup
    for name in ("A", "B", "C", "D", "E"):
        setup.add_person(name)
    setup.minutes_spin.setValue(40)
    setup.set_mode(Mode.SHARED)
    assert setup.share_warning.isVisibleTo(w)
    assert "quality" in setup.share_warning.text()
    run = w.controller.run
    assert run is not None and len({p.coachee for p in run.phases}) == 5
    setup.use_quality_button.click()
    assert setup.mode() is Mode.QUALITY_FIRST
    assert not setup.share_warning.isVisibleTo(w)
    run = w.controller.run
    assert run is not None and {p.coachee for p in run.phases} == {"A"}


def test_undo_brings_back_a_removed_topic(window) -> None:
    w, _ = window
    setup = w.setup
    setup.add_person("Sam")
    setup.add_person("Kim")
    setup.add_topic("Kim", "Year 9 after lunch")
    setup.topic_list.setCurrentRow(0)
    setup._remove_selected_topic()
    assert len(setup.topics) == 0
    w.undo_stack.undo()
    assert [t.text for t in setup.topics.items()] == ["Year 9 after lunch"]
    assert not setup.add_topic("Kim", "   ")
    assert "empty" in setup.topic_error.text()


def test_alert_levels_reach_the_facilitator_window(window) -> None:
    w, clock = window
    w.controller.toggle()
    run = w.controller.run
    assert run is not None
    clock.advance(run.phases[0].seconds - 100)
    w.controller.tick()
    state = w.controller.state()
    assert state is not None and state.alert is Alert.SOON
    assert "▲" in w.alert_label.text()


def test_settings_are_remembered(app, data_dir: Path, qtbot: QtBot) -> None:
    # Whole app: settings kept from one start of the app to the next.
    cocoach, _ = app
    cocoach.window.setup.minutes_spin.setValue(60)
    cocoach.change_theme("light")
    again = CocoachApp(ManualClock(), data_dir)
    qtbot.addWidget(again.window)
    assert again.prefs.theme == "light"
    assert again.window.setup.minutes_spin.value() == 60
    again.close()


def test_broken_settings_fall_back_to_defaults(data_dir: Path, qtbot: QtBot) -> None:
    (data_dir / "settings.ini").write_text(
        "[preferences]\nsoon_seconds=banana\ntheme=neon\nlast_total_minutes=50\n"
        "last_mode=everyone-gets-two-minutes\n"
    )
    cocoach = CocoachApp(ManualClock(), data_dir)
    qtbot.addWidget(cocoach.window)
    assert cocoach.prefs.soon_seconds == 120
    assert cocoach.prefs.theme == "dark"
    assert cocoach.prefs.last_total_minutes == 50
    assert cocoach.window.setup.mode() is Mode.QUALITY_FIRST
    assert any("soon_seconds" in p for p in cocoach.settings.problems)
    cocoach.close()


def test_a_broken_template_is_reported_and_the_rest_load(data_dir: Path, qtbot: QtBot) -> None:
    folder = data_dir / "protocols"
    folder.mkdir()
    (folder / "mine.toml").write_text('id = "mine"\nname = "Mine"\n[[phases]\nname=1')
    cocoach = CocoachApp(ManualClock(), data_dir)
    qtbot.addWidget(cocoach.window)
    banner = cocoach.window.setup.template_problems
    assert banner.isVisibleTo(cocoach.window)
    assert "mine.toml" in banner.text()
    assert len(cocoach.protocols.templates) >= 7
    cocoach.close()


def test_duplicated_protocol_is_saved_in_the_user_folder(app, data_dir: Path) -> None:
    # Whole app: the protocols' flow over the user's folder is built only in the root.
    from cocoach_desktop.protocols.model.protocols import duplicate

    cocoach, _ = app
    source = cocoach.window.setup.current_template()
    assert source is not None
    copy = duplicate(source, "Our Friday version", {t.id for t in cocoach.protocols.templates})
    assert cocoach.protocols.save(copy)
    assert (data_dir / "protocols" / f"{copy.id}.toml").exists()
    assert cocoach.window.setup.current_template_id() == copy.id
    assert "(yours)" in cocoach.window.setup.protocol_combo.currentText()
    assert cocoach.window.setup.edit_button.isEnabled()


def test_compact_timer_follows_the_session(screens, qtbot: QtBot) -> None:
    cocoach, clock = screens
    qtbot.keyClick(cocoach.window, Qt.Key.Key_C)
    compact = cocoach.compact.window
    assert compact is not None and compact.isVisible()
    assert compact.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    # First shown in the screen's bottom-right corner: never over the menus and the notes.
    area = cocoach.window.screen().availableGeometry()
    placed = compact.geometry()
    assert area.contains(placed)
    assert placed.right() > area.center().x() and placed.bottom() > area.center().y()
    cocoach.controller.toggle()
    settle()
    clock.advance(75)
    cocoach.controller.tick()
    run = cocoach.controller.run
    assert run is not None
    remaining = run.phases[0].seconds - 75
    assert compact.time_label.text() == f"{remaining // 60}:{remaining % 60:02d}"
    QApplication.processEvents()
