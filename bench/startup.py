"""Start-up time: process start to the facilitator window's first paint, beside a bare window.

The parent reads ``time.perf_counter()``, launches a child Python process and stops the clock
when the child prints ``painted`` (at its window's first paint event). It then also notes when
the child prints ``frame`` (that first frame finished, the event loop back), for the app
when it prints ``ready`` (the archive open, which the app does just after its first frame),
and when the child has exited. App and bare runs alternate, app first; every run counts.

    .venv/bin/python bench/startup.py [--runs 10] [--pycache DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from _common import BENCH_DIR, bytecode_line, child_env, environment_lines, median

CHILDREN = {"app": BENCH_DIR / "_child_app.py", "bare": BENCH_DIR / "_child_bare.py"}
LABELS = {"app": "Cocoach app", "bare": "bare PySide6"}


@dataclass(frozen=True)
class Sample:
    painted: float  # seconds from launch to the first paint event
    frame: float  # ... to that frame being finished
    ready: float | None  # ... to the archive being open (the app only; None for the bare one)
    exited: float  # ... to the child having exited
    platform: str  # the Qt platform plugin the child used
    size: str  # the window's size, "WxH"
    qt: str  # the Qt version the child ran


class ChildError(RuntimeError):
    pass


def run_child(script: Path, extra: list[str], env: dict[str, str], timeout: float) -> Sample:
    """Launch ``script`` and time it; raise :class:`ChildError` with its stderr if it fails."""
    with tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, str(script), *extra],
            stdout=subprocess.PIPE,
            stderr=stderr,
            env=env,
            text=True,
        )
        watchdog = threading.Timer(timeout, proc.kill)
        watchdog.start()
        try:
            assert proc.stdout is not None
            painted = frame = ready = None
            words: list[str] = []
            for line in proc.stdout:
                now = time.perf_counter() - start
                if line.startswith("painted") and painted is None:
                    painted, words = now, line.split()
                elif line.startswith("frame") and frame is None:
                    frame = now
                elif line.startswith("ready") and ready is None:
                    ready = now
            code = proc.wait()
            exited = time.perf_counter() - start
        finally:
            watchdog.cancel()
        if code != 0 or painted is None or frame is None:
            stderr.seek(0)
            tail = stderr.read().decode(errors="replace")[-2000:]
            raise ChildError(f"{script.name} exited with {code} (timeout {timeout}s?):\n{tail}")
    return Sample(painted, frame, ready, exited, words[1], words[2], words[3])


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Time from process start to the first painted facilitator window, "
        "beside a bare PySide6 window of the same size."
    )
    parser.add_argument(
        "--runs", type=int, default=10, help="runs of each child, alternating (default 10)"
    )
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="seconds before a child is killed"
    )
    parser.add_argument(
        "--pycache",
        type=Path,
        metavar="DIR",
        help="let the children write and reuse compiled bytecode in DIR (PYTHONPYCACHEPREFIX),"
        " as an installed app would, even if PYTHONDONTWRITEBYTECODE is set; each child first"
        " runs once, untimed, to fill it",
    )
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    env, display_note = child_env(args.pycache)
    print("Start-up: process launch -> first paint event of the main window")
    for line in environment_lines():
        print(line)
    print(f"Display  {display_note}")
    print(f"Bytecode {bytecode_line(env)}")
    print(f"Runs     {args.runs} of each, alternating app/bare, app first; none discarded")
    print()

    if args.pycache is not None:
        # A fresh cache would make the first run compile everything (the stdlib included).
        print("Filling the bytecode cache: each child runs once first, untimed")
        try:
            for kind in ("app", "bare"):
                run_child(CHILDREN[kind], [], env, args.timeout)
        except ChildError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print()

    # Every start but the very first opens an existing archive: make one, untimed.
    data = tempfile.mkdtemp(prefix="cocoach-bench-start-")
    try:
        first = run_child(CHILDREN["app"], ["--data", data], env, args.timeout)
    except ChildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(
        f"First start ever (creates the archive: Alembic migrations, search index): "
        f"painted {first.painted * 1000:.1f} ms; not counted below"
    )
    print()
    samples: dict[str, list[Sample]] = {"app": [], "bare": []}
    bare_size = ["--width", "1360", "--height", "860"]
    try:
        for i in range(args.runs):
            for kind in ("app", "bare"):
                extra = bare_size if kind == "bare" else ["--data", data]
                sample = run_child(CHILDREN[kind], extra, env, args.timeout)
                samples[kind].append(sample)
                if kind == "app":  # the bare window copies the app window's size
                    width, height = sample.size.split("x")
                    bare_size = ["--width", width, "--height", height]
                print(
                    f"  run {i + 1:2d} {kind:4s}  painted {sample.painted * 1000:7.1f} ms"
                    f"  frame {sample.frame * 1000:7.1f} ms"
                    + (f"  archive open {sample.ready * 1000:7.1f} ms" if sample.ready else "")
                    + f"  exited {sample.exited * 1000:7.1f} ms"
                )
    except ChildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1

    app, bare = samples["app"], samples["bare"]
    print()
    everyone = app + bare
    platforms = sorted({s.platform for s in everyone})
    versions = sorted({s.qt for s in everyone})
    print(f"In the children: Qt {', '.join(versions)}; platform plugin {', '.join(platforms)}")
    print(f"Window size: {app[0].size} (the bare window copies it)")
    if len(versions) > 1:
        print("WARNING: the Qt version changed during the run; the figures are not comparable")
    print()
    header = (
        f"{'':14s} {'median ms':>10s} {'min ms':>8s}   {'frame done, median ms':>21s}"
        f"   {'archive open, median ms':>23s}"
    )
    print(header)
    print("-" * len(header))
    for kind in ("bare", "app"):
        painted = [s.painted * 1000 for s in samples[kind]]
        frames = [s.frame * 1000 for s in samples[kind]]
        opened = [s.ready * 1000 for s in samples[kind] if s.ready is not None]
        open_text = f"{median(opened):23.1f}" if opened else f"{'-':>23s}"
        print(
            f"{LABELS[kind]:14s} {median(painted):10.1f} {min(painted):8.1f}"
            f"   {median(frames):21.1f}   {open_text}"
        )
    ratio = median([s.painted for s in app]) / median([s.painted for s in bare])
    frame_ratio = median([s.frame for s in app]) / median([s.frame for s in bare])
    print()
    print(f"ratio app/bare (medians, first paint): {ratio:.2f}")
    print(f"ratio app/bare (medians, frame done):  {frame_ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
