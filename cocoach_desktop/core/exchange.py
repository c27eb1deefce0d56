"""Exports and imports of the archive: versioned JSON, Markdown for one session, and CSV."""

from __future__ import annotations

import csv
import io
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any, Final, TypeVar

from cocoach_desktop.core.records import (
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    MAX_TAG_CHARS,
    Commitment,
    CommitmentStatus,
    Note,
    Participant,
    PhaseRecord,
    Role,
    SessionDetail,
    SessionStatus,
    SessionSummary,
    TallyCounts,
    TallyKind,
    TallyMark,
    TopicRecord,
    TopicStatus,
    Visibility,
    clean_name,
    name_key,
)
from cocoach_desktop.core.session import EventKind, SessionEvent, planned_ends
from cocoach_desktop.core.timefmt import clock_text, difference_text, length_text
from cocoach_desktop.core.topics import MAX_TOPIC_CHARS

FORMAT: Final = "cocoach-archive"
VERSION: Final = 1

# The storage columns' sizes, so an import never hands the archive a value it would refuse.
MAX_LABEL_CHARS: Final = 200  # protocol and phase names
MAX_PROTOCOL_ID_CHARS: Final = 80
MAX_MODE_CHARS: Final = 40

# Enough to see what is wrong with a file without burying the reader.
MAX_LISTED_PROBLEMS: Final = 20

SESSIONS_CSV_HEADER: Final = (
    "date",
    "start time",
    "end time",
    "group",
    "coachees",
    "protocol",
    "mode",
    "planned minutes",
    "actual minutes",
    "status",
    "tags",
)
COMMITMENTS_CSV_HEADER: Final = (
    "session date",
    "group",
    "person",
    "commitment",
    "due",
    "status",
    "follow-up",
)


class ImportFormatError(ValueError):
    """A file that cannot be imported; the message lists every problem found, in plain words."""

    def __init__(self, problems: Sequence[str], total: int | None = None) -> None:
        self.problems = tuple(problems)
        count = max(total or 0, len(self.problems))
        head = f"The file cannot be imported: {count} problem{'' if count == 1 else 's'}"
        if count > len(self.problems):
            head += f" (the first {len(self.problems)} are listed)"
        super().__init__("\n".join([head, *(f"- {p}" for p in self.problems)]))


@dataclass(frozen=True)
class ImportData:
    """What a valid file holds. Its ids are kept here; the archive assigns new ones."""

    sessions: tuple[SessionDetail, ...]
    topics: tuple[TopicRecord, ...]
    exported: datetime | None = None
    app_version: str = ""
    person: str = ""  # set for a person's export (see person_document)


# ----- writing JSON ----------------------------------------------------------------------


def _utc(value: datetime) -> datetime:
    # The records hold UTC; a naive value can only mean UTC by that contract.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _ts(value: datetime | None) -> str | None:
    return None if value is None else _utc(value).isoformat().replace("+00:00", "Z")


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _topic_json(topic: TopicRecord) -> dict[str, Any]:
    return {
        "id": topic.id,
        "person": topic.person,
        "text": topic.text,
        "created": _ts(topic.created),
        "session_id": topic.session_id,
        "status": topic.status.value,
        "taken_session_id": topic.taken_session_id,
    }


def _session_json(detail: SessionDetail, include_private: bool) -> dict[str, Any]:
    s = detail.summary
    notes = [n for n in detail.notes if include_private or n.visibility is not Visibility.PRIVATE]
    return {
        "id": s.id,
        "started": _ts(s.started),
        "ended": _ts(s.ended),
        "status": s.status.value,
        "protocol_id": s.protocol_id,
        "protocol_name": s.protocol_name,
        "mode": s.mode,
        "planned_seconds": s.planned_seconds,
        "actual_seconds": s.actual_seconds,
        "group": s.group,
        "coachees": list(s.coachees),
        "tags": list(s.tags),
        "participants": [{"name": p.name, "role": p.role.value} for p in detail.participants],
        "phases": [
            {
                "index": p.index,
                "name": p.name,
                "planned_seconds": p.planned_seconds,
                "actual_seconds": p.actual_seconds,
                "speaker": p.speaker,
                "coachee": p.coachee,
            }
            for p in detail.phases
        ],
        "events": [
            {
                "kind": e.kind.value,
                "phase_index": e.phase_index,
                "monotonic": e.monotonic,
                "wall": _ts(e.wall),
                "seconds": e.seconds,
            }
            for e in detail.events
        ],
        "notes": [
            {
                "id": n.id,
                "session_id": n.session_id,
                "text": n.text,
                "visibility": n.visibility.value,
                "created": _ts(n.created),
                "phase_index": n.phase_index,
                "phase_name": n.phase_name,
                "session_seconds": n.session_seconds,
            }
            for n in notes
        ],
        "commitments": [
            {
                "id": c.id,
                "session_id": c.session_id,
                "person": c.person,
                "text": c.text,
                "due": _day(c.due),
                "status": c.status.value,
                "follow_up": c.follow_up,
                "created": _ts(c.created),
            }
            for c in detail.commitments
        ],
        "topics": [_topic_json(t) for t in detail.topics],
        # The observer's count of the coaches' questions: about the coaching, not the
        # coachee's words, so every kind of export carries it.
        "tally": [
            {
                "kind": m.kind.value,
                "session_seconds": m.session_seconds,
                "phase_index": m.phase_index,
                "created": _ts(m.created),
            }
            for m in detail.tally
        ],
    }


