"""The export format's fields, declared once: the import reads by them, the schema lists them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from cocoach_desktop.domain import limits
from cocoach_desktop.domain.records import (
    CommitmentStatus,
    Role,
    SessionStatus,
    TallyKind,
    TopicStatus,
    Visibility,
)
from cocoach_desktop.platform.reading import EPOCH, MISSING, Code, Reader, place
from cocoach_desktop.timer.model.session import EventKind

FORMAT: Final = "cocoach-archive"
VERSION: Final = 1


class Kind(StrEnum):
    """How a field's value is read (and described in the schema)."""

    TEXT = "text"
    NAME = "name"  # one line, tidied as the archive keeps names
    NAMES = "names"
    WHOLE = "whole"
    OPT_WHOLE = "opt-whole"
    SECONDS = "seconds"
    SIGNED_SECONDS = "signed-seconds"
    INDEX = "index"  # a phase's index in its session
    OPT_INDEX = "opt-index"
    TIMESTAMP = "timestamp"
    OPT_TIMESTAMP = "opt-timestamp"
    OPT_DAY = "opt-day"
    OPT_UID = "opt-uid"  # a record's stable identity (a UUID), when the file has one
    CHOICE = "choice"
    OBJECTS = "objects"  # a list of records of ``record``


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a record: its key, how it is read, and what it may hold."""

    key: str
    kind: Kind
    required: bool = True
    limit: int = 0
    blank: bool = True
    choices: type[StrEnum] | None = None
    default: object = None  # the value when the field is absent (or a stand-in if required)
    minimum: int | None = None
    record: str = ""


def _f(key: str, kind: Kind, **options: Any) -> Field:
    return Field(key, kind, **options)


_NAME = {"limit": limits.NAME_CHARS}
TOPIC: Final = (
    _f("id", Kind.WHOLE, default=0),
    # Files written before it existed have none: the record comes in with a new one.
    _f("uid", Kind.OPT_UID, required=False),
    _f("person", Kind.NAME, blank=False, default="", **_NAME),
    _f("text", Kind.TEXT, limit=limits.TOPIC_CHARS, blank=False, default=""),
    _f("created", Kind.TIMESTAMP, default=EPOCH),
    _f("session_id", Kind.OPT_WHOLE, required=False),
    _f("status", Kind.CHOICE, required=False, choices=TopicStatus, default=TopicStatus.WAITING),
    # Files written before it existed have none: the topic comes in without that link.
    _f("taken_session_id", Kind.OPT_WHOLE, required=False),
)
PARTICIPANT: Final = (
    _f("name", Kind.NAME, blank=False, default="", **_NAME),
    _f("role", Kind.CHOICE, choices=Role),
)
PHASE: Final = (
    _f("index", Kind.WHOLE, minimum=0, default=0),
    _f("name", Kind.TEXT, limit=limits.LABEL_CHARS, default=""),
    _f("planned_seconds", Kind.SECONDS, default=0.0),
    _f("actual_seconds", Kind.SECONDS, required=False, default=0.0),
    _f("speaker", Kind.TEXT, required=False, default="", **_NAME),
    _f("coachee", Kind.TEXT, required=False, default="", **_NAME),
)
EVENT: Final = (
    _f("kind", Kind.CHOICE, choices=EventKind),
    _f("phase_index", Kind.INDEX, default=0),
    _f("monotonic", Kind.SIGNED_SECONDS, default=0.0),
    _f("wall", Kind.TIMESTAMP, default=EPOCH),
    _f("seconds", Kind.SECONDS, required=False, default=0.0),
)
NOTE: Final = (
    _f("id", Kind.WHOLE, default=0),
    # Files written before it existed have none: the record comes in with a new one.
    _f("uid", Kind.OPT_UID, required=False),
    _f("session_id", Kind.WHOLE, default=0),
    _f("text", Kind.TEXT, limit=limits.NOTE_CHARS, blank=False, default=""),
    _f("visibility", Kind.CHOICE, choices=Visibility),
    _f("created", Kind.TIMESTAMP, default=EPOCH),
    _f("phase_index", Kind.OPT_INDEX, required=False),
    _f("phase_name", Kind.TEXT, required=False, limit=limits.LABEL_CHARS, default=""),
    _f("session_seconds", Kind.SECONDS, required=False, default=0.0),
)
COMMITMENT: Final = (
    _f("id", Kind.WHOLE, default=0),
    # Files written before it existed have none: the record comes in with a new one.
    _f("uid", Kind.OPT_UID, required=False),
    _f("session_id", Kind.WHOLE, default=0),
    _f("person", Kind.NAME, blank=False, default="", **_NAME),
    _f("text", Kind.TEXT, limit=limits.NOTE_CHARS, blank=False, default=""),
    _f("due", Kind.OPT_DAY, required=False),
    _f(
        "status",
        Kind.CHOICE,
        required=False,
        choices=CommitmentStatus,
        default=CommitmentStatus.OPEN,
    ),
    _f("follow_up", Kind.TEXT, required=False, limit=limits.NOTE_CHARS, default=""),
    _f("created", Kind.OPT_TIMESTAMP, required=False),
)
# Files written before the tally existed have no "tally": an empty one, not a problem.
TALLY: Final = (
    _f("kind", Kind.CHOICE, choices=TallyKind),
    _f("session_seconds", Kind.SECONDS, required=False, default=0.0),
    _f("phase_index", Kind.OPT_INDEX, required=False),
    _f("created", Kind.OPT_TIMESTAMP, required=False),
)
# Listed in the order the reader reads them: the phases first, which the indexes point at.
SESSION: Final = (
    _f("phases", Kind.OBJECTS, required=False, record="phase", default=()),
    _f("started", Kind.OPT_TIMESTAMP, required=False),
    _f("ended", Kind.OPT_TIMESTAMP, required=False),
    _f("id", Kind.WHOLE, default=0),
    # Files written before it existed have none: the record comes in with a new one.
    _f("uid", Kind.OPT_UID, required=False),
    _f("status", Kind.CHOICE, choices=SessionStatus),
    _f("protocol_id", Kind.TEXT, limit=limits.PROTOCOL_ID_CHARS, default=""),
    _f("protocol_name", Kind.TEXT, limit=limits.LABEL_CHARS, default=""),
    _f("mode", Kind.TEXT, limit=limits.MODE_CHARS, default=""),
    _f("planned_seconds", Kind.WHOLE, minimum=0, default=0),
    _f("actual_seconds", Kind.SECONDS, default=0.0),
    _f("group", Kind.NAME, required=False, default="", **_NAME),
    _f("coachees", Kind.NAMES, required=False, default=(), **_NAME),
    _f("tags", Kind.NAMES, required=False, limit=limits.TAG_CHARS, default=()),
    _f("participants", Kind.OBJECTS, required=False, record="participant", default=()),
    _f("events", Kind.OBJECTS, required=False, record="event", default=()),
    _f("notes", Kind.OBJECTS, required=False, record="note", default=()),
    _f("commitments", Kind.OBJECTS, required=False, record="commitment", default=()),
    _f("topics", Kind.OBJECTS, required=False, record="topic", default=()),
    _f("tally", Kind.OBJECTS, required=False, record="tally", default=()),
)
DOCUMENT: Final = (
    _f("exported", Kind.OPT_TIMESTAMP, required=False),
    _f("app_version", Kind.TEXT, required=False, limit=limits.LABEL_CHARS, default=""),
    _f("person", Kind.TEXT, required=False, default="", **_NAME),
    _f("sessions", Kind.OBJECTS, record="session", default=()),
    _f("topics", Kind.OBJECTS, required=False, record="topic", default=()),
)
RECORDS: Final[Mapping[str, tuple[Field, ...]]] = {
    "session": SESSION,
    "participant": PARTICIPANT,
    "phase": PHASE,
    "event": EVENT,
    "note": NOTE,
    "commitment": COMMITMENT,
    "topic": TOPIC,
    "tally": TALLY,
}
"""Every record kind of the format by name (the document itself aside)."""


_Step = Callable[[Reader, object, str, int], Any]


def _step(f: Field) -> _Step:
    """How one field's value is checked: chosen once per declaration, not per value."""
    kind, limit, blank, minimum = f.kind, f.limit, f.blank, f.minimum
    if kind is Kind.TEXT or kind is Kind.NAME:
        name = kind is Kind.NAME
        return lambda r, v, w, c: r.text(v, w, limit=limit, blank=blank, name=name)
    if kind is Kind.NAMES:
        return lambda r, v, w, c: r.texts(v, w, limit=limit, name=True)
    if kind is Kind.WHOLE or kind is Kind.OPT_WHOLE:
        return lambda r, v, w, c: r.whole(v, w, minimum=minimum)
    if kind is Kind.SECONDS or kind is Kind.SIGNED_SECONDS:
        negative = kind is Kind.SIGNED_SECONDS
        return lambda r, v, w, c: r.seconds(v, w, negative=negative)
    if kind is Kind.CHOICE:
        choices = f.choices
        assert choices is not None
        fallback = f.default if isinstance(f.default, StrEnum) else next(iter(choices))
        return lambda r, v, w, c: r.choice(v, w, choices, fallback)
    if kind is Kind.TIMESTAMP:
        default = f.default
        return lambda r, v, w, c: r.timestamp(v, w) or default
    if kind is Kind.OPT_TIMESTAMP:
        return lambda r, v, w, c: r.timestamp(v, w)
    if kind is Kind.INDEX or kind is Kind.OPT_INDEX:
        return lambda r, v, w, c: r.index(v, w, count=c)
    if kind is Kind.OPT_DAY:
        return lambda r, v, w, c: r.day(v, w)
    if kind is Kind.OPT_UID:
        return lambda r, v, w, c: r.uid(v, w)
    raise ValueError(f"{f.key}: a list of records is read by its own reader")


