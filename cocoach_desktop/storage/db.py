"""Opening the archive file safely: checks, migrations, and plain-words errors."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

# The errors every layer reads; defined in domain, named here as before.
from cocoach_desktop.domain.archive_files import LEFT_UNTOUCHED as LEFT_UNTOUCHED
from cocoach_desktop.domain.archive_files import RESTORE_A_BACKUP as RESTORE_A_BACKUP
from cocoach_desktop.domain.archive_files import ArchiveDamagedError as ArchiveDamagedError
from cocoach_desktop.domain.archive_files import ArchiveOpenError as ArchiveOpenError
from cocoach_desktop.platform.problems import ErrorCode
from cocoach_desktop.storage import ARCHIVE_FILE
from cocoach_desktop.storage.sqlite_engine import (
    BUSY_TIMEOUT_MS,
    Fault,
    driver_error,
    make_engine,
    sqlite_fault,
)

__all__ = ["ARCHIVE_FILE", "BUSY_TIMEOUT_MS", "make_engine", "open_archive"]
# The migrations shipped with the package, and the newest of them. Opening an archive already
# at HEAD_REVISION needs no Alembic at all, which saves about 110 ms of imports at every start
# (tests/storage/test_migrations.py checks HEAD_REVISION against Alembic's own head).
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0004"

SQLITE_HEADER = b"SQLite format 3\x00"
# Every SQLite database file starts with a header of this many bytes. An existing file that is
# shorter (an empty file left by a failed copy or sync) is a damaged archive, never a new one.
SQLITE_HEADER_SIZE = 100


class ArchiveBusyError(ArchiveOpenError):
    """Another program holds the file locked."""


class ArchiveReadOnlyError(ArchiveOpenError):
    """The file or its folder cannot be written."""


class ArchiveDiskFullError(ArchiveOpenError):
    """The disk holding the archive is full: the file itself may be perfectly healthy."""


class ArchiveUnreadableError(ArchiveOpenError):
    """The file could not be read or opened (an I/O error): not known to be damaged."""


class ArchiveTooNewError(ArchiveOpenError):
    """The file was written by a newer version of the app, with a schema this one lacks."""


def _plain(path: Path, error: BaseException) -> ArchiveOpenError:
    """Turn a sqlite3 error into the matching ArchiveOpenError, in plain words.

    Classified by SQLite's result code, never by the message text. Only SQLITE_CORRUPT and
    SQLITE_NOTADB say the file is damaged; a full disk, an I/O error or anything unknown is
    reported as such, so that nothing is set aside or replaced because of it.
    """
    fault = sqlite_fault(error)
    error = driver_error(error)
    if fault is Fault.BUSY:
        return ArchiveBusyError(ErrorCode.ARCHIVE_BUSY, "archive", path=path)
    if fault is Fault.READONLY:
        return ArchiveReadOnlyError(ErrorCode.ARCHIVE_READ_ONLY, "archive", path=path)
    if fault is Fault.FULL:
        return ArchiveDiskFullError(ErrorCode.ARCHIVE_DISK_FULL, "archive", path=path)
    if fault is Fault.CANTOPEN:
        return ArchiveReadOnlyError(ErrorCode.ARCHIVE_CANNOT_OPEN, "archive", path=path)
    if fault is Fault.DAMAGED:
        return ArchiveDamagedError(ErrorCode.ARCHIVE_DAMAGED, path=path, detail=str(error))
    if fault is Fault.IOERR:
        return ArchiveUnreadableError(
            ErrorCode.ARCHIVE_IO_ERROR, "archive", path=path, detail=str(error)
        )
    return ArchiveUnreadableError(
        ErrorCode.ARCHIVE_NOT_OPENED, "archive", path=path, detail=str(error)
    )


def check_archive_file(path: Path) -> str:
    """The schema revision of the Cocoach archive at ``path``, checked without changing it.

    Raises ArchiveOpenError, in words, for anything else (another database, an empty or
    damaged file): a restore checks its source with this before replacing anything.
    """
    has_tables, revision = _check_existing(path, 1.0)
    if not has_tables or revision is None:
        raise ArchiveDamagedError(
            ErrorCode.NOT_AN_ARCHIVE, advice=ErrorCode.NOTHING_CHANGED, path=path
        )
    return revision


def _check_existing(path: Path, timeout: float) -> tuple[bool, str | None]:
    """Check an existing file without changing it: (has our tables, its revision)."""
    try:
        with path.open("rb") as f:
            header = f.read(SQLITE_HEADER_SIZE)
    except IsADirectoryError as error:
        raise ArchiveDamagedError(
            ErrorCode.ARCHIVE_IS_A_FOLDER,
            advice=ErrorCode.UNTOUCHED,
            path=path,
            detail=error.strerror,
        ) from error
    except OSError as error:
        raise ArchiveUnreadableError(
            ErrorCode.ARCHIVE_UNREADABLE, "archive", path=path, detail=error.strerror
        ) from error
    if not header:
        raise ArchiveDamagedError(ErrorCode.ARCHIVE_EMPTY, advice=RESTORE_A_BACKUP, path=path)
    if len(header) < SQLITE_HEADER_SIZE:
        raise ArchiveDamagedError(
            ErrorCode.ARCHIVE_TOO_SHORT, advice=RESTORE_A_BACKUP, path=path, size=len(header)
        )
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise ArchiveDamagedError(ErrorCode.NOT_A_DATABASE, path=path)
    # mode=rw: never create; the check itself only reads.
    uri = f"{path.resolve().as_uri()}?mode=rw"
    try:
        con = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
    except sqlite3.Error as error:
        raise _plain(path, error) from error
    try:
        rows = con.execute("PRAGMA quick_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            problems = "; ".join(str(r[0]) for r in rows[:3])
            raise ArchiveDamagedError(
                ErrorCode.ARCHIVE_FAILED_CHECK, advice=RESTORE_A_BACKUP, path=path, detail=problems
            )
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        elif tables:
            raise ArchiveDamagedError(
                ErrorCode.OTHER_DATABASE, advice=ErrorCode.CHOOSE_ANOTHER, path=path
            )
        # Take and release the write lock: says now, in plain words, if another program holds
        # the file or it cannot be written, instead of failing in the middle of a migration.
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
        return bool(tables), revision
    except sqlite3.Error as error:
        raise _plain(path, error) from error
    finally:
        con.close()


def backup_copy(source: Path, target: Path) -> None:
    """Copy a live database with SQLite's online backup API (consistent even if in WAL)."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _free_name(path: Path) -> Path:
    """``path`` if free, else ``path`` with -2, -3... before the suffix (never overwrite)."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def open_archive(
    path: Path,
    *,
    timeout: float = BUSY_TIMEOUT_MS / 1000,
    migrations_dir: Path = MIGRATIONS_DIR,
) -> Engine:
    """Check, migrate (Alembic, backing up first if a migration is due) and return an engine.

    Never overwrites or deletes the file; raises an ArchiveOpenError subclass instead.
    ``timeout`` is how long to wait for another program's lock; ``migrations_dir`` exists
    for tests that add a revision.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ArchiveReadOnlyError(
            ErrorCode.FOLDER_NOT_CREATED, "archive", path=path, detail=error.strerror
        ) from error
    # WAL needs to create -wal and -shm files beside the archive.
    if not os.access(path.parent, os.W_OK):
        raise ArchiveReadOnlyError(ErrorCode.FOLDER_READ_ONLY, "archive", path=path)
    has_tables, revision = False, None
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise ArchiveReadOnlyError(ErrorCode.ARCHIVE_FILE_READ_ONLY, "archive", path=path)
        has_tables, revision = _check_existing(path, timeout)
    if has_tables and revision == HEAD_REVISION and migrations_dir == MIGRATIONS_DIR:
        return make_engine(path, busy_timeout_ms=int(timeout * 1000))  # up to date already
    # Alembic is imported only when there is something to create or migrate.
    from cocoach_desktop.storage.migrations import current_revision, known_revisions, upgrade

    known = known_revisions(migrations_dir)
    if revision is not None and revision not in known:
        raise ArchiveTooNewError(ErrorCode.ARCHIVE_TOO_NEW, "archive", path=path, revision=revision)
    heads = known_revisions(migrations_dir, heads_only=True)
    if has_tables and revision not in heads:
        target = path.with_name(f"{path.name}.pre-migration-{revision or 'base'}.sqlite3")
        try:
            backup_copy(path, _free_name(target))
        except sqlite3.Error as error:
            raise _plain(path, error) from error
    engine = make_engine(path, busy_timeout_ms=int(timeout * 1000))
    try:
        with engine.connect() as connection:
            # SQLite's own procedure for changing a schema: foreign keys off (only possible
            # outside a transaction), then checked before the commit. With them on, batch mode
            # copying a table others point at (people, sessions) would cascade its DROP TABLE
            # into their rows, or fail with "table is locked".
            raw = connection.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = OFF")
            try:
                with connection.begin():
                    upgrade(connection, migrations_dir)
                    if current_revision(connection) not in heads:
                        raise ArchiveTooNewError(
                            ErrorCode.NOT_BROUGHT_UP_TO_DATE, "archive", path=path
                        )
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise ArchiveDamagedError(
                            ErrorCode.BROKEN_LINKS,
                            advice=ErrorCode.LEFT_AS_IT_WAS,
                            path=path,
                            count=len(broken),
                            table=broken[0][0],
                        )
            finally:
                raw.execute("PRAGMA foreign_keys = ON")
    except DBAPIError as error:
        engine.dispose()
        raise _plain(path, error) from error
    except BaseException:
        engine.dispose()
        raise
    return engine
