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
