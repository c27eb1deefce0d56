"""The speaker's own story or summary verdict as advice, and words reported, not said."""

from __future__ import annotations

import re

from cocoach_desktop.advice.model.clauses import _any, _Clause, _Finding
from cocoach_desktop.advice.model.lexicon import _NOT_ACTIONS, _is_past, _words_of
from cocoach_desktop.advice.model.topics import _topic_after

# Words just before "you should" that make it the coachee's own view, reflected back.
_REPORTED = re.compile(
    r"\b(?:you(?:'ve| have)? (?:said|say|mentioned|think|thought|feel|felt|believe|reckon|"
    r"told me|were saying|know|worry|worried|fear|decided)|you're (?:saying|worried|"
    r"thinking|feeling)|if you feel|(?:he|she|they|the [\w-]+) (?:says|said|thinks|"
    r"thought|feels|felt|believes|reckons|wants|told you))(?: that| like)?\s*$"
)

# "I"/"we" and a past-tense action: the speaker's story as the answer. A scene being set
# ("when I started ...") is skipped.
_STORY_VERB = re.compile(
    r"\b(when|while|as|since|after|before|until|once|because)?\s?\b(i|we)(?: \w+ly| just| then|"
    r" always| eventually| finally| first| also| even| never| basically| simply| soon| once)? "
    r"([a-z]+)\b"
)
_SCENE_AFTER = re.compile(
    r" (?:teaching|working|out|at|in|as|there|here|schools?|jobs?|the job|my|to|from|with you)\b"
)
_WE_RECAP = _words_of("talked spoke discussed agreed said met covered mentioned left finished")


# What came of it, in a story: "what saved us was ...", "..., and it really helped".
_RESULT = _any(
    r"\b(?:what|the (?:[\w-]+ )?thing that) (?:\w+ly )?(?:worked|helped|saved|sorted|fixed|"
    r"changed)\b",
    r"(?:,? and|, which|, so) (?:it |that |this |things |everything )?(?:\w+ly |soon |just |"
    r"all )?(?:helped|worked|sorted itself out|settled(?: down)?|calmed down|did the trick|"
    r"made (?:a|all the|the) difference|turned (?:it|things) (?:a)?round)\b",
)
_FIRST_PERSON = re.compile(r"\b(?:i|we|me|us|my|our)\b")
_SECOND_PERSON = re.compile(r"\byou")


def _story(text: str, at: int, end: int) -> _Finding | None:
    if (
        (m := _RESULT.search(text, at, end))
        and _FIRST_PERSON.search(text, at, end)
        and not _SECOND_PERSON.search(text, at, end)
    ):
        return _Finding("advice", m.span(), "story")  # the speaker's, not the coachee's, story
    for m in _STORY_VERB.finditer(text, at, end):
        verb = m.group(3)
        if m.group(1) or verb in _NOT_ACTIONS or not _is_past(verb):
            continue
        if _SCENE_AFTER.match(text, m.end(3), end):
            continue  # "I started teaching", "I moved schools": the scene, not the answer
        if m.group(2) == "we" and verb in _WE_RECAP:
            continue  # "last time we talked about ...": a recap
        return _Finding(
            "advice", (m.start(2), m.end(3)), "story", _topic_after(text, m.end(3), end)
        )
    return None


# A summary announced as one ("so in short", "so really", "what it boils down to is") that
# ends in what someone needs, has to or must do is the speaker's verdict, not a reflection:
# "So in a nutshell the timetable has to change", "so really it comes down to you saying no".
# "So in short, it's the Monday mornings that are hardest for you" names no such need.
_SO_SUMMARY = re.compile(
    r"so,? (?:in short|in a nutshell|in summary|to sum (?:it )?up|to summari[sz]e|really|"
    r"basically|essentially|ultimately|in the end|at the end of the day|all in all|overall|"
    r"long story short|(?:the )?bottom line(?: is)?|when it comes down to it|what it (?:all )?"
    r"(?:boils|comes) down to is|it (?:all )?(?:boils|comes) down to)\b"
)
_VERDICT = _any(
    r"(?<!\bwhat )\b(?:you|he|she|they|we|someone|somebody|everyone|it|this|that|the [\w-]+|"
    r"your [\w-]+|his [\w-]+|her [\w-]+|their [\w-]+)(?: (?:really|just|simply|definitely|"
    r"probably|all|both))? (?:needs?(?: to)?|ha(?:s|ve) (?:got )?to|must|should|ought to|'s got to|"
    r"'ve got to)\b",
    r"\b(?:boils|comes) down to (?:you|him|her|them|the [\w-]+|your [\w-]+) \w+ing\b",
)


def _summary_verdict(text: str, clause: _Clause) -> _Finding | None:
    start, end = clause.start, clause.end
    if clause.asked or not _SO_SUMMARY.match(text, start, end):
        return None  # with a question mark it asks the coachee to confirm the summary
        return None
    for m in _VERDICT.finditer(text, start, end):
        if not _REPORTED.search(text, max(start, m.start() - 40), m.start()):
            return _Finding("advice", m.span(), "summary", _topic_after(text, m.end(), end))
    return None
