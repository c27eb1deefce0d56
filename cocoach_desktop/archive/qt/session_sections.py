"""The archived session's read-only parts in words: agenda, event narrative, tally, topics."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from cocoach_desktop.archive.qt.archive_model import local_time
from cocoach_desktop.archive.qt.timeline_chart import overtime_colour
from cocoach_desktop.domain.records import SessionDetail, TallyCounts, TallyPoint, TopicStatus
from cocoach_desktop.platform.formatting import (
    amount_text,
    count_text,
    iso_date,
    span_text,
    time_of_day,
)
from cocoach_desktop.platform.timefmt import clock_text, difference_text, length_text
from cocoach_desktop.tally.qt.tally_chart import advice_percent
from cocoach_desktop.timer.model.session import EventKind, planned_ends


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionView", text)


def fill_agenda(agenda: QTableWidget, d: SessionDetail, palette: QPalette) -> None:
    """Each phase's planned and actual time, overtime in the overtime colour."""
    over = overtime_colour(palette)
    agenda.setRowCount(len(d.phases))
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    # A shared session names each phase's coachee; with one coachee that is just noise.
    shared = len({p.coachee for p in d.phases}) > 1
    for row, p in enumerate(d.phases):
        delta = p.actual_seconds - p.planned_seconds
        cells = [
            p.name + (f" — {p.coachee}" if shared and p.coachee else ""),
            length_text(p.planned_seconds),
            length_text(p.actual_seconds),
            difference_text(p.planned_seconds, p.actual_seconds),
        ]
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if col:
                item.setTextAlignment(right)
            if col == 3 and delta >= 0.5:
                item.setForeground(QColor(over))
                item.setToolTip(_tr("Overtime"))
            agenda.setItem(row, col, item)
    height = agenda.horizontalHeader().sizeHint().height() + 4
    height += sum(agenda.rowHeight(r) for r in range(len(d.phases)))
    agenda.setFixedHeight(height)


def event_lines(d: SessionDetail, tz: tzinfo | None) -> list[str]:
    """The event log in words: ``14:05  Paused 3 min``."""
    names = {p.index: p.name for p in d.phases}
    lines: list[str] = []
    paused: tuple[str, float] | None = None
    ends = planned_ends(d.events, d.summary.planned_seconds)  # where "End at…" moved it
    for position, e in enumerate(d.events):
        at = time_of_day(local_time(e.wall, tz))
        phase = names.get(e.phase_index, str(e.phase_index + 1))
        text = ""
        if e.kind is EventKind.START:
            text = _tr("Started with {phase}").format(phase=phase)
        elif e.kind is EventKind.PAUSE:
            paused = (at, e.monotonic)
            continue
        elif e.kind is EventKind.RESUME and paused is not None:
            at = paused[0]
            text = _tr("Paused {span} in {phase}").format(
                span=span_text(e.monotonic - paused[1], exact=False), phase=phase
            )
            paused = None
        elif e.kind is EventKind.EXTEND:
            text = _tr("Extended {phase} {plus}").format(phase=phase, plus=amount_text(e.seconds))
        elif e.kind is EventKind.REDUCE:
            text = _tr("{minus} taken away from {phase}").format(
                minus=amount_text(e.seconds, signed=False), phase=phase
            )
        elif e.kind in (EventKind.END_AT, EventKind.END_BACK) and position in ends:
            end = time_of_day(local_time(ends[position], tz))
            if e.kind is EventKind.END_AT:
                text = _tr("End moved to {t}").format(t=end)
            else:
                text = _tr("End moved back to {t}").format(t=end)
        elif e.kind is EventKind.PHASE_END:
            text = _tr("Time up in {phase}").format(phase=phase)
        elif e.kind is EventKind.NEXT:
            text = _tr("Moved on from {phase}").format(phase=phase)
            if e.seconds >= 1:
                text += _tr(", overtime {t}").format(t=clock_text(e.seconds))
        elif e.kind is EventKind.SKIP:
            text = _tr("Moved on early from {phase}").format(phase=phase)
        elif e.kind is EventKind.PREVIOUS:
            text = _tr("Went back from {phase}").format(phase=phase)
        elif e.kind is EventKind.FINISH:
            text = _tr("Finished")
            if e.seconds >= 1:
                text += _tr(", overtime {t}").format(t=clock_text(e.seconds))
        if text:
            lines.append(f"{at}   {text}")
    if paused is not None:
        lines.append(f"{paused[0]}   " + _tr("Paused"))
    return lines


def topic_texts(d: SessionDetail, tz: tzinfo | None) -> tuple[str, str]:
    """The topics noted in this meeting, and those it dealt with (wherever noted)."""
    states = {
        TopicStatus.WAITING: _tr("waiting"),
        TopicStatus.TAKEN: _tr("dealt with"),
        TopicStatus.DROPPED: _tr("dropped"),
    }
    noted = []
    for t in d.topics:
        state = states[t.status]
        if t.taken_session_id == d.id:
            state = _tr("dealt with in this meeting too")
        noted.append(f"{t.person}: {t.text} ({state})")
    dealt = []
    for t in d.dealt_topics:
        line = f"{t.person}: {t.text}"
        if t.session_id != d.id:
            when = iso_date(local_time(t.created, tz).date())
            line += " " + _tr("(noted {date})").format(date=when)
        dealt.append(line)
    return (
        "\n".join(noted) if noted else _tr("None noted."),
        "\n".join(dealt) if dealt else _tr("None dealt with."),
    )


def tally_text(d: SessionDetail) -> str:
    """This session's counts in words."""
    counts = TallyCounts.from_marks(d.tally)
    if not counts.total:
        return _tr("Nobody kept a tally in this session.")
    return _tr(
        "{open}, {closed} closed, {advice} advice ({share}% of what was counted was advice)."
    ).format(
        open=count_text(counts.open, _tr("open question"), _tr("open questions")),
        closed=counts.closed,
        advice=counts.advice,
        share=advice_percent(counts),
    )


def trend_words(points: tuple[TallyPoint, ...], group: str) -> str:
    """The team's advice share over its tallied sessions, first to latest."""
    team = _tr("team “{group}”").format(group=group) if group else _tr("all sessions")
    if len(points) < 2:
        return _tr("The trend for {team} shows once two sessions have a tally.").format(team=team)
    first, last = advice_percent(points[0].counts), advice_percent(points[-1].counts)
    return _tr(
        "Advice across {n} tallied sessions of {team}: {first}% in the first, {last}% in "
        "the latest. Fewer advice moments is the sign of a growing coaching culture."
    ).format(n=len(points), team=team, first=first, last=last)
