"""The chime never crashes, blocks or litters the terminal without sound; the presentation
finds the right screen."""

from __future__ import annotations

import builtins
import ctypes.util
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cocoach_desktop.platform import resources
from cocoach_desktop.timer.model.screens import ScreenChoice, choose_presentation_screen
from cocoach_desktop.timer.qt import sound
from cocoach_desktop.timer.qt.sound import NO_DEVICE, Chime, SoundError, find_player


def test_the_shipped_chime_is_a_real_wav() -> None:
    import wave

    with resources.sound("chime.wav").open("rb") as f, wave.open(f) as wav:
        assert wav.getnchannels() == 1
        assert 0.5 < wav.getnframes() / wav.getframerate() < 3


CHIME = Path(str(resources.sound("chime.wav")))


class FakePlayer:
    """A player that records where it ran, and can hold its check until released."""

    name = "fake"

    def __init__(self, hold: threading.Event | None = None, no_device: bool = False) -> None:
        self.hold = hold
        self.no_device = no_device
        self.threads: list[int] = []

    def check(self) -> None:
        if self.hold is not None:
            assert self.hold.wait(10)
        if self.no_device:
            raise SoundError(NO_DEVICE)

    def play(self, stop: threading.Event) -> None:
        self.threads.append(threading.get_ident())


def no_miniaudio(monkeypatch: pytest.MonkeyPatch, error: Exception) -> None:
    real_import = builtins.__import__

    def refuse(name: str, *args: object, **kwargs: object) -> object:
        if name == "miniaudio":
            raise error
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.delitem(sys.modules, "miniaudio", raising=False)
    monkeypatch.setattr(builtins, "__import__", refuse)


