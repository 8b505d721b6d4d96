"""The accuracy benchmark scores labelled documents and lists every miss."""

import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner

import rfpcheck
from rfpcheck.accuracy import F1, evaluate
from rfpcheck.cli import main
from rfpcheck.report import to_dict

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED_LABEL = {
    "genre": "agency-email", "formats": ["txt", "pdf"],
    "platforms": ["facebook", "linkedin", "x", "youtube"], "hours_per_month": [8, 10],
    "client_contact_allowed": False, "clients": {"count": None, "per_client": True},
    "deliverables": [{"type": "article", "per_month": 2, "words": 500}, {"type": "email_campaign", "per_month": 1}],
    "findings": ["hours-below-estimate", "no-client-contact", "open-ended-scope", "per-client-multiplier", "push-only",
                 "setup-and-manage-in-one-budget", "youtube-without-video"],
    "verdict": "doomed",
}


def _folder(tmp_path: Path, label: dict) -> Path:
    for suffix in (".txt", ".pdf"):
        shutil.copy(SAMPLES / f"seed-rfp{suffix}", tmp_path / f"seed{suffix}")
    (tmp_path / "seed.label.yaml").write_text(yaml.safe_dump(label))
    return tmp_path


def _check(path):
    return to_dict(rfpcheck.check(path))


def test_a_correct_label_scores_full_marks(tmp_path):
    scores = evaluate(_folder(tmp_path, SEED_LABEL), _check)
    assert all(v == 1.0 for _, _, v in scores.rows()), scores.misses
    assert scores.misses == [] and set(scores.seconds) == {"seed.txt", "seed.pdf"}


def test_wrong_labels_lower_the_scores_and_are_listed(tmp_path):
    label = {**SEED_LABEL, "platforms": ["facebook", "linkedin", "x", "tiktok"], "verdict": "feasible",
             "hours_per_month": [8, 12], "findings": SEED_LABEL["findings"][:-1]}
    scores = evaluate(_folder(tmp_path, label), _check)
    values = {name: v for name, _, v in scores.rows()}
    assert values["platforms"] == 0.75 and values["verdict"] == 0.0 and values["hours per month"] == 0.0
    assert values["finding ids"] < 1.0
    assert any("tiktok" in m for m in scores.misses) and any("verdict" in m for m in scores.misses)


def test_f1_counts():
    from collections import Counter

    f = F1()
    f.add(Counter(["a", "b"]), Counter(["a", "c"]))
    assert (f.tp, f.fp, f.fn) == (1, 1, 1) and f.value == 0.5


def test_eval_command_prints_the_table_and_timing(tmp_path):
    r = CliRunner().invoke(main, ["eval", str(_folder(tmp_path, SEED_LABEL))])
    assert r.exit_code == 0, r.output
    assert "| platforms | F1 | 1.000 | >= 0.97 |" in r.output and "2 documents in" in r.output


def test_eval_refuses_a_folder_without_labels_and_bad_labels(tmp_path):
    r = CliRunner().invoke(main, ["eval", str(tmp_path)])
    assert r.exit_code == 2 and "no *.label.yaml" in r.output
    (tmp_path / "x.label.yaml").write_text("platforms: [unclosed\n")
    r = CliRunner().invoke(main, ["eval", str(tmp_path)])
    assert r.exit_code == 2 and "x.label.yaml" in r.output and "Traceback" not in r.output


def test_a_document_that_cannot_be_checked_is_a_miss(tmp_path):
    folder = _folder(tmp_path, SEED_LABEL)
    (folder / "seed.pdf").write_text("not a pdf")
    scores = evaluate(folder, _check)
    assert any("seed.pdf: could not be checked" in m for m in scores.misses) and "seed.txt" in scores.seconds
