"""The live notes' refusals, said in words before anything is written."""

from __future__ import annotations

from cocoach_desktop.domain.records import MAX_NOTE_CHARS
from cocoach_desktop.recording.qt.refusals import commitment_refusal, note_refusal


def test_refusals_are_said_in_words_before_anything_is_written() -> None:
    assert note_refusal("fine", "This note") == ""
    too_long = note_refusal("x" * (MAX_NOTE_CHARS + 1), "This note")
    assert too_long.startswith("This note ") and too_long.endswith(".")
    assert commitment_refusal("Call Ben", "Ana", "A commitment", "The name") == ""
    assert commitment_refusal("x" * (MAX_NOTE_CHARS + 1), "Ana", "A commitment", "The name")
    assert commitment_refusal("Call Ben", "Ana\x07", "A commitment", "The name").startswith(
        "The name "
    )
