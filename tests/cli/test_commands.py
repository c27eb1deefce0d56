"""The archive without a window: ``cocoach export|import|backup|search`` in real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from archive_fixtures import open_filled

from cocoach_desktop.cli import main
from cocoach_desktop.domain.records import SessionFilter, Visibility
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive


@pytest.fixture
def filled(data_dir: Path) -> Archive:
    archive = open_filled(data_dir / ARCHIVE_FILE, 12)
    yield archive
    archive.engine.dispose()


def cocoach(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real entry point in its own process, with no display at all."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "cocoach_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_search_prints_ranked_hits_with_the_match_marked(filled: Archive, data_dir: Path):
    person = filled.people()[0].name
    done = cocoach(data_dir, "search", person.split()[0])
    assert done.returncode == 0, done.stderr
    assert f"[{person.split()[0]}" in done.stdout or f"[{person.split()[0].lower()}" in done.stdout


def test_search_never_chokes_on_odd_text(filled: Archive, data_dir: Path, capsys) -> None:
    for query in ['"unbalanced', "NEAR(", "a*b -c", "(((", "🙂", "AND OR NOT"]:
        assert main(["search", query]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_export_json_then_import_round_trips(filled: Archive, data_dir: Path, tmp_path: Path):
    out = tmp_path / "all.json"
    done = cocoach(data_dir, "export", "-o", str(out))
    assert done.returncode == 0, done.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "cocoach-archive" and len(document["sessions"]) == 12
    other = tmp_path / "other"
    done = cocoach(other, "import", str(out))  # a new machine: the import makes the archive
    assert done.returncode == 0, done.stderr
    copy = Archive(open_archive(other / ARCHIVE_FILE))
    assert copy.count_sessions() == 12
    first = filled.list_sessions(limit=1)[0]
    [same] = [s for s in copy.list_sessions(limit=20) if s.started == first.started]
    assert copy.session(same.id).notes == () or [n.text for n in copy.session(same.id).notes] == [
        n.text for n in filled.session(first.id).notes
    ]
    copy.engine.dispose()


def test_a_bad_import_names_the_problem_and_changes_nothing(
    filled: Archive, data_dir: Path, tmp_path: Path
) -> None:
    document = json.loads(
        subprocess.run(
            [sys.executable, "-m", "cocoach_desktop", "export", "-o", "-"],
            capture_output=True,
            text=True,
            env=dict(os.environ, COCOACH_DATA_DIR=str(data_dir)),
            check=True,
        ).stdout
    )
    document["sessions"][5]["notes"] = [{"text": "x", "visibility": "secret"}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    before = filled.data_version(), filled.count_sessions()
    done = cocoach(data_dir, "import", str(bad))
    assert done.returncode == 1
    assert "sessions[5].notes[0]" in done.stderr and "nothing was imported" in done.stderr
    assert (filled.data_version(), filled.count_sessions()) == before
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "cocoach-archive", ', encoding="utf-8")
    done = cocoach(data_dir, "import", str(broken))
    assert done.returncode == 1 and "not JSON" in done.stderr


def test_export_one_session_for_the_coachee_leaves_private_notes_out(
    filled: Archive, data_dir: Path, tmp_path: Path
) -> None:
    detail = next(
        d
        for d in (filled.session(s.id) for s in filled.list_sessions(limit=12))
        if any(n.visibility is Visibility.PRIVATE for n in d.notes)
    )
    private = next(n for n in detail.notes if n.visibility is Visibility.PRIVATE)
    md = tmp_path / "for-coachee.md"
    assert main(["export", "--session", str(detail.id), "--for-coachee", "-o", str(md)]) == 0
    text = md.read_text(encoding="utf-8")
    assert detail.summary.protocol_name in text
    assert private.text.split("\n")[0][:40] not in text
    pdf = tmp_path / "session.pdf"
    done = cocoach(data_dir, "export", "--session", str(detail.id), "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_csv_and_person_exports(filled: Archive, data_dir: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "sessions.csv"
    assert main(["export", "-o", str(csv_path)]) == 0
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 13 and lines[0].startswith("date")
    name = filled.people()[0].name
    person = tmp_path / "person.json"
    assert main(["export", "--person", name, "-o", str(person)]) == 0
    assert json.loads(person.read_text(encoding="utf-8"))["person"] == name
    assert main(["export", "--person", "Nobody At All", "-o", str(person)]) == 1


def test_backup_list_and_restore_undoably(filled: Archive, data_dir: Path, capsys) -> None:
    assert main(["backup"]) == 0
    assert main(["backup", "--list"]) == 0
    listing = capsys.readouterr().out
    [line] = [ln for ln in listing.splitlines() if " KB " in ln]
    backup = Path(line.split()[-1])
    session_id = filled.list_sessions(limit=1)[0].id
    filled.delete_session(session_id)
    filled.engine.dispose()
    assert main(["backup", "--restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "restore that to undo" in out
    again = Archive(open_archive(data_dir / ARCHIVE_FILE))
    assert again.count_sessions() == 12
    again.engine.dispose()


def test_commands_explain_instead_of_crashing(data_dir: Path, tmp_path: Path) -> None:
    done = cocoach(data_dir, "search", "anything")
    assert done.returncode == 0 and "no archive" in done.stdout  # nothing found, nothing made
    assert not (data_dir / ARCHIVE_FILE).exists()
    done = cocoach(data_dir, "export", "--from", "yesterday")
    assert done.returncode == 2 and "not a date" in done.stderr
    done = cocoach(data_dir, "--help")
    assert done.returncode == 0 and "export" in done.stdout


def test_restoring_something_that_is_not_an_archive_changes_nothing(
    filled: Archive, data_dir: Path, tmp_path: Path, capsys
) -> None:
    import sqlite3

    foreign = tmp_path / "foreign.db"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE sessions (x)")
    con.commit()
    con.close()
    filled.engine.dispose()
    before = (data_dir / ARCHIVE_FILE).read_bytes()
    assert main(["backup", "--restore", str(foreign)]) == 1
    assert "not a Cocoach archive" in capsys.readouterr().err
    assert (data_dir / ARCHIVE_FILE).read_bytes() == before
    assert not list((data_dir / "backups").glob("before-restore-*"))


def test_export_filters_combine(filled: Archive, data_dir: Path, tmp_path: Path) -> None:
    name = filled.people()[0].name
    mine = filled.count_sessions(SessionFilter(person=name))
    assert 0 < mine < 12
    out = tmp_path / "mine.csv"
    assert main(["export", "--person", name, "-o", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == mine + 1
    dates = sorted(s.started for s in filled.list_sessions(SessionFilter(person=name), limit=50))
    cut = dates[len(dates) // 2].date()  # type: ignore[union-attr]
    person_json = tmp_path / "mine.json"
    assert (
        main(["export", "--person", name, "--from", cut.isoformat(), "-o", str(person_json)]) == 0
    )
    sessions = json.loads(person_json.read_text(encoding="utf-8"))["sessions"]
    assert sessions and all(s["started"][:10] >= cut.isoformat() for s in sessions)
    assert main(["export", "--session", "1", "--person", name, "-o", str(out)]) == 1
