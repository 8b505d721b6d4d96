"""The loaders: one Document shape from PDF, DOCX, TXT and Markdown, and clear refusals."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from fixtures_docs import (
    BULLETS,
    HEADER,
    INTRO,
    LATER,
    NUMBERED,
    SCOPE,
    broken_docx,
    content_control_docx,
    empty_docx,
    encrypted_pdf,
    merged_docx,
    one_page_pdf,
    page_numbers_only_pdf,
    rfp_docx,
    rfp_pdf,
    scanned_pdf,
    zip_without_document,
)

from rfpcheck.errors import InputError
from rfpcheck.load import load
from rfpcheck.model import Document

MARKDOWN = """\
# Social Media Services

Scope of Work
-------------

The council invites proposals from agencies to manage its social media
channels for twelve months, with a **monthly** report to the
communications team.

- Manage the Instagram and Facebook accounts, including daily monitoring
  of messages and comments
- Produce a monthly report
1. Draft a content calendar
2. Run two campaigns a year

| Platform | Volume |
|----------|--------|
| LinkedIn | 3 posts per week |

Out of scope

Paid advertising.
"""


def texts(doc: Document, kind: str) -> list[str]:
    return [b.text for b in doc.blocks if b.kind == kind]


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return rfp_pdf(tmp_path_factory.mktemp("pdf") / "rfp.pdf")


@pytest.fixture(scope="module")
def pdf(pdf_path: Path) -> Document:
    return load(pdf_path)


@pytest.fixture(scope="module")
def docx_doc(tmp_path_factory: pytest.TempPathFactory) -> Document:
    return load(rfp_docx(tmp_path_factory.mktemp("docx") / "rfp.docx"))


@pytest.fixture
def md(tmp_path: Path) -> Document:
    path = tmp_path / "rfp.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    return load(path)


# --- every format --------------------------------------------------------


@pytest.mark.parametrize("name", ["pdf", "docx_doc", "md"])
def test_block_offsets_point_into_the_text(name: str, request: pytest.FixtureRequest) -> None:
    """Each block's start and end cut exactly its text out of the document text."""
    doc = request.getfixturevalue(name)
    assert doc.blocks
    for block in doc.blocks:
        assert doc.text[block.start : block.end] == block.text
        assert block.where


def test_sha256_is_of_the_file_bytes(pdf_path: Path, pdf: Document) -> None:
    """The document carries the hash of the bytes it was read from."""
    assert pdf.sha256 == hashlib.sha256(pdf_path.read_bytes()).hexdigest()
    assert (pdf.format, pdf.path) == ("pdf", str(pdf_path))


# --- PDF -----------------------------------------------------------------


def test_pdf_drops_running_headers_and_footers(pdf: Document) -> None:
    """The repeated header and "Page N of M" footer are gone; the body stays."""
    assert HEADER not in pdf.text
    assert "Page " not in pdf.text
    assert all(not b.text.isdigit() for b in pdf.blocks)
    for body in (INTRO, SCOPE, LATER):
        assert body in texts(pdf, "paragraph")


def test_pdf_drops_a_lone_page_number(tmp_path: Path) -> None:
    """On a single page, "Page 1 of 1" in the footer goes by its wording alone."""
    doc = load(one_page_pdf(tmp_path / "one.pdf"))
    assert [b.text for b in doc.blocks] == [INTRO]


def test_pdf_reads_table_rows_once(pdf: Document) -> None:
    """Each table row is one block with cells joined by " | ", and not also paragraph text."""
    assert texts(pdf, "table_row") == [
        "Platform | Volume",
        "LinkedIn | 3 posts per week",
        "Instagram | 5 posts per week",
    ]
    assert pdf.text.count("3 posts per week") == 1


