"""The two search engines side by side on the archive at scale (bench/archive.py's archive
and queries): FTS5, the portable LIKE engine, and the raw sqlite3 FTS5 baseline.

For each query of bench/archive.py, after one untimed run:

- FTS5: ``Archive.search(q)`` with the FTS5 engine (what the app uses where SQLite has it);
- portable: ``Archive.search(q)`` with the portable engine (``force_portable``);
- 1-stmt FTS5: bench/archive.py's baseline, per FTS5 table one MATCH + ORDER BY rank +
  LIMIT 50 + snippet(), run directly with ``sqlite3``, no titles;
- LIKE SQL: the statements the portable engine sent, replayed with ``sqlite3`` (its SQL
  alone, without SQLAlchemy or its word-by-word check in Python).

It also checks, untimed, that both engines find the same rows (every match of FTS5, raw
MATCH, all rows, against every hit of the portable engine with no limit) and that each of the
portable engine's snippets is FTS5's snippet() of that row.

    .venv/bin/python bench/search_engines.py [--sessions 10000] [--keep DIR] [--repeats 7]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from _common import environment_lines, median, percentile
from archive import (
    QUERIES,
    SEARCH_LIMIT,
    captured,
    fill,
    one_statement_search,
    replay,
    timed,
)

from cocoach_desktop.domain.records import SNIPPET_END, SNIPPET_START, HitKind, SearchHit
from cocoach_desktop.storage import search as fts
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive
from cocoach_desktop.storage.migrations import search_ddl
from cocoach_desktop.storage.search_repo import Fts5SearchRepository, PortableSearchRepository

KINDS = {
    "fts_notes": HitKind.NOTE,
    "fts_commitments": HitKind.COMMITMENT,
    "fts_topics": HitKind.TOPIC,
    "fts_people": HitKind.PERSON,
}


def all_matches(con: sqlite3.Connection, user_text: str) -> set[tuple[HitKind, int]]:
    query = fts.fts_query(user_text)
    return {
        (kind, int(rowid))
        for table, kind in KINDS.items()
        for (rowid,) in con.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (query,))
    }


def snippet_differences(con: sqlite3.Connection, user_text: str, hits: list[SearchHit]) -> int:
    """How many of the portable engine's snippets differ from FTS5's snippet() of that row."""
    tables = {kind: table for table, kind in KINDS.items()}
    query = fts.fts_query(user_text)
    differ = 0
    for hit in hits:
        table = tables[hit.kind]
        (theirs,) = con.execute(
            f"SELECT snippet({table}, -1, ?, ?, '…', {fts.SNIPPET_TOKENS}) FROM {table}"
            f" WHERE {table} MATCH ? AND rowid = ?",
            (SNIPPET_START, SNIPPET_END, query, hit.item_id),
        ).fetchone()
        differ += theirs != hit.snippet
    return differ


def main() -> int:
    parser = argparse.ArgumentParser(description="FTS5 and the portable search, side by side")
    parser.add_argument("--sessions", type=int, default=10_000, help="default 10000")
    parser.add_argument("--keep", type=Path, metavar="DIR", help=f"use DIR/{ARCHIVE_FILE}")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=7, help="runs of each query (7)")
    args = parser.parse_args()
    began = time.perf_counter()
    print("Search engines: FTS5 and portable (LIKE) on the same archive")
    for line in environment_lines():
        print(line)
    print(f"SQLite   {sqlite3.sqlite_version}")
    with tempfile.TemporaryDirectory(prefix="cocoach-bench-search-") as tmp:
        folder = args.keep if args.keep is not None else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / ARCHIVE_FILE
        if path.exists():
            print(f"Reusing {path}")
        else:
            print(f"Filling {path}: {args.sessions} sessions")
            fill(path, args.sessions, args.seed)
        engine = open_archive(path)
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        try:
            fts5 = Archive(engine)
            search_ddl.force_portable(True)
            portable = Archive(engine)
            search_ddl.force_portable(False)
            assert isinstance(fts5.search_index, Fts5SearchRepository)
            assert isinstance(portable.search_index, PortableSearchRepository)
            sessions = con.execute("SELECT count(*) FROM sessions").fetchone()[0]
            notes_mb = con.execute("SELECT sum(length(CAST(text AS BLOB))) FROM notes").fetchone()
            print(f"Archive: {sessions} sessions, notes {notes_mb[0] / 1e6:.1f} MB")
            print()
            print(
                f"Search, {args.repeats} runs of each query after one untimed (median ms)."
                " ratio = portable / FTS5. same rows: every FTS5 match against every portable"
                " hit (no limit)"
            )
            print(
                f"  {'class':10s} {'query':16s} {'hits':>9s} {'FTS5':>7s} {'portable':>8s}"
                f" {'ratio':>6s} {'1-stmt FTS5':>11s} {'LIKE SQL':>8s}  same rows"
            )
            all_fts: list[float] = []
            all_portable: list[float] = []
            all_raw: list[float] = []
            all_like: list[float] = []
            differ = snippets = snippets_differ = 0
            for kind, text in QUERIES:
                got_fts = fts5.search(text)
                got_portable = portable.search(text)
                one_statement_search(con, text)
                statements = captured(engine, lambda text=text: portable.search(text))
                f_runs = [timed(lambda text=text: fts5.search(text)) for _ in range(args.repeats)]
                p_runs = [
                    timed(lambda text=text: portable.search(text)) for _ in range(args.repeats)
                ]
                r_runs = [
                    timed(lambda text=text: one_statement_search(con, text))
                    for _ in range(args.repeats)
                ]
                l_runs = [timed(lambda st=statements: replay(con, st)) for _ in range(args.repeats)]
                expected = all_matches(con, text)
                everything = {(h.kind, h.item_id) for h in portable.search(text, limit=10**7)}
                snippets_differ += snippet_differences(con, text, got_portable)
                snippets += len(got_portable)
                if expected == everything:
                    same = f"yes ({len(expected)})"
                else:
                    differ += 1
                    same = (
                        f"NO: FTS5 only {len(expected - everything)},"
                        f" portable only {len(everything - expected)}"
                    )
                all_fts += f_runs
                all_portable += p_runs
                all_raw += r_runs
                all_like += l_runs
                hits = f"{len(got_fts)}/{len(got_portable)}"
                print(
                    f"  {kind:10s} {text:16s} {hits:>9s} {median(f_runs):7.2f}"
                    f" {median(p_runs):8.2f} {median(p_runs) / median(f_runs):6.1f}"
                    f" {median(r_runs):11.2f} {median(l_runs):8.2f}  {same}"
                )
        finally:
            con.close()
            engine.dispose()
    print()
    print(f"{'all queries':30s} {'median ms':>9s} {'p95 ms':>7s} {'max ms':>7s}")
    for name, runs in (
        ("FTS5 (Archive.search)", all_fts),
        ("portable (Archive.search)", all_portable),
        ("1-stmt FTS5, raw sqlite3", all_raw),
        ("portable's LIKE SQL, replayed", all_like),
    ):
        print(f"{name:30s} {median(runs):9.2f} {percentile(runs, 95):7.1f} {max(runs):7.1f}")
    print()
    print(
        f"portable / FTS5: median {median(all_portable) / median(all_fts):.1f}x,"
        f" p95 {percentile(all_portable, 95) / percentile(all_fts, 95):.1f}x;"
        f" hits per query at most {SEARCH_LIMIT}; queries whose rows differ: {differ}"
    )
    print(f"snippets unlike FTS5's snippet() of the same row: {snippets_differ} of {snippets}")
    print(f"Whole run: {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
