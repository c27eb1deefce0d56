"""The first frame loads only what it shows: the archive, the advice rules and the rarely
used windows load after the first paint, or when first used.

Each check runs the app in a process of its own (offscreen), since a test process has long
since imported everything. The child builds the app as ``run()`` does, notes which modules
are loaded when the facilitator window first paints, then opens the archive, loads the advice
check and opens the archive window, and notes them again.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from cocoach_desktop.app import CocoachApp
from cocoach_desktop.app.backup_wiring import open_archive_safely
from cocoach_desktop.advice.qt.advice_hint import load_check
from cocoach_desktop.platform.clock import SystemClock
from cocoach_desktop.platform.qt.single_instance import SingleInstance
from cocoach_desktop.platform.qt.widgets import after_first_paint

app = QApplication(sys.argv[:1])
data = Path(sys.argv[1])
instance = SingleInstance(data)  # as run() does: the lock first
assert instance.acquire()
cocoach = CocoachApp(SystemClock(), data)
seen = {}

def painted():
    seen["at_paint"] = sorted(sys.modules)
    QTimer.singleShot(0, later)

def later():
    cocoach.attach_archive(*open_archive_safely(data, lambda title, text: False))
    load_check()
    cocoach.open_archive_window()
    cocoach.presentation.show()
    seen["projector_shown"] = cocoach.presentation.is_visible()
    seen["archive_open"] = cocoach.archive is not None
    seen["archive_window"] = cocoach.archive_window is not None
    seen["later"] = sorted(sys.modules)
    app.quit()

after_first_paint(cocoach.window, painted)
cocoach.window.show()
app.aboutToQuit.connect(cocoach.close)
app.aboutToQuit.connect(instance.release)
app.exec()
print(json.dumps(seen))
"""

# Not needed for the first frame; each is loaded when first used.
LATER = (
    "sqlalchemy",  # the archive
    "alembic",
    "cocoach_desktop.storage.archive",
    "cocoach_desktop.advice.model.advice",  # the advice check's rules
    "cocoach_desktop.archive.qt.archive_window",  # the archive window
    "cocoach_desktop.timer.qt.projector_window",  # the projector's view, when first shown
)
# Never needed to start: the projector and the chime use neither.
NEVER = (
    "PySide6.QtMultimedia",
    "PySide6.QtSvg",
    "PySide6.QtPrintSupport",
    "PySide6.QtWebEngineCore",
)
# Loaded only when used: the usual gap between a team's sessions (with decimal and
# fractions), the "did you mean" of a misspelt key in a file; the system's sound player and
# the WAV reader (in the chime's thread); OpenSSL's hashes (the lock's name uses Qt's SHA-1).
USED_LATER = ("statistics", "decimal", "fractions", "difflib", "subprocess", "wave", "hashlib")
# Loaded only when their dialog or command is used.
ON_DEMAND = (
    "cocoach_desktop.shell.qt.settings_dialog",
    "cocoach_desktop.protocols.qt.protocol_editor",
    "cocoach_desktop.exchange.qt.importing",
    "cocoach_desktop.exchange.qt.pdf",
    "cocoach_desktop.exchange.qt.export_files",  # a question bank's export
    "cocoach_desktop.exchange.model.exchange",  # the archive's rule for a text, when one is checked
)


def _run(script: str, data: Path, **env: str) -> dict[str, object]:
    """Run ``script`` in a new Python on the data folder ``data``, offscreen; what it saw
    (the JSON of its last line)."""
    done = subprocess.run(
        [sys.executable, "-c", script, str(data)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return seen


def _start(tmp_path: Path) -> dict[str, object]:
    data = tmp_path / "data"
    data.mkdir()
    return _run(CHILD, data, COCOACH_DATA_DIR=str(data))


def test_the_first_frame_loads_neither_the_archive_nor_the_advice_rules(tmp_path: Path) -> None:
    seen = _start(tmp_path)
    at_paint = set(seen["at_paint"])  # type: ignore[call-overload]
    loaded_early = [name for name in (*LATER, *NEVER, *ON_DEMAND, *USED_LATER) if name in at_paint]
    assert loaded_early == []
    # What was put off is there once used: the archive open, its window shown, the check.
    later = set(seen["later"])  # type: ignore[call-overload]
    assert seen["archive_open"] is True
    assert seen["archive_window"] is True
    assert seen["projector_shown"] is True
    assert [name for name in LATER if name not in later] == []
    assert [name for name in NEVER if name in later] == []


def test_what_loads_late_still_works_when_first_used() -> None:
    from datetime import date

    from cocoach_desktop.notes.qt.due_picker import usual_gap_days
    from cocoach_desktop.platform.wording import hint

    meetings = [date(2026, 3, 2), date(2026, 3, 16), date(2026, 3, 30), date(2026, 4, 13)]
    assert usual_gap_days(meetings) == 14
    assert hint("minuts", ["minutes", "title"]) == " (did you mean 'minutes'?)"


def test_the_lock_socket_name_is_the_one_earlier_versions_use(tmp_path: Path) -> None:
    # Made with Qt's SHA-1 so that no OpenSSL loads before the first frame; a copy of an
    # earlier version running on the same folder must still be found and woken.
    import hashlib

    from cocoach_desktop.platform.qt.single_instance import server_name

    for folder in (tmp_path, tmp_path / "Zoë's archive"):
        digest = hashlib.sha1(str(folder.resolve()).encode()).hexdigest()[:16]
        assert server_name(folder) == f"cocoach-{digest}"


LISTEN_LATER = r"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from cocoach_desktop.platform.qt.single_instance import Ownership, SingleInstance

app = QApplication(sys.argv[:1])
data = Path(sys.argv[1])
first = SingleInstance(data)
claim = first.claim(listen=False)  # as the command line takes it
network_before = "PySide6.QtNetwork" in sys.modules
seen = {"runs": claim.ownership is Ownership.OWNED, "network_before": network_before}
woken = []
first.wakeRequested.connect(lambda: woken.append(True))
first.listen()  # what the app does at once
seen["woke_other"] = SingleInstance(data).wake_other()
for _ in range(200):
    if woken:
        break
    app.processEvents()
seen["woken"] = bool(woken)
first.release()
print(json.dumps(seen))
"""


def test_the_lock_is_taken_first_and_the_network_comes_with_the_listening(tmp_path: Path) -> None:
    # The lock is what keeps a second copy off the archive. The socket that lets a second
    # start wake this copy (QtNetwork, about 8 ms to load) comes only with listening, which
    # the command line never does.
    seen = _run(LISTEN_LATER, tmp_path / "data")
    assert seen == {"runs": True, "network_before": False, "woke_other": True, "woken": True}
