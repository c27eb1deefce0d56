"""The sentences for every problem code, in one place: the readers' and the raised errors'.

Each sentence goes through :func:`_tr`, a hook that is English until the app points it at
its translation (``platform/qt/i18n.py``, context :data:`TR_CONTEXT`); the command line,
which has no Qt, keeps English. Values are put into a sentence after it is translated.
``str()`` of a :class:`CodedError` is :func:`english` (logs, the command line); a window
shows :func:`say`.
"""

from __future__ import annotations

import difflib
import json
import math
from collections.abc import Callable, Mapping, Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import Final

from cocoach_desktop.platform.datafiles import kind_of, quote
from cocoach_desktop.platform.problems import CodedError, ErrorCode, Reason
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


# ----- raised errors (platform/problems.py) -------------------------------------------------


def _subject(place: str) -> str:
    """What a refused value is, as the start of a sentence: "A note"."""
    return {
        "name": _tr("A name"),
        "note": _tr("A note"),
        "commitment": _tr("A commitment"),
        "follow-up": _tr("A follow-up note"),
        "committer": _tr("The name of who commits"),
        "topic": _tr("A topic"),
        "topic-owner": _tr("The name of whose topic it is"),
        "person": _tr("A person's name"),
        "group": _tr("A group's name"),
        "participant": _tr("A participant's name"),
        "tag": _tr("A tag"),
        "question": _tr("A question"),
        "question-group": _tr("A question's group"),
        "start": _tr("The start time"),
        "end": _tr("The end time"),
        "event-time": _tr("An event's time"),
        "note-time": _tr("A note's time"),
        "commitment-time": _tr("A commitment's time"),
        "topic-time": _tr("A topic's time"),
        "tally-time": _tr("A tally mark's time"),
        "the-note-time": _tr("The note's time"),
        "the-commitment-time": _tr("The commitment's time"),
        "the-topic-time": _tr("The topic's time"),
        "the-checkpoint-time": _tr("The checkpoint's time"),
    }[place]


def _gone(place: str) -> str:
    return {
        "session": _tr("Session {id} no longer exists."),
        "note": _tr("Note {id} no longer exists."),
        "commitment": _tr("Commitment {id} no longer exists."),
        "topic": _tr("Topic {id} no longer exists."),
        "person": _tr("Person {id} no longer exists."),
        "saved-question": _tr("Saved question {id} no longer exists."),
    }[place]


def _written(place: str) -> str:
    """What a backup step was writing: "the backup"."""
    return {
        "backup": _tr("the backup"),
        "restored": _tr("the restored archive"),
        "current-copy": _tr("the copy of the current archive"),
    }[place]


def _doing(place: str, what: str) -> str:
    """What a file operation was doing, to follow "Could not"."""
    return {
        "open": _tr("open"),
        "copy": _tr("copy"),
        "write": _tr("write"),
        "write-that": _tr("write {what}"),
        "write-into": _tr("write {what} into"),
        "read-backups": _tr("read the backups in"),
        "restore-into": _tr("restore the backup into"),
        "put-back": _tr("put back"),
        "set-aside": _tr("set aside"),
    }[place].format(what=what)


def _reason(reason: object, detail: str) -> str:
    return {
        Reason.DISK_FULL: _tr("the disk is full"),
        Reason.READ_ONLY: _tr("the folder or file is read-only, or belongs to someone else"),
        Reason.NOT_FOUND: _tr("the file or folder does not exist"),
        Reason.BUSY: _tr("another program (or this one) is still using it"),
        Reason.DAMAGED: _tr("the file is damaged or is not an archive"),
        Reason.CANNOT_OPEN: _tr("the file cannot be opened (missing, or the folder is read-only)"),
    }.get(Reason(str(reason)), detail)


def _refused_text(e: CodedError, v: Mapping[str, str]) -> str:
    problems = e.values["problems"]
    assert isinstance(problems, tuple)
    return _tr("{what} {problems}.").format(
        what=_subject(e.place), problems="; ".join(sentence(p) for p in problems)
    )


def _restored_failed(e: CodedError, v: Mapping[str, str]) -> str:
    text = _tr("The restored archive {path} failed its check ({detail}).").format(**v)
    if v.get("saved"):
        text += " " + _tr("The previous archive is in {saved}.").format(**v)
    return text


