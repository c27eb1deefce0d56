"""Fuzz the command line's readers: mutated exports and JSON lines, never a traceback.

Not a test: it prints counts. From a valid export (the example in docs/export-format.md) it
makes N mutated files (seeded, so a run can be repeated) and runs the real ``cocoach import
--check FILE`` and ``cocoach import FILE`` into a fresh temporary data folder for each; from
valid JSON lines it makes N mutated files and runs ``cocoach check --jsonl FILE`` and
``cocoach check --eval FILE``. It counts:

- tracebacks: an exception out of the command (must be 0);
- disagreements: ``import --check`` said fine and the import refused, or the other way round,
  or both refused naming different problems (must be 0);
- unaccounted lines: a JSON line neither checked (a line on stdout) nor named on stderr
  (must be 0);
- and the wall time.

Run from the repository root::

    .venv/bin/python bench/fuzz_inputs.py                  # 500 of each, in this process
    .venv/bin/python bench/fuzz_inputs.py -n 2000 --seed 7
    .venv/bin/python bench/fuzz_inputs.py -n 50 --subprocess   # real processes (slower)

In-process, stdout is strict UTF-8 as a real one is (a lone surrogate written to it fails
as it would in a terminal) and stderr replaces what it cannot encode, as Python's does.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import io
import json
import random
import re
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cocoach_desktop.cli import main as cocoach_main  # noqa: E402

# Stand-ins replaced in the JSON text: values json.dumps cannot write.
RAW = {
    '"@@HUGE@@"': "1" * 5000,
    '"@@NEGHUGE@@"': "-" + "9" * 4400,
    '"@@BIG@@"': "9" * 400,
    '"@@DEEP@@"': "[" * 50_000 + "]" * 50_000,
    '"@@DEEPISH@@"': "[" * 900 + "]" * 900,
    '"@@NAN@@"': "NaN",
    '"@@INF@@"': "-Infinity",
    '"@@BIGFLOAT@@"': "1e400",
    '"@@LONESURROGATE@@"': '"a\\ud800b"',
    '"@@LOWSURROGATE@@"': '"\\udfff"',
}
NASTY: list[object] = [
    "",
    " ",
    " \n\t ",
    "\x00",
    "\x00\x00 ",
    "a\x00b",
    "a\x01b",
    "\x7f",
    "\x1f",
    "\u0085",
    "\u200b",
    "\ufeff",
    "Zoe\u0308",
    "\u0958" * 61,
    "\u0958" * 121,
    "x" * 40,
    "x" * 41,
    "x" * 80,
    "x" * 81,
    "x" * 120,
    "x" * 121,
    "x" * 200,
    "x" * 201,
    "x" * 2001,
    "x" * 200_001,
    "open",
    "private",
    "coachee",
    "finished",
    "running",
    "2024-05-07T09:00:00Z",
    "2024-05-07T09:00:00",
    "0001-01-01T00:30+01:00",
    "9999-12-31T23:59:59-01:00",
    "2024-13-45",
    "2024-05-14",
    "20240514",
    0,
    -1,
    1,
    7,
    2**63,
    -(2**63) - 1,
    1.5,
    1800.0,
    1e12,
    1e13,
    -0.0,
    True,
    False,
    None,
    [],
    {},
    ["x"],
    [None],
    {"x": 1},
    *RAW.keys(),
]
NASTY = [json.loads(v) if isinstance(v, str) and v.startswith('"@@') else v for v in NASTY]


def _nasty(rng: random.Random) -> object:
    return copy.deepcopy(rng.choice(NASTY))


def _render(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    for stand_in, raw in RAW.items():
        text = text.replace(stand_in, raw)
    return text


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value (the root is ``()``)."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _nodes(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _nodes(item, (*path, i))
    return found


def _mutate_value(document: Any, rng: random.Random) -> Any:
    """One structural change: a nasty value, a key gone, an entry doubled or dropped."""
    places = [p for p in _nodes(document) if p]
    if not places:
        return _nasty(rng)
    place = rng.choice(places)
    parent: Any = document
    for step in place[:-1]:
        parent = parent[step]
    last = place[-1]
    action = rng.random()
    if action < 0.7:
        parent[last] = _nasty(rng)
    elif action < 0.8:
        del parent[last]
    elif action < 0.9 and isinstance(parent, list):
        parent.insert(last, copy.deepcopy(parent[last]))
    elif isinstance(parent, dict):
        parent[rng.choice(["extra", "id", "text", "name", "person", "label"])] = _nasty(rng)
    else:
        parent.append(_nasty(rng))
    return document


def _mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    """A few bytes flipped, dropped or put in (mostly: no longer JSON at all)."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not buf:
            break
        at = rng.randrange(len(buf))
        how = rng.random()
        if how < 0.4:
            buf[at] = rng.randrange(256)
        elif how < 0.7:
            del buf[at]
        else:
            buf[at:at] = rng.choice([b"\x00", b"\xff", b"\xc3", b"{", b"[", b'"', b"\\u", b"\n"])
    return bytes(buf)


