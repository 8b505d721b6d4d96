"""Deliverables in table rows: 'E-zine article (500 words) | 2 | Monthly', 'LinkedIn | 3 posts per week'.

A row is about the item or platform in its first cell; the count comes from
the item's own cell, else a later one; the period from a cell, the header
column above the count, or the sentence context.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from .. import patterns
from ..model import Deliverable
from .items import MODIFIERS, count_before, is_words_measure, make, nouns, period_for, plural, span_of, words_of
from .platforms import mentions
from .quantity import PERIOD_NOUNS, period_after, period_in, quantities

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..nlp import Sent

def read_row(sent: Sent) -> list[Deliverable]:
    """A row like 'E-zine article (500 words) | 2 | Monthly' or 'LinkedIn | 3 posts per week'.

    The count comes from the item's own cell when it has one, else from another
    cell; cells that measure hours, words or money are not counts.
    """
    span = sent.span
    if "|" not in sent.text:
        return []
    found = [n for n in nouns(span) if not _quoted(span, n[1])]  # '"Lantern Post" family e-newsletter'
    if ONE_OFF_ROW.search(sent.text):
        return []  # "Kick-off | one 3-hour session at the studio in the first week"
    cell_of, cell = [], 0
    for tok in span:
        cell += tok.text == "|"
        cell_of.append(cell)
    # a row is about the platform in its first cell ("X | 5 posts | not reposted from LinkedIn")
    ms = mentions(span)
    named = tuple(dict.fromkeys(pid for pid, ps, _ in ms if cell_of[ps] == 0) or
                  dict.fromkeys(pid for pid, _, _ in ms))
    if not found and not named:
        return []
    every_q = [q for q in quantities(span, articles=True) if not _reference(sent, span, cell_of, q)]
    # nouns after the row's count describe its content ("Facebook | 3 | donor stories, volunteer calls")
    platform_cell = min((cell_of[ps] for _, ps, _ in ms), default=None)
    first_count = min((cell_of[q.start] for q in every_q if span[q.start].lower_ not in ("a", "an")
                       and platform_cell is not None and cell_of[q.start] > platform_cell
                       and not is_words_measure(span, q.end - 1) and not _measures_hours(span, q)), default=None)
    if found and first_count is not None and cell_of[found[0][1]] > first_count and (
            _describes(span, cell_of, found[0][1]) or (column := _header_cell(sent, first_count)) is not None and nouns(column)):
        found = []  # "Instagram | 3 | photos and short graphics" under "Posts per week": the header names the item
    # an aside describes the item: "posts (one post, shared to both) | ... | 3", "| 4 per week | One post, published to both"
    shown = {n[1] for n in found[1:] if SHOWN_ON_ALL.match(span[n[2]:].text)}
    found = found[:1] + [n for n in found[1:] if not _in_brackets(span, n[1]) and n[1] not in shown]
    # a row with no work noun but a platform ("Spotlights, shared to Facebook | 5 a week") is posts
    kind, s, e = found[0] if found else ("social_post", 0, 1)
    qs = [q for q in every_q if span[q.start].lower_ not in ("a", "an") or q.end == s]
    # counts standing right before another work noun are that noun's ("e-newsletter: one 500-word story",
    # "dashboard plus a 45-minute review call")
    others = {n[1]: c for n in found[1:] if (c := count_before(span, n[1], n[2], every_q))}
    claimed = {c[2] for c in others.values()}
    noun_starts = {n[1] for n in found}
    counts = [q for q in qs if not is_words_measure(span, q.end - 1) and not _measures_hours(span, q)
              and q.start not in claimed and not _counts_something_else(span, q, noun_starts) and not _in_period(span, q)
              and not (q.start > 0 and span[q.start - 1].lower_ in ("all", "the", "those", "these", "of"))  # "all three"
              and not (q.end < len(span) and span[q.end].is_alpha and SHOWN_ON_ALL.match(span[q.end + 1:].text) and q.hi == 1)]
    # "(one post, shared to both) | ... | 3": a count in brackets describes the item when another cell counts it
    plain = [q for q in counts if not _in_brackets(span, q.start)]
    counts = plain or counts
    own = [q for q in counts if cell_of[q.start] == cell_of[s]]
    # "YouTube | 2 | videos | monthly": a count in the cell just before the item's own
    chosen = (own or [q for q in counts if q.start >= e] or [q for q in counts if cell_of[q.start] == cell_of[s] - 1])[:1]
    column = _header_cell(sent, cell_of[chosen[0].start]) if chosen else None
    if not found and column is not None and (named_kind := nouns(column)):
        kind = named_kind[0][0]  # "X | 5" under "Posts per week"
    # the count's own cell, then its column ("Posts per week"), then any cell, then the sentence's context
    period = (_cell_period(span, cell_of, cell_of[chosen[0].start]) if chosen else None) or (
        column is not None and nouns(column) and (p := period_in(column)) and p[0]) or next(
        (p for c in sorted(set(cell_of)) if (p := _cell_period(span, cell_of, c))), None) or period_for(sent, s, e, None)
    # no count: only a singular item with a frequency counts as one ("Short report | monthly")
    counted = bool(chosen) or bool(found) and not plural(span[e - 1].lower_)
    if period is None or not counted and not others:
        return []
    starts = [n[1] for n in found]
    # "Blog | 2 articles per month": the first cell labels the item counted in the next
    label_only = not own and any(n[0] == kind and n[1] in others for n in found[1:])
    items = [] if label_only or not counted else [(kind, s, e, chosen[0].hi if chosen else 1.0)]
    # more work nouns with their own counts: "Donor e-newsletter: one 500-word story | monthly"
    for other, os_, oe in found[1:]:
        if os_ in others:
            items.append((other, os_, oe, others[os_][0]))
    out = []
    for kind, s, e, count in items:
        words = words_of(span, s, e, qs, starts)
        if kind == "social_post" and words and span[e - 1].lower_ in ("story", "stories"):
            kind = "article"  # "one 500-word story" is written copy, not an Instagram story
        out.append(make(kind, count, period, words, sent.evidence(), named if kind in ("social_post", "video") else (),
                         sent.text, per_platform=kind == "social_post" and len(named) == 1))
    return out


ONE_OFF_ROW = patterns.compile(r"^\W*kick-?off\b|\b(?:one-off|one\s+off|once\s+only|one-time)\b", re.I)


def _quoted(span: Span, k: int) -> bool:
    return sum(t.text in ('"', "“", "”") for t in span[:k]) % 2 == 1


def _header_cell(sent: Sent, cell: int):
    """The table's header cell above a row's cell ('Posts per week'), as a span."""
    cells = sent.header.split("|")
    if not sent.header or cell >= len(cells) or not cells[cell].strip():
        return None
    return span_of(cells[cell].strip())


def _counts_something_else(span: Span, q, noun_starts: set[int]) -> bool:
    """'sent to 4,100 members': a number before a noun that is not a work item counts that noun."""
    if q.end >= len(span):
        return False
    nxt = span[q.end]
    allowed = {"x", "times", "per", "a", "an", "each", "every", "new", "original", "more", "send", "sends", "issue",
               "issues", "edition", "editions", "piece", "pieces", "post", "posts"}
    if nxt.text == "-" and q.end + 1 < len(span) and span[q.end + 1].is_alpha:
        return True  # "the 9,000-name list", "a 12-person team": a compound adjective, not a count
    return nxt.is_alpha and nxt.lower_ not in allowed and nxt.lower_ not in PERIOD_NOUNS and q.end not in noun_starts \
        and nxt.lower_ not in MODIFIERS


REF_HEADER = patterns.compile(r"^\s*(?:ref(?:erence)?|no\.?|#|id|item(?:\s+no\.?)?|section|clause|line|seq)\s*$", re.I)


def _reference(sent: Sent, span: Span, cell_of: list[int], q) -> bool:
    """'3.4 | Inbound handling ...': a number alone in a reference column numbers the row."""
    cell = [i for i, c in enumerate(cell_of) if c == cell_of[q.start] and span[i].text != "|"]
    if not cell or cell[0] != q.start or cell[-1] != q.end - 1:
        return False
    header = sent.header.split("|") if sent.header else []
    column = header[cell_of[q.start]] if cell_of[q.start] < len(header) else ""
    return bool(REF_HEADER.match(column)) or cell_of[q.start] == 0 and "." in span[q.start].text


def _describes(span: Span, cell_of: list[int], k: int) -> bool:
    """A cell listing content ('donor stories, event news, volunteer calls'), not a unit ('videos')."""
    cell = [t for i, t in enumerate(span) if cell_of[i] == cell_of[k] and t.text != "|"]
    return len(cell) >= 3 and any(t.text == "," for t in cell)


# "one post, carried on both", "One post, published to both": how a post is shown, not how many there are
SHOWN_ON_ALL = patterns.compile(r"^\W*(?:per\s+\w+\s+)?(?:(?:\w+\s+)?(?:carried|shared|published|posted|going|goes|cross-posted|shown)\s+(?:out\s+)?)?(?:on|to|across)\s+"
                          r"(?:both|all|each|every\b|(?-i:[A-Z])\w+\s+(?:and|&|\+)\s+(?-i:[A-Z])\w+)", re.I)


def _in_brackets(span: Span, k: int) -> bool:
    return sum(t.text == "(" for t in span[:k]) > sum(t.text == ")" for t in span[:k])


def _in_period(span: Span, q) -> bool:
    """The 'two' of 'every two weeks' counts weeks, not items."""
    return q.start > 0 and span[q.start - 1].lower_ in ("every", "each") and q.end < len(span) \
        and span[q.end].lower_ in PERIOD_NOUNS


def _measures_hours(span: Span, q) -> bool:
    nxt = span[q.end].lower_ if q.end < len(span) else ""
    return nxt in ("hours", "hour", "hrs", "hr", "h", "minutes", "mins", "%", "days", "day", "weeks", "months", "years",
                   "seconds", "secs") or q.start > 0 and span[q.start - 1].text in "$£€"  # money and durations


def _cell_period(span: Span, cell_of: list[int], cell: int) -> str | None:
    tokens = [i for i, c in enumerate(cell_of) if c == cell and span[i].text != "|"]
    if not tokens:
        return None
    part = span[tokens[0]:tokens[-1] + 1]
    bare = part.text.strip().lower().removeprefix("per ").removeprefix("a ").removeprefix("every ").removeprefix("each ")
    if bare in PERIOD_NOUNS:
        return PERIOD_NOUNS[bare]  # a Frequency column: "week", "month", "Monthly"
    found = period_in(part) or period_after(part, 0)
    return found[0] if found else None
