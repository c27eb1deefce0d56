"""A coachee's copy of a session: their own part of it, nothing of the other members'."""

from __future__ import annotations

from dataclasses import replace

from cocoach_desktop.domain.records import SessionDetail, name_key
from cocoach_desktop.platform.problems import CodedError, ErrorCode


class CoacheeNeededError(CodedError, ValueError):
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
        raise CoacheeNeededError(ErrorCode.WHICH_COACHEE, "copy", coachees=tuple(coachees))
    who = coachee if coachee is not None else (coachees[0] if coachees else None)
    key = name_key(who) if who is not None else None
    if key is not None and key not in {name_key(c) for c in coachees}:
        raise CoacheeNeededError(ErrorCode.NOT_A_COACHEE, "copy", who=who, coachees=tuple(coachees))
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
