"""The end-of-phase chime: played when QtMultimedia and an audio device exist, else silent."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)


class Chime(QObject):
    """Plays the shipped chime. Never raises: with no sound the visual cue carries the news.

    Finding the audio device costs tens of milliseconds, so it happens on first need
    (:meth:`prepare`), which the app schedules once its window is on screen.
    """

    def __init__(self, wav: Path, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self._wav = wav
        self._prepared = False
        self._reason = ""
        self._effect: QSoundEffect | None = None

    def prepare(self) -> None:
        """Look for Qt Multimedia and an audio output, and load the sound (once)."""
        if self._prepared:
            return
        self._prepared = True
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # QtMultimedia missing from this Qt, or libpulse absent
            self._reason = f"Qt Multimedia is not available ({exc})."
            return
        try:
            if not QMediaDevices.audioOutputs():
                self._reason = "No audio output device was found."
                return
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(self._wav)))
            effect.setVolume(0.8)
            self._effect = effect
        except Exception as exc:  # a broken audio stack must not stop a meeting
            log.warning("sound disabled: %s", exc)
            self._reason = f"Sound could not start ({exc})."

    @property
    def available(self) -> bool:
        self.prepare()
        return self._effect is not None

    @property
    def unavailable_reason(self) -> str:
        self.prepare()
        return self._reason

    def play(self, force: bool = False) -> bool:
        """Play once if sound is on (or ``force``) and possible; says whether it tried."""
        if not (self.enabled or force) or not self.available:
            return False
        assert self._effect is not None
        try:
            self._effect.play()
        except Exception as exc:
            log.warning("chime failed: %s", exc)
            return False
        return True
