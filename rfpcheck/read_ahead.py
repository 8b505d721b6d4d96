"""Read a document in a child process while the worker that will check it starts up.

A worker spends its first second importing spaCy and building the pipeline, on
one core; reading a long PDF takes about as long again and needs no spaCy. When
a run checks one document and may use two processes, the command starts a
reader for it at once (a fork: it inherits the limits, nothing is sent), and
the worker takes the document from the reader's pipe instead of reading it
itself. What the reader raises reaches the worker as the same one-line error.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import forked
from .errors import InputError

if TYPE_CHECKING:
    from .limits import Limits
    from .model import Document

Reader = forked.Child


def start(path: Path, *, limits: Limits, password: str | None, ocr: bool | None) -> Reader | None:
    """Fork a reader for `path`; None where processes cannot be forked (the worker then reads it)."""
    if not forked.available():
        return None
    from .load import load

    # a group of its own, so that stopping it stops OCRmyPDF too
    return forked.start(load, path, limits=limits, password=password, ocr=ocr, own_group=True)


def document(reader: Reader, path: Path) -> Document:
    """The document the reader read (in the worker); what it raised, raised again here."""
    try:
        return forked.answer(reader)
    except forked.ChildDied:
        raise InputError(path, "internal error: the process reading it died; please report it") from None


stop = forked.stop
