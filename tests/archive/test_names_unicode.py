"""Names as typed: one person however the accents were typed, and never read as markup.

macOS pastes "ë" as "e" + a combining diaeresis; the archive used to keep the two as two
people. Names are now kept composed (NFC) and compared by ``records.name_key``; migration
0003 merges the people (teams, tags) an older app had kept apart.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument, QUndoStack
from PySide6.QtWidgets import QLabel

from cocoach_desktop.archive.qt.archive_window import confirm_box
from cocoach_desktop.archive.qt.person_view import PersonView
from cocoach_desktop.archive.qt.session_view import SessionView
from cocoach_desktop.domain.records import (
    NewSession,
    Participant,
    PhaseRecord,
    Role,
    SessionFilter,
    SortKey,
    parse_tags,
)
from cocoach_desktop.exchange.model.exchange import dumps, parse_json_document, to_json_document
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, check_archive_file, make_engine, open_archive
from cocoach_desktop.storage.migrations import downgrade, upgrade

COMPOSED = "Zoë Adler"
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)  # "Zoe\u0308 Adler"
TEAM = "Équipe 9"
TEAM_NFD = unicodedata.normalize("NFD", TEAM)
TAG = "Élèves"
TAG_NFD = unicodedata.normalize("NFD", TAG)
T0 = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)

assert COMPOSED != DECOMPOSED and len(DECOMPOSED) == len(COMPOSED) + 1


def session(
    archive: Archive, coachee: str, day: int, *, coach: str = "Ben", group: str = ""
) -> int:
    return archive.start_session(
        NewSession(
            "p",
            "Protocol",
            "quality_first",
            600,
            (PhaseRecord(0, "Phase", 600),),
            (Participant(coachee, Role.COACHEE), Participant(coach, Role.COACH)),
            group=group,
            started=T0 + timedelta(days=day),
        )
    )


# ----- the archive today ----------------------------------------------------------------------


def test_both_spellings_are_one_person_and_stored_composed(archive: Archive) -> None:
    first = session(archive, COMPOSED, 0, group=TEAM)
    second = session(archive, DECOMPOSED, 1, group=TEAM_NFD)
    archive.add_commitment(second, f"  {DECOMPOSED} ", "Call the parents", T0)
    archive.add_topic(DECOMPOSED, "Marking load", T0)
    archive.set_tags(first, parse_tags(f"{TAG}, {TAG_NFD}"))
    archive.set_tags(second, (TAG_NFD,))
    [zoe] = [p for p in archive.people() if p.name.startswith("Zo")]
    assert zoe.name == COMPOSED  # stored as written the usual way
    assert archive.groups() == [TEAM]
    assert archive.all_tags() == [TAG]
    assert archive.session(first).summary.tags == (TAG,)  # the two spellings, one tag
    page = archive.person_page(zoe.id)
    assert {s.id for s in page.as_coachee} == {first, second}
    assert [c.person for c in page.open_commitments] == [COMPOSED]
    assert [t.person for t in page.topics] == [COMPOSED]


def test_filters_find_either_spelling(archive: Archive) -> None:
    first = session(archive, COMPOSED, 0, group=TEAM)
    second = session(archive, DECOMPOSED, 1, group=TEAM)
    archive.set_tags(first, (TAG,))
    for person in (COMPOSED, DECOMPOSED, DECOMPOSED.upper()):
        found = archive.list_sessions(SessionFilter(person=person))
        assert {s.id for s in found} == {first, second}
    assert archive.count_sessions(SessionFilter(group=TEAM_NFD)) == 2
    assert archive.count_sessions(SessionFilter(tag=TAG_NFD)) == 1
    assert archive.person_named(DECOMPOSED) is not None


def test_an_import_with_decomposed_names_joins_the_people_already_there(archive: Archive) -> None:
    session(archive, COMPOSED, 0)
    other = Archive(open_archive(Path(archive.engine.url.database).parent / "other.sqlite3"))
    try:
        sid = session(other, "Ben", 3, coach="Ana")
        # The file says the name as a Mac wrote it.
        detail = replace(other.session(sid), participants=(Participant(DECOMPOSED, Role.COACHEE),))
        data = parse_json_document(
            dumps(to_json_document([detail], [], exported=T0, app_version="x"))
        )
    finally:
        other.engine.dispose()
    archive.import_details(data.sessions, data.topics)
    assert [p.name for p in archive.people() if p.name.startswith("Zo")] == [COMPOSED]
    assert archive.count_sessions(SessionFilter(person=COMPOSED)) == 2


def test_parse_tags_keeps_one_of_each_and_composes_them() -> None:
    assert parse_tags(f"{TAG_NFD}, {TAG.lower()};  year   9 ") == (TAG, "year 9")


# ----- an archive written by the older app, migrated ----------------------------------------


def old_key(name: str) -> str:
    """The key an app before migration 0003 stored: spaces and case, not accents' form."""
    return " ".join(name.split()).casefold()


