"""Hostile rule files, rate cards and settings: each fails in one line naming the file (and rule and field),
and none can read files, import, run code, or make a check loop or blow up."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from rfpcheck import ratecard as cards
from rfpcheck import rules as rulebook
from rfpcheck.cli import main
from rfpcheck.errors import RuleError

SEED = Path(__file__).resolve().parent.parent / "samples" / "seed-rfp.txt"
HEAD = """\
id: evil
severity: major
title: Evil
message: A message.
question: A question?
"""


def _macros(depth: int) -> str:
    return "".join(f"[1.0, 2.0].all(x{i}, " for i in range(depth)) + "true" + ")" * depth


# (name, rule file text, what the error says)
HOSTILE = [
    ("reads-a-file", HEAD + "when: 'open(\"/etc/passwd\") == \"root\"'\n", "'open' is not a field or function"),
    ("imports", HEAD + "when: '__import__(\"os\").system(\"touch pwned\") == 0.0'\n", "not a field or function"),
    ("python-tag", HEAD + "when: !!python/object/apply:os.system ['touch pwned']\n", "could not determine a constructor"),
    ("python-name", HEAD + "when: !!python/name:os.system\n", "could not determine a constructor"),
    ("alias-bomb", HEAD.replace("id: evil", "id: &a evil") + "when: 'true'\nwhy: *a\n", "aliases"),
    ("billion-laughs", HEAD + "when: 'true'\nexamples:\n  fires: &l0 ['lol', 'lol']\n"
     + "".join(f"  passes{i}: &l{i} [*l{i - 1}, *l{i - 1}]\n" for i in range(1, 30)), "aliases"),
    ("nested-macros", HEAD + f"when: '{_macros(3)}'\n", "nests list macros"),
    ("deep-brackets", HEAD + "when: '" + "(" * 500 + "true" + ")" * 500 + "'\n", "nests brackets more than"),
    ("long-condition", HEAD + "when: '" + " || ".join(["true"] * 600) + "'\n", "a condition may have at most"),
    ("long-list", HEAD + "when: '1.0 in [" + ", ".join(f"{i}.0" for i in range(150)) + "]'\n", "a list of more than"),
    ("operator-chain", HEAD + "when: '" + "+".join(["1.0"] * 450) + " > 0.0'\n", "nests its operators too deeply"),
    ("negation-chain", HEAD + "when: '" + "!" * 1500 + "true'\n", "nests its operators too deeply"),
    ("deep-yaml", HEAD + "when: 'true'\nwhy: " + "[" * 3000 + "1" + "]" * 3000 + "\n", "nests too deeply"),
    ("not-text", HEAD + "when: [1, 2]\n", "when must be text"),
    ("not-boolean", HEAD + "when: 'facts.platforms'\n", "must give true or false"),
    ("severity-when-code", HEAD + "when: 'true'\nseverity_when:\n  critical: 'dyn(exec)'\n", "not a field or function"),
    ("template-attribute", HEAD.replace("A message.", "'{facts.__class__.__init__.__globals__}'")
     + "when: 'true'\n", "unknown field facts.__class__"),
]


@pytest.mark.parametrize(("name", "text", "said"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_hostile_rule_file_is_refused_in_one_line(tmp_path: Path, name: str, text: str, said: str) -> None:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "evil.yaml").write_text(text)
    with pytest.raises(RuleError) as caught:
        rulebook.load_rules([folder])
    message = str(caught.value)
    assert message.startswith(f"{folder / 'evil.yaml'}: ") and "\n" not in message
    assert said in message
    assert not Path("pwned").exists() and not (tmp_path / "pwned").exists()


def test_the_two_macro_levels_a_real_rule_needs_still_load(tmp_path: Path) -> None:
    (tmp_path / "evil.yaml").write_text(HEAD + f"when: '{_macros(2)}'\n")
    (rule,) = rulebook.load_rules([tmp_path])
    assert rule.id == "evil"


def test_an_oversized_rule_file_is_refused_unread(tmp_path: Path) -> None:
    (tmp_path / "evil.yaml").write_text(HEAD + "when: 'true'\nwhy: " + "x" * 300_000 + "\n")
    with pytest.raises(RuleError, match="over 256 KB"):
        rulebook.load_rules([tmp_path])


def test_a_rate_card_with_aliases_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "card.yaml"
    path.write_text(cards.default_path().read_text().replace("setup:", "setup: &s", 1) + "\nextra: *s\n")
    with pytest.raises(RuleError, match="aliases"):
        cards.load(path)


@pytest.mark.parametrize(("toml", "said"), [
    ("rate = 'DROP TABLE'", "rate must be a number"),
    ("[limits]\ntimeout = -1", "limits.timeout must be a number, not negative"),
    ("[limits]\nmax_pages = 2.5", "limits.max_pages must be a whole number"),
    ("[limits]\nmemory = 1", "unknown key limits.memory"),
    ("rules = ['/nonexistent/rules']", "which is not a folder"),
    ("rate = inf", "rate must be a number"),
    ("[limits]\ntimeout = 3e12", "limits.timeout is too large"),
    ("x = \"\\u0000\"\n[[", "not valid TOML"),
])
def test_a_hostile_settings_file_is_one_line_naming_the_key(tmp_path: Path, toml: str, said: str) -> None:
    config = tmp_path / "rfpcheck.toml"
    config.write_text(toml)
    r = CliRunner().invoke(main, ["check", str(SEED), "--config", str(config)])
    assert r.exit_code == 2
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"rfpcheck: error: {config}: ") and said in lines[0], r.output
