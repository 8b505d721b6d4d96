"""Lines to blocks for every format: paragraphs, list items, headings and table rows.

The PDF, DOCX and text loaders reduce their layout to the same `Line` records, so
one set of rules decides paragraphs, list items and headings for every format.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

Part = tuple[str, str, int | None, str]  # (text, kind, page, where), as `join_blocks` takes

# Glyphs that only ever open a list item; "-", "*", "+" and dashes also occur
# at the start of a wrapped line, so they need a break or a list around them.
_GLYPHS = "•◦▪▫●○■□‣⁃➢➤►▶✓✔"
_MARKER = re.compile(
    rf"^(?P<glyph>[{_GLYPHS}·*+\-–—])\s+(?=\S)"
    r"|^(?P<ordinal>\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\([A-Z]\)|[A-Z]\)|\d{1,2}(?:\.\d{1,2})+\.?)\s+(?=\S)"
)
_LABEL = re.compile(r"^[A-Z][\w&/()' .-]{0,30}:\s+\S")  # "Subject: ...", "Budget: ..."
_SENTENCE_END = re.compile(r"[.!?:;][\"'’”)\]]*$")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
# Fragments that are never words on their own, so "manage-" + "ment" is one word.
_SUFFIX = re.compile(
    r"^(?:ment|tion|sion|ness|ity|ities|ance|ence|ing|ally|ical|ised|ized|ise|ize|ation"
    r"|able|ible|ful|less|ous|ive|ure|ent|ant|ly|ed|er|es|al|ic|ings)s?$"
)
_BROKEN = re.compile(r"([A-Za-z]+)([-\u00ad])$")  # a word broken at the end of a line
_INDENT_STEP = 2.0  # columns (or points) a continuation line must be indented past its marker


@dataclass(frozen=True)
class Line:
    """One line of layout, reduced to what the block rules need."""

    text: str
    where: str
    page: int | None = None
    indent: float = 0.0
    brk: bool = False  # the layout shows a paragraph break before this line
    short: bool = False  # ends well before the right margin, so it was not wrapped
    strong: bool = False  # set in bold or larger type than the body
    kind: str = ""  # a forced kind ("heading", "table_row", "list_item"): a block on its own


def heading_like(text: str) -> bool:
    """Tell whether a line reads like a title: short, capitalised, no final punctuation."""
    text = text.strip()
    if not text or len(text) > 80 or len(text.split()) > 12 or text[-1] in ".,;:!?-":
        return False
    first = re.search(r"[^\W\d_]", text)
    return bool(first and first[0].isupper()) and not _LABEL.match(text) and " | " not in text


def blocks(lines: Sequence[Line]) -> list[Part]:
    """Group lines into paragraphs, list items, headings and table rows."""
    vocabulary = {w for line in lines for w in _WORD.findall(line.text.lower())}
    parts: list[Part] = []
    group: list[Line] = []
    kind = ""
    last_item: Line | None = None  # the item before, to tell "2." in a list from a section number
    for i, line in enumerate(lines):
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        this = _kind(line, prev, nxt, kind, last_item)
        if not this and group and _continues(kind, group, line, prev):
            group.append(line)
            continue
        if group:
            parts.append(_part(kind, group, vocabulary))
        group, kind = [line], this or "paragraph"
        last_item = line if this == "list_item" else None
        if line.kind or this in ("heading", "table_row"):
            parts.append(_part(kind, group, vocabulary))  # a block on its own: nothing continues it
            group, kind = [], ""
    if group:
        parts.append(_part(kind, group, vocabulary))
    return parts


def _kind(line: Line, prev: Line | None, nxt: Line | None, current: str, last_item: Line | None) -> str:
    """Say what block a line opens ("" when it is plain text that may continue one)."""
    if line.kind:
        return line.kind
    marker = _MARKER.match(line.text)
    if marker and _opens_item(line, prev, current, marker):
        rest = line.text[marker.end() :]
        numbered = marker["ordinal"] and marker["ordinal"][0].isdigit()
        # a loose list has a break before every item, a tight one before none but the first
        after_item = _follows(last_item, line) and (not line.brk or bool(last_item and last_item.brk))
        in_list = after_item or _follows(line, nxt)
        if numbered and (heading_like(rest) or _titles_bullets(rest, nxt)) and (line.short or line.strong) and not in_list:
            return "heading"  # "3. Scope of Work": a numbered section, not a one-item list
        return "list_item"
    if line.strong and heading_like(line.text):
        return "heading"
    return ""


TITLE_START = re.compile(r"(?:what|who|where|when|how|why|which|for|about)\b", re.I)


def _titles_bullets(rest: str, nxt: Line | None) -> bool:
    """'2. What we want a freelancer to do, for each of the four practices' over bullets: a long section title."""
    marker = _MARKER.match(nxt.text) if nxt else None
    return (bool(marker and marker["glyph"]) and len(rest) <= 120 and rest.rstrip()[-1:] not in ".,;!?"
            and bool(TITLE_START.match(rest)))  # (not a task with sub-points: "1. Answer customer questions ...")


def _opens_item(line: Line, prev: Line | None, current: str, marker: re.Match[str]) -> bool:
    """Tell a list marker from a dash or number that merely starts a wrapped line."""
    if marker["glyph"] and marker["glyph"] in _GLYPHS:
        return True
    if marker["ordinal"] and "." in marker["ordinal"][:-1] and not line.text[marker.end()].isupper():
        return False  # "3.5 hours a week" is a number, not section 3.5
    if prev is not None and not _follows(prev, line) and _spelled_out(prev.text, marker["ordinal"] or ""):
        return False  # "... over the twelve" / "(12) month base period": the figure of "twelve (12)", wrapped
    return (
        prev is None
        or line.brk
        or prev.short
        or current == "list_item"
        or bool(_SENTENCE_END.search(prev.text))
    )


def _spelled_out(before: str, ordinal: str) -> bool:
    """'nine hundred' then '(900)': the line before ends with the number the brackets repeat."""
    if not (ordinal.startswith("(") and ordinal.endswith(")") and ordinal[1:-1].isdigit()) or _SENTENCE_END.search(before):
        return False
    from text_to_num import text2num

    words = before.split()[-1:]
    try:
        return bool(words) and words[0].isalpha() and text2num(words[0].lower(), "en") == int(ordinal[1:-1])
    except ValueError:
        return False


def _follows(first: Line | None, second: Line | None) -> bool:
    """Tell whether two lines carry consecutive list numbers ("1." then "2.")."""
    a = _ordinal(first.text) if first else None
    b = _ordinal(second.text) if second else None
    return bool(a and b and a[0] == b[0] and b[1] == a[1] + 1)


def _ordinal(text: str) -> tuple[str, int] | None:
    """Return a list marker's style and value: ("1.", 3) for "3. ..."."""
    marker = _MARKER.match(text)
    if not marker or not marker["ordinal"]:
        return None
    token = marker["ordinal"].strip("()")
    body, style = token.rstrip(".)"), re.sub(r"\w+", "#", token)
    if body.isdigit():
        return style, int(body)
    if len(body) == 1 and body.isalpha():
        return style + "a", ord(body.lower())
    return None


