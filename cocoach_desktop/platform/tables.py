"""Typed accessors over one table of a hand-edited TOML or JSON file (protocols, banks, settings).

Built on :class:`~cocoach_desktop.platform.reading.Reader`: every problem is noted as a
:class:`~cocoach_desktop.platform.reading.Problem` whose place is the table's label in the file
("phase 2 ('Close')", or "" at the top) and whose first value is the key; the sentences
are made by :func:`cocoach_desktop.platform.wording.table_sentence`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum

from cocoach_desktop.platform.reading import MISSING, Code, Reader


class Wanted(StrEnum):
    """What a key of a table must hold, for :data:`Code.WRONG_TYPE` in a table."""

    TEXT = "text"
    WHOLE = "whole"
    MINUTES = "minutes"
    NUMBER = "number"
    FLAG = "flag"
    TEXTS = "texts"
    TABLES = "tables"


class Table:
    """Reads typed values out of one table, noting each problem instead of stopping."""

    def __init__(self, r: Reader, data: Mapping[str, object], where: str = "") -> None:
        self.r = r
        self.data = data
        self.where = where

    def note(self, code: Code, *values: object) -> None:
        self.r.note(self.where, code, *values)

    def unknown(self, required: Sequence[str], optional: Sequence[str] = ()) -> None:
        """Note each key that is neither ``required`` nor ``optional``."""
        known = (*required, *optional)
        for key in self.data:
            if key not in known:
                self.note(Code.UNKNOWN_KEY, str(key), known)

    def get(self, key: str, optional: bool) -> object:
        """The value at ``key``, or :data:`MISSING` (noted unless ``optional``)."""
        if key in self.data:
            return self.data[key]
        if not optional:
            self.note(Code.MISSING, key)
        return MISSING

    def wrong(self, key: str, wanted: Wanted, value: object) -> None:
        self.note(Code.WRONG_TYPE, key, wanted, value)

    def text(self, key: str) -> str:
        value = self.get(key, optional=False)
        if isinstance(value, str):
            return value
        if value is not MISSING:
            self.wrong(key, Wanted.TEXT, value)
        return ""

    def line(self, key: str, *, limit: int, required: bool) -> str:
        """A one-line text, spaces tidied, at most ``limit`` long (blank only if not required)."""
        value = self.get(key, optional=not required)
        if value is MISSING:
            return ""
        if not isinstance(value, str):
            self.wrong(key, Wanted.TEXT, value)
            return ""
        text = " ".join(value.split())
        if required and not text:
            self.note(Code.BLANK, key)
        elif len(text) > limit:
            self.note(Code.TOO_LONG, key, len(text), limit)
        return text

    def whole(self, key: str, wanted: Wanted = Wanted.MINUTES) -> int:
        value = self.get(key, optional=False)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if value is not MISSING:
            self.wrong(key, wanted, value)
        return 0

    def number(self, key: str) -> float:
        value = self.get(key, optional=False)
        if isinstance(value, int | float) and not isinstance(value, bool):
            try:
                return float(value)
            except OverflowError:
                self.note(Code.NUMBER_TOO_LARGE, key)
                return 0.0
        if value is not MISSING:
            self.wrong(key, Wanted.NUMBER, value)
        return 0.0

    def flag(self, key: str) -> bool:
        value = self.get(key, optional=True)
        if isinstance(value, bool):
            return value
        if value is not MISSING:
            self.wrong(key, Wanted.FLAG, value)
        return False

    def texts(self, key: str, optional: bool) -> tuple[str, ...]:
        value = self.get(key, optional=optional)
        if value is MISSING:
            return ()
        if not isinstance(value, list):
            self.wrong(key, Wanted.TEXTS, value)
            return ()
        items: list[str] = []
        for index, item in enumerate(value, 1):
            if isinstance(item, str):
                items.append(item)
            else:
                self.note(Code.ITEM_WRONG_TYPE, key, index, item)
        return tuple(items)

    def tables(self, key: str) -> list[object]:
        value = self.get(key, optional=False)
        if value is MISSING:
            return []
        if not isinstance(value, list):
            self.wrong(key, Wanted.TABLES, value)
            return []
        return list(value)