def _file_failed(e: CodedError, v: Mapping[str, str]) -> str:
    doing = _doing(e.place, _written(v["what"]) if v.get("what") else "")
    why = _reason(e.values.get("reason", Reason.OTHER), v.get("detail", ""))
    return _tr("Could not {doing} {path}: {why}.").format(doing=doing, path=v["path"], why=why)


def _fixed(text: Callable[[], str]) -> Callable[[CodedError, Mapping[str, str]], str]:
    """A sentence whose values (named in braces) are put in after it is translated."""
    return lambda e, v: text().format(**v)


def _not_usable(e: CodedError, v: Mapping[str, str]) -> str:
    reason = {
        "full": _tr("the disk is full; free some space"),
        "read-only": _tr("the archive file or its folder has become read-only"),
        "busy": _tr("another program is holding the archive; try again in a moment"),
        "damaged": _tr("the archive file is damaged; restart the app to restore a backup"),
        "disk": _tr("the disk could not be read or written (was a drive removed?)"),
    }.get(e.place, v.get("detail", ""))
    return _tr("The archive could not be used: {reason}.").format(reason=reason)


_FAULTS: dict[ErrorCode, Callable[[CodedError, Mapping[str, str]], str]] = {
    ErrorCode.ARCHIVE_NOT_USABLE: _not_usable,
    ErrorCode.PROTOCOL_HAS_NO_PHASES: _fixed(lambda: _tr("The protocol has no phases.")),
    ErrorCode.TOO_SHORT_FOR_PHASES: _fixed(
        lambda: _tr("{seconds} seconds is too short for {phases} phases.")
    ),
    ErrorCode.SESSION_TOO_SHORT: _fixed(
        lambda: _tr("The session needs a length of at least one minute.")
    ),
    ErrorCode.SESSION_TOO_LONG: _fixed(lambda: _tr("A session can last at most {hours} hours.")),
    ErrorCode.SHARING_NEEDS_TWO: _fixed(
        lambda: _tr("To share the time, enter at least two people who bring a topic.")
    ),
    ErrorCode.SHARES_TOO_SHORT: _fixed(
        lambda: _tr(
            "{people} people cannot share {minutes} minutes: each would get only seconds per phase."
        )
    ),
    ErrorCode.TOPIC_WHOSE: _fixed(lambda: _tr("Say whose topic it is.")),
    ErrorCode.TOPIC_EMPTY: _fixed(lambda: _tr("The topic is empty; write a few words about it.")),
    ErrorCode.TOPIC_TOO_LONG: _fixed(lambda: _tr("Keep a topic under {limit} characters.")),
    ErrorCode.NOT_A_TIME_OF_DAY: _fixed(
        lambda: _tr("“{text}” is not a time of day: write it like 16:15.")
    ),
    ErrorCode.END_PASSED: _fixed(lambda: _tr("{end} has already passed.")),
    ErrorCode.END_BEFORE_START: _fixed(lambda: _tr("{end} is before the start at {start}.")),
    ErrorCode.RECORD_GONE: lambda e, v: _gone(e.place).format(**v),
    ErrorCode.TEXT_REFUSED: _refused_text,
    ErrorCode.NO_TIME_ZONE: lambda e, v: _tr("{what} has no time zone; give it in UTC.").format(
        what=_subject(e.place)
    ),
    ErrorCode.SHIPPED_ID_TOO_LONG: _fixed(
        lambda: _tr("A shipped question's id is too long ({length} characters; at most {limit}).")
    ),
    ErrorCode.NOT_A_TALLY_KIND: lambda e, v: _tr(
        "{kind} is not a kind of tally mark ({allowed})."
    ).format(kind=repr(e.values["kind"]), allowed=", ".join(_keys(e.values["allowed"]))),
    ErrorCode.TALLY_SECONDS: lambda e, v: _tr(
        "A tally mark's time in the session must be a number of seconds from 0 up, not {value}."
    ).format(value=repr(e.values["value"])),
    ErrorCode.TALLY_PHASE: _fixed(
        lambda: _tr("A tally mark's phase cannot be {phase} (phases count from 0).")
    ),
    ErrorCode.SHIPPED_HAS_CHANGES: _fixed(
        lambda: _tr(
            "The shipped question {shipped} already has its own saved changes; "
            "change those instead."
        )
    ),
    ErrorCode.QUESTION_REFUSED: _fixed(lambda: _tr("Question {position}: {problem}")),
    ErrorCode.SESSION_STILL_RUNNING: _fixed(
        lambda: _tr("A session is finished or abandoned, not running, when it closes.")
    ),
    ErrorCode.IMPORT_CONTRADICTS: _fixed(
        lambda: _tr("The imported data contradicts itself ({detail}); nothing was imported.")
    ),
    ErrorCode.IMPORT_CANCELLED: _fixed(lambda: _tr("Import cancelled: nothing was imported.")),
    ErrorCode.EXPORT_CANCELLED: _fixed(lambda: _tr("Export cancelled: no file was written.")),
    ErrorCode.ARCHIVE_BUSY: _fixed(
        lambda: _tr("The archive {path} is in use by another program. Close it and try again.")
    ),
    ErrorCode.ARCHIVE_READ_ONLY: _fixed(
        lambda: _tr("The archive {path} cannot be written to (it or its folder is read-only).")
    ),
    ErrorCode.ARCHIVE_DISK_FULL: _fixed(
        lambda: _tr(
            "The disk holding the archive {path} is full. Free some space and start Cocoach "
            "again; the archive itself was left untouched."
        )
    ),
    ErrorCode.ARCHIVE_CANNOT_OPEN: _fixed(
        lambda: _tr(
            "The archive {path} cannot be opened: check the folder exists and may be written."
        )
    ),
    ErrorCode.ARCHIVE_DAMAGED: _fixed(
        lambda: _tr("The archive {path} is damaged or is not a Cocoach archive ({detail}).")
    ),
    ErrorCode.ARCHIVE_IO_ERROR: _fixed(
        lambda: _tr(
            "The archive {path} cannot be read just now (the disk reported an error: "
            "{detail}). It was left untouched; check the disk or network drive and start "
            "Cocoach again."
        )
    ),
    ErrorCode.ARCHIVE_NOT_OPENED: _fixed(
        lambda: _tr("The archive {path} could not be opened ({detail}). It was left untouched.")
    ),
    ErrorCode.NOT_AN_ARCHIVE: _fixed(
        lambda: _tr("The file {path} is not a Cocoach archive (it holds no archive).")
    ),
    ErrorCode.ARCHIVE_IS_A_FOLDER: _fixed(
        lambda: _tr("The archive {path} cannot be read ({detail}): is it a file?")
    ),
    ErrorCode.ARCHIVE_UNREADABLE: _fixed(
        lambda: _tr("The archive {path} cannot be read ({detail}). It was left untouched.")
    ),
    ErrorCode.ARCHIVE_EMPTY: _fixed(
        lambda: _tr("The archive {path} is empty (0 bytes): a copy or sync of it probably failed.")
    ),
    ErrorCode.ARCHIVE_TOO_SHORT: _fixed(
        lambda: _tr(
            "The archive {path} is too short to be a database ({size} bytes): a copy "
            "or sync of it probably failed."
        )
    ),
    ErrorCode.NOT_A_DATABASE: _fixed(
        lambda: _tr("The archive {path} is not a database (damaged or another kind of file).")
    ),
    ErrorCode.ARCHIVE_FAILED_CHECK: _fixed(
        lambda: _tr("The archive {path} failed its integrity check ({detail}).")
    ),
    ErrorCode.OTHER_DATABASE: _fixed(
        lambda: _tr("The file {path} is a database, but not a Cocoach archive.")
    ),
    ErrorCode.FOLDER_NOT_CREATED: _fixed(
        lambda: _tr("The folder for the archive {path} cannot be created ({detail}).")
    ),
    ErrorCode.FOLDER_READ_ONLY: _fixed(
        lambda: _tr("The folder of the archive {path} cannot be written to.")
    ),
    ErrorCode.ARCHIVE_FILE_READ_ONLY: _fixed(
        lambda: _tr("The archive {path} cannot be written to (read-only).")
    ),
    ErrorCode.ARCHIVE_TOO_NEW: _fixed(
        lambda: _tr(
            "The archive {path} was written by a newer version of Cocoach "
            "(schema {revision}). Install the newer version to open it; the file was left "
            "untouched."
        )
    ),
    ErrorCode.NOT_BROUGHT_UP_TO_DATE: _fixed(
        lambda: _tr("The archive {path} could not be brought up to date.")
    ),
    ErrorCode.BROKEN_LINKS: _fixed(
        lambda: _tr(
            "The archive {path} could not be brought up to date: {count} row(s) point at "
            "rows that do not exist (first in {table})."
        )
    ),
    ErrorCode.LEFT_UNTOUCHED: _fixed(
        lambda: _tr("It was left untouched; restore a backup or choose another file.")
    ),
    ErrorCode.RESTORE_A_BACKUP: _fixed(lambda: _tr("It was left untouched; restore a backup.")),
    ErrorCode.NOTHING_CHANGED: _fixed(lambda: _tr("Nothing was changed.")),
    ErrorCode.UNTOUCHED: _fixed(lambda: _tr("It was left untouched.")),
    ErrorCode.CHOOSE_ANOTHER: _fixed(lambda: _tr("It was left untouched; choose another file.")),
    ErrorCode.LEFT_AS_IT_WAS: _fixed(lambda: _tr("It was left as it was; restore a backup.")),
    ErrorCode.NO_FILE_TO_BACK_UP: _fixed(
        lambda: _tr("Could not back up {path}: the file does not exist.")
    ),
    ErrorCode.BACKUP_BUSY: _fixed(
        lambda: _tr("Could not back up the archive: a change is still in progress.")
    ),
    ErrorCode.BACKUP_NOT_SQLITE: _fixed(
        lambda: _tr("Could not back up the archive: it is not a SQLite database.")
    ),
    ErrorCode.COPY_FAILED_CHECK: lambda e, v: _tr(
        "Could not write {what} {path}: the copy failed its check ({detail}). Nothing was replaced."
    ).format(what=_written(e.place), path=v["path"], detail=v["detail"]),
    ErrorCode.SOURCE_DAMAGED: lambda e, v: _tr(
        "Did not back up {label}: it is damaged ({detail}). "
        "The existing backups were left as they are."
    ).format(label=v["path"] or _tr("the archive"), detail=v["detail"]),
    ErrorCode.BACKUP_DAMAGED: _fixed(
        lambda: _tr("Did not restore {path}: it is damaged or unreadable ({detail}).")
    ),
    ErrorCode.LIVE_DAMAGED: _fixed(
        lambda: _tr(
            "Did not restore over {path}: it is damaged, so it could not be saved first. "
            "Nothing was changed."
        )
    ),
    ErrorCode.RESTORED_FAILED_CHECK: _restored_failed,
    ErrorCode.NOTHING_TO_SET_ASIDE: _fixed(
        lambda: _tr("Could not set aside {path}: the file does not exist.")
    ),
    ErrorCode.FILE_FAILED: _file_failed,
}


def _value_words(value: object) -> str:
    if isinstance(value, CodedError):
        return _words(value)
    if isinstance(value, Path):
        return str(value)
    return str(value)


def _words(error: CodedError, *, advice: bool = True) -> str:
    values = {key: _value_words(value) for key, value in error.values.items()}
    text = _FAULTS[error.code](error, values)
    then = error.values.get("advice")
    if advice and isinstance(then, ErrorCode):
        text = f"{text} {_FAULTS[then](error, values)}"
    return text


def say(error: BaseException, *, advice: bool = True) -> str:
    """What went wrong, in the user's language (a coded error), else the error's own words.

    ``advice=False`` leaves out what was done about it (a damaged archive's "It was left
    untouched…"), for a caller that says that itself.
    """
    if isinstance(error, CodedError):
        return _words(error, advice=advice)
    return str(error)


def english(error: CodedError, *, advice: bool = True) -> str:
    """The sentence in English whatever the app's language: for logs and ``str()``."""
    token = _english.set(True)
    try:
        return _words(error, advice=advice)
    finally:
        _english.reset(token)
