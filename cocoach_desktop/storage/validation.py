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
from cocoach_desktop.platform.problems import ErrorCode, RefusedError
from cocoach_desktop.platform.reading import text_codes
from cocoach_desktop.setup.model.topics import MAX_TOPIC_CHARS

# A coaching question is one sentence to read out; a pasted paragraph is a mistake.
# A question's group (the bank's heading) and a shipped question's id are short labels.
MAX_QUESTION_GROUP_CHARS = limits.QUESTION_GROUP_CHARS
MAX_SHIPPED_ID_CHARS = limits.SHIPPED_ID_CHARS
# Larger is a mistake (as in exports): far beyond any session, and beyond a float's precision.
MAX_TALLY_SECONDS = limits.MAX_SECONDS


def refuse(value: str, what: str, *, limit: int, blank: bool, name: bool) -> None:
    """Refuse what the core's one validator refuses (``text_codes``, which ``import
    --check`` and the import run too); ``what`` is the value's kind ("note"), worded
    by ``platform/wording.py``: "A note is blank."."""
    problems = text_codes(value, limit=limit, blank=blank, name=name)
    if problems:
        raise RefusedError(ErrorCode.TEXT_REFUSED, what, problems=tuple(problems))


def checked_name(value: str, what: str = "name", limit: int = MAX_NAME_CHARS) -> str:
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
        raise RefusedError(ErrorCode.NO_TIME_ZONE, what)
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
        raise RefusedError(
            ErrorCode.SHIPPED_ID_TOO_LONG,
            "question",
            length=len(shipped),
            limit=MAX_SHIPPED_ID_CHARS,
        )
    clean_group = checked_name(group, "question-group", MAX_QUESTION_GROUP_CHARS)
    clean_text = checked_text(
        str(text).strip(), "question", MAX_QUESTION_CHARS, blank_ok=bool(shipped)
    )
    return clean_group, clean_text, shipped


def checked_tally(
    kind: TallyKind | str, session_seconds: float, phase_index: int | None
) -> tuple[TallyKind, float, int | None]:
    """A tally mark's values checked: a known kind, a sensible time, no negative phase."""
    try:
        clean_kind = TallyKind(kind)
    except ValueError:
        allowed = tuple(k.value for k in TallyKind)
        raise RefusedError(
            ErrorCode.NOT_A_TALLY_KIND, "tally", kind=kind, allowed=allowed
        ) from None
    seconds = float(session_seconds)
    if not math.isfinite(seconds) or not 0 <= seconds <= MAX_TALLY_SECONDS:
        raise RefusedError(ErrorCode.TALLY_SECONDS, "tally", value=session_seconds)
    if phase_index is not None and phase_index < 0:
        raise RefusedError(ErrorCode.TALLY_PHASE, "tally", phase=phase_index)
    return clean_kind, seconds, phase_index


def validate_detail(detail: SessionDetail) -> None:
    """Check every value of a whole session before writing any of it."""
    for p in detail.participants:
        checked_name(p.name, "participant")
    for tag in detail.summary.tags:
        checked_name(tag, "tag", MAX_TAG_CHARS)
    for when, what in (
        (detail.summary.started, "start"),
        (detail.summary.ended, "end"),
    ):
        if when is not None:
            aware(when, what)
    for e in detail.events:
        aware(e.wall, "event-time")
    for n in detail.notes:
        checked_text(n.text, "note")
        aware(n.created, "note-time")
    for c in detail.commitments:
        checked_text(c.text, "commitment")
        checked_text(c.follow_up, "follow-up", blank_ok=True)
        checked_name(c.person, "committer")
        if c.created is not None:
            aware(c.created, "commitment-time")
    for t in detail.topics:
        validate_topic(t)
    for m in detail.tally:
        checked_tally(m.kind, m.session_seconds, m.phase_index)
        if m.created is not None:
            aware(m.created, "tally-time")


def validate_topic(t: TopicRecord) -> None:
    checked_text(t.text, "topic", MAX_TOPIC_CHARS)
    checked_name(t.person, "topic-owner")
    aware(t.created, "topic-time")
