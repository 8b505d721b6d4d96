"""Regular expressions compiled once per machine, not at every start.

Python compiles a pattern in pure Python, and the extraction's 260 patterns
(large case-blind alternations) take 0.3 s of every start: more than all the
rest of the tool's own start-up. What compiling produces is a list of integers
the C matcher takes as it is, so `compile` keeps those lists in the user's
private cache folder (the one the CEL parser's tables use, see `cel_parser`)
and hands them straight to the matcher next time. The store is keyed by the
Python build, the matcher's version and the code below that works out a
pattern's needs, the C matcher checks every list it is given, and anything
unexpected (another Python, a damaged file, a change in Python's internals)
falls back to `re.compile`: the store can make a start faster, never a match
different (it lives in a folder only its user can write to: see cache_folder).

The store also keeps, for each pattern, the words no match can do without
(`needs`): "access", "log", "password" ... for the account-access pattern. A
pattern with such words is handed out as `WordsFirst`, which looks for them
in the lowercased text (a few hundred nanoseconds) before it runs the
matcher: most extraction patterns are case-blind alternations that sre tries
at every word of a sentence, 10-50 microseconds each, and most sentences
hold none of their words.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

_Key = tuple[str, int]
# (flags, code, groups, groupindex, indexgroup), as the C matcher's compile takes them, and the pattern's needs
_Compiled = tuple[int, list[int], int, dict[str, int], tuple[Any, ...], tuple[str, ...]]


@dataclass
class Store:
    """Compiled patterns by (pattern, flags): those read from the cache file, and those compiled since."""

    path: Path | None
    known: dict[_Key, _Compiled] = field(default_factory=dict)
    added: int = 0

    @classmethod
    def open(cls) -> Store:
        from .cache_folder import private_folder

        folder = private_folder()
        if folder is None or not _internals_known():
            return cls(None)
        version = _version()
        path = folder / f"patterns-py{sys.version_info[0]}{sys.version_info[1]}.marshal"
        try:
            stored_version, known = marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return cls(path)
        return cls(path, known if stored_version == version and isinstance(known, dict) else {})

    def compile(self, pattern: str, flags: int = 0) -> Pattern:
        """`re.compile(pattern, flags)`, from the store when it holds the pattern; as `WordsFirst` when
        matches need one of some words."""
        flags = int(flags)
        key = (pattern, flags)
        if self.path is None:
            return re.compile(pattern, flags)
        import _sre

        if (compiled := self.known.get(key)) is not None:
            try:
                return _words_first(_sre.compile(pattern, *compiled[:5]), compiled[5], flags)
            except (TypeError, ValueError, RuntimeError, IndexError):
                pass  # not what this Python's matcher takes: compile it afresh below
        try:
            compiled = _compile(pattern, flags)
            made = _sre.compile(pattern, *compiled[:5])
        except Exception:  # Python's internals are not as expected: the plain way
            return re.compile(pattern, flags)
        self.known[key] = compiled
        self.added += 1
        return _words_first(made, compiled[5], flags)

    def save(self) -> None:
        """Write the store back if patterns were compiled afresh (atomically: a run reading it meanwhile sees
        the old one or the new one)."""
        if self.path is None or not self.added:
            return
        import tempfile

        version = _version()
        try:
            data = marshal.dumps((version, self.known))
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns.", suffix=".tmp")
        except (OSError, ValueError):
            return  # a read-only home, or a pattern value marshal does not take: the next start compiles again
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, self.path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)  # a full disk
        self.added = 0


def _internals_known() -> bool:
    return hasattr(re, "_parser") and hasattr(re, "_compiler") and hasattr(re._compiler, "_code")


def _compile(pattern: str, flags: int) -> _Compiled:
    """What `re._compiler.compile` gives the C matcher, in the same steps (CPython 3.11 to 3.13)."""
    parsed = re._parser.parse(pattern, flags)
    code = re._compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # (the opcodes are int subclasses, which marshal does not store)
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex,
            tuple(indexgroup), tuple(sorted(_needs(list(parsed)) or ())))


# --- the words a match needs ---------------------------------------------------------------------------------

# Where re.IGNORECASE matches an ASCII letter that str.lower does not give: the dotted and dotless i, the long s,
# the Kelvin sign. Every other character that matches an ASCII letter case-blind lowercases to it (tested over
# all of Unicode), so a word of ASCII letters that a case-blind match holds is in the folded text.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_MAX_WORDS = 64  # alternatives past which looking for them all would cost about what the matcher does


def folded(text: str) -> str:
    """The text as a case-blind match sees its ASCII letters: lowercased."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


