"""Advice whatever the sentence type: leading questions, the speaker's way, conditionals."""

from __future__ import annotations

import re

from cocoach_desktop.advice.model.clauses import _any, _Finding, _words
from cocoach_desktop.advice.model.lexicon import (
    _ACTION_VERBS,
    _NOT_ACTIONS,
    _REFERS_BACK,
    _STATES,
    _is_past,
    _words_of,
)
from cocoach_desktop.advice.model.topics import _topic_after

# (family, pattern): the family chooses the reframes; the match is the reason shown.
_ANYWHERE: tuple[tuple[str, re.Pattern[str]], ...] = (
    # leading questions that carry a solution
    (
        "suggest",
        _any(
            r"\bwhy (?:don't|do not) you\b(?! (?:think|feel|believe|want|like|see|know|trust|"
            r"agree|say)\b)",
            r"\bwhy not\b(?= (?:just |simply )?[a-z])",
            r"\bwhy (?:wouldn't|won't|can't|couldn't|haven't|didn't) you\b(?! (?:think|feel|"
            r"believe|want|like|see|know|trust|agree)\b)",
        ),
    ),
    (
        "suggest",
        _any(
            r"\b(?:what|how) about\b(?= \S)(?! (?:it|that|this|now|then|the rest|everyone|"
            r"anyone|others|other people)\b)(?! (?:you|yourself|them|him|her)\s*(?:[?!.,]|$))"
            r"(?! we (?:come back|go back|pause|move on|look|take|stop|leave|park)\b)",
            r"\bwhat's (?:wrong|the harm|the problem) (?:with|in) (?:just |simply )?\w+ing\b",
            r"\bwhat (?:do|would) you (?:think|reckon|feel) (?:about|of)(?= (?:trying\b|a |an |"
            r"some |\w+ing\b))",
            r"\bhow would you feel about(?= (?:trying\b|a |an |\w+ing\b))",
            r"\bhow do you feel about(?= (?:trying\b|a |an ))",
        ),
    ),
    (
        "suggest",
        _any(
            r"\b(?:would|will|could|might|can) it (?:not )?help\b",
            r"\b(?:would|wouldn't|won't|will|isn't|is|could|couldn't) (?:it|that|this) (?:not )?"
            r"be (?:a lot |much |so much |far |even )?(?:better|easier|simpler|quicker|kinder|"
            r"fairer|worth|wiser|best|smarter|an idea|a good idea|possible|good|useful|"
            r"helpful)\b(?= (?:to|if|for you|\w+ing)\b)",
            r"\bisn't it (?:better|easier|simpler|best|time|worth|kinder|fairer)\b",
        ),
    ),
    (
        "suggest",
        _any(
            r"\b(?:could|can|would|will)(?:n't| not)? you(?: not)? just\b",
            r"\b(?:could|can) you not\b",
            r"\b(?:can't|couldn't|won't|wouldn't) you\b(?! (?:think|see|feel|say|tell|agree|"
            r"imagine)\b)",
            r"\b(?:shouldn't|should not|oughtn't) (?:you|the|your|he|she|they|someone|somebody|"
            r"we)\b",
            r"(?<!\bwhy )\b(?:don't|do not|doesn't) (?:you|he|she|they) (?:think|reckon|feel)\b",
            r"\bdo you not (?:think|reckon|feel)\b",
        ),
    ),
    (
        "suggest",
        _any(
            r"\bany (?:chance|way)\b(?= (?:you|the|your|he|she|they|we|of)\b)",
            r"\bis there (?:a|any) (?:way|chance)\b(?= (?:you|to|the|your|we|he|she|they)\b)",
            r"\bis there (?:really )?(?:no way|nothing|no chance)\b",
            # "Any reason you can't just ...?", "Is there a reason not to ...?"
            r"\b(?:is there (?:a|any)|any) (?:particular |good |specific )?reason\b(?=(?: why)? "
            r"(?:you|the|your|he|she|they|it|we|this|that)\b[^?]{0,80}?(?:\bnot\b|n't\b)|"
            r"(?: why)? not to\b)",
            # "Isn't there someone who could ...?", "Isn't there an easier way?"
            r"\b(?:isn't there|is there not) (?:a|an|some|any|another|someone|somebody|anyone)\b"
            r"[^?.]{0,60}?\b(?:could|can|would|might)\b",
            r"\b(?:isn't there|is there not) (?:an? |some |any )?(?:other |easier |simpler |"
            r"better |quicker )?(?:way|option|alternative|someone|somebody|anyone)\b",
            # an action named after "from", not a vague "moving forward"
            r"\bwhat's (?:stopping|preventing|holding) you(?: back)? from\b(?= (?:just |simply )?"
            r"\w+ing (?!(?:it|that|this|them|forward|ahead|on|anything|something|further)\b)\w)",
        ),
    ),
    (
        "suggest",
        _any(
            r"\b(?:could|can|would) you see yourself\b",
            r"\bwould you (?:be )?(?:open|willing|up for|prepared|keen) to\b(?! (?:say|tell|"
            r"talk|share|describe)\b)",
            r"\bwould you (?:consider|think about|look at|look into)\b",
            r"\b(?:could|can|may|might) i (?:suggest|recommend|propose)\b(?! (?:something|an "
            r"idea|a thought|one thing|a thing|an alternative)\b)",
        ),
    ),
    # the speaker's own way as the answer
    (
        "suggest",
        _any(
            r"\bif i (?:were|was) you\b|\bif it (?:were|was) me\b",
            r"\bin your (?:shoes|position|place),? i\b|\bif i were in your\b",
            r"\bi(?:'d| would)? (?:suggest|recommend|advise|propose)\b",
            r"\bmy (?:advice|suggestion|recommendation|tip|two cents|trick|secret|go-to)\b",
            r"\b(?:top|pro|quick|one) tip\b",
        ),
    ),
    (
        "story",
        _any(
            r"\bwhat (?:worked|works|helped|helps|saved|saves) (?:for )?(?:me|us|my)\b",
            r"\bwhat i (?:did|do|found|tend to do|usually do|always do|'d do|would do|ended up "
            r"doing) (?:was|is|were)\b",
            r"\b(?:worked|works|did|does) (?:wonders|a treat|the trick|brilliantly)\b",
            r"\b(?:worked|works) (?:really well )?for (?:me|us)\b",
            r"\bgame[- ]?changer\b|\bswear by\b|\bgot me through\b|\bsaved me\b",
            r"\bmade (?:all the|a (?:huge|big|massive|real|world of)) difference\b",
            r"\b(?:made|had|got) me (?:use|do|try|stop|start|write|keep)\b",
            r"\bsorted (?:him|her|them|it|things|that) out\b",
            r"\bturned (?:him|her|them|it|things) (?:a)?round\b",
        ),
    ),
    # a scaling question asks for one number
    ("closed", re.compile(r"\bon a scale of\b|\bscale of (?:\d|one|zero|nought)\b")),
)

