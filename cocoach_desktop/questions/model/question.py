"""What a question bank holds: questions, the banks of the eight groups, and a bank's error."""

from __future__ import annotations

from dataclasses import dataclass

from cocoach_desktop.platform.datafiles import DataFileError

GROUP_TITLES: dict[str, str] = {
    "goal": "Goal and contracting",
    "explore": "Exploring the situation",
    "clarifying": "Clarifying questions",
    "probing": "Probing questions",
    "options": "Options",
    "commitment": "Way forward",
    "reflection": "Reflection and debrief",
    "what_else": "What else?",
}
"""Each group's title, used when its shipped file is missing or an import names none."""


@dataclass(frozen=True)
class Question:
    """One question as the app shows it: shipped (perhaps changed by the user) or the user's own.

    ``key`` names it for the UI and the deck: ``"shipped:goal-01"`` or ``"own:17"`` (the
    archive row's id). ``original`` is the shipped wording, kept when the user edits it.
    """

    key: str
    group: str
    text: str
    shipped_id: str = ""
    saved_id: int | None = None
    starred: bool = False
    hidden: bool = False
    edited: bool = False
    original: str = ""

    @property
    def own(self) -> bool:
        """True for a question the user wrote, False for a shipped one."""
        return not self.shipped_id


@dataclass(frozen=True)
class Bank:
    """The questions of one group, in file order (the user's own ones last)."""

    group: str
    title: str
    purpose: str
    questions: tuple[Question, ...]
    origin: str = ""


@dataclass(frozen=True)
class ImportedBank:
    """What a bank file offers to import: its group, title and question texts."""

    group: str
    title: str
    purpose: str
    texts: tuple[str, ...]


class BankError(DataFileError):
    """A bank file that cannot be used: which file, and the problem in plain words."""
