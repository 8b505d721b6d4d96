"""The report as data: the one JSON serializer, and the view the renderers show.

`to_dict`/`to_json` are the only place JSON is produced (see
`report-contract.md`); `view` precomputes every string the templates and the
terminal renderer print, so that they stay dumb.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from rfpcheck.model import (
    Deliverable,
    Evidence,
    Facts,
    Finding,
    Hours,
    Line,
    Money,
    Price,
    Report,
    ResponseTime,
    Severity,
    Term,
    ThreePoint,
    Verdict,
)

from rfpcheck.chart import BarChart, effort_chart
from rfpcheck.document_view import BlockView, anchor, document_view
from rfpcheck.prebid_view import PrebidView, prebid_view
from rfpcheck.report_words import figure, money

# The contract's top-level keys, in the contract's order; other keys follow.
CONTRACT_KEYS = ("schema", "tool", "document", "facts", "estimate", "findings", "verdict")
SEVERITY_ORDER = tuple(Severity)  # critical, major, minor, info

HEADLINES = {
    Verdict.DOOMED: "Doomed: the plan cannot work as written",
    Verdict.AT_RISK: "At risk: the plan needs changes before it can work",
    Verdict.FEASIBLE: "Feasible: the plan can work as written",
}
F = TypeVar("F", ResponseTime, Money, Term)
NOT_STATED = "not stated"
NONE_FOUND = "none found"


# --- JSON ----------------------------------------------------------------


def to_dict(report: Report) -> dict[str, Any]:
    """Return the report as plain JSON-ready data, keys in the contract's order."""
    raw = plain(dataclasses.asdict(dataclasses.replace(report, source=None)))
    raw.pop("source")  # the document's own text stays in the document
    ordered = {key: raw.pop(key) for key in CONTRACT_KEYS}
    ordered.update(raw)
    return ordered


def to_json(report: Report) -> str:
    """Return the report as the contract's JSON, indented, with a trailing newline."""
    return json.dumps(to_dict(report), indent=2, ensure_ascii=False) + "\n"


def plain(value: Any) -> Any:
    """Turn asdict output into JSON types: enums as strings, tuples as lists, floats rounded."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, float):
        # hours, coverage, money and per-month counts: cents are the finest grain anyone reads
        return round(value, 2)
    return value


def _by_severity(findings: Iterable[Finding]) -> list[Finding]:
    """Sort findings critical first, keeping the engine's order within a severity."""
    return sorted(findings, key=lambda f: SEVERITY_ORDER.index(Severity(f.severity)))


# --- the view: what the renderers show ------------------------------------


@dataclass(frozen=True)
class EvidenceView:
    where: str  # "page 2", or "chars 120–181" for formats without pages
    quote: str
    anchor: str | None = None  # the id of its highlight in the document view, for a finding's quotes


@dataclass(frozen=True)
class FindingView:
    rule: str
    severity: str
    title: str
    message: str
    why: str | None
    instead: str | None
    question: str
    evidence: tuple[EvidenceView, ...]


@dataclass(frozen=True)
class SeverityGroup:
    severity: str
    label: str  # "Critical (2)"
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class FactRow:
    label: str
    value: str
    evidence: tuple[EvidenceView, ...]

    @property
    def absent(self) -> bool:
        """Say whether the document is silent on this fact."""
        return self.value in (NOT_STATED, NONE_FOUND, "none asked for")


@dataclass(frozen=True)
class DeliverableRow:
    type: str
    count: str
    period: str
    per_month: str
    words: str
    evidence: tuple[EvidenceView, ...]


@dataclass(frozen=True)
class EffortRow:
    task: str
    basis: str
    low: str
    expected: str
    high: str
    kind: str  # recurring | one-time


