"""Splitting a tidied utterance into clauses, reading their words, and what a rule finds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import Literal

_Span = tuple[int, int]
_Kind = Literal["advice", "weak", "soft", "open", "closed"]


# A sentence ends at . ! ? ; a clause also at a dash. The dash's clause continues the
# sentence: it is read on its own but is not a statement of opinion by itself.
_SENTENCE_END = re.compile(r"[.!?;]+(?=[\s\"')\]]|$)|\?+|\n")
_DASH = re.compile(r"\s*\u2014+\s*|\s+--?\s+")
_TRIM = " \t\n\"'()[]*-,:"
_WORD_RE = re.compile(r"[^\W_][\w'-]*")
_HEAD_BREAK = re.compile(r"[,:]\s+")


@dataclass(frozen=True)
class _Clause:
    start: int
    end: int
    asked: bool  # it ends with a question mark
    continues: bool  # it follows a dash inside a sentence


@dataclass(frozen=True)
class _Finding:
    kind: _Kind
    span: _Span  # the deciding words, in the tidied text
    family: str = ""  # which reframes fit: tried, suggest, story, diagnosis, summary, closed
    topic: _Span | None = None
    question: bool = False  # a question or an invitation: the last one decides open/closed
    aux: bool = False  # a real question ("Is she ...?"), not a statement with "?"
    confirm: bool = False  # only checks what was just said: "is that fair?", "right?"


def _clauses(text: str) -> list[_Clause]:
    clauses: list[_Clause] = []
    done = 0
    for brk in [*_SENTENCE_END.finditer(text), None]:
        stop = brk.start() if brk else len(text)
        asked = brk is not None and "?" in brk.group()
        pieces = [(done, stop)]
        for dash in _DASH.finditer(text, done, stop):
            pieces[-1] = (pieces[-1][0], dash.start())
            pieces.append((dash.end(), stop))
        for i, (start, end) in enumerate(pieces):
            while start < end and text[start] in _TRIM:
                start += 1
            while end > start and text[end - 1] in _TRIM:
                end -= 1
            if start < end:
                clauses.append(_Clause(start, end, asked and i == len(pieces) - 1, i > 0))
        done = brk.end() if brk else len(text)
    return clauses


def _words(text: str, start: int, end: int, limit: int = 12) -> list[tuple[str, int, int]]:
    """The first ``limit`` words from ``start``: no rule looks further, and a long clause read
    at every comma must not cost its whole length each time.
    """
    found = islice(_WORD_RE.finditer(text, start, end), limit)
    return [(m.group(), m.start(), m.end()) for m in found]


def _first_words(text: str, start: int, end: int, count: int) -> _Span:
    words = _words(text, start, end)[:count]
    return (words[0][1], words[-1][2]) if words else (start, end)


def _any(*alternatives: str) -> re.Pattern[str]:
    """One pattern matching any of ``alternatives`` (each a regular expression)."""
    return re.compile("|".join(f"(?:{alternative})" for alternative in alternatives))
