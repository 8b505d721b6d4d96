"""Score extraction against labelled documents: per-field accuracy, F1, misses, timing.

A label file `<name>.label.yaml` (format in samples/corpus/README.md) sits
beside `<name>.txt` and its renderings; every listed format is checked and
scored, and the formats of one document are compared with each other.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TOLERANCE = 0.05  # per-month figures are rounded to 2 decimals; allow for that


@dataclass
class F1:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, got: Counter, want: Counter) -> None:
        self.tp += sum((got & want).values())
        self.fp += sum((got - want).values())
        self.fn += sum((want - got).values())

    @property
    def value(self) -> float | None:
        total = 2 * self.tp + self.fp + self.fn
        return 1.0 if total == 0 else 2 * self.tp / total


@dataclass
class Rate:
    hits: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hits += ok
        self.total += 1

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None


@dataclass
class Scores:
    platforms: F1 = field(default_factory=F1)
    hours: Rate = field(default_factory=Rate)
    client_contact: Rate = field(default_factory=Rate)
    clients: Rate = field(default_factory=Rate)
    deliverables: F1 = field(default_factory=F1)
    per_month: Rate = field(default_factory=Rate)
    words: Rate = field(default_factory=Rate)
    findings: F1 = field(default_factory=F1)
    verdict: Rate = field(default_factory=Rate)
    formats_agree: Rate = field(default_factory=Rate)
    misses: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def rows(self) -> list[tuple[str, str, float | None]]:
        """(field, measure, value) for the table."""
        return [
            ("platforms", "F1", self.platforms.value),
            ("hours per month", "exact", self.hours.value),
            ("client contact", "accuracy", self.client_contact.value),
            ("clients (count, per client)", "accuracy", self.clients.value),
            ("deliverables by type", "F1", self.deliverables.value),
            ("deliverable per month", "accuracy", self.per_month.value),
            ("deliverable words", "accuracy", self.words.value),
            ("finding ids", "F1", self.findings.value),
            ("verdict", "accuracy", self.verdict.value),
            ("formats of one document agree", "rate", self.formats_agree.value),
        ]


def labelled(folder: Path) -> list[tuple[Path, dict[str, Any], list[Path]]]:
    """Every label in the folder (recursively) with the documents it labels."""
    import yaml

    from .errors import InputError

    out = []
    for label in sorted(folder.rglob("*.label.yaml")):
        try:
            data = yaml.safe_load(label.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
            raise InputError(label, f"cannot read the label ({str(e).splitlines()[0]})") from None
        if not isinstance(data, dict):
            raise InputError(label, "a label must be a YAML mapping")
        stem = label.name.removesuffix(".label.yaml")
        formats = data.get("formats") or ["txt", "docx", "pdf"]
        docs = [label.with_name(f"{stem}.{fmt}") for fmt in formats]
        out.append((label, data, [d for d in docs if d.exists()]))
    return out


def evaluate(folder: Path, check: Any) -> Scores:
    """Check every labelled document with `check(path) -> report dict` and score it."""
    from .errors import RfpcheckError

    scores = Scores()
    found = labelled(folder)
    if not found:
        raise RfpcheckError(folder, "no *.label.yaml files found")
    for label, want, docs in found:
        if not docs:
            scores.misses.append(f"{label.name}: no document found beside the label")
            continue
        facts_by_format = []
        for doc in docs:
            started = time.perf_counter()
            try:
                report = check(doc)
            except RfpcheckError as e:
                scores.misses.append(f"{doc.name}: could not be checked ({e.cause})")
                continue
            scores.seconds[doc.name] = time.perf_counter() - started
            _score(scores, doc.name, report, want)
            facts_by_format.append((doc.name, _comparable(report)))
        if len(facts_by_format) > 1:
            first_name, first = facts_by_format[0]
            for name, facts in facts_by_format[1:]:
                for key in first:
                    same = first[key] == facts[key]
                    scores.formats_agree.add(same)
                    if not same:
                        scores.misses.append(f"{name}: {key} {facts[key]} differs from {first_name}: {first[key]}")
    return scores


def _score(s: Scores, name: str, report: dict[str, Any], want: dict[str, Any]) -> None:
    facts = report["facts"]

    def miss(what: str, got: Any, expected: Any) -> None:
        s.misses.append(f"{name}: {what} {got!r}, expected {expected!r}")

    got_p, want_p = Counter(p["id"] for p in facts["platforms"]), Counter(want.get("platforms") or [])
    s.platforms.add(got_p, want_p)
    if got_p != want_p:
        miss("platforms", sorted(got_p), sorted(want_p))

    pm = (facts["hours"] or {}).get("per_month")
    got_h = None if pm is None else [pm["min"], pm["max"]]
    want_h = want.get("hours_per_month")
    ok = got_h == want_h if got_h is None or want_h is None else all(
        abs(g - w) <= TOLERANCE for g, w in zip(got_h, want_h))
    s.hours.add(ok)
    if not ok:
        miss("hours per month", got_h, want_h)

    got_c, want_c = facts["client_contact"]["allowed"], want.get("client_contact_allowed")
    s.client_contact.add(got_c == want_c)
    if got_c != want_c:
        miss("client contact allowed", got_c, want_c)

    wc = want.get("clients") or {"count": None, "per_client": False}
    got_cl = (facts["clients"]["count"], facts["clients"]["per_client"])
    want_cl = (wc.get("count"), bool(wc.get("per_client")))
    s.clients.add(got_cl == want_cl)
    if got_cl != want_cl:
        miss("clients (count, per client)", got_cl, want_cl)

    _score_deliverables(s, name, facts["deliverables"], want.get("deliverables") or [], miss)

    got_f, want_f = Counter(f["rule"] for f in report["findings"]), Counter(want.get("findings") or [])
    s.findings.add(got_f, want_f)
    if got_f != want_f:
        miss("findings", sorted(got_f), sorted(want_f))
    s.verdict.add(report["verdict"] == want.get("verdict"))
    if report["verdict"] != want.get("verdict"):
        miss("verdict", report["verdict"], want.get("verdict"))


def _score_deliverables(s: Scores, name: str, got: list[dict], want: list[dict], miss: Any) -> None:
    s.deliverables.add(Counter(d["type"] for d in got), Counter(d["type"] for d in want))
    pool = list(got)
    for w in want:
        same_type = [d for d in pool if d["type"] == w["type"]]
        if not same_type:
            miss("deliverable missing", None, w)
            continue
        best = min(same_type, key=lambda d: abs((d["per_month"] or 0) - (w.get("per_month") or 0)))
        pool.remove(best)
        if "per_month" in w:
            ok = best["per_month"] is not None and abs(best["per_month"] - w["per_month"]) <= TOLERANCE
            s.per_month.add(ok)
            if not ok:
                miss(f"{w['type']} per month", best["per_month"], w["per_month"])
        if w.get("words") is not None or best.get("words") is not None:
            ok = best.get("words") == w.get("words")
            s.words.add(ok)
            if not ok:
                miss(f"{w['type']} words", best.get("words"), w.get("words"))
    for extra in pool:
        miss("deliverable not expected", {k: extra[k] for k in ("type", "per_month", "words")}, None)


def _comparable(report: dict[str, Any]) -> dict[str, Any]:
    """The facts and outcome that must not depend on the format."""
    f = report["facts"]
    return {
        "platforms": sorted(p["id"] for p in f["platforms"]),
        "hours": f["hours"] and f["hours"]["per_month"],
        "client_contact": f["client_contact"]["allowed"],
        "clients": (f["clients"]["count"], f["clients"]["per_client"]),
        "deliverables": sorted((d["type"], d["per_month"], d["words"]) for d in f["deliverables"]),
        "findings": sorted(x["rule"] for x in report["findings"]),
        "verdict": report["verdict"],
    }


def table(scores: Scores, targets: dict[str, float] | None = None) -> str:
    """The scores as a Markdown table, with the target beside each where one is set."""
    targets = targets or {}
    lines = ["| field | measure | score | target |", "| --- | --- | --- | --- |"]
    for name, measure, value in scores.rows():
        shown = "n/a" if value is None else f"{value:.3f}"
        target = targets.get(name)
        lines.append(f"| {name} | {measure} | {shown} | {'' if target is None else f'>= {target:.2f}'} |")
    return "\n".join(lines) + "\n"


# The bar for the corpus (see README).
TARGETS = {"platforms": 0.97, "hours per month": 0.95, "client contact": 0.97, "deliverables by type": 0.90,
           "finding ids": 0.90, "verdict": 0.90, "formats of one document agree": 0.98}