def to_json_document(
    details: Sequence[SessionDetail],
    topics: Sequence[TopicRecord],
    *,
    exported: datetime,
    include_private: bool = True,
    app_version: str,
) -> dict[str, Any]:
    """The whole export as plain JSON values (see docs/export-format.md).

    Each session carries the topics noted in it; ``topics`` are the others, given on their
    own (a topic among them that a session already carries is not written twice).
    """
    nested = {t.id for d in details for t in d.topics}
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported": _ts(exported),
        "app_version": app_version,
        "sessions": [_session_json(d, include_private) for d in details],
        "topics": [_topic_json(t) for t in topics if t.id not in nested],
    }


def dumps(document: Mapping[str, Any]) -> str:
    """The document as UTF-8-ready text; the same records always give the same text."""
    # allow_nan=False: NaN is not JSON and other tools would refuse the file.
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


# ----- one person's export ---------------------------------------------------------------


def _same(a: str, b: str) -> bool:
    return name_key(a) == name_key(b)


def _for_person(name: str, detail: SessionDetail) -> SessionDetail | None:
    """The part of a session that concerns ``name``, or None if nothing does."""
    s = detail.summary
    coachee = any(_same(c, name) for c in s.coachees)
    present = any(_same(p.name, name) for p in detail.participants)
    commitments = tuple(c for c in detail.commitments if _same(c.person, name))
    topics = tuple(t for t in detail.topics if _same(t.person, name))
    dealt = tuple(t for t in detail.dealt_topics if _same(t.person, name))
    if not (coachee or present or commitments or topics or dealt):
        return None

    def about_them(note: Note) -> bool:
        # In a shared session each phase has its coachee: notes in the others' phases are
        # about the others. Notes outside any phase belong to the session's coachees.
        i = note.phase_index
        phase_coachee = (
            detail.phases[i].coachee if i is not None and 0 <= i < len(detail.phases) else ""
        )
        return _same(phase_coachee, name) if phase_coachee else coachee

    notes = tuple(n for n in detail.notes if about_them(n))
    return replace(detail, notes=notes, commitments=commitments, topics=topics, dealt_topics=dealt)


def person_document(
    name: str,
    details: Sequence[SessionDetail],
    topics: Sequence[TopicRecord],
    *,
    exported: datetime,
    app_version: str,
    include_private: bool = True,
) -> dict[str, Any]:
    """Everything about one person: the archive schema plus ``"person"``, filtered to them.

    Sessions are those they took part in (or have a commitment or topic in); within each,
    only the notes about their own coaching, their commitments and their topics are kept.
    """
    mine = [d for d in (_for_person(name, d) for d in details) if d is not None]
    document = to_json_document(
        mine,
        [t for t in topics if _same(t.person, name)],
        exported=exported,
        include_private=include_private,
        app_version=app_version,
    )
    # "person" goes with the header fields, before the long lists, where a reader looks first.
    sessions, loose = document.pop("sessions"), document.pop("topics")
    document.update(person=name, sessions=sessions, topics=loose)
    return document


# ----- reading JSON ----------------------------------------------------------------------

