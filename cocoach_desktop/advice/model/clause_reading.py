"""Reading one clause: permission to ask, then each kind of rule in its order."""

from __future__ import annotations

import re

from cocoach_desktop.advice.model.advice_anywhere import _advice_anywhere
from cocoach_desktop.advice.model.advice_outside_wh import _advice_outside_wh
from cocoach_desktop.advice.model.clauses import _Clause, _Finding, _Span
from cocoach_desktop.advice.model.imperatives import _invitation_or_imperative
from cocoach_desktop.advice.model.openers import _ENCOURAGE, _skip_openers
from cocoach_desktop.advice.model.sentence_kind import _WH, _main_start, _question_aux, _wh_question
from cocoach_desktop.advice.model.statements import _asked_statement, _statement
from cocoach_desktop.advice.model.stories import _summary_verdict
from cocoach_desktop.advice.model.wh_questions import _later_open, _wh_finding
from cocoach_desktop.advice.model.yes_no_questions import _have_you, _tagged, _yes_no

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
