"""Check a Word file's ZIP package before any of it is parsed: a ZIP bomb, a package of a million
entries or XML that declares entities (external ones read local files; nested ones inflate a few
bytes into gigabytes) is refused here, within `Limits`, instead of exhausting the machine later.

The sizes a ZIP's directory declares can lie, but zipfile never inflates past the declared size of
an entry (it fails on the CRC instead), so checking the declared sizes bounds what is read.
"""

from __future__ import annotations

import io
import lzma
import zipfile
import zlib

from rfpcheck.errors import InputError
from rfpcheck.limits import MB, Limits

_CHUNK = 1024 * 1024
_MARKUP = (".xml", ".rels")
_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")  # Word never writes either


def check_package(name: str, data: bytes, limits: Limits) -> None:
    """Refuse a package over the limits, with encrypted entries, or with XML that declares a DTD."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            entries = package.infolist()
            _check_sizes(name, entries, limits)
            for entry in entries:
                if entry.filename.lower().endswith(_MARKUP):
                    _check_markup(name, package, entry)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, lzma.LZMAError, ValueError, EOFError, OSError,
            NotImplementedError, RuntimeError) as e:
        detail = " ".join(str(e).split())[:80] or type(e).__name__
        raise InputError(name, f"cannot read the Word document: its ZIP package is damaged ({detail})") from None


def _check_sizes(name: str, entries: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(entries) > limits.max_entries:
        raise InputError(name, f"the Word package holds {len(entries):,} files, over the limit of "
                               f"{limits.max_entries:,}; a Word document needs a few dozen")
    unpacked = sum(e.file_size for e in entries)
    if unpacked > limits.max_unpacked:
        raise InputError(name, f"the Word package would unpack to {unpacked / MB:,.0f} MB, over the limit of "
                               f"{limits.max_unpacked / MB:,.0f} MB (a ZIP bomb?)")
    for e in entries:
        if e.flag_bits & 0x1:
            raise InputError(name, "the Word package is encrypted; save an unprotected copy")
        if e.file_size > MB and e.file_size > limits.max_ratio * max(e.compress_size, 1):
            raise InputError(name, f"{e.filename} in the Word package inflates {e.file_size / max(e.compress_size, 1):,.0f} "
                                   f"times (over {limits.max_ratio:g}; a ZIP bomb?)")


def _check_markup(name: str, package: zipfile.ZipFile, entry: zipfile.ZipInfo) -> None:
    """Read an XML part in chunks, refusing one that declares a DTD or entities, in UTF-8 or UTF-16."""
    with package.open(entry) as part:
        chunk = part.read(_CHUNK)
        codec = "utf-16" if chunk.startswith((b"\xff\xfe", b"\xfe\xff")) else None
        if codec is None and b"\x00" in chunk[:200]:
            raise InputError(name, f"{entry.filename} in the Word package is neither UTF-8 nor UTF-16 XML")
        # (UTF-16 is searched decoded; chunks are of an even length, so no character is cut in two)
        declarations = tuple(d.decode("ascii").encode("utf-16-le" if chunk[:2] == b"\xff\xfe" else "utf-16-be")
                             for d in _DECLARATIONS) if codec else _DECLARATIONS
        tail = b""
        while chunk:
            window = tail + chunk
            if any(d in window for d in declarations):
                raise InputError(name, f"{entry.filename} in the Word package declares a DTD or entities, "
                                       "which Word never writes; refused (it could read local files or inflate)")
            tail = window[-32:]
            chunk = part.read(_CHUNK)
