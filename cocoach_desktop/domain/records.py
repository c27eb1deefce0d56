"""The archive's plain records: what storage returns and what the UI, exports and imports use."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol

from cocoach_desktop.domain import limits
from cocoach_desktop.timer.model.session import SessionEvent

# A note larger than this is refused with a message (a pasted book is a mistake, not a note).
MAX_NOTE_CHARS = limits.NOTE_CHARS
MAX_NAME_CHARS = limits.NAME_CHARS
MAX_TAG_CHARS = limits.TAG_CHARS
MAX_QUESTION_CHARS = limits.QUESTION_CHARS


def clean_name(name: str) -> str:
    """A name as it is kept: composed Unicode (NFC) and single spaces, ends trimmed.

    "Zoë" typed and "Zoë" pasted in decomposed form (as macOS pastes it) become the same text.
    """
    return " ".join(unicodedata.normalize("NFC", name).split())


def name_key(name: str) -> str:
    """Who a name means, whatever its case, spacing and Unicode form ("ana  RUIZ" is "Ana Ruiz").

    The archive finds people, teams and tags by this key; exports and filters compare
    names with it too, so that all of them agree on who is who.
    """
    return unicodedata.normalize("NFC", clean_name(name).casefold())


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags as typed ("behaviour, year 9; Behaviour"): split, trimmed, no repeats in any case."""
    seen: dict[str, str] = {}  # key -> the tag as first written
    for part in text.replace(";", ",").split(","):
        tag = clean_name(part)
        if tag and name_key(tag) not in seen:
            seen[name_key(tag)] = tag
    return tuple(seen.values())


class Role(StrEnum):
    COACHEE = "coachee"
    COACH = "coach"
    OBSERVER = "observer"
    FACILITATOR = "facilitator"


class SessionStatus(StrEnum):
    RUNNING = "running"
    FINISHED = "finished"
    ABANDONED = "abandoned"


class Visibility(StrEnum):
    PRIVATE = "private"  # the facilitator's own; left out of exports for the coachee
    SHAREABLE = "shareable"


class CommitmentStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class TallyKind(StrEnum):
    """What an observer counted: the three kinds of thing a coach says."""

    OPEN = "open"
    CLOSED = "closed"
    ADVICE = "advice"


class TopicStatus(StrEnum):
    WAITING = "waiting"  # still waiting for its turn
    TAKEN = "taken"  # someone was coached on it
    DROPPED = "dropped"


@dataclass(frozen=True)
class Person:
    id: int
    name: str


@dataclass(frozen=True)
class Participant:
    name: str
    role: Role


@dataclass(frozen=True)
class PhaseRecord:
    """One phase of an archived session: what was planned and what it really took."""

    index: int
    name: str
    planned_seconds: float
    actual_seconds: float = 0.0
    speaker: str = ""
    coachee: str = ""


@dataclass(frozen=True)
class Note:
    id: int
    session_id: int
    text: str
    visibility: Visibility
    created: datetime  # UTC
    phase_index: int | None = None  # None: written before the start or after the end
    phase_name: str = ""
    session_seconds: float = 0.0  # active session time when it was written
    # The row's stable identity (a UUID as text): kept when a deleted row is put back.
    # Not compared: two records of the same values are equal whatever their uid.
    uid: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Commitment:
    id: int
    session_id: int
    person: str  # who will do it (normally the coachee)
    text: str
    due: date | None = None
    status: CommitmentStatus = CommitmentStatus.OPEN
    follow_up: str = ""
    created: datetime | None = None
    # The row's stable identity (a UUID as text): kept when a deleted row is put back.
    # Not compared: two records of the same values are equal whatever their uid.
    uid: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class TopicRecord:
    """A "next time" topic, kept until it is taken or dropped."""

    id: int
    person: str
    text: str
    created: datetime
    session_id: int | None = None  # the session where it was noted
    status: TopicStatus = TopicStatus.WAITING
    taken_session_id: int | None = None  # the session where it was dealt with (taken)
    # The row's stable identity (a UUID as text): kept when a deleted row is put back.
    # Not compared: two records of the same values are equal whatever their uid.
    uid: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class TallyMark:
    """One tap on the observer's tally: what kind of question, and when in the session."""

    id: int
    session_id: int
    kind: TallyKind
    session_seconds: float = 0.0  # active session time when it was counted
    phase_index: int | None = None
    created: datetime | None = None  # UTC


class Tapped(Protocol):
    """Anything counted as one kind of question (a kept mark, a tap still on its way)."""

    @property
    def kind(self) -> TallyKind: ...


@dataclass(frozen=True)
class TallyCounts:
    """How many of each kind the observer counted."""

    open: int = 0
    closed: int = 0
    advice: int = 0

    @property
    def total(self) -> int:
        return self.open + self.closed + self.advice

    def of(self, kind: TallyKind) -> int:
        count: int = getattr(self, TallyKind(kind).value)
        return count

    @classmethod
    def from_marks(cls, marks: Iterable[Tapped]) -> TallyCounts:
        """The counts of these marks (kept ones, or the taps on screen)."""
        kinds = [m.kind for m in marks]
        return cls(
            open=kinds.count(TallyKind.OPEN),
            closed=kinds.count(TallyKind.CLOSED),
            advice=kinds.count(TallyKind.ADVICE),
        )


