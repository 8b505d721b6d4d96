"""Render the sample RFP texts to DOCX and PDF, deterministically.

Usage (from the project root):

    .venv/bin/python samples/render.py            # every samples/*.txt
    .venv/bin/python samples/render.py FILE.txt   # only the files named

Each ``<name>.txt`` becomes ``<name>.docx`` and ``<name>.pdf`` next to it.
Every ``*.txt`` in this folder is rendered: the texts carry no render
directives, because they are also inputs to rfpcheck and must read as plain
requests for proposals.

Markup, deliberately small:

- Blocks are separated by blank lines. The lines of a paragraph are joined
  with single spaces, so text may be hard-wrapped.
- Heading: a line starting with ``#`` (``#`` level 1, ``##`` level 2; the
  marks are dropped), or a block of one line, at most 80 characters, that does
  not end in ``. , ; : ! ?`` and is not a list item or table row. The first
  heading is the document title: DOCX style "Title", and the running header
  of every PDF page.
- Bullet item: a line starting ``- ``. Numbered item: a line starting
  ``1. `` or ``1) ``; the DOCX list starts at the first item's number.
  Indented lines continue the item above.
- Table: consecutive lines starting with ``|``. The first row is the header;
  a separator row such as ``|---|---|`` is skipped.

Output:

- DOCX (python-docx): Title / Heading 1 / Heading 2 styles, "List Bullet" and
  "List Number" paragraphs, tables as Word tables in style "Table Grid".
- PDF (fpdf2, US Letter, core font Helvetica): the title as a running header
  and "Page N of M" as a footer on every page, bullets as "- item" lines,
  tables drawn with ``pdf.table()`` (ruled, so the PDF reader finds them). A text
  that would fit on one page gets a page break before the heading nearest its
  middle, so every PDF has at least two pages. Helvetica is latin-1 only and
  fpdf2 bundles no Unicode font, so typographic characters are replaced by
  ASCII (see ``PDF_SUBSTITUTIONS``); the DOCX keeps the original characters.

Both files are byte-for-byte reproducible: fixed creation dates and metadata,
and fixed timestamps on the DOCX's zip members.
"""

from __future__ import annotations

import io
import re
import sys
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

FIXED_DATE = datetime(2025, 1, 1, tzinfo=timezone.utc)
AUTHOR = "rfpcheck samples"
HERE = Path(__file__).resolve().parent

PDF_SUBSTITUTIONS = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-",
    "\u2026": "...", "\u2022": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "\u2248": "~", "\u2192": "->", "\u2264": "<=", "\u2265": ">=", "\u2122": "(TM)",
    "\u20ac": "EUR",
}

HEADING_MAX = 80
BULLET = re.compile(r"^- +(.*)$")
NUMBERED = re.compile(r"^(\d+)[.)] +(.*)$")
SEPARATOR = re.compile(r"^\|[\s:|-]+\|?$")
CLAUSE = re.compile(r"^\d+(?:\.\d+)+\.? +\S")  # "3.1 The Contractor shall ...": a numbered clause starts a paragraph


# ---------------------------------------------------------------- parsing


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 0 = title


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    start: int
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]  # first row is the header


Block = Heading | Paragraph | ListBlock | Table


@dataclass
class _ListBuilder:
    ordered: bool
    start: int
    items: list[str] = field(default_factory=list)


