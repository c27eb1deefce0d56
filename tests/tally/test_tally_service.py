"""The observer's tally without a display or SQLite: the service over an in-memory archive,
a writer run by hand, and the undo steps it returns."""

from __future__ import annotations

from live_fakes import MemoryArchive, QueuedWriter

from cocoach_desktop.domain.records import NewSession, TallyCounts, TallyKind, TallyMark
from cocoach_desktop.platform.changes import Change, ChangeFeed
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.tally.services.tally_service import NOT_SAVED, NOT_TAKEN_BACK, TallyService

OPEN, CLOSED, ADVICE = TallyKind.OPEN, TallyKind.CLOSED, TallyKind.ADVICE


class Row:
    """The session being put on record: its row is made by the first write that needs it."""

    def __init__(self, archive: MemoryArchive) -> None:
        self.archive = archive
        self.id: int | None = None

    def ensure(self) -> int:
        if self.id is None:
            self.id = self.archive.start_session(
                NewSession("p", "Protocol", "one", 600, (), (), "", None)
            )
        return self.id


class Rig:
    def __init__(self) -> None:
        self.clock = ManualClock()
        self.archive = MemoryArchive()
        self.writer = QueuedWriter()
        self.feed = ChangeFeed()
        self.changes: list[Change] = []
        self.feed.subscribe(lambda batch: self.changes.extend(batch))
        self.at = 0.0
        self.tally = TallyService(self.writer, lambda: (self.at, 0), self.feed)
        self.tally.archive = self.archive
        self.problems: list[tuple[str, str | None]] = []
        self.shown = 0
        self.tally.listen(self)

    def counts_changed(self) -> None:
        self.shown += 1

    def problem_changed(self, about: str, exc: Exception | None) -> None:
        self.problems.append((about, None if exc is None else str(exc)))

    @property
    def counts(self) -> TallyCounts:
        return self.tally.book.counts

    def on_disk(self) -> list[TallyKind]:
        return [m.kind for m in self.archive.marks.values()]


def test_taps_count_only_from_start() -> None:
    rig = Rig()
    assert rig.tally.tap(OPEN, "count") is None  # no session yet: nothing counts
    assert rig.counts == TallyCounts() and rig.writer.run() == 0

    row = Row(rig.archive)
    rig.tally.start_recording(row)  # Start: counting before the row is on disk
    assert rig.tally.book.counting
    rig.at = 12.0
    assert rig.tally.tap(OPEN, "count") is not None
    rig.at = 30.0
    assert rig.tally.tap(ADVICE, "count") is not None
    assert rig.counts == TallyCounts(open=1, advice=1)  # on screen at once
    rig.writer.run()
    assert row.id is not None
    assert [(m.session_id, m.kind, m.session_seconds) for m in rig.archive.marks.values()] == [
        (row.id, OPEN, 12.0),
        (row.id, ADVICE, 30.0),
    ]
    assert [c.what for c in rig.changes] == ["tally", "tally"]

    rig.tally.open_session(row.id)  # the row is there: the same counts go on
    assert rig.counts == TallyCounts(open=1, advice=1)
    rig.tally.finish()
    assert rig.tally.tap(CLOSED, "count") is None  # ended: no more counts, these stay
    assert rig.counts == TallyCounts(open=1, advice=1)
    rig.tally.forget()
    assert rig.counts == TallyCounts()


def test_a_tap_is_undone_and_redone() -> None:
    rig = Rig()
    rig.tally.start_recording(Row(rig.archive))
    step = rig.tally.tap(CLOSED, "count “Closed question”")
    assert step is not None and step.text == "count “Closed question”"
    assert step.redo()  # pushed: already counted, nothing more happens
    rig.writer.run()
    assert rig.on_disk() == [CLOSED] and rig.counts.closed == 1

    assert step.undo()
    assert rig.counts.closed == 0
    rig.writer.run()
    assert rig.on_disk() == []
    assert step.redo()
    rig.writer.run()
    assert rig.counts.closed == 1 and rig.on_disk() == [CLOSED]


def test_the_last_count_is_taken_back_whatever_was_done_since() -> None:
    rig = Rig()
    rig.tally.start_recording(Row(rig.archive))
    rig.tally.tap(OPEN, "count")
    rig.tally.tap(CLOSED, "count")
    rig.writer.run()
    step = rig.tally.take_back_last(lambda kind: f"take back {kind.value}")
    assert step is not None and step.text == "take back closed"
    assert step.redo()
    rig.writer.run()
    assert rig.counts == TallyCounts(open=1) and rig.on_disk() == [OPEN]
    assert step.undo()
    rig.writer.run()
    assert rig.counts == TallyCounts(open=1, closed=1) and sorted(rig.on_disk()) == [CLOSED, OPEN]


def test_a_count_the_archive_refused_comes_off_and_is_said() -> None:
    rig = Rig()
    row = Row(rig.archive)
    row.ensure()
    rig.tally.start_recording(row)
    rig.tally.tap(ADVICE, "count")
    rig.archive.failing = 1
    rig.writer.run()
    assert rig.counts == TallyCounts() and rig.on_disk() == []
    assert rig.problems == [(NOT_SAVED, "database is locked")]
    rig.tally.tap(ADVICE, "count")
    rig.writer.run()
    assert rig.problems[-1] == (NOT_SAVED, None)  # a count saved: the problem has gone


def test_a_take_back_the_archive_refused_puts_the_count_back() -> None:
    rig = Rig()
    rig.tally.start_recording(Row(rig.archive))
    step = rig.tally.tap(OPEN, "count")
    rig.writer.run()
    assert step is not None and step.undo()
    rig.archive.failing = 1
    rig.writer.run()
    assert rig.counts.open == 1 and rig.on_disk() == [OPEN]
    assert rig.problems[-1] == (NOT_TAKEN_BACK, "database is locked")


def test_a_step_of_an_earlier_session_drops_out() -> None:
    rig = Rig()
    rig.tally.start_recording(Row(rig.archive))
    step = rig.tally.tap(OPEN, "count")
    rig.writer.run()
    rig.tally.finish()
    rig.tally.forget()
    rig.tally.open_session(99, (TallyMark(50, 99, CLOSED),))  # a resumed session's counts
    assert rig.counts == TallyCounts(closed=1)
    assert step is not None and not step.undo()  # not this session's: it leaves the history
    assert rig.counts == TallyCounts(closed=1)
