"""The sentences for every problem code, in one place: the readers' and the raised errors'.

Each sentence goes through :func:`_tr`, a hook that is English until the app points it at
its translation (``platform/qt/i18n.py``, context :data:`TR_CONTEXT`); the command line,
which has no Qt, keeps English. Values are put into a sentence after it is translated.
The sentences of raised errors (:class:`CodedError`) are in :mod:`problem_words`, on
the same hook.
"""

from __future__ import annotations

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
        return _tr("the number {number}").format(number=number(value))
    if isinstance(value, str):
        return _tr("the text {text}").format(text=quote_json(value))
    if isinstance(value, list):
        return _tr("a list")
    return _tr("an object")


def number(value: object) -> str:
    """A number as a message shows it: one of hundreds of digits is cut short."""
    text = str(value)
    if len(text) <= 40:
        return text
    return _tr("{start}… ({count} characters)").format(start=text[:20], count=f"{len(text):,}")


def quote_json(text: str) -> str:
    """``text`` in double quotes as JSON writes it, shortened if long."""
    short = text if len(text) <= 40 else text[:37] + "…"
    return json.dumps(short, ensure_ascii=False)


def _expected(kind: Expected) -> str:
    return {
        Expected.TEXT: _tr("text"),
        Expected.TEXTS: _tr("a list of text"),
        Expected.WHOLE: _tr("a whole number"),
        Expected.NUMBER: _tr("a number"),
        Expected.TIMESTAMP: _tr("a date and time as text"),
        Expected.DAY: _tr("a date as text"),
        Expected.LIST: _tr("a list"),
        Expected.OBJECT: _tr("an object"),
    }[kind]


def _wrong_type(v: Sequence[object]) -> str:
    expected = v[0]
    if expected is Expected.CHOICE:
        allowed = v[2]
        assert isinstance(allowed, tuple)
        return _tr("expected one of {allowed}, found {found}").format(
            allowed=", ".join(map(str, allowed)), found=describe(v[1])
        )
    assert isinstance(expected, Expected)
    return _tr("expected {expected}, found {found}").format(
        expected=_expected(expected), found=describe(v[1])
    )


def _out_of_range(v: Sequence[object]) -> str:
    index, count = v
    assert isinstance(count, int)
    if count == 1:
        text = _tr("{index} is out of range: the session has 1 phase, numbered 0 to 0")
    else:
        text = _tr("{index} is out of range: the session has {count} phases, numbered 0 to {last}")
    return text.format(index=index, count=count, last=count - 1)


def _too_long(v: Sequence[object]) -> str:
    length, limit = v
    return _tr("is {length} characters long; at most {limit} are allowed").format(
        length=f"{length:,}", limit=f"{limit:,}"
    )


def _not_one_of(v: Sequence[object]) -> str:
    allowed = v[1]
    assert isinstance(allowed, tuple)
    return _tr("{value} is not one of {allowed}").format(
        value=quote_json(str(v[0])), allowed=", ".join(map(str, allowed))
    )


def _said(text: Callable[[], str]) -> Callable[[Sequence[object]], str]:
    """A sentence about a quoted text value (the first value)."""
    return lambda v: text().format(text=quote_json(str(v[0])))


def _numbered(text: Callable[[], str]) -> Callable[[Sequence[object]], str]:
    """A sentence about a number (the first value) and perhaps a second value."""
    return lambda v: text().format(number=number(v[0]), other=v[1] if len(v) > 1 else "")