def test_pdf_blocks_carry_their_page(pdf: Document) -> None:
    """Blocks know the 1-based page they start on."""
    pages = {b.text: (b.page, b.where) for b in pdf.blocks}
    assert pages[INTRO] == (1, "page 1")
    assert pages[SCOPE] == (2, "page 2")
    assert pages[LATER] == (3, "page 3")
    assert pdf.pages == 3


def test_pdf_list_items_are_separate_blocks(pdf: Document) -> None:
    """Bullets lose their glyph, numbers stay, and a wrapped item is one block."""
    assert texts(pdf, "list_item") == BULLETS + NUMBERED


def test_pdf_headings(pdf: Document) -> None:
    """Bold lines that read like titles are headings, numbered or not."""
    assert texts(pdf, "heading") == ["1. Introduction", "2. Services", "3. Scope of Work", "Out of scope"]


def test_pdf_mends_a_word_hyphenated_at_a_line_break(pdf: Document) -> None:
    """ "manage-" at a line end and "ment" on the next read as one word."""
    assert "and management of the accounts stays" in pdf.text
    assert "manage-" not in pdf.text


# --- DOCX ----------------------------------------------------------------


def test_docx_keeps_body_order(docx_doc: Document) -> None:
    """Paragraphs and table rows come in the order the body holds them."""
    assert [b.text for b in docx_doc.blocks] == [
        "Social Media Services",
        "1. Introduction",
        INTRO,
        *BULLETS,
        "Draft a content calendar",
        "Volumes are set out below.",
        "Platform | Volume",
        "LinkedIn | 3 posts per week",
        "Instagram | 5 posts per week",
        SCOPE,
        "Out of scope",
        "Budget: £60,000 a year",
        "Term: 12 months",
        "Contact: Jane Smith",
        LATER,
    ]


def test_docx_kinds_and_places(docx_doc: Document) -> None:
    """Heading and list styles set the kind; blocks are placed by paragraph or table row."""
    assert texts(docx_doc, "heading") == ["Social Media Services", "1. Introduction", "Out of scope"]
    assert texts(docx_doc, "list_item") == [*BULLETS, "Draft a content calendar"]
    where = {b.text: b.where for b in docx_doc.blocks}
    assert where[INTRO] == "paragraph 3"
    assert where["LinkedIn | 3 posts per week"] == "table 1, row 2"
    assert where["Term: 12 months"] == where["Budget: £60,000 a year"]
    assert docx_doc.pages is None
    assert all(b.page is None for b in docx_doc.blocks)


def test_docx_merged_cells_appear_once_and_nested_tables_follow(tmp_path: Path) -> None:
    """A merged cell's text is read once; a nested table's rows follow its row."""
    doc = load(merged_docx(tmp_path / "merged.docx"))
    rows = [(b.text, b.where) for b in doc.blocks if b.kind == "table_row"]
    assert rows == [
        ("Channel plan", "table 1, row 1"),
        ("Instagram | Posts | 5 per week", "table 1, row 2"),
        ("Stories", "table 1, row 3"),
        ("Reels | 2 per week", "table 1.1, row 1"),
    ]


def test_docx_reads_inside_content_controls(tmp_path: Path) -> None:
    """A paragraph wrapped in a content control is read in its place."""
    doc = load(content_control_docx(tmp_path / "sdt.docx"))
    assert [b.text for b in doc.blocks] == [
        "Before the control.",
        "Inside the control.",
        "After the control.",
    ]


# --- TXT and Markdown ----------------------------------------------------

SAMPLE = "The agency’s “fee” covers café visits."


