"""Helpers shared by the benchmark parents: the children's environment, statistics, versions."""

from __future__ import annotations

import math
import os
import platform
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent


def child_env(pycache: Path | None = None) -> tuple[dict[str, str], str]:
    """The environment for the children, and a line saying which display they use.

    The real display when there is one; with none (Linux without ``DISPLAY`` or
    ``WAYLAND_DISPLAY``), Qt's ``offscreen`` platform, which paints into memory only.
    With ``pycache``, the children write and reuse compiled bytecode there (outside the
    source tree), whatever ``PYTHONDONTWRITEBYTECODE`` says.
    """
    env = dict(os.environ)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    if env.get("QT_QPA_PLATFORM"):
        return env, f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']} (set by the caller)"
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
        return env, "no DISPLAY: children run with QT_QPA_PLATFORM=offscreen (nothing on screen)"
    shown = env.get("WAYLAND_DISPLAY") or env.get("DISPLAY") or "the desktop"
    return env, f"real display ({shown})"


def bytecode_line(env: dict[str, str]) -> str:
    """Whether the children can use compiled bytecode for the app's own modules."""
    if env.get("PYTHONPYCACHEPREFIX"):
        return f"children cache bytecode in {env['PYTHONPYCACHEPREFIX']}"
    if env.get("PYTHONDONTWRITEBYTECODE"):
        return (
            "PYTHONDONTWRITEBYTECODE is set: modules without a __pycache__ (the app's own)"
            " are compiled from source in every child; see --pycache"
        )
    return "default (__pycache__ beside the sources)"


def environment_lines() -> list[str]:
    """Python, PySide6/Qt and platform versions, one per line."""
    import PySide6
    from PySide6 import QtCore

    return [
        f"Python   {sys.version.split()[0]} ({sys.executable})",
        f"PySide6  {PySide6.__version__}, Qt {QtCore.qVersion()}",
        f"Platform {platform.platform()}, {os.cpu_count()} CPUs",
    ]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def percentile(values: Sequence[float], pct: float) -> float:
    """The ``pct``-th percentile, interpolated between the closest ranks (nan when empty)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    position = (len(ordered) - 1) * pct / 100
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
