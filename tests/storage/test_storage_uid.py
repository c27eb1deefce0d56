"""Stable identities: every row a person knows has a uid that survives undo, and an archive
from before uids gets one for every row when it is upgraded, losing nothing."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from archive_fixtures import make_details

from cocoach_desktop.domain.records import (
    NewSession,
    Participant,
    PhaseRecord,
    Role,
    TopicStatus,
    Visibility,
)
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, HEAD_REVISION, make_engine, open_archive
from cocoach_desktop.storage.migrations import current_revision, downgrade, upgrade

T0 = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
TABLES = ("sessions", "people", "groups", "notes", "commitments", "topics", "saved_questions")


def rows(path: Path, table: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(f'SELECT * FROM "{table}" ORDER BY id').fetchall()
    finally:
        con.close()


def uids(path: Path, table: str) -> list[str | None]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute(f'SELECT uid FROM "{table}" ORDER BY id')]
    finally:
        con.close()


def a_session(archive: Archive) -> int:
    return archive.start_session(
        NewSession(
            "p",
            "P",
            "m",
            60,
            (PhaseRecord(0, "A", 60),),
            (Participant("Ana", Role.COACHEE),),
            group="Team",
        )
    )


def test_an_0003_archive_with_rows_gets_a_uid_for_every_row_and_keeps_all_of_them(
    tmp_path: Path,
) -> None:
    path = tmp_path / "data" / ARCHIVE_FILE
    path.parent.mkdir()
    engine = make_engine(path)
    with engine.begin() as conn:
        upgrade(conn)
    archive = Archive(engine)
    archive.import_details(make_details(30, seed=3), [])
    sid = a_session(archive)
    archive.add_note(sid, "written at 0003", Visibility.PRIVATE, T0)
    archive.add_commitment(sid, "Ana", "Call the parents", T0)
    archive.add_topic("Quentin", "a waiting topic", T0)
    archive.save_question("Opening", "What happened?")
    with engine.begin() as conn:
        downgrade(conn, "0003")  # the archive as an 0003 app left it: no uid anywhere
    engine.dispose()
    before = {t: rows(path, t) for t in TABLES}
    assert all(before.values())  # rows in every table

    engine = open_archive(path)  # upgrades, backing up first
    try:
        with engine.connect() as conn:
            assert current_revision(conn) == HEAD_REVISION
        for table in TABLES:
            after = rows(path, table)
            # Every row kept, every value as it was; the uid is one more column at the end.
            assert [r[:-1] for r in after] == before[table]
            given = uids(path, table)
            assert all(isinstance(u, str) and len(u) == 36 for u in given), table
            assert len(set(given)) == len(given), table
        backup = path.with_name(f"{ARCHIVE_FILE}.pre-migration-0003.sqlite3")
        assert rows(backup, "notes") == before["notes"]
        archive = Archive(engine)
        assert len(archive.details()) == 31
        assert archive.search("written")  # search kept working through the upgrade
    finally:
        engine.dispose()


def test_a_note_put_back_is_the_same_note_even_under_another_id(archive: Archive) -> None:
    sid = a_session(archive)
    note = archive.add_note(sid, "first", Visibility.PRIVATE, T0)
    assert note.uid is not None
    archive.delete_note(note.id)
    other = archive.add_note(sid, "takes the free id", Visibility.PRIVATE, T0)
    assert other.id == note.id and other.uid != note.uid  # the id was handed out again
    back = archive.restore_note(note)
    assert back.id != note.id and back.uid == note.uid
    assert {n.uid for n in archive.session(sid).notes} == {note.uid, other.uid}


def test_commitments_topics_and_questions_come_back_with_their_uid(archive: Archive) -> None:
    sid = a_session(archive)
    promise = archive.add_commitment(sid, "Ana", "Call the parents", T0)
    archive.delete_commitment(promise.id)
    assert archive.restore_commitment(promise).uid == promise.uid
    topic = archive.add_topic("Ana", "Seating", T0, sid)
    gone = archive.delete_topic(topic.id)
    assert gone.uid == topic.uid
    assert archive.restore_topic(gone).uid == topic.uid
    archive.set_topic_status(topic.id, TopicStatus.DROPPED)
    question = archive.save_question("Opening", "What happened?")
    removed = archive.delete_saved_question(question.id)
    assert removed is not None
    assert archive.restore_saved_question(removed).uid == question.uid


def test_a_session_put_back_keeps_its_uid_and_its_notes_uids(archive: Archive) -> None:
    sid = a_session(archive)
    note = archive.add_note(sid, "inside", Visibility.PRIVATE, T0)
    before = archive.session(sid)
    assert before.summary.uid is not None
    gone = archive.delete_session(sid)
    archive.restore_session(gone)
    after = archive.session(sid)
    assert after.summary.uid == before.summary.uid
    assert [n.uid for n in after.notes] == [note.uid]


def test_an_import_makes_new_rows_with_new_uids(archive: Archive) -> None:
    sid = a_session(archive)
    archive.add_note(sid, "inside", Visibility.PRIVATE, T0)
    detail = archive.session(sid)
    archive.import_details([detail], [])
    first, second = archive.details()
    assert first.summary.uid != second.summary.uid
    assert first.notes[0].uid != second.notes[0].uid
