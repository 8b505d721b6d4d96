"""Pre-bid decision support: odds, price, the counter-proposal, questions, checklist and recommendation."""

import pytest

import rfpcheck
from rfpcheck import ratecard
from rfpcheck.settings import Settings, Thresholds

SEED = rfpcheck.check("samples/seed-rfp.txt")
CARD = ratecard.load()
ONE_PLATFORM = ("Manage our Facebook page: three posts a week, answering comments and messages. "
                "Budget: {hours} hours per month.")


def check(text, **settings):
    return rfpcheck.check_text(text, settings=Settings(**settings))


# --- odds -------------------------------------------------------------------


def test_the_seed_has_under_a_five_percent_chance_that_ten_hours_suffice():
    """The case the tool exists for: 10 hours a month almost surely do not cover the scope."""
    assert SEED.estimate.chance_hours_suffice is not None and SEED.estimate.chance_hours_suffice < 0.05


@pytest.mark.parametrize("hours,low,high", [(5, 0.0, 0.02), (40, 0.2, 0.9), (200, 0.99, 1.0)])
def test_the_chance_follows_the_stated_hours(hours, low, high):
    """Few hours: hardly a chance; about the estimate: a middling one; plenty: near certainty."""
    e = check(ONE_PLATFORM.format(hours=hours)).estimate
    assert low <= e.chance_hours_suffice <= high


def test_no_hours_no_chance():
    """Without stated hours there is nothing to give odds for."""
    assert check("Manage our Facebook page, three posts a week.").estimate.chance_hours_suffice is None


def test_setup_is_spread_over_a_stated_term():
    """With a twelve-month term the set-up is amortised over it and counted in the odds."""
    text = ("Set up and manage a new Instagram account, three posts a week, 30 hours per month. "
            "The contract term is twelve months.")
    e = check(text).estimate
    assert e.one_time_amortised is not None and e.one_time_amortised.months == 12
    assert e.one_time_amortised.hours_per_month.expected == pytest.approx(e.one_time_hours.expected / 12, abs=0.1)
    assert "12-month term" in e.chance_basis


def test_without_a_term_the_first_month_carries_the_setup():
    """No term: set-up is a first-month load, not part of the monthly odds."""
    e = check("Set up and manage a new Instagram account, three posts a week, 30 hours per month.").estimate
    assert e.one_time_amortised is None
    assert e.first_month_hours.expected == pytest.approx(e.hours_per_month.expected + e.one_time_hours.expected, abs=0.2)
    assert "first month" in e.chance_basis


# --- price ------------------------------------------------------------------


def test_the_fee_is_the_hours_at_the_rate():
    """The fee for the full scope is the estimate at the agency's rate."""
    r = check(ONE_PLATFORM.format(hours=10), rate=80.0, currency="EUR")
    assert r.price.rate == 80.0 and r.price.currency == "EUR"
    assert r.price.fee_per_month.expected == pytest.approx(r.estimate.hours_per_month.expected * 80, abs=1)
    assert "your rate" in r.price.rate_source


def test_without_a_rate_the_rate_cards_default_is_used_and_said():
    """No settings: the card's default rate, labelled as a default."""
    p = SEED.price
    assert p.rate == CARD.pricing.rate and "default" in p.rate_source


@pytest.mark.parametrize("text,per_month", [
    ("Manage our Facebook page, three posts a week. Our budget is $500 per month.", 500),
    ("Manage our Facebook page, three posts a week. Fees shall not exceed $12,000 annually.", 1000),
    ("Manage our Facebook page, three posts a week. We pay a monthly retainer of $1,200.", 1200),
    ("Manage our Facebook page, three posts a week. The total budget is $6,000 for a contract term of six months.", 1000),
])
def test_a_money_budget_buys_hours_at_the_rate(text, per_month):
    """Money with no hours: put per month, turned into hours at the rate, and judged on those hours."""
    r = check(text, rate=50.0, currency="USD")
    p = r.price
    assert p.stated_budget_per_month == pytest.approx(per_month)
    assert p.hours_budget_buys == pytest.approx(per_month / 50, abs=0.1)
    assert p.budget_coverage == pytest.approx(p.hours_budget_buys / r.estimate.hours_per_month.expected, abs=0.01)
    assert 0 <= p.chance_budget_suffices <= 1
    assert r.proposal.keep_budget is not None and r.proposal.keep_budget.hours_per_month == p.hours_budget_buys


