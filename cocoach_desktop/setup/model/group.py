"""The group's rules: one person per name, written as the group or the archive already writes it."""

from __future__ import annotations

from collections.abc import Iterable

from cocoach_desktop.domain.records import clean_name, name_key


def known_spelling(name: str, known: Iterable[str]) -> str:
    """``name`` as one of the ``known`` names writes it (same key), or cleaned."""
    key = name_key(name)
    for spelling in known:
        if name_key(spelling) == key:
            return spelling
    return clean_name(name)


def already_in(name: str, people: Iterable[str]) -> bool:
    """Whether ``name`` is one of ``people`` (whatever the case, spacing or Unicode form)."""
    key = name_key(name)
    return any(name_key(p) == key for p in people)
