"""Why the live notes would refuse a text, in the facilitator's words, before it is written."""

from __future__ import annotations

from cocoach_desktop.domain.records import MAX_NAME_CHARS, MAX_NOTE_CHARS


def refusal(text: str, what: str, *, limit: int, name: bool = False) -> str:
    """Why the archive would refuse this text, in words ("" when it would keep it); ``what``
    names the text ("This note"), in the words of whoever asks."""
    # The import's own rule, loaded with the first text checked: the exchange format's
    # readers (about 4 ms, with their dataclasses) are no use to the first frame.
    from cocoach_desktop.exchange.model.exchange import text_problems

    problems = text_problems(text, limit=limit, blank=False, name=name)
    return f"{what} {'; '.join(problems)}." if problems else ""


def note_refusal(text: str, what: str) -> str:
    """Why a note would be refused (too long, say), or ""."""
    return refusal(text, what, limit=MAX_NOTE_CHARS)


def commitment_refusal(text: str, person: str, what: str, who: str) -> str:
    """Why a commitment would be refused (its text, or the name of who commits), or ""."""
    return refusal(text, what, limit=MAX_NOTE_CHARS) or refusal(
        person, who, limit=MAX_NAME_CHARS, name=True
    )
