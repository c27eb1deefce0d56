"""Open and closed wh-questions: facts (a number, a name, a date) are closed, the rest open."""

from __future__ import annotations

import re

from cocoach_desktop.advice.model.clauses import _any, _Finding, _first_words
from cocoach_desktop.advice.model.sentence_kind import _LATER_WH, _WH
from cocoach_desktop.advice.model.topics import _closed_topic

# Fact questions: a number, a name, a date. Any other wh-question is open.
_WH_CLOSED = _any(
    r"how (?:many|much|long|old|often|far|big|soon|late|early)\b(?! of (?:this|that|it)\b| "
    r"(?:does|do|did) (?:it|this|that) matter\b)",
    r"what (?:time|day|date|year|grade|age|percentage|percent|proportion|number|size|score|"
    r"level|period|room|set|subject|class|ratio|month|term|language)\b(?! (?:of|do you|would "
    r"you|could you|might you|have you|are you)\b)",
    # a share of a group is a number: "What percentage of them have SEN?"
    r"what (?:percentage|percent|proportion|fraction|share|number|ratio) (?:of (?!(?:you|"
    r"yourself)\b)|are|is|were|was|have|has|get|got)\b",
    # "What's the cost of leaving it?" and "... to you" weigh something up: open
    r"what(?:'s| is| was| are| were) (?:the|your|his|her|their|its) (?:[\w-]+ ){0,2}?(?:size|"
    r"number|date|name|time|deadline|percentage|ratio|total|score|grade|age|day|year|period|"
    r"budget|cost|count|figure|attendance|language|subject|address)\b(?! (?:to|for) "
    r"(?:you|yourself)\b| of (?:\w+ing|not|it|this|that)\b)",
    # what someone else got or scored: "What did he get in the mock?"
    r"what (?:did|does|do) (?:he|she|they|the [\w-]+|his [\w-]+|her [\w-]+|their [\w-]+) "
    r"(?:get|score|achieve)\b",
    # whose a definite thing is: "Whose idea was it?"; not "Whose help could you draw on?"
    r"whose [\w-]+(?: [\w-]+)? (?:is|was|are|were|'s) (?:that|this|it|the|he|she|they|his|"
    r"her|their|your)\b|whose [\w-]+\s*$",
    r"who(?:'s| is| was| are| were) (?:your|the|his|her|their|that|this|in charge|there|on|at|"
    r"with)\b",
    # who does a job for someone else: "Who takes them on Fridays?", not "Who supports you?"
    r"who (?!(?:knows|sees|needs|wants|thinks|feels|cares|understands|notices|benefits)\b)"
    r"[a-z]+[^s\W]s (?:them|him|her|his|their|the|that|this|those)\b",
    # a date; but a pattern or a need ("When does it usually happen?") is open
    r"when(?:'s| is| was| does| did| are| were)\b(?![^?.]{0,60}\b(?:usually|typically|normally|"
    r"generally|tends?|most|first|need|needs|feel|feels)\b)",
    r"where(?:'s| is| was| are| were| did| does) (?:the|it|he|she|they|your|his|her|this|"
    r"that)\b(?![^?.]*\b(?:coming from|come from|go|goes|going|sit|sits|fit|fits|leave you|"
    r"leaving you|heading|leading|stuck|you|usually|typically|tends?)\b)",
)
# "Which exam board do you use?": which one of a known set, a name.
_WHICH_NAME = re.compile(
    r"which [\w-]+(?: [\w-]+)? (?:do|does|did) (?:you|they|he|she|the [\w-]+) (?:use|follow|"
    r"teach|sit|take|have|run|work (?:in|with|for)|go to|belong to)\s*$|"
    r"which [\w-]+(?: [\w-]+)? (?:are|is|was|were) (?:you|they|he|she|it) (?:in|on|at|from|"
    r"with)\s*$"
)
_WHICH_OPEN = re.compile(
    r"which (?:would|could|might|will|should|of (?:these|those|them|the options|your))\b|"
    r".*\b(?:most|feel|feels|matter|matters|important|energy|help|want|like|you|control|"
    r"influence)\b|which [\w-]+ of (?:this|that|it|all)\b"
)


def _later_open(text: str, at: int, end: int) -> _Finding | None:
    """An open wh-part after a closed question in the same clause: "On a scale of 1 to 10,
    how ready are you, and what would move you up a point?" leaves the answer open.
    """
    for m in _LATER_WH.finditer(text, at, end):
        wh = _WH.match(text, m.end(), end)
        if wh and (found := _wh_finding(text, m.end(), end, wh)).kind == "open":
            return found
    return None


def _wh_finding(text: str, at: int, end: int, wh: re.Match[str]) -> _Finding:
    if wh.group(1) == "which":
        closed = bool(_WHICH_NAME.match(text, wh.start(), end)) or not _WHICH_OPEN.match(
            text, wh.start(), end
        )
    else:
        closed = bool(_WH_CLOSED.match(text, wh.start(), end))
    if closed:
        return _Finding(
            "closed",
            _first_words(text, wh.start(), end, 2),
            "closed",
            _closed_topic(text, wh.start(), end),
            question=True,
            aux=True,
        )
    return _Finding("open", wh.span(1), question=True)
