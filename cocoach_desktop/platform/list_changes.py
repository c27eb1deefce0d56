"""How to bring a shown list to a new one in place: the rows kept, removed and inserted."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence


def apply_in_place(
    old: Sequence[Hashable],
    new: Sequence[Hashable],
    *,
    kept: Callable[[int, int], None],
    removed: Callable[[int, int], None],
    inserted: Callable[[int, int, int], None],
) -> None:
    """Walk from ``old`` keys to ``new`` keys, last rows first, so each step's row numbers hold.

    ``kept(row, j)``: the row still shows the same item, now ``new[j]`` (it may have changed);
    ``removed(first, last)``: rows ``first..last`` of the list as it is then went away;
    ``inserted(row, j1, j2)``: ``new[j1:j2]`` come in at ``row``. A list view that follows
    these keeps its selection and scroll position: nothing is reset.
    """
    from difflib import SequenceMatcher  # only once something was edited: not at start-up

    steps = SequenceMatcher(a=list(old), b=list(new), autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in reversed(steps):
        if tag == "equal":
            for offset in range(i2 - i1):
                kept(i1 + offset, j1 + offset)
            continue
        if i2 > i1:
            removed(i1, i2 - 1)
        if j2 > j1:
            inserted(i1, j1, j2)