def parse(text: str) -> list[Block]:
    """Turn marked-up text into blocks; the first heading becomes the title."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text.strip("\n")):
        lines = [line.rstrip() for line in chunk.splitlines() if line.strip()]
        if lines:
            blocks.extend(_parse_chunk(lines))
    for i, block in enumerate(blocks):
        if isinstance(block, Heading):
            blocks[i] = Heading(block.text, 0)
            break
    return blocks


def _is_item(line: str) -> bool:
    return bool(BULLET.match(line) or NUMBERED.match(line))


def _parse_chunk(lines: list[str]) -> list[Block]:
    first = lines[0]
    if first.startswith("#"):
        level = min(len(first) - len(first.lstrip("#")), 2)
        rest = _parse_chunk(lines[1:]) if len(lines) > 1 else []
        return [Heading(first.lstrip("#").strip(), level), *rest]
    if (
        len(lines) == 1
        and len(first) <= HEADING_MAX
        and not first.endswith((".", ",", ";", ":", "!", "?"))
        and not _is_item(first)
        and not first.startswith("|")
    ):
        return [Heading(first.strip(), 1)]

    out: list[Block] = []
    para: list[str] = []
    rows: list[tuple[str, ...]] = []
    lst: _ListBuilder | None = None

    def flush() -> None:
        nonlocal para, rows, lst
        if para:
            out.append(Paragraph(" ".join(para)))
        if rows:
            out.append(Table(tuple(rows)))
        if lst:
            out.append(ListBlock(lst.ordered, lst.start, tuple(lst.items)))
        para, rows, lst = [], [], None

    for raw in lines:
        line = raw.strip()
        if line.startswith("|"):
            if not rows:
                flush()
            if not SEPARATOR.match(line):
                rows.append(tuple(c.strip() for c in line.strip("|").split("|")))
            continue
        bullet, numbered = BULLET.match(line), NUMBERED.match(line)
        if bullet or numbered:
            ordered = numbered is not None
            if lst is None or lst.ordered != ordered:
                flush()
                lst = _ListBuilder(ordered, int(numbered.group(1)) if numbered else 1)
            lst.items.append(numbered.group(2) if numbered else bullet.group(1))
            continue
        if lst is not None and raw[:1].isspace():
            lst.items[-1] += " " + line  # indented continuation of the item above
            continue
        if rows or lst or (para and CLAUSE.match(line)):
            flush()
        para.append(line)
    flush()
    return out


def title_of(blocks: list[Block]) -> str:
    """Return the document title: the first heading, else the first words."""
    for block in blocks:
        if isinstance(block, Heading):
            return block.text
    first = blocks[0]
    return getattr(first, "text", "Document")[:HEADING_MAX]


# ---------------------------------------------------------------- DOCX


def render_docx(blocks: list[Block], path: Path) -> None:
    """Write blocks as a Word document with real headings, lists and tables."""
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document()
    props = doc.core_properties
    props.title = title_of(blocks)
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.created = props.modified = props.last_printed = FIXED_DATE.replace(tzinfo=None)
    props.revision = 1
    props.comments = ""

    numbering = doc.part.numbering_part.element
    style_num_id = doc.styles["List Number"].element.pPr.numPr.numId.val
    abstract_id = numbering.num_having_numId(style_num_id).abstractNumId.val

    for block in blocks:
        if isinstance(block, Heading):
            doc.add_heading(block.text, level=block.level)
        elif isinstance(block, Paragraph):
            doc.add_paragraph(block.text)
        elif isinstance(block, ListBlock) and not block.ordered:
            for item in block.items:
                doc.add_paragraph(item, style="List Bullet")
        elif isinstance(block, ListBlock):
            # A fresh numbering instance per list, so each list starts at its own first number.
            num = numbering.add_num(abstract_id)
            num.add_lvlOverride(ilvl=0).add_startOverride(block.start)
            for item in block.items:
                p = doc.add_paragraph(item, style="List Number")
                num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = 0
                num_pr.get_or_add_numId().val = num.numId
        elif isinstance(block, Table):
            ncols = max(len(r) for r in block.rows)
            table = doc.add_table(rows=len(block.rows), cols=ncols)
            table.style = doc.styles["Table Grid"]
            for r, row in enumerate(block.rows):
                for c in range(ncols):
                    cell = table.cell(r, c)
                    cell.text = row[c] if c < len(row) else ""
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            # Mark the first row as a header row that repeats on each page.
            tr_pr = table.rows[0]._tr.get_or_add_trPr()
            header = tr_pr.makeelement(qn("w:tblHeader"), {})
            tr_pr.append(header)
            doc.add_paragraph()

    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(_fixed_zip(buffer.getvalue()))


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps, keeping member order."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- PDF


def pdf_text(text: str) -> str:
    """Map text to latin-1 for the core Helvetica font, replacing what it lacks."""
    text = "".join(PDF_SUBSTITUTIONS.get(ch, ch) for ch in text)
    if all(ord(ch) < 256 for ch in text):
        return text
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch if ord(ch) < 256 else "?" for ch in folded if not unicodedata.combining(ch))


def _pdf_class():
    from fpdf import FPDF

    class SamplePDF(FPDF):
        running_title = ""

        def header(self) -> None:
            self.set_font("Helvetica", "", 9)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.running_title, align="L")
            self.ln(6)
            self.set_draw_color(160, 160, 160)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(6)
            self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", "", 9)
            self.set_text_color(90, 90, 90)
            self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    return SamplePDF


def build_pdf(blocks: list[Block], break_before: int | None = None):
    """Lay blocks out on Letter pages; optionally start a new page at one block."""
    from fpdf.enums import XPos, YPos

    pdf = _pdf_class()(format="letter", unit="mm")
    pdf.running_title = pdf_text(title_of(blocks))
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(pdf.running_title)
    pdf.set_author(AUTHOR)
    pdf.set_creator("samples/render.py")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    body, line_h = 12, 6.5

    def write(text: str, size: float, style: str = "", indent: float = 0.0) -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, line_h if size <= body else size * 0.55, pdf_text(text),
                       align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    for i, block in enumerate(blocks):
        if i == break_before:
            pdf.add_page()
        if isinstance(block, Heading):
            size = {0: 18, 1: 14}.get(block.level, 12)
            if block.level and pdf.get_y() > pdf.h - 60:
                pdf.add_page()  # keep a heading with the text that follows it
            pdf.ln(2 if block.level else 0)
            write(block.text, size, "B")
            pdf.ln(3)
        elif isinstance(block, Paragraph):
            write(block.text, body)
            pdf.ln(4)
        elif isinstance(block, ListBlock):
            for n, item in enumerate(block.items, start=block.start):
                marker = f"{n}." if block.ordered else "-"
                pdf.set_font("Helvetica", "", body)
                pdf.set_x(pdf.l_margin + 4)
                pdf.cell(8, line_h, marker)
                pdf.multi_cell(0, line_h, pdf_text(item), align="L",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1.5)
            pdf.ln(2.5)
        elif isinstance(block, Table):
            _pdf_table(pdf, block, body - 1)
            pdf.ln(5)
    return pdf


def _pdf_table(pdf, block: Table, size: float) -> None:
    ncols = max(len(r) for r in block.rows)
    widths = [max(len(r[c]) if c < len(r) else 0 for r in block.rows) for c in range(ncols)]
    # like a word processor, a column is at least as wide as its longest word, so no word is split
    longest = [max((len(word) for r in block.rows if c < len(r) for word in r[c].split()), default=0) for c in range(ncols)]
    weights = tuple(max(min(max(w, 8), 45), lw + 3) + 4 for w, lw in zip(widths, longest))
    pdf.set_font("Helvetica", "", size)
    with pdf.table(col_widths=weights, first_row_as_headings=True, text_align="LEFT",
                   line_height=size * 0.5, padding=1.5) as table:
        for row in block.rows:
            cells = table.row()
            for c in range(ncols):
                cells.cell(pdf_text(row[c]) if c < len(row) else "")


def render_pdf(blocks: list[Block], path: Path) -> None:
    """Write blocks as a PDF of at least two pages."""
    pdf = build_pdf(blocks)
    if pdf.pages_count < 2:
        pdf = build_pdf(blocks, break_before=_middle_heading(blocks))
    pdf.output(str(path))


def _middle_heading(blocks: list[Block]) -> int:
    """Return the index of the heading nearest the middle of the text."""
    sizes = [len(getattr(b, "text", "")) + sum(len(" ".join(x)) for x in getattr(b, "rows", ()))
             + sum(len(x) for x in getattr(b, "items", ())) for b in blocks]
    half, running, middle = sum(sizes) / 2, 0, len(blocks) // 2
    for i, size in enumerate(sizes):
        running += size
        if running >= half:
            middle = i
            break
    headings = [i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level and i > 0]
    return min(headings, key=lambda i: (abs(i - middle), i < middle)) if headings else max(middle, 1)


# ---------------------------------------------------------------- main


def render(path: Path) -> tuple[Path, Path]:
    """Render one text file to DOCX and PDF beside it."""
    blocks = parse(path.read_text(encoding="utf-8"))
    docx_path, pdf_path = path.with_suffix(".docx"), path.with_suffix(".pdf")
    render_docx(blocks, docx_path)
    render_pdf(blocks, pdf_path)
    return docx_path, pdf_path


def main(argv: list[str]) -> int:
    try:  # check before writing anything, so no text is left with half its renderings
        import docx  # noqa: F401
        import fpdf  # noqa: F401
    except ImportError as e:
        print(f"render.py: {e.name} is missing; install the test extras: pip install -e '.[test]'", file=sys.stderr)
        return 2
    paths = [Path(a) for a in argv] or sorted(HERE.glob("*.txt"))
    for path in paths:
        docx_path, pdf_path = render(path)
        print(f"{path.name} -> {docx_path.name}, {pdf_path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
