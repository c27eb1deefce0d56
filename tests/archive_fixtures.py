"""Realistic archives for tests, screenshots and benchmarks: ``fill_archive(archive, count)``.

Deterministic (a seeded random and fixed timestamps) and fast: whole sessions are built as
plain records and written through ``Archive.import_details`` in batches, so ten thousand
sessions take seconds, not minutes. Importable from ``bench/`` with ``tests`` on sys.path.
"""

from __future__ import annotations

import atexit
import functools
import random
import shutil
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cocoach_desktop.domain.records import (
    Commitment,
    CommitmentStatus,
    Note,
    Participant,
    PhaseRecord,
    Role,
    SessionDetail,
    SessionStatus,
    SessionSummary,
    TallyKind,
    TallyMark,
    TopicRecord,
    TopicStatus,
    Visibility,
)
from cocoach_desktop.timer.model.session import EventKind, SessionEvent

FIRST_START = datetime(2024, 1, 8, tzinfo=UTC)
# When sessions start: after school, in a free period, or an early evening slot (UTC).
START_TIMES = [(9, 0), (13, 30), (14, 15), (15, 30), (16, 0), (17, 30)]
BATCH = 250

PEOPLE = [
    "Ana Ruiz",
    "Sam Okafor",
    "Kim Lee",
    "Jo Patel",
    "Mia Novak",
    "Tom Berg",
    "Lena Fischer",
    "Omar Haddad",
    "Priya Shah",
    "Jonas Weber",
    "Chloé Martin",
    "Rui Costa",
    "Eva Lindqvist",
    "Noah Brown",
    "Aiko Tanaka",
    "Marta Kowalska",
    "Felix Wagner",
    "Sara Ali",
    "Ben Murphy",
    "Ines Moreau",
]

GROUPS = {
    "Year 9 team": PEOPLE[0:5],
    "Maths department": PEOPLE[5:10],
    "New teachers": PEOPLE[10:14],
    "Heads of year": PEOPLE[14:18],
    "Pastoral care": [PEOPLE[18], PEOPLE[19], PEOPLE[0], PEOPLE[7]],
}

# (protocol id, name, [(phase name, planned minutes)])
PROTOCOLS: list[tuple[str, str, list[tuple[str, int]]]] = [
    (
        "kollegiale-beratung",
        "Collegial case consultation",
        [
            ("Case telling", 10),
            ("Clarifying questions", 10),
            ("Hypotheses", 10),
            ("Coachee responds", 5),
            ("Closing round", 5),
        ],
    ),
    (
        "grow",
        "GROW in a circle",
        [("Goal", 8), ("Reality", 12), ("Options", 12), ("Will", 8)],
    ),
    (
        "solution-focused",
        "Solution-focused round",
        [("What works already", 10), ("Scaling", 8), ("Next small step", 10), ("Reflection", 5)],
    ),
]

TAGS = ["feedback", "behaviour", "workload", "parents", "assessment", "year 9", "new role"]

SUBJECTS = [
    "getting Year 9 started after lunch",
    "giving feedback to a new colleague",
    "a parent who emails every evening",
    "marking that eats the weekend",
    "a class that talks over each other",
    "saying no to extra duties",
    "the first weeks as head of year",
    "keeping calm in a tense meeting",
    "planning the assessment week",
    "a student who stopped coming",
]

OBSERVATIONS = [
    "Noticed how often the word 'should' came up.",
    "The energy dropped when we talked about the timetable.",
    "A question about what already works opened things up.",
    "Clear wish to be heard before any ideas.",
    "Hypothesis: the routine at the door matters more than the lesson plan.",
    "Strong reaction to the idea of asking the team for help.",
    "Scaling went from 3 to 5 during the round.",
    "Said twice that the evenings are the hardest part.",
    "The group stayed with questions and gave no advice.",
    "Mentioned feeling alone with the decision.",
]

PRIVATE = [
    "Private: I was tempted to give advice here, held back.",
    "Private: check in next week whether sleep is better.",
    "Private: possible conflict with the deputy head; keep it out of the group.",
    "Private: my own impatience showed in the clarifying round.",
]

ACTIONS = [
    "try a two-minute starter at the door",
    "ask a colleague to observe one lesson",
    "answer parent emails only on Tuesdays and Thursdays",
    "write down three things that went well each Friday",
    "talk to the head of department about the duties",
    "plan the first ten minutes of Monday's lesson in detail",
    "ask the student what would help",
    "book a quiet hour for marking on Wednesday",
]

STATUS_MIX = [CommitmentStatus.OPEN] * 2 + [CommitmentStatus.DONE, CommitmentStatus.DROPPED]

