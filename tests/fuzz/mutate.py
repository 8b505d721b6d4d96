"""Mutators for the fuzz run: each takes a file's bytes and a seeded `random.Random` and returns new bytes.

They are pure and deterministic (the same bytes and generator state give the same mutant), so a case can
be rebuilt from the run's seed and its index alone. The byte mutators work on any file. The PDF ones go
after the structure a reader trusts (lengths, counts, offsets, keywords, content streams). The DOCX ones
mostly write a valid ZIP around damaged XML, because a flipped bit in a deflated part only fails the
ZIP's checksum and never reaches the XML parser. The `zip-*` ones lie in the ZIP's own headers.

Every mutator accepts any bytes: when it finds nothing to work on (a PDF mutator on a PDF whose
keywords are already gone, say), it returns the bytes unchanged.
"""

from __future__ import annotations

import io
import random
import re
import struct
import warnings
import zipfile
import zlib
from collections.abc import Callable

Mutator = Callable[[bytes, random.Random], bytes]


# --- any file ---------------------------------------------------------------------------------------

def _span(rng: random.Random, size: int, longest: int) -> tuple[int, int]:
    """Pick a random [start, end) of at most `longest` bytes inside `size` bytes."""
    start = rng.randrange(size + 1)
    return start, min(size, start + rng.randint(1, longest))


def _junk(rng: random.Random, n: int) -> bytes:
    """Make n bytes: usually random, sometimes the runs of zeros, 0xFF or digits that parsers mistake."""
    kind = rng.randrange(5)
    if kind == 0:
        return b"\x00" * n
    if kind == 1:
        return b"\xff" * n
    if kind == 2:
        return bytes(rng.choice(b"0123456789") for _ in range(n))
    return rng.randbytes(n)


def flip_bits(data: bytes, rng: random.Random) -> bytes:
    """Flip one to eight random bits."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 8) if out else 0):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def overwrite(data: bytes, rng: random.Random) -> bytes:
    """Overwrite up to 64 bytes at a random place."""
    start, end = _span(rng, len(data), 64)
    return data[:start] + _junk(rng, end - start) + data[end:]


def truncate(data: bytes, rng: random.Random) -> bytes:
    """Cut the file short; half the time within its last kilobyte, where the xref or ZIP directory sits."""
    if not data:
        return data
    low = max(0, len(data) - 1024) if rng.random() < 0.5 else 0
    return data[:rng.randrange(low, len(data))]


def insert(data: bytes, rng: random.Random) -> bytes:
    """Insert up to 256 junk bytes at a random place."""
    at = rng.randrange(len(data) + 1)
    return data[:at] + _junk(rng, rng.randint(1, 256)) + data[at:]


def duplicate(data: bytes, rng: random.Random) -> bytes:
    """Copy a chunk of up to 4 KB to a random place."""
    start, end = _span(rng, len(data), 4096)
    at = rng.randrange(len(data) + 1)
    return data[:at] + data[start:end] + data[at:]


def delete(data: bytes, rng: random.Random) -> bytes:
    """Delete a chunk of up to 4 KB."""
    start, end = _span(rng, len(data), 4096)
    return data[:start] + data[end:]


def splice(data: bytes, other: bytes, rng: random.Random) -> bytes:
    """Join the head of one file to the tail of another (a second seed, perhaps of the other format)."""
    return data[:rng.randrange(len(data) + 1)] + other[rng.randrange(len(other) + 1):]


BYTES: dict[str, Mutator] = {
    "flip-bits": flip_bits, "overwrite": overwrite, "truncate": truncate, "insert": insert,
    "duplicate": duplicate, "delete": delete,
}


# --- PDF ----------------------------------------------------------------------------------------------

_LENGTH = re.compile(rb"/Length\s+(\d+)")
_COUNT = re.compile(rb"/(?:Count|Size|N|First|Prev)\s+(\d+)")
_XREF = re.compile(rb"(?m)^(\d{10}) \d{5} [nf]|startxref\s+(\d+)")
_OBJECT = re.compile(rb"(\d+)\s+\d+\s+(?:obj|R)\b")
_KEYWORD = re.compile(rb"endobj|endstream|stream|\bobj\b|startxref|trailer|\bxref\b|%%EOF|<<|>>|\[|\]")
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)
_VALUE = re.compile(rb"/[A-Za-z]+\s+(\[[^\[\]]*\]|\d+\s+\d+\s+R\b|/[A-Za-z0-9]+|-?\d+(?:\.\d+)?|\([^()]*\))")
_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?")
# What a reader gets where it expected a value: the wrong type, an empty one, a reference to nothing or
# to an object that contains it (a cycle), absurd sizes
_VALUES = (b"null", b"[]", b"<<>>", b"()", b"<>", b"true", b"-1", b"0", b"1e308", b"/Nonsense", b"99999 0 R",
           b"1 0 R", b"2 0 R", b"3 0 R", b"[0 0 0 0]", b"[0 0 -1 -1]", b"[0 0 1e30 1e30]", b"[1 2 3]", b"[null]")


def _numbers(n: int, rng: random.Random) -> bytes:
    """Pick a replacement for the number n: zero, negative, huge, off by one, or a small object number."""
    return str(rng.choice([0, -1, -n, n - 1, n + 1, n * 2, 2**31, 2**32, 2**63, 10**30, rng.randint(0, 20)])).encode()


def _renumber(data: bytes, rng: random.Random, pattern: re.Pattern[bytes]) -> bytes:
    """Replace one number a pattern captures (in whichever group matched) with a bad one."""
    spots = [(m.start(g), m.end(g)) for m in pattern.finditer(data) for g in range(1, (pattern.groups or 0) + 1)
             if m.start(g) >= 0]
    if not spots:
        return data
    start, end = rng.choice(spots)
    return data[:start] + _numbers(int(data[start:end]), rng) + data[end:]


def pdf_length(data: bytes, rng: random.Random) -> bytes:
    """Set a stream's /Length wrong."""
    return _renumber(data, rng, _LENGTH)