def test_a_budget_in_another_currency_is_not_turned_into_hours():
    """Pounds against a dollar rate: said, not converted at a guessed exchange rate."""
    r = check("Manage our Facebook page, three posts a week. Budget: £800 per month.", rate=50.0, currency="USD")
    assert r.price.hours_budget_buys is None and "GBP" in r.price.note


# --- counter-proposal -------------------------------------------------------


def test_the_seeds_keep_budget_option_fits_ten_hours_and_names_what_is_dropped():
    """Keep-budget fits the stated hours and lists the platforms it drops, with their hours."""
    kb = SEED.proposal.keep_budget
    assert kb.hours_per_month == 10 and 0 < kb.hours_used <= 10
    dropped = " ".join(d.task for d in kb.dropped)
    for name in ("LinkedIn", "Facebook", "YouTube"):
        assert name in dropped
    assert all(d.hours > 0 for d in kb.dropped if d.task.startswith("Manage"))
    assert "Not included" in kb.text


@pytest.mark.parametrize("hours", [3, 8, 15, 25, 40, 60, 90, 150])
def test_keep_budget_never_spends_more_than_the_budget(hours):
    """Whatever the budget, the kept items fit in it (at the expected figures)."""
    text = ("Run Facebook, Instagram and LinkedIn with three posts a week each, write two 800-word blog "
            f"articles a month and send one email newsletter a month. You have {hours} hours per month.")
    kb = check(text).proposal.keep_budget
    assert kb.hours_used <= hours + 0.2  # rounding of items to a tenth


def test_cadence_is_reduced_before_a_platform_is_dropped():
    """Hours for both platforms at a lower cadence keep both, fewer posts a week, and say so."""
    base = "Manage Facebook and Instagram with five posts a week on each platform. You have {h} hours per month."
    full = check(base.format(h=200)).estimate.hours_per_month.expected
    kb = check(base.format(h=round(full * 0.8))).proposal.keep_budget
    kept = " ".join(i.task for i in kb.items)
    assert "Facebook" in kept and "Instagram" in kept
    assert any("fewer" in d.task for d in kb.dropped)


def test_platforms_are_kept_in_the_plans_order():
    """When only one platform fits, it is the first one the plan names."""
    text = "Manage LinkedIn and then Facebook, three posts a week each. You have 24 hours per month."
    kb = check(text).proposal.keep_budget
    assert any("LinkedIn" in i.task for i in kb.items)
    assert any("Facebook" in d.task for d in kb.dropped)


def test_a_scope_that_fits_drops_nothing():
    """Generous hours keep the whole scope."""
    kb = check(ONE_PLATFORM.format(hours=200)).proposal.keep_budget
    assert kb.dropped == () and any("Facebook" in i.task for i in kb.items)


def test_no_hours_and_no_money_means_no_keep_budget_option():
    """Without a budget there is nothing to fit; keep-scope is still priced."""
    r = check("Manage our Facebook page, three posts a week.")
    assert r.proposal.keep_budget is None and r.proposal.keep_scope.fee_per_month is not None


def test_keep_scope_says_the_hours_and_fee_the_scope_needs():
    """Option 1 carries the expected hours and the fee at the rate, in words to paste."""
    ks = check(ONE_PLATFORM.format(hours=10), rate=100.0, currency="USD").proposal.keep_scope
    assert ks.fee_per_month.expected == pytest.approx(ks.hours_per_month.expected * 100, abs=1)
    assert ks.likely_fee_per_month.p50 == pytest.approx(ks.likely_hours_per_month.p50 * 100, abs=1)
    assert f"({ks.likely_hours_per_month.p50:g} hours at $100)" in ks.text


