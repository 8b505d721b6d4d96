"""The plain data that crosses module boundaries, shaped like the JSON report.

Every dataclass here mirrors a part of `report-contract.md`, so that
`dataclasses.asdict` is the one serializer (see `rfpcheck.report.to_json`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"
    INFO = "info"


class Verdict(StrEnum):
    DOOMED = "doomed"
    AT_RISK = "at-risk"
    FEASIBLE = "feasible"


# --- the document --------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """One unit of layout: a paragraph, list item, heading or table row.

    `start`/`end` are offsets into `Document.text`; `where` says in words
    where the block sits ("page 2", "paragraph 14", "table 1, row 3").
    """

    text: str
    start: int
    end: int
    kind: str  # paragraph | heading | list_item | table_row
    page: int | None = None
    where: str = ""


@dataclass(frozen=True)
class Document:
    path: str
    format: str  # pdf | docx | txt | md
    text: str
    blocks: tuple[Block, ...]
    pages: int | None
    sha256: str
    notes: tuple[str, ...] = ()  # what a reader should know about how it was read (a misnamed file, OCR)


def join_blocks(parts: list[tuple[str, str, int | None, str]]) -> tuple[str, tuple[Block, ...]]:
    """Join (text, kind, page, where) parts into the full text and its blocks.

    Blocks are separated by a blank line so that no sentence spans two blocks. A run of spaces in a
    block becomes one: it means nothing to the extractors, and a long one would cost patterns that
    allow optional spaces time quadratic in its length.
    """
    import re

    text_parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for text, kind, page, where in parts:
        text = re.sub(r"\s{2,}", " ", text.strip())
        if not text:
            continue
        if text_parts:
            text_parts.append("\n\n")
            offset += 2
        blocks.append(Block(text, offset, offset + len(text), kind, page, where))
        text_parts.append(text)
        offset += len(text)
    return "".join(text_parts), tuple(blocks)


# --- facts ---------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    page: int | None
    quote: str
    start: int
    end: int
    where: str = ""  # the block in the source: "page 2", "paragraph 14", "table 1, row 3", "line 32"


def in_order(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Each piece once, in the order of the document (a sentence before the longer paragraph that starts with
    it): never in the order of a set, which changes from run to run."""
    return tuple(sorted(set(evidence), key=lambda e: (e.start, e.end, e.quote, e.where)))


@dataclass(frozen=True)
class Range:
    min: float | None
    max: float | None


@dataclass(frozen=True)
class Platform:
    id: str
    name: str
    tasks: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Hours:
    min: float
    max: float
    period: str  # week | fortnight | month | quarter | year | term
    per_month: Range
    evidence: tuple[Evidence, ...]
    per_client: bool = False
    text: str = ""


@dataclass(frozen=True)
class Deliverable:
    type: str
    count: float
    period: str | None
    per_month: float | None
    words: int | None
    evidence: tuple[Evidence, ...]
    platforms: tuple[str, ...] = ()  # where it is published
    text: str = ""
    # True when the count is for each platform ("3 a week on each of A and B"), so it was summed over them;
    # False when one piece goes to every platform listed (and counts once).
    per_platform: bool = False
    # the items given platform by platform that this one sums ("3 on Facebook, 5 pins on Pinterest")
    parts: tuple[Deliverable, ...] = ()


@dataclass(frozen=True)
class ClientContact:
    allowed: bool | None
    evidence: tuple[Evidence, ...] = ()
    cue: str | None = None


@dataclass(frozen=True)
class Clients:
    count: int | None
    per_client: bool
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Phrase:
    phrase: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Automation:
    kind: str  # identical-posting | auto-dm | bot | auto-follow
    evidence: tuple[Evidence, ...]
    phrase: str = ""


@dataclass(frozen=True)
class Engagement:
    listening: bool
    responding: bool
    evidence: tuple[Evidence, ...] = ()
    engaging: bool = False


@dataclass(frozen=True)
class ResponseTime:
    hours: float | None  # the promised window; None when only coverage is stated
    days_per_week: int  # 7 when weekends, holidays or 24/7 are promised
    hours_per_day: float  # the span to be watched: 24 for 24/7, else a working day
    evidence: tuple[Evidence, ...]
    text: str = ""


@dataclass(frozen=True)
class Money:
    amount: float
    currency: str
    period: str | None
    per_month: float | None
    evidence: tuple[Evidence, ...]
    text: str = ""


@dataclass(frozen=True)
class Term:
    months: float
    evidence: tuple[Evidence, ...]
    text: str = ""


@dataclass(frozen=True)
class SetupBudget:
    """Whether set-up is paid apart from the recurring hours ("a one-time set-up fee")."""

    separate: bool
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Provision:
    """Whether the client provides something the work needs: brand assets, account logins.

    `provided` is True when the plan says the client supplies it, False when it says the
    vendor must do without it or make it, None when the plan is silent.
    """

    provided: bool | None
    evidence: tuple[Evidence, ...] = ()
    cue: str | None = None
    partly: bool = False  # some given, some left to the vendor or missing


@dataclass(frozen=True)
class Approvals:
    """How content is approved: stated at all, and the turnaround when one is given."""

    turnaround_hours: float | None  # "within two business days" is 48
    evidence: tuple[Evidence, ...] = ()
    text: str = ""