@dataclass(frozen=True)
class View:
    tool: str  # "rfpcheck 0.1.0"
    path: str
    format: str
    pages: str  # "3 pages", "1 page" or "no pages"
    sha256: str
    verdict: str
    headline: str
    counts: str  # "2 critical, 1 major, 1 minor"
    coverage: str | None  # "9%"
    coverage_sentence: str
    hours_line: str
    one_time_line: str
    staffing_line: str | None
    effort: tuple[EffortRow, ...]
    effort_recurring: tuple[EffortRow, ...]  # the monthly lines
    effort_once: tuple[EffortRow, ...]  # the one-time lines
    effort_per_month: EffortRow
    effort_one_time: EffortRow
    groups: tuple[SeverityGroup, ...]
    findings: tuple[FindingView, ...]  # all of them, critical first
    facts: tuple[FactRow, ...]
    deliverables: tuple[DeliverableRow, ...]
    prebid: PrebidView
    document: tuple[BlockView, ...]  # the document's text, cut at the evidence spans
    severity_of: dict[str, str]  # rule id -> severity, for the highlights
    title_of: dict[str, str]  # rule id -> the finding's title, said by each highlight
    chart: BarChart | None  # the effort lines as bars
    stated_hours: str  # "10", or "none" (a money budget's hours when no hours are stated)
    needed_hours: str  # the expected hours a month
    coverage_fraction: float | None  # stated over expected, capped at 1, for the meter
    coverage_figure: str  # "8%", "23% (bought)" for what a money budget buys, or "unknown"
    notes: tuple[str, ...] = ()  # how the document was read, when a reader should know (misnamed, OCR)


def view(report: Report) -> View:
    """Precompute every string the renderers show for `report`."""
    doc, est = report.document, report.estimate
    findings = tuple(_finding_view(f) for f in _by_severity(report.findings))
    groups = tuple(
        SeverityGroup(sev.value, f"{sev.value.capitalize()} ({len(members)})", members)
        for sev in SEVERITY_ORDER
        if (members := tuple(f for f in findings if f.severity == sev))
    )
    return View(
        tool=f"{report.tool.name} {report.tool.version}",
        path=doc.path,
        format=doc.format,
        pages=_plural(doc.pages, "page") if doc.pages is not None else "no pages",
        sha256=doc.sha256,
        notes=doc.notes,
        verdict=Verdict(report.verdict).value,
        headline=HEADLINES[Verdict(report.verdict)],
        counts=", ".join(f"{len(g.findings)} {g.severity}" for g in groups) or "no findings",
        coverage=_percent(est.coverage),
        coverage_sentence=_coverage_sentence(est.coverage, report.price),
        hours_line=_hours_line(report.facts.hours, est.hours_per_month),
        one_time_line=_one_time_line(est.one_time_hours),
        staffing_line=_staffing_line(est.response_staffing_hours),
        effort=tuple(_line_row(line) for line in est.lines),
        effort_recurring=tuple(_line_row(line) for line in est.lines if line.recurring),
        effort_once=tuple(_line_row(line) for line in est.lines if not line.recurring),
        effort_per_month=_effort_row("Total per month", "", est.hours_per_month, True),
        effort_one_time=_effort_row("Total one-time", "", est.one_time_hours, False),
        groups=groups,
        findings=findings,
        facts=_fact_rows(report.facts),
        deliverables=tuple(_deliverable_row(d) for d in report.facts.deliverables),
        prebid=prebid_view(report, where),
        document=document_view(report.source, tuple(_by_severity(report.findings))),
        severity_of={f.rule: Severity(f.severity).value for f in report.findings},
        title_of={f.rule: f.title for f in report.findings},
        chart=effort_chart(est.lines, report.facts.hours.per_month.max if report.facts.hours else None),
        stated_hours=_stated(report),
        needed_hours=num(est.hours_per_month.expected),
        coverage_figure=(_percent(est.coverage) or (f"{_percent(report.price.budget_coverage)} (bought)"
                         if report.price and report.price.budget_coverage is not None else "unknown")),
        coverage_fraction=_fraction(est.coverage if est.coverage is not None else
                                    report.price.budget_coverage if report.price else None),
    )


# --- formatting helpers --------------------------------------------------


def num(value: float | None) -> str:
    """Format hours for people: whole numbers from 10 up, one decimal below."""
    return NOT_STATED if value is None else figure(value)