def pdf_count(data: bytes, rng: random.Random) -> bytes:
    """Set a /Count, /Size, /N, /First or /Prev wrong."""
    return _renumber(data, rng, _COUNT)


def pdf_xref(data: bytes, rng: random.Random) -> bytes:
    """Set an xref table offset, or the startxref offset, wrong."""
    return _renumber(data, rng, _XREF)


def pdf_object_number(data: bytes, rng: random.Random) -> bytes:
    """Renumber an object, or point a reference at another object (perhaps its own parent)."""
    return _renumber(data, rng, _OBJECT)


def pdf_value(data: bytes, rng: random.Random) -> bytes:
    """Give a dictionary key a value of the wrong type or size (a /MediaBox of null, /Kids of 1e308)."""
    spots = list(_VALUE.finditer(data))
    if not spots:
        return data
    m = rng.choice(spots)
    return data[:m.start(1)] + rng.choice(_VALUES) + data[m.end(1):]


def pdf_drop_keyword(data: bytes, rng: random.Random) -> bytes:
    """Delete one endobj, endstream, trailer, xref, << or the like."""
    spots = list(_KEYWORD.finditer(data))
    if not spots:
        return data
    m = rng.choice(spots)
    return data[:m.start()] + data[m.end():]


def pdf_repeat_keyword(data: bytes, rng: random.Random) -> bytes:
    """Write one endobj, endstream, trailer or the like again, beside itself or somewhere else."""
    spots = list(_KEYWORD.finditer(data))
    if not spots:
        return data
    m = rng.choice(spots)
    at = m.end() if rng.random() < 0.5 else rng.randrange(len(data) + 1)
    return data[:at] + b"\n" + m.group() + b"\n" + data[at:]


