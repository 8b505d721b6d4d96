"""Negation and exclusion as ConText-style rules over a clause.

A cue looks forward or backward from where it stands until a clause break
("but", ";", a full stop), so "we no longer use Twitter, but want LinkedIn"
negates Twitter and not LinkedIn. The cue that decided is returned, so a
fact can say why it was left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

BREAKS = {".", ";", "but", "however", "whereas", "while", "although", "though", "instead", "rather", "yet"}

# Cues that negate or exclude what follows them in the clause.
FORWARD_CUES: tuple[str, ...] = (
    "not", "n't", "never", "no", "nor", "neither", "without", "excluding", "exclude", "excludes", "except",
    "except for", "other than", "apart from", "no longer", "used to", "formerly", "previously", "once used",
    "stopped", "discontinued", "abandoned", "retired", "deleted", "closed", "left", "quit", "out of scope",
    "not in scope", "outside the scope", "competitor", "competitors", "competitor's", "competitors'", "rival",
    "rivals", "unlike", "not including", "beyond", "other agencies", "handled in-house", "in-house",
)
# Cues that negate what comes before them in the clause ("TikTok is out of scope").
BACKWARD_CUES: tuple[str, ...] = (
    "out of scope", "is excluded", "are excluded", "excluded", "is not included", "are not included",
    "not included", "not required", "is not part", "are not part", "not part of", "no longer", "not needed",
    "is out", "are out", "handled in-house", "in-house", "managed internally", "handled internally",
    "by our own team", "by our staff", "competitor", "competitors", "competitors'", "is not in scope",
    "are not in scope", "not in scope", "we dropped", "was closed", "were closed", "is dormant",
    "will not be", "won't be", "not be",
)
# Words after "not"/"no" that undo the negation ("not limited to", "no more than", "not only").
NOT_NEGATING = {"limited", "more", "less", "fewer", "later", "only", "just", "restricted", "exceed", "exceeding",
                "matter", "doubt", "problem", "earlier", "sooner", "to"}


def _words(phrase: str) -> list[str]:
    """Cue words as the tokenizer splits them: "in-house" is "in", "-", "house"."""
    out: list[str] = []
    for w in phrase.split():
        parts = w.split("-") if "-" in w.strip("-") else [w]
        for k, part in enumerate(parts):
            if k:
                out.append("-")
            out.append(part)
    return out


def _phrase_at(span: Span, i: int, phrase: str) -> bool:
    words = _words(phrase)
    if i + len(words) > len(span):
        return False
    return all(span[i + k].lower_ == w for k, w in enumerate(words))


def clause_bounds(span: Span, start: int, end: int) -> tuple[int, int]:
    """Token bounds of the clause around [start, end)."""
    lo = start
    while lo > 0 and span[lo - 1].lower_ not in BREAKS:
        lo -= 1
    hi = end
    while hi < len(span) and span[hi].lower_ not in BREAKS:
        hi += 1
    return lo, hi


def negation_cue(span: Span, start: int, end: int, *, forward: tuple[str, ...] = FORWARD_CUES,
                 backward: tuple[str, ...] = BACKWARD_CUES, window: int = 8, skip: set[int] = frozenset()) -> str | None:
    """Return the cue that negates or excludes tokens [start, end) of the span, if any.

    Tokens in `skip` (other facts' own words) are never cues.
    """
    lo, hi = clause_bounds(span, start, end)
    lo = max(lo, start - window)
    for i in range(lo, start):
        if i in skip:
            continue
        for cue in forward:
            if _phrase_at(span, i, cue):
                nxt = i + len(_words(cue))
                if cue in ("not", "no", "n't", "never") and nxt < len(span) and span[nxt].lower_ in NOT_NEGATING:
                    continue
                if cue in ("not", "n't") and nxt < len(span) and span[nxt].lower_ in ("be", "only") and nxt + 1 < len(span) and span[nxt + 1].lower_ in ("limited", "restricted"):
                    continue
                return cue
    for i in range(end, min(hi, end + window)):
        if i in skip:
            continue
        for cue in backward:
            if _phrase_at(span, i, cue):
                nxt = i + len(_words(cue))
                if nxt < len(span) and span[nxt].lower_ in NOT_NEGATING:
                    continue
                return cue
    return None
