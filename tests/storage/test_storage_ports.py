"""The storage split by aggregate: each repository satisfies its port and works through it;
faults are classified by SQLite's result code, never by the words of its message."""

from __future__ import annotations

import inspect
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import URL, create_engine
from sqlalchemy.exc import OperationalError

from cocoach_desktop.domain.ports.commitments import CommitmentsPort
from cocoach_desktop.domain.ports.notes import NotesPort
from cocoach_desktop.domain.ports.people import PeoplePort
from cocoach_desktop.domain.ports.questions import QuestionsPort
from cocoach_desktop.domain.ports.search import SearchPort
from cocoach_desktop.domain.ports.sessions import (
    LiveSessionsPort,
    SessionReviewPort,
    SessionTransferPort,
)
from cocoach_desktop.domain.ports.tally import TallyPort
from cocoach_desktop.domain.ports.topics import TopicsPort
from cocoach_desktop.domain.records import (
    CommitmentStatus,
    NewSession,
    Participant,
    PhaseRecord,
    Role,
    SessionStatus,
    TallyKind,
    TopicStatus,
    Visibility,
)
from cocoach_desktop.storage import backup as backup_module
from cocoach_desktop.storage import sqlite_engine
from cocoach_desktop.storage.archive import Archive, ArchiveWriteError
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive
from cocoach_desktop.storage.sqlite_engine import Fault, sqlite_fault
from cocoach_desktop.storage.transactions import plain_fault

T0 = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
STORAGE = Path(__file__).resolve().parents[2] / "cocoach_desktop" / "storage"


def storage_modules() -> list[Path]:
    modules = sorted(STORAGE.glob("*.py"))
    assert len(modules) > 10, STORAGE  # the scans below read real files, never none
    return modules


# (the archive's attribute, the port it must satisfy)
PORTS: list[tuple[str, type[Any]]] = [
    ("sessions", LiveSessionsPort),
    ("review", SessionReviewPort),
    ("transfer", SessionTransferPort),
    ("notes", NotesPort),
    ("commitments", CommitmentsPort),
    ("topics", TopicsPort),
    ("roster", PeoplePort),
    ("questions", QuestionsPort),
    ("tallies", TallyPort),
    ("search_index", SearchPort),
]


def new_session() -> NewSession:
    return NewSession(
        protocol_id="gfr",
        protocol_name="Group consultation",
        mode="classic",
        planned_seconds=600,
        phases=(PhaseRecord(0, "Situation", 300.0), PhaseRecord(1, "Questions", 300.0)),
        participants=(Participant("Ana", Role.COACHEE), Participant("Ben", Role.COACH)),
        group="Year 9 team",
        started=T0,
        tags=("behaviour",),
    )


def port_methods(port: type[Any]) -> list[str]:
    return [n for n, _ in inspect.getmembers(port, inspect.isfunction) if not n.startswith("_")]


@pytest.mark.parametrize(("attribute", "port"), PORTS)
def test_each_repository_satisfies_its_port_signature_by_signature(
    archive: Archive, attribute: str, port: type[Any]
) -> None:
    repository = getattr(archive, attribute)
    assert isinstance(repository, port)  # runtime_checkable: every method is there
    for name in port_methods(port):
        wanted = inspect.signature(getattr(port, name))
        actual = inspect.signature(getattr(type(repository), name))
        assert actual == wanted, f"{type(repository).__name__}.{name}"
        # The facade keeps the same call, delegated to the repository.
        assert inspect.signature(getattr(Archive, name)) == wanted


def test_the_facade_keeps_every_method_and_each_one_delegates_to_one_repository() -> None:
    in_ports = {name for _, port in PORTS for name in port_methods(port)}
    public = {n for n, _ in inspect.getmembers(Archive, inspect.isfunction) if n[0] != "_"}
    assert public - in_ports == {"changed_since", "data_version"}
    assert len(public) == 53  # as many as before the split: every caller keeps working


def record_a_session(live: LiveSessionsPort) -> int:
    session_id = live.start_session(new_session())
    live.finish_session(session_id, T0 + timedelta(minutes=10), (290.0, 310.0))
    return session_id


