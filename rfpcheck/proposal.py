"""The counter-proposal: keep the scope at the hours it needs, or keep the budget with the scope it honestly buys.

Keep-budget chooses by a stated priority, at the rate card's expected figures:
1. client access and listening: planning and client coordination are costed
   on everything kept, and a platform is only ever kept with its replies and
   monitoring;
2. the platforms in the plan's order, each first at the lowest cadence the
   settings allow (a platform is dropped only when even that does not fit),
   then raised towards the plan's cadence in the same order;
3. the deliverables in the plan's order, whole pieces, fewer before none.
The work repeats for each client when the plan covers several.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .estimate import PlatformCost, deliverable_unit, platform_cost
from .model import Estimate, Facts, KeepBudget, KeepScope, Price, Proposal, ProposalItem
from .ratecard import RateCard
from .report_words import hours, money, times_a_week
from .settings import Settings


def proposal(facts: Facts, estimate: Estimate, card: RateCard, price: Price | None, settings: Settings) -> Proposal:
    budget = facts.hours.per_month.max if facts.hours is not None else (price.hours_budget_buys if price else None)
    basis = "the stated hours" if facts.hours is not None else "what the money budget buys at your rate"
    keep = None
    if budget is not None and estimate.lines:
        keep = _keep_budget(facts, estimate, card, price, settings, budget, basis)
    return Proposal(_keep_scope(estimate, price), keep)


def _keep_scope(estimate: Estimate, price: Price | None) -> KeepScope:
    """The whole scope at the median of the simulated months, so the quote is as likely to be over as under."""
    monthly, once = estimate.hours_per_month, estimate.one_time_hours
    fee, once_fee = (price.fee_per_month, price.one_time_fee) if price else (None, None)
    likely = estimate.likely_hours_per_month
    likely_fee = price.likely_fee_per_month if price else None
    text = f"To deliver the full scope as written we estimate {hours(monthly.expected)} a month at the rate card's expected figures"
    if likely is not None:
        text += (f"; allowing for the usual overruns, plan on {hours(likely.p50)} (the median of simulated months; "
                 f"9 in 10 need under {hours(likely.p90, unit=False)})")
    if price is not None:
        basis = likely.p50 if likely is not None else monthly.expected
        amount = likely_fee.p50 if likely_fee else fee.expected
        text += (f", a fee of {money(amount, price.currency)} a month ({basis:g} hours at "
                 f"{money(price.rate, price.currency)})")
        if likely_fee:
            text += f", up to {money(likely_fee.p90, price.currency)}"
    if once.expected:
        text += f", plus {hours(once.expected)} of one-time set-up and onboarding"
        if once_fee is not None and price is not None:
            text += f" ({money(once_fee.expected, price.currency)})"
    text += "."
    staffing = estimate.response_staffing_hours
    if staffing:
        text += (f" The promised response time also needs someone on hand about {hours(staffing)} a month; "
                 "that cover is priced separately, or the window made longer.")
    return KeepScope(monthly, fee, once, once_fee, text, likely, likely_fee, staffing)


@dataclass(frozen=True)
class _Kept:
    cost: PlatformCost
    per_week: float
    floor: float

    def hours(self, per_week: float | None = None) -> float:
        return self.cost.hours(self.per_week if per_week is None else per_week).expected


def _keep_budget(facts: Facts, estimate: Estimate, card: RateCard, price: Price | None, settings: Settings,
                 budget: float, basis: str) -> KeepBudget:
    clients = 1.0 + sum(ln.factor.expected for ln in estimate.lines if ln.kind == "repeat" and ln.recurring and ln.factor)
    shares = {label: card.overhead[key].hours.expected for key, label in
              (("planning_strategy", "Planning and strategy"), ("coordination_approvals", "Client coordination and approvals"))}
    room = budget / (1 + sum(shares.values())) / clients  # delivery hours a month for one client
    kept, dropped = _platforms(facts, card, settings, room, (1 + sum(shares.values())) * clients, clients)
    room -= sum(k.hours() for k in kept)
    room = _raise_cadence(kept, room)
    items = [ProposalItem(_platform_task(k), round(k.hours() * clients, 1),
                          "reviews and Q&A upkeep" if k.cost.platform.id == "google_business" else "with replies and monitoring")
             for k in kept]
    for k in kept:
        if k.per_week < k.cost.per_week:
            lost = (k.cost.hours().expected - k.hours()) * clients
            noun = _noun(k.cost)
            dropped.append(ProposalItem(f"{k.cost.platform.name}: {times_a_week(k.cost.per_week - k.per_week, noun)} fewer",
                                        round(lost, 1), f"{times_a_week(k.per_week, noun)} instead of {times_a_week(k.cost.per_week, noun)}"))
    room = _deliverables(facts, card, bool(kept), room, clients, items, dropped)
    work = list(items)
    delivery = sum(i.hours for i in items)
    if delivery:
        items += [ProposalItem(label, round(delivery * share, 1), f"{share:.0%} of the work above") for label, share in shares.items()]
    if estimate.response_staffing_hours:
        dropped.append(ProposalItem("The promised response time", estimate.response_staffing_hours,
                                    "being on hand for it alone takes these hours a month"))
    if facts.open_ended_scope:
        dropped.append(ProposalItem("Work beyond the listed items", 0.0,
                                    "the brief leaves it open (" + ", ".join(f"\u201c{p.phrase}\u201d" for p in facts.open_ended_scope[:3]) + ")"))
    used = round(sum(i.hours for i in items), 1)
    once = _one_time(facts, card, kept) * clients
    fee = round(used * price.rate, 2) if price else None
    text = _text(budget, basis, work, dropped, used, once, kept, facts, card, settings, clients)
    return KeepBudget(budget, basis, tuple(items), tuple(dropped), used, fee, round(once, 1), text)


def _platforms(facts: Facts, card: RateCard, settings: Settings, room: float, factor: float,
               clients: float) -> tuple[list[_Kept], list[ProposalItem]]:
    """Platforms in the plan's order, each kept at its floor cadence if it fits beside those kept before it.

    `factor` turns one client's delivery hours into what they cost with planning, coordination and every client.
    """
    kept: list[_Kept] = []
    dropped: list[ProposalItem] = []
    for p in facts.platforms:
        cost = platform_cost(p, len(kept), facts, card)
        floor = min(settings.thresholds.min_posts_per_week, cost.per_week)
        candidate = _Kept(cost, floor, floor)
        if candidate.hours() <= room - sum(k.hours() for k in kept) + 1e-9:
            kept.append(candidate)
        else:  # its hours as it would run beside those kept, like the kept ones without planning and coordination
            note = (f"even at {times_a_week(floor, _noun(cost))} it needs {hours(candidate.hours() * clients)} a month, "
                    f"{hours(candidate.hours() * factor)} with planning and coordination") if floor else "does not fit"
            dropped.append(ProposalItem(f"Manage {p.name}", round(cost.hours().expected * clients, 1), note))
    return kept, dropped


def _raise_cadence(kept: list[_Kept], room: float) -> float:
    """Give the hours left to the kept platforms in order, towards the plan's cadence, in half-post steps a week."""
    for i, k in enumerate(kept):
        if not k.cost.per_post.expected:  # posts that cost nothing are kept at the plan's cadence
            kept[i] = _Kept(k.cost, k.cost.per_week, k.floor)
            continue
        if k.cost.per_week <= k.per_week:
            continue
        per_post_week = k.cost.per_post.expected * 4.33
        extra = min(k.cost.per_week - k.per_week, room / per_post_week)
        target = k.cost.per_week if k.per_week + extra >= k.cost.per_week - 1e-9 else k.per_week + math.floor(extra * 2) / 2
        room -= (target - k.per_week) * per_post_week
        kept[i] = _Kept(k.cost, target, k.floor)
    return room


