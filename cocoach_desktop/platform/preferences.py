"""The user's preferences and their defaults, in one place (stored by the UI's settings)."""

from __future__ import annotations

from dataclasses import dataclass

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
