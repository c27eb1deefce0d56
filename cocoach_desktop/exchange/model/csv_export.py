"""The archive list and the commitments as CSV a spreadsheet opens safely."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import tzinfo
from typing import Final

from cocoach_desktop.domain.records import SessionDetail, SessionSummary
from cocoach_desktop.exchange.model.exchange import local_time
from cocoach_desktop.platform.formatting import iso_date, time_of_day

SESSIONS_CSV_HEADER: Final = (
    "date",
    "start time",
    "end time",
    "group",
    "coachees",
    "protocol",
    "mode",
    "planned minutes",
    "actual minutes",
    "status",
    "tags",
)
COMMITMENTS_CSV_HEADER: Final = (
    "session date",
    "group",
    "person",
    "commitment",
    "due",
    "status",
    "follow-up",
)


def _minutes(seconds: float) -> str:
    """Minutes as a number for a spreadsheet cell (CSV): ``47.5``."""
    value = round(seconds / 60, 1)
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}"


# A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection").
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: str) -> str:
    """A cell a spreadsheet shows as text: a leading formula character gets a quote mark."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # RFC 4180 quoting, CRLF line ends (what spreadsheets expect)
    writer.writerow(header)
    writer.writerows([csv_safe(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def sessions_csv(summaries: Sequence[SessionSummary], tz: tzinfo | None = None) -> str:
    """The archive list as CSV (local dates and times in ``tz``, else the computer's zone)."""

    def row(s: SessionSummary) -> list[str]:
        start = local_time(s.started, tz) if s.started else None
        end = local_time(s.ended, tz) if s.ended else None
        return [
            iso_date(start.date()) if start else "",
            time_of_day(start) if start else "",
            time_of_day(end) if end else "",
            s.group,
            "; ".join(s.coachees),
            s.protocol_name,
            s.mode,
            _minutes(s.planned_seconds),
            _minutes(s.actual_seconds),
            s.status.value,
            "; ".join(s.tags),
        ]

    return _csv(SESSIONS_CSV_HEADER, (row(s) for s in summaries))


def commitments_csv(details: Sequence[SessionDetail], tz: tzinfo | None = None) -> str:
    """Every commitment of these sessions as CSV, with the session's local date and group."""
    rows = []
    for d in details:
        started = d.summary.started
        day = iso_date(local_time(started, tz).date()) if started else ""
        for c in d.commitments:
            rows.append(
                [
                    day,
                    d.summary.group,
                    c.person,
                    c.text,
                    c.due.isoformat() if c.due else "",
                    c.status.value,
                    c.follow_up,
                ]
            )
    return _csv(COMMITMENTS_CSV_HEADER, rows)
