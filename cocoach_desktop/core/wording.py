"""The English sentences for the readers' problem codes, in one place (later: the UI's tr())."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from cocoach_desktop.core.reading import Code, Expected, Problem


def describe(value: object) -> str:
    """A JSON value as a reader would name it in a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {number(value)}"
    if isinstance(value, str):
        return f"the text {quote_json(value)}"
    if isinstance(value, list):
        return "a list"
    return "an object"


def number(value: object) -> str:
    """A number as a message shows it: one of hundreds of digits is cut short."""
    text = str(value)
    return text if len(text) <= 40 else f"{text[:20]}… ({len(text):,} characters)"


def quote_json(text: str) -> str:
    """``text`` in double quotes as JSON writes it, shortened if long."""
    short = text if len(text) <= 40 else text[:37] + "…"
    return json.dumps(short, ensure_ascii=False)


_EXPECTED: dict[Expected, str] = {
    Expected.TEXT: "text",
    Expected.TEXTS: "a list of text",
    Expected.WHOLE: "a whole number",
    Expected.NUMBER: "a number",
    Expected.TIMESTAMP: "a date and time as text",
    Expected.DAY: "a date as text",
    Expected.LIST: "a list",
    Expected.OBJECT: "an object",
}


def _wrong_type(v: Sequence[object]) -> str:
    expected = v[0]
    if expected is Expected.CHOICE:
        allowed = v[2]
        assert isinstance(allowed, tuple)
        return f"expected one of {', '.join(map(str, allowed))}, found {describe(v[1])}"
    assert isinstance(expected, Expected)
    return f"expected {_EXPECTED[expected]}, found {describe(v[1])}"


def _out_of_range(v: Sequence[object]) -> str:
    index, count = v
    assert isinstance(count, int)
    return (
        f"{index} is out of range: the session has {count} phase"
        f"{'' if count == 1 else 's'}, numbered 0 to {count - 1}"
    )


def _too_long(v: Sequence[object]) -> str:
    length, limit = v
    return f"is {length:,} characters long; at most {limit:,} are allowed"


def _not_one_of(v: Sequence[object]) -> str:
    allowed = v[1]
    assert isinstance(allowed, tuple)
    return f"{quote_json(str(v[0]))} is not one of {', '.join(map(str, allowed))}"


_SENTENCES: dict[Code, Callable[[Sequence[object]], str]] = {
    Code.MISSING: lambda v: "is missing",
    Code.WRONG_TYPE: _wrong_type,
    Code.SURROGATE: lambda v: "contains an invalid character (a lone UTF-16 surrogate)",
    Code.CONTROL: lambda v: f"contains a control character (U+{ord(str(v[0])):04X})",
    Code.BLANK: lambda v: "is blank",
    Code.TOO_LONG: _too_long,
    Code.BELOW_MINIMUM: lambda v: f"{number(v[0])} is below the smallest allowed, {v[1]}",
    Code.TOO_LARGE: lambda v: f"{number(v[0])} is far too large",
    Code.NOT_FINITE: lambda v: "is not a finite number",
    Code.NEGATIVE: lambda v: f"{number(v[0])} is negative; a number of seconds cannot be",
    Code.TOO_MANY_SECONDS: lambda v: f"{number(v[0])} is far too large for a number of seconds",
    Code.NO_PHASES: lambda v: f"{v[0]} is out of range: the session has no phases",
    Code.OUT_OF_RANGE: _out_of_range,
    Code.NOT_ONE_OF: _not_one_of,
    Code.NOT_A_TIME: lambda v: (
        f"{quote_json(str(v[0]))} is not a date and time "
        '(ISO 8601 in UTC, e.g. "2024-05-07T09:00:00Z")'
    ),
    Code.NO_ZONE: lambda v: (
        f"{quote_json(str(v[0]))} has no time zone (write it in UTC, ending in Z)"
    ),
    Code.OUT_OF_DATES: lambda v: f"{quote_json(str(v[0]))} is outside the range of dates",
    Code.NOT_A_DAY: lambda v: (
        f'{quote_json(str(v[0]))} is not a date (YYYY-MM-DD, e.g. "2024-05-14")'
    ),
    Code.PHASE_ORDER: lambda v: f"{v[0]} should be {v[1]} (phases are numbered from 0, in order)",
    Code.ENDED_BEFORE_START: lambda v: "is before the session's start",
}


def sentence(problem: Problem) -> str:
    """What is wrong, in words, without the place: "is 300 characters long; at most 200…"."""
    return _SENTENCES[problem.code](problem.values)


def located(problem: Problem) -> str:
    """The problem with its place in front: "sessions[0].notes[1].text: is blank"."""
    return f"{problem.place}: {sentence(problem)}"