@pytest.mark.parametrize(
    ("encoding", "sample"),
    [
        ("utf-8", SAMPLE),
        ("utf-8-sig", SAMPLE),
        ("utf-16", SAMPLE),
        ("utf-16-le", SAMPLE),
        ("utf-16-be", SAMPLE),
        ("cp1252", SAMPLE),
        ("latin-1", "The café résumé and naïve rôle are all in scope."),
    ],
)
def test_text_encodings(tmp_path: Path, encoding: str, sample: str) -> None:
    """Text loads in any common encoding, not only UTF-8."""
    path = tmp_path / "rfp.txt"
    path.write_bytes(f"Scope of Work\n\n{sample}\r\nIt runs for a year.\r\n".encode(encoding))
    doc = load(path)
    assert doc.text == f"Scope of Work\n\n{sample} It runs for a year."
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph"]
    assert doc.notes == (("the text is UTF-16-LE without a byte-order mark",) if encoding == "utf-16-le" else
                         ("the text is UTF-16-BE without a byte-order mark",) if encoding == "utf-16-be" else ())


def test_utf8_mixed_with_windows_1252_lines_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "rfp.txt"
    path.write_bytes("Manage our caf\u00e9\u2019s Instagram.\n".encode("utf-8")
                     + "Pasted from an old file: na\u00efve \u201cquotes\u201d.\n".encode("cp1252"))
    doc = load(path)
    assert "caf\u00e9\u2019s" in doc.text and "na\u00efve \u201cquotes\u201d" in doc.text
    assert doc.notes == ("the text mixes encodings; 1 of 3 lines were read as Windows-1252",)


@pytest.mark.parametrize("name", ["rfp.txt", "rfp.docx"])
def test_control_characters_never_reach_the_text(tmp_path: Path, name: str) -> None:
    """ESC and CSI (C1) sequences, and other controls, are dropped at load, whatever the format."""
    import zipfile

    import docx

    path = tmp_path / name
    if name.endswith(".txt"):
        path.write_text("\x1b[2J\x9b31mManage our \x07Instagram account.\n", encoding="utf-8")
    else:
        document = docx.Document()
        document.add_paragraph("Manage our Instagram account.")
        document.save(str(path))
        with zipfile.ZipFile(path) as old:
            parts = {e.filename: old.read(e) for e in old.infolist()}
        # XML 1.0 forbids C0 controls even as references, but allows C1 ones such as CSI (155)
        parts["word/document.xml"] = parts["word/document.xml"].replace(b"Manage", b"&#155;31m&#133;Manage")
        with zipfile.ZipFile(path, "w") as new:
            for part, data in parts.items():
                new.writestr(part, data)
    text = load(path).text
    assert text.endswith("Manage our Instagram account.")
    assert not any(ord(c) < 32 and c not in "\n\t" or 0x7F <= ord(c) <= 0x9F for c in text)


