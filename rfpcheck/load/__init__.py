"""Load a document, whatever its format, as a `Document` of text and blocks.

The bytes decide the format, not the name: a PDF saved as .docx is read as a PDF, with a note saying
so. What cannot be read fails with an `InputError` whose one line names the file and the cause, and
what could exhaust the machine (size, pages, text, a ZIP bomb) is refused within `Limits`.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from rfpcheck.errors import InputError
from rfpcheck.limits import Limits
from rfpcheck.model import Document, join_blocks

if TYPE_CHECKING:
    from rfpcheck.load.blocks import Part

FORMATS = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}
_NAMES = {"pdf": "a PDF file", "docx": "a Word document"}
_SUPPORTED = "rfpcheck reads PDF, DOCX, TXT and Markdown"
_CONVERT = "save it as .docx or PDF, or convert it with `soffice --headless --convert-to docx FILE`"
_LEGACY = {
    "doc": "an old Word .doc file (Word 97-2003)",
    "odt": "an OpenDocument text file (.odt)",
    "rtf": "an RTF file",
}
_LEGACY_SUFFIXES = {".doc": "doc", ".odt": "odt", ".rtf": "rtf"}
# Signatures to trust over a clean decode; others are too short ("BM" for BMP, or
# "MZ" for EXE, can begin an ordinary text file), and other binaries fail to decode
_NOT_TEXT = {"pdf", "zip", "damaged zip", "docx", "xlsx", "pptx", "odt", "rtf", "png", "jpg", "gif", "gz", "doc",
             "protected"}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc, and Office files saved with a password
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # C0 and C1 controls, ESC and CSI among them


def load(path: str | os.PathLike[str], fast: bool = False, *, limits: Limits = Limits(),
         password: str | None = None, ocr: bool | None = None) -> Document:
    """Read a PDF, DOCX, TXT or Markdown file.

    `password` opens an encrypted PDF; `ocr` runs OCRmyPDF
    on a PDF without a text layer (None: when it is installed, False: never).
    """
    del fast  # every PDF is read the fast way now, tables included; kept so that older callers run
    name = str(path)
    data = _read(Path(path), limits)
    if not data:
        raise InputError(name, "the file is empty")
    fmt, notes = _format(name, data)
    parts, pages, more = _parts(name, data, fmt, limits, password, ocr)
    text, blocks = join_blocks([(_CONTROLS.sub("", t), *rest) for t, *rest in parts])
    if not text:
        raise InputError(name, _no_text(fmt))
    limits.check_chars(name, len(text))
    return Document(name, fmt, text, blocks, pages, hashlib.sha256(data).hexdigest(), notes + more)


def _format(name: str, data: bytes) -> tuple[str, tuple[str, ...]]:
    """The format to read the bytes as, and a note when the file's name says otherwise."""
    suffix = Path(name).suffix.lower()
    named = FORMATS.get(suffix)
    kind = _guess(data)
    if kind == "damaged zip" and named in ("docx", None):
        raise InputError(name, "cannot read the Word document: its ZIP package is damaged or cut short")
    if kind in ("pdf", "docx"):
        if named == kind:
            return kind, ()
        said = f"named {suffix}" if suffix else "named without an extension"
        return kind, (f"the file is {said} but holds {_NAMES[kind]}; it was read as one",)
    legacy = kind if kind in _LEGACY else _LEGACY_SUFFIXES.get(suffix) if kind is None else None
    if legacy:
        raise InputError(name, f"{_LEGACY[legacy]} is not supported ({_SUPPORTED}); {_CONVERT}")
    if kind == "protected":
        raise InputError(name, "a password-protected Word document; open it in Word, remove the password "
                               "(File > Info > Protect Document) and save a copy")
    if named is None:
        raise InputError(name, f"unsupported file type '{suffix or 'no extension'}' ({_SUPPORTED})")
    if named in ("pdf", "docx"):
        raise InputError(name, f"not {_NAMES[named]} ({_looks_like(data)})")
    return named, ()


