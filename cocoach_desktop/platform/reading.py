"""The shared reader of data files: typed accessors that note every problem as a code and a place.

Each accessor checks one value and returns it, or a stand-in when it is wrong, so reading
goes on and the caller learns every problem at once. A problem is a :class:`Problem`: the
place (``sessions[3].notes[0].visibility``), a :class:`Code` and the values it concerns
(too long: the length and the limit). Sentences are made from them in one place,
:mod:`cocoach_desktop.platform.wording`, never here.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Final, TypeVar

from cocoach_desktop.domain import limits

E = TypeVar("E", bound=StrEnum)
MISSING: Final = object()
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)


class Code(StrEnum):
    """What kind of problem a value has; :mod:`wording` turns each into a sentence."""

    MISSING = "missing"  # () in an export; (key,) in a table
    WRONG_TYPE = "wrong-type"  # (expected kind, the value); (key, wanted, the value) in a table
    SURROGATE = "surrogate"  # ()
    CONTROL = "control"  # (the character)
    BLANK = "blank"  # (); (key,) in a table
    TOO_LONG = "too-long"  # (length, limit); (key, length, limit) in a table
    BELOW_MINIMUM = "below-minimum"  # (value, minimum)
    TOO_LARGE = "too-large"  # (value,)
    NOT_FINITE = "not-finite"  # ()
    NEGATIVE = "negative"  # (value,)
    TOO_MANY_SECONDS = "too-many-seconds"  # (value,)
    NO_PHASES = "no-phases"  # (index,)
    OUT_OF_RANGE = "out-of-range"  # (index, count)
    NOT_ONE_OF = "not-one-of"  # (value, allowed)
    NOT_A_TIME = "not-a-time"  # (text,)
    NO_ZONE = "no-zone"  # (text,)
    OUT_OF_DATES = "out-of-dates"  # (text,)
    NOT_A_DAY = "not-a-day"  # (text,)
    NOT_A_UID = "not-a-uid"  # (the value,)
    PHASE_ORDER = "phase-order"  # (index, position)
    ENDED_BEFORE_START = "ended-before-start"  # ()
    # In a table of a hand-edited file (platform/tables.py), the first value is always the key.
    UNKNOWN_KEY = "unknown-key"  # (key, the keys allowed)
    NUMBER_TOO_LARGE = "number-too-large"  # (key,)
    ITEM_WRONG_TYPE = "item-wrong-type"  # (key, the item's number from 1, the item)
    # A protocol template's own checks (also run on one made in the app before it is saved).
    BLANK_FIELD = "blank-field"  # ("id" or "name",)
    NAME_TOO_LONG = "name-too-long"  # (length, limit)
    BAD_SESSION_LENGTH = "bad-session-length"  # (minutes, the most)
    BLANK_ROLE = "blank-role"  # (number from 1,)
    NO_PHASES_IN_TEMPLATE = "no-phases-in-template"  # ()
    TOO_MANY_PHASES = "too-many-phases"  # (count, limit)
    PHASE_BLANK_NAME = "phase-blank-name"  # (phase label,)
    PHASE_NAME_TOO_LONG = "phase-name-too-long"  # (phase label, length, limit)
    PHASE_MINUTES_NOT_A_NUMBER = "phase-minutes-not-a-number"  # (phase label, value)
    PHASE_MINUTES_NOT_FINITE = "phase-minutes-not-finite"  # (phase label, value)
    PHASE_MINUTES_NOT_POSITIVE = "phase-minutes-not-positive"  # (phase label, value)
    PHASE_MINUTES_TOO_MANY = "phase-minutes-too-many"  # (phase label, value, the most)
    UNKNOWN_PLACEHOLDER = "unknown-placeholder"  # (placeholder,)
    STRAY_BRACE = "stray-brace"  # ()
    PHASE_NO_SUCH_GROUP = "phase-no-such-group"  # (phase label, group, the groups)
    NOT_UNDERSTOOD = "not-understood"  # (key, the stored value): a setting
    NOT_A_TABLE = "not-a-table"  # (what it is, what it must hold, the value); no place
    BAD_VERSION = "bad-version"  # (key, the version, the one read)
    NO_SUCH_GROUP = "no-such-group"  # (group, the groups)
    NO_QUESTIONS = "no-questions"  # ()
    TOO_MANY_QUESTIONS = "too-many-questions"  # (count, limit)
    UNKNOWN_QUESTION_KEY = "unknown-question-key"  # (key, the keys allowed)
    NAMED_WRONG_TYPE = "named-wrong-type"  # ("id" or "text", the value)
    BLANK_QUESTION = "blank-question"  # ()
    QUESTION_TOO_LONG = "question-too-long"  # (length, limit)
    ID_TOO_LONG = "id-too-long"  # (length, limit)
    BAD_ID = "bad-id"  # (id,)
    DUPLICATE_ID = "duplicate-id"  # (id, the number of the question that has it)
    # An export that cannot be read at all (exchange/model/exchange.py); no place unless said.
    NOT_JSON = "not-json"  # (line, column, the parser's words)
    NESTED_TOO_DEEPLY = "nested-too-deeply"  # ()
    NUMBER_TOO_LONG = "number-too-long"  # ()
    NOT_READABLE_JSON = "not-readable-json"  # (the parser's words,)
    NOT_AN_EXPORT = "not-an-export"  # (); place "format"
    NEWER_VERSION = "newer-version"  # (version, the newest understood)
    NOT_A_VERSION = "not-a-version"  # (version,); place "version"


class Expected(StrEnum):
    """The kind of value a field holds, for :data:`Code.WRONG_TYPE`."""

    TEXT = "text"
    TEXTS = "texts"
    WHOLE = "whole"
    NUMBER = "number"
    TIMESTAMP = "timestamp"
    DAY = "day"
    CHOICE = "choice"
    LIST = "list"
    OBJECT = "object"


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem: where it is, what kind it is, and the values a sentence about it needs."""

    place: str
    code: Code
    values: tuple[object, ...] = ()


