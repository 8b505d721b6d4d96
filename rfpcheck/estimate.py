"""Turn the facts into hours: line by line, three-point, per month and one-time.

The formula (documented in the README):
- each platform in scope is managed every month: its posts (stated, or the
  rate card's cadence), community management and monitoring. The first
  platform carries the content; the others adapt it, unless the plan asks
  for posts per platform, which are then each written;
- each recurring deliverable costs its unit from the rate card; an article
  scales with its length and adds proofreading;
- one monthly report is assumed when platforms are managed and none is asked;
- planning and coordination are shares of all delivery hours;
- set-up of each profile, and onboarding, are one-time hours;
- all of it repeats for each client when the plan covers several and
  states their number, unless the hours are per client.
Three-point figures add line by line (low with low, high with high).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .extract.quantity import PER_MONTH
from . import odds
from .model import Amortised, Deliverable, Estimate, Facts, Line, Platform, ThreePoint
from .ratecard import RateCard, Unit

WEEKS_PER_MONTH = PER_MONTH["week"]
NAMES = {"article": "article", "email_campaign": "email campaign", "video": "video", "graphic": "graphic",
         "report": "report", "ad_campaign": "ad campaign", "meeting": "client meeting", "social_post": "post"}


def _scale(t: ThreePoint, k: float) -> ThreePoint:
    return ThreePoint(t.low * k, t.expected * k, t.high * k)


def _add(*ts: ThreePoint) -> ThreePoint:
    return ThreePoint(sum(t.low for t in ts), sum(t.expected for t in ts), sum(t.high for t in ts))


def _round(t: ThreePoint) -> ThreePoint:
    return ThreePoint(round(t.low, 1), round(t.expected, 1), round(t.high, 1))


def _fmt(x: float) -> str:
    return f"{x:g}" if x == int(x) else f"{x:.2f}".rstrip("0").rstrip(".")


def estimate(facts: Facts, card: RateCard) -> Estimate:
    """The effort the scope really takes, with each line's basis and source."""
    lines = _platform_lines(facts, card) + _deliverable_lines(facts, card)
    delivery = _add(*(ln.hours for ln in lines)) if lines else ThreePoint(0, 0, 0)
    if lines:
        for name, label in (("planning_strategy", "Planning and strategy"),
                            ("coordination_approvals", "Coordination and approvals")):
            share = card.overhead[name]
            lines.append(Line(label, f"{_pct(share.hours)} of delivery hours",
                              _round(ThreePoint(delivery.low * share.hours.low, delivery.expected * share.hours.expected,
                                                delivery.high * share.hours.high)), True, share.source,
                              kind="share", factor=share.hours))
    one_time = _setup_lines(facts, card)
    clients = facts.clients
    hours_cover_each = facts.hours is not None and facts.hours.per_client
    if clients.per_client and clients.count and clients.count > 1 and not hours_cover_each:
        extra = clients.count - 1
        monthly = _add(*(ln.hours for ln in lines))
        lines.append(Line(f"The other {extra} client{'s' if extra > 1 else ''}, same scope",
                          f"{extra} x the lines above", _round(_scale(monthly, extra)), True, "the plan: work repeats for each client",
                          kind="repeat", factor=ThreePoint(extra, extra, extra)))
        setup = _add(*(ln.hours for ln in one_time)) if one_time else None
        if setup:
            one_time.append(Line(f"Set-up for the other {extra} client{'s' if extra > 1 else ''}", f"{extra} x the set-up above",
                                 _round(_scale(setup, extra)), False, "the plan: set-up repeats for each client",
                                 kind="repeat", factor=ThreePoint(extra, extra, extra)))
    monthly = _round(_add(*(ln.hours for ln in lines))) if lines else ThreePoint(0, 0, 0)
    once = _round(_add(*(ln.hours for ln in one_time))) if one_time else ThreePoint(0, 0, 0)
    coverage = None
    if facts.hours is not None and monthly.expected > 0:
        coverage = round(facts.hours.per_month.max / monthly.expected, 3)
    all_lines = tuple(lines + one_time)
    return _with_odds(Estimate(monthly, once, all_lines, coverage, _staffing(facts, card),
                               first_month_hours=_round(_add(monthly, once))), facts)


def setup_months(facts: Facts) -> float | None:
    """The months set-up is spread over: the term's, unless set-up is paid apart from the monthly hours."""
    if facts.setup_budget.separate or facts.term is None or facts.term.months <= 0:
        return None
    return facts.term.months


