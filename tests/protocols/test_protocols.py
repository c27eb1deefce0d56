"""Protocol templates: the shipped ones load, broken files are reported plainly, copies save."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import pytest

from cocoach_desktop.platform.resources import protocols_dir
from cocoach_desktop.protocols.model.protocols import (
    PROMPT_GROUPS,
    LoadResult,
    PhaseTemplate,
    ProtocolTemplate,
    TemplateError,
    check_template,
    delete_user_template,
    duplicate,
    load_templates,
    parse_template,
    save_user_template,
    to_toml,
)

SHIPPED_IDS = {
    "quality-first",
    "grow",
    "consultancy",
    "action-learning",
    "troika",
    "wise-crowds",
    "triad",
}

GOOD_TOML = """\
id = "{id}"
name = "{name}"
description = "A small protocol for the tests."
source = "The tests"
default_minutes = 20
roles = ["coach", "coachee"]

[[phases]]
name = "Talk"
minutes = 15
speaker = "{{coachee}} talks"
rule = "Questions only."
prompt_groups = ["explore"]

[[phases]]
name = "Close"
minutes = 5
speaker = "{{coachee}} sums up"
rule = "The coachee speaks."
fixed = true
"""


def good_toml(tid: str = "mine", name: str = "My protocol") -> str:
    return GOOD_TOML.format(id=tid, name=name)


def shipped() -> LoadResult:
    return load_templates([(protocols_dir(), True)])


def load_user(folder: Path) -> LoadResult:
    return load_templates([(protocols_dir(), True), (folder, False)])


def error_for(result: LoadResult, file_name: str) -> TemplateError:
    found = [e for e in result.errors if Path(e.origin).name == file_name]
    assert len(found) == 1, [str(e) for e in result.errors]
    assert file_name in str(found[0])
    return found[0]


# --- the shipped templates -----------------------------------------------------------


def test_every_shipped_template_loads_without_errors() -> None:
    result = shipped()
    assert result.errors == []
    assert {t.id for t in result.templates} == SHIPPED_IDS
    for t in result.templates:
        assert t.builtin
        assert check_template(t) == []
        assert Path(t.origin).name == f"{t.id}.toml"
        assert t.description.strip() and t.source.strip() and t.roles


def test_shipped_phase_minutes_add_up_to_the_session_length() -> None:
    for t in shipped().templates:
        assert math.isclose(sum(p.minutes for p in t.phases), t.default_minutes), t.id
        for phase in t.phases:
            assert phase.rule.strip() and phase.speaker.strip(), (t.id, phase.name)
            assert "{" not in phase.rule, (t.id, phase.name)


def test_quality_first_comes_first_then_builtins_by_name() -> None:
    templates = shipped().templates
    assert templates[0].id == "quality-first"
    names = [t.name.casefold() for t in templates[1:]]
    assert names == sorted(names)


def test_rotating_protocols_are_marked_and_say_so() -> None:
    by_id = {t.id: t for t in shipped().templates}
    for tid in ("troika", "wise-crowds", "triad"):
        assert by_id[tid].rotate
        assert "rotate" in by_id[tid].description
    assert not by_id["quality-first"].rotate
    assert by_id["troika"].phases[0].fixed and by_id["troika"].phases[0].minutes == 1


def test_consultancy_keeps_the_presenter_silent_during_the_discussion() -> None:
    consultancy = {t.id: t for t in shipped().templates}["consultancy"]
    assert [p.minutes for p in consultancy.phases] == [8, 5, 10, 15, 7, 5]
    discussion = consultancy.phases[3]
    assert "silent" in discussion.rule
    assert "{coachee}" in discussion.speaker


def test_every_shipped_template_survives_a_toml_round_trip() -> None:
    for t in shipped().templates:
        again = parse_template(to_toml(t), origin="copy.toml", fmt="toml", builtin=True)
        assert replace(again, origin=t.origin) == t


# --- broken files --------------------------------------------------------------------

BROKEN: dict[str, tuple[str | bytes, list[str]]] = {
    "syntax.toml": ('id = "x"\nname = "Broken\n', ["not valid TOML", "line 2"]),
    "no-phases.toml": (good_toml("no-phases").split("[[phases]]")[0], ["'phases'", "missing"]),
    "negative.toml": (
        good_toml("negative").replace("minutes = 15", "minutes = -2"),
        ["phase 1 ('Talk')", "minutes -2", "more than 0"],
    ),
    "typo.toml": (
        good_toml("typo").replace("minutes = 5", "minuets = 5"),
        ["unknown key 'minuets'", "did you mean 'minutes'", "phase 2 ('Close')"],
    ),
    "placeholder.toml": (
        good_toml("placeholder").replace("{coachee} talks", "{coach} talks"),
        ["{coach}", "only placeholder allowed is {coachee}"],
    ),
    "latin1.toml": (
        good_toml("latin1", "Caf\u00e9 protocol").encode("latin-1"),
        ["not saved as UTF-8"],
    ),
    "empty.toml": ("", ["empty"]),
    "huge.toml": (good_toml("huge") + "# padding\n" * (300 * 1024 // 10), ["larger than 256 KiB"]),
    "types.json": (
        json.dumps(
            {
                "id": "types",
                "name": 42,
                "description": "",
                "source": "",
                "default_minutes": "forty",
                "roles": "coach",
                "phases": [{"name": "A", "minutes": "10", "speaker": "x", "rule": "y"}],
            }
        ),
        [
            "'name' must be text, but it is a whole number",
            "'default_minutes' must be a whole number of minutes, but it is text",
            "'roles' must be a list of texts",
            "phase 1 ('A'): 'minutes' must be a number, but it is text",
        ],
    ),
}


@pytest.mark.parametrize("file_name", sorted(BROKEN))
def test_a_broken_file_is_reported_and_the_others_still_load(
    tmp_path: Path, file_name: str
) -> None:
    content, phrases = BROKEN[file_name]
    (tmp_path / "good.toml").write_text(good_toml("good", "Good one"), encoding="utf-8")
    target = tmp_path / file_name
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")

    result = load_user(tmp_path)

    error = error_for(result, file_name)
    for phrase in phrases:
        assert phrase in error.problem, (phrase, error.problem)
    assert str(error) == f"{error.origin}: {error.problem}"
    assert len(result.errors) == 1
    ids = [t.id for t in result.templates]
    assert "good" in ids
    assert set(ids) >= SHIPPED_IDS


def test_parse_template_only_ever_raises_template_error() -> None:
    nasty = [
        "[" * 5000,
        "x = " + "[" * 5000,
        "null",
        "[1, 2]",
        '{"phases": [1, "two", null]}',
        "id = 1979-05-27",
        "minutes = 9" + "9" * 5000,
        "\x00\x01",
        '{"id": "a", "id": "b"}',
    ]
    for text in nasty:
        for fmt in ("toml", "json", "yaml"):
            with pytest.raises(TemplateError) as info:
                parse_template(text, origin="nasty", fmt=fmt, builtin=False)
            assert info.value.origin == "nasty"
            assert info.value.problem


def test_json_duplicate_keys_are_not_silently_dropped() -> None:
    with pytest.raises(TemplateError, match="appears twice"):
        parse_template('{"id": "a", "id": "b"}', origin="dup.json", fmt="json", builtin=False)


def test_too_many_phases_and_long_names_are_refused() -> None:
    phase = PhaseTemplate(name="P", minutes=1, speaker="{coachee}", rule="r")
    t = ProtocolTemplate(
        id="big",
        name="N" * 81,
        description="",
        source="",
        default_minutes=0,
        roles=("coach",),
        phases=(phase,) * 31,
    )
    problems = check_template(t)
    assert "the name is 81 characters long; at most 80 are allowed" in problems
    assert "there are 31 phases; at most 30 are allowed" in problems
    assert any("default_minutes" in p and "from 1 to 600" in p for p in problems)


def test_phase_problems_name_the_phase_in_plain_words() -> None:
    phases = (
        PhaseTemplate(name="Probing questions", minutes=-2, speaker="x", rule="r"),
        PhaseTemplate(name="Long", minutes=601, speaker="{coachee", rule="r"),
        PhaseTemplate(name=" ", minutes=float("nan"), speaker="x", rule="r", prompt_groups=("x",)),
    )
    t = ProtocolTemplate("p", "P", "", "", 10, (), phases)
    problems = check_template(t)
    assert "phase 1 ('Probing questions') has minutes -2; minutes must be more than 0" in problems
    assert any("phase 2 ('Long') has minutes 601" in p for p in problems)
    assert any("phase 2 ('Long')" in p and "{ or }" in p for p in problems)
    assert "phase 3 has a blank name" in problems
    assert any("phase 3 has minutes" in p and "ordinary number" in p for p in problems)
    assert any("'x', which does not exist" in p for p in problems)


def test_a_missing_folder_is_simply_empty(tmp_path: Path) -> None:
    result = load_templates([(tmp_path / "nowhere", False)])
    assert result.templates == [] and result.errors == []


def test_other_files_in_the_folder_are_ignored(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a template", encoding="utf-8")
    (tmp_path / ".mine.toml.tmp").write_text("half written", encoding="utf-8")
    (tmp_path / "mine.toml").write_text(good_toml(), encoding="utf-8")
    result = load_templates([(tmp_path, False)])
    assert result.errors == []
    assert [t.id for t in result.templates] == ["mine"]


# --- JSON, user templates, ids -------------------------------------------------------


def test_json_templates_load(tmp_path: Path) -> None:
    data = {
        "id": "from-json",
        "name": "From JSON",
        "description": "Written by hand in JSON.",
        "source": "A colleague",
        "default_minutes": 12,
        "roles": ["coach", "coachee"],
        "rotate": True,
        "phases": [
            {"name": "Ask", "minutes": 10, "speaker": "{coachee} answers", "rule": "Ask."},
            {"name": "Close", "minutes": 2, "speaker": "x", "rule": "y", "fixed": True},
        ],
    }
    (tmp_path / "from-json.json").write_text(json.dumps(data), encoding="utf-8")
    result = load_user(tmp_path)
    assert result.errors == []
    mine = result.templates[-1]
    assert (mine.id, mine.name, mine.rotate, mine.builtin) == (
        "from-json",
        "From JSON",
        True,
        False,
    )
    assert mine.phases[1].fixed and mine.phases[0].minutes == 10
    assert mine.origin == str(tmp_path / "from-json.json")


def test_user_templates_come_after_the_builtins_by_name(tmp_path: Path) -> None:
    (tmp_path / "b.toml").write_text(good_toml("b", "Zebra"), encoding="utf-8")
    (tmp_path / "a.toml").write_text(good_toml("a", "Apple"), encoding="utf-8")
    templates = load_user(tmp_path).templates
    assert templates[0].id == "quality-first"
    assert [t.name for t in templates[-2:]] == ["Apple", "Zebra"]
    assert all(t.builtin for t in templates[:-2])


def test_a_reused_id_is_reported_and_the_first_one_wins(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(good_toml("mine", "First"), encoding="utf-8")
    (tmp_path / "b.toml").write_text(good_toml("mine", "Second"), encoding="utf-8")
    (tmp_path / "c.toml").write_text(good_toml("grow", "My GROW"), encoding="utf-8")
    result = load_user(tmp_path)
    assert [t.name for t in result.templates if t.id == "mine"] == ["First"]
    assert [t.name for t in result.templates if t.id == "grow"] == ["GROW one-to-one"]
    second = error_for(result, "b.toml")
    assert "id 'mine' is already used by 'First'" in second.problem
    assert "id 'grow' is already used by 'GROW one-to-one'" in error_for(result, "c.toml").problem


def test_duplicate_gives_a_user_copy_with_a_new_unique_id() -> None:
    grow = {t.id: t for t in shipped().templates}["grow"]
    ids = {"grow", "my-grow"}
    first = duplicate(grow, "My GROW", ids)
    assert (first.id, first.name, first.builtin, first.origin) == (
        "my-grow-2",
        "My GROW",
        False,
        "",
    )
    assert first.phases == grow.phases
    ids.add(first.id)
    assert duplicate(grow, "My GROW", ids).id == "my-grow-3"
    assert duplicate(grow, "Café für Lehrkräfte!", ids).id == "cafe-fur-lehrkrafte"
    assert duplicate(grow, "Μάθημα 2", ids).id == "protocol"
    assert duplicate(grow, "Μάθημα 2", ids | {"protocol"}).id == "protocol-2"
    assert check_template(first) == []


def test_save_and_delete_a_user_template(tmp_path: Path) -> None:
    folder = tmp_path / "user" / "protocols"
    grow = {t.id: t for t in shipped().templates}["grow"]
    mine = duplicate(grow, 'My "GROW"\twith tabs', {"grow"})
    mine = replace(mine, description="Line one\nline two \\ and a \x7f control character")

    path = save_user_template(mine, folder)

    assert path == folder / f"{mine.id}.toml"
    assert [p.name for p in folder.iterdir()] == [path.name]  # no temporary file left behind
    result = load_templates([(folder, False)])
    assert result.errors == []
    loaded = result.templates[0]
    assert replace(loaded, origin="") == mine
    assert loaded.origin == str(path)

    delete_user_template(loaded, folder)
    assert not path.exists()
    assert load_templates([(folder, False)]).templates == []


def test_saving_replaces_the_file_the_template_came_from(tmp_path: Path) -> None:
    (tmp_path / "old.json").write_text(
        json.dumps(
            {
                "id": "renamed",
                "name": "Renamed",
                "description": "",
                "source": "",
                "default_minutes": 5,
                "roles": [],
                "phases": [{"name": "A", "minutes": 5, "speaker": "s", "rule": "r"}],
            }
        ),
        encoding="utf-8",
    )
    loaded = load_templates([(tmp_path, False)]).templates[0]
    save_user_template(replace(loaded, name="Renamed again"), tmp_path)
    result = load_templates([(tmp_path, False)])
    assert result.errors == []
    assert [t.name for t in result.templates] == ["Renamed again"]
    assert [p.name for p in tmp_path.iterdir()] == ["renamed.toml"]


def test_builtin_or_broken_templates_are_not_saved(tmp_path: Path) -> None:
    grow = {t.id: t for t in shipped().templates}["grow"]
    with pytest.raises(ValueError, match="built-in"):
        save_user_template(grow, tmp_path)
    with pytest.raises(ValueError, match="built-in"):
        delete_user_template(grow, tmp_path)
    broken = replace(duplicate(grow, "Broken", ()), phases=())
    with pytest.raises(ValueError, match="no phases"):
        save_user_template(broken, tmp_path)
    sneaky = replace(duplicate(grow, "Sneaky", ()), id="../escape")
    with pytest.raises(ValueError, match="lowercase letters"):
        save_user_template(sneaky, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_prompt_groups_are_the_known_question_groups() -> None:
    assert "what_else" in PROMPT_GROUPS and "goal" in PROMPT_GROUPS
    used = {g for t in shipped().templates for p in t.phases for g in p.prompt_groups}
    assert used <= set(PROMPT_GROUPS)


def test_questions_only_phases_are_marked_and_survive_a_copy() -> None:
    result = load_templates([(protocols_dir(), True)])
    marked = {t.id: [p.name for p in t.phases if p.ask_dont_tell] for t in result.templates}
    assert marked["consultancy"] == ["Clarifying questions", "Probing questions"]
    # Troika's consultants may give ideas with the client's back turned: no reminder there.
    assert marked["troika"] == ["Clarifying questions"]
    grow = next(t for t in result.templates if t.id == "grow")
    again = parse_template(to_toml(grow), origin="copy", fmt="toml", builtin=False)
    assert [p.ask_dont_tell for p in again.phases] == [p.ask_dont_tell for p in grow.phases]


def test_ask_dont_tell_must_be_true_or_false() -> None:
    text = """
id = "x"
name = "X"
description = "d"
source = "s"
default_minutes = 10
roles = ["coach"]
[[phases]]
name = "Ask"
minutes = 10
speaker = "{coachee}"
rule = "Questions only."
ask_dont_tell = "yes"
"""
    with pytest.raises(TemplateError) as raised:
        parse_template(text, origin="x.toml", fmt="toml", builtin=False)
    assert "ask_dont_tell" in str(raised.value)
