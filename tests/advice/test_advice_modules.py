"""The advice check stays in small modules by job: short, each saying what it is, no cycles."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import cocoach_desktop.advice.model as model_package

MODEL_DIR = Path(model_package.__file__).parent
PACKAGE = model_package.__name__
MODULES = sorted(MODEL_DIR.glob("*.py"))
MAX_LINES = 400


def test_the_model_is_split_into_modules() -> None:
    assert len(MODULES) > 5, [path.name for path in MODULES]


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.name)
def test_each_module_is_at_most_400_lines(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.name} has {lines} lines: split it by job"


@pytest.mark.parametrize("path", MODULES, ids=lambda path: path.name)
def test_each_module_opens_with_a_docstring_saying_its_job(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstring = ast.get_docstring(tree)
    assert docstring, f"{path.name} does not open with a docstring"
    assert docstring.splitlines()[0].strip(), f"{path.name}: the docstring's first line is empty"


def _imports_in_package(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
            if node.module == PACKAGE:
                names = [f"{PACKAGE}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found |= {name.rsplit(".", 1)[1] for name in names if name.startswith(PACKAGE + ".")}
    return found


def test_the_modules_import_each_other_without_a_cycle() -> None:
    graph = {path.stem: _imports_in_package(path) for path in MODULES}
    done: set[str] = set()

    def visit(module: str, trail: tuple[str, ...]) -> None:
        assert module not in trail, " -> ".join((*trail, module))
        if module in done:
            return
        for imported in graph.get(module, set()):
            visit(imported, (*trail, module))
        done.add(module)

    for module in graph:
        visit(module, ())
