"""Rule tooling: user rule folders, `rfpcheck rules`, `rfpcheck explain` and `rfpcheck ratecard`."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from rfpcheck import rules as rulebook
from rfpcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "seed-rfp.txt"
USER_RULE = """\
id: four-platforms-or-more
severity: major
title: Four or more platforms for one person
theme: scope
when: "size(facts.platforms) >= 4"
evidence: [facts.platforms]
message: The plan asks one person to run {text.platform_count} platforms ({text.platforms}).
question: Which {text.platform_count} platforms matter most, in order?
examples:
  fires: ["Manage Facebook, Instagram, LinkedIn and TikTok."]
  passes: ["Manage Facebook."]
"""


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _folder(tmp_path, name, text):
    folder = tmp_path / "our-rules"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.yaml").write_text(text)
    return folder


def test_a_user_rule_in_a_rules_folder_fires_and_asks_its_question(tmp_path):
    """One YAML file in a folder passed by --rules: a finding, with its question under its theme."""
    folder = _folder(tmp_path, "four-platforms-or-more", USER_RULE)
    report = json.loads(run("check", SEED, "-f", "json", "--rules", folder).output)
    (finding,) = [f for f in report["findings"] if f["rule"] == "four-platforms-or-more"]
    assert finding["severity"] == "major" and "4 platforms" in finding["message"]
    (q,) = [q for q in report["questions"] if q["rule"] == "four-platforms-or-more"]
    assert q["theme"] == "scope" and q["text"] == "Which 4 platforms matter most, in order?"


def test_a_user_rule_folder_in_the_settings_is_used(tmp_path):
    folder = _folder(tmp_path, "four-platforms-or-more", USER_RULE)
    (tmp_path / "rfpcheck.toml").write_text(f'rules = ["{folder.name}"]\n')
    report = json.loads(run("check", SEED, "-f", "json", "--config", tmp_path / "rfpcheck.toml").output)
    assert "four-platforms-or-more" in {f["rule"] for f in report["findings"]}


@pytest.mark.parametrize("text,cause", [
    (USER_RULE.replace("size(facts.platforms) >= 4", "size(facts.platforms >= 4"), "not a valid CEL expression"),
    (USER_RULE.replace("theme: scope", "theme: money"), "theme 'money'"),
    (USER_RULE.replace("{text.platforms}", "{text.platfroms}"), "unknown field text.platfroms"),
    (USER_RULE.replace("size(facts.platforms) >= 4", "size(facts.platforms) >= 4.0"), "four-platforms-or-more"),
])
def test_a_broken_user_rule_names_file_and_rule(tmp_path, text, cause):
    """A broken rule stops the check with one line naming the file, the rule and the cause."""
    folder = _folder(tmp_path, "four-platforms-or-more", text)
    r = run("check", SEED, "--rules", folder)
    assert r.exit_code == 2
    line = r.output.strip()
    assert "\n" not in line and "four-platforms-or-more.yaml" in line and cause in line


def test_rules_lists_id_severity_title_and_file_and_marks_disabled_rules(tmp_path):
    folder = _folder(tmp_path, "four-platforms-or-more", USER_RULE)
    (tmp_path / "s.toml").write_text('disable = ["push-only"]\n')
    out = run("rules", "--rules", folder, "--config", tmp_path / "s.toml").output
    rows = {line.split()[0]: line for line in out.splitlines() if line and not line.startswith("*")}
    assert set(rows) == {r.id for r in rulebook.load_rules()} | {"four-platforms-or-more"}
    assert "disabled" in rows["push-only"] and "critical" in rows["no-client-contact"]
    assert "four-platforms-or-more.yaml" in rows["four-platforms-or-more"]
    assert "no-client-contact.yaml" in rows["no-client-contact"]
    assert "disabled there: push-only" in out


def test_a_severity_set_in_the_settings_is_marked(tmp_path):
    (tmp_path / "s.toml").write_text('[severity]\n"push-only" = "minor"\n')
    rows = {ln.split()[0]: ln for ln in run("rules", "--config", tmp_path / "s.toml").output.splitlines() if ln}
    assert rows["push-only"].split()[1] == "minor*"
    assert "set in" in run("explain", "push-only", "--config", tmp_path / "s.toml").output


@pytest.mark.parametrize("rule", [r.id for r in rulebook.load_rules()])
def test_explain_gives_rationale_a_firing_example_and_the_question(rule):
    """Every default rule explains itself, and its own example does fire."""
    r = run("explain", rule)
    assert r.exit_code == 0, r.output
    loaded = next(x for x in rulebook.load_rules() if x.id == rule)
    flat = " ".join(r.output.split())
    assert "Why it matters" in r.output and " ".join(loaded.why.split()) in flat
    assert "An example that triggers it (it fires)" in r.output
    assert " ".join(re.sub(r"\{[^}]*\}", "", loaded.question).split()[:4]) in flat


def test_explain_an_unknown_rule_suggests_close_ids():
    r = run("explain", "client-contact")
    assert r.exit_code == 2 and "no-client-contact" in r.output


def test_ratecard_prints_every_figure_with_its_source_and_marks_overrides(tmp_path):
    (tmp_path / "s.toml").write_text('[ratecard]\n"content.article_1000_words" = 5\n')
    out = run("ratecard", "--config", tmp_path / "s.toml").output
    line = next(ln for ln in out.splitlines() if "content.article_1000_words" in ln)
    assert line.startswith(" *") and "5" in line and "s.toml" in line
    social = next(ln for ln in out.splitlines() if "content.social_post " in ln)
    assert "0.5 / 1 / 2.5" in social and "A9" in social
    assert "pricing:" in out


def test_the_readme_worked_example_rule_loads_and_fires(tmp_path):
    """The rule the README walks through is valid and fires on its own example."""
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"```yaml\n(id: [\s\S]+?)```", readme[readme.index("## Writing a rule"):]).group(1)
    rid = re.search(r"^id: (\S+)", block, re.M).group(1)
    folder = _folder(tmp_path, rid, block)
    r = run("explain", rid, "--rules", folder)
    assert r.exit_code == 0 and "(it fires)" in r.output


def test_every_default_rule_has_a_theme():
    assert {r.theme for r in rulebook.load_rules()} <= set(rulebook.THEMES)