def where(ev: Evidence) -> str:
    """Say where a quote sits: its block in the source, its page, or its character offsets."""
    if ev.where:
        return ev.where
    return f"page {ev.page}" if ev.page is not None else f"chars {ev.start}–{ev.end}"


def _plural(n: float, word: str) -> str:
    return f"{num(n)} {word}" + ("" if n == 1 else "s")


def _stated(report: Report) -> str:
    h, p = report.facts.hours, report.price
    if h is not None:
        return _span(h.per_month.min, h.per_month.max)
    if p is not None and p.hours_budget_buys is not None:
        return f"{num(p.hours_budget_buys)} (bought)"
    return "none"


def _fraction(coverage: float | None) -> float | None:
    return None if coverage is None else max(0.0, min(coverage, 1.0))


def _percent(coverage: float | None) -> str | None:
    if coverage is None:
        return None
    if 0 < coverage < 0.005:
        return "under 1%"
    return f"{coverage:.0%}"


def _coverage_sentence(coverage: float | None, price: Price | None = None) -> str:
    if coverage is None and price is not None and price.budget_coverage is not None:
        return (f"the plan states no hours; its money budget buys about {num(price.hours_budget_buys)} h a month at "
                f"{money(price.rate, price.currency)} an hour, {_percent(price.budget_coverage)} of the expected effort")
    if coverage is None:
        return "the plan states no hours, so their coverage of the expected effort is unknown"
    return f"the stated hours cover {_percent(coverage)} of the expected effort"


def _span(low: float | None, high: float | None) -> str:
    """Say a stated range: "8–10", "up to 10" for a cap, "10" when both ends agree."""
    if low is None or high is None:
        return num(high if low is None else low)
    if low == high:
        return num(high)
    if low == 0:
        return f"up to {num(high)}"
    return f"{num(low)}–{num(high)}"


def _hours_text(hours: Hours) -> str:
    text = f"{_span(hours.per_month.min, hours.per_month.max)} h/month"
    if hours.period != "month":
        text += f" ({_span(hours.min, hours.max)} h/{hours.period})"
    return text + (" per client" if hours.per_client else "")


def _hours_line(hours: Hours | None, expected: ThreePoint) -> str:
    stated = f"{_hours_text(hours)} stated" if hours else "no hours stated"
    return (
        f"{stated} vs {num(expected.expected)} h/month expected "
        f"(low {num(expected.low)}, high {num(expected.high)})"
    )


def _one_time_line(one_time: ThreePoint) -> str:
    if not one_time.high:
        return "no one-time set-up work"
    return (
        f"plus {num(one_time.expected)} h of one-time set-up and onboarding "
        f"(low {num(one_time.low)}, high {num(one_time.high)})"
    )


def _staffing_line(staffing: float | None) -> str | None:
    if staffing is None:
        return None
    return f"Being on hand for the promised response time alone takes {num(staffing)} h/month"


def _effort_row(task: str, basis: str, hours: ThreePoint, recurring: bool) -> EffortRow:
    return EffortRow(
        task, basis, num(hours.low), num(hours.expected), num(hours.high),
        "recurring" if recurring else "one-time",
    )


def _line_row(line: Line) -> EffortRow:
    return _effort_row(line.task, line.basis, line.hours, line.recurring)


SHORT_QUOTE = 40  # list items such as "LinkedIn": shown together when they stand side by side


def _evidence(items: Iterable[Evidence], rule: str | None = None) -> tuple[EvidenceView, ...]:
    """Return the quotes once each, in document order; neighbouring short list items as one line.

    With `rule`, each quote links to its highlight in the document view.
    """
    unique = [ev for _, ev in sorted({(ev.start, ev.end): ev for ev in items}.items())]
    groups: list[list[Evidence]] = []
    for ev in unique:
        last = groups[-1][-1] if groups else None
        if (last is not None and len(ev.quote) <= SHORT_QUOTE and len(last.quote) <= SHORT_QUOTE
                and ev.page == last.page and 0 <= ev.start - last.end <= 2):
            groups[-1].append(ev)
        else:
            groups.append([ev])
    return tuple(EvidenceView(where(g[0]), " · ".join(ev.quote for ev in g), anchor(rule, g[0].start) if rule else None)
                 for g in groups)


