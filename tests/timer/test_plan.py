"""Allocation: quality first gives one coachee the whole time; sharing warns when it squeezes."""

from __future__ import annotations

import pytest
from helpers import template

from cocoach_desktop.timer.model.plan import Mode, PlanError, build_plan, split_seconds


def test_quality_first_gives_one_coachee_the_whole_time() -> None:
    plan = build_plan(template(10, 20, 15), 45 * 60, Mode.QUALITY_FIRST, ["Sam", "Ana", "Kim"])
    assert plan.coachees == ("Sam",)
    assert [p.seconds for p in plan.phases] == [600, 1200, 900]
    assert sum(p.seconds for p in plan.phases) == 45 * 60
    assert {p.coachee for p in plan.phases} == {"Sam"}
    assert plan.phases[0].speaker == "Sam speaks"
    assert plan.warning is None


def test_phases_scale_with_the_session_and_fixed_phases_keep_their_minutes() -> None:
    seconds = split_seconds(template(10, 20, 2, fixed=(2,)).phases, 62 * 60)
    assert seconds[2] == 120
    assert sum(seconds) == 62 * 60
    assert seconds[1] == 2 * seconds[0]


def test_odd_totals_still_add_up_exactly() -> None:
    for total in (61, 7 * 60 + 13, 45 * 60 + 1, 3600):
        seconds = split_seconds(template(5, 5, 8, 7, 3).phases, total)
        assert sum(seconds) == total
        assert all(s > 0 for s in seconds)


def test_whole_minutes_when_the_total_allows() -> None:
    seconds = split_seconds(template(8, 5, 10, 15, 7, 5).phases, 50 * 60)
    assert all(s % 60 == 0 for s in seconds)


def test_sharing_repeats_the_structure_for_each_coachee() -> None:
    plan = build_plan(template(10, 20), 90 * 60, Mode.SHARED, ["Sam", "Ana", "Kim"])
    assert len(plan.phases) == 6
    assert [p.coachee for p in plan.phases] == ["Sam", "Sam", "Ana", "Ana", "Kim", "Kim"]
    assert sum(p.seconds for p in plan.phases[:2]) == 30 * 60
    assert plan.warning is None


def test_sharing_too_thinly_warns_and_says_why() -> None:
    plan = build_plan(template(10, 20), 40 * 60, Mode.SHARED, ["A", "B", "C", "D", "E"])
    assert plan.warning is not None
    assert plan.warning.per_coachee_seconds == 8 * 60
    message = plan.warning.message()
    assert "8 minutes" in message and "quality" in message and "one coachee" in message


def test_the_minimum_per_coachee_is_configurable() -> None:
    args = (template(10, 20), 40 * 60, Mode.SHARED, ["A", "B"])
    assert build_plan(*args).warning is None  # 20 minutes each, over the default 15
    assert build_plan(*args, min_per_coachee=25 * 60).warning is not None


@pytest.mark.parametrize("total", [0, -60, 9 * 3600])
def test_absurd_lengths_are_refused_in_plain_words(total: int) -> None:
    with pytest.raises(PlanError, match="session"):
        build_plan(template(10, 20), total)


def test_sharing_needs_two_people() -> None:
    with pytest.raises(PlanError, match="two people"):
        build_plan(template(10, 20), 3600, Mode.SHARED, ["Sam", "  "])


def test_blank_coachee_reads_naturally() -> None:
    plan = build_plan(template(10), 600)
    assert plan.phases[0].speaker == "The coachee speaks"
