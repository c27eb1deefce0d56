"""How times are written on screen, and when the written second next changes."""

from __future__ import annotations

import math


def clock_text(seconds: float) -> str:
    """Whole seconds as ``m:ss`` or ``h:mm:ss`` (no sign)."""
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def length_text(seconds: float) -> str:
    """A length that was measured, ``m:ss``, to the nearest second (never negative)."""
    return clock_text(round(max(seconds, 0.0)))


def difference_text(planned: float, actual: float) -> str:
    """Actual against planned as ``+1:30``, ``−0:48`` or ``0:00``, from the shown seconds.

    Both lengths are rounded first, as :func:`length_text` shows them, so the three figures
    on a row always add up (0:30 actual of 5:00 planned is −4:30, never −4:29).
    """
    difference = round(actual) - round(planned)
    if difference == 0:
        return "0:00"
    return ("+" if difference > 0 else "−") + clock_text(abs(difference))


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
