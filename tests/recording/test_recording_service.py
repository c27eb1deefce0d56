"""Recording the live session without a display or SQLite: the service over an in-memory
archive, a writer run by hand and a manual clock."""

from __future__ import annotations

from pathlib import Path

from live_fakes import MemoryArchive, MemoryFiles, QueuedWriter, run_of

from cocoach_desktop.domain.records import Commitment, Note, Role, Visibility
from cocoach_desktop.platform.changes import Change, ChangeFeed, ChangeKind
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.recording.services.live_records import (
    NoteOnRecord,
    PledgeOnRecord,
    SessionContext,
)
from cocoach_desktop.recording.services.recording_service import END, LOG, ROW, RecordingService
from cocoach_desktop.timer.model.events import EventKind

ROOM = SessionContext(
    group="Team A", people=("Ana", "Ben"), coachees=("Ana",), observers=("Ben",), facilitator="Fay"
)


class Heard:
    """What the recorder would hear (and word): in order."""

    def __init__(self) -> None:
        self.said: list[tuple[object, ...]] = []

    def fault(self, about: str, exc: Exception | None) -> None:
        self.said.append(("fault", about, None if exc is None else str(exc)))

    def retry_later(self) -> None:
        self.said.append(("retry",))

    def on_record(self, session_id: int) -> None:
        self.said.append(("on record", session_id))

    def saved(self, session_id: int) -> None:
        self.said.append(("saved", session_id))

    def problems(self) -> list[tuple[object, ...]]:
        return [s for s in self.said if s[0] == "fault" and s[2] is not None]


class Rig:
    def __init__(self, folder: Path, *minutes: float) -> None:
        self.clock = ManualClock()
        self.archive = MemoryArchive()
        self.files = MemoryFiles()
        self.writer = QueuedWriter()
        self.feed = ChangeFeed()
        self.changes: list[Change] = []
        self.feed.subscribe(lambda batch: self.changes.extend(batch))
        self.service = RecordingService(
            self.archive, self.files, folder, self.clock, self.writer, self.feed
        )
        self.heard = Heard()
        self.service.listen(self.heard)
        self.run = run_of(self.clock, *(minutes or (5, 5)), coachees=["Ana"])
        self.folder = folder

    def start(self) -> None:
        assert self.run.start()
        record = self.service.start(self.run, ROOM)
        assert record is not None
        self.service.submit_open(record)
        self.service.write_position(self.run)


def test_start_phases_and_end_are_recorded_in_order(tmp_path: Path) -> None:
    rig = Rig(tmp_path, 5, 5)
    rig.start()
    rig.writer.run()
    assert rig.service.session_id == 1
    rig.clock.advance(300)
    rig.run.poll()  # the first phase's time ran out
    assert rig.run.next_phase()
    rig.service.write_position(rig.run)
    rig.writer.run()
    rig.clock.advance(120)
    assert rig.run.finish()
    rig.service.finish(rig.run)
    rig.writer.run()

    # The row, the position at Start, at the next phase, at the end (with its events), the end.
    assert [entry[0] for entry in rig.archive.log] == [
        "start",
        "checkpoint",
        "checkpoint",
        "checkpoint",
        "finish",
    ]
    assert [e.kind for e in rig.archive.events[1]] == [
        EventKind.START,
        EventKind.PHASE_END,
        EventKind.NEXT,
        EventKind.FINISH,
    ]
    ended, actual = rig.archive.finished[1]
    assert ended == rig.clock.now() and actual == (300.0, 120.0)
    new = rig.archive.sessions[1]
    assert new.group == "Team A"
    assert [(p.name, p.role) for p in new.participants] == [
        ("Ana", Role.COACHEE),
        ("Ben", Role.OBSERVER),
        ("Fay", Role.FACILITATOR),
    ]
    # On record said once, then saved; nothing went wrong.
    assert ("on record", 1) in rig.heard.said
    assert [s for s in rig.heard.said if s[0] in ("on record", "saved")] == [
        ("on record", 1),
        ("saved", 1),
    ]
    assert rig.heard.problems() == []
    # An open archive hears of the session when its row is made and when it ends.
    live = [c for c in rig.changes if c.what == "live"]
    assert live == [
        Change("live", ChangeKind.ADDED, 1, 1),
        Change("live", ChangeKind.CHANGED, 1, 1),
    ]


