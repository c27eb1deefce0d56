"""Reading a 2,000-session export: ``parse_json_document`` beside ``json.loads`` of the same text.

The figure is the time to check and read the whole file into records (what an import does
before the archive sees any of it); the baseline is parsing the same text with ``json.loads``
alone, measured in the same run. ``--compare FILE`` also times another copy of
``exchange/model/exchange.py`` (e.g. one from an older commit, ``git show REV:cocoach_desktop/core/
exchange.py > /tmp/old.py``) on the same text, to compare two versions on one machine.

    .venv/bin/python bench/import_speed.py [--sessions 2000] [--runs 7] [--compare FILE]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from _common import BENCH_DIR, median

ROOT = BENCH_DIR.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from archive_fixtures import make_details  # noqa: E402  (tests/ on sys.path above)

from cocoach_desktop.exchange.model import exchange  # noqa: E402


def _timed(work: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def _load(path: Path) -> Callable[[str], object]:
    spec = importlib.util.spec_from_file_location("compared_exchange", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    parse: Callable[[str], object] = module.parse_json_document
    return parse


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--compare", type=Path, help="another exchange.py to time as well")
    args = parser.parse_args()

    details = make_details(args.sessions)
    document = exchange.to_json_document(
        details, [], exported=datetime(2026, 1, 1, tzinfo=UTC), app_version="bench"
    )
    text = exchange.dumps(document)
    print(f"{args.sessions} sessions, {len(text.encode()) / 1e6:.1f} MB of JSON, {args.runs} runs")
    work: list[tuple[str, Callable[[], object]]] = [
        ("json.loads (baseline)", lambda: json.loads(text)),
        ("parse_json_document", lambda: exchange.parse_json_document(text)),
    ]
    if args.compare:
        other = _load(args.compare)
        work.append((f"compared: {args.compare.name}", lambda: other(text)))
    # Round by round, each one once, so a busy moment on the machine hits them all alike.
    times: list[list[float]] = [[] for _ in work]
    for _ in range(args.runs):
        for (_, run), spent in zip(work, times, strict=True):
            spent.extend(_timed(run, 1))
    rows = [(label, spent) for (label, _), spent in zip(work, times, strict=True)]
    base = median(rows[0][1])
    for label, times in rows:
        print(
            f"{label:32} median {median(times) * 1000:8.1f} ms  min {min(times) * 1000:8.1f} ms"
            f"  ×{median(times) / base:5.2f} of json.loads"
        )


if __name__ == "__main__":
    main()
