"""The user's preferences and their defaults, in one place (stored by the UI's settings)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

from cocoach_desktop.platform.reading import Code, Reader
from cocoach_desktop.platform.wording import table_sentence
from cocoach_desktop.timer.model.plan import DEFAULT_MIN_PER_COACHEE, Mode
from cocoach_desktop.timer.model.screens import Rect
from cocoach_desktop.timer.model.session import DEFAULT_FLOOR_SECONDS

THEMES = ("dark", "light")


@dataclass(frozen=True)
class Preferences:
    soon_seconds: int = 120
    urgent_seconds: int = 30
    sound: bool = True
    theme: str = "dark"
    rebalance: bool = True
    floor_seconds: int = DEFAULT_FLOOR_SECONDS
    min_per_coachee_seconds: int = DEFAULT_MIN_PER_COACHEE
    last_protocol: str = "quality-first"
    last_total_minutes: int = 45
    last_mode: str = Mode.QUALITY_FIRST.value
    presentation_screen: str = ""
    last_group: str = ""
    facilitator: str = ""
    prompts_on_screen: bool = True  # a question prompt under the rule on the projector
    prompt_rotate_minutes: int = 0  # 0: prompts change only when the facilitator moves them
    ask_reminder: bool = True  # "Ask, don't tell" on the projector in questions-only phases
    # The time of day, small in a corner of the projector. On by default: in a staff meeting
    # people otherwise check their phones for the time, a worse distraction than a small clock.
    clock_on_screen: bool = True
    presentation_geometry: str = ""  # "x,y,width,height" of the presentation as a window

    def problems(self) -> list[str]:
        """What is wrong with these values, in plain words (empty when all is well)."""
        found = []
        if not 0 <= self.urgent_seconds < self.soon_seconds <= 3600:
            found.append("The warnings need 0 ≤ second warning < first warning ≤ 60 minutes.")
        if self.theme not in THEMES:
            found.append(f"Unknown theme {self.theme!r}; choose dark or light.")
        if not 0 <= self.floor_seconds <= 600:
            found.append("The shortest phase after rebalancing must be 0 to 10 minutes.")
        if not 60 <= self.min_per_coachee_seconds <= 4 * 3600:
            found.append("The minimum time per coachee must be 1 minute to 4 hours.")
        if not 1 <= self.last_total_minutes <= 480:
            found.append("A session lasts 1 to 480 minutes.")
        if not 0 <= self.prompt_rotate_minutes <= 60:
            found.append("Prompts rotate every 1 to 60 minutes, or never (0).")
        if self.presentation_geometry and Rect.parse(self.presentation_geometry) is None:
            found.append("The presentation window's place was not understood; it is placed anew.")
        if self.last_mode not in {m.value for m in Mode}:
            found.append(f"Unknown mode {self.last_mode!r}; quality first is used.")
        return found


def read_preferences(stored: Mapping[str, object]) -> tuple[Preferences, list[str]]:
    """Preferences from their stored values (text, as an INI file holds them), and what was wrong.

    A value that is not understood, or that the checks refuse, falls back to its default;
    the good values are kept.
    """
    defaults = Preferences()
    r = Reader()
    values: dict[str, object] = {}
    for field in fields(Preferences):
        if field.name not in stored:
            continue
        raw = stored[field.name]
        kind = type(getattr(defaults, field.name))
        value = _coerce(raw, kind)
        if value is None:
            r.note("", Code.NOT_UNDERSTOOD, field.name, raw)
        else:
            values[field.name] = value
    problems = [table_sentence(p) for p in r.problems]
    prefs = replace(defaults, **values)  # type: ignore[arg-type]
    if prefs.problems():
        problems += prefs.problems()
        # Keep the good values: drop only the fields that the checks complain about.
        prefs = _keep_valid(prefs, defaults)
    return prefs, problems


def _coerce(raw: object, kind: type) -> object | None:
    """``raw`` as a ``kind`` (bool, int or str); None when it cannot be one."""
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("true", "1", "yes", "on"):
            return True
        if text in ("false", "0", "no", "off"):
            return False
        return None
    if kind is int:
        try:
            return int(str(raw))
        except ValueError:
            return None
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
