"""The archive's versioned JSON export format: writing it, one person's part, reading it back."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, tzinfo
from typing import Any, Final

from cocoach_desktop.domain import limits
from cocoach_desktop.domain.records import (
    Commitment,
    Note,
    Participant,
    PhaseRecord,
    SessionDetail,
    SessionSummary,
    TallyMark,
    TopicRecord,
    Visibility,
    name_key,
)
from cocoach_desktop.exchange.model import export_fields as fields
from cocoach_desktop.exchange.model.export_fields import list_of, read_fields
from cocoach_desktop.platform.problems import CodedError, ErrorCode
from cocoach_desktop.platform.reading import MISSING, Code, Expected, Problem, Reader, text_codes
from cocoach_desktop.platform.wording import sentence
from cocoach_desktop.timer.model.session import SessionEvent

FORMAT: Final = fields.FORMAT
VERSION: Final = fields.VERSION

# The storage columns' sizes, so an import never hands the archive a value it would refuse.
MAX_LABEL_CHARS: Final = limits.LABEL_CHARS  # protocol and phase names
MAX_PROTOCOL_ID_CHARS: Final = limits.PROTOCOL_ID_CHARS
MAX_MODE_CHARS: Final = limits.MODE_CHARS

# Enough to see what is wrong with a file without burying the reader.
MAX_LISTED_PROBLEMS: Final = 20


class ImportFormatError(CodedError, ValueError):
    """A file that cannot be imported, with every problem found (``wording`` lists them)."""

    def __init__(self, problems: Sequence[Problem], total: int | None = None) -> None:
        self.problems = tuple(problems)
        count = max(total or 0, len(self.problems))
        super().__init__(ErrorCode.IMPORT_REFUSED, "import", problems=self.problems, total=count)


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
        "uid": topic.uid,
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
        "uid": s.uid,
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
                "uid": n.uid,
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
                "uid": c.uid,
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

MAX_WHOLE = limits.MAX_WHOLE
MAX_SECONDS = limits.MAX_SECONDS


def text_problems(value: str, *, limit: int, blank: bool = True, name: bool = False) -> list[str]:
    """What is wrong with a text the archive is to keep, in words (nothing: it is fine).

    The one rule that ``import --check`` and the import both run (the import reads the file
    with :func:`parse_json_document` before the archive sees any of it), so the check never
    calls a file fine that the import would then refuse. It is at least as strict as the
    archive: NUL characters are dropped there, so a text of nothing else is blank; a ``name``
    (person, group, tag) is kept with its spaces tidied (:func:`clean_name`), which may make
    it longer (some characters compose into two), and it may not hold control characters.
    """
    return [sentence(p) for p in text_codes(value, limit=limit, blank=blank, name=name)]


def _read_topic(r: Reader, obj: Mapping[str, object], path: str) -> TopicRecord:
    return TopicRecord(**read_fields(r, obj, path, fields.TOPIC))


def _read_phase(r: Reader, obj: Mapping[str, object], path: str, position: int) -> PhaseRecord:
    values = read_fields(r, obj, path, fields.PHASE)
    index = values["index"]
    if "index" in obj and index != position and index >= 0:
        # Events and notes point at phases by index, so the numbering must be the order.
        r.note(f"{path}.index", Code.PHASE_ORDER, index, position)
    return PhaseRecord(**values)


def _read_session(r: Reader, obj: Mapping[str, object], path: str) -> SessionDetail:
    raw_phases = obj.get("phases")
    count = len(raw_phases) if isinstance(raw_phases, list) else 0
    phases = tuple(_read_phase(r, o, p, i) for p, i, o in list_of(r, obj, path, "phases"))
    values = read_fields(r, obj, path, fields.SESSION, count)
    started, ended = values["started"], values["ended"]
    if started is not None and ended is not None and ended < started:
        r.note(f"{path}.ended", Code.ENDED_BEFORE_START)
    summary = SessionSummary(**values)
    participants = tuple(
        Participant(**read_fields(r, o, p, fields.PARTICIPANT))
        for p, _, o in list_of(r, obj, path, "participants")
    )
    events = tuple(
        SessionEvent(**read_fields(r, o, p, fields.EVENT, count))
        for p, _, o in list_of(r, obj, path, "events")
    )
    notes = tuple(
        Note(**read_fields(r, o, p, fields.NOTE, count))
        for p, _, o in list_of(r, obj, path, "notes")
    )
    commitments = tuple(
        Commitment(**read_fields(r, o, p, fields.COMMITMENT))
        for p, _, o in list_of(r, obj, path, "commitments")
    )
    topics = tuple(_read_topic(r, o, p) for p, _, o in list_of(r, obj, path, "topics"))
    tally = tuple(
        # Marks carry no id in the file: the archive numbers them in this order.
        TallyMark(id=0, session_id=summary.id, **read_fields(r, o, p, fields.TALLY, count))
        for p, _, o in list_of(r, obj, path, "tally")
    )
    return SessionDetail(summary, participants, phases, events, notes, commitments, topics, tally)


def parse_json_document(text: str) -> ImportData:
    """Read an export, checking all of it first; ImportFormatError lists what is wrong."""
    try:
        # A byte-order mark is what Windows editors add; it is not a problem with the data.
        raw = json.loads(text.removeprefix("\ufeff"))
    except json.JSONDecodeError as error:
        where = (error.lineno, error.colno, error.msg)
        raise ImportFormatError([Problem("", Code.NOT_JSON, where)]) from None
    except RecursionError:
        raise ImportFormatError([Problem("", Code.NESTED_TOO_DEEPLY)]) from None
    except ValueError as error:
        # Python's json refuses a whole number of more than 4,300 digits (a guard against
        # slow reading) with a ValueError: say that in words.
        if "digits" in str(error):
            raise ImportFormatError([Problem("", Code.NUMBER_TOO_LONG)]) from None
        raise ImportFormatError([Problem("", Code.NOT_READABLE_JSON, (str(error),))]) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ImportFormatError([Problem("format", Code.NOT_AN_EXPORT)])
    version = raw.get("version", MISSING)
    if version is MISSING:
        raise ImportFormatError([Problem("version", Code.MISSING)])
    if isinstance(version, bool) or not isinstance(version, int):
        raise ImportFormatError([Problem("version", Code.WRONG_TYPE, (Expected.WHOLE, version))])
    if version > VERSION:
        raise ImportFormatError([Problem("", Code.NEWER_VERSION, (version, VERSION))])
    if version < 1:
        raise ImportFormatError([Problem("version", Code.NOT_A_VERSION, (version,))])

    r = Reader(keep=MAX_LISTED_PROBLEMS)
    head = read_fields(r, raw, "", fields.DOCUMENT)
    sessions = tuple(
        _read_session(r, o, p) for p, _, o in list_of(r, raw, "", "sessions", required=True)
    )
    topics = tuple(_read_topic(r, o, p) for p, _, o in list_of(r, raw, "", "topics"))
    if r.total:
        raise ImportFormatError(r.problems, r.total)
    return ImportData(sessions, topics, head["exported"], head["app_version"], head["person"])
