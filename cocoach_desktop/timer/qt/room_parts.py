"""The timers' shared parts: painted bars and digits, sizes, fitting text, a state's colours."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from cocoach_desktop.platform.formatting import time_of_day
from cocoach_desktop.platform.qt.theme import Palette, alert_color, display_font
from cocoach_desktop.timer.model.display import Alert, RoomView

BOLD = QFont.Weight.Bold
NORMAL = QFont.Weight.Normal
DEMIBOLD = QFont.Weight.DemiBold


@dataclass(frozen=True)
class _Scale:
    """Sizes as fractions of the window's height, so everything grows with the window."""

    header: float = 0.028
    badge: float = 0.045
    phase: float = 0.075
    speaker: float = 0.05
    time: float = 0.33  # the digits: about a third of the height, unless the width is short
    time_with_prompt: float = 0.28  # a little smaller, to leave the prompt its two lines
    waiting: float = 0.1  # the placeholder's words, in the digits' place
    waiting_clock: float = 0.2  # the time of day on the waiting screen: calmer than a countdown
    thanks: float = 0.16  # "Thank you" when the session is over
    alert: float = 0.05
    paused_words: float = 0.085  # "Paused" under the digits: large enough for the back row
    clock: float = 0.035  # the time of day in the corner during a session
    rule: float = 0.04
    reminder: float = 0.035
    prompt: float = 0.04
    next_line: float = 0.03
    phase_bar: float = 0.014
    session_bar: float = 0.008
    margin: float = 0.035
    bar_gap: float = 0.02
    border: float = 0.014
    rule_lines: int = 3
    rule_lines_with_prompt: int = 2  # a prompt on screen leaves the rule two lines
    prompt_lines: int = 2
    name_lines: int = 2  # a long phase name or turn wraps onto a second line before it shrinks


SCALE = _Scale()

# No line the room must read gets smaller than this share of the window's height (about
# 23 px at 768, 32 px at 1080), nor than the absolute floor: past it, text wraps, then ends
# in "…". Lines that are smaller by design (the header) only ever shorten.
LEGIBLE_SHARE = 0.03
LEGIBLE_MIN_PX = 14


def legible_floor(height: int) -> int:
    """The smallest pixel size the room's lines may have in a window ``height`` pixels high."""
    return max(LEGIBLE_MIN_PX, round(LEGIBLE_SHARE * height))


def local_hhmm(moment: datetime) -> str:
    """A UTC moment as the room's wall clock shows it."""
    return time_of_day(moment.astimezone())


def digits_colour(p: Palette, view: RoomView | None, level: Alert) -> str:
    """The big time's colour: the alert's while running, plain at the end, else greyed."""
    if view is RoomView.RUNNING:
        return alert_color(p, level)
    if view is RoomView.FINISHED:
        return p.text
    return p.muted


def frame_colour(p: Palette, view: RoomView | None, level: Alert) -> str:
    """The frame round a timer: blue while paused, the alert's colour, else none ("")."""
    if view is RoomView.PAUSED:
        return p.accent
    if view is RoomView.RUNNING and level is not Alert.CALM:
        return alert_color(p, level)
    return ""


class ProgressStrip(QWidget):
    """A thin painted progress bar. ``value()`` is a float from 0.0 (empty) to 1.0 (full)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._value = 0.0
        self._track = QColor("#333333")
        self._fill = QColor("#ffffff")

    def value(self) -> float:
        """How full the bar is, from 0.0 to 1.0."""
        return self._value

    def set_value(self, value: float) -> None:
        value = min(1.0, max(0.0, value))
        if value != self._value:
            self._value = value
            self.update()

    def set_colours(self, track: str, fill: str) -> None:
        colours = (QColor(track), QColor(fill))
        if colours != (self._track, self._fill):
            self._track, self._fill = colours
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = self.height() / 2
        painter.setBrush(self._track)
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        if self._value > 0:
            filled = QRectF(0, 0, max(self.height(), self.width() * self._value), self.height())
            painter.setBrush(self._fill)
            painter.drawRoundedRect(filled, radius, radius)


class TimeLabel(QLabel):
    """The big digits, painted so that the digits (not the font's line box) sit centred.

    A font's line leaves room for accents and descenders that digits never use; drawing the
    digits centred in a box little taller than they are lets them be larger on the screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = QColor("#ffffff")
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        """Kept here and painted by :meth:`paintEvent`: its size does not depend on its text,
        so a new second repaints the digits and lays nothing out again (``QLabel.setText``
        would ask the whole window for a new layout every second)."""
        if text != self._text:
            self._text = text
            self.setAccessibleName(text)  # what QLabel's text would tell a screen reader
            self.update()

    def colour(self) -> str:
        """The digits' colour as ``#rrggbb``."""
        return str(self._colour.name())

    def set_colour(self, colour: str) -> None:
        if QColor(colour) != self._colour:
            self._colour = QColor(colour)
            self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.height())

    def sizeHint(self) -> QSize:
        return QSize(0, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.font())
        painter.setPen(self._colour)
        metrics = QFontMetricsF(self.font())
        digit_top = metrics.tightBoundingRect("0").top()  # negative: above the baseline
        x = (self.width() - metrics.horizontalAdvance(self.text())) / 2
        baseline = (self.height() - digit_top) / 2
        painter.drawText(QPointF(x, baseline), self.text())


def line_label(parent: QWidget, alignment: Qt.AlignmentFlag) -> QLabel:
    label = QLabel(parent)
    label.setAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class Cover(QWidget):
    """Black over the whole window: the blank screen (B) hides everything until B again."""

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), QColor("#000000"))


def shortened(
    text: str, preferred: int, floor: int, width: float, weight: QFont.Weight, lines: int
) -> tuple[int, str, int]:
    """A text too long for one legible line: wrapped (largest size first), else cut with "…".

    Returns the pixel size, the text to show and how many lines it takes.
    """
    for count in range(2, lines + 1):
        for size in range(preferred, floor - 1, -1):
            spacing = QFontMetricsF(display_font(size, weight)).lineSpacing()
            if wraps_within(text, size, width, spacing * count, weight):
                return size, text, count
    spacing = QFontMetricsF(display_font(floor, weight)).lineSpacing()
    if lines > 1:
        shown = elided(text, lambda t: wraps_within(t, floor, width, spacing * lines, weight))
        return floor, shown, lines
    metrics = QFontMetricsF(display_font(floor, weight))
    return floor, elided(text, lambda t: metrics.horizontalAdvance(t) <= width), 1


def elided(text: str, fits: Callable[[str], bool]) -> str:
    """The longest start of ``text`` that, ended with "…", still ``fits``."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(text[:middle].rstrip() + "…"):
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def wraps_within(
    text: str,
    pixel_size: int,
    width: float,
    height: float,
    weight: QFont.Weight = NORMAL,
) -> bool:
    metrics = QFontMetricsF(display_font(pixel_size, weight))
    flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter)
    needed = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text)
    lines = max(1, round(needed.height() / metrics.lineSpacing()))
    # Qt's wrapped lines take a fraction of a pixel more than their spacing: allow one each.
    return needed.height() <= height + lines and needed.width() <= width


def set_shown(widget: QWidget, shown: bool) -> None:
    if widget.isHidden() == shown:
        widget.setVisible(shown)


def set_font(widget: QWidget, font: QFont) -> None:
    if widget.font() != font:
        widget.setFont(font)
