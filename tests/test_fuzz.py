"""A short mutation fuzz run over the sample PDFs and Word files: every mutant gives a report or a clean
error, none crashes or hangs. The long run is `python tests/fuzz/run.py --cases 5000`."""

from __future__ import annotations

from pathlib import Path

from fuzz.run import fuzz, table

CASES, SEED = 150, 2026


def test_no_mutant_crashes_or_hangs(tmp_path: Path) -> None:
    """150 mutants through the whole pipeline: no crash, no hang, and both outcomes occur (the mutators bite)."""
    summary = fuzz(CASES, SEED, jobs=2, timeout=20, mode="check", keep=tmp_path, keep_each=1)
    counts = summary.counts
    shown = (f"\n{table(summary)}\n\nreproduce with `python tests/fuzz/run.py --cases {CASES} --seed {SEED}`, "
             f"which saves each mutant into tests/fuzz/findings/")
    assert counts["report"] + counts["clean error"] + counts["crash"] + counts["hang"] == CASES, shown
    assert counts["crash"] == 0, shown
    assert counts["hang"] == 0, shown
    assert counts["report"] > 0 and counts["clean error"] > 0, shown
