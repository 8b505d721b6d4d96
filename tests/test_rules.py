"""Every rule proves itself on its own examples; bad rule files fail with file and cause."""

from pathlib import Path

import pytest

import rfpcheck
from rfpcheck import rules as rulebook
from rfpcheck.errors import RuleError

RULES = rulebook.load_rules()
CONTRACT_IDS = {"no-client-contact", "hours-below-estimate", "unrealistic-response-time",
                "setup-and-manage-in-one-budget", "per-client-multiplier", "automation-prescribed",
                "push-only", "open-ended-scope", "hours-unstated"}


def test_every_contract_finding_id_has_a_rule():
    assert CONTRACT_IDS <= {r.id for r in RULES}


def _examples(kind):
    for rule in RULES:
        for text in rule.examples.get(kind, []):
            yield pytest.param(rule.id, text, id=f"{rule.id}:{text[:40]}")


@pytest.mark.parametrize("rule_id,text", list(_examples("fires")))
def test_rule_fires_on_its_examples(rule_id, text):
    """Each `fires` example makes its rule fire."""
    report = rfpcheck.check_text(text, rules=RULES)
    assert rule_id in {f.rule for f in report.findings}


@pytest.mark.parametrize("rule_id,text", list(_examples("passes")))
def test_rule_passes_its_examples(rule_id, text):
    """Each `passes` example leaves its rule silent."""
    report = rfpcheck.check_text(text, rules=RULES)
    assert rule_id not in {f.rule for f in report.findings}


def test_every_rule_has_examples_both_ways():
    for rule in RULES:
        assert rule.examples.get("fires") and rule.examples.get("passes"), rule.id


GOOD = """id: {id}
severity: minor
title: A title
when: "facts.hours == null"
message: No hours.
question: How many hours?
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    (tmp_path / f"{name}.yaml").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("name,text,cause", [
    ("bad-field", GOOD.format(id="bad-field") + "colour: red\n", "unknown field(s) colour"),
    ("bad-cel", GOOD.format(id="bad-cel").replace("facts.hours == null", "facts.hours ==="), "not a valid CEL expression"),
    ("wrong-name", GOOD.format(id="other-id"), "equal to the file name"),
    ("bad-sev", GOOD.format(id="bad-sev").replace("minor", "severe"), "severity 'severe'"),
    ("int-mix", GOOD.format(id="int-mix").replace("facts.hours == null", "facts.hours != null && 5 < facts.hours.max"), "write 10.0"),
    ("unguarded", GOOD.format(id="unguarded").replace("facts.hours == null", "facts.hours.max > 5.0"), "guard it"),
    ("bad-field-ref", GOOD.format(id="bad-field-ref").replace("No hours.", "No {facts.hourz}."), "unknown field facts.hourz"),
    ("missing", "id: missing\nseverity: minor\n", "missing required field(s) title, when, message, question"),
    ("sev-list", GOOD.format(id="sev-list") + "severity_when: [critical]\n", "severity_when must map"),
    ("ev-int", GOOD.format(id="ev-int") + "evidence: 5\n", "evidence must be a list"),
    ("ex-int", GOOD.format(id="ex-int") + "examples: {fires: 5}\n", "examples must be"),
    ("typo-null", GOOD.format(id="typo-null").replace("facts.hours == null", "facts.hourz == null"), "hourz"),
    ("fmt-d", GOOD.format(id="fmt-d").replace("No hours.", "'{facts.hours.per_month.max:d} hours.'"), "bad message template"),
    ("not-yaml", "id: [unclosed\n", "not valid YAML"),
])
def test_bad_rule_files_fail_with_file_and_cause(tmp_path, name, text, cause):
    """Validation happens at load time and names the file and the cause in one line."""
    folder = _write(tmp_path, name, text)
    with pytest.raises(RuleError) as info:
        rulebook.load_rules([folder])
    message = str(info.value)
    assert f"{name}.yaml" in message and cause in message and "\n" not in message


def test_a_user_rule_fires(tmp_path):
    """A user's rule folder adds rules; messages fill in numbers from the facts."""
    folder = _write(tmp_path, "tiny-budget", GOOD.format(id="tiny-budget").replace(
        "facts.hours == null", "facts.hours != null && facts.hours.per_month.max < 20.0").replace(
        "No hours.", "Only {facts.hours.per_month.max} hours."))
    rules = rulebook.load_rules([rulebook.default_dir(), folder])
    report = rfpcheck.check_text("Manage our Facebook page, 10 hours per month.", rules=rules)
    (f,) = [f for f in report.findings if f.rule == "tiny-budget"]
    assert f.message == "Only 10 hours."


def test_evidence_paths_can_pick_items_by_id(tmp_path):
    """`facts.platforms.youtube` quotes only the YouTube mentions."""
    folder = _write(tmp_path, "yt", GOOD.format(id="yt").replace(
        "facts.hours == null", "facts.platforms.exists(p, p.id == 'youtube')") + "evidence: [facts.platforms.youtube]\n")
    rules = rulebook.load_rules([folder])
    report = rfpcheck.check_text("Manage our Facebook page.\n\nRun our YouTube channel.", rules=rules)
    (f,) = report.findings
    assert [e.quote for e in f.evidence] == ["Run our YouTube channel."]
