"""rfpcheck: read a social-media RFP and say whether it can work as written.

    import rfpcheck
    report = rfpcheck.check("rfp.pdf")
    report.verdict  # Verdict.DOOMED
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .limits import Limits
    from .model import Document, Report
    from .ratecard import RateCard
    from .rules import Rule
    from .settings import Settings


def check(path: str | Path, *, rules: tuple[Rule, ...] | None = None, card: RateCard | None = None,
          settings: Settings | None = None, limits: Limits | None = None,
          password: str | None = None, ocr: bool | None = None, fast: bool = False) -> Report:
    """Load the document at `path` and check it: facts, estimate, findings, verdict, and the pre-bid advice.

    `rules` and `card` default to the installed ones; `settings` (see `rfpcheck.settings`) give the
    agency's rate and thresholds; build all three once with `settings.rules_and_card` for a batch.
    `limits`, `password` and `ocr` go to `rfpcheck.load.load`; `fast` is ignored (every PDF is read the
    fast way now, tables included) and kept so that older callers run. A file that cannot be read, or that is
    not a social-media RFP at all, raises `InputError`. There is no time limit here: the command line
    runs each check in a worker process it can stop.
    """
    from .limits import Limits
    from .load import load

    doc = load(path, limits=limits or Limits(), password=password, ocr=ocr)
    return check_loaded(doc, rules=rules, card=card, settings=settings)


def check_loaded(doc: Document, *, rules: tuple[Rule, ...] | None = None, card: RateCard | None = None,
                 settings: Settings | None = None, spare_core: bool = False) -> Report:
    """Check a document `rfpcheck.load.load` read, as `check` does: one that is no RFP raises `InputError`.

    `spare_core`: another core is idle, and a long document's extraction may fork a helper onto it.
    """
    from .errors import InputError
    from .relevance import NOT_AN_RFP, recognisable

    report = check_document(doc, rules=rules, card=card, settings=settings, spare_core=spare_core)
    if not recognisable(report.facts, doc.text):
        raise InputError(doc.path, NOT_AN_RFP)
    return report


def check_text(text: str, *, name: str = "<text>", rules: tuple[Rule, ...] | None = None,
               card: RateCard | None = None, settings: Settings | None = None) -> Report:
    """Check a plain-text document given as a string (rule examples, tests, notebooks)."""
    import hashlib

    from .load.text import read_text
    from .model import Document, join_blocks

    full, blocks = join_blocks(read_text(text, markdown=False))
    doc = Document(name, "txt", full, blocks, None, hashlib.sha256(text.encode("utf-8")).hexdigest())
    return check_document(doc, rules=rules, card=card, settings=settings)


def check_document(doc: Document, *, rules: tuple[Rule, ...] | None = None, card: RateCard | None = None,
                   settings: Settings | None = None, spare_core: bool = False) -> Report:
    """Check a loaded document (`spare_core`: as in `check_loaded`)."""
    from . import engine, ratecard
    from . import rules as rulebook
    from .checklist import checklist, recommend
    from .estimate import estimate
    from .extract import extract
    from .model import DocumentInfo, Report, Tool
    from .price import price
    from .proposal import proposal
    from .questions import questions
    from .settings import Settings

    settings = settings or Settings()
    card = card or ratecard.load()
    rules = rules if rules is not None else rulebook.load_rules()
    facts = extract(doc, spare_core=spare_core)
    effort = estimate(facts, card)
    cost = price(facts, effort, card, settings)
    findings = engine.evaluate(rules, facts, effort, cost)
    items = checklist(facts, effort, cost, card, settings)
    return Report(
        tool=Tool("rfpcheck", __version__),
        document=DocumentInfo(doc.path, doc.format, doc.pages, doc.sha256, doc.notes),
        facts=facts, estimate=effort, findings=findings, verdict=engine.verdict(findings),
        price=cost, proposal=proposal(facts, effort, card, cost, settings), questions=questions(findings, rules),
        checklist=items, recommendation=recommend(items, effort, cost, settings), source=doc,
    )
