"""The CEL parser's tables are kept in the user's own cache folder, and only there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


# A fresh process: the parser is a class attribute, set once per process.
PROBE = """
from rfpcheck import rules
from celpy.celparser import CELParser
found = rules.load_rules()
tree = CELParser().parse("true && facts.hours.max < 10.0")
print(len(found), tree.data, "BOOL_LIT" in str(tree))
"""


def probe(cache: Path) -> str:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_parser_is_stored_in_a_private_folder_and_loaded_from_it(tmp_path: Path) -> None:
    first = probe(tmp_path)
    (stored,) = (tmp_path / "rfpcheck").glob("cel-parser-*.pickle")
    assert (tmp_path / "rfpcheck").stat().st_mode & 0o777 == 0o700
    written = stored.stat().st_mtime_ns
    assert probe(tmp_path) == first  # the same rules and the same parse, from the stored tables
    assert stored.stat().st_mtime_ns == written  # read, not built and written again
    assert first.endswith("expr True")  # "true" is still a literal: the lexer callback survives the cache


def test_a_folder_others_can_write_to_is_not_used(tmp_path: Path) -> None:
    """A pickle from a folder another account can write to could run that account's code."""
    (tmp_path / "rfpcheck").mkdir()
    os.chmod(tmp_path / "rfpcheck", 0o777)
    assert probe(tmp_path).endswith("expr True")
    assert list((tmp_path / "rfpcheck").iterdir()) == []


def test_a_damaged_store_is_rebuilt(tmp_path: Path) -> None:
    probe(tmp_path)
    (stored,) = (tmp_path / "rfpcheck").glob("cel-parser-*.pickle")
    stored.write_bytes(stored.read_bytes()[:1000])
    assert probe(tmp_path).endswith("expr True")


def test_a_cache_that_cannot_be_made_leaves_the_parser_built_as_before(tmp_path: Path) -> None:
    """(A cache home that is a file: no folder can be made in it, even by root.)"""
    (tmp_path / "not-a-folder").write_text("")
    assert probe(tmp_path / "not-a-folder").endswith("expr True")


def test_the_cache_folder_is_refused_where_others_could_swap_it(tmp_path, monkeypatch) -> None:
    """The folder above the cache must not be writable by others either (unless sticky, as /tmp is)."""
    from rfpcheck.cache_folder import private_folder

    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o777)
    monkeypatch.setenv("XDG_CACHE_HOME", str(shared))
    assert private_folder() is None
    os.chmod(shared, 0o1777)  # sticky: no one can replace a folder another owns
    assert private_folder() == shared / "rfpcheck"


def test_a_relative_cache_home_is_ignored(tmp_path, monkeypatch) -> None:
    """As the XDG spec says: a relative XDG_CACHE_HOME is not used; ~/.cache is."""
    from rfpcheck.cache_folder import private_folder

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert private_folder() == tmp_path / "home" / ".cache" / "rfpcheck"
    assert not (tmp_path / "relative").exists()
