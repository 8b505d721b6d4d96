"""The document's own text for the HTML report, cut into pieces at every evidence span.

Each piece knows which findings quote it, so the template can wrap it in one
`<mark data-rule="...">` per finding, and where a finding's quote starts it
carries that quote's anchor (`ev-<rule>-<offset>`), the target of the link
from the finding to its passage.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Block, Document, Finding


@dataclass(frozen=True)
class Piece:
    text: str
    rules: tuple[str, ...]  # the findings that quote this text, most severe first
    anchors: tuple[str | None, ...]  # per rule: the id of the quote that starts here, else None


@dataclass(frozen=True)
class BlockView:
    kind: str  # paragraph | heading | list_item | table_row
    page_break: int | None  # the page this block starts, when it is the first of its page
    pieces: tuple[Piece, ...]


def anchor(rule: str, start: int) -> str:
    return f"ev-{rule}-{start}"


def document_view(doc: Document | None, findings: tuple[Finding, ...]) -> tuple[BlockView, ...]:
    """The document's blocks, each cut at the evidence spans inside it."""
    if doc is None:
        return ()
    spans = sorted({(e.start, e.end, f.rule) for f in findings for e in f.evidence})
    order = {f.rule: i for i, f in enumerate(findings)}
    views, page = [], None
    for block in doc.blocks:
        starts_page = block.page if block.page is not None and block.page != page else None
        page = block.page if block.page is not None else page
        views.append(BlockView(block.kind, starts_page, _pieces(doc.text, block, spans, order)))
    return tuple(views)


def _pieces(text: str, block: Block, spans: list[tuple[int, int, str]], order: dict[str, int]) -> tuple[Piece, ...]:
    inside = [(max(s, block.start), min(e, block.end), r, s) for s, e, r in spans if s < block.end and e > block.start]
    cuts = sorted({block.start, block.end, *(s for s, _, _, _ in inside), *(e for _, e, _, _ in inside)})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        covering = sorted({(r, orig) for s, e, r, orig in inside if s <= a and e >= b},
                          key=lambda x: (order.get(x[0], 0), x[1]))
        rules, anchors = [], []
        for rule, orig in covering:
            if rule in rules:
                continue  # two quotes of one finding overlapping: one mark
            rules.append(rule)
            anchors.append(anchor(rule, orig) if orig == a else None)
        pieces.append(Piece(text[a:b], tuple(rules), tuple(anchors)))
    return tuple(pieces)