def _finding_view(f: Finding) -> FindingView:
    return FindingView(
        f.rule, Severity(f.severity).value, f.title, f.message, f.why, f.instead, f.question,
        _evidence(f.evidence, f.rule),
    )


def _deliverable_row(d: Deliverable) -> DeliverableRow:
    return DeliverableRow(
        type=d.type.replace("_", " "),
        count=num(d.count),
        period=d.period or NOT_STATED,
        per_month=num(d.per_month),
        words=str(d.words) if d.words is not None else NOT_STATED,
        evidence=_evidence(d.evidence),
    )


def _yes_no(flag: bool | None, yes: str, no: str) -> str:
    return NOT_STATED if flag is None else (yes if flag else no)


def _fact_rows(facts: Facts) -> tuple[FactRow, ...]:
    """Return one (label, value, evidence) row per fact, "not stated" for nulls."""
    contact, clients, engagement = facts.client_contact, facts.clients, facts.engagement
    rows = [
        FactRow(
            "Platforms",
            "; ".join(f"{p.name} ({', '.join(p.tasks) or 'no task'})" for p in facts.platforms)
            or NONE_FOUND,
            _evidence(ev for p in facts.platforms for ev in p.evidence),
        ),
        FactRow(
            "Hours",
            _hours_text(facts.hours) if facts.hours else NOT_STATED,
            _evidence(facts.hours.evidence) if facts.hours else (),
        ),
        FactRow(
            "Client contact",
            _yes_no(contact.allowed, "allowed", "forbidden")
            + (f" (cue: “{contact.cue}”)" if contact.cue else ""),
            _evidence(contact.evidence),
        ),
        FactRow(
            "Clients", _clients_text(clients.count, clients.per_client), _evidence(clients.evidence)
        ),
        FactRow(
            "Open-ended scope",
            ", ".join(f"“{p.phrase}”" for p in facts.open_ended_scope) or NONE_FOUND,
            _evidence(ev for p in facts.open_ended_scope for ev in p.evidence),
        ),
        FactRow(
            "Automation",
            ", ".join(a.kind for a in facts.automation) or NONE_FOUND,
            _evidence(ev for a in facts.automation for ev in a.evidence),
        ),
        FactRow(
            "Engagement",
            ", ".join(
                name
                for name, flag in (
                    ("listening", engagement.listening),
                    ("responding", engagement.responding),
                    ("engaging", engagement.engaging),
                )
                if flag
            )
            or "none asked for",
            _evidence(engagement.evidence),
        ),
        _optional_row("Response time", facts.response_time, _response_text),
        _optional_row("Budget", facts.budget, _money_text),
        _optional_row("Term", facts.term, lambda t: t.text or _plural(t.months, "month")),
    ]
    return tuple(rows)


def _optional_row(label: str, fact: F | None, describe: Callable[[F], str]) -> FactRow:
    if fact is None:
        return FactRow(label, NOT_STATED, ())
    return FactRow(label, describe(fact), _evidence(fact.evidence))


def _clients_text(count: int | None, per_client: bool) -> str:
    if count is None and not per_client:
        return NOT_STATED
    text = _plural(count, "client") if count is not None else "number not stated"
    return text + ("; the work repeats for each client" if per_client else "")


def _response_text(rt: ResponseTime) -> str:
    window = f"within {num(rt.hours)} h" if rt.hours is not None else "coverage"
    text = f"{window}, {rt.days_per_week} days a week, {num(rt.hours_per_day)} h a day"
    return f"“{rt.text}” ({text})" if rt.text else text


def _money_text(money: Money) -> str:
    text = f"{money.currency} {money.amount:,.2f}".removesuffix(".00")
    if money.period:
        text += f" per {money.period}"
    if money.per_month is not None and money.period != "month":
        text += f" ({money.currency} {money.per_month:,.0f} a month)"
    return text
