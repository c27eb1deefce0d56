"""Checking a protocol template: the problems that make it unusable, as codes or plain words."""

from __future__ import annotations

import math
import re

from cocoach_desktop.platform.datafiles import quote
from cocoach_desktop.platform.reading import Code, Problem, Reader
from cocoach_desktop.platform.wording import table_sentence
from cocoach_desktop.protocols.model.template import (
    MAX_ID_CHARS,
    MAX_NAME_CHARS,
    MAX_PHASE_MINUTES,
    MAX_PHASES,
    MAX_SESSION_MINUTES,
    PROMPT_GROUPS,
    PhaseTemplate,
    ProtocolTemplate,
)

_ID_RE = re.compile(r"[a-z0-9][a-z0-9_-]*")
_PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")


def phase_label(index: int, name: object) -> str:
    """How a phase is named in a problem: "phase 2 ('Clarifying')", or "phase 2" if unnamed."""
    if isinstance(name, str) and name.strip():
        return f"phase {index} ({quote(name.strip())})"
    return f"phase {index}"


def _check_phase(index: int, phase: PhaseTemplate, r: Reader) -> None:
    label = phase_label(index, phase.name)
    if not phase.name.strip():
        r.note("", Code.PHASE_BLANK_NAME, label)
    elif len(phase.name) > MAX_NAME_CHARS:
        r.note("", Code.PHASE_NAME_TOO_LONG, label, len(phase.name), MAX_NAME_CHARS)
    minutes = phase.minutes
    if isinstance(minutes, bool) or not isinstance(minutes, int | float):
        r.note("", Code.PHASE_MINUTES_NOT_A_NUMBER, label, minutes)
    elif not math.isfinite(minutes):
        r.note("", Code.PHASE_MINUTES_NOT_FINITE, label, minutes)
    elif minutes <= 0:
        r.note("", Code.PHASE_MINUTES_NOT_POSITIVE, label, minutes)
    elif minutes > MAX_PHASE_MINUTES:
        r.note("", Code.PHASE_MINUTES_TOO_MANY, label, minutes, MAX_PHASE_MINUTES)
    for placeholder in _PLACEHOLDER_RE.findall(phase.speaker):
        if placeholder != "coachee":
            r.note(label, Code.UNKNOWN_PLACEHOLDER, placeholder)
    leftover = _PLACEHOLDER_RE.sub("", phase.speaker)
    if "{" in leftover or "}" in leftover:
        r.note(label, Code.STRAY_BRACE)
    for group in phase.prompt_groups:
        if group not in PROMPT_GROUPS:
            r.note("", Code.PHASE_NO_SUCH_GROUP, label, group, PROMPT_GROUPS)


def template_problems(t: ProtocolTemplate) -> list[Problem]:
    """The problems with a template as codes (place and values); empty if it can be used."""
    r = Reader()
    if not t.id.strip():
        r.note("", Code.BLANK_FIELD, "id")
    elif len(t.id) > MAX_ID_CHARS:
        r.note("", Code.ID_TOO_LONG, len(t.id), MAX_ID_CHARS)
    elif not _ID_RE.fullmatch(t.id):
        r.note("", Code.BAD_ID, t.id)
    if not t.name.strip():
        r.note("", Code.BLANK_FIELD, "name")
    elif len(t.name) > MAX_NAME_CHARS:
        r.note("", Code.NAME_TOO_LONG, len(t.name), MAX_NAME_CHARS)
    default = t.default_minutes
    if (
        isinstance(default, bool)
        or not isinstance(default, int)
        or not 1 <= default <= MAX_SESSION_MINUTES
    ):
        r.note("", Code.BAD_SESSION_LENGTH, default, MAX_SESSION_MINUTES)
    for index, role in enumerate(t.roles, 1):
        if not role.strip():
            r.note("", Code.BLANK_ROLE, index)
    if not t.phases:
        r.note("", Code.NO_PHASES_IN_TEMPLATE)
    elif len(t.phases) > MAX_PHASES:
        r.note("", Code.TOO_MANY_PHASES, len(t.phases), MAX_PHASES)
    for index, phase in enumerate(t.phases, 1):
        _check_phase(index, phase, r)
    return r.problems


def check_template(t: ProtocolTemplate) -> list[str]:
    """The problems with a template, in plain words; an empty list if it can be used."""
    return [table_sentence(p) for p in template_problems(t)]
