"""Everything SQLite-specific about the engine: pragmas, BEGIN IMMEDIATE, result codes."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import ConnectionPoolEntry

BUSY_TIMEOUT_MS = 5000

# SQLite's primary result codes (the low byte of an extended code such as SQLITE_IOERR_READ).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


class Fault(enum.Enum):
    """What kind of trouble a database error is, whatever the engine said in its message."""

    BUSY = "busy"  # another program holds the file
    READONLY = "readonly"  # the file or its folder cannot be written
    FULL = "full"  # the disk is full
    CANTOPEN = "cantopen"  # the file cannot be opened at all
    DAMAGED = "damaged"  # corrupt, or not a database
    IOERR = "ioerr"  # the disk reported an error
    OTHER = "other"


_BY_PRIMARY_CODE: dict[int, Fault] = {
    SQLITE_BUSY: Fault.BUSY,
    SQLITE_LOCKED: Fault.BUSY,
    SQLITE_READONLY: Fault.READONLY,
    SQLITE_FULL: Fault.FULL,
    SQLITE_CANTOPEN: Fault.CANTOPEN,
    SQLITE_CORRUPT: Fault.DAMAGED,
    SQLITE_NOTADB: Fault.DAMAGED,
    SQLITE_IOERR: Fault.IOERR,
}
# The same by name, for an error that carries only its name (both are set by Python 3.11+).
_BY_NAME: dict[str, Fault] = {
    "SQLITE_BUSY": Fault.BUSY,
    "SQLITE_LOCKED": Fault.BUSY,
    "SQLITE_READONLY": Fault.READONLY,
    "SQLITE_FULL": Fault.FULL,
    "SQLITE_CANTOPEN": Fault.CANTOPEN,
    "SQLITE_CORRUPT": Fault.DAMAGED,
    "SQLITE_NOTADB": Fault.DAMAGED,
    "SQLITE_IOERR": Fault.IOERR,
}


def driver_error(error: BaseException) -> BaseException:
    """The sqlite3 exception inside a SQLAlchemy DBAPIError (or ``error`` itself)."""
    if isinstance(error, DBAPIError) and error.orig is not None:
        return error.orig
    return error


def sqlite_fault(error: BaseException) -> Fault:
    """The Fault of a sqlite3 error (bare or wrapped by SQLAlchemy), by its result code.

    Never by the message text: ``sqlite_errorcode`` (its low byte is the primary code, so
    SQLITE_IOERR_READ is an I/O error) and, failing that, ``sqlite_errorname``.
    """
    error = driver_error(error)
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _BY_PRIMARY_CODE.get(code & 0xFF, Fault.OTHER)
    name = getattr(error, "sqlite_errorname", None)
    if isinstance(name, str):
        for prefix, fault in _BY_NAME.items():
            if name == prefix or name.startswith(prefix + "_"):
                return fault
    return Fault.OTHER


def set_pragmas(dbapi_connection: Any, busy_timeout_ms: int) -> None:
    """Run the safety pragmas on a fresh sqlite3 connection, outside any transaction."""
    # The documented SQLAlchemy recipe ("Using SQLAlchemy to emit BEGIN in lieu of SQLite's
    # transaction control"): isolation_level=None stops the driver from opening transactions
    # by itself, so journal_mode=WAL can switch and foreign_keys takes effect (both are
    # no-ops inside a transaction); the "begin" listener below emits BEGIN for SQLAlchemy.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def make_engine(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """An engine on ``path`` with the safety pragmas set on every connection.

    Transactions begin deferred; an engine made with :func:`writer_engine` (the archive's
    writers use one) takes the write lock at BEGIN instead, so two writers wait for each
    other (busy_timeout) instead of failing half-way.
    """
    # URL.create, not an f-string: a folder name with "?" or "#" must stay part of the path.
    engine = create_engine(URL.create("sqlite", database=str(path)))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        set_pragmas(dbapi_connection, busy_timeout_ms)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        options = connection.get_execution_options()
        if options.get("isolation_level") == "AUTOCOMMIT":
            return  # asked for no transaction: leave the driver in autocommit
        mode = options.get("sqlite_begin", "")
        connection.exec_driver_sql(
            f"BEGIN {mode}" if mode in ("IMMEDIATE", "EXCLUSIVE") else "BEGIN"
        )

    return engine


def writer_engine(engine: Engine) -> Engine:
    """``engine`` whose transactions take SQLite's write lock at BEGIN (BEGIN IMMEDIATE)."""
    return engine.execution_options(sqlite_begin="IMMEDIATE")
