"""Load a document, whatever its format, as a `Document` of text and blocks."""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from rfpcheck.errors import InputError
from rfpcheck.model import Document, join_blocks

if TYPE_CHECKING:
    from rfpcheck.load.blocks import Part

FORMATS = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}
_HINTS = {
    ".doc": "old Word .doc files are not supported; save it as .docx",
    ".rtf": "RTF is not supported; save it as .docx or PDF",
    ".odt": "OpenDocument text is not supported; save it as .docx or PDF",
}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc, and Office files saved with a password
# Signatures to trust over a clean decode; others are too short ("BM" for BMP, or
# "MZ" for EXE, can begin an ordinary text file), and other binaries fail to decode
_NOT_TEXT = {"pdf", "ole", "zip", "docx", "xlsx", "pptx", "odt", "rtf", "png", "jpg", "gif", "gz"}
_NO_TEXT = {
    "pdf": "no extractable text (a scanned or image-only PDF? run OCR on it first)",
    "docx": "the Word document has no text",
    "txt": "the file has no text",
    "md": "the file has no text",
}


def load(path: str | os.PathLike[str], fast: bool = False) -> Document:
    """Read a PDF, DOCX, TXT or Markdown file; `fast` reads PDFs quicker, without tables."""
    name = str(path)
    data = _read(Path(path))
    suffix = Path(path).suffix.lower()
    fmt = FORMATS.get(suffix)
    if fmt is None:
        unsupported = (
            f"unsupported file type '{suffix or 'no extension'}' (expected .pdf, .docx, .txt or .md)"
        )
        raise InputError(name, _HINTS.get(suffix, unsupported))
    if not data:
        raise InputError(name, "the file is empty")
    parts, pages = _parts(name, data, fmt, fast)
    text, blocks = join_blocks(parts)
    if not text:
        raise InputError(name, _NO_TEXT[fmt])
    return Document(name, fmt, text, blocks, pages, hashlib.sha256(data).hexdigest())


def _parts(name: str, data: bytes, fmt: str, fast: bool) -> tuple[list[Part], int | None]:
    """Check the bytes match the format, then hand them to its reader."""
    if fmt == "pdf":
        from rfpcheck.load.pdf import read_pdf

        _expect_pdf(name, data)
        return read_pdf(name, data, fast)
    if fmt == "docx":
        from rfpcheck.load.docx import read_docx

        _expect_docx(name, data)
        return read_docx(name, data), None
    from rfpcheck.load.text import read_text

    return read_text(_expect_text(name, data), markdown=fmt == "md"), None


def _read(path: Path) -> bytes:
    """Read the file's bytes, turning OS errors into one-line input errors."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as error:
        raise InputError(path, f"cannot read the file ({error.strerror or error})") from None


def _guess(data: bytes) -> str | None:
    """Name the file type the bytes' signature shows ("pdf", "docx", "zip", "png" ...), if any."""
    import filetype

    if data.startswith(_OLE):
        return "ole"  # filetype calls every OLE container a .doc
    if b"%PDF-" in data[:1024]:
        return "pdf"  # the PDF header may follow some junk, which readers accept
    kind = filetype.guess(data)
    return kind.extension if kind else None


def _expect_pdf(name: str, data: bytes) -> None:
    """Check the bytes are a PDF, as the extension promises."""
    if _guess(data) != "pdf":
        raise InputError(name, f"not a PDF file ({_looks_like(data)})")


def _expect_docx(name: str, data: bytes) -> None:
    """Check the bytes are a ZIP package holding a Word document."""
    if _guess(data) == "ole":
        raise InputError(name, "not a .docx file (an old .doc, or a password-protected document)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError(name, f"not a Word document ({_looks_like(data)})") from None
    if "word/document.xml" not in names:
        raise InputError(name, "not a Word document (a ZIP archive without word/document.xml)")


def _expect_text(name: str, data: bytes) -> str:
    """Decode the bytes as text, refusing binary data and other formats renamed .txt."""
    from rfpcheck.load.text import decode

    text = decode(data) if _guess(data) not in _NOT_TEXT else None
    if text is None:
        raise InputError(name, f"not a text file ({_looks_like(data)})")
    return text


def _looks_like(data: bytes) -> str:
    """Describe what the bytes look like, for a message about a mismatch."""
    from rfpcheck.load.text import decode

    kind = _guess(data)
    if kind == "ole":
        return "it looks like an old .doc or a password-protected Office file"
    if kind in _NOT_TEXT:
        return f"it looks like a {kind.upper()} file"
    if decode(data) is not None:
        return "it looks like plain text"
    return f"it looks like a {kind.upper()} file" if kind else "it looks like binary data"
