"""Running a ``cocoach`` subcommand: the archive opened for it, its problems said in plain words."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from cocoach_desktop.commands.backups import back_up, list_backups_of, restore, set_aside
from cocoach_desktop.commands.common import (
    CommandError,
    damaged_advice,
    live_path,
    open_live,
    remove_archive,
)
from cocoach_desktop.commands.export import export_sessions
from cocoach_desktop.commands.importing import check_import, import_file, read_import
from cocoach_desktop.commands.search import search


def run_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run a subcommand; problems go to stderr in plain words, with exit status 1."""
    out = out or sys.stdout
    if args.command == "check":
        # The advice check needs no archive (and no SQLAlchemy): it must be quick.
        from cocoach_desktop.advice.check_command import run_check

        return run_check(args, out)
    from cocoach_desktop.storage.backup import BackupError
    from cocoach_desktop.storage.db import ArchiveDamagedError, ArchiveOpenError

    try:
        if args.command == "backup" and args.restore:
            return restore(Path(args.restore), out)
        if args.command == "backup" and args.set_aside:
            return set_aside(out)
        if args.command == "backup" and args.list:
            return list_backups_of(live_path(), out)  # needs no archive: works when it is damaged
        if args.command == "import" and args.check:
            return check_import(args, out)  # only reads the file: no archive needed
        live = live_path()
        if args.command != "import" and not live.exists():
            # Reading an archive that is not there finds nothing; it is never created for it.
            return no_archive(args, live, out)
        created = not live.exists()
        if created:
            read_import(Path(args.file))  # a file that cannot be read creates nothing
        archive = open_live()  # an import creates the archive if there is none yet
        done = False
        try:
            handler = {
                "export": export_sessions,
                "import": import_file,
                "backup": back_up,
                "search": search,
            }[args.command]
            status = handler(archive, args, out)
            done = True
            return status
        finally:
            archive.engine.dispose()
            if created and not done:
                remove_archive(live)  # "nothing was imported": and nothing was made either
    except ArchiveDamagedError as exc:
        # What to do next, in this command line's own terms.
        print(f"cocoach {args.command}: {exc.problem} {damaged_advice()}", file=sys.stderr)
        return 1
    except (CommandError, ArchiveOpenError, BackupError) as exc:
        print(f"cocoach {args.command}: {exc}", file=sys.stderr)
        return 1


def no_archive(args: argparse.Namespace, live: Path, out: TextIO) -> int:
    """``search``, ``export`` and ``backup`` with no archive yet: say so; nothing is wrong."""
    where = live.parent
    if args.command == "search":
        print(f"There is no archive in {where} yet, so nothing matches.", file=out)
        return 0
    if args.command == "backup" and args.list:
        return list_backups_of(live, out)
    if args.command == "backup":
        print(f"There is no archive in {where} yet, so there is nothing to back up.", file=out)
        return 0
    # export: the file is not written (a script finds no file rather than an empty export).
    print(
        f"There is no archive in {where} yet, so there is nothing to export; no file was written.",
        file=sys.stderr,
    )
    return 0
