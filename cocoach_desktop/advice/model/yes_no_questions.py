"""Yes/no questions: leading ones (advice), invitations (open), and closed ones with tags."""

from __future__ import annotations

import re

from cocoach_desktop.advice.model.clauses import _any, _Finding, _first_words, _words
from cocoach_desktop.advice.model.lexicon import (
    _ACTION_VERBS,
    _HAVE_CLOSED,
    _MODALS,
    _TRIED,
    _YOU_NOT_ACTION,
    _is_past,
    _words_of,
)
from cocoach_desktop.advice.model.topics import _closed_topic, _topic_after

# "Has the school tried ...?", "Did the head consider ...?": leading, about a third party.
_HAVE_THEY = re.compile(
    r"(?:have|has|haven't|hasn't|did|didn't) (?:the|your|his|her|their) [\w'-]+(?: [\w'-]+){0,2}?"
    r" (?:ever |already )?(?:tried|try|considered|consider|thought about|think about|looked into|"
    r"look into)\b"
)
_HAVE_YOU = re.compile(
    r"(have|haven't|has|hasn't|had|did|didn't) (you|anyone|anybody|someone|somebody)"
    r"(?: not)?(?: ever| already| actually| even| yet| maybe| perhaps| just| really)? ([\w']+)"
    r"(?: ([\w']+))?"
)
# The same with "have you" left out, as quick notes do: "ever considered job sharing".
_DROPPED_HAVE = re.compile(
    r"(?:ever )?(?:tried|considered|thought (?:about|of)|looked into|explored)\b"
)
# After "have you thought about": a wh-word leaves the answer open ("... about what you want");
# "whether ..." and "that ..." name the speaker's hypothesis, which is advice.
_OPEN_OBJECT = re.compile(r" (?:what|how|why|who|where|when)\b")
_NO_OBJECT = re.compile(
    r" (?:anything|something|everything|it|this|that(?= *(?:$|yet|already|before|again|too)))\b"
)
_HAD_A = re.compile(r" a (?:word|chat|conversation|look|go|try|think|meeting)\b")
_YES_NO_INVITE = _any(
    r"(?:can|could|would|will) you(?: please| maybe| just)? (?:tell (?:me|us)|say (?:(?:a (?:bit"
    r"|little) |some(?:thing)? )?more|what|that again|it again)|describe|explain|(?:talk|walk|"
    r"run|take) (?:me|us)|give (?:me|us)|share|expand|elaborate|unpack|help (?:me|us) "
    r"(?:understand|see)|remind me|think (?:of|back|about (?:a time|when|what|how))|remember|"
    r"recall|picture|imagine|put (?:it|that|this) into words|paint)\b",
    r"(?:is|was) there (?:anything|something|more|much)\b",
    r"(?:do|would) you (?:want|like|care) to (?:say|tell|talk|share|add|expand|unpack|explore|"
    r"go on|describe)\b",
)
# "Would you like to keep going?", "Do you want a break?": a choice about the session.
_PREFERENCE = re.compile(
    r"(?:would|do) you (?:like|want|prefer) to (?:stay|move|keep|carry|continue|take|stop|pause|"
    r"come|go|start|finish|leave|break|have|be|do)\b|(?:would|do) you (?:like|want|prefer|"
    r"rather)\b(?! to)"
)
# "Would you rather ring her or email her?": both options are the speaker's.
_TWO_ACTIONS = re.compile(
    r"(?:would|do) you (?:rather|prefer to|want to|like to) (?!(?:stay|move|keep|carry|continue|"
    r"take|stop|pause|come|go|break)\b)[a-z]+\b[^?]{0,40}? or (?:to )?[a-z]+\b"
)


# After "would a rota ...": what a solution does for the problem.
_OUTCOMES = _words_of("work help solve fix sort")
# "Is a phone call worth a go?", "Isn't a rota an option?": a solution as the subject.
_SOLUTION_IS = re.compile(
    r"(?:is|isn't|was|wasn't) (?:a|an|some|another|the) [^?,.]{0,40}?\b(?:(?:an? )?(?:option|"
    r"answer|solution)|worth (?!it\b))"
)
_SOLUTION_AFTER_BE = re.compile(
    r" (?:an? )?(?:option|worth|useful|helpful|better|easier|simpler|quicker|faster|safer|kinder|"
    r"fairer|calmer|cheaper|clearer|possible|good idea|idea|answer|solution|open to|able to|"
    r"more \w+)\b"
)
# A tag that asks to confirm a statement: "she's new, isn't she?". Without a question mark
# too, when it is a negative auxiliary and a pronoun ("the trip was in March wasn't it").
_NEGATIVE_TAG = (
    r"(?:isn't|wasn't|aren't|weren't|don't|doesn't|didn't|hasn't|haven't|hadn't|can't|"
    r"couldn't|won't|wouldn't) (?:it|he|she|they|you|we|i|that|there)"
)
_TAG = re.compile(
    r",\s*(?:right|yeah|yes|correct|true|is it|no|ok|okay|am i right|is that right|have i got "
    rf"that right|{_NEGATIVE_TAG}|(?:is|was|are|were|do|does|did|has|have|had|can|will) "
    r"(?:it|he|she|they|you|we|that|there))$"
)
_UNASKED_TAG = re.compile(rf"(?:,\s*|\s)(?:{_NEGATIVE_TAG}|yeah)$")
# "thats the deputy right": "right" after a noun phrase is a tag; after "is", "that's",
# "you're", "absolutely", "get it" and the like it is the predicate ("you're right").
_RIGHT_TAG = re.compile(r"\b([\w']+)\s+right$")
_RIGHT_PREDICATE = _words_of(
    """
    is are was were be been am it's that's you're he's she's they're i'm we're absolutely
    quite so exactly totally completely just all it that get got thing things spot dead
    you me turn go the bang alright not this these those him her them everything something
    """
)
_GETS_RIGHT = re.compile(r"\b(?:get|gets|got|getting|do|does|did|doing|done|make|made|put|set)\b")