E = TypeVar("E", bound=StrEnum)
# Larger values are mistakes, and SQLite's integers and the exports' arithmetic overflow.
MAX_WHOLE = 2**53
MAX_SECONDS = 1e12
_MISSING: Final = object()
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _describe(value: object) -> str:
    """A JSON value as a reader would name it in a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {_number(value)}"
    if isinstance(value, str):
        return f"the text {_quote(value)}"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _number(value: float) -> str:
    """A number as a message shows it: one of hundreds of digits is cut short."""
    text = str(value)
    return text if len(text) <= 40 else f"{text[:20]}… ({len(text):,} characters)"


def _quote(text: str) -> str:
    short = text if len(text) <= 40 else text[:37] + "…"
    return json.dumps(short, ensure_ascii=False)


def text_problems(value: str, *, limit: int, blank: bool = True, name: bool = False) -> list[str]:
    """What is wrong with a text the archive is to keep, in words (nothing: it is fine).

    The one rule that ``import --check`` and the import both run (the import reads the file
    with :func:`parse_json_document` before the archive sees any of it), so the check never
    calls a file fine that the import would then refuse. It is at least as strict as the
    archive: NUL characters are dropped there, so a text of nothing else is blank; a ``name``
    (person, group, tag) is kept with its spaces tidied (:func:`clean_name`), which may make
    it longer (some characters compose into two), and it may not hold control characters.
    """
    problems = []
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        # JSON allows a lone "\ud800"; the database (and every other tool) would not.
        problems.append("contains an invalid character (a lone UTF-16 surrogate)")
    kept = value.replace("\x00", "")
    if name:
        control = next((c for c in value if _is_control(c)), None)
        if control is not None:
            problems.append(f"contains a control character (U+{ord(control):04X})")
        kept = clean_name(kept)
    if not blank and not kept.strip():
        problems.append("is blank")
    longest = max(len(value), len(kept))
    if longest > limit:
        problems.append(f"is {longest:,} characters long; at most {limit:,} are allowed")
    return problems


def _is_control(char: str) -> bool:
    """A control character that tidying a name would not turn into a space (NUL, U+0001…)."""
    return unicodedata.category(char) == "Cc" and not char.isspace()


class _Reader:
    """Reads values out of parsed JSON, noting every problem instead of stopping at the first.

    On a problem each method still returns a stand-in value so reading can go on; the
    caller raises once at the end if anything was noted.
    """

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.total = 0

    def fail(self, where: str, message: str) -> None:
        self.total += 1
        if len(self.problems) < MAX_LISTED_PROBLEMS:
            self.problems.append(f"{where}: {message}")

    def _take(
        self, obj: Mapping[str, object], key: str, path: str, required: bool
    ) -> tuple[str, object]:
        where = f"{path}.{key}" if path else key
        if key not in obj:
            if required:
                self.fail(where, "is missing")
            return where, _MISSING
        return where, obj[key]

    def text(
        self,
        obj: Mapping[str, object],
        key: str,
        path: str,
        *,
        limit: int,
        default: str | None = None,
        blank: bool = True,
    ) -> str:
        where, value = self._take(obj, key, path, default is None)
        if value is _MISSING:
            return default or ""
        return self.check_text(value, where, limit=limit, blank=blank)

    def name(
        self,
        obj: Mapping[str, object],
        key: str,
        path: str,
        *,
        limit: int = MAX_NAME_CHARS,
        blank: bool = False,
        default: str | None = None,
    ) -> str:
        """A person's, group's or tag's name: one line, checked as the archive keeps it."""
        where, value = self._take(obj, key, path, default is None)
        if value is _MISSING:
            return default or ""
        return self.check_text(value, where, limit=limit, blank=blank, name=True)

    def check_text(
        self, value: object, where: str, *, limit: int, blank: bool, name: bool = False
    ) -> str:
        if not isinstance(value, str):
            self.fail(where, f"expected text, found {_describe(value)}")
            return ""
        for problem in text_problems(value, limit=limit, blank=blank, name=name):
            self.fail(where, problem)
        return value

    def texts(
        self, obj: Mapping[str, object], key: str, path: str, *, limit: int, name: bool = False
    ) -> tuple[str, ...]:
        where, value = self._take(obj, key, path, False)
        if value is _MISSING:
            return ()
        if not isinstance(value, list):
            self.fail(where, f"expected a list of text, found {_describe(value)}")
            return ()
        return tuple(
            self.check_text(v, f"{where}[{i}]", limit=limit, blank=False, name=name)
            for i, v in enumerate(value)
        )

    def integer(
        self,
        obj: Mapping[str, object],
        key: str,
        path: str,
        *,
        default: int | None = None,
        minimum: int | None = None,
    ) -> int:
        where, value = self._take(obj, key, path, default is None)
        if value is _MISSING:
            return default or 0
        return self.check_integer(value, where, minimum=minimum)

    def check_integer(self, value: object, where: str, *, minimum: int | None = None) -> int:
        # Other tools may write 1800.0 for 1800: a whole float is a whole number.
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(where, f"expected a whole number, found {_describe(value)}")
            return 0
        if minimum is not None and value < minimum:
            self.fail(where, f"{_number(value)} is below the smallest allowed, {minimum}")
        if abs(value) > MAX_WHOLE:
            self.fail(where, f"{_number(value)} is far too large")
            return 0
        return value

    def opt_integer(self, obj: Mapping[str, object], key: str, path: str) -> int | None:
        where, value = self._take(obj, key, path, False)
        if value is _MISSING or value is None:
            return None
        return self.check_integer(value, where)

    def number(
        self,
        obj: Mapping[str, object],
        key: str,
        path: str,
        *,
        default: float | None = None,
        negative: bool = False,
    ) -> float:
        where, value = self._take(obj, key, path, default is None)
        if value is _MISSING:
            return default or 0.0
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(where, f"expected a number, found {_describe(value)}")
            return 0.0
        try:
            result = float(value)
        except OverflowError:
            result = math.inf
        if not math.isfinite(result):
            self.fail(where, "is not a finite number")
            return 0.0
        if not negative and result < 0:
            self.fail(where, f"{_number(value)} is negative; a number of seconds cannot be")
        if abs(result) > MAX_SECONDS:
            self.fail(where, f"{_number(value)} is far too large for a number of seconds")
            return 0.0
        return result

    def index(
        self, obj: Mapping[str, object], key: str, path: str, *, count: int, optional: bool
    ) -> int | None:
        """A phase index, which must name one of the session's ``count`` phases."""
        where, value = self._take(obj, key, path, not optional)
        if value is _MISSING or (optional and value is None):
            return None
        before = self.total
        result = self.check_integer(value, where)
        if self.total == before:  # a range check on a stand-in value would only add noise
            if count == 0:
                self.fail(where, f"{result} is out of range: the session has no phases")
            elif not 0 <= result < count:
                self.fail(
                    where,
                    f"{result} is out of range: the session has {count} phase"
                    f"{'' if count == 1 else 's'}, numbered 0 to {count - 1}",
                )
        return result

    def _parse_ts(self, value: object, where: str) -> datetime | None:
        if not isinstance(value, str):
            self.fail(where, f"expected a date and time as text, found {_describe(value)}")
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            self.fail(
                where,
                f"{_quote(value)} is not a date and time "
                '(ISO 8601 in UTC, e.g. "2024-05-07T09:00:00Z")',
            )
            return None
        if parsed.tzinfo is None or parsed.utcoffset() is None:
            self.fail(where, f"{_quote(value)} has no time zone (write it in UTC, ending in Z)")
            return None
        try:
            return parsed.astimezone(UTC)
        except OverflowError:  # e.g. 0001-01-01T00:30+01:00 is before the first UTC moment
            self.fail(where, f"{_quote(value)} is outside the range of dates")
            return None

    def timestamp(self, obj: Mapping[str, object], key: str, path: str) -> datetime:
        where, value = self._take(obj, key, path, True)
        parsed = None if value is _MISSING else self._parse_ts(value, where)
        return parsed or datetime(1970, 1, 1, tzinfo=UTC)

    def opt_timestamp(self, obj: Mapping[str, object], key: str, path: str) -> datetime | None:
        where, value = self._take(obj, key, path, False)
        if value is _MISSING or value is None:
            return None
        return self._parse_ts(value, where)

    def opt_day(self, obj: Mapping[str, object], key: str, path: str) -> date | None:
        where, value = self._take(obj, key, path, False)
        if value is _MISSING or value is None:
            return None
        if not isinstance(value, str):
            self.fail(where, f"expected a date as text, found {_describe(value)}")
            return None
        try:
            # fromisoformat alone also takes "20240507" and week dates: keep to one form.
            if not _DAY.fullmatch(value):
                raise ValueError(value)
            return date.fromisoformat(value)
        except ValueError:
            self.fail(where, f'{_quote(value)} is not a date (YYYY-MM-DD, e.g. "2024-05-14")')
            return None

    def enum(
        self,
        obj: Mapping[str, object],
        key: str,
        path: str,
        kind: type[E],
        *,
        default: E | None = None,
    ) -> E:
        where, value = self._take(obj, key, path, default is None)
        fallback = default if default is not None else next(iter(kind))
        if value is _MISSING:
            return fallback
        allowed = ", ".join(m.value for m in kind)
        if not isinstance(value, str):
            self.fail(where, f"expected one of {allowed}, found {_describe(value)}")
            return fallback
        try:
            return kind(value)
        except ValueError:
            self.fail(where, f"{_quote(value)} is not one of {allowed}")
            return fallback

    def objects(
        self, obj: Mapping[str, object], key: str, path: str, *, required: bool = False
    ) -> list[tuple[str, dict[str, object]]]:
        """The objects of a list, each with its place (entries that are not objects noted)."""
        return [(where, item) for where, _, item in self.numbered(obj, key, path, required)]

    def numbered(
        self, obj: Mapping[str, object], key: str, path: str, required: bool = False
    ) -> list[tuple[str, int, dict[str, object]]]:
        """Like :meth:`objects`, with each object's position in the list."""
        where, value = self._take(obj, key, path, required)
        if value is _MISSING:
            return []
        if not isinstance(value, list):
            self.fail(where, f"expected a list, found {_describe(value)}")
            return []
        found = []
        for i, item in enumerate(value):
            if isinstance(item, dict):
                found.append((f"{where}[{i}]", i, item))
            else:
                self.fail(f"{where}[{i}]", f"expected an object, found {_describe(item)}")
        return found


