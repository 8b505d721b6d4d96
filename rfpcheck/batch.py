"""Many documents at once: run checks in worker processes, and the index page that lists their reports.

The index is built in two pure steps, `row()` per report (or `failed()` per document that could not
be checked) and then `index(rows)`; the CLI writes the file. `run()` is the process pool, kept
apart from what it runs so that a crashed worker costs only the documents it was holding.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import quote

from .model import Severity
from .report_words import figure, plural

if TYPE_CHECKING:
    from .model import Report

T = TypeVar("T")
R = TypeVar("R")

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


def run(work: Callable[[T], R], items: Sequence[T], *, jobs: int, crashed: Callable[[T, BaseException], R],
        initializer: Callable[..., object] | None = None, initargs: tuple = ()) -> Iterator[tuple[int, R]]:
    """Yield `(i, work(items[i]))` as each item finishes, in `jobs` worker processes.

    `work` must be picklable (a module-level function) and catch its own errors. When a worker
    process dies, the items it may have been holding are checked again one to a process, and an
    item that kills its process again becomes `crashed(item, error)`: the others keep their results.
    """
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    todo = deque(range(len(items)))
    while todo:
        suspects: list[int] = []
        with ProcessPoolExecutor(min(jobs, len(todo)), initializer=initializer, initargs=initargs) as pool:
            # at most one item per worker in flight, so a crash can only have hit those
            running: dict = {}
            while todo or running:
                while todo and len(running) < jobs:
                    i = todo.popleft()
                    running[pool.submit(work, items[i])] = i
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    i = running.pop(future)
                    try:
                        yield i, future.result()
                    except Exception:  # the pool broke (a worker died) or a result could not be pickled
                        suspects.append(i)
                if suspects:
                    suspects += running.values()  # a broken pool fails everything in it
                    break
        for i in sorted(suspects):
            yield i, _alone(work, items[i], crashed, initializer, initargs)


def _alone(work: Callable[[T], R], item: T, crashed: Callable[[T, BaseException], R],
           initializer: Callable[..., object] | None, initargs: tuple) -> R:
    """Run `work(item)` in a process of its own; `crashed(item, error)` when that process dies too."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, initializer=initializer, initargs=initargs) as pool:
        try:
            return pool.submit(work, item).result()
        except Exception as e:
            return crashed(item, e)
