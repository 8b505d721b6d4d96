"""Every sample, in every format, gives its expected result; the formats of one document agree."""

from pathlib import Path

import pytest
import yaml

import rfpcheck
from rfpcheck.expectations import misses
from rfpcheck.report import to_dict

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SMOKE = ROOT.parent / "shared" / "smoke"
EXPECTED = sorted(SAMPLES.glob("*.expected.yaml"))
FORMATS = (".txt", ".docx", ".pdf")


def _cases():
    for exp in EXPECTED:
        stem = exp.name.removesuffix(".expected.yaml")
        for suffix in FORMATS:
            yield pytest.param(SAMPLES / f"{stem}{suffix}", exp, id=f"{stem}{suffix}")


@pytest.fixture(scope="module")
def reports():
    cache = {}

    def get(path: Path) -> dict:
        if path not in cache:
            cache[path] = to_dict(rfpcheck.check(path))
        return cache[path]

    return get


def test_there_are_enough_samples():
    """The seed, its retelling, and a feasible, an at-risk and a doomed RFP, each in three formats."""
    verdicts = {yaml.safe_load(e.read_text())["verdict"] for e in EXPECTED}
    assert len(EXPECTED) >= 5 and verdicts == {"feasible", "at-risk", "doomed"}
    for exp in EXPECTED:
        stem = exp.name.removesuffix(".expected.yaml")
        assert all((SAMPLES / f"{stem}{s}").exists() for s in FORMATS), stem


@pytest.mark.parametrize("path,expected", list(_cases()))
def test_sample_gives_its_expected_result(reports, path, expected):
    assert misses(reports(path), yaml.safe_load(expected.read_text())) == []


def _facts(report: dict) -> dict:
    """The facts without evidence offsets, which differ between formats by design."""
    f = report["facts"]
    return {
        "platforms": [(p["id"], p["tasks"]) for p in f["platforms"]],
        "hours": f["hours"] and f["hours"]["per_month"],
        "deliverables": sorted((d["type"], d["per_month"], d["words"]) for d in f["deliverables"]),
        "client_contact": f["client_contact"]["allowed"],
        "clients": (f["clients"]["count"], f["clients"]["per_client"]),
        "open_ended": len(f["open_ended_scope"]),
        "automation": sorted(a["kind"] for a in f["automation"]),
        "engagement": [f["engagement"][k] for k in ("listening", "responding", "engaging")],
        "response_time": f["response_time"] and f["response_time"]["hours"],
        "budget": f["budget"] and f["budget"]["per_month"],
        "term": f["term"] and f["term"]["months"],
        "findings": sorted(x["rule"] for x in report["findings"]),
        "verdict": report["verdict"],
    }


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda p: p.name.removesuffix(".expected.yaml"))
def test_the_three_formats_give_the_same_facts(reports, expected):
    stem = expected.name.removesuffix(".expected.yaml")
    txt, docx, pdf = (_facts(reports(SAMPLES / f"{stem}{s}")) for s in FORMATS)
    assert txt == docx == pdf


def test_pdf_evidence_has_pages(reports):
    """Every quote from a PDF names its page, and the quote is the text at its offsets."""
    report = reports(SAMPLES / "seed-rfp.pdf")
    doc = __import__("rfpcheck.load", fromlist=["load"]).load(SAMPLES / "seed-rfp.pdf")
    for finding in report["findings"]:
        for ev in finding["evidence"]:
            assert ev["page"] in (1, 2, 3)
            assert doc.text[ev["start"]:ev["end"]] == ev["quote"]


@pytest.mark.skipif(not (SMOKE / "expected.yaml").exists(), reason="../shared/smoke is not beside this checkout")
def test_smoke_brief(reports):
    """The shared smoke brief, written in words this project was not tuned on."""
    assert misses(reports(SMOKE / "marketer-brief.txt"), yaml.safe_load((SMOKE / "expected.yaml").read_text())) == []


BRIEFS = sorted((ROOT / "tests" / "briefs").glob("*.expected.yaml"))


@pytest.mark.parametrize("expected", BRIEFS, ids=lambda p: p.name.removesuffix(".expected.yaml"))
def test_briefs_written_by_a_new_user(reports, expected):
    """Six briefs in genres and words a new user wrote, with readings set down before any run."""
    doc = expected.with_name(expected.name.removesuffix(".expected.yaml") + ".txt")
    assert misses(reports(doc), yaml.safe_load(expected.read_text())) == []