def _read_topic(r: _Reader, obj: Mapping[str, object], path: str) -> TopicRecord:
    return TopicRecord(
        id=r.integer(obj, "id", path),
        person=r.name(obj, "person", path),
        text=r.text(obj, "text", path, limit=MAX_TOPIC_CHARS, blank=False),
        created=r.timestamp(obj, "created", path),
        session_id=r.opt_integer(obj, "session_id", path),
        status=r.enum(obj, "status", path, TopicStatus, default=TopicStatus.WAITING),
        # Files written before it existed have none: the topic comes in without that link.
        taken_session_id=r.opt_integer(obj, "taken_session_id", path),
    )


def _read_phase(r: _Reader, obj: Mapping[str, object], path: str, position: int) -> PhaseRecord:
    index = r.integer(obj, "index", path, minimum=0)
    if "index" in obj and index != position and index >= 0:
        # Events and notes point at phases by index, so the numbering must be the order.
        r.fail(
            f"{path}.index", f"{index} should be {position} (phases are numbered from 0, in order)"
        )
    return PhaseRecord(
        index=index,
        name=r.text(obj, "name", path, limit=MAX_LABEL_CHARS),
        planned_seconds=r.number(obj, "planned_seconds", path),
        actual_seconds=r.number(obj, "actual_seconds", path, default=0.0),
        speaker=r.text(obj, "speaker", path, limit=MAX_NAME_CHARS, default=""),
        coachee=r.text(obj, "coachee", path, limit=MAX_NAME_CHARS, default=""),
    )


