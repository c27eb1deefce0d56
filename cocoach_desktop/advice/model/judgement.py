"""The label of a whole utterance from its clauses' findings, and the reasons for it."""

from __future__ import annotations

from dataclasses import dataclass

from cocoach_desktop.advice.model.clause_reading import _read_clause
from cocoach_desktop.advice.model.clauses import _WORD_RE, _clauses, _Finding, _Span
from cocoach_desktop.advice.model.lexicon import _words_of
from cocoach_desktop.advice.model.verdict import Label

# Everyday English words. A text with accented letters, four words or more, fewer than a
# quarter of them among these, is another language ("¿Qué has probado?"): not judged.
_ENGLISH = _words_of(
    """
    a about after again ago all already also always am an and another any anyone anything are
    aren't around as ask asked at away back bad be because been before being best better big
    both but by call came can can't come could couldn't day did didn't do does doesn't don't
    done down each else end even ever every feel felt few find first for found from get give
    go going gone good got had hard has hasn't have haven't he he's help her here him his how
    i i'd i'll i'm i've if in into is isn't it it's just keep kids know last least less let
    let's like little long look lot made make many may maybe me might more most much must my
    need never new next no not nothing now of off often ok okay old on once one only or other
    our out over own part people put really right said same say see she she's should
    shouldn't since so some something still such sure take talk tell than thank thanks that
    that's the their them then there there's these they they're thing things think this those
    though time to today told tomorrow too tried try two up us very want was wasn't way we
    we're we've week well went were what what's when where whether which while who whole why
    will with won't work would wouldn't yeah year yes yet you you'd you'll you're you've your
    """
)
_ENGLISH_SHARE = 0.25


def _is_english(words: list[str]) -> bool:
    letters = [c for word in words for c in word if c.isalpha()]
    if all(c.isascii() for c in letters):
        return True  # plain ASCII is taken for English, however unusual its words
    if not any(c.isascii() for c in letters):
        return False  # another script
    if len(words) < 4:
        return True  # too short to tell
    return sum(word in _ENGLISH for word in words) >= _ENGLISH_SHARE * len(words)


@dataclass(frozen=True)
class _Judgement:
    label: Label
    reasons: tuple[_Span, ...]
    family: str = ""
    topic: _Span | None = None
    question: _Span | None = None  # the closed question, for its reframes


def _judge(text: str) -> _Judgement:
    words = _WORD_RE.findall(text)
    if not words or not _is_english(words):
        return _Judgement(Label.OPEN, ())  # nothing, or nothing this check can read
    findings: list[_Finding] = []
    offers: list[_Span] = []
    for clause in _clauses(text):
        found, offered = _read_clause(text, clause)
        findings += [found] if found else []
        offers += offered

    # Any advice decides; failing that, a statement of the speaker's own view.
    advice = [f for f in findings if f.kind == "advice"] or [
        f for f in findings if f.kind == "weak"
    ]
    if advice:
        topic = next((f.topic for f in advice if f.topic), None)
        spans = tuple(f.span for f in advice)
        if offers and advice[0].kind == "weak":  # "Just a thought, but the TA could do it"
            return _Judgement(Label.ADVICE, (*offers, *spans), "suggest", topic)
        return _Judgement(Label.ADVICE, spans, advice[0].family, topic)
    reflected = any(f.kind == "open" and not f.question for f in findings)
    questions = [f for f in findings if f.question and not (f.confirm and reflected)]
    last = questions[-1] if questions else None
    # A hedge that announces an idea, then something other than a real question.
    if (
        offers
        and (last is None or (last.kind == "closed" and not last.aux))
        and any(f.kind in ("closed", "soft") for f in findings)
    ):
        spans = tuple(offers) + tuple(f.span for f in findings if f.kind == "closed")
        return _Judgement(Label.ADVICE, spans, "suggest")
    if last is not None and last.kind == "closed":
        return _Judgement(Label.CLOSED, (last.span,), "closed", last.topic, last.span)
    if last is not None:
        return _Judgement(Label.OPEN, (last.span,))
    opens = [f for f in findings if f.kind in ("open", "soft")]
    return _Judgement(Label.OPEN, (opens[0].span,) if opens else ())
