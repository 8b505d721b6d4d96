"""The odds that a number of hours covers the work: each line a PERT distribution, summed by Monte Carlo.

Why Monte Carlo and not a formula: the monthly total is not a plain sum.
Planning and coordination are shares of the delivery hours (a product of
two uncertain figures), the work repeats for each client (a product again),
and the lines are skewed to the right (a post takes 1 hour, now and then
2.5, never minus 0.5). A normal approximation of a sum misstates exactly
the tail the report quotes ("a 2% chance that 10 hours cover this"). A
seeded generator makes every run give the same figures.

Each line's three-point figure (low, expected, high) is a PERT
distribution: a beta distribution on [low, high] whose mode is the
expected figure and whose weight on the mode is 4 (Malcolm et al., 1959).
A line's parts (a platform's posts, replies and monitoring) move together;
lines are independent of each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import Estimate, Line, Percentiles, ThreePoint

if TYPE_CHECKING:
    import numpy as np

DRAWS = 20_000
SEED = 20_251_126  # fixed, so every run and every machine gives the same odds


@dataclass(frozen=True)
class Draws:
    """Sampled hours: the recurring work a month, and the one-time work."""

    monthly: np.ndarray
    one_time: np.ndarray


def pert(rng: np.random.Generator, t: ThreePoint, n: int) -> np.ndarray:
    """`n` draws from the PERT distribution of a three-point figure."""
    import numpy as np

    low, mode, high = t.low, t.expected, t.high
    if high <= low:
        return np.full(n, float(mode))
    alpha = 1 + 4 * (mode - low) / (high - low)
    beta = 1 + 4 * (high - mode) / (high - low)
    return low + (high - low) * rng.beta(alpha, beta, n)


def simulate(lines: tuple[Line, ...], draws: int = DRAWS) -> Draws:
    """Sample the estimate's lines: delivery lines summed, shares of them added, the repeat for other clients."""
    import numpy as np

    rng = np.random.default_rng(SEED)
    totals = {}
    for recurring in (True, False):
        delivery = np.zeros(draws)
        shares = np.zeros(draws)
        repeat = np.zeros(draws)
        for line in (ln for ln in lines if ln.recurring == recurring):
            if line.kind == "share":
                shares += pert(rng, line.factor, draws)
            elif line.kind == "repeat":
                repeat += line.factor.expected
            else:
                delivery += pert(rng, line.hours, draws)
        totals[recurring] = delivery * (1 + shares) * (1 + repeat)
    return Draws(totals[True], totals[False])


def chance_within(draws: Draws, hours: float, setup_months: float | None = None) -> float:
    """The share of draws in which `hours` a month cover the work (set-up spread over `setup_months` if given)."""
    import numpy as np

    need = draws.monthly + (draws.one_time / setup_months if setup_months else 0.0)
    return float(np.mean(need <= hours + 1e-9))


def percentiles(draws: Draws, setup_months: float | None = None) -> Percentiles:
    """The 10th, 50th and 90th percentile of the hours a month."""
    import numpy as np

    need = draws.monthly + (draws.one_time / setup_months if setup_months else 0.0)
    p10, p50, p90 = np.percentile(need, [10, 50, 90])
    return Percentiles(round(float(p10), 1), round(float(p50), 1), round(float(p90), 1))


def of(estimate: Estimate) -> Draws:
    """Sample an estimate's lines."""
    return simulate(estimate.lines)
