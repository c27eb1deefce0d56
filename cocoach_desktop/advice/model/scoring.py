"""Scoring the advice check against labels: precision, recall, F1 and accuracy."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cocoach_desktop.advice.model.verdict import Label


@dataclass(frozen=True)
class Scores:
    """Precision, recall and F1 for ``advice``; accuracy over all three labels."""

    total: int
    precision: float
    recall: float
    f1: float
    accuracy: float
    confusion: dict[tuple[str, str], int]  # (expected, got) -> count


def score(pairs: Iterable[tuple[str, str]]) -> Scores:
    """Compare (expected, predicted) labels: precision/recall/F1 for advice, accuracy overall."""
    confusion = {(expected.value, got.value): 0 for expected in Label for got in Label}
    total = correct = true_pos = false_pos = false_neg = 0
    for expected_label, got_label in pairs:
        expected, got = str(expected_label), str(got_label)
        confusion[(expected, got)] = confusion.get((expected, got), 0) + 1
        total += 1
        correct += expected == got
        if got == Label.ADVICE:
            true_pos += expected == Label.ADVICE
            false_pos += expected != Label.ADVICE
        elif expected == Label.ADVICE:
            false_neg += 1
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 0.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = correct / total if total else 0.0
    return Scores(total, precision, recall, f1, accuracy, confusion)
