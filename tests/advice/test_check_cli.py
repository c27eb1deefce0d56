"""``cocoach check``: one text, a file of JSON lines, and measuring against labels."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cocoach_desktop.advice.model.advice import check
from cocoach_desktop.cli import main

DEV_SET = Path(__file__).parents[1] / "data" / "advice_dev.jsonl"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["check", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_one_text_prints_the_label_the_reasons_and_the_reframes(capsys) -> None:
    status, out, err = run(capsys, "Have you tried a seating plan?")
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "advice"
    assert lines[1].startswith("  because of: “") and "tried" in lines[1].casefold()
    assert lines[2] == "  ask instead:"
    reframes = [line.strip() for line in lines[3:]]
    assert 1 <= len(reframes) <= 3
    assert list(check("Have you tried a seating plan?").reframes) == reframes


def test_words_without_quotes_are_one_text(capsys) -> None:
    status, out, _err = run(capsys, "what", "else")
    assert status == 0
    assert out.splitlines()[0] == "open"
    assert "ask instead" not in out


def test_no_text_is_a_usage_error(capsys) -> None:
    status, _out, err = run(capsys)
    assert status == 2
    assert "say what to check" in err


def test_jsonl_prints_one_json_line_per_input_and_names_bad_lines(capsys, tmp_path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        b'{"id": "a", "text": "Is it every lesson?"}\n'
        b"not json at all\n"
        b"\n"
        b'{"id": "b"}\n'
        b'["a", "list"]\n'
        b'{"id": "c", "text": 42}\n'
        b'{"id": 7, "text": "What else?"}\n'
        b'{"id": "d", "text": "caf\xe9"}\n'
        b'{"text": "why dont you ring them"}\n'
    )
    status, out, err = run(capsys, "--jsonl", str(source))
    assert status == 1  # some lines could not be used
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in results] == ["a", 7, None]
    assert [r["label"] for r in results] == ["closed", "open", "advice"]
    for r in results:
        assert set(r) == {"id", "label", "reasons", "reframes"}
    assert results[0]["reframes"] and results[2]["reframes"]
    assert "line 2: is not JSON" in err
    assert 'line 4: has no "text"' in err
    assert "line 5: is not a JSON object" in err
    assert 'line 6: "text" must be a string, not a number' in err
    assert "line 8: is not UTF-8 text" in err
    assert "line 3" not in err  # a blank line is not a problem
    assert "5 line(s)" in err


def test_jsonl_reads_stdin_with_a_dash() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cocoach_desktop", "check", "--jsonl", "-"],
        input='{"id": 1, "text": "You should ring the parents first."}\n',
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["label"] == "advice"


def test_eval_prints_precision_recall_f1_and_accuracy(capsys, tmp_path) -> None:
    source = tmp_path / "labelled.jsonl"
    rows = [
        {"text": "Have you tried a seating plan?", "label": "advice"},
        {"text": "You should ring the parents.", "label": "advice"},
        {"text": "What else?", "label": "open"},
        {"text": "Is it every lesson?", "label": "closed"},
        {"text": "What have you tried so far?", "label": "advice"},  # deliberately mislabelled
    ]
    source.write_text("\n".join(json.dumps(r) for r in rows) + '\n{"text": "x"}\n')
    status, out, err = run(capsys, "--eval", str(source))
    assert status == 1  # the unlabelled line is named
    assert 'line 6: "label" must be advice, closed or open (it is none)' in err
    assert "utterances   5" in out
    assert "precision 1.000  recall 0.667  F1 0.800" in out
    assert "accuracy 0.800" in out
    assert "expected \\ got" in out


def test_eval_of_the_dev_set(capsys) -> None:
    status, out, err = run(capsys, "--eval", str(DEV_SET))
    assert status == 0, err
    assert "utterances   240" in out


def test_a_missing_file_or_a_folder_is_said_plainly(capsys, tmp_path) -> None:
    status, _out, err = run(capsys, "--jsonl", str(tmp_path / "nope.jsonl"))
    assert status == 1
    assert "could not be read" in err
    status, _out, err = run(capsys, "--eval", str(tmp_path))
    assert status == 1
    assert "is a folder" in err


def test_a_file_with_no_usable_line_fails(capsys, tmp_path) -> None:
    source = tmp_path / "empty.jsonl"
    source.write_text("\n\n")
    status, _out, err = run(capsys, "--eval", str(source))
    assert status == 1
    assert "no labelled lines" in err


def test_text_and_a_file_together_are_refused(capsys, tmp_path) -> None:
    status, _out, err = run(capsys, "hello", "--jsonl", str(tmp_path / "x"))
    assert status == 2
    assert "not both" in err


def test_a_reader_that_stops_early_is_not_an_error(tmp_path: Path) -> None:
    """``cocoach check --jsonl big.jsonl | head -1`` ends quietly."""
    source = tmp_path / "big.jsonl"
    source.write_text(
        "".join(json.dumps({"id": i, "text": "have you tried a rota"}) + "\n" for i in range(5000))
    )
    child = subprocess.Popen(
        [sys.executable, "-m", "cocoach_desktop", "check", "--jsonl", str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    first = child.stdout.readline()
    child.stdout.close()  # as head does after one line
    err = child.stderr.read()
    assert child.wait(timeout=60) == 0
    assert json.loads(first)["label"] == "advice"
    assert b"Traceback" not in err and b"BrokenPipe" not in err
