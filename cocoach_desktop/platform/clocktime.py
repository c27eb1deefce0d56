"""What a typed time of day means ("16:15", "4:15 pm"), the minutes until then, lengths in words."""

from __future__ import annotations

import math
import re
from datetime import datetime, time, tzinfo

from cocoach_desktop.platform.formatting import duration_words, time_of_day
from cocoach_desktop.platform.problems import CodedError, ErrorCode, RefusedError
from cocoach_desktop.timer.model.display import start_moment

__all__ = [
    "EndBeforeStartError",
    "EndPassedError",
    "duration_words",
    "minutes_until",
    "parse_clock_time",
]

# "Until 16:15" is the nearest whole number of minutes: the session ends within half a
# minute of 16:15, and its phases stay in whole minutes.
UNTIL_SLACK_SECONDS = 30

_TIME_RE = re.compile(
    r"^\s*(?P<h>\d{1,2})(?:\s*[:.hH]\s*(?P<m>\d{2}))?\s*(?P<ampm>[aApP]\.?\s*[mM]\.?)?\s*$"
)
_DIGITS_RE = re.compile(r"^\s*(?P<h>\d{1,2})(?P<m>\d{2})\s*$")


class EndPassedError(CodedError, ValueError):
    """The end time typed has already gone by today."""

    def __init__(self, end: time) -> None:
        super().__init__(ErrorCode.END_PASSED, "end", end=time_of_day(end))
        self.end = end


class EndBeforeStartError(CodedError, ValueError):
    """The end time typed comes before the planned start."""

    def __init__(self, end: time, start: time) -> None:
        super().__init__(
            ErrorCode.END_BEFORE_START, "end", end=time_of_day(end), start=time_of_day(start)
        )
        self.end, self.start = end, start


def parse_clock_time(text: str) -> time | None:
    """A time of day as people type it ("16:15", "16.15", "1615", "4:15 pm"); None if blank.

    Anything else raises ValueError saying, in plain words, how to write it.
    """
    if not text.strip():
        return None
    match = _DIGITS_RE.match(text) or _TIME_RE.match(text)
    if match is not None:
        hour, minute = int(match["h"]), int(match["m"] or 0)
        ampm = (match.groupdict().get("ampm") or "").lower()
        if ampm and 1 <= hour <= 12:
            hour = hour % 12 + (12 if ampm.startswith("p") else 0)
        elif ampm:
            hour = 99
        if hour <= 23 and minute <= 59:
            return time(hour, minute)
    raise RefusedError(ErrorCode.NOT_A_TIME_OF_DAY, "time", text=text.strip())


def minutes_until(
    now: datetime, end: time, start: time | None = None, zone: tzinfo | None = None
) -> int:
    """Whole minutes from ``now`` (or the planned ``start``, if later) to ``end`` today.

    ``now`` is the injected clock's UTC moment; ``zone`` is the local time zone when not
    given. Raises :class:`EndPassedError` when ``end`` has gone by, and
    :class:`EndBeforeStartError` when it comes before ``start``.
    """
    begin = now
    if start is not None:
        begin = max(now, start_moment(now, start, zone))
    finish = start_moment(now, end, zone)
    if finish <= now:
        raise EndPassedError(end)
    seconds = (finish - begin).total_seconds()
    if seconds <= 0 and start is not None:
        raise EndBeforeStartError(end, start)
    return math.floor((seconds + UNTIL_SLACK_SECONDS) / 60)
