"""The HTML report: one self-contained, printable page."""

from __future__ import annotations

from rfpcheck.model import Report
from rfpcheck.render import environment
from rfpcheck.report import view


def render(report: Report, *, color: bool = False) -> str:
    """Return the report as one HTML file with inline CSS and no network references."""
    return environment().get_template("report.html.j2").render(v=view(report))