def _with_odds(est: Estimate, facts: Facts) -> Estimate:
    """Add the sampled odds: the likely range a month, and the chance the stated hours cover it."""
    if not est.lines:
        return est
    from dataclasses import replace

    months = setup_months(facts)
    draws = odds.of(est)
    p = odds.percentiles(draws, months)
    amortised = (Amortised(months, _round(_scale(est.one_time_hours, 1 / months)))
                 if months and est.one_time_hours.high else None)
    chance, basis = None, ""
    if facts.hours is not None:
        chance = round(odds.chance_within(draws, facts.hours.per_month.max, months), 3)
        basis = _chance_basis(facts, months, est.one_time_hours.high > 0)
    return replace(est, chance_hours_suffice=chance, chance_basis=basis, likely_hours_per_month=p,
                   one_time_amortised=amortised)


def _chance_basis(facts: Facts, months: float | None, has_setup: bool) -> str:
    if not has_setup:
        return "the recurring work a month"
    if facts.setup_budget.separate:
        return "the recurring work a month; set-up is paid apart"
    if months:
        return f"the recurring work a month plus the set-up spread over the {_fmt(months)}-month term"
    return "the recurring work a month from the second month; the first month also carries the set-up"


def _pct(t: ThreePoint) -> str:
    return f"{t.low:.0%}/{t.expected:.0%}/{t.high:.0%}"


def posts_per_week(p: Platform, facts: Facts, card: RateCard) -> tuple[float | None, bool]:
    """Posts a week the plan asks for on this platform, and whether they are its own (not adapted)."""
    for d in (part for item in facts.deliverables for part in item.parts or (item,)):
        if d.type == "social_post" and p.id in d.platforms and d.per_month:
            if d.per_platform:
                return d.per_month / len(d.platforms) / WEEKS_PER_MONTH, True
            return d.per_month / WEEKS_PER_MONTH, False  # one piece shown on several platforms
    shared = [d for d in facts.deliverables if d.type == "social_post" and not d.platforms and d.per_month]
    cad = card.cadence.get(p.id)
    if shared and not (cad and cad.unit == "youtube_video"):  # "three posts a week" are not three YouTube videos
        return sum(d.per_month for d in shared) / WEEKS_PER_MONTH, False
    return None, False


@dataclass(frozen=True)
class PlatformCost:
    """What running one platform costs: its posts (each `per_post`) and the fixed monthly care."""

    platform: Platform
    per_week: float  # posts a week costed on this platform (0 when none are, e.g. videos budgeted apart)
    per_post: ThreePoint
    fixed: ThreePoint  # replies, community and monitoring, or a listing's upkeep
    basis: tuple[str, ...]
    sources: tuple[str, ...]
    what: str = "post{s}/week"

    def hours(self, per_week: float | None = None) -> ThreePoint:
        """The hours a month at the costed cadence, or at `per_week` posts a week."""
        n = self.per_week if per_week is None else per_week
        return _add(self.fixed, _scale(self.per_post, n * WEEKS_PER_MONTH))


def platform_cost(p: Platform, position: int, facts: Facts, card: RateCard) -> PlatformCost:
    """The cost of running `p`; `position` 0 is the lead platform, which writes the content the others adapt."""
    zero = ThreePoint(0, 0, 0)
    if p.id == "google_business":
        up = card.per_platform["google_business_upkeep"]
        return PlatformCost(p, 0.0, zero, up.hours, ("weekly post, reviews and Q&A upkeep",), (up.source,))
    cad = card.cadence.get(p.id)
    stated, distinct = posts_per_week(p, facts, card)
    per_week = stated if stated is not None else (cad.posts_per_week if cad else 3.0)
    unit_name = cad.unit if cad else "social_post"
    videos = [d for d in facts.deliverables if d.type == "video"]
    basis: list[str] = []
    sources: list[str] = []
    per_post, costed, what = zero, 0.0, "post{s}/week"
    # the plan's own videos for this channel are costed as deliverables, not again as its cadence
    if unit_name == "youtube_video" and videos or unit_name == "video" and any(p.id in d.platforms for d in videos):
        basis.append("videos budgeted separately")
    elif unit_name != "none":
        # one piece shown on several platforms is adapted for each after the first, a TikTok too
        if (unit_name == "social_post" or unit_name == "video" and stated is not None) and position > 0 and not distinct:
            unit = card.content["adapt_post_extra_platform"]
            what = "post{s}/week adapted from the lead platform"
        else:
            unit = card.content[unit_name]
            what = {"youtube_video": "video{s}/week", "video": "video{s}/week"}.get(unit_name, "post{s}/week")
        per_post, costed = unit.hours, per_week
        origin = "stated" if stated is not None else "assumed cadence"
        basis.append(f"{_fmt(round(per_week, 2))} {what.format(s='' if per_week == 1 else 's')} ({origin})")
        sources.append(unit.source)
    fixed = []
    for key, label in (("community_management", "replies and community"), ("monitoring", "monitoring")):
        u = card.per_platform[key]
        fixed.append(u.hours)
        basis.append(label)
        sources.append(u.source)
    return PlatformCost(p, costed, per_post, _add(*fixed), tuple(basis), tuple(sources), what)


