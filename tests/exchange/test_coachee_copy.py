"""A coachee's copy of a session holds that coachee's part only: never another coachee's."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from archive_fixtures import make_details
from pytestqt.qtbot import QtBot

from cocoach_desktop.cli import main
from cocoach_desktop.domain.records import (
    Commitment,
    Note,
    Participant,
    PhaseRecord,
    Role,
    SessionDetail,
    SessionStatus,
    SessionSummary,
    TopicRecord,
    Visibility,
)
from cocoach_desktop.exchange.model.coachee_copy import CoacheeNeededError, for_coachee
from cocoach_desktop.exchange.model.session_document import session_markdown
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive

T0 = datetime(2026, 9, 1, 13, 30, tzinfo=UTC)
ANAS_NOTE = "Ana: try the seating plan with 9B first"
BENS_NOTE = "Ben: ask the head of year about the rota"
BENS_COMMITMENT = "Talk to the head of year on Monday"
BENS_TOPIC = "Cover lessons and my own marking"


def shared() -> SessionDetail:
    """Wise Crowds for Ana and Ben: two rounds, one each, shareable notes in both."""
    phases = (
        PhaseRecord(0, "Present", 120, 120, "Ana presents", "Ana"),
        PhaseRecord(1, "Clarify", 180, 180, "Coaches ask", "Ana"),
        PhaseRecord(2, "Present", 120, 120, "Ben presents", "Ben"),
        PhaseRecord(3, "Clarify", 180, 180, "Coaches ask", "Ben"),
    )
    at = lambda s: T0 + timedelta(seconds=s)  # noqa: E731
    notes = (
        Note(1, 7, ANAS_NOTE, Visibility.SHAREABLE, at(200), 1, "Clarify", 200),
        Note(2, 7, BENS_NOTE, Visibility.SHAREABLE, at(500), 3, "Clarify", 500),
        Note(3, 7, "Before we began: room booked", Visibility.SHAREABLE, at(0), None, "", 0),
    )
    commitments = (
        Commitment(3, 7, "Ana", "Ask Sam to observe period 5"),
        Commitment(4, 7, "Ben", BENS_COMMITMENT, follow_up="He did, it helped"),
    )
    topics = (TopicRecord(9, "Ben", BENS_TOPIC, at(590), 7),)
    summary = SessionSummary(
        id=7,
        started=T0,
        ended=at(600),
        status=SessionStatus.FINISHED,
        protocol_id="wise-crowds",
        protocol_name="Wise Crowds",
        mode="shared",
        planned_seconds=600,
        actual_seconds=600,
        group="Heads of year",
        coachees=("Ana", "Ben"),
    )
    participants = (
        Participant("Ana", Role.COACHEE),
        Participant("Ben", Role.COACHEE),
        Participant("Kim", Role.COACH),
    )
    return SessionDetail(summary, participants, phases, (), notes, commitments, topics)


def test_a_shared_sessions_copy_for_one_coachee_leaves_the_other_out() -> None:
    text = session_markdown(shared(), include_private=False, tz=UTC, coachee="ana")
    assert ANAS_NOTE in text and "Ask Sam to observe period 5" in text
    for theirs in (BENS_NOTE, BENS_COMMITMENT, "He did, it helped", BENS_TOPIC):
        assert theirs not in text
    assert "room booked" not in text  # a note of no one's phase belongs to no coachee
    bens = session_markdown(shared(), include_private=False, tz=UTC, coachee="Ben")
    assert BENS_NOTE in bens and BENS_COMMITMENT in bens and ANAS_NOTE not in bens


def test_a_shared_session_needs_to_be_told_whose_copy_it_is() -> None:
    with pytest.raises(CoacheeNeededError, match="Ana, Ben"):
        session_markdown(shared(), include_private=False, tz=UTC)
    with pytest.raises(CoacheeNeededError, match="not a coachee"):
        for_coachee(shared(), "Kim")
    # The facilitator's complete document keeps everything.
    complete = session_markdown(shared(), include_private=True, tz=UTC)
    assert BENS_NOTE in complete and ANAS_NOTE in complete


def test_with_one_coachee_the_others_topics_stay_out_of_the_copy() -> None:
    one = shared()
    one = replace(
        one,
        summary=replace(one.summary, coachees=("Ben",), mode="quality_first"),
        topics=(*one.topics, TopicRecord(10, "Ana", "Year 9 after lunch", T0, 7)),
    )
    text = session_markdown(one, include_private=False, tz=UTC)
    assert BENS_TOPIC in text and "Year 9 after lunch" not in text


def test_the_command_line_exports_one_coachees_part(
    data_dir: Path, capsys: pytest.CaptureFixture[str], qtbot: QtBot
) -> None:
    archive = Archive(open_archive(data_dir / ARCHIVE_FILE))
    [base] = make_details(1, seed=1)
    detail = replace(shared(), summary=replace(shared().summary, id=base.summary.id), topics=())
    archive.import_details([detail], [])
    [sid] = [s.id for s in archive.list_sessions()]
    archive.engine.dispose()
    md = ["--format", "md", "-o", "-"]
    assert main(["export", "--session", str(sid), "--for-coachee", *md]) == 1
    assert "Add --coachee NAME" in capsys.readouterr().err
    assert main(["export", "--session", str(sid), "--for-coachee", "--coachee", "Ana", *md]) == 0
    text = capsys.readouterr().out
    assert ANAS_NOTE in text and BENS_NOTE not in text and BENS_COMMITMENT not in text
    assert (
        main(
            [
                "export",
                "--session",
                str(sid),
                "--for-coachee",
                "--coachee",
                "Ana",
                "--format",
                "json",
                "-o",
                "-",
            ]
        )
        == 0
    )
    document = json.loads(capsys.readouterr().out)
    dumped = json.dumps(document)
    assert ANAS_NOTE in dumped and BENS_NOTE not in dumped and BENS_COMMITMENT not in dumped


def test_the_archive_window_asks_whose_copy_of_a_shared_session(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from cocoach_desktop.archive.qt.archive_window import ArchiveWindow

    archive = Archive(open_archive(tmp_path / ARCHIVE_FILE))
    archive.import_details([shared()], [])
    window = ArchiveWindow(archive, now=lambda: T0, tz=UTC)
    qtbot.addWidget(window)
    asked: list[tuple[str, ...]] = []
    window.ask_coachee = lambda names: asked.append(tuple(names)) or "Ben"  # type: ignore[method-assign]
    window.ask_save_path = lambda title, suggested, f: tmp_path / suggested  # type: ignore[method-assign]
    window.show()
    window.table.selectRow(0)
    path = window.export_session("md")
    assert asked == [("Ana", "Ben")]
    assert path is not None and "for Ben" in path.name
    text = path.read_text(encoding="utf-8")
    assert BENS_NOTE in text and ANAS_NOTE not in text
    window.ask_coachee = lambda names: None  # type: ignore[method-assign]
    assert window.export_session("md") is None  # cancelled: nothing written
    window.close()
    archive.engine.dispose()
