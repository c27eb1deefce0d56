"""Statements: reflections and empathy (open), the speaker's view (advice), asked phrases."""

from __future__ import annotations

import re

from cocoach_desktop.advice.model.clauses import _any, _Clause, _Finding, _first_words, _words
from cocoach_desktop.advice.model.lexicon import (
    _ACTION_VERBS,
    _AUX_WORDS,
    _SUBJECTS,
    _is_past,
    _words_of,
)
from cocoach_desktop.advice.model.openers import _ENCOURAGE_VERB
from cocoach_desktop.advice.model.sentence_kind import _SUBORDINATE
from cocoach_desktop.advice.model.topics import _closed_topic, _phrase_topic, _topic_after
from cocoach_desktop.advice.model.yes_no_questions import _TAG

# Reflections, empathy and curiosity: the coachee's words, feelings or the process.
_REFLECTION = _any(
    r"(?:so|and so)\b",
    r"(?:it |that |this )?sounds (?:like|as if|as though)\b",  # what the diagnosis rule left
    r"you(?:'ve| have| are|'re| were| said| mentioned| feel| felt| seem| sound| keep| kept|"
    r" want| wanted| don't| didn't| did| do| can| can't| tried| had| need| told| think|"
    r" thought| say| described| talked| used| spoke| really| just| also| still| obviously|"
    r" clearly|'d| started| stopped| went| got)\b",
    r"i(?:'m| am) hearing\b|i hear\b|what (?:i'm|i am) (?:hearing|noticing|picking up|getting)\b",
    r"what you're (?:saying|describing)\b|for you\b|in your (?:view|eyes|words|mind)\b",
    r"if i(?:'ve| have) (?:got|understood|heard)\b|in other words\b|your words?\b",
    r"i (?:noticed|notice|'m noticing|am noticing)\b",
    # what the speaker sees in the coachee: "You lit up when you talked about the club."
    r"(?:you|your (?:face|voice|tone|energy))\b[^.?!]{0,40}?\bwhen (?:you|we|the [\w-]+|that|it|"
    r"this|they|he|she) (?:\w+ )?(?:talked|talk|mentioned|mention|spoke|speak|said|say|described|"
    r"describe|came up|comes up|got onto|brought up)\b",
    # a cleft that names what weighs on the coachee: "It's the not knowing that gets to you."
    r"it's [^.?!]{1,40}? (?:that|which|what)(?:'s| is| was)? [^.?!]{0,30}?\byou\b",
    r"we(?:'ve| have) got\b|we (?:can|could) (?:come back|park|pause|stop|look|return|take|"
    r"leave|move)\b",
)
_EMPATHY = _any(
    r"(?:that|it|this)(?:'s| is| was| sounds| must be| must have been| seems| feels)? (?:(?:"
    r"really|so|very|pretty|quite|such|incredibly|genuinely|totally|completely|a|an|bit|of|lot|"
    r"real)\s)*(?:hard|tough|difficult|rough|frustrating|exhausting|draining|stressful|"
    r"upsetting|painful|lonely|scary|a lot|big|heavy|tricky|understandable|normal|fair|"
    r"interesting|important|useful|helpful|great|good|brilliant|lovely|sad|awful|horrible|grim|"
    r"unfair|intense|complicated|messy|tiring|overwhelming|worrying|one|question|point)\b",
    r"(?:it|that) makes? (?:total |complete |a lot of )?sense\b",
    r"(?:it's|that's|it is|that is) (?:completely |totally |absolutely |perfectly |really )?"
    r"(?:ok|okay|fine|alright|normal|understandable|natural) (?:to|not to|that|if)\b",
    r"there's no (?:right|wrong|perfect|single) (?:answer|way)\b",
    r"no (?:pressure|rush|hurry) to\b",
)
_CURIOUS = _any(
    r"i(?:'m| am) (?:curious|interested|wondering|intrigued|struck|noticing|not sure i "
    r"(?:understand|follow|get))\b",
    r"(?:i wonder(?:ed)?|(?:i(?:'m| am| was) )?(?:just )?wondering) (?:what|how|why|who|where|when|"
    r"which)\b",
    r"i(?:'d| would) (?:love|like) to (?:hear|know|understand|explore|go back|come back|check|"
    r"ask)\b",
    r"i want to (?:check|understand|make sure|come back|go back|ask)\b",
    r"i(?: can)? (?:get|understand|see|imagine|hear) (?:that|it|why|how|what|you)\b",
    r"i(?:'m| am) sorry\b|thank you\b|thanks\b|i(?:'m| am) (?:with you|listening|here)\b",
)
# "You want to get that in writing" (British for "you should"), not "so you want to ...".
_YOU_WANT_TO = re.compile(r"you want to ([a-z]+)\b")
# The speaker's own experience with no action in it: shared, not offered as the answer.
_SOFT_STORY = re.compile(r"(?:back |when |as |while )?(?:i|we)\b|(?:my|our) (?:first|last|old)\b")


# "It's fine to take a minute", "it's alright to pause": leave to take the time the coachee
# needs, open. "It's fine to take a day off" gives leave for an action in their situation:
# the speaker's recommendation.
_ALLOWED_TO = _words_of("feel be have need want think pause stop wait rest cry wonder find")


def _permitted_action(text: str, at: int, end: int) -> _Finding | None:
    if not text.endswith("to", 0, at):
        return None
    words = _words(text, at, end, 1)
    if not words or words[0][0] not in _ACTION_VERBS or words[0][0] in _ALLOWED_TO:
        return None
    if _ENCOURAGE_VERB.match(text, words[0][1], end):
        return None
    return _Finding(
        "advice", (at - 2, words[0][2]), "suggest", _topic_after(text, words[0][2], end)
    )


