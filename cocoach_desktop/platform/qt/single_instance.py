"""One copy of the app per archive: a lock file, and a local socket to wake the running copy."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QCryptographicHash,
    QLockFile,
    QObject,
    Signal,
)
from PySide6.QtWidgets import QMessageBox

# QtNetwork (about 8 ms to load) comes with the first socket: the command line, which takes
# the lock without listening (``claim(listen=False)``), never loads it.
if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILE = "cocoach.lock"
WAKE = b"raise\n"
CONNECT_MS = 500
TEMP_RECOVERY = "cocoach-recovery"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SingleInstance", text)


class Ownership(Enum):
    OWNED = "owned"  # this copy holds the lock: it may write the archive
    HELD = "held"  # another running copy holds it
    UNWRITABLE = "unwritable"  # nobody holds it, but the folder cannot be written


@dataclass(frozen=True)
class Claim:
    """The answer to "may this copy write the archive?", and if not, why not in words."""

    ownership: Ownership
    reason: str = ""

    @property
    def owned(self) -> bool:
        return self.ownership is Ownership.OWNED


def _reason(exc: OSError) -> str:
    """Why a folder cannot be written, in plain words."""
    if exc.errno in (errno.EROFS,):
        return _tr("it is on a read-only disk")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return _tr("it is read-only: you may not write in it")
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return _tr("the disk is full")
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return _tr("a file is in the way where the folder should be")
    return exc.strerror or str(exc)


def folder_problem(folder: Path) -> str:
    """Why ``folder`` cannot be written, in words; "" when it can.

    A real write, synced, then removed: a folder can be listed as writable and still refuse
    (a read-only mount, a full disk, an immutable folder, a network share gone read-only).
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=folder, prefix=".cocoach-probe-", suffix=".tmp")
    except OSError as exc:
        return _reason(exc)
    try:
        try:
            os.write(handle, b"cocoach can write here\n")
            os.fsync(handle)
        finally:
            os.close(handle)
    except OSError as exc:
        return _reason(exc)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(name)
    return ""


