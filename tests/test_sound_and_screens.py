"""The chime never crashes without sound; the presentation finds the right screen."""

from __future__ import annotations

import builtins
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cocoach_desktop import resources
from cocoach_desktop.core.screens import ScreenChoice, choose_presentation_screen
from cocoach_desktop.ui.sound import Chime


def test_the_shipped_chime_is_a_real_wav() -> None:
    import wave

    with resources.sound("chime.wav").open("rb") as f, wave.open(f) as wav:
        assert wav.getnchannels() == 1
        assert 0.5 < wav.getnframes() / wav.getframerate() < 3


def test_no_qt_multimedia_means_a_silent_chime_not_a_crash(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_multimedia(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("PySide6.QtMultimedia"):
            raise ImportError("libpulse.so.0: cannot open shared object file")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_multimedia)
    chime = Chime(Path("chime.wav"))
    assert not chime.available
    assert "Multimedia" in chime.unavailable_reason
    assert chime.play() is False
    assert chime.play(force=True) is False


def test_chime_switched_off_stays_silent(qtbot: QtBot) -> None:
    with resources.sound("chime.wav").open("rb"):
        pass
    chime = Chime(Path(str(resources.sound("chime.wav"))), enabled=False)
    assert chime.play() is False


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
