"""The question bank's saved questions and the observer's tally, on a real SQLite file."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from archive_fixtures import fill_archive, make_details
from sqlalchemy import Engine, event
from sqlalchemy.exc import IntegrityError

from cocoach_desktop.domain.records import (
    MAX_QUESTION_CHARS,
    NewSession,
    Participant,
    PhaseRecord,
    Role,
    SavedQuestion,
    TallyCounts,
    TallyKind,
    TallyMark,
    Visibility,
)
from cocoach_desktop.storage.archive import Archive, RecordNotFoundError
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive

T0 = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
OPEN, CLOSED, ADVICE = TallyKind.OPEN, TallyKind.CLOSED, TallyKind.ADVICE


def session(
    archive: Archive,
    coachee: str = "Ann",
    *,
    group: str = "Year 9 team",
    started: datetime | None = T0,
    coaches: tuple[str, ...] = ("Bob",),
) -> int:
    people = (Participant(coachee, Role.COACHEE), *(Participant(c, Role.COACH) for c in coaches))
    return archive.start_session(
        NewSession(
            "codev",
            "Codevelopment",
            "facilitated",
            900,
            (PhaseRecord(0, "Situation", 300), PhaseRecord(1, "Questions", 600)),
            people,
            group=group,
            started=started,
        )
    )


def tap(archive: Archive, sid: int, *kinds: TallyKind) -> list[TallyMark]:
    return [archive.add_tally(sid, kind, 10.0 * i, i % 2) for i, kind in enumerate(kinds)]


def values(marks: Sequence[TallyMark]) -> list[tuple[Any, ...]]:
    """What a mark says, without the ids the archive gives it."""
    return [(m.kind, m.session_seconds, m.phase_index, m.created) for m in marks]


def raw(engine: Engine, sql: str) -> None:
    """A statement straight to SQLite, bypassing the archive's own checks."""
    with engine.begin() as conn:
        conn.exec_driver_sql(sql)


# ----- saved questions ------------------------------------------------------------------------


def test_own_questions_round_trip_and_update_by_id(archive: Archive) -> None:
    first = archive.save_question("Clarifying", "What have you tried so far?")
    assert first == SavedQuestion(first.id, "Clarifying", "What have you tried so far?")
    second = archive.save_question("Goal", "  What would be different?  ", starred=True)
    assert second.text == "What would be different?"  # spaces around it are not part of it
    assert archive.saved_questions() == (first, second)  # in the order they were added

    changed = archive.save_question(
        "Goal", "What would be different then?", starred=False, hidden=True, question_id=first.id
    )
    assert changed == SavedQuestion(
        first.id, "Goal", "What would be different then?", "", False, True
    )
    assert archive.saved_questions() == (changed, second)
    assert all(type(q) is SavedQuestion for q in archive.saved_questions())
    with pytest.raises(RecordNotFoundError):
        archive.save_question("Goal", "Gone?", question_id=99999)


def test_a_shipped_question_has_one_row_updated_not_duplicated(
    archive: Archive, engine: Engine
) -> None:
    starred = archive.save_question("Reality", shipped_id="bank.reality.3", starred=True)
    assert starred.text == "" and starred.starred  # keeps the bank's words
    reworded = archive.save_question("Reality", " Who else knows? ", shipped_id="bank.reality.3")
    assert reworded.id == starred.id
    assert reworded == SavedQuestion(starred.id, "Reality", "Who else knows?", "bank.reality.3")
    hidden = archive.save_question("Reality", "", shipped_id="bank.reality.3", hidden=True)
    assert hidden.id == starred.id and hidden.text == "" and hidden.hidden
    # Own questions all have shipped_id "": any number of them is fine.
    archive.save_question("Own", "One?")
    archive.save_question("Own", "Two?")
    assert [q.shipped_id for q in archive.saved_questions()] == ["bank.reality.3", "", ""]

    # A row cannot take over another's shipped question: that would make two rows for it.
    own = archive.saved_questions()[1]
    with pytest.raises(ValueError, match="already has its own saved changes"):
        archive.save_question("Own", "One?", shipped_id="bank.reality.3", question_id=own.id)
    # The database itself refuses a second row for one shipped question (partial index).
    with pytest.raises(IntegrityError):
        raw(
            engine,
            'INSERT INTO saved_questions ("group", text, shipped_id, starred, hidden, '
            "created, updated) VALUES ('g', '', 'bank.reality.3', 0, 0, '2026-01-01', "
            "'2026-01-01')",
        )