FOLLOW_UPS = ["Worked better than expected.", "Only managed twice.", "", "", "Dropped: no time."]


def _events(
    start: datetime, phases: Sequence[PhaseRecord], rng: random.Random
) -> tuple[SessionEvent, ...]:
    events = [SessionEvent(EventKind.START, 0, 1000.0, start)]
    mono = 1000.0
    wall = start
    for p in phases:
        if rng.random() < 0.15:
            at = rng.uniform(0.2, 0.8) * p.actual_seconds
            pause = rng.choice([60.0, 120.0, 180.0])
            events.append(
                SessionEvent(EventKind.PAUSE, p.index, mono + at, wall + timedelta(seconds=at))
            )
            events.append(
                SessionEvent(
                    EventKind.RESUME,
                    p.index,
                    mono + at + pause,
                    wall + timedelta(seconds=at + pause),
                )
            )
            mono += pause
            wall += timedelta(seconds=pause)
        if p.actual_seconds > p.planned_seconds + 30 and rng.random() < 0.5:
            at = p.planned_seconds - 30
            events.append(
                SessionEvent(
                    EventKind.EXTEND, p.index, mono + at, wall + timedelta(seconds=at), 60.0
                )
            )
        mono += p.actual_seconds
        wall += timedelta(seconds=p.actual_seconds)
        over = max(0.0, p.actual_seconds - p.planned_seconds)
        if p.index == len(phases) - 1:
            events.append(SessionEvent(EventKind.FINISH, p.index, mono, wall, over))
        else:
            kind = EventKind.NEXT if over > 0 else EventKind.SKIP
            events.append(SessionEvent(kind, p.index, mono, wall, over))
    return tuple(events)


def _tally(index: int, start: datetime, phases: Sequence[PhaseRecord]) -> tuple[TallyMark, ...]:
    """An observer's tally in most sessions, with open questions growing more common over the
    sessions (a trend to see). Its own random, so the sessions stay as they were without it.
    """
    rng = random.Random(f"tally {index}")
    if rng.random() < 0.3:
        return ()
    share_open = 0.35 + 0.45 * min(1.0, index / 150)
    marks = []
    for _ in range(rng.randint(4, 24)):
        phase = rng.choice(phases[1:-1] or phases)  # the questions come between the ends
        before = sum(p.actual_seconds for p in phases[: phase.index])
        at = round(before + rng.uniform(0, phase.actual_seconds), 1)
        roll = rng.random()
        if roll < share_open:
            kind = TallyKind.OPEN
        elif roll < share_open + (1 - share_open) * 0.7:
            kind = TallyKind.CLOSED
        else:
            kind = TallyKind.ADVICE
        marks.append((at, kind, phase.index))
    return tuple(
        TallyMark(0, 0, kind, at, phase, start + timedelta(seconds=at))
        for at, kind, phase in sorted(marks)
    )


