"""How times are written on screen, and when the written second next changes."""

from __future__ import annotations

import math

from cocoach_desktop.platform.formatting import clock_text, difference_text, length_text

__all__ = [
    "clock_text",
    "countdown_text",
    "difference_text",
    "length_text",
    "seconds_to_next_change",
]


def countdown_text(remaining: float) -> str:
    """The countdown as shown: ``12:34`` while time is left, ``+1:23`` in overtime.

    While time is left the display rounds up, so ``0:01`` stays until the phase's time is
    really over and ``0:00`` appears exactly at the end; overtime then counts whole seconds.
    """
    if remaining > 0:
        return clock_text(math.ceil(remaining))
    over = math.floor(-remaining)
    return "0:00" if over == 0 else "+" + clock_text(over)


def seconds_to_next_change(remaining: float) -> float:
    """How long until :func:`countdown_text` shows a different second (in (0, 1])."""
    if remaining > 0:
        return remaining - math.ceil(remaining) + 1.0
    over = -remaining
    return 1.0 - (over - math.floor(over))
