"""Bad input on the command line (issue 10): said in plain words, never a traceback.

``cocoach import`` / ``import --check`` on a file Python's json cannot even read, ``cocoach
check --jsonl`` on lines it cannot read or write out, and the check and the import agreeing
on every value (the check must never call "fine" a file that the import then refuses).
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cocoach_desktop.cli import main
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive

HUGE = "1" * 5000  # Python's json refuses whole numbers of more than 4,300 digits
DEEP = "[" * 100_000 + "]" * 100_000  # deeper than Python's json can go


def valid_document() -> dict[str, Any]:
    """The example of docs/export-format.md: a file the import takes."""
    return {
        "format": "cocoach-archive",
        "version": 1,
        "exported": "2024-05-08T10:00:00Z",
        "app_version": "0.1.0",
        "sessions": [
            {
                "id": 1,
                "started": "2024-05-07T09:00:00Z",
                "ended": "2024-05-07T09:50:00Z",
                "status": "finished",
                "protocol_id": "quality-first",
                "protocol_name": "Quality first",
                "mode": "quality_first",
                "planned_seconds": 2700,
                "actual_seconds": 2850.0,
                "group": "Tuesday circle",
                "coachees": ["Anna"],
                "tags": ["leadership"],
                "participants": [
                    {"name": "Anna", "role": "coachee"},
                    {"name": "Ben", "role": "coach"},
                ],
                "phases": [
                    {
                        "index": 0,
                        "name": "Question",
                        "planned_seconds": 300,
                        "actual_seconds": 330.0,
                        "speaker": "Anna speaks",
                        "coachee": "Anna",
                    }
                ],
                "events": [
                    {
                        "kind": "start",
                        "phase_index": 0,
                        "monotonic": 1000.0,
                        "wall": "2024-05-07T09:00:00Z",
                        "seconds": 0.0,
                    }
                ],
                "notes": [
                    {
                        "id": 10,
                        "session_id": 1,
                        "text": "Wants to lead without shouting",
                        "visibility": "shareable",
                        "created": "2024-05-07T09:02:00Z",
                        "phase_index": 0,
                        "phase_name": "Question",
                        "session_seconds": 120.0,
                    }
                ],
                "commitments": [
                    {
                        "id": 20,
                        "session_id": 1,
                        "person": "Anna",
                        "text": "Ask for feedback weekly",
                        "due": "2024-05-14",
                        "status": "open",
                        "follow_up": "",
                        "created": "2024-05-07T09:48:00Z",
                    }
                ],
                "topics": [
                    {
                        "id": 30,
                        "person": "Ben",
                        "text": "Delegation",
                        "created": "2024-05-07T09:49:00Z",
                        "session_id": 1,
                        "status": "waiting",
                        "taken_session_id": None,
                    }
                ],
                "tally": [{"kind": "open", "session_seconds": 95.5, "phase_index": 0}],
            }
        ],
        "topics": [],
    }


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def session_count(data_dir: Path) -> int | None:
    """How many sessions the archive holds (None: there is no archive at all)."""
    if not (data_dir / ARCHIVE_FILE).exists():
        return None
    archive = Archive(open_archive(data_dir / ARCHIVE_FILE))
    try:
        return archive.count_sessions()
    finally:
        archive.engine.dispose()


# ----- import: a file that cannot be read ------------------------------------------------


def test_import_of_a_number_of_thousands_of_digits_is_refused_in_words(
    capsys, data_dir: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "huge.json"
    text = json.dumps(valid_document()).replace(
        '"planned_seconds": 2700', f'"planned_seconds": {HUGE}'
    )
    bad.write_text(text, encoding="utf-8")

    status, out, err = run(capsys, "import", "--check", str(bad))
    assert status == 1 and "fine" not in out
    assert "more than 4,300 digits" in err and "Traceback" not in err

    status, out, err = run(capsys, "import", str(bad))
    assert status == 1 and "nothing was imported" in err and "4,300 digits" in err
    assert session_count(data_dir) is None  # no archive was made for it

    good = tmp_path / "good.json"
    good.write_text(json.dumps(valid_document()), encoding="utf-8")
    assert run(capsys, "import", str(good))[0] == 0
    assert run(capsys, "import", str(bad))[0] == 1
    assert session_count(data_dir) == 1  # the archive that was there is unchanged


def test_import_of_deep_nesting_is_refused_in_words(capsys, data_dir: Path, tmp_path: Path):
    bad = tmp_path / "deep.json"
    bad.write_text('{"format": "cocoach-archive", "version": 1, "sessions": ' + DEEP + "}")
    for argv in (("import", "--check", str(bad)), ("import", str(bad))):
        status, _out, err = run(capsys, *argv)
        assert status == 1 and "nested too deeply" in err
    assert session_count(data_dir) is None


# ----- check --jsonl: every bad line named, the others still checked ---------------------


def test_jsonl_names_each_unreadable_line_and_checks_the_rest(capsys, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(
            [
                '{"id": "first", "text": "What else?"}',
                '{"id": ' + DEEP + ', "text": "What else?"}',
                '{"id": ' + HUGE + ', "text": "What else?"}',
                '{"id": "\\ud800", "text": "What else?"}',
                '{"id": "x", "text": "Have you tried \\udfff a plan?"}',
                '{"id": "last", "text": "Have you tried a seating plan?"}',
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    status, out, err = run(capsys, "check", "--jsonl", str(source))
    assert status == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["first", "last"]
    assert "line 2: is JSON nested too deeply" in err
    assert "line 3: holds a number far too long" in err
    assert 'line 4: "id" cannot be written out: it holds an invalid character' in err
    assert 'line 5: "text" cannot be written out' in err
    assert "4 line(s)" in err and "Traceback" not in err


def test_jsonl_from_stdin_in_a_real_process_survives_a_lone_surrogate(tmp_path: Path) -> None:
    lines = '{"id": "\\ud800", "text": "What else?"}\n{"id": "ok", "text": "What else?"}\n'
    done = subprocess.run(
        [sys.executable, "-m", "cocoach_desktop", "check", "--jsonl", "-"],
        input=lines.encode(),
        capture_output=True,
        env={k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")},
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert b"Traceback" not in done.stderr and b"line 1:" in done.stderr
    assert [json.loads(line)["id"] for line in done.stdout.splitlines()] == ["ok"]


def test_eval_names_unreadable_lines_and_still_measures(capsys, tmp_path: Path) -> None:
    source = tmp_path / "labelled.jsonl"
    source.write_text(
        '{"text": "What else?", "label": "open"}\n'
        '{"text": "What else?", "label": ' + HUGE + "}\n"
        '{"text": "x", "label": ' + DEEP + "}\n"
        '{"text": "Have you tried a plan?", "label": "advice"}\n',
        encoding="utf-8",
    )
    status, out, err = run(capsys, "check", "--eval", str(source))
    assert status == 1
    assert "utterances   2" in out
    assert "line 2:" in err and "line 3:" in err and "Traceback" not in err


# ----- import --check and import agree ---------------------------------------------------


def _set(document: dict[str, Any], path: str, value: object) -> None:
    """Put ``value`` at a path like ``sessions[0].notes[0].text``."""
    target: Any = document
    steps = path.replace("]", "").replace("[", ".").split(".")
    for step in steps[:-1]:
        target = target[int(step)] if step.isdigit() else target[step]
    last = steps[-1]
    target[int(last) if last.isdigit() else last] = value


BAD_VALUES = [
    pytest.param("sessions[0].notes[0].text", " \n\t ", id="whitespace-only note"),
    pytest.param("sessions[0].notes[0].text", "\x00\x00", id="NUL-only note"),
    pytest.param("sessions[0].commitments[0].text", "   ", id="blank commitment"),
    pytest.param("sessions[0].group", "\x00", id="NUL-only group name"),
    pytest.param("sessions[0].tags[0]", "\x00", id="NUL-only tag"),
    pytest.param("sessions[0].participants[1].name", "B" * 121, id="name over 120"),
    # U+0958 is kept as two characters (NFC): 100 of them make a name of 200.
    pytest.param("sessions[0].participants[1].name", "\u0958" * 100, id="name over 120 as kept"),
    pytest.param("sessions[0].commitments[0].person", "Anna\x01", id="control character"),
    pytest.param("sessions[0].topics[0].text", "\x00 ", id="NUL-and-space topic"),
]


@pytest.mark.parametrize(("path", "value"), BAD_VALUES)
def test_import_check_and_import_agree(
    capsys, data_dir: Path, tmp_path: Path, path: str, value: str
) -> None:
    document = copy.deepcopy(valid_document())
    _set(document, path, value)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")

    checked, out, check_err = run(capsys, "import", "--check", str(bad))
    imported, _out, import_err = run(capsys, "import", str(bad))
    assert (checked, imported) == (1, 1), (out, import_err)
    assert "fine" not in out
    assert f"- {path}: " in check_err and f"- {path}: " in import_err
    assert session_count(data_dir) is None  # nothing was made, nothing imported


def test_the_valid_document_passes_both(capsys, data_dir: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(valid_document()), encoding="utf-8")
    status, out, _err = run(capsys, "import", "--check", str(good))
    assert status == 0 and "fine" in out
    assert run(capsys, "import", str(good))[0] == 0
    assert session_count(data_dir) == 1
