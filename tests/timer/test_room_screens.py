"""What the room sees: waiting, running, paused, finished and blank, at any size, in any theme.

The room's screens are built alone on the facilitator window (``tests/parts.py``); what
needs the set-up's, the recorder's or the preferences' wiring stays on the whole app."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from datetime import UTC, datetime, time, timedelta, timezone
from pathlib import Path

import parts
import pytest
from helpers import settle
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot
from test_presentation import PROTOCOL, contrast, count_pixels, pixel

from cocoach_desktop.app import CocoachApp
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.platform.preferences import Preferences
from cocoach_desktop.platform.qt.settings import SettingsStore
from cocoach_desktop.platform.qt.theme import THEMES, palette
from cocoach_desktop.platform.timefmt import clock_text
from cocoach_desktop.shell.qt.settings_dialog import SettingsDialog
from cocoach_desktop.timer.model.display import (
    DisplayState,
    RoomView,
    display_state,
    start_moment,
    waiting_state,
)
from cocoach_desktop.timer.model.plan import build_plan
from cocoach_desktop.timer.model.screens import Rect, place_window
from cocoach_desktop.timer.model.session import RunState, SessionRun
from cocoach_desktop.timer.qt.compact_window import CompactWindow
from cocoach_desktop.timer.qt.projector_placement import PresentationManager
from cocoach_desktop.timer.qt.projector_window import PresentationWindow
from cocoach_desktop.timer.qt.room_parts import legible_floor, local_hhmm
from cocoach_desktop.timer.qt.run_controller import IDLE_TICK_MS, SessionController

# 80 characters: a long double-barrelled name with its particles, as people really have.
LONG_NAME = "Maria-Josefina Alejandra de la Cruz Fernández-Oyarzábal y Montenegro-Villanuevas"
SIZES = [(1920, 1080), (1280, 720), (1024, 768)]
ROOM_LABELS = (
    "header_label",
    "clock_label",
    "phase_label",
    "speaker_label",
    "time_label",
    "alert_label",
    "rule_label",
    "reminder_label",
    "prompt_label",
    "next_label",
)


class Room:
    """A run on a manual clock at 15:20 UTC, snapshotted as the controller would."""

    def __init__(self, coachee: str = "Maria") -> None:
        self.clock = ManualClock(datetime(2026, 9, 1, 15, 20, tzinfo=UTC))
        self.run = SessionRun(build_plan(PROTOCOL, 600, coachees=[coachee]), self.clock)

    def state(self, planned_start: datetime | None = None) -> DisplayState:
        return display_state(self.run, planned_start=planned_start)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[PresentationWindow]:
    win = PresentationWindow("dark")
    qtbot.addWidget(win)
    win.resize(1600, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win


@pytest.fixture
def compact(qtbot: QtBot) -> Iterator[CompactWindow]:
    win = CompactWindow("dark")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


def shown_texts(widget: QWidget) -> str:
    """Every text a window shows, as one string."""
    return " ".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)
    )


def colours_in(widget: QWidget) -> set[int]:
    shot = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return set(memoryview(shot.constBits()).cast("I").tolist())


def assert_nothing_overlaps(win: PresentationWindow) -> None:
    """The visible lines sit inside the window, one under another, never over each other."""
    boxes: list[tuple[str, QRect]] = []
    for name in ROOM_LABELS:
        label = getattr(win, name)
        if label.isVisibleTo(win) and label.text():
            boxes.append((name, label.geometry()))
    inside = win.rect()
    for name, box in boxes:
        assert inside.contains(box), (name, box, inside)
    for i, (name, box) in enumerate(boxes):
        for other, other_box in boxes[i + 1 :]:
            assert not box.intersects(other_box), (name, box, other, other_box)


@pytest.fixture
def room_screens(qtbot: QtBot) -> tuple[parts.Room, ManualClock]:
    """The projector and the compact timer on the facilitator window, built alone."""
    clock = ManualClock()
    return parts.room(qtbot, clock), clock


def start_app_session(cocoach: CocoachApp | parts.Room, qtbot: QtBot) -> PresentationWindow:
    """A session running with the projector and the compact timer open."""
    cocoach.setup.add_person("Ana")
    cocoach.window.act_presentation.setChecked(True)
    cocoach.window.act_compact.setChecked(True)
    pres = cocoach.presentation.window
    assert pres is not None
    qtbot.addWidget(pres)
    cocoach.controller.toggle()
    settle()
    return pres


# ----- finished ------------------------------------------------------------------------------


def test_after_finish_the_room_sees_thank_you_and_the_length_not_a_frozen_countdown(
    room_screens: tuple[parts.Room, ManualClock], qtbot: QtBot
) -> None:
    cocoach, clock = room_screens
    pres = start_app_session(cocoach, qtbot)
    run = cocoach.controller.run
    assert run is not None
    # Into the last minutes of the first phase: the warning the issue saw frozen.
    clock.advance(run.phases[0].seconds - 41)
    cocoach.controller.tick()
    frozen_time, frozen_alert = pres.time_label.text(), pres.alert_label.text()
    assert frozen_time == "0:41" and frozen_alert.startswith("▲")
    clock.advance(5)
    cocoach.controller.finish()
    settle()
    length = clock_text(run.session_elapsed())
    assert pres.time_label.text() == "Thank you"
    assert pres.alert_label.text() == f"The session took {length}"
    room = shown_texts(pres)
    assert run.phases[0].name not in room
    assert "0:3" not in room and "Under" not in room and "Next:" not in room
    assert not pres.phase_progress.isVisible()
    dark = palette("dark")
    assert pixel(pres, 2, pres.height() // 2) == dark.background  # no warning frame
    compact = cocoach.compact.window
    assert compact is not None
    assert compact.time_label.text() == length
    assert compact.phase_label.toolTip().startswith("Thank you")
    assert run.phases[0].name not in compact.phase_label.toolTip()


def test_the_finished_screen_has_no_warning_colour_even_after_overtime(
    window: PresentationWindow,
) -> None:
    room = Room()
    room.run.start()
    room.clock.advance(400)  # well into overtime
    room.run.finish()
    state = room.state()
    assert state.view is RoomView.FINISHED and state.session_seconds == 400
    window.show_state(state)
    assert window.alert_label.text() == "The session took 6:40"
    assert window.next_label.text() == f"Ended at {local_hhmm(room.clock.now())}"
    assert count_pixels(window.time_label, palette("dark").overtime) == 0


# ----- waiting -------------------------------------------------------------------------------


def test_the_waiting_screen_shows_the_protocol_the_time_of_day_and_the_planned_start(
    window: PresentationWindow,
) -> None:
    room = Room()
    start = room.clock.now() + timedelta(minutes=4, seconds=12)
    window.show_state(room.state(planned_start=start))
    assert window.phase_label.text() == "Incident method"
    # The countdown to the start is the big number; the time of day is said under it in
    # words (two big clocks would be misread from the back of the room).
    now = local_hhmm(room.clock.now())
    assert window.speaker_label.text() == "Starts in"
    assert window.time_label.text() == "4:12"
    assert window.alert_label.text() == f"Starting at {local_hhmm(start)} · it is {now} now"
    assert window.next_label.text() == "First: Presenting the case"
    # No frozen phase timer: neither the phase's length nor its bars.
    assert "5:00" not in shown_texts(window)
    assert not window.phase_progress.isVisible()
    room.clock.advance(1)
    window.show_state(room.state(planned_start=start))
    assert window.time_label.text() == "4:11"
    room.clock.advance(252)
    window.show_state(room.state(planned_start=start))
    assert window.alert_label.text() == "Starting shortly"  # it is time, not yet started
    assert window.time_label.text() == local_hhmm(room.clock.now())  # the clock again
    assert window.speaker_label.text() == f"Starting at {local_hhmm(start)}"


def test_without_a_planned_start_it_waits_calmly_with_the_time(window: PresentationWindow) -> None:
    now = datetime(2026, 9, 1, 15, 20, tzinfo=UTC)
    window.show_state(waiting_state(now))
    assert window.phase_label.text() == "Waiting to start"
    assert window.time_label.text() == local_hhmm(now)
    assert window.speaker_label.text() == "" and window.alert_label.text() == ""
    assert pixel(window, 2, window.height() // 2) == palette("dark").background


def test_a_start_time_is_today_or_tomorrow_in_the_local_zone() -> None:
    paris_summer = timezone(timedelta(hours=2))
    now = datetime(2026, 9, 1, 13, 0, tzinfo=UTC)  # 15:00 local
    assert start_moment(now, time(15, 30), paris_summer) == datetime(2026, 9, 1, 13, 30, tzinfo=UTC)
    # A little late: still today's 14:50, not tomorrow's.
    assert start_moment(now, time(14, 50), paris_summer).day == 1
    late = datetime(2026, 9, 1, 21, 50, tzinfo=UTC)  # 23:50 local
    assert start_moment(late, time(0, 10), paris_summer) == datetime(2026, 9, 1, 22, 10, tzinfo=UTC)


def test_a_start_long_past_leaves_the_waiting_screen() -> None:
    now = datetime(2026, 9, 1, 16, 20, tzinfo=UTC)
    assert waiting_state(now, now - timedelta(minutes=10)).planned_start is not None
    assert waiting_state(now, now - timedelta(minutes=50)).planned_start is None  # that session


def test_with_no_run_the_controller_keeps_the_waiting_screen_up_to_date(qtbot: QtBot) -> None:
    clock = ManualClock(datetime(2026, 9, 1, 15, 20, tzinfo=UTC))
    controller = SessionController(clock)
    seen: list[DisplayState] = []
    controller.waiting.connect(seen.append)
    start = clock.now() + timedelta(minutes=5)
    controller.set_planned_start(start)
    assert seen[-1].view is RoomView.WAITING and seen[-1].starts_in == 300
    assert controller._timer.isActive() and controller._timer.interval() == IDLE_TICK_MS
    clock.advance(61)
    controller.tick()
    assert seen[-1].now == clock.now() and seen[-1].starts_in == 239


def test_between_sessions_the_room_sees_the_waiting_screen(
    room_screens: tuple[parts.Room, ManualClock], qtbot: QtBot
) -> None:
    cocoach, clock = room_screens
    pres = start_app_session(cocoach, qtbot)
    clock.advance(30)
    cocoach.controller.finish()
    settle()
    assert pres.time_label.text() == "Thank you"
    cocoach.window.new_session()  # Ctrl+N
    assert pres.time_label.text() == local_hhmm(clock.now())
    assert pres.phase_label.text() == cocoach.setup.current_template().name  # type: ignore[union-attr]
    # No plan can be made (no protocol chosen): the waiting screen still shows, and ticks.
    cocoach.setup.planChanged.emit(None)
    assert cocoach.controller.run is None
    assert pres.phase_label.text() == "Waiting to start"
    clock.advance(150)  # on the minute again
    cocoach.controller.tick()
    assert pres.time_label.text() == local_hhmm(clock.now())
    # A start time typed in the set-up reaches the room.
    typed = (clock.now() + timedelta(minutes=5)).astimezone().strftime("%H:%M")
    cocoach.setup.start_edit.setText(typed)
    assert pres.speaker_label.text() == "Starts in"
    assert pres.time_label.text() == "5:00"
    assert pres.alert_label.text().startswith(f"Starting at {typed} · it is ")
    compact = cocoach.compact.window
    assert compact is not None and compact.time_label.text() == "5:00"


# ----- paused --------------------------------------------------------------------------------


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_pause_changes_words_size_and_colour(window: PresentationWindow, theme: str) -> None:
    window.set_theme(theme)
    p = palette(theme)
    room = Room()
    room.run.start()
    room.clock.advance(61)
    window.show_state(room.state())
    running_alert = window.alert_label.font().pixelSize()
    running_time = window.time_label.colour()
    running_border = pixel(window, 2, window.height() // 2)
    room.run.pause()
    window.show_state(room.state())
    assert "Paused" in window.alert_label.text()  # words, under the digits, not just a badge
    assert window.alert_label.font().pixelSize() >= 1.5 * running_alert  # size
    assert window.alert_label.font().pixelSize() >= 0.07 * window.height()
    assert window.time_label.colour() == p.muted != running_time  # colour: greyed digits
    assert pixel(window, 2, window.height() // 2) == p.accent != running_border  # a frame
    assert count_pixels(window.alert_label, p.accent) > 500
    assert window.paused_label.isVisible()
    room.run.resume()
    window.show_state(room.state())
    assert "Paused" not in window.alert_label.text()
    assert window.alert_label.font().pixelSize() == running_alert


def test_the_compact_timer_shows_pause_in_words_shape_and_colour(compact: CompactWindow) -> None:
    dark = palette("dark")
    room = Room()
    room.run.start()
    room.clock.advance(61)
    compact.show_state(room.state())
    assert pixel(compact, 1, compact.height() // 2) != dark.accent
    room.run.pause()
    compact.show_state(room.state())
    assert compact.phase_label.toolTip().startswith("PAUSED")
    assert compact.phase_label.font().bold()
    assert compact.shape_label.text() == "❚❚"
    assert count_pixels(compact.time_label, dark.muted) > 50  # the digits greyed
    assert count_pixels(compact.time_label, dark.text) == 0
    assert pixel(compact, 1, compact.height() // 2) == dark.accent  # a thick blue frame
    assert pixel(compact, 4, compact.height() // 2) == dark.accent


# ----- blank ---------------------------------------------------------------------------------


def test_b_blanks_the_room_screen_and_b_again_brings_it_back_from_either_window(
    room_screens: tuple[parts.Room, ManualClock], qtbot: QtBot
) -> None:
    cocoach, clock = room_screens
    pres = start_app_session(cocoach, qtbot)
    w = cocoach.window
    before = colours_in(pres)
    assert len(before) > 2
    w.agenda_view.setFocus()
    QTest.keyClick(w.agenda_view, Qt.Key.Key_B)
    assert pres.is_blanked() and w.act_blank.isChecked()
    assert colours_in(pres) == {0xFF000000}  # black: nothing at all shows
    assert w.blank_indicator.isVisibleTo(w)
    assert "B" in w.blank_indicator.text()
    clock.advance(30)  # the session goes on underneath
    cocoach.controller.tick()
    assert colours_in(pres) == {0xFF000000}
    pres.activateWindow()
    QTest.keyClick(pres, Qt.Key.Key_B)  # from the projector window itself
    assert not pres.is_blanked() and not w.act_blank.isChecked()
    assert not w.blank_indicator.isVisibleTo(w)
    assert len(colours_in(pres)) > 2
    QTest.keyClick(pres, Qt.Key.Key_B)
    assert pres.is_blanked()
    # Closed and opened again while blank: it stays blank until B.
    w.act_presentation.setChecked(False)
    w.act_presentation.setChecked(True)
    assert pres.is_blanked() and colours_in(pres) == {0xFF000000}
    assert "Blank" in w.act_blank.text() and w.act_blank in w.view_menu.actions()


def test_typing_b_in_a_note_is_a_letter_not_a_blank(qtbot: QtBot, data_dir: Path) -> None:
    clock = ManualClock()  # the recorder opens the note box once a session is on record
    recording = parts.recording(qtbot, clock, data_dir, archive=None)
    cocoach = parts.room(qtbot, clock, recording.window)
    start_app_session(cocoach, qtbot)
    editor = cocoach.window.notes.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Bob")
    assert editor.toPlainText() == "Bob"
    assert not cocoach.presentation.is_blanked()


# ----- long names ----------------------------------------------------------------------------


@pytest.mark.parametrize(("width", "height"), [*SIZES, (640, 480), (480, 320), (320, 200)])
def test_a_long_name_stays_legible_wrapped_or_shortened(
    window: PresentationWindow, width: int, height: int
) -> None:
    assert len(LONG_NAME) == 80
    window.resize(width, height)
    room = Room(LONG_NAME)
    room.run.start()
    window.show_prompt("What would you like to happen instead?")
    window.set_reminder(True)
    room.clock.advance(10)
    room.run.pause()  # the paused words take the most room
    window.show_state(room.state())
    speaker = window.speaker_label
    # Never below 3% of the height nor 14 px (unless the line's own size is smaller still).
    floor = min(round(0.05 * height), max(14, round(0.03 * height)))
    assert speaker.font().pixelSize() >= floor
    assert window.full_text(speaker) == f"{LONG_NAME} speaks"
    shown = speaker.text()
    assert shown == window.full_text(speaker) or shown.endswith("…")
    assert_nothing_overlaps(window)


def test_at_1024x768_the_whole_long_name_shows_at_a_legible_size(
    window: PresentationWindow,
) -> None:
    window.resize(1024, 768)
    room = Room(LONG_NAME)
    room.run.start()
    window.show_state(room.state())
    speaker = window.speaker_label
    assert speaker.font().pixelSize() >= 23  # 3% of 768; the issue saw 13 px
    assert speaker.text() == f"{LONG_NAME} speaks"  # wrapped, not cut
    assert speaker.wordWrap()


def test_a_name_too_long_even_for_two_lines_ends_in_an_ellipsis(
    window: PresentationWindow,
) -> None:
    window.resize(1024, 768)
    room = Room(" ".join([LONG_NAME] * 3))
    room.run.start()
    window.show_state(room.state())
    speaker = window.speaker_label
    assert speaker.font().pixelSize() >= legible_floor(768)
    assert speaker.text().endswith("…")
    assert speaker.text().startswith("Maria-Josefina")
    room.clock.advance(1)  # a tick keeps the shortened text, and refits nothing
    window.show_state(room.state())
    assert speaker.text().endswith("…")


# ----- every state, every size, both themes ---------------------------------------------------


def every_state() -> Iterator[tuple[str, DisplayState, str]]:
    room = Room(LONG_NAME)
    yield "waiting", room.state(room.clock.now() + timedelta(minutes=10)), ""
    yield "no plan", waiting_state(room.clock.now(), room.clock.now()), ""
    room.run.start()
    room.clock.advance(250)
    yield "running", room.state(), "What would you like to happen instead?"
    room.run.pause()
    yield "paused", room.state(), "What would you like to happen instead?"
    room.run.resume()
    room.run.finish()
    yield "finished", room.state(), ""


@pytest.mark.parametrize("theme", ["dark", "light"])
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_screen_fits_and_reads_in_both_themes(
    window: PresentationWindow, theme: str, width: int, height: int
) -> None:
    window.set_theme(theme)
    window.set_clock(True)
    window.set_reminder(True)
    window.resize(width, height)
    p = palette(theme)
    floor = legible_floor(height)
    for name, state, prompt in every_state():
        window.show_prompt(prompt)
        window.show_state(state)
        assert_nothing_overlaps(window)
        for attr in ("phase_label", "speaker_label", "alert_label", "rule_label", "next_label"):
            label = getattr(window, attr)
            if label.text():
                assert label.font().pixelSize() >= floor, (name, attr)
        # The biggest text is large in every state: digits, the clock or "Thank you".
        assert window.time_label.font().pixelSize() >= 0.12 * height, name
        assert window.time_label.text(), name
        assert contrast(window.time_label.colour(), p.background) >= 4.5, name
    for colour in (p.accent, p.muted):  # the waiting and paused colours
        assert contrast(colour, p.background) >= 4.5


def test_nothing_private_reaches_the_room_in_any_state(
    app: tuple[CocoachApp, ManualClock], qtbot: QtBot
) -> None:
    # Whole app: private words could reach the room by any path the root connects to it.
    cocoach, clock = app
    secret = "Ana's worry about her appraisal"
    cocoach.setup.add_person("Ben")
    assert cocoach.setup.add_topic("Ben", secret)
    pres = start_app_session(cocoach, qtbot)
    cocoach.window.notes.editor.setPlainText(secret)
    states: list[DisplayState] = []
    cocoach.controller.updated.connect(states.append)
    cocoach.controller.waiting.connect(states.append)
    compact = cocoach.compact.window
    assert compact is not None
    for step in (
        cocoach.controller.toggle,
        cocoach.controller.toggle,
        cocoach.controller.finish,
        cocoach.window.new_session,
    ):
        clock.advance(20)
        step()
        for win in (pres, compact):
            assert "appraisal" not in shown_texts(win)
            assert "appraisal" not in " ".join(lb.toolTip() for lb in win.findChildren(QLabel))
    assert {s.view for s in states} >= {RoomView.PAUSED, RoomView.FINISHED, RoomView.WAITING}
    for state in states:
        for field in fields(state):
            assert "appraisal" not in str(getattr(state, field.name))


# ----- the time of day -------------------------------------------------------------------------


def test_the_time_of_day_shows_small_on_the_projector_when_set(
    window: PresentationWindow,
) -> None:
    room = Room()
    room.run.start()
    room.clock.advance(61)
    window.show_state(room.state())
    assert not window.clock_label.isVisible()
    window.set_clock(True)
    assert window.clock_label.isVisible()
    assert window.clock_label.text() == local_hhmm(room.clock.now())
    assert window.clock_label.font().pixelSize() < window.phase_label.font().pixelSize()
    assert window.clock_label.geometry().bottom() < window.phase_label.geometry().top()
    room.clock.advance(60)
    window.show_state(room.state())
    assert window.clock_label.text() == local_hhmm(room.clock.now())
    window.set_clock(False)
    assert not window.clock_label.isVisible()


def test_the_time_of_day_setting_is_kept_and_offered(tmp_path: Path, qtbot: QtBot) -> None:
    assert Preferences().clock_on_screen is True
    store = SettingsStore(tmp_path / "settings.ini")
    store.save(Preferences(clock_on_screen=False))
    assert store.load().clock_on_screen is False
    dialog = SettingsDialog(Preferences())
    qtbot.addWidget(dialog)
    assert dialog.clock.isChecked()
    dialog.clock.setChecked(False)
    assert dialog.preferences().clock_on_screen is False
    dialog._restore_defaults()
    assert dialog.preferences().clock_on_screen is True


def test_the_setting_reaches_the_projector(
    app: tuple[CocoachApp, ManualClock], qtbot: QtBot
) -> None:
    # Whole app: the root applies the preferences to the projector.
    cocoach, clock = app
    pres = start_app_session(cocoach, qtbot)
    clock.advance(5)
    cocoach.controller.tick()
    assert pres.clock_label.text() == local_hhmm(clock.now())
    from dataclasses import replace

    cocoach.apply_preferences(replace(cocoach.prefs, clock_on_screen=False))
    assert not pres.clock_label.isVisibleTo(pres)
    assert pres.clock_label.text() == ""


# ----- where the presentation opens --------------------------------------------------------------


SCREEN = Rect(0, 0, 1920, 1080)


def test_beside_the_facilitator_window_never_over_it() -> None:
    control = Rect(0, 0, 1360, 860)
    placed = place_window(SCREEN, control)
    assert placed.overlap(control) == 0
    assert placed.overlap(SCREEN) == placed.area
    assert placed.width >= 480 and abs(placed.width / placed.height - 16 / 9) < 0.02
    # The facilitator window on the right: the presentation goes to the left.
    right = Rect(900, 100, 1000, 900)
    left = place_window(SCREEN, right)
    assert left.right <= right.x and left.overlap(right) == 0


def test_with_little_room_beside_it_a_smaller_window_still_covers_nothing() -> None:
    most = Rect(0, 0, 1500, 1080)  # 420 pixels left on the right
    placed = place_window(SCREEN, most)
    assert placed.overlap(most) == 0 and placed.x >= most.right
    assert placed.width >= 320


def test_with_no_room_beside_it_a_small_window_covers_the_least() -> None:
    maximised = Rect(0, 0, 1920, 1080)
    placed = place_window(SCREEN, maximised)
    assert (placed.width, placed.height) == (560, 315)
    assert placed.overlap(SCREEN) == placed.area
    # Most of the screen, a little free on the left: the corner there covers least of it.
    most = Rect(200, 0, 1720, 1080)
    corner = place_window(SCREEN, most)
    assert corner.x == 12 and corner.overlap(most) < Rect(1348, 44, 560, 315).overlap(most)


def test_the_place_the_facilitator_gave_is_kept_while_it_is_on_screen() -> None:
    control = Rect(0, 0, 1360, 860)
    saved = Rect(300, 200, 800, 450)  # over the facilitator window: the facilitator chose it
    assert place_window(SCREEN, control, saved) == saved
    half_off = Rect(1700, 200, 800, 450)  # mostly off screen: placed anew beside
    assert place_window(SCREEN, control, half_off).overlap(control) == 0
    nudged = place_window(SCREEN, control, Rect(1300, 200, 800, 450))  # a little off: pulled in
    assert nudged.right == 1920 and nudged.width == 800
    assert Rect.parse(saved.text()) == saved
    assert Rect.parse("1,2,three,4") is None and Rect.parse("") is None


def test_a_malformed_saved_place_is_reported_and_dropped(tmp_path: Path) -> None:
    assert Preferences(presentation_geometry="10,10,800,450").problems() == []
    assert Preferences(presentation_geometry="here").problems()
    store = SettingsStore(tmp_path / "settings.ini")
    store.save(Preferences(presentation_geometry="here", clock_on_screen=False))
    prefs = store.load()
    assert prefs.presentation_geometry == "" and prefs.clock_on_screen is False
    assert store.problems


def test_one_screen_opens_the_presentation_beside_the_controls(qtbot: QtBot) -> None:
    screens = QApplication.screens()
    if len(screens) != 1:
        pytest.skip("needs a single screen")
    area = screens[0].availableGeometry()
    control = QWidget()
    qtbot.addWidget(control)
    control.setGeometry(area.x(), area.y(), area.width() // 2, area.height() - 40)
    control.show()
    qtbot.waitExposed(control)
    manager = PresentationManager(control, QMenu(), "dark")
    manager.show()
    pres = manager.window
    assert pres is not None
    qtbot.addWidget(pres)
    assert not pres.isFullScreen()
    assert not pres.frameGeometry().intersects(control.frameGeometry())
    assert area.contains(pres.geometry())
    assert pres.width() >= 320
    manager.close()


def test_the_place_the_facilitator_gives_the_presentation_is_remembered(
    app: tuple[CocoachApp, ManualClock], qtbot: QtBot, data_dir: Path
) -> None:
    # Whole app: the root keeps the place in the settings and hands it over at start-up.
    cocoach, clock = app
    if len(QApplication.screens()) != 1:
        pytest.skip("needs a single screen")
    area = QApplication.screens()[0].availableGeometry()
    w = cocoach.window
    w.act_presentation.setChecked(True)
    pres = cocoach.presentation.window
    assert pres is not None
    qtbot.addWidget(pres)
    placed = pres.geometry()
    w.act_presentation.setChecked(False)
    assert cocoach.prefs.presentation_geometry == ""  # not moved: nothing to remember
    w.act_presentation.setChecked(True)
    # The facilitator puts it somewhere else; closing and opening it again finds it there.
    chosen = QRect(area.x() + 40, area.y() + 60, 400, 240)
    assert chosen != placed
    pres.setGeometry(chosen)
    w.act_presentation.setChecked(False)
    assert cocoach.prefs.presentation_geometry == "{},{},{},{}".format(*chosen.getRect())
    w.act_presentation.setChecked(True)
    assert pres.geometry() == chosen
    # ...and so does the next start of the app.
    cocoach.close()
    again = CocoachApp(clock, data_dir)
    qtbot.addWidget(again.window)
    again.window.show()
    again.window.act_presentation.setChecked(True)
    assert again.presentation.window is not None
    qtbot.addWidget(again.presentation.window)
    assert again.presentation.window.geometry() == chosen
    again.close()


@pytest.mark.parametrize("name", sorted(THEMES))
def test_compact_states_read_in_both_themes(compact: CompactWindow, name: str) -> None:
    compact.set_theme(name)
    p = palette(name)
    room = Room()
    room.run.start()
    room.clock.advance(30)
    room.run.finish()
    compact.show_state(room.state())
    assert compact.time_label.text() == "0:30"
    assert count_pixels(compact.time_label, p.text) > 50
    assert compact.shape_label.text() == "✓"
    room = Room()
    compact.show_state(room.state(room.clock.now() + timedelta(minutes=3)))
    assert compact.time_label.text() == "3:00"
    start = local_hhmm(room.clock.now() + timedelta(minutes=3))
    assert compact.phase_label.text().startswith(f"Starts at {start}")  # cut after, if at all
    assert RunState.NOT_STARTED is room.run.state
