"""The fee the scope needs at the agency's rate, and what the plan's money budget buys."""

from __future__ import annotations

from pathlib import Path

from . import odds
from .estimate import setup_months
from .model import Estimate, Facts, Money, Percentiles, Price, ThreePoint
from .ratecard import RateCard
from .settings import Settings


def _fee(hours: ThreePoint, rate: float) -> ThreePoint:
    return ThreePoint(round(hours.low * rate, 2), round(hours.expected * rate, 2), round(hours.high * rate, 2))


def budget_per_month(budget: Money | None, facts: Facts) -> float | None:
    """A money budget a month: as stated per period, or a lump sum spread over the stated term."""
    if budget is None:
        return None
    if budget.per_month is not None:
        return budget.per_month
    if facts.term is not None and facts.term.months > 0:
        return budget.amount / facts.term.months
    return None


def price(facts: Facts, estimate: Estimate, card: RateCard, settings: Settings) -> Price | None:
    """Price the estimate at the agency's rate; None when neither the settings nor the card give a rate."""
    if settings.rate is not None:
        rate, currency = settings.rate, settings.currency or (card.pricing.currency if card.pricing else "USD")
        source = f"your rate ({settings.path or 'settings'})"
        label = f"your rate, from {Path(settings.path).name}" if settings.path else "your rate"
    elif card.pricing is not None:
        rate, currency = card.pricing.rate, settings.currency or card.pricing.currency
        source = f"the rate card's default ({card.pricing.source})"
        label = "the rate card's default; set yours with rfpcheck init"
    else:
        return None
    money = budget_per_month(facts.budget, facts)
    likely = estimate.likely_hours_per_month
    base = Price(rate, currency, source, _fee(estimate.hours_per_month, rate), _fee(estimate.one_time_hours, rate),
                 round(money, 2) if money is not None else None, rate_label=label,
                 likely_fee_per_month=Percentiles(*(round(h * rate, 2) for h in (likely.p10, likely.p50, likely.p90)))
                 if likely else None)
    if money is None:
        if facts.budget is not None:
            return _with(base, budget_currency=facts.budget.currency,
                         note="the money budget has no period and no term is stated, so it cannot be put per month")
        return base
    budget_currency = facts.budget.currency
    expected = estimate.hours_per_month.expected
    effective = round(money / expected, 2) if expected else None
    if budget_currency != currency:
        return _with(base, budget_currency=budget_currency, effective_rate=effective,
                     note=f"the budget is in {budget_currency} and your rate in {currency}, so it is not turned into hours; "
                          f"set `rate` and `currency = \"{budget_currency}\"` in rfpcheck.toml to compare")
    buys = round(money / rate, 1)
    chance = None
    if estimate.lines:
        chance = round(odds.chance_within(odds.of(estimate), buys, setup_months(facts)), 3)
    return _with(base, budget_currency=budget_currency, hours_budget_buys=buys,
                 budget_coverage=round(buys / expected, 3) if expected else None,
                 chance_budget_suffices=chance, effective_rate=effective)


def _with(p: Price, **changes: object) -> Price:
    from dataclasses import replace

    return replace(p, **changes)