# "if you <verb>", "what would it be like to <verb>": advice when the verb is an action.
_CONDITIONAL = re.compile(
    r"\b(?:(?:if|suppose|supposing|imagine) you(?: just| simply| actually| were to| was to|"
    r" tried to| maybe)?|(?:be|look|feel) like to) ([\w']+)(?: ([\w']+))?(?: ([\w']+))?"
)
# "what if the TA took the lead?": a third party doing what the speaker has in mind.
_WHAT_IF_THEY = re.compile(
    r"\b(?:what if|(?:happen|go|be|look|feel)(?: like)? if) (?:the|your|his|her|their|someone|"
    r"somebody|another|a|an|we)\b"
)


# "If you set the targets aside for a minute, ...": a thought experiment, not an action.
_SET_ASIDE = re.compile(
    r"[^,?.]{0,40}?\b(?:aside|to (?:one|the) side|out of the (?:picture|equation))\b"
)


# "What if you let him lead?", "what if you try it for a week?": after "what if you" the
# guide reads any action as the speaker's idea, even one that refers back ("try it") or one
# that is elsewhere a state ("let", "decided"); "what if you did that?" stays open.
_WHAT_IF_YOU = re.compile(r"\bwhat (?:about )?$")
_WHAT_IF_ACTIONS = _words_of("let decide decided step stepped")


def _conditional_action(text: str, at: int, end: int) -> _Finding | None:
    for m in _CONDITIONAL.finditer(text, at, end):
        if _SET_ASIDE.match(text, m.end(1), end):
            continue
        verb, after = m.group(1), m.group(2) or ""
        if verb in ("didn't", "don't", "did", "do") and after and after not in _REFERS_BACK:
            verb, after = after, m.group(3) or ""  # "if you didn't go": the verb is "go"
        what_if = _WHAT_IF_YOU.search(text, max(at, m.start() - 8), m.start()) is not None
        if what_if and verb in (_ACTION_VERBS - _STATES - {"do", "be"}) | _WHAT_IF_ACTIONS:
            return _Finding(
                "advice", (m.start(), m.end(1)), "suggest", _topic_after(text, m.end(1), end)
            )
        if verb in _STATES or after in _REFERS_BACK or after in ("yourself", "you"):
            continue
        if verb in ("did", "do", "didn't", "don't"):
            continue
        return _Finding(
            "advice", (m.start(), m.end(1)), "suggest", _topic_after(text, m.end(1), end)
        )
    for m in _WHAT_IF_THEY.finditer(text, at, end):
        for word, _start, stop in _words(text, m.end(), end, 5):
            if word not in _NOT_ACTIONS and _is_past(word):
                return _Finding("advice", (m.start(), stop), "suggest")
    return None


def _advice_anywhere(text: str, at: int, end: int) -> _Finding | None:
    for family, pattern in _ANYWHERE:
        if m := pattern.search(text, at, end):
            if family == "closed":
                return _Finding("closed", m.span(), "closed", question=True, aux=True)
            return _Finding("advice", m.span(), family, _topic_after(text, m.end(), end))
    return _conditional_action(text, at, end)
