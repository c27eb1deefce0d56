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
