"""The coachee's copy starts with what the coachee needs; every time in it reads as m:ss.

The first real use: the coachee's PDF began with timings and the event log, showed decimal
minutes ("0.8", "-14.2") and put the commitments last.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication

from cocoach_desktop.domain.records import (
    Commitment,
    Note,
    Participant,
    PhaseRecord,
    Role,
    SessionDetail,
    SessionStatus,
    SessionSummary,
    Visibility,
)
from cocoach_desktop.exchange.model.session_document import session_markdown
from cocoach_desktop.exchange.qt.pdf import write_pdf
from cocoach_desktop.timer.model.session import EventKind, SessionEvent

T0 = datetime(2026, 9, 1, 13, 30, tzinfo=UTC)
SHARED = "Try the seating plan with 9B first"
PRIVATE = "She sounded exhausted; check in next week"


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def meeting() -> SessionDetail:
    """A short first phase (48 s of 15 min) and a long second one, as in the report."""
    phases = (
        PhaseRecord(0, "Question", 900, 48, "Ana speaks", "Ana"),
        PhaseRecord(1, "Clarifying questions", 600, 1452.4, "Coaches ask", "Ana"),
    )
    events = (
        SessionEvent(EventKind.START, 0, 0.0, at(0)),
        SessionEvent(EventKind.SKIP, 0, 48.0, at(48)),
        SessionEvent(EventKind.FINISH, 1, 1500.4, at(1500.4), 852.4),
    )
    notes = (
        Note(1, 7, SHARED, Visibility.SHAREABLE, at(300), 1, "Clarifying questions", 252),
        Note(2, 7, PRIVATE, Visibility.PRIVATE, at(400), 1, "Clarifying questions", 352),
    )
    commitments = (
        Commitment(3, 7, "Ana", "Ask Sam to observe period 5", date(2026, 9, 8)),
        Commitment(4, 7, "Ana", "Write down what worked", None),
    )
    summary = SessionSummary(
        id=7,
        started=T0,
        ended=at(1500.4),
        status=SessionStatus.FINISHED,
        protocol_id="quality-first",
        protocol_name="Quality-first co-coaching",
        mode="quality_first",
        planned_seconds=1500,
        actual_seconds=1500.4,
        group="Year 9 team",
        coachees=("Ana",),
    )
    participants = (Participant("Ana", Role.COACHEE), Participant("Ben", Role.COACH))
    return SessionDetail(summary, participants, phases, events, notes, commitments)


def headings(text: str) -> list[str]:
    return [line[3:] for line in text.splitlines() if line.startswith("## ")]


def test_the_coachee_copy_puts_commitments_and_notes_first() -> None:
    text = session_markdown(meeting(), include_private=False, tz=UTC)
    assert headings(text) == [
        "Commitments",
        "Notes",
        "Agenda",
        "What happened",
        "Participants",
    ]
    assert "- **Ana:** Ask Sam to observe period 5 — due Tuesday 8 September 2026 *(open)*" in (
        text
    )
    assert SHARED in text and PRIVATE not in text


def test_every_time_is_m_ss_and_never_decimal_minutes() -> None:
    for include_private in (False, True):
        text = session_markdown(meeting(), include_private=include_private, tz=UTC)
        assert "| 1\\. Question | 15:00 | 0:48 | −14:12 |" in text
        assert "| 2\\. Clarifying questions | 10:00 | 24:12 | +14:12 |" in text
        assert "| **Total** | 25:00 | 25:00 | 0:00 |" in text
        agenda = text[text.index("## Agenda") : text.index("## What happened")]
        assert not re.search(r"\b\d+\.\d\b", agenda), agenda  # no 0.8, no -14.2
        assert "(min)" not in agenda


def test_the_complete_copy_keeps_the_facilitators_order() -> None:
    text = session_markdown(meeting(), include_private=True, tz=UTC)
    assert headings(text) == ["Participants", "Agenda", "What happened", "Notes", "Commitments"]
    assert PRIVATE in text


def test_a_coachee_copy_says_when_nothing_was_committed() -> None:
    text = session_markdown(replace(meeting(), commitments=()), include_private=False, tz=UTC)
    assert headings(text)[0] == "Commitments"
    assert "No commitments were noted." in text


@pytest.fixture
def gui(qapp: QGuiApplication) -> QGuiApplication:
    """A PDF needs fonts, hence a GUI application (pytest-qt's, offscreen)."""
    return qapp


def test_the_pdf_reads_in_that_order(gui: QGuiApplication, tmp_path: Path) -> None:
    path = tmp_path / "for-ana.pdf"
    write_pdf(session_markdown(meeting(), include_private=False, tz=UTC), path, "For Ana")
    # Read back as a PDF reader would (QtPdf is not in PySide6-Essentials; pypdf is small).
    raw = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    # The reader gives the words with tabs between them and "ﬁ" as one ligature.
    text = " ".join(unicodedata.normalize("NFKC", raw).split())
    order = [text.index(word) for word in ("Commitments", SHARED, "Agenda", "What happened")]
    assert order == sorted(order)
    assert "due Tuesday 8 September 2026" in text
    assert "0:48" in text and "0.8" not in text and "14.2" not in text
