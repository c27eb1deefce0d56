"""Preferences kept with QSettings (an INI file in the data folder), with typed helpers."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

from PySide6.QtCore import QSettings

from cocoach_desktop.platform.preferences import Preferences

GROUP = "preferences"


class SettingsStore:
    """Reads and writes :class:`Preferences`. A damaged or odd value falls back to its default."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)
        self.problems: list[str] = []

    def load(self) -> Preferences:
        defaults = Preferences()
        values: dict[str, object] = {}
        self.problems = []
        self._settings.beginGroup(GROUP)
        try:
            for field in fields(Preferences):
                if not self._settings.contains(field.name):
                    continue
                default = getattr(defaults, field.name)
                raw = self._settings.value(field.name)
                try:
                    values[field.name] = _coerce(raw, type(default))
                except (TypeError, ValueError):
                    self.problems.append(f"Setting {field.name} = {raw!r} was not understood.")
        finally:
            self._settings.endGroup()
        prefs = replace(defaults, **values)  # type: ignore[arg-type]
        if prefs.problems():
            self.problems += prefs.problems()
            # Keep the good values: drop only the fields that the checks complain about.
            prefs = _keep_valid(prefs, defaults)
        return prefs

    def save(self, prefs: Preferences) -> None:
        self._settings.beginGroup(GROUP)
        for field in fields(Preferences):
            self._settings.setValue(field.name, getattr(prefs, field.name))
        self._settings.endGroup()
        self._settings.sync()


def _coerce(raw: object, kind: type) -> object:
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("true", "1", "yes", "on"):
            return True
        if text in ("false", "0", "no", "off"):
            return False
        raise ValueError(text)
    if kind is int:
        return int(str(raw))
    return str(raw)


def _keep_valid(prefs: Preferences, defaults: Preferences) -> Preferences:
    for field in fields(Preferences):
        candidate = replace(defaults, **{field.name: getattr(prefs, field.name)})
        if candidate.problems():
            prefs = replace(prefs, **{field.name: getattr(defaults, field.name)})
    if prefs.problems():  # e.g. two thresholds fine alone but not together
        prefs = replace(
            prefs, soon_seconds=defaults.soon_seconds, urgent_seconds=defaults.urgent_seconds
        )
    return prefs
