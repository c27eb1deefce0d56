"""``cocoach check``: the advice check from the command line, for one text or a file of them.

It needs neither Qt nor the archive, so it starts quickly and runs anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO

from cocoach_desktop.advice.model.advice import Label, Verdict, check, score

_LABELS = tuple(label.value for label in Label)
_MAX_LISTED_PROBLEMS = 50


@dataclass(frozen=True)
class _Line:
    number: int
    fields: dict[str, object]


class _Problems:
    """Bad lines, said on stderr as they are met; the rest of the file is still checked."""

    def __init__(self, command: str) -> None:
        self.command = command
        self.count = 0

    def add(self, number: int, problem: str) -> None:
        self.count += 1
        if self.count <= _MAX_LISTED_PROBLEMS:
            print(f"cocoach {self.command}: line {number}: {problem}", file=sys.stderr)

    def finish(self, source: str) -> int:
        if self.count > _MAX_LISTED_PROBLEMS:
            print(
                f"cocoach {self.command}: … and {self.count - _MAX_LISTED_PROBLEMS} more",
                file=sys.stderr,
            )
        if self.count:
            print(
                f"cocoach {self.command}: {self.count} line(s) of {source} could not be used; "
                "the others were checked.",
                file=sys.stderr,
            )
        return 1 if self.count else 0


def run_check(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``cocoach check`` in one of its three forms; returns the exit status."""
    try:
        return _run(args, out)
    except BrokenPipeError:
        # The reader went away (``cocoach check --jsonl big.jsonl | head``): that is fine.
        # Point stdout at nothing, so that Python's last flush does not complain.
        if out is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _run(args: argparse.Namespace, out: TextIO) -> int:
    text = " ".join(args.text)
    if args.jsonl or args.eval:
        if text:
            print("cocoach check: give a TEXT or a file, not both", file=sys.stderr)
            return 2
        source = args.jsonl or args.eval
        try:
            stream = _open(source)
        except OSError as exc:
            print(f"cocoach check: {source} could not be read: {_reason(exc)}", file=sys.stderr)
            return 1
        try:
            if args.jsonl:
                return _jsonl(stream, source, out)
            return _evaluate(stream, source, out)
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()
    if not text.strip():
        print(
            'cocoach check: say what to check, e.g. cocoach check "Have you tried…?"',
            file=sys.stderr,
        )
        return 2
    _print_verdict(check(text), out)
    return 0


def _open(source: str) -> BinaryIO:
    if source == "-":
        return sys.stdin.buffer
    path = Path(source)
    if path.is_dir():
        raise IsADirectoryError(f"{source} is a folder")
    return path.open("rb")


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _print_verdict(verdict: Verdict, out: TextIO) -> None:
    print(verdict.label.value, file=out)
    if verdict.reasons:
        print("  because of: " + ", ".join(f"“{r}”" for r in verdict.reasons), file=out)
    if verdict.reframes:
        print("  ask instead:", file=out)
        for reframe in verdict.reframes:
            print(f"    {reframe}", file=out)


def _lines(stream: BinaryIO, problems: _Problems) -> Iterator[_Line]:
    """Each JSON object line with a text; a bad line is named and skipped."""
    for number, raw in enumerate(stream, start=1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            problems.add(number, "is not UTF-8 text")
            continue
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.add(number, f"is not JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            problems.add(number, "is JSON nested too deeply to read")
            continue
        except ValueError:  # Python's json refuses whole numbers of more than 4,300 digits
            problems.add(number, "holds a number far too long to read (more than 4,300 digits)")
            continue
        if not isinstance(value, dict):
            problems.add(number, 'is not a JSON object like {"id": "q1", "text": "…"}')
            continue
        text = value.get("text")
        if text is None:
            problems.add(number, 'has no "text"')
            continue
        if not isinstance(text, str):
            problems.add(number, f'"text" must be a string, not {_json_kind(text)}')
            continue
        bad = next((key for key in ("id", "text") if not _encodable(value.get(key))), None)
        if bad is not None:
            # JSON allows a lone "\ud800"; no output (nor the terminal) can carry it.
            problems.add(number, f'"{bad}" cannot be written out: {_encoding_problem(value[bad])}')
            continue
        yield _Line(number, value)


def _encodable(value: object) -> bool:
    """Whether ``value`` can be written out as UTF-8 JSON (no lone surrogate anywhere in it)."""
    return _encoding_problem(value) is None


def _encoding_problem(value: object) -> str | None:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return "it holds an invalid character (a lone UTF-16 surrogate)"
    except (RecursionError, ValueError):
        return "it is nested too deeply"
    return None


def _json_kind(value: object) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "null"


def _jsonl(stream: BinaryIO, source: str, out: TextIO) -> int:
    problems = _Problems("check")
    for line in _lines(stream, problems):
        verdict = check(str(line.fields["text"]))
        result = {
            "id": line.fields.get("id"),
            "label": verdict.label.value,
            "reasons": list(verdict.reasons),
            "reframes": list(verdict.reframes),
        }
        print(json.dumps(result, ensure_ascii=False), file=out)
    return problems.finish(source)


def _evaluate(stream: BinaryIO, source: str, out: TextIO) -> int:
    problems = _Problems("check --eval")
    pairs: list[tuple[str, str]] = []
    for line in _lines(stream, problems):
        label = line.fields.get("label")
        if label not in _LABELS:
            shown = "none" if label is None else json.dumps(label, ensure_ascii=False)[:40]
            problems.add(line.number, f'"label" must be advice, closed or open (it is {shown})')
            continue
        pairs.append((str(label), check(str(line.fields["text"])).label.value))
    if not pairs:
        print(f"cocoach check --eval: {source} has no labelled lines to measure", file=sys.stderr)
        problems.finish(source)
        return 1
    s = score(pairs)
    print(f"utterances   {s.total}", file=out)
    print(
        f"advice       precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}", file=out
    )
    print(f"three-way    accuracy {s.accuracy:.3f}", file=out)
    print("", file=out)
    print("expected \\ got   " + "".join(f"{g:>8}" for g in _LABELS), file=out)
    for expected in _LABELS:
        row = "".join(f"{s.confusion.get((expected, got), 0):>8}" for got in _LABELS)
        print(f"{expected:<16} {row}", file=out)
    return problems.finish(source)