def _read_session(r: _Reader, obj: Mapping[str, object], path: str) -> SessionDetail:
    raw_phases = obj.get("phases")
    count = len(raw_phases) if isinstance(raw_phases, list) else 0
    phases = tuple(_read_phase(r, o, p, i) for p, i, o in r.numbered(obj, "phases", path))
    started = r.opt_timestamp(obj, "started", path)
    ended = r.opt_timestamp(obj, "ended", path)
    if started is not None and ended is not None and ended < started:
        r.fail(f"{path}.ended", "is before the session's start")
    summary = SessionSummary(
        id=r.integer(obj, "id", path),
        started=started,
        ended=ended,
        status=r.enum(obj, "status", path, SessionStatus),
        protocol_id=r.text(obj, "protocol_id", path, limit=MAX_PROTOCOL_ID_CHARS),
        protocol_name=r.text(obj, "protocol_name", path, limit=MAX_LABEL_CHARS),
        mode=r.text(obj, "mode", path, limit=MAX_MODE_CHARS),
        planned_seconds=r.integer(obj, "planned_seconds", path, minimum=0),
        actual_seconds=r.number(obj, "actual_seconds", path),
        group=r.name(obj, "group", path, blank=True, default=""),
        coachees=r.texts(obj, "coachees", path, limit=MAX_NAME_CHARS, name=True),
        tags=r.texts(obj, "tags", path, limit=MAX_TAG_CHARS, name=True),
    )
    participants = tuple(
        Participant(
            name=r.name(o, "name", p),
            role=r.enum(o, "role", p, Role),
        )
        for p, o in r.objects(obj, "participants", path)
    )
    events = tuple(
        SessionEvent(
            kind=r.enum(o, "kind", p, EventKind),
            phase_index=r.index(o, "phase_index", p, count=count, optional=False) or 0,
            monotonic=r.number(o, "monotonic", p, negative=True),
            wall=r.timestamp(o, "wall", p),
            seconds=r.number(o, "seconds", p, default=0.0),
        )
        for p, o in r.objects(obj, "events", path)
    )
    notes = tuple(
        Note(
            id=r.integer(o, "id", p),
            session_id=r.integer(o, "session_id", p),
            text=r.text(o, "text", p, limit=MAX_NOTE_CHARS, blank=False),
            visibility=r.enum(o, "visibility", p, Visibility),
            created=r.timestamp(o, "created", p),
            phase_index=r.index(o, "phase_index", p, count=count, optional=True),
            phase_name=r.text(o, "phase_name", p, limit=MAX_LABEL_CHARS, default=""),
            session_seconds=r.number(o, "session_seconds", p, default=0.0),
        )
        for p, o in r.objects(obj, "notes", path)
    )
    commitments = tuple(
        Commitment(
            id=r.integer(o, "id", p),
            session_id=r.integer(o, "session_id", p),
            person=r.name(o, "person", p),
            text=r.text(o, "text", p, limit=MAX_NOTE_CHARS, blank=False),
            due=r.opt_day(o, "due", p),
            status=r.enum(o, "status", p, CommitmentStatus, default=CommitmentStatus.OPEN),
            follow_up=r.text(o, "follow_up", p, limit=MAX_NOTE_CHARS, default=""),
            created=r.opt_timestamp(o, "created", p),
        )
        for p, o in r.objects(obj, "commitments", path)
    )
    topics = tuple(_read_topic(r, o, p) for p, o in r.objects(obj, "topics", path))
    # Files written before the tally existed have no "tally": an empty one, not a problem.
    tally = tuple(
        TallyMark(
            id=0,  # marks carry no id in the file: the archive numbers them in this order
            session_id=summary.id,
            kind=r.enum(o, "kind", p, TallyKind),
            session_seconds=r.number(o, "session_seconds", p, default=0.0),
            phase_index=r.index(o, "phase_index", p, count=count, optional=True),
            created=r.opt_timestamp(o, "created", p),
        )
        for p, o in r.objects(obj, "tally", path)
    )
    return SessionDetail(summary, participants, phases, events, notes, commitments, topics, tally)


def _too_long(error: ValueError) -> str:
    """Python's json refuses a whole number longer than 4,300 digits (a guard against slow
    reading) with a ValueError; say that in words."""
    if "digits" in str(error):
        return "it holds a number far too long (more than 4,300 digits)"
    return str(error)


def parse_json_document(text: str) -> ImportData:
    """Read an export, checking all of it first; ImportFormatError lists what is wrong."""
    try:
        # A byte-order mark is what Windows editors add; it is not a problem with the data.
        raw = json.loads(text.removeprefix("\ufeff"))
    except json.JSONDecodeError as error:
        raise ImportFormatError(
            [f"not JSON: line {error.lineno} column {error.colno}: {error.msg}"]
        ) from None
    except RecursionError:
        raise ImportFormatError(["not JSON that can be read: it is nested too deeply"]) from None
    except ValueError as error:  # e.g. a whole number of more than 4,300 digits
        raise ImportFormatError([f"not JSON that can be read: {_too_long(error)}"]) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ImportFormatError(["format: this is not a Cocoach archive export"])
    version = raw.get("version", _MISSING)
    if version is _MISSING:
        raise ImportFormatError(["version: is missing"])
    if isinstance(version, bool) or not isinstance(version, int):
        raise ImportFormatError([f"version: expected a whole number, found {_describe(version)}"])
    if version > VERSION:
        raise ImportFormatError(
            [
                f"version {version} is newer than this app understands ({VERSION}); "
                "update Cocoach Desktop to import it"
            ]
        )
    if version < 1:
        raise ImportFormatError([f"version: {version} is not a version of this format"])

    r = _Reader()
    exported = r.opt_timestamp(raw, "exported", "")
    app_version = r.text(raw, "app_version", "", limit=MAX_LABEL_CHARS, default="")
    person = r.text(raw, "person", "", limit=MAX_NAME_CHARS, default="")
    sessions = tuple(
        _read_session(r, o, p) for p, o in r.objects(raw, "sessions", "", required=True)
    )
    topics = tuple(_read_topic(r, o, p) for p, o in r.objects(raw, "topics", ""))
    if r.total:
        raise ImportFormatError(r.problems, r.total)
    return ImportData(sessions, topics, exported, app_version, person)


# ----- Markdown --------------------------------------------------------------------------

_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS: Final = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
_ROLE_LABELS: Final = {
    Role.COACHEE: ("Coachee", "Coachees"),
    Role.COACH: ("Coach", "Coaches"),
    Role.OBSERVER: ("Observer", "Observers"),
    Role.FACILITATOR: ("Facilitator", "Facilitators"),
}
_TOPIC_WORDS: Final = {
    TopicStatus.WAITING: "waiting",
    TopicStatus.TAKEN: "dealt with",
    TopicStatus.DROPPED: "dropped",
}
_STATUS_WORDS: Final = {
    SessionStatus.RUNNING: "not finished",
    SessionStatus.FINISHED: "finished",
    SessionStatus.ABANDONED: "abandoned",
}

