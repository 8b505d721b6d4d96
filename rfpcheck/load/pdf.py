"""PDF to parts: lines in reading order, tables as rows, page furniture dropped.

pdfium reads every page, in C: its text, cut into lines with their places, and
its ruling lines, from which `pdf_tables` finds the cells of ruled tables; each
cell's text is then asked of pdfium by its box. (pdfplumber, which did this
before, lays out every object of a page in Python and took about 95 times as
long for the same words.) Reading a page only turns pdfium's output into
`_Page` records; everything after that is plain data.
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from rfpcheck.errors import InputError
from rfpcheck.limits import Limits
from rfpcheck.load.blocks import Line, Part, blocks
from rfpcheck.load.pdf_tables import Rule, Table, rule, tables

if TYPE_CHECKING:
    from pypdfium2 import PdfPage, PdfTextPage

_BAND = 0.12  # share of the page height at top and bottom where headers and footers sit
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—(]?\s*\d+\s*(?:[-–—)]|(?:of|/)\s*\d+)?$", re.IGNORECASE)
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;][\"'’”)\]]*$")
_SHORT = 0.75  # a line ending before this share of the text width was not wrapped
_GAP = 1.3  # line pitch above this multiple of the usual pitch is a paragraph break
_COLUMN_GAP = 2.0  # a horizontal gap this many font sizes wide separates table cells
# Objects on one page past which its ruling lines are not looked for (each costs a few calls into
# pdfium from Python): a text page has a few hundred, a dense table or chart a few thousand, a
# drawing bomb millions
_CROWDED = 20_000  # objects, and pieces of paths
_MOST_RULES = 3_000  # a page of tables has a few hundred rules; past this many, a drawing
_HYPHEN = re.compile(r"[\ufffe\x02]")  # pdfium's mark for a word hyphenated across lines


@dataclass(frozen=True)
class _Span:
    """A run of text on one baseline, as a PDF library reports it."""

    text: str
    x0: float
    x1: float
    base: float  # distance of the baseline from the top of the page
    size: float
    bold: bool


@dataclass(frozen=True)
class _Page:
    """What one page holds: its lines and its table rows."""

    number: int
    height: float
    lines: tuple[_Span, ...]
    rows: tuple[tuple[float, str], ...]  # (top, "cell | cell") for each table row


@dataclass(frozen=True)
class _View:
    """How a page is seen: pdfium gives places in the PDF's own space (y up, before the page's /Rotate), and
    every rule here reads top-down on the upright page. A landscape page a print driver made is portrait
    content turned, with /Rotate 90 to show it upright."""

    rotation: int  # 0, 90, 180 or 270 degrees clockwise
    width: float  # the page as it is shown
    height: float

    @classmethod
    def of(cls, page: PdfPage) -> _View:
        return cls(page.get_rotation() % 360, page.get_width(), page.get_height())

    def point(self, x: float, y: float) -> tuple[float, float]:
        """A point of PDF space, as (distance from the left, from the top) of the upright page."""
        if self.rotation == 90:
            return y, x
        if self.rotation == 180:
            return self.width - x, y
        if self.rotation == 270:
            return self.width - y, self.height - x
        return x, self.height - y

    def box(self, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        """A rectangle of PDF space as (x0, top, x1, bottom) on the upright page."""
        (ax, ay), (bx, by) = self.point(left, bottom), self.point(right, top)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    def pdf_rect(self, x0: float, top: float, x1: float, bottom: float) -> tuple[float, float, float, float]:
        """An upright rectangle as (left, bottom, right, top) of PDF space: the inverse of `box`."""
        corners = [self._inverse(x, y) for x, y in ((x0, top), (x1, bottom))]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        return min(xs), min(ys), max(xs), max(ys)

    def _inverse(self, x: float, y: float) -> tuple[float, float]:
        if self.rotation == 90:
            return y, x
        if self.rotation == 180:
            return self.width - x, y
        if self.rotation == 270:
            return self.height - y, self.width - x
        return x, self.height - y


def read_pdf(path: str, data: bytes, *, limits: Limits = Limits(), password: str | None = None,
             ocr: bool | None = None) -> tuple[list[Part], int, tuple[str, ...]]:
    """Read a PDF's text as parts, count its pages, and note how it was read.

    A PDF without a text layer goes through OCRmyPDF when `ocr` allows and it is installed.
    """
    pages, notes = _pages(path, data, limits, password)
    if not any(page.lines or page.rows for page in pages):
        from rfpcheck.load.ocr import recognise

        pages, notes = _pages(path, recognise(path, data, ocr, limits), limits, None)
        if not any(page.lines or page.rows for page in pages):
            raise InputError(path, "the PDF has no text layer, and OCR found no text on its pages")
        notes += ("the PDF has no text layer; its text was recognised by OCRmyPDF, "
                  "so names and figures may carry OCR errors",)
    return blocks(_lines(_drop_furniture(pages))), len(pages), notes


def _pages(path: str, data: bytes, limits: Limits, password: str | None) -> tuple[list[_Page], tuple[str, ...]]:
    """Read every page, and note the pages too crowded to look for tables on; any failure is an `InputError`."""
    import pypdfium2 as pdfium

    budget = _Budget(path, limits)
    pages, crowded = [], []
    try:
        pdf = pdfium.PdfDocument(data, password=password)
    except Exception as error:  # pdfium raises one kind for every broken or locked file
        raise InputError(path, _cause(error, password)) from error
    try:
        budget.pages(len(pdf))  # before any page is loaded
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                read, count = _page(page, index + 1, budget)
            finally:
                page.close()  # pdfium keeps a loaded page's objects until it is closed: memory stays flat
            pages.append(read)
            if count:
                crowded.append((index + 1, count))
    except InputError:
        raise
    except Exception as error:
        raise InputError(path, _cause(error, password)) from error
    finally:
        pdf.close()
    if not pages:
        raise InputError(path, "the PDF has no pages")
    notes = tuple(f"page {number} holds {count:,} objects or lines, too many to look for tables in; "
                  "its table rows may read less well" for number, count in crowded[:3])
    return pages, notes


def _page(page: PdfPage, number: int, budget: _Budget) -> tuple[_Page, int]:
    """One page's lines outside its tables and its tables' rows; and its object count when too crowded to
    look for tables (else 0)."""
    view = _View.of(page)
    textpage = page.get_textpage()
    try:
        found, crowded = _rules(page, view)
        lines = _pdfium_spans(textpage, view)
        ruled = [(table, rows) for table in tables(found)
                 if _holds_its_lines(table, lines) and (rows := _rows(textpage, table, view))]
        spans = [s for s in lines if not any(_inside(s, table) for table, _ in ruled)]
    finally:
        textpage.close()
    rows = tuple(row for _, table_rows in ruled for row in table_rows)
    budget.spend([s.text for s in spans] + [text for _, text in rows])
    return _Page(number, view.height, _merge(spans), rows), crowded


@dataclass
class _Budget:
    """Counts pages and characters as they are read, to stop a huge PDF early rather than at the end."""

    path: str
    limits: Limits
    chars: int = 0

    def pages(self, count: int) -> None:
        cap = self.limits.max_pages
        if cap is not None and count > cap:
            raise InputError(self.path, f"{count:,} pages, over the limit of {cap:,} "
                                        "(raise it with --max-pages, 0 for none)")

    def spend(self, texts: Iterable[str]) -> None:
        self.chars += sum(len(text) + 1 for text in texts)
        self.limits.check_chars(self.path, self.chars)


def _cause(error: Exception, password: str | None) -> str:
    """Say in a few words why the PDF library refused the file."""
    inner = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
    text = f"{type(inner).__name__} {inner}"
    if "assword" in text or "ncrypt" in text:
        if password:
            return "encrypted PDF, and the password given does not open it"
        return "encrypted PDF: it needs a password; pass it with --password (or save an unprotected copy)"
    detail = " ".join(str(inner).split())[:80] or type(inner).__name__
    return f"cannot read the PDF, it may be damaged ({detail})"


def _rules(page: PdfPage, view: _View) -> tuple[list[Rule], int]:
    """The straight pieces of the page's paths as rules, top-down; or none, and the object count, when the
    page holds more objects than are worth walking."""
    from pypdfium2 import raw

    count = raw.FPDFPage_CountObjects(page)
    if count > _CROWDED:
        return [], count
    found: list[Rule] = []
    seen = 0
    stack = [(raw.FPDFPage_GetObject(page, k), (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)) for k in range(count)]
    while stack:  # a form XObject holds objects of its own, placed by its matrix
        obj, outer = stack.pop()
        seen += 1
        if seen > _CROWDED:
            return [], seen
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_FORM:
            inner = _times(_matrix(obj), outer)
            stack += [(raw.FPDFFormObj_GetObject(obj, k), inner) for k in range(raw.FPDFFormObj_CountObjects(obj))]
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            seen += raw.FPDFPath_CountSegments(obj)  # one path may draw thousands of lines
            if seen > _CROWDED:
                return [], seen
            found += _path_rules(obj, _times(_matrix(obj), outer), view)
    if len(found) > _MOST_RULES:  # finding corners costs rules across times rules down
        return [], seen
    return found, 0


_Matrix = tuple[float, float, float, float, float, float]  # a, b, c, d, e, f as in PDF


def _matrix(obj: object) -> _Matrix:
    from pypdfium2 import raw

    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return 1.0, 0.0, 0.0, 1.0, 0.0, 0.0
    return m.a, m.b, m.c, m.d, m.e, m.f


def _times(m: _Matrix, n: _Matrix) -> _Matrix:
    """The matrix that applies m, then n."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u