def _statement(text: str, clause: _Clause, at: int) -> _Finding | None:
    if (m := _YOU_WANT_TO.match(text, clause.start, clause.end)) and m.group(1) in (
        _ACTION_VERBS - {"be", "feel", "have", "know", "see", "do", "go"}
    ):
        return _Finding("advice", m.span(), "suggest", _topic_after(text, m.end(), clause.end))
    sub = _SUBORDINATE.match(text, at, clause.end)
    for pattern, start in (
        (_REFLECTION, clause.start),
        (_REFLECTION, at),
        (_EMPATHY, at),
        (_CURIOUS, at),
        (_CURIOUS, sub.end() if sub else at),  # "Since you brought it up, I'm wondering how"
    ):
        if m := pattern.match(text, start, clause.end):
            if pattern is _EMPATHY and (permitted := _permitted_action(text, m.end(), clause.end)):
                return permitted
            return _Finding("open", m.span())
    if m := _SOFT_STORY.match(text, at, clause.end):
        return _Finding("soft", m.span())
    words = _words(text, at, clause.end, 4)
    if clause.continues or not words:
        return None  # "— the inspection, the restructure and now this": a list, not a claim
    if len(words) <= 3 and not any(_looks_like_verb(w, i) for i, (w, _s, _e) in enumerate(words)):
        return None  # "Big week.", "Lots going on.": no claim made
    # Anything else the coach states is their own view of the situation.
    return _Finding("weak", _first_words(text, at, clause.end, 4), "diagnosis")


_CLOSED_PHRASE = re.compile(
    r"\d|\b(?:or|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|last|next"
    r"|the|this|that|these|those|his|her|their|your|my|our|both|all|every|each|everyone|"
    r"anyone|any|him|them|he|she|they|you|me|it|same|just|only|really|seriously|sure|right|"
    r"yes|no|"
    r"ok|okay|still|again|ever|never|always|already|yet|today|tomorrow|yesterday|now|then|there|"
    r"here|who|when|where|which|mr|mrs|ms|miss|dr|sir|"
    # a time or a place: "Tuesdays?", "After lunch?", "In the staffroom?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mornings?|afternoons?|evenings?|nights?|"
    r"weekends?|weeks?|terms?|months?|years?|after|before|during|at|in|on|since|until)\b"
)
_OPEN_PHRASE = _words_of("why how and so else")
_PHRASE_HEAD_END = _words_of(
    "for with in on at to from of so because instead rather than like during after before "
    "until while when if by about"
)


def _looks_like_verb(word: str, position: int) -> bool:
    """A word that makes a phrase a sentence: an auxiliary, a subject, a past tense."""
    if word in _AUX_WORDS or word in _SUBJECTS or word.split("'")[0] in _SUBJECTS - {"that"}:
        return True
    return position > 0 and _is_past(word)


# A judgement of what someone does ("too much", "not enough", "should have"): with a tag
# ("You've taken on far too much, haven't you?") it is the speaker's opinion, not a fact to
# confirm; unless it repeats what someone said ("You said it was too much, didn't you?").
_EVALUATIVE = re.compile(
    r"\b(?:(?:far|way|much|a (?:bit|little|lot)) too|too (?:much|many|little|few|hard|soft|"
    r"harsh|easy|strict|lenient|quick|quickly|fast|slow|slowly|often|personally|seriously|"
    r"nice|kind|critical|long)|(?:not|(?<=n)'t) (?:\w+ ){0,2}?enough|(?:should|shouldn't|"
    r"ought to)(?: not)?(?: have|'ve)|should've)\b"
)
_SAID = re.compile(r"\b(?:said|say|says|told|mentioned|feel|felt|think|thought|worry|worried)\b")


def _asked_statement(text: str, at: int, end: int) -> _Finding:
    """A statement or a bare phrase with a question mark.

    A phrase with no verb names something: "Seating plan?" a solution (advice), "Year 9?",
    "The Year 10s?", "Monday or Tuesday?" a fact (closed). A statement with a question mark
    ("So that's three parents?") asks the coachee to confirm it: closed.
    """
    if tag := _TAG.search(text, at, end):
        judged = _EVALUATIVE.search(text, at, tag.start())
        if judged and not _SAID.search(text, at, judged.start()):
            return _Finding("advice", judged.span(), "diagnosis", question=True)
        return _Finding("closed", tag.span(), "closed", question=True)
    words = _words(text, at, end)
    has_verb = any(_looks_like_verb(word, i) for i, (word, _s, _e) in enumerate(words))
    if has_verb or not words or len(words) > 8:
        return _Finding(
            "closed",
            _first_words(text, at, end, 4),
            "closed",
            _closed_topic(text, at, end),
            question=True,
        )
    if len(words) == 1 and words[0][0] in _OPEN_PHRASE:
        return _Finding("open", (at, end), question=True)
    head_end = next((s for w, s, _e in words[1:] if w in _PHRASE_HEAD_END), end)
    single_adjective = len(words) == 1 and words[0][0].endswith("ed")
    if (
        single_adjective
        or " or " in text[at:end]
        or _CLOSED_PHRASE.search(text, at, head_end)
        or not text[at:end].isascii()
    ):
        return _Finding(
            "closed", (at, end), "closed", _phrase_topic(text, at, head_end), question=True
        )
    return _Finding("advice", (at, end), "suggest", question=True)