# Characters that mean something anywhere in a line (emphasis, code, links, HTML, tables,
# entities, headings, strikethrough). Escaping all ASCII punctuation would also be valid
# CommonMark, but the .md file is read as text too, so only these are escaped.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
# What means something only at the start of a line: list bullets, numbered lists, setext
# underlines ("===" under a line makes it a heading).
_LINE_START = re.compile(r"^([+=-]|\d+(?=[.)]))")


def _escape_line(line: str) -> str:
    # Leading spaces could turn the line into a code block; they carry no meaning in a note.
    line = _INLINE_SPECIAL.sub(r"\\\1", line.strip())
    match = _LINE_START.match(line)
    if match is None:
        return line
    if match.group(1)[0].isdigit():
        end = match.end()
        return line[:end] + "\\" + line[end:]
    return "\\" + line


def md_escape(text: str) -> str:
    """User text for one line of Markdown or a table cell (``|`` escaped, line breaks spaces)."""
    return _escape_line(" ".join(text.splitlines()))


def md_block(text: str, indent: str) -> str:
    """User text over several lines, each line a paragraph of the list item it is in."""
    lines = [_escape_line(line) for line in text.splitlines()]
    lines = [line for line in lines if line] or [""]
    # Not hard breaks (a backslash at the line end): Qt's Markdown reader turns a hard break
    # inside a list item into a new bullet, so one note would look like several.
    return ("\n\n" + indent).join(lines)


def _local(value: datetime, tz: tzinfo | None) -> datetime:
    return _utc(value).astimezone(tz)


def _long_date(day: date) -> str:
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def _minutes(seconds: float) -> str:
    """Minutes as a number for a spreadsheet cell (CSV): ``47.5``."""
    value = round(seconds / 60, 1)
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}"


