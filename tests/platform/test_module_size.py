"""Every module opens with a one-line docstring saying its job, and none grows past 400 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import cocoach_desktop

PACKAGE = Path(cocoach_desktop.__file__).parent
MOST_LINES = 400

# The modules over the limit today, with their size when they were listed. The list only
# shrinks: split one (one job per module), then take it off. A listed module that is now
# under the limit fails the test too, so the list says what is true.
OVERSIZED: set[str] = set()  # every module is within the limit now; keep it so


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def name(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def docstring_problem(path: Path) -> str | None:
    """What is wrong with the module's opening docstring, or None."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    first = tree.body[0] if tree.body else None
    if not (
        isinstance(first, ast.Expr)
        and isinstance(first.value, ast.Constant)
        and isinstance(first.value.value, str)
        and first.lineno == 1
    ):
        return "does not open with a docstring"
    lines = first.value.value.split("\n")
    if not lines[0].strip():
        return "its docstring does not start with its summary line"
    if len(lines) > 1 and lines[1].strip():
        return "its docstring's summary runs onto a second line"
    return None


def test_every_module_opens_with_a_one_line_docstring() -> None:
    problems = [f"{name(p)}: {why}" for p in modules() if (why := docstring_problem(p))]
    assert problems == []


def test_no_module_is_over_the_limit_but_the_listed_ones() -> None:
    over = {name(p): line_count(p) for p in modules() if line_count(p) > MOST_LINES}
    unlisted = {module: lines for module, lines in over.items() if module not in OVERSIZED}
    assert unlisted == {}, f"over {MOST_LINES} lines: split them by job"


def test_the_list_of_oversized_modules_is_still_true() -> None:
    paths = {name(p): p for p in modules()}
    gone = sorted(module for module in OVERSIZED if module not in paths)
    assert gone == [], "listed modules that no longer exist: take them off the list"
    small = sorted(m for m in OVERSIZED if line_count(paths[m]) <= MOST_LINES)
    assert small == [], f"listed modules now within {MOST_LINES} lines: take them off the list"


def test_the_checks_see_what_they_are_meant_to(tmp_path: Path) -> None:
    cases = {
        "good.py": '"""One line."""\n\nX = 1\n',
        "longer.py": '"""One line.\n\nMore words.\n"""\n',
        "none.py": "X = 1\n",
        "late.py": '# a comment\n"""One line."""\n',
        "two_lines.py": '"""A summary that\nruns on."""\n',
        "blank_first.py": '"""\nSummary below."""\n',
    }
    for file, text in cases.items():
        (tmp_path / file).write_text(text, encoding="utf-8")
    found = {file: docstring_problem(tmp_path / file) for file in cases}
    assert found["good.py"] is None and found["longer.py"] is None
    assert all(found[f] for f in ("none.py", "late.py", "two_lines.py", "blank_first.py"))