def test_question_text_is_limited_to_300_characters(archive: Archive) -> None:
    assert MAX_QUESTION_CHARS == 300
    longest = archive.save_question("Long", "x" * 299 + "?")
    assert len(longest.text) == 300
    assert len(archive.save_question("Long", "  " + "y" * 300 + "\n").text) == 300
    version = archive.data_version()
    with pytest.raises(ValueError, match=r"is 301 characters long; at most 300 are allowed"):
        archive.save_question("Long", "z" * 301)
    with pytest.raises(ValueError, match="characters long"):
        archive.save_question("Long", "z" * 301, shipped_id="bank.q")
    with pytest.raises(ValueError, match="characters long"):
        archive.save_question("Long", "z" * 301, question_id=longest.id)
    assert archive.data_version() == version
    assert len(archive.saved_questions()) == 2


def test_a_blank_own_question_or_group_is_refused(archive: Archive) -> None:
    for blank in ("", "   ", "\n\t"):
        with pytest.raises(ValueError, match="A question is blank"):
            archive.save_question("Goal", blank)
    with pytest.raises(ValueError, match="group is blank"):
        archive.save_question("  ", "A question?")
    # Turning a shipped question's row into an own one needs words too.
    row = archive.save_question("Goal", shipped_id="bank.goal.1", starred=True)
    with pytest.raises(ValueError, match="is blank"):
        archive.save_question("Goal", "", question_id=row.id)
    assert archive.saved_questions() == (row,)


def test_delete_and_restore_under_the_same_id(archive: Archive) -> None:
    a = archive.save_question("G", "First?")
    b = archive.save_question("G", "Second?", starred=True)
    c = archive.save_question("G", "Third?")
    assert archive.delete_saved_question(b.id) == b
    assert archive.saved_questions() == (a, c)
    assert archive.restore_saved_question(b) == b
    assert archive.saved_questions() == (a, b, c)  # back in its place: same id

    version = archive.data_version()
    assert archive.delete_saved_question(99999) is None  # gone already: not an error
    assert archive.data_version() == version  # and nothing was written


def test_restore_takes_a_new_id_or_the_shipped_row_when_its_own_is_taken(
    archive: Archive,
) -> None:
    last = archive.save_question("G", "Last?")
    archive.delete_saved_question(last.id)
    newer = archive.save_question("G", "Newer?")  # SQLite gives the freed id out again
    back = archive.restore_saved_question(last)
    assert back.text == "Last?" and back.id != newer.id
    assert {q.text for q in archive.saved_questions()} == {"Newer?", "Last?"}

    shipped = archive.save_question("G", "Reworded", shipped_id="bank.1", starred=True)
    archive.delete_saved_question(shipped.id)
    again = archive.save_question("G", shipped_id="bank.1", hidden=True)  # starred since
    restored = archive.restore_saved_question(shipped)
    assert restored.id == again.id  # never two rows for one shipped question
    assert restored == dataclasses.replace(shipped, id=again.id)
    assert [q.shipped_id for q in archive.saved_questions()].count("bank.1") == 1


def test_many_questions_are_added_in_one_transaction(archive: Archive) -> None:
    version = archive.data_version()
    items = ((f"Group {i % 3}", f"Question number {i}?") for i in range(250))  # any iterable
    added = archive.add_saved_questions(items)
    assert len(added) == 250 and added == archive.saved_questions()
    assert archive.data_version() == version + 1  # one write, not 250
    saved = archive.saved_questions()
    assert [q.text for q in saved] == [f"Question number {i}?" for i in range(250)]
    assert all(q.shipped_id == "" and not q.starred and not q.hidden for q in saved)
    assert archive.add_saved_questions([]) == ()
    assert archive.data_version() == version + 1


