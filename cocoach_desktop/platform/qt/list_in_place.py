"""A QListWidget brought to new rows in place: the rows kept, taken out and put in."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from PySide6.QtWidgets import QListWidget, QListWidgetItem

from cocoach_desktop.platform.list_changes import apply_in_place


def update_list_in_place(
    lst: QListWidget,
    new_keys: Sequence[Hashable],
    *,
    key_of: Callable[[QListWidgetItem], Hashable],
    refresh: Callable[[QListWidgetItem, int], None],
    make: Callable[[int], QListWidgetItem],
) -> None:
    """Bring ``lst`` to the rows ``new_keys`` name without starting it again, so the chosen
    row and the scroll stay: ``key_of(item)`` is the key a row shows, ``refresh(item, j)``
    brings a kept row to the new row ``j`` (it may have changed), ``make(j)`` the row ``j``
    that comes in."""
    old = [key_of(lst.item(row)) for row in range(lst.count())]

    def removed(first: int, last: int) -> None:
        for row in range(last, first - 1, -1):
            lst.takeItem(row)

    def inserted(row: int, j1: int, j2: int) -> None:
        for offset, j in enumerate(range(j1, j2)):
            lst.insertItem(row + offset, make(j))

    apply_in_place(
        old,
        new_keys,
        kept=lambda row, j: refresh(lst.item(row), j),
        removed=removed,
        inserted=inserted,
    )
