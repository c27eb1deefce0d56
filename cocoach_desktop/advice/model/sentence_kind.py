"""The kind of sentence a clause is: a wh-question, a yes/no question, or neither."""

from __future__ import annotations

import re

from cocoach_desktop.advice.model.clauses import _words
from cocoach_desktop.advice.model.lexicon import _AUX_WORDS, _SUBJECTS, _is_past, _words_of
from cocoach_desktop.advice.model.topics import _TOPIC_DET

_WH = re.compile(r"(what|how|why|who|whom|whose|where|which|when)\b(?:'s|'re|'d)?")
_SUBJECT_AFTER_WH = re.compile(r" (?:i|we|you|he|she|they|it|the kids|people)(?:'[a-z]+)?\b")
# Without a question mark, a wh-word that starts a clause: "when my Year 11s were ...",
# "what worked was ...".
_WH_CLAUSE = re.compile(
    r"(?:when|where|while) (?:my|our|your|his|her|their|the|a|an|this|these|those)\b|"
    r"what (?:\w+ly )?\w+ed\b[^?.,]{0,30}? (?:is|was|were)\b"
)
_AUX = re.compile(r"([a-z]+(?:n't)?)\b(?!')")
# "if ..., what would you change?": the question after a leading clause.
_SUBORDINATE = re.compile(
    r"(?:when|if|before|after|once|whenever|as soon as|next time|because|since|on|at|in|by|"
    r"for|during|with|"
    r"until|from now on|this week|tomorrow|today|given|out of|of all|looking|thinking|"
    r"overall|so far|(?:a|an|one|two|three|six|\d+) (?:days?|weeks?|months?|terms?|years?) "
    r"(?:from now|on|later))\b[^,]{0,80},\s+"
)
# "By when will you ...?", "To what extent ...?": a preposition before the wh-word.
_PREP_BEFORE_WH = re.compile(
    r"(?:by|from|for|with|to|until|till|at|in|on) (?=(?:what|how|why|who|whom|whose|where|"
    r"which|when)\b)"
)
# ", and what would move you one point up?": an open wh-part after a closed one.
_LATER_WH = re.compile(r",?\s(?:and|but) (?=(?:what|how|why|who|where)\b)")


# "I'm curious which part ...", "I'm wondering what ...": a softened wh-question.
_CURIOUS_LEAD = re.compile(
    r"(?:i(?:'m| am| was) (?:just |really |also |genuinely )?(?:curious|wondering|interested)"
    r"(?: to (?:know|hear))?(?: about)?|i wonder|i(?:'d| would) (?:love|like) to (?:know|hear|"
    r"understand))[,:]?\s+(?=(?:what|how|why|who|where|which|when)\b)"
)


def _main_start(text: str, at: int, end: int) -> int:
    """Where the main clause starts: after a leading "if ...," when a question follows it
    ("Because you've mentioned the governors twice, I'm curious which part weighs most?").
    """
    sub = _SUBORDINATE.match(text, at, end)
    start = sub.end() if sub else at
    if lead := _CURIOUS_LEAD.match(text, start, end):
        start = lead.end()
    if start > at and (_WH.match(text, start, end) or _question_aux(text, start, end)):
        return start
    return at


def _wh_question(text: str, at: int, end: int, asked: bool) -> re.Match[str] | None:
    if asked and (prep := _PREP_BEFORE_WH.match(text, at, end)):
        at = prep.end()
    wh = _WH.match(text, at, end)
    if (
        wh
        and not asked
        and (_SUBJECT_AFTER_WH.match(text, wh.end(), end) or _WH_CLAUSE.match(text, at, end))
    ):
        return None  # "when I had that class ...", "what helped was ...": not a question
    return wh


# After "have" or "do", these make a question ("do the parents know"), not an imperative.
_NOUN_STARTS = _words_of("the your his her their any all most people kids anyone everyone")


def _question_aux(text: str, at: int, end: int) -> str | None:
    """The auxiliary a yes/no question starts with ("is", "have", "could"), if it does."""
    m = _AUX.match(text, at, end)
    if m is None or m.group(1) not in _AUX_WORDS:
        return None
    aux = m.group(1)
    if aux in ("have", "do", "don't"):
        after = _words(text, m.end(), end, 1)
        if not after or after[0][0] not in _SUBJECTS | _NOUN_STARTS:
            return None  # "have a go", "don't answer": imperatives
        if (
            aux == "have"
            and after[0][0] in _TOPIC_DET
            and not any(_is_past(word) for word, _s, _e in _words(text, m.end(), end, 5))
        ):
            return None  # "have the kids mark it": no participle, so an imperative
    return aux
