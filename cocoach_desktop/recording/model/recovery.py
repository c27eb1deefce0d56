"""Rebuilding a session cut off by a crash, or left by quitting, from what the archive kept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from cocoach_desktop.domain.records import Checkpoint, SessionDetail
from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.protocols.model.protocols import ProtocolTemplate
from cocoach_desktop.timer.model.plan import Mode, PlannedPhase, SessionPlan
from cocoach_desktop.timer.model.session import SessionRun, actual_seconds_from_events


class RecoveryChoice(StrEnum):
    """What the facilitator chose for a cut-off session."""

    RESUME = "resume"  # the time away counts as a pause
    RESUME_COUNTING = "resume_counting"  # the time away counts as session time
    ABANDON = "abandon"


@dataclass(frozen=True)
class CutOff:
    """Where a session stood when its app stopped (a crash, or a quit), and how long ago."""

    detail: SessionDetail
    checkpoint: Checkpoint
    away_seconds: float

    @property
    def last_seen(self) -> datetime:
        return self.checkpoint.wall

    @property
    def quit(self) -> bool:
        """The facilitator quit the app (and confirmed it) at ``last_seen``: not a crash."""
        return self.checkpoint.quit


def plan_from_detail(detail: SessionDetail, template: ProtocolTemplate | None) -> SessionPlan:
    """The session's plan again: its phases as archived, rules from the protocol if known."""
    rules = {p.name: p for p in template.phases} if template is not None else {}
    phases = []
    for record in detail.phases:
        known = rules.get(record.name)
        phases.append(
            PlannedPhase(
                name=record.name,
                seconds=round(record.planned_seconds),
                speaker=record.speaker,
                rule=known.rule if known is not None else "",
                coachee=record.coachee,
                prompt_groups=known.prompt_groups if known is not None else (),
                ask_dont_tell=known.ask_dont_tell if known is not None else False,
            )
        )
    s = detail.summary
    try:
        mode = Mode(s.mode)
    except ValueError:
        mode = Mode.QUALITY_FIRST
    return SessionPlan(
        protocol_id=s.protocol_id,
        protocol_name=s.protocol_name,
        mode=mode,
        total_seconds=s.planned_seconds,
        coachees=s.coachees,
        phases=tuple(phases),
    )


def cut_off(detail: SessionDetail, checkpoint: Checkpoint | None, now: datetime) -> CutOff:
    """Where the session stood: its last checkpoint, or failing that its event log."""
    if checkpoint is None or len(checkpoint.actual_seconds) != len(detail.phases):
        events = detail.events
        last = events[-1] if events else None
        checkpoint = Checkpoint(
            phase_index=last.phase_index if last is not None else 0,
            running=False,
            monotonic=last.monotonic if last is not None else 0.0,
            wall=last.wall if last is not None else (detail.summary.started or now),
            actual_seconds=tuple(actual_seconds_from_events(events, len(detail.phases))),
            base_seconds=tuple(p.planned_seconds for p in detail.phases),
        )
    away = max(0.0, (now - checkpoint.wall).total_seconds())
    return CutOff(detail, checkpoint, away)


def resume(
    point: CutOff,
    plan: SessionPlan,
    clock: Clock,
    *,
    count_time_away: bool,
    rebalance: bool,
    floor_seconds: float,
) -> SessionRun:
    cp = point.checkpoint
    return SessionRun.restore(
        plan,
        clock,
        index=min(cp.phase_index, len(plan.phases) - 1),
        base_seconds=cp.base_seconds,
        actual_seconds=cp.actual_seconds,
        events=point.detail.events,
        last_monotonic=cp.monotonic,
        last_wall=cp.wall,
        gap_seconds=point.away_seconds if count_time_away else 0.0,
        rebalance=rebalance,
        floor_seconds=floor_seconds,
    )
