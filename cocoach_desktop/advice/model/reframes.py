"""The open questions offered instead of advice or a closed question, each checked open."""

from __future__ import annotations

import re

from cocoach_desktop.advice.model.clauses import _Span
from cocoach_desktop.advice.model.judgement import _judge, _Judgement
from cocoach_desktop.advice.model.tidying import _Text
from cocoach_desktop.advice.model.topics import _OBJECT_OF, _TOPIC_DET
from cocoach_desktop.advice.model.verdict import MAX_REFRAMES, Label

_ADVICE_REFRAMES: dict[str, tuple[str, ...]] = {
    "tried": (
        "What have you tried so far{with}?",
        "What options do you see?",
        "What haven't you tried yet?",
    ),
    "suggest": (
        "What options do you see{with}?",
        "What would you like to happen next?",
        "What have you tried so far?",
    ),
    "story": (
        "What's worked for you before{with}?",
        "What options do you see?",
        "What would you like to try?",
    ),
    "diagnosis": (
        "What do you think is going on{with}?",
        "How do you see it?",
        "What's the real challenge here for you?",
    ),
    "summary": (
        "What are you taking from this so far?",
        "What feels most important to you now?",
        "What would you like to do next?",
    ),
}
_CLOSED_REFRAMES = ("What can you tell me about {topic}?", "Tell me more about {topic}.")
_CLOSED_PAST_REFRAMES = ("Tell me more about {topic}.", "What happened with {topic}?")
_CLOSED_WHEN = ("What do you notice about when it happens?", "Tell me more about when it happens.")
_CLOSED_WHEN_PAST = ("What happened?", "Tell me more about what happened.")
_CLOSED_GENERIC = ("Tell me more about that.", "What's that like for you?")
_FALLBACK = (
    "What options do you see?",
    "What have you tried so far?",
    "What would you like to happen?",
)
# Every reframe without a topic in it; these are checked once, at import (below).
_FIXED = frozenset(
    (
        *(q.replace("{with}", "") for templates in _ADVICE_REFRAMES.values() for q in templates),
        *_CLOSED_WHEN,
        *_CLOSED_WHEN_PAST,
        *_CLOSED_GENERIC,
        *_FALLBACK,
    )
)
_PAST_QUESTION = re.compile(r"(?:did|was|were|had|has|didn't|wasn't|weren't|hasn't)\b")
_EVENT_QUESTION = re.compile(r"(?:is|was|does|did) (?:it|that|this)\b")
_TIME_WORDS = re.compile(
    r"\b(?:every|always|each|often|usually|lessons?|days?|weeks?|mornings?|afternoons?|"
    r"(?:mon|tues|wednes|thurs|fri)days?|before|after|times?)\b"
)


def _topic_text(t: _Text, span: _Span) -> str:
    """The topic as the speaker wrote it where the spelling allows, else as tidied."""
    tidied = t.text[span[0] : span[1]]
    written = t.original_of(span).strip()
    if written.lower() != tidied:
        return _OBJECT_OF.get(tidied, tidied)
    first, _space, rest = written.partition(" ")
    if first.lower() in _TOPIC_DET:
        written = f"{first.lower()} {rest}".rstrip()  # "The Year 10s?" -> "the Year 10s"
    return _OBJECT_OF.get(written.lower(), written)


def _candidates(t: _Text, judged: _Judgement) -> list[str]:
    topic = _topic_text(t, judged.topic) if judged.topic else ""
    if judged.label is Label.ADVICE:
        templates = _ADVICE_REFRAMES.get(judged.family, _ADVICE_REFRAMES["suggest"])
        first = templates[0].replace("{with}", f" with {topic}" if topic else "")
        return [first, *templates[1:]]
    question = t.text[judged.question[0] :] if judged.question else t.text
    past = bool(_PAST_QUESTION.match(question))
    if topic:
        templates = _CLOSED_PAST_REFRAMES if past else _CLOSED_REFRAMES
        return [template.format(topic=topic) for template in templates]
    if _EVENT_QUESTION.match(question) and _TIME_WORDS.search(question):
        return list(_CLOSED_WHEN_PAST if past else _CLOSED_WHEN)
    return list(_CLOSED_GENERIC)


def _reads_open(question: str) -> bool:
    return _judge(_Text(question).text).label is Label.OPEN


# A fixed reframe this check did not read as open would never be offered.
_FIXED_OPEN = frozenset(question for question in _FIXED if _reads_open(question))


def _reframes(t: _Text, judged: _Judgement) -> tuple[str, ...]:
    """Up to three open questions, each of which this check itself reads as open."""
    chosen: list[str] = []
    for candidate in [*_candidates(t, judged), *_FALLBACK]:
        if candidate in chosen:
            continue
        # the fixed ones were checked at import; one with a topic in it is checked now
        if candidate in _FIXED_OPEN or (candidate not in _FIXED and _reads_open(candidate)):
            chosen.append(candidate)
        if len(chosen) == MAX_REFRAMES:
            break
    return tuple(chosen)
