"""CPU cost of a running session per minute, beside the simplest possible Qt clock.

Two child processes run one after the other for ``--seconds`` of real time each, counted
from just after their windows' first paint: the Cocoach app (facilitator and presentation
windows shown, a session started) and a bare window whose QLabel a 1 s QTimer updates. Each
child reports its own user + system CPU time over that span (getrusage, all threads). The
app child also reports how late each new displayed second was.

    .venv/bin/python bench/cpu.py [--seconds 60]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from typing import Any

from _common import BENCH_DIR, child_env, environment_lines, median, percentile

CHILDREN = {
    "baseline": BENCH_DIR / "_child_cpu_bare.py",
    "app": BENCH_DIR / "_child_cpu_app.py",
}
LABELS = {
    "baseline": "simplest clock (QLabel + 1 s QTimer)",
    "app": "Cocoach, session running, 2 windows",
}


def run_child(kind: str, seconds: float, env: dict[str, str]) -> dict[str, Any]:
    """Run one child and return its RESULT; exit with its stderr if it fails."""
    proc = subprocess.run(
        [sys.executable, str(CHILDREN[kind]), "--seconds", str(seconds)],
        capture_output=True,
        text=True,
        env=env,
        timeout=seconds + 120,
        check=False,
    )
    results = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    if proc.returncode != 0 or not results:
        sys.exit(f"error: {kind} child exited with {proc.returncode}:\n{proc.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(results[-1].removeprefix("RESULT "))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(
        description="CPU time per minute of a running session, beside a bare QLabel clock, "
        "and how late each displayed second is shown."
    )
    parser.add_argument(
        "--seconds",
        type=float,
        default=60.0,
        help="real time each child runs its event loop, after the first paint (default 60)",
    )
    args = parser.parse_args()
    if args.seconds <= 0:
        parser.error("--seconds must be positive")

    env, display_note = child_env()
    print("CPU while the timer runs: each child's user+system CPU over the measured span")
    for line in environment_lines():
        print(line)
    print(f"Display  {display_note}")
    print(f"Span     {args.seconds:g} s of real time per child, after its first paint")
    print()

    results = {kind: run_child(kind, args.seconds, env) for kind in ("baseline", "app")}

    header = (
        f"{'':37s} {'wall s':>7s} {'user s':>7s} {'sys s':>7s} {'CPU s/min':>10s}"
        f" {'% core':>7s} {'ticks':>6s}"
    )
    print(header)
    print("-" * len(header))
    per_minute: dict[str, float] = {}
    for kind, r in results.items():
        cpu = r["user"] + r["system"]
        per_minute[kind] = cpu / r["wall"] * 60
        print(
            f"{LABELS[kind]:37s} {r['wall']:7.2f} {r['user']:7.3f} {r['system']:7.3f}"
            f" {per_minute[kind]:10.3f} {per_minute[kind] / 60 * 100:6.2f}% {r['updates']:6d}"
        )
    print()
    if per_minute["baseline"] > 0:
        print(
            f"ratio app/baseline (CPU per minute): {per_minute['app'] / per_minute['baseline']:.1f}"
        )
    app = results["app"]
    cross = app["process_time"] / app["wall"] * 60
    print(f"(app cross-check, time.process_time(): {cross:.3f} CPU s/min)")
    print(f"In the children: Qt {app['qt']}; platform plugin {app['platform']}")
    if results["baseline"]["qt"] != app["qt"]:
        print(f"WARNING: the baseline child ran Qt {results['baseline']['qt']}, not comparable")
    print(f"App showed at the end: {app['shown_at_end']}")
    print()

    print(
        f"Lateness of each new displayed second, app ({len(app['at_tick_ms'])} changes;"
        f" {app['other_changes']} phase/pause changes left out)"
    )
    lat_header = f"{'':44s} {'median ms':>10s} {'p95 ms':>8s} {'max ms':>8s}"
    print(lat_header)
    print("-" * len(lat_header))
    for label, key in (
        ("when the tick computed it (state.remaining)", "at_tick_ms"),
        ("when the projector's digits were painted", "at_paint_ms"),
    ):
        values = app[key]
        print(
            f"{label:44s} {median(values):10.1f} {percentile(values, 95):8.1f}"
            f" {max(values, default=float('nan')):8.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
