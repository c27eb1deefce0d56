"""Where diagnostics go: a small rotating log file in the data folder, stderr only when it matters.

A normal start prints nothing: Qt's own messages (a missing sound server, a platform plugin's
notes) and the app's details go to ``cocoach.log`` in the data folder. Real errors also go to
stderr; ``cocoach --verbose`` sends everything there too. No Qt is imported here until
:func:`route_qt_messages` is called, so the commands that need no window stay light.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from typing import Any

LOG_FILE = "cocoach.log"
LOG_BYTES = 256 * 1024  # per file; with two old copies kept, at most 768 KB in all
LOG_BACKUPS = 2
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_handlers: list[logging.Handler] = []


class _Stderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (None under pythonw: nothing)."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass


def setup(verbose: bool = False, folder: Path | None = None) -> Path | None:
    """Send log records to ``folder/cocoach.log`` (if given) and to stderr.

    stderr gets errors only (warnings too when there is no log file), or everything from DEBUG
    up with ``verbose``. Returns the log file's path, or None if there is none (no folder, or
    it cannot be written: then only the details are lost, and stderr still gets the errors).
    """
    root = logging.getLogger()
    for handler in _handlers:
        root.removeHandler(handler)
        handler.close()
    _handlers.clear()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # Alembic says which plugins it set up each time the archive opens; migrations still show.
    logging.getLogger("alembic.runtime.plugins").setLevel(
        logging.NOTSET if verbose else logging.WARNING
    )
    stderr = _Stderr()
    # With no log file (the commands), warnings have nowhere else to go.
    quiet = logging.ERROR if folder is not None else logging.WARNING
    stderr.setLevel(logging.DEBUG if verbose else quiet)
    stderr.setFormatter(logging.Formatter("cocoach: %(levelname)s %(name)s: %(message)s"))
    _handlers.append(stderr)
    path: Path | None = None
    if folder is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            file = logging.handlers.RotatingFileHandler(
                folder / LOG_FILE, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
            )
        except OSError as exc:
            # No details kept then: warnings go to stderr instead. (The app says itself,
            # in plain words, when the data folder cannot be used.)
            stderr.setLevel(min(stderr.level, logging.WARNING))
            problem: OSError | None = exc
        else:
            file.setFormatter(logging.Formatter(FORMAT))
            file.setLevel(logging.DEBUG if verbose else logging.INFO)
            _handlers.append(file)
            path = folder / LOG_FILE
            problem = None
    for handler in _handlers:
        root.addHandler(handler)
    if folder is not None and path is None:
        logging.getLogger(__name__).warning("no log file in %s: %s", folder, problem)
    logging.captureWarnings(True)
    return path


_QT_LEVELS = {
    "QtDebugMsg": logging.DEBUG,
    "QtInfoMsg": logging.INFO,
    "QtWarningMsg": logging.WARNING,
    "QtCriticalMsg": logging.ERROR,
    "QtSystemMsg": logging.ERROR,  # an alias of QtCriticalMsg
    "QtFatalMsg": logging.CRITICAL,
}


def qt_level(kind: Any) -> int:
    """The logging level of a Qt message type (``QtMsgType``)."""
    return _QT_LEVELS.get(getattr(kind, "name", str(kind).rsplit(".", 1)[-1]), logging.WARNING)


def route_qt_messages() -> None:
    """Send Qt's messages (qWarning and the like) through logging instead of straight to stderr.

    A warning from Qt (the sound server is missing, a plugin lacks a feature) then lands in
    the log file; a critical or fatal one also reaches stderr.
    """
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category or "default"
        if category == "default":
            name = "qt"
        else:
            name = category if category.startswith("qt.") else f"qt.{category}"
        logging.getLogger(name).log(qt_level(kind), "%s", message)

    qInstallMessageHandler(handler)