def _deliverables(facts: Facts, card: RateCard, platforms_kept: bool, room: float, clients: float,
                  items: list[ProposalItem], dropped: list[ProposalItem]) -> float:
    """Whole pieces of each deliverable in order while they fit; the assumed monthly report last."""
    wanted = [(d.per_month, *deliverable_unit(d, card)) for d in facts.deliverables
              if d.per_month and d.type != "social_post"]
    if platforms_kept and not any(d.type == "report" for d in facts.deliverables):
        wanted.append((1.0, card.content["report"].hours, "report", ""))
    for count, each, what, _ in wanted:
        if count >= 1:
            count = round(count)  # whole pieces: "2 videos a week" is 9 a month, not 8.66
            fits = min(count, math.floor((room + 1e-9) / each.expected)) if each.expected else count
        else:  # "one a quarter" stays one a quarter, all or nothing
            fits = count if count * each.expected <= room + 1e-9 else 0
        if fits > 0:
            items.append(ProposalItem(_count(fits, what), round(fits * each.expected * clients, 1)))
            room -= fits * each.expected
        if fits < count:
            missing = count - fits
            dropped.append(ProposalItem(_count(missing, what), round(missing * each.expected * clients, 1),
                                        "fewer than asked" if fits > 0 else ""))
    return room


