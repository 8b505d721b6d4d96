"""Compiled patterns kept between starts (rfpcheck.patterns) match exactly as freshly compiled ones, and a
store that is damaged, foreign or somewhere others can write to is never trusted."""

from __future__ import annotations

import json
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


# --- words first -------------------------------------------------------------------------------------------

def _needs_of(pattern: str, flags: int = re.I) -> set[str] | None:
    from rfpcheck.patterns import _needs

    found = _needs(list(re._parser.parse(pattern, flags)))
    return None if found is None else set(found)


@pytest.mark.parametrize("pattern, needs", [
    (r"\bposts?\b", {"post"}),
    (r"\b(?:provid(?:e|es|ed)|supply)\s+log-?ins?", {"provide", "supply"}),  # the part whose shortest word is longest
    (r"\b(?:get|has)\s+(?:access|logins?)", {"access", "login"}),
    (r"(?:foo|barbaz)\s+\d+", {"foo", "barbaz"}),  # one of the branches
    (r"(?:foo|\d+)\s+hours", {"hours"}),  # a branch without words: the words come from elsewhere
    (r"(?:ab)+c", {"ab"}),
    (r"(?:shared)?\s+\d+", None),  # optional: not needed
    (r"(?=.*\bInstagram)\w+", {"instagram"}),  # looked for ahead: still in the text
    (r"(?!nothing)\w+", None),  # looked for not to be there
    (r"caf\u00e9s?", {"caf"}),  # only ASCII: "é" ends the run
    (r"(?-i:[A-Z])\w+ing", {"ing"}),
    (r"[.;:!?]", None),
    (r"a|", None),  # may match nothing at all
    (r"\bpost\s+(?:" + "|".join(f"{chr(97 + i % 26)}{i:03d}" for i in range(70)) + ")", {"post"}),  # 70: too many
], ids=lambda v: v if isinstance(v, str) else None)
def test_the_words_a_match_needs(pattern: str, needs: set[str] | None) -> None:
    assert _needs_of(pattern) == needs


# Texts that fold: İ ı ſ and the Kelvin sign match ASCII letters case-blind but do not lowercase to them.
FOLDING = ["We will provide LOGİN details", "paſſwords are shared", "the \u212aPIs we track", "ınstagram access",
           "Post\u2019s", "provide your LOGINS", "", "log", "İİİ", "no words here at all"]


def test_words_first_finds_what_the_pattern_finds(tmp_path: Path) -> None:
    """Every extraction pattern, as it is handed out, matches, substitutes and splits as the plain pattern on
    real sentences and on texts whose letters fold."""
    from rfpcheck.patterns import WordsFirst

    store = Store(tmp_path / "p.marshal")
    texts = [line for p in sorted((SAMPLES / "corpus").glob("*.txt"))[::40]
             for line in p.read_text(encoding="utf-8").splitlines() if line.strip()] + FOLDING
    source = subprocess.run([sys.executable, "-c", "import json, rfpcheck.extract, rfpcheck.patterns as p; "
                             "print(json.dumps(sorted(p._store().known)))"], capture_output=True, text=True, check=True,
                            env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")})
    known = json.loads(source.stdout)
    first = 0
    for pattern, flags in known:
        made, plain = store.compile(pattern, flags), re.compile(pattern, flags)
        first += isinstance(made, WordsFirst)
        for text in texts:
            assert [m.span() for m in made.finditer(text)] == [m.span() for m in plain.finditer(text)], (pattern, text)
            assert bool(made.search(text)) == bool(plain.search(text))
            assert bool(made.match(text)) == bool(plain.match(text))
            assert made.sub("#", text) == plain.sub("#", text) and made.split(text) == plain.split(text)
    assert first > len(known) // 2  # most patterns look for their words first


def test_every_character_that_matches_an_ascii_letter_folds_to_it() -> None:
    from rfpcheck.patterns import folded

    letter = re.compile("[a-z]", re.I)
    odd = [(hex(cp), folded(chr(cp))) for cp in range(sys.maxunicode + 1)
           if letter.fullmatch(chr(cp)) and not re.fullmatch(re.escape(folded(chr(cp))), chr(cp), re.I)]
    assert odd == []


def test_a_pattern_that_looks_for_its_words_first_pickles_as_itself(tmp_path: Path) -> None:
    import pickle

    from rfpcheck.patterns import WordsFirst

    made = Store(tmp_path / "p.marshal").compile(r"\blog-?ins?\b", re.I)
    assert isinstance(made, WordsFirst) and made.needs == ("log",)
    again = pickle.loads(pickle.dumps(made))
    assert [m.group() for m in again.finditer("Logins and LOG-IN")] == ["Logins", "LOG-IN"]
    assert made.__reduce__()[1] == (r"\blog-?ins?\b", re.I)  # the flags it was asked for: its key in a store
    assert made.pattern == r"\blog-?ins?\b" and made.flags & re.I  # the rest is the pattern's own
    assert [m.group() for m in made.finditer("a login, a log-in", pos=2, endpos=7)] == ["login"]


def test_damaged_needs_in_a_store_fall_back_to_compiling(tmp_path: Path) -> None:
    store = Store(tmp_path / "p.marshal")
    good = store.compile(r"\bposts?\b", re.I)
    key = (r"\bposts?\b", int(re.I))
    for needs in ((1, 2), ("",), "post", None):
        store.known[key] = (*store.known[key][:5], needs)
        again = store.compile(r"\bposts?\b", re.I)
        assert [m.group() for m in again.finditer("Three Posts a week")] == ["Posts"], needs
    assert good.needs == ("post",)


def test_a_store_is_keyed_by_the_code_that_works_out_needs(monkeypatch) -> None:
    """Needs a changed rule would work out differently are never taken from an older store."""
    from rfpcheck import patterns

    before = patterns._version()
    monkeypatch.setattr(patterns, "_MAX_WORDS", patterns._MAX_WORDS + 1)
    assert patterns._version() != before