def _parts(name: str, data: bytes, fmt: str, limits: Limits, password: str | None,
           ocr: bool | None) -> tuple[list[Part], int | None, tuple[str, ...]]:
    """Hand the bytes to their format's reader: the parts, the page count, and any notes."""
    if fmt == "pdf":
        from rfpcheck.load.pdf import read_pdf

        return read_pdf(name, data, limits=limits, password=password, ocr=ocr)
    if fmt == "docx":
        from rfpcheck.load.docx import read_docx
        from rfpcheck.load.package import check_package

        check_package(name, data, limits)
        return read_docx(name, data), None, ()
    from rfpcheck.load.text import decode, read_text

    decoded = decode(data) if _guess(data) not in _NOT_TEXT else None
    if decoded is None:
        raise InputError(name, f"not a text file ({_looks_like(data)})")
    text, note = decoded
    return read_text(text, markdown=fmt == "md"), None, (note,) if note else ()


def _read(path: Path, limits: Limits) -> bytes:
    """Read the file's bytes within the size limit, turning OS errors into one-line input errors."""
    try:
        if not stat.S_ISREG(path.stat().st_mode) and not path.is_dir():  # opening a pipe would wait for a writer
            raise InputError(path, "not a regular file (a device, pipe or socket)")
        with path.open("rb") as f:
            info = os.fstat(f.fileno())
            cap = limits.max_bytes
            if cap is not None and info.st_size > cap:
                raise InputError(path, f"{_size(info.st_size)}, over the {_size(cap)} limit "
                                       "(raise it with --max-size, 0 for none)")
            data = f.read() if cap is None else f.read(cap + 1)
            if cap is not None and len(data) > cap:  # the file grew while it was read
                raise InputError(path, f"over the {_size(cap)} limit (raise it with --max-size, 0 for none)")
            return data
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as error:
        raise InputError(path, f"cannot read the file ({error.strerror or error})") from None


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def _guess(data: bytes) -> str | None:
    """Name the file type the bytes' signature shows ("pdf", "docx", "doc", "zip", "png" ...), if any."""
    import filetype

    if data.startswith(_OLE):  # filetype calls every OLE container a .doc
        # Word saves a password-protected .docx as an OLE file holding an "EncryptedPackage" stream
        return "protected" if "EncryptedPackage".encode("utf-16-le") in data else "doc"
    if b"%PDF-" in data[:1024]:
        return "pdf"  # the PDF header may follow some junk, which readers accept
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    kind = filetype.guess(data)
    return kind.extension if kind else None


def _zip_kind(data: bytes) -> str:
    """Tell a Word package and an OpenDocument file from other ZIP archives, by the entries they hold."""
    import io
    import lzma
    import zipfile
    import zlib

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            if "mimetype" in names and package.getinfo("mimetype").file_size < 100:
                mime = package.read("mimetype").decode("ascii", "replace")
                if "opendocument.text" in mime:
                    return "odt"
    except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, ValueError, OSError, EOFError, NotImplementedError,
            RuntimeError):
        return "damaged zip"
    if "word/document.xml" in names:
        return "docx"
    return "zip"


def _no_text(fmt: str) -> str:
    if fmt == "pdf":
        return "the PDF has no text beyond running headers and page numbers"
    if fmt == "docx":
        return "the Word document has no text"
    return "the file has no text"


def _looks_like(data: bytes) -> str:
    """Describe what the bytes look like, for a message about a mismatch."""
    from rfpcheck.load.text import decode

    kind = _guess(data)
    if kind == "zip":
        return "it looks like a ZIP archive without word/document.xml"
    if kind == "damaged zip":
        return "it looks like a damaged ZIP archive"
    if kind in _NOT_TEXT:
        return f"it looks like a {kind.upper()} file"
    if decode(data) is not None:
        return "it looks like plain text"
    return f"it looks like a {kind.upper()} file" if kind else "it looks like binary data"
