"""The full-text search tables and the triggers that keep them in step: one place, re-run often.

Alembic batch mode recreates a table to alter it and silently drops its triggers, so every
migration calls ``install_search`` at its end: it (re)creates the FTS5 tables if missing,
drops and recreates every trigger, and rebuilds the indexes from their content tables.
"""

from __future__ import annotations

from sqlalchemy import Connection

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


def install_search(connection: Connection) -> None:
    """Create the FTS5 tables if missing, recreate all their triggers, rebuild the indexes."""
    for statement in _statements():
        connection.exec_driver_sql(statement)


def remove_search(connection: Connection) -> None:
    """Drop the FTS5 tables and their triggers (downgrading past the first revision)."""
    for _content, (fts, _columns) in SEARCH_SOURCES.items():
        for suffix in ("ai", "ad", "au"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {fts}")


def search_triggers() -> set[str]:
    """The names of every trigger install_search creates (for checks and tests)."""
    return {f"{fts}_{s}" for fts, _ in SEARCH_SOURCES.values() for s in ("ai", "ad", "au")}
