"""What a protocol template is: its phases, the question groups they name, and the limits."""

from __future__ import annotations

from dataclasses import dataclass

from cocoach_desktop.domain import limits
from cocoach_desktop.platform.datafiles import DataFileError


@dataclass(frozen=True)
class PhaseTemplate:
    """One phase of a protocol as written in its template file.

    ``minutes`` is the phase's length at the template's ``default_minutes``. A ``fixed``
    phase keeps its minutes whatever the session's length; the others scale with it.
    ``speaker`` says whose turn it is and may name the coachee as ``{coachee}``.
    ``ask_dont_tell`` marks a phase of questions only, where the projector may show the
    standing "Ask, don't tell" reminder.
    """

    name: str
    minutes: float
    speaker: str
    rule: str
    fixed: bool = False
    prompt_groups: tuple[str, ...] = ()
    ask_dont_tell: bool = False


@dataclass(frozen=True)
class ProtocolTemplate:
    """A whole protocol: its phases, roles and where it comes from."""

    id: str
    name: str
    description: str
    source: str
    default_minutes: int
    roles: tuple[str, ...]
    phases: tuple[PhaseTemplate, ...]
    rotate: bool = False
    builtin: bool = True
    origin: str = ""


PROMPT_GROUPS: tuple[str, ...] = (
    "goal",
    "explore",
    "clarifying",
    "probing",
    "options",
    "commitment",
    "reflection",
    "what_else",
)
"""The question-bank groups a phase may name in ``prompt_groups``."""

DEFAULT_ID = "quality-first"
MAX_FILE_BYTES = limits.PROTOCOL_FILE_BYTES
MAX_NAME_CHARS = limits.PROTOCOL_NAME_CHARS
MAX_ID_CHARS = limits.PROTOCOL_TEMPLATE_ID_CHARS
MAX_PHASES = limits.PROTOCOL_PHASES
MAX_PHASE_MINUTES = limits.PHASE_MINUTES
MAX_SESSION_MINUTES = limits.SESSION_MINUTES


class TemplateError(DataFileError):
    """A template that cannot be used: which file, and the problem in plain words."""
