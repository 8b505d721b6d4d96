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
    from .model import Document, Facts, Report
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


def check_loaded(doc: Document, *, facts: Facts | None = None, rules: tuple[Rule, ...] | None = None,
                 card: RateCard | None = None, settings: Settings | None = None) -> Report:
    """Check a document `rfpcheck.load.load` read, as `check` does: one that is no RFP raises `InputError`.

    `facts`: what `rfpcheck.extract.extract` read from it already (the command reads them in another process).
    """
    from .errors import InputError
    from .relevance import NOT_AN_RFP, recognisable

    report = check_document(doc, facts=facts, rules=rules, card=card, settings=settings)
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


def check_document(doc: Document, *, facts: Facts | None = None, rules: tuple[Rule, ...] | None = None,
                   card: RateCard | None = None, settings: Settings | None = None) -> Report:
    """Check a loaded document (`facts`: as in `check_loaded`)."""
    from . import ratecard
    from . import rules as rulebook
    from .judge import judge
    from .settings import Settings

    if facts is None:
        from .extract import extract

        facts = extract(doc)
    return judge(doc, facts, rules if rules is not None else rulebook.load_rules(), card or ratecard.load(),
                 settings or Settings())