def _path_rules(obj: object, m: _Matrix, view: _View) -> Iterator[Rule]:
    """The straight, level or upright pieces of one path, in top-down page coordinates."""
    from pypdfium2 import raw

    x, y = ctypes.c_float(), ctypes.c_float()
    a, b, c, d, e, f = m
    start = here = None
    for k in range(raw.FPDFPath_CountSegments(obj)):
        segment = raw.FPDFPath_GetPathSegment(obj, k)
        raw.FPDFPathSegment_GetPoint(segment, x, y)
        point = view.point(a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind == raw.FPDF_SEGMENT_MOVETO:
            start = point
        elif kind == raw.FPDF_SEGMENT_LINETO and here is not None and (r := rule(*here, *point)):
            yield r
        here = point
        if raw.FPDFPathSegment_GetClose(segment) and start is not None:
            if here != start and (r := rule(*here, *start)):
                yield r
            here = start


def _holds_its_lines(table: Table, lines: list[_Span]) -> bool:
    """Tell whether every line across the table lies within it. Rules that leave columns open (no outer
    border) make a table of the inner columns only; its rows would lose the rest, so it is read as lines."""
    x0, top, x1, bottom = table.box
    return not any(top - 1 <= s.base - s.size / 2 <= bottom + 1 and s.x0 < x1 and s.x1 > x0
                   and (s.x0 < x0 - 2 or s.x1 > x1 + 2) for s in lines)


def _inside(span: _Span, table: Table) -> bool:
    """Tell whether a line's middle lies in a table, whose rows already hold its words."""
    x0, top, x1, bottom = table.box
    x, y = (span.x0 + span.x1) / 2, span.base - span.size / 2
    return x0 - 1 <= x <= x1 + 1 and top - 1 <= y <= bottom + 1


def _rows(textpage: PdfTextPage, table: Table, view: _View) -> list[tuple[float, str]]:
    """Each row's top and its cells' text joined with " | "; none when no row has two cells of text,
    for one column is a framed box of text, not a table."""
    rows = []
    for cells in table.rows:
        texts = [_cell_text(textpage, cell, view) for cell in cells]
        rows.append((cells[0][1], " | ".join(t for t in texts if t)))
    if not any(" | " in text for _, text in rows):
        return []
    return [(top, text) for top, text in rows if text]


def _cell_text(textpage: PdfTextPage, cell: tuple[float, float, float, float], view: _View) -> str:
    x0, top, x1, bottom = cell
    # pdfium takes every character whose box touches the rectangle: keep off the rules, or the descender of
    # the row above ("g" of "Instagram") joins this row
    dx, dy = min(1.0, (x1 - x0) / 5), min(2.0, (bottom - top) / 5)
    left, low, right, high = view.pdf_rect(x0 + dx, top + dy, x1 - dx, bottom - dy)
    text = textpage.get_text_bounded(left=left, bottom=low, right=right, top=high)
    return " ".join(_HYPHEN.sub("-", text).split())


def _pdfium_spans(textpage: PdfTextPage, view: _View) -> list[_Span]:
    """Cut a page's text into lines and place each by its first and last characters."""
    from pypdfium2 import raw

    text = textpage.get_text_range()
    # get_text_range starts at the first character pdfium keeps in its text
    kept = (raw.FPDFText_GetTextIndexFromCharIndex(textpage, i) for i in range(textpage.count_chars()))
    offset = next((index for index in kept if index >= 0), 0)
    spans = []
    # pdfium ends lines with CRLF, but marks a word hyphenated across lines with
    # U+FFFE or U+0002 in place of the hyphen and no line break at all
    for match in re.finditer(r"[^\r\n\ufffe\x02]+[\ufffe\x02]?", text):
        start = match.start() + len(match[0]) - len(match[0].lstrip())  # where the words start
        end = match.end() - len(match[0]) + len(match[0].rstrip())
        if start >= end:
            continue
        a = raw.FPDFText_GetCharIndexFromTextIndex(textpage, offset + start)
        b = raw.FPDFText_GetCharIndexFromTextIndex(textpage, offset + end - 1)
        if a < 0 or b < 0:
            continue
        x, y = ctypes.c_double(), ctypes.c_double()
        raw.FPDFText_GetCharOrigin(textpage, a, x, y)
        first, last = view.box(*textpage.get_charbox(a)), view.box(*textpage.get_charbox(b))
        bold = bool(_BOLD.search(_font(textpage, a))) and bool(_BOLD.search(_font(textpage, b)))
        words = _HYPHEN.sub("-", match[0]).strip()
        base = view.point(x.value, y.value)[1]
        spans.append(_Span(words, min(first[0], last[0]), max(first[2], last[2]), base,
                           raw.FPDFText_GetFontSize(textpage, a), bold))
    return spans


def _font(textpage: PdfTextPage, index: int) -> str:
    """Return the name of the font a character is set in."""
    from pypdfium2 import raw

    buffer = ctypes.create_string_buffer(128)
    raw.FPDFText_GetFontInfo(textpage, index, buffer, len(buffer), None)
    return buffer.value.decode("latin-1")


def _merge(spans: Iterable[_Span]) -> tuple[_Span, ...]:
    """Merge spans that share a baseline into lines, top to bottom, left to right."""
    lines: list[list[_Span]] = []
    for span in sorted(spans, key=lambda s: (s.base, s.x0)):
        if lines and abs(span.base - lines[-1][0].base) <= max(2.0, 0.3 * span.size):
            lines[-1].append(span)
        else:
            lines.append([span])
    return tuple(_line(sorted(line, key=lambda s: s.x0)) for line in lines)


def _line(spans: list[_Span]) -> _Span:
    """Join one baseline's spans, with " | " across gaps that only table columns leave."""
    text = spans[0].text
    for before, span in pairwise(spans):
        gap, size = span.x0 - before.x1, max(before.size, span.size)
        # no gap: one word split by a change of font; a wide one: a table's columns
        text += ("" if gap < 0.1 * size else " | " if gap > _COLUMN_GAP * size else " ") + span.text
    bold = spans[0].bold and spans[-1].bold  # a bold lead-in does not make a heading
    return _Span(text, spans[0].x0, spans[-1].x1, spans[0].base, spans[0].size, bold)


def _drop_furniture(pages: list[_Page]) -> list[_Page]:
    """Drop running headers, footers and page numbers from the margins of every page."""
    seen: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for page in pages:
        for key, text in {_key(s.text): s.text for s in page.lines if _in_margin(s, page)}.items():
            seen[key].append((page.number, text))
    # a header recurs on most pages (the title page often lacks it)
    running = {key for key, found in seen.items() if len(found) >= max(2, len(pages) / 2) and _running(found)}
    return [
        _Page(
            page.number,
            page.height,
            tuple(
                s
                for s in page.lines
                if not (_in_margin(s, page) and (_key(s.text) in running or _PAGE_NUMBER.match(s.text)))
            ),
            page.rows,
        )
        for page in pages
    ]


def _running(found: list[tuple[int, str]]) -> bool:
    """Tell a running header from recurring body text: the same words, or numbered with the page."""
    if len({text for _, text in found}) == 1:
        return True
    # "Page 3 of 12" counts with the page; "Section 3" at the top of a page need not
    numbers = [(page, [int(n) for n in re.findall(r"\d+", text)]) for page, text in found]
    return any(len({values[i] - page for page, values in numbers}) == 1 for i in range(len(numbers[0][1])))


def _in_margin(span: _Span, page: _Page) -> bool:
    """Tell whether a line is one of the first or last two, in the page's top or bottom band."""
    edge = any(span is s for s in (*page.lines[:2], *page.lines[-2:]))
    return edge and (span.base < _BAND * page.height or span.base - span.size > (1 - _BAND) * page.height)


def _key(text: str) -> str:
    """Normalise a line so "Page 3 of 12" and "Page 4 of 12" compare equal."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


@dataclass(frozen=True)
class _Layout:
    """The document's usual type and text column, against which each line is judged."""

    body_size: float
    mostly_bold: bool
    left: float
    right: float
    pitch: float  # usual distance between baselines, in font sizes

    def short(self, span: _Span) -> bool:
        """Tell whether a line ends well before the right margin, so it was not wrapped."""
        return span.x1 < self.left + _SHORT * (self.right - self.left)


def _layout(pages: list[_Page]) -> _Layout:
    """Measure the body type size, the text column and the line pitch."""
    spans = [s for page in pages for s in page.lines]
    sizes = Counter()
    for s in spans:
        sizes[round(s.size * 2) / 2] += len(s.text)
    bold = sum(len(s.text) for s in spans if s.bold)
    return _Layout(
        sizes.most_common(1)[0][0],
        bold > sum(sizes.values()) / 2,
        _quantile([s.x0 for s in spans], 0.05),
        _quantile([s.x1 for s in spans], 0.95),
        _usual_pitch(pages),
    )


def _lines(pages: list[_Page]) -> list[Line]:
    """Turn every page's lines and table rows, in reading order, into `Line`s."""
    if not any(page.lines for page in pages):
        return [
            Line(text, f"page {page.number}", page.number, kind="table_row")
            for page in pages
            for _, text in page.rows
        ]
    layout = _layout(pages)
    lines: list[Line] = []
    prev: _Span | None = None  # the line before, unless a table came between
    for page in pages:
        where = f"page {page.number}"
        items = [(s.base - s.size / 2, s) for s in page.lines] + list(page.rows)
        for _, item in sorted(items, key=lambda item: item[0]):
            if isinstance(item, str):
                lines.append(Line(item, where, page.number, kind="table_row"))
                prev = None
                continue
            if prev is None or lines[-1].page != page.number:
                # a paragraph runs on over a page break when its last line was full
                brk = prev is None or layout.short(prev) or bool(_SENTENCE_END.search(prev.text))
            else:
                brk = item.base - prev.base > _GAP * layout.pitch * max(item.size, prev.size)
            strong = (item.bold and not layout.mostly_bold) or item.size >= 1.15 * layout.body_size
            kind = "table_row" if " | " in item.text else ""
            lines.append(
                Line(
                    item.text,
                    where,
                    page.number,
                    indent=item.x0 - layout.left,
                    brk=brk,
                    short=layout.short(item),
                    strong=strong,
                    kind=kind,
                )
            )
            prev = item
    return lines


def _usual_pitch(pages: list[_Page]) -> float:
    """Return the usual distance between baselines, in font sizes (1.2 if unknown)."""
    ratios = Counter(
        round((b.base - a.base) / max(a.size, b.size), 1)
        for page in pages
        for a, b in pairwise(page.lines)
        if abs(a.size - b.size) < 0.5 and b.base > a.base
    )
    return ratios.most_common(1)[0][0] if ratios else 1.2


def _quantile(values: list[float], q: float) -> float:
    """Return the value below which a share q of the values lie."""
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))]
