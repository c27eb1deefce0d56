"""A small file beside the archive that says a session is being recorded.

The archive says which sessions were cut off by a crash, but only as long as its rows
survive: a ``-wal`` file deleted after a crash (by hand, by a cleaning tool, by a sync
client) takes the crashed session with it, silently. This marker is written, atomically,
when a session is put on record and removed when it is finished or left; at the next
start, a marker naming a session the archive no longer holds is the evidence that a
session was lost, and the facilitator is told so.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cocoach_desktop.platform.files import write_atomically

MARKER_FILE = "running-session.json"
RECOVERY_PREFIX = "recovered-notes-"


@dataclass(frozen=True)
class RunningSession:
    """What the marker says: which session was on record, since when, and where the
    recorder puts the text of notes the archive refused."""

    session_id: int
    started: datetime
    protocol_name: str = ""
    recovery_dir: Path | None = None


def write_marker(path: Path, running: RunningSession) -> bool:
    """Say that ``running`` is on record (whole or not at all; owner-only, as every file
    the app makes). False if the folder cannot be written."""
    data = {
        "session": running.session_id,
        "started": running.started.isoformat(),
        "protocol": running.protocol_name,
        "recovery_dir": str(running.recovery_dir) if running.recovery_dir else "",
        "pid": os.getpid(),
    }
    try:
        write_atomically(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    except OSError:
        return False
    return True


def read_marker(path: Path) -> RunningSession | None:
    """The session the marker names; None when there is no marker, or it cannot be read
    (a half-written one cannot exist: it is replaced atomically)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        started = datetime.fromisoformat(str(data["started"]))
        session_id = data["session"]
        if not isinstance(session_id, int) or isinstance(session_id, bool):
            return None
        folder = str(data.get("recovery_dir") or "")
        return RunningSession(
            session_id,
            started,
            str(data.get("protocol") or ""),
            Path(folder) if folder else None,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remove_marker(path: Path) -> None:
    """No session is on record any more (a folder that cannot be written keeps it)."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def recovery_files_since(folders: list[Path], since: datetime) -> list[Path]:
    """The recovery files (note texts the archive refused) written since ``since``."""
    found: list[Path] = []
    moment = since.timestamp()
    for folder in dict.fromkeys(folders):
        try:
            candidates = sorted(folder.glob(f"{RECOVERY_PREFIX}*.txt"))
        except OSError:
            continue
        for candidate in candidates:
            try:
                if candidate.stat().st_mtime >= moment - 1:
                    found.append(candidate)
            except OSError:
                continue
    return found
