"""Both search engines, FTS5 and the portable one (LIKE), answer the same searches the same way
on a real archive file; and an archive opens and searches where SQLite has no FTS5."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers import codev_session as session
from sqlalchemy import Engine

from cocoach_desktop.domain.records import (
    SNIPPET_END,
    SNIPPET_START,
    HitKind,
    SearchHit,
    Visibility,
)
from cocoach_desktop.storage import search_repo
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive
from cocoach_desktop.storage.migrations import search_ddl
from cocoach_desktop.storage.search_repo import Fts5SearchRepository, PortableSearchRepository

T0 = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
ENGINES = ["fts5", "portable"]


@pytest.fixture(autouse=True)
def switch_back(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(search_ddl.SEARCH_ENV, raising=False)  # each test says its engine
    yield
    search_ddl.force_portable(False)


@pytest.fixture(params=ENGINES)
def kind_of_engine(request: pytest.FixtureRequest) -> str:
    search_ddl.force_portable(request.param == "portable")
    return str(request.param)


@pytest.fixture
def archive(tmp_path: Path, kind_of_engine: str) -> Iterator[Archive]:
    """A new archive file, made and searched by the engine the test is run with."""
    engine = open_archive(tmp_path / ARCHIVE_FILE)
    archive = Archive(engine)
    expected = Fts5SearchRepository if kind_of_engine == "fts5" else PortableSearchRepository
    assert type(archive.search_index) is expected
    yield archive
    engine.dispose()


def note(archive: Archive, sid: int, text: str, when: datetime = T0) -> int:
    return archive.add_note(sid, text, Visibility.PRIVATE, when).id


def found(archive: Archive, query: str) -> set[int]:
    """The ids of the notes the query finds."""
    return {h.item_id for h in archive.search(query) if h.kind is HitKind.NOTE}


# ----- the same cases on both engines ------------------------------------------------------------


def test_all_words_are_required_and_each_is_the_start_of_a_word(archive: Archive) -> None:
    sid = session(archive, "Ann")
    review = note(archive, sid, "the quarterly review went badly")
    numbers = note(archive, sid, "the quarterly numbers are fine")
    coach = note(archive, sid, "a coaching question")
    assert found(archive, "quart") == {review, numbers}
    assert found(archive, "quart rev") == {review}
    assert found(archive, "REVIEW Quarterly") == {review}  # any order, any case
    assert found(archive, "quarterly holiday") == set()
    assert found(archive, "coach") == {coach}
    assert found(archive, "oach") == set()  # inside a word is not the start of one
    assert found(archive, "a") == {coach}  # one letter: that word only, not a prefix


def test_quotes_and_operators_are_plain_words_in_both(archive: Archive) -> None:
    sid = session(archive, "Ann")
    apart = note(archive, sid, "the meeting with the whole staff")
    together = note(archive, sid, "a staff meeting on Monday")
    # No phrases in either engine: quoted words are found anywhere in the text.
    assert found(archive, '"staff meeting"') == {apart, together}
    assert found(archive, "staff NOT meeting") == set()  # NOT is a word like any other
    assert found(archive, "staff OR holiday") == set()


def test_case_and_accents(archive: Archive, kind_of_engine: str) -> None:
    sid = session(archive, "Ann")
    accented = note(archive, sid, "Élodie asked for time")
    plain = note(archive, sid, "Elodie said thanks")
    assert found(archive, "élodie") == {accented, plain}
    assert found(archive, "ÉLODIE") == {accented, plain}  # case beyond ASCII folds too
    assert found(archive, "ASKED élo") == {accented}
    if kind_of_engine == "fts5":
        assert found(archive, "elodie") == {accented, plain}  # remove_diacritics
    else:
        # The difference, documented in search_portable.py: LIKE cannot put back an accent
        # the user left out, so the accented spelling is not found from the plain one.
        assert found(archive, "elodie") == {plain}


def test_every_kind_of_text_is_searched(archive: Archive) -> None:
    sid = session(archive, "Béatrice")
    n = note(archive, sid, "She wants to renegotiate the budget")
    c = archive.add_commitment(sid, "Béatrice", "draft a budget proposal", T0)
    t = archive.add_topic("Béatrice", "budget follow-up", T0, sid)
    hits = {h.kind: h for h in archive.search("budg")}
    assert hits.keys() == {HitKind.NOTE, HitKind.COMMITMENT, HitKind.TOPIC}
    day = T0.astimezone().date().isoformat()
    assert hits[HitKind.NOTE].item_id == n
    assert hits[HitKind.NOTE].session_id == sid
    assert hits[HitKind.NOTE].title == f"{day} · Béatrice"
    assert (
        hits[HitKind.NOTE].snippet
        == f"She wants to renegotiate the {SNIPPET_START}budget{SNIPPET_END}"
    )
    assert hits[HitKind.COMMITMENT].item_id == c.id
    assert hits[HitKind.COMMITMENT].title == f"Béatrice’s commitment · {day} · Béatrice"
    assert hits[HitKind.COMMITMENT].person == "Béatrice"
    assert hits[HitKind.TOPIC].item_id == t.id
    assert hits[HitKind.TOPIC].snippet == f"{SNIPPET_START}budget{SNIPPET_END} follow-up"
    (person,) = archive.search("béatrice")
    assert person.kind is HitKind.PERSON and person.title == "Béatrice"
    assert person.session_id is None
    archive.update_commitment(c.id, c.text, None, c.status, "she said yes, signed")
    (follow_up,) = archive.search("signed")  # the follow-up is searched with the commitment
    assert follow_up.kind is HitKind.COMMITMENT
    assert follow_up.snippet == f"she said yes, {SNIPPET_START}signed{SNIPPET_END}"


def test_a_long_text_is_cut_around_its_match(archive: Archive) -> None:
    sid = session(archive, "Ann")
    words = " ".join(f"w{i}" for i in range(30))
    note(archive, sid, f"{words} pricing {words}")
    (hit,) = archive.search("pricing")
    assert hit.snippet == (
        f"…w25 w26 w27 w28 w29 {SNIPPET_START}pricing{SNIPPET_END} w0 w1 w2 w3 w4 w5…"
    )


def test_deleted_sessions_are_not_found(archive: Archive) -> None:
    kept = session(archive, "Ann")
    gone = session(archive, "Bob", T0 + timedelta(days=1))
    stays = note(archive, kept, "the timetable again")
    note(archive, gone, "the timetable once more")
    archive.add_commitment(gone, "Bob", "redo the timetable", T0)
    archive.delete_session(gone)
    hits = archive.search("timetable")
    assert [(h.kind, h.item_id) for h in hits] == [(HitKind.NOTE, stays)]


def test_wildcards_and_quotes_are_taken_literally(archive: Archive) -> None:
    sid = session(archive, "Ann")
    percent = note(archive, sid, "a%b was written on the board")
    note(archive, sid, "a big cab")  # '%a%b%' in LIKE would take this
    underscore = note(archive, sid, "file o_k saved")
    note(archive, sid, "the book")  # '%o_k%' in LIKE would take this
    quote = note(archive, sid, "O'Brien's idea")
    assert found(archive, "a%b") == {percent}
    assert found(archive, "o_k") == {underscore}
    assert found(archive, "o'brien") == {quote}
    assert found(archive, "'; DROP TABLE notes; --") == set()
    for nothing in ("%", "_", "%%", "'", '"', "\\", "%_\\"):
        assert archive.search(nothing) == []
    assert found(archive, "board") == {percent}  # and the notes are all still there


def test_an_empty_query_or_limit_finds_nothing(archive: Archive) -> None:
    sid = session(archive, "Ann")
    note(archive, sid, "anything at all")
    assert archive.search("") == []
    assert archive.search("   ") == []
    assert archive.search(" ( ) ") == []
    assert archive.search("anything", limit=0) == []


def test_the_limit_holds_and_far_matches_are_reached(archive: Archive, engine_of: Engine) -> None:
    # 450 notes that LIKE lets through ("coach" holds "oach") and one that really matches,
    # the oldest: the portable engine must read past its first batches to reach it.
    with engine_of.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO sessions (protocol_id, protocol_name, mode, planned_seconds, "
            "actual_seconds, started, status, coachee_key) "
            "VALUES ('p', 'P', 'm', 60, 0, '2026-09-01 08:00:00', 'finished', '')"
        )
        for text in ["oaches are early risers"] + ["the coach asked"] * 450:
            conn.exec_driver_sql(
                "INSERT INTO notes (session_id, text, visibility, created, phase_name, "
                "session_seconds) VALUES (1, ?, 'private', '2026-09-01 08:00:00', '', 0)",
                (text,),
            )
    (far,) = archive.search("oach")
    assert far.item_id == 1 and far.snippet.startswith(f"{SNIPPET_START}oaches{SNIPPET_END}")
    assert len(archive.search("coach")) == 50
    assert len(archive.search("coach", limit=7)) == 7
    ranks = [h.rank for h in archive.search("coach")]
    assert ranks == sorted(ranks)


@pytest.fixture
def engine_of(archive: Archive) -> Engine:
    return archive.engine


# ----- the engines side by side -------------------------------------------------------------------


def _fill(archive: Archive) -> None:
    for day, (who, texts) in enumerate(
        [
            ("Ann", ["The class settles faster when the routine is the same.", "Budget: fine."]),
            ("Bob", ["Marking takes the weekend; students rarely read comments.", "ok"]),
            ("Zoé", ["Time pressure came up again: too many duties.", "Café chat at 10:30."]),
        ]
    ):
        sid = session(archive, who, T0 + timedelta(days=day))
        for text in texts:
            note(archive, sid, text, T0 + timedelta(days=day))
        archive.add_commitment(sid, who, f"talk to the class about {texts[0][:20]}", T0)
        archive.add_topic(who, f"{who}'s question about the weekend", T0, sid)


def _records(hits: list[SearchHit]) -> set[tuple[HitKind, int, int | None, str, str, str]]:
    """Everything in a hit but its rank (the engines order differently)."""
    return {(h.kind, h.item_id, h.session_id, h.title, h.snippet, h.person) for h in hits}


def test_both_engines_return_the_same_records(tmp_path: Path) -> None:
    engine = open_archive(tmp_path / ARCHIVE_FILE)
    try:
        fts5 = Archive(engine)
        _fill(fts5)
        search_ddl.force_portable(True)
        portable = Archive(engine)
        assert isinstance(portable.search_index, PortableSearchRepository)
        assert isinstance(fts5.search_index, Fts5SearchRepository)
        queries = ["the", "class", "week", "café", "talk class", "s", "10 30", "zoé", "ann"]
        for query in queries:
            expected = _records(fts5.search(query))
            assert expected, query
            assert _records(portable.search(query)) == expected, query
    finally:
        engine.dispose()


def test_the_portable_engine_puts_names_first_then_the_newest(tmp_path: Path) -> None:
    search_ddl.force_portable(True)
    engine = open_archive(tmp_path / ARCHIVE_FILE)
    try:
        archive = Archive(engine)
        old = session(archive, "Ann")
        new = session(archive, "Annabel", T0 + timedelta(days=3))
        n_old = note(archive, old, "ann was there", T0)
        n_new = note(archive, new, "ann again", T0 + timedelta(days=3))
        hits = archive.search("ann")
        assert [h.kind for h in hits[:2]] == [HitKind.PERSON, HitKind.PERSON]
        assert [h.item_id for h in hits[2:]] == [n_new, n_old]
        assert [h.rank for h in hits] == [0.0, 1.0, 2.0, 3.0]
    finally:
        engine.dispose()


# ----- without FTS5 ------------------------------------------------------------------------


def _names(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE name LIKE 'fts_%'")
        return {str(r[0]) for r in rows}


def test_without_fts5_an_archive_opens_searches_and_gets_its_index_later(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    search_ddl.force_portable(True)  # as if this SQLite had no FTS5
    path = tmp_path / ARCHIVE_FILE
    engine = open_archive(path)  # the migrations make no FTS5 table and no trigger
    try:
        assert _names(engine) == set()
        archive = Archive(engine)
        assert "search engine: portable" in caplog.text
        sid = session(archive, "Ann")
        kept = note(archive, sid, "The timetable, not the class, is the problem")
        (hit,) = archive.search("timetable problem")
        assert hit.item_id == kept
        assert SNIPPET_START + "timetable" + SNIPPET_END in hit.snippet
    finally:
        engine.dispose()
    # Opened again where FTS5 is there: the index is built from what was written without it.
    search_ddl.force_portable(False)
    caplog.clear()
    engine = open_archive(path)
    try:
        archive = Archive(engine)
        assert isinstance(archive.search_index, Fts5SearchRepository)
        assert "FTS5 index built" in caplog.text and "search engine: SQLite FTS5" in caplog.text
        assert search_ddl.search_triggers() <= _names(engine)
        assert [h.item_id for h in archive.search("timetable problem")] == [kept]
        later = note(archive, sid, "the timetable changes in May")  # the triggers index it
        assert found(archive, "timetable") == {kept, later}
    finally:
        engine.dispose()


def test_the_switch_in_the_environment_chooses_the_portable_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(search_ddl.SEARCH_ENV, "portable")
    engine = open_archive(tmp_path / ARCHIVE_FILE)
    try:
        archive = Archive(engine)
        assert isinstance(archive.search_index, PortableSearchRepository)
        note(archive, session(archive, "Ann"), "found without FTS5")
        assert len(archive.search("without")) == 1
    finally:
        engine.dispose()


def test_an_indexed_archive_opened_where_fts5_is_missing_stays_writable(tmp_path: Path) -> None:
    path = tmp_path / ARCHIVE_FILE
    engine = open_archive(path)  # made with FTS5: its tables and triggers are there
    try:
        archive = Archive(engine)
        sid = session(archive, "Ann")
        first = note(archive, sid, "written with the index")
    finally:
        engine.dispose()

    def no_fts5(connection: object) -> bool:
        return False

    # This SQLite "has no FTS5": the triggers would fail every write; they are dropped.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search_ddl, "sqlite_has_fts5", no_fts5)
        patch.setattr(search_repo, "sqlite_has_fts5", no_fts5)
        engine = open_archive(path)
        try:
            archive = Archive(engine)
            assert isinstance(archive.search_index, PortableSearchRepository)
            assert not search_ddl.search_triggers() & _names(engine)
            second = note(archive, sid, "written without the index")
            assert found(archive, "written") == {first, second}
        finally:
            engine.dispose()
    engine = open_archive(path)  # FTS5 back: the index is rebuilt, with the second note
    try:
        archive = Archive(engine)
        assert isinstance(archive.search_index, Fts5SearchRepository)
        assert found(archive, "written") == {first, second}
    finally:
        engine.dispose()
