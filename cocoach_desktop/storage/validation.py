"""Values checked before anything is written: plain messages fit to show the user."""

from __future__ import annotations

import math
from datetime import date, datetime, time

from cocoach_desktop.domain import limits
from cocoach_desktop.domain.records import (
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    MAX_QUESTION_CHARS,
    MAX_TAG_CHARS,
    SessionDetail,
    TallyKind,
    TopicRecord,
    clean_name,
)
from cocoach_desktop.exchange.model.exchange import text_problems
from cocoach_desktop.setup.model.topics import MAX_TOPIC_CHARS

# A coaching question is one sentence to read out; a pasted paragraph is a mistake.
# A question's group (the bank's heading) and a shipped question's id are short labels.
MAX_QUESTION_GROUP_CHARS = limits.QUESTION_GROUP_CHARS
MAX_SHIPPED_ID_CHARS = limits.SHIPPED_ID_CHARS
# Larger is a mistake (as in exports): far beyond any session, and beyond a float's precision.
MAX_TALLY_SECONDS = limits.MAX_SECONDS


def refuse(value: str, what: str, *, limit: int, blank: bool, name: bool) -> None:
    """Refuse what the core's one validator refuses (``text_problems``, which ``import
    --check`` and the import run too), in its words: "A note is blank."."""
    problems = text_problems(value, limit=limit, blank=blank, name=name)
    if problems:
        raise ValueError(f"{what} {'; '.join(problems)}.")


def checked_name(value: str, what: str = "A name", limit: int = MAX_NAME_CHARS) -> str:
    """The name as it is kept (records.clean_name: composed Unicode, single spaces); refuse
    blank, too long, or holding a control character."""
    refuse(str(value), what, limit=limit, blank=False, name=True)
    return clean_name(str(value).replace("\x00", ""))


def checked_text(value: str, what: str, limit: int = MAX_NOTE_CHARS, blank_ok: bool = False) -> str:
    """Keep the text as typed (NUL characters aside); refuse blank or over ``limit``."""
    refuse(str(value), what, limit=limit, blank=blank_ok, name=False)
    return str(value).replace("\x00", "")


def aware(value: datetime, what: str) -> datetime:
    """Refuse a time without a time zone: the archive stores UTC and cannot guess."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} has no time zone; give it in UTC.")
    return value


def local_midnight(day: date) -> datetime:
    """The UTC instant the local day starts (the list filters on the UTC start time)."""
    return datetime.combine(day, time()).astimezone()


def checked_question(group: str, text: str, shipped_id: str) -> tuple[str, str, str]:
    """(group, text, shipped id) checked and trimmed; a shipped question's text may be blank.

    The text is trimmed at both ends before its length is counted: spaces pasted around a
    question are not part of it, and "  " for a shipped question means "keep its words".
    """
    shipped = str(shipped_id).replace("\x00", "").strip()
    if len(shipped) > MAX_SHIPPED_ID_CHARS:
        raise ValueError(
            f"A shipped question's id is too long ({len(shipped)} characters; "
            f"at most {MAX_SHIPPED_ID_CHARS})."
        )
    clean_group = checked_name(group, "A question's group", MAX_QUESTION_GROUP_CHARS)
    clean_text = checked_text(
        str(text).strip(), "A question", MAX_QUESTION_CHARS, blank_ok=bool(shipped)
    )
    return clean_group, clean_text, shipped


def checked_tally(
    kind: TallyKind | str, session_seconds: float, phase_index: int | None
) -> tuple[TallyKind, float, int | None]:
    """A tally mark's values checked: a known kind, a sensible time, no negative phase."""
    try:
        clean_kind = TallyKind(kind)
    except ValueError:
        allowed = ", ".join(k.value for k in TallyKind)
        raise ValueError(f"{kind!r} is not a kind of tally mark ({allowed}).") from None
    seconds = float(session_seconds)
    if not math.isfinite(seconds) or not 0 <= seconds <= MAX_TALLY_SECONDS:
        raise ValueError(
            "A tally mark's time in the session must be a number of seconds from 0 up, "
            f"not {session_seconds!r}."
        )
    if phase_index is not None and phase_index < 0:
        raise ValueError(f"A tally mark's phase cannot be {phase_index} (phases count from 0).")
    return clean_kind, seconds, phase_index


def validate_detail(detail: SessionDetail) -> None:
    """Check every value of a whole session before writing any of it."""
    for p in detail.participants:
        checked_name(p.name, "A participant's name")
    for tag in detail.summary.tags:
        checked_name(tag, "A tag", MAX_TAG_CHARS)
    for when, what in (
        (detail.summary.started, "The start time"),
        (detail.summary.ended, "The end time"),
    ):
        if when is not None:
            aware(when, what)
    for e in detail.events:
        aware(e.wall, "An event's time")
    for n in detail.notes:
        checked_text(n.text, "A note")
        aware(n.created, "A note's time")
    for c in detail.commitments:
        checked_text(c.text, "A commitment")
        checked_text(c.follow_up, "A follow-up note", blank_ok=True)
        checked_name(c.person, "The name of who commits")
        if c.created is not None:
            aware(c.created, "A commitment's time")
    for t in detail.topics:
        validate_topic(t)
    for m in detail.tally:
        checked_tally(m.kind, m.session_seconds, m.phase_index)
        if m.created is not None:
            aware(m.created, "A tally mark's time")


def validate_topic(t: TopicRecord) -> None:
    checked_text(t.text, "A topic", MAX_TOPIC_CHARS)
    checked_name(t.person, "The name of whose topic it is")
    aware(t.created, "A topic's time")
