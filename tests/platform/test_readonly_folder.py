"""A data folder that cannot be written: the app says so and runs the timer anyway.

Made read-only for real: ``chmod 0500`` for a normal user; as root (who writes through
permissions) the folder is made immutable with ``chattr +i``, which stops root too.
"""

from __future__ import annotations

import os
import selectors
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cocoach_desktop.app import CocoachApp
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.platform.qt.single_instance import (
    LOCK_FILE,
    Ownership,
    SingleInstance,
    temp_recovery_dir,
)


def _writable(folder: Path) -> bool:
    try:
        (folder / "probe").write_text("x")
    except OSError:
        return False
    (folder / "probe").unlink()
    return True


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A real data folder (holding a settings file, as after earlier use) nobody may write."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "settings.ini").write_text("[preferences]\nfacilitator=Kim\n", encoding="utf-8")
    as_root = os.name == "posix" and os.geteuid() == 0
    if as_root:
        chattr = shutil.which("chattr")
        if chattr is None:
            pytest.skip("running as root, and no chattr to make a folder read-only for root")
        done = subprocess.run([chattr, "+i", str(folder)], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"running as root, and chattr +i failed here: {done.stderr!r}")
    else:
        folder.chmod(0o500)
    try:
        if _writable(folder):
            pytest.skip("this file system lets the folder be written whatever is done to it")
        yield folder
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", str(folder)], check=False)
        else:
            folder.chmod(0o700)


def test_the_lock_says_the_folder_is_read_only_not_that_another_copy_runs(
    read_only_folder: Path,
) -> None:
    instance = SingleInstance(read_only_folder)
    claim = instance.claim(listen=False)
    assert claim.ownership is Ownership.UNWRITABLE
    assert "read-only" in claim.reason
    assert not (read_only_folder / LOCK_FILE).exists()
    assert not instance.acquire(listen=False)


def test_a_folder_that_cannot_be_made_is_said_in_words(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    claim = SingleInstance(blocker / "data").claim(listen=False)
    assert claim.ownership is Ownership.UNWRITABLE
    assert claim.reason == "a file is in the way where the folder should be"


def test_another_copy_holding_the_lock_is_still_told_apart(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    first = SingleInstance(folder)
    assert first.claim(listen=False).owned
    code = (
        "import sys; from pathlib import Path; "
        "from cocoach_desktop.platform.qt.single_instance import SingleInstance; "
        "print(SingleInstance(Path(sys.argv[1])).claim(listen=False).ownership.value)"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code, str(folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    first.release()
    assert done.stdout.strip() == "held", done.stderr


def test_the_temp_recovery_folder_is_the_users_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    folder = temp_recovery_dir()
    assert folder.parent == tmp_path and folder.is_dir()
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert temp_recovery_dir() == folder  # the same place at every start: it can be found


@pytest.mark.skipif(os.name != "posix", reason="symbolic links and owners: POSIX")
def test_a_recovery_folder_planted_by_someone_else_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / f"cocoach-recovery-{os.getuid()}").symlink_to(elsewhere)
    folder = temp_recovery_dir()
    assert folder.resolve() != elsewhere.resolve()
    assert stat.S_IMODE(folder.lstat().st_mode) == 0o700 and not folder.is_symlink()


def test_without_an_archive_notes_go_to_the_temp_folder_not_the_data_folder(
    qtbot: QtBot, read_only_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    recovery = temp_recovery_dir()
    cocoach = CocoachApp(ManualClock(), read_only_folder, None, "unwritable", recovery)
    qtbot.addWidget(cocoach.window)
    cocoach.window.confirm = lambda title, text: True  # type: ignore[method-assign]
    cocoach.setup.add_person("Ana")
    cocoach.controller.toggle()
    assert cocoach.controller.in_progress()  # the timer runs
    cocoach.window.notes.editor.setPlainText("The timetable is the real issue")
    cocoach.recorder.flush()
    kept = list(recovery.glob("recovered-notes-*.txt"))
    assert len(kept) == 1
    assert "The timetable is the real issue" in kept[0].read_text(encoding="utf-8")
    assert not list(read_only_folder.glob("recovered-notes-*"))
    cocoach.close()


def _line_with(child: subprocess.Popen[str], words: str, seconds: float) -> str:
    """The first stderr line holding ``words`` (a guard against a hang, not a timing check)."""
    assert child.stderr is not None
    seen: list[str] = []
    with selectors.DefaultSelector() as sel:
        sel.register(child.stderr, selectors.EVENT_READ)
        while sel.select(timeout=seconds):
            line = child.stderr.readline()
            if not line:
                break
            seen.append(line)
            if words in line:
                return line
    pytest.fail(f"the app never said {words!r}; it said: {''.join(seen)!r}")


def test_the_real_app_says_why_and_keeps_running(read_only_folder: Path, tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = dict(
        os.environ,
        COCOACH_DATA_DIR=str(read_only_folder),
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(temp),
    )
    child = subprocess.Popen(
        [sys.executable, "-m", "cocoach_desktop"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        said = _line_with(child, "cannot be written", 60)
        assert "already open" not in said
        assert str(read_only_folder) in said and "read-only" in said
        assert "The timer works" in said
        assert child.poll() is None  # it did not quit: the window is up
    finally:
        child.terminate()
        child.wait(timeout=30)
    recovery = temp / f"cocoach-recovery-{os.getuid()}" if os.name == "posix" else None
    if recovery is not None:
        assert str(recovery) in said
        assert stat.S_IMODE(recovery.stat().st_mode) == 0o700
