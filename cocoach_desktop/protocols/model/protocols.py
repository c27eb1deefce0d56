"""Protocol templates: one place to import them from (what one is, checks, reading, writing)."""

from __future__ import annotations

from cocoach_desktop.protocols.model.template import (
    DEFAULT_ID,
    MAX_FILE_BYTES,
    MAX_ID_CHARS,
    MAX_NAME_CHARS,
    MAX_PHASE_MINUTES,
    MAX_PHASES,
    MAX_SESSION_MINUTES,
    PROMPT_GROUPS,
    PhaseTemplate,
    ProtocolTemplate,
    TemplateError,
)
from cocoach_desktop.protocols.model.template_checks import check_template, template_problems
from cocoach_desktop.protocols.model.template_reading import (
    LoadResult,
    load_templates,
    parse_template,
)
from cocoach_desktop.protocols.model.template_writing import (
    delete_user_template,
    duplicate,
    save_user_template,
    to_toml,
)

__all__ = [
    "DEFAULT_ID",
    "MAX_FILE_BYTES",
    "MAX_ID_CHARS",
    "MAX_NAME_CHARS",
    "MAX_PHASES",
    "MAX_PHASE_MINUTES",
    "MAX_SESSION_MINUTES",
    "PROMPT_GROUPS",
    "LoadResult",
    "PhaseTemplate",
    "ProtocolTemplate",
    "TemplateError",
    "check_template",
    "delete_user_template",
    "duplicate",
    "load_templates",
    "parse_template",
    "save_user_template",
    "template_problems",
    "to_toml",
]