@dataclass(frozen=True)
class Facts:
    platforms: tuple[Platform, ...] = ()
    hours: Hours | None = None
    deliverables: tuple[Deliverable, ...] = ()
    client_contact: ClientContact = field(default_factory=lambda: ClientContact(None))
    clients: Clients = field(default_factory=lambda: Clients(None, False))
    open_ended_scope: tuple[Phrase, ...] = ()
    automation: tuple[Automation, ...] = ()
    engagement: Engagement = field(default_factory=lambda: Engagement(False, False))
    response_time: ResponseTime | None = None
    budget: Money | None = None
    term: Term | None = None
    setup_budget: SetupBudget = field(default_factory=lambda: SetupBudget(False))
    # what a pre-bid checklist asks about
    approvals: Approvals | None = None
    brand_assets: Provision = field(default_factory=lambda: Provision(None))
    account_access: Provision = field(default_factory=lambda: Provision(None))
    guarantees: tuple[Phrase, ...] = ()  # promised outcomes: follower counts, growth, "go viral"
    kpis: tuple[Phrase, ...] = ()  # the measures the plan names for reporting
    renewal: Phrase | None = None


# --- estimate ------------------------------------------------------------


@dataclass(frozen=True)
class ThreePoint:
    low: float
    expected: float
    high: float


@dataclass(frozen=True)
class Line:
    task: str
    basis: str
    hours: ThreePoint
    recurring: bool
    source: str = ""
    # how the line combines with the others when the odds are sampled: "work" adds its hours,
    # "share" adds `factor` times the work lines, "repeat" repeats everything above `factor` more times
    kind: str = "work"
    factor: ThreePoint | None = None


@dataclass(frozen=True)
class Percentiles:
    p10: float
    p50: float
    p90: float


@dataclass(frozen=True)
class Amortised:
    """One-time hours spread over the months of the term."""

    months: float
    hours_per_month: ThreePoint


@dataclass(frozen=True)
class Estimate:
    hours_per_month: ThreePoint
    one_time_hours: ThreePoint
    lines: tuple[Line, ...]
    coverage: float | None
    # hours a month needed just to be present for the promised response time
    response_staffing_hours: float | None = None
    # the odds (see odds.py): how likely the stated hours cover the work, and the likely range of it
    chance_hours_suffice: float | None = None
    chance_basis: str = ""
    likely_hours_per_month: Percentiles | None = None
    one_time_amortised: Amortised | None = None  # when a term is stated
    first_month_hours: ThreePoint | None = None  # the recurring work plus all of the set-up


# --- decision support ----------------------------------------------------


@dataclass(frozen=True)
class Price:
    """What the scope costs at the agency's rate, against the money the plan states."""

    rate: float
    currency: str
    rate_source: str  # where the rate comes from: the settings file, or the rate card's default and its source
    fee_per_month: ThreePoint
    one_time_fee: ThreePoint
    stated_budget_per_month: float | None
    budget_currency: str | None = None
    hours_budget_buys: float | None = None  # a month, at the rate
    budget_coverage: float | None = None  # hours_budget_buys against the expected hours
    chance_budget_suffices: float | None = None
    effective_rate: float | None = None  # the stated money over the expected hours
    note: str = ""
    rate_label: str = ""  # the source in a few words, for reports
    likely_fee_per_month: Percentiles | None = None  # the simulated hours a month at the rate


@dataclass(frozen=True)
class ProposalItem:
    task: str
    hours: float  # a month (expected)
    note: str = ""


@dataclass(frozen=True)
class KeepScope:
    """Option 1: the whole scope, at the hours and fee it needs."""

    hours_per_month: ThreePoint
    fee_per_month: ThreePoint | None  # None when no rate is set
    one_time_hours: ThreePoint
    one_time_fee: ThreePoint | None
    text: str  # a paragraph an agency can paste into its response
    likely_hours_per_month: Percentiles | None = None
    likely_fee_per_month: Percentiles | None = None
    response_staffing_hours: float | None = None  # cover for a promised response time, on top


@dataclass(frozen=True)
class KeepBudget:
    """Option 2: the largest honest part of the scope that fits the stated hours (or what the money buys)."""

    hours_per_month: float
    basis: str  # where the hours come from
    items: tuple[ProposalItem, ...]
    dropped: tuple[ProposalItem, ...]
    hours_used: float
    fee_per_month: float | None
    one_time_hours: float
    text: str


@dataclass(frozen=True)
class Proposal:
    keep_scope: KeepScope
    keep_budget: KeepBudget | None  # None when the plan states neither hours nor money


@dataclass(frozen=True)
class Question:
    number: int
    theme: str  # access | scope | hours-and-money | process
    rule: str
    text: str


@dataclass(frozen=True)
class CheckItem:
    id: str
    item: str
    status: str  # pass | fail | unknown
    evidence: tuple[Evidence, ...]
    note: str  # why this status, in words
    question: str | None = None  # what to ask when it is not a pass


@dataclass(frozen=True)
class Recommendation:
    decision: str  # bid | bid-with-conditions | no-bid
    summary: str
    reasons: tuple[str, ...]
    conditions: tuple[str, ...]  # what the bid must make explicit, or ask first


# --- findings and report -------------------------------------------------


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    title: str
    message: str
    question: str
    evidence: tuple[Evidence, ...]
    why: str | None = None
    instead: str | None = None


@dataclass(frozen=True)
class DocumentInfo:
    path: str
    format: str
    pages: int | None
    sha256: str
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Tool:
    name: str
    version: str


@dataclass(frozen=True)
class Report:
    tool: Tool
    document: DocumentInfo
    facts: Facts
    estimate: Estimate
    findings: tuple[Finding, ...]
    verdict: Verdict
    schema: str = "rfpcheck.report/1"
    price: Price | None = None
    proposal: Proposal | None = None
    questions: tuple[Question, ...] = ()
    checklist: tuple[CheckItem, ...] = ()
    recommendation: Recommendation | None = None
    # the loaded document, for the HTML report's text view; not part of the JSON (see report.to_dict)
    source: Document | None = None