def test_a_higher_floor_cadence_drops_platforms_sooner():
    """The min_posts_per_week threshold is the lowest cadence a kept platform runs at."""
    text = "Manage Facebook, Instagram and LinkedIn, five posts a week each. You have 40 hours per month."
    low = check(text, thresholds=Thresholds(min_posts_per_week=1)).proposal.keep_budget
    high = check(text, thresholds=Thresholds(min_posts_per_week=4)).proposal.keep_budget
    assert sum(i.task.startswith("Manage") for i in high.items) <= sum(i.task.startswith("Manage") for i in low.items)


# --- questions ----------------------------------------------------------------


def test_one_question_per_finding_numbered_by_theme():
    """Every finding asks exactly one question; numbers run 1..n through the themes in order."""
    qs = SEED.questions
    assert sorted(q.rule for q in qs) == sorted(f.rule for f in SEED.findings)
    assert [q.number for q in qs] == list(range(1, len(qs) + 1))
    order = ["access", "scope", "hours-and-money", "process"]
    assert [order.index(q.theme) for q in qs] == sorted(order.index(q.theme) for q in qs)


def test_questions_are_filled_in_with_the_documents_facts():
    """The hours question quotes the stated hours and the estimate."""
    q = next(q for q in SEED.questions if q.rule == "hours-below-estimate")
    assert "8 to 10 hours a month" in q.text and "{" not in q.text


# --- checklist and recommendation ---------------------------------------------


def status(report, item):
    return next(c for c in report.checklist if c.id == item).status


@pytest.mark.parametrize("text,item,expected", [
    ("You will never contact our clients directly.", "client-access", "fail"),
    ("You will have a weekly call with the client's marketing lead.", "client-access", "pass"),
    ("Manage our Facebook page.", "client-access", "unknown"),
    (ONE_PLATFORM.format(hours=5), "hours-budget", "fail"),
    (ONE_PLATFORM.format(hours=120), "hours-budget", "pass"),
    ("Manage our Facebook page, three posts a week.", "hours-budget", "unknown"),
    ("Post on Instagram and handle any and all other tasks as needed.", "scope-bounded", "fail"),
    ("Post three times a week on Instagram.", "scope-bounded", "pass"),
    ("Manage Facebook and Instagram, three posts a week on each.", "platforms-cadence", "pass"),
    ("Manage Facebook and Instagram.", "platforms-cadence", "unknown"),
    ("Write two blog articles a month.", "deliverables-counted", "pass"),
    ("Manage Facebook.", "deliverables-counted", "unknown"),
    ("Reply to every comment within 15 minutes, 24/7. You have 20 hours per month.", "response-staffable", "fail"),
    ("Manage Facebook, three posts a week, 20 hours per month.", "response-staffable", "pass"),
    ("Manage Facebook, three posts a week. The contract runs for 12 months.", "term-renewal", "pass"),
    ("Manage Facebook, three posts a week.", "term-renewal", "unknown"),
    ("Manage Facebook for each of our 5 clients, 20 hours per month in total.", "clients", "fail"),
    ("Manage Facebook for each of our 5 clients, 20 hours per month for each client.", "clients", "pass"),
    ("Manage our Facebook page.", "clients", "pass"),
])
def test_checklist_items_read_the_document(text, item, expected):
    """Each item is pass, fail or unknown from what the document says."""
    assert status(check(text), item) == expected


def test_every_item_that_is_not_a_pass_asks_a_question_and_passes_carry_none():
    for c in SEED.checklist:
        assert (c.question is None) == (c.status == "pass")


def test_the_seed_is_a_no_bid():
    """Forbidden client contact and hours with almost no chance are blockers."""
    rec = SEED.recommendation
    assert rec.decision == "no-bid"
    assert any("contact" in r for r in rec.reasons) and any("chance" in r for r in rec.reasons)
    assert "direct access to a named client contact" in rec.conditions


def test_one_failing_item_makes_a_conditional_bid():
    """A fail that is not a blocker, with little unknown, asks for conditions rather than a pass."""
    text = ("You will meet our marketing lead weekly; she approves posts within two business days. Manage Facebook, "
            "three posts a week, replies and monitoring, and any and all other tasks as needed. We supply our brand "
            "guide, logos and photos and give you admin access. Report monthly on reach and engagement. "
            "The contract term is 12 months. Budget: 120 hours per month.")
    r = check(text)
    assert status(r, "scope-bounded") == "fail"
    assert r.recommendation.decision == "bid-with-conditions"


