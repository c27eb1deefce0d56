"""Kill the real app with SIGKILL while someone types, restart it, and count what was lost.

Not a test: it prints figures. Each of ``--kills`` cycles (default 100, seeded by ``--seed``)
runs one real app process, ``bench/_child_soak.py``: the real ``CocoachApp`` with the real
``SystemClock`` on one data folder (a real SQLite archive) kept for the whole run, Qt
offscreen when there is no display. The child starts the way the app does (the archive opens
after the first paint and a cut-off session is offered back), clicks the recovery
question's button, starts or resumes the session (Space), and types notes into the notes
editor with key events, 40-160 ms apart with the odd pause of 0.5-1.8 s; now and then
Ctrl+Enter files the note, a commitment goes into its field (Enter), or the phase changes.
It logs every key with its time and where it thinks the session is (phase, active seconds)
to a side file, one unbuffered write a line, so the log survives the kill.

The parent kills it at a random moment: most often 0 to ``--max-typing`` seconds (default
6) after it said READY (the session runs, typing has begun); with probability ``--early``
(default 0.1) at a random moment of its start-up instead (while the archive opens, the
crashed session is resumed and the pause the dead process never wrote is written). Then
it copies the archive files (main file, -wal, -shm: the process is dead, so they are still)
and judges that copy, and the next cycle's child starts on the real files, so every restart
meets the archive exactly as the kill left it. One more child after the last kill resumes
once more and is judged, then killed.

Figures, each judged only from what is on disk (the archive through
``cocoach_desktop.storage.archive.Archive``'s read API, and the ``recovered-notes-*.txt``
files the app writes when the archive refuses a note) and what the restarted app shows:

- notes and characters lost: for each note typed, the text typed more than ``--grace``
  seconds (default 2, what the app promises) before the kill, compared with the archive's
  notes and the recovery files (each note on disk is matched to at most one typed note, by
  the longest common beginning); the characters of that text missing from its match are
  lost, and a note with any is a lost note. Commitments entered (Enter) more than the
  grace before the kill and not in the archive are counted alike. *garbled* counts notes on
  disk that are not a beginning of what was typed (must be 0);
- corrupt databases: after a kill, ``PRAGMA integrity_check`` on the copy is not ``ok``,
  or ``Archive(open_archive(copy))`` fails, or the restarted app could not open the archive;
- failed resumes: the restarted app did not offer the cut-off session, resumed another one
  (the session id, or the start time, differs from the unfinished session on disk), resumed
  it in another phase than the one the killed child was in (a phase change less than the
  grace before the kill may come back as the phase before), or not paused; plus children
  that did not get going at all (*failed starts*: the folder's single-instance lock, left
  by the killed copy, not taken over; no READY within 90 s; or an exit on its own);
- timing error after resume: where the session was at the kill, in active session seconds,
  minus where the resumed run says it is. Where it was: the killed child's last logged
  position plus, if the clock was running, the time from that log line to the kill. The
  resumed run is read paused, right after the recovery question was answered. With
  "Resume (paused)" (the default answer; chosen with probability 1 - ``--counting``) the
  time the process was dead counts as a pause, so only the last moments before the kill
  may be missing; with "Resume, counting the time away" (probability ``--counting``,
  default 0.25), the time from the kill to the answer is added to where the session was,
  if it was running (the app read its clock just before it asked, so this error is a few
  milliseconds above zero). A positive error is time lost: the app writes its position
  every 2 s while the clock runs, so up to about 2 s is the design. When a child was
  killed during start-up before it said what it resumed, the next resume's timing is
  judged only if both answers were "paused" (a half-done resume may or may not have
  written its own checkpoint);
- and the wall time.

Run from the repository root::

    .venv/bin/python bench/soak_kill.py                    # 100 kills, about 6-8 min
    .venv/bin/python bench/soak_kill.py --kills 20 --verbose
    .venv/bin/python bench/soak_kill.py --keep /tmp/soak   # keep the data folder and logs

Exit status 1 if any note, character or commitment was lost, any database was corrupt,
any resume failed or any child failed to start.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _common import child_env, environment_lines, median  # noqa: E402

from cocoach_desktop.storage import ARCHIVE_FILE  # noqa: E402

CHILD = Path(__file__).resolve().with_name("_child_soak.py")
READY_TIMEOUT = 90.0
NOTE_HEADER = "----- Note "


# ----- the child ---------------------------------------------------------------------------


@dataclass
class Life:
    """One child process: when it started, got going and was killed, and its log."""

    cycle: int
    choice: str
    early: bool
    launched: float
    ready: float | None = None
    killed: float | None = None
    exit_status: int | None = None
    stderr: str = ""
    records: list[dict[str, Any]] = field(default_factory=list)

    def first(self, event: str) -> dict[str, Any] | None:
        return next((r for r in self.records if r["ev"] == event), None)


def read_log(path: Path) -> list[dict[str, Any]]:
    records = []
    if path.exists():
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:  # a line cut by the kill (one write: unlikely)
                continue
    return records


def live(
    cycle: int,
    choice: str,
    data: Path,
    logs: Path,
    env: dict[str, str],
    seed: int,
    kill_at: Callable[[Life], float | None],
    early: bool,
) -> Life:
    """Run one child; ``kill_at(life)`` says when to kill it (None: not yet, ask at READY)."""
    log = logs / f"{cycle:04d}.jsonl"
    err = logs / f"{cycle:04d}.err"
    command = [sys.executable, str(CHILD), str(data), str(log)]
    command += ["--seed", str(seed), "--cycle", str(cycle), "--choice", choice]
    with err.open("wb") as err_file:
        life = Life(cycle, choice, early, time.time())
        child = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=err_file, env=env, cwd=ROOT
        )
        assert child.stdout is not None
        out = b""
        deadline = kill_at(life)
        try:
            while True:
                now = time.time()
                if deadline is not None and now >= deadline:
                    break
                if child.poll() is not None:
                    break
                if life.ready is None and now - life.launched > READY_TIMEOUT:
                    break
                wait = 0.05 if deadline is None else min(0.05, max(0.0, deadline - now))
                readable, _, _ = select.select([child.stdout], [], [], wait)
                if readable and life.ready is None:
                    chunk = os.read(child.stdout.fileno(), 4096)
                    out += chunk
                    if b"READY" in out:
                        life.ready = time.time()
                        deadline = kill_at(life)
                    elif b"NOT-RUNNING" in out or b"LOCKED" in out or not chunk:
                        break
        finally:
            if child.poll() is None:
                life.killed = time.time()
                child.send_signal(signal.SIGKILL)
            life.exit_status = child.wait(timeout=30)
            child.stdout.close()
    life.stderr = err.read_text(encoding="utf-8", errors="replace")
    life.records = read_log(log)
    return life


# ----- what is on disk ---------------------------------------------------------------------


@dataclass
class Disk:
    integrity: str = ""
    open_error: str = ""
    notes: dict[str, str] = field(default_factory=dict)  # "n<id>" / "r<file>:<i>" -> text
    commitments: list[str] = field(default_factory=list)
    unfinished: list[tuple[int, str | None]] = field(default_factory=list)  # id, started
    sessions: int = 0
    recovery_files: int = 0

    @property
    def corrupt(self) -> bool:
        return self.integrity != "ok" or bool(self.open_error)


def read_disk(data: Path, snap: Path) -> Disk:
    """Judge a copy of the archive as the kill left it (the restart opens the real files)."""
    from cocoach_desktop.storage.archive import Archive
    from cocoach_desktop.storage.db import open_archive

    disk = Disk()
    if snap.exists():
        shutil.rmtree(snap)
    snap.mkdir(parents=True)
    for path in data.glob(ARCHIVE_FILE + "*"):
        shutil.copy2(path, snap / path.name)
    copy = snap / ARCHIVE_FILE
    try:
        with sqlite3.connect(copy) as connection:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        connection.close()
        disk.integrity = "; ".join(str(r[0]) for r in rows)[:300]
    except sqlite3.Error as exc:
        disk.integrity = f"sqlite3 error: {exc}"
    try:
        archive = Archive(open_archive(copy))
        try:
            details = archive.details()
            disk.sessions = len(details)
            for note in sorted((n for d in details for n in d.notes), key=lambda n: n.id):
                disk.notes[f"n{note.id}"] = note.text  # in the order they were written
            for detail in details:
                disk.commitments += [" ".join(c.text.split()) for c in detail.commitments]
            disk.unfinished = [
                (d.id, d.summary.started.isoformat() if d.summary.started else None)
                for d in sorted(
                    archive.unfinished_sessions(),
                    key=lambda d: d.summary.started.timestamp() if d.summary.started else 0,
                    reverse=True,
                )
            ]
        finally:
            archive.engine.dispose()
    except Exception as exc:  # counting them is the point
        disk.open_error = f"{type(exc).__name__}: {exc}"[:300]
    for path in sorted(data.glob("recovered-notes-*.txt")):
        disk.recovery_files += 1
        for i, text in enumerate(recovery_texts(path.read_text(encoding="utf-8"))):
            disk.notes[f"r{path.name}:{i}"] = text
    return disk


def recovery_texts(content: str) -> list[str]:
    """The notes of a recovery file (``storage.backup.write_recovery_file``'s layout)."""
    texts: list[str] = []
    current: list[str] | None = None
    for line in content.split("\n"):
        if line.startswith(NOTE_HEADER) and line.endswith(" -----"):
            if current is not None:
                texts.append("\n".join(current).rstrip("\n"))
            current = []
        elif current is not None:
            current.append(line)
    if current is not None:
        texts.append("\n".join(current).rstrip("\n"))
    return texts


# ----- judging -----------------------------------------------------------------------------


def common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


@dataclass
class Typed:
    notes: int = 0  # notes with text typed more than the grace before the kill
    chars: int = 0
    lost_notes: int = 0
    lost_chars: int = 0
    keys: int = 0
    commitments: int = 0
    lost_commitments: int = 0
    garbled: int = 0


def _place(key: str) -> str:
    """Where a note on disk is: ``archive``, or the recovery file's name."""
    return key.split(":", 1)[0] if key.startswith("r") else "archive"


def judge_typing(life: Life, disk: Disk, taken: set[str], grace: float) -> Typed:
    """What this child typed before ``killed - grace`` against what is on disk."""
    typed = Typed()
    if life.killed is None:
        return typed
    cutoff = life.killed - grace
    full: dict[int, str] = {}
    due: dict[int, int] = {}
    for r in life.records:
        if r["ev"] == "key":
            typed.keys += 1
            full[r["n"]] = full.get(r["n"], "") + r["ch"]
            if r["t"] <= cutoff:
                due[r["n"]] = len(full[r["n"]])
    # In each place (the archive; each recovery file, which may copy the archive's notes),
    # each note goes to one typed note: the longest common beginnings first, and on a tie
    # ("k6" begins both "k65" and "k65n2 ..."), in the order they were written.
    have: dict[int, int] = {}
    for place in sorted({_place(key) for key in disk.notes}):
        keys = [key for key in disk.notes if _place(key) == place and key not in taken]
        pairs = sorted(
            (
                (common_prefix(text, disk.notes[key]), n, i, key)
                for n, text in full.items()
                for i, key in enumerate(keys)
            ),
            key=lambda pair: (-pair[0], pair[1], pair[2]),
        )
        matched: set[int] = set()
        for length, n, _i, key in pairs:
            if length == 0:
                break
            if n in matched or key in taken:
                continue
            matched.add(n)
            taken.add(key)
            have[n] = max(have.get(n, 0), length)
            if length < len(disk.notes[key]):
                typed.garbled += 1
    for n, expected in due.items():
        typed.notes += 1
        typed.chars += expected
        if have.get(n, 0) < expected:
            typed.lost_notes += 1
            typed.lost_chars += expected - have.get(n, 0)
    on_disk = set(disk.commitments)
    for r in life.records:
        if r["ev"] == "commit" and r["t"] <= cutoff and r.get("cleared"):
            typed.commitments += 1
            if " ".join(r["text"].split()) not in on_disk:
                typed.lost_commitments += 1
    return typed


@dataclass
class Expected:
    """Where the crashed session was, for judging the next resume."""

    session: tuple[int, str | None] | None  # id and start on disk (None: no session yet)
    phase: int | None
    seconds: float | None  # active session seconds at the kill
    running: bool
    killed: float
    phase_changed: float | None = None  # when the phase last changed (log time)
    phase_before: int | None = None
    skipped: list[str] = field(default_factory=list)  # answers of children killed unjudged


def expectation(life: Life, disk: Disk, before: Expected | None) -> Expected | None:
    """After a kill: where the next restart should find the session."""
    session = disk.unfinished[0] if disk.unfinished else None
    said = life.first("recovered") or life.first("fresh")
    if said is None:  # killed before it said what it resumed: the last expectation stands
        if before is None:
            return None if session is None else Expected(session, 0, 0.0, False, life.killed or 0)
        before.skipped.append(life.choice)
        before.session = session or before.session
        return before
    last = None
    phase_changed, phase_before, previous_phase = None, None, None
    for r in life.records:
        if r.get("p") is None or (life.killed is not None and r["t"] > life.killed):
            continue
        if previous_phase is not None and r["p"] != previous_phase:
            phase_changed, phase_before = r["t"], previous_phase
        previous_phase = r["p"]
        last = r
    assert last is not None  # "recovered" and "fresh" carry a position
    killed = life.killed or last["t"]
    running = last["st"] == "RUNNING"
    seconds = last["s"] + (killed - last["t"] if running else 0.0)
    if session is None and last["st"] == "NOT_STARTED":
        return None
    return Expected(session, last["p"], seconds, running, killed, phase_changed, phase_before)


@dataclass
class Resume:
    judged: bool = False
    failure: str = ""
    error: float | None = None  # seconds; None: timing not judged
    choice: str = ""
    text: str = ""


def judge_resume(life: Life, expected: Expected | None, grace: float) -> Resume:
    """Did this child resume the session the last kill cut off, where it was?"""
    said = life.first("recovered") or life.first("fresh")
    result = Resume(choice=life.choice)
    if said is None or expected is None or expected.session is None:
        return result
    result.judged = True
    if said["ev"] == "fresh":
        result.failure = "the cut-off session was not offered"
        return result
    session_id, started = expected.session
    if said.get("session_id") is not None and said["session_id"] != session_id:
        result.failure = f"resumed session {said['session_id']}, not {session_id}"
    elif said.get("session_id") is None and said.get("started") != started:
        result.failure = f"resumed a session started {said.get('started')}, not {started}"
    elif said["st"] != "PAUSED":
        result.failure = f"resumed {said['st']}, not paused"
    elif said["p"] != expected.phase and not (
        expected.phase_changed is not None
        and expected.phase_changed > expected.killed - grace
        and said["p"] == expected.phase_before
    ):
        result.failure = f"resumed in phase {said['p']}, not {expected.phase}"
    result.text = f"session {session_id}, phase {said['p']}"
    skipped = expected.skipped
    if expected.seconds is None or (skipped and (life.choice != "resume" or "counting" in skipped)):
        return result
    question = life.first("question")
    away = 0.0
    if life.choice == "counting" and expected.running and question is not None:
        away = question["t"] - expected.killed
    result.error = expected.seconds + away - said["s"]
    return result


# ----- the run -----------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=100, help="kill cycles (default 100)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--max-typing", type=float, default=6.0, help="kill 0..S s after READY (default 6)"
    )
    parser.add_argument(
        "--early", type=float, default=0.1, help="share of kills during start-up (default 0.1)"
    )
    parser.add_argument(
        "--counting",
        type=float,
        default=0.25,
        help="share of resumes that count the time away (default 0.25)",
    )
    parser.add_argument("--grace", type=float, default=2.0, help="seconds (default 2)")
    parser.add_argument("--keep", type=Path, help="keep the data folder and logs here")
    parser.add_argument("--verbose", action="store_true", help="one line per kill")
    args = parser.parse_args()

    env, display = child_env()
    env.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
    rng = random.Random(args.seed)
    for line in environment_lines():
        print(line)
    print(f"Children: {display}; seed {args.seed}, {args.kills} kills")
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        base = Path(tempfile.mkdtemp(prefix="soak-", dir=args.keep))
    else:
        base = Path(tempfile.mkdtemp(prefix="cocoach-soak-"))
    data, logs, snap = base / "data", base / "logs", base / "snapshot"
    logs.mkdir(parents=True)

    started = time.perf_counter()
    startups: list[float] = []
    alive: list[float] = []
    taken: set[str] = set()
    total = Typed()
    corrupt: list[str] = []
    failed_starts: list[str] = []
    several: list[str] = []
    resumes: list[Resume] = []
    expected: Expected | None = None
    early_kills = 0
    for cycle in range(1, args.kills + 2):
        final = cycle == args.kills + 1  # one more start, to judge the last kill's resume
        choice = "counting" if rng.random() < args.counting else "resume"
        early = not final and bool(startups) and rng.random() < args.early
        typing = 0.0 if final else rng.uniform(0.0, args.max_typing)
        startup = rng.uniform(0.0, median(startups)) if early else 0.0

        def kill_at(
            life: Life, early: bool = early, after: float = typing, s: float = startup
        ) -> float | None:
            if early:
                return life.launched + s
            return None if life.ready is None else life.ready + after

        life = live(cycle, choice, data, logs, env, args.seed, kill_at, early)
        if life.ready is not None:
            startups.append(life.ready - life.launched)
        resume = judge_resume(life, expected, args.grace)
        if resume.judged:
            resumes.append(resume)
        start_problem = ""
        opened = life.first("archive-open")
        lock = life.first("lock")
        if lock is not None and not lock["owned"]:
            start_problem = "the folder's lock, left by the killed copy, was not taken over"
        elif life.killed is None:
            start_problem = f"exited by itself with status {life.exit_status}"
        elif life.ready is None and not early:
            start_problem = "never said READY"
        if start_problem:
            tail = life.stderr.strip().splitlines()[-3:]
            failed_starts.append(f"cycle {cycle}: {start_problem}: {' | '.join(tail)}")
        if opened is not None and not opened["ok"]:
            corrupt.append(f"cycle {cycle}: the app could not open it: {opened['problem']}")
        if final:
            line = f"final start: resume {resume_words(resume)}"
            if args.verbose:
                print(line)
            break
        early_kills += early
        alive.append((life.killed or time.time()) - life.launched)
        disk = read_disk(data, snap)
        if disk.corrupt:
            corrupt.append(f"kill {cycle}: integrity {disk.integrity!r}, open {disk.open_error!r}")
        typed = judge_typing(life, disk, taken, args.grace)
        for name in vars(total):
            setattr(total, name, getattr(total, name) + getattr(typed, name))
        if len(disk.unfinished) > 1:  # a new session was started instead of the old one
            several.append(f"kill {cycle}: {len(disk.unfinished)} unfinished sessions on disk")
        expected = expectation(life, disk, expected)
        if args.verbose:
            when = (
                f"start-up +{life.killed - life.launched:4.2f}s"
                if early and life.killed
                else f"typing {typing:4.2f}s"
            )
            at = (
                f"phase {expected.phase} at {expected.seconds:7.2f}s"
                if expected and expected.seconds is not None
                else "no session"
            )
            print(
                f"kill {cycle:3d}  {when:<18} keys {typed.keys:3d}  "
                f"notes {typed.notes} lost {typed.lost_notes}/{typed.lost_chars} ch  "
                f"commit {typed.commitments} lost {typed.lost_commitments}  "
                f"db {'ok' if not disk.corrupt else 'CORRUPT'}  {at}  "
                f"| resume of the last kill: {resume_words(resume)}",
                flush=True,
            )
    wall = time.perf_counter() - started

    errors = [r.error for r in resumes if r.error is not None]
    by_choice = {
        c: [r.error for r in resumes if r.choice == c and r.error is not None]
        for c in ("resume", "counting")
    }
    failed = [r for r in resumes if r.failure]
    print()
    print(f"kills                      {args.kills} ({early_kills} during start-up)")
    print(
        f"notes lost                 {total.lost_notes} of {total.notes} "
        f"(typed more than {args.grace:g} s before a kill); garbled {total.garbled}"
    )
    print(f"characters lost            {total.lost_chars} of {total.chars} ({total.keys} keys)")
    print(f"commitments lost           {total.lost_commitments} of {total.commitments}")
    print(f"corrupt databases          {len(corrupt)}")
    print(f"recovery files at the end  {disk.recovery_files} (copies of notes, or notes refused)")
    print(
        f"failed resumes             {len(failed)} of {len(resumes)} judged; "
        f"failed starts {len(failed_starts)}; kills leaving several unfinished sessions "
        f"{len(several)}"
    )
    if errors:
        worst = max(errors, key=abs)
        parts = [
            f"{name} n={len(v)} median {median(v):+.2f} max {max(v):+.2f} min {min(v):+.2f}"
            for name, v in (("paused:", by_choice["resume"]), ("counting:", by_choice["counting"]))
            if v
        ]
        print(f"worst timing error         {worst:+.2f} s ({'; '.join(parts)})")
    else:
        print("worst timing error         none judged")
    print(
        f"wall time                  {wall:.1f} s ({wall / max(1, args.kills):.1f} s a kill; "
        f"start-up to READY median {median(startups):.2f} s)"
    )
    problems = corrupt + failed_starts + several + [f"resume: {r.failure}" for r in failed]
    for problem in problems[:10]:
        print("  " + problem, file=sys.stderr)
    if args.keep is None:
        shutil.rmtree(base, ignore_errors=True)
    else:
        print(f"data folder and logs kept in {base}")
    bad = total.lost_notes or total.lost_commitments or total.garbled or problems
    return 1 if bad else 0


def resume_words(resume: Resume) -> str:
    if not resume.judged:
        return "-"
    timing = "" if resume.error is None else f", error {resume.error:+.2f} s"
    return f"{resume.failure or 'ok'} ({resume.choice}, {resume.text}{timing})"


if __name__ == "__main__":
    sys.exit(main())