def test_a_bad_item_part_way_adds_none_of_them(archive: Archive) -> None:
    version = archive.data_version()
    items = [("G", "Fine?"), ("G", "Also fine?"), ("G", "w" * 301), ("G", "Never reached?")]
    with pytest.raises(ValueError, match=r"^Question 3: A question is 301 characters long"):
        archive.add_saved_questions(items)
    with pytest.raises(ValueError, match=r"^Question 2: A question is blank"):
        archive.add_saved_questions([("G", "Fine?"), ("G", " ")])
    with pytest.raises(ValueError, match=r"^Question 1: A question's group is blank"):
        archive.add_saved_questions([("", "Fine?")])
    assert archive.saved_questions() == ()
    assert archive.data_version() == version


# ----- the observer's tally -------------------------------------------------------------------


def test_tally_marks_are_added_removed_and_kept_in_order(archive: Archive) -> None:
    sid = session(archive)
    other = session(archive, "Bob", coaches=("Ann",))
    before = datetime.now(UTC)
    marks = tap(archive, sid, OPEN, CLOSED, OPEN, ADVICE)
    tap(archive, other, CLOSED)
    assert [m.kind for m in marks] == [OPEN, CLOSED, OPEN, ADVICE]
    first = marks[0]
    assert (first.session_id, first.session_seconds, first.phase_index) == (sid, 0.0, 0)
    assert first.created is not None and before <= first.created <= datetime.now(UTC)
    assert archive.tally(sid) == tuple(marks)
    assert all(type(m) is TallyMark for m in archive.tally(sid))

    archive.remove_tally(marks[1].id)  # undo of one tap
    assert archive.tally(sid) == (marks[0], marks[2], marks[3])
    version = archive.data_version()
    archive.remove_tally(marks[1].id)  # already gone: not an error, nothing written
    archive.remove_tally(99999)
    assert archive.data_version() == version
    assert len(archive.tally(other)) == 1
    assert archive.tally(12345) == ()

    without_phase = archive.add_tally(sid, ADVICE, 75.5)
    assert without_phase.phase_index is None and without_phase.session_seconds == 75.5
    assert archive.tally(sid)[-1] == without_phase


def test_bad_tally_marks_are_refused(archive: Archive, engine: Engine) -> None:
    sid = session(archive)
    version = archive.data_version()
    with pytest.raises(ValueError, match="not a kind of tally mark"):
        archive.add_tally(sid, "rhetorical", 1.0)  # type: ignore[arg-type]
    for seconds in (-1.0, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="number of seconds"):
            archive.add_tally(sid, OPEN, seconds)
    with pytest.raises(ValueError, match="phase"):
        archive.add_tally(sid, OPEN, 1.0, -1)
    with pytest.raises(RecordNotFoundError):
        archive.add_tally(99999, OPEN, 1.0)
    assert archive.data_version() == version and archive.tally(sid) == ()
    # The kinds are checked by the database too (a CHECK constraint).
    with pytest.raises(IntegrityError):
        raw(
            engine,
            "INSERT INTO tally_marks (session_id, kind, session_seconds) "
            f"VALUES ({sid}, 'rhetorical', 0)",
        )
    # A plain string of a known kind is fine (it is what the UI may hold).
    assert archive.add_tally(sid, "open", 2.0).kind is OPEN  # type: ignore[arg-type]


def test_a_session_detail_carries_its_marks(archive: Archive) -> None:
    sid = session(archive)
    empty = session(archive, "Bob")
    marks = tap(archive, sid, OPEN, OPEN, CLOSED)
    archive.add_note(sid, "a note", Visibility.SHAREABLE, T0)
    assert archive.session(sid).tally == tuple(marks)
    assert archive.session(empty).tally == ()
    assert {d.id: d.tally for d in archive.details()} == {sid: tuple(marks), empty: ()}
    assert TallyCounts.from_marks(archive.session(sid).tally) == TallyCounts(2, 1, 0)


