"""Full-text search: any typed text is safe, hits are ranked, highlighted and titled."""

from __future__ import annotations

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
    Visibility,
)
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive
from cocoach_desktop.storage.search import fts_query

T0 = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = open_archive(tmp_path / ARCHIVE_FILE)
    yield engine
    engine.dispose()


@pytest.fixture
def archive(engine: Engine) -> Archive:
    return Archive(engine)


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("", ""),
        ("   ", ""),
        ('"', ""),
        ("manager", '"manager"*'),
        ("Manager  Budget", '"Manager"* AND "Budget"*'),
        ('say "hello"', '"say"* AND "hello"*'),
        ("a NEAR b", '"a" AND "NEAR"* AND "b"'),
        ("-x OR (y*)", '"x" AND "OR"* AND "y"'),
        ("Élodie's café", '"Élodie"* AND "s" AND "café"*'),
    ],
)
def test_user_text_becomes_a_safe_query(typed: str, query: str) -> None:
    assert fts_query(typed) == query


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        '""',
        "'",
        "(",
        ")",
        "*",
        "**",
        "NEAR",
        "NEAR(a b)",
        "a NEAR/2 b",
        "AND",
        "OR",
        "NOT",
        "-",
        "--x",
        "^start",
        "col:value",
        "{a b}",
        "a + b",
        "\\",
        "%_",
        "🙂",
        "שלום",
        "中文",
        "\x00",
        "e\u0301",
        "x" * 5000,
        " ".join(["word"] * 200),
    ],
)
def test_no_typed_text_ever_raises(archive: Archive, typed: str) -> None:
    sid = session(archive, "Ann")
    archive.add_note(sid, "some words NEAR here: word (a b) שלום 中文", Visibility.PRIVATE, T0)
    hits = archive.search(typed)
    assert isinstance(hits, list)


def test_blank_finds_nothing(archive: Archive) -> None:
    sid = session(archive, "Ann")
    archive.add_note(sid, "anything", Visibility.PRIVATE, T0)
    assert archive.search("") == [] and archive.search(" ( ) ") == []


def test_hits_have_kinds_titles_and_highlights(archive: Archive) -> None:
    sid = session(archive, "Béatrice")
    note = archive.add_note(sid, "She wants to renegotiate the budget", Visibility.PRIVATE, T0)
    c = archive.add_commitment(sid, "Béatrice", "draft a budget proposal", T0)
    t = archive.add_topic("Béatrice", "budget follow-up", T0, sid)
    hits = {h.kind: h for h in archive.search("budg")}
    assert hits.keys() == {HitKind.NOTE, HitKind.COMMITMENT, HitKind.TOPIC}
    day = T0.astimezone().date().isoformat()
    assert hits[HitKind.NOTE].item_id == note.id
    assert hits[HitKind.NOTE].session_id == sid
    assert hits[HitKind.NOTE].title == f"{day} · Béatrice"
    assert f"{SNIPPET_START}budget{SNIPPET_END}" in hits[HitKind.NOTE].snippet
    assert hits[HitKind.COMMITMENT].item_id == c.id and "Béatrice" in hits[HitKind.COMMITMENT].title
    assert hits[HitKind.TOPIC].item_id == t.id
    (person,) = archive.search("beatrice")  # diacritics do not matter
    assert person.kind is HitKind.PERSON and person.title == "Béatrice"
    assert person.session_id is None


def test_all_words_are_required_and_prefixes_match(archive: Archive) -> None:
    sid = session(archive, "Ann")
    archive.add_note(sid, "the quarterly review went badly", Visibility.PRIVATE, T0)
    archive.add_note(sid, "the quarterly numbers are fine", Visibility.PRIVATE, T0)
    assert len(archive.search("quart")) == 2
    assert len(archive.search("quart rev")) == 1
    assert archive.search("quarterly holiday") == []


def test_best_first_and_limited(archive: Archive) -> None:
    sid = session(archive, "Ann")
    archive.add_note(sid, "pricing " + "filler words " * 50, Visibility.PRIVATE, T0)
    strong = archive.add_note(sid, "pricing pricing pricing", Visibility.PRIVATE, T0)
    hits = archive.search("pricing")
    assert hits[0].item_id == strong.id
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)
    for i in range(5):
        archive.add_note(sid, f"pricing note {i}", Visibility.PRIVATE, T0)
    assert len(archive.search("pricing", limit=3)) == 3
    assert archive.search("pricing", limit=0) == []


def test_follow_up_text_is_searched(archive: Archive) -> None:
    sid = session(archive, "Ann")
    c = archive.add_commitment(sid, "Ann", "call the client", T0)
    archive.update_commitment(c.id, c.text, None, c.status, "client said yes, signed")
    (hit,) = archive.search("signed")
    assert hit.kind is HitKind.COMMITMENT and SNIPPET_START in hit.snippet


def test_a_topic_without_session_is_titled_by_its_person(archive: Archive) -> None:
    archive.add_topic("Zoé", "a loose idea", T0)
    (hit,) = [h for h in archive.search("loose")]
    assert hit.kind is HitKind.TOPIC and hit.session_id is None and "Zoé" in hit.title


def test_search_stays_quick_on_a_fuller_archive(archive: Archive, engine: Engine) -> None:
    # A few hundred sessions written straight through SQL (fast); the triggers index them.
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota"]
    with engine.begin() as conn:
        for i in range(300):
            conn.exec_driver_sql(
                "INSERT INTO sessions (protocol_id, protocol_name, mode, planned_seconds, "
                "actual_seconds, started, status, coachee_key) "
                "VALUES ('p', 'P', 'm', 60, 0, ?, 'finished', '')",
                ((T0 + timedelta(days=i)).replace(tzinfo=None).isoformat(" "),),
            )
            body = " ".join(words[(i + k) % len(words)] for k in range(300))
            conn.exec_driver_sql(
                "INSERT INTO notes (session_id, text, visibility, created, phase_name, "
                "session_seconds) VALUES (?, ?, 'private', '2026-09-01 08:00:00', '', 0)",
                (i + 1, body),
            )
    hits = archive.search("gam del")
    assert len(hits) == 50
    assert all(h.kind is HitKind.NOTE and h.title for h in hits)
