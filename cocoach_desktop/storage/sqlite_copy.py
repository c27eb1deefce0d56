"""Verified copies of an archive file through SQLite's backup API, and read-only checks."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from cocoach_desktop.platform.files import fsync_folder
from cocoach_desktop.storage.backup_files import BackupError, plain_error


class PooledConnection(Protocol):
    """What is used of SQLAlchemy's pooled raw connection."""

    @property
    def driver_connection(self) -> object: ...

    def close(self) -> None: ...


class EngineLike(Protocol):
    """What ``make_backup`` uses of a SQLAlchemy ``Engine``.

    A protocol rather than an import: this module needs only ``sqlite3``, and without a
    SQLAlchemy import the UI may import it without breaking the import contracts.
    """

    def raw_connection(self) -> PooledConnection: ...


def connect_file(path: Path, mode: str) -> sqlite3.Connection:
    """A connection to ``path``; ``mode`` "ro" or "rw" never creates the file, "rwc" may."""
    # A URI, so that opening a missing file fails instead of creating an empty database.
    uri = f"{path.absolute().as_uri()}?mode={mode}"
    return sqlite3.connect(uri, uri=True, timeout=10.0, isolation_level=None)


def pragma_problem(conn: sqlite3.Connection, pragma: str) -> str | None:
    """None if ``PRAGMA <pragma>`` says exactly 'ok', else what it said."""
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed"...
        return str(exc)
    if rows == [("ok",)]:
        return None
    return "; ".join(str(row[0]) for row in rows[:5]) or "no answer"


def count_sessions(path: Path) -> int | None:
    """How many sessions the archive file at ``path`` holds, or None if it cannot be read.

    Opens the file read-only: counting never changes it.
    """
    try:
        conn = connect_file(path, "ro")
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT count(*) FROM sessions").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return int(row[0]) if row else None


def verify(path: Path) -> str | None:
    """None if the database file at ``path`` passes ``PRAGMA integrity_check``, else why not.

    Opens the file read-only, so checking never changes it.
    """
    try:
        conn = connect_file(path, "ro")
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return pragma_problem(conn, "integrity_check")
    finally:
        conn.close()


@contextlib.contextmanager
def source_connection(
    source: Path | sqlite3.Connection | EngineLike,
) -> Iterator[sqlite3.Connection]:
    """The ``sqlite3`` connection to read a backup from, closed (or returned) afterwards."""
    if isinstance(source, Path):
        if not source.is_file():
            raise BackupError(f"Could not back up {source}: the file does not exist.")
        try:
            conn = connect_file(source, "rw")  # read-write so SQLite can read a WAL it must recover
        except sqlite3.Error as exc:
            raise plain_error(exc, source, "open") from exc
        try:
            yield conn
        finally:
            conn.close()
    elif isinstance(source, sqlite3.Connection):
        if source.in_transaction:
            # The copy would include a change that may still be rolled back.
            raise BackupError("Could not back up the archive: a change is still in progress.")
        yield source
    else:
        # The engine's own driver connection: the same SQLite library, so the copy sees what
        # is still only in the WAL, and no second library ever opens the file.
        raw = source.raw_connection()
        try:
            driver = raw.driver_connection
            if not isinstance(driver, sqlite3.Connection):
                raise BackupError("Could not back up the archive: it is not a SQLite database.")
            yield driver
        finally:
            raw.close()  # back to the pool, rolled back


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def copy_verified(conn: sqlite3.Connection, target: Path, what: str) -> Path:
    """Copy the database behind ``conn`` to ``target``: temp file, verify, rename into place."""
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # A fresh unique name, so a temp file (or hot journal) left by a crash is never reused.
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise plain_error(exc, folder, f"write {what} into") from exc
    temp = Path(temp_name)
    try:
        dest = sqlite3.connect(temp, isolation_level=None)
        try:
            conn.backup(dest)
            # A backup is one self-contained file: no -wal beside it to lose when copied.
            dest.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            dest.close()
        _fsync_file(temp)
    except (OSError, sqlite3.Error) as exc:
        temp.unlink(missing_ok=True)
        raise plain_error(exc, target, f"write {what}") from exc
    # Reopened from disk, read-only: checks what was written, not what was in memory.
    problem = verify(temp)
    if problem is not None:
        temp.unlink(missing_ok=True)
        raise BackupError(
            f"Could not write {what} {target}: the copy failed its check ({problem}). "
            "Nothing was replaced."
        )
    try:
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise plain_error(exc, target, f"write {what}") from exc
    fsync_folder(folder)
    return target