def pdf_stream(data: bytes, rng: random.Random) -> bytes:
    """Corrupt the raw (usually compressed) bytes inside one stream, leaving the structure around it."""
    spots = list(_STREAM.finditer(data))
    if not spots:
        return data
    m = rng.choice(spots)
    mutate = rng.choice([flip_bits, overwrite, insert, delete, truncate])
    return data[:m.start(1)] + mutate(m.group(1), rng) + data[m.end(1):]


def pdf_content(data: bytes, rng: random.Random) -> bytes:
    """Corrupt the drawing operators inside one flate stream, then compress it again with its /Length fixed,
    so the damage reaches the content parser instead of stopping at the decompressor."""
    spots = [m for m in _STREAM.finditer(data) if b"/FlateDecode" in _dictionary_before(data, m.start())]
    if not spots:
        return data
    m = rng.choice(spots)
    try:
        content = zlib.decompressobj().decompress(m.group(1))
    except zlib.error:
        return data
    change = rng.choice([flip_bits, overwrite, insert, duplicate, delete, _content_number, _content_repeat])
    content = change(content, rng)
    stream = zlib.compress(content)
    head = data[:m.start(1)]
    where = head.rfind(b"obj")
    head = head[:where] + _LENGTH.sub(b"/Length %d" % len(stream), head[where:], count=1) if where >= 0 else head
    return head + stream + data[m.end(1):]


def _dictionary_before(data: bytes, at: int) -> bytes:
    """The bytes from a stream's `obj` keyword to the stream itself: its dictionary."""
    return data[max(0, data.rfind(b"obj", 0, at)):at]


def _content_number(content: bytes, rng: random.Random) -> bytes:
    """Replace one operand in a content stream with an absurd number (a font size of 1e308, a -1 width)."""
    spots = list(_NUMBER.finditer(content))
    if not spots:
        return content
    m = rng.choice(spots)
    return content[:m.start()] + rng.choice([b"0", b"-1", b"1e308", b"-1e308", b"99999999999999999999", b"1e-300",
                                             b"340282366920938463463374607431768211456"]) + content[m.end():]


