"""The estimate arithmetic: lines, three points, set-up, clients, coverage, staffing."""

import pytest

from rfpcheck import ratecard
from rfpcheck.estimate import estimate
from rfpcheck.model import Clients, Deliverable, Facts, Hours, Platform, Range, ResponseTime

CARD = ratecard.load()


def platform(pid, name, tasks=("manage",)):
    return Platform(pid, name, tasks, ())


def test_one_platform_at_the_default_cadence():
    """Posts at the card's cadence, community and monitoring, a report, and overheads."""
    e = estimate(Facts(platforms=(platform("facebook", "Facebook"),)), CARD)
    by_task = {ln.task: ln for ln in e.lines}
    posts = 3 * 4.33 * CARD.content["social_post"].hours.expected
    manage = posts + CARD.per_platform["community_management"].hours.expected + CARD.per_platform["monitoring"].hours.expected
    assert by_task["Manage Facebook"].hours.expected == pytest.approx(manage, abs=0.1)
    delivery = manage + CARD.content["report"].hours.expected
    assert e.hours_per_month.expected == pytest.approx(delivery * (1 + 0.20 + 0.18), abs=0.3)
    assert e.hours_per_month.low < e.hours_per_month.expected < e.hours_per_month.high


def test_second_platform_adapts_posts():
    """A second platform carries adapted posts, so costs less than the first."""
    e = estimate(Facts(platforms=(platform("facebook", "Facebook"), platform("instagram", "Instagram"))), CARD)
    fb, ig = (ln for ln in e.lines if ln.task.startswith("Manage"))
    assert ig.hours.expected < fb.hours.expected


def test_stated_posts_override_the_cadence():
    posts = Deliverable("social_post", 1, "week", 4.33, None, (), ("facebook",))
    e = estimate(Facts(platforms=(platform("facebook", "Facebook"),), deliverables=(posts,)), CARD)
    assert "1 post/week (stated)" in next(ln.basis for ln in e.lines if ln.task == "Manage Facebook")


@pytest.mark.parametrize("words,expected", [(500, 2.0 + 0.3), (1000, 3.5 + 0.6), (1500, 5.0 + 0.9)])
def test_article_scales_with_length(words, expected):
    """An article costs the 1,000-word figure, plus or minus per 500 words, plus proofing."""
    d = Deliverable("article", 1, "month", 1.0, words, ())
    e = estimate(Facts(deliverables=(d,)), CARD)
    (line,) = [ln for ln in e.lines if "article" in ln.task]
    assert line.hours.expected == pytest.approx(expected, abs=0.05)


def test_setup_is_one_time():
    e = estimate(Facts(platforms=(platform("linkedin", "LinkedIn", ("setup", "manage")),)), CARD)
    setup = [ln for ln in e.lines if not ln.recurring]
    assert {ln.task for ln in setup} == {"Set up LinkedIn", "Onboarding and discovery"}
    assert e.one_time_hours.expected == pytest.approx(3.0 + 10.0)


def test_clients_multiply_when_counted():
    """Six clients and hours not per client: the scope repeats five more times."""
    one = estimate(Facts(platforms=(platform("facebook", "Facebook"),)), CARD)
    six = estimate(Facts(platforms=(platform("facebook", "Facebook"),), clients=Clients(6, True)), CARD)
    assert six.hours_per_month.expected == pytest.approx(6 * one.hours_per_month.expected, rel=0.01)


def test_coverage_is_stated_over_expected():
    hours = Hours(8, 10, "month", Range(8, 10), ())
    e = estimate(Facts(platforms=(platform("facebook", "Facebook"),), hours=hours), CARD)
    assert e.coverage == pytest.approx(10 / e.hours_per_month.expected, abs=0.001)