def test_markdown_blocks(md: Document) -> None:
    """Markdown headings, wrapped paragraphs, list items and table rows become blocks."""
    assert [(b.kind, b.text, b.where) for b in md.blocks] == [
        ("heading", "Social Media Services", "line 1"),
        ("heading", "Scope of Work", "line 3"),
        (
            "paragraph",
            "The council invites proposals from agencies to manage its social media channels for twelve "
            "months, with a monthly report to the communications team.",
            "line 6",
        ),
        (
            "list_item",
            "Manage the Instagram and Facebook accounts, including daily monitoring of messages and comments",
            "line 10",
        ),
        ("list_item", "Produce a monthly report", "line 12"),
        ("list_item", "1. Draft a content calendar", "line 13"),
        ("list_item", "2. Run two campaigns a year", "line 14"),
        ("table_row", "Platform | Volume", "line 16"),
        ("table_row", "LinkedIn | 3 posts per week", "line 18"),
        ("heading", "Out of scope", "line 20"),
        ("paragraph", "Paid advertising.", "line 22"),
    ]
    assert md.format == "md"
    assert md.pages is None


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param(
            "From: Jane Smith\nTo: bids@example.com\nSubject: Social media RFP\n",
            [
                ("paragraph", "From: Jane Smith"),
                ("paragraph", "To: bids@example.com"),
                ("paragraph", "Subject: Social media RFP"),
            ],
            id="email-headers",
        ),
        pytest.param(
            "Deliverables:\n• Three posts a week\n• A monthly report\n",
            [
                ("paragraph", "Deliverables:"),
                ("list_item", "Three posts a week"),
                ("list_item", "A monthly report"),
            ],
            id="bullets-after-a-lead-in",
        ),
        pytest.param(
            "a) Instagram posts\nb) LinkedIn articles\n",
            [("list_item", "a) Instagram posts"), ("list_item", "b) LinkedIn articles")],
            id="lettered-items",
        ),
        pytest.param(
            "Budget\n======\n\nUp to £5,000 a month.\n",
            [("heading", "Budget"), ("paragraph", "Up to £5,000 a month.")],
            id="underlined-heading",
        ),
        pytest.param(
            "The agency will run the council's social-\nmedia accounts and oversee the develop-\n"
            "ment of new content for every channel.\n",
            [
                (
                    "paragraph",
                    "The agency will run the council's social-media accounts and oversee the "
                    "development of new content for every channel.",
                )
            ],
            id="hyphens-at-line-ends",
        ),
        pytest.param(
            "4.1 The level of effort shall not exceed nine hundred (900) hours over the twelve\n"
            "(12) month base period.\n4.2 Invoices are paid monthly.\n",
            [("list_item", "4.1 The level of effort shall not exceed nine hundred (900) hours over the twelve (12) month "
                           "base period."), ("list_item", "4.2 Invoices are paid monthly.")],
            id="a-spelled-out-number-wrapped-before-its-digits",
        ),
        pytest.param(
            f"{INTRO}\n\n{SCOPE}\n\n1. Where we are\n- Four practices.\n\n2. What we want done, for every one of the four practices\n"
            "- Post twice a week.\n",
            [("paragraph", INTRO), ("paragraph", SCOPE), ("heading", "1. Where we are"), ("list_item", "Four practices."),
             ("heading", "2. What we want done, for every one of the four practices"),
             ("list_item", "Post twice a week.")],
            id="a-long-numbered-title-over-bullets",
        ),
        pytest.param(
            "1. Facebook posts\n2. Instagram posts\n",
            [("list_item", "1. Facebook posts"), ("list_item", "2. Instagram posts")],
            id="items-without-full-stops-stay-items",
        ),
        pytest.param(
            f"{INTRO}\n{SCOPE}\n",
            [("paragraph", INTRO), ("paragraph", SCOPE)],
            id="unwrapped-lines-are-paragraphs",
        ),
    ],
)
def test_text_blocks(tmp_path: Path, source: str, expected: list[tuple[str, str]]) -> None:
    """Plain text splits into paragraphs, list items and headings by its layout."""
    path = tmp_path / "rfp.txt"
    path.write_text(source, encoding="utf-8")
    assert [(b.kind, b.text) for b in load(path).blocks] == expected


# --- refusals ------------------------------------------------------------


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    """Make a builder that writes these bytes under this name."""

    def build(tmp_path: Path) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return build


def _made(name: str, builder: Callable[[Path], Path]) -> Callable[[Path], Path]:
    """Make a builder that runs a fixture builder under this name."""
    return lambda tmp_path: builder(tmp_path / name)


def _renamed(name: str, builder: Callable[[Path], Path]) -> Callable[[Path], Path]:
    """Make a builder that stores another format's fixture under this name."""
    return lambda tmp_path: _write(name, builder(tmp_path / "source").read_bytes())(tmp_path)


def _truncated(name: str, builder: Callable[[Path], Path]) -> Callable[[Path], Path]:
    """Make a builder that keeps only the first kilobyte of a fixture."""
    return lambda tmp_path: _write(name, builder(tmp_path / "source").read_bytes()[:1024])(tmp_path)


