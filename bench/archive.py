"""The local archive at scale: fill, open the archive window, list and search 10,000 sessions.

Each figure stands beside a baseline measured in the same run:

- opening the archive window (child processes, like startup.py): from just before
  ``open_archive(path)`` to the first paint of the session table's viewport, beside a bare
  ``QTableView`` over a ``QStandardItemModel`` of 200 similar rows, timed the same way;
- the list's first page in-process, ``list_sessions(limit=200)`` + ``count_sessions()``,
  beside the equivalent SELECT run directly with the ``sqlite3`` module;
- search, ``Archive.search(q)`` over a fixed list of queries, beside the same FTS5 MATCH
  statements (bm25 rank, LIMIT, snippet) run directly with ``sqlite3`` on the same file.

    .venv/bin/python bench/archive.py [--sessions 10000] [--keep DIR] [--runs 5]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import BENCH_DIR, child_env, environment_lines, median, percentile

ROOT = BENCH_DIR.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from archive_fixtures import make_details  # noqa: E402  (tests/ on sys.path above)

from cocoach_desktop.domain.records import Role, SessionDetail  # noqa: E402
from cocoach_desktop.storage import search as fts  # noqa: E402
from cocoach_desktop.storage.archive import Archive  # noqa: E402
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive  # noqa: E402
from cocoach_desktop.storage.migrations.search_ddl import SEARCH_SOURCES  # noqa: E402

CHILD = BENCH_DIR / "_child_archive_window.py"
BATCH = 250  # sessions per import_details transaction
PAGE = 200  # the archive window's first page (archive_model.PAGE_SIZE)
SEARCH_LIMIT = 50  # the archive window's search limit
TARGET_SEARCH_MS = 30.0
TARGET_OPEN_MS = 300.0
FTS_TABLES = [table for table, _columns in SEARCH_SOURCES.values()]

# ----- longer notes --------------------------------------------------------------------------
# The fixture's notes are one sentence each (about 300 bytes a session); real notes taken
# during a 40-minute consultation are longer. Each session's notes are rewritten to about
# 1.7-2.5 KB in all, keeping the fixture's first sentence (it names the coachee and subject).

SENTENCES = [
    "The class settles faster when the routine at the door is the same every lesson.",
    "She described the last week as a long run of small fires, one after the other.",
    "Parents write in the evening and expect an answer before the first lesson.",
    "The team agreed that feedback lands better when it is asked for first.",
    "Marking takes most of the weekend, and the students rarely read the comments.",
    "He wonders whether the behaviour plan is applied the same way by everyone.",
    "The group asked what a good Monday morning would look like, minute by minute.",
    "There is a clear wish to be heard before anyone offers a solution.",
    "The students in the back row talk over each other when the task is unclear.",
    "Time pressure came up again: too many duties, too little planning time.",
    "A colleague's observation of one lesson could give an outside view.",
    "Confidence grew during the round; the scaling question moved from 3 to 6.",
    "The assessment week feels like a test of the teacher more than of the class.",
    "The conflict with the deputy head is old and nobody names it in meetings.",
    "What already works: the first five minutes, when the starter is on the board.",
    "She feels alone with the decision and would like the team to share it.",
    "The hypothesis that the timetable, not the class, is the problem opened things up.",
    "Emails from one parent arrive daily; a fixed reply day might protect the evenings.",
    "New teachers often say yes to every extra duty in their first term.",
    "The group stayed with questions for ten minutes and gave no advice.",
    "Energy dropped when we talked about report writing and rose again with the trip.",
    "A student who stopped coming may need a quiet conversation, not a letter home.",
    "The head of year role brings meetings that eat the free periods.",
    "Next step: write down three things that went well, every Friday afternoon.",
    "The plan for the lesson is fine; the transition after lunch is where it breaks.",
    "He noticed how often he says 'should' when he talks about his own work.",
    "Clarifying questions showed the team had never discussed what success means.",
    "Sleep has been short for weeks, and the coachee linked it to the marking.",
    "Feedback to a new colleague went badly once and now feels risky to repeat.",
    "The group reflected on how hard it is to ask for help in a busy school.",
]
# Rarer content, so that rare-word queries find a few dozen notes, not thousands.
# Chances are per note (about 3.5 notes a session): from ~70 notes in 10,000 sessions down to ~7.
RARE = [
    (0.002, "A student with dyslexia needs the worksheets printed on cream paper."),
    (0.001, "The school orchestra rehearses in the hall, so the lesson moves to a classroom."),
    (0.0005, "Gardening club at the allotment calmed the group more than any lecture."),
    (0.001, "The inspection letter arrived and the whole staff room went quiet."),
    (0.0003, "Chess at lunchtime gave two students a place to be that is not the yard."),
    (0.0002, "He plays violin in a quartet at the weekend and misses it this term."),
]

# ----- the queries ---------------------------------------------------------------------------

QUERIES: list[tuple[str, str]] = [
    ("common", "lesson"),
    ("common", "class"),
    ("common", "parents"),
    ("common", "feedback"),
    ("common", "week"),
    ("common", "team"),
    ("common", "students"),
    ("common", "time"),
    ("rare", "dyslexia"),
    ("rare", "orchestra"),
    ("rare", "allotment"),
    ("rare", "inspection"),
    ("rare", "chess"),
    ("rare", "violin"),
    ("rare", "xylophone"),  # in no note: the cheapest case
    ("two words", "parent email"),
    ("two words", "marking weekend"),
    ("two words", "clear routine"),
    ("two words", "lesson plan"),
    ("two words", "feels alone"),
    ("two words", "Year 9"),
    ("two words", "head of year"),
    ("prefix", "fee"),
    ("prefix", "mark"),
    ("prefix", "beh"),
    ("prefix", "obs"),
    ("prefix", "assess"),
    ("prefix", "tim"),
    ("prefix", "conf"),
    ("name", "Okafor"),
    ("name", "Priya"),
    ("name", "Priya Shah"),
    ("name", "Chloé"),
    ("name", "chloe"),
    ("name", "Lindqvist"),
    ("name", "Ana Ruiz"),
]
CLASSES = list(dict.fromkeys(kind for kind, _ in QUERIES))

# The list's first page, written by hand as the archive's _summaries builds it: group name,
# coachees and tags as group_concat subqueries, newest first, id as the tie-breaker.
RAW_LIST_SQL = """
SELECT s.id, s.started, s.ended, s.status, s.protocol_id, s.protocol_name, s.mode,
       s.planned_seconds, s.actual_seconds, g.name,
       (SELECT group_concat(printf('%06d', p.position) || pe.name, char(31))
          FROM participants p JOIN people pe ON pe.id = p.person_id
         WHERE p.session_id = s.id AND p.role = :role),
       (SELECT group_concat(t.name, char(31))
          FROM tags t JOIN session_tags st ON st.tag_id = t.id
         WHERE st.session_id = s.id)
  FROM sessions s LEFT JOIN groups g ON g.id = s.group_id
 ORDER BY s.started DESC, s.id DESC
 LIMIT :limit OFFSET 0
