"""The terminal report, laid out like ruff's diagnostics.

    Doomed: the plan cannot work as written (2 critical, 1 major)
      hours: 8–10 h/month stated vs 115 h/month expected (low 60, high 190)
             plus 18 h of one-time set-up (low 12, high 26)
      coverage: the stated hours cover 9% of the expected effort

    critical[no-client-contact] The vendor may not talk to the client
      The plan forbids contact with the client.
      --> rfp.pdf:page 2
       |
       | "The SMP shall not contact the client."
       |
      = why: Social media is a conversation.
      = help: Ask for a named contact on the client side.
      = ask: Who on the client side approves posts?
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import click

from rfpcheck.model import Report
from rfpcheck.prebid_view import PrebidView
from rfpcheck.printable import printable
from rfpcheck.report import EffortRow, FindingView, View, view

WIDTH = 100
VERDICT_COLORS = {"doomed": "red", "at-risk": "yellow", "feasible": "green"}
DECISION_COLORS = {"no-bid": "red", "bid-with-conditions": "yellow", "bid": "green"}
SEVERITY_COLORS = {"critical": "red", "major": "yellow", "minor": "cyan", "info": "blue"}


def render(report: Report, *, color: bool = False) -> str:
    """Return the report for a terminal; ANSI colours only when `color` is true."""
    v = view(report)

    def paint(text: str, fg: str | None = None) -> str:
        return click.style(text, fg=fg, bold=True) if color else text

    lines = [
        paint(v.headline, VERDICT_COLORS[v.verdict]) + f" ({v.counts})",
        *_wrap(f"hours: {v.hours_line}", "  ", "         "),
        *_wrap(v.one_time_line, "         "),
        *(_wrap(v.staffing_line, "         ") if v.staffing_line else []),
        *_wrap(f"coverage: {v.coverage_sentence}", "  ", "    "),
        *(line for note in v.notes for line in _wrap(f"note: {note}", "  ", "    ")),
    ]
    p = v.prebid
    for label, text in p.figures:
        lines += _wrap(f"{label.lower()}: {text}", "  ", "        ")
    if p.decision:
        lines += ["", paint(f"recommendation: {p.decision_label}", DECISION_COLORS[p.decision]),
                  *_wrap(p.decision_summary, "  ")]
        if p.conditions:
            lines += _wrap("conditions: " + "; ".join(p.conditions), "  ", "    ")
    for f in v.findings:
        lines += ["", *_finding(v.path, f, paint)]
    lines += _prebid(p, paint)
    lines += ["", paint("effort") + " (hours: low / expected / high)", *_effort(v)]
    return "\n".join(lines) + "\n"


def _prebid(p: PrebidView, paint: Callable[..., str]) -> list[str]:
    """The counter-proposal, the numbered questions by theme, and the checklist."""
    lines = ["", paint("counter-proposal"), *_wrap(f"1. Keep the scope: {p.keep_scope}", "  ", "     ")]
    if p.keep_budget:
        lines += _wrap(f"2. Keep the budget: {p.keep_budget}", "  ", "     ")
    if p.question_groups or p.also_ask:
        lines += ["", paint("questions to ask the issuer")]
        for group in p.question_groups:
            lines += [f"  {group.title}"]
            for q in group.questions:
                lines += _wrap(f"{q.number}. {q.text} [{q.source}]", "    ", "       ")
        if p.also_ask:
            lines += ["  Also confirm"]
            for q in p.also_ask:
                lines += _wrap(f"{q.number}. {q.text} [{q.source}]", "    ", "       ")
    lines += ["", paint("pre-bid checklist")]
    for c in p.checklist:
        lines += _wrap(f"[{c.mark}] {c.item}: {c.note}", "  ", "      ")
    return lines


def _finding(path: str, f: FindingView, paint: Callable[..., str]) -> list[str]:
    severity = paint(f.severity, SEVERITY_COLORS[f.severity])
    lines = [f"{severity}[{_clean(f.rule)}] {paint(_clean(f.title))}", *_wrap(f.message, "  ")]
    for ev in f.evidence:
        lines += [f"  --> {_clean(path)}:{ev.where}", "   |"]
        lines += _wrap(f'"{ev.quote}"', "   | ", "   |  ")
        lines += ["   |"]
    for label, text in (("why", f.why), ("help", f.instead), ("ask", f.question)):
        if text:
            lines += _wrap(f"= {label}: {text}", "  ", "    ")
    return lines


def _effort(v: View) -> list[str]:
    """Every monthly line and its total, then every one-time line and its total."""
    rows = [*v.effort_recurring, *v.effort_once, v.effort_per_month, v.effort_one_time]
    task_width = min(max(len(r.task) for r in rows), 40)
    return [_effort_line(r, task_width) for r in (*v.effort_recurring, v.effort_per_month, *v.effort_once, v.effort_one_time)]


def _effort_line(row: EffortRow, task_width: int) -> str:
    task = textwrap.shorten(_clean(row.task), task_width, placeholder="…")
    hours = f"{row.low:>5} / {row.expected:>5} / {row.high:>5}"
    line = f"  {task:<{task_width}}  {hours}"
    if row.basis:
        room = max(WIDTH - len(line) - 2, 10)
        line += "  " + textwrap.shorten(_clean(row.basis), room, placeholder="…")
    return line


def _wrap(text: str, indent: str, subsequent: str | None = None) -> list[str]:
    return textwrap.wrap(
        _clean(" ".join(text.split())),
        WIDTH,
        initial_indent=indent,
        subsequent_indent=indent if subsequent is None else subsequent,
        break_on_hyphens=False,
    ) or [indent.rstrip()]


def _clean(text: str) -> str:
    """Replace control characters, which could move the cursor or recolour the terminal."""
    return printable(text)
