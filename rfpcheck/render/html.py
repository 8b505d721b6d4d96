"""The HTML report: one self-contained, printable page."""

from __future__ import annotations

import base64
import hashlib
from functools import cache

from rfpcheck.model import Report
from rfpcheck.render import environment
from rfpcheck.report import view


@cache
def _script() -> tuple[str, str]:
    """The page's script and its CSP hash: only this exact script may run, never anything in the document."""
    script = environment().get_template("_script.js.j2").render()
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return script, f"sha256-{digest}"


def render(report: Report, *, color: bool = False) -> str:
    """Return the report as one HTML file with inline CSS and no network references."""
    script, script_hash = _script()
    return environment().get_template("report.html.j2").render(v=view(report), script=script, script_hash=script_hash)
