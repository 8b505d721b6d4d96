"""Regular expressions compiled once per machine, not at every start.

Python compiles a pattern in pure Python, and the extraction's 260 patterns
(large case-blind alternations) take 0.3 s of every start: more than all the
rest of the tool's own start-up. What compiling produces is a list of integers
the C matcher takes as it is, so `compile` keeps those lists in the user's
private cache folder (the one the CEL parser's tables use, see `cel_parser`)
and hands them straight to the matcher next time. The store is keyed by the
Python build and the matcher's version, the C matcher checks every list it is
given, and anything unexpected (another Python, a damaged file, a change in
Python's internals) falls back to `re.compile`: the store can make a start
faster, never a match different.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

_Key = tuple[str, int]
# (flags, code, groups, groupindex, indexgroup), as the C matcher's compile takes them
_Compiled = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]


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
        import _sre

        version = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"
        path = folder / f"patterns-py{sys.version_info[0]}{sys.version_info[1]}.marshal"
        try:
            stored_version, known = marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return cls(path)
        return cls(path, known if stored_version == version and isinstance(known, dict) else {})

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """`re.compile(pattern, flags)`, from the store when it holds the pattern."""
        flags = int(flags)
        key = (pattern, flags)
        if self.path is None:
            return re.compile(pattern, flags)
        import _sre

        if (compiled := self.known.get(key)) is not None:
            try:
                return _sre.compile(pattern, *compiled)
            except (TypeError, ValueError, RuntimeError):
                pass  # not what this Python's matcher takes: compile it afresh below
        try:
            compiled = _compile(pattern, flags)
            made = _sre.compile(pattern, *compiled)
        except Exception:  # Python's internals are not as expected: the plain way
            return re.compile(pattern, flags)
        self.known[key] = compiled
        self.added += 1
        return made

    def save(self) -> None:
        """Write the store back if patterns were compiled afresh (atomically: a run reading it meanwhile sees
        the old one or the new one)."""
        if self.path is None or not self.added:
            return
        import _sre
        import tempfile

        version = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"
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
    return int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex, tuple(indexgroup)


@cache
def _store() -> Store:
    return Store.open()


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name, on purpose
    """`re.compile`, through the process's store."""
    return _store().compile(pattern, flags)


def save() -> None:
    """Keep what this process compiled afresh for the next start."""
    _store().save()
