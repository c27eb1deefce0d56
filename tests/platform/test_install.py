"""What ``pip install .`` fetches, and what CI installs.

The app's Qt modules all come from PySide6-Essentials (the 418 MB of PySide6-Addons were there
only for QtMultimedia's chime); the declared Qt range is one the app runs on; CI installs the
exact versions of constraints.txt.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "cocoach_desktop"


def pyproject() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)


def requirements(extra: str | None = None) -> list[Requirement]:
    project = pyproject()["project"]
    assert isinstance(project, dict)
    lines = project["dependencies"] if extra is None else project["optional-dependencies"][extra]
    return [Requirement(line) for line in lines]


def imported_modules() -> set[str]:
    """Every module the app, its tests and its tools import (at the top or in a function).

    The tests count too: CI installs PySide6-Essentials alone, so a test that reads a PDF
    back through QtPdf (an Addons module) would fail there and nowhere else.
    """
    found: set[str] = set()
    paths = [
        p for d in ("cocoach_desktop", "tests", "bench", "docs") for p in (ROOT / d).rglob("*.py")
    ]
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_every_qt_module_the_app_imports_is_in_pyside6_essentials() -> None:
    shipped = {
        f"PySide6.{Path(str(f)).name.split('.')[0]}"
        for f in importlib.metadata.files("PySide6_Essentials") or []
        if re.fullmatch(r"PySide6/Qt\w+\.pyi", str(f))
    }
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= shipped
    used = {m for m in imported_modules() if re.fullmatch(r"PySide6\.Qt\w+", m)}
    assert used - shipped == set(), "these need PySide6-Addons (hundreds of MB more)"
    # A machine with Addons installed too lists every module under Essentials' files, so
    # the check above can pass there: the modules PySide6-Essentials ships, by name.
    essentials = {
        f"PySide6.Qt{name}"
        for name in [
            "Concurrent",
            "Core",
            "DBus",
            "Designer",
            "Gui",
            "Help",
            "Network",
            "OpenGL",
            "OpenGLWidgets",
            "PrintSupport",
            "Qml",
            "Quick",
            "QuickControls2",
            "QuickTest",
            "QuickWidgets",
            "Sql",
            "Svg",
            "SvgWidgets",
            "Test",
            "UiTools",
            "Widgets",
            "Xml",
        ]
    }
    assert used - essentials == set(), "these need PySide6-Addons (hundreds of MB more)"


def test_the_install_asks_for_no_qt_addons() -> None:
    names = {canonicalize_name(r.name) for r in requirements()}
    assert "pyside6-essentials" in names
    assert not names & {"pyside6", "pyside6-addons"}


def test_the_declared_qt_range_is_one_the_app_runs_on() -> None:
    qt = [r for r in requirements() if canonicalize_name(r.name) == "pyside6-essentials"]
    assert qt
    for requirement in qt:
        # QFont.Tag("tnum") (the timer's steady digits) needs 6.8.3: the window fails before.
        assert not requirement.specifier.contains("6.8.2")
        assert requirement.specifier.contains("6.8.3")
        assert requirement.specifier.contains("6.11.3")
        py311 = requirement.marker is None or requirement.marker.evaluate(
            {"python_version": "3.11"}
        )
        # 6.12.0 aborts a running timer on Python 3.11 (tests/platform/test_qt_binding.py).
        assert requirement.specifier.contains("6.12.0") is not py311


def constraints() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, sep, version = line.partition("==")
            assert sep and version, f"not an exact pin: {line}"
            pins[canonicalize_name(name)] = version
    return pins


def test_the_constraints_pin_what_the_test_install_needs_within_the_declared_ranges() -> None:
    pins = constraints()
    build = pyproject()["build-system"]
    assert isinstance(build, dict)
    wanted = [
        *requirements(),
        *requirements("test"),
        *(Requirement(line) for line in build["requires"]),
    ]
    for requirement in wanted:
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is not pinned in constraints.txt"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"constraints.txt pins {name}=={pins[name]}, outside {requirement}"
        )


def test_ci_installs_with_the_constraints_before_the_readme_command() -> None:
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = (
        'python3 -m venv .venv && .venv/bin/pip install -e ".[test]" && .venv/bin/python -m pytest'
    )
    assert command in (ROOT / "README.md").read_text(encoding="utf-8")
    assert command in run
    export = run.index('export PIP_CONSTRAINT="$PWD/constraints.txt"')
    assert export < run.index(command)