def make_detail(index: int, rng: random.Random, start: datetime) -> SessionDetail:
    """One realistic finished session (ids are placeholders: the archive assigns its own)."""
    group = rng.choice(list(GROUPS))
    members = GROUPS[group]
    coachee = rng.choice(members)
    others = [m for m in members if m != coachee]
    protocol_id, protocol_name, plan = PROTOCOLS[index % len(PROTOCOLS)]
    phases = []
    for i, (name, minutes) in enumerate(plan):
        planned = minutes * 60.0
        actual = max(30.0, planned + rng.choice([-90, -30, 0, 0, 20, 45, 130, 200]))
        speaker = coachee if i in (0, len(plan) - 1) else "the coaches"
        phases.append(PhaseRecord(i, name, planned, float(actual), speaker, coachee))
    planned_total = int(sum(p.planned_seconds for p in phases))
    actual_total = sum(p.actual_seconds for p in phases)
    ended = start + timedelta(seconds=actual_total)
    abandoned = rng.random() < 0.03
    participants = (
        Participant(coachee, Role.COACHEE),
        *(Participant(name, Role.COACH) for name in others),
    )
    subject = rng.choice(SUBJECTS)
    notes = []
    for n in range(rng.randint(2, 5)):
        phase = rng.choice(phases)
        private = rng.random() < 0.3
        text = (
            rng.choice(PRIVATE)
            if private
            else f"{coachee} on {subject}: " + rng.choice(OBSERVATIONS)
        )
        offset = sum(p.actual_seconds for p in phases[: phase.index]) + 60
        notes.append(
            Note(
                id=0,
                session_id=0,
                text=text,
                visibility=Visibility.PRIVATE if private else Visibility.SHAREABLE,
                created=start + timedelta(seconds=offset + n),
                phase_index=phase.index,
                phase_name=phase.name,
                session_seconds=offset,
            )
        )
    commitments = []
    for _ in range(rng.randint(0, 2)):
        status = rng.choice(STATUS_MIX)
        commitments.append(
            Commitment(
                id=0,
                session_id=0,
                person=coachee,
                text=rng.choice(ACTIONS),
                due=(start + timedelta(days=rng.choice([7, 14, 21]))).date()
                if rng.random() < 0.7
                else None,
                status=status,
                follow_up=rng.choice(FOLLOW_UPS) if status is not CommitmentStatus.OPEN else "",
                created=ended,
            )
        )
    topics = []
    if rng.random() < 0.4:
        who = rng.choice(others)
        topics.append(
            TopicRecord(
                id=0,
                person=who,
                text="Next time: " + rng.choice(SUBJECTS),
                created=ended,
                status=TopicStatus.WAITING if rng.random() < 0.6 else TopicStatus.TAKEN,
            )
        )
    tags = tuple(sorted(rng.sample(TAGS, rng.randint(0, 2))))
    summary = SessionSummary(
        id=0,
        started=start,
        ended=ended,
        status=SessionStatus.ABANDONED if abandoned else SessionStatus.FINISHED,
        protocol_id=protocol_id,
        protocol_name=protocol_name,
        mode="one_coachee",
        planned_seconds=planned_total,
        actual_seconds=actual_total,
        group=group,
        coachees=(coachee,),
        tags=tags,
    )
    return SessionDetail(
        summary=summary,
        participants=participants,
        phases=tuple(phases),
        events=_events(start, phases, rng),
        notes=tuple(notes),
        commitments=tuple(commitments),
        topics=tuple(topics),
        tally=_tally(index, start, phases),
    )


def make_details(count: int, seed: int = 1) -> list[SessionDetail]:
    """``count`` sessions, oldest first, a few each week at school-day times."""
    rng = random.Random(seed)
    day = FIRST_START
    details = []
    for i in range(count):
        hour, minute = rng.choice(START_TIMES)
        details.append(make_detail(i, rng, day + timedelta(hours=hour, minutes=minute)))
        day += timedelta(days=rng.choice([0, 1, 1, 2, 3]))
    return details


def fill_archive(archive: Any, count: int, seed: int = 1) -> list[int]:
    """Add ``count`` realistic sessions to ``archive`` (an ``Archive``); return their ids.

    The ids are read back from the archive, newest first (the list's default order).
    """
    details = make_details(count, seed)
    for first in range(0, len(details), BATCH):
        archive.import_details(details[first : first + BATCH], [])
    # Move everything from the write-ahead log into the file itself: tests copy the file
    # alone, and what stayed in the -wal beside it would be missing from the copy.
    with archive.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return [s.id for s in archive.list_sessions(limit=max(1, count))]


@functools.cache
def _templates_folder() -> Path:
    """One folder per test process for the filled files copied from (gone at its exit)."""
    folder = Path(tempfile.mkdtemp(prefix="cocoach-filled-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def filled_file(path: Path, count: int, seed: int = 1) -> Path:
    """Write at ``path`` a real archive file with ``count`` sessions (as ``fill_archive``
    makes them). The first file of each size is filled through the import; the same size
    asked again is a copy of it (filling takes about 10 ms a session)."""
    from cocoach_desktop.storage.archive import Archive
    from cocoach_desktop.storage.db import open_archive

    template = _templates_folder() / f"{count}-{seed}.sqlite3"
    if not template.exists():
        archive = Archive(open_archive(template))
        fill_archive(archive, count, seed)  # ends with the log folded into the file
        archive.engine.dispose()
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, path)
    return path


def open_filled(path: Path, count: int, seed: int = 1) -> Any:
    """A real archive file at ``path`` with ``count`` sessions (for tests and screenshots)."""
    from cocoach_desktop.storage.archive import Archive
    from cocoach_desktop.storage.db import open_archive

    return Archive(open_archive(filled_file(path, count, seed)))


def shown_archive_window(qtbot: Any, archive: Any, now: datetime) -> Any:
    """The real archive window over ``archive``, shown, its questions answered yes."""
    from cocoach_desktop.archive.qt.archive_window import ArchiveWindow

    window = ArchiveWindow(archive, now=lambda: now, tz=UTC)
    qtbot.addWidget(window)
    window.confirm = lambda _title, _text: True
    window.show()
    qtbot.waitExposed(window)
    return window