def test_no_sound_library_and_no_player_means_a_silent_chime_that_says_why(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_miniaudio(monkeypatch, ImportError("No module named 'miniaudio'"))
    monkeypatch.setattr(sound.shutil, "which", lambda name: None)
    chime = Chime(CHIME, find=lambda clip: find_player(clip, platform="linux"))
    chime.prepare()
    assert chime.wait(10)
    assert not chime.available
    reason = chime.unavailable_reason
    assert "miniaudio" in reason and "paplay" in reason and "aplay" in reason
    assert chime.play() is False
    assert chime.play(force=True) is False
    assert chime.wait(10)
    chime.close()


def test_a_sound_library_that_cannot_load_falls_back_to_the_system_player(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_miniaudio(monkeypatch, OSError("libasound.so.2: cannot open shared object file"))
    monkeypatch.setattr(sound.shutil, "which", lambda name: f"/usr/bin/{name}")
    ran: list[tuple[list[str], int]] = []
    exit_code = 0

    def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[bytes]:
        ran.append((command, threading.get_ident()))
        return subprocess.CompletedProcess(command, exit_code, b"", b"Connection refused")

    monkeypatch.setattr(subprocess, "run", run)  # sound imports it when it plays
    chime = Chime(CHIME, find=lambda clip: find_player(clip, platform="linux"))
    assert chime.play() is True
    assert chime.wait(10)
    assert [command for command, _ in ran] == [["paplay", str(CHIME)]]
    assert ran[0][1] != threading.get_ident()  # played in the worker, not the GUI thread
    # The player finds no device: the chime goes quiet and says so; Test tries again.
    exit_code = 1
    assert chime.play() is True
    assert chime.wait(10)
    assert chime.unavailable_reason == NO_DEVICE
    assert chime.play() is False
    assert len(ran) == 2
    exit_code = 0
    chime.play(force=True)
    assert chime.wait(10)
    assert len(ran) == 3 and chime.unavailable_reason == ""
    chime.close()


def test_the_gui_thread_never_waits_for_the_sound_system(qtbot: QtBot) -> None:
    hold = threading.Event()
    player = FakePlayer(hold)
    chime = Chime(CHIME, find=lambda clip: player)
    chime.prepare()  # the device search hangs (a sound server that does not answer)...
    assert chime.unavailable_reason == ""  # ...and nothing here waits for it
    assert chime.play() is True
    assert not chime.wait(0.05)
    hold.set()
    assert chime.wait(10)
    assert chime.available
    assert len(player.threads) == 1 and player.threads[0] != threading.get_ident()
    chime.close()
    assert chime.play(force=True) is False  # closed: the app is quitting


def test_a_broken_sound_stack_never_raises(qtbot: QtBot) -> None:
    def broken(clip: object) -> FakePlayer:
        raise RuntimeError("the audio server crashed")

    chime = Chime(CHIME, find=broken)
    assert chime.play(force=True) is True  # not known yet
    assert chime.wait(10)
    assert "could not start" in chime.unavailable_reason
    assert "crashed" in chime.unavailable_reason
    assert chime.play() is False
    chime.close()


def test_no_device_found_is_said_in_plain_words(qtbot: QtBot) -> None:
    chime = Chime(CHIME, find=lambda clip: FakePlayer(no_device=True))
    chime.prepare()
    assert chime.wait(10)
    assert chime.unavailable_reason == "No audio output device was found."
    assert chime.play() is False
    chime.close()


def test_a_missing_chime_file_is_a_reason_not_a_crash(qtbot: QtBot, tmp_path: Path) -> None:
    chime = Chime(tmp_path / "gone.wav", find=lambda clip: FakePlayer())
    chime.prepare()
    assert chime.wait(10)
    assert "gone.wav could not be read" in chime.unavailable_reason
    chime.close()


def test_chime_switched_off_stays_silent(qtbot: QtBot) -> None:
    player = FakePlayer()
    chime = Chime(CHIME, enabled=False, find=lambda clip: player)
    assert chime.play() is False
    assert chime.wait(10)
    assert player.threads == []
    chime.close()


CHILD = """
import sys
from pathlib import Path
from cocoach_desktop.platform import logs
logs.setup(verbose=False)
from cocoach_desktop.timer.qt import sound
from cocoach_desktop.timer.qt.sound import NO_DEVICE, Chime, SoundError, find_player
chime = Chime(Path(sys.argv[1]))
chime.prepare()
assert chime.wait(20)
print("reason:", chime.unavailable_reason)
print("play:", chime.play())
assert chime.wait(20)
chime.close()
"""


def _child(tmp_path: Path, alsa_config: str) -> subprocess.CompletedProcess[str]:
    """The real miniaudio in a process of its own, with ALSA set up as given and no server."""
    pytest.importorskip("miniaudio")
    if not sys.platform.startswith("linux"):
        pytest.skip("ALSA is Linux's")
    conf = tmp_path / "alsa.conf"
    conf.write_text(alsa_config)
    env = {
        **os.environ,
        "ALSA_CONFIG_PATH": str(conf),  # instead of the machine's sound cards
        "PULSE_SERVER": f"unix:{tmp_path / 'no-server'}",  # and no sound server
    }
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(CHIME)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_no_sound_device_means_silence_and_a_quiet_terminal(tmp_path: Path) -> None:
    done = _child(tmp_path, "")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["reason: No audio output device was found.", "play: False"]
    assert done.stderr == ""  # ALSA alone would print a screenful of "Unknown PCM default"


def test_with_a_device_the_chime_plays_through_miniaudio(tmp_path: Path) -> None:
    if ctypes.util.find_library("asound") is None:
        pytest.skip("needs ALSA's library (libasound2), which .ci/run installs")
    done = _child(tmp_path, "pcm.!default {\n  type null\n}\n")  # a device that discards
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["reason: ", "play: True"]
    assert done.stderr == ""


@pytest.mark.parametrize(
    ("screens", "preferred", "control", "expected"),
    [
        # A projector plugged in: the presentation goes full screen on it.
        (["LAPTOP", "HDMI-1"], "", "LAPTOP", ScreenChoice("HDMI-1", True)),
        # The facilitator's chosen screen wins while it is connected.
        (["LAPTOP", "HDMI-1", "DP-2"], "DP-2", "LAPTOP", ScreenChoice("DP-2", True)),
        # The chosen screen was unplugged: the other external screen, else...
        (["LAPTOP", "HDMI-1"], "DP-2", "LAPTOP", ScreenChoice("HDMI-1", True)),
        # ...back on the laptop as a normal window, never hiding the controls.
        (["LAPTOP"], "HDMI-1", "LAPTOP", ScreenChoice("LAPTOP", False)),
        (["LAPTOP"], "", "LAPTOP", ScreenChoice("LAPTOP", False)),
        # Choosing the controls' own screen with a projector present uses the projector.
        (["LAPTOP", "HDMI-1"], "LAPTOP", "LAPTOP", ScreenChoice("HDMI-1", True)),
        ([], "", "", ScreenChoice("", False)),
    ],
)
def test_presentation_screen_choice(
    screens: list[str], preferred: str, control: str, expected: ScreenChoice
) -> None:
    assert choose_presentation_screen(screens, preferred, control) == expected