def _needs(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Strings of ASCII characters, lowercased, one of which is in every text a sequence of parsed items
    matches; None when there are none to say.

    Each item of a sequence is needed, so the sequence needs what its most telling item needs (the one whose
    shortest word is the longest): a run of plain characters, a group, an alternation (one of its branches'
    words), a repeat of at least once, a look-ahead or look-behind (what it looks for is in the text too).
    """
    from re._constants import ASSERT, ATOMIC_GROUP, BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, SUBPATTERN

    best: frozenset[str] | None = None
    run = ""

    def pick(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and len(found) <= _MAX_WORDS and (best is None or _telling(found) > _telling(best)):
            best = found

    for op, arg in items:
        if op is LITERAL and arg < 128:
            run += chr(arg).lower()
            continue
        pick(frozenset([run]) if run else None)
        run = ""
        if op is SUBPATTERN:
            pick(_needs(list(arg[3])))
        elif op is ATOMIC_GROUP:
            pick(_needs(list(arg)))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and arg[0] >= 1:
            pick(_needs(list(arg[2])))
        elif op is ASSERT:
            pick(_needs(list(arg[1])))
        elif op is BRANCH:
            branches = [_needs(list(branch)) for branch in arg[1]]
            if all(branches):
                pick(frozenset().union(*branches))  # type: ignore[arg-type]
    pick(frozenset([run]) if run else None)
    return best


def _telling(words: frozenset[str]) -> tuple[int, float]:
    """How much words narrow a search: the shortest one's length, then their mean length."""
    return min(map(len, words)), sum(map(len, words)) / len(words)


@dataclass(frozen=True, slots=True)
class WordsFirst:
    """A compiled pattern whose matches all hold one of some words: it runs its matcher only on texts that do.

    The methods the extraction uses behave as the pattern's own; anything else is the pattern's.
    """

    compiled: re.Pattern[str]
    needs: tuple[str, ...]
    asked: int  # the flags `compile` was given (its key in the store)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)

    def __reduce__(self) -> tuple[Any, ...]:
        return compile, (self.compiled.pattern, self.asked)

    def __repr__(self) -> str:
        return f"WordsFirst({self.compiled!r}, needs={self.needs!r})"

    def may_match(self, text: str) -> bool:
        low = folded(text)
        return any(word in low for word in self.needs)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos) if self.may_match(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos) if self.may_match(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos) if self.may_match(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos) if self.may_match(text) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(text, pos, endpos) if self.may_match(text) else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count) if self.may_match(text) else text

    def subn(self, repl: Any, text: str, count: int = 0) -> tuple[str, int]:
        return self.compiled.subn(repl, text, count) if self.may_match(text) else (text, 0)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(text, maxsplit) if self.may_match(text) else [text]


def _words_first(compiled: re.Pattern[str], needs: Any, asked: int) -> re.Pattern[str] | WordsFirst:
    """The pattern, as WordsFirst when it has needs (a store's needs are checked: strings, none empty)."""
    if not needs:
        return compiled
    if not (isinstance(needs, tuple) and all(isinstance(w, str) and w for w in needs)):
        raise ValueError("damaged needs")
    return WordsFirst(compiled, needs, asked)


# A pattern, as `compile` hands it out
Pattern = re.Pattern[str] | WordsFirst


def _version() -> str:
    """What a store holds depends on: the Python build, its matcher, and the code that works out needs (a
    change to that code, in any release, makes every store be compiled afresh)."""
    import _sre
    import zlib

    needs_code = marshal.dumps((_needs.__code__, _telling.__code__, folded.__code__, _FOLD, _MAX_WORDS))
    return f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{zlib.crc32(needs_code):08x}"


@cache
def _store() -> Store:
    return Store.open()


def compile(pattern: str, flags: int = 0) -> Pattern:  # noqa: A001 - re.compile's name, on purpose
    """`re.compile`, through the process's store."""
    return _store().compile(pattern, flags)


def save() -> None:
    """Keep what this process compiled afresh for the next start."""
    _store().save()