def test_the_session_ports_record_review_delete_and_put_back(archive: Archive) -> None:
    live: LiveSessionsPort = archive.sessions
    review: SessionReviewPort = archive.review
    transfer: SessionTransferPort = archive.transfer
    session_id = record_a_session(live)
    [summary] = review.list_sessions()
    assert (summary.id, summary.coachees, summary.tags) == (session_id, ("Ana",), ("behaviour",))
    assert summary.group == "Year 9 team" and summary.status is SessionStatus.FINISHED
    assert review.count_sessions() == 1
    assert review.protocols() == [("gfr", "Group consultation")]
    gone = transfer.delete_session(session_id)
    assert review.count_sessions() == 0
    assert transfer.restore_session(gone) == session_id
    assert review.session(session_id).phases[1].actual_seconds == 310.0


def test_notes_commitments_and_topics_through_their_ports(archive: Archive) -> None:
    session_id = record_a_session(archive.sessions)
    notes: NotesPort = archive.notes
    note = notes.add_note(session_id, "She tried the new seating plan.", Visibility.SHAREABLE, T0)
    notes.update_note(note.id, "The seating plan helped.", Visibility.PRIVATE)
    commitments: CommitmentsPort = archive.commitments
    promise = commitments.add_commitment(session_id, "ana", "Try it for a week", T0)
    assert [c.text for c in commitments.open_commitments("ANA")] == ["Try it for a week"]
    commitments.update_commitment(promise.id, "Try it", None, CommitmentStatus.DONE, "Worked")
    assert commitments.open_commitments() == []
    topics: TopicsPort = archive.topics
    topic = topics.add_topic("Ben", "Parents' evening", T0)
    topics.set_topic_status(topic.id, TopicStatus.TAKEN, session_id)
    assert topics.waiting_topics() == []
    topics.restore_topic(topics.delete_topic(topic.id))
    detail = archive.session(session_id)  # the facade sees what the ports wrote
    assert [n.text for n in detail.notes] == ["The seating plan helped."]
    assert [t.text for t in detail.dealt_topics] == ["Parents' evening"]


def test_people_questions_tally_and_search_through_their_ports(archive: Archive) -> None:
    session_id = record_a_session(archive.sessions)
    archive.notes.add_note(session_id, "Seating plan at the door", Visibility.SHAREABLE, T0)
    roster: PeoplePort = archive.roster
    ana = roster.person_named("  ANA ")
    assert ana is not None and ana.name == "Ana"
    assert roster.groups() == ["Year 9 team"]
    assert roster.deletion_preview(ana.id).sessions_as_coachee == 1
    questions: QuestionsPort = archive.questions
    saved = questions.save_question("Opening", "What happened first?")
    assert questions.saved_questions() == (saved,)
    tally: TallyPort = archive.tallies
    for kind in (TallyKind.OPEN, TallyKind.OPEN, TallyKind.ADVICE):
        tally.add_tally(session_id, kind, 12.0)
    [point] = tally.tally_trend("year 9 TEAM")
    assert (point.coachees, point.counts.open, point.counts.advice) == (("Ana",), 2, 1)
    search: SearchPort = archive.search_index
    assert [hit.session_id for hit in search.search("seat")] == [session_id]
    roster.delete_person(ana.id)
    assert archive.count_sessions() == 0


def test_every_write_through_a_port_counts_as_a_change(archive: Archive) -> None:
    before = archive.data_version()
    session_id = record_a_session(archive.sessions)
    archive.tallies.remove_tally(12345)  # nothing to take back: not a change
    after = archive.data_version()
    assert after == before + 2  # started, finished
    archive.tallies.add_tally(session_id, TallyKind.CLOSED, 1.0)
    assert archive.changed_since(after)


# ----- faults, by code ----------------------------------------------------------------------


