"""The effort as a bar chart: geometry for an inline SVG, computed here so the template only draws.

One bar per line at its expected hours, a whisker from low to high, and a
line at the stated hours a month when the plan states them (monthly lines
only: one-time work is not on the same scale).
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Line
from .report_words import figure

LABEL_WIDTH = 230  # room for the task names, in SVG units
PLOT_WIDTH = 420
ROW = 26
TOP = 8


@dataclass(frozen=True)
class Bar:
    label: str
    y: float
    width: float  # expected
    low_x: float
    high_x: float
    value: str  # "22 h (9.5–62)"


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    label_width: int
    bars: tuple[Bar, ...]
    stated_x: float | None  # where the stated hours a month fall, if stated and on the scale
    stated_label: str
    scale_max: str


def effort_chart(lines: tuple[Line, ...], stated: float | None) -> BarChart | None:
    """The monthly lines as bars on one scale, up to the highest of the highs (or the stated hours)."""
    monthly = [ln for ln in lines if ln.recurring]
    if not monthly:
        return None
    top = max([ln.hours.high for ln in monthly] + ([stated] if stated else []))
    scale = PLOT_WIDTH / top if top else 0.0
    bars = tuple(
        Bar(ln.task, TOP + i * ROW, ln.hours.expected * scale, ln.hours.low * scale, ln.hours.high * scale,
            f"{figure(ln.hours.expected)} h ({figure(ln.hours.low)}–{figure(ln.hours.high)})")
        for i, ln in enumerate(monthly))
    return BarChart(LABEL_WIDTH + PLOT_WIDTH + 120, TOP * 2 + ROW * len(monthly) + 16, LABEL_WIDTH, bars,
                    stated * scale if stated else None, f"stated {figure(stated)} h" if stated else "", figure(top))
