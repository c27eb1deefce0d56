"""Tidying an utterance for matching (case, quotes, shorthand), with a map back to it."""

from __future__ import annotations

import re
from bisect import bisect_right

from cocoach_desktop.advice.model.clauses import _Span
from cocoach_desktop.advice.model.lexicon import _words_of

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
