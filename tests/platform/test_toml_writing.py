"""Protocol and bank files are written as TOML by tomli-w, and read back as they were."""

from __future__ import annotations

import tomllib
from dataclasses import replace

import pytest

from cocoach_desktop.platform.resources import prompts_dir, protocols_dir
from cocoach_desktop.protocols.model.protocols import parse_template, to_toml
from cocoach_desktop.questions.model.prompts import (
    Question,
    bank_file_text,
    parse_bank_file,
    parse_shipped_file,
)

PROTOCOL_FILES = sorted(e.name for e in protocols_dir().iterdir() if e.name.endswith(".toml"))
BANK_FILES = sorted(e.name for e in prompts_dir().iterdir() if e.name.endswith(".toml"))


def test_every_shipped_file_is_tried() -> None:
    assert len(PROTOCOL_FILES) >= 7 and len(BANK_FILES) == 8


@pytest.mark.parametrize("name", PROTOCOL_FILES)
def test_a_shipped_protocol_reads_back_identically(name: str) -> None:
    text = protocols_dir().joinpath(name).read_text(encoding="utf-8")
    template = parse_template(text, origin=name, fmt="toml", builtin=True)
    written = to_toml(template)
    again = parse_template(written, origin=name, fmt="toml", builtin=True)
    assert again == template
    # The same keys and values as the file a person wrote (the writer adds rotate = false).
    original = tomllib.loads(text)
    original.setdefault("rotate", False)
    assert tomllib.loads(written) == original


@pytest.mark.parametrize("name", BANK_FILES)
def test_a_shipped_bank_reads_back_identically(name: str) -> None:
    text = prompts_dir().joinpath(name).read_text(encoding="utf-8")
    bank = parse_shipped_file(text, name)
    written = bank_file_text(bank.group, bank.title, bank.purpose, bank.questions)
    assert replace(parse_shipped_file(written, name), origin=bank.origin) == bank
    assert tomllib.loads(written) == tomllib.loads(text)
    assert parse_bank_file(written, name).texts == tuple(q.text for q in bank.questions)


def test_a_lone_surrogate_is_written_as_a_replacement_character() -> None:
    # UTF-8 cannot hold a lone surrogate: the file would not be written at all.
    question = Question(key="own:1", group="goal", text="Why \ud800 now?", saved_id=1)
    written = bank_file_text("goal", "T", "P", [question])
    written.encode("utf-8")
    assert parse_bank_file(written, "x.toml").texts == ("Why \ufffd now?",)
