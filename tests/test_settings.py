"""Agency settings (rfpcheck.toml): validation, rules and rate-card overrides, and their effect on a report."""

import json
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from rfpcheck import ratecard, settings
from rfpcheck import rules as rulebook
from rfpcheck.cli import main
from rfpcheck.errors import SettingsError
from rfpcheck.model import Severity

SEED = Path(__file__).resolve().parent.parent / "samples" / "seed-rfp.txt"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize("toml,named", [
    ("rat = 50", "'rat'"),
    ("rate = 'fifty'", "rate"),
    ("rate = 0", "rate"),
    ("rate = -5", "rate"),
    ("currency = 'dollars'", "currency"),
    ("disable = 'push-only'", "disable"),
    ("rules = [1, 2]", "rules"),
    ("[severity]\n'push-only' = 'fatal'", "severity.push-only"),
    ("[ratecard]\n'content.social_post' = 'one hour'", "ratecard.content.social_post"),
    ("[ratecard]\n'content.social_post' = [3, 2, 1]", "ratecard.content.social_post"),
    ("[ratecard]\n'content.social_post' = [1, 2]", "ratecard.content.social_post"),
    ("[thresholds]\nno_bid_fails = 3", "thresholds.no_bid_fails"),
    ("[thresholds]\nno_bid_failures = 2.5", "thresholds.no_bid_failures"),
    ("[thresholds]\nno_bid_chance = 5", "thresholds.no_bid_chance"),
    ("rate = [", "TOML"),
])
def test_invalid_settings_name_the_key(tmp_path, toml, named):
    """Each bad setting fails on load with the file and the key in the message."""
    path = tmp_path / "rfpcheck.toml"
    path.write_text(toml)
    with pytest.raises(SettingsError) as e:
        settings.load(path)
    assert named in str(e.value) and str(path) in str(e.value)


def test_the_init_template_loads_with_the_defaults():
    """What `rfpcheck init` writes is valid and carries the default thresholds."""
    s = settings.parse(tomllib.loads(settings.template(65, "GBP")))
    assert (s.rate, s.currency, s.thresholds) == (65.0, "GBP", settings.Thresholds())


def test_the_nearest_settings_file_is_found_in_a_parent(tmp_path):
    (tmp_path / "rfpcheck.toml").write_text("rate = 90")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert settings.find(deep) == (tmp_path / "rfpcheck.toml").resolve()
    assert settings.find(Path("/")) is None or settings.find(Path("/")).parent == Path("/")


def test_disable_and_severity_change_the_rules():
    """A disabled rule is gone; a re-graded one has the agency's severity and no severity_when."""
    rules = rulebook.load_rules()
    s = settings.Settings(disable=("push-only",), severity=(("hours-below-estimate", Severity.MINOR),))
    applied = {r.id: r for r in settings.apply_to_rules(rules, s)}
    assert "push-only" not in applied
    assert applied["hours-below-estimate"].severity == Severity.MINOR and applied["hours-below-estimate"].severity_when == ()


@pytest.mark.parametrize("key", ["disable", "severity"])
def test_an_unknown_rule_id_in_the_settings_is_an_error(key):
    s = settings.Settings(disable=("no-such-rule",)) if key == "disable" else \
        settings.Settings(severity=(("no-such-rule", Severity.MINOR),))
    with pytest.raises(SettingsError, match=f"{key} names 'no-such-rule'"):
        settings.apply_to_rules(rulebook.load_rules(), s)


def test_one_number_overrides_the_expected_figure_and_scales_low_and_high():
    card = ratecard.load()
    old = card.content["article_1000_words"].hours
    new = ratecard.with_overrides(card, (("content.article_1000_words", (7.0,)),), "mine.toml")
    t = new.content["article_1000_words"].hours
    assert t.expected == 7.0 and t.low == pytest.approx(old.low * 2) and t.high == pytest.approx(old.high * 2)
    assert "mine.toml" in new.content["article_1000_words"].source
    assert new.overrides == ("content.article_1000_words",)
    assert card.content["article_1000_words"].hours == old  # the loaded card is not changed


