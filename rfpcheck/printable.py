"""Text from documents and file names is untrusted: before it reaches a terminal, its control characters
are replaced, so an escape sequence cannot move the cursor, recolour the screen or fake a line of output."""

from __future__ import annotations

import re

# C0/C1 controls (ESC and CSI among them), and the bidi overrides that can make text read backwards
# ("Trojan Source"); newlines and tabs too, for text that must stay on one line.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAK = re.compile(r"[\t\n\r\u2028\u2029\x85]")


def printable(text: str, *, one_line: bool = False) -> str:
    """Replace control characters with U+FFFD; with `one_line`, line breaks and tabs too."""
    text = _CONTROL.sub("\ufffd", text)
    return _LINE_BREAK.sub("\ufffd", text) if one_line else text
