"""Question banks: one place to import them from (questions, bank files, the book, the deck)."""

from __future__ import annotations

from cocoach_desktop.domain.records import MAX_QUESTION_CHARS
from cocoach_desktop.questions.model.bank_file import (
    FORMAT,
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    MAX_ID_CHARS,
    MAX_PURPOSE_CHARS,
    MAX_QUESTIONS,
    MAX_TITLE_CHARS,
    bank_file_text,
    parse_bank_file,
    parse_shipped_file,
    read_bank_file,
)
from cocoach_desktop.questions.model.prompt_deck import PromptDeck
from cocoach_desktop.questions.model.question import (
    GROUP_TITLES,
    Bank,
    BankError,
    ImportedBank,
    Question,
)
from cocoach_desktop.questions.model.question_book import (
    QuestionBook,
    merge,
    new_questions,
    same_text,
)
from cocoach_desktop.questions.model.shipped_banks import BankLoad, load_shipped

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "GROUP_TITLES",
    "MAX_FILE_BYTES",
    "MAX_ID_CHARS",
    "MAX_PURPOSE_CHARS",
    "MAX_QUESTIONS",
    "MAX_QUESTION_CHARS",
    "MAX_TITLE_CHARS",
    "Bank",
    "BankError",
    "BankLoad",
    "ImportedBank",
    "PromptDeck",
    "Question",
    "QuestionBook",
    "bank_file_text",
    "load_shipped",
    "merge",
    "new_questions",
    "parse_bank_file",
    "parse_shipped_file",
    "read_bank_file",
    "same_text",
]