def _duration(seconds: float) -> str:
    """A length in words a reader takes in at a glance: "45 s", "2 min 10 s", "1 h 5 min"."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    return f"{secs} s"


def _phase_label(detail: SessionDetail, index: int | None) -> str:
    if index is None or not 0 <= index < len(detail.phases):
        return "phase " + str((index or 0) + 1)
    return detail.phases[index].name


def _happenings(detail: SessionDetail, tz: tzinfo | None = None) -> list[str]:
    """What happened during the session, in words, from its event log (times in ``tz``)."""
    lines: list[str] = []
    events = detail.events

    def quoted(index: int) -> str:
        return "“" + md_escape(_phase_label(detail, index)) + "”"

    pauses: list[float | None] = []
    for k, event in enumerate(events):
        if event.kind is EventKind.PAUSE:
            end = next(
                (e for e in events[k + 1 :] if e.kind in (EventKind.RESUME, EventKind.FINISH)),
                None,
            )
            pauses.append(None if end is None else max(0.0, end.monotonic - event.monotonic))
    if pauses:
        known = sum(p for p in pauses if p is not None)
        count = "once" if len(pauses) == 1 else f"{len(pauses)} times"
        if len(pauses) == 1 and known:
            lines.append(f"Paused once, for {_duration(known)}.")
        elif known:
            lines.append(f"Paused {count}, {_duration(known)} in all.")
        else:
            lines.append(f"Paused {count}.")

    extended: dict[int, float] = {}
    over: dict[int, float] = {}
    skipped: list[int] = []
    for event in events:
        if event.kind in (EventKind.EXTEND, EventKind.REDUCE):  # net: an undo cancels out
            amount = event.seconds if event.kind is EventKind.EXTEND else -event.seconds
            extended[event.phase_index] = extended.get(event.phase_index, 0.0) + amount
        elif event.kind in (EventKind.NEXT, EventKind.FINISH) and event.seconds >= 1:
            over[event.phase_index] = over.get(event.phase_index, 0.0) + event.seconds
        elif event.kind is EventKind.SKIP and event.phase_index not in skipped:
            skipped.append(event.phase_index)
    for i in sorted(extended):
        if extended[i] >= 1:
            lines.append(f"{quoted(i)} was given {_duration(extended[i])} more.")
        elif extended[i] <= -1:
            lines.append(f"{quoted(i)} had {_duration(-extended[i])} taken away.")
    ends = planned_ends(events, detail.summary.planned_seconds)
    if ends and detail.summary.started is not None:
        first = _utc(detail.summary.started) + timedelta(seconds=detail.summary.planned_seconds)
        last = _utc(ends[max(ends)])
        if abs((last - first).total_seconds()) >= 30:
            lines.append(
                f"The end was moved to {_local(last, tz):%H:%M} (planned for "
                f"{_local(first, tz):%H:%M})."
            )
    for i in sorted(over):
        lines.append(f"{quoted(i)} ran {_duration(over[i])} over its time.")
    for i in skipped:
        lines.append(f"{quoted(i)} was ended before its time was up.")
    for event in events:
        if event.kind is EventKind.PREVIOUS:
            lines.append(
                f"Went back from {quoted(event.phase_index)} to {quoted(event.phase_index - 1)}."
            )
    finish = next((e for e in events if e.kind is EventKind.FINISH), None)
    if finish is not None and finish.phase_index < len(detail.phases) - 1:
        lines.append(f"Finished during {quoted(finish.phase_index)}, before the last phase.")

    s = detail.summary
    if s.status is SessionStatus.ABANDONED:
        lines.append("The session was abandoned before it finished.")
    elif s.status is SessionStatus.RUNNING:
        lines.append("The session had not finished when this was written.")
    if s.actual_seconds > 0:
        difference = s.actual_seconds - s.planned_seconds
        total = f"It took {_duration(s.actual_seconds)} of active time"
        if abs(difference) < 30:
            lines.append(f"{total}, as planned.")
        else:
            more = "more" if difference > 0 else "less"
            lines.append(
                f"{total}, {_duration(abs(difference))} {more} than the "
                f"{_duration(s.planned_seconds)} planned."
            )
    return lines


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def tally_sentence(counts: TallyCounts) -> str:
    """The counts in words: "12 open questions, 4 closed questions and 1 piece of advice."

    Public, so a view can say it in the same words as the exports.
    """
    return (
        f"{_count(counts.open, 'open question', 'open questions')}, "
        f"{_count(counts.closed, 'closed question', 'closed questions')} and "
        f"{_count(counts.advice, 'piece of advice', 'pieces of advice')}."
    )


def _title(detail: SessionDetail, tz: tzinfo | None) -> str:
    s = detail.summary
    name = md_escape(s.protocol_name) or "Session"
    if s.started is None:
        return f"# {name} (not started)"
    start = _local(s.started, tz)
    when = f"{_long_date(start.date())}, {start:%H:%M}"
    if s.ended is not None:
        end = _local(s.ended, tz)
        same_day = end.date() == start.date()
        when += f"–{end:%H:%M}" if same_day else f" – {_long_date(end.date())}, {end:%H:%M}"
    return f"# {name} — {when}"


def _people(detail: SessionDetail) -> list[str]:
    by_role: dict[Role, list[str]] = {}
    for p in detail.participants:
        by_role.setdefault(p.role, []).append(p.name)
    if Role.COACHEE not in by_role and detail.summary.coachees:
        by_role[Role.COACHEE] = list(detail.summary.coachees)
    lines = []
    for role, (one, many) in _ROLE_LABELS.items():
        names = by_role.get(role, [])
        if names:
            label = one if len(names) == 1 else many
            lines.append(f"- **{label}:** " + ", ".join(md_escape(n) for n in names))
    return lines


def _phase_title(detail: SessionDetail, phase: PhaseRecord) -> str:
    """ "2. Clarifying questions", with whose turn it was when the session was shared."""
    shared = len({p.coachee for p in detail.phases if p.coachee}) > 1
    whose = f" ({phase.coachee})" if shared and phase.coachee else ""
    return md_escape(f"{phase.index + 1}. {phase.name}{whose}")


def _agenda(detail: SessionDetail) -> list[str]:
    rows = [
        "| Phase | Planned | Actual | Difference |",
        "| :--- | ---: | ---: | ---: |",
    ]
    for p in detail.phases:
        rows.append(
            f"| {_phase_title(detail, p)} | {length_text(p.planned_seconds)} "
            f"| {length_text(p.actual_seconds)} "
            f"| {difference_text(p.planned_seconds, p.actual_seconds)} |"
        )
    planned = sum(round(p.planned_seconds) for p in detail.phases)
    actual = sum(round(p.actual_seconds) for p in detail.phases)
    rows.append(
        f"| **Total** | {length_text(planned)} | {length_text(actual)} "
        f"| {difference_text(planned, actual)} |"
    )
    return rows


def _notes(detail: SessionDetail, include_private: bool) -> list[str]:
    notes = [n for n in detail.notes if include_private or n.visibility is not Visibility.PRIVATE]
    lines: list[str] = []
    groups: dict[int | None, list[Note]] = {}
    for note in notes:
        key = (
            note.phase_index
            if note.phase_index is not None and 0 <= note.phase_index < len(detail.phases)
            else None
        )
        groups.setdefault(key, []).append(note)
    order = sorted(k for k in groups if k is not None)
    for key in [*order, None] if None in groups else order:
        if lines:
            lines.append("")
        if key is None:
            lines.append("### Before or after the phases")
        else:
            lines.append(f"### {_phase_title(detail, detail.phases[key])}")
        lines.append("")
        for note in sorted(groups[key], key=lambda n: (n.session_seconds, _utc(n.created))):
            marks = [f"**{clock_text(note.session_seconds)}**"] if key is not None else []
            if note.visibility is Visibility.PRIVATE:
                marks.append("*(private)*")
            head = "- " + " ".join(marks) + ": " if marks else "- "
            lines.append(head + md_block(note.text, "  "))
    if not notes:
        lines.append("No notes." if include_private else "No shareable notes.")
    if not include_private:
        lines += ["", "*Private notes, if any, are left out of this document.*"]
    return lines


def _commitments(detail: SessionDetail, *, always: bool) -> list[str]:
    if not detail.commitments:
        return ["## Commitments", "", "No commitments were noted.", ""] if always else []
    out = ["## Commitments", ""]
    for c in detail.commitments:
        due = f" — due {_long_date(c.due)}" if c.due else ""
        out.append(
            f"- **{md_escape(c.person)}:** {md_block(c.text, '  ')}{due} *({c.status.value})*"
        )
        if c.follow_up:
            out += ["", f"  Follow-up: {md_block(c.follow_up, '  ')}"]
    return [*out, ""]


def _topic_line(topic: TopicRecord) -> str:
    return f"- **{md_escape(topic.person)}:** {md_block(topic.text, '  ')}"


def _topics(detail: SessionDetail) -> list[str]:
    """The topics noted in the session, and those it dealt with (noted here or earlier)."""
    out: list[str] = []
    if detail.topics:
        out += ["## Next time", ""]
        for t in detail.topics:
            out.append(f"{_topic_line(t)} *({_TOPIC_WORDS[t.status]})*")
        out.append("")
    if detail.dealt_topics:
        out += ["## Topics dealt with in this session", ""]
        out += [_topic_line(t) for t in detail.dealt_topics]
        out.append("")
    return out


class CoacheeNeededError(ValueError):
    """A coachee's copy of a session shared by several coachees must say whose it is."""


