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

Where each kind of rule lives, in ``cocoach_desktop/advice/model/``:

- ``tidying.py``: step 1; ``clauses.py``: step 2, and the words and findings every rule uses;
  ``lexicon.py``: the shared word lists.
- ``clause_reading.py``: step 3, the order the rules are tried in; ``openers.py``: openers,
  encouragement and hedges; ``advice_anywhere.py``, ``advice_outside_wh.py`` and
  ``stories.py``: the advice patterns; ``sentence_kind.py``, ``wh_questions.py``,
  ``yes_no_questions.py``, ``imperatives.py``, ``statements.py``: each kind of sentence.
- ``judgement.py``: step 4; ``topics.py`` and ``reframes.py``: the open questions offered
  instead; ``verdict.py``: what :func:`check` returns; ``scoring.py``: :func:`score`.
"""

from __future__ import annotations

# _judge, _Text and the fixed reframes are re-exported for the tests that time and check them.
from cocoach_desktop.advice.model.judgement import _judge as _judge
from cocoach_desktop.advice.model.reframes import _FIXED as _FIXED
from cocoach_desktop.advice.model.reframes import _FIXED_OPEN as _FIXED_OPEN
from cocoach_desktop.advice.model.reframes import _reframes
from cocoach_desktop.advice.model.scoring import Scores, score
from cocoach_desktop.advice.model.tidying import _Text as _Text
from cocoach_desktop.advice.model.verdict import MAX_REASONS, MAX_REFRAMES, Label, Verdict

__all__ = [
    "MAX_CHARS",
    "MAX_REASONS",
    "MAX_REFRAMES",
    "Label",
    "Scores",
    "Verdict",
    "check",
    "score",
]

# One utterance is a sentence or three. Past this many characters (a pasted transcript) only
# the beginning is read, so that checking on every keystroke never stalls typing.
MAX_CHARS = 2000


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