def _private_folder(folder: Path) -> bool:
    """``folder`` is a real folder (not a link), this user's, and only this user's."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False
    if os.name != "posix":
        return True  # the temp folder is in the user's profile, which others cannot read
    if info.st_uid != os.getuid():
        return False
    if info.st_mode & 0o077:
        try:
            folder.chmod(0o700)
        except OSError:
            return False
    return True


def temp_recovery_dir() -> Path:
    """An owner-only (0700) folder in the temp folder, for note texts that cannot go to the
    data folder: the same one at each start (so they can be found), unless someone else
    made it, when a fresh, randomly named one is used instead."""
    base = Path(tempfile.gettempdir())
    suffix = f"-{os.getuid()}" if os.name == "posix" else ""
    folder = base / f"{TEMP_RECOVERY}{suffix}"
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError:
        return Path(tempfile.mkdtemp(prefix=f"{TEMP_RECOVERY}-"))
    if _private_folder(folder):
        return folder
    return Path(tempfile.mkdtemp(prefix=f"{TEMP_RECOVERY}-"))


def server_name(data_dir: Path) -> str:
    """A socket name per archive folder (two archives may each have their own copy open)."""
    # SHA-1 by Qt, not hashlib: the same name, without loading OpenSSL before the first frame.
    path = QByteArray(str(data_dir.resolve()).encode())
    digest = QCryptographicHash.hash(path, QCryptographicHash.Algorithm.Sha1).toHex()
    return f"cocoach-{digest.toStdString()[:16]}"


class SingleInstance(QObject):
    """Holds the archive folder's lock while the app runs.

    A lock left by a copy that crashed is stale (its process is gone) and is taken over;
    QLockFile checks the process id and host for that.
    """

    wakeRequested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock = QLockFile(str(data_dir / LOCK_FILE))
        self.lock.setStaleLockTime(0)  # only a dead process's lock is stale, never a slow one
        self.server: QLocalServer | None = None
        self._sockets: list[QLocalSocket] = []

    def acquire(self, *, listen: bool = True) -> bool:
        """True if this copy now owns the archive; False if it may not write it (another
        copy has it open, or the folder cannot be written: ``claim`` says which).

        ``listen=False`` takes the lock only (the command line has no window to bring to
        the front, and no event loop for the socket that would ask it to).
        """
        return self.claim(listen=listen).owned

    def claim(self, *, listen: bool = True) -> Claim:
        """Take the lock; if it cannot be taken, whether another copy holds it or the
        folder cannot be written (read-only, full, not a folder), and why, in words."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return Claim(Ownership.UNWRITABLE, _reason(exc))
        if not self.lock.tryLock(100):
            if self.lock.error() is QLockFile.LockError.LockFailedError:
                return Claim(Ownership.HELD)  # a live process holds it
            # PermissionError or UnknownError: the lock file could not be made or written.
            problem = folder_problem(self.data_dir)
            return Claim(
                Ownership.UNWRITABLE,
                problem or _tr("its lock file {name} cannot be made").format(name=LOCK_FILE),
            )
        if listen:
            self.listen()
        return Claim(Ownership.OWNED)

    def listen(self) -> None:
        """Answer a second start on this folder (it then brings this copy to the front)."""
        if self.server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)  # a socket file left by a crash
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._connection)
        self.server.listen(name)

    def wake_other(self) -> bool:
        """Ask the copy that holds the lock to come to the front."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(server_name(self.data_dir))
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(WAKE)
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return True

    def _connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            # The server owns its sockets; keeping them (a few bytes each, one per attempt
            # to start a second copy) is safer than deleting one while its signals run.
            self._sockets.append(socket)
            socket.readyRead.connect(self._read)
            self._read()

    def _read(self) -> None:
        for socket in self._sockets:
            if socket.bytesAvailable() and bytes(socket.readAll().data()).startswith(WAKE.strip()):
                self.wakeRequested.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()


@dataclass(frozen=True)
class Start:
    """How this copy starts: whether it runs at all, where note texts go when the archive
    cannot be written, and the sentence that says so (empty when the folder is writable)."""

    runs: bool
    recovery_dir: Path
    unwritable: str = ""


def start_or_leave(instance: SingleInstance, data_dir: Path) -> Start:
    """Claim the archive. Another copy holding it is woken and this one leaves (said on
    stderr, and in a box when the other copy could not be woken). A folder that cannot be
    written lets the timer run with the archive shut; note texts then go to memory and to an
    owner-only folder in the temp folder. The app listens at once: a second start (a
    double-clicked icon) raises this copy's window rather than saying it is already open."""
    claim = instance.claim()
    read_only = claim.ownership is Ownership.UNWRITABLE
    # A folder that went read-only under a running copy: that copy is still the one to use.
    woken = read_only and instance.wake_other()
    if claim.ownership is Ownership.HELD or woken:
        woken = woken or instance.wake_other()
        message = _tr(
            "Cocoach is already open with this archive ({folder}). Only one copy at a time "
            "may write to it, so this one will close."
        ).format(folder=data_dir)
        print(message, file=sys.stderr)
        if not woken:
            QMessageBox.information(None, _tr("Cocoach is already open"), message)
        return Start(False, data_dir)
    if not read_only:
        return Start(True, data_dir)
    instance.listen()  # a second start on this folder brings this copy to the front
    recovery_dir = data_dir
    try:
        recovery_dir = temp_recovery_dir()
        kept = _tr("notes are kept in memory and in a recovery file in {folder}").format(
            folder=recovery_dir
        )
    except OSError:
        kept = _tr("notes are kept in memory only: keep Cocoach open until they are copied")
    unwritable = _tr(
        "The data folder {folder} cannot be written ({reason}). The timer works; {kept}; "
        "nothing goes to the archive this time."
    ).format(folder=data_dir, reason=claim.reason, kept=kept)
    print(unwritable, file=sys.stderr)
    return Start(True, recovery_dir, unwritable)
