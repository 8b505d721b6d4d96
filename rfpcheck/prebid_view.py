"""The pre-bid part of the view: odds, fee, counter-proposal, questions and checklist, as strings to show.

Like `report.view`, this precomputes every sentence so the templates, the
terminal renderer and the Word renderer show the same words.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import CheckItem, KeepBudget, Percentiles, Price, Report
from .questions import THEME_TITLES
from .report_words import a_chance, hours, money
from .rules import THEMES

MARKS = {"pass": "✔", "fail": "✘", "unknown": "?"}
DECISIONS = {"bid": "Bid", "bid-with-conditions": "Bid with conditions", "no-bid": "No bid"}


@dataclass(frozen=True)
class QuestionRow:
    number: int
    text: str
    source: str  # the rule id, or the checklist item id


@dataclass(frozen=True)
class QuestionGroup:
    title: str
    questions: tuple[QuestionRow, ...]


@dataclass(frozen=True)
class CheckRow:
    id: str
    item: str
    status: str
    mark: str
    note: str
    evidence: tuple[tuple[str, str], ...]  # (where, quote)
    question: str | None


@dataclass(frozen=True)
class OptionRow:
    task: str
    hours: str
    note: str


@dataclass(frozen=True)
class PrebidView:
    odds_line: str | None  # "a 2% chance that 10 hours a month cover this scope"
    likely_line: str | None
    setup_line: str | None
    fee_line: str | None
    budget_line: str | None
    rate_line: str | None
    keep_scope: str
    keep_budget: str | None
    kept: tuple[OptionRow, ...]
    dropped: tuple[OptionRow, ...]
    question_groups: tuple[QuestionGroup, ...]
    also_ask: tuple[QuestionRow, ...]  # checklist items the findings do not already ask about
    checklist: tuple[CheckRow, ...]
    decision: str
    decision_label: str
    decision_summary: str
    reasons: tuple[str, ...]
    conditions: tuple[str, ...]

    @property
    def figures(self) -> tuple[tuple[str, str], ...]:
        """The odds and money lines with their labels, in the order every format shows them."""
        pairs = (("Odds", self.odds_line), ("Range", self.likely_line), ("Set-up", self.setup_line),
                 ("Fee", self.fee_line), ("Rate", self.rate_line), ("Budget", self.budget_line))
        return tuple((label, text) for label, text in pairs if text)


def prebid_view(report: Report, where: callable) -> PrebidView:
    est, facts, price = report.estimate, report.facts, report.price
    stated = facts.hours.per_month.max if facts.hours else None
    odds_line = None
    if est.chance_hours_suffice is not None and stated is not None:
        odds_line = (f"{a_chance(est.chance_hours_suffice)} that {hours(stated)} a month cover this scope "
                     f"({est.chance_basis})")
    elif price is not None and price.chance_budget_suffices is not None:
        odds_line = (f"{a_chance(price.chance_budget_suffices)} that the {hours(price.hours_budget_buys)} a month "
                     f"the budget buys cover this scope")
    likely = est.likely_hours_per_month
    likely_line = (f"likely {hours(likely.p10, unit=False)}–{hours(likely.p90)} a month, median {hours(likely.p50, unit=False)} "
                   "(10th to 90th percentile of simulated months; the low and high above are every line at its extreme)"
                   ) if likely else None
    setup_line = None
    if est.one_time_amortised is not None:
        a = est.one_time_amortised
        setup_line = f"spread over the {a.months:g}-month term, {hours(a.hours_per_month.expected)} a month"
    elif est.first_month_hours is not None and est.one_time_hours.expected:
        setup_line = (f"the first month carries it too, {hours(est.first_month_hours.expected)} in all "
                      "(no term is stated to spread it over)")
    kb = report.proposal.keep_budget if report.proposal else None
    rec = report.recommendation
    asked = {q.rule for q in report.questions}
    groups, also = _questions(report, asked)
    return PrebidView(
        odds_line=odds_line, likely_line=likely_line, setup_line=setup_line,
        fee_line=_fee_line(price, est.hours_per_month.expected, likely), budget_line=_budget_line(price), rate_line=_rate_line(price),
        keep_scope=report.proposal.keep_scope.text if report.proposal else "",
        keep_budget=kb.text if kb else None,
        kept=_options(kb, "items"), dropped=_options(kb, "dropped"),
        question_groups=groups, also_ask=also,
        checklist=tuple(_check_row(c, where) for c in report.checklist),
        decision=rec.decision if rec else "",
        decision_label=DECISIONS.get(rec.decision, "") if rec else "",
        decision_summary=rec.summary if rec else "",
        reasons=rec.reasons if rec else (), conditions=rec.conditions if rec else (),
    )


def _fee_line(p: Price | None, expected: float, likely: Percentiles | None) -> str | None:
    """The fee at the expected hours and at the median month, each with its hours, so the sums can be checked."""
    if p is None:
        return None
    line = f"the full scope costs {money(p.fee_per_month.expected, p.currency)} a month at the expected {hours(expected)}"
    if likely is not None and p.likely_fee_per_month is not None:
        f = p.likely_fee_per_month
        line += (f"; {money(f.p50, p.currency)} at the median month of {hours(likely.p50)} "
                 f"(likely {money(f.p10, p.currency)}–{money(f.p90, p.currency)})")
    if p.one_time_fee.expected:
        line += f"; plus {money(p.one_time_fee.expected, p.currency)} once for set-up"
    return line


def _rate_line(p: Price | None) -> str | None:
    if p is None:
        return None
    return f"at {money(p.rate, p.currency)} an hour ({p.rate_label})"


def _budget_line(p: Price | None) -> str | None:
    if p is None or p.stated_budget_per_month is None:
        return p.note if p is not None and p.note else None
    cur = p.budget_currency or p.currency
    line = f"the plan's money budget is {money(p.stated_budget_per_month, cur)} a month"
    if p.hours_budget_buys is not None:
        line += f"; at your rate it buys {hours(p.hours_budget_buys)} a month"
        if p.budget_coverage is not None:
            line += f", {p.budget_coverage:.0%} of the hours the scope needs"
    if p.effective_rate is not None:
        line += f"; spread over the hours the scope needs it pays {money(p.effective_rate, cur)} an hour"
    if p.note:
        line += f" ({p.note})"
    return line


def _options(kb: KeepBudget | None, attr: str) -> tuple[OptionRow, ...]:
    if kb is None:
        return ()
    return tuple(OptionRow(i.task, hours(i.hours, unit=False) if i.hours else "–", i.note) for i in getattr(kb, attr))


def _questions(report: Report, asked: set[str]) -> tuple[tuple[QuestionGroup, ...], tuple[QuestionRow, ...]]:
    groups = []
    for theme in THEMES:
        rows = tuple(QuestionRow(q.number, q.text, q.rule) for q in report.questions if q.theme == theme)
        if rows:
            groups.append(QuestionGroup(THEME_TITLES[theme], rows))
    # checklist items already covered by a finding's question are not asked twice
    covered = {"no-client-contact": "client-access", "hours-below-estimate": "hours-budget", "hours-unstated": "hours-budget",
               "budget-below-estimate": "hours-budget",
               "open-ended-scope": "scope-bounded", "unrealistic-response-time": "response-staffable",
               "per-client-multiplier": "clients"}
    skip = {covered[r] for r in asked if r in covered}
    n = len(report.questions)
    also = []
    for c in report.checklist:
        if c.question and c.id not in skip:
            n += 1
            also.append(QuestionRow(n, c.question, c.id))
    return tuple(groups), tuple(also)


def _check_row(c: CheckItem, where: callable) -> CheckRow:
    return CheckRow(c.id, c.item, c.status, MARKS[c.status], c.note,
                    tuple((where(e), e.quote) for e in c.evidence), c.question)
