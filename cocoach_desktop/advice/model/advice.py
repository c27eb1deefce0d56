"""The advice check: is what a coach just said advice, a closed question or an open one?

In peer coaching the coach asks open questions so that the coachee finds their own answer;
advice, whatever its grammatical form, takes that away. :func:`check` labels one utterance
(see ``docs/advice-labels.md``), names the words that decided it and, for advice and closed
questions, proposes up to three open questions to ask instead, each of which :func:`check`
itself labels open. It runs on every keystroke, so it is plain regular expressions over a
tidied copy of the text: no model, nothing downloaded.

How an utterance is read:

1. Tidy: lower case, straight quotes, single spaces, common shorthand spelt out ("u" ->
   "you", "dont" -> "don't"), keeping a map back to the original for the reasons.
2. Split into clauses at sentence ends, semicolons and dashes.
3. Read each clause: drop discourse openers ("so", "honestly", "ok"), note a hedge that
   announces an idea ("just a thought, but", "maybe"), then look, in this order, for advice
   that holds whatever the sentence type (a suggestion inside a question: "what if you ...",
   "why don't you ..."), the kind of sentence (a wh-question, a yes/no question, an
   imperative, a bare noun phrase with a question mark, a statement), advice that a
   statement or a yes/no question can carry but an open wh-question cannot ("you should",
   "I think"), and what that kind of sentence says on its own. A closed question with an
   open wh-part joined by "and" ("how ready are you, and what would help?") is open.
4. Any advice makes the utterance advice. Otherwise a statement of the speaker's own view
   ("She's threatened by you.") is advice; a hedge that announces an idea and then states
   something is advice; else the last question decides between open and closed (a bare
   "is that fair?" after a reflection does not); else (reflections, empathy,
   encouragement) it is open.

The rules are written from the labelling guide's definitions and the grammar of each form
(imperatives, modal + "you", conditionals naming an action, first-person past-tense
stories...), with lists of general English words only: no topic from any corpus.
Reframes keep the noun phrase the advice or question is about ("the parents") and are
themselves checked: only those this module labels open are offered.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from itertools import islice
from typing import Literal


class Label(StrEnum):
    ADVICE = "advice"
    CLOSED = "closed"
    OPEN = "open"


@dataclass(frozen=True)
class Verdict:
    """What :func:`check` says about one utterance.

    ``reasons`` are the words of the utterance that decided the label, as written there;
    ``reframes`` are one to three open questions for advice and closed questions, none for
    open ones.
    """

    label: Label
    reasons: tuple[str, ...]
    reframes: tuple[str, ...]


@dataclass(frozen=True)
class Scores:
    """Precision, recall and F1 for ``advice``; accuracy over all three labels."""

    total: int
    precision: float
    recall: float
    f1: float
    accuracy: float
    confusion: dict[tuple[str, str], int]  # (expected, got) -> count


MAX_REASONS = 3
MAX_REFRAMES = 3
# One utterance is a sentence or three. Past this many characters (a pasted transcript) only
# the beginning is read, so that checking on every keystroke never stalls typing.
MAX_CHARS = 2000

_Span = tuple[int, int]
_Kind = Literal["advice", "weak", "soft", "open", "closed"]


def _words_of(block: str) -> frozenset[str]:
    return frozenset(block.split())


# ----- tidying --------------------------------------------------------------------------------

# Curly quotes and primes to straight ones, hyphen and dash variants to "-" and "—", the
# ellipsis to ".", full-width "?" and "!" to ASCII, unusual spaces to " ", CR to a line break.
# Every character maps to one, so positions in the tidied text stay those of the original.
_CHAR_MAP = str.maketrans(
    "\u2018\u2019\u201a\u201b\u2032\u00b4`\u201c\u201d\u201e\u2033\u2010\u2011\u2012\u2013"
    "\u2015\u2026\uff1f\uff01\u00a0\u2009\u202f\u200b\t\f\v\r",
    "'''''''\"\"\"\"--\u2014\u2014\u2014.?!       \n",
)

# Shorthand and missing apostrophes in quickly typed notes ("_" stands for a space). Every
# entry is a whole word that is not itself an English word a coach would type: "its", "lets",
# "ill" and "wed" are left alone, and the rules accept both spellings where it matters.
_SHORTHAND = {
    short: full.replace("_", " ")
    for short, full in (
        pair.split("=")
        for pair in _words_of(
            """
        u=you ya=you ur=your r=are youre=you're youve=you've youd=you'd youll=you'll
        dont=don't didnt=didn't doesnt=doesn't cant=can't couldnt=couldn't wouldnt=wouldn't
        shouldnt=shouldn't isnt=isn't arent=aren't wasnt=wasn't werent=weren't
        havent=haven't hasnt=hasn't hadnt=hadn't whats=what's wats=what's wat=what wot=what
        wht=what hows=how's whos=who's wheres=where's whens=when's thats=that's
        theres=there's theyre=they're shes=she's hes=he's ive=i've id=i'd im=i'm weve=we've
        abt=about bc=because cos=because coz=because cuz=because b4=before pls=please
        plz=please tho=though defo=definitely deffo=definitely probs=probably
        gonna=going_to gotta=got_to wanna=want_to kinda=kind_of dunno=don't_know
        idk=i_don't_know imo=in_my_opinion imho=in_my_opinion tbh=to_be_honest
        fwiw=for_what_it's_worth shld=should shud=should cld=could cud=could wld=would
        wud=would hv=have tryed=tried yr=year
        """
        )
    )
}

_EDIT_RE = re.compile(
    r" {2,}| *\n\s*|\b(?:"
    + "|".join(re.escape(word) for word in sorted(_SHORTHAND, key=len, reverse=True))
    + r")\b"
)


class _Text:
    """The utterance tidied for matching, with a way back to the original's positions.

    Lower-casing and the character map keep every position; the edits (spaces, shorthand)
    are recorded so that a span of the tidied text maps back to the words as typed.
    """

    __slots__ = ("_edit_starts", "_edits", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        mapped = original.translate(_CHAR_MAP)
        lowered = mapped.lower()
        if len(lowered) != len(mapped):  # a few characters lower-case to two ("İ")
            lowered = "".join(c if len(low := c.lower()) != 1 else low for c in mapped)
        parts: list[str] = []
        edits: list[tuple[int, int, int, int]] = []  # tidied start, end; original start, end
        done = 0
        length = 0
        for match in _EDIT_RE.finditer(lowered):
            word = match.group()
            if word[0] == " " or word[0] == "\n":
                replacement = "\n" if "\n" in word else " "
            else:
                replacement = _SHORTHAND[word]
            if replacement == word:
                continue
            start, end = match.span()
            parts.append(lowered[done:start])
            length += start - done
            edits.append((length, length + len(replacement), start, end))
            parts.append(replacement)
            length += len(replacement)
            done = end
        parts.append(lowered[done:])
        self.text = "".join(parts)
        self._edits = edits
        self._edit_starts = [edit[0] for edit in edits]

    def _start(self, pos: int) -> int:
        i = bisect_right(self._edit_starts, pos) - 1
        if i < 0:
            return pos
        _start, end, orig_start, orig_end = self._edits[i]
        return orig_start if pos < end else pos - end + orig_end

    def _end(self, pos: int) -> int:
        i = bisect_right(self._edit_starts, pos - 1) - 1
        if i < 0:
            return pos
        _start, end, _orig_start, orig_end = self._edits[i]
        return orig_end if pos <= end else pos - end + orig_end

    def original_of(self, span: _Span) -> str:
        """The original words behind ``span`` of the tidied text."""
        return self.original[self._start(span[0]) : self._end(span[1])]


# ----- word lists -------------------------------------------------------------------------------
# General English, not the vocabulary of any corpus.


# Verbs a coach might tell someone to do, in the base form: an imperative starts with one.
_ACTION_VERBS = _words_of(
    """
    accept add adjust admit agree allow apologise apologize apply arrange ask attend avoid back
    ban
    batch be block book borrow breathe bring build buy call cancel cap cc celebrate change chase
    chat check choose chunk clarify clear close collect come commit compare confront consider
    consult contact copy cover create cut decide decline delegate delete design differentiate
    ditch do
    document drop eat email encourage end escalate explain film find finish fix flag focus
    follow forget forward fund get give go greet group hand have help hide hold host ignore
    implement
    include insist introduce invite involve join keep lead lean learn leave let limit list
    listen log look loop lower make mark meet mention message model move name note offer open
    organise organize pair park pass pause pay phone pick pin plan play praise prepare print
    prioritise prioritize protect provide pull push put quit raise read record reduce refer refuse
    relax remember remind remove repeat replace report request reset rest rethink return
    review reward rewrite ring rotate run say schedule scrap script seat see send separate set
    share shift shorten show sign simplify sit skip sleep slow smile sort speak split stand
    start stay step stick stop support swap switch take talk teach tell text thank think track
    trial trim try turn use video visit wait walk warn watch wear write
    """
)

# Words that start a clause without being an imperative verb. An unknown first word followed
# by an object ("gamify the quizzes") is taken for an imperative unless it is one of these.
_NOT_VERBS = _words_of(
    """
    a about above after again against all also although always an and another any anyone
    anything are around as at away back because been before being below besides between both
    but by can could did do does during each either else even ever every everyone everything
    few for from further had has have he her here hers him his how however i if in instead
    into is it its just least less like many may maybe me might more most much must my
    neither never no nobody none nor not nothing now of off often on once one only or other
    our out over own perhaps please probably quite rather really same she should since so
    some someone something sometimes soon still such than that the their them then there
    these they this those though through thus to today together tomorrow too towards under
    unless until up upon us very was we well were what when where whether which while who
    whom whose why will with within without would yes yet you your yesterday monday tuesday
    wednesday thursday friday saturday sunday january february march april june july august
    september october november december morning afternoon evening tonight week term year
    honestly seriously actually basically definitely obviously clearly hopefully ok okay
    right sure thanks mm hmm oh ah wow yeah sorry twice thrice half quarter several lots loads
    plenty lot
    """
)

_IRREGULAR_PAST = _words_of(
    """
    began begun became become bought brought built caught chose chosen came come cut did done
    drew drawn drove driven ate fell fallen fed fought found flew forgot forgotten froze gave
    given went gone grew hung had heard hid held hit hurt kept knew known laid led left lent
    let lay lost made meant met paid put quit read rode rang rung rose ran run said saw seen
    sought sold sent set shook shot showed shown shut sang sat slept spoke spoken spent split
    spread stood stuck struck took taken taught tore told thought threw understood woke wore
    won wrote written been got gotten
    """
)

# After "have you": participles that ask about a state or a fact, not an action to take.
_HAVE_CLOSED = _words_of(
    """
    got gotten been had heard seen noticed managed decided finished felt found needed wanted
    realised realized done read met known taught worked experienced enjoyed started received
    applied lost missed completed submitted passed failed made
    """
)

# "Have you tried / considered / thought about ...": ask what they have tried instead.
_TRIED = _words_of("tried considered thought looked explored experimented weighed")

# After "I"/"we": feeling, thinking or setting the scene, not doing. "I found the first term
# brutal too" shares an experience; "I stopped taking books home" offers a fix.
_NOT_ACTIONS = _words_of(
    """
    was were had felt found knew thought heard saw said meant understood forgot woke became
    taught worked lived joined loved hated liked enjoyed struggled panicked worried cried
    wondered noticed realised realized remembered learned learnt needed wanted hoped got did
    guessed believed assumed imagined expected mentioned talked spoke discussed agreed covered
    looked came went left grew
    """
)

# After "if you": a state or a non-action ("if you could", "if you had more time") leaves
# the answer with the coachee; an action ("if you rang dad") is the speaker's solution.
_STATES = _words_of(
    """
    were weren't was wasn't are aren't could couldn't can can't had hadn't have haven't knew
    know didn't don't felt feel thought think wanted want would wouldn't wish wished believed
    believe imagine imagined picture pictured look looked step stepped succeed succeeded
    cared care need needed like liked prefer preferred woke wake may might must should will
    get got find found notice noticed see saw let really truly honestly decided decide
    fail failed lose lost forget forgot struggle struggled panic panicked freeze froze
    """
)
# ... and the same when what follows refers back to the coachee's own idea ("if you did that").
_REFERS_BACK = _words_of("that this it so nothing anything something everything")

_AUX_WORDS = _words_of(
    """
    is are was were am do does did has have had can could will would should may might must
    shall isn't aren't wasn't weren't don't doesn't didn't hasn't haven't hadn't can't
    couldn't won't wouldn't shouldn't mustn't
    """
)
_MODALS = _words_of("could can would might should will couldn't can't wouldn't shouldn't won't")
_SUBJECTS = _words_of("i we you he she they it i'm we're you're he's she's they're it's that's")

# ----- splitting into clauses -------------------------------------------------------------------

# A sentence ends at . ! ? ; a clause also at a dash. The dash's clause continues the
# sentence: it is read on its own but is not a statement of opinion by itself.
_SENTENCE_END = re.compile(r"[.!?;]+(?=[\s\"')\]]|$)|\?+|\n")
_DASH = re.compile(r"\s*\u2014+\s*|\s+--?\s+")
_TRIM = " \t\n\"'()[]*-,:"
_WORD_RE = re.compile(r"[^\W_][\w'-]*")
_HEAD_BREAK = re.compile(r"[,:]\s+")


@dataclass(frozen=True)
class _Clause:
    start: int
    end: int
    asked: bool  # it ends with a question mark
    continues: bool  # it follows a dash inside a sentence


@dataclass(frozen=True)
class _Finding:
    kind: _Kind
    span: _Span  # the deciding words, in the tidied text
    family: str = ""  # which reframes fit: tried, suggest, story, diagnosis, summary, closed
    topic: _Span | None = None
    question: bool = False  # a question or an invitation: the last one decides open/closed
    aux: bool = False  # a real question ("Is she ...?"), not a statement with "?"
    confirm: bool = False  # only checks what was just said: "is that fair?", "right?"


def _clauses(text: str) -> list[_Clause]:
    clauses: list[_Clause] = []
    done = 0
    for brk in [*_SENTENCE_END.finditer(text), None]:
        stop = brk.start() if brk else len(text)
        asked = brk is not None and "?" in brk.group()
        pieces = [(done, stop)]
        for dash in _DASH.finditer(text, done, stop):
            pieces[-1] = (pieces[-1][0], dash.start())
            pieces.append((dash.end(), stop))
        for i, (start, end) in enumerate(pieces):
            while start < end and text[start] in _TRIM:
                start += 1
            while end > start and text[end - 1] in _TRIM:
                end -= 1
            if start < end:
                clauses.append(_Clause(start, end, asked and i == len(pieces) - 1, i > 0))
        done = brk.end() if brk else len(text)
    return clauses


def _words(text: str, start: int, end: int, limit: int = 12) -> list[tuple[str, int, int]]:
    """The first ``limit`` words from ``start``: no rule looks further, and a long clause read
    at every comma must not cost its whole length each time.
    """
    found = islice(_WORD_RE.finditer(text, start, end), limit)
    return [(m.group(), m.start(), m.end()) for m in found]


def _first_words(text: str, start: int, end: int, count: int) -> _Span:
    words = _words(text, start, end)[:count]
    return (words[0][1], words[-1][2]) if words else (start, end)


def _any(*alternatives: str) -> re.Pattern[str]:
    """One pattern matching any of ``alternatives`` (each a regular expression)."""
    return re.compile("|".join(f"(?:{alternative})" for alternative in alternatives))


# ----- openers and hedges -----------------------------------------------------------------------

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


# ----- advice whatever the sentence type ------------------------------------------------------
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


# ----- advice that a statement or a yes/no question can carry --------------------------------
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


def _is_past(verb: str) -> bool:
    return verb in _IRREGULAR_PAST or (verb.endswith("ed") and len(verb) > 3)


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


# ----- the kind of sentence ---------------------------------------------------------------------

_WH = re.compile(r"(what|how|why|who|whom|whose|where|which|when)\b(?:'s|'re|'d)?")
_SUBJECT_AFTER_WH = re.compile(r" (?:i|we|you|he|she|they|it|the kids|people)(?:'[a-z]+)?\b")
# Without a question mark, a wh-word that starts a clause: "when my Year 11s were ...",
# "what worked was ...".
_WH_CLAUSE = re.compile(
    r"(?:when|where|while) (?:my|our|your|his|her|their|the|a|an|this|these|those)\b|"
    r"what (?:\w+ly )?\w+ed\b[^?.,]{0,30}? (?:is|was|were)\b"
)
_AUX = re.compile(r"([a-z]+(?:n't)?)\b(?!')")
# "if ..., what would you change?": the question after a leading clause.
_SUBORDINATE = re.compile(
    r"(?:when|if|before|after|once|whenever|as soon as|next time|because|since|on|at|in|by|"
    r"for|during|with|"
    r"until|from now on|this week|tomorrow|today|given|out of|of all|looking|thinking|"
    r"overall|so far|(?:a|an|one|two|three|six|\d+) (?:days?|weeks?|months?|terms?|years?) "
    r"(?:from now|on|later))\b[^,]{0,80},\s+"
)
# "By when will you ...?", "To what extent ...?": a preposition before the wh-word.
_PREP_BEFORE_WH = re.compile(
    r"(?:by|from|for|with|to|until|till|at|in|on) (?=(?:what|how|why|who|whom|whose|where|"
    r"which|when)\b)"
)
# ", and what would move you one point up?": an open wh-part after a closed one.
_LATER_WH = re.compile(r",?\s(?:and|but) (?=(?:what|how|why|who|where)\b)")


# "I'm curious which part ...", "I'm wondering what ...": a softened wh-question.
_CURIOUS_LEAD = re.compile(
    r"(?:i(?:'m| am| was) (?:just |really |also |genuinely )?(?:curious|wondering|interested)"
    r"(?: to (?:know|hear))?(?: about)?|i wonder|i(?:'d| would) (?:love|like) to (?:know|hear|"
    r"understand))[,:]?\s+(?=(?:what|how|why|who|where|which|when)\b)"
)


def _main_start(text: str, at: int, end: int) -> int:
    """Where the main clause starts: after a leading "if ...," when a question follows it
    ("Because you've mentioned the governors twice, I'm curious which part weighs most?").
    """
    sub = _SUBORDINATE.match(text, at, end)
    start = sub.end() if sub else at
    if lead := _CURIOUS_LEAD.match(text, start, end):
        start = lead.end()
    if start > at and (_WH.match(text, start, end) or _question_aux(text, start, end)):
        return start
    return at


def _wh_question(text: str, at: int, end: int, asked: bool) -> re.Match[str] | None:
    if asked and (prep := _PREP_BEFORE_WH.match(text, at, end)):
        at = prep.end()
    wh = _WH.match(text, at, end)
    if (
        wh
        and not asked
        and (_SUBJECT_AFTER_WH.match(text, wh.end(), end) or _WH_CLAUSE.match(text, at, end))
    ):
        return None  # "when I had that class ...", "what helped was ...": not a question
    return wh


# After "have" or "do", these make a question ("do the parents know"), not an imperative.
_NOUN_STARTS = _words_of("the your his her their any all most people kids anyone everyone")


def _question_aux(text: str, at: int, end: int) -> str | None:
    """The auxiliary a yes/no question starts with ("is", "have", "could"), if it does."""
    m = _AUX.match(text, at, end)
    if m is None or m.group(1) not in _AUX_WORDS:
        return None
    aux = m.group(1)
    if aux in ("have", "do", "don't"):
        after = _words(text, m.end(), end, 1)
        if not after or after[0][0] not in _SUBJECTS | _NOUN_STARTS:
            return None  # "have a go", "don't answer": imperatives
        if (
            aux == "have"
            and after[0][0] in _TOPIC_DET
            and not any(_is_past(word) for word, _s, _e in _words(text, m.end(), end, 5))
        ):
            return None  # "have the kids mark it": no participle, so an imperative
    return aux


# ----- open and closed wh-questions --------------------------------------------------------------

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


# ----- yes/no questions -------------------------------------------------------------------------

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
# After "could you ...": verbs of thinking, perceiving or preferring ask, they don't suggest.
_YOU_NOT_ACTION = _words_of(
    "be have know feel need want mind agree say describe see think imagine remember like "
    "prefer rather"
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


# ----- imperatives and invitations ---------------------------------------------------------------

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
# "Take your time over it", "go on then": encouragement, though it starts with a verb; but
# "keep going with the reward chart" names what to carry on doing.
_ENCOURAGE_VERB = re.compile(
    rf"(?:{_GO_ON})\b(?! (?:with|on) (?:the|your|a|an|his|her|their|those|these)\b)"
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


# ----- statements -------------------------------------------------------------------------------

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


# ----- statements and phrases with a question mark -------------------------------------------

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


# ----- reading one clause -----------------------------------------------------------------------


# A question that only checks what was just said.
_CONFIRM = re.compile(
    r"(?:is that|does that (?:sound|feel)|have i got that|did i get that|am i)(?: (?:fair|right|"
    r"true|accurate|about right|close|ok|okay))?|right|yeah|true|fair|correct"
)


def _read_clause(text: str, clause: _Clause) -> tuple[_Finding | None, list[_Span]]:
    """What one clause says, and any hedges announcing an idea in it."""
    if _ENCOURAGE.fullmatch(text, clause.start, clause.end):
        return _Finding("open", (clause.start, clause.end)), []
    at, offers = _skip_openers(text, clause.start, clause.end)
    end = clause.end
    if at >= end:
        return None, offers
    if clause.asked and _CONFIRM.fullmatch(text, at, end):
        return _Finding(
            "closed", (at, end), "closed", question=True, aux=True, confirm=True
        ), offers
    found = _read_content(text, clause, at)
    if found and found.kind == "closed" and (later := _later_open(text, at, end)):
        return later, offers  # "how ready are you, and what would move you up a point?"
    return found, offers


# Asking leave to ask: "mind if I ask about the budget?", "Can I ask something about home?";
# or leave to steer the conversation: "Is it alright if we come back to that later?", "Would
# you mind if I read back what I heard?", "ok if i check something". A bare "if we pause"
# asks leave only as the whole clause: "if we come back to it next week, what ...?" is not.
_CONVERSATIONAL = (
    r"(?:read|play|reflect|say) (?:(?:it|that|this|them) )?back|(?:come|came|go|went|get|got) "
    r"back|check(?:ed)?|pause[d]?|stop(?:ped)?|recap(?:ped)?|summari[sz]e[d]?|interrupt(?:ed)?|"
    r"jump(?:ed)? in|move[d]? on|(?:take|took) (?:a |some )?(?:notes?|moment|break|pause)|"
    r"note (?:that|this|it) down|write (?:that|this|it) down|park(?:ed)?|stay(?:ed)?"
)
_PERMISSION = re.compile(
    r"(?:(?:(?:would|do) you )?mind |(?:is it |would it be )?(?:ok|okay|alright|all right|fine) )"
    r"if i (?P<ask>ask)(?:ed)?\b|(?:(?:can|could|may) i|if i) (?P<ask2>ask)(?:ed)?(?= (?:about|"
    r"something|a (?:quick )?question|you (?:about|something|a)))|(?:would|do) you mind me "
    r"(?P<ask3>asking)\b|"
    r"(?:(?:(?:would|do) you )?mind |(?:is it |would it be )?(?:ok|okay|alright|all right|fine) )"
    rf"if (?:i|we) (?:{_CONVERSATIONAL})\b|if (?:i|we) (?:{_CONVERSATIONAL})\b(?=[^,]*$)"
)
_ABOUT = re.compile(r"(?: you)?(?: (?:about|something|a (?:quick )?question))?\s*")


def _permission(text: str, at: int, end: int) -> _Finding | None:
    """A question asking leave to ask: closed, unless a wh-question follows ("... what
    happened next?"), which decides. Leave to pause or read back is closed.
    """
    if not (m := _PERMISSION.match(text, at, end)):
        return None
    rest = _ABOUT.match(text, m.end(), end)
    after = rest.end() if rest else m.end()
    asks = m.group("ask") or m.group("ask2") or m.group("ask3")
    if asks and (wh := _WH.match(text, after, end)):
        return _wh_finding(text, after, end, wh)
    return _Finding("closed", m.span(), "closed", question=True, aux=True)


def _read_content(text: str, clause: _Clause, at: int) -> _Finding | None:
    end = clause.end
    if found := _permission(text, at, end):
        return found
    # 1. advice whatever the kind of sentence
    if found := (
        _advice_anywhere(text, at, end)
        or _have_you(text, at, end)
        or _summary_verdict(text, clause)
    ):
        return found
    # 2. the kind of sentence
    main = _main_start(text, at, end)
    wh = _wh_question(text, main, end, clause.asked)
    # 3. advice that a statement or a yes/no question can carry
    if wh is None and (found := _advice_outside_wh(text, at, end)):
        return found
    # 4. what that kind of sentence says
    if wh is not None:
        return _wh_finding(text, main, end, wh)
    if aux := _question_aux(text, main, end):
        return _yes_no(text, main, end, aux)
    if found := _invitation_or_imperative(text, at, end):
        return found
    if clause.asked or _tagged(text, at, end):
        return _asked_statement(text, at, end)
    return _statement(text, clause, at)


# ----- topics, for the reframes -----------------------------------------------------------------

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


# ----- the whole utterance ---------------------------------------------------------------------

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


# ----- reframes ---------------------------------------------------------------------------------

_ADVICE_REFRAMES: dict[str, tuple[str, ...]] = {
    "tried": (
        "What have you tried so far{with}?",
        "What options do you see?",
        "What haven't you tried yet?",
    ),
    "suggest": (
        "What options do you see{with}?",
        "What would you like to happen next?",
        "What have you tried so far?",
    ),
    "story": (
        "What's worked for you before{with}?",
        "What options do you see?",
        "What would you like to try?",
    ),
    "diagnosis": (
        "What do you think is going on{with}?",
        "How do you see it?",
        "What's the real challenge here for you?",
    ),
    "summary": (
        "What are you taking from this so far?",
        "What feels most important to you now?",
        "What would you like to do next?",
    ),
}
_CLOSED_REFRAMES = ("What can you tell me about {topic}?", "Tell me more about {topic}.")
_CLOSED_PAST_REFRAMES = ("Tell me more about {topic}.", "What happened with {topic}?")
_CLOSED_WHEN = ("What do you notice about when it happens?", "Tell me more about when it happens.")
_CLOSED_WHEN_PAST = ("What happened?", "Tell me more about what happened.")
_CLOSED_GENERIC = ("Tell me more about that.", "What's that like for you?")
_FALLBACK = (
    "What options do you see?",
    "What have you tried so far?",
    "What would you like to happen?",
)
# Every reframe without a topic in it; these are checked once, at import (below).
_FIXED = frozenset(
    (
        *(q.replace("{with}", "") for templates in _ADVICE_REFRAMES.values() for q in templates),
        *_CLOSED_WHEN,
        *_CLOSED_WHEN_PAST,
        *_CLOSED_GENERIC,
        *_FALLBACK,
    )
)
_PAST_QUESTION = re.compile(r"(?:did|was|were|had|has|didn't|wasn't|weren't|hasn't)\b")
_EVENT_QUESTION = re.compile(r"(?:is|was|does|did) (?:it|that|this)\b")
_TIME_WORDS = re.compile(
    r"\b(?:every|always|each|often|usually|lessons?|days?|weeks?|mornings?|afternoons?|"
    r"(?:mon|tues|wednes|thurs|fri)days?|before|after|times?)\b"
)


def _topic_text(t: _Text, span: _Span) -> str:
    """The topic as the speaker wrote it where the spelling allows, else as tidied."""
    tidied = t.text[span[0] : span[1]]
    written = t.original_of(span).strip()
    if written.lower() != tidied:
        return _OBJECT_OF.get(tidied, tidied)
    first, _space, rest = written.partition(" ")
    if first.lower() in _TOPIC_DET:
        written = f"{first.lower()} {rest}".rstrip()  # "The Year 10s?" -> "the Year 10s"
    return _OBJECT_OF.get(written.lower(), written)


def _candidates(t: _Text, judged: _Judgement) -> list[str]:
    topic = _topic_text(t, judged.topic) if judged.topic else ""
    if judged.label is Label.ADVICE:
        templates = _ADVICE_REFRAMES.get(judged.family, _ADVICE_REFRAMES["suggest"])
        first = templates[0].replace("{with}", f" with {topic}" if topic else "")
        return [first, *templates[1:]]
    question = t.text[judged.question[0] :] if judged.question else t.text
    past = bool(_PAST_QUESTION.match(question))
    if topic:
        templates = _CLOSED_PAST_REFRAMES if past else _CLOSED_REFRAMES
        return [template.format(topic=topic) for template in templates]
    if _EVENT_QUESTION.match(question) and _TIME_WORDS.search(question):
        return list(_CLOSED_WHEN_PAST if past else _CLOSED_WHEN)
    return list(_CLOSED_GENERIC)


def _reads_open(question: str) -> bool:
    return _judge(_Text(question).text).label is Label.OPEN


# A fixed reframe this check did not read as open would never be offered.
_FIXED_OPEN = frozenset(question for question in _FIXED if _reads_open(question))


def _reframes(t: _Text, judged: _Judgement) -> tuple[str, ...]:
    """Up to three open questions, each of which this check itself reads as open."""
    chosen: list[str] = []
    for candidate in [*_candidates(t, judged), *_FALLBACK]:
        if candidate in chosen:
            continue
        # the fixed ones were checked at import; one with a topic in it is checked now
        if candidate in _FIXED_OPEN or (candidate not in _FIXED and _reads_open(candidate)):
            chosen.append(candidate)
        if len(chosen) == MAX_REFRAMES:
            break
    return tuple(chosen)


# ----- the public functions ---------------------------------------------------------------------


def check(text: str) -> Verdict:
    """Label one utterance, with the words that decided it and open questions to ask instead."""
    t = _Text(text[:MAX_CHARS])
    judged = _judge(t.text)
    reasons: list[str] = []
    for span in judged.reasons:
        reason = t.original_of(span).strip(" ,.;:!?-\u2014\"'")
        if reason and reason not in reasons:
            reasons.append(reason)
    reframes = _reframes(t, judged) if judged.label is not Label.OPEN else ()
    return Verdict(judged.label, tuple(reasons[:MAX_REASONS]), reframes)


def score(pairs: Iterable[tuple[str, str]]) -> Scores:
    """Compare (expected, predicted) labels: precision/recall/F1 for advice, accuracy overall."""
    confusion = {(expected.value, got.value): 0 for expected in Label for got in Label}
    total = correct = true_pos = false_pos = false_neg = 0
    for expected_label, got_label in pairs:
        expected, got = str(expected_label), str(got_label)
        confusion[(expected, got)] = confusion.get((expected, got), 0) + 1
        total += 1
        correct += expected == got
        if got == Label.ADVICE:
            true_pos += expected == Label.ADVICE
            false_pos += expected != Label.ADVICE
        elif expected == Label.ADVICE:
            false_neg += 1
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 0.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = correct / total if total else 0.0
    return Scores(total, precision, recall, f1, accuracy, confusion)
