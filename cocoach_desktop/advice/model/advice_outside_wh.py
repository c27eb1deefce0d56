"""Advice a statement or a yes/no question can carry but an open wh-question cannot."""

from __future__ import annotations

import re

from cocoach_desktop.advice.model.clauses import _any, _Finding
from cocoach_desktop.advice.model.stories import _REPORTED, _story
from cocoach_desktop.advice.model.topics import _topic_after

# Not looked for in an open wh-question: "What do you think you should do?" is open.

# "The real problem is ..."; but not inside a check of what the coachee said ("So, if I've
# understood, the problem is mainly the Year 9s"), where it is their problem, reflected.
_THE_PROBLEM_IS = _any(
    r"\b(?:the|your) (?:real |main |underlying |actual |root |core |big |whole )?(?:problem|"
    r"issue|trouble|difficulty|cause) (?:here |really |probably |obviously |clearly |surely )?"
    r"(?:is|'s|seems|might be|could be|may be|must be)\b",
    r"\bis the (?:real |main |underlying |actual |root |whole )?(?:problem|issue|cause)\b",
    r"\bisn't the (?:[\w-]+ )?(?:issue|problem|point|answer|truth|cause)\b",
    r"\bisn't the (?:[\w-]+ )?(?:thing|question|reason) (?:that|really|here|just)\b",
)
_UNDERSTOOD = re.compile(
    r"(?:if i(?:'ve| have) (?:understood|got (?:it|that|this|you) right|heard (?:you|that) "
    r"right)|in other words|what you're saying is|to check i(?:'ve| have) got (?:it|this|that)"
    # ... or said to be the coachee's view: "You're saying the workload isn't the issue",
    # "for you the problem is the timing"
    r"|you(?:'re| are) (?:saying|telling me)|you(?:'ve| have)? (?:said|say|mentioned|told me|"
    r"feel|felt|think|thought|believe|reckon)|for you|in your (?:view|eyes|words|mind)|as you "
    r"see it)\b"
)

