"""How the later phases share the time left, and the moment a typed end time means."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta, tzinfo


def rebalance(bases: Sequence[float], budget: float, floor: float) -> list[float]:
    """Shrink ``bases`` in proportion so they fit ``budget``, none below ``min(floor, base)``.

    Phases are never grown: if the budget is larger than their sum they stay as they are.
    If even the floors do not fit, every phase gets its floor and the session runs late.
    """
    result = [float(b) for b in bases]
    if budget >= sum(bases):
        return result
    free = [i for i, b in enumerate(bases) if b > 0]
    left = float(budget)
    while free:
        total = sum(bases[i] for i in free)
        scale = max(left, 0.0) / total
        pinned = [i for i in free if bases[i] * scale < min(floor, bases[i])]
        if not pinned:
            for i in free:
                result[i] = bases[i] * scale
            break
        for i in pinned:
            result[i] = min(floor, float(bases[i]))
            left -= result[i]
            free.remove(i)
    return result


def moment_at(now: datetime, hour: int, minute: int, zone: tzinfo | None = None) -> datetime:
    """The moment (UTC) a time of day typed now means: today in ``zone`` (local if None).

    A time more than twelve hours gone (00:15 typed at 23:50) means tomorrow.
    """
    local = now.astimezone(zone)
    moment = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if (local - moment).total_seconds() > 12 * 3600:
        moment += timedelta(days=1)
    return moment.astimezone(UTC)


def time_of(moment: datetime, zone: tzinfo | None = None) -> time:
    """The local time of day of a UTC moment (for a time field's starting value)."""
    return moment.astimezone(zone).time().replace(second=0, microsecond=0)
