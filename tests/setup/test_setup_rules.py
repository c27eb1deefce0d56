"""The set-up's rules without a window: a session's length, and one person per name."""

from __future__ import annotations

import pytest

from cocoach_desktop.platform import resources
from cocoach_desktop.protocols.model.protocols import ProtocolTemplate, load_templates
from cocoach_desktop.setup.model.group import already_in, known_spelling
from cocoach_desktop.setup.model.length import MAX_MINUTES, minutes_in_range, phase_too_short
from cocoach_desktop.timer.model.plan import Mode, SessionPlan, build_plan

NFD_ZOE = "Zoe\u0308"  # "Zoë" as macOS pastes it: e + combining diaeresis
NFC_ZOE = "Zo\u00eb"


def quality_first(minutes: int, coachees: list[str]) -> tuple[ProtocolTemplate, SessionPlan]:
    templates = load_templates([(resources.protocols_dir(), True)]).templates
    template = next(t for t in templates if t.id == "quality-first")
    mode = Mode.QUALITY_FIRST if len(coachees) == 1 else Mode.SHARED
    return template, build_plan(template, minutes * 60, mode, coachees, min_per_coachee=60)


@pytest.mark.parametrize(("minutes", "allowed"), [(0, False), (1, True), (480, True), (481, False)])
def test_a_session_lasts_one_minute_to_eight_hours(minutes: int, allowed: bool) -> None:
    assert MAX_MINUTES == 480
    assert minutes_in_range(minutes) is allowed


def test_a_plan_with_a_phase_under_a_minute_is_too_short() -> None:
    template, plan = quality_first(1, ["Ana"])
    shortest = phase_too_short(plan, template.default_minutes)
    assert shortest is not None
    assert shortest.seconds < 60
    assert shortest.seconds == min(p.seconds for p in plan.phases)


def test_a_protocols_own_length_is_never_too_short() -> None:
    template, plan = quality_first(45, ["Ana"])
    assert template.default_minutes == 45
    assert phase_too_short(plan, template.default_minutes) is None


def test_each_coachee_needs_a_third_of_the_protocols_length() -> None:
    # 45 minutes shared by three: 15 each, a third of 45, is just enough; by four it is not.
    template, plan = quality_first(45, ["Ana", "Ben", "Cy"])
    assert phase_too_short(plan, template.default_minutes) is None
    template, plan = quality_first(45, ["Ana", "Ben", "Cy", "Di"])
    assert phase_too_short(plan, template.default_minutes) is not None


def test_a_name_is_written_as_it_is_already_known() -> None:
    assert known_spelling(f"  {NFD_ZOE.lower()} ", ["Sam", NFC_ZOE]) == NFC_ZOE
    assert known_spelling("  new   person ", ["Sam"]) == "new person"


def test_one_person_per_name_whatever_the_case_or_unicode_form() -> None:
    assert already_in(NFD_ZOE, [NFC_ZOE])
    assert already_in("ANA RUIZ", ["Sam", "Ana Ruiz"])
    assert not already_in("Ana", ["Ana Ruiz"])
