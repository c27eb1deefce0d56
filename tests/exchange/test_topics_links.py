"""Every topic stays in the archive and its exports, linked to where it was noted and dealt with.

The first real use: topics ticked "dealt with today" vanished from the JSON export (status
taken, no session), and the meeting where three topics were noted said "None noted".
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers import settle
from parts import Recording, recording
from parts import topics as keep_topics
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from cocoach_desktop.archive.qt.archive_window import ArchiveWindow
from cocoach_desktop.archive.qt.session_view import SessionView
from cocoach_desktop.cli import main
from cocoach_desktop.domain.records import (
    NewSession,
    PhaseRecord,
    SessionFilter,
    TopicRecord,
    TopicStatus,
)
from cocoach_desktop.exchange.model.exchange import dumps, parse_json_document, to_json_document
from cocoach_desktop.exchange.model.session_document import session_markdown
from cocoach_desktop.notes.qt.closing_screen import ClosingChoices
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.platform.qt import background
from cocoach_desktop.setup.model.topics import Topic
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive

T0 = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def live(qtbot: QtBot, data_dir: Path, archive: Archive) -> Iterator[tuple[Recording, ManualClock]]:
    """The live session alone (no app): the facilitator's window and its set-up, the recorder
    writing into an archive in ``data_dir`` through the real writer, the closing screen, and
    the set-up's topics kept in that archive, as the app hands them out."""
    clock = ManualClock()
    rec = recording(qtbot, clock, data_dir, archive)
    keep_topics(rec, clock)
    yield rec, clock


def by_text(topics: list[TopicRecord] | tuple[TopicRecord, ...]) -> dict[str, TopicRecord]:
    return {t.text: t for t in topics}


def run_the_meeting(cocoach: Recording, clock: ManualClock, earlier: Archive) -> int:
    """The meeting of the issue: three topics noted, two of them (one older) dealt with."""
    earlier.add_topic("Eve", "Boundaries with parents", clock.now() - timedelta(days=14))
    # As at start-up: Eve's topic is waiting in the set-up.
    cocoach.setup.load_topics([Topic(t.person, t.text, t.id) for t in earlier.waiting_topics()])
    for name in ("Ana", "Ben", "Chloé", "Dee"):
        cocoach.setup.add_person(name)
    # Typed in the set-up before Start: they belong to the meeting that then starts.
    assert cocoach.setup.add_topic("Ben", "Delegation")
    assert cocoach.setup.add_topic("Chloé", "Year 9 after lunch")
    cocoach.controller.toggle()
    settle()
    clock.advance(600)
    assert cocoach.setup.add_topic("Dee", "Marking load")  # typed during the session
    clock.advance(600)
    cocoach.controller.finish()
    settle()
    session_id = cocoach.recorder.session_id
    assert session_id is not None
    waiting = by_text(earlier.waiting_topics())
    # Ticked "dealt with today": Ben's (noted today) and Eve's (noted a fortnight ago).
    cocoach.closing.apply(
        session_id,
        ClosingChoices(
            commitments={},
            removed_commitments=(),
            taken_topics=(waiting["Delegation"].id, waiting["Boundaries with parents"].id),
            tags=(),
        ),
    )
    return session_id


def test_the_meeting_keeps_its_topics_noted_and_dealt_with(live, data_dir: Path) -> None:
    cocoach, clock = live
    view = Archive(open_archive(data_dir / ARCHIVE_FILE))
    try:
        sid = run_the_meeting(cocoach, clock, view)
        detail = view.session(sid)
        noted = by_text(detail.topics)
        assert sorted(noted) == ["Delegation", "Marking load", "Year 9 after lunch"]
        assert all(t.session_id == sid for t in noted.values())
        assert noted["Delegation"].status is TopicStatus.TAKEN
        assert noted["Delegation"].taken_session_id == sid
        dealt = by_text(detail.dealt_topics)
        assert sorted(dealt) == ["Boundaries with parents", "Delegation"]
        assert dealt["Boundaries with parents"].session_id is None  # noted before any session
        assert all(t.taken_session_id == sid for t in dealt.values())
        assert sorted(t.text for t in view.waiting_topics()) == [
            "Marking load",
            "Year 9 after lunch",
        ]
    finally:
        view.engine.dispose()


