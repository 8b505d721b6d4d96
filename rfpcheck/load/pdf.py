"""PDF to parts: lines in reading order, tables as rows, page furniture dropped.

Reading a page (`_plumber_pages` or, with `fast=True`, `_pdfium_pages`) only
turns the library's output into `_Page` records; everything after that is plain
data, shared by both paths, so both group text the same way.
"""

from __future__ import annotations

import io
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from rfpcheck.errors import InputError
from rfpcheck.limits import Limits
from rfpcheck.load.blocks import Line, Part, blocks

if TYPE_CHECKING:
    from pdfplumber.page import Page as PlumberPage
    from pypdfium2 import PdfTextPage

_Box = tuple[float, float, float, float]  # x0, top, x1, bottom

_BAND = 0.12  # share of the page height at top and bottom where headers and footers sit
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—(]?\s*\d+\s*(?:[-–—)]|(?:of|/)\s*\d+)?$", re.IGNORECASE)
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;][\"'’”)\]]*$")
_SHORT = 0.75  # a line ending before this share of the text width was not wrapped
_GAP = 1.3  # line pitch above this multiple of the usual pitch is a paragraph break
_COLUMN_GAP = 2.0  # a horizontal gap this many font sizes wide separates table cells
# Objects on one page past which pdfplumber is too slow (about 0.3 ms each); a text page has a few
# hundred, a dense table or chart a few thousand
_CROWDED = 20_000
_CROWDED_TEXT = 5_000  # text objects: pdfminer lays out each glyph, so these cost far more


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
    """What one page holds: its lines and, on the default path, its table rows."""

    number: int
    height: float
    lines: tuple[_Span, ...]
    rows: tuple[tuple[float, str], ...]  # (top, "cell | cell") for each table row


def read_pdf(path: str, data: bytes, fast: bool = False, *, limits: Limits = Limits(),
             password: str | None = None, ocr: bool | None = None) -> tuple[list[Part], int, tuple[str, ...]]:
    """Read a PDF's text as parts, count its pages, and note how it was read.

    A PDF without a text layer goes through OCRmyPDF when `ocr` allows and it is installed.
    """
    notes: tuple[str, ...] = ()
    if not fast and (crowded := _crowded_page(data, password, _Budget(path, limits))):
        # pdfplumber lays out every object of a page in Python: tens of thousands take it minutes
        number, count = crowded
        fast, notes = True, (f"page {number} holds {count:,} objects, too many to look for tables in; "
                             "the PDF was read with the fast text path, so table rows may read less well",)
    pages = _pages(path, data, fast, limits, password)
    if not any(page.lines or page.rows for page in pages):
        from rfpcheck.load.ocr import recognise

        pages = _pages(path, recognise(path, data, ocr, limits), fast, limits, None)
        if not any(page.lines or page.rows for page in pages):
            raise InputError(path, "the PDF has no text layer, and OCR found no text on its pages")
        notes += ("the PDF has no text layer; its text was recognised by OCRmyPDF, "
                  "so names and figures may carry OCR errors",)
    return blocks(_lines(_drop_furniture(pages))), len(pages), notes


def _crowded_page(data: bytes, password: str | None, budget: _Budget) -> tuple[int, int] | None:
    """The first page with more objects than pdfplumber can lay out in reasonable time, and its count.

    pdfium counts them in C, in milliseconds a page; a PDF pdfium cannot open is left to pdfplumber,
    whose error message names the damage.
    """
    import pypdfium2 as pdfium
    from pypdfium2 import raw

    try:
        pdf = pdfium.PdfDocument(data, password=password)
    except Exception:  # damaged or encrypted: pdfplumber says which
        return None
    try:
        budget.pages(len(pdf))  # before any page is loaded
    except InputError:
        pdf.close()
        raise
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            count = raw.FPDFPage_CountObjects(page)
            # pdfminer's cost is in the glyphs: text objects count most
            texts = sum(raw.FPDFPageObj_GetType(raw.FPDFPage_GetObject(page, k)) == raw.FPDF_PAGEOBJ_TEXT
                        for k in range(min(count, _CROWDED + 1)))
            page.close()
            if count > _CROWDED or texts > _CROWDED_TEXT:
                return index + 1, count
    except Exception:
        return None
    finally:
        pdf.close()
    return None