"""


def raw_search_sql(table: str) -> str:
    """The statement search.search runs on each FTS5 table (rank is bm25 for FTS5)."""
    return (
        f"SELECT rowid, snippet({table}, -1, :start, :end, '…', {fts.SNIPPET_TOKENS}), rank "
        f"FROM {table} WHERE {table} MATCH :query ORDER BY rank LIMIT :limit"
    )


# ----- filling ---------------------------------------------------------------------------------


def lengthen(detail: SessionDetail, rng: random.Random) -> SessionDetail:
    """The session with its notes rewritten to about 1.7-2.5 KB in all."""
    notes = detail.notes
    if not notes:
        return detail
    budget = rng.uniform(1700, 2500)
    share = budget / len(notes)
    out = []
    for note in notes:
        head = note.text.split(". ")[0][:160].rstrip(".") + "."
        parts = [head]
        size = len(head.encode())
        for chance, sentence in RARE:
            if rng.random() < chance:
                parts.append(sentence)
                size += len(sentence.encode()) + 1
        while size < share:
            sentence = rng.choice(SENTENCES)
            parts.append(sentence)
            size += len(sentence.encode()) + 1
        out.append(dataclasses.replace(note, text=" ".join(parts)))
    return dataclasses.replace(detail, notes=tuple(out))


def fill(path: Path, count: int, seed: int) -> float:
    """Add ``count`` sessions through ``Archive.import_details``; return the seconds it took
    (the whole fill: generating the records, opening the file, every batch)."""
    start = time.perf_counter()
    rng = random.Random(seed)
    details = [lengthen(d, rng) for d in make_details(count, seed)]
    engine = open_archive(path)
    try:
        archive = Archive(engine)
        done = 0
        for first in range(0, len(details), BATCH):
            done += archive.import_details(details[first : first + BATCH], [])
            if done % 2000 == 0 or done == count:
                elapsed = time.perf_counter() - start
                print(f"  {done:6d} sessions  {elapsed:6.1f} s", flush=True)
    finally:
        engine.dispose()
    return time.perf_counter() - start


def file_sizes(path: Path) -> tuple[int, int]:
    """Bytes of the main file and of its WAL (0 if none)."""
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size, wal.stat().st_size if wal.exists() else 0


def checkpoint(path: Path) -> None:
    """Move the WAL into the main file and truncate it (no engine may be open)."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        con.close()


