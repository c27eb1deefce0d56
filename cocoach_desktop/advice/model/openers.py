"""Openers, fillers, encouragement and hedges that announce an idea, skipped before a clause."""

from __future__ import annotations

import re

from cocoach_desktop.advice.model.clauses import _any, _Span

# Invitations to keep talking or thinking, in the session: "carry on", "have a think",
# "mull it over". They name no action in the coachee's situation, so they are not advice.
_GO_ON = (
    r"go on|go ahead|carry on|keep goin[g']?|go for it|take your time|take (?:a|your) "
    r"(?:moment|minute|second|breath)|take (?:whatever|as much|all the) time|take as long as|"
    r"have a (?:little |quick |proper |good )?(?:think|breather|moment|minute|second|pause)|"
    r"mull (?:it|that|this) over|think (?:it|that|this) (?:through|over)|sit with (?:it|that|this)"
)
# Content-free encouragement and back-channel: open on its own, skipped before more.
_ENCOURAGING = (
    r"mm+(?:-?hm+)?|m+hm+|hmm+|uh-?huh|ok(?:ay)?|right|yes|yeah|yep|sure|i see|got it|"
    rf"(?:{_GO_ON})(?: then| about (?:it|that|this)| for a (?:bit|moment|minute|second))?|"
    r"take (?:a|your) "
    r"(?:moment|minute|second|breath)(?: if you need (?:it|to|one))?|take (?:whatever|as much|"
    r"all the) time(?: you need)?|take as long as you need|no rush|no hurry|there's no rush|"
    r"no pressure|no worries(?: at all)?|(?:it's|that's) (?:completely |totally |absolutely |"
    r"perfectly |really )?(?:ok|okay|fine|alright)|"
    r"and(?: then)?|interesting|of course|fair enough|absolutely|thank you|thanks|wow|gosh|"
    r"oh|ah|go for it|don't (?:worry|rush|panic|apologi[sz]e)(?: about (?:it|that))?|"
    r"you(?:'ve| have) got this|you(?:'ll| will) be (?:fine|ok|okay|alright|great|brilliant)|"
    r"you're doing (?:great|fine|well|really well|brilliantly)|well done|good|great|lovely|"
    r"nice|brilliant|tell me more|say more|what else|i'm listening|i'm with you|bear with me|"
    r"hang on|sorry"
)
_ENCOURAGE = re.compile(rf"(?:(?:{_ENCOURAGING})(?:[\s,!.]+|$))+")
_ENCOURAGE_LEAD = re.compile(rf"(?:{_ENCOURAGING})[,!.]+\s*")

# Openers that carry no content: dropped before the clause is read.
_OPENERS = _any(
    r"(?:and|but|so|ok|okay|yeah|yes|oh|ah|um+|erm+|er|hmm+|mm+|honestly|seriously|mate|"
    r"anyway|also|then|hey|alright|genuinely|frankly|sorry|i mean|to be honest|to be fair|"
    r"of course|no offence|i don't know|in that case|thing is|the thing is|just to check|"
    r"just checking)\b[,!.]*\s*",
    r"(?:i'm (?:just |really )?(?:curious|wondering)|i wonder|out of (?:interest|curiosity)|just "
    r"out of curiosity|can i ask|quick question)[,:]\s*",
    r"(?:look|listen|right|well|now|like|sure|fine|cool|no|really|basically|essentially)[,!]\s*",
    r"right(?= so\b)\s*",
)

# A hedge announcing an idea. What follows decides: an open question stays open, anything
# else is advice ("just a thought, but the Year 12s could run it").
_PREAMBLE = re.compile(
    r"(?:just (?:a |one )?(?:thought|idea|suggestion)"
    r"|(?:maybe |perhaps |possibly )?worth a thought|food for thought|here's a thought"
    r"|(?:a |one )?(?:gentle|small|quick|tiny|random|wild|left-field) (?:suggestion|thought|"
    r"idea)|(?:one|an|my) (?:idea|thought|suggestion|option)(?=:)"
    r"|(?:and )?feel free to (?:ignore|park|disregard|bin|skip|dismiss) (?:this|that|it|me)"
    r"|not sure if (?:this|it|that)(?:'s| is| will be| would be| helps)?"
    r"(?: (?:any )?(?:use|useful|helpful|help|relevant))?"
    r"|for what it's worth|i (?:might|could) be wrong|take it or leave it"
    r"|(?:i'm )?just throwing (?:this|it|something) out there|hear me out"
    r"|i'm not (?:going to|about to) tell you what to do"
    r"|i don't want to (?:give (?:you )?advice|tell you what to do"
    r"|jump in(?: with (?:solutions|advice|ideas))?)(?: here)?"
    r"|maybe|perhaps|possibly)"
    r"(?:[,:!.]|\s*-)?(?: but)?[,:]?(?:\s+|$)"
)


def _skip_openers(text: str, at: int, end: int) -> tuple[int, list[_Span]]:
    """Skip openers, encouragement and hedges; return where the content starts, and the hedges."""
    offers: list[_Span] = []
    while at < end:
        if m := _OPENERS.match(text, at, end) or _ENCOURAGE_LEAD.match(text, at, end):
            at = m.end()
        elif m := _PREAMBLE.match(text, at, end):
            offers.append((at, at + len(m.group().rstrip(" ,:.!-"))))
            at = m.end()
        else:
            break
    return at, offers


# "Take your time over it", "go on then": encouragement, though it starts with a verb; but
# "keep going with the reward chart" names what to carry on doing.
_ENCOURAGE_VERB = re.compile(
    rf"(?:{_GO_ON})\b(?! (?:with|on) (?:the|your|a|an|his|her|their|those|these)\b)"
)
