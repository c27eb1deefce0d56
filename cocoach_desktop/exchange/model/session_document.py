"""One session as a Markdown document, for the facilitator or for a coachee's copy."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta, tzinfo
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
    name_key,
)
from cocoach_desktop.exchange.model.exchange import as_utc, local_time
from cocoach_desktop.platform.formatting import (
    ENGLISH,
    count_text,
    long_date,
    sort_key,
    span_text,
    time_of_day,
)
from cocoach_desktop.platform.timefmt import clock_text, difference_text, length_text
from cocoach_desktop.timer.model.session import EventKind, planned_ends

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


def _long_date(day: date) -> str:
    return long_date(day, ENGLISH)  # the document's sentences are English: so are its dates


def _duration(seconds: float) -> str:
    """A length in words a reader takes in at a glance: "45 s", "2 min 10 s", "1 h 5 min"."""
    return span_text(seconds, ENGLISH)


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
        first = as_utc(detail.summary.started) + timedelta(seconds=detail.summary.planned_seconds)
        last = as_utc(ends[max(ends)])
        if abs((last - first).total_seconds()) >= 30:
            lines.append(
                f"The end was moved to {time_of_day(local_time(last, tz))} (planned for "
                f"{time_of_day(local_time(first, tz))})."
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
        facts.append("**Tags:** " + ", ".join(md_escape(t) for t in sorted(s.tags, key=sort_key)))
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
