"""Where a session is to end: the target "End at…" moves and its undo puts back, and a preview."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from cocoach_desktop.timer.model.rebalance import rebalance


@dataclass(frozen=True)
class EndChange:
    """What one "End at…" did, so that it can be undone exactly."""

    end: datetime  # the end asked for (UTC)
    adjustments: tuple[tuple[int, float], ...] = ()  # (phase, seconds given (+) or taken (-))


@dataclass(frozen=True)
class EndPreview:
    """What ending at a given moment would do, for the dialog that asks for it."""

    seconds_left: float  # from now to the end asked for
    later_phases: int  # how many phases come after this one
    later_wanted: float  # what their plans still want between them
    later_share: float  # what they would get between them
    earliest: datetime  # the soonest the session can end without shortening this phase
    current_change: float  # the last phase only: seconds it gains (+) or loses (-)


class EndTarget:
    """The active seconds a session aims for, and the (wall, active seconds) they count from.

    The planned total from the start (wall None) until "End at…" moves them; each undo puts
    back the ones before the last move.
    """

    def __init__(self, planned_seconds: float) -> None:
        self.planned_seconds = float(planned_seconds)
        self.seconds = self.planned_seconds
        self.anchor: tuple[datetime | None, float] = (None, 0.0)
        self._moves: list[tuple[float, tuple[datetime | None, float]]] = []

    @property
    def moved(self) -> bool:
        """Whether the end was moved (and that move was not undone)."""
        return bool(self._moves)

    def move(self, seconds: float, wall: datetime, counted: float) -> None:
        """Aim for ``seconds`` active seconds, counted from ``counted`` at ``wall``."""
        self._moves.append((self.seconds, self.anchor))
        self.seconds = seconds
        self.anchor = (wall, counted)

    def back(self) -> None:
        """Put back the target before the last move (the plan's, if there was none)."""
        if self._moves:
            self.seconds, self.anchor = self._moves.pop()
        else:
            self.seconds, self.anchor = self.planned_seconds, (None, 0.0)


def surplus_shares(left: float, remaining: float, wants: Sequence[float]) -> list[float]:
    """What each later phase is given when the end moves later than their plans need.

    ``left``: seconds from now to the new end; ``remaining``: the current phase's. The extra
    is shared in proportion to what each plan still wants; nothing if there is no extra.
    """
    wanted = sum(wants)
    surplus = left - max(0.0, remaining) - wanted
    if surplus <= 0 or wanted <= 0:
        return [0.0] * len(wants)
    return [surplus * want / wanted for want in wants]


def preview_end(
    now: datetime,
    wall: datetime,
    remaining: float,
    wants: Sequence[float],
    floor_seconds: float,
    rebalancing: bool,
) -> EndPreview:
    """What ending at ``wall`` would do: ``remaining`` is the current phase's seconds left,
    ``wants`` what each later phase's plan still wants."""
    left = (wall - now).total_seconds()
    wanted = sum(wants)
    here = max(0.0, remaining)
    least = sum(min(floor_seconds, w) for w in wants) if rebalancing else wanted
    budget = left - here
    if not wants:
        share = 0.0
    elif budget >= wanted:
        share = budget
    elif rebalancing:
        share = sum(rebalance(wants, budget, floor_seconds))
    else:
        share = wanted
    change = 0.0 if wants else max(left, 0.0) - remaining
    if change < 0:
        change = -min(-change, here)
    earliest = now + timedelta(seconds=(here + least) if wants else 0.0)
    return EndPreview(left, len(wants), wanted, share, earliest, change)
