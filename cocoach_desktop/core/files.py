"""Small file-system helpers shared by the protocol files and the archive's backups."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a power cut cannot undo it).

    Not possible on Windows, where renames are durable anyway; some file systems refuse to
    sync a folder, and then the rename has still happened.
    """
    if os.name == "nt":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
