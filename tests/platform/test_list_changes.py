"""Bringing a shown list to a new one in place: replaying the steps gives the new list."""

from __future__ import annotations

import random

import pytest

from cocoach_desktop.platform.list_changes import apply_in_place


def replay(old: list[int], new: list[int]) -> tuple[list[int], int, int]:
    """Apply the steps to a copy of ``old``; the result, and how many rows were kept/moved."""
    shown = list(old)
    counts = {"kept": 0, "moved": 0}

    def kept(row: int, j: int) -> None:
        assert shown[row] == new[j]  # the row still shows the same item
        counts["kept"] += 1

    def removed(first: int, last: int) -> None:
        del shown[first : last + 1]
        counts["moved"] += last - first + 1

    def inserted(row: int, j1: int, j2: int) -> None:
        shown[row:row] = new[j1:j2]
        counts["moved"] += j2 - j1

    apply_in_place(old, new, kept=kept, removed=removed, inserted=inserted)
    return shown, counts["kept"], counts["moved"]


def test_one_row_removed_touches_only_that_row() -> None:
    assert replay([1, 2, 3, 4], [1, 2, 4]) == ([1, 2, 4], 3, 1)


def test_one_row_inserted_in_the_middle() -> None:
    assert replay([1, 2, 4], [1, 2, 3, 4]) == ([1, 2, 3, 4], 3, 1)


def test_nothing_changed_keeps_every_row() -> None:
    assert replay([5, 6, 7], [5, 6, 7]) == ([5, 6, 7], 3, 0)


def test_from_and_to_empty() -> None:
    assert replay([], [1, 2]) == ([1, 2], 0, 2)
    assert replay([1, 2], []) == ([], 0, 2)


@pytest.mark.parametrize("seed", range(40))
def test_any_change_replays_to_the_new_list(seed: int) -> None:
    rng = random.Random(seed)
    old = rng.sample(range(60), rng.randint(0, 30))
    new = [x for x in old if rng.random() > 0.2]
    for _ in range(rng.randint(0, 5)):
        new.insert(rng.randint(0, len(new)), 100 + rng.randint(0, 50))
    shown, kept, _moved = replay(old, new)
    assert shown == new
    assert kept >= len([x for x in old if x in new]) - 5  # most of what stayed is kept, not moved
