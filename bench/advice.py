"""The advice check: time per utterance over the labelled dev set, beside two baselines.

``check(text)`` runs on every keystroke, so what matters is the time for one utterance.
Each of the dev set's utterances is timed on its own, ``--repeats`` times, and the same is
done in the same run for two baselines over the same texts: ``str.lower()`` (the cheapest
thing one could do to a text) and one precompiled ``re.search`` for a few advice phrases (a
naive keyword check). It then prints the dev-set figures (precision, recall, F1 for advice;
three-way accuracy) and the confusion matrix. Nothing is asserted.

    .venv/bin/python bench/advice.py [--repeats 200]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import time
from collections.abc import Callable, Sequence

from _common import BENCH_DIR, median, percentile

ROOT = BENCH_DIR.parent
sys.path.insert(0, str(ROOT))

from cocoach_desktop.advice.model.advice import MAX_CHARS, Label, check, score  # noqa: E402

DEV_SET = ROOT / "tests" / "data" / "advice_dev.jsonl"
KEYWORDS = re.compile(r"\b(?:you should|have you tried|why don't you|what if you|try)\b", re.I)


def load(path: os.PathLike[str]) -> list[tuple[str, str]]:
    with open(path, encoding="utf-8") as stream:
        rows = [json.loads(line) for line in stream if line.strip()]
    return [(str(row["text"]), str(row["label"])) for row in rows]


Series = dict[str, tuple[Callable[[str], object], Sequence[str]]]


def time_each(series: Series, repeats: int) -> dict[str, list[float]]:
    """Microseconds per call, one sample per text per pass.

    The series take turns pass by pass, so that whatever else the machine does during the
    run weighs on all of them alike.
    """
    clock = time.perf_counter_ns
    samples: dict[str, list[float]] = {name: [] for name in series}
    for _ in range(repeats):
        for name, (func, texts) in series.items():
            out = samples[name]
            for text in texts:
                start = clock()
                func(text)
                out.append((clock() - start) / 1000)
    return samples


def row(name: str, samples: list[float]) -> str:
    per_second = len(samples) / (sum(samples) / 1e6)
    return (
        f"{name:<26}{median(samples):>9.1f}{percentile(samples, 95):>9.1f}"
        f"{max(samples):>10.1f}{per_second:>14,.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=200, help="passes over the dev set")
    args = parser.parse_args()

    labelled = load(DEV_SET)
    texts = [text for text, _label in labelled]
    print(f"Python   {sys.version.split()[0]} ({sys.executable})")
    print(f"Platform {platform.platform()}, {os.cpu_count()} CPUs")
    print(f"Dev set  {DEV_SET.relative_to(ROOT)}: {len(texts)} utterances, {args.repeats} passes")
    print()

    for text in texts:  # warm up: compiled patterns, caches, branch predictors
        check(text)
    verdicts = {text: check(text) for text in texts}
    with_reframes = [t for t in texts if verdicts[t].label is not Label.OPEN]
    without = [t for t in texts if verdicts[t].label is Label.OPEN]

    print(f"{'per utterance (µs)':<26}{'median':>9}{'p95':>9}{'max':>10}{'per second':>14}")
    results = time_each(
        {
            "check()": (check, texts),
            "  advice/closed (reframes)": (check, with_reframes),
            "  open (no reframes)": (check, without),
            "baseline str.lower()": (str.lower, texts),
            "baseline one re.search": (KEYWORDS.search, texts),
        },
        args.repeats,
    )
    for name, samples in results.items():
        print(row(name, samples))
    lower = median(results["baseline str.lower()"])
    search = median(results["baseline one re.search"])
    mine = median(results["check()"])
    print(f"check() median is {mine / lower:.0f}× str.lower() and {mine / search:.0f}× re.search")
    print()

    huge = ("Have you tried a seating plan? What have you tried so far? " * 2000)[:100_000]
    huge_times = time_each({"huge": (check, [huge])}, 20)["huge"]
    print(
        f"100 KB text: median {median(huge_times) / 1000:.2f} ms"
        f" (only the first {MAX_CHARS} characters are read)"
    )
    print()

    scores = score((label, verdicts[text].label.value) for text, label in labelled)
    print(f"Dev set: {scores.total} utterances")
    print(
        f"  advice  precision {scores.precision:.3f}  recall {scores.recall:.3f}"
        f"  F1 {scores.f1:.3f}"
    )
    print(f"  three-way accuracy {scores.accuracy:.3f}")
    names = [label.value for label in Label]
    print("  expected \\ got " + "".join(f"{name:>8}" for name in names))
    for expected in names:
        counts = "".join(f"{scores.confusion[(expected, got)]:>8}" for got in names)
        print(f"  {expected:<15}{counts}")


if __name__ == "__main__":
    main()