def _content_repeat(content: bytes, rng: random.Random) -> bytes:
    """Repeat one line of operators many times (a save state `q` with no restore, a text move ...)."""
    lines = content.splitlines(keepends=True)
    if not lines:
        return content
    at = rng.randrange(len(lines))
    times = min(rng.choice([10, 1000, 20_000]), 2_000_000 // len(lines[at]))  # at most ~2 MB of operators
    return b"".join(lines[:at]) + lines[at] * times + b"".join(lines[at:])


PDF: dict[str, Mutator] = {
    "pdf-length": pdf_length, "pdf-count": pdf_count, "pdf-xref": pdf_xref, "pdf-object-number": pdf_object_number,
    "pdf-value": pdf_value, "pdf-drop-keyword": pdf_drop_keyword, "pdf-repeat-keyword": pdf_repeat_keyword,
    "pdf-stream": pdf_stream, "pdf-content": pdf_content,
}


# --- DOCX: rewrite the package around damaged parts -------------------------------------------------------

_Entry = tuple[zipfile.ZipInfo, bytes]
# The parts a reader parses, weighted by how much of the reading each one drives
_PARTS = {"word/document.xml": 8, "word/styles.xml": 3, "[Content_Types].xml": 1, "_rels/.rels": 1,
          "word/_rels/document.xml.rels": 1, "word/numbering.xml": 1}
_ATTRIBUTE = re.compile(rb'\s[\w:]+="([^"]*)"')
_TAG = re.compile(rb"<[^<>]+>")
_NESTING = ((b"<w:sdt><w:sdtContent>", b"</w:sdtContent></w:sdt>"), (b"<w:tbl><w:tr><w:tc>", b"</w:tc></w:tr></w:tbl>"),
            (b"<w:customXml>", b"</w:customXml>"), (b"<w:r><w:t>", b"</w:t></w:r>"), (b"<x>", b"</x>"))
_DOCTYPES = (b'<!DOCTYPE w:document>',
             b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
             b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
             b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
             b'<!DOCTYPE w:document [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>')


def _unzip(data: bytes) -> list[_Entry] | None:
    """Read every entry of a ZIP, or None when it is no longer a readable ZIP."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return [(info, package.read(info)) for info in package.infolist()]
    except Exception:  # a damaged ZIP fails in many ways; the caller then leaves the bytes as they are
        return None


def _zip(entries: list[_Entry], methods: list[int] | None = None) -> bytes:
    """Write entries as a fresh, valid ZIP (in their order, names as given), each with its own method."""
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w") as package:
        warnings.simplefilter("ignore")  # "Duplicate name": one mutator's whole point
        for k, (info, body) in enumerate(entries):
            fresh = zipfile.ZipInfo(info.filename, info.date_time)
            fresh.compress_type = methods[k] if methods else info.compress_type
            package.writestr(fresh, body)
    return out.getvalue()


def _pick(entries: list[_Entry], rng: random.Random, parts: bool = True) -> int | None:
    """Pick an entry's index: the XML parts a reader parses, weighted, or (parts=False) any entry."""
    weights = [_PARTS.get(info.filename, 0.3 if info.filename.endswith((".xml", ".rels")) else 0.1 * (not parts))
               for info, _ in entries]
    if not entries or not any(weights):
        return None
    return rng.choices(range(len(entries)), weights)[0]


def _in_part(change: Callable[[bytes, random.Random], bytes]) -> Mutator:
    """Make a mutator that applies `change` to the uncompressed bytes of one XML part."""
    def mutate(data: bytes, rng: random.Random) -> bytes:
        entries = _unzip(data)
        k = _pick(entries or [], rng)
        if entries is None or k is None:
            return data
        entries[k] = (entries[k][0], change(entries[k][1], rng))
        return _zip(entries)

    mutate.__doc__ = change.__doc__
    return mutate


def _xml_bytes(xml: bytes, rng: random.Random) -> bytes:
    """Flip, overwrite, insert, copy or delete bytes in one XML part."""
    return rng.choice([flip_bits, overwrite, insert, duplicate, delete])(xml, rng)


def _xml_truncate(xml: bytes, rng: random.Random) -> bytes:
    """Cut one XML part short."""
    return xml[:rng.randrange(len(xml) + 1)]


def _xml_tag(xml: bytes, rng: random.Random) -> bytes:
    """Delete one tag, or write it again beside itself, so elements nest wrong."""
    spots = list(_TAG.finditer(xml))
    if not spots:
        return xml
    m = rng.choice(spots)
    return xml[:m.start()] + (b"" if rng.random() < 0.5 else m.group() * 2) + xml[m.end():]


def _xml_attribute(xml: bytes, rng: random.Random) -> bytes:
    """Give one attribute a bad value: empty, negative, huge, junk, or another attribute's value (a style
    based on itself, a list pointing at the wrong numbering) taken nearby or from anywhere in the part."""
    spots = list(_ATTRIBUTE.finditer(xml))
    if not spots:
        return xml
    m = rng.choice(spots)
    near = [s for s in spots if abs(s.start() - m.start()) < 1500] if rng.random() < 0.5 else spots
    value = rng.choice([b"", b"-1", b"0", b"99999999999999999999", b"1e400", b"x" * 10_000, b"&#0;", b"&amp;",
                        b"\xc3\x28", rng.choice(near).group(1), rng.choice(near).group(1)])
    return xml[:m.start(1)] + value + xml[m.end(1):]


def _xml_deep(xml: bytes, rng: random.Random) -> bytes:
    """Nest elements hundreds to a hundred thousand deep before one tag; sometimes leave them unclosed."""
    spots = list(_TAG.finditer(xml))
    if not spots:
        return xml
    at = rng.choice(spots).start()
    opening, closing = rng.choice(_NESTING)
    depth = rng.choice([100, 300, 1000, 5000, 100_000])
    closed = closing * depth if rng.random() < 0.8 else b""
    return xml[:at] + opening * depth + b"<w:p><w:r><w:t>deep</w:t></w:r></w:p>" + closed + xml[at:]


def _xml_doctype(xml: bytes, rng: random.Random) -> bytes:
    """Declare a DOCTYPE (plain, an external entity, nested entities, a parameter entity) after the
    XML declaration, and use its entity in the text."""
    end = xml.find(b"?>") + 2 if xml.startswith(b"<?xml") else 0
    doctype = rng.choice(_DOCTYPES)
    xml = xml[:end] + b"\n" + doctype + xml[end:]
    entity = b"&c;" if b"ENTITY c" in doctype else b"&xxe;" if b"xxe" in doctype else b""
    return xml.replace(b"<w:t>", b"<w:t>" + entity, 1)


def docx_drop_entry(data: bytes, rng: random.Random) -> bytes:
    """Delete one entry from the package."""
    entries = _unzip(data)
    k = _pick(entries or [], rng, parts=False)
    if entries is None or k is None:
        return data
    return _zip(entries[:k] + entries[k + 1:])


def docx_rename_entry(data: bytes, rng: random.Random) -> bytes:
    """Rename one entry: another case, a leading slash or ../, a backslash, the name of another entry, junk."""
    entries = _unzip(data)
    k = _pick(entries or [], rng, parts=False)
    if entries is None or k is None:
        return data
    name = entries[k][0].filename
    new = rng.choice([name.upper(), "/" + name, "../" + name, name.replace("/", "\\"), name + " ", name[:-1],
                      rng.choice(entries)[0].filename, "word/document.xml", "é/" + name, "x" * 300])
    entries[k] = (zipfile.ZipInfo(new, entries[k][0].date_time), entries[k][1])
    return _zip(entries)


def docx_duplicate_entry(data: bytes, rng: random.Random) -> bytes:
    """Add a second entry under an existing name, holding a copy, another part's bytes, or nothing."""
    entries = _unzip(data)
    k = _pick(entries or [], rng)
    if entries is None or k is None:
        return data
    body = rng.choice([entries[k][1], rng.choice(entries)[1], b"", _xml_truncate(entries[k][1], rng)])
    at = rng.randrange(len(entries) + 1)
    return _zip(entries[:at] + [(entries[k][0], body)] + entries[at:])


def docx_methods(data: bytes, rng: random.Random) -> bytes:
    """Rewrite the package with each entry stored, deflated, bzip2- or LZMA-compressed (all valid ZIP)."""
    entries = _unzip(data)
    if not entries:
        return data
    kinds = [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]
    return _zip(entries, [rng.choice(kinds) for _ in entries])


def docx_hidden_doctype(data: bytes, rng: random.Random) -> bytes:
    """Move word/document.xml to a name without .xml (references updated) and declare a DOCTYPE in it,
    for a reader that looks for DOCTYPEs only in parts named .xml."""
    entries = _unzip(data)
    if entries is None or not any(info.filename == "word/document.xml" for info, _ in entries):
        return data
    new = rng.choice([b"word/document.dat", b"word/document", b"word/document.XML"])
    moved = []
    for info, body in entries:
        if info.filename == "word/document.xml":
            info, body = zipfile.ZipInfo(new.decode(), info.date_time), _xml_doctype(body, rng)
        elif info.filename in ("_rels/.rels", "[Content_Types].xml"):
            body = body.replace(b"word/document.xml", new)
        moved.append((info, body))
    return _zip(moved)


DOCX: dict[str, Mutator] = {
    "docx-xml-bytes": _in_part(_xml_bytes), "docx-truncate-xml": _in_part(_xml_truncate),
    "docx-tag": _in_part(_xml_tag), "docx-attribute": _in_part(_xml_attribute), "docx-deep": _in_part(_xml_deep),
    "docx-doctype": _in_part(_xml_doctype), "docx-hidden-doctype": docx_hidden_doctype,
    "docx-drop-entry": docx_drop_entry, "docx-rename-entry": docx_rename_entry,
    "docx-duplicate-entry": docx_duplicate_entry, "docx-methods": docx_methods,
}


# --- ZIP headers: lie about sizes, checksums, methods and offsets ----------------------------------------

# (offset, width) of each field, from the record's signature (APPNOTE.TXT 4.3.7, 4.3.12, 4.3.16)
_LOCAL = {"flags": (6, 2), "method": (8, 2), "crc": (14, 4), "compressed size": (18, 4), "size": (22, 4),
          "name length": (26, 2), "extra length": (28, 2)}
_CENTRAL = {"flags": (8, 2), "method": (10, 2), "crc": (16, 4), "compressed size": (20, 4), "size": (24, 4),
            "name length": (28, 2), "extra length": (30, 2), "comment length": (32, 2), "local offset": (42, 4)}
_END = {"entries on disk": (8, 2), "entries": (10, 2), "directory size": (12, 4), "directory offset": (16, 4),
        "comment length": (20, 2)}
# each record's signature, fields, and where its name's length and its name sit (the end record has no name)
_RECORDS = ((b"PK\x03\x04", _LOCAL, 26, 30), (b"PK\x01\x02", _CENTRAL, 28, 46), (b"PK\x05\x06", _END, None, None))
_Spot = tuple[int, str, int, int, int]  # record start, field, offset, width, weight


def _records(data: bytes, fields: set[str]) -> list[_Spot]:
    """Find every named field in every record; the main document's records weigh most, as damage to
    them reaches furthest."""
    found = []
    for signature, layout, length_at, name_at in _RECORDS:
        at = data.find(signature)
        while at >= 0:
            weight = 1
            if length_at is not None and len(data) >= at + name_at:
                length = struct.unpack_from("<H", data, at + length_at)[0]
                weight = 10 if data[at + name_at:at + name_at + length] == b"word/document.xml" else 1
            found += [(at, f, *layout[f], weight) for f in sorted(fields & layout.keys())
                      if at + sum(layout[f]) <= len(data)]
            at = data.find(signature, at + 1)
    return found


def _patch(data: bytes, rng: random.Random, fields: set[str]) -> bytes:
    """Set one of the named header fields to zero, its maximum, off by one, a random number or, for a
    method or flags, another method or a flipped flag bit (encrypted, data descriptor, UTF-8)."""
    spots = _records(data, fields)
    if not spots:
        return data
    at, field, offset, width, _ = rng.choices(spots, [s[4] for s in spots])[0]
    fmt = "<H" if width == 2 else "<I"
    old, top = struct.unpack_from(fmt, data, at + offset)[0], (1 << 8 * width) - 1
    choices = [0, top, (old + 1) & top, (old - 1) & top, rng.randrange(top + 1)]
    if field == "method":
        choices += [0, 8, 12, 14, 99]  # stored, deflated, bzip2, LZMA, unknown
    elif field == "flags":
        choices += [old ^ 0x1, old ^ 0x8, old ^ 0x800]  # encrypted, sizes in a data descriptor, UTF-8 names
    out = bytearray(data)
    struct.pack_into(fmt, out, at + offset, rng.choice(choices))
    return bytes(out)


def zip_crc(data: bytes, rng: random.Random) -> bytes:
    """Declare a wrong CRC in a local or central header."""
    return _patch(data, rng, {"crc"})


def zip_size(data: bytes, rng: random.Random) -> bytes:
    """Declare a wrong compressed or uncompressed size in a local or central header."""
    return _patch(data, rng, {"compressed size", "size"})


def zip_method(data: bytes, rng: random.Random) -> bytes:
    """Declare another compression method (stored for deflated data, an unknown one) or flip a flag bit."""
    return _patch(data, rng, {"method", "flags"})


def zip_layout(data: bytes, rng: random.Random) -> bytes:
    """Declare a wrong name, extra or comment length, local header offset, entry count or directory place."""
    return _patch(data, rng, {"name length", "extra length", "comment length", "local offset", "entries on disk",
                              "entries", "directory size", "directory offset"})


ZIP: dict[str, Mutator] = {"zip-crc": zip_crc, "zip-size": zip_size, "zip-method": zip_method, "zip-layout": zip_layout}