_Plan = tuple[tuple[str, bool, object, bool, _Step], ...]
_PLANS: dict[int, _Plan] = {}


def _plan(fields: tuple[Field, ...]) -> _Plan:
    plan = _PLANS.get(id(fields))
    if plan is None:
        plan = tuple(
            (f.key, f.required, f.default, not f.required and f.default is None, _step(f))
            for f in fields
            if f.kind is not Kind.OBJECTS
        )
        _PLANS[id(fields)] = plan
    return plan


def read_fields(
    r: Reader, obj: Mapping[str, object], path: str, fields: tuple[Field, ...], count: int = 0
) -> dict[str, Any]:
    """The scalar fields of one record, read by their declarations (lists are left out).

    ``count`` is the number of the session's phases, which phase indexes must name.
    """
    out: dict[str, Any] = {}
    for key, required, default, none_ok, step in _plan(fields):
        if key not in obj:
            if required:
                r.note(place(path, key), Code.MISSING)
            out[key] = default
            continue
        value = obj[key]
        if value is None and none_ok:
            out[key] = None
            continue
        out[key] = step(r, value, f"{path}.{key}" if path else key, count)
    return out


def list_of(
    r: Reader, obj: Mapping[str, object], path: str, key: str, required: bool = False
) -> list[tuple[str, int, dict[str, object]]]:
    """The objects of the list at ``key``, each with its place and position."""
    value = r.take(obj, key, path, required)
    if value is MISSING:
        return []
    return r.objects(value, place(path, key))
