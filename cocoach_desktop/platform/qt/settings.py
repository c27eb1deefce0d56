"""Preferences kept with QSettings (an INI file in the data folder), with typed helpers."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import QSettings

from cocoach_desktop.platform.preferences import Preferences, read_preferences

GROUP = "preferences"


class SettingsStore:
    """Reads and writes :class:`Preferences`. A damaged or odd value falls back to its default."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)
        self.problems: list[str] = []

    def load(self) -> Preferences:
        stored: dict[str, object] = {}
        self._settings.beginGroup(GROUP)
        try:
            for field in fields(Preferences):
                if self._settings.contains(field.name):
                    stored[field.name] = self._settings.value(field.name)
        finally:
            self._settings.endGroup()
        prefs, self.problems = read_preferences(stored)
        return prefs

    def save(self, prefs: Preferences) -> None:
        self._settings.beginGroup(GROUP)
        for field in fields(Preferences):
            self._settings.setValue(field.name, getattr(prefs, field.name))
        self._settings.endGroup()
        self._settings.sync()
