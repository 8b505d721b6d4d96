"""Numbers said in words the way the reports and the counter-proposal say them."""

from __future__ import annotations

SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "AUD": "A$", "CAD": "C$", "NZD": "NZ$"}
WEEKS_PER_MONTH = 4.33


def figure(value: float) -> str:
    """Whole numbers from 10 up, one decimal below: 120, 8.5, 0.3."""
    text = f"{value:.0f}" if abs(value) >= 10 else f"{value:.1f}"
    return text.removesuffix(".0")


def hours(value: float, unit: bool = True) -> str:
    """"10 hours", "1 hour", "2.5 hours"; the bare figure when `unit` is false."""
    text = figure(value)
    return text if not unit else f"{text} hour{'' if text == '1' else 's'}"


def money(value: float, currency: str) -> str:
    """"$3,900", "£1,250.50", "CHF 400"."""
    amount = f"{value:,.2f}".removesuffix(".00") if abs(value) < 100 else f"{value:,.0f}"
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{amount}" if symbol else f"{currency} {amount}"


def chance(p: float) -> str:
    """A probability as people read it: "under 1%", "37%", "over 99%"."""
    if p < 0.01:
        return "under 1%"
    if p > 0.99:
        return "over 99%"
    return f"{p:.0%}"


def a_chance(p: float) -> str:
    """"a 37% chance", "an 8% chance", "less than a 1% chance", "a better than 99% chance"."""
    if p < 0.01:
        return "less than a 1% chance"
    if p > 0.99:
        return "a better than 99% chance"
    percent = round(p * 100)
    article = "an" if percent in (8, 11, 18) or 80 <= percent <= 89 else "a"  # said "an eight", "an eleven"
    return f"{article} {percent}% chance"


def plural(n: float, word: str) -> str:
    """"1 platform", "4 platforms"."""
    return f"{n:g} {word}{'' if n == 1 else 's'}"


def times_a_week(n: float, noun: str = "post") -> str:
    """"1 post a week", "3 posts a week"; under one a week, said a month: "1 video a month"."""
    if 0 < n < 1:
        per_month = round(n * WEEKS_PER_MONTH)
        return f"{per_month:g} {noun}{'' if per_month == 1 else 's'} a month"
    return f"{n:g} {noun}{'' if n == 1 else 's'} a week"
