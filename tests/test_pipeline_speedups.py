"""The pipeline built fast (its tokenizer rules in the language defaults, so spaCy loads its special cases
once) tokenizes and splits sentences exactly as the pipeline built the slow way did."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from rfpcheck.nlp import STATE_ABBREVIATIONS, _english, pipeline

CORPUS = Path(__file__).resolve().parent.parent / "samples" / "corpus"
PIECES = ["Hello", "world", ".", "!", "?", '"', "'", ")", "(", "...", "。", "word", "3", "-", ",", ";", ":", "\n",
          "a", "B", "?!", "‼", "Mass.", "approx.", "24/7", "8)", "X.", "10hrs/month", "3x/week", "8–10", "~500"]


def _slow_pipeline():
    """The pipeline as it was built before: spaCy's blank English, then each rule set on its tokenizer."""
    import spacy
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    nlp = spacy.blank("en")
    defaults = _english().Defaults
    nlp.tokenizer.prefix_search = compile_prefix_regex(defaults.prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(defaults.suffixes).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(defaults.infixes).finditer
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in STATE_ABBREVIATIONS}
    nlp.tokenizer.add_special_case("24/7", [{"ORTH": "24/7"}])
    nlp.tokenizer.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])
    nlp.tokenizer.add_special_case("8)", [{"ORTH": "8"}, {"ORTH": ")"}])
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("quoted_exclamations")
    return nlp


@pytest.fixture(scope="module")
def slow():
    pipeline()  # registers the quoted_exclamations component
    return _slow_pipeline()


def _texts() -> list[str]:
    rng = random.Random(7)
    made = [" ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))) for _ in range(1500)]
    corpus = sorted(CORPUS.glob("*.txt"))[::25]  # every 25th corpus text: real RFP prose of every kind
    return made + [p.read_text(encoding="utf-8") for p in corpus]


def test_tokens_and_sentence_starts_are_unchanged(slow) -> None:
    fast = pipeline()
    for text in _texts():
        new, old = fast(text), slow(text)
        assert [t.text for t in new] == [t.text for t in old], text[:80]
        assert [t.is_sent_start for t in new] == [t.is_sent_start for t in old], text[:80]


def test_an_empty_text_has_no_sentences() -> None:
    assert list(pipeline()("").sents) == []


def test_the_tokenizer_expressions_are_spacys_own() -> None:
    """Compiled through the pattern store, the tokenizer's three expressions are the ones spaCy's own factory
    would compile from the same defaults."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    tokenizer, defaults = pipeline().tokenizer, _english().Defaults
    assert tokenizer.prefix_search.__self__.pattern == compile_prefix_regex(defaults.prefixes).pattern
    assert tokenizer.suffix_search.__self__.pattern == compile_suffix_regex(defaults.suffixes).pattern
    assert tokenizer.infix_finditer.__self__.pattern == compile_infix_regex(defaults.infixes).pattern