def mutated(document: Any, rng: random.Random) -> bytes:
    """A mutated file: mostly value changes (which keep it JSON), sometimes byte damage."""
    doc = copy.deepcopy(document)
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        doc = _mutate_value(doc, rng)
    data = _render(doc).encode("utf-8", "surrogatepass")
    if rng.random() < 0.15:
        data = _mutate_bytes(data, rng)
    return data


# ----- running the real command ----------------------------------------------------------


@dataclass
class Outcome:
    status: int | None  # None: it raised (a traceback)
    out: str
    err: str
    trace: str = ""


def run_in_process(argv: list[str]) -> Outcome:
    """``cocoach ARGV`` in this process, with a strict UTF-8 stdout as a real one has."""
    out_bytes = io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", errors="strict", write_through=True)
    err_bytes = io.BytesIO()
    err = io.TextIOWrapper(
        err_bytes, encoding="utf-8", errors="backslashreplace", write_through=True
    )
    status: int | None
    trace = ""
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = cocoach_main(argv)
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 2
        except BaseException:  # counting them is the point
            status = None
            trace = traceback.format_exc()
    text = out_bytes.getvalue().decode("utf-8", "replace")
    return Outcome(status, text, err_bytes.getvalue().decode("utf-8", "replace"), trace)


def run_subprocess(argv: list[str]) -> Outcome:
    done = subprocess.run(
        [sys.executable, "-m", "cocoach_desktop", *argv],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    err = done.stderr.decode("utf-8", "replace")
    status: int | None = done.returncode
    trace = ""
    if "Traceback (most recent call last)" in err:
        status, trace = None, err
    return Outcome(status, done.stdout.decode("utf-8", "replace"), err, trace)


@dataclass
class Tally:
    runs: int = 0
    tracebacks: int = 0
    disagreements: int = 0
    unaccounted: int = 0
    refused: int = 0  # pairs both refused (imports), runs with a bad line named (lines)
    examples: list[str] = field(default_factory=list)

    def note(self, kind: str, detail: str) -> None:
        if len(self.examples) < 5:
            short = detail if len(detail) <= 1500 else detail[:500] + "\n…\n" + detail[-1000:]
            self.examples.append(f"{kind}: {short}")


_PROBLEM = re.compile(r"^- (\S+?):", re.M)


def fuzz_imports(n: int, rng: random.Random, run: Callable[[list[str]], Outcome]) -> Tally:
    document = json.loads(_docs_example())
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="cocoach-fuzz-") as tmp:
        for case in range(n):
            source = Path(tmp) / f"case{case}.json"
            source.write_bytes(mutated(document, rng))
            data = Path(tmp) / f"data{case}"
            checked = run(["--data-dir", str(data), "import", "--check", str(source)])
            imported = run(["--data-dir", str(data), "import", str(source)])
            tally.runs += 2
            for outcome in (checked, imported):
                if outcome.status is None:
                    tally.tracebacks += 1
                    tally.note("traceback", f"{source.read_bytes()[:300]!r}\n{outcome.trace}")
            if checked.status is None or imported.status is None:
                continue
            if (checked.status == 0) != (imported.status == 0):
                tally.disagreements += 1
                tally.note(
                    "disagreement",
                    f"check {checked.status}: {checked.out}{checked.err}\n"
                    f"import {imported.status}: {imported.err}",
                )
            elif checked.status != 0:
                tally.refused += 1
                if _PROBLEM.findall(checked.err) != _PROBLEM.findall(imported.err):
                    tally.disagreements += 1
                    tally.note("different problems", f"{checked.err}\n---\n{imported.err}")
            _remove_tree(data)
    return tally


