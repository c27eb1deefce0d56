"""The full-text search tables and the triggers that keep them in step: one place, re-run often.

Alembic batch mode recreates a table to alter it and silently drops its triggers, so every
migration calls ``install_search`` at its end: it (re)creates the FTS5 tables if missing,
drops and recreates every trigger, and rebuilds the indexes from their content tables.

Some SQLite builds (older distributions, some Python builds) lack FTS5. There every statement
here is skipped and the archive is searched by the portable engine (storage/search_portable.py);
once FTS5 is there, opening the archive builds the index (storage/search_repo.open_search).
``COCOACH_SEARCH=portable`` in the environment, or ``force_portable(True)``, makes this module
behave as if FTS5 were missing (tests, and trying the portable engine on a real archive).
"""

from __future__ import annotations

import logging
import os

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)

SEARCH_ENV = "COCOACH_SEARCH"  # "portable": search with LIKE even where FTS5 is there
_forced = {"portable": False}

# content table -> (FTS5 table, indexed columns). External-content FTS5 tables: the text is
# stored once (in the content table); snippet() reads it back from there by rowid (= id).
SEARCH_SOURCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "notes": ("fts_notes", ("text",)),
    "commitments": ("fts_commitments", ("text", "follow_up")),
    "topics": ("fts_topics", ("text",)),
    "people": ("fts_people", ("name",)),
}

# remove_diacritics 2: "elodie" finds "Élodie"; prefix indexes make "word*" queries cheap.
_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"


def _statements() -> list[str]:
    out: list[str] = []
    for content, (fts, columns) in SEARCH_SOURCES.items():
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        delete = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});"
        insert = f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new});"
        out += [
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5("
            f"{cols}, content = '{content}', content_rowid = 'id', {_OPTIONS})",
            f"DROP TRIGGER IF EXISTS {fts}_ai",
            f"DROP TRIGGER IF EXISTS {fts}_ad",
            f"DROP TRIGGER IF EXISTS {fts}_au",
            f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {content} BEGIN {insert} END",
            f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {content} BEGIN {delete} END",
            # Any update (not just of the text): cheap, and right even if an id changed.
            f"CREATE TRIGGER {fts}_au AFTER UPDATE ON {content} BEGIN {delete} {insert} END",
            f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
        ]
    return out


def force_portable(on: bool) -> None:
    """Behave as if SQLite had no FTS5 (``on``), or look again (tests switch it back)."""
    _forced["portable"] = on


def portable_forced() -> bool:
    """Whether the portable engine is asked for (``force_portable`` or ``COCOACH_SEARCH``)."""
    return _forced["portable"] or os.environ.get(SEARCH_ENV, "").strip().lower() == "portable"


def sqlite_has_fts5(connection: Connection) -> bool:
    """Whether this connection's SQLite has FTS5, switch or no switch (another database: no).

    ``PRAGMA compile_options`` names it when it is built in; a build that loads it otherwise
    is asked by creating (and dropping) a temporary FTS5 table.
    """
    if connection.dialect.name != "sqlite":
        return False
    options = {str(row[0]).upper() for row in connection.exec_driver_sql("PRAGMA compile_options")}
    if "ENABLE_FTS5" in options:
        return True
    try:  # in SQLite a failed CREATE fails its statement only: the transaction goes on
        connection.exec_driver_sql("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
    except DBAPIError:
        return False
    connection.exec_driver_sql("DROP TABLE temp.fts5_probe")
    return True


def fts5_available(connection: Connection) -> bool:
    """Whether search uses FTS5 here: SQLite has it and the portable engine is not asked for."""
    return not portable_forced() and sqlite_has_fts5(connection)


def search_tables_present(connection: Connection) -> bool:
    """Whether every FTS5 table and trigger install_search makes is in the database."""
    names = {
        str(row[0])
        for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"
        )
    }
    tables = {fts for fts, _ in SEARCH_SOURCES.values()}
    return tables <= names and search_triggers() <= names


def install_search(connection: Connection) -> None:
    """Create the FTS5 tables if missing, recreate all their triggers, rebuild the indexes.

    Without FTS5 nothing is done: the portable engine needs no table, and the index is built
    the first time the archive is opened where FTS5 is there.
    """
    if not fts5_available(connection):
        if not sqlite_has_fts5(connection):
            # An archive indexed elsewhere: its triggers would fail every write here.
            remove_search_triggers(connection)
        log.info("SQLite without FTS5 (or the portable search asked for): no search index made")
        return
    for statement in _statements():
        connection.exec_driver_sql(statement)


def remove_search_triggers(connection: Connection) -> None:
    """Drop the triggers that keep the FTS5 tables in step (the tables stay, unused)."""
    for name in sorted(search_triggers()):
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def remove_search(connection: Connection) -> None:
    """Drop the FTS5 tables and their triggers (downgrading past the first revision)."""
    for _content, (fts, _columns) in SEARCH_SOURCES.items():
        for suffix in ("ai", "ad", "au"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {fts}")


def search_triggers() -> set[str]:
    """The names of every trigger install_search creates (for checks and tests)."""
    return {f"{fts}_{s}" for fts, _ in SEARCH_SOURCES.values() for s in ("ai", "ad", "au")}
