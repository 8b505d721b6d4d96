"""The TXT and Markdown loader: decode the bytes, then read lines into blocks."""

from __future__ import annotations

import re
from dataclasses import replace

from rfpcheck.load.blocks import Line, Part, blocks, heading_like

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


def decode(data: bytes) -> tuple[str, str | None] | None:
    """Decode text bytes in whatever encoding they use, with a note when the guess is shaky;
    None when they are not text."""
    from charset_normalizer import from_bytes

    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _noted(_plain(data.decode(codec, errors="replace")))
    if b"\x00" in data:
        return _utf16(data)
    try:
        return _noted(_plain(data.decode("utf-8")))
    except UnicodeDecodeError:
        pass
    if mixed := _mixed(data):
        return mixed
    best = from_bytes(data).best()
    if best is None:
        return None
    # charset-normalizer guesses badly on short Western text (cp775, cp1006 ...);
    # prefer Windows-1252, the usual non-UTF-8 encoding, whenever it reads as cleanly.
    western = from_bytes(data, cp_isolation=["cp1252"]).best()
    if western is not None and western.chaos <= best.chaos:
        best = western
    note = None
    if best.chaos > 0.1:  # a fifth of the text looks garbled: say the guess may be wrong
        note = f"the text's encoding is unclear; it was read as {best.encoding}, and some characters may be wrong"
    text = _plain(str(best))
    return (text, note) if text is not None else None


def _utf16(data: bytes) -> tuple[str, str] | None:
    """Read UTF-16 saved without a byte-order mark, told by the zero byte beside every Latin letter;
    None for other data with zero bytes (binaries)."""
    head = data[:4000]
    for codec, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if len(data) % 2 == 0 and zeros.count(0) >= 0.9 * len(zeros):
            try:
                text = _plain(data.decode(codec))
            except UnicodeDecodeError:
                return None
            return (text, f"the text is {codec.upper()} without a byte-order mark") if text is not None else None
    return None


def _noted(text: str | None) -> tuple[str, None] | None:
    return (text, None) if text is not None else None


def _mixed(data: bytes) -> tuple[str, str] | None:
    """Read text that is mostly UTF-8 with some lines in Windows-1252, as files pasted together are."""
    lines = data.split(b"\n")
    good = bad = 0
    out = []
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
            good += any(b > 0x7F for b in line)
        except UnicodeDecodeError:
            out.append(line.decode("cp1252", errors="replace"))
            bad += 1
    if not good:  # no line is UTF-8 beyond ASCII: a single legacy encoding, which charset-normalizer reads
        return None
    text = _plain("\n".join(out))
    if text is None:
        return None
    return text, f"the text mixes encodings; {bad} of {len(lines)} lines were read as Windows-1252"


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
