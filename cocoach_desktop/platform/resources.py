"""Lookups for the files shipped in ``resources/``, from a checkout or an installed wheel."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


def root() -> Traversable:
    """The resources folder: inside the installed package, or beside it in a checkout."""
    packaged = files("cocoach_desktop") / "_resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def data(*parts: str) -> Traversable:
    """Any shipped file or folder, by its path below ``resources/``."""
    node = root()
    for part in parts:
        node = node / part
    return node


def protocols_dir() -> Traversable:
    """The folder of the shipped protocol templates."""
    return data("protocols")


def prompts_dir() -> Traversable:
    """The folder of the shipped question banks, one ``<group>.toml`` per group."""
    return data("prompts")


def sound(name: str) -> Traversable:
    """A shipped sound file, e.g. ``sound("chime.wav")``."""
    return data("sounds", name)