def test_deleting_a_session_takes_its_marks_and_undo_brings_them_back(
    archive: Archive, engine: Engine
) -> None:
    sid = session(archive)
    other = session(archive, "Bob")
    marks = tap(archive, sid, OPEN, CLOSED, ADVICE, OPEN)
    kept = tap(archive, other, CLOSED)
    deleted = archive.delete_session(sid)
    assert deleted.tally == tuple(marks)
    assert archive.tally(sid) == ()
    with engine.connect() as conn:  # gone from the table, not just from the session's view
        count = conn.exec_driver_sql("SELECT count(*) FROM tally_marks").scalar()
    assert count == 1
    assert archive.restore_session(deleted) == sid
    assert archive.tally(sid) == tuple(marks)  # same ids, same order
    assert archive.session(sid) == deleted
    assert archive.tally(other) == tuple(kept)


def test_restored_marks_keep_their_ids_because_ids_are_never_used_twice(
    archive: Archive,
) -> None:
    sid = session(archive)
    other = session(archive, "Bob")
    marks = tap(archive, sid, OPEN, CLOSED, ADVICE)
    deleted = archive.delete_session(sid)
    # The freed ids were the highest; without AUTOINCREMENT SQLite would hand them out again.
    taken = archive.add_tally(other, OPEN, 1.0)
    assert taken.id > max(m.id for m in marks)
    new_sid = archive.restore_session(deleted)
    back = archive.tally(new_sid)
    assert [m.kind for m in back] == [OPEN, CLOSED, ADVICE]
    assert [m.id for m in back] == [m.id for m in marks]
    assert values(back) == values(marks)
    assert archive.tally(other) == (taken,)


def test_a_deleted_question_comes_back_under_its_own_id_after_others_were_added(
    archive: Archive,
) -> None:
    first = archive.save_question("goal", "What would make today worth it?")
    archive.delete_saved_question(first.id)
    later = archive.save_question("goal", "What else?")
    assert later.id != first.id  # its id was not handed out again
    assert archive.restore_saved_question(first) == first


def test_deleting_a_coachee_deletes_their_sessions_marks(archive: Archive, engine: Engine) -> None:
    ann_session = session(archive, "Ann", coaches=("Bob",))
    bob_session = session(archive, "Bob", coaches=("Ann",))
    tap(archive, ann_session, OPEN, CLOSED)
    bobs = tap(archive, bob_session, ADVICE)
    ann = archive.person_named("ann")
    assert ann is not None
    preview = archive.deletion_preview(ann.id)
    assert preview.sessions_as_coachee == 1
    archive.delete_person(ann.id)
    assert archive.tally(ann_session) == ()
    assert archive.tally(bob_session) == tuple(bobs)  # she only coached there: marks stay
    with engine.connect() as conn:
        count = conn.exec_driver_sql("SELECT count(*) FROM tally_marks").scalar()
    assert count == 1


def test_imports_store_the_tally_under_new_ids(tmp_path: Path, archive: Archive) -> None:
    details = make_details(12, seed=3)
    with_marks = [d for d in details if d.tally]
    assert with_marks and len(with_marks) < len(details)  # the fixtures have both kinds
    assert archive.import_details(details, []) == len(details)
    imported = archive.details()  # oldest first, as the fixtures are not quite
    details.sort(key=lambda d: (d.summary.started, d.summary.protocol_id))
    assert [values(d.tally) for d in imported] == [values(d.tally) for d in details]
    assert all(m.session_id == d.id and m.id > 0 for d in imported for m in d.tally)
    # Exported from here and imported elsewhere: the marks follow their sessions.
    other_engine = open_archive(tmp_path / "other" / ARCHIVE_FILE)
    try:
        other = Archive(other_engine)
        other.import_details(imported, [])
        assert [TallyCounts.from_marks(d.tally) for d in other.details()] == [
            TallyCounts.from_marks(d.tally) for d in imported
        ]
    finally:
        other_engine.dispose()


