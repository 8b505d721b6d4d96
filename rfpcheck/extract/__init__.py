"""Read what an RFP prescribes: one module per kind of fact, assembled here."""

from __future__ import annotations

from .. import patterns
from ..model import Document, Facts
from ..nlp import sentences
from . import commitments, contact, deliverables, hours, platforms, prebid, signals

patterns.save()  # the first start keeps the patterns it compiled, so later starts need not compile them


def extract(doc: Document) -> Facts:
    """Every fact the contract names, each with the sentences it was read from."""
    sents = sentences(doc)
    found = platforms.extract(sents)
    term = commitments.term(sents)
    clients = contact.clients(sents)
    items = deliverables.extract(sents, tuple(p.id for p in found))
    return Facts(
        platforms=platforms.posted_to(found, items),
        hours=hours.extract(sents, term),
        deliverables=deliverables.without_client_totals(items, clients.count if clients.per_client else None),
        client_contact=contact.contact(sents),
        clients=clients,
        open_ended_scope=signals.open_ended(sents),
        automation=signals.automation(sents),
        engagement=signals.engagement(sents),
        response_time=commitments.response_time(sents),
        budget=commitments.budget(sents),
        term=term,
        setup_budget=signals.setup_budget(sents),
        approvals=prebid.approvals(sents),
        brand_assets=prebid.brand_assets(sents),
        account_access=prebid.account_access(sents),
        guarantees=prebid.guarantees(sents),
        kpis=prebid.kpis(sents),
        renewal=prebid.renewal(sents),
    )