def _continues(kind: str, group: list[Line], line: Line, prev: Line | None) -> bool:
    """Tell whether a plain line carries on the block before it."""
    if line.brk or prev is None or kind not in ("paragraph", "list_item"):
        return False
    if kind == "list_item":
        # an indented line belongs to the item; an unindented one only if the item wrapped
        return line.indent >= group[0].indent + _INDENT_STEP or not prev.short
    return not prev.short and not (_LABEL.match(prev.text) and _LABEL.match(line.text))


def _part(kind: str, group: list[Line], vocabulary: set[str]) -> Part:
    """Render a group of lines as one (text, kind, page, where) part."""
    first = group[0]
    texts = [" ".join(line.text.split()) for line in group]
    marker = _MARKER.match(texts[0])
    if kind == "list_item" and marker and marker["glyph"]:
        texts[0] = texts[0][marker.end() :]  # a bullet glyph says nothing; numbers stay
    text = texts[0]
    for more in texts[1:]:
        text = _join(text, more, vocabulary)
    if kind == "paragraph" and len(group) == 1 and first.short and heading_like(text):
        kind = "heading"
    return text, kind, first.page, first.where


def _join(text: str, more: str, vocabulary: set[str]) -> str:
    """Join a wrapped line to the text before it, mending words hyphenated at the break."""
    # only the end of the text can hold the broken word: searching all of it at every line is quadratic
    head = _BROKEN.search(text[-64:])
    tail = re.match(r"[a-z]+", more)
    if not head or not tail:
        return f"{text} {more}"
    before, after = head[1].lower(), tail[0]
    if head[2] == "\u00ad" or before + after in vocabulary:
        return text[:-1] + more
    if f"{before}-{after}" in vocabulary or not _SUFFIX.match(after):
        return text + more  # a real compound ("social-media") broken after its hyphen
    return text[:-1] + more


# --- TXT and Markdown ----------------------------------------------------
