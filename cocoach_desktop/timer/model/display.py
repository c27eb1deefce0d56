"""What the screens show at one moment, computed from a run: the only thing views render."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from enum import StrEnum

from cocoach_desktop.platform.timefmt import countdown_text
from cocoach_desktop.timer.model.session import RunState, SessionRun


class Alert(StrEnum):
    """How urgent the display looks."""

    CALM = "calm"
    SOON = "soon"  # under the first threshold (default 2 minutes)
    URGENT = "urgent"  # under the second threshold (default 30 seconds)
    OVERTIME = "overtime"  # time is up


@dataclass(frozen=True)
class Thresholds:
    """When the display changes: seconds left for the first and second warnings."""

    soon: int = 120
    urgent: int = 30

    def __post_init__(self) -> None:
        if self.urgent < 0 or self.soon < 0:
            raise ValueError("warning thresholds cannot be negative")


def _span_text(seconds: int) -> str:
    if seconds % 60 == 0 and seconds >= 60:
        minutes = seconds // 60
        return f"{minutes} minute" + ("s" if minutes != 1 else "")
    return f"{seconds} seconds"


def alert_for(remaining: float, thresholds: Thresholds) -> Alert:
    if remaining <= 0:
        return Alert.OVERTIME
    if remaining <= thresholds.urgent:
        return Alert.URGENT
    if remaining <= thresholds.soon:
        return Alert.SOON
    return Alert.CALM


class RoomView(StrEnum):
    """Which screen the room sees: the four have different layouts, not only different texts."""

    WAITING = "waiting"  # before the start and between sessions: a calm screen, no countdown
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # "Thank you" and the session's length


# A planned start stays on the waiting screen this long after it has passed (a late start),
# then it is dropped: after the session it belonged to, it would only mislead.
START_GRACE_SECONDS = 15 * 60


ALERT_SHAPES = {Alert.CALM: "", Alert.SOON: "▲", Alert.URGENT: "◆", Alert.OVERTIME: "■"}


def alert_text(level: Alert, thresholds: Thresholds) -> str:
    """The shape and words that carry the warning for anyone who cannot tell the colours."""
    if level is Alert.SOON:
        words = f"Under {_span_text(thresholds.soon)} left"
    elif level is Alert.URGENT:
        words = f"Under {_span_text(thresholds.urgent)} left"
    elif level is Alert.OVERTIME:
        words = "Time is up"
    else:
        return ""
    return f"{ALERT_SHAPES[level]} {words}"


@dataclass(frozen=True)
class DisplayState:
    """Everything the room may see. It holds no notes, so no view can show them."""

    state: RunState
    protocol_name: str
    phase_index: int
    phase_count: int
    phase_name: str
    rule: str
    speaker: str
    coachee: str
    next_phase_name: str
    remaining: float
    time_text: str
    alert: Alert
    alert_text: str
    alert_shape: str  # the alert's shape alone, for views too small for its words
    flash_on: bool
    phase_progress: float
    session_progress: float
    projected_end: datetime
    planned_end: datetime
    delta_seconds: float  # projected minus planned end: > 0 means running late
    prompt_groups: tuple[str, ...] = ()  # the question banks this phase draws on
    ask_dont_tell: bool = False  # a phase of questions only
    now: datetime | None = None  # the wall time (UTC) of this snapshot, for the time of day
    planned_start: datetime | None = None  # when the facilitator means to start (UTC), if set
    session_seconds: float = 0.0  # active (unpaused) seconds so far; the length once finished

    @property
    def paused(self) -> bool:
        return self.state is RunState.PAUSED

    @property
    def view(self) -> RoomView:
        """Which of the room's screens this moment needs."""
        return {
            RunState.NOT_STARTED: RoomView.WAITING,
            RunState.RUNNING: RoomView.RUNNING,
            RunState.PAUSED: RoomView.PAUSED,
            RunState.FINISHED: RoomView.FINISHED,
        }[self.state]

    @property
    def starts_in(self) -> float | None:
        """Seconds until the planned start (0 once it has passed); None with no start planned."""
        if self.planned_start is None or self.now is None:
            return None
        return max(0.0, (self.planned_start - self.now).total_seconds())


def waiting_state(
    now: datetime, planned_start: datetime | None = None, protocol_name: str = ""
) -> DisplayState:
    """What the room sees with no session prepared yet: the waiting screen, nothing else."""
    return DisplayState(
        state=RunState.NOT_STARTED,
        protocol_name=protocol_name,
        phase_index=0,
        phase_count=0,
        phase_name="",
        rule="",
        speaker="",
        coachee="",
        next_phase_name="",
        remaining=0.0,
        time_text="",
        alert=Alert.CALM,
        alert_text="",
        alert_shape="",
        flash_on=False,
        phase_progress=0.0,
        session_progress=0.0,
        projected_end=now,
        planned_end=now,
        delta_seconds=0.0,
        now=now,
        planned_start=_current_start(now, planned_start),
    )


def _current_start(now: datetime, planned_start: datetime | None) -> datetime | None:
    if planned_start is None or (now - planned_start).total_seconds() > START_GRACE_SECONDS:
        return None
    return planned_start


def start_moment(now: datetime, start: time, zone: tzinfo | None = None) -> datetime:
    """The moment (UTC) a start time typed as a time of day means: today, in ``zone``.

    ``zone`` is the local time zone when not given. A time more than twelve hours gone
    (00:10 typed at 23:50) means tomorrow.
    """
    local = now.astimezone(zone)
    moment = local.replace(hour=start.hour, minute=start.minute, second=0, microsecond=0)
    if (local - moment).total_seconds() > 12 * 3600:
        moment += timedelta(days=1)
    return moment.astimezone(UTC)


def display_state(
    run: SessionRun,
    thresholds: Thresholds | None = None,
    *,
    planned_start: datetime | None = None,
) -> DisplayState:
    """Snapshot a run for the screens (``planned_start`` matters only before it starts)."""
    thresholds = thresholds or Thresholds()
    phase = run.current
    remaining = run.remaining()
    level = alert_for(remaining, thresholds)
    if run.state in (RunState.NOT_STARTED, RunState.FINISHED):
        level = Alert.CALM  # nothing is counting down: no warning colour, no flash
    now = run.clock.now()
    # Overtime flashes gently: the highlight is on for one second in two.
    flash_on = level is Alert.OVERTIME and math.floor(-remaining) % 2 == 0
    nxt = run.phases[run.index + 1].name if run.index + 1 < len(run.phases) else ""
    projected = run.projected_end()
    planned = run.planned_end()
    return DisplayState(
        state=run.state,
        protocol_name=run.plan.protocol_name,
        phase_index=run.index,
        phase_count=len(run.phases),
        phase_name=phase.name,
        rule=phase.rule,
        speaker=phase.speaker,
        coachee=phase.coachee,
        next_phase_name=nxt,
        remaining=remaining,
        time_text=countdown_text(remaining),
        alert=level,
        alert_text=alert_text(level, thresholds),
        alert_shape=ALERT_SHAPES[level],
        flash_on=flash_on,
        phase_progress=run.phase_progress(),
        session_progress=run.session_progress(),
        projected_end=projected,
        planned_end=planned,
        delta_seconds=(projected - planned).total_seconds(),
        prompt_groups=phase.prompt_groups,
        ask_dont_tell=phase.ask_dont_tell,
        now=now,
        planned_start=(
            _current_start(now, planned_start) if run.state is RunState.NOT_STARTED else None
        ),
        session_seconds=run.session_elapsed(),
    )
