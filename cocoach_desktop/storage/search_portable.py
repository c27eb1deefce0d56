"""Search without FTS5: plain SQLAlchemy (case-insensitive LIKE) that any database can run.

The same query language as the FTS5 engine (storage/search.py): the words of the typed text,
all required, each a prefix of a word in the text (a one-letter word only itself); quotes and
operators are plain characters, so there are no phrases in either engine. The same texts are
searched (notes, commitments with their follow-up, topics, names) and hits come back as the
same records, their snippets cut and marked as FTS5's ``snippet()`` does.

How it differs:

- Order: FTS5 ranks by bm25; this engine cannot, so names come first, then the newest
  (notes, commitments and topics by when they were written). ``rank`` is the position.
- Accents: LIKE compares letters as stored. An accented word typed ("élodie") finds the
  word with or without its accent, but a word typed without ("elodie") does not find the
  accented one ("Élodie"), which FTS5's ``remove_diacritics`` does.
- Speed: every search reads the matching texts newest first until it has enough hits, with
  no index to help; a word found nowhere reads every text (see bench/search_engines.py).

LIKE only narrows down: each row it lets through is checked word by word here in Python,
with FTS5's rules (case and accents folded), so a word inside another ("oach" in "coach")
does not match, and LIKE's own wildcards (``%``, ``_``) never come from the typed text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from cocoach_desktop.domain.records import SNIPPET_END, SNIPPET_START, HitKind, SearchHit
from cocoach_desktop.storage.models import CommitmentRow, NoteRow, PersonRow, TopicRow
from cocoach_desktop.storage.search import SNIPPET_TOKENS, query_words, with_titles

BATCH = 200  # rows read at a time, newest first, until a kind has enough hits
ELLIPSIS = "…"

# A word as FTS5's unicode61 tokenizer reads it: letters and digits, with their combining
# marks (a text stored decomposed, "e" + U+0301, keeps "é" in one word).
_TOKEN = re.compile(
    r"(?:[^\W_]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f])+"
)
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")


@dataclass(frozen=True)
class _Source:
    """A kind of hit: its table's id, the texts FTS5 indexes (search_ddl.SEARCH_SOURCES) and
    when each row was written (none for names)."""

    kind: HitKind
    id: InstrumentedAttribute[int]
    columns: tuple[InstrumentedAttribute[str], ...]
    when: InstrumentedAttribute[datetime] | InstrumentedAttribute[datetime | None] | None


_SOURCES: tuple[_Source, ...] = (
    _Source(HitKind.NOTE, NoteRow.id, (NoteRow.text,), NoteRow.created),
    _Source(
        HitKind.COMMITMENT,
        CommitmentRow.id,
        (CommitmentRow.text, CommitmentRow.follow_up),
        CommitmentRow.created,
    ),
    _Source(HitKind.TOPIC, TopicRow.id, (TopicRow.text,), TopicRow.created),
    _Source(HitKind.PERSON, PersonRow.id, (PersonRow.name,), None),
)


@functools.lru_cache(maxsize=1 << 16)  # words repeat: most of a search's folds are cached
def fold(word: str) -> str:
    """A word as FTS5 compares it (unicode61, remove_diacritics 2): lower case, no accents."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def like_pattern(word: str) -> str:
    """The LIKE pattern that lets through every text holding ``word`` (and more).

    ``%``, ``_`` and the escape character are escaped. Letters beyond ASCII become ``%``:
    SQLite's LIKE and lower() fold ASCII only, and "é" may be stored as two characters.
    """
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return "%" + _NOT_ASCII.sub("%", escaped) + "%"


def _matches(token: str, term: str) -> bool:
    return token == term if len(term) == 1 else token.startswith(term)


def snippet(texts: Sequence[str], terms: Sequence[str]) -> str | None:
    """The best column's snippet with every matching word marked, as FTS5's ``snippet()``
    with ``SNIPPET_TOKENS`` words; None unless every term (folded) is found in the texts."""
    columns = []
    found: set[int] = set()
    for text in texts:
        tokens = [(m.start(), m.end(), fold(m.group())) for m in _TOKEN.finditer(text)]
        # (position, term) for every term each word matches: FTS5's phrase instances
        hits = [
            (pos, t)
            for pos, (_, _, token) in enumerate(tokens)
            for t, term in enumerate(terms)
            if _matches(token, term)
        ]
        found.update(t for _, t in hits)
        columns.append((text, tokens, hits))
    if len(found) < len(terms):
        return None
    best_score, best_col, best_start = 0, 0, 0
    for col, (text, tokens, hits) in enumerate(columns):
        firsts = _sentence_starts(text, tokens)
        size = len(tokens)
        for pos, _ in hits:
            score, start = _window(hits, pos, size)
            if score > best_score:
                best_score, best_col, best_start = score, col, start
            if size > SNIPPET_TOKENS:
                first = max(f for f in firsts if f <= pos)
                if first < pos:
                    score, _ = _window(hits, first, size)
                    score += 120 if first == 0 else 100
                    if score > best_score:
                        best_score, best_col, best_start = score, col, first
    text, tokens, hits = columns[best_col]
    return _marked(text, tokens, {pos for pos, _ in hits}, best_start)