def for_coachee(detail: SessionDetail, coachee: str | None = None) -> SessionDetail:
    """What one coachee may be handed of a session: their own part of it, nothing of others'.

    In a shared session each coachee had their own phases: the copy keeps the notes taken in
    that coachee's phases and that coachee's commitments, and leaves out every other
    coachee's (a note taken outside any phase has no owner and is left out too). In every
    session the other members' "next time" topics stay out: they are theirs to bring.
    ``coachee`` may be left out only when the session had one coachee (or none).
    """
    coachees = detail.summary.coachees
    if coachee is None and len(coachees) > 1:
        raise CoacheeNeededError(
            "This session was shared by "
            + ", ".join(coachees)
            + ": say which coachee the copy is for."
        )
    who = coachee if coachee is not None else (coachees[0] if coachees else None)
    key = name_key(who) if who is not None else None
    if key is not None and key not in {name_key(c) for c in coachees}:
        raise CoacheeNeededError(
            f"{who} was not a coachee in this session"
            + (f" (the coachees were {', '.join(coachees)})." if coachees else ".")
        )
    notes, commitments = detail.notes, detail.commitments
    if len(coachees) > 1:
        theirs = {p.index for p in detail.phases if name_key(p.coachee) == key}
        notes = tuple(n for n in notes if n.phase_index in theirs)
        commitments = tuple(c for c in commitments if name_key(c.person) == key)
    return replace(
        detail,
        notes=notes,
        commitments=commitments,
        topics=tuple(t for t in detail.topics if name_key(t.person) == key),
        dealt_topics=tuple(t for t in detail.dealt_topics if name_key(t.person) == key),
    )


def session_markdown(
    detail: SessionDetail,
    *,
    include_private: bool,
    tz: tzinfo | None = None,
    coachee: str | None = None,
) -> str:
    """One session as a document for the coachee or the facilitator (times in ``tz``, else local).

    Without ``include_private`` it is the coachee's copy: no private note's text appears (a
    line says so), nothing of another coachee's part of a shared session (``coachee`` says
    whose copy it is: see :func:`for_coachee`), and what the coachee needs comes first: the
    commitments with their due dates, then the shareable notes, then the agenda and timings.
    The complete document keeps the facilitator's order: who, the agenda and what happened,
    then notes and commitments. Times are ``m:ss`` throughout.
    """
    if not include_private:
        detail = for_coachee(detail, coachee)
    s = detail.summary
    out = [_title(detail, tz), ""]
    facts = []
    if s.group:
        facts.append(f"**Group:** {md_escape(s.group)}")
    facts.append(f"**Mode:** {md_escape(s.mode.replace('_', ' '))}")
    facts.append(f"**Status:** {_STATUS_WORDS[s.status]}")
    if s.tags:
        facts.append("**Tags:** " + ", ".join(md_escape(t) for t in s.tags))
    # Two trailing spaces would be invisible and fragile; a backslash is an explicit break.
    out += ["\\\n".join(facts), ""]

    people = _people(detail)
    participants = ["## Participants", "", *people, ""] if people else []
    timings: list[str] = []
    if detail.phases:
        timings += ["## Agenda", "", *_agenda(detail), ""]
    happened = _happenings(detail, tz)
    if happened:
        timings += ["## What happened", "", *(f"- {line}" for line in happened), ""]
    if detail.tally:
        counts = TallyCounts.from_marks(detail.tally)
        timings += ["## Observer's tally", "", tally_sentence(counts), ""]
    notes = ["## Notes", "", *_notes(detail, include_private), ""]

    if include_private:
        out += participants + timings + notes + _commitments(detail, always=False)
    else:
        out += _commitments(detail, always=True) + notes + timings + participants
    out += _topics(detail)
    return "\n".join(out).rstrip("\n") + "\n"


# ----- CSV -------------------------------------------------------------------------------

# A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection").
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: str) -> str:
    """A cell a spreadsheet shows as text: a leading formula character gets a quote mark."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # RFC 4180 quoting, CRLF line ends (what spreadsheets expect)
    writer.writerow(header)
    writer.writerows([csv_safe(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def sessions_csv(summaries: Sequence[SessionSummary], tz: tzinfo | None = None) -> str:
    """The archive list as CSV (local dates and times in ``tz``, else the computer's zone)."""

    def row(s: SessionSummary) -> list[str]:
        start = _local(s.started, tz) if s.started else None
        end = _local(s.ended, tz) if s.ended else None
        return [
            start.date().isoformat() if start else "",
            f"{start:%H:%M}" if start else "",
            f"{end:%H:%M}" if end else "",
            s.group,
            "; ".join(s.coachees),
            s.protocol_name,
            s.mode,
            _minutes(s.planned_seconds),
            _minutes(s.actual_seconds),
            s.status.value,
            "; ".join(s.tags),
        ]

    return _csv(SESSIONS_CSV_HEADER, (row(s) for s in summaries))


def commitments_csv(details: Sequence[SessionDetail], tz: tzinfo | None = None) -> str:
    """Every commitment of these sessions as CSV, with the session's local date and group."""
    rows = []
    for d in details:
        started = d.summary.started
        day = _local(started, tz).date().isoformat() if started else ""
        for c in d.commitments:
            rows.append(
                [
                    day,
                    d.summary.group,
                    c.person,
                    c.text,
                    c.due.isoformat() if c.due else "",
                    c.status.value,
                    c.follow_up,
                ]
            )
    return _csv(COMMITMENTS_CSV_HEADER, rows)