def test_a_clean_plan_is_a_bid():
    """Everything stated and sufficient: bid."""
    text = ("You will meet our marketing lead weekly; she approves posts within two business days. Manage Facebook, "
            "three posts a week, with replies and monitoring. We supply our brand guide, logos and photos and give "
            "you admin access. Report monthly on reach and engagement. The contract term is 12 months. "
            "Budget: 120 hours per month.")
    r = check(text)
    assert [c.id for c in r.checklist if c.status == "fail"] == []
    assert r.recommendation.decision == "bid"


def test_the_no_bid_thresholds_come_from_the_settings():
    """Raising no_bid_failures past the seed's failures leaves only the blockers as reasons."""
    r = rfpcheck.check("samples/seed-rfp.txt", settings=Settings(thresholds=Thresholds(no_bid_failures=99,
                                                                                         no_bid_chance=0.0)))
    assert r.recommendation.decision == "no-bid"  # client contact still blocks
    assert not any("checklist items fail" in reason for reason in r.recommendation.reasons)


# --- what the first user trial found ------------------------------------------


def test_a_budget_that_buys_too_few_hours_is_a_finding_and_the_coverage_says_so():
    """Money without hours is judged on the hours it buys: a major finding, and the headline's coverage."""
    from rfpcheck.report import view

    r = check("Manage our Instagram, three posts a week, with replies. Our budget is $400 per month.")
    assert "budget-below-estimate" in {f.rule for f in r.findings} and r.verdict == "at-risk"
    assert "money budget buys about 8 h a month" in view(r).coverage_sentence


def test_a_budget_in_another_currency_never_makes_a_plain_bid():
    """An unconverted budget leaves the hours unknown, which a bid cannot be priced without."""
    text = ("You will have a weekly call with our owner, who approves posts within two business days. Manage our "
            "Instagram, three posts a week, with replies. We supply brand guidelines and photos and give you admin "
            "access. Report monthly on reach. The contract term is 12 months. Budget: £600 per month.")
    r = check(text, rate=50.0, currency="USD")
    assert status(r, "hours-budget") == "unknown"
    assert r.recommendation.decision == "bid-with-conditions"
    assert "GBP" in next(c for c in r.checklist if c.id == "hours-budget").note


def test_a_follower_growth_target_is_not_a_pass():
    """A follower-count target in the KPIs is asked about, not waved through."""
    text = "Manage Instagram, three posts a week. KPIs: increase followers across all channels by 25% in the first year."
    item = next(c for c in check(text).checklist if c.id == "kpis-realistic")
    assert item.status in ("unknown", "fail") and "follower" in item.question.lower()


def test_videos_counted_for_a_video_platform_are_its_cadence():
    """Two TikTok videos a week is TikTok's cadence; a platform without one is named in the question."""
    r = check("Post two short videos a week on TikTok. Also run our Nextdoor page.")
    item = next(c for c in r.checklist if c.id == "platforms-cadence")
    assert item.status == "unknown" and "Nextdoor" in item.question and "TikTok" not in item.question


def test_keep_scope_quotes_the_median_and_the_response_cover():
    """Option 1 quotes the simulated median (as likely over as under) and the cover a response promise needs."""
    r = check("Manage our Facebook page, three posts a week. Reply to every comment within one hour, 24/7. "
              "You have 40 hours per month.")
    ks = r.proposal.keep_scope
    assert f"plan on {ks.likely_hours_per_month.p50:.0f} hours" in ks.text
    assert f"{ks.hours_per_month.expected:.0f} hours a month at the rate card's expected figures" in ks.text
    assert ks.response_staffing_hours and "on hand" in ks.text


# --- what the review found ------------------------------------------------------


