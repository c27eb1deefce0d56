"""Full-text search over the FTS5 tables: safe queries from any text, ranked hits with snippets.

The portable engine (search_portable.py) reads queries and titles hits with the same helpers.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from cocoach_desktop.domain.records import SNIPPET_END, SNIPPET_START, HitKind, Role, SearchHit
from cocoach_desktop.storage.models import (
    CommitmentRow,
    NoteRow,
    ParticipantRow,
    PersonRow,
    SessionRow,
    TopicRow,
)

MAX_TERMS = 12  # more words than this add nothing but cost
SNIPPET_TOKENS = 12
# bm25 must look at every match to rank; a word found in nearly every note would cost that
# for each search. When more items of one kind match, only the newest RANK_WINDOW are ranked.
RANK_WINDOW = 1000

# Letters, digits and marks, as FTS5's unicode61 tokenizer sees words (underscore aside).
_WORD = re.compile(r"[^\W_]+")

_SOURCES: tuple[tuple[HitKind, str], ...] = (
    (HitKind.NOTE, "fts_notes"),
    (HitKind.COMMITMENT, "fts_commitments"),
    (HitKind.TOPIC, "fts_topics"),
    (HitKind.PERSON, "fts_people"),
)


def query_words(user_text: str) -> list[str]:
    """The words searched for in any typed text (at most MAX_TERMS), as both engines read it."""
    return _WORD.findall(user_text)[:MAX_TERMS]


def fts_query(user_text: str) -> str:
    """Any text to a safe FTS5 query: each word a quoted prefix term, all required.

    Quoting makes operators (AND, OR, NOT, NEAR), ``*``, ``-``, ``:``, ``^`` and parentheses
    plain words; the only character special inside quotes is ``"``, and words never hold one.
    A one-letter word matches only itself (as a prefix it would expand to a large part of the
    vocabulary, for no useful result). Returns "" when there is no word to look for.
    """
    words = query_words(user_text)
    return " AND ".join(f'"{w}"*' if len(w) > 1 else f'"{w}"' for w in words)


def _session_titles(s: Session, session_ids: set[int]) -> dict[int, str]:
    """'2026-09-01 · Alice, Bob' for each session: its local start date and coachees."""
    if not session_ids:
        return {}
    starts = {
        sid: started
        for sid, started in s.execute(
            select(SessionRow.id, SessionRow.started).where(SessionRow.id.in_(session_ids))
        )
    }
    coachees: dict[int, list[str]] = {}
    rows = s.execute(
        select(ParticipantRow.session_id, PersonRow.name)
        .join(PersonRow, PersonRow.id == ParticipantRow.person_id)
        .where(ParticipantRow.session_id.in_(session_ids), ParticipantRow.role == Role.COACHEE)
        .order_by(ParticipantRow.session_id, ParticipantRow.position)
    )
    for sid, name in rows:
        coachees.setdefault(sid, []).append(name)
    titles: dict[int, str] = {}
    for sid, started in starts.items():
        day = _local_day(started)
        who = ", ".join(coachees.get(sid, []))
        titles[sid] = " · ".join(part for part in (day, who) if part) or f"Session {sid}"
    return titles


def _local_day(when: datetime | None) -> str:
    return when.astimezone().date().isoformat() if when is not None else "not started"


def search(s: Session, user_text: str, limit: int = 50) -> list[SearchHit]:
    """The best ``limit`` hits across notes, commitments, topics and people (bm25, best first)."""
    query = fts_query(user_text)
    if not query or limit <= 0:
        return []
    ranked: list[tuple[float, HitKind, int, str]] = []
    for kind, table in _SOURCES:
        # Each table answers alone, from its own index; no join touches the sessions here.
        params: dict[str, object] = {
            "query": query,
            "limit": limit,
            "window": RANK_WINDOW - 1,
            "start": SNIPPET_START,
            "end": SNIPPET_END,
        }
        floor = s.execute(
            text(
                f"SELECT rowid FROM {table} WHERE {table} MATCH :query "
                "ORDER BY rowid DESC LIMIT 1 OFFSET :window"
            ),
            params,
        ).scalar()
        params["floor"] = floor if floor is not None else 0
        # The snippet is made in the ranked statement: FTS5 builds it only for the rows that
        # come out of the sort. (Asking again with "rowid IN (...)" ran the whole MATCH once
        # more and was the slow tail of search: 25-40 ms for 4-letter prefixes.)
        statement = text(
            f"SELECT rowid, rank, snippet({table}, -1, :start, :end, '…', {SNIPPET_TOKENS}) "
            f"FROM {table} WHERE {table} MATCH :query AND rowid >= :floor "
            "ORDER BY rank LIMIT :limit"
        )
        for rowid, rank, snippet in s.execute(statement, params):
            ranked.append((float(rank), kind, int(rowid), str(snippet or "")))
    ranked.sort(key=lambda hit: hit[0])
    found = ranked[:limit]
    return with_titles(s, found)


def with_titles(s: Session, found: list[tuple[float, HitKind, int, str]]) -> list[SearchHit]:
    """The hits (rank, kind, item id, snippet) as records titled by their session or person."""
    ids: dict[HitKind, list[int]] = {kind: [] for kind, _ in _SOURCES}
    for _, kind, item_id, _ in found:
        ids[kind].append(item_id)
    # item id -> (session id, person name) for the hits only: a handful of primary-key reads.
    where: dict[tuple[HitKind, int], tuple[int | None, str]] = {}
    for nid, sid in s.execute(
        select(NoteRow.id, NoteRow.session_id).where(NoteRow.id.in_(ids[HitKind.NOTE]))
    ):
        where[(HitKind.NOTE, nid)] = (sid, "")
    for cid, sid, name in s.execute(
        select(CommitmentRow.id, CommitmentRow.session_id, PersonRow.name)
        .join(PersonRow, PersonRow.id == CommitmentRow.person_id)
        .where(CommitmentRow.id.in_(ids[HitKind.COMMITMENT]))
    ):
        where[(HitKind.COMMITMENT, cid)] = (sid, name)
    for tid, tsid, name in s.execute(
        select(TopicRow.id, TopicRow.session_id, PersonRow.name)
        .join(PersonRow, PersonRow.id == TopicRow.person_id)
        .where(TopicRow.id.in_(ids[HitKind.TOPIC]))
    ):
        where[(HitKind.TOPIC, tid)] = (tsid, name)
    for pid, name in s.execute(
        select(PersonRow.id, PersonRow.name).where(PersonRow.id.in_(ids[HitKind.PERSON]))
    ):
        where[(HitKind.PERSON, pid)] = (None, name)
    titles = _session_titles(s, {sid for sid, _ in where.values() if sid is not None})
    hits: list[SearchHit] = []
    for score, kind, item_id, snippet in found:
        if (kind, item_id) not in where:
            continue  # deleted between the two reads: cannot happen in one transaction
        session_id, person = where[(kind, item_id)]
        session_title = titles.get(session_id, "") if session_id is not None else ""
        if kind is HitKind.NOTE:
            title = session_title
        elif kind is HitKind.COMMITMENT:
            title = f"{person}’s commitment · {session_title}"
        elif kind is HitKind.TOPIC:
            title = f"{person}’s topic" + (f" · {session_title}" if session_title else "")
        else:
            title = person
        hits.append(SearchHit(kind, item_id, session_id, title, snippet, score, person))
    return hits