def real_error(path: Path, *, read_only: bool = False, lock: bool = False) -> sqlite3.Error:
    """A fault SQLite itself raises on ``path``: a write to a read-only connection, or a write
    lock asked for while another connection holds it."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("CREATE TABLE IF NOT EXISTS t (x)")
    holder = None
    if lock:
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
    other = sqlite3.connect(uri, uri=True, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO t VALUES (1)")
    except sqlite3.Error as error:
        return error
    finally:
        other.close()
        if holder is not None:
            holder.rollback()
            holder.close()
        con.close()
    raise AssertionError("no fault")


def test_a_locked_file_and_a_read_only_file_are_classified_by_their_code(tmp_path: Path) -> None:
    locked = real_error(tmp_path / "locked.sqlite3", lock=True)
    read_only = real_error(tmp_path / "ro.sqlite3", read_only=True)
    assert locked.sqlite_errorcode & 0xFF == sqlite_engine.SQLITE_BUSY
    assert read_only.sqlite_errorcode & 0xFF == sqlite_engine.SQLITE_READONLY
    assert sqlite_fault(locked) is Fault.BUSY
    assert sqlite_fault(read_only) is Fault.READONLY
    # The same, wrapped by SQLAlchemy as the repositories see it.
    wrapped = OperationalError("INSERT ...", {}, read_only)
    assert sqlite_fault(wrapped) is Fault.READONLY
    assert "has become read-only" in str(plain_fault(wrapped))


def coded(message: str, code: int, name: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    error.sqlite_errorname = name  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("code", "name", "fault", "words"),
    [
        (5, "SQLITE_BUSY", Fault.BUSY, "another program is holding the archive"),
        (6, "SQLITE_LOCKED", Fault.BUSY, "another program is holding the archive"),
        (8, "SQLITE_READONLY", Fault.READONLY, "has become read-only"),
        (13, "SQLITE_FULL", Fault.FULL, "the disk is full"),
        (11, "SQLITE_CORRUPT", Fault.DAMAGED, "the archive file is damaged"),
        (26, "SQLITE_NOTADB", Fault.DAMAGED, "the archive file is damaged"),
        (266, "SQLITE_IOERR_READ", Fault.IOERR, "the disk could not be read or written"),
        (14, "SQLITE_CANTOPEN", Fault.CANTOPEN, "the disk could not be read or written"),
    ],
)
def test_the_words_follow_the_code_whatever_the_message_says(
    code: int, name: str, fault: Fault, words: str
) -> None:
    # A message that names another fault (or none): a new SQLite release rewording its
    # messages, or a translated one, changes nothing.
    for message in ("database is locked", "disk is full", "quelque chose d'autre", ""):
        error = coded(message, code, name)
        assert sqlite_fault(error) is fault
        assert words in str(plain_fault(OperationalError("SELECT 1", {}, error)))


def test_an_error_with_only_its_name_is_classified_by_the_name() -> None:
    error = sqlite3.OperationalError("database is locked")
    error.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]
    assert sqlite_fault(error) is Fault.FULL


def test_an_unknown_code_is_said_as_sqlite_said_it_never_guessed_from_the_words() -> None:
    error = coded("disk is full\nand more", 1, "SQLITE_ERROR")
    assert sqlite_fault(error) is Fault.OTHER
    said = str(plain_fault(OperationalError("SELECT 1", {}, error)))
    assert said == "The archive could not be used: disk is full."  # its first line only


def test_backups_name_sqlite_faults_by_code_too(tmp_path: Path) -> None:
    error = coded("database is locked", 13, "SQLITE_FULL")
    said = str(backup_module._plain(error, tmp_path / "x.sqlite3", "copy"))
    assert said.endswith(": the disk is full.")
    locked = real_error(tmp_path / "locked.sqlite3", lock=True)
    said = str(backup_module._plain(locked, tmp_path / "x.sqlite3", "copy"))
    assert "still using it" in said


def test_a_write_to_an_archive_that_cannot_be_written_says_so(tmp_path: Path) -> None:
    path = tmp_path / ARCHIVE_FILE
    engine = open_archive(path)
    session_id = record_a_session(Archive(engine).sessions)
    engine.dispose()
    # The same file opened read-only: SQLite refuses every write with SQLITE_READONLY.
    uri = URL.create("sqlite", database=f"{path.resolve().as_uri()}?mode=ro", query={"uri": "true"})
    archive = Archive(create_engine(uri))
    try:
        with pytest.raises(ArchiveWriteError, match="has become read-only"):
            archive.notes.add_note(session_id, "kept elsewhere", Visibility.SHAREABLE, T0)
        assert archive.count_sessions() == 1  # reading still works
    finally:
        archive.engine.dispose()


def test_storage_classifies_no_error_by_its_message_text() -> None:
    """Only the engine module looks at an error's kind; nothing reads an error's words."""
    for module in storage_modules():
        source = module.read_text(encoding="utf-8")
        for words in ('"locked" in', '"readonly" in', '"malformed" in', '"disk i/o" in'):
            assert words not in source, f"{module.name} classifies by message: {words}"
        assert "str(exc).lower()" not in source and "str(error).lower()" not in source


def test_sqlite_specific_sql_stays_in_the_engine_and_search_modules() -> None:
    allowed = {"sqlite_engine.py", "db.py", "backup.py", "search.py"}
    for module in storage_modules():
        if module.name in allowed:
            continue
        source = module.read_text(encoding="utf-8")
        for construct in (
            "func.group_concat",
            "func.printf",
            "sqlite_insert",
            "on_conflict_do",
            "PRAGMA",
        ):
            assert construct not in source, f"{module.name} uses {construct}"
