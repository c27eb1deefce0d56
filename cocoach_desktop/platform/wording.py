"""The sentences for every problem code, in one place: the readers' and the raised errors'.

Each sentence goes through :func:`_tr`, a hook that is English until the app points it at
its translation (``platform/qt/i18n.py``, context :data:`TR_CONTEXT`); the command line,
which has no Qt, keeps English. Values are put into a sentence after it is translated.
The sentences of raised errors (:class:`CodedError`) are in :mod:`problem_words`, on
the same hook.
"""

from __future__ import annotations

import difflib
import json
import math
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from typing import Final

from cocoach_desktop.platform.datafiles import kind_of, quote
from cocoach_desktop.platform.reading import Code, Expected, Problem
from cocoach_desktop.platform.tables import Wanted

# The translation context of these sentences (tools/update_translations.py reads it).
TR_CONTEXT: Final = "Problems"


def _same(text: str) -> str:
    return text


_translate: Callable[[str], str] = _same
_english: ContextVar[bool] = ContextVar("english", default=False)


def set_translator(translate: Callable[[str], str] | None) -> None:
    """Word problems through ``translate`` from now on (None: English again)."""
    global _translate
    _translate = translate or _same


def _tr(text: str) -> str:
    """``text`` in the user's language (English when asked for :func:`english`)."""
    return text if _english.get() else _translate(text)


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
    return _tr("is {length} characters long; at most {limit} are allowed").format(
        length=f"{length:,}", limit=f"{limit:,}"
    )


def _not_one_of(v: Sequence[object]) -> str:
    allowed = v[1]
    assert isinstance(allowed, tuple)
    return f"{quote_json(str(v[0]))} is not one of {', '.join(map(str, allowed))}"


_SENTENCES: dict[Code, Callable[[Sequence[object]], str]] = {
    Code.MISSING: lambda v: "is missing",
    Code.WRONG_TYPE: _wrong_type,
    Code.SURROGATE: lambda v: _tr("contains an invalid character (a lone UTF-16 surrogate)"),
    Code.CONTROL: lambda v: _tr("contains a control character (U+{code})").format(
        code=f"{ord(str(v[0])):04X}"
    ),
    Code.BLANK: lambda v: _tr("is blank"),
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
    Code.NOT_A_UID: lambda v: (
        f"{quote_json(str(v[0]))} is not a record's identity "
        '(a UUID, e.g. "0b6f4c1e-2d3a-4f5b-8c9d-1e2f3a4b5c6d")'
    ),
    Code.PHASE_ORDER: lambda v: f"{v[0]} should be {v[1]} (phases are numbered from 0, in order)",
    Code.ENDED_BEFORE_START: lambda v: "is before the session's start",
    Code.NOT_JSON: lambda v: _tr("not JSON: line {line} column {column}: {why}").format(
        line=v[0], column=v[1], why=v[2]
    ),
    Code.NESTED_TOO_DEEPLY: lambda v: _tr("not JSON that can be read: it is nested too deeply"),
    Code.NUMBER_TOO_LONG: lambda v: _tr(
        "not JSON that can be read: it holds a number far too long (more than 4,300 digits)"
    ),
    Code.NOT_READABLE_JSON: lambda v: _tr("not JSON that can be read: {why}").format(why=v[0]),
    Code.NOT_AN_EXPORT: lambda v: _tr("this is not a Cocoach archive export"),
    Code.NEWER_VERSION: lambda v: _tr(
        "version {version} is newer than this app understands ({newest}); "
        "update Cocoach Desktop to import it"
    ).format(version=v[0], newest=v[1]),
    Code.NOT_A_VERSION: lambda v: _tr("{version} is not a version of this format").format(
        version=v[0]
    ),
}


def sentence(problem: Problem) -> str:
    """What is wrong, in words, without the place: "is 300 characters long; at most 200…"."""
    return _SENTENCES[problem.code](problem.values)


def located(problem: Problem) -> str:
    """The problem with its place in front: "sessions[0].notes[1].text: is blank"."""
    return f"{problem.place}: {sentence(problem)}"


# ----- hand-edited TOML and JSON files (platform/tables.py) ---------------------------------

_WANTED: dict[Wanted, str] = {
    Wanted.TEXT: "text",
    Wanted.WHOLE: "a whole number",
    Wanted.MINUTES: "a whole number of minutes",
    Wanted.NUMBER: "a number",
    Wanted.FLAG: "true or false",
    Wanted.TEXTS: "a list of texts",
}


def hint(key: str, known: Sequence[str]) -> str:
    """ " (did you mean 'minutes'?)" for a key close to a known one, else nothing."""
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _table_wrong(v: Sequence[object]) -> str:
    key, wanted, value = v
    assert isinstance(wanted, Wanted)
    words = f"a list of [[{key}]] tables" if wanted is Wanted.TABLES else _WANTED[wanted]
    return f"'{key}' must be {words}, but it is {kind_of(value)}"


def _unknown(v: Sequence[object]) -> str:
    key, known = v
    assert isinstance(known, tuple)
    return (
        f"unknown key {quote(str(key))}{hint(str(key), known)}; the keys allowed here are: "
        + ", ".join(known)
    )