def _platform_lines(facts: Facts, card: RateCard) -> list[Line]:
    lines = []
    for i, p in enumerate(facts.platforms):
        c = platform_cost(p, i, facts, card)
        lines.append(Line(f"Manage {p.name}", ", ".join(c.basis), _round(c.hours()), True, "; ".join(c.sources)))
    return lines


def _article_hours(d: Deliverable, card: RateCard) -> ThreePoint:
    words = d.words or 1000
    base = card.content["article_1000_words"].hours
    step = card.content["article_per_500_words_more_or_less"].hours
    proof = card.content["proofreading_per_1000_words"].hours
    k = (words - 1000) / 500
    writing = ThreePoint(*(max(b + k * s, 0.4 * b) for b, s in zip((base.low, base.expected, base.high), (step.low, step.expected, step.high))))
    return _add(writing, _scale(proof, words / 1000))


def deliverable_unit(d: Deliverable, card: RateCard) -> tuple[ThreePoint, str, str]:
    """One piece of a deliverable: its hours, what to call it, and the source of the figure."""
    if d.type == "article":
        what = f"{d.words}-word article" if d.words else "article (about 1,000 words assumed)"
        return _article_hours(d, card), what, card.content["article_1000_words"].source
    unit: Unit = card.content[d.type]
    return unit.hours, NAMES[d.type], unit.source


def _deliverable_lines(facts: Facts, card: RateCard) -> list[Line]:
    lines = []
    for d in facts.deliverables:
        if not d.per_month or d.type == "social_post":
            continue  # posts are costed on their platforms
        each, what, source = deliverable_unit(d, card)
        lines.append(Line(f"{_fmt(d.per_month)} {what}{'s' if d.per_month != 1 and not what.endswith(')') else ''} a month",
                          f"{_fmt(round(each.expected, 2))} h each (expected), with proofing" if d.type == "article" else f"{_fmt(each.expected)} h each (expected)",
                          _round(_scale(each, d.per_month)), True, source))
    if facts.platforms and not any(d.type == "report" for d in facts.deliverables):
        u = card.content["report"]
        lines.append(Line("Monthly report", "assumed: one analytics report a month", _round(u.hours), True, u.source))
    return lines


def _setup_lines(facts: Facts, card: RateCard) -> list[Line]:
    lines = []
    for p in facts.platforms:
        if "setup" not in p.tasks:
            continue
        u = card.setup["google_business_profile" if p.id == "google_business" else "profile_overhaul_per_platform"]
        lines.append(Line(f"Set up {p.name}", "create or overhaul the profile", _round(u.hours), False, u.source))
    if facts.platforms:
        u = card.setup["onboarding_discovery"]
        lines.append(Line("Onboarding and discovery", "kickoff, access, audit, competitors", _round(u.hours), False, u.source))
    return lines


def _staffing(facts: Facts, card: RateCard) -> float | None:
    """Hours a month someone must be watching to keep the promised response time."""
    r = facts.response_time
    if r is None:
        return None
    window = r.hours if r.hours is not None else 1.0
    days_per_month = r.days_per_week * WEEKS_PER_MONTH
    continuous = window <= card.response["continuous_below_hours"] or (r.hours_per_day >= 24 and window < 8)
    if continuous:
        return round(r.hours_per_day * days_per_month, 1)
    if window >= 24:
        # "within two business days": one look per window keeps the promise
        return round(card.response["check_hours"] * days_per_month * 24 / window, 1)
    checks = max(1, math.ceil(r.hours_per_day / window))
    return round(checks * card.response["check_hours"] * days_per_month, 1)
