"""Read a user's YAML file (a rule or the rate card) without letting it exhaust the machine.

`yaml.safe_load` already refuses Python objects; this also refuses anchors and aliases, which no
rule or rate card needs and which let a few lines expand into billions of items ("billion laughs")
the moment anything walks or prints the data, and files too large to be a rule.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 256 * 1024  # the largest default rule file is about 3 KB


# libyaml's loader, where PyYAML was built with it, reads the rules ten times as fast
_SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _NoAliases(yaml.SafeLoader):
    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed here", event.start_mark)
        return super().compose_node(parent, index)


def read(path: Path) -> Any:
    """Parse the YAML file at `path`; raises OSError, UnicodeDecodeError, ValueError (too large), RecursionError
    (nested too deeply) or YAMLError."""
    with Path(path).open("rb") as f:
        data = f.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValueError(f"the file is over {MAX_BYTES // 1024} KB")
    text = data.decode("utf-8")
    if _SAFE is yaml.SafeLoader:
        return yaml.load(text, Loader=_NoAliases)  # noqa: S506 - a SafeLoader subclass
    try:
        # libyaml composes in C, out of reach of compose_node: look for aliases in its events first
        for event in yaml.parse(text, Loader=_SAFE):
            if isinstance(event, yaml.AliasEvent):
                raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed here", event.start_mark)
        return yaml.load(text, Loader=_SAFE)  # noqa: S506 - libyaml's safe loader
    except yaml.MarkedYAMLError as e:
        if "nesting depth" in str(e.problem):  # libyaml's own bound, where the Python loader would recurse
            raise RecursionError(e.problem) from None
        raise