def plain_number(value: object) -> str:
    """A number as a person would write it: 10 rather than 10.0."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return repr(value)
    if isinstance(value, int):
        return str(value) if abs(value) < 10**15 else "a very large number"
    if not math.isfinite(value):
        return "not a number" if math.isnan(value) else "infinite"
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


_TEMPLATE_SENTENCES: dict[Code, Callable[[Sequence[object]], str]] = {
    Code.BLANK_FIELD: lambda v: f"the {v[0]} is blank",
    Code.NAME_TOO_LONG: lambda v: f"the name is {v[0]} characters long; at most {v[1]} are allowed",
    Code.BAD_SESSION_LENGTH: lambda v: (
        f"the session length (default_minutes) is {plain_number(v[0])}; "
        f"it must be a whole number of minutes from 1 to {v[1]}"
    ),
    Code.BLANK_ROLE: lambda v: f"role {v[0]} is blank",
    Code.NO_PHASES_IN_TEMPLATE: lambda v: "there are no phases; a protocol needs at least one",
    Code.TOO_MANY_PHASES: lambda v: f"there are {v[0]} phases; at most {v[1]} are allowed",
    Code.PHASE_BLANK_NAME: lambda v: f"{v[0]} has a blank name",
    Code.PHASE_NAME_TOO_LONG: lambda v: (
        f"{v[0]} has a name {v[1]} characters long; at most {v[2]} are allowed"
    ),
    Code.PHASE_MINUTES_NOT_A_NUMBER: lambda v: (
        f"{v[0]} has minutes {v[1]!r}; minutes must be a number"
    ),
    Code.PHASE_MINUTES_NOT_FINITE: lambda v: (
        f"{v[0]} has minutes {plain_number(v[1])}; minutes must be an ordinary number"
    ),
    Code.PHASE_MINUTES_NOT_POSITIVE: lambda v: (
        f"{v[0]} has minutes {plain_number(v[1])}; minutes must be more than 0"
    ),
    Code.PHASE_MINUTES_TOO_MANY: lambda v: (
        f"{v[0]} has minutes {plain_number(v[1])}; a phase can last at most {v[2]} minutes"
    ),
    Code.UNKNOWN_PLACEHOLDER: lambda v: (
        f"the speaker text uses {{{v[0]}}}; the only placeholder allowed is {{coachee}}"
    ),
    Code.STRAY_BRACE: lambda v: (
        "the speaker text has a { or } that does not belong to a placeholder; "
        "write {coachee} exactly, or leave the braces out"
    ),
    Code.PHASE_NO_SUCH_GROUP: lambda v: (
        f"{v[0]} names the question group {quote(str(v[1]))}, which does not exist; "
        f"the groups are: {', '.join(_keys(v[2]))}"
    ),
}


def _keys(value: object) -> tuple[str, ...]:
    assert isinstance(value, tuple)
    return value


def _no_such_group(v: Sequence[object]) -> str:
    group, groups = str(v[0]), _keys(v[1])
    return f"the group {quote(group)}{hint(group, groups)} does not exist; the groups are: " + (
        ", ".join(groups)
    )


_TABLE_SENTENCES: dict[Code, Callable[[Sequence[object]], str]] = {
    Code.MISSING: lambda v: f"the required key '{v[0]}' is missing",
    Code.WRONG_TYPE: _table_wrong,
    Code.UNKNOWN_KEY: _unknown,
    Code.NUMBER_TOO_LARGE: lambda v: f"'{v[0]}' is far too large a number",
    Code.ITEM_WRONG_TYPE: lambda v: (
        f"item {v[1]} of '{v[0]}' must be text, but it is {kind_of(v[2])}"
    ),
    Code.NOT_A_TABLE: lambda v: f"{v[0]} must be a table with {v[1]}, but it is {kind_of(v[2])}",
    Code.BAD_VERSION: lambda v: f"'{v[0]}' is {v[1]}; it must be {v[2]}",
    Code.NO_SUCH_GROUP: _no_such_group,
    Code.NO_QUESTIONS: lambda v: "the file has no questions; each one is a [[questions]] table",
    Code.TOO_MANY_QUESTIONS: lambda v: (
        f"the file has {v[0]} questions; a bank may have at most {v[1]}"
    ),
    Code.UNKNOWN_QUESTION_KEY: lambda v: (
        f"unknown key {quote(str(v[0]))}{hint(str(v[0]), _keys(v[1]))}; "
        "a question has only 'id' and 'text'"
    ),
    Code.NAMED_WRONG_TYPE: lambda v: f"the {v[0]} must be text, but it is {kind_of(v[1])}",
    Code.BLANK_QUESTION: lambda v: "the text is blank",
    Code.QUESTION_TOO_LONG: lambda v: (
        f"the text is {v[0]} characters long; a question may have at most {v[1]}"
    ),
    Code.ID_TOO_LONG: lambda v: f"the id is {v[0]} characters long; at most {v[1]} are allowed",
    Code.BAD_ID: lambda v: (
        f"the id {quote(str(v[0]))} may only use lowercase letters a-z, digits, "
        "hyphens and underscores, and must start with a letter or digit"
    ),
    Code.DUPLICATE_ID: lambda v: (
        f"the id {quote(str(v[0]))} is already used by question {v[1]}; "
        "every question needs its own id"
    ),
    Code.NOT_UNDERSTOOD: lambda v: f"Setting {v[0]} = {v[1]!r} was not understood.",
    **_TEMPLATE_SENTENCES,
    Code.BLANK: lambda v: f"'{v[0]}' is blank",
    Code.TOO_LONG: lambda v: f"'{v[0]}' is {v[1]} characters long; at most {v[2]} are allowed",
}


def table_sentence(problem: Problem) -> str:
    """A problem in a table of a hand-edited file: "phase 2 ('Close'): unknown key …"."""
    body = _TABLE_SENTENCES[problem.code](problem.values)
    return f"{problem.place}: {body}" if problem.place else body
