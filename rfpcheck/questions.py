"""The questions to ask the issuer: one per finding, filled in with the document's facts, numbered by theme."""

from __future__ import annotations

from .model import Finding, Question, Severity
from .rules import THEMES, Rule

THEME_TITLES = {"access": "Access to the client", "scope": "Scope", "hours-and-money": "Hours and money",
                "process": "Process"}


def questions(findings: tuple[Finding, ...], rules: tuple[Rule, ...]) -> tuple[Question, ...]:
    """Each finding's question under its rule's theme; themes in a fixed order, the most severe first within one."""
    theme_of = {r.id: r.theme for r in rules}
    order = list(Severity)
    asked = sorted((f for f in findings if f.question),
                   key=lambda f: (THEMES.index(theme_of.get(f.rule, "scope")), order.index(f.severity)))
    return tuple(Question(i, theme_of.get(f.rule, "scope"), f.rule, f.question) for i, f in enumerate(asked, 1))