@dataclass(frozen=True)
class TallyPoint:
    """One session's tally in a team's trend over time."""

    session_id: int
    started: datetime | None  # UTC
    coachees: tuple[str, ...]
    counts: TallyCounts


@dataclass(frozen=True)
class SavedQuestion:
    """A question the user added, or their change to a shipped one, kept in the archive.

    The shipped bank files are never edited: a change to a shipped question (new wording,
    a star, hiding it) is a row naming it by ``shipped_id``. A row with no ``shipped_id``
    is the user's own question. ``text`` is "" when a shipped question keeps its words.
    """

    id: int
    group: str
    text: str = ""
    shipped_id: str = ""
    starred: bool = False
    hidden: bool = False
    # The row's stable identity (a UUID as text): kept when a deleted row is put back.
    # Not compared: two records of the same values are equal whatever their uid.
    uid: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class SessionSummary:
    """One row of the archive list: cheap to load, no notes."""

    id: int
    started: datetime | None  # UTC; None if it never started
    ended: datetime | None
    status: SessionStatus
    protocol_id: str
    protocol_name: str
    mode: str
    planned_seconds: int
    actual_seconds: float
    group: str = ""
    coachees: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    # The row's stable identity (a UUID as text): kept when a deleted row is put back.
    # Not compared: two records of the same values are equal whatever their uid.
    uid: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class SessionDetail:
    """Everything about one session, for the session view and for exports."""

    summary: SessionSummary
    participants: tuple[Participant, ...] = ()
    phases: tuple[PhaseRecord, ...] = ()
    events: tuple[SessionEvent, ...] = ()
    notes: tuple[Note, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    topics: tuple[TopicRecord, ...] = ()  # noted in this session
    tally: tuple[TallyMark, ...] = ()
    # Dealt with in this session (wherever they were noted): shown with it, never exported
    # with it (each topic is written once, with both of its links).
    dealt_topics: tuple[TopicRecord, ...] = ()

    @property
    def id(self) -> int:
        return self.summary.id


@dataclass(frozen=True)
class NewSession:
    """What the app knows when a session starts (the archive assigns the id)."""

    protocol_id: str
    protocol_name: str
    mode: str
    planned_seconds: int
    phases: tuple[PhaseRecord, ...]
    participants: tuple[Participant, ...] = ()
    group: str = ""
    started: datetime | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Checkpoint:
    """The live run's position, written with autosave so a crash can be resumed exactly.

    ``monotonic``/``wall`` say when it was taken (clock of the process that wrote it).
    """

    phase_index: int
    running: bool
    monotonic: float
    wall: datetime
    actual_seconds: tuple[float, ...]
    base_seconds: tuple[float, ...]  # planned plus extensions, per phase
    # The facilitator quit the app during the session (and said yes when asked): the next
    # start says so instead of calling it a crash. ``wall`` is then the moment of quitting.
    quit: bool = False


@dataclass(frozen=True)
class SessionFilter:
    """Which sessions the archive list shows. Empty fields mean "any"."""

    date_from: date | None = None  # inclusive, local dates compared on the UTC start
    date_to: date | None = None  # inclusive
    person: str = ""
    group: str = ""
    protocol_id: str = ""
    tag: str = ""
    status: SessionStatus | None = None


class SortKey(StrEnum):
    STARTED = "started"
    GROUP = "group"
    COACHEE = "coachee"
    PROTOCOL = "protocol"
    DURATION = "duration"


class HitKind(StrEnum):
    NOTE = "note"
    COMMITMENT = "commitment"
    TOPIC = "topic"
    PERSON = "person"


@dataclass(frozen=True)
class SearchHit:
    kind: HitKind
    item_id: int
    session_id: int | None
    title: str  # e.g. the session's date and coachee, or the person's name
    snippet: str  # with the matches between SNIPPET_START and SNIPPET_END
    rank: float  # lower is better (FTS5 bm25)
    person: str = ""  # whose commitment, topic or name it is


SNIPPET_START = "\x02"
SNIPPET_END = "\x03"


@dataclass(frozen=True)
class PersonPage:
    person: Person
    as_coachee: tuple[SessionSummary, ...] = ()
    as_coach: tuple[SessionSummary, ...] = ()  # any other role: coach, observer, facilitator
    open_commitments: tuple[Commitment, ...] = ()
    topics: tuple[TopicRecord, ...] = ()


@dataclass(frozen=True)
class DeletionPreview:
    """Exactly what deleting a person removes, to say so before doing it."""

    person: Person
    sessions_as_coachee: int  # these sessions go entirely (with their notes)
    participations: int  # other sessions they only attended: just their name goes
    notes: int
    commitments: int
    topics: int

    def message(self) -> str:
        return (
            f"Delete {self.person.name} and everything about them: "
            f"{self.sessions_as_coachee} session(s) where they were the coachee, with "
            f"{self.notes} note(s); {self.commitments} commitment(s); {self.topics} topic(s); "
            f"and their name from {self.participations} other session(s). "
            "This cannot be undone (a backup made earlier still holds it)."
        )
