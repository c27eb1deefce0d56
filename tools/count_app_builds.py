"""A pytest plugin that counts the tests that build the whole app (``CocoachApp``).

    .venv/bin/python -m pytest -q -p no:cacheprovider -p tools.count_app_builds [paths]

Each ``CocoachApp.__init__`` call is counted against the test that made it; the summary
gives the number of tests that built the app at least once, per file and in all.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

_current: list[str] = []
_builds: Counter[str] = Counter()
_patched: list[bool] = []


def _patch() -> None:
    if _patched:
        return
    _patched.append(True)
    from cocoach_desktop.app import CocoachApp  # after tests/conftest.py set the environment

    real_init = CocoachApp.__init__

    def counted(self: CocoachApp, *args: Any, **kwargs: Any) -> None:
        if _current:
            _builds[_current[-1]] += 1
        real_init(self, *args, **kwargs)

    CocoachApp.__init__ = counted  # type: ignore[method-assign]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Any:
    _patch()
    _current.append(item.nodeid)
    try:
        return (yield)
    finally:
        _current.pop()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    per_file: Counter[str] = Counter()
    for nodeid in _builds:
        per_file[nodeid.split("::")[0]] += 1
    terminalreporter.section("tests that build the whole app")
    for path, count in sorted(per_file.items(), key=lambda kv: (-kv[1], kv[0])):
        terminalreporter.write_line(f"{count:4d}  {path}")
    terminalreporter.write_line(f"{len(_builds):4d}  tests in all ({sum(_builds.values())} builds)")
