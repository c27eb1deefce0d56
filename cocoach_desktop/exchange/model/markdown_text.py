"""User text made safe for Markdown: escaped for one line or a table cell, or kept as paragraphs."""

from __future__ import annotations

import re

# Characters that mean something anywhere in a line (emphasis, code, links, HTML, tables,
# entities, headings, strikethrough). Escaping all ASCII punctuation would also be valid
# CommonMark, but the .md file is read as text too, so only these are escaped.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
# What means something only at the start of a line: list bullets, numbered lists, setext
# underlines ("===" under a line makes it a heading).
_LINE_START = re.compile(r"^([+=-]|\d+(?=[.)]))")


def _escape_line(line: str) -> str:
    # Leading spaces could turn the line into a code block; they carry no meaning in a note.
    line = _INLINE_SPECIAL.sub(r"\\\1", line.strip())
    match = _LINE_START.match(line)
    if match is None:
        return line
    if match.group(1)[0].isdigit():
        end = match.end()
        return line[:end] + "\\" + line[end:]
    return "\\" + line


def md_escape(text: str) -> str:
    """User text for one line of Markdown or a table cell (``|`` escaped, line breaks spaces)."""
    return _escape_line(" ".join(text.splitlines()))


def md_block(text: str, indent: str) -> str:
    """User text over several lines, each line a paragraph of the list item it is in."""
    lines = [_escape_line(line) for line in text.splitlines()]
    lines = [line for line in lines if line] or [""]
    # Not hard breaks (a backslash at the line end): Qt's Markdown reader turns a hard break
    # inside a list item into a new bullet, so one note would look like several.
    return ("\n\n" + indent).join(lines)