@pytest.fixture
def old_archive(tmp_path: Path) -> Path:
    """An 0002 archive as the older app left it, with Zoë twice, a team twice, a tag twice.

    The rows are written by the archive under stand-in names, the file is taken down to
    0002, and then the names and keys are set with sqlite3 to exactly what the older app
    stored for what was typed.
    """
    path = tmp_path / "data" / ARCHIVE_FILE
    path.parent.mkdir()
    engine = make_engine(path)
    with engine.begin() as conn:
        upgrade(conn)
    archive = Archive(engine)
    typed = session(archive, "StandinA", 0, group="TeamA")
    pasted = session(archive, "StandinB", 7, group="TeamB")
    # A session where both spellings stood, as coachee and as coach: one person, two roles.
    both = session(archive, "StandinA", 14, coach="StandinB")
    # And one where both were coaches: once merged, that is one participation, not two.
    archive.start_session(
        NewSession(
            "p",
            "Protocol",
            "quality_first",
            600,
            (PhaseRecord(0, "Phase", 600),),
            (
                Participant("Ana", Role.COACHEE),
                Participant("StandinA", Role.COACH),
                Participant("StandinB", Role.COACH),
            ),
            started=T0 + timedelta(days=21),
        )
    )
    archive.add_commitment(typed, "StandinA", "Observe a lesson", T0)
    archive.add_commitment(pasted, "StandinB", "Call the parents", T0)
    archive.add_topic("StandinA", "Marking load", T0, typed)
    archive.add_topic("StandinB", "Parents' evening", T0, pasted)
    archive.set_tags(typed, ("TagA",))
    archive.set_tags(pasted, ("TagA", "TagB"))
    with engine.begin() as conn:
        downgrade(conn, "0002")
    engine.dispose()
    con = sqlite3.connect(path)
    try:
        for table, renames in (
            ("people", {"StandinA": COMPOSED, "StandinB": DECOMPOSED}),
            ("groups", {"TeamA": TEAM, "TeamB": TEAM_NFD}),
            ("tags", {"TagA": TAG, "TagB": TAG_NFD}),
        ):
            for stand_in, name in renames.items():
                con.execute(
                    f"UPDATE {table} SET name = ?, key = ? WHERE name = ?",
                    (name, old_key(name), stand_in),
                )
        con.execute(
            "UPDATE sessions SET coachee_key = (SELECT key FROM people WHERE name = ?) "
            "WHERE id IN (?, ?)",
            (COMPOSED, typed, both),
        )
        con.execute(
            "UPDATE sessions SET coachee_key = ? WHERE id = ?", (old_key(DECOMPOSED), pasted)
        )
        con.commit()
        # The older app's archive really held two people, two teams and two tags.
        assert con.execute("SELECT count(*) FROM people WHERE name LIKE 'Zo%'").fetchone() == (2,)
        assert con.execute("SELECT count(*) FROM groups").fetchone() == (2,)
        assert con.execute("SELECT count(*) FROM tags").fetchone() == (2,)
    finally:
        con.close()
    assert check_archive_file(path) == "0002"
    return path


