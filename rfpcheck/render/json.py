"""The JSON report: the contract's keys, produced by `rfpcheck.report.to_json`."""

from __future__ import annotations

from rfpcheck.model import Report
from rfpcheck.report import to_json


def render(report: Report, *, color: bool = False) -> str:
    """Return the report as the contract's JSON."""
    return to_json(report)
