"""The Markdown report: for a pull request, a wiki or a chat message.

Document text is untrusted, so every `{{ }}` in the template passes through
`escape`, which neutralises Markdown and raw HTML instead of HTML-escaping all.
"""

from __future__ import annotations

import re
from functools import cache

from jinja2 import Environment

from rfpcheck.model import Report
from rfpcheck.render import environment
from rfpcheck.report import view

# Characters that start inline markup, links, code, tables or raw HTML.
_INLINE = str.maketrans(
    {
        "\\": "\\\\",
        "`": "\\`",
        "*": "\\*",
        "_": "\\_",
        "[": "\\[",
        "]": "\\]",
        "|": "\\|",
        "~": "\\~",
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
    }
)
# At the start of a line these would open a heading, list, quote or rule.
_BLOCK_START = re.compile(r"^([#+=-]|\d+(?=[.)]))")


def escape(value: object) -> str:
    """Return `value` as one line of inert Markdown text, safe in a table cell."""
    text = " ".join(str(value).split()).translate(_INLINE)
    return _BLOCK_START.sub(lambda m: m[0] + "\\" if m[0][0].isdigit() else "\\" + m[0], text)


@cache
def _environment() -> Environment:
    return environment().overlay(finalize=escape)


def render(report: Report, *, color: bool = False) -> str:
    """Return the report as GitHub-flavoured Markdown."""
    return _environment().get_template("report.md.j2").render(v=view(report))
