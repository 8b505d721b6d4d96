"""Many documents at once: the index page that lists their reports, and the run's summary line.

The index is built in two pure steps, `row()` per report (or `failed()` per document that could not
be checked) and then `index(rows)`; the CLI writes the file. The worker processes are `rfpcheck.workers`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote

from .model import Severity
from .report_words import figure, plural

if TYPE_CHECKING:
    from .model import Report

INDEX_NAME = "index.html"


@dataclass(frozen=True)
class Row:
    """One document in the index: what its report says, or why there is none."""

    file: str  # the document: its path inside the folder given, or its file name
    href: str | None = None  # its report, relative to the index and URL-quoted; None when none was written
    verdict: str | None = None  # doomed | at-risk | feasible
    coverage: float | None = None  # the stated hours against the expected effort
    stated: float | None = None  # hours a month the plan states (the upper end, as coverage reads it)
    stated_low: float | None = None
    needed: float | None = None  # hours a month the estimate expects
    critical: int | None = None  # critical findings
    decision: str | None = None  # bid | bid-with-conditions | no-bid
    error: str | None = None  # the one-line error when the document failed

    @property
    def data(self) -> dict[str, str]:
        """The raw values for the data- attributes the table sorts on ("" when blank)."""
        raw = {"file": self.file, "verdict": self.verdict, "coverage": self.coverage, "stated": self.stated,
               "needed": self.needed, "critical": self.critical, "decision": self.decision}
        return {k: "" if v is None else str(v) for k, v in raw.items()}

    @property
    def coverage_text(self) -> str:
        if self.coverage is None:
            return ""
        return "<1%" if 0 < self.coverage < 0.005 else f"{self.coverage:.0%}"

    @property
    def coverage_width(self) -> float:
        """The coverage bar's length, in percent of its track (full at 100% and above)."""
        return round(min(max(self.coverage or 0.0, 0.0), 1.0) * 100, 1)

    @property
    def stated_text(self) -> str:
        if self.stated is None:
            return ""
        low = self.stated_low
        if low is None or low == self.stated:
            return figure(self.stated)
        return f"up to {figure(self.stated)}" if low == 0 else f"{figure(low)}–{figure(self.stated)}"

    @property
    def needed_text(self) -> str:
        return "" if self.needed is None else figure(self.needed)

    @property
    def decision_text(self) -> str:
        """"no-bid" as a reader says it: "No bid"."""
        return (self.decision or "").replace("-", " ").capitalize()


def row(file: str, report: Report, href: str | None) -> Row:
    """Return the index row of a checked document whose report is at `href` (relative to the index)."""
    hours = report.facts.hours
    return Row(
        file=file,
        href=quote(href) if href is not None else None,
        verdict=report.verdict.value,
        coverage=report.estimate.coverage,
        stated=hours.per_month.max if hours else None,
        stated_low=hours.per_month.min if hours else None,
        needed=report.estimate.hours_per_month.expected,
        critical=sum(f.severity == Severity.CRITICAL for f in report.findings),
        decision=report.recommendation.decision if report.recommendation else None,
    )


def failed(file: str, error: str) -> Row:
    """Return the index row of a document that could not be checked or whose report could not be written."""
    return Row(file=file, error=error)


def summary(rows: Sequence[Row]) -> str:
    """Say how a run went in one line: "checked 20 documents: 18 reports, 2 failed"."""
    bad = sum(r.error is not None for r in rows)
    line = f"checked {plural(len(rows), 'document')}: {plural(len(rows) - bad, 'report')}"
    return line + (f", {bad} failed" if bad else "")


def index(rows: Sequence[Row]) -> str:
    """Return the index page: one self-contained HTML file with a sortable table of `rows`."""
    from .render import environment

    counts = [(v, sum(r.verdict == v for r in rows)) for v in ("doomed", "at-risk", "feasible")]
    bad = sum(r.error is not None for r in rows)
    tally = [f"{n} {v}" for v, n in counts if n] + ([f"{bad} failed"] if bad else [])
    return environment().get_template("index.html.j2").render(
        title="rfpcheck", rows=rows, count=plural(len(rows), "document"), tally=", ".join(tally))
