"""Deliverables: type, count, period, per month, words; one-offs left out."""

import pytest

from conftest import facts_of

CASES = [
    ("Each month, write two e-zine articles of 500 words and one email blast.",
     [("article", 2.0, 500), ("email_campaign", 1.0, None)]),
    ("Write two 500-word e-zine articles and an email blast per month.",
     [("article", 2.0, 500), ("email_campaign", 1.0, None)]),
    ("One email blast per month.", [("email_campaign", 1.0, None)]),
    ("A monthly analytics report.", [("report", 1.0, None)]),
    ("A quarterly video.", [("video", 0.33, None)]),
    ("12-16 posts per month.", [("social_post", 16.0, None)]),
    ("Ten (10) blog posts per quarter.", [("article", 3.33, None)]),
    ("Two blog articles of 800 to 1,000 words every month.", [("article", 2.0, 1000)]),
    ("Post three times a week.", [("social_post", 12.99, None)]),
    ("We want 4 blog posts a month, each around 1,200 words.", [("article", 4.0, 1200)]),
    ("Send a weekly newsletter.", [("email_campaign", 4.33, None)]),
    ("Two custom graphics per week.", [("graphic", 8.66, None)]),
    ("Hold a monthly 30-minute call with the owner.", [("meeting", 1.0, None)]),
    ("Run one paid campaign per month.", [("ad_campaign", 1.0, None)]),
    ("Produce 2 short videos a month.", [("video", 2.0, None)]),
    ("Deliver twenty social media posts a month.", [("social_post", 20.0, None)]),
    ("Publish one blog post every two weeks.", [("article", 2.17, None)]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_reads_deliverables(text, expected):
    """Count, period and length are read and converted to per month."""
    got = [(d.type, d.per_month, d.words) for d in facts_of(text).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01), w) for t, pm, w in expected]


def test_posts_per_platform_are_summed():
    """'3 posts a week on each of Facebook and Instagram' is 6 a week."""
    (d,) = facts_of("Publish 3 posts a week on each of Facebook and Instagram.").deliverables
    assert d.type == "social_post" and d.per_month == pytest.approx(6 * 4.33, abs=0.01)
    assert set(d.platforms) == {"facebook", "instagram"}


def test_each_platform_means_every_platform_in_scope():
    """'on each platform' multiplies by the platforms in scope."""
    f = facts_of("Manage LinkedIn, Facebook and X.", "Publish 3 posts per week on each platform.")
    (d,) = f.deliverables
    assert d.per_month == pytest.approx(9 * 4.33, abs=0.01)


def test_table_rows_with_a_period_heading():
    """A deliverables table under a 'Monthly deliverables' heading."""
    f = facts_of(("heading", "Monthly deliverables"),
                 ("table_row", "Deliverable | Quantity | Notes"),
                 ("table_row", "E-zine article | 2 per month | Around 500 words each"),
                 ("table_row", "Email blast | 1 | Written and sent by you"))
    got = [(d.type, d.per_month, d.words) for d in f.deliverables]
    assert got == [("article", 2.0, 500), ("email_campaign", 1.0, None)]


def test_platform_list_items_with_a_cadence():
    """'- Instagram 4 times a week' and '- Facebook 3 times a week' are 7 posts a week."""
    f = facts_of("Please handle:", ("list_item", "Instagram 4 times a week (food shots)"),
                 ("list_item", "Facebook: 3 a week, mostly events"))
    (d,) = f.deliverables
    assert d.per_month == pytest.approx(7 * 4.33, abs=0.01) and set(d.platforms) == {"instagram", "facebook"}


def test_per_platform_table_rows_are_summed():
    """Rows 'LinkedIn | 3 posts per week' and 'Facebook | 2 posts per week' sum to 5 a week."""
    f = facts_of(("table_row", "LinkedIn | 3 posts per week"), ("table_row", "Facebook | 2 posts per week"))
    (d,) = f.deliverables
    assert d.per_month == pytest.approx(5 * 4.33, abs=0.01)


def test_restatement_is_not_counted_twice():
    """The same item in a table and in prose is one deliverable."""
    f = facts_of("Write two e-zine articles of 500 words every month.", ("heading", "Monthly deliverables"),
                 ("table_row", "E-zine article | 2 per month | 500 words"))
    assert [(d.type, d.per_month) for d in f.deliverables] == [("article", 2.0)]


@pytest.mark.parametrize("text", [
    "A one-time launch video.",
    "Two optional videos per month if budget allows.",
    "You will report weekly to our director.",
    "Write two articles.",
    "Please send us a short proposal and your monthly rate.",
    "Adding photos and videos to each profile.",
    "We will not need any email campaigns this year.",
])
def test_one_off_optional_and_verbs_are_not_deliverables(text):
    """Items without a period, optional items and verbs are not recurring deliverables."""
    assert facts_of(text).deliverables == ()