@pytest.mark.parametrize("hours,days,span,staffed", [
    (1.0, 7, 24.0, 24 * 7 * 4.33),   # 24/7 within the hour: someone always on
    (2.0, 5, 8.0, 8 * 5 * 4.33),     # within 2 hours in business hours: continuous
    (4.0, 5, 8.0, 2 * 0.5 * 5 * 4.33),  # two looks a day
    (24.0, 7, 8.0, 1 * 0.5 * 7 * 4.33),  # one look a day, weekends too
    (48.0, 5, 8.0, 0.5 * 5 * 4.33 / 2),  # within two business days: a look every other day
])
def test_response_staffing(hours, days, span, staffed):
    facts = Facts(response_time=ResponseTime(hours, days, span, ()))
    assert estimate(facts, CARD).response_staffing_hours == pytest.approx(staffed, abs=0.2)


@pytest.mark.parametrize("change,cause", [
    (lambda t: t.replace("  meeting:\n", "  meetingz:\n"), "content.meeting"),
    (lambda t: t.replace("hours: [0.5, 1.0, 2.5]", "hours: [-5, -1, 0]"), "not negative"),
    (lambda t: t.replace("hours: [0.5, 1.0, 2.5]", "hours: [2.5, 1.0, 0.5]"), "rising order"),
    (lambda t: t.replace("unit: video,", "unit: film,"), "'film' is not an entry of content"),
    (lambda t: "just: text\n", "lacks the section setup"),
])
def test_a_bad_rate_card_fails_at_load(tmp_path, change, cause):
    """Missing entries, negative or unordered hours and unknown units stop the run with file and cause."""
    from rfpcheck.errors import RuleError

    card = tmp_path / "card.yaml"
    card.write_text(change(ratecard.default_path().read_text()))
    with pytest.raises(RuleError) as info:
        ratecard.load(card)
    assert "card.yaml" in str(info.value) and cause in str(info.value)


def test_posts_with_no_platform_named_are_not_youtube_videos():
    """'Three posts a week' across Facebook and YouTube: YouTube keeps its own video cadence."""
    posts = Deliverable("social_post", 3, "week", 12.99, None, ())
    with_yt = estimate(Facts(platforms=(platform("facebook", "Facebook"), platform("youtube", "YouTube")),
                             deliverables=(posts,)), CARD)
    yt_line = next(ln for ln in with_yt.lines if ln.task == "Manage YouTube")
    assert "3 videos/week" not in yt_line.basis
    alone = estimate(Facts(platforms=(platform("youtube", "YouTube"),)), CARD)
    assert yt_line.hours == next(ln for ln in alone.lines if ln.task == "Manage YouTube").hours


def test_one_post_shown_on_tiktok_too_is_adapted_not_shot_again():
    """The same post on Instagram and TikTok: TikTok adapts it, like any second platform."""
    posts = Deliverable("social_post", 3, "week", 12.99, None, ())
    shared = estimate(Facts(platforms=(platform("instagram", "Instagram"), platform("tiktok", "TikTok")),
                            deliverables=(posts,)), CARD)
    own = estimate(Facts(platforms=(platform("instagram", "Instagram"), platform("tiktok", "TikTok"))), CARD)
    tiktok = lambda e: next(ln for ln in e.lines if ln.task == "Manage TikTok")  # noqa: E731
    assert "adapted" in tiktok(shared).basis
    assert tiktok(shared).hours.expected < tiktok(own).hours.expected


def test_summed_posts_keep_each_platform_cadence():
    """Posts summed over platforms are costed by their parts: 5 on Instagram, 1 on LinkedIn, not 3 each."""
    ig = Deliverable("social_post", 5, "week", 21.65, None, (), ("instagram",), per_platform=True)
    li = Deliverable("social_post", 1, "week", 4.33, None, (), ("linkedin",), per_platform=True)
    total = Deliverable("social_post", 6, "week", 25.98, None, (), ("instagram", "linkedin"), per_platform=True,
                        parts=(ig, li))
    e = estimate(Facts(platforms=(platform("instagram", "Instagram"), platform("linkedin", "LinkedIn")),
                       deliverables=(total,)), CARD)
    basis = {ln.task: ln.basis for ln in e.lines}
    assert basis["Manage Instagram"].startswith("5 posts/week") and basis["Manage LinkedIn"].startswith("1 post/week")
