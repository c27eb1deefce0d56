"""Which screen the presentation goes to, as screens come and go."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ScreenChoice:
    screen: str
    full_screen: bool


def choose_presentation_screen(
    screens: Sequence[str], preferred: str, control_screen: str
) -> ScreenChoice:
    """Where to put the presentation window.

    The screen the facilitator chose, if it is connected; else the first screen that is not
    the one the controls are on (a projector just plugged in); full screen in both cases.
    With a single screen the presentation is a normal window beside the controls, so the
    facilitator never loses them behind a full-screen timer.
    """
    if not screens:
        return ScreenChoice("", False)
    if preferred in screens and (preferred != control_screen or len(screens) == 1):
        return ScreenChoice(preferred, len(screens) > 1)
    others = [s for s in screens if s != control_screen]
    if others:
        return ScreenChoice(others[0], True)
    return ScreenChoice(screens[0], False)


@dataclass(frozen=True)
class Rect:
    """A rectangle in desktop pixels (the same numbers Qt's QRect uses)."""

    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        """One past the last column, so that ``right - x == width``."""
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    @property
    def area(self) -> int:
        return max(0, self.width) * max(0, self.height)

    def overlap(self, other: Rect) -> int:
        """How many pixels the two rectangles share."""
        width = min(self.right, other.right) - max(self.x, other.x)
        height = min(self.bottom, other.bottom) - max(self.y, other.y)
        return max(0, width) * max(0, height)

    def text(self) -> str:
        """``x,y,width,height``, as the preferences keep it."""
        return f"{self.x},{self.y},{self.width},{self.height}"

    @classmethod
    def parse(cls, text: str) -> Rect | None:
        """The rectangle ``text`` (``x,y,width,height``) names; None when empty or malformed."""
        parts = text.split(",")
        if len(parts) != 4:
            return None
        try:
            x, y, width, height = (int(p.strip()) for p in parts)
        except ValueError:
            return None
        if width <= 0 or height <= 0:
            return None
        return cls(x, y, width, height)


# The smallest window placed beside the controls; the window put in a corner when even that
# has no room; and the room a window frame takes.
MIN_BESIDE = (320, 180)
MIN_WINDOW = (560, 315)
GAP = 12
TITLE_BAR = 32


def place_window(area: Rect, control: Rect | None, saved: Rect | None = None) -> Rect:
    """Where the presentation goes as a window on the controls' screen (no projector).

    The place the facilitator last gave it, if it is still mostly on this screen; else the
    largest 16:9 window that fits beside the facilitator's window (left, right, above or
    below it, up to 60% of the screen), covering none of it. When there is no such room, a
    small window in the screen's corner that covers least of the facilitator's window.
    """
    if saved is not None and saved.overlap(area) >= 0.6 * saved.area:
        width, height = min(saved.width, area.width), min(saved.height, area.height)
        x = min(max(saved.x, area.x), area.right - width)
        y = min(max(saved.y, area.y), area.bottom - height)
        return Rect(x, y, width, height)
    if control is None or control.overlap(area) == 0:
        return _fitted(area, area, 0.6)
    strips = [
        Rect(area.x, area.y, control.x - area.x, area.height),  # left of it
        Rect(control.right, area.y, area.right - control.right, area.height),  # right
        Rect(area.x, area.y, area.width, control.y - area.y),  # above
        Rect(area.x, control.bottom, area.width, area.bottom - control.bottom),  # below
    ]
    fits = [_fitted(strip, area, 0.6) for strip in strips if strip.width > 0 and strip.height > 0]
    best = max(fits, key=lambda r: r.area, default=None)
    if best is not None and best.width >= MIN_BESIDE[0] and best.height >= MIN_BESIDE[1]:
        return best
    width, height = MIN_WINDOW
    corners = [
        Rect(x, y, width, height)
        for y in (area.y + GAP + TITLE_BAR, area.bottom - GAP - height)
        for x in (area.right - GAP - width, area.x + GAP)
    ]
    return min(corners, key=control.overlap)  # ties: the first, top right


def _fitted(strip: Rect, area: Rect, share: float) -> Rect:
    """The largest 16:9 window centred in ``strip``, at most ``share`` of the screen's size."""
    room_w = min(strip.width - 2 * GAP, area.width * share)
    room_h = min(strip.height - 2 * GAP - TITLE_BAR, area.height * share)
    if room_w <= 0 or room_h <= 0:
        return Rect(strip.x, strip.y, 0, 0)
    width = min(room_w, room_h * 16 / 9)
    height = width * 9 / 16
    x = strip.x + (strip.width - width) / 2
    y = strip.y + TITLE_BAR + (strip.height - TITLE_BAR - height) / 2
    return Rect(round(x), round(y), round(width), round(height))
