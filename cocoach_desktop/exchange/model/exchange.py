"""The archive's versioned JSON export format: writing it, one person's part, reading it back."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, tzinfo
from enum import StrEnum
from typing import Any, Final, TypeVar

from cocoach_desktop.domain.records import (
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
    TallyKind,
    TallyMark,
    TopicRecord,
    TopicStatus,
    Visibility,
    clean_name,
    name_key,
)
from cocoach_desktop.setup.model.topics import MAX_TOPIC_CHARS
from cocoach_desktop.timer.model.session import EventKind, SessionEvent

FORMAT: Final = "cocoach-archive"
VERSION: Final = 1

# The storage columns' sizes, so an import never hands the archive a value it would refuse.
MAX_LABEL_CHARS: Final = 200  # protocol and phase names
MAX_PROTOCOL_ID_CHARS: Final = 80
MAX_MODE_CHARS: Final = 40

# Enough to see what is wrong with a file without burying the reader.
MAX_LISTED_PROBLEMS: Final = 20


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


def as_utc(value: datetime) -> datetime:
    """A record's time as an aware UTC time (records hold UTC: a naive one means UTC)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def local_time(value: datetime, tz: tzinfo | None) -> datetime:
    """A record's time in ``tz`` (None: the computer's zone), for the documents and CSV."""
    return as_utc(value).astimezone(tz)


def _ts(value: datetime | None) -> str | None:
    return None if value is None else as_utc(value).isoformat().replace("+00:00", "Z")


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
        name: bool = False,
    ) -> str:
        where, value = self._take(obj, key, path, default is None)
        if value is _MISSING:
            return default or ""
        return self.check_text(value, where, limit=limit, blank=blank, name=name)

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
        return self.text(obj, key, path, limit=limit, default=default, blank=blank, name=True)

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
    except ValueError as error:
        # Python's json refuses a whole number of more than 4,300 digits (a guard against
        # slow reading) with a ValueError: say that in words.
        why = str(error)
        if "digits" in why:
            why = "it holds a number far too long (more than 4,300 digits)"
        raise ImportFormatError([f"not JSON that can be read: {why}"]) from None
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
