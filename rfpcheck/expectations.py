"""Compare a report with an expected-result file (samples/*.expected.yaml).

The file format is the one in ../shared/smoke/expected.yaml: platforms,
hours_per_month, client_contact_allowed, deliverables, findings_include,
findings_exclude, verdict; every key optional.
"""

from __future__ import annotations

from typing import Any


def misses(report: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Every way the report differs from what was expected, in words; empty when it matches."""
    facts = report["facts"]
    out: list[str] = []
    if "platforms" in expected:
        got = sorted(p["id"] for p in facts["platforms"])
        if got != sorted(expected["platforms"]):
            out.append(f"platforms {got}, expected {sorted(expected['platforms'])}")
    if "hours_per_month" in expected:
        pm = (facts["hours"] or {}).get("per_month") or {}
        got = [pm.get("min"), pm.get("max")]
        want = expected["hours_per_month"]
        if want is None and facts["hours"] is not None or want is not None and not _close(got, want):
            out.append(f"hours per month {got}, expected {want}")
    if "client_contact_allowed" in expected and facts["client_contact"]["allowed"] != expected["client_contact_allowed"]:
        out.append(f"client contact allowed {facts['client_contact']['allowed']}, expected {expected['client_contact_allowed']}")
    for want in expected.get("deliverables") or []:
        same = [d for d in facts["deliverables"] if d["type"] == want["type"]]
        if not any(_deliverable_matches(d, want) for d in same):
            got = [(d["per_month"], d["words"]) for d in same]
            out.append(f"deliverable {want} not found (got {want['type']} as (per_month, words) {got})")
    rules = {f["rule"] for f in report["findings"]}
    lost = sorted(set(expected.get("findings_include") or []) - rules)
    if lost:
        out.append(f"findings missing {lost}")
    extra = sorted(set(expected.get("findings_exclude") or []) & rules)
    if extra:
        out.append(f"findings that must not fire {extra}")
    if "verdict" in expected and report["verdict"] != expected["verdict"]:
        out.append(f"verdict {report['verdict']}, expected {expected['verdict']}")
    return out


def _close(got: list[Any], want: list[Any], tol: float = 0.05) -> bool:
    return all(g is not None and abs(float(g) - float(w)) <= tol for g, w in zip(got, want))


def _deliverable_matches(d: dict[str, Any], want: dict[str, Any]) -> bool:
    if "per_month" in want and (d["per_month"] is None or abs(d["per_month"] - want["per_month"]) > 0.05):
        return False
    return "words" not in want or d["words"] == want["words"]
