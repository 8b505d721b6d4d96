"""The benchmark's documents are what it says (exact pages, reproducible, the same scope at every length), and
its verdicts on the targets follow from its measurements."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402
import run  # noqa: E402


@pytest.mark.parametrize("pages, seed", [(1, 1), (3, 7)])  # (the scope of some seeds takes more than a page)
def test_documents_have_the_pages_asked_for_and_are_reproducible(tmp_path: Path, pages: int, seed: int) -> None:
    import pypdfium2

    first = generate.write(tmp_path / "a", pages, seed=seed)
    again = generate.write(tmp_path / "b", pages, seed=seed)
    assert len(pypdfium2.PdfDocument(first["pdf"])) == pages
    for kind in ("pdf", "docx", "txt"):
        assert first[kind].read_bytes() == again[kind].read_bytes(), kind


def test_a_longer_document_keeps_the_scope_and_adds_tables(tmp_path: Path) -> None:
    from rfpcheck.load import load

    short, long = generate.write(tmp_path, 1, seed=1), generate.write(tmp_path, 3, seed=1)
    assert long["txt"].read_text().startswith(short["txt"].read_text().split("## 3.")[0])
    rows = [b for b in load(long["pdf"]).blocks if b.kind == "table_row"]
    assert len(rows) > 5  # the deliverables table and at least one more


def _results(check_200: float, check_txt: float, version: float, one: float, two: float) -> dict:
    m = lambda seconds, mb=100.0: {"seconds": seconds, "peak_mb": mb}  # noqa: E731
    stages = {k: 0.1 for k in ("load", "extract", "estimate", "rules", "render json")}
    return {
        "floors": {"import click": m(0.05), "spacy + blank pipeline": m(1.0), "pdfium text pdf-200": m(0.25),
                   "pdfplumber text pdf-200": m(15.0)},
        "tool": {"check pdf-200": m(check_200, 140), "check txt-1": m(check_txt), "--version": m(version)},
        "stages": {"pdf-200": {"startup": 1.0, **stages}, "pdf-10": {"startup": 1.0, **stages}},
        "batch": {"jobs 1": m(one), "jobs 2": m(two)},
    }


def test_the_targets_are_judged_from_the_ratios() -> None:
    met = run.ratios(_results(check_200=1.9, check_txt=1.2, version=0.1, one=20.0, two=11.0), batch=100)
    assert [v["met"] for v in met.values() if "met" in v] == [True, True, True, True, True, True]
    assert met["batch per-document cost, --jobs 1 (s)"]["value"] == pytest.approx(0.19)
    missed = run.ratios(_results(check_200=2.1, check_txt=1.4, version=0.2, one=20.0, two=12.5), batch=100)
    assert [v["met"] for v in missed.values() if "met" in v] == [False, True, True, False, False, False]
