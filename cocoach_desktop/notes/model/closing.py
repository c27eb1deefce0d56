"""What the facilitator confirms on the closing screen, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class ClosingChoices:
    """What the facilitator confirmed: commitments kept (texts, dates), topics dealt with, tags."""

    commitments: dict[int, str]  # id -> text, for those kept
    removed_commitments: tuple[int, ...]
    taken_topics: tuple[int, ...]
    tags: tuple[str, ...]
    dues: dict[int, date | None] = field(default_factory=dict)  # id -> due, for those kept