def test_an_import_with_a_bad_mark_imports_nothing(archive: Archive) -> None:
    good, second = make_details(2, seed=5)
    bad_mark = TallyMark(0, 0, OPEN, -5.0)
    bad = dataclasses.replace(second, tally=(bad_mark,))
    with pytest.raises(ValueError, match="number of seconds"):
        archive.import_details([good, bad], [])
    naive = dataclasses.replace(bad_mark, session_seconds=1.0, created=datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="time zone"):
        archive.import_details([good, dataclasses.replace(second, tally=(naive,))], [])
    assert archive.count_sessions() == 0


# ----- the trend over a team's sessions ---------------------------------------------------------


def count_selects(engine: Engine) -> list[str]:
    """The SELECT statements run on ``engine`` from now on."""
    seen: list[str] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    return seen


def test_the_trend_of_a_team(archive: Archive, engine: Engine) -> None:
    day = timedelta(days=1)
    # Written out of order: the trend is by start time, not by id.
    third = session(archive, "Cleo", group="Year 9 team", started=T0 + 2 * day)
    first = session(archive, "Ann", group="Year 9 team", started=T0)
    second = session(archive, "Bob", group="year 9  TEAM", started=T0 + day)  # the same team
    quiet = session(archive, "Dan", group="Year 9 team", started=T0 + 3 * day)  # no marks
    elsewhere = session(archive, "Eve", group="Maths", started=T0 + 1.5 * day)
    no_team = session(archive, "Finn", group="", started=T0 + 4 * day)
    tap(archive, first, CLOSED, CLOSED, ADVICE, OPEN)
    tap(archive, second, OPEN, CLOSED, OPEN)
    tap(archive, third, OPEN, OPEN, OPEN, OPEN, ADVICE)
    tap(archive, elsewhere, ADVICE)
    tap(archive, no_team, OPEN)
    archive.set_participants(
        second,
        [Participant("Bob", Role.COACHEE), Participant("Ann", Role.COACHEE)],
    )

    selects = count_selects(engine)
    trend = archive.tally_trend("  year 9 team ")
    assert len(selects) == 1  # one query for the whole trend, however many sessions
    assert [p.session_id for p in trend] == [first, second, third]
    assert quiet not in [p.session_id for p in trend]  # no marks, no point
    assert [p.counts for p in trend] == [
        TallyCounts(open=1, closed=2, advice=1),
        TallyCounts(open=2, closed=1, advice=0),
        TallyCounts(open=4, closed=0, advice=1),
    ]
    assert [p.started for p in trend] == [T0, T0 + day, T0 + 2 * day]
    assert [p.coachees for p in trend] == [("Ann",), ("Bob", "Ann"), ("Cleo",)]

    everyone = archive.tally_trend()
    assert [p.session_id for p in everyone] == [first, second, elsewhere, third, no_team]
    assert [p.session_id for p in archive.tally_trend("MATHS")] == [elsewhere]
    assert [p.session_id for p in archive.tally_trend("")] == [no_team]  # sessions of no team
    assert archive.tally_trend("Nobody's team") == ()


def test_the_trend_puts_sessions_that_never_started_last(archive: Archive) -> None:
    never = session(archive, "Ann", started=None)
    started = session(archive, "Bob", started=T0)
    tap(archive, never, OPEN)
    tap(archive, started, CLOSED)
    assert [p.session_id for p in archive.tally_trend()] == [started, never]
    assert archive.tally_trend()[1].started is None


def test_the_trend_of_a_filled_archive(archive: Archive) -> None:
    fill_archive(archive, 60, seed=2)
    details = archive.details()
    trend = archive.tally_trend("Maths department")
    # details() is oldest first too.
    expected = [d for d in details if d.tally and d.summary.group == "Maths department"]
    assert [p.session_id for p in trend] == [d.id for d in expected]
    assert [p.counts for p in trend] == [TallyCounts.from_marks(d.tally) for d in expected]
    assert [p.coachees for p in trend] == [d.summary.coachees for d in expected]
