"""The data rules see: the report's `facts` and `estimate`, plus words for messages."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .model import Estimate, Facts, Price
from .report import num, plain
from .report_words import money


AUTOMATION_WORDS = {"auto-dm": "automatic direct messages", "identical-posting": "identical posts on every network",
                    "bot": "bots or automated replies", "auto-follow": "automated following or bought followers"}


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names) or "none"
    return ", ".join(names[:-1]) + " and " + names[-1]


def template_data(facts: Facts, estimate: Estimate, price: Price | None = None) -> dict[str, Any]:
    """`facts`, `estimate` and `price` as in the JSON report (CEL sees these), and `text` for messages."""
    # the same values as the JSON report, so a rule reads what a user reads
    data: dict[str, Any] = {"facts": plain(asdict(facts)), "estimate": plain(asdict(estimate)),
                            "price": plain(asdict(price)) if price is not None else None}
    h = facts.hours
    stated = None
    if h is not None:
        lo, hi = h.per_month.min, h.per_month.max
        stated = f"up to {num(hi)}" if not lo else (num(hi) if lo == hi else f"{num(lo)} to {num(hi)}")
    data["text"] = {
        "platforms": _join([p.name for p in facts.platforms]),
        "platform_count": str(len(facts.platforms)),
        "hours": f"{stated} hours a month" if stated else "no hours",
        "phrases": _join([f"\u201c{p.phrase}\u201d" for p in facts.open_ended_scope]),
        "automation": _join([AUTOMATION_WORDS.get(k, k) for k in sorted({a.kind for a in facts.automation})]),
        "setup_platforms": _join([p.name for p in facts.platforms if "setup" in p.tasks]),
        "coverage": f"{estimate.coverage:.0%}" if estimate.coverage is not None else "unknown",
        "clients": (f"{facts.clients.count} clients" if facts.clients.count else "each client"),
        "response": _response(facts),
        "budget": (money(price.stated_budget_per_month, price.budget_currency or price.currency) + " a month"
                   if price is not None and price.stated_budget_per_month is not None else "no money budget"),
        "rate": money(price.rate, price.currency) if price is not None else "no rate",
        "budget_coverage": (f"{price.budget_coverage:.0%}" if price is not None and price.budget_coverage is not None
                            else "unknown"),
        "fee_needed": (money(price.likely_fee_per_month.p50 if price.likely_fee_per_month else price.fee_per_month.expected,
                             price.currency) + " a month" if price is not None else "unknown"),
    }
    return data


def _response(facts: Facts) -> str:
    r = facts.response_time
    if r is None:
        return "none"
    window = f"within {num(r.hours)} h" if r.hours is not None else "continuous cover"
    days = "7 days a week" if r.days_per_week == 7 else "on weekdays"
    span = "24 hours a day" if r.hours_per_day >= 24 else f"{num(r.hours_per_day)} hours a day"
    return f"{window}, {span}, {days}"
