"""Evaluate the rules on the facts and estimate: findings, then the verdict."""

from __future__ import annotations

from typing import Any

from .model import Estimate, Evidence, Facts, Finding, Price, Severity, Verdict
from .report_data import template_data
from .rules import Rule, condition, fill, lookup, severity



def evaluate(rules: tuple[Rule, ...], facts: Facts, estimate: Estimate, price: Price | None = None) -> tuple[Finding, ...]:
    """Every rule whose condition holds, as a finding with its quotes, most severe first."""
    data = template_data(facts, estimate, price)
    findings = []
    for rule in rules:
        if not condition(rule, data):
            continue
        findings.append(Finding(
            rule=rule.id, severity=severity(rule, data), title=rule.title, message=fill(rule, rule.message, data),
            question=fill(rule, rule.question, data), evidence=_evidence(rule, data), why=rule.why,
            instead=fill(rule, rule.instead, data) if rule.instead else None,
        ))
    return tuple(sorted(findings, key=lambda f: list(Severity).index(f.severity)))  # most severe first


def _evidence(rule: Rule, data: dict[str, Any]) -> tuple[Evidence, ...]:
    out: list[Evidence] = []
    for path in rule.evidence:
        value = lookup(rule, data, path)
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, dict):
                for e in item.get("evidence") or []:
                    ev = Evidence(e["page"], e["quote"], e["start"], e["end"], e.get("where", ""))
                    if ev not in out:
                        out.append(ev)
    return tuple(sorted(out, key=lambda e: e.start))


def verdict(findings: tuple[Finding, ...]) -> Verdict:
    """Doomed on any critical finding, at risk on any major one, else feasible."""
    severities = {f.severity for f in findings}
    if Severity.CRITICAL in severities:
        return Verdict.DOOMED
    if Severity.MAJOR in severities:
        return Verdict.AT_RISK
    return Verdict.FEASIBLE
