"""Rebuild the generated files: reports/ and the README's rules table.

    python samples/build_reports.py          # rewrite reports/ and the README table
    python samples/build_reports.py --check  # exit 1 if anything is stale

reports/ holds the HTML and Markdown report of every sample document.

Paths in the reports are relative to the repository, so the output is the
same on every machine.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
REPORTS = ROOT / "reports"
README = ROOT / "README.md"
START, END = "<!-- rules:start -->", "<!-- rules:end -->"
FORMATS = {"html": ".html", "markdown": ".md"}


def documents() -> list[Path]:
    """Every sample document: the texts and their DOCX and PDF renderings."""
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".docx", ".pdf"))


def build() -> dict[Path, str]:
    """The report files as they should be, path -> content."""
    import rfpcheck
    from rfpcheck.render import render

    out: dict[Path, str] = {}
    cwd = os.getcwd()
    os.chdir(ROOT)  # so the reports name samples/x.pdf, not an absolute path
    try:
        for doc in documents():
            report = rfpcheck.check(doc.relative_to(ROOT))
            for fmt, ext in FORMATS.items():
                out[REPORTS / f"{doc.name}{ext}"] = render(report, fmt)
    finally:
        os.chdir(cwd)
    out[README] = readme()
    return out


def readme() -> str:
    """The README with its rules table regenerated from the rule files."""
    from rfpcheck.rules import load_rules, markdown_table

    text = README.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{markdown_table(load_rules())}{END}{tail}"


def stale(expected: dict[Path, str]) -> list[str]:
    """Report files that are missing, different, or left over."""
    wrong = [str(p.relative_to(ROOT)) for p, text in expected.items()
             if not p.exists() or p.read_text(encoding="utf-8") != text]
    extra = [str(p.relative_to(ROOT)) for p in REPORTS.glob("*") if p.suffix in (".html", ".md") and p not in expected]
    return sorted(wrong + extra)


def main(argv: list[str]) -> int:
    expected = build()
    if "--check" in argv:
        bad = stale(expected)
        for name in bad:
            print(f"stale: {name}")
        return 1 if bad else 0
    REPORTS.mkdir(exist_ok=True)
    for p in REPORTS.glob("*"):
        if p.suffix in (".html", ".md") and p not in expected:
            p.unlink()
    for path, text in expected.items():
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(expected)} reports to {REPORTS.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