def contents(path: Path) -> dict[str, float]:
    """Counts and text sizes, read directly."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        one = con.execute

        def count(table: str) -> int:
            return int(one(f"SELECT count(*) FROM {table}").fetchone()[0])

        note_bytes = one("SELECT total(length(CAST(text AS BLOB))) FROM notes").fetchone()[0]
        return {
            "sessions": count("sessions"),
            "notes": count("notes"),
            "commitments": count("commitments"),
            "topics": count("topics"),
            "people": count("people"),
            "events": count("events"),
            "note_bytes": float(note_bytes),
        }
    finally:
        con.close()


# ----- the window, in child processes --------------------------------------------------------


class ChildError(RuntimeError):
    pass


def run_child(extra: list[str], env: dict[str, str], timeout: float) -> dict[str, Any]:
    with tempfile.TemporaryFile() as stderr:
        proc = subprocess.Popen(
            [sys.executable, str(CHILD), *extra],
            stdout=subprocess.PIPE,
            stderr=stderr,
            env=env,
            text=True,
        )
        watchdog = threading.Timer(timeout, proc.kill)
        watchdog.start()
        try:
            out, _ = proc.communicate()
        finally:
            watchdog.cancel()
        results = [line[7:] for line in out.splitlines() if line.startswith("RESULT ")]
        if proc.returncode != 0 or not results:
            stderr.seek(0)
            tail = stderr.read().decode(errors="replace")[-2000:]
            raise ChildError(f"{CHILD.name} {extra} exited with {proc.returncode}:\n{tail}")
    result: dict[str, Any] = json.loads(results[0])
    return result


def window_runs(path: Path, runs: int, timeout: float) -> dict[str, list[dict[str, Any]]]:
    env, note = child_env()
    print(f"Display  {note}")
    samples: dict[str, list[dict[str, Any]]] = {"archive": [], "bare": []}
    size = ["--width", "1280", "--height", "800"]
    for i in range(runs):
        for kind in ("archive", "bare"):
            if kind == "archive":
                extra = ["--kind", "archive", "--path", str(path)]
            else:
                extra = ["--kind", "bare", "--rows", str(PAGE), *size]
            result = run_child(extra, env, timeout)
            samples[kind].append(result)
            if kind == "archive":  # the bare window copies the archive window's size
                width, height = result["size"].split("x")
                size = ["--width", width, "--height", height]
            ms = result["ms"]
            stages = "  ".join(
                f"{name} {value:6.1f}"
                for name, value in ms.items()
                if name not in ("painted", "frame")
            )
            print(
                f"  run {i + 1:2d} {kind:7s} painted {ms['painted']:7.1f} ms"
                f"  frame {ms['frame']:7.1f}  rows {result['rows']:4d}   ({stages})",
                flush=True,
            )
    return samples


# ----- in-process timing ---------------------------------------------------------------------


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


Statements = list[tuple[str, Any]]


def captured(engine: Any, fn: Callable[[], object]) -> Statements:
    """The statements (with their parameters) the engine sends to SQLite while ``fn`` runs,
    with each transaction's end (the driver's commit or rollback) as a COMMIT."""
    from sqlalchemy import event

    seen: Statements = []

    def before(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        seen.append((statement, params))

    def end(conn: Any) -> None:
        seen.append(("COMMIT", ()))

    hooks: list[tuple[str, Callable[..., None]]] = [
        ("before_cursor_execute", before),
        ("commit", end),
        ("rollback", end),
    ]
    for name, hook in hooks:
        event.listen(engine, name, hook)
    try:
        fn()
    finally:
        for name, hook in hooks:
            event.remove(engine, name, hook)
    return seen


def replay(con: sqlite3.Connection, statements: Statements) -> None:
    """Run captured statements again, directly (``con`` in autocommit mode): the same SQL,
    transactions and rows, without SQLAlchemy or the archive's Python."""
    for sql, params in statements:
        if sql == "COMMIT" and not con.in_transaction:
            continue
        con.execute(sql, params).fetchall()


