"""From a document's facts to its report: the estimate, the price, the findings and verdict, the questions and
the pre-bid advice."""

from __future__ import annotations

from . import __version__, engine
from .checklist import checklist, recommend
from .estimate import estimate
from .model import Document, DocumentInfo, Facts, Report, Tool
from .price import price
from .proposal import proposal
from .questions import questions
from .ratecard import RateCard
from .rules import Rule
from .settings import Settings


def judge(doc: Document, facts: Facts, rules: tuple[Rule, ...], card: RateCard, settings: Settings) -> Report:
    """The report on `doc`, whose facts `rfpcheck.extract.extract` read."""
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
