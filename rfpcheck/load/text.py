"""Lines to blocks for every format, and the TXT/Markdown loader built on it.

The PDF and DOCX loaders reduce their layout to the same `Line` records, so one
set of rules decides paragraphs, list items and headings for every format.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

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
        if numbered and heading_like(rest) and (line.short or line.strong) and not in_list:
            return "heading"  # "3. Scope of Work": a numbered section, not a one-item list
        return "list_item"
    if line.strong and heading_like(line.text):
        return "heading"
    return ""


def _opens_item(line: Line, prev: Line | None, current: str, marker: re.Match[str]) -> bool:
    """Tell a list marker from a dash or number that merely starts a wrapped line."""
    if marker["glyph"] and marker["glyph"] in _GLYPHS:
        return True
    if marker["ordinal"] and "." in marker["ordinal"][:-1] and not line.text[marker.end()].isupper():
        return False  # "3.5 hours a week" is a number, not section 3.5
    return (
        prev is None
        or line.brk
        or prev.short
        or current == "list_item"
        or bool(_SENTENCE_END.search(prev.text))
    )


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
    head = re.search(r"([A-Za-z]+)([-\u00ad])$", text)
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

_RULE = re.compile(r"^(?:([-*_=])(?:\s*\1){2,}|\+[-=+:]+\+?)$")  # ---, ***, ===, +----+
_ATX = re.compile(r"^#{1,6}\s+(?P<title>.*?)(?:\s+#+)?$")
_TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_QUOTE = re.compile(r"^\s*(?:>[ \t]?)+")
_INLINE = (
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # [text](url) -> text
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # **strong**
    (re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *emphasis*
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])"), r"\1"),  # backslash escapes
)
_UNWRAPPED = 100  # longer lines than this mean one line per paragraph, not hard wrapping
_SHORT = 0.6  # a line shorter than this share of the wrap width was not wrapped
_MIN_WIDTH = 60
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),  # before UTF-16, whose BOM it starts with
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode(data: bytes) -> str | None:
    """Decode text bytes in whatever encoding they use; None when they are not text."""
    from charset_normalizer import from_bytes

    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _plain(data.decode(codec, errors="replace"))
    if b"\x00" in data:
        return None  # UTF-16 without a BOM is not worth the false positives on binaries
    try:
        return _plain(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        return None
    # charset-normalizer guesses badly on short Western text (cp775, cp1006 ...);
    # prefer Windows-1252, the usual non-UTF-8 encoding, whenever it reads as cleanly.
    western = from_bytes(data, cp_isolation=["cp1252"]).best()
    if western is not None and western.chaos <= best.chaos:
        best = western
    return _plain(str(best))


def _plain(text: str) -> str | None:
    """Normalise newlines and drop stray controls; None when there are too many to be text."""
    text = re.sub(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]", "\n", text).lstrip("\ufeff").rstrip("\x1a")
    controls = len(_CONTROL.findall(text))
    return None if controls > max(2, len(text) // 100) else _CONTROL.sub("", text)


def read_text(text: str, markdown: bool) -> list[Part]:
    """Read decoded TXT or Markdown text as parts, each placed by its first line."""
    return blocks(_lines(text, markdown))


def _lines(text: str, markdown: bool) -> list[Line]:
    """Turn raw text lines into `Line`s, handling rules, headings and pipe tables."""
    raw = [_unquote(s.expandtabs(4)).rstrip() for s in text.split("\n")]
    lengths = sorted(len(s) for s in raw if s.strip())
    # the wrap width; a floor keeps a few short lines from setting it
    width = max(lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0, _MIN_WIDTH)
    lines: list[Line] = []
    last = 0  # number of the last line kept, to tie a setext underline to its title
    gap = True
    for number, s in enumerate(raw, 1):
        body = s.strip()
        if not body or _RULE.match(body):
            title = lines[-1] if lines and last == number - 1 else None
            if body[:1] in ("=", "-") and title and not title.kind and heading_like(title.text):
                lines[-1] = replace(title, kind="heading")  # setext: a title over ==== or ----
            gap = True
            continue
        following = raw[number].strip() if number < len(raw) else ""
        after_row = bool(lines) and lines[-1].kind == "table_row" and last == number - 1
        line = _line(s, number, markdown, _table_row(body, following, after_row))
        if line:
            short = len(s) < _SHORT * width
            lines.append(replace(line, brk=line.brk or gap or width > _UNWRAPPED, short=short))
        gap = line is None or bool(line.kind)
        last = number
    return lines


def _line(s: str, number: int, markdown: bool, table: bool) -> Line | None:
    """Make one raw line a `Line`: a heading, a table row, plain text, or None for a separator."""
    body, where = s.strip(), f"line {number}"
    if heading := _ATX.match(body):
        return Line(_inline(heading["title"], markdown), where, kind="heading")
    if table:
        if _TABLE_SEPARATOR.match(body):
            return None
        cells = [_inline(c.strip(), markdown) for c in re.split(r"(?<!\\)\|", body.strip("|"))]
        return Line(" | ".join(c for c in cells if c), where, kind="table_row")
    return Line(_inline(body, markdown), where, indent=len(s) - len(s.lstrip()))


def _table_row(body: str, following: str, after_row: bool) -> bool:
    """Tell whether a line is a row of a pipe table, with or without outer pipes."""
    if "|" not in body:
        return False
    if body.startswith("|") or _TABLE_SEPARATOR.match(body) or after_row:
        return True
    return "|" in following and bool(_TABLE_SEPARATOR.match(following))


def _unquote(s: str) -> str:
    """Strip email or Markdown quote marks, but not a "> 5 posts" that means "more than"."""
    quote = _QUOTE.match(s)
    return s[quote.end() :] if quote and not re.match(r"[\d$£€]", s[quote.end() :]) else s


def _inline(text: str, markdown: bool) -> str:
    """Strip Markdown's inline markup so quotes read as plain text."""
    if markdown:
        for pattern, repl in _INLINE:
            text = pattern.sub(repl, text)
    return text