def query_plan(con: sqlite3.Connection, sql: str, params: Any = ()) -> list[str]:
    rows = con.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    depth: dict[int, int] = {0: 0}
    lines = []
    for node, parent, _, detail in rows:
        depth[node] = depth.get(parent, 0) + 1
        lines.append("  " * depth[node] + detail)
    return lines


@dataclasses.dataclass
class ListResult:
    ours: list[float]  # list_sessions(limit=200) + count_sessions()
    same_sql: list[float]  # the statements they sent, replayed
    raw: list[float]  # the hand-written SELECT + count(*)
    statements: Statements


def list_timing(archive: Archive, con: sqlite3.Connection, repeats: int) -> ListResult:
    params = {"role": Role.COACHEE.value, "limit": PAGE}

    def ours() -> None:
        archive.list_sessions(limit=PAGE)
        archive.count_sessions()

    def raw() -> None:
        con.execute(RAW_LIST_SQL, params).fetchall()
        con.execute("SELECT count(*) FROM sessions").fetchone()

    ours()  # warm, untimed (the first call also compiles the statements)
    raw()
    statements = captured(archive.engine, ours)
    if len(archive.list_sessions(limit=PAGE)) != len(con.execute(RAW_LIST_SQL, params).fetchall()):
        print("WARNING: the raw list query returns another number of rows than list_sessions")
    result = ListResult([], [], [], statements)
    for _ in range(repeats):
        result.ours.append(timed(ours))
        result.same_sql.append(timed(lambda: replay(con, statements)))
        result.raw.append(timed(raw))
    return result


def one_statement_search(con: sqlite3.Connection, user_text: str) -> list[tuple[float, int]]:
    """The plain FTS5 way: per table one MATCH ... ORDER BY rank LIMIT 50 with snippet(),
    every match ranked; the best 50 of the four tables kept. No titles."""
    params = {
        "start": fts.SNIPPET_START,
        "end": fts.SNIPPET_END,
        "query": fts.fts_query(user_text),
        "limit": SEARCH_LIMIT,
    }
    found = []
    for table in FTS_TABLES:
        for rowid, _snippet, score in con.execute(raw_search_sql(table), params):
            found.append((float(score), int(rowid)))
    found.sort()
    return found[:SEARCH_LIMIT]


