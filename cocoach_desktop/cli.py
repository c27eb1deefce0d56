"""The ``cocoach`` command: no subcommand opens the app; --help and --version need no display."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from cocoach_desktop import __version__, paths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cocoach",
        description=(
            "Cocoach Desktop: a timer for group co-coaching sessions. One coachee gets the "
            "whole time; the room sees the phase, its rule and the time left on a projector. "
            "Run without arguments to open the app."
        ),
        epilog=(
            "Keys in the app: Space start/pause, N or Right next phase, P or Left previous, "
            "+ one more minute, F presentation on/off, C compact timer, Esc leave full screen, "
            "F1 all shortcuts."
        ),
    )
    parser.add_argument("--version", action="version", version=f"cocoach {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=(
            "keep settings and your own protocols in DIR instead of the usual folder "
            f"(also ${paths.ENV_DATA_DIR}); for portable use and tests"
        ),
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = build_parser().parse_known_args(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    # Qt is imported only now, so --help and --version work on a machine with no display.
    from cocoach_desktop.app import run

    return run([sys.argv[0], *qt_args])


def gui_main() -> None:
    """The windowed launcher (no console on Windows)."""
    sys.exit(main())