def _count(n: float, what: str) -> str:
    if 0 < n < 1:  # "1 email campaign every 3 months"
        head = what.partition(" (")[0]
        return f"1 {head} every {round(1 / n):g} months"
    n_text = f"{n:g}"
    if what.endswith("-word article"):  # "2 articles of 500 words", not "2 500-word articles"
        return f"{n_text} article{'' if n == 1 else 's'} of {what.split('-')[0]} words a month"
    plural = "" if n == 1 or what.endswith(")") else "s"
    if what.endswith(")"):  # "article (about 1,000 words assumed)"
        head, _, tail = what.partition(" (")
        return f"{n_text} {head}{'' if n == 1 else 's'} ({tail} a month"
    return f"{n_text} {what}{plural} a month"


def _noun(cost: PlatformCost) -> str:
    return "video" if cost.what.startswith("video") else "post"


def _platform_task(k: _Kept) -> str:
    name = k.cost.platform.name
    if not k.cost.per_post.expected or not k.per_week:
        return f"Manage {name}"
    return f"Manage {name}, {times_a_week(k.per_week, _noun(k.cost))}"


def _one_time(facts: Facts, card: RateCard, kept: list[_Kept]) -> float:
    if facts.setup_budget.separate or not kept:
        return 0.0
    total = card.setup["onboarding_discovery"].hours.expected
    for k in kept:
        if "setup" in k.cost.platform.tasks:
            key = "google_business_profile" if k.cost.platform.id == "google_business" else "profile_overhaul_per_platform"
            total += card.setup[key].hours.expected
    return total


def _text(budget: float, basis: str, work: list[ProposalItem], dropped: list[ProposalItem], used: float, once: float,
          kept: list[_Kept], facts: Facts, card: RateCard, settings: Settings, clients: float) -> str:
    head = f"Within {hours(budget)} a month ({basis})"
    if clients > 1:
        head += f", covering {clients:g} clients"
    if not work:
        text = f"{head}, no part of the scope can be done well"
        cheapest = _cheapest(facts, card, settings)
        if cheapest:
            text += f": the smallest platform, {cheapest[0]}, needs {_about(cheapest[1], budget)} a month with planning and coordination"
        return text + "."
    text = f"{head} we can honestly deliver: " + "; ".join(i.task for i in work) + \
        f" (about {hours(used)} with planning and client coordination)."
    if not kept and facts.platforms:
        cheapest = _cheapest(facts, card, settings)
        if cheapest:
            text += f" No platform fits: the smallest, {cheapest[0]}, needs {_about(cheapest[1], budget)} a month with planning and coordination."
    if dropped:
        text += " Not included: " + "; ".join(d.task + (f" ({hours(d.hours)} a month)" if d.hours else "") for d in dropped) + "."
    if once:
        text += f" Set-up and onboarding take about {hours(once)} once, billed apart or in the first month."
    return text + " Anything else is quoted separately."


def _about(need: float, budget: float) -> str:
    """"about 18 hours", or "just over 18 hours" when rounding would make it look as if it fitted."""
    return f"just over {hours(budget)}" if hours(need) == hours(budget) else f"about {hours(need)}"


def _cheapest(facts: Facts, card: RateCard, settings: Settings) -> tuple[str, float] | None:
    share = 1 + sum(card.overhead[k].hours.expected for k in ("planning_strategy", "coordination_approvals"))
    costs = []
    for p in facts.platforms:
        cost = platform_cost(p, 0, facts, card)
        floor = min(settings.thresholds.min_posts_per_week, cost.per_week)
        label = f"{p.name} at {times_a_week(floor, _noun(cost))}" if floor else p.name
        costs.append((label, cost.hours(floor).expected * share))
    return min(costs, key=lambda c: c[1]) if costs else None