def _tagged(text: str, at: int, end: int) -> bool:
    """A statement with a tag and no question mark: "she joined in march didnt she"."""
    if _UNASKED_TAG.search(text, at, end):
        return True
    m = _RIGHT_TAG.search(text, max(at, end - 40), end)  # only the last words matter
    if m is None or m.group(1) in _RIGHT_PREDICATE:
        return False
    return not _GETS_RIGHT.search(text, max(at, end - 40), end)  # "get the timing right"


def _yes_no(text: str, at: int, end: int, aux: str) -> _Finding:
    """A question that starts with an auxiliary: leading (advice), an invitation, or closed."""
    if found := _have_you(text, at, end):
        return found
    if m := _YES_NO_INVITE.match(text, at, end):
        return _Finding("open", (at, m.end()), question=True)
    if aux in _MODALS and (found := _modal_question(text, at, end, aux)):
        return found
    if m := _SOLUTION_IS.match(text, at, end):
        return _Finding("advice", m.span(), "suggest", question=True)
    if tag := _TAG.search(text, at, end):
        return _Finding("closed", tag.span(), "closed", question=True, aux=True)
    return _Finding(
        "closed",
        _first_words(text, at, end, 2),
        "closed",
        _closed_topic(text, at, end),
        question=True,
        aux=True,
    )


def _have_you(text: str, at: int, end: int) -> _Finding | None:
    """ "Have you tried ...?", "Have you spoken to ...?", "Did you think about ...?"."""
    if m := _DROPPED_HAVE.match(text, at, end) or _HAVE_THEY.match(text, at, end):
        return _Finding("advice", m.span(), "tried", _topic_after(text, m.end(), end, True))
    m = _HAVE_YOU.match(text, at, end)
    if m is None:
        return None
    aux, verb, after = m.group(1), m.group(3), m.group(4) or ""
    needs_particle = {
        "thought": ("about", "of"),
        "looked": ("at", "into"),
        "think": ("about", "of"),
        "look": ("at", "into"),
    }
    if verb in needs_particle and after not in needs_particle[verb]:
        return None
    stop = m.end(4) if verb in needs_particle else m.end(3)
    if aux in ("did", "didn't"):
        if verb in ("try", "consider", "explore", "think", "look"):
            return _Finding(
                "advice", (at, stop), "tried", _topic_after(text, stop, end, True), question=True
            )
        return None
    if verb in _TRIED and _OPEN_OBJECT.match(text, stop, end):
        return _Finding("open", (at, stop), question=True)  # "... about what you want?"
    if verb in _TRIED and _NO_OBJECT.match(text, stop, end):
        return None  # "Have you tried anything yet?": no solution named
    if verb in _TRIED:
        return _Finding(
            "advice", (at, stop), "tried", _topic_after(text, stop, end, True), question=True
        )
    if verb == "had" and _HAD_A.match(text, m.end(3), end):
        return _Finding("advice", (at, stop), "suggest", question=True)
    if verb not in _HAVE_CLOSED and _is_past(verb):
        return _Finding(
            "advice", (at, stop), "suggest", _topic_after(text, stop, end), question=True
        )
    return None


def _modal_question(text: str, at: int, end: int, aux: str) -> _Finding | None:
    """ "Could you ask ...?", "Could the TA take ...?", "Would a quiet room be an option?"."""
    rest = _words(text, at, end)[1:]
    if rest and rest[0][0] == "not":
        rest = rest[1:]
    if not rest or rest[0][0] in ("i", "we"):
        return None  # "Can I ask ...?", "Could we pause?": permission or process
    if aux in ("wouldn't", "couldn't", "can't", "won't", "shouldn't"):
        return _Finding("advice", (at, rest[0][2]), "suggest", question=True)  # leading
    if rest[0][0] == "you":
        if aux == "should":
            return _Finding("advice", (at, rest[0][2]), "suggest", question=True)  # leading
        if m := _TWO_ACTIONS.match(text, at, end):
            return _Finding("advice", m.span(), "suggest", question=True)
        if _PREFERENCE.match(text, at, end):
            return None
        tail = [
            w
            for w in rest[1:]
            if w[0] not in ("maybe", "perhaps", "possibly", "please", "actually", "try", "and")
        ]
        if not tail or tail[0][0] in _YOU_NOT_ACTION or (aux == "will" and tail[0][0] != "try"):
            return None
        return _Finding(
            "advice",
            (at, tail[0][2]),
            "suggest",
            _topic_after(text, tail[0][2], end),
            question=True,
        )
    # a third party: "Could the TA take the group?", "Would a quiet room be an option?"
    for word, _start, stop in rest[1:8]:
        if word == "be":
            if solution := _SOLUTION_AFTER_BE.match(text, stop, end):
                return _Finding("advice", (at, solution.end()), "suggest", question=True)
            return None
        if word in _OUTCOMES or (
            word in _ACTION_VERBS and word not in _YOU_NOT_ACTION | {"do", "hear", "notice"}
        ):
            return _Finding(
                "advice", (at, stop), "suggest", _topic_after(text, stop, end), question=True
            )
    return None