_SENTENCES: dict[Code, Callable[[Sequence[object]], str]] = {
    Code.MISSING: lambda v: _tr("is missing"),
    Code.WRONG_TYPE: _wrong_type,
    Code.SURROGATE: lambda v: _tr("contains an invalid character (a lone UTF-16 surrogate)"),
    Code.CONTROL: lambda v: _tr("contains a control character (U+{code})").format(
        code=f"{ord(str(v[0])):04X}"
    ),
    Code.BLANK: lambda v: _tr("is blank"),
    Code.TOO_LONG: _too_long,
    Code.BELOW_MINIMUM: _numbered(lambda: _tr("{number} is below the smallest allowed, {other}")),
    Code.TOO_LARGE: _numbered(lambda: _tr("{number} is far too large")),
    Code.NOT_FINITE: lambda v: _tr("is not a finite number"),
    Code.NEGATIVE: _numbered(lambda: _tr("{number} is negative; a number of seconds cannot be")),
    Code.TOO_MANY_SECONDS: _numbered(
        lambda: _tr("{number} is far too large for a number of seconds")
    ),
    Code.NO_PHASES: lambda v: _tr("{index} is out of range: the session has no phases").format(
        index=v[0]
    ),
    Code.OUT_OF_RANGE: _out_of_range,
    Code.NOT_ONE_OF: _not_one_of,
    Code.NOT_A_TIME: _said(
        lambda: _tr('{text} is not a date and time (ISO 8601 in UTC, e.g. "2024-05-07T09:00:00Z")')
    ),
    Code.NO_ZONE: _said(lambda: _tr("{text} has no time zone (write it in UTC, ending in Z)")),
    Code.OUT_OF_DATES: _said(lambda: _tr("{text} is outside the range of dates")),
    Code.NOT_A_DAY: _said(lambda: _tr('{text} is not a date (YYYY-MM-DD, e.g. "2024-05-14")')),
    Code.NOT_A_UID: _said(
        lambda: _tr(
            "{text} is not a record's identity "
            '(a UUID, e.g. "0b6f4c1e-2d3a-4f5b-8c9d-1e2f3a4b5c6d")'
        )
    ),
    Code.PHASE_ORDER: lambda v: _tr(
        "{index} should be {position} (phases are numbered from 0, in order)"
    ).format(index=v[0], position=v[1]),
    Code.ENDED_BEFORE_START: lambda v: _tr("is before the session's start"),
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


def _wanted(kind: Wanted) -> str:
    return {
        Wanted.TEXT: _tr("text"),
        Wanted.WHOLE: _tr("a whole number"),
        Wanted.MINUTES: _tr("a whole number of minutes"),
        Wanted.NUMBER: _tr("a number"),
        Wanted.FLAG: _tr("true or false"),
        Wanted.TEXTS: _tr("a list of texts"),
    }[kind]


def hint(key: str, known: Sequence[str]) -> str:
    """ " (did you mean 'minutes'?)" for a key close to a known one, else nothing."""
    import difflib  # only for a key misspelt in a file: not needed to start

    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    return " " + _tr("(did you mean '{key}'?)").format(key=close[0]) if close else ""


def kind_words(words: str) -> str:
    """What :func:`datafiles.kind_of` said ("a whole number"), in the user's language."""
    return {
        "empty (null)": _tr("empty (null)"),
        "true/false": _tr("true/false"),
        "a whole number": _tr("a whole number"),
        "a number": _tr("a number"),
        "text": _tr("text"),
        "a list": _tr("a list"),
        "a table": _tr("a table"),
        "a date or time": _tr("a date or time"),
    }.get(words, words)


def _kind_of(value: object) -> str:
    return kind_words(kind_of(value))


def _table_wrong(v: Sequence[object]) -> str:
    key, wanted, value = v
    assert isinstance(wanted, Wanted)
    if wanted is Wanted.TABLES:
        words = _tr("a list of [[{key}]] tables").format(key=key)
    else:
        words = _wanted(wanted)
    return _tr("'{key}' must be {wanted}, but it is {found}").format(
        key=key, wanted=words, found=_kind_of(value)
    )


def _unknown(v: Sequence[object]) -> str:
    key, known = v
    assert isinstance(known, tuple)
    return _tr("unknown key {key}{hint}; the keys allowed here are: {keys}").format(
        key=quote(str(key)), hint=hint(str(key), known), keys=", ".join(known)
    )


def plain_number(value: object) -> str:
    """A number as a person would write it: 10 rather than 10.0."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return repr(value)
    if isinstance(value, int):
        return str(value) if abs(value) < 10**15 else _tr("a very large number")
    if not math.isfinite(value):
        return _tr("not a number") if math.isnan(value) else _tr("infinite")
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _phase_minutes(text: Callable[[], str]) -> Callable[[Sequence[object]], str]:
    """A sentence about a phase (the first value) and its minutes, written plainly."""
    return lambda v: text().format(
        phase=v[0], minutes=plain_number(v[1]), most=v[2] if len(v) > 2 else ""
    )


_TEMPLATE_SENTENCES: dict[Code, Callable[[Sequence[object]], str]] = {
    Code.BLANK_FIELD: lambda v: _tr("the {field} is blank").format(field=v[0]),
    Code.NAME_TOO_LONG: lambda v: _tr(
        "the name is {length} characters long; at most {limit} are allowed"
    ).format(length=v[0], limit=v[1]),
    Code.BAD_SESSION_LENGTH: lambda v: _tr(
        "the session length (default_minutes) is {minutes}; "
        "it must be a whole number of minutes from 1 to {most}"
    ).format(minutes=plain_number(v[0]), most=v[1]),
    Code.BLANK_ROLE: lambda v: _tr("role {number} is blank").format(number=v[0]),
    Code.NO_PHASES_IN_TEMPLATE: lambda v: _tr("there are no phases; a protocol needs at least one"),
    Code.TOO_MANY_PHASES: lambda v: _tr(
        "there are {count} phases; at most {limit} are allowed"
    ).format(count=v[0], limit=v[1]),
    Code.PHASE_BLANK_NAME: lambda v: _tr("{phase} has a blank name").format(phase=v[0]),
    Code.PHASE_NAME_TOO_LONG: lambda v: _tr(
        "{phase} has a name {length} characters long; at most {limit} are allowed"
    ).format(phase=v[0], length=v[1], limit=v[2]),
    Code.PHASE_MINUTES_NOT_A_NUMBER: lambda v: _tr(
        "{phase} has minutes {minutes}; minutes must be a number"
    ).format(phase=v[0], minutes=repr(v[1])),
    Code.PHASE_MINUTES_NOT_FINITE: _phase_minutes(
        lambda: _tr("{phase} has minutes {minutes}; minutes must be an ordinary number")
    ),
    Code.PHASE_MINUTES_NOT_POSITIVE: _phase_minutes(
        lambda: _tr("{phase} has minutes {minutes}; minutes must be more than 0")
    ),
    Code.PHASE_MINUTES_TOO_MANY: _phase_minutes(
        lambda: _tr("{phase} has minutes {minutes}; a phase can last at most {most} minutes")
    ),
    Code.UNKNOWN_PLACEHOLDER: lambda v: _tr(
        "the speaker text uses {used}; the only placeholder allowed is {coachee}"
    ).format(used="{" + str(v[0]) + "}", coachee="{coachee}"),
    Code.STRAY_BRACE: lambda v: _tr(
        "the speaker text has a {open} or {close} that does not belong to a placeholder; "
        "write {coachee} exactly, or leave the braces out"
    ).format(open="{", close="}", coachee="{coachee}"),
    Code.PHASE_NO_SUCH_GROUP: lambda v: _tr(
        "{phase} names the question group {group}, which does not exist; the groups are: {groups}"
    ).format(phase=v[0], group=quote(str(v[1])), groups=", ".join(_keys(v[2]))),
}


def _keys(value: object) -> tuple[str, ...]:
    assert isinstance(value, tuple)
    return value


def _no_such_group(v: Sequence[object]) -> str:
    group, groups = str(v[0]), _keys(v[1])
    return _tr("the group {group}{hint} does not exist; the groups are: {groups}").format(
        group=quote(group), hint=hint(group, groups), groups=", ".join(groups)
    )


_TABLE_SENTENCES: dict[Code, Callable[[Sequence[object]], str]] = {
    Code.MISSING: lambda v: _tr("the required key '{key}' is missing").format(key=v[0]),
    Code.WRONG_TYPE: _table_wrong,
    Code.UNKNOWN_KEY: _unknown,
    Code.NUMBER_TOO_LARGE: lambda v: _tr("'{key}' is far too large a number").format(key=v[0]),
    Code.ITEM_WRONG_TYPE: lambda v: _tr(
        "item {number} of '{key}' must be text, but it is {found}"
    ).format(number=v[1], key=v[0], found=_kind_of(v[2])),
    Code.NOT_A_TABLE: lambda v: _tr(
        "{what} must be a table with {holding}, but it is {found}"
    ).format(what=v[0], holding=v[1], found=_kind_of(v[2])),
    Code.BAD_VERSION: lambda v: _tr("'{key}' is {version}; it must be {wanted}").format(
        key=v[0], version=v[1], wanted=v[2]
    ),
    Code.NO_SUCH_GROUP: _no_such_group,
    Code.NO_QUESTIONS: lambda v: _tr(
        "the file has no questions; each one is a [[questions]] table"
    ),
    Code.TOO_MANY_QUESTIONS: lambda v: _tr(
        "the file has {count} questions; a bank may have at most {limit}"
    ).format(count=v[0], limit=v[1]),
    Code.UNKNOWN_QUESTION_KEY: lambda v: _tr(
        "unknown key {key}{hint}; a question has only 'id' and 'text'"
    ).format(key=quote(str(v[0])), hint=hint(str(v[0]), _keys(v[1]))),
    Code.NAMED_WRONG_TYPE: lambda v: _tr("the {field} must be text, but it is {found}").format(
        field=v[0], found=_kind_of(v[1])
    ),
    Code.BLANK_QUESTION: lambda v: _tr("the text is blank"),
    Code.QUESTION_TOO_LONG: lambda v: _tr(
        "the text is {length} characters long; a question may have at most {limit}"
    ).format(length=v[0], limit=v[1]),
    Code.ID_TOO_LONG: lambda v: _tr(
        "the id is {length} characters long; at most {limit} are allowed"
    ).format(length=v[0], limit=v[1]),
    Code.BAD_ID: lambda v: _tr(
        "the id {id} may only use lowercase letters a-z, digits, "
        "hyphens and underscores, and must start with a letter or digit"
    ).format(id=quote(str(v[0]))),
    Code.DUPLICATE_ID: lambda v: _tr(
        "the id {id} is already used by question {number}; every question needs its own id"
    ).format(id=quote(str(v[0])), number=v[1]),
    Code.NOT_UNDERSTOOD: lambda v: _tr("Setting {key} = {value} was not understood.").format(
        key=v[0], value=repr(v[1])
    ),
    **_TEMPLATE_SENTENCES,
    Code.BLANK: lambda v: _tr("'{key}' is blank").format(key=v[0]),
    Code.TOO_LONG: lambda v: _tr(
        "'{key}' is {length} characters long; at most {limit} are allowed"
    ).format(key=v[0], length=v[1], limit=v[2]),
}


def table_sentence(problem: Problem) -> str:
    """A problem in a table of a hand-edited file: "phase 2 ('Close'): unknown key …"."""
    body = _TABLE_SENTENCES[problem.code](problem.values)
    return f"{problem.place}: {body}" if problem.place else body
