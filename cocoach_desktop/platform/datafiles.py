"""What every data file the app reads shares: plain-words problems, careful reading, TOML text.

Protocol templates and question banks are both small TOML files that a person may have
edited by hand. Whatever is wrong with one is said in words that name the file and the
place, and the other files still load.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from importlib.resources.abc import Traversable
from pathlib import PurePath
from typing import Any

import tomli_w

from cocoach_desktop.platform.problems import CodedError, ErrorCode

MAX_LISTED_PROBLEMS = 8


class DataFileError(CodedError):
    """A file that cannot be used: which file (the place), and the problem as a code.

    ``str()`` is "<file>: <problem>" in English; ``problem`` the problem alone.
    """

    def __init__(self, origin: str, code: ErrorCode, /, **values: object) -> None:
        super().__init__(code, origin, **values)
        self.origin = origin

    @property
    def problem(self) -> str:
        """The problem without the file's name, in English (``say(..., origin=False)``)."""
        from cocoach_desktop.platform.problem_words import english

        return english(self, origin=False)


def quote(text: str, limit: int = 40) -> str:
    """``text`` in single quotes, shortened if long, for use inside a message."""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'"


def kind_of(value: object) -> str:
    """What a value is, in words: used in "must be a number, but it is text"."""
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, datetime.date | datetime.time):
        return "a date or time"
    return type(value).__name__


def join_problems(problems: Sequence[str]) -> str:
    """Several problems as one message, one per line, and not too many of them."""
    shown = list(problems[:MAX_LISTED_PROBLEMS])
    hidden = len(problems) - len(shown)
    if hidden:
        shown.append(f"and {hidden} more problem{'s' if hidden > 1 else ''}")
    return "\n".join(shown)


def reason(exc: OSError) -> str:
    """Why a file could not be read or written, as the system says it."""
    return exc.strerror or str(exc) or type(exc).__name__


def origin_of(node: Traversable) -> str:
    """How to name a file in a message: its path, or its name inside a package."""
    return str(node) if isinstance(node, PurePath) else node.name


def read_text(
    entry: Traversable,
    origin: str,
    *,
    max_bytes: int,
    what: str,
    error: type[DataFileError] = DataFileError,
) -> str:
    """A small UTF-8 text file, or ``error`` saying why it cannot be one.

    ``what`` is the kind of file the messages name: "bank" or "template".
    """
    try:
        with entry.open("rb") as handle:
            raw: bytes = handle.read(max_bytes + 1)
    except OSError as exc:
        raise error(origin, ErrorCode.FILE_NOT_READ, detail=reason(exc)) from None
    if len(raw) > max_bytes:
        raise error(origin, ErrorCode.FILE_TOO_LARGE, kib=max_bytes // 1024, kind=what)
    if b"\x00" in raw:
        raise error(origin, ErrorCode.NOT_A_TEXT_FILE, kind=what)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(origin, ErrorCode.NOT_UTF8, byte=exc.start + 1) from None


_SURROGATES = re.compile("[\ud800-\udfff]")


def _storable(value: object) -> object:
    """``value`` with every lone surrogate in its texts made U+FFFD: UTF-8 cannot hold one."""
    if isinstance(value, str):
        return _SURROGATES.sub("\ufffd", value)
    if isinstance(value, Mapping):
        return {key: _storable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_storable(item) for item in value]
    return value


def toml_text(document: Mapping[str, Any], comment: Sequence[str] = ()) -> str:
    """``document`` as TOML text, written by tomli-w, after a ``# comment`` line for each line."""
    head = "".join(f"# {line}\n" for line in comment)
    storable = _storable(document)
    assert isinstance(storable, dict)
    return head + tomli_w.dumps(storable)
