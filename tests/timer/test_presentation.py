"""The projector window, the compact timer and the themes, as the room and the coach see them."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.platform.qt.theme import THEMES, alert_color, apply_app_theme, palette
from cocoach_desktop.protocols.model.protocols import PhaseTemplate, ProtocolTemplate
from cocoach_desktop.timer.model.display import Alert, DisplayState, display_state
from cocoach_desktop.timer.model.plan import build_plan
from cocoach_desktop.timer.model.session import SessionRun
from cocoach_desktop.timer.qt.compact_window import CompactWindow
from cocoach_desktop.timer.qt.projector_window import PresentationWindow

PROTOCOL = ProtocolTemplate(
    id="incident",
    name="Incident method",
    description="A protocol made for the tests.",
    source="Tests",
    default_minutes=10,
    roles=("coachee", "coach"),
    phases=(
        PhaseTemplate("Presenting the case", 5, "{coachee} speaks", "Everyone else listens."),
        PhaseTemplate("Open questions", 5, "The coaches ask", "Only open questions, no advice."),
    ),
)

# Seconds into a 10-minute plan of two 5-minute phases, and what the room should then see.
MOMENTS = {
    Alert.CALM: 61,  # 3:59 left
    Alert.SOON: 210,  # 1:30 left
    Alert.URGENT: 280,  # 0:20 left
    Alert.OVERTIME: 305,  # five seconds over
}


class Session:
    """A real run on a manual clock, snapshotted as the app would."""

    def __init__(self) -> None:
        self.clock = ManualClock()
        self.run = SessionRun(build_plan(PROTOCOL, 600, coachees=["Maria"]), self.clock)
        self.run.start()

    def at(self, seconds: float) -> DisplayState:
        """The display ``seconds`` after the start (the clock only moves forward)."""
        self.clock.advance(seconds - self.run.session_elapsed())
        return display_state(self.run)


@pytest.fixture
def session() -> Session:
    return Session()


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
    win.move(100, 100)
    win.show()
    qtbot.waitExposed(win)
    yield win


def count_pixels(widget: QWidget, colour: str, tolerance: int = 0) -> int:
    """How many pixels of ``widget`` (as its window shows it) are ``colour``, give or take."""
    shot = widget.window().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    if widget is not widget.window():
        shot = shot.copy(widget.geometry())
    pixels = memoryview(shot.constBits()).cast("I").tolist()
    target = QColor(colour).rgb() & 0xFFFFFF
    if tolerance == 0:
        return pixels.count(0xFF000000 | target)
    channels = [(target >> shift) & 0xFF for shift in (16, 8, 0)]
    return sum(
        1
        for value in pixels
        if all(
            abs(((value >> shift) & 0xFF) - c) <= tolerance
            for shift, c in zip((16, 8, 0), channels, strict=True)
        )
    )


def pixel(widget: QWidget, x: int, y: int) -> str:
    return str(widget.grab().toImage().pixelColor(x, y).name())


def margin_pixel(win: QWidget) -> str:
    """A point of the background between the border and the texts."""
    return pixel(win, round(win.width() * 0.02), win.height() // 2)


# ----- what the room reads ---------------------------------------------------------------


def test_shows_the_phase_its_rule_whose_turn_and_the_time_left(
    window: PresentationWindow, session: Session
) -> None:
    window.show_state(session.at(61))
    assert window.phase_label.text() == "Presenting the case"
    assert window.rule_label.text() == "Everyone else listens."
    assert window.speaker_label.text() == "Maria speaks"
    assert window.time_label.text() == "3:59"
    assert window.next_label.text() == "Next: Open questions"
    assert "Incident method" in window.header_label.text()
    assert "phase 1 of 2" in window.header_label.text()
    assert 0.19 < window.phase_progress.value() < 0.21  # 61 of 300 seconds
    assert 0.09 < window.session_progress.value() < 0.11  # 61 of 600 seconds


def test_the_next_phase_replaces_the_first_one(
    window: PresentationWindow, session: Session
) -> None:
    window.show_state(session.at(61))
    session.run.next_phase()
    window.show_state(display_state(session.run))
    assert window.phase_label.text() == "Open questions"
    assert window.rule_label.text() == "Only open questions, no advice."
    assert window.speaker_label.text() == "The coaches ask"
    assert "phase 2 of 2" in window.header_label.text()
    assert "end of the session" in window.next_label.text()


def test_before_the_first_state_it_waits_calmly(window: PresentationWindow) -> None:
    assert window.time_label.text() == "Waiting to start"
    assert window.alert_label.text() == ""
    assert not window.paused_label.isVisible()
    assert not window.phase_progress.isVisible()
    assert margin_pixel(window) == palette("dark").background


@pytest.mark.parametrize(("width", "height"), [(1600, 900), (800, 600)])
@pytest.mark.parametrize("seconds", [61, 600 + 754])
def test_the_digits_take_a_quarter_of_the_height_and_fit(
    window: PresentationWindow, session: Session, width: int, height: int, seconds: int
) -> None:
    window.resize(width, height)
    window.show_state(session.at(seconds))  # 3:59, then a long overtime "+17:34"
    font = window.time_label.font()
    assert font.pixelSize() >= 0.25 * height
    advance = QFontMetricsF(font).horizontalAdvance(window.time_label.text())
    assert advance <= window.time_label.width()


def test_hours_shrink_to_the_width_but_stay_large(qtbot: QtBot) -> None:
    clock = ManualClock()
    run = SessionRun(build_plan(PROTOCOL, 3 * 3600), clock)
    run.start()
    win = PresentationWindow()
    qtbot.addWidget(win)
    win.resize(800, 600)
    win.show()
    win.show_state(display_state(run))
    assert win.time_label.text() == "1:30:00"
    font = win.time_label.font()
    assert QFontMetricsF(font).horizontalAdvance("1:30:00") <= win.time_label.width()
    assert font.pixelSize() >= 0.25 * 600


def test_text_grows_with_the_window(window: PresentationWindow, session: Session) -> None:
    window.show_state(session.at(61))
    big = window.phase_label.font().pixelSize(), window.rule_label.font().pixelSize()
    window.resize(800, 450)
    small = window.phase_label.font().pixelSize(), window.rule_label.font().pixelSize()
    assert small[0] < big[0]
    assert small[1] < big[1]


# ----- alerts ------------------------------------------------------------------------------


def test_each_alert_has_its_own_words_colour_and_border(
    window: PresentationWindow, session: Session
) -> None:
    dark = palette("dark")
    seen: dict[Alert, tuple[str, str, str]] = {}
    for level, seconds in MOMENTS.items():
        state = session.at(seconds)
        assert state.alert is level
        window.show_state(state)
        colour = alert_color(dark, level)
        assert count_pixels(window.time_label, colour) > 500, level
        assert count_pixels(window.alert_label, colour) > 50 or level is Alert.CALM
        border = pixel(window, 2, window.height() // 2)
        seen[level] = (window.alert_label.text(), colour, border)
    texts, colours, borders = zip(*seen.values(), strict=True)
    assert len(set(texts)) == 4
    assert len(set(colours)) == 4
    assert seen[Alert.CALM][2] == dark.background  # no border while calm
    assert len(set(borders)) == 4
    assert seen[Alert.SOON][0].startswith("▲")
    assert seen[Alert.URGENT][0].startswith("◆")
    assert seen[Alert.OVERTIME][0].startswith("■")


def test_overtime_counts_up_with_a_plus(window: PresentationWindow, session: Session) -> None:
    window.show_state(session.at(305))
    assert window.time_label.text() == "+0:05"
    assert window.alert_label.text() == "■ Time is up"


def test_overtime_flashes_the_background_gently(
    window: PresentationWindow, session: Session
) -> None:
    dark = palette("dark")
    off = session.at(305)
    on = session.at(306)
    assert (off.flash_on, on.flash_on) == (False, True)
    window.show_state(off)
    assert margin_pixel(window) == dark.background
    window.show_state(on)
    assert margin_pixel(window) == dark.overtime_flash
    assert count_pixels(window.time_label, dark.overtime) > 500  # the time stays readable


def test_the_paused_badge_shows_only_while_paused(
    window: PresentationWindow, session: Session
) -> None:
    window.show_state(session.at(61))
    assert not window.paused_label.isVisible()
    session.run.pause()
    window.show_state(display_state(session.run))
    assert window.paused_label.isVisible()
    assert window.paused_label.text() == "Paused"
    session.run.resume()
    window.show_state(display_state(session.run))
    assert not window.paused_label.isVisible()


# ----- the window --------------------------------------------------------------------------


def test_escape_leaves_full_screen_and_f11_toggles_it(window: PresentationWindow) -> None:
    window.showFullScreen()
    assert window.isFullScreen()
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    QTest.keyClick(window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    QTest.keyClick(window, Qt.Key.Key_F11)
    assert not window.isFullScreen()


def test_double_click_toggles_full_screen(window: PresentationWindow) -> None:
    QTest.mouseDClick(window, Qt.MouseButton.LeftButton)
    assert window.isFullScreen()
    QTest.mouseDClick(window, Qt.MouseButton.LeftButton)
    assert not window.isFullScreen()


def test_place_on_a_screen_as_a_window_or_full_screen(qtbot: QtBot) -> None:
    screen = QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    win = PresentationWindow()
    qtbot.addWidget(win)
    win.place_on(screen, full_screen=False)
    assert win.isVisible() and not win.isFullScreen()
    assert abs(win.width() - 0.6 * area.width()) <= 2
    assert area.contains(win.geometry())
    win.place_on(screen, full_screen=True)
    assert win.isFullScreen()
    assert win.screen() is screen


def test_closing_says_so_and_the_title_names_it(window: PresentationWindow, qtbot: QtBot) -> None:
    assert window.windowTitle() == "Cocoach — presentation"
    with qtbot.waitSignal(window.closed, timeout=1000):
        window.close()


def test_the_light_theme_is_white_with_dark_text(
    window: PresentationWindow, session: Session
) -> None:
    window.show_state(session.at(61))
    window.set_theme("light")
    light = palette("light")
    assert margin_pixel(window) == "#ffffff"
    assert count_pixels(window.time_label, light.text) > 500


# ----- the compact timer -------------------------------------------------------------------


def test_the_compact_timer_is_small_frameless_on_top_and_shows_the_time(
    compact: CompactWindow, session: Session
) -> None:
    compact.show_state(session.at(210))
    flags = compact.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert compact.width() <= 320 and compact.height() <= 120
    assert compact.windowTitle() == "Cocoach — compact timer"
    assert compact.time_label.text() == "1:30"
    assert compact.phase_label.text() == "Presenting the case"
    assert count_pixels(compact.time_label, palette("dark").soon) > 50


def test_the_compact_timer_elides_a_long_phase_name(compact: CompactWindow) -> None:
    template = ProtocolTemplate(
        id="long",
        name="Long",
        description="",
        source="",
        default_minutes=10,
        roles=(),
        phases=(PhaseTemplate("A phase name far too long for a small timer window", 10, "", ""),),
    )
    run = SessionRun(build_plan(template, 600), ManualClock())
    run.start()  # before the start the compact timer shows the waiting screen instead
    compact.show_state(display_state(run))
    assert compact.phase_label.text().endswith("…")
    assert compact.phase_label.toolTip().startswith("A phase name far too long")


def test_dragging_the_compact_timer_moves_it(compact: CompactWindow) -> None:
    start = compact.pos()
    QTest.mousePress(compact, Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    QTest.mouseMove(compact, QPoint(90, 70))
    QTest.mouseRelease(compact, Qt.MouseButton.LeftButton, pos=QPoint(90, 70))
    assert compact.pos() == start + QPoint(50, 30)


def test_the_compact_timer_asks_for_the_full_window(compact: CompactWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(compact.expandRequested, timeout=1000):
        QTest.mouseDClick(compact, Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    menu = compact.context_menu()
    names = [action.text() for action in menu.actions()]
    assert names == ["Back to the full window", "Close compact timer"]
    with qtbot.waitSignal(compact.closed, timeout=1000):
        menu.actions()[1].trigger()


# ----- the themes --------------------------------------------------------------------------


def luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.redF()) + 0.7152 * channel(q.greenF()) + 0.0722 * channel(q.blueF())


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("name", ["dark", "light"])
def test_every_theme_reads_from_the_back_of_the_room(name: str) -> None:
    p = THEMES[name]
    assert contrast(p.text, p.background) >= 12
    assert contrast(p.muted, p.background) >= 4.5
    for level in (Alert.SOON, Alert.URGENT, Alert.OVERTIME):
        assert contrast(alert_color(p, level), p.background) >= 4.5, level
    assert contrast(p.overtime, p.overtime_flash) >= 4.5  # the flash never hides the time
    # Amber, orange-red and red also differ in lightness, for those who cannot tell hues apart.
    alerts = (Alert.SOON, Alert.URGENT, Alert.OVERTIME)
    lightness = [luminance(alert_color(p, level)) for level in alerts]
    assert all(lighter - darker > 0.04 for lighter, darker in pairwise(lightness))


def test_an_unknown_theme_falls_back_to_dark() -> None:
    assert palette("sepia") is THEMES["dark"]
    assert alert_color(THEMES["light"], Alert.CALM) == THEMES["light"].text


def test_the_app_theme_colours_ordinary_widgets(qapp: QApplication, qtbot: QtBot) -> None:
    light = palette("light")
    apply_app_theme(qapp, "light")
    try:
        assert qapp.palette().window().color().name() == light.background
        button = QPushButton("Start")
        qtbot.addWidget(button)
        button.resize(160, 40)
        button.show()
        assert count_pixels(button, light.surface) > 1000  # the button's face
        assert count_pixels(button, light.text, tolerance=60) > 30  # its words, dark on light
    finally:
        qapp.setStyleSheet("")
        qapp.setPalette(qapp.style().standardPalette())
