"""Time the PDF loader and measure its peak memory, default path against fast path.

Usage: .venv/bin/python benchmarks/pdf_load.py [pages ...]   (default: 20 200)

Each run happens in a fresh process so that its peak RSS is its own; comparing
a short and a long document shows whether memory grows with the page count.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(path: str, fast: bool) -> dict[str, float]:
    """Load one PDF and report seconds, pages and peak RSS (MiB) for this process."""
    import pdfplumber  # noqa: F401
    import pypdfium2  # noqa: F401

    import rfpcheck.load.pdf  # noqa: F401 - count import time and memory before the clock starts
    from rfpcheck.load import load

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    doc = load(path, fast=fast)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"pages": doc.pages or 0, "seconds": seconds, "rss_before": before, "rss_peak": peak}


def generate(path: str, pages: int) -> None:
    """Write a long RFP-like PDF with fpdf2, using the tests' fixture builder."""
    sys.path.insert(0, str(ROOT / "tests"))
    from fixtures_docs import long_pdf

    long_pdf(Path(path), pages)


def run(*args: str) -> str:
    """Run this script in a child process and return its output.

    Linux keeps a process's peak RSS across fork and exec, so the parent stays
    small and leaves generating and loading to children.
    """
    return subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True
    ).stdout


def main(sizes: list[int]) -> None:
    """Generate the PDFs, then load each one in a child process per path."""
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'pages':>5} {'path':>7} {'total s':>8} {'ms/page':>8} {'RSS before':>11} {'peak RSS':>9}")
        for pages in sizes:
            path = str(Path(folder) / f"rfp-{pages}.pdf")
            run("--generate", path, str(pages))
            for mode in ("default", "fast"):
                result = json.loads(run("--measure", path, mode))
                print(
                    f"{result['pages']:>5} {mode:>7} {result['seconds']:>8.2f} "
                    f"{1000 * result['seconds'] / result['pages']:>8.1f} "
                    f"{result['rss_before']:>7.0f} MiB {result['rss_peak']:>5.0f} MiB"
                )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure"]:
        print(json.dumps(measure(sys.argv[2], fast=sys.argv[3] == "fast")))
    elif sys.argv[1:2] == ["--generate"]:
        generate(sys.argv[2], int(sys.argv[3]))
    else:
        main([int(n) for n in sys.argv[1:]] or [20, 200])
