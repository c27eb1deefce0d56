"""Session plans: a protocol's phases in real seconds, for one coachee or shared among many."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from cocoach_desktop.platform.problems import CodedError, ErrorCode
from cocoach_desktop.protocols.model.protocols import PhaseTemplate, ProtocolTemplate

MAX_SESSION_SECONDS = 8 * 3600
DEFAULT_MIN_PER_COACHEE = 15 * 60


class Mode(StrEnum):
    """How the session's time is used."""

    QUALITY_FIRST = "quality_first"
    SHARED = "shared"


class PlanError(CodedError, ValueError):
    """A plan that cannot be made, with the reason as a code (``wording`` says it)."""


@dataclass(frozen=True)
class PlannedPhase:
    """A phase of today's session with its planned seconds and whose turn it is."""

    name: str
    seconds: int
    speaker: str
    rule: str
    coachee: str = ""
    round_index: int = 0
    prompt_groups: tuple[str, ...] = ()
    ask_dont_tell: bool = False


@dataclass(frozen=True)
class ShareWarning:
    """Sharing the time leaves each coachee less than the minimum the group set."""

    total_seconds: int
    coachees: int
    per_coachee_seconds: int
    minimum_seconds: int

    def message(self) -> str:
        total = round(self.total_seconds / 60)
        each = self.per_coachee_seconds / 60
        each_text = f"{each:.0f}" if each >= 1 else f"{each:.1f}"
        minimum = round(self.minimum_seconds / 60)
        return (
            f"Sharing {total} minutes among {self.coachees} people leaves each of them only "
            f"{each_text} minutes, under the {minimum} minutes a coachee needs. Squeezing "
            "everyone in costs the quality of the coaching. Give the whole time to one coachee "
            "and note the others' topics for next time?"
        )


@dataclass(frozen=True)
class SessionPlan:
    """Today's ordered phases, built from a protocol template and a total duration."""

    protocol_id: str
    protocol_name: str
    mode: Mode
    total_seconds: int
    coachees: tuple[str, ...]
    phases: tuple[PlannedPhase, ...]
    warning: ShareWarning | None = None


def _granularity(total: int, count: int) -> int:
    """Round phases to whole minutes, else half minutes, where the total allows it."""
    for step in (60, 30, 15, 5):
        if total % step == 0 and total // step >= 2 * count:
            return step
    return 1


def split_seconds(phases: Sequence[PhaseTemplate], total_seconds: int) -> list[int]:
    """Give each phase its seconds so that they add up to ``total_seconds`` exactly.

    Fixed phases keep their minutes while the flexible ones scale to fill the rest; if
    the fixed ones alone would not fit, everything scales. Results are rounded to whole
    minutes (or half, quarter...) where the total allows, by largest remainder, and no
    phase gets nothing.
    """
    if not phases:
        raise PlanError(ErrorCode.PROTOCOL_HAS_NO_PHASES, "plan")
    if total_seconds < len(phases):
        raise PlanError(
            ErrorCode.TOO_SHORT_FOR_PHASES, "plan", seconds=total_seconds, phases=len(phases)
        )
    fixed = sum(p.minutes * 60 for p in phases if p.fixed)
    flexible = sum(p.minutes * 60 for p in phases if not p.fixed)
    if flexible > 0 and fixed < total_seconds:
        scale_flexible = (total_seconds - fixed) / flexible
        ideal = [p.minutes * 60 * (1.0 if p.fixed else scale_flexible) for p in phases]
    else:
        scale = total_seconds / (fixed + flexible)
        ideal = [p.minutes * 60 * scale for p in phases]
    step = _granularity(total_seconds, len(phases))
    units_total = total_seconds // step
    units = [max(1, math.floor(x / step)) for x in ideal]
    # Largest remainder first, then take back from the largest if the minimum-one pushed over.
    order = sorted(range(len(ideal)), key=lambda i: ideal[i] / step - units[i], reverse=True)
    i = 0
    while sum(units) < units_total:
        units[order[i % len(order)]] += 1
        i += 1
    while sum(units) > units_total:
        biggest = max(range(len(units)), key=lambda k: units[k])
        units[biggest] -= 1
    seconds = [u * step for u in units]
    seconds[-1] += total_seconds - sum(seconds)
    return seconds


def _speaker(text: str, coachee: str) -> str:
    result = text.replace("{coachee}", coachee or "the coachee")
    return result[:1].upper() + result[1:]


def _phases_for(
    template: ProtocolTemplate, seconds: int, coachee: str, round_index: int
) -> list[PlannedPhase]:
    return [
        PlannedPhase(
            name=p.name,
            seconds=s,
            speaker=_speaker(p.speaker, coachee),
            rule=p.rule,
            coachee=coachee,
            round_index=round_index,
            prompt_groups=p.prompt_groups,
            ask_dont_tell=p.ask_dont_tell,
        )
        for p, s in zip(template.phases, split_seconds(template.phases, seconds), strict=True)
    ]


def build_plan(
    template: ProtocolTemplate,
    total_seconds: int,
    mode: Mode = Mode.QUALITY_FIRST,
    coachees: Sequence[str] = (),
    min_per_coachee: int = DEFAULT_MIN_PER_COACHEE,
) -> SessionPlan:
    """Make today's plan.

    Quality first gives the first coachee the whole time over the protocol's phases. Sharing
    repeats the phase structure for each coachee, scaled down to an equal share; when a share
    is under ``min_per_coachee`` the plan carries a :class:`ShareWarning`.
    """
    if total_seconds <= 0:
        raise PlanError(ErrorCode.SESSION_TOO_SHORT, "plan")
    if total_seconds > MAX_SESSION_SECONDS:
        raise PlanError(ErrorCode.SESSION_TOO_LONG, "plan", hours=MAX_SESSION_SECONDS // 3600)
    names = tuple(n.strip() for n in coachees if n.strip())
    if mode is Mode.QUALITY_FIRST:
        coachee = names[0] if names else ""
        phases = _phases_for(template, total_seconds, coachee, 0)
        return SessionPlan(
            template.id, template.name, mode, total_seconds, names[:1], tuple(phases)
        )
    if len(names) < 2:
        raise PlanError(ErrorCode.SHARING_NEEDS_TWO, "plan")
    base, extra = divmod(total_seconds, len(names))
    phases = []
    for index, name in enumerate(names):
        share = base + (1 if index < extra else 0)
        if share < len(template.phases) * 10:
            raise PlanError(
                ErrorCode.SHARES_TOO_SHORT,
                "plan",
                people=len(names),
                minutes=round(total_seconds / 60),
            )
        phases += _phases_for(template, share, name, index)
    warning = None
    if base < min_per_coachee:
        warning = ShareWarning(total_seconds, len(names), base, min_per_coachee)
    return SessionPlan(
        template.id, template.name, mode, total_seconds, names, tuple(phases), warning
    )
