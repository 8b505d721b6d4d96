"""Compiled patterns kept between starts (rfpcheck.patterns) match exactly as freshly compiled ones, and a
store that is damaged, foreign or somewhere others can write to is never trusted."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rfpcheck.patterns import Store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# A fresh process per start, as the command has: the store is read once per process.
START = """
import re, sys
from rfpcheck import patterns
import rfpcheck.extract  # compiles (or loads) every extraction pattern and saves the store
store = patterns._store()
print(len(store.known), store.path is not None)
text = open(sys.argv[1], encoding="utf-8").read()
same = all([m.span() for m in patterns.compile(p, f).finditer(text)] == [m.span() for m in re.compile(p, f).finditer(text)]
           for p, f in store.known)
print("same" if same else "DIFFERENT")
"""


def start(cache: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", START, str(SAMPLES / "seed-rfp.txt")], capture_output=True, text=True,
                          env={**os.environ, "XDG_CACHE_HOME": str(cache)}, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_the_first_start_stores_the_patterns_and_the_next_matches_alike(tmp_path: Path) -> None:
    first = start(tmp_path)
    (stored,) = (tmp_path / "rfpcheck").glob("patterns-*.marshal")
    written = stored.stat().st_mtime_ns
    assert int(first[0]) > 200 and first[1:] == ["True", "same"]
    assert start(tmp_path) == first  # from the store: the same patterns, the same matches
    assert stored.stat().st_mtime_ns == written  # nothing new to write


@pytest.mark.parametrize("damage", [
    lambda data: data[: len(data) // 2],  # cut short
    lambda data: b"not marshal at all",
    lambda data: marshal.dumps(("another Python|0|4", marshal.loads(data)[1])),  # from another Python build
], ids=["truncated", "garbage", "other-python"])
def test_a_damaged_or_foreign_store_is_rebuilt(tmp_path: Path, damage) -> None:
    start(tmp_path)
    (stored,) = (tmp_path / "rfpcheck").glob("patterns-*.marshal")
    stored.write_bytes(damage(stored.read_bytes()))
    assert start(tmp_path)[1:] == ["True", "same"]
    version, known = marshal.loads(stored.read_bytes())
    assert version.startswith(sys.version) and len(known) > 200  # written whole again


def test_code_the_matcher_refuses_falls_back_to_compiling(tmp_path: Path) -> None:
    """A tampered entry cannot crash the matcher: it checks the code, and the pattern is compiled afresh."""
    store = Store(tmp_path / "p.marshal")
    store.known[(r"\bposts?\b", re.I)] = (int(re.I | re.U), [1, 2, 3, 999, 7], 0, {}, (None,))
    pattern = store.compile(r"\bposts?\b", re.I)
    assert [m.group() for m in pattern.finditer("Three Posts a week; one post")] == ["Posts", "post"]


def test_a_folder_others_can_write_to_holds_no_store(tmp_path: Path) -> None:
    (tmp_path / "rfpcheck").mkdir()
    os.chmod(tmp_path / "rfpcheck", 0o777)
    assert start(tmp_path)[1:] == ["False", "same"]
    assert not list((tmp_path / "rfpcheck").iterdir())
