"""Ruled tables from a page's lines: the cells their rules enclose, row by row.

The method is pdfplumber's "lines" strategy, which the PDF loader used before
and whose results the facts were tuned on: ruling lines (stroked lines, the
sides of rectangles, the straight pieces of other paths) are snapped together
and joined; where a horizontal and a vertical rule cross is a corner; the
smallest rectangle whose four corners are joined by rules is a cell; cells
that share corners make a table. Here it works on plain numbers, so the
reader can take the lines from pdfium in C time instead of laying out every
object of the page in Python.

Coordinates are top-down (y grows down the page), in PDF points.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

SNAP = 3.0  # rules this close are one rule (pdfplumber's snap, join and intersection tolerances)
MIN_LENGTH = 3.0  # shorter pieces are the ends of thick rules or dots, not rules

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass(frozen=True)
class Rule:
    """A horizontal or vertical ruling line: `at` is its y (horizontal) or x (vertical)."""

    vertical: bool
    at: float
    start: float
    end: float


@dataclass(frozen=True)
class Table:
    box: Box
    rows: tuple[tuple[Box, ...], ...]  # each row's cells, left to right; rows top to bottom


def rule(x0: float, y0: float, x1: float, y1: float) -> Rule | None:
    """The rule a straight piece of path draws, or None when it is slanted."""
    if abs(y0 - y1) <= 0.5 and abs(x0 - x1) > 0.5:
        return Rule(False, (y0 + y1) / 2, min(x0, x1), max(x0, x1))
    if abs(x0 - x1) <= 0.5 and abs(y0 - y1) > 0.5:
        return Rule(True, (x0 + x1) / 2, min(y0, y1), max(y0, y1))
    return None


def tables(rules: Iterable[Rule]) -> list[Table]:
    """The tables the rules draw, top to bottom; a table has at least two cells."""
    found = [r for r in _joined(_snapped(list(rules))) if r.end - r.start >= MIN_LENGTH]
    across = [r for r in found if not r.vertical]
    down = [r for r in found if r.vertical]
    corners = _corners(across, down)
    cells = _cells(corners)
    return sorted((_table(group) for group in _groups(cells) if len(group) > 1), key=lambda t: (t.box[1], t.box[0]))


def _snapped(rules: list[Rule]) -> list[Rule]:
    """Move rules of one orientation that lie within SNAP of each other onto their mean."""
    out = []
    for vertical in (False, True):
        cluster: list[Rule] = []
        for r in sorted((r for r in rules if r.vertical == vertical), key=lambda r: r.at):
            if cluster and r.at - cluster[-1].at > SNAP:
                out += _to_mean(cluster)
                cluster = []
            cluster.append(r)
        out += _to_mean(cluster)
    return out


def _to_mean(cluster: list[Rule]) -> list[Rule]:
    if not cluster:
        return []
    at = sum(r.at for r in cluster) / len(cluster)
    return [Rule(r.vertical, at, r.start, r.end) for r in cluster]


def _joined(rules: list[Rule]) -> list[Rule]:
    """Join rules on one line that overlap or nearly touch."""
    lines: dict[tuple[bool, float], list[Rule]] = defaultdict(list)
    for r in rules:
        lines[r.vertical, r.at].append(r)
    out = []
    for (vertical, at), pieces in lines.items():
        pieces.sort(key=lambda r: r.start)
        start, end = pieces[0].start, pieces[0].end
        for r in pieces[1:]:
            if r.start <= end + SNAP:
                end = max(end, r.end)
            else:
                out.append(Rule(vertical, at, start, end))
                start, end = r.start, r.end
        out.append(Rule(vertical, at, start, end))
    return out


# A corner: where it is, and which horizontal and vertical rules meet there (by index).
_Corners = dict[tuple[float, float], tuple[set[int], set[int]]]


def _corners(across: list[Rule], down: list[Rule]) -> _Corners:
    corners: _Corners = {}
    for v_index, v in enumerate(down):
        for h_index, h in enumerate(across):
            if h.start - SNAP <= v.at <= h.end + SNAP and v.start - SNAP <= h.at <= v.end + SNAP:
                hs, vs = corners.setdefault((v.at, h.at), (set(), set()))
                hs.add(h_index)
                vs.add(v_index)
    return corners


def _cells(corners: _Corners) -> list[Box]:
    """The smallest rectangles whose corners are joined by rules, one from each top-left corner."""
    by_x: dict[float, list[float]] = defaultdict(list)
    by_y: dict[float, list[float]] = defaultdict(list)
    for x, y in sorted(corners):
        by_x[x].append(y)
        by_y[y].append(x)

    def joined_across(a: tuple[float, float], b: tuple[float, float]) -> bool:
        return bool(corners[a][0] & corners[b][0])

    def joined_down(a: tuple[float, float], b: tuple[float, float]) -> bool:
        return bool(corners[a][1] & corners[b][1])

    cells = []
    for x, y in sorted(corners, key=lambda c: (c[1], c[0])):
        cell = _cell(x, y, [b for b in by_x[x] if b > y], [r for r in by_y[y] if r > x], corners,
                     joined_across, joined_down)
        if cell:
            cells.append(cell)
    return cells


def _cell(x: float, y: float, below: list[float], right: list[float], corners: _Corners,
          joined_across, joined_down) -> Box | None:
    top_left = (x, y)
    for bottom in below:
        if not joined_down(top_left, (x, bottom)):
            continue
        for side in right:
            if not joined_across(top_left, (side, y)):
                continue
            corner = (side, bottom)
            if corner in corners and joined_down((side, y), corner) and joined_across((x, bottom), corner):
                return x, y, side, bottom
    return None


def _groups(cells: list[Box]) -> list[list[Box]]:
    """Cells that share a corner, transitively: one table each."""
    parent = list(range(len(cells)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[float, float], int] = {}
    for i, (x0, top, x1, bottom) in enumerate(cells):
        for corner in ((x0, top), (x1, top), (x0, bottom), (x1, bottom)):
            if corner in owner:
                parent[root(i)] = root(owner[corner])
            else:
                owner[corner] = i
    groups: dict[int, list[Box]] = defaultdict(list)
    for i, cell in enumerate(cells):
        groups[root(i)].append(cell)
    return list(groups.values())


def _table(cells: list[Box]) -> Table:
    rows: dict[float, list[Box]] = defaultdict(list)
    for cell in cells:
        rows[cell[1]].append(cell)
    box = (min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells), max(c[3] for c in cells))
    return Table(box, tuple(tuple(sorted(rows[top])) for top in sorted(rows)))