def test_the_session_view_lists_both(live, data_dir: Path, qtbot: QtBot) -> None:
    cocoach, clock = live
    archive = Archive(open_archive(data_dir / ARCHIVE_FILE))
    try:
        sid = run_the_meeting(cocoach, clock, archive)
        view = SessionView(archive, QUndoStack(), now=clock.now, tz=UTC)
        qtbot.addWidget(view)
        view.set_detail(archive.session(sid))
        noted = view.topics.text().splitlines()
        assert noted == [
            "Ben: Delegation (dealt with in this meeting too)",
            "Chloé: Year 9 after lunch (waiting)",
            "Dee: Marking load (waiting)",
        ]
        assert view.dealt_topics.text().splitlines() == [
            "Eve: Boundaries with parents (noted 2026-08-18)",
            "Ben: Delegation",
        ]
        # A meeting with no topics says so, for both.
        other = archive.start_session(NewSession("p", "P", "m", 60, (PhaseRecord(0, "A", 60),)))
        view.set_detail(archive.session(other))
        assert (view.topics.text(), view.dealt_topics.text()) == ("None noted.", "None dealt with.")
    finally:
        archive.engine.dispose()


def test_the_json_export_has_every_topic_once_with_its_links(
    live, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cocoach, clock = live
    archive = Archive(open_archive(data_dir / ARCHIVE_FILE))
    try:
        sid = run_the_meeting(cocoach, clock, archive)
    finally:
        archive.engine.dispose()
    out = tmp_path / "all.json"
    assert main(["export", "-o", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    [session] = document["sessions"]
    written = [*session["topics"], *document["topics"]]
    assert sorted(t["text"] for t in written) == [
        "Boundaries with parents",
        "Delegation",
        "Marking load",
        "Year 9 after lunch",
    ]
    [eve] = document["topics"]  # dealt with here, noted in no session: on its own
    assert (eve["status"], eve["session_id"], eve["taken_session_id"]) == ("taken", None, sid)
    [ben] = [t for t in session["topics"] if t["person"] == "Ben"]
    assert (ben["status"], ben["session_id"], ben["taken_session_id"]) == ("taken", sid, sid)

    # Into another archive: four topics, each linked to the imported session's new id.
    other = tmp_path / "other"
    monkeypatch.setenv("COCOACH_DATA_DIR", str(other))
    assert main(["import", str(out)]) == 0
    copy = Archive(open_archive(other / ARCHIVE_FILE))
    try:
        [summary] = copy.list_sessions()
        topics = by_text(copy.all_topics())
        assert len(copy.all_topics()) == 4
        assert topics["Delegation"].session_id == summary.id
        assert topics["Delegation"].taken_session_id == summary.id
        assert topics["Boundaries with parents"].session_id is None
        assert topics["Boundaries with parents"].taken_session_id == summary.id
        assert topics["Marking load"].status is TopicStatus.WAITING
        detail = copy.session(summary.id)
        assert len(detail.topics) == 3 and len(detail.dealt_topics) == 2
    finally:
        copy.engine.dispose()


def test_the_archive_window_export_keeps_them_too(
    live, data_dir: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    cocoach, clock = live
    archive = Archive(open_archive(data_dir / ARCHIVE_FILE))
    try:
        sid = run_the_meeting(cocoach, clock, archive)
        window = ArchiveWindow(archive, now=clock.now, tz=UTC)
        qtbot.addWidget(window)
        target = tmp_path / "window.json"
        window.ask_save_path = lambda *_: target  # type: ignore[method-assign]
        assert window.export_archive_json() == target
        qtbot.waitUntil(lambda: not background.busy())  # written on a worker thread
        data = parse_json_document(target.read_text(encoding="utf-8"))
        texts = [t.text for d in data.sessions for t in d.topics] + [t.text for t in data.topics]
        assert sorted(texts) == [
            "Boundaries with parents",
            "Delegation",
            "Marking load",
            "Year 9 after lunch",
        ]
        assert [t.taken_session_id for t in data.topics] == [sid]
    finally:
        archive.engine.dispose()


def test_topics_typed_after_the_end_belong_to_that_meeting_then_to_the_next(live) -> None:
    cocoach, clock = live
    archive = cocoach.archive
    assert archive is not None
    cocoach.setup.add_person("Ana")
    cocoach.controller.toggle()
    settle()
    clock.advance(60)
    cocoach.controller.finish()
    settle()
    first = cocoach.recorder.session_id
    assert cocoach.setup.add_topic("Ana", "Said at the door")  # still that meeting
    cocoach.recorder.close_session()  # Ctrl+N: the next one is set up
    assert cocoach.setup.add_topic("Ana", "For the next one")
    assert by_text(archive.all_topics())["For the next one"].session_id is None
    cocoach.setup.rebuild()  # the set-up's plan for the next meeting
    cocoach.controller.toggle()
    settle()
    second = cocoach.recorder.session_id
    assert second is not None and second != first
    topics = by_text(archive.all_topics())
    assert topics["Said at the door"].session_id == first
    assert topics["For the next one"].session_id == second


def test_undoing_a_removed_topic_puts_it_back_with_its_links(live) -> None:
    cocoach, _clock = live
    archive = cocoach.archive
    assert archive is not None
    cocoach.setup.add_person("Ana")
    cocoach.controller.toggle()
    settle()
    assert cocoach.setup.add_topic("Ana", "Marking load")
    [before] = archive.all_topics()
    cocoach.setup.topic_list.setCurrentRow(0)
    cocoach.setup._remove_selected_topic()
    assert archive.all_topics() == []
    cocoach.window.undo_stack.undo()
    assert archive.all_topics() == [before]  # same id, same time, same session


def test_deleting_the_session_that_dealt_with_a_topic_keeps_it(archive: Archive) -> None:
    def new(day: int) -> int:
        return archive.start_session(
            NewSession("p", "P", "m", 60, (PhaseRecord(0, "A", 60),), started=T0 + timedelta(day))
        )

    noted, dealt = new(0), new(7)
    topic = archive.add_topic("Ben", "Delegation", T0, noted)
    archive.close_session_choices(dealt, {}, (), (topic.id,), ())
    gone = archive.delete_session(dealt)
    assert [t.id for t in gone.dealt_topics] == [topic.id]
    [kept] = archive.all_topics()
    assert (kept.status, kept.session_id, kept.taken_session_id) == (TopicStatus.TAKEN, noted, None)
    restored = archive.restore_session(gone)  # Ctrl+Z in the archive window
    assert archive.all_topics()[0].taken_session_id == restored
    assert [t.id for t in archive.session(restored).dealt_topics] == [topic.id]
    # And an export of only the meeting that dealt with it still carries it.
    ids = [restored]
    document = to_json_document(
        archive.details(SessionFilter(date_from=(T0 + timedelta(7)).date())),
        archive.export_topics(ids),
        exported=T0,
        app_version="x",
    )
    assert [t["text"] for t in document["topics"]] == ["Delegation"]


def test_files_without_the_new_link_still_import(archive: Archive) -> None:
    """Version 1 files written before ``taken_session_id`` existed read as before."""
    document = to_json_document([], [], exported=T0, app_version="0.1.0")
    document["topics"] = [
        {
            "id": 5,
            "person": "Ben",
            "text": "Delegation",
            "created": "2026-09-01T08:00:00Z",
            "session_id": None,
            "status": "taken",
        }
    ]
    data = parse_json_document(dumps(document))
    assert data.topics[0].taken_session_id is None
    archive.import_details(data.sessions, data.topics)
    assert [t.text for t in archive.all_topics()] == ["Delegation"]


def test_markdown_lists_the_topics_dealt_with(archive: Archive) -> None:
    sid = archive.start_session(
        NewSession("p", "P", "m", 60, (PhaseRecord(0, "A", 60),), started=T0)
    )
    old = archive.add_topic("Eve", "Boundaries", T0 - timedelta(days=3))
    archive.add_topic("Ben", "Delegation", T0, sid)
    archive.close_session_choices(sid, {}, (), (old.id,), ())
    text = session_markdown(archive.session(sid), include_private=True, tz=UTC)
    assert "## Next time\n\n- **Ben:** Delegation *(waiting)*\n" in text
    assert "## Topics dealt with in this session\n\n- **Eve:** Boundaries\n" in text
