"""Full-text search behind its port, and which engine the archive uses when it opens.

SQLite's FTS5 (storage/search.py) where SQLite has it, the portable LIKE engine
(storage/search_portable.py) where it does not. ``open_search`` chooses when the archive is
opened and says which in the log. An archive made where FTS5 was missing gets its index the
first time it is opened where FTS5 is there.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from cocoach_desktop.domain.ports.search import SearchPort
from cocoach_desktop.domain.records import SearchHit
from cocoach_desktop.storage import search as fts
from cocoach_desktop.storage import search_portable as portable
from cocoach_desktop.storage.migrations.search_ddl import (
    fts5_available,
    install_search,
    remove_search_triggers,
    search_tables_present,
    search_triggers,
    sqlite_has_fts5,
)
from cocoach_desktop.storage.sqlite_engine import writer_engine
from cocoach_desktop.storage.transactions import Repository, Transactions

log = logging.getLogger(__name__)


class Fts5SearchRepository(Repository):
    """Search across notes, commitments, topics and names with SQLite's FTS5 tables."""

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search (FTS5) across notes, commitments, topics and names, best first.

        Any text the user types is accepted: it is turned into a safe FTS5 query (words as
        prefixes, all required), so quotes or operators never raise.
        """
        with self._read() as s:
            return fts.search(s, query, limit)


class PortableSearchRepository(Repository):
    """Search across notes, commitments, topics and names with LIKE: any SQL database."""

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Search (LIKE, no index) across notes, commitments, topics and names: the same
        words as FTS5 finds (accents aside), names first and then the newest."""
        with self._read() as s:
            return portable.search(s, query, limit)


def open_search(engine: Engine, transactions: Transactions) -> SearchPort:
    """The search engine this archive can use: FTS5 if SQLite has it, else the portable one.

    With FTS5 and no index yet (the archive was made or written where FTS5 was missing), the
    index is built now. Without FTS5, triggers left by an FTS5 build are dropped, since every
    write would fail on them. If either cannot be written, search stays portable.
    """
    use_fts5 = False
    try:
        with engine.connect() as connection:
            use_fts5 = fts5_available(connection)
            on_sqlite = connection.dialect.name == "sqlite"
            needs_index = use_fts5 and not search_tables_present(connection)
            stale = on_sqlite and not sqlite_has_fts5(connection) and _has_triggers(connection)
        if needs_index or stale:
            with writer_engine(engine).begin() as connection:
                if needs_index:
                    install_search(connection)
                    log.info("search: FTS5 index built (the archive had none)")
                else:
                    remove_search_triggers(connection)
                    log.info("search: FTS5 triggers dropped (this SQLite has no FTS5)")
    except DBAPIError as error:
        log.warning("search: could not prepare the FTS5 index (%s); searching without it", error)
        use_fts5 = False
    if use_fts5:
        log.info("search engine: SQLite FTS5")
        return Fts5SearchRepository(transactions)
    log.info("search engine: portable (LIKE, no FTS5 index)")
    return PortableSearchRepository(transactions)


def _has_triggers(connection: Connection) -> bool:
    rows = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    return bool({str(row[0]) for row in rows} & search_triggers())
