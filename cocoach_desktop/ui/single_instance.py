"""One copy of the app per archive: a lock file, and a local socket to wake the running copy."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILE = "cocoach.lock"
WAKE = b"raise\n"
CONNECT_MS = 500


def server_name(data_dir: Path) -> str:
    """A socket name per archive folder (two archives may each have their own copy open)."""
    digest = hashlib.sha1(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"cocoach-{digest}"


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
        """True if this copy now owns the archive; False if another copy has it open.

        ``listen=False`` takes the lock only (the command line has no window to bring to
        the front, and no event loop for the socket that would ask it to).
        """
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if not self.lock.tryLock(100):
            return False
        if not listen:
            return True
        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)  # a socket file left by a crash
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._connection)
        self.server.listen(name)
        return True

    def wake_other(self) -> bool:
        """Ask the copy that holds the lock to come to the front."""
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
