"""Only the clock module reads the time: everything else is given a clock (tests drive a
ManualClock, and storage never stamps a row with a time it read itself)."""

from __future__ import annotations

import ast
from pathlib import Path

import cocoach_desktop

PACKAGE = Path(cocoach_desktop.__file__).parent
CLOCK = PACKAGE / "platform" / "clock.py"
READS = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "monotonic"),
    ("time", "monotonic_ns"),
    ("time", "perf_counter"),
}


def reads_of_the_time(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and (node.func.value.id, node.func.attr) in READS
        ):
            found.append(
                f"{path.relative_to(PACKAGE)}:{node.lineno} {node.func.value.id}.{node.func.attr}()"
            )
    return found


def test_only_the_clock_module_reads_the_time() -> None:
    files = [p for p in sorted(PACKAGE.rglob("*.py")) if p != CLOCK]
    assert len(files) > 50
    assert [hit for p in files for hit in reads_of_the_time(p)] == []


def test_the_rule_sees_a_read_of_the_time(tmp_path: Path) -> None:
    sample = PACKAGE / "platform" / "clock.py"  # the one module allowed: it does read it
    assert reads_of_the_time(sample)


def test_the_archive_stamps_rows_with_the_clock_it_is_given(tmp_path: Path) -> None:
    from cocoach_desktop.domain.records import NewSession, TallyKind
    from cocoach_desktop.platform.clock import ManualClock
    from cocoach_desktop.storage.archive import Archive
    from cocoach_desktop.storage.db import open_archive

    clock = ManualClock()
    archive = Archive(open_archive(tmp_path / "a.sqlite3"), now=clock.now)
    try:
        sid = archive.start_session(NewSession("p", "P", "quality_first", 60, ()))
        mark = archive.add_tally(sid, TallyKind.OPEN, 5.0, None)
        assert archive.session(sid).tally[0].created == clock.now()
        assert mark.created == clock.now()
    finally:
        archive.engine.dispose()
