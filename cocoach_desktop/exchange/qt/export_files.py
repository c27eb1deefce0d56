"""Writing export files whole or not at all, with a plain message when it cannot be done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile


def save_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed into place.

    A crash or a full disk leaves the old file (or none), never half a file. Raises OSError
    with a message naming the file.
    """
    out = QSaveFile(str(path))
    if not out.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(f"Cannot write {path}: {out.errorString()}")
    written = out.write(data)
    if written != len(data):
        error = out.errorString()
        out.cancelWriting()
        out.commit()
        raise OSError(f"Cannot write {path}: {error}")
    if not out.commit():
        raise OSError(f"Cannot save {path}: {out.errorString()}")
