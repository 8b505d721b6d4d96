"""Builders for real PDF and DOCX fixtures, written into a test's tmp_path."""

from __future__ import annotations

from pathlib import Path

HEADER = "RFP 2026-114 Social Media Services"
INTRO = (
    "The council invites proposals from experienced agencies to manage its social media "
    "channels for twelve months, starting in April, with a monthly report to the "
    "communications team."
)
SCOPE = (
    "The agency will plan, write and schedule all content, answer comments within one "
    "working day and keep the brand guidelines at all times."
)
LATER = "Proposals must reach the procurement team by the closing date stated in section 5."
BULLETS = [
    "Manage the Instagram and Facebook accounts, including daily monitoring of messages and comments "
    "from residents",
    "Produce a monthly performance report",
]
NUMBERED = ["1. Draft a content calendar", "2. Run two campaigns a year"]
PLATFORMS = ["Instagram", "LinkedIn", "Facebook", "TikTok", "YouTube"]
TABLE = [("Platform", "Volume"), ("LinkedIn", "3 posts per week"), ("Instagram", "5 posts per week")]


def _pdf(header: str | None = HEADER):  # noqa: ANN202 - an fpdf2 FPDF
    """Start an A4 PDF with a running header and a "Page N of M" footer."""
    from fpdf import FPDF

    class RfpPdf(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("Helvetica", size=9)
                self.cell(0, 8, header, align="C", new_x="LMARGIN", new_y="NEXT")
                self.ln(6)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = RfpPdf(format="A4")
    pdf.core_fonts_encoding = "windows-1252"  # for "•" and curly quotes in the core fonts
    pdf.set_auto_page_break(True, margin=25)
    return pdf


def _heading(pdf, text: str) -> None:  # noqa: ANN001
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)


def _paragraph(pdf, text: str) -> None:  # noqa: ANN001
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)


def _bullets(pdf, items: list[str], marker: str = "•") -> None:  # noqa: ANN001
    for item in items:
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(6, 6, marker)
        pdf.multi_cell(0, 6, item, new_x="LMARGIN", new_y="NEXT")  # wraps under the text: a hanging indent
    pdf.ln(5)


def _hyphenated(pdf, before: str, broken: str, after: str) -> None:  # noqa: ANN001
    """Write a full-width line ending in a word broken with a hyphen, then the rest."""
    words, line = before.split(), ""
    while words and pdf.get_string_width(f"{line} {words[0]} {broken}") < pdf.epw - 2:
        line = f"{line} {words.pop(0)}".strip()
    pdf.cell(0, 6, f"{line} {broken}", new_x="LMARGIN", new_y="NEXT")
    _paragraph(pdf, after)