def matches(con: sqlite3.Connection, user_text: str) -> int:
    """All rows the query matches, across the FTS5 tables (not only the best 50)."""
    query = fts.fts_query(user_text)
    return sum(
        int(con.execute(f"SELECT count(*) FROM {t} WHERE {t} MATCH ?", (query,)).fetchone()[0])
        for t in FTS_TABLES
    )


@dataclasses.dataclass
class QueryResult:
    kind: str
    text: str
    hits: int  # returned by Archive.search (at most SEARCH_LIMIT)
    matches: int  # everything that matched
    ours: list[float]  # Archive.search
    same_sql: list[float]  # the statements it sent, replayed
    one_stmt: list[float]  # one_statement_search
    statements: Statements


def search_timing(archive: Archive, con: sqlite3.Connection, repeats: int) -> list[QueryResult]:
    results = []
    for kind, text in QUERIES:
        hits = archive.search(text)  # warm, untimed
        one_statement_search(con, text)
        statements = captured(archive.engine, lambda text=text: archive.search(text))
        r = QueryResult(kind, text, len(hits), matches(con, text), [], [], [], statements)
        for _ in range(repeats):
            r.ours.append(timed(lambda text=text: archive.search(text)))
            r.same_sql.append(timed(lambda st=statements: replay(con, st)))
            r.one_stmt.append(timed(lambda text=text: one_statement_search(con, text)))
        results.append(r)
    return results


def slowest_statements(results: list[QueryResult], con: sqlite3.Connection) -> list[str]:
    """Of the slowest queries' statements, which take the time (median of 3 runs each)."""
    lines = []
    worst = sorted(results, key=lambda r: median(r.ours), reverse=True)[:3]
    for r in worst:
        timings = []
        for sql, params in r.statements:
            if sql.strip().upper().startswith(("BEGIN", "COMMIT")):
                continue
            runs = [
                timed(lambda sql=sql, params=params: con.execute(sql, params).fetchall())
                for _ in range(3)
            ]
            timings.append((median(runs), sql))
        timings.sort(reverse=True)
        lines.append(f"{r.text!r} (median {median(r.ours):.1f} ms), its slowest statements:")
        for ms, sql in timings[:3]:
            flat = " ".join(sql.split())
            lines.append(f"  {ms:7.2f} ms  {flat[:110]}{'…' if len(flat) > 110 else ''}")
    return lines


# ----- output ----------------------------------------------------------------------------------


def ratio(a: float, b: float) -> str:
    return f"{a / b:6.2f}" if b > 0 else "   n/a"