def test_many_asks_make_one_position_write_with_the_newest(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    rig.start()
    for _ in range(3):
        rig.clock.advance(10)
        rig.service.checkpoint(rig.run)
    rig.writer.run()
    assert [entry[0] for entry in rig.archive.log] == ["start", "checkpoint"]
    assert rig.archive.checkpoints[1].actual_seconds[0] == 30.0


def test_a_row_that_failed_is_tried_again_and_said_once(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    rig.archive.failing = 2  # the row, then the position's try at the row, fail
    rig.start()
    rig.writer.run()
    assert rig.service.session_id is None
    assert ("fault", ROW, "database is locked") in rig.heard.said
    assert ("fault", LOG, "database is locked") in rig.heard.said
    assert ("retry",) in rig.heard.said
    assert rig.archive.sessions == {}

    rig.service.retry(rig.run)
    rig.writer.run()
    assert rig.service.session_id == 1
    assert [entry[0] for entry in rig.archive.log] == ["start", "checkpoint"]
    assert rig.heard.said.count(("on record", 1)) == 1
    assert ("fault", LOG, None) in rig.heard.said  # the log's problem has gone
    rig.service.retry(rig.run)  # nothing left to try
    assert rig.writer.run() == 0


def test_an_end_that_failed_is_tried_again_until_written(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    rig.start()
    rig.writer.run()
    rig.clock.advance(60)
    assert rig.run.finish()
    rig.archive.failing = 2  # the last position, then the end
    rig.service.finish(rig.run)
    rig.writer.run()
    assert rig.archive.finished == {}
    assert ("fault", END, "database is locked") in rig.heard.said
    assert ("saved", 1) not in rig.heard.said

    rig.service.retry(rig.run)
    rig.writer.run()
    assert 1 in rig.archive.finished
    assert ("saved", 1) in rig.heard.said
    assert ("fault", END, None) in rig.heard.said


def test_the_notes_copy_is_kept_while_the_session_runs_and_goes_at_its_end(
    tmp_path: Path,
) -> None:
    rig = Rig(tmp_path)
    rig.start()
    record = rig.service.record
    assert record is not None
    cell = NoteOnRecord(record, created=rig.clock.now(), wanted=("First words", Visibility.PRIVATE))
    rig.writer.submit(cell.write)
    rig.writer.run()
    copy = tmp_path / "recovered-notes-session-1.txt"
    assert copy.read_text(encoding="utf-8") == "First words"
    assert Change("note", ChangeKind.ADDED, cell.id or 0, rig.service.session_id) in rig.changes

    cell.wanted = ("First words, and more", Visibility.SHAREABLE)
    rig.writer.submit(cell.write)
    rig.writer.run()
    assert copy.read_text(encoding="utf-8") == "First words, and more"
    assert rig.archive.notes[cell.id or 0].visibility is Visibility.SHAREABLE

    assert rig.run.finish()
    rig.service.finish(rig.run)
    rig.writer.run()
    assert not copy.exists()


def test_without_an_archive_nothing_is_put_on_record(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    rig.service.archive = None
    assert rig.run.start()
    assert rig.service.start(rig.run, ROOM) is None
    assert rig.service.open and rig.service.session_id is None
    rig.service.write_position(rig.run)
    rig.service.finish(rig.run)
    assert rig.writer.run() == 0


def test_a_resumed_session_goes_on_in_the_same_row(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    rig.start()
    rig.writer.run()
    rig.service.close()
    assert rig.service.session_id is None
    note = Note(7, 1, "Kept", Visibility.PRIVATE, rig.clock.now())
    record = rig.service.adopt(rig.run, 1, [note], events_on_disk=1)
    assert record is not None and record.texts == {7: "Kept"}
    rig.clock.advance(30)
    rig.service.checkpoint(rig.run)
    rig.writer.run()
    assert [entry[0] for entry in rig.archive.log] == ["start", "checkpoint", "checkpoint"]
    assert len(rig.archive.sessions) == 1
    assert rig.heard.said.count(("on record", 1)) == 1  # a resumed session is not said again


def test_texts_the_archive_did_not_take_go_to_one_recovery_file(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    unsaved = rig.service.unsaved
    first = unsaved.keep("a", "One")
    assert first is not None and rig.files.files[first] == ["One"]
    assert unsaved.keep("b", "Two") == first  # the same file, rewritten
    assert rig.files.files[first] == ["One", "Two"]
    assert unsaved.saved("a") == {str}
    assert unsaved.saved("b") == set()
    later = unsaved.keep("c", "Three")
    assert later is not None and later != first  # a later failure starts a new file
    rig.files.failing = True
    assert unsaved.keep("d", "Four") is None  # the disk fails: memory is all there is
    assert unsaved.texts == ["Three", "Four"]
    rig.files.failing = False
    rescued = unsaved.rescue({"e": "Five"})
    assert rescued is not None and rig.files.files[rescued] == ["Three", "Four", "Five"]


class HeardNotes(Heard):
    """The recorder's ears for notes and commitments too."""

    def saving(self) -> None:
        self.said.append(("saving",))

    def note_written(self, cell: NoteOnRecord, note: Note | None) -> None:
        self.said.append(("note written", None if note is None else note.text))

    def note_failed(self, cell: NoteOnRecord, exc: Exception, refused: bool) -> None:
        self.said.append(("note failed", str(exc), refused))

    def commitment_written(self, pledge: PledgeOnRecord, commitment: Commitment) -> None:
        self.said.append(("commitment written", commitment.text))

    def commitment_failed(self, pledge: PledgeOnRecord, exc: Exception, refused: bool) -> None:
        self.said.append(("commitment failed", str(exc), refused))


def test_a_note_whose_write_failed_is_tried_again_and_written(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    heard = HeardNotes()
    rig.service.listen(heard)
    rig.start()
    rig.writer.run()
    record = rig.service.record
    assert record is not None
    cell = NoteOnRecord(record, created=rig.clock.now(), wanted=("Ana's goal", Visibility.PRIVATE))
    rig.archive.failing = 1
    cell.queued = True
    rig.service.note_writes.submit_note(cell)
    rig.writer.run()
    assert rig.archive.notes == {}
    assert heard.said[-2:] == [("note failed", "database is locked", False), ("retry",)]
    assert rig.service.rescue_unwritten() is not None  # quitting now would keep it

    rig.service.retry(rig.run)
    rig.writer.run()
    assert [n.text for n in rig.archive.notes.values()] == ["Ana's goal"]
    assert heard.said[-1] == ("note written", "Ana's goal")
    assert rig.service.note_writes.failed == set() and rig.service.note_writes.pending == 0
    rig.service.retry(rig.run)
    assert rig.writer.run() == 0  # nothing left to try


def test_a_blank_commitment_is_refused_and_not_tried_again(tmp_path: Path) -> None:
    rig = Rig(tmp_path)
    heard = HeardNotes()
    rig.service.listen(heard)
    rig.start()
    rig.writer.run()
    record = rig.service.record
    assert record is not None
    writes = rig.service.note_writes
    writes.submit_pledge(PledgeOnRecord(record, "Ana", "  ", rig.clock.now(), None))
    rig.writer.run()
    assert heard.said[-1] == ("commitment failed", "A commitment is blank.", True)
    assert writes.pledges_failed == set() and rig.archive.commitments == {}

    rig.archive.failing = 1  # a locked archive: kept and tried again
    writes.submit_pledge(PledgeOnRecord(record, "Ana", "Call Ben", rig.clock.now(), None))
    rig.writer.run()
    assert heard.said[-2:] == [("commitment failed", "database is locked", False), ("retry",)]
    rig.service.retry(rig.run)
    rig.writer.run()
    assert heard.said[-1] == ("commitment written", "Call Ben")
    assert [c.text for c in rig.archive.commitments.values()] == ["Call Ben"]
