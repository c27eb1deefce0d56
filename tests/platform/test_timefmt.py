"""How the countdown is written, and when its second changes."""

from __future__ import annotations

import pytest

from cocoach_desktop.platform.timefmt import clock_text, countdown_text, seconds_to_next_change


@pytest.mark.parametrize(
    ("remaining", "shown"),
    [
        (600, "10:00"),
        (599.2, "10:00"),
        (599.0, "9:59"),
        (0.4, "0:01"),
        (0.0, "0:00"),
        (-0.5, "0:00"),
        (-1.0, "+0:01"),
        (-83.9, "+1:23"),
        (3723, "1:02:03"),
    ],
)
def test_countdown_text(remaining: float, shown: str) -> None:
    assert countdown_text(remaining) == shown


@pytest.mark.parametrize(
    ("remaining", "wait"),
    [(10.0, 1.0), (9.25, 0.25), (0.1, 0.1), (0.0, 1.0), (-0.25, 0.75), (-3.0, 1.0)],
)
def test_next_change_is_exactly_the_next_displayed_second(remaining: float, wait: float) -> None:
    assert seconds_to_next_change(remaining) == pytest.approx(wait)
    before = countdown_text(remaining)
    assert countdown_text(remaining - wait + 1e-6) == before
    assert countdown_text(remaining - wait - 1e-6) != before


def test_clock_text_hours() -> None:
    assert clock_text(59) == "0:59"
    assert clock_text(3600) == "1:00:00"


def test_a_difference_adds_up_with_the_lengths_shown() -> None:
    from cocoach_desktop.platform.timefmt import difference_text, length_text

    # 30.6 s of a 5-minute phase: shown 0:30 of 5:00, so the difference shown is −4:30.
    assert length_text(30.4) == "0:30" and length_text(300) == "5:00"
    assert difference_text(300, 30.4) == "−4:30"
    assert difference_text(300, 300.4) == "0:00"
    assert difference_text(600, 1452) == "+14:12"