def test_hours_pass_the_checklist_only_when_likely_to_suffice():
    """Hours near the line-sum 'expected' but below the median month fail: the chance, not the mode, decides."""
    base = ("Manage Facebook, Instagram and LinkedIn, 3 posts a week each, and write 2 blog articles a month. "
            "You have {h} hours per month.")
    expected = check(base.format(h=500)).estimate.hours_per_month.expected
    near = check(base.format(h=round(expected)))
    assert near.estimate.chance_hours_suffice < 0.5 and status(near, "hours-budget") == "fail"
    assert status(check(base.format(h=round(expected * 2))), "hours-budget") == "pass"


@pytest.mark.parametrize("p,text", [(0.08, "an 8% chance"), (0.11, "an 11% chance"), (0.18, "an 18% chance"),
                                    (0.83, "an 83% chance"), (0.37, "a 37% chance"), (0.004, "less than a 1% chance")])
def test_chances_take_the_right_article(p, text):
    from rfpcheck.report_words import a_chance

    assert a_chance(p) == text


def test_keep_budget_keeps_a_quarterly_item_quarterly_and_never_exceeds_the_scope():
    """A newsletter a quarter is offered as one every 3 months, and the kept hours never pass the full scope's."""
    r = check("Run Facebook and Instagram with three posts a week each and send a newsletter every quarter. "
              "You have 300 hours per month.")
    kb = r.proposal.keep_budget
    assert any(i.task == "1 email campaign every 3 months" for i in kb.items)
    assert kb.hours_used <= r.estimate.hours_per_month.expected + 0.2 and kb.dropped == ()


def test_dropped_platforms_count_every_client():
    """With three clients, a dropped platform's hours are for all three, as the kept ones are."""
    r = check("For each of our 3 clients, manage Facebook and Instagram, five posts a week on each platform. "
              "You have 60 hours per month in total.")
    (dropped,) = [d for d in r.proposal.keep_budget.dropped if d.task == "Manage Instagram"]
    line = next(ln for ln in r.estimate.lines if ln.task == "Manage Instagram")  # one client's
    assert dropped.hours == pytest.approx(3 * line.hours.expected, abs=0.2)


def test_a_response_promise_is_judged_against_the_hours_the_budget_buys():
    r = check("Manage our hotel's Instagram, three posts a week. Reply to every message within 30 minutes, "
              "7 a.m. to 11 p.m. daily. Our budget is $1,500 per month.", rate=50.0, currency="USD")
    item = next(c for c in r.checklist if c.id == "response-staffable")
    assert item.status == "fail" and "budget buys" in item.note


def test_every_format_labels_the_odds_and_money_lines_alike():
    """The same labelled figures in the terminal, HTML and Markdown reports."""
    from rfpcheck.render import render

    text, html, md = (render(SEED, fmt) for fmt in ("text", "html", "markdown"))
    for label in ("Odds", "Range", "Set-up", "Fee", "Rate"):
        assert f"\n  {label.lower()}: " in text and f"<strong>{label}:</strong>" in html and f"\n- {label}: " in md


def test_a_dropped_platform_costs_more_at_the_plans_cadence_than_at_the_floor():
    """The dropped row and its note are on one basis: the plan's cadence costs more than one post a week."""
    import re

    for d in SEED.proposal.keep_budget.dropped:
        if d.task.startswith("Manage") and "even at" in d.note:
            floor = float(re.search(r"it needs ([\d.]+) hours", d.note).group(1))
            assert floor <= d.hours + 0.5  # the note rounds to whole hours


def test_posts_that_cost_nothing_keep_the_plans_cadence():
    """With a rate card that prices posts at zero, keep-budget does not cut cadence to save nothing."""
    from rfpcheck.settings import rules_and_card

    s = Settings(ratecard=(("content.social_post", (0.0, 0.0, 0.0)), ("content.adapt_post_extra_platform", (0.0, 0.0, 0.0))))
    rules, card = rules_and_card(s)
    r = rfpcheck.check_text("Manage Facebook and Instagram, five posts a week on each platform. You have 30 hours per month.",
                            rules=rules, card=card, settings=s)
    assert not any("fewer" in d.task for d in r.proposal.keep_budget.dropped)
