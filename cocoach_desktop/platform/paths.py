"""Where the user's own files live: one folder from platformdirs, overridable for tests."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "cocoach"
ENV_DATA_DIR = "COCOACH_DATA_DIR"

_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Use ``path`` instead of the platform's folder (the ``--data-dir`` option)."""
    global _override
    _override = Path(path).expanduser() if path else None


def data_dir() -> Path:
    """The user data folder: ``--data-dir``, else ``$COCOACH_DATA_DIR``, else platformdirs."""
    if _override is not None:
        return _override
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False))


def user_protocols_dir() -> Path:
    """The folder of the user's own protocol templates."""
    return data_dir() / "protocols"


def settings_file() -> Path:
    """The settings file (an INI file kept beside the data, so one folder holds everything)."""
    return data_dir() / "settings.ini"


def keep_files_private() -> None:
    """Every file and folder this process creates is its user's alone (POSIX: umask 077).

    The archive holds coaching notes about colleagues: personal data. Under the common umask
    (022) it, its -wal/-shm, exports and set-aside copies were readable by every local
    account. On Windows the data folder is in the user's profile, which other accounts cannot
    read; there is no umask to set.
    """
    if os.name == "posix":
        os.umask(0o077)


def make_private(folder: Path) -> None:
    """Take group and other access away from ``folder`` and the files an older version left.

    Only what this user owns is changed; anything that cannot be changed is left as it is
    (the app still runs; the folder may be on a file system without permissions).
    """
    if os.name != "posix" or not folder.is_dir():
        return
    for path in (folder, *folder.iterdir(), *(folder / "backups").glob("*")):
        try:
            info = path.lstat()
            if info.st_uid == os.getuid() and info.st_mode & 0o077 and not path.is_symlink():
                path.chmod(info.st_mode & 0o700)
        except OSError:
            continue