def test_the_migration_merges_them_keeping_everything(old_archive: Path) -> None:
    archive = Archive(open_archive(old_archive))
    try:
        zoes = [p for p in archive.people() if p.name.startswith("Zo")]
        assert [p.name for p in zoes] == [COMPOSED]
        [zoe] = zoes
        page = archive.person_page(zoe.id)
        # Both people's sessions, roles, commitments and topics are now hers.
        assert len(page.as_coachee) == 3  # typed, pasted, both
        assert len(page.as_coach) == 1  # the session where she was a coach twice
        assert sorted(c.text for c in page.open_commitments) == [
            "Call the parents",
            "Observe a lesson",
        ]
        assert sorted(t.text for t in page.topics) == ["Marking load", "Parents' evening"]
        both, twice = (archive.session(s.id) for s in archive.list_sessions()[:2][::-1])
        assert [(p.name, p.role) for p in twice.participants].count((COMPOSED, Role.COACH)) == 1
        assert (COMPOSED, Role.COACHEE) in [(p.name, p.role) for p in both.participants]
        assert (COMPOSED, Role.COACH) in [(p.name, p.role) for p in both.participants]
        # Teams and tags too; the filters and the sort by coachee agree.
        assert archive.groups() == [TEAM]
        assert archive.all_tags() == [TAG]
        assert archive.count_sessions(SessionFilter(group=TEAM_NFD)) == 2
        assert archive.count_sessions(SessionFilter(tag=TAG)) == 2
        tagged = archive.list_sessions(SessionFilter(tag=TAG))
        assert all(s.tags == (TAG,) for s in tagged)  # one tag, never the same one twice
        assert archive.count_sessions(SessionFilter(person=DECOMPOSED)) == 4
        by_coachee = archive.list_sessions(sort=SortKey.COACHEE, descending=False)
        assert [s.coachees for s in by_coachee] == [("Ana",)] + [(COMPOSED,)] * 3
        assert [h.person for h in archive.search("Adler")] == [COMPOSED]
        # And she is one person for what comes next.
        archive.add_topic(DECOMPOSED, "New topic", T0)
        assert len(archive.person_page(zoe.id).topics) == 3
    finally:
        archive.engine.dispose()


def test_the_migration_leaves_plain_names_alone(tmp_path: Path) -> None:
    path = tmp_path / ARCHIVE_FILE
    engine = open_archive(path)
    archive = Archive(engine)
    session(archive, "Ana  Ruiz", 0, group="Year 9")
    with engine.begin() as conn:
        downgrade(conn, "0002")
    con = sqlite3.connect(path)
    before = con.execute("SELECT id, name, key FROM people ORDER BY id").fetchall()
    con.close()
    engine.dispose()
    open_archive(path).dispose()
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT id, name, key FROM people ORDER BY id").fetchall() == before
    finally:
        con.close()


# ----- names shown as typed, never read as markup ------------------------------------------


def shown(label: QLabel) -> str:
    """What a reader sees in ``label``: its text, or the rendered text of its markup."""
    if label.textFormat() is Qt.TextFormat.PlainText:
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


@pytest.mark.parametrize("name", ["<b>x</b>", "Sam <deputy head>"])
def test_the_archive_views_show_names_as_typed(archive: Archive, qtbot, name: str) -> None:
    sid = session(archive, name, 0, group=f"Team {name}")
    archive.add_commitment(sid, name, f"Talk to {name}", T0, date(2026, 3, 9))
    archive.add_topic(name, f"What {name} said", T0, sid)
    view = SessionView(archive, QUndoStack(), now=lambda: T0, tz=UTC)
    qtbot.addWidget(view)
    view.set_detail(archive.session(sid))
    assert name in shown(view.title) and view.title.textFormat() is Qt.TextFormat.PlainText
    assert f"Team {name}" in shown(view.meta)
    assert f"Coachee: {name}" in shown(view.people)  # links, with the name escaped
    [editor] = view.commitment_editors
    assert shown(editor.person) == name
    assert f"{name}: What {name} said" in shown(view.topics)
    for label in view.findChildren(QLabel):
        if label is not view.people:  # the one label with markup (links), escaped
            assert label.textFormat() is Qt.TextFormat.PlainText, label.text()

    page = PersonView(tz=UTC)
    qtbot.addWidget(page)
    person = archive.person_named(name)
    assert person is not None
    page.set_page(archive.person_page(person.id))
    assert shown(page.title) == name
    assert f"Talk to {name}" in shown(page.commitments)
    assert f"What {name} said" in shown(page.topics)
    for label in page.findChildren(QLabel):
        assert label.textFormat() is Qt.TextFormat.PlainText, label.text()

    box = confirm_box(None, "Delete", archive.deletion_preview(person.id).message())
    assert box.textFormat() is Qt.TextFormat.PlainText and name in box.text()