_OUTSIDE_WH: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "suggest",
        _any(
            # a suggestion inside "do you think / would you say": "Do you think it would
            # help to ...?", "Would you say it'd be better to ...?". Checked before "you
            # think" can read it as the coachee's view reported; "Do you think it would
            # help?" names nothing and stays a closed question.
            r"\b(?:do|don't|did|would|wouldn't) you (?:really |honestly |not )?(?:think|reckon|"
            r"say|agree|feel)(?: that)? (?:it|this|that)(?:'d| would| might| could| may| will)"
            r"(?: (?:really|not|also|maybe|perhaps|actually))? (?:help|be (?:(?:a lot|much|far|"
            r"even) )?(?:better|easier|best|wiser|worth|a good idea|an idea|good|useful|helpful|"
            r"sensible|smarter|kinder|fairer|simpler|quicker|safer)|make (?:more )?sense)"
            r"(?= (?:to|if|\w+ing)\b)",
            r"\b(?:would|wouldn't) you say (?:that )?(?:he|she|they|you|it|the [\w-]+|your "
            r"[\w-]+)(?: \w+)? (?:should|ought to|needs? to|ha(?:s|ve) to|must)\b",
        ),
    ),
    (
        "suggest",
        _any(
            r"\byou(?: (?:really|just|definitely|probably|honestly|maybe|perhaps|actually|"
            r"simply|still|also|absolutely|seriously|genuinely))?(?: should(?:n't)?| ought to|"
            r" must| need to| needn't| have to|(?:'ve| have)? (?:just |really |simply )?got to|"
            r"'re going to have to|"
            r"'d better| had better|(?:'d| would) be (?:better off|(?:better|best|wise|smart)"
            r"(?= (?:to|\w+ing)\b))|(?:'ll| will|'d) (?:want|need|have) to)\b",
            r"\byou(?: could(?: always| just| maybe| perhaps| possibly| try| easily| even| also)?|"
            r" might (?:want|like|try|consider|think|need)| may (?:want|need|like|wish)| can "
            r"(?:always|just|also|simply|try))\b(?! (?:be|have been|feel|tell me|say more|ask "
            r"me)\b)",
            r"\byou (?:don't|do not) (?:need|have) to\b(?! (?:decide|know|answer|have (?:all )?"
            r"the answers?|have it (?:all )?(?:figured|worked) out|rush|say|explain|justify)\b)",
        ),
    ),
    (
        "suggest",
        _any(
            # questions that cast doubt on what the coachee does: "Does it have to be you?"
            r"\bare you (?:really |absolutely |quite )?sure (?:that|it's|it is|you|this|about)\b",
            r"\b(?:do|does) (?:you|it|that|this) (?:really|honestly|actually|even) (?:have|need) "
            r"to\b|\bdoes it (?:have|need) to be you\b",
            r"\bis (?:that|it|this) really (?:your (?:job|responsibility|problem|call|place|fault)"
            r"|worth|necessary|needed)\b",
        ),
    ),
    (
        "diagnosis",
        _any(
            # what someone else ought to do: "the head should be handling this"
            r"\bsurely\b",
            r"\b(?:he|she|they|someone|somebody|the [\w-]+(?: of [\w-]+)?|your [\w-]+|his "
            r"[\w-]+|her [\w-]+) (?:really |definitely |probably )?(?:should(?:n't)?|ought to|"
            r"needs to|has to|must)\b",
            # the same as a cleft: "it's the head of year who has to sort it"
            r"\b(?:who|it's [^.?!,]{1,40}? that) (?:really )?(?:should|ought to|needs? to|"
            r"ha(?:s|ve) to|must)\b",
        ),
    ),
    (
        "suggest",
        _any(
            r"\bi(?:'d| would)(?: not|n't)?\b(?! (?:like to|love to|be (?:interested|curious|"
            r"keen|glad|happy)|imagine|wonder|guess)\b)",
            r"\bi wouldn't\b",
        ),
    ),
    (
        "suggest",
        _any(
            r"\bone (?:option|idea|possibility|approach|thing|way|suggestion|strategy|route)\b"
            r"(?! you(?:'ve| have)? (?:mentioned|said|raised|suggested|talked|came|listed|named|"
            r"described|brought|had)\b)(?=[^.?!]{0,40}\b(?:is|might be|could be|would be|'d be|"
            r"to (?:try|consider)|might|could)\b)",
            r"\b(?:it(?:'d| might| may| could| would| will| can)|might|may|could|would|will|can)"
            r"(?: also| really| definitely)? "
            r"(?:be (?:worth|an idea|a good idea|good|useful|helpful|wise|smart|better|easier|"
            r"nice)(?= (?:to|if|trying|\w+ing)\b)|help (?:to|if)\b|be worth\b)",
            r"\bworth (?:a (?:try|go|shot|look)|trying|considering|asking|looking|thinking "
            r"about|checking|talking|speaking|exploring|a conversation|a chat|\w+ing)\b",
            # "do you think it would help?" names nothing: not "it would help"
            r"(?<!\bwhat )(?<!\bthat )(?<!\bit )\b(?:might|could|would|may|will) (?:really )?"
            r"(?:help|work|sort (?:it|that|this|things|a lot)|make (?:a|all the) difference|"
            r"clear the air|do the trick|change things|solve)\b",
            # "I'm just wondering if a rota would ...", "I was wondering whether ...", but not
            # "I wonder if you're feeling ..." nor "you're wondering if ...": reflected
            r"(?:\bi(?:'m| am| was)? (?:just |really |also |do )?|(?<![a-z'] )(?:just )?)"
            r"wonder(?:ing|ed)? (?:if|whether)\b(?! (?:you(?:'re| are| feel|'ve been| might be "
            r"feeling)|there's (?:anything|something) else|that's)\b)",
        ),
    ),
    (
        "suggest",
        _any(
            r"\b(?:it'd be|it would be|you'd be|probably) (?:best|better|easier|wise) (?:to|if)\b",
            r"\b(?:best|easiest|simplest) (?:thing|option|bet|way) (?:is|would be|to do)\b",
            r"\byour best bet\b|\bbest to\b|\bit's (?:about |high )?time (?:to|you)\b",
            r"\bthe (?:trick|key|secret|answer|solution|fix|way forward|best way forward|best "
            r"approach|best thing)(?:'s| is| here is| would be)\b",
        ),
    ),
    # diagnosis and opinion
    (
        "diagnosis",
        _any(
            # "I (don't) think / reckon / guess ...", but not checking what was understood
            # ("I think I've got it", "I think you said ...") or praising the question
            r"\bi (?:really |honestly |personally |genuinely |do |just |kind of |sort of |"
            r"(?:don't|do not) (?:really |honestly )?)?(?:think|reckon|believe|suspect|bet|guess|"
            r"feel like|feel that|'d say|would say|can't help (?:thinking|feeling)|'m (?:pretty |"
            r"fairly |quite )?(?:sure|certain|convinced) (?:that|it|he|she|they|the|you))\b"
            r"(?! (?:i(?:'ve| have)? (?:heard|understood|understand|get|got|see|know|follow)|you "
            r"(?:said|mentioned|told|were saying|just said)|we (?:should|could|might|need to|'ve|"
            r"have|can) (?:move|pause|stop|come back|take|leave|wrap|look|park)|so\b|what (?:i'm|"
            r"i am) hearing|that's (?:(?:a|an|really|very|such|so) )*(?:great|good|important|"
            r"interesting|big|fair|brilliant|useful|key) (?:question|point)))",
            r"\bi(?:'d| would) (?:say|guess)\b",
            # "I feel she's ...": a claim, not "I feel for you"
            r"\bi (?:just |really |do )?feel (?=(?:he|she|they|it|that|you|we)(?:'s|'re| is| are| "
            r"was| were| has| have| will| would| should| needs?)\b|the (?!same\b)[\w-]+ (?:is|are|"
            r"was|were|has|have|will|would|should|needs?)\b)",
        ),
    ),
    (
        "diagnosis",
        _any(
            r"\b(?:it |that |this )?sounds (?:to me )?(?:like|as if|as though)(?: the (?:real |"
            r"main |underlying |actual )?(?:problem|issue|trouble|thing|answer|cause))?\b(?! "
            r"(?:you|you're|you've|you'd|you'll|it's been|it was|it has been|a (?:lot|tough|hard|"
            r"difficult|rough|long|big|busy|really|very|horrible|nightmare|stressful|tricky)|"
            r"quite a|such a|that was|things are|things have|everything|so much|too much)\b)"
            r"(?![^.?!]{0,120}\b(?:your|yourself|you're|you've|you feel|you felt)\b)",
            r"\bsounds (?:to me )?like you (?:just |really )?(?:need|should|have to|must|ought|"
            r"could do with|'ve got to)\b",
        ),
    ),
    ("diagnosis", _THE_PROBLEM_IS),
    (
        "diagnosis",
        _any(
            r"\bto me,? (?:that|it|this)\b|\bif you ask me\b|\bin my (?:opinion|view|book)\b",
            r"\bpart of me (?:thinks|wonders|reckons)\b",
            r"\bmy (?:guess|gut|hunch|sense|feeling|view|take|money|bet|instinct|worry) (?:is|"
            r"says|tells me|would be|'s on)\b",
        ),
    ),
    (
        "diagnosis",
        _any(
            r"\byou(?:'re| are|'ve been| have been) (?:being(?! \w+ed\b| (?:set|put|made|told|"
            r"given|taken|left|asked|pushed|kept|held|shown|sent)\b)|too|not being|overthinking|"
            r"overcomplicating|doing too much|way too|far too|a bit too|over-)",
            r"\byou(?:'re| are) taking (?:it|this|that|things|him|her|them|his|their) "
            r"[\w' ]{0,20}personally\b",
            r"\byou(?:'re| are) not (?:\w+ ){0,2}enough\b",
            r"\byou(?:'re| are) (?:never|not) going to (?!(?:be|the|a|an|your|my)\b)\w+",
            r"\b(?:never|not) going to (?:work|land|happen|change|stick|help|fly)\b",
            r"\b(?:won't|will never) (?:work|land|stick|help|fly)\b",
        ),
    ),
    (
        "diagnosis",
        _any(
            r"\bthat's (?:what's|what is) (?:really )?(?:going on|happening)\b",
            r"\bthat's (?:your|the) (?:[\w-]+ )?(?:problem|issue|answer)\b(?! (?:for|to) you\b)",
            r"\b(?:it's|that's|this is|it is) (?:not )?(?:just )?(?:a|an) (?!(?:big|real|hard|"
            r"tough|tricky|difficult|good|great|fair|important|common|huge|lot)\b)(?:[\w-]+ )?"
            r"(?:problem|issue|decision|call|job)\b",
            r"\bisn't (?:it|this|that) (?:really |just |more |actually |all |simply )*(?:about|"
            r"because|that)\b",
            # a cause put as a question: "Isn't she just anxious?", "Aren't they simply
            # tired?", "Doesn't he really need a break?"
            r"\b(?:isn't|aren't|wasn't|weren't) (?:it|this|that|he|she|they|you|(?:the|your|his|"
            r"her|their) [\w-]+(?: [\w-]+)?) (?:really|just|simply|actually|only|"
            r"maybe|perhaps|probably)\b",
            r"\b(?:doesn't|don't) (?:he|she|they|the [\w-]+) (?:just|really|simply|actually) "
            r"(?:need|want)\b",
            r"\b(?:could|might|may) (?:it|that|this) be (?:that|because|the|a|an|his|her|their|"
            r"about)\b",
            r"\bis (?:it|this|that|he|she|they) (?:maybe |possibly |perhaps |partly |just |"
            r"really )*because\b",
            r"\b(?:do|did) you (?:really )?(?:think|reckon|suppose|feel)(?: that)?(?: (?!(?:that|"
            r"this|it) (?:would|will|could|might) (?:work|help)\b)[\w']+){0,4}? (?:might|could|"
            r"may|would|should|'d|needs? to|ought to)\b",
        ),
    ),
    # summaries that add the speaker's verdict
    (
        "summary",
        _any(
            r"\b(?:it|that|this|the [\w-]+)(?:'s| is) (?:pretty |really |quite |so |totally )?"
            r"obvious\b",
            r"\bobviously you\b|\bclearly you\b|\bbottom line\b",
            r"\bthe obvious (?:thing|answer|move|step|solution)\b",
            r"\ball you (?:need|have|'ve got) to do\b",
            r"\bwhat (?:you|he|she|they) (?:really |actually |probably |just )?(?:needs?|should do|"
            r"ha(?:ve|s) to do|ought to do|needs? to do) is\b",
        ),
    ),
    # the speaker's own practice
    (
        "story",
        _any(
            r"\b(?:in|at) (?:my|our) (?:old |last |previous |first |current |other )?(?:school|"
            r"schools|place|department|dept|trust|district|college|academy|faculty|team|"
            r"experience|setting)\b",
            r"\bwe(?:'d| would)? (?:always|usually|normally|often|used to|tended to|tend to)\b",
            r"\bi (?:always|usually|normally|tend to|used to)\b(?! (?:feel|felt|think|thought|"
            r"find|found|worry|worried|wonder|get|got)\b)",
            r"\b(?:ended up|in the end,? (?:i|we)|eventually (?:i|we))\b",
            r"\b(?:i|we)(?:'ve| have) (?:always |often |also |recently )?(?:found (?:that|it "
            r"(?:really )?(?:helps|works|useful|helpful|easier|better|best))|used|tried|started|"
            r"stopped|been using|had (?:success|luck) with)\b",
            r"\bwhat (?:i|we)(?:'ve| have) found (?:is|was)\b",
            r"\bi know (?:a|an|someone|somebody|one|people|loads of|lots of) [\w ]{0,30}?(?:who|"
            r"that) (?:did|does|tried|tries|uses|used|swears|had|has|switched|started|stopped)\b",
        ),
    ),
)


def _advice_outside_wh(text: str, at: int, end: int) -> _Finding | None:
    understood = _UNDERSTOOD.match(text, at, end) is not None
    for family, pattern in _OUTSIDE_WH:
        if understood and pattern is _THE_PROBLEM_IS:
            continue
        for m in pattern.finditer(text, at, end):
            if _REPORTED.search(text, max(at, m.start() - 40), m.start()):
                continue  # "you said you should ...", "the head says she has to ...": reported
            return _Finding("advice", m.span(), family, _topic_after(text, m.end(), end))
    return _story(text, at, end)
