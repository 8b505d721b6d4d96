"""Generated files are fresh: reports/ and the README's rules table match the code."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _builder():
    spec = importlib.util.spec_from_file_location("build_reports", ROOT / "samples" / "build_reports.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reports_and_readme_are_fresh():
    """Rebuild in memory and compare; run `python samples/build_reports.py` when this fails."""
    builder = _builder()
    assert builder.stale(builder.build()) == []


def test_every_rule_is_in_the_readme():
    from rfpcheck.rules import load_rules

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in load_rules():
        assert f"`{rule.id}`" in readme
