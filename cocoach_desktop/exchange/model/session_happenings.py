"""What happened during a session, in sentences, from its event log: pauses, changes, overruns."""

from __future__ import annotations

from datetime import timedelta, tzinfo

from cocoach_desktop.domain.records import SessionDetail, SessionStatus
from cocoach_desktop.exchange.model.exchange import as_utc, local_time
from cocoach_desktop.exchange.model.markdown_text import md_escape
from cocoach_desktop.platform.formatting import ENGLISH, span_text, time_of_day
from cocoach_desktop.timer.model.session import EventKind, planned_ends


def _duration(seconds: float) -> str:
    """A length in words a reader takes in at a glance: "45 s", "2 min 10 s", "1 h 5 min"."""
    return span_text(seconds, ENGLISH)


def _phase_label(detail: SessionDetail, index: int | None) -> str:
    if index is None or not 0 <= index < len(detail.phases):
        return "phase " + str((index or 0) + 1)
    return detail.phases[index].name


def happenings(detail: SessionDetail, tz: tzinfo | None = None) -> list[str]:
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
