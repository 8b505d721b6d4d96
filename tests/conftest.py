"""Shared test helpers: documents from plain strings, without the loaders."""

from __future__ import annotations

import os

import pytest

from rfpcheck.extract import extract
from rfpcheck.model import Document, Facts, join_blocks


def doc_of(*blocks: str | tuple[str, str]) -> Document:
    """A document from blocks: a string is a paragraph, (kind, text) any other block."""
    parts = []
    for b in blocks:
        kind, text = ("paragraph", b) if isinstance(b, str) else b
        parts.append((text, kind, None, ""))
    text, bl = join_blocks(parts)
    return Document("test.txt", "txt", text, bl, None, "0" * 64)


def facts_of(*blocks: str | tuple[str, str]) -> Facts:
    return extract(doc_of(*blocks))


@pytest.fixture
def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")