def main() -> int:
    parser = argparse.ArgumentParser(
        description="The archive at scale: fill, open the archive window, list and search, "
        "each beside a baseline."
    )
    parser.add_argument("--sessions", type=int, default=10_000, help="default 10000")
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help=f"use DIR/{ARCHIVE_FILE}: filled if missing, reused as it is if present",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5, help="window opens of each kind (5)")
    parser.add_argument("--repeats", type=int, default=7, help="runs of each search query (7)")
    parser.add_argument(
        "--list-repeats", type=int, default=30, help="runs of the list's first page (30)"
    )
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per child")
    args = parser.parse_args()
    if args.sessions < 1 or args.runs < 1 or args.repeats < 1 or args.list_repeats < 1:
        parser.error("--sessions, --runs, --repeats and --list-repeats must be at least 1")

    began = time.perf_counter()
    print("Archive: fill, open the archive window, list and search")
    for line in environment_lines():
        print(line)
    print(f"SQLite   {sqlite3.sqlite_version} (the sqlite3 module the app uses too)")
    print()

    with tempfile.TemporaryDirectory(prefix="cocoach-bench-archive-") as tmp:
        folder = args.keep if args.keep is not None else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / ARCHIVE_FILE
        if path.exists():
            print(f"Reusing {path} (not filled in this run)")
            fill_seconds = None
        else:
            print(f"Filling {path}: {args.sessions} sessions, {BATCH} per import_details")
            fill_seconds = fill(path, args.sessions, args.seed)
        main_bytes, wal_bytes = file_sizes(path)
        checkpoint(path)
        main_after, wal_after = file_sizes(path)
        info = contents(path)
        sessions = int(info["sessions"])
        if sessions != args.sessions:
            print(f"NOTE: the archive holds {sessions} sessions, not --sessions {args.sessions}")
        per_session = info["note_bytes"] / max(1, sessions)
        print()
        if fill_seconds is not None:
            print(
                f"Fill: {fill_seconds:.1f} s for {sessions} sessions"
                f" ({fill_seconds / sessions * 1000:.1f} ms a session, generating included)"
            )
        print(
            f"Contents: {sessions} sessions, {int(info['notes'])} notes,"
            f" {int(info['commitments'])} commitments, {int(info['topics'])} topics,"
            f" {int(info['people'])} people, {int(info['events'])} events"
        )
        print(
            f"Notes: {per_session:.0f} bytes a session on average"
            f" ({info['note_bytes'] / max(1, info['notes']):.0f} a note,"
            f" {info['note_bytes'] / 1e6:.1f} MB in all)"
        )
        print(
            f"On disk (engine disposed): {main_bytes / 1e6:.1f} MB + WAL {wal_bytes / 1e6:.1f} MB;"
            f" after wal_checkpoint(TRUNCATE): {main_after / 1e6:.1f} MB + WAL"
            f" {wal_after / 1e6:.1f} MB"
        )
        print()

        print(
            f"Archive window: {args.runs} runs each, alternating archive/bare, archive first;"
            " clock from just before open_archive() (bare: before building its model) to the"
            " first Paint event of the session table's viewport (an event filter)"
        )
        try:
            windows = window_runs(path, args.runs, args.timeout)
        except ChildError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print()

        engine = open_archive(path)
        uri = f"{path.resolve().as_uri()}?mode=ro"
        con = sqlite3.connect(uri, uri=True, isolation_level=None)
        try:
            archive = Archive(engine)
            listing = list_timing(archive, con, args.list_repeats)
            searches = search_timing(archive, con, args.repeats)
            slowest = slowest_statements(searches, con)
            plans = {
                "list_sessions, as the archive sends it": query_plan(
                    con, *next(st for st in listing.statements if "ORDER BY" in st[0])
                )
            }
        finally:
            con.close()
            engine.dispose()

    report(windows, listing, searches, plans, slowest, args)
    print()
    print(f"Whole run: {time.perf_counter() - began:.0f} s")
    return 0


