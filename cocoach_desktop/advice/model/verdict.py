"""What the advice check says about one utterance: its label, reasons and reframes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Label(StrEnum):
    ADVICE = "advice"
    CLOSED = "closed"
    OPEN = "open"


@dataclass(frozen=True)
class Verdict:
    """What :func:`check` says about one utterance.

    ``reasons`` are the words of the utterance that decided the label, as written there;
    ``reframes`` are one to three open questions for advice and closed questions, none for
    open ones.
    """

    label: Label
    reasons: tuple[str, ...]
    reframes: tuple[str, ...]


MAX_REASONS = 3
MAX_REFRAMES = 3
