"""DOCX to parts: paragraphs and table rows in body order.

The body is walked as XML rather than through `Document.iter_inner_content()`,
because that skips content controls (`w:sdt`), which templates wrap whole
sections in, and `Paragraph.text`, which drops tracked insertions and the runs
inside inline content controls and fields.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from rfpcheck.errors import InputError
from rfpcheck.load.blocks import Line, Part, blocks

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from lxml.etree import _Element

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SHORT = 60  # characters; a shorter line ended at a deliberate break, not a wrap


def _tag(name: str) -> str:
    return f"{{{_W}}}{name}"


def read_docx(path: str, data: bytes) -> list[Part]:
    """Read a Word document's body as parts, placed by paragraph or table row."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        styles, body = _styles(document), document.element.body  # both parse parts of the package
    except Exception as error:  # python-docx raises KeyError, ValueError, lxml errors ...
        detail = " ".join(str(error).split())[:80] or type(error).__name__
        raise InputError(path, f"cannot read the Word document ({detail})") from error
    return blocks(list(_lines(body, styles))) if body is not None else []


def _styles(document: DocxDocument) -> dict[str, str]:
    """Map each paragraph style id to "heading", "list_item" or "", following base styles."""
    kinds: dict[str, str] = {}
    for style in document.styles:
        name, kind = (style.name or "").lower(), ""
        base = style
        while base is not None and not kind:
            kind = _pr_kind(base.element.find(_tag("pPr")))
            base = getattr(base, "base_style", None)  # numbering styles have no base
        if name.startswith("heading") or name in ("title", "subtitle"):
            kind = "heading"
        elif "list" in name and not kind:
            kind = "list_item"
        elif name.startswith("toc"):
            kind = "toc"
        kinds[style.style_id] = kind
    return kinds


def _pr_kind(ppr: _Element | None) -> str:
    """Read a paragraph-properties element: an outline level, or list numbering."""
    if ppr is None:
        return ""
    level = ppr.find(_tag("outlineLvl"))
    if level is not None and level.get(_tag("val"), "9") < "9":
        return "heading"
    num = ppr.find(f"{_tag('numPr')}/{_tag('numId')}")
    return "list_item" if num is not None and num.get(_tag("val")) != "0" else ""


def _lines(body: _Element, styles: dict[str, str]) -> Iterator[Line]:
    """Yield a `Line` per paragraph line and per table row, in body order."""
    paragraphs = tables = 0
    for element in _children(body):
        if element.tag == _tag("p"):
            paragraphs += 1
            yield from _paragraph(element, styles, f"paragraph {paragraphs}")
        else:
            tables += 1
            yield from _table(element, f"table {tables}")


def _children(container: _Element) -> Iterator[_Element]:
    """Yield the paragraphs and tables in a container, looking inside content controls."""
    for child in container:
        if child.tag in (_tag("p"), _tag("tbl")):
            yield child
        elif child.tag == _tag("customXml"):
            yield from _children(child)
        elif child.tag == _tag("sdt") and (content := child.find(_tag("sdtContent"))) is not None:
            yield from _children(content)


def _paragraph(p: _Element, styles: dict[str, str], where: str) -> Iterator[Line]:
    """Yield a paragraph's lines; soft breaks split it when its lines are short."""
    ppr = p.find(_tag("pPr"))
    style = ppr.find(_tag("pStyle")) if ppr is not None else None
    styled = styles.get(style.get(_tag("val")) if style is not None else "", "")
    kind = "heading" if styled == "heading" else _pr_kind(ppr) or styled
    if kind == "toc":
        return  # table-of-contents entries repeat the headings, with page numbers
    texts = [" ".join(t.split()) for t in _text(p).split("\n")]
    texts = [t for t in texts if t]
    if kind == "list_item" and len(texts) > 1 and all(len(t) < _SHORT for t in texts):
        yield from (Line(text, where, kind=kind) for text in texts)  # a list typed with soft breaks
    elif kind and texts:
        yield Line(" ".join(texts), where, kind=kind)
    else:
        yield from (Line(text, where, brk=i == 0, short=len(text) < _SHORT) for i, text in enumerate(texts))


def _text(p: _Element) -> str:
    """Return a paragraph's visible text, with soft breaks as newlines."""
    parts = []
    for run in p.iter(_tag("r")):
        if _in_text_box(run, p):
            continue  # a text box's own paragraphs float apart from this one
        for item in run:
            if item.tag == _tag("t"):
                parts.append(item.text or "")
            elif item.tag == _tag("tab"):
                parts.append("\t")
            elif item.tag in (_tag("br"), _tag("cr")):
                parts.append("\n")
            elif item.tag == _tag("noBreakHyphen"):
                parts.append("-")
    return "".join(parts)


def _in_text_box(run: _Element, p: _Element) -> bool:
    """Tell whether a run sits in a text box anchored in paragraph p."""
    node = run.getparent()
    while node is not None and node is not p:
        if node.tag == _tag("txbxContent"):
            return True
        node = node.getparent()
    return False


def _table(tbl: _Element, name: str) -> Iterator[Line]:
    """Yield one table_row `Line` per row, cells joined with " | ", then nested tables."""
    for number, tr in enumerate(tbl.iterchildren(_tag("tr")), 1):
        cells, nested = [], []
        for tc in tr.iterchildren(_tag("tc")):
            merge = tc.find(f"{_tag('tcPr')}/{_tag('vMerge')}")
            if merge is not None and merge.get(_tag("val"), "continue") == "continue":
                continue  # the lower part of a vertically merged cell repeats the one above
            texts = []
            for element in _children(tc):
                if element.tag == _tag("tbl"):
                    nested.append(element)
                else:
                    texts.append(" ".join(_text(element).split()))
            cells.append(_cell(texts))
        text = " | ".join(c for c in cells if c)
        if text:
            yield Line(text, f"{name}, row {number}", kind="table_row")
        for k, inner in enumerate(nested, 1):
            yield from _table(inner, f"{name}.{k}")


def _cell(texts: list[str]) -> str:
    """Join a cell's paragraphs, with "; " where a paragraph has no final punctuation."""
    text = ""
    for t in (t for t in texts if t):
        text = t if not text else text + (" " if re.search(r"[.;:,!?]$", text) else "; ") + t
    return text
