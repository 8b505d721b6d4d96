"""Import spaCy without its command line.

`import spacy` imports spaCy's command-line interface for one name,
`spacy.info` (spacy/__init__.py: `from .cli.info import info`), and with it
typer, weasel, httpx, requests and some 350 modules this tool never runs:
0.35 s of a 0.9 s import here, the largest single cost of checking one
document. spaCy's maintainers made that import lazy once (explosion/spaCy#12962,
reverted because `spacy.cli` stopped resolving; #13721 relands it with a module
`__getattr__`). This does the same from outside: while spaCy imports,
`spacy.cli.info` is a stand-in whose `info` imports the real one when called;
afterwards `spacy.cli` imports on first use. A spaCy whose import needs more
of its command line than that is imported the plain way. The stand-ins are in
`sys.modules` only while spaCy imports; another thread importing spaCy's
command line at that very moment would find them (rfpcheck starts no threads;
a program that does can import spaCy itself first, and this then does nothing).
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any

_STAND_INS = ("spacy.cli", "spacy.cli.info")


def import_spacy() -> ModuleType:
    """`import spacy`, without its command line where spaCy allows it."""
    if "spacy" in sys.modules:  # imported already (by the caller, a test, a plugin): nothing to save
        return sys.modules["spacy"]
    stand_ins = {name: ModuleType(name) for name in _STAND_INS}
    stand_ins["spacy.cli.info"].info = info  # type: ignore[attr-defined]
    stand_ins["spacy.cli"].info = stand_ins["spacy.cli.info"]  # type: ignore[attr-defined]
    sys.modules.update(stand_ins)
    try:
        spacy = importlib.import_module("spacy")
    except Exception:  # this spaCy needs more of its command line at import
        spacy = None
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if spacy is None:
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
        return importlib.import_module("spacy")  # the plain way: its own error, if any, is the true one
    if "__getattr__" not in vars(spacy):
        spacy.__getattr__ = _command_line  # type: ignore[attr-defined]
    return spacy


def info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, its module imported when it is first called."""
    from spacy.cli.info import info as spacy_info

    return spacy_info(*args, **kwargs)


def _command_line(name: str) -> ModuleType:
    """`spacy.cli`, imported when first asked for (PEP 562: asked only for names spaCy does not have)."""
    if name == "cli":
        return importlib.import_module("spacy.cli")
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")
