"""Imperatives (advice) and invitations to say more (open) at the start of a clause."""

from __future__ import annotations

import re

from cocoach_desktop.advice.model.clauses import _HEAD_BREAK, _any, _Finding, _words
from cocoach_desktop.advice.model.lexicon import _ACTION_VERBS, _NOT_VERBS, _words_of
from cocoach_desktop.advice.model.openers import _ENCOURAGE, _ENCOURAGE_VERB, _skip_openers
from cocoach_desktop.advice.model.sentence_kind import _SUBORDINATE
from cocoach_desktop.advice.model.statements import _EMPATHY, _permitted_action
from cocoach_desktop.advice.model.topics import _topic_after

# Invitations to say more: open, whatever their form.
_INVITE = _any(
    r"(?:please )?tell (?:me|us)(?: (?:a (?:bit|little) )?more)?\b",
    r"say (?:(?:a (?:bit|little) |some(?:thing)? )?more|that again|it again|again)\b",
    r"(?:talk|walk|run|take) (?:me|us) through\b",
    r"give (?:me|us) (?:an example|a sense|a flavour|a flavor|a picture|an idea|some examples|"
    r"more)\b",
    r"help (?:me|us) (?:understand|see|get)\b",
    r"describe\b|expand\b|elaborate\b|unpack\b|imagine\b|picture\b|notice\b|remind me\b",
    r"explain (?:more|a bit|what|how|why|to me)\b",
    r"let me (?:just )?(?:check|see if|make sure|play (?:that|it|this) back|recap|summari[sz]e)\b",
    r"share (?:more|a bit|a little|what|how|with me|an example)\b",
    r"paint (?:me )?a picture\b",
    r"think (?:about|of|back to|back on) (?:a time|when|what|how|why|who|where|the last time|"
    r"the best|your best)\b|think back\b",
    r"consider (?:what|how|why|who|where|when|whether)\b",
    r"ask yourself\b|be honest\b|keep talking\b|go back to\b|bear with me\b",
    r"anything (?:else|more)\b",
    r"let's (?!have you\b)(?:pause|stop|take|come back|go back|move on|look|think|explore|"
    r"unpack|stay|slow|start|hear|park|recap|summari[sz]e|see what|check|spend|focus on "
    r"(?:what|you))\b",
)

_IMPERATIVE_LEAD = re.compile(
    r"(?:(?:just|maybe|perhaps|definitely|really|please|always|also|then|do|first|now|"
    r"try (?:and|to)|make sure (?:you )?|remember to|be sure to|go and|come and)\s+)*"
)


_DON_T = re.compile(r"(?:don't|do not|never)\s+([a-z][\w'-]*)")
_LET_US = re.compile(r"let'?s (?:have you\b|(?:just )?([a-z]+))")
# Facilitation, not advice: "let's pause", "let's look at what you've got".
_LET_US_OPEN = _words_of(
    "pause stop take come go move look think explore unpack stay slow start hear park recap "
    "summarise summarize see check spend focus"
)
_OBJECT_NEXT = _words_of(
    "the a an your their his her them him it some this that these those everyone everything "
    "yourself up out off down back in on over"
)
_SUBJECT_NEXT = _words_of(
    "is was are were 's has have had can could will would should might must does did do said "
    "says seems looks feels thinks wants went got you we they he she i"
)


def _imperative(text: str, at: int, end: int, *, guess: bool) -> _Finding | None:
    """An imperative at ``at``: a base verb ("ring the parents"), "don't ...", "let's try ...".

    With ``guess``, an unknown first word followed by an object ("gamify the quizzes") counts
    too, unless it is plainly not a verb.
    """
    lead = _IMPERATIVE_LEAD.match(text, at, end)
    verb_at = lead.end() if lead else at
    if _INVITE.match(text, verb_at, end) or _ENCOURAGE_VERB.match(text, verb_at, end):
        return None
    if m := _DON_T.match(text, verb_at, end):
        if m.group(1) in _SUBJECT_NEXT:
            return None  # "don't you think ...": a question
        return _Finding("advice", (at, m.end()), "suggest", _topic_after(text, m.end(), end))
    if m := _LET_US.match(text, verb_at, end):
        if m.group(1) in _LET_US_OPEN:
            return None
        return _Finding("advice", (at, m.end()), "suggest", _topic_after(text, m.end(), end))
    words = _words(text, verb_at, end)
    if not words or words[0][1] != verb_at:
        return None
    first, _start, first_end = words[0]
    following = words[1][0] if len(words) > 1 else ""
    if following in _SUBJECT_NEXT or text.startswith(",", first_end):
        return None  # "mark said ...", "look, ...": not an imperative
    if first in ("have", "do") and following not in ("a", "an", "some", "another", "one"):
        return None  # "have you ...", "do the parents ...": a question
    known = first in _ACTION_VERBS
    guessed = (
        guess
        and following in _OBJECT_NEXT
        and first not in _NOT_VERBS
        and first.isalpha()
        and not first.endswith(("ly", "ing", "ed", "s"))
    )
    if not (known or guessed):
        return None
    return _Finding("advice", (at, first_end), "suggest", _topic_after(text, first_end, end))


def _invitation_or_imperative(text: str, at: int, end: int) -> _Finding | None:
    """An imperative at the start or after a comma ("When you present it, lead with ..."),
    else an invitation ("Tell me more") or encouragement ("Take a moment") at the start.
    """
    heads = [at] + [m.end() for m in _HEAD_BREAK.finditer(text, at, end)]
    for i, head in enumerate(heads):
        head, _offers = _skip_openers(text, head, end)
        if found := _imperative(text, head, end, guess=i == 0):
            return found
        if (sub := _SUBORDINATE.match(text, head, end)) and (
            found := _imperative(text, sub.end(), end, guess=True)
        ):
            return found
    if m := _INVITE.match(text, at, end):
        return _Finding("open", (at, m.end()), question=True)
    # "If you feel up to it, tell me about the team.": the condition is the coachee's, the
    # invitation the same.
    if (sub := _SUBORDINATE.match(text, at, end)) and (m := _INVITE.match(text, sub.end(), end)):
        return _Finding("open", (sub.end(), m.end()), question=True)
    if (m := _EMPATHY.match(text, at, end)) and (found := _permitted_action(text, m.end(), end)):
        return found  # "It's fine to take a day off": not the "it's fine" of encouragement
    if m := _ENCOURAGE.match(text, at, end):
        return _Finding("open", (at, at + len(m.group().rstrip(" ,.!"))))
    return None