def report(
    windows: dict[str, list[dict[str, Any]]],
    listing: ListResult,
    searches: list[QueryResult],
    plans: dict[str, list[str]],
    slowest: list[str],
    args: argparse.Namespace,
) -> None:
    first = windows["archive"][0]
    platforms = sorted({r["platform"] for rs in windows.values() for r in rs})
    print(
        f"In the children: Qt {first['qt']}; platform plugin {', '.join(platforms)};"
        f" window {first['size']}; the list's total {first.get('total')}"
    )
    print()
    print(
        f"Search, {args.repeats} runs of each query after one untimed (ms). same SQL: the"
        " statements Archive.search sent, replayed with sqlite3; 1-stmt FTS5: per table one"
        " MATCH + ORDER BY rank (bm25 of every match) + LIMIT 50 + snippet(), no titles"
    )
    header = (
        f"  {'class':10s} {'query':16s} {'hits':>4s} {'matches':>7s}"
        f" {'search':>7s} {'p95':>6s} {'same SQL':>8s} {'ratio':>6s} {'1-stmt FTS5':>11s}"
    )
    print(header)
    for r in searches:
        print(
            f"  {r.kind:10s} {r.text:16s} {r.hits:4d} {r.matches:7d}"
            f" {median(r.ours):7.2f} {percentile(r.ours, 95):6.1f} {median(r.same_sql):8.2f}"
            f" {ratio(median(r.ours), median(r.same_sql))} {median(r.one_stmt):11.2f}"
        )
    print()
    print("  by class: hits returned (limit 50 a query) and rows matched; median ms of its runs")
    for kind in CLASSES:
        rs = [r for r in searches if r.kind == kind]

        def pooled(get: Callable[[QueryResult], list[float]], rs: list[QueryResult] = rs) -> float:
            return median([x for r in rs for x in get(r)])

        print(
            f"  {kind:10s} {len(rs):2d} queries  hits {sum(r.hits for r in rs):4d}"
            f"  matches {sum(r.matches for r in rs):7d}   search {pooled(lambda r: r.ours):6.2f}"
            f"  same SQL {pooled(lambda r: r.same_sql):6.2f}"
            f"  1-stmt FTS5 {pooled(lambda r: r.one_stmt):6.2f}"
        )
    print()
    for line in slowest:
        print(line)
    print()
    print("Query plans (EXPLAIN QUERY PLAN):")
    for name, lines in plans.items():
        print(f"  {name}:")
        for line in lines:
            print(f"    {line}")
    print()

    def ms(kind: str, key: str) -> list[float]:
        return [r["ms"][key] for r in windows[kind]]

    archive_paint = ms("archive", "painted")
    window_only = [r["ms"]["painted"] - r["ms"]["Archive()"] for r in windows["archive"]]
    bare_paint = ms("bare", "painted")

    def pooled_all(get: Callable[[QueryResult], list[float]]) -> list[float]:
        return [x for r in searches for x in get(r)]

    ours = pooled_all(lambda r: r.ours)
    same = pooled_all(lambda r: r.same_sql)
    one = pooled_all(lambda r: r.one_stmt)
    nan = float("nan")
    open_target = f"< {TARGET_OPEN_MS:.0f}"
    search_target = f"< {TARGET_SEARCH_MS:.0f}"
    rows: list[tuple[str, float, str, float, str]] = [
        (
            "window: open_archive -> table painted",
            median(archive_paint),
            "bare table",
            median(bare_paint),
            open_target,
        ),
        ("  min", min(archive_paint), "bare table", min(bare_paint), ""),
        ("  of which open_archive()", median(ms("archive", "open_archive")), "", nan, ""),
        (
            "  of which ArchiveWindow() -> painted",
            median(window_only),
            "bare table",
            median(bare_paint),
            open_target,
        ),
        (
            "list 200 + count, median",
            median(listing.ours),
            "same SQL",
            median(listing.same_sql),
            "",
        ),
        ("", nan, "hand-written", median(listing.raw), ""),
        (
            "list 200 + count, p95",
            percentile(listing.ours, 95),
            "same SQL",
            percentile(listing.same_sql, 95),
            "",
        ),
        ("", nan, "hand-written", percentile(listing.raw, 95), ""),
        ("search, median of all runs", median(ours), "same SQL", median(same), search_target),
        ("", nan, "1-stmt FTS5", median(one), ""),
        ("search, p95 of all runs", percentile(ours, 95), "same SQL", percentile(same, 95), ""),
        ("", nan, "1-stmt FTS5", percentile(one, 95), ""),
    ]
    header = f"{'':38s} {'Cocoach ms':>10s}  {'baseline':12s} {'ms':>7s} {'ratio':>6s}  target ms"
    print(header)
    print("-" * len(header))
    shown = nan
    for name, value, base_name, base, target in rows:
        if value == value:
            shown = value
        value_text = f"{value:10.1f}" if value == value else f"{'':10s}"
        base_text = f"{base:7.1f}" if base == base else f"{'':7s}"
        ratio_text = ratio(shown, base) if base == base else f"{'':6s}"
        print(f"{name:38s} {value_text}  {base_name:12s} {base_text} {ratio_text}  {target}")
    print()
    print("ratio = Cocoach / baseline. Targets are the issue's; nothing is asserted.")


if __name__ == "__main__":
    sys.exit(main())
