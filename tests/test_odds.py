"""The odds: PERT lines summed by a seeded Monte Carlo, shares and repeats multiplied in."""

import pytest

from rfpcheck import odds
from rfpcheck.model import Line, ThreePoint

CONST = ThreePoint(10.0, 10.0, 10.0)


def work(t, recurring=True):
    return Line("work", "", t, recurring)


def test_pert_stays_within_its_bounds_and_has_the_pert_mean():
    """Draws lie in [low, high] and average (low + 4 mode + high) / 6."""
    import numpy as np

    t = ThreePoint(2.0, 4.0, 14.0)
    draws = odds.pert(np.random.default_rng(1), t, 50_000)
    assert draws.min() >= 2.0 and draws.max() <= 14.0
    assert draws.mean() == pytest.approx((2 + 4 * 4 + 14) / 6, rel=0.02)


def test_a_certain_line_is_covered_exactly_at_its_hours():
    """A line with no spread is covered by its own hours and not by less."""
    draws = odds.simulate((work(CONST),))
    assert odds.chance_within(draws, 10.0) == 1.0
    assert odds.chance_within(draws, 9.9) == 0.0


def test_shares_and_repeats_multiply_the_work():
    """A 50% share makes 10 hours 15; two more clients make it 45."""
    lines = (work(CONST), Line("share", "", CONST, True, kind="share", factor=ThreePoint(0.5, 0.5, 0.5)),
             Line("others", "", CONST, True, kind="repeat", factor=ThreePoint(2, 2, 2)))
    draws = odds.simulate(lines)
    assert odds.chance_within(draws, 44.9) == 0.0 and odds.chance_within(draws, 45.0) == 1.0


def test_setup_spread_over_the_term_adds_its_share_a_month():
    """Twelve one-time hours over a twelve-month term add one hour a month."""
    draws = odds.simulate((work(CONST), work(ThreePoint(12, 12, 12), recurring=False)))
    assert odds.chance_within(draws, 10.5, setup_months=12) == 0.0
    assert odds.chance_within(draws, 11.0, setup_months=12) == 1.0
    assert odds.chance_within(draws, 10.0) == 1.0  # without a term, set-up is not in the monthly odds


def test_the_odds_rise_with_the_hours_and_repeat_exactly():
    """More hours never lower the chance, and the same lines give the same figures every run."""
    lines = (work(ThreePoint(5, 10, 30)), work(ThreePoint(1, 2, 8)))
    chances = [odds.chance_within(odds.simulate(lines), h) for h in (6, 10, 14, 20, 40)]
    assert chances == sorted(chances) and chances[0] < 0.05 and chances[-1] == 1.0
    assert chances == [odds.chance_within(odds.simulate(lines), h) for h in (6, 10, 14, 20, 40)]


def test_percentiles_are_ordered_inside_the_line_sums():
    """The likely range sits inside the sum of lows and the sum of highs."""
    lines = (work(ThreePoint(5, 10, 30)), work(ThreePoint(1, 2, 8)))
    p = odds.percentiles(odds.simulate(lines))
    assert 6 <= p.p10 <= p.p50 <= p.p90 <= 38
