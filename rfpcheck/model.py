"""The plain data that crosses module boundaries, shaped like the JSON report.

Every dataclass here mirrors a part of `report-contract.md`, so that
`dataclasses.asdict` is the one serializer (see `rfpcheck.report.to_json`).
"""

from __future__ import annotations

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


def join_blocks(parts: list[tuple[str, str, int | None, str]]) -> tuple[str, tuple[Block, ...]]:
    """Join (text, kind, page, where) parts into the full text and its blocks.

    Blocks are separated by a blank line so that no sentence spans two blocks.
    """
    text_parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for text, kind, page, where in parts:
        text = text.strip()
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


@dataclass(frozen=True)
class Estimate:
    hours_per_month: ThreePoint
    one_time_hours: ThreePoint
    lines: tuple[Line, ...]
    coverage: float | None
    # hours a month needed just to be present for the promised response time
    response_staffing_hours: float | None = None


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
