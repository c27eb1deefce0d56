"""The archive's operations on a real SQLite file: round trips, lists, deletions, imports."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from cocoach_desktop.domain.records import (
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    Checkpoint,
    CommitmentStatus,
    NewSession,
    Participant,
    PhaseRecord,
    Role,
    SessionDetail,
    SessionFilter,
    SessionStatus,
    SortKey,
    TopicStatus,
    Visibility,
)
from cocoach_desktop.storage.archive import Archive, RecordNotFoundError
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive
from cocoach_desktop.timer.model.session import EventKind, SessionEvent

T0 = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
PHASES = (
    PhaseRecord(0, "Situation", 300, speaker="Ann", coachee="Ann"),
    PhaseRecord(1, "Questions", 600, speaker="Coaches"),
    PhaseRecord(2, "Closing", 120),
)


def new_session(
    coachee: str = "Ann",
    coaches: tuple[str, ...] = ("Bob",),
    *,
    started: datetime | None = T0,
    group: str = "Tuesday circle",
    protocol: tuple[str, str] = ("codev", "Codevelopment"),
    tags: tuple[str, ...] = (),
) -> NewSession:
    people = (Participant(coachee, Role.COACHEE), *(Participant(c, Role.COACH) for c in coaches))
    return NewSession(
        protocol_id=protocol[0],
        protocol_name=protocol[1],
        mode="facilitated",
        planned_seconds=1020,
        phases=PHASES,
        participants=people,
        group=group,
        started=started,
        tags=tags,
    )


def full_session(archive: Archive, coachee: str = "Ann", started: datetime = T0) -> int:
    """A finished session with a bit of everything in it."""
    sid = archive.start_session(new_session(coachee, ("Bob", "Chloé"), started=started))
    archive.set_tags(sid, ["career", "Conflict"])
    archive.append_events(
        sid,
        [
            SessionEvent(EventKind.START, 0, 10.0, started),
            SessionEvent(EventKind.EXTEND, 0, 200.5, started + timedelta(seconds=190), 60.0),
        ],
    )
    archive.add_note(sid, f"{coachee} wants clarity", Visibility.SHAREABLE, started, 0, "Situation")
    archive.add_note(sid, "private thought", Visibility.PRIVATE, started, 1, "Questions", 321.5)
    archive.add_commitment(sid, coachee, "talk to the manager", started, date(2026, 9, 15))
    archive.add_topic(coachee, "follow up on the talk", started, sid)
    archive.finish_session(sid, started + timedelta(minutes=20), [310.0, 590.5, 100.0])
    return sid


# ----- round trips ----------------------------------------------------------------------------


def test_a_whole_session_round_trips(archive: Archive) -> None:
    sid = full_session(archive)
    d = archive.session(sid)
    s = d.summary
    assert s.id == sid == d.id
    assert s.started == T0 and s.started.tzinfo is not None
    assert s.ended == T0 + timedelta(minutes=20)
    assert s.status is SessionStatus.FINISHED
    assert (s.protocol_id, s.protocol_name, s.mode) == ("codev", "Codevelopment", "facilitated")
    assert s.planned_seconds == 1020
    assert s.actual_seconds == pytest.approx(1000.5)
    assert s.group == "Tuesday circle"
    assert s.coachees == ("Ann",)
    assert s.tags == ("career", "Conflict")
    assert d.participants == (
        Participant("Ann", Role.COACHEE),
        Participant("Bob", Role.COACH),
        Participant("Chloé", Role.COACH),
    )
    assert [p.actual_seconds for p in d.phases] == [310.0, 590.5, 100.0]
    assert d.phases[0] == dataclasses.replace(PHASES[0], actual_seconds=310.0)
    assert d.events[1] == SessionEvent(
        EventKind.EXTEND, 0, 200.5, T0 + timedelta(seconds=190), 60.0
    )
    assert [n.text for n in d.notes] == ["Ann wants clarity", "private thought"]
    assert d.notes[1].visibility is Visibility.PRIVATE
    assert (d.notes[1].phase_index, d.notes[1].phase_name) == (1, "Questions")
    assert d.notes[1].session_seconds == 321.5
    assert d.notes[0].created == T0
    (c,) = d.commitments
    assert (c.person, c.text, c.due, c.status) == (
        "Ann",
        "talk to the manager",
        date(2026, 9, 15),
        CommitmentStatus.OPEN,
    )
    (t,) = d.topics
    assert (t.person, t.text, t.session_id, t.status) == (
        "Ann",
        "follow up on the talk",
        sid,
        TopicStatus.WAITING,
    )


def test_unicode_round_trips_everywhere(archive: Archive) -> None:
    text = "Ça va 🙂 — שלום עולם — 中文 — e\u0301 — zero\u200bwidth\n\ttabbed"
    sid = archive.start_session(new_session("Zoë 🦊", ("محمد",), group="Ünïcode ✨"))
    note = archive.add_note(sid, text, Visibility.PRIVATE, T0)
    c = archive.add_commitment(sid, "محمد", text, T0)
    t = archive.add_topic("Zoë 🦊", text, T0)
    assert archive.session(sid).notes[0].text == text == note.text
    assert archive.session(sid).commitments[0].text == text == c.text
    assert archive.waiting_topics()[0].text == text == t.text
    assert archive.session(sid).summary.coachees == ("Zoë 🦊",)
    assert archive.groups() == ["Ünïcode ✨"]


def test_times_in_other_zones_come_back_in_utc(archive: Archive) -> None:
    paris = timezone(timedelta(hours=2))
    local = datetime(2026, 9, 1, 10, 0, tzinfo=paris)
    sid = archive.start_session(new_session(started=local))
    note = archive.add_note(sid, "n", Visibility.PRIVATE, local)
    got = archive.session(sid)
    assert got.summary.started == local and got.summary.started.utcoffset() == timedelta(0)
    assert got.notes[0].created == local == note.created
    assert got.notes[0].created.tzinfo is not None


def test_naive_times_are_refused(archive: Archive) -> None:
    naive = datetime(2026, 9, 1, 8, 0)
    with pytest.raises(ValueError, match="time zone"):
        archive.start_session(new_session(started=naive))
    assert archive.count_sessions() == 0


def test_people_are_found_whatever_the_case(archive: Archive) -> None:
    archive.start_session(new_session("Élodie", ("bob",)))
    archive.start_session(new_session("élodie", ("BOB",)))
    assert [p.name for p in archive.people()] == ["bob", "Élodie"]
    assert archive.count_sessions(SessionFilter(person="ÉLODIE")) == 2


def test_checkpoints_and_crash_recovery(archive: Archive) -> None:
    sid = archive.start_session(new_session())
    assert archive.checkpoint(sid) is None
    cp = Checkpoint(
        1, True, 1234.5, T0 + timedelta(minutes=7), (300.0, 120.0, 0.0), (300, 700, 120)
    )
    archive.save_checkpoint(sid, cp)
    assert archive.checkpoint(sid) == cp
    (unfinished,) = archive.unfinished_sessions()
    assert unfinished.id == sid
    assert [p.actual_seconds for p in unfinished.phases] == [300.0, 120.0, 0.0]
    assert unfinished.summary.actual_seconds == 420.0
    archive.finish_session(sid, T0 + timedelta(minutes=9), [300, 200, 0], SessionStatus.ABANDONED)
    assert archive.unfinished_sessions() == []
    assert archive.checkpoint(sid) is None
    assert archive.session(sid).summary.status is SessionStatus.ABANDONED


def test_commitments_and_topics(archive: Archive) -> None:
    sid = archive.start_session(new_session())
    c = archive.add_commitment(sid, "ann", "write the plan", T0)
    assert c.person == "Ann"  # the existing person, in their own spelling
    archive.add_commitment(sid, "Bob", "call", T0 + timedelta(seconds=1))
    assert [x.text for x in archive.open_commitments()] == ["write the plan", "call"]
    assert [x.text for x in archive.open_commitments("ANN")] == ["write the plan"]
    assert archive.open_commitments("nobody") == []
    done = archive.update_commitment(c.id, "write it", None, CommitmentStatus.DONE, "did it")
    assert (done.text, done.status, done.follow_up) == ("write it", CommitmentStatus.DONE, "did it")
    assert [x.text for x in archive.open_commitments()] == ["call"]
    t1 = archive.add_topic("Ann", "first", T0)
    t2 = archive.add_topic("Bob", "second", T0 + timedelta(hours=1), sid)
    assert [t.id for t in archive.waiting_topics()] == [t1.id, t2.id]
    assert archive.set_topic_status(t1.id, TopicStatus.TAKEN).status is TopicStatus.TAKEN
    assert [t.id for t in archive.waiting_topics()] == [t2.id]
    archive.delete_topic(t2.id)
    assert archive.waiting_topics() == []


def test_participants_and_tags_are_replaced(archive: Archive) -> None:
    sid = archive.start_session(new_session(tags=("a",)))
    archive.set_participants(
        sid,
        [
            Participant("Dan", Role.COACHEE),
            Participant("Eve", Role.FACILITATOR),
            Participant("dan", Role.COACHEE),  # the same person twice: kept once
        ],
    )
    assert archive.session(sid).participants == (
        Participant("Dan", Role.COACHEE),
        Participant("Eve", Role.FACILITATOR),
    )
    archive.set_tags(sid, ["b", "B", "c"])
    assert archive.session(sid).summary.tags == ("b", "c")
    assert archive.all_tags() == ["b", "c"]  # "a" no longer on any session


def test_unknown_ids_raise_record_not_found(archive: Archive) -> None:
    for call in (
        lambda: archive.session(42),
        lambda: archive.append_events(42, []),
        lambda: archive.checkpoint(42),
        lambda: archive.finish_session(42, T0, []),
        lambda: archive.set_tags(42, []),
        lambda: archive.add_note(42, "x", Visibility.PRIVATE, T0),
        lambda: archive.update_note(42, "x", Visibility.PRIVATE),
        lambda: archive.delete_note(42),
        lambda: archive.add_commitment(42, "Ann", "x", T0),
        lambda: archive.update_commitment(42, "x", None, CommitmentStatus.OPEN, ""),
        lambda: archive.delete_commitment(42),
        lambda: archive.add_topic("Ann", "x", T0, 42),
        lambda: archive.set_topic_status(42, TopicStatus.DROPPED),
        lambda: archive.delete_topic(42),
        lambda: archive.delete_session(42),
        lambda: archive.person_page(42),
        lambda: archive.deletion_preview(42),
        lambda: archive.delete_person(42),
    ):
        with pytest.raises(RecordNotFoundError):
            call()
    assert archive.data_version() == 0
    assert archive.people() == []


# ----- validation ---------------------------------------------------------------------------


def test_bad_values_are_refused_and_nothing_is_written(archive: Archive) -> None:
    sid = archive.start_session(new_session())
    note = archive.add_note(sid, "kept", Visibility.PRIVATE, T0)
    version = archive.data_version()
    people = archive.people()
    bad = [
        lambda: archive.add_note(sid, "   \n", Visibility.PRIVATE, T0),
        lambda: archive.add_note(sid, "x" * (MAX_NOTE_CHARS + 1), Visibility.PRIVATE, T0),
        lambda: archive.update_note(note.id, "", Visibility.PRIVATE),
        lambda: archive.add_commitment(sid, "  ", "text", T0),
        lambda: archive.add_commitment(sid, "New Person", " ", T0),
        lambda: archive.add_topic("x" * (MAX_NAME_CHARS + 1), "text", T0),
        lambda: archive.add_topic("Fresh", "", T0),
        lambda: archive.set_participants(
            sid, [Participant("ok", Role.COACH), Participant("", Role.COACH)]
        ),
        lambda: archive.set_tags(sid, ["fine", "   "]),
        lambda: archive.start_session(new_session("")),
        lambda: archive.finish_session(sid, T0, [], SessionStatus.RUNNING),
    ]
    for call in bad:
        with pytest.raises(ValueError) as info:
            call()
        assert str(info.value)[0].isupper()  # a sentence for the user
    assert archive.data_version() == version
    assert archive.people() == people
    assert archive.count_sessions() == 1
    detail = archive.session(sid)
    assert [n.text for n in detail.notes] == ["kept"]
    assert detail.commitments == () and archive.waiting_topics() == []
    assert len(detail.participants) == 2


def test_a_long_note_message_names_the_limit(archive: Archive) -> None:
    sid = archive.start_session(new_session())
    with pytest.raises(ValueError, match="200,000"):
        archive.add_note(sid, "x" * (MAX_NOTE_CHARS + 1), Visibility.PRIVATE, T0)
    archive.add_note(sid, "x" * MAX_NOTE_CHARS, Visibility.PRIVATE, T0)  # the limit itself is fine


def test_data_version_grows_with_every_write_only(archive: Archive) -> None:
    v0 = archive.data_version()
    sid = archive.start_session(new_session())
    v1 = archive.data_version()
    assert v1 > v0 and archive.changed_since(v0)
    archive.list_sessions()
    archive.session(sid)
    archive.search("ann")
    assert not archive.changed_since(v1)
    archive.add_note(sid, "n", Visibility.PRIVATE, T0)
    assert archive.changed_since(v1)


# ----- the list -----------------------------------------------------------------------------


@pytest.fixture
def listed(archive: Archive) -> Archive:
    day = timedelta(days=1)
    specs = [
        ("Ann", "Tuesday circle", ("codev", "Codevelopment"), ("career",)),
        ("Bob", "Managers", ("gr", "GROW"), ()),
        ("Chloé", "", ("codev", "Codevelopment"), ("career", "team")),
        ("Ann", "Managers", ("gr", "GROW"), ("team",)),
    ]
    for i, (coachee, group, protocol, tags) in enumerate(specs):
        sid = archive.start_session(
            new_session(
                coachee, ("Zed",), started=T0 + i * day, group=group, protocol=protocol, tags=tags
            )
        )
        archive.finish_session(sid, T0 + i * day + timedelta(minutes=30), [100.0 * (4 - i), 0, 0])
    archive.start_session(new_session("Dora", (), started=None, group="", tags=()))
    return archive


def test_list_sorts_newest_first_and_pages(listed: Archive) -> None:
    everything = listed.list_sessions()
    assert len(everything) == listed.count_sessions() == 5
    started = [s.started for s in everything if s.started is not None]
    assert started == sorted(started, reverse=True)
    pages = listed.list_sessions(limit=2) + listed.list_sessions(offset=2, limit=2)
    pages += listed.list_sessions(offset=4, limit=2)
    assert [s.id for s in pages] == [s.id for s in everything]
    assert listed.list_sessions(offset=10) == []


def test_list_filters(listed: Archive) -> None:
    def coachees(where: SessionFilter) -> list[str]:
        rows = listed.list_sessions(where, descending=False)
        assert listed.count_sessions(where) == len(rows)
        return [r.coachees[0] for r in rows]

    assert coachees(SessionFilter(person="ann")) == ["Ann", "Ann"]
    assert coachees(SessionFilter(person="Zed")) == ["Ann", "Bob", "Chloé", "Ann"]
    assert coachees(SessionFilter(group="managers")) == ["Bob", "Ann"]
    # Never started: no start time, first when oldest come first.
    assert coachees(SessionFilter(protocol_id="codev")) == ["Dora", "Ann", "Chloé"]
    assert coachees(SessionFilter(tag="TEAM")) == ["Chloé", "Ann"]
    assert coachees(SessionFilter(status=SessionStatus.RUNNING)) == ["Dora"]
    day1 = T0.astimezone().date() + timedelta(days=1)
    assert coachees(SessionFilter(date_from=day1, date_to=day1)) == ["Bob"]
    assert coachees(SessionFilter(date_from=day1)) == ["Bob", "Chloé", "Ann"]
    assert coachees(SessionFilter(person="Ann", group="Managers", tag="team")) == ["Ann"]
    assert coachees(SessionFilter(person="nobody")) == []


def test_list_sort_keys(listed: Archive) -> None:
    def order(key: SortKey) -> list[str]:
        return [s.coachees[0] for s in listed.list_sessions(sort=key, descending=False)]

    assert order(SortKey.COACHEE) == ["Ann", "Ann", "Bob", "Chloé", "Dora"]
    assert order(SortKey.DURATION)[-1] == "Ann" and order(SortKey.DURATION)[0] == "Dora"
    by_group = listed.list_sessions(sort=SortKey.GROUP, descending=False)
    assert [s.group for s in by_group] == ["", "", "Managers", "Managers", "Tuesday circle"]
    by_protocol = listed.list_sessions(sort=SortKey.PROTOCOL, descending=False)
    assert [s.protocol_name for s in by_protocol][:2] == ["Codevelopment"] * 2
    assert listed.protocols() == [("codev", "Codevelopment"), ("gr", "GROW")]
    assert listed.groups() == ["Managers", "Tuesday circle"]


# ----- deleting and putting back ------------------------------------------------------------


def test_delete_and_restore_a_session(archive: Archive) -> None:
    sid = full_session(archive)
    other = full_session(archive, "Bob", T0 + timedelta(days=1))
    before = archive.session(sid)
    deleted = archive.delete_session(sid)
    assert deleted == before
    with pytest.raises(RecordNotFoundError):
        archive.session(sid)
    assert archive.count_sessions() == 1
    assert archive.search("clarity") == [] or all(
        h.session_id != sid for h in archive.search("clarity")
    )
    # The topic belongs to its person: it stays, with no session.
    assert [t.session_id for t in archive.waiting_topics() if t.person == "Ann"] == [None]
    assert archive.restore_session(deleted) == sid
    assert archive.session(sid) == before  # same ids, same everything
    assert archive.session(other).id == other
    assert [h.session_id for h in archive.search("ann clarity")] == [sid]


def test_restore_takes_new_ids_when_old_ones_are_taken(archive: Archive) -> None:
    sid = full_session(archive)
    deleted = archive.delete_session(sid)
    archive.delete_topic(deleted.topics[0].id)
    archive.start_session(new_session())  # may reuse nothing, but the restore must not care
    new_id = archive.restore_session(deleted)
    restored = archive.session(new_id)
    assert [n.text for n in restored.notes] == [n.text for n in deleted.notes]
    assert [t.text for t in restored.topics] == ["follow up on the talk"]


# ----- people -------------------------------------------------------------------------------


def test_person_page(archive: Archive) -> None:
    first = full_session(archive, "Ann")
    second = full_session(archive, "Bob", T0 + timedelta(days=1))
    ann = next(p for p in archive.people() if p.name == "Ann")
    page = archive.person_page(ann.id)
    assert [s.id for s in page.as_coachee] == [first]
    assert page.as_coach == ()
    bob = next(p for p in archive.people() if p.name == "Bob")
    page = archive.person_page(bob.id)
    assert [s.id for s in page.as_coachee] == [second]
    assert [s.id for s in page.as_coach] == [first]
    assert [c.text for c in page.open_commitments] == ["talk to the manager"]
    assert [t.person for t in page.topics] == ["Bob"]


def test_person_deletion_preview_matches_what_goes(archive: Archive) -> None:
    ann_session = full_session(archive, "Ann")
    bob_session = full_session(archive, "Bob", T0 + timedelta(days=1))
    archive.add_note(bob_session, "Ann was there too", Visibility.PRIVATE, T0)
    archive.add_commitment(bob_session, "Ann", "help Bob", T0)  # Ann's, in Bob's session
    archive.add_commitment(ann_session, "Bob", "support Ann", T0)  # Bob's, in Ann's session
    archive.add_topic("Ann", "standalone", T0)
    archive.add_topic("Bob", "raised in Ann's session", T0, ann_session)
    # Ann is also an observer elsewhere, named as a phase speaker.
    sid = archive.start_session(
        NewSession(
            "p",
            "P",
            "m",
            60,
            (PhaseRecord(0, "A", 60, speaker="ann", coachee="Chloé"),),
            (Participant("Chloé", Role.COACHEE), Participant("Ann", Role.OBSERVER)),
            started=T0,
        )
    )
    ann = next(p for p in archive.people() if p.name == "Ann")
    preview = archive.deletion_preview(ann.id)
    assert preview.sessions_as_coachee == 1
    assert preview.participations == 1  # the observed one; Bob's session had her as nothing
    assert preview.notes == 2
    assert preview.commitments == 3  # her own two + Bob's in her session
    assert preview.topics == 2
    assert "Ann" in preview.message()

    notes_before = sum(len(d.notes) for d in archive.details())
    commitments_before = sum(len(d.commitments) for d in archive.details())
    topics_before = len(archive.waiting_topics())
    assert archive.delete_person(ann.id) == preview
    assert archive.count_sessions() == 2
    assert sum(len(d.notes) for d in archive.details()) == notes_before - preview.notes
    assert (
        sum(len(d.commitments) for d in archive.details())
        == commitments_before - preview.commitments
    )
    assert len(archive.waiting_topics()) == topics_before - preview.topics
    assert "Ann" not in {p.name for p in archive.people()}
    observed = archive.session(sid)
    assert observed.participants == (Participant("Chloé", Role.COACHEE),)
    assert observed.phases[0].speaker == "" and observed.phases[0].coachee == "Chloé"
    assert archive.search("ann") == [] or all("Ann" not in h.title for h in archive.search("ann"))


# ----- exports and imports ------------------------------------------------------------------


def test_details_for_exports(archive: Archive) -> None:
    a = full_session(archive, "Ann")
    b = full_session(archive, "Bob", T0 + timedelta(days=1))
    assert [d.id for d in archive.details()] == [a, b]  # oldest first
    assert [d.id for d in archive.details(person="bob")] == [a, b]  # Bob coached Ann, too
    assert [d.id for d in archive.details(SessionFilter(person="Ann"))] == [a]
    assert [d.id for d in archive.details(SessionFilter(group="Tuesday circle"), "Bob")] == [a, b]


def test_import_adds_new_rows(tmp_path: Path, archive: Archive) -> None:
    full_session(archive, "Ann")
    exported = archive.details()
    topic = archive.add_topic("Standalone", "a loose topic", T0)
    other_engine = open_archive(tmp_path / "other" / ARCHIVE_FILE)
    try:
        other = Archive(other_engine)
        full_session(other, "Zed")
        assert other.import_details(exported, [topic, *exported[0].topics]) == 1
        assert other.count_sessions() == 2
        imported = next(d for d in other.details() if d.summary.coachees == ("Ann",))
        assert [n.text for n in imported.notes] == [n.text for n in exported[0].notes]
        assert [t.text for t in imported.topics] == ["follow up on the talk"]
        assert sorted(t.text for t in other.waiting_topics()) == [
            "a loose topic",
            "follow up on the talk",
            "follow up on the talk",
        ]
    finally:
        other_engine.dispose()


def test_import_is_all_or_nothing(archive: Archive) -> None:
    sid = full_session(archive, "Ann")
    good = archive.session(sid)
    version = archive.data_version()
    people = archive.people()
    # The second item is refused by the database itself, after the first went in.
    broken = dataclasses.replace(good, phases=(PHASES[0], PHASES[0]))
    with pytest.raises(ValueError, match="nothing was imported"):
        archive.import_details([good, broken], [])
    # A value refused by validation, placed after good ones.
    blank = dataclasses.replace(good, notes=(dataclasses.replace(good.notes[0], text=" "),))
    with pytest.raises(ValueError):
        archive.import_details([good, good, blank], [])
    assert archive.count_sessions() == 1
    assert archive.data_version() == version
    assert archive.people() == people
    assert len(archive.waiting_topics()) == 1


def test_returned_records_are_plain(archive: Archive) -> None:
    sid = full_session(archive)
    detail = archive.session(sid)
    assert type(detail) is SessionDetail
    assert all(dataclasses.is_dataclass(x) for x in (*detail.notes, *detail.commitments))
    assert "sqlalchemy" not in type(archive.list_sessions()[0]).__module__


def test_the_closing_choices_are_applied_whole_or_not_at_all(archive: Archive) -> None:
    sid = full_session(archive)
    second = archive.add_commitment(sid, "Ann", "ask for feedback", T0)
    [topic] = archive.waiting_topics()
    first = archive.session(sid).commitments[0]
    before = archive.session(sid), archive.waiting_topics(), archive.data_version()
    with pytest.raises(ValueError):  # a tag too long, found before anything is written
        archive.close_session_choices(
            sid, {first.id: "edited"}, [second.id], [topic.id], ["x" * 41]
        )
    with pytest.raises(RecordNotFoundError):  # a topic gone: the deletion before it rolls back
        archive.close_session_choices(sid, {first.id: "edited"}, [second.id], [99999], ["ok"])
    assert (archive.session(sid), archive.waiting_topics(), archive.data_version()) == before
    kept = archive.close_session_choices(
        sid, {first.id: "talk to the manager on Monday"}, [second.id], [topic.id], ["career"]
    )
    assert [c.text for c in kept] == ["talk to the manager on Monday"]
    assert archive.waiting_topics() == [] and archive.session(sid).summary.tags == ("career",)


def test_the_closing_choices_carry_due_dates_in_the_same_transaction(archive: Archive) -> None:
    sid = full_session(archive)
    first = archive.session(sid).commitments[0]
    due = date(2026, 9, 8)
    before = archive.session(sid)
    with pytest.raises(RecordNotFoundError):  # a topic gone: the new date rolls back with it
        archive.close_session_choices(
            sid, {first.id: first.text}, [], [99999], [], dues={first.id: due}
        )
    assert archive.session(sid) == before
    [kept] = archive.close_session_choices(
        sid, {first.id: first.text}, [], [], [], dues={first.id: due}
    )
    assert kept.due == due and archive.session(sid).commitments[0].due == due
    [kept] = archive.close_session_choices(sid, {}, [], [], [], dues={first.id: None})
    assert kept.due is None  # "no date" clears it
