"""The CEL parser, its tables kept between runs in the user's own cache folder.

cel-python builds a LALR parser from its grammar in every new process, a fifth
of a second on every start of the command. Lark can keep the built tables in a
file and load them in a hundredth of that; the file is a pickle, so it is only
kept in a folder that belongs to the user alone, never in a shared temp folder
where another account could plant one. Where no such folder can be had, the
parser is built as before.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from .cache_folder import private_folder


def prepare() -> None:
    """Give cel-python a parser loaded from the cache (built and stored there the first time)."""
    from celpy.celparser import CELParser

    if CELParser.CEL_PARSER is not None:
        return
    folder = private_folder()
    if folder is None:
        return  # cel-python builds its own
    import lark

    grammar = (Path(sys.modules[CELParser.__module__].__file__).parent / "cel.lark").read_text()
    version = f"{lark.__version__}-py{sys.version_info[0]}{sys.version_info[1]}"
    # the options cel-python gives Lark, as in celpy.celparser.CELParser.__init__
    CELParser.CEL_PARSER = lark.Lark(
        grammar, parser="lalr", start="expr", debug=True, g_regex_flags=re.M,
        lexer_callbacks={"IDENT": CELParser.ambiguous_literals}, propagate_positions=True,
        maybe_placeholders=False, priority="invert", tree_class=lark.Tree,
        cache=str(folder / f"cel-parser-lark{version}.pickle"),
    )
