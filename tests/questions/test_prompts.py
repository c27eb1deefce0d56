"""Question banks: the shipped files, the user's changes, search, bank files and the deck."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cocoach_desktop.domain.records import SavedQuestion
from cocoach_desktop.platform.resources import prompts_dir, protocols_dir
from cocoach_desktop.protocols.model.protocols import PROMPT_GROUPS, load_templates
from cocoach_desktop.questions.model.prompts import (
    FORMAT,
    GROUP_TITLES,
    MAX_FILE_BYTES,
    MAX_QUESTION_CHARS,
    Bank,
    BankError,
    ImportedBank,
    PromptDeck,
    Question,
    QuestionBook,
    bank_file_text,
    load_shipped,
    merge,
    new_questions,
    parse_bank_file,
    parse_shipped_file,
    read_bank_file,
)

YES_NO_START = re.compile(
    r"(is|are|do|does|did|have|has|can|could|would|will|should|was|were|"
    r"isn't|aren't|don't|doesn't|didn't|haven't|hasn't|can't|couldn't|wouldn't|won't|"
    r"shouldn't|wasn't|weren't|am|may|might|must|shall)\b",
    re.IGNORECASE,
)
# Advice dressed up as a question (see the labelling guide): never in a shipped question.
ADVICE_PHRASES = (
    "have you considered",
    "have you thought about",
    "why don't you",
    "why not",
    "what if you",
    "would it help",
    "wouldn't it",
    "could you not",
    "isn't it",
    "you should",
    "you could try",
    "how about",
    "what about trying",
)


def bank_text(group: str = "goal", questions: str | None = None, **top: str) -> str:
    lines = [
        f'format = "{top.get("format", FORMAT)}"',
        f"version = {top.get('version', '1')}",
        f'group = "{group}"',
        f'title = "{top.get("title", "A title")}"',
        f'purpose = "{top.get("purpose", "For the tests.")}"',
    ]
    if questions is None:
        questions = (
            f'[[questions]]\nid = "{group}-1"\ntext = "What do you want?"\n\n'
            f'[[questions]]\nid = "{group}-2"\ntext = "What else?"\n'
        )
    return "\n".join(lines) + "\n\n" + questions


def write_banks(folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    for group in PROMPT_GROUPS:
        (folder / f"{group}.toml").write_text(bank_text(group), encoding="utf-8")


def shipped(group: str, *texts: str) -> Bank:
    questions = tuple(
        Question(
            key=f"shipped:{group}-{n}",
            group=group,
            text=text,
            shipped_id=f"{group}-{n}",
            original=text,
        )
        for n, text in enumerate(texts, 1)
    )
    return Bank(group, GROUP_TITLES[group], "", questions)


def q(key: str, group: str = "goal", text: str = "What now?") -> Question:
    return Question(key=key, group=group, text=text, shipped_id=key)


def keys(questions: tuple[Question, ...] | list[Question]) -> list[str]:
    return [item.key for item in questions]


# --- the shipped banks ----------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped_load() -> tuple[dict[str, Bank], list[BankError]]:
    result = load_shipped(prompts_dir())
    return result.banks, result.errors


def test_group_titles_cover_every_group() -> None:
    assert tuple(GROUP_TITLES) == PROMPT_GROUPS


def test_every_shipped_bank_loads_without_errors(shipped_load) -> None:
    banks, errors = shipped_load
    assert errors == []
    assert set(banks) == set(PROMPT_GROUPS)
    for group, bank in banks.items():
        assert len(bank.questions) >= 15, group
        assert bank.title.strip() and bank.purpose.strip()
        assert all(item.group == group and not item.own for item in bank.questions)


def test_shipped_files_are_named_after_their_group(shipped_load) -> None:
    banks, _ = shipped_load
    for group, bank in banks.items():
        assert Path(bank.origin).name == f"{group}.toml"


def test_shipped_ids_are_unique_across_all_files(shipped_load) -> None:
    banks, _ = shipped_load
    ids = [item.shipped_id for bank in banks.values() for item in bank.questions]
    assert len(ids) == len(set(ids))
    texts = [" ".join(item.text.split()).casefold() for b in banks.values() for item in b.questions]
    assert len(texts) == len(set(texts)), "the same question is shipped twice"


def test_shipped_questions_are_open_and_carry_no_advice(shipped_load) -> None:
    banks, _ = shipped_load
    for bank in banks.values():
        for item in bank.questions:
            text = item.text
            assert len(text) <= MAX_QUESTION_CHARS
            assert text == text.strip() and "  " not in text
            assert text[-1] in "?.", text
            assert not YES_NO_START.match(text), f"yes/no question: {text}"
            lowered = text.casefold()
            for phrase in ADVICE_PHRASES:
                assert phrase not in lowered, f"advice in disguise: {text}"
            # "What have you tried so far?" is open; "Have you tried X?" is advice.
            assert not re.search(r"(^|[,;:] )have you tried", lowered), text


def test_no_clarifying_question_asks_why(shipped_load) -> None:
    banks, _ = shipped_load
    for item in banks["clarifying"].questions:
        assert not re.search(r"\bwhy\b", item.text, re.IGNORECASE), item.text
        assert item.text.split()[0] in ("Who", "What", "Where", "When", "How"), item.text
        assert not item.text.startswith(("How many", "How much", "How long")), item.text


def test_every_protocol_phase_names_groups_that_have_questions(shipped_load) -> None:
    banks, _ = shipped_load
    templates = load_templates([(protocols_dir(), True)]).templates
    assert templates
    book = merge(banks, [])
    named = set()
    for template in templates:
        for phase in template.phases:
            for group in phase.prompt_groups:
                named.add(group)
                assert group in banks, (template.id, phase.name, group)
                assert banks[group].questions
            assert len(book.for_phase(phase.prompt_groups)) == sum(
                len(banks[g].questions) for g in dict.fromkeys(phase.prompt_groups)
            )
    assert named == set(PROMPT_GROUPS), "a shipped bank that no protocol uses"


# --- broken files ---------------------------------------------------------------------


def test_a_broken_file_is_reported_and_the_others_still_load(tmp_path: Path) -> None:
    write_banks(tmp_path)
    (tmp_path / "goal.toml").write_text('format = "cocoach-questions"\nversion = \n', "utf-8")
    result = load_shipped(tmp_path)
    assert set(result.banks) == set(PROMPT_GROUPS) - {"goal"}
    messages = [str(err) for err in result.errors]
    assert any("goal.toml" in m and "not valid TOML" in m and "line 2" in m for m in messages)
    assert any("no shipped questions for the group 'goal'" in m for m in messages)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (bank_text(version='"one"'), "'version' must be a whole number, but it is text"),
        (bank_text(version="2"), "newer version of Cocoach"),
        (bank_text(format="other"), "not a Cocoach question bank"),
        (bank_text("goals"), "the group 'goals' (did you mean 'goal'?) does not exist"),
        (
            bank_text(questions='[[questions]]\nid = "a"\ntext = 5\n'),
            "question 1 ('a'): the text must be text, but it is a whole number",
        ),
        (
            bank_text(questions='[[questions]]\nid = "a"\ntext = "   "\n'),
            "question 1 ('a'): the text is blank",
        ),
        (
            bank_text(
                questions='[[questions]]\nid = "a"\ntext = "Who?"\n\n'
                '[[questions]]\nid = "a"\ntext = "What?"\n'
            ),
            "question 2 ('a'): the id 'a' is already used by question 1",
        ),
        (
            bank_text(questions=f'[[questions]]\nid = "a"\ntext = "{"x" * 301}?"\n'),
            "the text is 302 characters long; a question may have at most 300",
        ),
        (
            bank_text(questions='[[questions]]\ntext = "What?"\n'),
            "question 1: the required key 'id' is missing",
        ),
        (
            bank_text(questions='[[questions]]\nid = "A b"\ntext = "What?"\n'),
            "may only use lowercase letters",
        ),
        (
            bank_text(questions='[[questions]]\nid = "a"\ntxt = "What?"\n'),
            "unknown key 'txt' (did you mean 'text'?)",
        ),
        (bank_text(questions='questions = "What?"\n'), "'questions' must be a list"),
        (bank_text(questions=""), "the file has no questions"),
        (bank_text(title=""), "'title' is blank"),
        ("", "the file is empty"),
        ('{"format": "cocoach-questions"}', "looks like a JSON file"),
        ('id = "x"\n[[phases]]\nname = "a"\n', "protocol template, not a question bank"),
    ],
)
def test_shipped_file_problems_are_named_in_plain_words(text: str, expected: str) -> None:
    with pytest.raises(BankError) as caught:
        parse_shipped_file(text, "test.toml")
    assert expected in caught.value.problem
    assert str(caught.value).startswith("test.toml: ")


def test_all_problems_are_listed_up_to_a_limit() -> None:
    questions = "".join('[[questions]]\nid = "a"\ntext = ""\n\n' for _ in range(12))
    with pytest.raises(BankError) as caught:
        parse_shipped_file(bank_text(questions=questions, version='"x"'), "many.toml")
    lines = caught.value.problem.splitlines()
    assert lines[0] == "'version' must be a whole number, but it is text"
    assert len(lines) == 9 and re.fullmatch(r"and \d+ more problems", lines[-1])


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"x" * (MAX_FILE_BYTES + 1), "larger than 256 KiB"),
        (b'format = "cocoach-questions"\ntitle = "caf\xe9"\n', "not saved as UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not a text file"),
    ],
)
def test_unreadable_files_are_refused_and_the_others_load(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    write_banks(tmp_path)
    (tmp_path / "probing.toml").write_bytes(content)
    result = load_shipped(tmp_path)
    assert "probing" not in result.banks and len(result.banks) == 7
    assert any("probing.toml" in err.origin and expected in err.problem for err in result.errors), (
        result.errors
    )


def test_the_same_group_or_id_in_two_files_skips_the_later_file(tmp_path: Path) -> None:
    write_banks(tmp_path)
    (tmp_path / "zz-goal-again.toml").write_text(bank_text("goal"), "utf-8")
    (tmp_path / "zz-steals-id.toml").write_text(
        bank_text("explore").replace('id = "explore-1"', 'id = "goal-1"'), "utf-8"
    )
    (tmp_path / "explore.toml").unlink()
    result = load_shipped(tmp_path)
    problems = {Path(err.origin).name: err.problem for err in result.errors}
    assert "already comes from" in problems["zz-goal-again.toml"]
    assert "the id 'goal-1' is already used in" in problems["zz-steals-id.toml"]
    assert "explore" not in result.banks
    assert result.banks["goal"].origin.endswith("goal.toml")


def test_a_missing_folder_is_an_error_with_no_banks(tmp_path: Path) -> None:
    result = load_shipped(tmp_path / "nowhere")
    assert result.banks == {}
    assert len(result.errors) == 1 and "missing" in result.errors[0].problem
    book = merge(result.banks, [])
    assert book.titles == GROUP_TITLES and book.for_phase(PROMPT_GROUPS) == ()


def test_other_files_in_the_folder_are_ignored(tmp_path: Path) -> None:
    write_banks(tmp_path)
    (tmp_path / "README.md").write_text("not a bank", "utf-8")
    (tmp_path / ".goal.toml.swp").write_text("junk", "utf-8")
    result = load_shipped(tmp_path)
    assert result.errors == [] and len(result.banks) == 8


# --- the user's changes ---------------------------------------------------------------


@pytest.fixture
def banks() -> dict[str, Bank]:
    return {
        "goal": shipped("goal", "What do you want?", "What matters?", "Where to start?"),
        "what_else": shipped("what_else", "And what else?"),
        "options": shipped("options", "What options can you see?", "What could you do?"),
    }


def test_a_saved_row_changes_its_shipped_question(banks: dict[str, Bank]) -> None:
    book = merge(
        banks,
        [
            SavedQuestion(id=1, group="goal", text="What do you really want?", shipped_id="goal-1"),
            SavedQuestion(id=2, group="goal", shipped_id="goal-2", starred=True),
            SavedQuestion(id=3, group="goal", shipped_id="goal-3", hidden=True),
        ],
    )
    first, second, third = book.group("goal")
    assert first.text == "What do you really want?" and first.edited and first.saved_id == 1
    assert first.original == "What do you want?" and first.key == "shipped:goal-1"
    assert second.text == "What matters?" and second.starred and not second.edited
    assert third.hidden
    assert keys(book.for_phase(["goal"])) == ["shipped:goal-2", "shipped:goal-1"]
    assert len(book.for_phase(["goal"], include_hidden=True)) == 3


def test_own_questions_come_after_shipped_ones_and_odd_rows_are_ignored(
    banks: dict[str, Bank],
) -> None:
    book = merge(
        banks,
        [
            SavedQuestion(id=17, group="goal", text="  What would your best self do?  "),
            SavedQuestion(id=18, group="nonsense", text="Lost?"),
            SavedQuestion(id=19, group="goal", text="Old?", shipped_id="goal-99"),
            SavedQuestion(id=20, group="goal", text="   "),
            SavedQuestion(id=21, group="clarifying", text="Who is involved?", hidden=True),
        ],
    )
    goal = book.group("goal")
    assert keys(goal)[-1] == "own:17" and len(goal) == 4
    own = book.find("own:17")
    assert own is not None and own.own and own.text == "What would your best self do?"
    assert own.saved_id == 17 and not own.edited
    assert book.find("own:18") is None and book.find("own:19") is None
    assert book.find("own:20") is None
    assert book.group("clarifying")[0].hidden and book.for_phase(["clarifying"]) == ()
    assert book.group("nonsense") == ()


def test_restoring_the_original_words_is_not_an_edit(banks: dict[str, Bank]) -> None:
    book = merge(
        banks, [SavedQuestion(id=1, group="goal", text="What do you want?", shipped_id="goal-1")]
    )
    first = book.group("goal")[0]
    assert not first.edited and first.text == "What do you want?"


def test_for_phase_keeps_the_phase_order_with_starred_first(banks: dict[str, Bank]) -> None:
    book = merge(
        banks,
        [
            SavedQuestion(id=5, group="options", text="What else could work?", starred=True),
            SavedQuestion(id=6, group="what_else", shipped_id="what_else-1", starred=True),
            SavedQuestion(id=7, group="options", text="What is the first idea?"),
        ],
    )
    assert keys(book.for_phase(["what_else", "options", "what_else", "unknown"])) == [
        "shipped:what_else-1",
        "own:5",
        "shipped:options-1",
        "shipped:options-2",
        "own:7",
    ]
    assert book.for_phase([]) == ()


def test_search_needs_every_word_in_any_case_or_accent() -> None:
    book = merge(
        {"goal": shipped("goal", "What’s your café like?", "What do you WANT today?")},
        [SavedQuestion(id=1, group="probing", text="What do you want from the Café?")],
    )
    assert keys(book.search("cafe")) == ["shipped:goal-1", "own:1"]
    assert keys(book.search("  want  CAFÉ ")) == ["own:1"]
    assert keys(book.search("what's")) == ["shipped:goal-1"]
    assert keys(book.search("want", groups=["probing"])) == ["own:1"]
    assert book.search("want nothing") == ()
    assert len(book.search("")) == 3


def test_search_leaves_hidden_questions_out_unless_asked() -> None:
    book = merge(
        {"goal": shipped("goal", "What do you want?")},
        [SavedQuestion(id=1, group="goal", shipped_id="goal-1", hidden=True)],
    )
    assert book.search("") == () and book.search("want") == ()
    assert keys(book.search("want", include_hidden=True)) == ["shipped:goal-1"]


# --- bank files: export and import ----------------------------------------------------

AWKWARD = (
    'She said "not now" and left?',
    "A back\\slash, C:\\temp\\new and a tab\there?",
    "Two lines:\nwhat next?",
    "Zoë, Ærø and naïve café – what’s changed? 😀🙂",
    "Control \x01 and DEL \x7f characters?",
    "'''Triple''' \"\"\"quotes\"\"\" and # not a comment?",
)


def test_export_then_import_gives_back_every_text() -> None:
    questions = [
        Question(key="shipped:goal-01", group="goal", text=AWKWARD[0], shipped_id="goal-01"),
        *(
            Question(key=f"own:{n}", group="goal", text=text, saved_id=n)
            for n, text in enumerate(AWKWARD[1:], 1)
        ),
    ]
    text = bank_file_text("goal", 'My "best" goals', "Ones that\nwork.", questions)
    imported = parse_bank_file(text, "export.toml")
    assert imported.group == "goal"
    assert imported.title == 'My "best" goals'
    assert imported.texts == AWKWARD
    assert 'id = "goal-01"' in text and 'id = "own-1"' in text
    # The exported file is also good enough to ship: ids present, valid and unique.
    assert len(parse_shipped_file(text, "export.toml").questions) == len(AWKWARD)


def test_export_makes_ids_unique() -> None:
    questions = [
        Question(key="own:1", group="goal", text="Who?", saved_id=1),
        Question(key="x", group="goal", text="What?", shipped_id="own-1"),
        Question(key="y", group="goal", text="When?"),
    ]
    bank = parse_shipped_file(bank_file_text("goal", "T", "P", questions), "x.toml")
    assert [item.shipped_id for item in bank.questions] == ["own-1", "own-1-2", "new-3"]
    with pytest.raises(ValueError):
        bank_file_text("goals", "T", "P", questions)


def test_a_shipped_file_imports(shipped_load) -> None:
    banks, _ = shipped_load
    origin = banks["probing"].origin
    imported = read_bank_file(Path(origin))
    assert imported.group == "probing"
    assert imported.texts == tuple(item.text for item in banks["probing"].questions)


def test_a_hand_written_import_needs_no_ids_or_title() -> None:
    imported = parse_bank_file(
        'format = "cocoach-questions"\nversion = 1\ngroup = "options"\n\n'
        '[[questions]]\ntext = "What could you do?"\n',
        "mine.toml",
    )
    assert imported == ImportedBank("options", GROUP_TITLES["options"], "", ("What could you do?",))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"x" * (MAX_FILE_BYTES + 1), "larger than 256 KiB"),
        (b"PK\x03\x04\x00\x00binary", "not a text file"),
        (b"\xff\xfe\x00t\x00e", "not a text file"),
        (b'format = "cocoach-questions"\n\xe9\n', "not saved as UTF-8"),
        (b"Just some notes\nabout coaching.\n", "not valid TOML"),
        (b'title = "Notes"\n', 'the line format = "cocoach-questions" is missing'),
    ],
)
def test_import_refuses_what_is_not_a_bank(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "import.toml"
    path.write_bytes(content)
    with pytest.raises(BankError) as caught:
        read_bank_file(path)
    assert expected in caught.value.problem
    assert caught.value.origin == str(path)


def test_import_lists_every_problem() -> None:
    text = (
        'format = "cocoach-questions"\nversion = 1\ngroup = "nope"\n\n'
        '[[questions]]\ntext = ""\n\n[[questions]]\nid = 3\ntext = "Who?"\n'
    )
    with pytest.raises(BankError) as caught:
        parse_bank_file(text, "bad.toml")
    assert caught.value.problem.splitlines() == [
        "the group 'nope' does not exist; the groups are: " + ", ".join(PROMPT_GROUPS),
        "question 1: the text is blank",
        "question 2: the id must be text, but it is a whole number",
    ]


def test_import_refuses_a_huge_text_and_a_folder(tmp_path: Path) -> None:
    with pytest.raises(BankError, match="larger than 256 KiB"):
        parse_bank_file("#" * (MAX_FILE_BYTES + 1), "big.toml")
    with pytest.raises(BankError, match="folder"):
        read_bank_file(tmp_path)
    with pytest.raises(BankError, match="could not be read"):
        read_bank_file(tmp_path / "gone.toml")


def test_new_questions_leave_out_what_the_group_already_has(banks: dict[str, Bank]) -> None:
    book = merge(
        banks,
        [
            SavedQuestion(id=1, group="goal", text="What do you really want?", shipped_id="goal-1"),
            SavedQuestion(id=2, group="goal", text="Who can help?"),
        ],
    )
    imported = ImportedBank(
        "goal",
        "Goals",
        "",
        (
            "what do you   WANT?",  # the shipped words of an edited question
            "What do you really want?",
            "WHO can help?",
            "What matters?",
            "What’s the hope?",
            "What's the  hope?",
            "Where do we start?",
        ),
    )
    assert new_questions(book, imported) == [
        ("goal", "What’s the hope?"),
        ("goal", "Where do we start?"),
    ]
    assert new_questions(QuestionBook({}), ImportedBank("clarifying", "", "", ("Who?",))) == [
        ("clarifying", "Who?")
    ]


# --- the deck -------------------------------------------------------------------------


@pytest.fixture
def five() -> list[Question]:
    return [q(f"k{n}") for n in range(1, 6)]


def test_next_and_previous_wrap_around(five: list[Question]) -> None:
    deck = PromptDeck()
    deck.set_questions(five, now=0.0)
    assert deck.current == five[0] and deck.position == (1, 5)
    assert deck.previous(1.0) and deck.current == five[4] and deck.position == (5, 5)
    assert deck.next(2.0) and deck.current == five[0]
    for _ in range(3):
        deck.next(3.0)
    assert deck.position == (4, 5)


def test_an_empty_deck_shows_nothing() -> None:
    deck = PromptDeck(rotate_every=5)
    deck.set_questions([], now=0.0)
    assert deck.current is None and deck.position == (0, 0)
    assert not deck.next(1.0) and not deck.previous(1.0) and not deck.tick(100.0)
    assert not deck.show("k1", 1.0)
    deck.pin(1.0)
    assert not deck.pinned


def test_show_picks_a_listed_question_only(five: list[Question]) -> None:
    deck = PromptDeck()
    deck.set_questions(five, now=0.0)
    assert deck.show("k3", 1.0) and deck.current == five[2]
    assert not deck.show("missing", 2.0) and deck.current == five[2]


def test_a_phase_change_shows_the_first_question(five: list[Question]) -> None:
    deck = PromptDeck()
    deck.set_questions(five, now=0.0)
    deck.show("k3", 1.0)
    deck.set_questions([five[0], five[2]], now=2.0)
    assert deck.current == five[0]  # k3 is in the new phase too, but a phase starts afresh


def test_a_bank_edit_keeps_the_current_question(five: list[Question]) -> None:
    deck = PromptDeck()
    deck.set_questions(five, now=0.0)
    deck.show("k4", 1.0)
    deck.set_questions([q("new"), *five], now=2.0, keep_current=True)
    assert deck.current == five[3] and deck.position == (5, 6)
    # The shown question was hidden: the one now in its place is shown.
    deck.set_questions([five[0], five[1], five[2], five[4]], now=3.0, keep_current=True)
    assert deck.current == five[4]
    deck.set_questions([five[0]], now=4.0, keep_current=True)
    assert deck.current == five[0]


def test_a_pin_survives_a_phase_change_only_if_the_question_is_there(
    five: list[Question],
) -> None:
    deck = PromptDeck(rotate_every=10)
    deck.set_questions(five, now=0.0)
    deck.show("k2", 1.0)
    deck.pin(1.0)
    assert deck.pinned
    deck.set_questions([five[0], five[3], five[1]], now=5.0)
    assert deck.pinned and deck.current == five[1]
    assert not deck.tick(1000.0)
    deck.set_questions([five[0], five[3]], now=6.0)
    assert not deck.pinned and deck.current == five[0]


def test_moving_by_hand_unpins(five: list[Question]) -> None:
    deck = PromptDeck()
    deck.set_questions(five, now=0.0)
    deck.pin(0.0)
    assert deck.next(1.0) and not deck.pinned and deck.current == five[1]
    assert deck.toggle_pin(2.0) and deck.pinned
    assert deck.show("k5", 3.0) and not deck.pinned
    deck.pin(4.0)
    deck.previous(5.0)
    assert not deck.pinned
    assert deck.toggle_pin(6.0) and deck.pinned
    assert not deck.toggle_pin(7.0) and not deck.pinned


def test_rotation_is_off_by_default(five: list[Question]) -> None:
    deck = PromptDeck()
    deck.set_questions(five, now=0.0)
    assert deck.rotate_every is None
    assert not deck.tick(10_000.0) and deck.current == five[0]


def test_rotation_moves_on_at_the_exact_boundary(five: list[Question]) -> None:
    deck = PromptDeck(rotate_every=30)
    deck.set_questions(five, now=100.0)
    assert not deck.tick(129.999) and deck.current == five[0]
    assert deck.tick(130.0) and deck.current == five[1]
    assert not deck.tick(159.5)
    assert deck.tick(160.0) and deck.current == five[2]


def test_rotation_after_a_late_tick_does_not_skip_questions(five: list[Question]) -> None:
    deck = PromptDeck(rotate_every=30)
    deck.set_questions(five, now=0.0)
    assert deck.tick(500.0) and deck.current == five[1]
    assert not deck.tick(529.0)
    assert deck.tick(530.0) and deck.current == five[2]


def test_rotation_wraps_and_stops_while_pinned(five: list[Question]) -> None:
    deck = PromptDeck(rotate_every=1)
    deck.set_questions(five, now=0.0)
    for second in range(1, 6):
        assert deck.tick(float(second))
    assert deck.current == five[0]
    deck.pin(5.0)
    assert not deck.tick(50.0) and deck.current == five[0]
    deck.unpin(60.0)
    assert not deck.tick(60.5)
    assert deck.tick(61.0) and deck.current == five[1]


def test_a_manual_move_restarts_the_rotation_interval(five: list[Question]) -> None:
    deck = PromptDeck(rotate_every=30)
    deck.set_questions(five, now=0.0)
    deck.next(25.0)
    assert not deck.tick(30.0) and not deck.tick(54.9)
    assert deck.tick(55.0) and deck.current == five[2]
    deck.show("k5", 60.0)
    assert not deck.tick(89.0)
    assert deck.tick(90.0) and deck.current == five[0]


def test_a_single_question_never_rotates_and_rotation_can_be_changed() -> None:
    deck = PromptDeck(rotate_every=5)
    deck.set_questions([q("only")], now=0.0)
    assert not deck.tick(100.0) and deck.position == (1, 1)
    deck.set_questions([q("a"), q("b")], now=100.0)
    deck.set_rotation(None, now=101.0)
    assert not deck.tick(1000.0)
    deck.set_rotation(20, now=1000.0)
    assert not deck.tick(1019.0) and deck.tick(1020.0)
    with pytest.raises(ValueError):
        deck.set_rotation(0, now=0.0)
    with pytest.raises(ValueError):
        PromptDeck(rotate_every=float("nan"))


def test_the_deck_says_how_long_until_it_rotates() -> None:
    deck = PromptDeck()
    deck.set_questions([q("a"), q("b")], now=0.0)
    assert deck.seconds_to_rotation(0.0) is None  # rotation off
    deck.set_rotation(60, now=10.0)
    assert deck.seconds_to_rotation(10.0) == 60
    assert deck.seconds_to_rotation(69.5) == pytest.approx(0.5)
    assert deck.seconds_to_rotation(500.0) == 0.0  # overdue: at once
    deck.pin(now=20.0)
    assert deck.seconds_to_rotation(30.0) is None
    deck.unpin(now=30.0)
    assert deck.seconds_to_rotation(30.0) == 60
    deck.set_questions([q("a")], now=40.0, keep_current=True)
    assert deck.seconds_to_rotation(40.0) is None  # one question never rotates
