"""The ``cocoach`` commands that need no window, for scripts and SSH.

``cocoach export|import|backup|search`` work on the archive, and ``cocoach check`` runs the
advice check.
"""

from __future__ import annotations

from cocoach_desktop.commands.common import CommandError
from cocoach_desktop.commands.parser import add_subcommands
from cocoach_desktop.commands.running import run_command

__all__ = ["CommandError", "add_subcommands", "run_command"]
