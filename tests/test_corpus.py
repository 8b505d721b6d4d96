"""The labelled corpus meets the accuracy bar, so a change that undoes a hard case fails here."""

from pathlib import Path

import pytest

import rfpcheck
from rfpcheck import ratecard, rules
from rfpcheck.accuracy import TARGETS, evaluate
from rfpcheck.report import to_dict

CORPUS = Path(__file__).resolve().parent.parent / "samples" / "corpus"


@pytest.fixture(scope="module")
def scores():
    loaded, card = rules.load_rules(), ratecard.load()
    return evaluate(CORPUS, lambda path: to_dict(rfpcheck.check(path, rules=loaded, card=card)))


def test_the_corpus_is_big_enough():
    """At least 40 documents, 12 DOCX and 12 PDF, 10 feasible and 10 doomed."""
    import yaml

    labels = [yaml.safe_load(p.read_text()) for p in CORPUS.glob("*.label.yaml")]
    verdicts = [label["verdict"] for label in labels]
    assert len(labels) >= 40 and verdicts.count("feasible") >= 10 and verdicts.count("doomed") >= 10
    assert len(list(CORPUS.glob("*.docx"))) >= 12 and len(list(CORPUS.glob("*.pdf"))) >= 12


@pytest.mark.parametrize("field", sorted(TARGETS))
def test_field_meets_its_target(scores, field):
    value = dict((name, v) for name, _, v in scores.rows())[field]
    assert value >= TARGETS[field], "\n".join(scores.misses)