def _pages(path: str, data: bytes, fast: bool, limits: Limits, password: str | None) -> list[_Page]:
    """Read the pages with pdfplumber, or with pypdfium2 when `fast`; any failure is an `InputError`."""
    budget = _Budget(path, limits)
    try:
        pages = _pdfium_pages(data, password, budget) if fast else _plumber_pages(data, password, budget)
    except InputError:
        raise
    except Exception as error:  # pdfminer and pdfium raise many kinds on broken files
        raise InputError(path, _cause(error, password)) from error
    if not pages:
        raise InputError(path, "the PDF has no pages")
    return pages


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

    def spend(self, spans: Iterable[_Span]) -> None:
        self.chars += sum(len(s.text) + 1 for s in spans)
        self.limits.check_chars(self.path, self.chars)


def _cause(error: Exception, password: str | None) -> str:
    """Say in a few words why a PDF library refused the file."""
    inner = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
    text = f"{type(inner).__name__} {inner}"
    if "assword" in text or "ncrypt" in text:
        if password:
            return "encrypted PDF, and the password given does not open it"
        return "encrypted PDF: it needs a password; pass it with --password (or save an unprotected copy)"
    detail = " ".join(str(inner).split())[:80] or type(inner).__name__
    return f"cannot read the PDF, it may be damaged ({detail})"


def _plumber_pages(data: bytes, password: str | None, budget: _Budget) -> list[_Page]:
    """Read every page with pdfplumber: words, and tables as rows."""
    import pdfplumber

    pages = []
    with pdfplumber.open(io.BytesIO(data), password=password or "") as pdf:
        budget.pages(len(pdf.pages))
        for page in pdf.pages:
            boxes, rows = _tables(page)
            # the table's words are in its rows; keep them out of the paragraphs
            body = page.filter(partial(_outside, boxes)) if boxes else page
            words = body.extract_words(extra_attrs=["size", "fontname"])
            spans = [
                _Span(w["text"], w["x0"], w["x1"], w["bottom"], w["size"], bool(_BOLD.search(w["fontname"])))
                for w in words
            ]
            budget.spend(spans)
            pages.append(_Page(page.page_number, float(page.height), _merge(spans), rows))
            page.close()  # drop the page's parsed objects so memory stays flat
    return pages


def _tables(page: PlumberPage) -> tuple[list[_Box], tuple[tuple[float, str], ...]]:
    """Find a page's tables: their boxes, and each row's top and text."""
    boxes, rows = [], []
    for table in page.find_tables():
        texts = [
            (row.bbox[1], _row_text(cells)) for row, cells in zip(table.rows, table.extract(), strict=False)
        ]
        if any(" | " in text for _, text in texts):  # one column is a framed box of text, not a table
            boxes.append(table.bbox)
            rows.extend((top, text) for top, text in texts if text)
    return boxes, tuple(rows)


def _row_text(cells: list[str | None]) -> str:
    """Join a table row's cells with " | ", skipping empty and merged cells."""
    return " | ".join(" ".join(c.split()) for c in cells if c and c.strip())


def _outside(boxes: list[_Box], obj: dict[str, Any]) -> bool:
    """Tell whether an object is anything but a character whose centre lies in one of the boxes."""
    if obj.get("object_type") != "char":
        return True
    x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _pdfium_pages(data: bytes, password: str | None, budget: _Budget) -> list[_Page]:
    """Read every page's text lines with pypdfium2: quicker, and blind to tables."""
    import pypdfium2 as pdfium

    pages = []
    pdf = pdfium.PdfDocument(data, password=password)
    try:
        budget.pages(len(pdf))
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            height = page.get_height()
            spans = _pdfium_spans(textpage, height)
            budget.spend(spans)
            pages.append(_Page(index + 1, height, _merge(spans), ()))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return pages


def _pdfium_spans(textpage: PdfTextPage, height: float) -> list[_Span]:
    """Cut a page's text into lines and place each by its first and last characters."""
    import ctypes

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
        left, _, _, _ = textpage.get_charbox(a)
        _, _, right, _ = textpage.get_charbox(b)
        bold = bool(_BOLD.search(_font(textpage, a))) and bool(_BOLD.search(_font(textpage, b)))
        words = re.sub(r"[\ufffe\x02]", "-", match[0]).strip()
        spans.append(_Span(words, left, right, height - y.value, raw.FPDFText_GetFontSize(textpage, a), bold))
    return spans


def _font(textpage: PdfTextPage, index: int) -> str:
    """Return the name of the font a character is set in."""
    import ctypes

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
    edge = span in page.lines[:2] or span in page.lines[-2:]
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
