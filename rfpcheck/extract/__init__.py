"""Read what an RFP prescribes: one module per kind of fact, assembled here."""

from __future__ import annotations

from typing import Any

from .. import forked, patterns
from ..model import Document, Facts
from ..nlp import Sent, sentences
from . import commitments, contact, deliverables, hours, platforms, prebid, signals

patterns.save()  # the first start keeps the patterns it compiled, so later starts need not compile them

# Sentences past which a document's pre-bid facts are worth a helper process (forking and the answer cost about
# 10 ms; the pre-bid facts of 1,000 sentences about 0.07 s). The 200-page benchmark RFP has 2,900.
_WORTH_A_HELPER = 1000


def extract(doc: Document, *, spare_core: bool = False) -> Facts:
    """Every fact the contract names, each with the sentences it was read from.

    With `spare_core`, a long document's pre-bid facts are read by a forked helper while this process reads
    the rest (the helper inherits the sentences; nothing is sent to it).
    """
    sents = sentences(doc)
    helper = forked.start(_prebid, sents) if spare_core and forked.available() and len(sents) >= _WORTH_A_HELPER \
        else None
    try:
        facts = _scope(sents)
        return Facts(**facts, **_from(helper, sents))
    finally:
        forked.stop(helper)


def _scope(sents: list[Sent]) -> dict[str, Any]:
    found = platforms.extract(sents)
    term = commitments.term(sents)
    clients = contact.clients(sents)
    items = deliverables.extract(sents, tuple(p.id for p in found))
    return dict(
        platforms=platforms.posted_to(found, items),
        hours=hours.extract(sents, term),
        deliverables=deliverables.without_client_totals(items, clients.count if clients.per_client else None),
        client_contact=contact.contact(sents),
        clients=clients,
        open_ended_scope=signals.open_ended(sents),
        automation=signals.automation(sents),
        engagement=signals.engagement(sents),
        response_time=commitments.response_time(sents),
        term=term,
    )


def _prebid(sents: list[Sent]) -> dict[str, Any]:
    """The pre-bid facts, and the money ones (about half the extraction's time on a long RFP)."""
    return dict(
        budget=commitments.budget(sents),
        setup_budget=signals.setup_budget(sents),
        approvals=prebid.approvals(sents),
        brand_assets=prebid.brand_assets(sents),
        account_access=prebid.account_access(sents),
        guarantees=prebid.guarantees(sents),
        kpis=prebid.kpis(sents),
        renewal=prebid.renewal(sents),
    )


def _from(helper: forked.Child | None, sents: list[Sent]) -> dict[str, Any]:
    """The pre-bid facts: the helper's answer, or read here (as when a helper dies without one)."""
    if helper is not None:
        try:
            return forked.answer(helper)
        except forked.ChildDied:
            pass
    return _prebid(sents)
