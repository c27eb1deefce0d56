"""Exports and imports: JSON round trips and validation, Markdown, CSV, one person's export."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from cocoach_desktop.domain.records import (
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    Commitment,
    CommitmentStatus,
    Note,
    Participant,
    PhaseRecord,
    Role,
    SessionDetail,
    SessionStatus,
    SessionSummary,
    TallyCounts,
    TallyKind,
    TallyMark,
    TopicRecord,
    TopicStatus,
    Visibility,
)
from cocoach_desktop.exchange.model.csv_export import (
    COMMITMENTS_CSV_HEADER,
    SESSIONS_CSV_HEADER,
    commitments_csv,
    sessions_csv,
)
from cocoach_desktop.exchange.model.exchange import (
    FORMAT,
    MAX_LISTED_PROBLEMS,
    VERSION,
    ImportFormatError,
    dumps,
    parse_json_document,
    person_document,
    to_json_document,
)
from cocoach_desktop.exchange.model.markdown_text import md_escape
from cocoach_desktop.exchange.model.session_document import session_markdown, tally_sentence
from cocoach_desktop.timer.model.session import EventKind, SessionEvent

T0 = datetime(2024, 5, 7, 9, 0, tzinfo=UTC)
EXPORTED = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
PRIVATE_TEXT = "Facilitator only: Anna seemed tired"


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def event(kind: EventKind, phase: int, minutes: float, seconds: float = 0.0) -> SessionEvent:
    return SessionEvent(kind, phase, 1000.0 + minutes * 60, at(minutes), seconds)


def make_detail(
    session_id: int = 1,
    *,
    coachee: str = "Anna",
    coach: str = "Ben",
    notes: tuple[Note, ...] | None = None,
    **summary: Any,
) -> SessionDetail:
    """A finished three-phase session with one note of each visibility, a pause and overtime."""
    fields: dict[str, Any] = {
        "id": session_id,
        "started": T0,
        "ended": at(50),
        "status": SessionStatus.FINISHED,
        "protocol_id": "quality-first",
        "protocol_name": "Quality first",
        "mode": "quality_first",
        "planned_seconds": 45 * 60,
        "actual_seconds": 47 * 60 + 30,
        "group": "Tuesday circle",
        "coachees": (coachee,),
        "tags": ("leadership",),
    }
    fields.update(summary)
    phases = (
        PhaseRecord(0, "Question", 300, 330, f"{coachee} speaks", coachee),
        PhaseRecord(1, "Clarifying questions", 1200, 1320, "Coaches ask", coachee),
        PhaseRecord(2, "Advice", 1200, 1200, "Coaches speak", coachee),
    )
    events = (
        event(EventKind.START, 0, 0),
        event(EventKind.PHASE_END, 0, 5),
        event(EventKind.NEXT, 0, 5.5, 30),
        event(EventKind.PAUSE, 1, 10),
        event(EventKind.RESUME, 1, 12.5),
        event(EventKind.EXTEND, 1, 20, 120),
        event(EventKind.NEXT, 1, 29),
        event(EventKind.FINISH, 2, 50),
    )
    if notes is None:
        notes = (
            Note(
                10,
                session_id,
                "Wants to lead *without* # shouting",
                Visibility.SHAREABLE,
                at(2),
                0,
                "Question",
                120.0,
            ),
            Note(
                11,
                session_id,
                PRIVATE_TEXT,
                Visibility.PRIVATE,
                at(15),
                1,
                "Clarifying questions",
                780.5,
            ),
            Note(12, session_id, "Before we began", Visibility.SHAREABLE, at(-1), None, "", 0.0),
        )
    commitments = (
        Commitment(
            20,
            session_id,
            coachee,
            "Ask for feedback weekly",
            date(2024, 5, 14),
            CommitmentStatus.OPEN,
            "",
            at(48),
        ),
    )
    topics = (TopicRecord(30, coach, "Delegation", at(49), session_id, TopicStatus.WAITING),)
    # Marks have no id in a file (0: the archive numbers them); one has no time of its own.
    tally = (
        TallyMark(0, session_id, TallyKind.OPEN, 700.0, 1, at(11.5)),
        TallyMark(0, session_id, TallyKind.CLOSED, 760.5, 1, at(12.5)),
        TallyMark(0, session_id, TallyKind.OPEN, 820.0, 1, None),
        TallyMark(0, session_id, TallyKind.ADVICE, 1900.25, 2, at(32)),
        TallyMark(0, session_id, TallyKind.CLOSED, 10.0, None, None),
    )
    return SessionDetail(
        SessionSummary(**fields),
        (Participant(coachee, Role.COACHEE), Participant(coach, Role.COACH)),
        phases,
        events,
        notes,
        commitments,
        topics,
        tally,
    )


def roundtrip(
    details: list[SessionDetail], topics: list[TopicRecord] | None = None
) -> tuple[tuple[SessionDetail, ...], tuple[TopicRecord, ...]]:
    doc = to_json_document(details, topics or [], exported=EXPORTED, app_version="0.1.0")
    data = parse_json_document(dumps(doc))
    assert data.exported == EXPORTED
    assert data.app_version == "0.1.0"
    return data.sessions, data.topics


def problems_of(text: str) -> str:
    with pytest.raises(ImportFormatError) as caught:
        parse_json_document(text)
    return str(caught.value)


def broken(change: Any) -> str:
    """The error message for a valid export after ``change(document)`` edited it."""
    doc = json.loads(
        dumps(to_json_document([make_detail()], [], exported=EXPORTED, app_version="0.1.0"))
    )
    change(doc)
    return problems_of(json.dumps(doc))


# ----- JSON round trips ------------------------------------------------------------------


def test_document_header_and_shape() -> None:
    doc = to_json_document([make_detail()], [], exported=EXPORTED, app_version="0.1.0")
    assert doc["format"] == FORMAT == "cocoach-archive"
    assert doc["version"] == VERSION == 1
    assert doc["exported"] == "2024-06-01T12:00:00Z"
    session = doc["sessions"][0]
    assert session["started"] == "2024-05-07T09:00:00Z"
    assert session["commitments"][0]["due"] == "2024-05-14"
    assert session["events"][2] == {
        "kind": "next",
        "phase_index": 0,
        "monotonic": 1330.0,
        "wall": "2024-05-07T09:05:30Z",
        "seconds": 30,
    }
    assert list(doc) == ["format", "version", "exported", "app_version", "sessions", "topics"]


def test_round_trip_keeps_every_field() -> None:
    details = [make_detail(1), make_detail(2, coachee="Chloé", coach="Dev")]
    loose = [TopicRecord(31, "Eve", "Boundaries", at(60), None, TopicStatus.TAKEN)]
    sessions, topics = roundtrip(details, loose)
    assert sessions == tuple(details)
    assert topics == tuple(loose)


def test_round_trip_unicode_every_enum_and_none_fields() -> None:
    names = ["Zoë 😀", "دانا", "王小明"]
    notes = tuple(
        Note(i, 5, text, vis, at(i), None if i % 2 else 0, "", i * 1.25)
        for i, (text, vis) in enumerate(
            [
                ("emoji 🎉🇫🇷 and ‘quotes’", Visibility.PRIVATE),
                ("مرحبا بالعالم", Visibility.SHAREABLE),
                ("日本語のメモ\nsecond line", Visibility.SHAREABLE),
            ]
        )
    )
    detail = make_detail(
        5,
        coachee=names[0],
        coach=names[1],
        notes=notes,
        started=None,
        ended=None,
        status=SessionStatus.RUNNING,
        group="",
        tags=(),
    )
    detail = replace(
        detail,
        participants=tuple(Participant(n, r) for n, r in zip(names * 2, Role, strict=False)),
        events=tuple(event(k, 0, i) for i, k in enumerate(EventKind)),
        commitments=tuple(
            Commitment(40 + i, 5, names[2], f"commitment {s.value}", None, s, "✔ follow", None)
            for i, s in enumerate(CommitmentStatus)
        ),
        topics=tuple(
            TopicRecord(50 + i, names[1], "话题", at(1), None, s) for i, s in enumerate(TopicStatus)
        ),
    )
    for status in SessionStatus:
        one = replace(detail, summary=replace(detail.summary, status=status))
        assert roundtrip([one])[0] == (one,)
    text = dumps(to_json_document([detail], [], exported=EXPORTED, app_version="x"))
    assert "王小明" in text and "\\u" not in text  # written as UTF-8, not escaped


def test_other_time_zones_come_back_as_the_same_instant_in_utc() -> None:
    paris = timezone(timedelta(hours=2))
    detail = make_detail(started=T0.astimezone(paris))
    (back,), _ = roundtrip([detail])
    assert back == detail
    assert back.summary.started is not None and back.summary.started.tzinfo is UTC
    doc = to_json_document([detail], [], exported=EXPORTED, app_version="x")
    assert doc["sessions"][0]["started"] == "2024-05-07T09:00:00Z"


def test_dumps_is_stable_and_ends_with_a_newline() -> None:
    def make() -> str:
        doc = to_json_document([make_detail()], [], exported=EXPORTED, app_version="0.1.0")
        return dumps(doc)

    assert make() == make()
    assert make().endswith("}\n") and '\n  "version": 1,' in make()


def test_without_private_notes_nothing_private_is_written() -> None:
    doc = to_json_document(
        [make_detail()], [], exported=EXPORTED, app_version="x", include_private=False
    )
    text = dumps(doc)
    assert PRIVATE_TEXT not in text and '"private"' not in text
    assert [n["id"] for n in doc["sessions"][0]["notes"]] == [10, 12]


def test_unknown_keys_are_ignored_and_optional_fields_take_their_defaults() -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["future"] = {"anything": 1}
        session = doc["sessions"][0]
        session["colour"] = "blue"
        for key in ("group", "coachees", "tags", "participants", "events", "notes"):
            del session[key]
        del session["phases"][0]["speaker"]
        del session["commitments"][0]["status"]
        del doc["topics"]

    doc = json.loads(
        dumps(to_json_document([make_detail()], [], exported=EXPORTED, app_version="x"))
    )
    change(doc)
    data = parse_json_document(json.dumps(doc))
    session = data.sessions[0]
    assert session.summary.group == "" and session.summary.tags == () and session.notes == ()
    assert session.phases[0].speaker == ""
    assert session.commitments[0].status is CommitmentStatus.OPEN
    assert data.topics == ()


def test_a_byte_order_mark_and_whole_floats_are_accepted() -> None:
    doc = to_json_document([make_detail()], [], exported=EXPORTED, app_version="x")
    doc["sessions"][0]["planned_seconds"] = 2700.0
    data = parse_json_document("\ufeff" + dumps(doc))
    assert data.sessions[0].summary.planned_seconds == 2700


# ----- JSON validation -------------------------------------------------------------------


def test_not_json() -> None:
    message = problems_of('{\n  "format": "cocoach-archive"\n  "version": 1\n}')
    assert message.startswith("The file cannot be imported: 1 problem\n")
    assert "not JSON: line 3 column 3: Expecting ',' delimiter" in message


@pytest.mark.parametrize("text", ['{"format": "other", "version": 1}', "[1, 2]", '"text"', "{}"])
def test_wrong_format_marker(text: str) -> None:
    assert "format: this is not a Cocoach archive export" in problems_of(text)


def test_newer_version_is_refused() -> None:
    message = problems_of('{"format": "cocoach-archive", "version": 2, "sessions": []}')
    assert "version 2 is newer than this app understands (1)" in message


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("null", "version: expected a whole number, found null"),
        ('"1"', 'version: expected a whole number, found the text "1"'),
        ("0", "version: 0 is not a version of this format"),
    ],
)
def test_bad_version(version: str, expected: str) -> None:
    message = problems_of(f'{{"format": "cocoach-archive", "version": {version}, "sessions": []}}')
    assert expected in message


def test_missing_version_and_sessions() -> None:
    assert "version: is missing" in problems_of('{"format": "cocoach-archive"}')
    assert "sessions: is missing" in problems_of('{"format": "cocoach-archive", "version": 1}')


def test_missing_field() -> None:
    def change(doc: dict[str, Any]) -> None:
        del doc["sessions"][0]["protocol_id"]
        del doc["sessions"][0]["notes"][1]["created"]

    message = broken(change)
    assert "sessions[0].protocol_id: is missing" in message
    assert "sessions[0].notes[1].created: is missing" in message
    assert message.startswith("The file cannot be imported: 2 problems\n")


def test_wrong_types() -> None:
    def change(doc: dict[str, Any]) -> None:
        session = doc["sessions"][0]
        session["planned_seconds"] = "45"
        session["actual_seconds"] = True
        session["tags"] = "leadership"
        session["notes"][0]["text"] = 42
        session["phases"] = {"0": "Question"}
        doc["topics"] = [7]

    message = broken(change)
    assert 'sessions[0].planned_seconds: expected a whole number, found the text "45"' in message
    assert "sessions[0].actual_seconds: expected a number, found true" in message
    assert 'sessions[0].tags: expected a list of text, found the text "leadership"' in message
    assert "sessions[0].notes[0].text: expected text, found the number 42" in message
    assert "sessions[0].phases: expected a list, found an object" in message
    assert "topics[0]: expected an object, found the number 7" in message


def test_bad_enum_values_name_the_allowed_ones() -> None:
    def change(doc: dict[str, Any]) -> None:
        session = doc["sessions"][0]
        session["notes"][0]["visibility"] = "secret"
        session["status"] = "done"
        session["events"][0]["kind"] = "explode"
        session["participants"][1]["role"] = "boss"
        session["commitments"][0]["status"] = None

    message = broken(change)
    assert 'sessions[0].notes[0].visibility: "secret" is not one of private, shareable' in message
    assert 'sessions[0].status: "done" is not one of running, finished, abandoned' in message
    assert 'sessions[0].events[0].kind: "explode" is not one of start, pause' in message
    assert 'sessions[0].participants[1].role: "boss" is not one of coachee, coach' in message
    assert "sessions[0].commitments[0].status: expected one of open, done, dropped, found null" in (
        message
    )


def test_timestamps_need_a_time_zone_and_dates_one_form() -> None:
    def change(doc: dict[str, Any]) -> None:
        session = doc["sessions"][0]
        session["started"] = "2024-05-07T09:00:00"
        session["events"][1]["wall"] = "yesterday"
        session["commitments"][0]["due"] = "14/05/2024"
        session["notes"][0]["created"] = 1715072400
        doc["exported"] = "2024-06-01"

    message = broken(change)
    assert 'sessions[0].started: "2024-05-07T09:00:00" has no time zone' in message
    assert 'sessions[0].events[1].wall: "yesterday" is not a date and time' in message
    assert 'sessions[0].commitments[0].due: "14/05/2024" is not a date (YYYY-MM-DD' in message
    assert "sessions[0].notes[0].created: expected a date and time as text" in message
    assert 'exported: "2024-06-01" has no time zone' in message


def test_negative_and_non_finite_seconds() -> None:
    def change(doc: dict[str, Any]) -> None:
        session = doc["sessions"][0]
        session["phases"][1]["actual_seconds"] = -5
        session["events"][5]["seconds"] = -120
        session["planned_seconds"] = -1

    message = broken(change)
    assert "sessions[0].phases[1].actual_seconds: -5 is negative" in message
    assert "sessions[0].events[5].seconds: -120 is negative" in message
    assert "sessions[0].planned_seconds: -1 is below the smallest allowed, 0" in message
    text = dumps(to_json_document([make_detail()], [], exported=EXPORTED, app_version="x"))
    text = text.replace('"actual_seconds": 2850', '"actual_seconds": NaN', 1)
    assert "sessions[0].actual_seconds: is not a finite number" in problems_of(text)


def test_phase_indexes_must_point_at_a_phase() -> None:
    def change(doc: dict[str, Any]) -> None:
        session = doc["sessions"][0]
        session["events"][3]["phase_index"] = 3
        session["notes"][0]["phase_index"] = -1
        session["phases"][2]["index"] = 5

    message = broken(change)
    assert (
        "sessions[0].events[3].phase_index: 3 is out of range: the session has 3 phases, "
        "numbered 0 to 2" in message
    )
    assert "sessions[0].notes[0].phase_index: -1 is out of range" in message
    assert "sessions[0].phases[2].index: 5 should be 2" in message


def test_texts_too_long_and_blank_names() -> None:
    def change(doc: dict[str, Any]) -> None:
        session = doc["sessions"][0]
        session["notes"][0]["text"] = "x" * (MAX_NOTE_CHARS + 1)
        session["participants"][0]["name"] = "   "
        session["coachees"] = ["Anna", ""]
        session["commitments"][0]["person"] = "n" * (MAX_NAME_CHARS + 1)

    message = broken(change)
    assert (
        f"sessions[0].notes[0].text: is {MAX_NOTE_CHARS + 1:,} characters long; "
        f"at most {MAX_NOTE_CHARS:,} are allowed" in message
    )
    assert "sessions[0].participants[0].name: is blank" in message
    assert "sessions[0].coachees[1]: is blank" in message
    assert "sessions[0].commitments[0].person: is 121 characters long" in message


def test_a_session_cannot_end_before_it_starts() -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["sessions"][0]["ended"] = "2024-05-07T08:00:00Z"

    assert "sessions[0].ended: is before the session's start" in broken(change)


def test_many_problems_are_counted_but_only_the_first_are_listed() -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["sessions"] = [dict(doc["sessions"][0], id="x") for _ in range(30)]

    message = broken(change)
    assert message.startswith(
        f"The file cannot be imported: 30 problems (the first {MAX_LISTED_PROBLEMS} are listed)"
    )
    assert len(message.splitlines()) == 1 + MAX_LISTED_PROBLEMS


# ----- person export ---------------------------------------------------------------------


def test_person_document_keeps_only_what_concerns_them() -> None:
    anna = make_detail(1, coachee="Anna", coach="Ben")
    other = make_detail(2, coachee="Chloé", coach="Anna")
    unrelated = make_detail(3, coachee="Dev", coach="Eve")
    loose = [TopicRecord(31, "anna ", "Boundaries", at(60)), TopicRecord(32, "Ben", "X", at(60))]
    doc = person_document(
        "Anna", [anna, other, unrelated], loose, exported=EXPORTED, app_version="0.1.0"
    )
    assert doc["person"] == "Anna" and doc["format"] == FORMAT
    data = parse_json_document(dumps(doc))
    assert data.person == "Anna"
    assert [s.id for s in data.sessions] == [1, 2]
    mine, theirs = data.sessions
    assert mine.notes == anna.notes and mine.commitments == anna.commitments
    assert mine.topics == ()  # Ben's topic is his, not Anna's
    assert theirs.notes == () and theirs.commitments == ()  # about Chloé's coaching
    assert [t.id for t in data.topics] == [31]


def test_person_document_in_a_shared_session_keeps_their_phases_notes_only() -> None:
    detail = make_detail(1, coachees=("Anna", "Chloé"))
    phases = (*detail.phases[:2], replace(detail.phases[2], coachee="Chloé"))
    notes = (
        Note(1, 1, "about Anna", Visibility.SHAREABLE, at(1), 0, "", 60),
        Note(2, 1, "about Chloé", Visibility.SHAREABLE, at(40), 2, "", 2400),
        Note(3, 1, "whole session", Visibility.SHAREABLE, at(55), None, "", 0),
    )
    detail = replace(detail, phases=phases, notes=notes)
    for name, kept in (("Anna", [1, 3]), ("Chloé", [2, 3])):
        doc = person_document(
            name, [detail], [], exported=EXPORTED, app_version="x", include_private=False
        )
        assert [n["id"] for n in doc["sessions"][0]["notes"]] == kept


# ----- Markdown --------------------------------------------------------------------------


def test_markdown_has_every_part() -> None:
    text = session_markdown(make_detail(), include_private=True, tz=UTC)
    assert text.startswith("# Quality first — Tuesday 7 May 2024, 09:00–09:50\n")
    assert "**Group:** Tuesday circle" in text
    assert "- **Coachee:** Anna" in text and "- **Coach:** Ben" in text
    # Times as the timer shows them (m:ss), never decimal minutes.
    assert "| Phase | Planned | Actual | Difference |" in text
    assert "| 1\\. Question | 5:00 | 5:30 | +0:30 |" in text
    assert "| **Total** | 45:00 | 47:30 | +2:30 |" in text
    assert "Paused once, for 2 min 30 s." in text
    assert "“Clarifying questions” was given 2 min more." in text
    assert "“Question” ran 30 s over its time." in text
    assert "2 min 30 s more than the 45 min planned" in text
    assert "### 1\\. Question" in text and "### Before or after the phases" in text
    assert "- **12:60**" not in text and "- **13:00** *(private)*: " + PRIVATE_TEXT in text
    assert "Ask for feedback weekly — due Tuesday 14 May 2024 *(open)*" in text
    assert "## Next time" in text and "- **Ben:** Delegation *(waiting)*" in text
    assert "EventKind" not in text and "phase_end" not in text


def test_markdown_uses_the_given_time_zone() -> None:
    tokyo = timezone(timedelta(hours=9))
    assert "Tuesday 7 May 2024, 18:00–18:50" in session_markdown(
        make_detail(), include_private=True, tz=tokyo
    )


def test_markdown_without_private_notes() -> None:
    text = session_markdown(make_detail(), include_private=False, tz=UTC)
    assert PRIVATE_TEXT not in text and "(private)" not in text
    assert "Private notes, if any, are left out of this document." in text


def test_markdown_of_a_session_that_never_started() -> None:
    detail = replace(
        make_detail(notes=()),
        events=(),
        commitments=(),
        topics=(),
        summary=replace(
            make_detail().summary,
            started=None,
            ended=None,
            actual_seconds=0,
            status=SessionStatus.ABANDONED,
        ),
    )
    text = session_markdown(detail, include_private=True)
    assert text.startswith("# Quality first (not started)\n")
    assert "abandoned" in text and "No notes." in text


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("# not a heading", "\\# not a heading"),
        ("a | b", "a \\| b"),
        ("*bold* and _it_", "\\*bold\\* and \\_it\\_"),
        ("`code`", "\\`code\\`"),
        ("- not a list", "\\- not a list"),
        ("1. not a list", "1\\. not a list"),
        ("<b>html</b> &amp;", "\\<b\\>html\\</b\\> \\&amp;"),
        ("[link](x)", "\\[link\\](x)"),
        ("back\\slash", "back\\\\slash"),
        ("plain, text. (ok)", "plain, text. (ok)"),
    ],
)
def test_md_escape(raw: str, escaped: str) -> None:
    assert md_escape(raw) == escaped


def test_table_cells_cannot_be_broken() -> None:
    assert md_escape("a|b\nc") == "a\\|b c"
    detail = make_detail()
    detail = replace(
        detail, phases=(replace(detail.phases[0], name="Q | A\n# x"), *detail.phases[1:])
    )
    text = session_markdown(detail, include_private=True, tz=UTC)
    row = next(line for line in text.splitlines() if line.startswith("| 1"))
    assert row == "| 1\\. Q \\| A \\# x | 5:00 | 5:30 | +0:30 |"


def test_note_text_cannot_break_the_layout() -> None:
    nasty = "# Heading?\n---\n| a | b |\n* item\n    code?\n```\n> quote"
    detail = make_detail(notes=(Note(1, 1, nasty, Visibility.SHAREABLE, at(1), 0, "", 60),))
    text = session_markdown(detail, include_private=True, tz=UTC)
    start = text.index("- **1:00**: ")
    item = text[start : text.index("\n\n## ", start)]
    # Each line its own paragraph inside the list item (no hard breaks: Qt makes them bullets).
    assert item.split("\n\n") == [
        "- **1:00**: \\# Heading?",
        "  \\---",
        "  \\| a \\| b \\|",
        "  \\* item",
        "  code?",
        "  \\`\\`\\`",
        "  \\> quote",
    ]


# ----- CSV -------------------------------------------------------------------------------


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_sessions_csv() -> None:
    s = make_detail().summary
    never = replace(s, id=2, started=None, ended=None, coachees=("A", "B"), tags=("x", "y"))
    table = rows(sessions_csv([s, never], tz=UTC))
    assert table[0] == list(SESSIONS_CSV_HEADER)
    assert table[0] == [
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
    ]
    assert table[1] == [
        "2024-05-07",
        "09:00",
        "09:50",
        "Tuesday circle",
        "Anna",
        "Quality first",
        "quality_first",
        "45",
        "47.5",
        "finished",
        "leadership",
    ]
    assert table[2][:3] == ["", "", ""] and table[2][4] == "A; B" and table[2][10] == "x; y"


def test_csv_formula_injection_is_defused() -> None:
    s = replace(
        make_detail().summary,
        group='=HYPERLINK("http://x")',
        coachees=("+1", "@me"),
        protocol_name="-2+3",
        tags=("ok",),
    )
    row = rows(sessions_csv([s], tz=UTC))[1]
    assert row[3] == '\'=HYPERLINK("http://x")'
    assert row[4] == "'+1; @me"
    assert row[5] == "'-2+3"
    assert row[10] == "ok"


def test_commitments_csv() -> None:
    detail = make_detail()
    detail = replace(
        detail,
        commitments=(
            *detail.commitments,
            replace(
                detail.commitments[0],
                id=21,
                text="=cmd|' /C calc'!A0",
                due=None,
                status=CommitmentStatus.DONE,
                follow_up="did it, twice\nreally",
            ),
        ),
    )
    table = rows(commitments_csv([detail], tz=UTC))
    assert table[0] == list(COMMITMENTS_CSV_HEADER)
    assert table[1] == [
        "2024-05-07",
        "Tuesday circle",
        "Anna",
        "Ask for feedback weekly",
        "2024-05-14",
        "open",
        "",
    ]
    assert table[2][3] == "'=cmd|' /C calc'!A0" and table[2][4] == ""
    assert table[2][6] == "did it, twice\nreally"


def test_the_documented_example_imports() -> None:
    page = (Path(__file__).parents[2] / "docs" / "export-format.md").read_text("utf-8")
    example = page.split("```json\n", 1)[1].split("```", 1)[0]
    data = parse_json_document(example)
    assert data.sessions[0].summary.protocol_id == "quality-first"
    assert data.sessions[0].events[-1].kind is EventKind.FINISH
    # Ben's topic was noted in the session; Anna's was dealt with in it.
    assert data.sessions[0].topics[0].person == "Ben"
    assert (data.topics[0].person, data.topics[0].taken_session_id) == ("Anna", 1)
    assert [m.kind for m in data.sessions[0].tally] == [TallyKind.OPEN, TallyKind.ADVICE]


def test_person_document_header_order() -> None:
    doc = person_document("Anna", [make_detail()], [], exported=EXPORTED, app_version="x")
    assert list(doc) == [
        "format",
        "version",
        "exported",
        "app_version",
        "person",
        "sessions",
        "topics",
    ]


def test_what_happened_in_words() -> None:
    detail = make_detail(status=SessionStatus.ABANDONED)
    detail = replace(
        detail,
        events=(
            event(EventKind.START, 0, 0),
            event(EventKind.SKIP, 0, 2),
            event(EventKind.PREVIOUS, 1, 3),
            event(EventKind.PAUSE, 0, 4),
            event(EventKind.RESUME, 0, 5),
            event(EventKind.PAUSE, 0, 6),
            event(EventKind.FINISH, 0, 9, 0),
        ),
    )
    text = session_markdown(detail, include_private=True, tz=UTC)
    assert "- Paused 2 times, 4 min in all." in text
    assert "- “Question” was ended before its time was up." in text
    assert "- Went back from “Clarifying questions” to “Question”." in text
    assert "- Finished during “Question”, before the last phase." in text
    assert "- The session was abandoned before it finished." in text


def test_markdown_of_a_shared_session_names_whose_phase_it_is() -> None:
    detail = make_detail(coachees=("Anna", "Chloé"), mode="shared")
    detail = replace(
        detail, phases=(*detail.phases[:2], replace(detail.phases[2], coachee="Chloé"))
    )
    text = session_markdown(detail, include_private=True, tz=UTC)
    assert "| 3\\. Advice (Chloé) | 20:00 | 20:00 | 0:00 |" in text
    assert "### 1\\. Question (Anna)" in text
    assert "**Mode:** shared" in text


def test_markdown_with_only_private_notes_left_out() -> None:
    note = Note(1, 1, PRIVATE_TEXT, Visibility.PRIVATE, at(1), 0, "", 60)
    text = session_markdown(make_detail(notes=(note,)), include_private=False)
    assert PRIVATE_TEXT not in text and "No shareable notes." in text


def test_lone_surrogates_and_wrong_index_types_are_reported_once() -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["sessions"][0]["notes"][0]["text"] = "broken \ud800 text"
        doc["sessions"][0]["events"][0]["phase_index"] = 0.5

    message = broken(change)
    assert "sessions[0].notes[0].text: contains an invalid character" in message
    assert "sessions[0].events[0].phase_index: expected a whole number, found the number 0.5" in (
        message
    )
    assert message.startswith("The file cannot be imported: 2 problems")


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("started", "0001-01-01T00:30:00+01:00", "outside the range of dates"),
        ("started", "9999-12-31T23:30:00-01:00", "outside the range of dates"),
        ("planned_seconds", 10**20, "far too large"),
        ("actual_seconds", 1e308, "far too large"),
    ],
)
def test_absurd_numbers_and_dates_are_problems_not_crashes(
    field: str, value: object, words: str
) -> None:
    document = to_json_document(
        [make_detail()], [], exported=datetime(2026, 1, 1, tzinfo=UTC), app_version="test"
    )
    document["sessions"][0][field] = value
    with pytest.raises(ImportFormatError, match=words):
        parse_json_document(json.dumps(document))


# ----- the observer's tally --------------------------------------------------------------


def test_the_tally_is_written_in_every_export() -> None:
    detail = make_detail()
    for doc in (
        to_json_document([detail], [], exported=EXPORTED, app_version="x"),
        to_json_document([detail], [], exported=EXPORTED, app_version="x", include_private=False),
        person_document("Anna", [detail], [], exported=EXPORTED, app_version="x"),
        person_document("Ben", [detail], [], exported=EXPORTED, app_version="x"),
    ):
        session = doc["sessions"][0]
        assert list(session)[-2:] == ["topics", "tally"]
        assert session["tally"][0] == {
            "kind": "open",
            "session_seconds": 700.0,
            "phase_index": 1,
            "created": "2024-05-07T09:11:30Z",
        }
        assert [m["kind"] for m in session["tally"]] == [
            "open",
            "closed",
            "open",
            "advice",
            "closed",
        ]
        assert session["tally"][-1]["phase_index"] is None
        assert session["tally"][-1]["created"] is None
    (back,), _ = roundtrip([detail])
    assert back.tally == detail.tally
    doc = to_json_document([replace(detail, tally=())], [], exported=EXPORTED, app_version="x")
    assert doc["sessions"][0]["tally"] == []  # written even when empty, like every list


def test_a_file_without_a_tally_still_imports() -> None:
    doc = json.loads(
        dumps(to_json_document([make_detail()], [], exported=EXPORTED, app_version="x"))
    )
    del doc["sessions"][0]["tally"]
    (session,) = parse_json_document(json.dumps(doc)).sessions
    assert session.tally == ()
    assert session == replace(make_detail(), tally=())


def test_a_tally_mark_needs_only_its_kind() -> None:
    doc = json.loads(
        dumps(to_json_document([make_detail()], [], exported=EXPORTED, app_version="x"))
    )
    doc["sessions"][0]["tally"] = [{"kind": "advice"}]
    (session,) = parse_json_document(json.dumps(doc)).sessions
    assert session.tally == (TallyMark(0, 1, TallyKind.ADVICE, 0.0, None, None),)


def test_bad_tally_marks_are_named_by_their_path() -> None:
    def change(doc: dict[str, Any]) -> None:
        tally = doc["sessions"][0]["tally"]
        tally[0]["kind"] = "rhetorical"
        del tally[1]["kind"]
        tally[2]["session_seconds"] = -3
        tally[3]["phase_index"] = 3
        tally[4]["created"] = "2024-05-07T09:00:00"
        tally.append("open")

    message = broken(change)
    assert 'sessions[0].tally[0].kind: "rhetorical" is not one of open, closed, advice' in message
    assert "sessions[0].tally[1].kind: is missing" in message
    assert "sessions[0].tally[2].session_seconds: -3 is negative" in message
    assert "sessions[0].tally[3].phase_index: 3 is out of range: the session has 3 phases" in (
        message
    )
    assert 'sessions[0].tally[4].created: "2024-05-07T09:00:00" has no time zone' in message
    assert 'sessions[0].tally[5]: expected an object, found the text "open"' in message
    assert message.startswith("The file cannot be imported: 6 problems")
    assert "sessions[0].tally: expected a list, found an object" in broken(
        lambda doc: doc["sessions"][0].update(tally={"open": 3})
    )


def test_markdown_says_the_tally_in_one_line() -> None:
    text = session_markdown(make_detail(), include_private=False, tz=UTC)
    assert (
        "## Observer's tally\n\n2 open questions, 2 closed questions and 1 piece of advice.\n"
        in text
    )
    assert text.index("## What happened") < text.index("## Observer's tally")
    complete = session_markdown(make_detail(), include_private=True, tz=UTC)
    assert complete.index("## Observer's tally") < complete.index("## Notes")
    assert "Observer's tally" not in session_markdown(
        replace(make_detail(), tally=()), include_private=True, tz=UTC
    )


def test_the_tally_sentence() -> None:
    assert tally_sentence(TallyCounts(12, 4, 2)) == (
        "12 open questions, 4 closed questions and 2 pieces of advice."
    )
    assert tally_sentence(TallyCounts(1, 1, 0)) == (
        "1 open question, 1 closed question and 0 pieces of advice."
    )
