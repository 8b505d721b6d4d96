"""Time a whole check (load, extract, estimate, rules) on every sample document.

Usage: .venv/bin/python benchmarks/check_speed.py [runs]   (default: 3)

Prints the start-up cost (imports, spaCy pipeline, rules) once, then the best
of N runs per document, warm.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(runs: int) -> None:
    t0 = time.perf_counter()
    import rfpcheck
    from rfpcheck import ratecard, rules
    from rfpcheck.nlp import pipeline

    pipeline()
    loaded_rules, card = rules.load_rules(), ratecard.load()
    print(f"start-up (imports, pipeline, rules): {time.perf_counter() - t0:.2f} s")
    print(f"{'document':32} {'best ms':>8}")
    for doc in sorted((ROOT / "samples").glob("*")):
        if doc.suffix not in (".txt", ".docx", ".pdf"):
            continue
        best = min(_time(lambda: rfpcheck.check(doc, rules=loaded_rules, card=card)) for _ in range(runs))
        print(f"{doc.name:32} {best * 1000:8.0f}")


def _time(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
