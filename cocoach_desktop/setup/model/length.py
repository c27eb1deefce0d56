"""A session's length: the minutes it may last, and when it is too short for its protocol."""

from __future__ import annotations

from cocoach_desktop.timer.model.plan import MAX_SESSION_SECONDS, PlannedPhase, SessionPlan

MAX_MINUTES = MAX_SESSION_SECONDS // 60
# The Minutes field takes any number, so that 600 or 0 is said to be out of range rather
# than silently turned into 60 or ignored.
TYPABLE_MINUTES = 99_999
# A session is too short for its protocol when a phase gets under a minute, or when it has
# under a third of the length the protocol is made for.
SHORTEST_PHASE_SECONDS = 60
SHORT_FRACTION = 1 / 3


def minutes_in_range(minutes: int) -> bool:
    """Whether a session may last ``minutes``: 1 minute to 8 hours."""
    return 1 <= minutes <= MAX_MINUTES


def phase_too_short(plan: SessionPlan, default_minutes: int) -> PlannedPhase | None:
    """The plan's shortest phase when the plan is too short for its protocol, else None.

    ``default_minutes`` is the length the protocol is made for.
    """
    shortest = min(plan.phases, key=lambda p: p.seconds)
    each = plan.total_seconds / max(1, len(plan.coachees))
    if shortest.seconds >= SHORTEST_PHASE_SECONDS and each >= default_minutes * 60 * SHORT_FRACTION:
        return None
    return shortest