def clean_name(name: str) -> str:
    """:func:`records.clean_name` (imported here when first used: records import the plan,
    which imports the protocol reader, which is built on this module)."""
    from cocoach_desktop.domain.records import clean_name as kept

    return kept(name)


def place(path: str, key: str) -> str:
    """The place of ``key`` inside the object at ``path``."""
    return f"{path}.{key}" if path else key


def text_codes(value: str, *, limit: int, blank: bool = True, name: bool = False) -> list[Problem]:
    """What is wrong with a text to keep (place left empty): the one rule for every reader.

    NUL characters are dropped when kept, so a text of nothing else is blank; a ``name``
    is kept tidied (:func:`clean_name`), which may lengthen it, and holds no control
    characters.
    """
    problems = []
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        problems.append(Problem("", Code.SURROGATE))
    kept = value.replace("\x00", "")
    if name:
        control = next((c for c in value if _is_control(c)), None)
        if control is not None:
            problems.append(Problem("", Code.CONTROL, (control,)))
        kept = clean_name(kept)
    if not blank and not kept.strip():
        problems.append(Problem("", Code.BLANK))
    longest = max(len(value), len(kept))
    if longest > limit:
        problems.append(Problem("", Code.TOO_LONG, (longest, limit)))
    return problems


def _is_control(char: str) -> bool:
    """A control character that tidying a name would not turn into a space (NUL, U+0001…)."""
    return unicodedata.category(char) == "Cc" and not char.isspace()


