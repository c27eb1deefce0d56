"""Everything the app writes is its user's alone: the archive holds notes about colleagues."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from archive_fixtures import make_details

from cocoach_desktop.exchange.model.exchange import dumps, to_json_document
from cocoach_desktop.storage.db import ARCHIVE_FILE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def cocoach(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real command, started under the common umask (022) as a desktop would."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY",)}
    return subprocess.run(
        [sys.executable, "-m", "cocoach_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        preexec_fn=lambda: os.umask(0o022),
    )


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_archive_its_folder_and_exports_are_owner_only(tmp_path: Path) -> None:
    source = tmp_path / "old-laptop.json"
    document = to_json_document(
        make_details(3, seed=2), [], exported=datetime(2026, 6, 1, tzinfo=UTC), app_version="x"
    )
    source.write_text(dumps(document), encoding="utf-8")
    data = tmp_path / "data"
    done = cocoach(data, "import", str(source))
    assert done.returncode == 0, done.stderr
    assert mode(data) == 0o700
    written = [p for p in data.rglob("*") if p.is_file()]
    assert data / ARCHIVE_FILE in written
    assert {p.name: mode(p) for p in written if mode(p) & 0o077} == {}
    export = tmp_path / "out" / "everything.json"
    export.parent.mkdir()
    done = cocoach(data, "export", "-o", str(export))
    assert done.returncode == 0, done.stderr
    assert mode(export) == 0o600


def test_files_an_older_version_left_readable_are_closed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    old = data / "cocoach.sqlite3.damaged"
    old.write_bytes(b"not a database")
    old.chmod(0o644)
    done = cocoach(data, "search", "anything")
    assert done.returncode == 0, done.stderr
    assert mode(data) == 0o700 and mode(old) == 0o600
