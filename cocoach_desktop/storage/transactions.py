"""One read or one write transaction per operation, shared by every repository."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from typing import cast

from sqlalchemy import Engine, Table, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

# Defined in domain (the services raise it too), named here as before.
from cocoach_desktop.domain.archive_files import CancelledByUserError as CancelledByUserError
from cocoach_desktop.platform.problems import CodedError, ErrorCode
from cocoach_desktop.storage.models import Meta
from cocoach_desktop.storage.sqlite_engine import Fault, driver_error, sqlite_fault, writer_engine

DATA_VERSION = "data_version"
META = cast(Table, Meta.__table__)

# What kind of fault it is, for the sentence that says what the facilitator can do about it.
_REASONS: dict[Fault, str] = {
    Fault.FULL: "full",
    Fault.READONLY: "read-only",
    Fault.BUSY: "busy",
    Fault.DAMAGED: "damaged",
    Fault.IOERR: "disk",
    Fault.CANTOPEN: "disk",
}


class ArchiveWriteError(CodedError, OSError):
    """The archive could not be read or written (disk full, locked, damaged), in plain words."""


class RecordNotFoundError(CodedError, LookupError):
    """The session, note, commitment, topic or person no longer exists."""


class NoChange(Exception):  # noqa: N818 - a signal, not an error
    """Raised inside ``_write`` to leave without writing (or counting a change)."""


def plain_fault(error: DBAPIError) -> ArchiveWriteError:
    """A database fault turned into words for the facilitator, classified by its code."""
    reason = _REASONS.get(sqlite_fault(error))
    if reason is None:
        detail = str(driver_error(error)).split("\n")[0]
        return ArchiveWriteError(ErrorCode.ARCHIVE_NOT_USABLE, "", detail=detail)
    return ArchiveWriteError(ErrorCode.ARCHIVE_NOT_USABLE, reason)


class Transactions:
    """The archive's transactions: reads deferred, writes holding the write lock from BEGIN."""

    def __init__(self, engine: Engine, now: Callable[[], datetime]) -> None:
        self.engine = engine
        self.now = now  # the clock for the times the archive stamps itself (a count, a save)
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        # Writers take the write lock at BEGIN (see sqlite_engine): a second writer then
        # waits at the start instead of failing after it has read.
        self._writer = sessionmaker(bind=writer_engine(engine), expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._reader.begin() as s:
                yield s
        except IntegrityError:
            raise
        except DBAPIError as error:
            raise plain_fault(error) from error

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction; bumps data_version only if the body succeeded.

        Faults (disk full, locked, damaged) come out as ArchiveWriteError, in words the
        facilitator can act on; the transaction is rolled back, so nothing half-written.
        """
        try:
            with self._writer.begin() as s:
                yield s
                s.flush()
                # Update, else insert: portable, and safe since the write lock is held.
                # Core statements on the connection: no ORM bookkeeping for a counter.
                conn = s.connection()
                bump = update(META).where(META.c.key == DATA_VERSION)
                if conn.execute(bump.values(value=META.c.value + 1)).rowcount == 0:
                    conn.execute(insert(META).values(key=DATA_VERSION, value=1))
        except IntegrityError:
            raise
        except DBAPIError as error:
            raise plain_fault(error) from error

    def data_version(self) -> int:
        with self.read() as s:
            value = s.scalar(select(Meta.value).where(Meta.key == DATA_VERSION))
            return int(value or 0)


class Repository:
    """A repository's access to the shared transactions (``_read``, ``_write``, ``_now``)."""

    def __init__(self, transactions: Transactions) -> None:
        self._tx = transactions

    def _read(self) -> AbstractContextManager[Session]:
        return self._tx.read()

    def _write(self) -> AbstractContextManager[Session]:
        return self._tx.write()

    def _now(self) -> datetime:
        return self._tx.now()
