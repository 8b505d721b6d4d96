"""The pre-bid checklist and the bid / no-bid recommendation drawn from it.

In the spirit of the Shipley and APMP bid gates: each item is a question
an agency answers before it commits, marked pass, fail or unknown from
what the document says, with the quote that decided it. Unknown is not a
fail: it is something to ask before the question deadline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .estimate import posts_per_week
from .model import CheckItem, Estimate, Evidence, Facts, Platform, Price, Recommendation, in_order
from .ratecard import RateCard
from .report_words import a_chance, hours, plural
from .settings import Settings, Thresholds

PASS, FAIL, UNKNOWN = "pass", "fail", "unknown"
# "grow followers by 25%", "reach 10,000 followers": a number tied to a follower count
FOLLOWER_TARGET = re.compile(r"\bfollow(?:ers?|ing)\b[^.;]{0,60}?\d|\d[\d,.]*\s*(?:%|percent|k\b)?[^.;]{0,40}?\bfollow(?:ers?|ing)\b", re.I)


@dataclass(frozen=True)
class Inputs:
    facts: Facts
    estimate: Estimate
    price: Price | None
    card: RateCard
    thresholds: Thresholds


@dataclass(frozen=True)
class Judgement:
    status: str
    note: str  # why, in words
    evidence: tuple[Evidence, ...] = ()
    question: str | None = None  # a sharper question than the item's own, from the document's facts


@dataclass(frozen=True)
class Check:
    id: str
    item: str
    condition: str  # what a conditional bid asks for when this is not a pass
    question: str
    judge: Callable[[Inputs], Judgement]


def _client_access(i: Inputs) -> Judgement:
    c = i.facts.client_contact
    if c.allowed is None:
        return Judgement(UNKNOWN, "the document does not say whether we may talk with the client")
    if c.allowed:
        return Judgement(PASS, "contact with the client is allowed", c.evidence)
    return Judgement(FAIL, "contact with the client is forbidden" + (f" (\u201c{c.cue}\u201d)" if c.cue else ""), c.evidence)


def _hours(i: Inputs) -> Judgement:
    expected = i.estimate.hours_per_month.expected
    h, p, budget = i.facts.hours, i.price, i.facts.budget
    if h is not None:
        stated, odds, ev, what = h.per_month.max, i.estimate.chance_hours_suffice, h.evidence, "stated"
    elif p is not None and p.hours_budget_buys is not None and budget is not None:
        stated, odds, ev, what = p.hours_budget_buys, p.chance_budget_suffices, budget.evidence, "bought by the budget"
    elif budget is not None:
        why = p.note if p is not None and p.note else "it cannot be put per month"
        return Judgement(UNKNOWN, f"a money budget is stated, but not as hours: {why}", budget.evidence,
                         "What does the budget cover per month, and in which currency?")
    else:
        return Judgement(UNKNOWN, "neither hours nor a money budget is stated")
    if not expected:
        return Judgement(UNKNOWN, f"{hours(stated)} a month {what}, but the scope names no work to cost", ev)
    note = f"{hours(stated)} a month {what} against about {hours(expected)} expected"
    likely = i.estimate.likely_hours_per_month
    if likely is not None:
        note += f" ({hours(likely.p50, unit=False)} the median month)"
    if odds is None:  # no odds to go by: judge on the expected hours
        return Judgement(PASS if stated >= expected else FAIL, note, ev)
    note += f"; {a_chance(odds)} they suffice"
    return Judgement(PASS if odds >= i.thresholds.suffice_chance else FAIL, note, ev)


def _scope(i: Inputs) -> Judgement:
    open_ended = i.facts.open_ended_scope
    if open_ended:
        phrases = ", ".join(f"\u201c{p.phrase}\u201d" for p in open_ended[:3])
        return Judgement(FAIL, f"open-ended scope: {phrases}", tuple(e for p in open_ended for e in p.evidence))
    if not i.facts.platforms and not i.facts.deliverables:
        return Judgement(UNKNOWN, "no platforms or deliverables found to bound the scope")
    return Judgement(PASS, "no open-ended scope phrase found (\u201cnot limited to\u201d, \u201cany and all\u201d, \u201cas needed\u201d)")


def _has_cadence(p: Platform, i: Inputs) -> bool:
    """Posts a week stated for it, or, for a video platform, videos the plan counts for it."""
    if p.id == "google_business" or posts_per_week(p, i.facts, i.card)[0] is not None:
        return True
    cadence = i.card.cadence.get(p.id)
    videos = [d for d in i.facts.deliverables if d.type == "video" and d.per_month]
    return bool(cadence and cadence.unit in ("video", "youtube_video")
                and any(p.id in d.platforms or not d.platforms and cadence.unit == "youtube_video" for d in videos))


def _cadence(i: Inputs) -> Judgement:
    platforms = i.facts.platforms
    if not platforms:
        return Judgement(UNKNOWN, "no platform is named")
    ev = tuple(e for p in platforms for e in p.evidence)
    missing = [p.name for p in platforms if not _has_cadence(p, i)]
    if missing:
        names = ", ".join(missing[:-1]) + (" and " if len(missing) > 1 else "") + missing[-1]
        return Judgement(UNKNOWN, f"{plural(len(platforms), 'platform')} named; no posting cadence for {names}", ev,
                         f"How many posts a week are expected on {names}?")
    return Judgement(PASS, f"{plural(len(platforms), 'platform')} named, each with a cadence", ev)


def _deliverables(i: Inputs) -> Judgement:
    counted = [d for d in i.facts.deliverables if d.per_month]
    if not counted:
        return Judgement(UNKNOWN, "no counted recurring deliverable found")
    return Judgement(PASS, f"{plural(len(counted), 'deliverable')} counted per period", tuple(e for d in counted for e in d.evidence))


def _approvals(i: Inputs) -> Judgement:
    a, contact = i.facts.approvals, i.facts.client_contact
    if contact.allowed is False:
        return Judgement(FAIL, "approvals go through a relay: we may not reach the client who approves", contact.evidence)
    if a is None:
        return Judgement(UNKNOWN, "the document does not say who approves content or how fast")
    if a.turnaround_hours is None:
        return Judgement(UNKNOWN, "approval is mentioned, its turnaround is not", a.evidence)
    t = a.turnaround_hours
    said = plural(t / 24, "day") if t >= 24 and t % 24 == 0 else hours(t)
    return Judgement(PASS, f"approval turnaround stated: {said}", a.evidence)


def _provision(attr: str, what: str) -> Callable[[Inputs], Judgement]:
    def judge(i: Inputs) -> Judgement:
        p = getattr(i.facts, attr)
        if p.provided is None:
            return Judgement(UNKNOWN, f"the document does not say whether the client provides {what}")
        cue = f" (\u201c{p.cue}\u201d)" if p.cue else ""
        if p.partly:
            return Judgement(UNKNOWN, f"the client provides some {what}, not all{cue}", p.evidence)
        if p.provided:
            return Judgement(PASS, f"the client provides {what}{cue}", p.evidence)
        return Judgement(FAIL, f"the client does not provide {what}{cue}", p.evidence)
    return judge


def _kpis(i: Inputs) -> Judgement:
    f = i.facts
    if f.guarantees:
        phrases = ", ".join(f"\u201c{g.phrase}\u201d" for g in f.guarantees[:3])
        return Judgement(FAIL, f"guaranteed outcomes demanded: {phrases}", tuple(e for g in f.guarantees for e in g.evidence))
    measured = tuple(e for k in f.kpis for e in k.evidence) + \
        tuple(e for d in f.deliverables if d.type == "report" for e in d.evidence)
    targets = tuple(e for e in measured if FOLLOWER_TARGET.search(e.quote))
    if targets:
        return Judgement(UNKNOWN, "a follower-count target is set; it is not said whether it is a goal or a condition",
                         targets, "Is the follower-count target a goal we report against, or a condition of payment?")
    if measured:
        return Judgement(PASS, "reporting and its measures stated, no guaranteed outcome", measured)
    return Judgement(UNKNOWN, "no reporting or measures stated")


def _response(i: Inputs) -> Judgement:
    r, staffing, h, p = i.facts.response_time, i.estimate.response_staffing_hours, i.facts.hours, i.price
    if r is None:
        return Judgement(PASS, "no response time or coverage promised")
    on_hand = hours(staffing or 0)
    if h is not None:
        available, what = h.per_month.max, "are stated"
    elif p is not None and p.hours_budget_buys is not None:
        available, what = p.hours_budget_buys, "are what the budget buys"
    else:
        return Judgement(UNKNOWN, f"a response time is promised ({on_hand} a month on hand) and no hours are stated", r.evidence)
    if staffing is not None and staffing > available:
        return Judgement(FAIL, f"being on hand for it takes {on_hand} a month; {hours(available)} {what}", r.evidence)
    return Judgement(PASS, f"the promised response time fits the hours ({on_hand} on hand; {hours(available)} {what})", r.evidence)


def _term(i: Inputs) -> Judgement:
    t, renewal = i.facts.term, i.facts.renewal
    ev = (t.evidence if t else ()) + (renewal.evidence if renewal else ())
    if t is None:
        return Judgement(UNKNOWN, "no contract term stated" + ("; renewal terms are" if renewal else ""), ev)
    return Judgement(PASS, f"a {t.months:g}-month term" + (", with renewal terms" if renewal else ", renewal not stated"), ev)


def _clients(i: Inputs) -> Judgement:
    c, h = i.facts.clients, i.facts.hours
    if not c.per_client:
        return Judgement(PASS, "one client")
    if h is not None and h.per_client:
        return Judgement(PASS, "the work repeats for each client and so do the hours", c.evidence + h.evidence)
    count = f"{c.count} clients" if c.count else "an unstated number of clients"
    return Judgement(FAIL, f"the work repeats for {count} while the hours do not", c.evidence)


CHECKS = (
    Check("client-access", "Direct access to the client", "direct access to a named client contact",
          "Who on the client side will we work with directly, and how quickly do they answer?", _client_access),
    Check("hours-budget", "Hours or budget stated and sufficient", "hours and fee matched to the scope",
          "What monthly budget, in hours or money, is set aside for this scope?", _hours),
    Check("scope-bounded", "Scope bounded", "a closed list of tasks, with anything else quoted separately",
          "Is the list of tasks complete, with anything else agreed and priced separately?", _scope),
    Check("platforms-cadence", "Platforms and cadence stated", "the posting cadence for each platform",
          "How many posts a week are expected on each platform?", _cadence),
    Check("deliverables-counted", "Deliverables counted", "counted deliverables per month",
          "Which pieces of content are expected each month, and how many of each?", _deliverables),
    Check("approvals", "Approvals and turnaround stated", "a named approver with an approval turnaround",
          "Who approves content, and within how many business days?", _approvals),
    Check("brand-assets", "Brand assets and guidelines provided", "brand guidelines, logos and photos supplied",
          "Will you supply brand guidelines, logos and a photo library, or is branding a separate line?",
          _provision("brand_assets", "brand assets or guidelines")),
    Check("account-access", "Account ownership and logins", "admin access to accounts the client owns",
          "Who owns the accounts, and will we get admin access to each?",
          _provision("account_access", "access to the accounts")),
    Check("kpis-realistic", "Reporting and KPIs realistic", "measures reported, no guaranteed follower counts",
          "Which business outcomes will be measured, over what period, without guaranteed follower numbers?", _kpis),
    Check("response-staffable", "Response-time expectations staffable", "a response time the hours can staff",
          "What response time is expected, on which days and hours, and is out-of-hours cover paid separately?", _response),
    Check("term-renewal", "Term and renewal stated", "the contract term and its renewal terms",
          "How long is the contract, and on what terms is it renewed or ended?", _term),
    Check("clients", "Number of clients", "hours for each client covered",
          "How many clients or brands does the work cover, and do the hours apply to each?", _clients),
)
# Items a bid cannot be priced without: unknown, they make the bid conditional however few the unknowns.
MUST_KNOW = ("hours-budget",)


def checklist(facts: Facts, estimate: Estimate, price: Price | None, card: RateCard,
              settings: Settings) -> tuple[CheckItem, ...]:
    inputs = Inputs(facts, estimate, price, card, settings.thresholds)
    items = []
    for c in CHECKS:
        j = c.judge(inputs)
        unique = in_order(j.evidence)
        question = None if j.status == PASS else (j.question or c.question)
        items.append(CheckItem(c.id, c.item, j.status, unique, j.note, question))
    return tuple(items)


def recommend(items: tuple[CheckItem, ...], estimate: Estimate, price: Price | None, settings: Settings) -> Recommendation:
    """Bid, bid with conditions, or no bid, with the reasons and the conditions a bid must state."""
    t = settings.thresholds
    by_id = {i.id: i for i in items}
    fails = [i for i in items if i.status == FAIL]
    unknowns = [i for i in items if i.status == UNKNOWN]
    condition = {c.id: c.condition for c in CHECKS}
    blockers = []
    if by_id["client-access"].status == FAIL:
        blockers.append("the plan forbids contact with the client, so nobody can approve, answer or brief")
    odds, what = estimate.chance_hours_suffice, "the stated hours have"
    if odds is None and price is not None:
        odds, what = price.chance_budget_suffices, "the hours the budget buys have"
    if by_id["hours-budget"].status == FAIL and odds is not None and odds < t.no_bid_chance:
        blockers.append(f"{what} {a_chance(odds)} of covering the scope")
    if blockers or len(fails) >= t.no_bid_failures:
        reasons = blockers + ([f"{len(fails)} of {len(items)} checklist items fail"] if len(fails) >= t.no_bid_failures else [])
        summary = "No bid as written: " + "; ".join(reasons) + ". Bid only if the issuer changes these."
        return Recommendation("no-bid", summary, tuple(reasons), tuple(condition[i.id] for i in fails))
    must = [i for i in unknowns if i.id in MUST_KNOW]
    if fails or must or len(unknowns) > t.max_unknowns:
        reasons = [f"{i.item}: {i.note}" for i in fails + must] + \
            ([f"{len(unknowns)} items unknown"] if len(unknowns) > t.max_unknowns else [])
        conditions = [condition[i.id] for i in fails + must]
        if len(unknowns) > t.max_unknowns:
            conditions += [condition[i.id] for i in unknowns if i not in must]
        short = [f"{i.item.lower()}: {'fails' if i.status == FAIL else 'unknown'}" for i in fails + must] + \
            ([f"{len(unknowns)} of {len(items)} items unknown"] if len(unknowns) > t.max_unknowns else [])
        summary = f"Bid with conditions ({'; '.join(short)}): state them in the bid, or settle them in the question period."
        return Recommendation("bid-with-conditions", summary, tuple(reasons), tuple(conditions))
    summary = "Bid: nothing fails the checklist" + (f"; confirm {plural(len(unknowns), 'unknown item')} first." if unknowns else ".")
    return Recommendation("bid", summary, tuple(f"{i.item}: {i.note}" for i in unknowns), ())
