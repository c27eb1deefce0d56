"""The shared reader notes every problem as a code with its place and values; words come later."""

from __future__ import annotations

from cocoach_desktop.exchange.model.export_fields import NOTE, read_fields
from cocoach_desktop.platform import wording
from cocoach_desktop.platform.preferences import Preferences, read_preferences
from cocoach_desktop.platform.reading import Code, Expected, Problem, Reader
from cocoach_desktop.platform.tables import Table


def test_a_record_gives_every_problem_with_its_place_kind_and_values() -> None:
    r = Reader()
    note = {
        "id": 1,
        "session_id": "one",
        "text": "x" * 200_001,
        "visibility": "secret",
        "created": "yesterday",
        "phase_index": 4,
    }
    read_fields(r, note, "sessions[3].notes[0]", NOTE, count=2)
    at = "sessions[3].notes[0]"
    assert r.problems == [
        Problem(f"{at}.session_id", Code.WRONG_TYPE, (Expected.WHOLE, "one")),
        Problem(f"{at}.text", Code.TOO_LONG, (200_001, 200_000)),
        Problem(f"{at}.visibility", Code.NOT_ONE_OF, ("secret", ("private", "shareable"))),
        Problem(f"{at}.created", Code.NOT_A_TIME, ("yesterday",)),
        Problem(f"{at}.phase_index", Code.OUT_OF_RANGE, (4, 2)),
    ]
    assert [wording.located(p) for p in r.problems][1:3] == [
        f"{at}.text: is 200,001 characters long; at most 200,000 are allowed",
        f'{at}.visibility: "secret" is not one of private, shareable',
    ]


def test_a_table_of_a_hand_edited_file_gives_codes_with_the_tables_label() -> None:
    r = Reader()
    table = Table(r, {"name": "Close", "minuets": 5, "fixed": "yes"}, "phase 2 ('Close')")
    table.unknown(("name", "minutes"), ("fixed",))
    table.number("minutes")
    table.flag("fixed")
    assert [(p.place, p.code) for p in r.problems] == [
        ("phase 2 ('Close')", Code.UNKNOWN_KEY),
        ("phase 2 ('Close')", Code.MISSING),
        ("phase 2 ('Close')", Code.WRONG_TYPE),
    ]
    assert wording.table_sentence(r.problems[0]).startswith(
        "phase 2 ('Close'): unknown key 'minuets' (did you mean 'minutes'?)"
    )


def test_settings_are_read_by_the_same_reader_and_bad_values_fall_back() -> None:
    prefs, problems = read_preferences({"sound": "maybe", "soon_seconds": "90", "theme": "blue"})
    assert prefs.sound is Preferences().sound and prefs.theme == "dark"
    assert prefs.soon_seconds == 90  # the good values are kept
    assert problems == [
        "Setting sound = 'maybe' was not understood.",
        "Unknown theme 'blue'; choose dark or light.",
    ]


def test_every_code_has_its_words_in_the_one_place() -> None:
    worded = set(wording._SENTENCES) | set(wording._TABLE_SENTENCES)
    assert set(Code) - worded == set()