@pytest.mark.parametrize("text,expected", [
    ("Publish three posts a week on Facebook, three a week on Instagram and two a week on LinkedIn.",
     [("social_post", 8 * 4.33)]),
    ("A 30-minute video call with the owner once a month.", [("meeting", 1.0)]),
    ("The Contractor shall meet weekly with the Communications Manager.", [("meeting", 4.33)]),
    ("Each month, build the newsletter in Mailchimp and send it.", [("email_campaign", 1.0)]),
    ("Send a one-page summary of results at the end of each month.", [("report", 1.0)]),
    ("Write one feature story of about 600 words each month.", [("article", 1.0)]),
    ("Write two articles a month. The time covers the monthly articles.", [("article", 2.0)]),
    ("Two local posts a week on the Facebook page.", [("social_post", 8.66)]),
    ("Attend a monthly planning meeting with the Director.", [("meeting", 1.0)]),
    ("A one-hour planning call each month with our coordinator.", [("meeting", 1.0)]),
    ("Twice a month, write a 500-word article for the client's e-zine, and once a month send an email blast.",
     [("article", 2.0), ("email_campaign", 1.0)]),
])
def test_harder_grammar(text, expected):
    """Ellipsis, nouns that modify nouns, verbs with a frequency, definite singulars, restatements."""
    got = [(d.type, d.per_month) for d in facts_of(text).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


def test_each_location_is_not_each_platform():
    """'on each location's Facebook page' repeats per location, not per platform."""
    f = facts_of("Manage Facebook and Google Business Profile.", "Two local posts a week on each location's Facebook page.")
    (d,) = f.deliverables
    assert d.per_month == pytest.approx(2 * 4.33, abs=0.01)


@pytest.mark.parametrize("text,per_month,per_platform", [
    ("Publish three posts a week on Facebook and Instagram.", 12.99, False),
    ("Post 3 times a week on Facebook and Instagram.", 12.99, False),
    ("Publish three posts a week on each of Facebook and Instagram.", 25.98, True),
    ("Three LinkedIn posts a week.", 12.99, True),
])
def test_one_post_on_several_platforms_counts_once(text, per_month, per_platform):
    """A post shown on several platforms counts once; a count for each platform is summed."""
    (d,) = facts_of(text).deliverables
    assert d.per_month == pytest.approx(per_month, abs=0.01) and d.per_platform is per_platform


@pytest.mark.parametrize("rows,expected", [
    (["LinkedIn | 3 posts per week | 10 hours per month", "Facebook | 5 posts per week | "], 8 * 4.33),
    (["Deliverable | Qty | Frequency", "Blog article (1,200 words) | 1 | Monthly"], 1.0),
    (["Instagram | $400 | 4 posts a week"], 4 * 4.33),
])
def test_table_counts_come_from_the_right_cell(rows, expected):
    """Hours, money and word lengths in other cells are not the count."""
    f = facts_of(*[("table_row", r) for r in rows])
    assert sum(d.per_month for d in f.deliverables) == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize("rows,expected", [
    (["Product and room-inspiration pins | Pinterest | 5 | week", "Feed posts | Instagram | 3 | week"],
     [("social_post", 8 * 4.33)]),
    (["Channel performance report | email | 1 | month"], [("report", 1.0)]),
    (["Short report on followers and reach | monthly"], [("report", 1.0)]),
    (["Adoptable-animal spotlights, shared to Facebook and Instagram | 5 a week"], [("social_post", 21.65)]),
    (["Donor e-newsletter: one 500-word story, built and sent in Mailchimp | monthly"],
     [("email_campaign", 1.0), ("article", 1.0)]),
])
def test_table_rows_in_other_shapes(rows, expected):
    """Frequency columns, singular items without a count, rows with no work noun, stories with a length."""
    got = [(d.type, d.per_month) for d in facts_of(*[("table_row", r) for r in rows]).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


@pytest.mark.parametrize("text,expected", [
    ("2.4 Reporting: a monthly summary of reach and follower growth.", [("report", 1.0)]),
    ("2.2 Content: three (3) posts per week on Facebook and three (3) posts per week on Instagram, written for each channel.",
     [("social_post", 25.98)]),
])
def test_section_numbers_and_loose_per_channel_words(text, expected):
    """'2.4' opening a clause is its number, not a count; 'written for each channel' multiplies nothing."""
    got = [(d.type, d.per_month) for d in facts_of(text).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


@pytest.mark.parametrize("text,expected", [
    ("Three (3) original posts per week on each of the four channels listed in B.1.", None),
    ("YouTube: two how-to videos a month filmed in the store.", [("video", 2.0)]),
    ("Write and send our monthly members' email.", [("email_campaign", 1.0)]),
    ("Sit down with Jess, our co-owner, once a month to plan.", [("meeting", 1.0)]),
    ("Post three inventory spotlights or service specials per week to our Facebook page.", [("social_post", 12.99)]),
])
def test_more_deliverable_grammar(text, expected):
    """'Each of the four channels', hyphenated compounds, possessives, meeting verbs, unknown post nouns."""
    got = [(d.type, d.per_month) for d in facts_of("Manage Facebook, Instagram, LinkedIn and X.", text).deliverables]
    if expected is None:
        assert got == [("social_post", pytest.approx(12 * 4.33, abs=0.01))]
    else:
        assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


@pytest.mark.parametrize("rows,expected", [
    (["Members' e-bulletin, built and sent to 4,100 members | 1 | monthly"], [("email_campaign", 1.0)]),
    (["Short video from the carriage workshop (60-90 sec) | 1 | monthly"], [("video", 1.0)]),
])
def test_table_numbers_that_count_other_things(rows, expected):
    """Audience sizes and durations in a row are not the item's count."""
    got = [(d.type, d.per_month) for d in facts_of(*[("table_row", r) for r in rows]).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


@pytest.mark.parametrize("blocks,expected", [
    ([("table_row", "Email newsletter | 1 send to the 9,000-name list | monthly")], [("email_campaign", 1.0)]),
    (["End-of-month summary: posts published and review trend."], [("report", 1.0)]),
    (["Send a monthly stats email: followers and reach."], [("report", 1.0)]),
    (["A one-page numbers snapshot once a month."], [("report", 1.0)]),
])
def test_reports_and_sends_in_other_words(blocks, expected):
    got = [(d.type, d.per_month) for d in facts_of(*blocks).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


@pytest.mark.parametrize("text,per_month", [
    ("We'll do a 20-minute check-in on Fridays.", 4.33),
    ("Attend a monthly review with the Head of Communications.", 1.0),
    ("The lead shall attend a sixty-minute planning session with the PIO once a month.", 1.0),
])
def test_meetings_in_other_words(text, per_month):
    (d,) = facts_of(text).deliverables
    assert d.type == "meeting" and d.per_month == pytest.approx(per_month, abs=0.01)


@pytest.mark.parametrize("blocks,expected", [
    # a platform named before a later noun belongs to that noun, not to the item before it
    (["Publish five Instagram posts and three Facebook posts every week."], 8 * 4.33),
    (["Roughly five Instagram posts and three on Facebook each week."], 8 * 4.33),
    (["We want 4 posts a week on Instagram and 2 for LinkedIn."], 6 * 4.33),
    # "each network gets": the count is per platform named in the clause
    (["Keep Facebook and Instagram alive: each network gets three posts weekly."], 6 * 4.33),
    (["LinkedIn and X, every channel needs two posts a week."], 4 * 4.33),
    # "on each" closing a clause after a label that names the platforms
    ([("list_item", "Facebook and Instagram: two or three posts weekly on each, built around the schedule.")], 6 * 4.33),
    # a platform label's cadence is the count, whatever the item is called
    ([("list_item", "Facebook: three items each week (tips, open houses)"),
      ("list_item", "Instagram: three items each week, single photo or carousel"),
      ("list_item", "Nextdoor: one neighbourhood notice each week")], 7 * 4.33),
])
def test_posts_per_platform_in_a_fifth_set_of_words(blocks, expected):
    (d,) = [d for d in facts_of(*blocks).deliverables if d.type == "social_post"]
    assert d.per_month == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize("text", [
    "Facebook – 2 hours per week of community management",
    "Facebook: 5,000 followers each month",
    "Instagram: 40 comments a day on average",
])
def test_a_platform_label_with_a_measure_is_not_a_cadence(text):
    assert [d for d in facts_of(("list_item", text)).deliverables if d.type == "social_post"] == []


@pytest.mark.parametrize("blocks,expected", [
    (["Plus a one-page recap per account at month end."], [("report", 1.0)]),
    (["Send a short report at the end of each month."], [("report", 1.0)]),
    (["A month-end summary email to the owner."], [("report", 1.0)]),
    (["Write and send our members' email once a month."], [("email_campaign", 1.0)]),
    (["Joining the Tuesday programming meeting (usually about 45 minutes)."], [("meeting", 4.33)]),
    (["Sit down with Jess, our co-owner, once a month to plan."], [("meeting", 1.0)]),
    ([("table_row", "D3 | Technical blog article, ~1,000 words, for the website | 1 per month")], [("article", 1.0)]),
])
def test_periods_and_items_in_a_fifth_set_of_words(blocks, expected):
    got = [(d.type, d.per_month) for d in facts_of(*blocks).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


def test_approximate_lengths_with_a_tilde():
    (d,) = facts_of(("table_row", "D3 | Technical blog article, ~1,000 words | 1 per month")).deliverables
    assert d.words == 1000


@pytest.mark.parametrize("text", [
    "We have a 15-minute huddle at 9:15 every Monday; jump on if you can, it isn't compulsory.",
    "There is a weekly team call, which is optional.",
    "Evening shifts are agreed in advance and sit inside your weekly hours.",
    "Written by the owner and shared at the Monday staff huddle.",
    "Three posts a week (the same post on both pages is fine).",
    "Photos, carousels and the occasional reel each week.",
    "Send a report by the end of the month.",
])
def test_optional_placed_and_restated_items_are_not_deliverables(text):
    got = [(d.type, d.per_month) for d in facts_of(text).deliverables]
    assert ("meeting", pytest.approx(4.33, abs=0.01)) not in got
    assert not any(t in ("video", "report") for t, _ in got)
    assert len([t for t, _ in got if t == "social_post"]) <= 1


def test_a_required_meeting_stays():
    (d,) = facts_of("Join our weekly call; attendance is mandatory.").deliverables
    assert d.type == "meeting"


@pytest.mark.parametrize("text,expected", [
    ("Write a pair of website articles monthly.", [("article", 2.0)]),
    ("A couple of blog posts a month.", [("article", 2.0)]),
    ("Half a dozen posts a week.", [("social_post", 6 * 4.33)]),
    ("Assemble and send the monthly e-news to roughly 1,150 subscribers.", [("email_campaign", 1.0)]),
    ("During the trade fair the Provider will add one extra post a day from the stand; this is a one-off.", []),
    ("Facebook, Instagram and TikTok get three posts apiece every week.", [("social_post", 9 * 4.33)]),
    ("Three posts each on Facebook and LinkedIn every week.", [("social_post", 6 * 4.33)]),
])
def test_counts_in_a_sixth_set_of_words(text, expected):
    got = [(d.type, d.per_month) for d in facts_of(text).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


def test_a_header_column_names_the_item_and_its_period():
    """'X | 5' under 'Posts per week': five posts a week on X."""
    f = facts_of(*[("table_row", r) for r in ("Channel | Posts per week | Notes", "X | 5 | Matchday line-ups",
                                               "Instagram | 4 | Player features", "YouTube | - | Supplied by our partner")])
    (d,) = f.deliverables
    assert d.type == "social_post" and d.per_month == pytest.approx(9 * 4.33, abs=0.01)


@pytest.mark.parametrize("rows,expected", [
    # the first cell only labels the item counted in the next
    (["Channel or item | Volume | Notes", "Blog | 2 articles per month | about 1,000 words each"], [("article", 2.0)]),
    # a platform in the first cell is the row's; one named in the notes is not
    (["Channel | Volume | Notes", "LinkedIn company page | 3 posts per week | tips",
      "X (@paystub) | 5 posts per week | written for X, not reposted from LinkedIn"], [("social_post", 8 * 4.33)]),
    # a described item with no count of its own does not hide the counted one
    (["Channel | What goes there | How often", "Instagram | clips, finished pieces, photos | 3 posts a week",
      "Pinterest | glaze combinations and class project pins | 2 pins a week"], [("social_post", 5 * 4.33)]),
    # a second item in the row with an article count
    (["Item | Frequency | Notes", "Reporting | monthly | written dashboard plus a 45-minute review call"],
     [("report", 1.0), ("meeting", 1.0)]),
])
def test_table_rows_in_a_sixth_set_of_shapes(rows, expected):
    got = [(d.type, d.per_month) for d in facts_of(*[("table_row", r) for r in rows]).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


@pytest.mark.parametrize("blocks,expected", [
    (["Then run all three: five posts a week on Instagram, three TikToks a week, and ten pins a week on Pinterest."],
     [("social_post", 18 * 4.33)]),
    (["Each clinic's Facebook page receives one post a week and each clinic's Google Business Profile one update a week."],
     [("social_post", 2 * 4.33)]),
    (["Our Facebook page is where people find us, so it would carry three posts a week.",
      "Instagram would get two posts a week of its own."], [("social_post", 5 * 4.33)]),
    ([("list_item", "Blog: 2 posts a month, ~1,200 words each.")], [("article", 2.0)]),
    ([("list_item", "Newsletter: one issue a month.")], [("email_campaign", 1.0)]),
    (["A one-page update for the trustees each month."], [("report", 1.0)]),
    (["At month's end, send a short log of what was published and the reach of each post."], [("report", 1.0)]),
    (["Once a month give the council a short written note on how things are going."], [("report", 1.0)]),
    (["A monthly one-pager on what moved."], [("report", 1.0)]),
    (["A 30-minute sync with me every other Wednesday."], [("meeting", 2.17)]),
    (["You're also welcome on our monthly community call with users."], []),
    (["Notes for Sunday's planning session."], []),
    (["For: Monday sales meeting, agents and admin staff"], []),
    (["Post weekly updates on Facebook."], [("social_post", 4.33)]),
])
def test_items_in_a_sixth_set_of_words(blocks, expected):
    got = [(d.type, d.per_month) for d in facts_of(*blocks).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


def test_a_total_over_the_clients_is_a_restatement():
    f = facts_of("What the contractor does, for each studio:", ("list_item", "3 feed posts a week."),
                 "We have four studios.", "So, four studios = 12 posts a week in total, four inboxes, four reports.")
    assert f.clients.count == 4
    assert [(d.type, d.per_month) for d in f.deliverables] == [("social_post", pytest.approx(12.99, abs=0.01))]


@pytest.mark.parametrize("text,expected", [
    # a period owned by another item is not this one's
    ("Produce a monthly performance report and attend a review meeting with the Head of Brand once a fortnight.",
     [("report", 1.0), ("meeting", 2.17)]),
    # ... unless it is the only one: the article sits inside the monthly newsletter
    ("A monthly email newsletter to our clients, led by a pet-care article of around 500 words.",
     [("email_campaign", 1.0), ("article", 1.0)]),
])
def test_periods_belong_to_their_own_item(text, expected):
    got = [(d.type, d.per_month) for d in facts_of(text).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


def test_nouns_after_a_platform_row_count_describe_its_content():
    rows = ["Channel | Posts per week | Typical content", "Facebook | 3 | donor stories, event news, volunteer calls",
            "LinkedIn | 2 | corporate partners, board news"]
    (d,) = facts_of(*[("table_row", r) for r in rows]).deliverables
    assert d.type == "social_post" and d.per_month == pytest.approx(5 * 4.33, abs=0.01)


def test_shared_and_platform_posts_sum_with_their_parts():
    rows = ["Deliverable | Channels | Volume", "Feed posts, same post on both accounts | Facebook, Instagram | 3 per week",
            "Pins | Pinterest | 5 per week"]
    (d,) = facts_of(*[("table_row", r) for r in rows]).deliverables
    assert d.per_month == pytest.approx(8 * 4.33, abs=0.01)
    assert [(p.platforms, p.per_platform) for p in d.parts] == [(("facebook", "instagram"), False), (("pinterest",), True)]


@pytest.mark.parametrize("blocks,expected", [
    ([("list_item", "Mondays: draft two LinkedIn posts from my voice memos.")], [("social_post", 8.66)]),
    ([("list_item", "End of the month: a few lines in our Notion dashboard with followers and the best post.")],
     [("report", 1.0)]),
    (["You're booked for 20 hours a week, and all of it is for this: LinkedIn and the newsletter."], []),
    ([("list_item", "One-page recap per store at month end: reach, top post, lead count.")], [("report", 1.0)]),
    ([("list_item", "Monthly numbers: followers, saves, link clicks.")], [("report", 1.0)]),
    ([("list_item", "Our newsletter. It goes out once a month to about 1,800 people.")], [("email_campaign", 1.0)]),
    (['Write two short articles each month for our e-newsletter, "The Hollow Post", and send it through Mailchimp.'],
     [("article", 2.0), ("email_campaign", 1.0)]),
    (["The board is glad to have you at any meeting. The board meets the first Tuesday of each month."], []),
    (["Photos come every Tuesday after stock arrives (usually a two-hour unpacking session)."], []),
    (["A weekly strategy session with the owner."], [("meeting", 4.33)]),
    (["Put up two posts a week: meeting reminders, road-work notices."], [("social_post", 8.66)]),
])
def test_items_in_a_seventh_set_of_words(blocks, expected):
    got = [(d.type, d.per_month) for d in facts_of(*blocks).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


@pytest.mark.parametrize("blocks,expected", [
    # a platform label with a frequency and no count: one post each time
    ([("list_item", "Instagram every single day. nail art pics")], [("social_post", 30.31)]),
    ([("list_item", "Facebook like twice a week but different stuff")], [("social_post", 8.66)]),
    ([("list_item", "LinkedIn weekly.")], [("social_post", 4.33)]),
    ([("list_item", "Facebook daily: check the comments")], []),
    (["Monitor Facebook daily."], []),
    ([("list_item", "Facebook weekly report")], [("report", 4.33)]),
    # a verb inside a compound is no verb
    ([("list_item", "three Facebook posts a week: meet-the-team, pet of the week")], [("social_post", 12.99)]),
    # a frequency opening the sentence governs a later clause
    (["Once a month the freelancer sends a few lines on what worked and what didn't, and we meet for a cuppa to plan."],
     [("report", 1.0), ("meeting", 1.0)]),
    # an item someone else makes
    (["One article a month of roughly 800 words for the member e-bulletin, which our team formats and sends."],
     [("article", 1.0)]),
    (["A short analytics memo is due by the tenth of each month."], [("report", 1.0)]),
])
def test_items_in_an_eighth_set_of_words(blocks, expected):
    got = [(d.type, d.per_month) for d in facts_of(*blocks).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


def test_a_header_naming_the_count_wins_over_nouns_in_a_description():
    """'Instagram | 3 | photos and short graphics' under 'Posts per week' is three posts, not three graphics."""
    rows = ["Channel | Posts per week | Typical content", "Facebook | 4 | meeting notices, survey links",
            "Instagram | 3 | photos and short graphics from corridor studies"]
    (d,) = facts_of(*[("table_row", r) for r in rows]).deliverables
    assert d.type == "social_post" and d.per_month == pytest.approx(7 * 4.33, abs=0.01)


def test_posts_at_different_cadences_add_up_per_month():
    (d,) = facts_of(("list_item", "Instagram every day"), ("list_item", "Facebook twice a week")).deliverables
    assert (d.count, d.period) == (pytest.approx(30.31 + 8.66, abs=0.01), "month")


@pytest.mark.parametrize("blocks,expected", [
    (["LinkedIn needs something once a month, usually about our talks."], [("social_post", 1.0)]),
    ([("heading", "Monthly"), ("list_item", "Short report: follower change, top 3 posts, clicks from Google.")],
     [("report", 1.0)]),
    ([("list_item", "Blog: two articles a month of about 600 words each.")], [("article", 2.0)]),
    (["The board would rather deal with those at the monthly meeting, face to face."], []),
    (["A short written report each quarter, and attendance at the quarterly Board meeting to present it."],
     [("report", 0.33), ("meeting", 0.33)]),
    (["Each month the supplier will write one feature of roughly 600 words, and send our monthly e-newsletter, "
      "with that feature as its lead story."], [("article", 1.0), ("email_campaign", 1.0)]),
    (["Every month, try the newest feature Instagram has launched."], []),
    ([("table_row", "Deliverable | Quantity | Timing"),
      ("table_row", "Workshop promotion pack (2-hour evening sessions) | 1 | quarterly, optional")], []),
])
def test_items_in_a_ninth_set_of_words(blocks, expected):
    got = [(d.type, d.per_month) for d in facts_of(*blocks).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


@pytest.mark.parametrize("blocks,expected", [
    ([("list_item", "(b) write one (1) LinkedIn article of approximately 1,000 words per calendar month;")],
     [("article", 1.0)]),
    ([("table_row", "Deliverable | Channel(s) | Volume | Cadence"),
      ("table_row", "Show posts (one post, shared to both) | Instagram and Facebook | 3 | weekly")], [("social_post", 12.99)]),
    ([("table_row", "Deliverable | Channel(s) | Volume | Cadence"),
      ("table_row", "Audience metrics report | all three | 1 | monthly")], [("report", 1.0)]),
    (["The Outreach Lead approves the weekly post plan by Wednesday."], []),
])
def test_items_in_a_tenth_set_of_words(blocks, expected):
    got = [(d.type, d.per_month) for d in facts_of(*blocks).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


def test_a_platform_in_a_comparison_is_not_where_posts_go():
    f = facts_of("Post on Instagram and LinkedIn.",
                 ("list_item", "two (2) LinkedIn posts per week, different from the Instagram content"))
    (d,) = f.deliverables
    assert d.platforms == ("linkedin",)


@pytest.mark.parametrize("blocks,expected", [
    (["Run both: three Instagram posts a week about members, plus one Google update a week."], [("social_post", 17.32)]),
    ([("heading", "Per store, every week:"), ("list_item", "1 update on that store's Google profile (specials).")],
     [("social_post", 4.33)]),
    (["Send me updates on Facebook growth."], []),
    (["Three Instagram posts a week and one TikTok a week."], [("social_post", 17.32)]),
    ([("list_item", "Instagram twice a week too, but different posts.")], [("social_post", 8.66)]),
    ([("list_item", "The Mug Club email: one a month to our roughly 900 members.")], [("email_campaign", 1.0)]),
    (["Shortlisted people get a 45-minute video call and a day pass to any space."], []),
    ([("table_row", "Account | Posts per week | Typical content"),
      ("table_row", "X | 5 | as Facebook, plus live posts from the monthly plenary Council meeting")], [("social_post", 21.65)]),
    (["The Marginal Note, our email newsletter, once a month: new titles, the events list, a short essay from one of us."],
     [("email_campaign", 1.0)]),
    (["2.4 Reporting: a monthly summary of reach, follower growth and link clicks."], [("report", 1.0)]),
])
def test_items_in_an_eleventh_set_of_words(blocks, expected):
    got = [(d.type, d.per_month) for d in facts_of(*blocks).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


def test_an_appositive_renames_the_item_and_gives_its_length():
    (d,) = facts_of("One blog post a month, a real-wedding write-up, about 800 words, with a gallery.").deliverables
    assert (d.type, d.per_month, d.words) == ("article", 1.0, 800)


@pytest.mark.parametrize("blocks,expected", [
    ([("list_item", 'd) the monthly "Tideline" e-mail bulletin to roughly 2,300 subscribers: building and sending it;')],
     [("email_campaign", 1.0)]),
    ([("list_item", 'building and sending the monthly "Between the Stacks" patron e-newsletter')], [("email_campaign", 1.0)]),
    (['Four times a year the vendor shall write and send the "Kessland Getaways" email to the consumer list.'],
     [("email_campaign", 0.33)]),
    ([("list_item", "send that shop's manager a one-page summary at the end of the month")], [("report", 1.0)]),
    (["Send the final report by the end of the month."], []),
    ([("list_item", "First Monday of the month: a one-page summary for me (followers, best post).")], [("report", 1.0)]),
    ([("list_item", "one quick sheet at month end: follower count, best post, what sold off the back of a post")],
     [("report", 1.0)]),
    ([("list_item", 'Monthly customer email ("Rind & Rumour"): a short piece, about 400 words, on whatever is in season.')],
     [("email_campaign", 1.0), ("article", 1.0)]),
    (["Provide a monthly report, and present it at a monthly hui with the Communications Team Leader."],
     [("report", 1.0), ("meeting", 1.0)]),
    (["Lot 2 (print design of the annual tenant report) is a separate procurement and is not covered by this document."], []),
    ([("table_row", "Deliverable | Where | How many | When"),
      ("table_row", "Bloom posts, one post carried on both | Instagram + Facebook | 4 | each week")], [("social_post", 17.32)]),
    ([("table_row", "Item | Channel | Quantity | Notes"),
      ("table_row", "Backstage posts | Instagram and Facebook | 4 per week | One post, published to both"),
      ("table_row", "Show trailer, 60 to 90 seconds | YouTube | 2 per month | We shoot at rehearsals")],
     [("social_post", 17.32), ("video", 2.0)]),
    ([("list_item", "a) Instagram: five (5) feed posts per week."), ("list_item", "b) X: a minimum of one (1) post per day.")],
     [("social_post", 21.65 + 30.31)]),
])
def test_items_in_a_twelfth_set_of_words(blocks, expected):
    got = sorted((d.type, d.per_month) for d in facts_of(*blocks).deliverables)
    assert got == sorted((t, pytest.approx(pm, abs=0.01)) for t, pm in expected)


@pytest.mark.parametrize("blocks,expected", [
    ([("list_item", "putting together the quarterly e-newsletter (four a year) that goes to the 214 flats.")],
     [("email_campaign", 0.33)]),
    ([("table_row", "Item | Quantity | Frequency"),
      ("table_row", "Concert posts, one post shared to Instagram and Facebook | 4 | per week")], [("social_post", 17.32)]),
])
def test_items_in_a_thirteenth_set_of_words(blocks, expected):
    got = sorted((d.type, d.per_month) for d in facts_of(*blocks).deliverables)
    assert got == sorted((t, pytest.approx(pm, abs=0.01)) for t, pm in expected)


@pytest.mark.parametrize("blocks,expected", [
    # a platform's name before "update" is where the update goes
    ([("paragraph", "For each shop:"), ("list_item", "add one Google Business Profile update a week"),
      ("list_item", "post twice a week on that shop's Facebook page")], [("social_post", 12.99)]),
    # a paragraph about one platform gives its posts that platform, so separate platforms' posts add up
    (["Instagram matters most to us. We'd like five posts a week.", "Three TikToks a week would be lovely too."],
     [("social_post", 34.64)]),
    ([("list_item", "LinkedIn is for recruiters. Two posts a week there, written for them."),
      ("list_item", "Facebook: three posts a week.")], [("social_post", 21.65)]),
    (["Facebook and Instagram both matter. Three posts a week."], [("social_post", 12.99)]),
    # "one post on both accounts" in a notes cell describes the count in the quantity cell
    ([("table_row", "Item | Volume | Notes"), ("table_row", "Posts on Instagram and Facebook | 4 per week | one post on both accounts"),
      ("table_row", "Bluesky posts | 2 per week | written separately")], [("social_post", 25.98)]),
    # posts on top of posts already counted for the same platform
    (["Three posts each week, each adapted for Facebook, Instagram and LinkedIn.",
      "In addition, one recruitment post per week on LinkedIn only."], [("social_post", 17.32)]),
    # what some of the posts must be is not more posts
    (["Four posts a week on Instagram.", "At least one post per week shall be bilingual."], [("social_post", 17.32)]),
    (["The control room is staffed 7 days a week and posts closure alerts to X itself."], []),
    (["A call service answers the visitor line every day of the year."], []),
    (["Send a short round-up of the numbers before each monthly board meeting."], [("report", 1.0)]),
    (["Send the director a short written report on the month's numbers."], [("report", 1.0)]),
    (["One short film (under two minutes) each quarter, planned with the comms team."], [("video", 0.33)]),
    (["We host a film night every month; two Facebook posts a week about it, please."], [("social_post", 8.66)]),
])
def test_items_in_a_fifteenth_set_of_words(blocks, expected):
    got = sorted((d.type, d.per_month) for d in facts_of(*blocks).deliverables)
    assert got == sorted((t, pytest.approx(pm, abs=0.01)) for t, pm in expected)


@pytest.mark.parametrize("text,words", [
    ("One insights article a month for the firm's website, approx. 500 words.", 500),
    ("A blog article each month for the club website – roughly 800 words.", 800),
    ("A blog article each month and a newsletter, 800 words.", None),  # which of the two: not said
])
def test_a_closing_length_aside(text, words):
    assert [d.words for d in facts_of(text).deliverables if d.type == "article"] == [words]


@pytest.mark.parametrize("blocks,expected", [
    (["The annual Consumer Confidence Report is prepared and mailed by the Water Quality Division and is not part of this "
      "scope.", "Three posts per week."], [("social_post", 12.99)]),
    (["One supporter email a month through Mailchimp, with the month's rescue story and a gentle appeal."],
     [("email_campaign", 1.0)]),
    ([("heading", "YouTube"), ("list_item", "We film two full-length classes a month (45 to 60 minutes each). You edit them.")],
     [("video", 2.0)]),
    (["I film weddings most weekends."], []),
    (["Bev: a post every single day if you can."], [("social_post", 30.31)]),
    (["There's a team huddle every Monday; jump on if you can."], []),
    ([("paragraph", "The plan:"), ("list_item", "Short written update to the committee by email before each monthly meeting.")],
     [("report", 1.0)]),
    ([("paragraph", "The plan:"), ("list_item", "Film and edit three TikTok videos a week.")], [("video", 12.99)]),
    ([("paragraph", "The plan:"), ("list_item", "Blog: two articles a month of about 600 words each.")], [("article", 2.0)]),
    # a report said as a request, and a mailing named by the tool it goes through
    ([("list_item", "4. Once a month, tell me how we did: followers, best post, anything odd.")], [("report", 1.0)]),
    (["Tell me how the launch went."], []),
    ([("list_item", "Once a quarter, write and send our supporter appeal (about 1,900 contacts, in Mailchimp).")],
     [("email_campaign", 0.33)]),
    (["We do not send anything through Mailchimp every month."], []),
    (["Our events team sends a monthly Mailchimp newsletter; not part of this brief."], []),
])
def test_items_in_a_sixteenth_set_of_words(blocks, expected):
    got = sorted((d.type, round(d.per_month, 2)) for d in facts_of(*blocks).deliverables)
    assert got == sorted(expected)


@pytest.mark.parametrize("blocks,expected", [
    (["A monthly analytics report, and a forty-five (45) minute status meeting with the lead every other week."],
     [("meeting", 2.17), ("report", 1.0)]),
    ([("table_row", "Item | Service | Frequency"), ("table_row", "4 | Monthly performance report to the Coordinator | Monthly"),
      ("table_row", "5 | Catch-up with the Coordinator, on Teams | Fortnightly")], [("meeting", 2.17), ("report", 1.0)]),
    ([("table_row", "Ref | Deliverable | Frequency | Notes"),
      ("table_row", "D1 | Posts for Instagram and Facebook | 5 a week | One post per slot on both accounts")],
     [("social_post", 21.65)]),
    ([("table_row", "Item | Channel | Number | Frequency"),
      ("table_row", '"Lantern Post" family e-newsletter, sent from Mailchimp | email | 1 | every month'),
      ("table_row", "Kick-off | one 3-hour session at the studio in the first week (not part of the weekly allowance)")],
     [("email_campaign", 1.0)]),
    ([("table_row", "Ref | Deliverable | Audience | Frequency"),
      ("table_row", "D6 | Planning review on site (about 2 hours) | n/a | 1 per quarter")], [("meeting", 0.33)]),
    (["Our Instagram is the first thing new owners look at, and it has managed a post a fortnight at best since I took on "
      "the books.", "Three posts a week on Instagram."], [("social_post", 12.99)]),
    (["We meet every Tuesday evening from 7.30 to 10pm in the clubroom behind the Railway Tavern; drop in any week."], []),
    (["The weekly Shabbat bulletin remains with Marcy in the office."], []),
    ([("list_item", "Sit in on the Monday 10am planning meeting")], [("meeting", 4.33)]),
    (["You don't need to come to our Monday 3pm family meeting, I promise."], []),
])
def test_items_in_a_seventeenth_set_of_words(blocks, expected):
    got = sorted((d.type, round(d.per_month, 2)) for d in facts_of(*blocks).deliverables)
    assert got == sorted(expected)


@pytest.mark.parametrize("blocks,expected", [
    ([("list_item", "Facebook is where parents find us. Three posts a week: clubs, trips, reminders."),
      ("list_item", "LinkedIn is for funders. One post a week, written for them rather than copied from Facebook.")],
     [("social_post", 17.32)]),
    ([("list_item", "Set up a Nextdoor account and tidy the Facebook page."),
      ("list_item", "Keep both going with two posts a week, the same post on each.")], [("social_post", 8.66)]),
    ([("list_item", "Every branch has its own Instagram. Three posts a week on each: staff, stock, events.")],
     [("social_post", 12.99)]),
    ([("list_item", "3. Then, every week, keep both going:"), ("list_item", "Instagram: 3 posts (makers, stock);"),
      ("list_item", "TikTok: 2 posts (behind the counter)")], [("social_post", 21.65)]),
    (["The Contractor shall attend a review meeting with the Head of Communications, Marketing Division, every two (2) weeks."],
     [("meeting", 2.17)]),
    (["Attend the Board's meeting in March, June, September and December to present the figures."], [("meeting", 0.33)]),
    (["Please join the events committee's catch-up on the second Tuesday of each month."], [("meeting", 1.0)]),
    (["A coffee with me once a month to look at the numbers."], [("meeting", 1.0)]),
    (["[04/02/2026, 09:10] Ana: How often do you want something going up?",
      "[04/02/2026, 09:12] Jo: 4 a week. same post on both is fine."], [("social_post", 17.32)]),
])
def test_items_in_a_nineteenth_set_of_words(blocks, expected):
    got = sorted((d.type, round(d.per_month, 2)) for d in facts_of(*blocks).deliverables)
    assert got == sorted(expected)


@pytest.mark.parametrize("blocks", [
    ["We are thirty members who meet for lunch every Friday at the Crown."],
    ["We're a small bookshop (we post orders out twice a week)."],
    ["We talked it over at the Council meeting in June and July."],
    ["Me: How many newsletters?", "Jo: Two a month."],
    ["The launch meeting on the first Monday of March is the kick-off."],
])
def test_no_items_in_a_nineteenth_set_of_words(blocks):
    assert facts_of(*blocks).deliverables == ()


@pytest.mark.parametrize("blocks,expected", [
    ([("table_row", "Ref | Deliverable | Channels | Volume"),
      ("table_row", "D1 | Author news, volunteer calls and backstage posts, one post on both | Instagram and Facebook | 5 per week")],
     [("social_post", 21.65)]),
    (['Something like two posts a week: rehearsal photos, concert news, "meet the section" pieces.'], [("social_post", 8.66)]),
    (["Urgent notices are issued by our Duty Communications Officer, a post staffed 24 hours a day, every day."], []),
    (["A weekly call with the volunteer coordinator."], [("meeting", 4.33)]),
])
def test_items_in_a_twentieth_set_of_words(blocks, expected):
    got = sorted((d.type, round(d.per_month, 2)) for d in facts_of(*blocks).deliverables)
    assert got == sorted(expected)