class Reader:
    """Checks values one by one, noting every problem (the first ``keep`` are kept).

    On a problem each accessor still returns a stand-in value so reading can go on; the
    caller looks at :attr:`total` once at the end.
    """

    def __init__(self, keep: int = 1000) -> None:
        self.problems: list[Problem] = []
        self.total = 0
        self._keep = keep

    def note(self, where: str, code: Code, *values: object) -> None:
        self.total += 1
        if len(self.problems) < self._keep:
            self.problems.append(Problem(where, code, values))

    def take(self, obj: Mapping[str, object], key: str, path: str, required: bool) -> object:
        """The value at ``key``, or :data:`MISSING` (noted when it is ``required``)."""
        if key in obj:
            return obj[key]
        if required:
            self.note(place(path, key), Code.MISSING)
        return MISSING

    def text(
        self, value: object, where: str, *, limit: int, blank: bool = True, name: bool = False
    ) -> str:
        if not isinstance(value, str):
            self.note(where, Code.WRONG_TYPE, Expected.TEXT, value)
            return ""
        # The common case, a short plain text, needs none of the slower checks.
        if (
            len(value) <= limit
            and (blank or value.strip())
            and value.isprintable()
            and (not name or value == clean_name(value))
        ):
            return value
        for problem in text_codes(value, limit=limit, blank=blank, name=name):
            self.note(where, problem.code, *problem.values)
        return value

    def texts(self, value: object, where: str, *, limit: int, name: bool) -> tuple[str, ...]:
        if not isinstance(value, list):
            self.note(where, Code.WRONG_TYPE, Expected.TEXTS, value)
            return ()
        return tuple(
            self.text(v, f"{where}[{i}]", limit=limit, blank=False, name=name)
            for i, v in enumerate(value)
        )

    def whole(self, value: object, where: str, *, minimum: int | None = None) -> int:
        # Other tools may write 1800.0 for 1800: a whole float is a whole number.
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            self.note(where, Code.WRONG_TYPE, Expected.WHOLE, value)
            return 0
        if minimum is not None and value < minimum:
            self.note(where, Code.BELOW_MINIMUM, value, minimum)
        if abs(value) > limits.MAX_WHOLE:
            self.note(where, Code.TOO_LARGE, value)
            return 0
        return value

    def seconds(self, value: object, where: str, *, negative: bool = False) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.note(where, Code.WRONG_TYPE, Expected.NUMBER, value)
            return 0.0
        try:
            result = float(value)
        except OverflowError:
            result = math.inf
        if not math.isfinite(result):
            self.note(where, Code.NOT_FINITE)
            return 0.0
        if not negative and result < 0:
            self.note(where, Code.NEGATIVE, value)
        if abs(result) > limits.MAX_SECONDS:
            self.note(where, Code.TOO_MANY_SECONDS, value)
            return 0.0
        return result

    def index(self, value: object, where: str, *, count: int) -> int:
        """A phase index, which must name one of the session's ``count`` phases."""
        before = self.total
        result = self.whole(value, where)
        if self.total == before:  # a range check on a stand-in value would only add noise
            if count == 0:
                self.note(where, Code.NO_PHASES, result)
            elif not 0 <= result < count:
                self.note(where, Code.OUT_OF_RANGE, result, count)
        return result

    def timestamp(self, value: object, where: str) -> datetime | None:
        if not isinstance(value, str):
            self.note(where, Code.WRONG_TYPE, Expected.TIMESTAMP, value)
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            self.note(where, Code.NOT_A_TIME, value)
            return None
        if parsed.tzinfo is None or parsed.utcoffset() is None:
            self.note(where, Code.NO_ZONE, value)
            return None
        try:
            return parsed.astimezone(UTC)
        except OverflowError:  # e.g. 0001-01-01T00:30+01:00 is before the first UTC moment
            self.note(where, Code.OUT_OF_DATES, value)
            return None

    def day(self, value: object, where: str) -> date | None:
        if not isinstance(value, str):
            self.note(where, Code.WRONG_TYPE, Expected.DAY, value)
            return None
        try:
            # fromisoformat alone also takes "20240507" and week dates: keep to one form.
            if not _DAY.fullmatch(value):
                raise ValueError(value)
            return date.fromisoformat(value)
        except ValueError:
            self.note(where, Code.NOT_A_DAY, value)
            return None

    def uid(self, value: object, where: str) -> str | None:
        """A record's stable identity: a UUID (hex digits in either case, kept in lower
        case, as RFC 4122 reads them), or nothing."""
        if isinstance(value, str) and _UID.fullmatch(value.lower()):
            return value.lower()
        self.note(where, Code.NOT_A_UID, value)
        return None

    def choice(self, value: object, where: str, kind: type[E], fallback: E) -> E:
        if isinstance(value, str):
            try:
                return kind(value)
            except ValueError:
                self.note(where, Code.NOT_ONE_OF, value, tuple(m.value for m in kind))
                return fallback
        self.note(where, Code.WRONG_TYPE, Expected.CHOICE, value, tuple(m.value for m in kind))
        return fallback

    def objects(self, value: object, where: str) -> list[tuple[str, int, dict[str, object]]]:
        """The objects of a list, each with its place and position (others are noted)."""
        if not isinstance(value, list):
            self.note(where, Code.WRONG_TYPE, Expected.LIST, value)
            return []
        found = []
        for i, item in enumerate(value):
            if isinstance(item, dict):
                found.append((f"{where}[{i}]", i, item))
            else:
                self.note(f"{where}[{i}]", Code.WRONG_TYPE, Expected.OBJECT, item)
        return found
