"""In-memory stand-ins for the live session's services: the archive's ports, its writer, the
recovery files and a run. No Qt, no SQLite."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cocoach_desktop.domain.records import (
    Checkpoint,
    Commitment,
    CommitmentStatus,
    NewSession,
    Note,
    Participant,
    SessionDetail,
    SessionStatus,
    TallyKind,
    TallyMark,
    Visibility,
)
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.protocols.model.protocols import PhaseTemplate, ProtocolTemplate
from cocoach_desktop.timer.model.plan import build_plan
from cocoach_desktop.timer.model.session import SessionEvent, SessionRun


def run_of(clock: ManualClock, *minutes: float, coachees: Sequence[str] = ()) -> SessionRun:
    """A run of one phase per entry of ``minutes``, not started."""
    phases = tuple(
        PhaseTemplate(name=f"Phase {i + 1}", minutes=m, speaker="{coachee} speaks", rule="")
        for i, m in enumerate(minutes)
    )
    protocol = ProtocolTemplate(
        id="test",
        name="Test protocol",
        description="For tests.",
        source="Tests",
        default_minutes=round(sum(minutes)),
        roles=("coachee", "coach"),
        phases=phases,
    )
    return SessionRun(build_plan(protocol, round(sum(minutes) * 60), coachees=coachees), clock)


class QueuedWriter:
    """The writer thread's order, by hand: jobs wait until :meth:`run` runs them in turn."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[], Any], Any, Any]] = []

    def submit(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        self.jobs.append((work, done, failed))

    def run(self) -> int:
        """Run every job handed over (and those their outcomes hand over); how many ran."""
        ran = 0
        while self.jobs:
            work, done, failed = self.jobs.pop(0)
            ran += 1
            try:
                value = work()
            except Exception as exc:
                if failed is not None:
                    failed(exc)
                continue
            if done is not None:
                done(value)
        return ran


class MemoryArchive:
    """The archive's live-session, notes, commitments and tally ports, in dicts; each write
    is logged in order. ``failing`` writes from now on fail as a locked archive would."""

    def __init__(self) -> None:
        self.log: list[tuple[object, ...]] = []
        self.failing = 0
        self.sessions: dict[int, NewSession] = {}
        self.events: dict[int, list[SessionEvent]] = {}
        self.checkpoints: dict[int, Checkpoint] = {}
        self.finished: dict[int, tuple[datetime, tuple[float, ...]]] = {}
        self.notes: dict[int, Note] = {}
        self.commitments: dict[int, Commitment] = {}
        self.marks: dict[int, TallyMark] = {}
        self._ids = 0

    def _write(self, *entry: object) -> None:
        if self.failing:
            self.failing -= 1
            raise OSError("database is locked")
        self.log.append(entry)

    def _next(self) -> int:
        self._ids += 1
        return self._ids

    # ----- the live session ---------------------------------------------------------------

    def start_session(self, new: NewSession) -> int:
        self._write("start", new.protocol_name)
        session_id = self._next()
        self.sessions[session_id] = new
        self.events[session_id] = []
        return session_id

    def append_events(self, session_id: int, events: Sequence[SessionEvent]) -> None:
        self._write("events", session_id)
        self.events[session_id] += events

    def save_checkpoint(
        self,
        session_id: int,
        checkpoint: Checkpoint,
        events: Sequence[SessionEvent] = (),
        *,
        current_phase_only: bool = False,
    ) -> None:
        self._write("checkpoint", session_id, checkpoint.phase_index, len(events))
        self.checkpoints[session_id] = checkpoint
        self.events[session_id] += events

    def checkpoint(self, session_id: int) -> Checkpoint | None:
        return self.checkpoints.get(session_id)

    def finish_session(
        self,
        session_id: int,
        ended: datetime,
        actual_seconds: Sequence[float],
        status: SessionStatus = SessionStatus.FINISHED,
    ) -> None:
        self._write("finish", session_id)
        self.finished[session_id] = (ended, tuple(actual_seconds))

    def unfinished_sessions(self) -> list[SessionDetail]:
        return []

    def set_participants(self, session_id: int, participants: Sequence[Participant]) -> None:
        self._write("participants", session_id)

    def set_tags(self, session_id: int, tags: Sequence[str]) -> None:
        self._write("tags", session_id)

    def close_session_choices(
        self,
        session_id: int,
        texts: Mapping[int, str],
        removed: Sequence[int],
        taken_topics: Sequence[int],
        tags: Sequence[str],
        dues: Mapping[int, date | None] | None = None,
    ) -> list[Commitment]:
        return []

    # ----- notes --------------------------------------------------------------------------

    def add_note(
        self,
        session_id: int,
        text: str,
        visibility: Visibility,
        created: datetime,
        phase_index: int | None = None,
        phase_name: str = "",
        session_seconds: float = 0.0,
    ) -> Note:
        self._write("note", text)
        note = Note(
            self._next(),
            session_id,
            text,
            visibility,
            created,
            phase_index,
            phase_name,
            session_seconds,
        )
        self.notes[note.id] = note
        return note

    def restore_note(self, note: Note) -> Note:
        self._write("note back", note.id)
        self.notes[note.id] = note
        return note

    def update_note(self, note_id: int, text: str, visibility: Visibility) -> Note:
        self._write("note edit", text)
        note = replace(self.notes[note_id], text=text, visibility=visibility)
        self.notes[note_id] = note
        return note

    def delete_note(self, note_id: int) -> None:
        self._write("note gone", note_id)
        del self.notes[note_id]

    # ----- commitments --------------------------------------------------------------------

    def add_commitment(
        self,
        session_id: int,
        person: str,
        text: str,
        created: datetime,
        due: date | None = None,
    ) -> Commitment:
        if not text.strip():
            raise ValueError("A commitment is blank.")
        self._write("commitment", person, text)
        made = Commitment(self._next(), session_id, person, text, due, created=created)
        self.commitments[made.id] = made
        return made

    def restore_commitment(self, commitment: Commitment) -> Commitment:
        self._write("commitment back", commitment.id)
        self.commitments[commitment.id] = commitment
        return commitment

    def update_commitment(
        self,
        commitment_id: int,
        text: str,
        due: date | None,
        status: CommitmentStatus,
        follow_up: str,
    ) -> Commitment:
        self._write("commitment edit", text)
        changed = replace(
            self.commitments[commitment_id], text=text, due=due, status=status, follow_up=follow_up
        )
        self.commitments[commitment_id] = changed
        return changed

    def delete_commitment(self, commitment_id: int) -> None:
        self._write("commitment gone", commitment_id)
        del self.commitments[commitment_id]

    def open_commitments(self, person: str = "") -> list[Commitment]:
        return [c for c in self.commitments.values() if c.status is CommitmentStatus.OPEN]

    # ----- the tally ----------------------------------------------------------------------

    def add_tally(
        self,
        session_id: int,
        kind: TallyKind,
        session_seconds: float,
        phase_index: int | None = None,
    ) -> TallyMark:
        self._write("tally", kind.value)
        mark = TallyMark(self._next(), session_id, kind, session_seconds, phase_index)
        self.marks[mark.id] = mark
        return mark

    def remove_tally(self, mark_id: int) -> None:
        self._write("untally", mark_id)
        self.marks.pop(mark_id, None)

    def tally(self, session_id: int) -> tuple[TallyMark, ...]:
        return tuple(m for m in self.marks.values() if m.session_id == session_id)


@dataclass
class MemoryFiles:
    """The recovery files in a dict: what each file holds. The session's copy is also put on
    disk (in ``folder``), since the session's end removes it from there."""

    failing: bool = False

    def __post_init__(self) -> None:
        self.files: dict[Path, list[str]] = {}
        self._made = 0

    def write_recovery_file(
        self, folder: Path, texts: list[str], now: datetime, *, target: Path | None = None
    ) -> Path:
        if self.failing:
            raise OSError("the disk is full")
        if target is None:
            self._made += 1
            target = folder / f"recovered-notes-{self._made}.txt"
        self.files[target] = list(texts)
        return target

    def write_session_copy(
        self, folder: Path, session_id: int, started: datetime, texts: list[str]
    ) -> Path:
        path = self.session_copy_path(folder, session_id)
        self.files[path] = list(texts)
        path.write_text("\n".join(texts), encoding="utf-8")
        return path

    def session_copy_path(self, folder: Path, session_id: int) -> Path:
        return folder / f"recovered-notes-session-{session_id}.txt"
