"""The ``cocoach`` command: no subcommand opens the app; --help and --version need no display."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from cocoach_desktop import __version__
from cocoach_desktop.commands import add_subcommands, run_command
from cocoach_desktop.platform import logs, paths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cocoach",
        description=(
            "Cocoach Desktop: a timer for group co-coaching sessions. One coachee gets the "
            "whole time; the room sees the phase, its rule and the time left on a projector. "
            "Run without a command to open the app; the commands below work without a window "
            "(check needs no archive either)."
        ),
        epilog=(
            "Keys in the app: Space start/pause, N or Right next phase, P or Left previous, "
            "+ one more minute, F presentation on/off, C compact timer, Esc leave full screen, "
            "Q / Shift+Q next / previous question prompt, 1 2 3 tally open / closed / advice, "
            "F1 all shortcuts."
        ),
    )
    parser.add_argument("--version", action="version", version=f"cocoach {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=(
            "keep the archive, settings and your own protocols in DIR instead of the usual folder "
            f"(also ${paths.ENV_DATA_DIR}); for portable use and tests"
        ),
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help=(
            "print diagnostics (Qt's messages, the sound device search) on stderr; they always "
            f"go to {logs.LOG_FILE} in the data folder"
        ),
    )
    add_subcommands(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, qt_args = parser.parse_known_args(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    # Coaching notes are personal data: everything written from here on is the user's alone,
    # and what an older version left readable by others is closed.
    paths.keep_files_private()
    paths.make_private(paths.data_dir())
    if args.command:
        # Commands take no Qt options: anything unknown is a mistake, said as such.
        if qt_args:
            parser.error(f"unrecognised arguments: {' '.join(qt_args)}")
        logs.setup(args.verbose)
        return run_command(args)
    folder = paths.data_dir()
    log_file = logs.setup(args.verbose, folder)
    # Qt is imported only now, so --help and --version work on a machine with no display.
    from PySide6 import __version__ as pyside_version

    from cocoach_desktop.app import run

    logging.getLogger(__name__).info(
        "Cocoach %s (Python %s, PySide6 %s) starting; data folder %s, log %s",
        __version__,
        sys.version.split()[0],
        pyside_version,
        folder,
        log_file,
    )
    return run([sys.argv[0], *qt_args])


def gui_main() -> None:
    """The windowed launcher (no console on Windows)."""
    sys.exit(main())
