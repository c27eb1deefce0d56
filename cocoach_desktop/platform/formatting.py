"""Dates, times, lengths, counts and name order as people read them, for windows and exports."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time


@dataclass(frozen=True)
class Words:
    """The words dates and lengths are written with, in one language.

    Month and day names come from here, never from the C library's ``LC_TIME``, so that a
    sentence in English never carries another language's day names.
    """

    weekdays: tuple[str, ...]
    weekdays_short: tuple[str, ...]
    months: tuple[str, ...]
    months_short: tuple[str, ...]
    hours_unit: str = "h"
    minutes_unit: str = "min"
    seconds_unit: str = "s"
    one_minute: str = "1 minute"
    some_minutes: str = "{n} minutes"
    one_second: str = "1 second"
    some_seconds: str = "{n} seconds"


ENGLISH = Words(
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    weekdays_short=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    months=(
        *("January", "February", "March", "April", "May", "June"),
        *("July", "August", "September", "October", "November", "December"),
    ),
    months_short=(
        *("Jan", "Feb", "Mar", "Apr", "May", "Jun"),
        *("Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    ),
)

_current: list[Words] = [ENGLISH]


def set_words(words: Words) -> None:
    """Use ``words`` from now on (the app sets them once, from its language, at start)."""
    _current[0] = words


def current_words() -> Words:
    """The words in use: the app's language, English until it is set."""
    return _current[0]


def _pick(words: Words | None) -> Words:
    return _current[0] if words is None else words


# Dates and times of day -----------------------------------------------------------------


def iso_date(day: date) -> str:
    """``2024-05-07``: sorts and reads the same in every language."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def long_date(day: date, words: Words | None = None) -> str:
    """``Tuesday 7 May 2024``."""
    w = _pick(words)
    return f"{w.weekdays[day.weekday()]} {day.day} {w.months[day.month - 1]} {day.year}"


def short_date(
    day: date, words: Words | None = None, *, weekday: bool = False, year: bool = True
) -> str:
    """``07 May 2024``; with ``weekday`` ``Tue 07 May 2024``; without ``year`` ``07 May``."""
    w = _pick(words)
    text = f"{day.day:02d} {w.months_short[day.month - 1]}"
    if year:
        text += f" {day.year}"
    if weekday:
        text = f"{w.weekdays_short[day.weekday()]} {text}"
    return text


def time_of_day(moment: datetime | time, *, seconds: bool = False) -> str:
    """``14:05`` (24-hour clock), or ``14:05:09`` with ``seconds``."""
    text = f"{moment.hour:02d}:{moment.minute:02d}"
    return f"{text}:{moment.second:02d}" if seconds else text


def date_and_time(moment: datetime) -> str:
    """``2024-05-07 14:05``: a moment in a list or a file, the same in every language."""
    return f"{iso_date(moment.date())} {time_of_day(moment)}"


# Lengths of time ------------------------------------------------------------------------


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


def span_text(seconds: float, words: Words | None = None, *, exact: bool = True) -> str:
    """A length in short units: ``45 s``, ``2 min 10 s``, ``1 h 5 min``, ``1 h``.

    Without ``exact``, a length of a minute or more is rounded to whole minutes and an
    hour always says its minutes: ``2 min``, ``1 h 0 min`` (the event log's style).
    """
    w = _pick(words)
    h, m, s = w.hours_unit, w.minutes_unit, w.seconds_unit
    total = round(seconds)
    if not exact:
        if total < 60:
            return f"{total} {s}"
        minutes = round(total / 60)
        if minutes < 60:
            return f"{minutes} {m}"
        return f"{minutes // 60} {h} {minutes % 60} {m}"
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} {h} {minutes} {m}" if minutes else f"{hours} {h}"
    if minutes:
        return f"{minutes} {m} {secs} {s}" if secs else f"{minutes} {m}"
    return f"{secs} {s}"


def amount_text(seconds: float, words: Words | None = None, *, signed: bool = True) -> str:
    """An amount of time as the controls say it: ``+5 min``, ``−1 min``, ``+0:30``."""
    total = round(abs(seconds))
    sign = ("+" if seconds > 0 else "−") if signed and total else ""
    if total and total % 60 == 0:
        return f"{sign}{total // 60} {_pick(words).minutes_unit}"
    return sign + clock_text(total)


def minutes_words(seconds: float, words: Words | None = None) -> str:
    """A length in whole minutes for a sentence: ``1 minute``, ``23 minutes``, ``0:40``."""
    w = _pick(words)
    total = round(seconds)
    if total < 60:
        return clock_text(max(0, total))
    minutes = round(total / 60)
    return w.one_minute if minutes == 1 else w.some_minutes.format(n=minutes)


def duration_words(seconds: float, words: Words | None = None) -> str:
    """A short length in words: ``10 seconds``, ``1 minute 30 seconds``, ``4 minutes``."""
    w = _pick(words)
    total = max(0, round(seconds))
    minutes, secs = divmod(total, 60)
    parts = []
    if minutes:
        parts.append(w.one_minute if minutes == 1 else w.some_minutes.format(n=minutes))
    if secs or not minutes:
        parts.append(w.one_second if secs == 1 else w.some_seconds.format(n=secs))
    return " ".join(parts)


# Counts and names -----------------------------------------------------------------------


def count_text(n: int, one: str, many: str) -> str:
    """``1 open question``, ``12 open questions``: the count and the right form of the noun."""
    return f"{n} {one if n == 1 else many}"


def sort_key(name: str) -> tuple[str, str]:
    """Where a name goes in a list people read: accents and case aside, then as typed.

    So "Émile" comes after "adam" and before "Zoë", never after "Z" as plain
    ``sorted()`` puts it; two names that differ only in accents keep a fixed order.
    """
    folded = unicodedata.normalize("NFKD", name.strip()).casefold()
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return plain, name