def _window(hits: list[tuple[int, int]], start: int, size: int) -> tuple[int, int]:
    """FTS5's score of the window of words from ``start``, and where it would begin
    centred on its matches (fts5SnippetScore)."""
    seen: set[int] = set()
    score, first, last = 0, -1, 0
    for pos, term in hits:
        if start <= pos < start + SNIPPET_TOKENS:
            score += 1 if term in seen else 1000
            seen.add(term)
            if first < 0:
                first = pos
            last = pos + 1
    adjusted = first - (SNIPPET_TOKENS - (last - first)) // 2
    adjusted = min(adjusted, size - SNIPPET_TOKENS)
    return score, max(adjusted, 0)


def _sentence_starts(text: str, tokens: list[tuple[int, int, str]]) -> list[int]:
    """Word 0 and each word after a '.' or ':' and white space (FTS5's sentence finder)."""
    starts = [0]
    for pos, (begin, _, _) in enumerate(tokens[1:], start=1):
        before = text[:begin].rstrip(" \t\n\r")
        if len(before) < begin and before.endswith((".", ":")):
            starts.append(pos)
    return starts


def _marked(text: str, tokens: list[tuple[int, int, str]], hit: set[int], start: int) -> str:
    end = start + SNIPPET_TOKENS - 1  # the last word shown
    out = [ELLIPSIS] if start > 0 else []
    offset = tokens[start][0] if start > 0 else 0
    for pos in range(start, min(end, len(tokens) - 1) + 1):
        begin, stop, _ = tokens[pos]
        if pos in hit:
            out += [text[offset:begin], SNIPPET_START, text[begin:stop], SNIPPET_END]
        else:
            out.append(text[offset:stop])
        offset = stop
    out.append(text[offset:] if end >= len(tokens) - 1 else ELLIPSIS)
    return "".join(out)


def _contains(s: Session, column: InstrumentedAttribute[str], pattern: str) -> ColumnElement[bool]:
    """Case-insensitive LIKE: ILIKE (lower() on both sides where there is no ILIKE), but on
    SQLite plain LIKE, which ignores ASCII case already: lower() on every text halved the
    speed of a search that reads them all (22 against 12 ms over 22 MB of notes)."""
    if s.get_bind().dialect.name == "sqlite":
        return column.like(pattern, escape="\\")
    return column.ilike(pattern, escape="\\")


def _candidates(
    s: Session, source: _Source, words: Sequence[str]
) -> Iterator[tuple[int, datetime | None, tuple[str, ...]]]:
    """(id, when written, texts) of every row LIKE lets through, newest (highest id) first."""
    every_word: list[ColumnElement[bool]] = [
        or_(*(_contains(s, column, like_pattern(word)) for column in source.columns))
        for word in words
    ]
    n = len(source.columns)
    below: int | None = None
    while True:
        query = select(source.id, *source.columns).where(and_(*every_word))
        if source.when is not None:
            query = query.add_columns(source.when)
        if below is not None:
            query = query.where(source.id < below)
        rows = s.execute(query.order_by(source.id.desc()).limit(BATCH)).all()
        for found in rows:
            texts = tuple(str(t or "") for t in found[1 : 1 + n])
            when = found[1 + n] if source.when is not None else None
            assert when is None or isinstance(when, datetime)
            yield int(found[0]), when, texts
        if len(rows) < BATCH:
            return
        below = int(rows[-1][0])


def search(s: Session, user_text: str, limit: int = 50) -> list[SearchHit]:
    """Up to ``limit`` hits across names, notes, commitments and topics: names first, then
    the newest."""
    words = query_words(user_text)
    if not words or limit <= 0:
        return []
    terms = [fold(word) for word in words]
    found: list[tuple[bool, datetime | None, int, HitKind, str]] = []
    for source in _SOURCES:
        kept = 0
        for item_id, when, texts in _candidates(s, source, words):
            marked = snippet(texts, terms)
            if marked is None:
                continue
            found.append((source.kind is not HitKind.PERSON, when, item_id, source.kind, marked))
            kept += 1
            if kept == limit:
                break
    # Names first; then newest first (a commitment with no date last), then the newest id.
    found.sort(key=_newest_first)
    ranked = [
        (float(i), kind, item_id, marked)
        for i, (_, _, item_id, kind, marked) in enumerate(found[:limit])
    ]
    return with_titles(s, ranked)


def _newest_first(hit: tuple[bool, datetime | None, int, HitKind, str]) -> tuple[bool, float, int]:
    not_a_name, when, item_id, _, _ = hit
    return not_a_name, -when.timestamp() if when is not None else float("inf"), -item_id