def test_three_numbers_and_cadence_overrides():
    card = ratecard.load()
    new = ratecard.with_overrides(card, (("per_platform_per_month.monitoring", (1.0, 2.0, 3.0)),
                                         ("cadence.instagram", (5.0,))), "x")
    assert new.per_platform["monitoring"].hours.high == 3.0 and new.cadence["instagram"].posts_per_week == 5.0


def test_an_unknown_ratecard_key_names_it():
    with pytest.raises(SettingsError, match="ratecard.content.tweet is not a rate-card figure"):
        settings.rules_and_card(settings.Settings(ratecard=(("content.tweet", (1.0,)),)))


def test_a_settings_file_changes_the_report(tmp_path):
    """Rate, one rate-card figure and a disabled rule: the fee, the estimate and the findings follow."""
    before = json.loads(run("check", SEED, "-f", "json", "--config", _write(tmp_path / "empty.toml", "")).output)
    config = _write(tmp_path / "rfpcheck.toml", 'rate = 100\ncurrency = "EUR"\ndisable = ["push-only"]\n'
                                                '[ratecard]\n"content.email_campaign" = 20\n')
    after = json.loads(run("check", SEED, "-f", "json", "--config", config).output)
    assert after["price"]["rate"] == 100 and after["price"]["currency"] == "EUR"
    assert after["price"]["fee_per_month"]["expected"] == pytest.approx(after["estimate"]["hours_per_month"]["expected"] * 100, abs=1)
    line = lambda r: next(ln for ln in r["estimate"]["lines"] if "email campaign" in ln["task"])  # noqa: E731
    assert line(before)["hours"]["expected"] == 8 and line(after)["hours"]["expected"] == 20
    assert after["estimate"]["hours_per_month"]["expected"] > before["estimate"]["hours_per_month"]["expected"]
    assert "push-only" in {f["rule"] for f in before["findings"]} - {f["rule"] for f in after["findings"]}


def test_the_nearest_rfpcheck_toml_is_used_without_config(tmp_path, monkeypatch):
    _write(tmp_path / "rfpcheck.toml", "rate = 123\n")
    monkeypatch.chdir(tmp_path)
    assert json.loads(run("check", SEED, "-f", "json").output)["price"]["rate"] == 123


def test_a_bad_settings_file_stops_the_check_with_one_line(tmp_path):
    r = run("check", SEED, "--config", _write(tmp_path / "bad.toml", "[thresholds]\nfoo = 1\n"))
    assert r.exit_code == 2 and "bad.toml" in r.output and "thresholds.foo" in r.output
    assert len(r.output.strip().splitlines()) == 1 and "Traceback" not in r.output


def test_init_writes_a_settings_file_once(tmp_path):
    r = run("init", tmp_path, "--rate", "85", "--currency", "gbp")
    assert r.exit_code == 0, r.output
    s = settings.load(tmp_path / "rfpcheck.toml")
    assert (s.rate, s.currency) == (85.0, "GBP")
    again = run("init", tmp_path)
    assert again.exit_code == 2 and "already exists" in again.output
    assert run("init", tmp_path, "--force").exit_code == 0


def _write(path, text):
    path.write_text(text)
    return path


def test_a_missing_rule_folder_in_the_settings_names_the_file_and_key(tmp_path):
    config = _write(tmp_path / "rfpcheck.toml", 'rules = ["nowhere"]\n')
    r = run("check", SEED, "--config", config)
    assert r.exit_code == 2 and "rfpcheck.toml" in r.output and "rules names" in r.output and "nowhere" in r.output


@pytest.mark.parametrize("value", ["1e300", "0.0", "0.001"])
def test_an_absurd_rate_is_refused(tmp_path, value):
    path = _write(tmp_path / "rfpcheck.toml", f"rate = {value}\n")
    with pytest.raises(SettingsError, match="rate must be your hourly rate"):
        settings.load(path)


def test_an_overhead_share_above_one_is_refused():
    with pytest.raises(SettingsError, match="share of delivery hours"):
        settings.rules_and_card(settings.Settings(ratecard=(("overhead_share.planning_strategy", (5.0,)),)))


def test_the_readme_settings_example_loads_and_its_limits_are_the_defaults():
    from rfpcheck.limits import Limits

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Agency settings")[1].split("```toml")[1].split("```")[0]
    loaded = settings.parse(tomllib.loads(block))
    assert loaded.limits == Limits() and loaded.rate == 75
