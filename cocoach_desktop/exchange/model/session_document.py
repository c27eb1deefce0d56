"""One session as a Markdown document, for the facilitator or for a coachee's copy."""

from __future__ import annotations

from datetime import date, tzinfo
from typing import Final

from cocoach_desktop.domain.records import (
    Note,
    PhaseRecord,
    Role,
    SessionDetail,
    SessionStatus,
    TallyCounts,
    TopicRecord,
    TopicStatus,
    Visibility,
)
from cocoach_desktop.exchange.model.coachee_copy import for_coachee
from cocoach_desktop.exchange.model.exchange import as_utc, local_time
from cocoach_desktop.exchange.model.markdown_text import md_block, md_escape
from cocoach_desktop.exchange.model.session_happenings import happenings
from cocoach_desktop.platform.formatting import (
    ENGLISH,
    count_text,
    long_date,
    sort_key,
    time_of_day,
)
from cocoach_desktop.platform.timefmt import clock_text, difference_text, length_text

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


def _long_date(day: date) -> str:
    return long_date(day, ENGLISH)  # the document's sentences are English: so are its dates


def tally_sentence(counts: TallyCounts) -> str:
    """The counts in words: "12 open questions, 4 closed questions and 1 piece of advice."

    Public, so a view can say it in the same words as the exports.
    """
    return (
        f"{count_text(counts.open, 'open question', 'open questions')}, "
        f"{count_text(counts.closed, 'closed question', 'closed questions')} and "
        f"{count_text(counts.advice, 'piece of advice', 'pieces of advice')}."
    )


def _title(detail: SessionDetail, tz: tzinfo | None) -> str:
    s = detail.summary
    name = md_escape(s.protocol_name) or "Session"
    if s.started is None:
        return f"# {name} (not started)"
    start = local_time(s.started, tz)
    when = f"{_long_date(start.date())}, {time_of_day(start)}"
    if s.ended is not None:
        end = local_time(s.ended, tz)
        same_day = end.date() == start.date()
        at = time_of_day(end)
        when += f"–{at}" if same_day else f" – {_long_date(end.date())}, {at}"
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
        for note in sorted(groups[key], key=lambda n: (n.session_seconds, as_utc(n.created))):
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
        facts.append("**Tags:** " + ", ".join(md_escape(t) for t in sorted(s.tags, key=sort_key)))
    # Two trailing spaces would be invisible and fragile; a backslash is an explicit break.
    out += ["\\\n".join(facts), ""]

    people = _people(detail)
    participants = ["## Participants", "", *people, ""] if people else []
    timings: list[str] = []
    if detail.phases:
        timings += ["## Agenda", "", *_agenda(detail), ""]
    happened = happenings(detail, tz)
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
