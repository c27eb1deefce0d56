"""The noun phrase advice or a closed question is about, for the reframes."""

from __future__ import annotations

from cocoach_desktop.advice.model.clauses import _Span, _words
from cocoach_desktop.advice.model.lexicon import (
    _ACTION_VERBS,
    _AUX_WORDS,
    _IRREGULAR_PAST,
    _YOU_NOT_ACTION,
    _words_of,
)

# Words that end a topic noun phrase ("the parents" in "ring the parents first").
_TOPIC_STOP = _words_of(
    """
    and or but so because before after while when if than that who which whose where to for
    from with about at on in into by like until unless since instead rather first then now
    tonight tomorrow today yet again just really though as well here there right is was are
    were be been being has have had can could will would should might must do does did not
    every each straight this next last how what why over during across through around
    against without within between under near off out up down back no yes the a an your his
    her their my our these those you i we he she it they together asap still already
    """
)
# Heads that say nothing about the coachee's situation: "the problem", "the one".
_VAGUE_NOUNS = _words_of(
    "one thing things way bit lot problem issue answer solution point idea same rest whole "
    "other others own worst best first last next"
)
# After a noun, these describe it ("Were the parents aware?"): the noun phrase ends before them.
_PREDICATES = _words_of(
    "aware sure ok okay fine ready due new right true late early free available present "
    "happy angry upset busy responsible"
)
_PREDICATE_ENDINGS = ("ive", "ful", "ous", "less")
# Nouns that end in "-ing", which otherwise marks a verb: "the staff meeting".
_ING_NOUNS = _words_of(
    "meeting meetings marking planning training evening evenings morning mornings building "
    "reading writing wellbeing setting briefing teaching learning funding safeguarding "
    "mentoring coaching bullying spelling handwriting timetabling parenting"
)
_OBJECT_WORDS = _words_of("the a an your his her their some this that him them it me us all")
_PARTICLES = _words_of("in up out off over down back on")
_TOPIC_DET = _words_of("the your his her their those these")
_OBJECT_OF = {"him": "him", "her": "her", "them": "them", "he": "him", "she": "her", "they": "them"}
_BEFORE_TOPIC = _words_of("to in up out off down back over with for on about into at just")


def _topic_after(text: str, at: int, end: int, indefinite: bool = False) -> _Span | None:
    """The noun phrase advice is about: "the parents" in "ring the parents first".

    Skips a verb and its particles, then takes a determiner and up to four words, or an
    object pronoun. An indefinite phrase ("a seating plan") is the solution itself, so it is
    taken only when asked for. Nothing about the speaker ("my class") is taken.
    """
    words = _words(text, at, end)
    i = 0
    while i < min(3, len(words) - 1) and (
        words[i][0] in _BEFORE_TOPIC
        or words[i][0] in _ACTION_VERBS
        or (words[i][0].endswith("ing") and len(words[i][0]) > 5)
    ):
        i += 1
    if i >= len(words):
        return None
    word, start, stop = words[i]
    if word in ("him", "them") or (
        word == "her" and (i + 1 == len(words) or words[i + 1][0] in _TOPIC_STOP)
    ):
        return (start, stop)
    if word not in _TOPIC_DET and not (indefinite and word in ("a", "an")):
        return None
    taken = [words[i]]
    for j in range(i + 1, min(i + 5, len(words))):
        after = words[j + 1][0] if j + 1 < len(words) else ""
        if _ends_topic(words[j][0], after, has_noun=len(taken) > 1):
            break
        taken.append(words[j])
    if (
        len(taken) < 2
        or taken[-1][0] in _VAGUE_NOUNS
        or any(w[0] in ("my", "our", "me", "i", "we", "us") for w in taken)
    ):
        return None
    return (taken[0][1], taken[-1][2])


def _ends_topic(word: str, after: str, *, has_noun: bool) -> bool:
    """Whether ``word`` (followed by ``after``) ends a noun phrase.

    Function words, adverbs and contractions always do. Once there is a noun, so do verb forms
    ("signed", "coming", but not "meeting"), a word describing it ("aware", "supportive",
    "full-time"), a participle ("gone"), and a verb with its object ("the TA take the group",
    "the timetable puts all ..."), but not a noun that looks like a verb ("the Year 10 set").
    """
    if word in _TOPIC_STOP or word in _OBJECT_OF or "'" in word or word.endswith("ly"):
        return True
    if not has_noun:
        return False  # right after "the"/"a", "-ing" and "-ed" describe: "a seating plan"
    if word.endswith(("ed", "ing")) and len(word) > 4 and word not in _ING_NOUNS:
        return True
    if word in _PREDICATES or word.endswith(_PREDICATE_ENDINGS) or "-" in word:
        return True
    if word in _AUX_WORDS or word in _YOU_NOT_ACTION or word in ("notice", "mind", "care"):
        return True  # "Do the parents know ...?", "Did the kids notice?"
    if word in _IRREGULAR_PAST and word not in _ACTION_VERBS:
        return True  # "Has the email gone out?", but "the set"
    if word in _ACTION_VERBS and (after in _OBJECT_WORDS or after in _PARTICLES):
        return True  # "the TA take the group", "the head of year sit in"
    third_person = word.endswith("s") and not word.endswith("ss")
    return third_person and (after in _OBJECT_WORDS or after == "you")  # "the head wants you"


def _closed_topic(text: str, at: int, end: int) -> _Span | None:
    """What a closed question is about: its first definite noun phrase, or its subject."""
    words = _words(text, at, end)
    for i, (word, start, stop) in enumerate(words):
        if word in _TOPIC_DET:
            topic = _topic_after(text, start, end)
            asks_do = any(w in ("do", "does", "did") for w, _s, _e in words[:i])
            if topic and asks_do and len(_words(text, topic[0], topic[1])) > 2:
                following = _words(text, topic[1], end, 1)
                if not following or following[0][0] in _TOPIC_STOP:
                    # "Did the meeting happen on ...?": the verb ran into the topic
                    return (topic[0], text.rindex(" ", topic[0], topic[1]))
            return topic
        if i > 0 and word in _OBJECT_OF and words[i - 1][0] in _AUX_WORDS:
            return (start, stop)
    return None


def _phrase_topic(text: str, at: int, end: int) -> _Span | None:
    """A closed phrase as a topic ("Year 9?", "The Year 10s?"), not "Really?" or "Both?"."""
    words = _words(text, at, end)
    if " or " in text[at:end]:
        return None  # "the department's or the school's": two things
    if words and (words[0][0] in _TOPIC_DET or any(c.isdigit() for c in text[at:end])):
        return (at, end)
    return None