def rfp_pdf(path: Path, tables: bool = True) -> Path:
    """Write a three-page RFP: headings, wrapped paragraphs, lists, a table, header and footer."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    _heading(pdf, "1. Introduction")
    _paragraph(pdf, INTRO)
    _heading(pdf, "2. Services")
    _bullets(pdf, BULLETS)
    for item in NUMBERED:
        pdf.multi_cell(0, 6, item, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    if tables:
        with pdf.table(col_widths=(40, 60), width=100, align="LEFT") as table:
            for cells in TABLE:
                row = table.row()
                for cell in cells:
                    row.cell(cell)
        pdf.ln(5)
    pdf.add_page()
    _heading(pdf, "3. Scope of Work")
    _paragraph(pdf, SCOPE)
    _hyphenated(pdf, SCOPE, "manage-", "ment of the accounts stays with the agency throughout.")
    _heading(pdf, "Out of scope")
    _paragraph(pdf, "Paid advertising and influencer fees.")
    pdf.add_page()
    _paragraph(pdf, LATER)
    pdf.output(str(path))
    return path


def long_pdf(path: Path, pages: int) -> Path:
    """Write a long PDF of wrapped paragraphs, lists and a table on every page."""
    pdf = _pdf()
    pdf.set_font("Helvetica", size=11)
    for number in range(1, pages + 1):
        pdf.add_page()
        _heading(pdf, f"{PLATFORMS[number % len(PLATFORMS)]} plan")
        _paragraph(pdf, INTRO)
        _bullets(pdf, BULLETS)
        _paragraph(pdf, SCOPE)
        with pdf.table(col_widths=(40, 60), width=100, align="LEFT") as table:
            for cells in TABLE:
                row = table.row()
                for cell in cells:
                    row.cell(cell)
        pdf.ln(5)
        _paragraph(pdf, LATER)
    pdf.output(str(path))
    return path


def one_page_pdf(path: Path) -> Path:
    """Write a single page whose footer cannot be told by recurrence, only by its wording."""
    pdf = _pdf(header=None)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    _paragraph(pdf, INTRO)
    pdf.output(str(path))
    return path


def page_numbers_only_pdf(path: Path) -> Path:
    """Write a PDF whose only text is its running header and footer."""
    pdf = _pdf()
    pdf.add_page()
    pdf.add_page()
    pdf.output(str(path))
    return path


def scanned_pdf(path: Path) -> Path:
    """Write a PDF holding only a picture, as a scanner makes."""
    from PIL import Image

    pdf = _pdf(header=None)
    pdf.add_page()
    pdf.image(Image.new("RGB", (200, 100), "white"), x=10, y=10, w=100)
    pdf.footer = lambda: None  # a scan has no text at all
    pdf.output(str(path))
    return path


def encrypted_pdf(path: Path) -> Path:
    """Write a PDF that needs a password to open."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    _paragraph(pdf, INTRO)
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.output(str(path))
    return path


def rfp_docx(path: Path) -> Path:
    """Write a DOCX: title, headings, paragraphs, list styles, a table between paragraphs."""
    import docx

    document = docx.Document()
    document.add_heading("Social Media Services", 0)
    document.add_heading("1. Introduction", 1)
    document.add_paragraph(INTRO)
    document.add_paragraph(BULLETS[0], style="List Bullet")
    document.add_paragraph(BULLETS[1], style="List Bullet")
    document.add_paragraph("Draft a content calendar", style="List Number")
    document.add_paragraph("Volumes are set out below.")
    table = document.add_table(rows=len(TABLE), cols=2)
    for r, cells in enumerate(TABLE):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.add_paragraph(SCOPE)
    document.add_heading("Out of scope", 2)
    document.add_paragraph("Budget: £60,000 a year\nTerm: 12 months\nContact: Jane Smith")
    document.add_paragraph("")  # empty paragraphs are skipped, not blocks
    document.add_paragraph(LATER)
    document.save(str(path))
    return path


def merged_docx(path: Path) -> Path:
    """Write a DOCX whose table has merged cells and a nested table."""
    import docx

    document = docx.Document()
    document.add_paragraph("Volumes follow.")
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Channel plan"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Instagram"
    table.cell(1, 1).text = "Posts"
    table.cell(1, 2).text = "5 per week"
    table.cell(2, 1).text = "Stories"
    inner = table.cell(2, 2).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Reels"
    inner.cell(0, 1).text = "2 per week"
    document.save(str(path))
    return path


def content_control_docx(path: Path) -> Path:
    """Write a DOCX with a paragraph wrapped in a block-level content control (w:sdt)."""
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("Before the control.")
    inside = document.add_paragraph("Inside the control.")._p
    document.add_paragraph("After the control.")
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    sdt.append(content)
    inside.addprevious(sdt)
    content.append(inside)  # lxml moves the paragraph into the control
    document.save(str(path))
    return path


def empty_docx(path: Path) -> Path:
    """Write a DOCX with no text in its body."""
    import docx

    document = docx.Document()
    document.add_paragraph("")
    document.save(str(path))
    return path


def zip_without_document(path: Path) -> Path:
    """Write a ZIP archive that is not a Word package."""
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "not a Word document")
    return path


def broken_docx(path: Path) -> Path:
    """Write a ZIP with word/document.xml but none of the package parts Word needs."""
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document>not closed")
    return path