@pytest.mark.parametrize(
    ("build", "cause"),
    [
        pytest.param(lambda tmp: tmp / "missing.pdf", "no such file", id="missing"),
        pytest.param(lambda tmp: tmp, "is a directory", id="directory"),
        pytest.param(_write("rfp.doc", b"\xd0\xcf\x11\xe0"), "old Word .doc", id="doc"),
        pytest.param(_write("rfp.odp", b"x"), "unsupported file type '.odp'", id="unsupported"),
        pytest.param(_write("rfp.pdf", b""), "the file is empty", id="empty-pdf"),
        pytest.param(_write("rfp.txt", b""), "the file is empty", id="empty-txt"),
        pytest.param(_write("rfp.txt", b" \n\n\t\n"), "no text", id="blank-txt"),
        pytest.param(
            _write("rfp.pdf", b"Just some text\n"),
            "not a PDF file (it looks like plain text)",
            id="text-as-pdf",
        ),
        pytest.param(
            _write("rfp.pdf", b"%PDF-1.7\nnot really a pdf\n"), "cannot read the PDF", id="corrupt-pdf"
        ),
        pytest.param(_truncated("rfp.pdf", rfp_pdf), "cannot read the PDF", id="truncated-pdf"),
        pytest.param(_made("rfp.pdf", encrypted_pdf), "encrypted PDF", id="encrypted-pdf"),
        pytest.param(_made("rfp.pdf", scanned_pdf), "no text layer", id="scanned-pdf"),
        pytest.param(_made("rfp.pdf", page_numbers_only_pdf), "no text beyond running headers", id="furniture-only-pdf"),
        pytest.param(_made("rfp.docx", zip_without_document), "without word/document.xml", id="zip-as-docx"),
        pytest.param(
            _write("rfp.docx", b"Dear agency\n"),
            "not a Word document (it looks like plain text)",
            id="text-as-docx",
        ),
        pytest.param(
            _write("rfp.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)), "old Word .doc", id="ole-as-docx"
        ),
        pytest.param(_made("rfp.docx", broken_docx), "cannot read the Word document", id="broken-docx"),
        pytest.param(_made("rfp.docx", empty_docx), "has no text", id="empty-docx"),
        pytest.param(
            _write("rfp.txt", bytes(range(256)) * 8),
            "not a text file (it looks like binary data)",
            id="binary-txt",
        ),
        pytest.param(
            _write("rfp.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
            "cannot read the PDF",
            id="pdf-as-txt",
        ),
        pytest.param(
            _write("rfp.md", b"\x89PNG\r\n\x1a\n" + bytes(64)), "it looks like a PNG file", id="png-as-md"
        ),
    ],
)
def test_bad_input_is_refused_in_one_line(tmp_path: Path, build: Callable[[Path], Path], cause: str) -> None:
    """Every unreadable input raises InputError naming the file and the cause, on one line."""
    path = build(tmp_path)
    with pytest.raises(InputError) as caught:
        load(path, ocr=False)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert cause in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("name", "builder", "fmt"),
    [
        ("rfp.docx", rfp_pdf, "pdf"),
        ("rfp.pdf", rfp_docx, "docx"),
        ("rfp.txt", rfp_pdf, "pdf"),
        ("rfp.doc", rfp_docx, "docx"),
        ("rfp", rfp_pdf, "pdf"),
    ],
)
def test_a_misnamed_document_is_read_by_its_content_with_a_note(
    tmp_path: Path, name: str, builder: Callable[[Path], Path], fmt: str
) -> None:
    """The bytes decide the format; the report notes that the name said otherwise."""
    path = _renamed(name, builder)(tmp_path)
    doc = load(path)
    assert doc.format == fmt
    assert "Instagram" in doc.text
    (note,) = doc.notes
    assert f"holds a {'PDF file' if fmt == 'pdf' else 'Word document'}" in note
    assert Path(name).suffix in note or "without an extension" in note


def test_a_rightly_named_document_has_no_notes(pdf: Document, docx_doc: Document) -> None:
    assert pdf.notes == () and docx_doc.notes == ()
