"""Every field's size limit, declared once: storage, readers, cleaning and the UI use these."""

from __future__ import annotations

from typing import Final

# ----- archive records (storage columns, the archive's cleaning, the export reader) -------

NAME_CHARS: Final = 120
"""A person's or group's name; also a phase's speaker and coachee."""
NAME_KEY_CHARS: Final = NAME_CHARS * 3
"""A name's folded key (casefolding may lengthen a name up to three times)."""
TAG_CHARS: Final = 40
"""One tag of a session."""
TAG_KEY_CHARS: Final = TAG_CHARS * 3
"""A tag's folded key."""
NOTE_CHARS: Final = 200_000
"""A note, a commitment and its follow-up: a pasted book is a mistake, not a note."""
TOPIC_CHARS: Final = 2000
"""A topic someone brings."""
QUESTION_CHARS: Final = 300
"""A coaching question: one sentence to read out (bank files and the archive agree)."""
LABEL_CHARS: Final = 200
"""A protocol's or phase's name as a session keeps it; the exporting app's version."""
PROTOCOL_ID_CHARS: Final = 80
"""A session's protocol id."""
MODE_CHARS: Final = 40
"""A session's planning mode."""
STATE_CHARS: Final = 20
"""A stored state word: a status, role, visibility or kind."""
META_KEY_CHARS: Final = 40
"""A key of the archive's small counters table."""
QUESTION_GROUP_CHARS: Final = 200
"""A saved question's group (the bank's heading)."""
SHIPPED_ID_CHARS: Final = 200
"""A saved question's shipped id, as the archive keeps it."""
MAX_SECONDS: Final = 1e12
"""Seconds beyond this are mistakes: far beyond any session and a float's precision."""
MAX_WHOLE: Final = 2**53
"""Whole numbers beyond this overflow SQLite's integers and the exports' arithmetic."""

EXPORT_FILE_BYTES: Final = 200 * 1024 * 1024
"""An export file offered for import."""

# ----- protocol template files ------------------------------------------------------------

PROTOCOL_FILE_BYTES: Final = 256 * 1024
"""A protocol template file."""
PROTOCOL_NAME_CHARS: Final = 80
"""A protocol's or one of its phases' name in a template (and the edit dialog's field)."""
PROTOCOL_TEMPLATE_ID_CHARS: Final = PROTOCOL_ID_CHARS
"""A template's id (sessions keep it as their protocol id)."""
PROTOCOL_PHASES: Final = 30
"""Phases in one template."""
PHASE_MINUTES: Final = 600
"""One phase's minutes in a template."""
SESSION_MINUTES: Final = 600
"""A template's default session length in minutes."""

# ----- question bank files ----------------------------------------------------------------

BANK_FILE_BYTES: Final = 256 * 1024
"""A question bank file."""
BANK_TITLE_CHARS: Final = 80
"""A bank's title."""
BANK_PURPOSE_CHARS: Final = 500
"""A bank's purpose line."""
BANK_QUESTIONS: Final = 500
"""Questions in one bank file."""
BANK_ID_CHARS: Final = 40
"""A shipped question's id in a bank file."""

# ----- what the UI lets one type ----------------------------------------------------------

TYPED_NAME_CHARS: Final = 80
"""A name typed in the set-up panel (shorter than the archive keeps)."""
TYPED_COMMITMENT_CHARS: Final = 2000
"""A commitment typed in the notes panel's one-line field."""

UID_CHARS: Final = 36
"""A record's stable identity: a UUID as text, "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"."""
