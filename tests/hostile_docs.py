"""Builders for hostile and broken documents: one of each kind an agency's inbox holds, and a few an
attacker would send. Each writes into a folder and returns the path."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from fixtures_docs import encrypted_pdf, long_pdf, rfp_docx, rfp_pdf, scanned_pdf

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = (SAMPLES / "seed-rfp.txt").read_text(encoding="utf-8")


def raw_pdf(content: bytes, *, compress: bool = True) -> bytes:
    """A one-page PDF, written by hand, whose page draws `content` (flate-compressed unless told not to)."""
    stream = zlib.compress(content, 9) if compress else content
    filters = b"/Filter /FlateDecode " if compress else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< " + filters + b"/Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write(b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets))
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def docx_with(document_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    """A real Word package (from python-docx) with its word/document.xml replaced, and extra entries."""
    source = io.BytesIO()
    import docx

    docx.Document().save(source)
    out = io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for entry in old.infolist():
            data = document_xml if entry.filename == "word/document.xml" else old.read(entry)
            new.writestr(entry.filename, data)
        for name, data in (extra or {}).items():
            new.writestr(name, data)
    return out.getvalue()


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _body(inner: bytes) -> bytes:
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ' + W + b"><w:body>" + inner + b"</w:body></w:document>"


def _paragraph(text: str) -> bytes:
    return b"<w:p><w:r><w:t>" + text.encode() + b"</w:t></w:r></w:p>"


def xxe_docx() -> bytes:
    """A Word file whose XML declares an external entity that would read /etc/passwd."""
    xml = (b'<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
           b"<w:document " + W + b"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>")
    return docx_with(xml)


def laughs_docx() -> bytes:
    """A Word file with the "billion laughs": nested internal entities that inflate to gigabytes."""
    entities = b'<!ENTITY l0 "lol">' + b"".join(
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">'.encode() for i in range(1, 10))
    xml = b'<?xml version="1.0"?>\n<!DOCTYPE w:document [' + entities + b"]>\n<w:document " + W + \
          b"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>"
    return docx_with(xml)


def deep_docx(depth: int = 5_000) -> bytes:
    """A Word file whose body nests elements far deeper than any document does."""
    return docx_with(_body(b"<w:sdt><w:sdtContent>" * depth + _paragraph("deep") + b"</w:sdtContent></w:sdt>" * depth))


def bomb_docx() -> bytes:
    """A ZIP bomb dressed as a Word file: a part that inflates a thousandfold."""
    return docx_with(_body(_paragraph("Manage our Instagram account.")), {"word/media/bomb.bin": bytes(64 * 1024 * 1024)})


def crowded_docx(entries: int = 12_000) -> bytes:
    """A Word file of more ZIP entries than any document has."""
    return docx_with(_body(_paragraph("Manage our Instagram account.")),
                     {f"customXml/item{i}.bin": b"x" for i in range(entries)})


def odt() -> bytes:
    """An OpenDocument text file's signature: a ZIP whose first entry names its type."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


def parser_bomb_pdf(operations: int = 2_000_000) -> bytes:
    """A small PDF whose one page draws millions of lines: a reader takes minutes, a bounded one stops."""
    return raw_pdf(b"1 1 m 2 2 l S\n" * operations)


def hostile_text() -> str:
    """A real RFP carrying markup, terminal escapes and bidi overrides in its text."""
    return ("<script>alert('rfp')</script> \x1b[2J\x1b[31mPWNED\x1b[0m \u202eevil\u202c\n"
            "Visit [our site](javascript:alert(1)) or <img src=x onerror=alert(1)>.\n\n" + SEED)


def folder(root: Path) -> tuple[dict[str, str], list[str]]:
    """Fill `root` with one document of each kind: {bad name: what its error says}, [good names]."""
    root.mkdir(parents=True, exist_ok=True)

    def put(name: str, data: bytes | str) -> Path:
        path = root / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    rfp_pdf(root / "good.pdf")
    rfp_docx(root / "good.docx")
    put("good.txt", SEED)
    put("pdf-named.docx", (root / "good.pdf").read_bytes())
    put("mixed-encoding.txt", SEED.replace("Facebook", "Facebook caf\u00e9").encode("utf-8")
        + "\nNotes from the na\u00efve intern: r\u00e9sum\u00e9s welcome.\n".encode("cp1252"))
    put("hostile-text.txt", hostile_text())

    put("empty.pdf", b"")
    put("text-as.pdf", "Just a note, not a PDF.\n")
    put("corrupt.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\ngarbage\n%%EOF\n")
    put("truncated.pdf", (root / "good.pdf").read_bytes()[:2000])
    encrypted_pdf(root / "encrypted.pdf")
    scanned_pdf(root / "scanned.pdf")
    put("bomb.docx", bomb_docx())
    put("crowded.docx", crowded_docx())
    put("deep.docx", deep_docx())
    put("xxe.docx", xxe_docx())
    put("laughs.docx", laughs_docx())
    put("legacy.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2048))
    put("letter.rtf", b"{\\rtf1\\ansi Manage our Instagram account.}")
    put("report.odt", odt())
    put("garbage.txt", bytes(range(256)) * 64)
    put("recipe.txt", "Banana bread\n\nMix three ripe bananas with two cups of flour and bake for an hour.\n")
    put("huge.txt", (SEED + "\n") * (3 * 1024 * 1024 // len(SEED) + 1))  # over the 2 MB limit the test sets
    put("wordy.txt", (SEED + "\n") * (400_000 // len(SEED) + 1))  # under 2 MB, over 300,000 characters
    long_pdf(root / "long.pdf", 25)  # over the 20-page limit
    put("drawing-bomb.pdf", parser_bomb_pdf())  # minutes for pdfplumber; too many objects to look for tables in
    bad = {
        "empty.pdf": "the file is empty",
        "text-as.pdf": "not a PDF file (it looks like plain text)",
        "corrupt.pdf": "cannot read the PDF",
        "truncated.pdf": "cannot read the PDF",
        "encrypted.pdf": "encrypted PDF: it needs a password; pass it with --password",
        "scanned.pdf": "no text layer",
        "bomb.docx": "a ZIP bomb?",
        "crowded.docx": "holds 12,0",
        "deep.docx": "cannot read the Word document",
        "xxe.docx": "declares a DTD or entities",
        "laughs.docx": "declares a DTD or entities",
        "legacy.doc": "an old Word .doc file (Word 97-2003) is not supported",
        "letter.rtf": "an RTF file is not supported",
        "report.odt": "an OpenDocument text file (.odt) is not supported",
        "garbage.txt": "not a text file",
        "recipe.txt": "no recognisable RFP content",
        "huge.txt": "over the 2.0 MB limit",
        "wordy.txt": "more than 300,000 characters",
        "long.pdf": "25 pages, over the limit of 20",
        "drawing-bomb.pdf": "no text layer",
    }
    good = ["good.pdf", "good.docx", "good.txt", "pdf-named.docx", "mixed-encoding.txt", "hostile-text.txt"]
    return bad, good


LIMITS_TOML = "[limits]\nmax_size_mb = 2\nmax_pages = 20\nmax_chars = 300000\ntimeout = 90\n"
