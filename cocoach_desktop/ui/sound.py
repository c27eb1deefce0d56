"""The end-of-phase chime: played when QtMultimedia and an audio device exist, else silent."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

log = logging.getLogger(__name__)


class Chime(QObject):
    """Plays the shipped chime. Never raises: with no sound the visual cue carries the news."""

    def __init__(self, wav: Path, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.unavailable_reason = ""
        self._effect: object | None = None
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # QtMultimedia missing from this Qt
            self.unavailable_reason = f"Qt Multimedia is not available ({exc})."
            return
        try:
            if not QMediaDevices.audioOutputs():
                self.unavailable_reason = "No audio output device was found."
                return
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(wav)))
            effect.setVolume(0.8)
            self._effect = effect
        except Exception as exc:  # a broken audio stack must not stop a meeting
            log.warning("sound disabled: %s", exc)
            self.unavailable_reason = f"Sound could not start ({exc})."

    @property
    def available(self) -> bool:
        return self._effect is not None

    def play(self, force: bool = False) -> bool:
        """Play once if sound is on (or ``force``) and possible; says whether it tried."""
        if self._effect is None or not (self.enabled or force):
            return False
        try:
            self._effect.play()  # type: ignore[attr-defined]
        except Exception as exc:
            log.warning("chime failed: %s", exc)
            return False
        return True
