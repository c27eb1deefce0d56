"""A normal start prints nothing: Qt's notes and the sound search go to the log file.

The whole app starts in a process of its own (offscreen, no sound server, no sound card),
through the ``cocoach`` command's own ``main``; it quits once everything it does after the
first paint is done: the archive opened, the advice check loaded, the sound device looked for
and the chime tried once.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cocoach_desktop.platform import logs
from cocoach_desktop.platform.logs import LOG_FILE

CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import cocoach_desktop.app as app_module

made = []
build = app_module.CocoachApp.__init__

def remember(self, *args, **kwargs):
    build(self, *args, **kwargs)
    made.append(self)

app_module.CocoachApp.__init__ = remember
run_loop = QApplication.exec
state = {"played": None}

def settled():
    cocoach = made[0]
    if cocoach.archive is None or "cocoach_desktop.advice.model.advice" not in sys.modules:
        return False
    chime = cocoach.chime
    if not chime.wait(0) or not (chime.available or chime.unavailable_reason):
        return False
    if state["played"] is None:  # what a phase end does: the chime, or silence
        state["played"] = cocoach.chime.play(force=True)
        return False
    return cocoach.chime.wait(0)

def watch():
    if settled():
        print("chime:", state["played"], "|", made[0].chime.unavailable_reason, flush=True)
        QApplication.quit()
    else:
        QTimer.singleShot(50, watch)

def exec_and_quit_when_settled(*args):
    QTimer.singleShot(50, watch)
    return run_loop()

QApplication.exec = exec_and_quit_when_settled
from cocoach_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def start(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    alsa = tmp_path / "alsa.conf"
    alsa.write_text("")  # no sound card, whatever this machine has
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ALSA_CONFIG_PATH": str(alsa),
        "PULSE_SERVER": f"unix:{tmp_path / 'no-sound-server'}",
    }
    env.pop("QT_LOGGING_RULES", None)  # every message Qt has, as a user's machine would
    return subprocess.run(
        [sys.executable, "-c", CHILD, "--data-dir", str(tmp_path / "data"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def started(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return start(tmp_path)


def test_a_start_without_sound_prints_nothing(started: subprocess.CompletedProcess[str]) -> None:
    assert started.returncode == 0, started.stderr
    assert started.stdout == "chime: False | No audio output device was found.\n"
    assert started.stderr == ""


def test_the_details_are_in_the_log_file(
    started: subprocess.CompletedProcess[str], tmp_path: Path
) -> None:
    assert started.returncode == 0, started.stderr
    log = (tmp_path / "data" / LOG_FILE).read_text(encoding="utf-8")
    assert "starting; data folder" in log
    assert "the chime is off: No audio output device was found." in log
    assert " WARNING qt" in log  # Qt's own notes (offscreen has a few), kept here instead


def test_verbose_sends_the_details_to_stderr_too(tmp_path: Path) -> None:
    done = start(tmp_path, "--verbose")
    assert done.returncode == 0, done.stderr
    assert "starting; data folder" in done.stderr
    assert "No audio output device was found." in done.stderr


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in logs._handlers:
        root.removeHandler(handler)
        handler.close()
    logs._handlers.clear()
    root.handlers[:] = handlers
    root.setLevel(level)


def test_the_log_file_stays_small(tmp_path: Path, restore_logging: None) -> None:
    assert logs.setup(folder=tmp_path) == tmp_path / LOG_FILE
    for n in range(4000):
        logging.getLogger("cocoach_desktop.test").info("line %d %s", n, "x" * 200)
    files = sorted(tmp_path.iterdir())
    assert [f.name for f in files] == [LOG_FILE, f"{LOG_FILE}.1", f"{LOG_FILE}.2"]
    assert all(f.stat().st_size <= logs.LOG_BYTES for f in files)


def test_a_folder_that_cannot_hold_the_log_is_no_crash(
    tmp_path: Path, restore_logging: None, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    assert logs.setup(folder=blocked) is None
    assert "no log file in" in capsys.readouterr().err
    logging.getLogger("cocoach_desktop.test").error("still reported")
    assert "still reported" in capsys.readouterr().err