def _remove_tree(folder: Path) -> None:
    if folder.exists():
        for child in sorted(folder.rglob("*"), reverse=True):
            child.rmdir() if child.is_dir() else child.unlink()
        folder.rmdir()


JSONL_BASE = [
    {"id": "q1", "text": "Have you tried a seating plan?", "label": "advice"},
    {"id": "q2", "text": "What else?", "label": "open"},
    {"id": 3, "text": "Is it every lesson?", "label": "closed"},
    {"id": "q4", "text": "What would help most right now?", "label": "open"},
    {"id": "q5", "text": "Why don't you ring them?", "label": "advice"},
]


def _expected_lines(data: bytes) -> int:
    """The lines ``check`` must account for: all but blank ones (as it reads them)."""
    count = 0
    for number, raw in enumerate(io.BytesIO(data), start=1):  # split at b"\n" only
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            count += 1
            continue
        if line.strip():
            count += 1
    return count


def fuzz_jsonl(n: int, rng: random.Random, run: Callable[[list[str]], Outcome]) -> Tally:
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="cocoach-fuzz-") as tmp:
        for case in range(n):
            lines = []
            for item in JSONL_BASE:
                raw = mutated(item, rng) if rng.random() < 0.4 else _render(item).encode()
                lines.append(raw.replace(b"\n", b" "))  # one JSON value per line
            if rng.random() < 0.1:
                lines.insert(rng.randrange(len(lines)), rng.choice([b"", b"   ", b"\xef\xbb\xbf"]))
            data = b"\n".join(lines) + b"\n"
            source = Path(tmp) / f"case{case}.jsonl"
            source.write_bytes(data)
            expected = _expected_lines(data)
            for mode in ("--jsonl", "--eval"):
                outcome = run(["check", mode, str(source)])
                tally.runs += 1
                if outcome.status is None:
                    tally.tracebacks += 1
                    tally.note("traceback", f"{data[:300]!r}\n{outcome.trace}")
                    continue
                tally.refused += outcome.status != 0
                named = len(set(re.findall(r"^cocoach check[^:]*: line (\d+):", outcome.err, re.M)))
                if mode == "--jsonl":
                    # One JSON line each, ended by "\n" (U+2028 or U+0085 inside one is text).
                    checked = outcome.out.count("\n")
                    if checked + named != expected:
                        tally.unaccounted += 1
                        tally.note(
                            "unaccounted", f"{expected} lines, {checked} + {named}\n{outcome.err}"
                        )
                    if (outcome.status == 0) != (named == 0):
                        tally.disagreements += 1
                        tally.note("status", f"status {outcome.status} with {named} named lines")
    return tally


def _docs_example() -> str:
    text = (ROOT / "docs" / "export-format.md").read_text(encoding="utf-8")
    return next(b for b in re.findall(r"```json\n(.*?)```", text, re.S) if "cocoach-archive" in b)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=500, help="cases of each kind (default 500)")
    parser.add_argument("--seed", type=int, default=10, help="random seed (default 10)")
    parser.add_argument(
        "--subprocess", action="store_true", help="run `python -m cocoach_desktop` each time"
    )
    args = parser.parse_args()
    run = run_subprocess if args.subprocess else run_in_process
    rng = random.Random(args.seed)
    where = "subprocesses" if args.subprocess else "in-process"
    print(f"Python {sys.version.split()[0]}, seed {args.seed}, {args.n} cases of each, {where}")
    failed = False
    for name, fuzz in (("export files", fuzz_imports), ("JSON lines", fuzz_jsonl)):
        started = time.perf_counter()
        tally = fuzz(args.n, rng, run)
        seconds = time.perf_counter() - started
        print(
            f"{name:<13} runs {tally.runs:>5}  tracebacks {tally.tracebacks}  "
            f"disagreements {tally.disagreements}  unaccounted lines {tally.unaccounted}  "
            f"(exit status 1: {tally.refused})  wall {seconds:.1f} s"
        )
        for example in tally.examples:
            print("  " + example.replace("\n", "\n    "), file=sys.stderr)
        failed = failed or bool(tally.tracebacks or tally.disagreements or tally.unaccounted)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
