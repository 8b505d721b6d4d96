"""Counter-examples from a review: sentences the broader grammar must not misread."""

import pytest

from conftest import facts_of


@pytest.mark.parametrize("blocks", [
    ["We are a chamber of 250 member businesses.", "Each member receives our monthly newsletter."],
    ["Membership costs $20 per member per month."],
    ["Our campus has three buildings.", "Be present in all the places our students spend time."],
    ["Our group runs three clinics.", "Each of the three videos needs captions."],
])
def test_not_clients(blocks):
    assert facts_of(*blocks).clients.per_client is False


@pytest.mark.parametrize("blocks,platform,posts", [
    (["No need for a full-time social media manager. We want someone for 10 hours a week to post three times a week "
      "on Instagram."], "instagram", 12.99),
    (["You won't need to design graphics - we supply them. Write 3 posts a week for Facebook."], "facebook", 12.99),
    (["We don't need a big agency, just someone reliable. Each week you will:",
      ("list_item", "Post three times on Instagram")], "instagram", 12.99),
])
def test_a_sentence_does_not_exclude_its_paragraph(blocks, platform, posts):
    f = facts_of(*blocks)
    assert platform in {p.id for p in f.platforms}
    assert any(d.type == "social_post" and d.per_month == pytest.approx(posts, abs=0.01) for d in f.deliverables)


def test_an_exclusion_list_keeps_its_last_item_out():
    f = facts_of("Not included in this contract:", ("list_item", "Paid advertising"), ("list_item", "Customer service"),
                 ("list_item", "TikTok"), "Post on Facebook.")
    assert {p.id for p in f.platforms} == {"facebook"}


def test_a_short_list_item_is_not_a_heading():
    f = facts_of("Every week you will deliver:", ("list_item", "Three Instagram posts"),
                 ("list_item", "A brief status update for the owner"), ("list_item", "Two Facebook posts"))
    assert [d for d in f.deliverables if d.type == "social_post"][0].per_month == pytest.approx(5 * 4.33, abs=0.01)


@pytest.mark.parametrize("rows", [
    ["Channel | Hours per week", "Facebook | 5"],
    ["Platform | Monthly ad spend (USD)", "Facebook | 500"],
])
def test_a_header_without_an_item_does_not_make_posts(rows):
    assert facts_of(*[("table_row", r) for r in rows]).deliverables == ()


@pytest.mark.parametrize("blocks,platform", [
    ([("table_row", "Channel | Volume | Notes"), ("table_row", "Instagram | 3 per week | Native Reels preferred")], "instagram"),
    ([("table_row", "Channel | Volume | Notes"), ("table_row", "Facebook | 3 per week | Nature and wildlife focus")], "facebook"),
    ([("list_item", "Facebook: post three times a week. Not in the evenings, please.")], "facebook"),
    ([("list_item", "GBP 1 post a week")], "google_business"),
    (["Answer customer questions on WhatsApp within two hours."], "whatsapp"),
])
def test_platforms_kept_in_scope(blocks, platform):
    assert platform in {p.id for p in facts_of(*blocks).platforms}


@pytest.mark.parametrize("text", [
    "Do not message followers directly; reply in the public comments instead.",
    "No email goes to subscribers directly without our sign-off.",
])
def test_third_parties_are_not_the_client(text):
    assert facts_of(text).client_contact.allowed is None


@pytest.mark.parametrize("text", [
    "You must be able to work in Canva and WordPress.",
    "Set up conversion reporting to Google Analytics.",
    "Approved posts go straight to the scheduler.",
    "Our agency works in small teams with a dedicated account lead.",
    "You are expected to work from home on Fridays.",
])
def test_not_an_allowance(text):
    assert facts_of(text).client_contact.allowed is None


def test_two_items_at_a_client_ratio_are_both_kept():
    f = facts_of("Do this for each of our 2 clients:", ("list_item", "Write one case study a month."),
                 ("list_item", "Write two blog posts a month."))
    assert sorted(d.per_month for d in f.deliverables) == [1.0, 2.0]


@pytest.mark.parametrize("text", [
    "The contractor will answer messages within the hours of 9am to 5pm.",
    "The contractor will answer questions in the hour before each live stream.",
])
def test_not_a_one_hour_window(text):
    r = facts_of(text).response_time
    assert r is None or r.hours != 1.0


@pytest.mark.parametrize("blocks,per_month", [
    (["We budget 20 hours for content, community and one planning call, each month."], (20, 20)),
    (["The contract runs 12 months.", "Allow 20 hours for the project kickoff and channel audit."], None),
    (["The contractor runs a 3-hour month-end review with the director."], None),
])
def test_hours_and_events(blocks, per_month):
    h = facts_of(*blocks).hours
    assert (h and (h.per_month.min, h.per_month.max)) == (per_month and pytest.approx(per_month))


@pytest.mark.parametrize("text", [
    "Deliver an audit report by the end of month 2.",
    "Write 8 blog posts about our weekend classes, which run on Saturdays and Sundays.",
])
def test_one_off_work_stays_one_off(text):
    assert facts_of(text).deliverables == ()


@pytest.mark.parametrize("rows,expected", [
    (["Channel | Effort | Output", "LinkedIn | 10 hours | 2 articles per month"], ("article", 2.0)),
    (["Channel | Words | Output", "LinkedIn | 800 words | 2 articles per month"], ("article", 2.0)),
    (["Channel | Count | Item | Frequency", "YouTube | 2 | videos | monthly"], ("video", 2.0)),
])
def test_rows_with_measures_and_units(rows, expected):
    got = [(d.type, d.per_month) for d in facts_of(*[("table_row", r) for r in rows]).deliverables]
    assert got == [(expected[0], pytest.approx(expected[1], abs=0.01))]


def test_another_teams_line_does_not_cancel_a_promise():
    r = facts_of("The contractor must respond to comments within 2 hours; the client has its own legal team.").response_time
    assert r is not None and r.hours == 2.0


def test_a_banned_bot_does_not_cancel_round_the_clock_replies():
    assert facts_of("The contractor will respond to DMs 24/7; no chatbots or auto-replies.").response_time is not None


def test_a_ban_on_something_else_does_not_cancel_a_bot():
    assert facts_of("Keep our chatbot switched on, and stock photos must not be used.").automation != ()


def test_handling_scheduling_is_not_engagement():
    assert facts_of("The agency will handle scheduling of all posts.").engagement.responding is False


@pytest.mark.parametrize("text,expected", [
    ("Two 45-minute sessions per month with the comms team.", [("meeting", 2.0)]),
    ("The marketing lead meets with the agency every Monday.", [("meeting", 4.33)]),
    ("Our events are listed in the Chamber newsletter every month.", []),
    ("We need three videos a month each on a different product.", [("video", 3.0)]),
])
def test_items_in_review_examples(text, expected):
    got = [(d.type, d.per_month) for d in facts_of(text).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


def test_a_label_does_not_retype_social_posts():
    f = facts_of(("list_item", "Newsletter: one issue a month, promoted with two social posts a week."))
    assert sorted((d.type, d.per_month) for d in f.deliverables) == [("email_campaign", 1.0),
                                                                     ("social_post", pytest.approx(8.66, abs=0.01))]


def test_posts_do_not_go_to_an_excluded_platform():
    f = facts_of("Post on Instagram.", "Our TikTok account is run by students, and we need three posts a week from you.")
    assert all("tiktok" not in d.platforms for d in f.deliverables)


# Eighth round: general forms that were missing.

@pytest.mark.parametrize("text,kind", [
    ("Everything goes out through Buffer at the same moment on all three accounts: identical caption.", "identical-posting"),
])
def test_automation_in_an_eighth_set_of_words(text, kind):
    assert [a.kind for a in facts_of(text).automation] == [kind]


@pytest.mark.parametrize("text", [
    "At least one post per month on each channel shall be a spotlight on a local business.",
    "The contractor will not interact with families online and will not use any automated messages, bots or auto-follow tools.",
])
def test_not_automation(text):
    assert facts_of(text).automation == ()


def test_coverage_not_asked_of_the_vendor():
    assert facts_of("Urgent messaging is issued by the PIO, and the Contractor will not be asked to provide after-hours "
                    "or 24/7 coverage.").response_time is None


@pytest.mark.parametrize("blocks,per_month", [
    (["Messages must be acknowledged within one (1) hour of receipt, 24 hours a day, 365 days a year.",
      "The Association estimates the Services will require approximately 1,680 hours per annum."], (140, 140)),
    (["20 hours a month, rising to 35 a month in peak months."], (20, 35)),
    ([("heading", "Submission"), "Send proposals by 5 p.m.",
      "* Note on level of effort: the Consultant's time shall not exceed 2,000 hours over the twelve-month contract year."],
     (0, 166.67)),
])
def test_hours_in_an_eighth_set_of_words(blocks, per_month):
    h = facts_of(*blocks).hours
    assert h is not None and (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


@pytest.mark.parametrize("blocks,count", [
    (["What we need, for each of the three conferences:", ("list_item", "Two LinkedIn posts a week")], 3),
    (["For each of the nine sites:", ("list_item", "One Google update a week")], 9),
    (["15 hours a month, total, across all four firms."], 4),
])
def test_clients_in_an_eighth_set_of_words(blocks, count):
    c = facts_of(*blocks).clients
    assert (c.count, c.per_client) == (count, True)


def test_one_item_for_each_of_several_is_not_per_client():
    assert facts_of("A 60-second trailer for each of the four productions.").clients.per_client is False


@pytest.mark.parametrize("text,listening,responding", [
    ("Check comments and page messages Mondays and Thursdays; draft replies for me to approve.", True, True),
    ("Keep up with comments and DMs on Instagram.", True, False),
    ("We'd love you to answer those, usually within a day or so.", False, True),
    ("Every comment, mention and direct message acknowledged within four hours.", False, True),
    ("Replies, DMs and reviews stay with each site's community manager.", False, False),
    ("The contractor doesn't answer or monitor anything; they publish.", False, False),
])
def test_engagement_in_an_eighth_set_of_words(text, listening, responding):
    e = facts_of(text).engagement
    assert (e.listening, e.responding) == (listening, responding)


@pytest.mark.parametrize("text,open_ended", [
    ("Route each message to Sales or Claims where needed.", False),
    ("Other social media tasks as needed.", True),
    ("Extra posts whenever requested by the Director.", True),
])
def test_where_needed_is_not_open_scope(text, open_ended):
    assert bool(facts_of(text).open_ended_scope) is open_ended


@pytest.mark.parametrize("rows,expected", [
    (["Ref | Deliverable | Quantity / standard", "3.5 | Monthly performance report | By the 5th business day of each month",
      "3.6 | Check-in call | Every other week, 30 minutes"], [("report", 1.0), ("meeting", 2.17)]),
    (["Ref | Deliverable | Standard", "3.4 | Every comment on LinkedIn and Facebook acknowledged | Within four (4) hours, "
      "24 hours a day, 7 days a week"], []),
])
def test_reference_numbers_and_durations_are_not_counts(rows, expected):
    got = [(d.type, d.per_month) for d in facts_of(*[("table_row", r) for r in rows]).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


@pytest.mark.parametrize("blocks,expected", [
    ([("list_item", "3 posts a week on Facebook (same picture; tweak the caption for each if you can)")],
     [("social_post", 12.99)]),
    (["Put together our monthly newsletter: write its lead story (about 500 words) and send it."],
     [("email_campaign", 1.0), ("article", 1.0)]),
    ([("list_item", "end of month, just send me the numbers. what worked, what flopped")], [("report", 1.0)]),
])
def test_items_in_an_eighth_set_of_words(blocks, expected):
    got = [(d.type, d.per_month) for d in facts_of(*blocks).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


# Ninth round: general forms that were missing.

@pytest.mark.parametrize("blocks,expected", [
    (["Post on Facebook. The board chair's LinkedIn activity is her own. None of these is part of the engagement."],
     {"facebook"}),
    (["Post on Instagram. My second shooter does our TikTok for fun."], {"instagram"}),
    ([("list_item", "Instagram: 3 posts a week."), ("list_item", "TikTok: no.")], {"instagram"}),
    ([("list_item", "Instagram: 3 posts a week."), ("list_item", "linkedin = wholesale accounts. that's me, leave it")],
     {"instagram"}),
    ([("list_item", "Instagram: 3 posts a week."), ("list_item", "TikTok: our daughter Ellie does ours.")], {"instagram"}),
    (["Post on Facebook. The alerts account on X is staffed around the clock by Emergency Management."], {"facebook"}),
    (["Post on Facebook. The Council withdrew from Nextdoor in 2024."], {"facebook"}),
    (["Post on Facebook. Bec on reception keeps looking after our Google reviews."], {"facebook"}),
    (["Reply personally to every Google review on the location's profile."], {"google_business"}),
    (["2.4 Exclusions. The following are not part of this Contract:",
      ("table_row", "Channel or activity | Responsible area"), ("table_row", "LinkedIn recruitment advertising | HR"),
      "Post on Facebook."], {"facebook"}),
])
def test_platforms_in_a_ninth_set_of_words(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


@pytest.mark.parametrize("text,allowed", [
    ("The contractor must not contact any client or family member outside the page and the helpline.", None),
    ("The Contractor shall not approach the Co-operative's members or its Management Committee directly.", False),
    ("Text either of us whenever.", True),
    ("The contractor will take direction from, and talk directly with, our executive director.", True),
    ("You'll report to the three owners directly.", True),
    ("Video call every Monday, 30 min.", True),
])
def test_contact_in_a_ninth_set_of_words(text, allowed):
    assert facts_of(text).client_contact.allowed is allowed


def test_a_numbered_paragraph_titled_as_an_exclusion():
    f = facts_of("3.2 Accounts not in scope. The alerts account on X is staffed around the clock by the Office.",
                 "Answer comments within one business day on Facebook.")
    assert {p.id for p in f.platforms} == {"facebook"} and f.response_time.hours == 24.0


def test_a_first_reply_standard_is_the_vendors():
    r = facts_of("Booking enquiries in Instagram DMs: first reply within 1 hour, 7am to 9pm, 7 days a week.").response_time
    assert r is not None and r.hours == 1.0 and r.hours_per_day == 14.0


@pytest.mark.parametrize("text,listening", [
    ("The Trust will monitor delivery through termly reports.", False),
    ("Monitor all three accounts each weekday.", True),
    ("Social monitoring on both pages.", True),
])
def test_monitoring_needs_an_object(text, listening):
    assert facts_of(text).engagement.listening is listening


def test_hours_for_the_period_of_performance():
    f = facts_of("Period of performance: 1 April 2026 through 31 March 2027 (twelve months).",
                 "Hours under this SOW are not to exceed 1,920 for the period of performance.")
    assert f.term.months == 12 and (f.hours.per_month.min, f.hours.per_month.max) == (0.0, 160.0)


def test_other_duties_the_manager_may_assign():
    assert facts_of("The supplier will also carry out such other social media duties as the Communications Manager "
                    "may assign from time to time.").open_ended_scope


def test_the_same_posts_shared_to_another_platform_count_once():
    (d,) = facts_of("Four Instagram posts a week and the same posts shared to Facebook.").deliverables
    assert d.platforms == ("instagram", "facebook") and d.per_platform is False
    assert d.per_month == pytest.approx(17.32, abs=0.01)


@pytest.mark.parametrize("text,expected", [
    ("Please attend the Monday meeting on 6 January to kick things off.", []),
    ("Reply to comments within 2 hours of each post, seven days a week.", []),
    ('Our 12" vinyl line launches soon, so we need 3 Instagram posts a week.', [("social_post", 12.99)]),
])
def test_more_review_examples(text, expected):
    got = [(d.type, d.per_month) for d in facts_of(text).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


# Counter-examples from the review of the tenth round's grammar: sentences a broader rule misread.
@pytest.mark.parametrize("blocks,expected", [
    ([("paragraph", "Things we're not doing at the moment but want you to take on:"),
      ("list_item", "Posting on Instagram three times a week")], {"instagram"}),
    ([("heading", "What we are not doing well"), "Post on Instagram three times a week."], {"instagram"}),
    ([("heading", "Brand voice and off-limits topics"), "Post on LinkedIn twice a week."], {"linkedin"}),
    (["Instagram, not every day, but three posts a week."], {"instagram"}),
    (["Facebook, no paid ads, two posts a week."], {"facebook"}),
    (["Post to Instagram, no hashtags please."], {"instagram"}),
    (["Post on Instagram three times a week and we will revisit the cadence at the three-month review."], {"instagram"}),
    (["Post on Instagram most days, and if you miss one, don't worry about it."], {"instagram"}),
    (["Posts are scheduled on Facebook in advance so we can set it and forget it."], {"facebook"}),
    (["We're on Facebook, but we don't have one on Instagram yet, so please set one up."], {"facebook", "instagram"}),
    (["Starting in May Instagram becomes our main channel, three posts a week."], {"instagram"}),
    (["We'd like regular updates on our WhatsApp Channel and email newsletter."], {"whatsapp"}),
    (["Post on Facebook.", "Our X account has been dormant since 2020. We have no plans to revive it."], {"facebook"}),
    (["Post on Facebook.", "Our X account has been dormant since 2020. We don't want it revived."], {"facebook"}),
])
def test_platforms_the_review_found(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


@pytest.mark.parametrize("blocks,tasks", [
    (["Manage Instagram and Facebook.", "All our accounts were set up in 2021 by the previous agency."], {("manage",)}),
    (["Manage Instagram and Facebook.", "Audit all channels monthly for broken links."], {("manage",)}),
    ([("list_item", "1) Set up a TikTok account and post twice a week.")], {("setup", "manage")}),
    ([("list_item", "a) Create a LinkedIn company page.")], {("setup",)}),
    ([("table_row", "Step | Task"), ("table_row", "1 | Create Instagram and Facebook business pages")], {("setup",)}),
])
def test_setup_the_review_found(blocks, tasks):
    assert {p.tasks for p in facts_of(*blocks).platforms} == tasks


@pytest.mark.parametrize("text", [
    "Send your proposal directly to Jane Smith by 5pm on 12 March.",
    "Forward invoices directly to Accounts Payable at the address above.",
    "We're happy to talk through the brief with shortlisted applicants.",
    "All of us are in the office whenever the shop is open.",
    "Email our secretary at the address below with any questions about this RFP.",
    "Please don't call the club secretary about content; go through me.",
    "We'll need to sign off everything before it goes live.",
    "Our account team also needs to sign off everything.",
])
def test_no_contact_rule_read_into_these(text):
    assert facts_of(text).client_contact.allowed is not True


@pytest.mark.parametrize("text,count,per_client", [
    ("We represent 5 brokerages across the county. Output, per brokerage", 5, True),
    ("We represent five brokerages. Per brokerage:", 5, True),
    ("Our four product lines each have a story. Posts per line:", None, False),
    ("We hold 10 markets a year. Deliverables per market:", None, False),
    ("Our 2 podcasts need clips. Per podcast:", None, False),
    ("For each client you'll post three times a week on Instagram; final approval stays with the client.", None, True),
])
def test_clients_the_review_found(text, count, per_client):
    c = facts_of(text).clients
    assert (c.count, c.per_client) == (count, per_client)


@pytest.mark.parametrize("blocks,expected", [
    (["Instagram weekly reach has dropped by a third."], []),
    (["YouTube monthly views are around 2,000."], []),
    ([("list_item", "Facebook: every day we get dozens of messages from parents.")], []),
    ([("list_item", "Instagram - twice a year we run a giveaway.")], []),
    ([("list_item", "Instagram daily, Facebook twice a week.")], [("social_post", 30.31 + 8.66)]),
    ([("table_row", "Channel | Posts a week | Notes"), ("table_row", "Instagram | 3 | Stories optional")],
     [("social_post", 12.99)]),
    (["Write the monthly newsletter, which our team sends out to 4,000 members."], [("email_campaign", 1.0)]),
    ([("list_item", "Newsletter: our office manager writes it each month, so not needed.")], []),
    (["You'll need to be at the monthly team meeting."], [("meeting", 1.0)]),
    (["Please join us at the monthly strategy meeting."], [("meeting", 1.0)]),
    (["Each month you'll send a report; we can meet if anything needs discussing."], [("report", 1.0)]),
    (["Share three posts a week on Facebook on what's new in the shop."], [("social_post", 12.99)]),
])
def test_items_the_review_found(blocks, expected):
    got = [(d.type, d.per_month) for d in facts_of(*blocks).deliverables]
    assert got == [(t, pytest.approx(pm, abs=0.01)) for t, pm in expected]


def test_a_band_then_the_budget_inside_it():
    f = facts_of("Ongoing | Less than 30 hrs/week | Posted yesterday", "You'll spend 1 hour a week on reporting.",
                 "Budget: 20 hours a week.")
    assert f.hours.per_month.max == pytest.approx(86.6, abs=0.01)


@pytest.mark.parametrize("text", [
    "Questions: answers will be published on the portal for all bidders.",
    "Our volunteers can get back to you in 2 days if you need photos.",
])
def test_no_reply_promise_in_these(text):
    f = facts_of(text)
    assert f.response_time is None and not f.engagement.responding


# Counter-examples from the review of the eleventh round's grammar.
@pytest.mark.parametrize("blocks,expected", [
    (["We are phasing out print advertising and moving our budget to Instagram and TikTok."], {"instagram", "tiktok"}),
    (["Help us phase out Twitter and move followers to Bluesky."], {"bluesky"}),
    (["All videos go on YouTube and TikTok.", "Closed captions are required on every video."], {"youtube", "tiktok"}),
    (["Post to Instagram.", "It is closed on Mondays, so no posts that day."], {"instagram"}),
    (["We need help with Instagram, which is a no-brainer for a bakery."], {"instagram"}),
    (["Instagram is our priority and paid ads are a non-starter."], {"instagram"}),
    (["On Instagram we pride ourselves on beautiful photography, and we need three posts a week there."], {"instagram"}),
    (["Facebook, which we set up ourselves in 2019, needs a refresh and regular posting."], {"facebook"}),
    (["The Instagram account is the client's, and you will manage it day to day."], {"instagram"}),
    (["On Instagram we stopped boosting posts last year; now we want three organic posts a week."], {"instagram"}),
    (["Post on Instagram.", "Pinterest: we stopped pinning in 2023 and will leave the boards as they are."], {"instagram"}),
    (["Post on Instagram.", "Facebook: we stopped posting there in 2024."], {"instagram"}),
    (["For Instagram, don't worry, we will provide all the photos."], {"instagram"}),
    (["Instagram: we have not posted there consistently, which is why we need you to post three times a week."],
     {"instagram"}),
    (["Keep up with the latest Google updates affecting our rankings, and post to Instagram weekly."], {"instagram"}),
])
def test_platforms_the_second_review_found(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


@pytest.mark.parametrize("blocks,expected", [
    (["You will post 3 TikTok videos a week."], [("video", 12.99)]),
    (["Twelve posts a month on Instagram and Facebook, including one TikTok a week."], [("social_post", 12.0)]),
    (["We need one Instagram post a week, a LinkedIn post every fortnight, and a monthly newsletter."],
     [("social_post", 4.33 + 2.17), ("email_campaign", 1.0)]),
    (["You will give us 2 updates on Facebook ad performance each month."], []),
    (["Post three times a week off-season."], [("social_post", 12.99)]),
    (["Provide a report on each month's performance."], [("report", 1.0)]),
    ([("list_item", "Phase Two Newsletter: one issue a month.")], [("email_campaign", 1.0)]),
    ([("list_item", "Optional Newsletter: one issue a month.")], []),
    (["Our email newsletter goes out once a month: you will also write a blog post each week."],
     [("email_campaign", 1.0), ("article", 4.33)]),
])
def test_items_the_second_review_found(blocks, expected):
    got = sorted((d.type, d.per_month) for d in facts_of(*blocks).deliverables)
    assert got == sorted((t, pytest.approx(pm, abs=0.01)) for t, pm in expected)


@pytest.mark.parametrize("blocks,per_month", [
    (["We need someone two to three days a week, about 4 hours a day."], (34.64, 51.96)),
    (["The shop is open seven days a week, and the role needs about 2 hours a day."], (43.34, 43.34)),
    (["Summer (June to August): 20 hours a week, including about 2 hours a week of reporting."], (86.6, 86.6)),
])
def test_hours_the_second_review_found(blocks, per_month):
    h = facts_of(*blocks).hours
    assert (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


@pytest.mark.parametrize("text", [
    "Comments on our Facebook page are currently answered within 24 hours by our own staff, and that will continue.",
    "Questions about this RFP will be answered within 24 hours.",
])
def test_someone_elses_reply_window(text):
    assert facts_of(text).response_time is None


@pytest.mark.parametrize("text,expected", [
    ("Produce additional content as required by campaign activity.", True),
    ("Posts are scheduled automatically, at the same time every day, by Buffer.", False),
    ("The analytics report is generated automatically at the same time each month.", False),
    ("Post new listings from our website to Instagram, and make sure follower questions are automatically routed to us.",
     False),
])
def test_open_scope_and_automation_the_second_review_found(text, expected):
    f = facts_of(text)
    assert bool(f.open_ended_scope if "as required" in text else f.automation) is expected


@pytest.mark.parametrize("text,allowed", [
    ("Contacting us: all questions go to procurement@council.gov, not to programme staff.", None),
    ("Contact us: Jane Smith, Procurement Officer, jane@council.gov", None),
    ("You will coordinate closely with our PR agency on launches.", None),
    ("You must not contact clients' families directly.", None),
])
def test_contact_the_second_review_found(text, allowed):
    assert facts_of(text).client_contact.allowed is allowed


def test_a_long_refusing_label():
    assert facts_of("Things we don't want: fake followers, giveaways, engagement pods or auto-replies.").automation == ()


def test_responses_to_a_survey_are_not_replies():
    assert not facts_of("Responses to our 2023 survey of 400 residents, which included open questions, shaped this brief."
                        ).engagement.responding


# Found by trying the tool as a new user on a document written in new words (a ferry co-operative's post).
def test_a_broken_bot_in_the_past_is_not_prescribed():
    assert facts_of("Post on Facebook.", "We stopped using Twitter when the sailings bot broke.").automation == ()


def test_hours_for_two_seasons_in_one_sentence():
    h = facts_of("Budget: we can pay for twelve hours a week in season and four hours a week in winter.").hours
    assert (h.per_month.min, h.per_month.max) == pytest.approx((17.32, 51.96), abs=0.01)


def test_a_post_every_morning_is_daily():
    got = [(d.type, d.per_month) for d in facts_of(("list_item", "Facebook: a sailing-status post every morning")).deliverables]
    assert got == [("social_post", pytest.approx(30.31, abs=0.01))]


def test_talk_straight_to_a_named_person():
    assert facts_of("You'll talk straight to the harbour master, Niamh, for anything operational.").client_contact.allowed


# Counter-examples from the third review (of the twelfth round's grammar).
@pytest.mark.parametrize("text,hours", [
    ("The successful bidder will respond to all comments and direct messages within two hours, seven days a week.", 2.0),
    ("Comments and messages answered within 4 hours, or by the end of the working day at the latest.", 4.0),
])
def test_reply_windows_the_third_review_found(text, hours):
    r = facts_of(text).response_time
    assert r is not None and r.hours == hours


@pytest.mark.parametrize("blocks,expected", [
    (["Instagram is the contractor's responsibility, with three posts a week."], {"instagram"}),
    (["Instagram is used by most of our customers, so post there four times a week."], {"instagram"}),
    (["Facebook and Instagram remain the responsibility of the appointed Social Media Manager."], {"facebook", "instagram"}),
    (["The Instagram account is ours; the agency will manage it and post daily."], {"instagram"}),
    (["On Instagram, Reels does far better than static posts, so we want three reels a week."], {"instagram"}),
    (["Instagram and Facebook, yes, TikTok, no."], {"instagram", "facebook"}),
    (["None of our Instagram posts get much engagement, so we want you to take the account over."], {"instagram"}),
    (["Right now we have nothing on TikTok, and we would like you to build our presence there."], {"tiktok"}),
    ([("paragraph", "Exclusive content for our members:"), ("list_item", "Two Instagram posts a week")], {"instagram"}),
    (["We are phasing out Facebook and Twitter this year.", "Post on LinkedIn."], {"linkedin"}),
    (["TikTok for us is a hard no.", "Post on LinkedIn."], {"linkedin"}),
    (["Twitter: we are not posting there at the moment.", "Post on LinkedIn."], {"linkedin"}),
    (["Post on LinkedIn.", "There's a YouTube channel from 2019. Dormant since the pandemic."], {"linkedin"}),
    ([("list_item", "Google posts: one per store every week")], {"google_business"}),
    ([("list_item", "Produce 2 X 60-second reels per month for Instagram.")], {"instagram"}),
])
def test_platforms_the_third_review_found(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


@pytest.mark.parametrize("blocks,per_month", [
    (["The assistant will run our pages three days a week, four hours a day."], (51.96, 51.96)),
    (["We need someone two days a week, and we expect about 6 hours a day."], (51.96, 51.96)),
    (["We are budgeting 0.5 FTE of staff time for this work."], (86.5, 86.5)),
    (["The contract has an FTE budget of 20 hours a week."], (86.6, 86.6)),
    (["Each month the 30 hours break down roughly as follows: 20 hours of content and 10 of replies."], (30, 30)),
    ([("list_item", "Peak: 20 hours a week."), ("list_item", "Off-peak: 8 hours a week.")], (34.64, 86.6)),
    ([("table_row", "Role | Hours / month"), ("table_row", "Writer | 20"), ("table_row", "Total | 30")], (30, 30)),
])
def test_hours_the_third_review_found(blocks, per_month):
    h = facts_of(*blocks).hours
    assert h is not None and (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


def test_a_weeks_work_is_no_period():
    assert facts_of("The budget covers 40 hours, roughly a week's work, across the whole campaign.").hours is None


@pytest.mark.parametrize("text", [
    "Customers message whenever they like, so the inbox needs checking twice a day.",
    "Update Facebook whenever there is an event.",
    "Ask Procurement any time before 5 March.",
    "Our account director deals with the client directly, so you will not need to.",
])
def test_no_allowance_in_these(text):
    assert facts_of(text).client_contact.allowed is not True


@pytest.mark.parametrize("blocks,expected", [
    (["Every week three Instagram posts and one reel."], [("social_post", 12.99), ("video", 4.33)]),
    (["Keep our popular newsletter going once a month."], [("email_campaign", 1.0)]),
    (["Write two articles a month on local issues that are not covered by the mainstream press."], [("article", 2.0)]),
    (["We want three Facebook updates a week: new stock, sales and events."], [("social_post", 12.99)]),
    (["At the end of the month-long campaign, write one blog post summarising results."], []),
    (["Two updates on Facebook about upcoming events every week."], [("social_post", 8.66)]),
    ([("table_row", "Deliverable | Where | How many | Notes | When"),
      ("table_row", "Reels | Instagram + Facebook | 1 | shared to both | each week")], [("video", 4.33)]),
])
def test_items_the_third_review_found(blocks, expected):
    got = sorted((d.type, d.per_month) for d in facts_of(*blocks).deliverables)
    assert got == sorted((t, pytest.approx(pm, abs=0.01)) for t, pm in expected)


@pytest.mark.parametrize("text,kinds", [
    ("Automated booking messages are sent by our system, and staff follow up by phone.", []),
    ("Please use the same post template each week and publish at the same time every Tuesday.", []),
    ("We'd hate anyone to wait, so set up an auto-reply on Facebook.", ["bot"]),
])
def test_automation_the_third_review_found(text, kinds):
    assert [a.kind for a in facts_of(text).automation] == kinds


def test_a_refusing_label_stops_at_a_request():
    assert facts_of("Don't use: stock photos or jargon, and respond to every comment within a day.").engagement.responding


def test_a_counted_group_without_own_pages_is_not_the_clients():
    c = facts_of("We have worked with three social media agencies before.", "For each store, two posts a week.").clients
    assert c.count is None


def test_clients_counted_from_a_table_of_them():
    f = facts_of(("table_row", "Agency | Town | Branches"), ("table_row", "Hollis Mercer | Leeds | 2"),
                 ("table_row", "Dale & Co | York | 1"), ("table_row", "Keel Homes | Hull | 3"),
                 "2.1 For each Agency, the Subcontractor will run that Agency's Facebook page.")
    assert (f.clients.count, f.clients.per_client) == (3, True)


def test_a_label_after_an_excluded_list_is_back_in_scope():
    f = facts_of("Post on Instagram.", ("heading", "Not yours"), ("list_item", "Paid ads (our media team)"),
                 "Capacity: 20 hrs/month for the whole roster.")
    assert f.hours.per_month.max == 20


def test_posted_hours_ago_is_no_budget():
    assert facts_of("Posted 3 hours ago | Fixed price: $220 per month | Ongoing").hours is None


def test_a_bike_we_rebuilt_is_not_set_up():
    (p,) = facts_of("Instagram: three posts a week (new stock, a bike we rebuilt, the Sunday ride).").platforms
    assert p.tasks == ("manage",)


def test_channels_through_the_agency_platform_is_not_routing():
    f = facts_of("Publish each approved post on all four channels through the Agency's publishing platform.")
    assert f.client_contact.allowed is None


# Counter-examples from the fourth review (of the thirteenth and fourteenth rounds' grammar).
@pytest.mark.parametrize("blocks,expected", [
    (["Day-to-day management of Instagram and Facebook sits with the successful agency."], {"instagram", "facebook"}),
    (["Manage Instagram and Facebook, including any posting that falls outside office hours."], {"instagram", "facebook"}),
    (["Create content for Instagram and Facebook using the photos which each branch produces."], {"instagram", "facebook"}),
    (["Keep Instagram and Facebook lively, especially when the shop has gone quiet in January."], {"instagram", "facebook"}),
    (["The board decided against a new website, so Instagram and Facebook are our main channels and you will manage both."],
     {"instagram", "facebook"}),
    (["We have ruled out paid advertising, so grow our Instagram and Facebook organically."], {"instagram", "facebook"}),
    ([("heading", "Why we don't handle social media ourselves"), "Please run our Instagram and Facebook, 3 posts a week each."],
     {"instagram", "facebook"}),
    ([("heading", "Evening cover (not after 9pm)"), "Answer Instagram and Facebook messages until 9pm."], {"instagram", "facebook"}),
    (["Post on LinkedIn.", ("heading", "Exclusions"), "Time-sensitive alerts: the X account, posted from the control room."],
     {"linkedin"}),
    (["Each week: 3 LinkedIn posts and 3 X posts."], {"linkedin", "x"}),
    (["Post on Instagram.", "Our YouTube channel is dormant and needs new life: two videos a month."], {"instagram", "youtube"}),
])
def test_platforms_the_fourth_review_found(blocks, expected):
    assert {p.id for p in facts_of(*blocks).platforms} == expected


@pytest.mark.parametrize("blocks", [
    ["Each agency should submit a written proposal of no more than 10 pages."],
    ["We have invited three agencies to respond, and proposals from each agency will be scored."],
    ["The campaign runs for six months, and each month has its own theme.", "Per month, eight posts."],
    ["For each client you will write 3 posts per week.", ("table_row", "Week | Theme"), ("table_row", "1 | Spring"),
     ("table_row", "2 | Summer"), ("table_row", "3 | Autumn")],
])
def test_clients_the_fourth_review_found(blocks):
    assert facts_of(*blocks).clients.count is None


@pytest.mark.parametrize("text", [
    "Reviews are answered within 2 days by the owner.",
    "Messages are answered within an hour by the Parish Clerk.",
    "All questions from proposers will be answered within 2 business days.",
    "The contractor will collate responses from the community survey and publish a summary in 2 days.",
])
def test_no_vendor_reply_window_in_these(text):
    assert facts_of(text).response_time is None


@pytest.mark.parametrize("text", [
    "Routine posts can go straight to Instagram once the calendar is approved.",
    "Proposers can approach the content plan however they see fit.",
    "Describe how often the lead consultant will meet with your team.",
    "Please check image rights directly with the photographer before posting.",
    "Customers often WhatsApp us with booking questions.",
])
def test_no_contact_allowance_in_these(text):
    assert facts_of(text).client_contact.allowed is not True


@pytest.mark.parametrize("blocks,per_month", [
    ([("table_row", "Task | Hours per month | Notes"), ("table_row", "Posting | 20 | weekly"), ("table_row", "Total | 24")], (24, 24)),
    (["The gallery is open six days a week, and the role needs 2 hours a day."], (43.34, 43.34)),
    (["Ferries sail seven days a week in summer, and the role is 2 hours a day."], (43.34, 43.34)),
    (["Around 10 hours a week, maximum flexibility on when."], (43.3, 43.3)),
])
def test_hours_the_fourth_review_found(blocks, per_month):
    h = facts_of(*blocks).hours
    assert h is not None and (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


@pytest.mark.parametrize("text,expected", [
    ("The monthly report should list our 5 most popular posts.", [("report", 1.0)]),
    ("Send us 2 updates a month on Facebook campaign results.", []),
    ("Print design of the annual report is not covered and will be quoted separately.", []),
])
def test_items_the_fourth_review_found(text, expected):
    assert [(d.type, d.per_month) for d in facts_of(text).deliverables] == [(t, pytest.approx(p, abs=0.01)) for t, p in expected]


@pytest.mark.parametrize("text,kinds", [
    ("We hate chatbots, so every reply must come from a person.", []),
    ("We've had requests for a chatbot from customers; please set one up.", ["bot"]),
])
def test_automation_the_fourth_review_found(text, kinds):
    assert [a.kind for a in facts_of(text).automation] == kinds


# --- the fifth review: the fifteenth round's rules, each over-reach found by a reviewer who never saw the documents ---

def _check(text: str):
    from rfpcheck import check_text

    return check_text(text).facts


@pytest.mark.parametrize("text,per_month", [
    ("Manage our Instagram. Budget is about 3 hours a week, maybe 20 hours in the first month while you set things up.",
     (12.99, 12.99)),
    ("Managing our Instagram, about 4 hours a week, maybe 10 hours a month on top for events.", (17.32, 17.32)),
    ("Instagram: 12 hours a month, possibly 100 a year if it goes well.", (12, 12)),
    ("Running our Instagram and TikTok. We have 20 hours a month, maybe 40% of it on TikTok.", (20, 20)),
    ("The initial term is twelve (12) months. During the initial term, the monthly level of effort shall not exceed 40 hours.",
     (0, 40)),
    ("The contract term is twelve (12) months. Throughout the contract term, the contractor's weekly effort shall not "
     "exceed 15 hours.", (0, 64.95)),
])
def test_hours_the_fifth_review_found(text, per_month):
    h = _check(text).hours
    assert (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


@pytest.mark.parametrize("text", [
    "The contract term is twelve (12) months. During the term of the contract, no more than 8 hours may be billed on any "
    "single day.",
    "Manage our Instagram. Our contract with the previous agency ran for twelve months. They logged about 900 hours over "
    "those twelve months, which we could not afford again.",
])
def test_no_hours_the_fifth_review_found(text):
    assert _check(text).hours is None


@pytest.mark.parametrize("text,expected", [
    ("Three Instagram posts a week. We won't need a) TikTok or b) Snapchat.", {"instagram"}),
    ("Facebook: two posts a week. The council does not use i) TikTok, ii) Snapchat or iii) Threads.", {"facebook"}),
    ("LinkedIn is our founder's personal profile. We'd like two ghost-written posts a week on it, plus three Instagram posts "
     "a week.", {"linkedin", "instagram"}),
    ("Facebook is the nursery's page. Please post there three times a week with photos from the rooms.", {"facebook"}),
    ("We are a residents' association. Most of our neighbours use Facebook, so that is where we need you: two posts a week.",
     {"facebook"}),
    ("Instagram is our focus and we have decided against paid advertising for now. Three posts a week, please.", {"instagram"}),
    ("- Facebook: two posts a week\n- Instagram: three posts a week, and we'd love reels at some point. Not this year.",
     {"facebook", "instagram"}),
    ("Instagram is where our customers are. We gave it a go with an agency in 2022 and it wasn't for us, so this time we "
     "want a freelancer. Three posts a week.", {"instagram"}),
    ("Our customers are all on WhatsApp, so we'd like you to run a WhatsApp group for regulars with the weekly specials and "
     "answer questions there. Three Instagram posts a week too.", {"whatsapp", "instagram"}),
    ("We need about 12 Instagram posts a month, approx. TikTok is out of scope.", {"instagram"}),
    ("The work\nThree Instagram posts a week and a monthly report.\n\nHow to apply\n1. Proposals are due by 5pm on 1 March.\n"
     "2. What we need from you\n3. Links to two TikTok accounts you have grown.\n4. Your monthly fee and availability.",
     {"instagram"}),
])
def test_platforms_the_fifth_review_found(text, expected):
    assert {p.id for p in _check(text).platforms} == expected


@pytest.mark.parametrize("text,pid", [
    ("We reserved a TikTok handle last spring but it has never been set up. Please get it going and post twice a week.",
     "tiktok"),
    ("We don't have a LinkedIn company page; one was never created. Two LinkedIn posts a week once it exists.", "linkedin"),
])
def test_set_up_not_yet_done_is_still_asked(text, pid):
    assert "setup" in {p.id: p.tasks for p in _check(text).platforms}[pid]


@pytest.mark.parametrize("text,expected", [
    # a numbered item holding a spelled-out number is still a list, and a task line over sub-points is not a title
    ("Quick facts\n(1) Number of locations: two\n(2) Platforms: Facebook and Instagram, not TikTok\n"
     "(3) Posts per week per location: three\n(4) Monthly report: yes", [("report", 1.0)]),
    ("We are a family-run bakery with two shops in Harrogate, looking for a freelance social media manager to take over "
     "our accounts from the start of March, working remotely and reporting to the owner.\n\n"
     "1. Answer customer questions on Instagram and Facebook and keep both pages lively for our regulars\n"
     "- two posts a week on each\n- one reel a week on Instagram\n2. Send a short monthly report on how the posts did",
     [("report", 1.0), ("social_post", 17.32), ("video", 4.33)]),
    ("We are a small garden centre. Ideas are not the problem:\n- three Instagram posts a week\n- one Facebook post a week\n"
     "- a short monthly report", [("report", 1.0), ("social_post", 17.32)]),
    # paragraph platforms only from a short lead or "there"
    ("Our Instagram has 12,000 followers and basically runs itself. What we need is help with everything else: about four "
     "posts a week.\n\nLinkedIn: two posts a week for the B2B side.", [("social_post", 8.66), ("social_post", 17.32)]),
    # "also" restating posts, and posts that are needed or required, are not properties of other posts
    ("Three Facebook posts a week all year.\n\nTwo additional posts a week will be needed during the summer festival.",
     [("social_post", 8.66), ("social_post", 12.99)]),
    ("Three posts a week on Facebook.\n\nFour event posts per month will be required on top of that, one for each market day.",
     [("social_post", 4.0), ("social_post", 12.99)]),
    ("Four posts a week on Instagram. At least one post per week shall be bilingual.", [("social_post", 17.32)]),
    ("Three Facebook posts a week. There's at least one Instagram update a month that changes how reach works, so keep us "
     "informed.", [("social_post", 12.99)]),
    ("Our photographer shoots on 35mm film, so expect about 20 film photos a month; three Instagram posts a week.",
     [("social_post", 12.99)]),
    ("We are a community cinema showing four films a month. Two Facebook posts a week about what's on.", [("social_post", 8.66)]),
    ("We are a non-league football club. We need three match day posts a week on Instagram during the season.",
     [("social_post", 12.99)]),
    ("A Christmas week video each year on YouTube and two Facebook posts a week.", [("social_post", 8.66), ("video", 0.08)]),
    ("Three Instagram posts a week. You will present the social media results in person at each monthly board meeting.",
     [("meeting", 1.0), ("social_post", 12.99)]),
    ("Two Facebook posts a week. At the end of the project, a short report on the quarter's results.", [("social_post", 8.66)]),
])
def test_items_the_fifth_review_found(text, expected):
    got = sorted((d.type, round(d.per_month, 2)) for d in _check(text).deliverables)
    assert got == sorted(expected)


def test_direct_only_in_an_emergency_is_no_allowance():
    f = _check("All requests go through me. The freelancer should email the practice managers direct only in an emergency. "
               "Two Instagram posts a week.")
    assert f.client_contact.allowed is not True


def test_homes_for_sale_are_not_clients():
    f = _check("We are an estate agency and sell around forty homes a month.\n\nFor each home\n- one Instagram post\n"
               "- one Facebook post")
    assert f.clients.per_client is False


@pytest.mark.parametrize("text", [
    "Three Instagram posts a week. If someone complains in the comments, we usually reply within 48 hours ourselves.",
    "Three Instagram posts a week. When someone sends a DM they expect a reply within the hour, and the owner handles those.",
])
def test_someone_else_replying_is_no_window(text):
    assert _check(text).response_time is None


@pytest.mark.parametrize("text", [
    "Three Instagram posts a week. Our newsletter goes out to all 2,000 subscribers at once on the first Monday.",
    "Two Facebook posts a week. Event reminders are sent to all members at the same time by text message.",
    "Each shop has its own Facebook page. The weekly offer is posted on both pages at the same time, but each is written "
    "for its own shop.",
])
def test_not_identical_posting(text):
    assert [a.kind for a in _check(text).automation] == []


# --- the sixth review: the sixteenth round's rules ---

LONG = ("We are a small independent business that has been trading in the town for over twenty years, and we are looking "
        "for a reliable freelance social media manager to take over our accounts from the start of next month, working remotely.")


@pytest.mark.parametrize("text,per_month", [
    ("We run a small bakery and want help with Instagram. Realistically we can pay for around 10 hours a month, £300 max.",
     (10, 10)),
    ("We need someone for Instagram and Facebook. About 12 hours a month, $400 tops, invoiced monthly.", (12, 12)),
    ("Help needed with our Instagram and Facebook. About 4 hours a week, 20 max in any month.", (17.32, 17.32)),
    ("This isn't a full-time FTE role; it is 15 hours a month. You would run our Facebook page and Instagram.", (15, 15)),
    ("This is a 12-month contract for Facebook and Instagram. Total effort for the contract term shall not exceed 480 hours, "
     "with no more than 8 hours on any single day.", (0, 40)),
    ("We are a garden centre on Facebook and Instagram. Our busy period runs from March to September. This is a 12-month "
     "contract, and the total budget is up to 600 hours for the contract term.", (0, 50)),
])
def test_hours_the_sixth_review_found(text, per_month):
    h = _check(text).hours
    assert (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


@pytest.mark.parametrize("text", [
    "Launch week (20 hours of on-site coverage, photos and stories) is in March. Three Instagram posts a week after that.",
    "Submission\n\nThe question period runs from 3 March to 17 April 2026. Proposals are due 30 April.\n\nScope\n\n"
    "Manage Instagram and Facebook. Up to 400 hours for the contract term.",
])
def test_no_hours_the_sixth_review_found(text):
    assert _check(text).hours is None


@pytest.mark.parametrize("text", [
    "Our services run from marquees to decorations and catering. We need two Instagram posts a week.",
    "The Christmas campaign period from 1 November to 31 December is our busiest. Two Instagram posts a week.",
    "Prices must remain valid for the period from 1 January to 30 June 2026.",
])
def test_no_term_the_sixth_review_found(text):
    assert _check(text).term is None


@pytest.mark.parametrize("text", [
    "We need help with Instagram, 3 posts a week. Whoever is looking after the shop that day replies to phone and email "
    "enquiries within 15 minutes.",
    "We need help with Instagram, 3 posts a week. Residents who need someone urgently can ring the warden line, which is "
    "answered within 10 minutes.",
])
def test_no_window_the_sixth_review_found(text):
    assert _check(text).response_time is None


@pytest.mark.parametrize("text,expected", [
    (LONG + "\n\n| Platform | Posts per week | Paid ads? |\n|---|---|---|\n| Instagram | 3 | No |\n| Facebook | 2 | Yes |",
     {"instagram", "facebook"}),
    (LONG + "\n\n| Platform | Existing account? | Posts per week |\n|---|---|---|\n| TikTok | No (please set one up) | 2 |", {"tiktok"}),
    ("We have a TikTok account. We gave it a go last summer and it didn't get many views, so this time we want it done "
     "properly: two videos a week.", {"tiktok"}),
    ("We're also about to launch on WhatsApp Business, and we need you to handle the customer chats there.", {"whatsapp"}),
    ("Our Facebook page is run by the work experience student. You will run Instagram, three posts a week.", {"instagram"}),
    ("We have Facebook and Instagram; neither is covered at the moment, which is why we're hiring. Three posts a week on each.",
     {"facebook", "instagram"}),
    ("We set up Instagram last year; I'm not continuing with it myself, that's your job now. Three posts a week.", {"instagram"}),
    ("Facebook is Margaret's (you'll be helping her with it). Instagram needs three posts a week.", {"facebook", "instagram"}),
])
def test_platforms_the_sixth_review_found(text, expected):
    assert {p.id for p in _check(text).platforms} == expected


def test_what_we_are_keeping_is_still_the_work():
    f = _check(LONG + "\n\nWhat's changing\n\n- We are dropping Twitter altogether.\n\nWhat we're keeping\n\n"
                      "- Three Instagram posts a week\n- The Facebook page, two posts a week")
    assert {p.id for p in f.platforms} == {"instagram", "facebook"}


@pytest.mark.parametrize("text,expected", [
    ("You will post on Facebook and Instagram, three times a week. We also need a monthly newsletter, which is sent by email "
     "to our 2,000 members.", [("email_campaign", 1.0), ("social_post", 12.99)]),
    ("You will run Instagram, three posts a week. A monthly report is produced by the 5th of each month.",
     [("report", 1.0), ("social_post", 12.99)]),
    ("You will post three times a week on Instagram. A monthly analytics report, although paid advertising is not part of "
     "this contract.", [("report", 1.0), ("social_post", 12.99)]),
    ("We need someone who really knows Instagram: there's at least one Instagram update a month that changes how reach "
     "works, and we need you on top of it.", []),
])
def test_items_the_sixth_review_found(text, expected):
    assert sorted((d.type, round(d.per_month, 2)) for d in _check(text).deliverables) == sorted(expected)


@pytest.mark.parametrize("text", [
    "We're a small agency looking for a freelancer to run Instagram for one of our clients. 3 posts a week. Questions to Tom "
    "by Friday, please.",
    "We're a small agency looking for a freelancer to run Instagram for one of our clients. Questions to Marketing, please.",
    "Our agency needs a freelancer for a client's Instagram, 3 posts a week. We'd be glad to take a call from anyone "
    "interested before you apply.",
])
def test_no_allowance_the_sixth_review_found(text):
    assert _check(text).client_contact.allowed is not True


def test_both_of_two_kinds_is_not_two_clients():
    f = _check("We are an estate agency selling both houses and flats across the county. For each house we list:\n"
               "- a video tour\n- two Instagram posts")
    assert f.clients.count != 2


@pytest.mark.parametrize("text,field", [
    ("We need three Instagram posts a week. We'll get back to everyone who applies by the end of May.", "responding"),
    ("We need three Instagram posts a week for the surgery. Dr Patel's replies to Google reviews stay with him.", "responding"),
    ("We need three Instagram posts a week. The Trust's listening project with residents finished last year.", "listening"),
])
def test_no_engagement_the_sixth_review_found(text, field):
    assert getattr(_check(text).engagement, field) is False


@pytest.mark.parametrize("text", [
    "We need three Instagram posts a week for the salon. Anyone who follows the booking link gets an automated confirmation "
    "message.",
    "We post on Facebook and Instagram in Welsh and English. The posts carry the same photo, both going out together, but "
    "the text is written separately by our translator.",
    "Three Instagram posts a week across our four cafes. Each cafe gets its own caption, with the same photo for all four "
    "going out together.",
    "We need three Instagram posts a week. We have four site managers, and your monthly report is sent to all four at once.",
])
def test_no_automation_the_sixth_review_found(text):
    assert _check(text).automation == ()


# --- the seventh review: the seventeenth round's rules (each text reproduced an over-reach before its fix) ---

SEVENTH_REVIEW = [
    ("We are a small community charity in Leeds and we need someone to look after our Facebook and Instagram pages, writing posts, answering messages and keeping the pages looking cared for. We've budgeted one 4-hour session every other month for filming at the allotment, plus posting in between.",
     'hours', (2.0, 2.0)),
    ("We are a small community charity in Leeds and we need someone to look after our Facebook and Instagram pages, writing posts, answering messages and keeping the pages looking cared for. Volunteers do one 3-hour shift a week covering the shop floor, and you'll share their photos on Instagram three times a week.",
     'hours', None),
    ("Ridgeway Bakery is a family bakery with two shops in Stroud, and we're after a freelancer to take over our Instagram and Facebook. Please cover one 3-hour session a month at our Saturday baking class with photos and a short reel.",
     'hours', None),
    ('We are a small community charity in Leeds and we need someone to look after our Facebook and Instagram pages, writing posts, answering messages and keeping the pages looking cared for. Members contribute the copy, you get 6 hours a month to polish and post it.',
     'hours', (6.0, 6.0)),
    ("Social media support for Hollins Park Academy\n\nWe need a freelancer to run the school's Instagram and Facebook accounts, posting news from lessons, trips and sport, and answering parents' questions. Allow about 5 hours for the Year 11 prom coverage in July.",
     'hours', None),
    ('We are a small community charity in Leeds and we need someone to look after our Facebook and Instagram pages, writing posts, answering messages and keeping the pages looking cared for. Please allow 10 hours for the year-end appeal in December.',
     'hours', None),
    ('This is a 12-month contract with a six-month pilot first. We are a small community charity in Leeds and we need someone to look after our Facebook and Instagram pages, writing posts, answering messages and keeping the pages looking cared for. We expect 60 hours over the pilot.',
     'hours', None),
    ("This is a 12-month contract. We are a small community charity in Leeds and we need someone to look after our Facebook and Instagram pages, writing posts, answering messages and keeping the pages looking cared for. There are about 20 hours of raw footage for the project, which you'll cut into short clips.",
     'hours', None),
    ("Social media support for St Anne's Primary\n\nWe need someone to run the school's Instagram and Facebook accounts, posting news from lessons, trips and sport three times a week, and answering parents' questions on both. Term dates: 3 September 2026 to 18 December 2026. The contract itself is for 12 months from September.",
     'term', 12.0),
    ("Social media support for Riverside Leisure\n\nWe need someone to run the centre's Instagram and Facebook accounts, posting three times a week, and answering questions on both. Contract award and mobilisation: 1 June to 31 July 2026. The appointed supplier will then work with us for a year.",
     'term', None),
    ("We are an independent bookshop in Hebden Bridge with two members of staff and a very loyal local following, and we need help with social media. Instagram is not something we've ever done properly, and that's the main thing we need you for: three posts a week there, plus Facebook.",
     'platforms', {'instagram', 'facebook'}),
    ("Ridgeway Bakery is a family bakery with two shops in Stroud, and we're after a freelancer to take over our social media. Please post three times a week on Facebook. Instagram is not yours alone, as Jo posts there too, so check the shared calendar before adding your two posts a week.",
     'platforms', {'instagram', 'facebook'}),
    ('We are an independent bookshop in Hebden Bridge with two members of staff and a very loyal local following, and we need help with social media. Our TikTok is not ready for launch, so please set it up properly and post two videos a week.',
     'platforms', {'tiktok'}),
    ('We are an independent bookshop in Hebden Bridge with two members of staff and a very loyal local following, and we need help with social media. Post three times a week on Facebook. Pinterest now and then; not as part of the weekly count, just when a new display goes up.',
     'platforms', {'pinterest', 'facebook'}),
    ("We are an independent bookshop in Hebden Bridge with two members of staff and a very loyal local following, and we need help with social media. We don't have a TikTok account yet and, honestly, we can't make it a priority this year. Facebook and Instagram, three posts a week each.",
     'platforms', {'instagram', 'facebook'}),
    ("We are an independent bookshop in Hebden Bridge with two members of staff and a very loyal local following, and we need help with social media. Three posts a week on Facebook and Instagram. No Pinterest yet; we'd rather make it work on two channels first.",
     'platforms', {'instagram', 'facebook'}),
    ("Ridgeway Bakery is a family bakery with two shops in Stroud, and we're after a freelancer to post on Instagram three times a week and keep the Facebook page up to date. We haven't opened a YouTube channel yet and won't start it until the new kitchen is built in 2027.",
     'platforms', {'instagram', 'facebook'}),
    ("Ridgeway Bakery is a family bakery with two shops in Stroud, and we're after a freelancer to post on Instagram three times a week and keep the Facebook page up to date. The Google Business Profile has needed a tidy-up for months, but Jo is doing that herself this week.",
     'setup', set()),
    ("We are a family-run garden centre outside Harrogate with a café, a plant area and a small gift shop, and after a couple of years of doing it ourselves we'd like a freelancer to take our social media off our hands and make it look like someone cares about it.\n\nThis job is not for the faint-hearted:\n\n- Three Instagram posts a week in spring\n- Answering Facebook messages every day\n- A monthly report",
     'items', [('report', 1.0), ('social_post', 12.99)]),
    ("We are a family-run garden centre outside Harrogate with a café, a plant area and a small gift shop, and after a couple of years of doing it ourselves we'd like a freelancer to take our social media off our hands and make it look like someone cares about it.\n\nNot for the faint-hearted\n\n- Three Instagram posts a week in spring\n- Two Facebook posts a week\n- A monthly report",
     'items', [('report', 1.0), ('social_post', 21.65)]),
    ("Help! Our socials are out-of-date\n\nWe are a family-run garden centre outside Harrogate with a café, a plant area and a small gift shop, and after a couple of years of doing it ourselves we'd like a freelancer to take our social media off our hands and make it look like someone cares about it.\n\n- Three Instagram posts a week\n- Two Facebook posts a week\n- A monthly report",
     'items', [('report', 1.0), ('social_post', 21.65)]),
    ("Social media help\n\nWe are a family-run garden centre outside Harrogate with a café, a plant area and a small gift shop, and after a couple of years of doing it ourselves we'd like a freelancer to take our social media off our hands and make it look like someone cares about it.\n\nNow the new catalogue is out\n\nWe'd like three Instagram posts a week and two Facebook posts a week showing the new range, plus a short monthly report on how it went.",
     'items', [('report', 1.0), ('social_post', 21.65)]),
    ("Social media help\n\nWe are a family-run garden centre outside Harrogate with a café, a plant area and a small gift shop, and after a couple of years of doing it ourselves we'd like a freelancer to take our social media off our hands and make it look like someone cares about it.\n\nWhat you'll do\n\n- Three Instagram posts a week\n- A monthly report\n\nOut of scope\n\n- Photography (we're commissioning that separately)\n- TikTok\n- Paid ads",
     'platforms', {'instagram'}),
    ("Background\n\nWe are a family-run garden centre outside Harrogate with a café, a plant area and a small gift shop, and after a couple of years of doing it ourselves we'd like a freelancer to take our social media off our hands and make it look like someone cares about it.\n\nThis year:\n\n- We're commissioning a new website\n- TikTok videos, two a week, made by our Saturday girl\n- Pinterest boards for the café",
     'platforms', set()),
    ('Ridgeway Bakery is after a freelancer to post on Instagram three times a week and keep the Facebook page tidy. If this sounds like a fit, we would like to hear from you by 14 March with a short proposal and two examples of your work.',
     'contact', None),
    ("Ridgeway Bakery is after a freelancer to post on Instagram three times a week and keep the Facebook page tidy. We've got about 400 past customers on a spreadsheet, so email all of them once a quarter with a round-up.",
     'contact', None),
    ('Ridgeway Bakery is after a freelancer to post on Instagram three times a week and keep the Facebook page tidy. Please chat with anyone who comments on our posts; we want the page to feel friendly.',
     'contact', None),
    ('Ridgeway Bakery is after a freelancer to post on Instagram three times a week and keep the Facebook page tidy. Staff drop in any photos they take to the shared Google Drive folder, and you pick from there.',
     'contact', None),
    ('We are a small agency in Bristol looking for a freelance social media manager to look after three Instagram posts a week and the Facebook page for one of our clients, a chain of four dental practices. Our account manager, Tom, is your first port of call for everything; the practices think we do it all ourselves.',
     'contact', None),
    ("We are a small agency in Bristol looking for a freelance social media manager to look after three Instagram posts a week and the Facebook page for one of our clients, a chain of four dental practices. You'll be added to our internal Slack channel for briefs.",
     'contact', None),
    ('Ridgeway Bakery is after a freelancer to post on Instagram three times a week and keep the Facebook page tidy. Zero direct contact with customers is needed, because the owner, Priya, answers the messages herself and will go through your drafts with you every Monday.',
     'contact', None),
    ("Ridgeway Bakery is a family bakery with two shops in Stroud, and we're after a freelancer to take over our social media. The shop has got busier since Christmas, so we need three Instagram posts a week and a monthly email newsletter.",
     'items', [('email_campaign', 1.0), ('social_post', 12.99)]),
    ("Ridgeway Bakery is a family bakery with two shops in Stroud, and we're after a freelancer to take over our social media. Our page has seen 20% growth since June; we want 12 Facebook posts a month and a short monthly report.",
     'items', [('report', 1.0), ('social_post', 12.0)]),
    ("Stroud Traders' Association is looking for a freelancer to promote its member shops on Instagram and Facebook. Each member has had two posts so far this year; from April we want four posts a month for each of our 12 members.",
     'items', [('social_post', 4.0)]),
    ("Ridgeway Bakery is a family bakery with two shops in Stroud, and we're after a freelancer to take over our social media. Three Instagram posts a week. The monthly newsletter remains with Mailchimp for now, and you'll write and send it.",
     'items', [('email_campaign', 1.0), ('social_post', 12.99)]),
    ("Ridgeway Bakery is a family bakery with two shops in Stroud, and we're after a freelancer to take over our social media. Three Instagram posts a week. You don't need to attend our staff meetings - a 30-minute call each month is plenty.",
     'items', [('meeting', 1.0), ('social_post', 12.99)]),
    ("Ridgeway Bakery is a family bakery with two shops in Stroud, and we're after a freelancer to take over our social media. Three Instagram posts a week. No need to attend meetings, just a monthly call with Jo.",
     'items', [('meeting', 1.0), ('social_post', 12.99)]),
    ("How we'll work together\n\nRidgeway Bakery is a family bakery with two shops in Stroud, and we're after a freelancer to take over our social media from the owners, who have been doing it in the evenings for three years and would like their evenings back. We meet on Zoom every other Monday to plan the next fortnight's posts.\n\nWhat we need\n\nThree Instagram posts a week.",
     'items', [('meeting', 2.17), ('social_post', 12.99)]),
    ("Ridgeway Bakery is a family bakery with two shops in Stroud, and we're after a freelancer to take over our social media from the owners, who have been doing it in the evenings for three years and would like their evenings back. Please carry out a content review of the Instagram grid every quarter and post three times a week.",
     'items', [('social_post', 12.99)]),
    ("Ridgeway Bakery is a family bakery with two shops in Stroud, and we're after a freelancer to take over our social media from the owners, who have been doing it in the evenings for three years and would like their evenings back.\n\n| Deliverable | Volume |\n|---|---|\n| Onboarding emails for new loyalty-card members | 2 per month |\n| Instagram posts | 12 a month |",
     'items', [('email_campaign', 2.0), ('social_post', 12.0)]),
    ("Ridgeway Bakery is a family bakery with two shops in Stroud, and we're after a freelancer to take over our social media from the owners, who have been doing it in the evenings for three years and would like their evenings back.\n\n| Deliverable | Volume | Notes |\n|---|---|---|\n| Induction-week recap videos for new apprentices | 1 a month | we take on a new apprentice every month |\n| Instagram posts | 12 a month | |",
     'items', [('social_post', 12.0), ('video', 1.0)]),
    ("Ridgeway Bakery is a family bakery with two shops in Stroud, and we're after a freelancer to take over our Instagram and Facebook. A monthly email newsletter, not something we've ever had, would be great, plus three Instagram posts a week.",
     'items', [('email_campaign', 1.0), ('social_post', 12.99)]),
    ("Ridgeway Bakery is a family bakery with two shops in Stroud, and we're after a freelancer to post on Instagram three times a week and keep the Facebook page up to date. At the moment every new follower automatically gets a message from an old app Dan set up; please switch that off in your first week.",
     'automation', []),
    ("Ridgeway Bakery is a family bakery with two shops in Stroud, and we're after a freelancer to post on Instagram three times a week and keep the Facebook page up to date. Right now everything goes out on both pages all at once, word for word identical, which we'd like you to stop.",
     'automation', []),
    ("Ridgeway Bakery is a family bakery with two shops in Stroud. You'll look after our social channels (Instagram, Facebook, TikTok, etc.) and post three times a week.",
     'open', ['etc.']),
    ("Ridgeway Bakery is a family bakery with two shops in Stroud, and we're after a freelancer to post on Instagram three times a week and keep the Facebook page up to date. We need a reply by Friday 3 May to confirm you're interested.",
     'responding', False),
    ("Ridgeway Bakery is a family bakery with two shops in Stroud, and we're after a freelancer to post on Instagram three times a week and keep the Facebook page up to date. Questions we want answering in your proposal: your rate, your availability and two examples of similar work.",
     'responding', False),
]


def _field(f, field):
    if field == "hours":
        return f.hours and (f.hours.per_month.min, f.hours.per_month.max)
    if field == "term":
        return f.term and f.term.months
    if field == "platforms":
        return {p.id for p in f.platforms}
    if field == "setup":
        return {p.id for p in f.platforms if "setup" in p.tasks}
    if field == "items":
        return sorted((d.type, round(d.per_month, 2)) for d in f.deliverables)
    if field == "contact":
        return f.client_contact.allowed
    if field == "automation":
        return [a.kind for a in f.automation]
    if field == "open":
        return [p.phrase for p in f.open_ended_scope]
    return f.engagement.responding


@pytest.mark.parametrize("text,field,expected", SEVENTH_REVIEW)
def test_the_seventh_review(text, field, expected):
    got = _field(_check(text), field)
    assert got == (pytest.approx(expected, abs=0.01) if field in ("hours", "term") and expected else expected)


# --- the eighth review: the eighteenth round's rules ---

EIGHTH_REVIEW = [
    ('We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nWe need you to post five days a week, any time from 8am to 8pm, on Instagram and Facebook.',
     'hours', None),
    ('We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nFive days a week, 10am to 4pm, the gallery hosts school groups, which make great content.',
     'hours', None),
    ("We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nTwo days a week we run toddler sessions, 9.30am to 11.30am, and we'd love lots of photos of those.",
     'hours', None),
    ('We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nThe festival runs over three days in July; the day is ten hours of live music.\n\nWe need a freelancer two days a week for the length of the contract.',
     'hours', None),
    ('We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nOur budget covers one day of 7 hours a week.',
     'hours', (30.31, 30.31)),
    ('We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nWe need you on Saturdays only: the day is 5 hours, every week.',
     'hours', (21.65, 21.65)),
    ('We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nThis freelance contract replaces 1 full-time post that was cut last year; we now have budget for 10 hours a week.',
     'hours', (43.3, 43.3)),
    ('We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nThis role is one of two full-time posts in the marketing team; the social media share is 8 hours a month.',
     'hours', (8.0, 8.0)),
    ("We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nThis won't suit anyone who can't commit more than 10 hours a week.",
     'hours', (43.3, 43.3)),
    ('We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nOur last agency logged around 400 hours over the year, which we felt was far too much for what we got.',
     'hours', None),
    ('We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nWe used 300 hours in the year before last and want to cut back.',
     'hours', None),
    ('We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nThe contract is for 12 months. Induction training is 6 hours in total, unpaid.',
     'hours', None),
    ('We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nEach workshop is 3 hours in total including set-up. We need photos and a post from every workshop.\n\nThis is a 6-month contract.',
     'hours', None),
    ('We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nIn each contract year, the peak campaign runs between May and August, when we post daily.',
     'term', None),
    ('We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nWe have 240 hours in total for this work. In each contract year the peak campaign runs between May and August.',
     'term', None),
    ('We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nThe contract will be reviewed between March and May 2027, and renewed annually if both sides are happy.',
     'term', None),
    ('We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nBooking enquiries come in by phone and email, and we want them answered within 2 hours by our box office team, who already do that well.',
     'response', None),
    ('We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nWe get a lot of calls about refunds. I want them answered within one working day, and our front desk does that.',
     'response', None),
    ('We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nPlease respond to all comments by the end of the working day.',
     'responding', True),
    ("We are a small community arts centre in Leeds and we need help with our social media presence, mainly Instagram and Facebook, posting about our classes, exhibitions and events, and answering the odd question from the public.\n\nYou'll reply to messages by the next morning at the latest.",
     'responding', True),
    ("We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nInstagram comments are answered by 9am the next morning at the latest, and we'd like you to keep that up along with three posts a week.",
     'platforms', {'instagram'}),
    ('We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nFacebook comments are moderated by an automatic profanity filter, but you will still need to post daily and reply to questions.',
     'platforms', {'facebook'}),
    ("We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nInstagram messages are answered by whoever is on shift at the moment, and we'd like you to take that over completely.",
     'platforms', {'instagram'}),
    ("We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nYou'll manage Instagram and Facebook, and other channels could be added in future.",
     'platforms', {'instagram', 'facebook'}),
    ('The Council seeks a contractor to deliver social media management services for its visitor economy programme, including content creation, scheduling, community management and monthly reporting.\n\nThe Contractor will manage Facebook, Instagram and LinkedIn, and additional platforms may be added through a separate change order.',
     'platforms', {'linkedin', 'instagram', 'facebook'}),
    ('The Council seeks a contractor to deliver social media management services for its visitor economy programme, including content creation, scheduling, community management and monthly reporting.\n\nFacebook activity with paid boosts is not anticipated before the spring, but organic posting starts in January.',
     'platforms', {'facebook'}),
    ('We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nSchedule the Facebook posts a week ahead, let them go out automatically at 8am.',
     'platforms', {'facebook'}),
    ("We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nWe post on Facebook already. What about TikTok? We'd love you to start one for us.",
     'platforms', {'tiktok', 'facebook'}),
    ("We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nInstagram is ours to keep running. TikTok - not us, we'd like you to take it on fully with three videos a week.",
     'platforms', {'tiktok', 'instagram'}),
    ('We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nOur Bluesky account, dormant since we set it up, is where we want to put most effort this year.',
     'platforms', {'bluesky'}),
    ("We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nGoogle listing: we answer the reviews ourselves for now, but we'd like you to take this over and post weekly updates.",
     'platforms', {'google_business'}),
    ('We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nPlease look after Facebook and LinkedIn, plus Instagram, which the youth team runs itself.',
     'platforms', {'linkedin', 'facebook'}),
    ('We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nTheir own TikTok accounts are what the players use for fun; we want club content on Instagram.',
     'platforms', {'instagram'}),
    ('We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nWe need you on Facebook three times a week. Our tutors often share class photos with their own Instagram accounts.',
     'platforms', {'facebook'}),
    ('We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nWe need you on Facebook three times a week. Each of our tutors wants their own TikTok, which they run personally.',
     'platforms', {'facebook'}),
    ("We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nWhatsApp is the best way to reach our customers, so it's the main channel we want you to run, with broadcast lists and quick replies.",
     'platforms', {'whatsapp'}),
    ('We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nThe new Instagram account needs to be set up by 1 April, ready for the spring season.',
     'setup', {'instagram'}),
    ('We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nA YouTube channel should be created by our launch date in May.',
     'setup', {'youtube'}),
    ("We are a white-label social media agency and we need a freelancer to help with client content, mostly Instagram and Facebook posts and monthly reports, for a range of small businesses we look after.\n\nYou'll agree posts with our account manager each month, and she takes them to the client.",
     'contact', False),
    ('We are a white-label social media agency and we need a freelancer to help with client content, mostly Instagram and Facebook posts and monthly reports, for a range of small businesses we look after.\n\nSource photos directly from our Canva library and the shared drive.',
     'contact', False),
    ("We are a white-label social media agency and we need a freelancer to help with client content, mostly Instagram and Facebook posts and monthly reports, for a range of small businesses we look after.\n\nI'm in the studio most days; just voice-note me with any questions.",
     'contact', False),
    ("We are a white-label social media agency and we need a freelancer to help with client content, mostly Instagram and Facebook posts and monthly reports, for a range of small businesses we look after.\n\nOur team sits in the Old Mill on Tuesdays, so come and find any of us if you're in town.",
     'contact', False),
    ('We are a white-label social media agency and we need a freelancer to help with client content, mostly Instagram and Facebook posts and monthly reports, for a range of small businesses we look after.\n\nPlease phone our studio manager if a deadline looks tight.',
     'contact', False),
    ("We are a white-label social media agency and we need a freelancer to help with client content, mostly Instagram and Facebook posts and monthly reports, for a range of small businesses we look after.\n\nYou'll report to the Social-Media Manager here at the agency, who looks after all client liaison.",
     'contact', False),
    ("We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nDuring the tender period you must not contact the Trust's staff or trustees about this opportunity; all clarification questions must go through the portal.",
     'contact', None),
    ("We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nThe contractor will not contact the funder's staff; our director handles that relationship. Otherwise you'll work closely with our Programme Manager.",
     'contact', True),
    ('We are a small community arts centre in Leeds and we need help with our social media, posting about our classes, exhibitions and events, and keeping our channels lively and welcoming for local families.\n\nPlease ring our office to arrange a site visit before you put your bid together.',
     'contact', None),
    ('We are a small education marketing agency in Bristol and we need a freelancer to help with content for the primary schools we look after, mostly Facebook posts and a monthly newsletter for each school.\n\nFreelancers must not contact the schools, their staff or their pupils directly.',
     'contact', False),
    ('We are a small education marketing agency in Bristol and we need a freelancer to help with content for the primary schools we look after, mostly Facebook posts and a monthly newsletter for each school.\n\nPlease do not contact the clubs, coaches or kids directly.',
     'contact', False),
    ("We are a small social media agency in Bristol and we need a freelancer to help with client content, mostly Instagram and Facebook posts and monthly reports, for the independent shops and cafés we look after.\n\nYou'll handle social for up to six clients at any one time, and each client gets 12 posts a month.",
     'clients', 6),
    ('We are a small social media agency in Bristol and we need a freelancer to help with client content, mostly Instagram and Facebook posts and monthly reports, for the independent shops and cafés we look after.\n\nWe work with between four and seven clients, and each client gets 12 posts a month.',
     'clients', 7),
    ('We are a white-label social media agency and we need a freelancer to help with client content, mostly Instagram and Facebook posts and monthly reports, for a range of small businesses we look after.\n\nWe have two account managers and 15 clients, and each client gets 12 posts a month.',
     'clients', 15),
]


def _field8(f, field):
    if field == "response":
        return f.response_time and f.response_time.hours
    if field == "clients":
        return f.clients.count
    return _field(f, field)


@pytest.mark.parametrize("text,field,expected", EIGHTH_REVIEW)
def test_the_eighth_review(text, field, expected):
    got = _field8(_check(text), field)
    assert got == (pytest.approx(expected, abs=0.01) if field in ("hours", "term") and expected else expected)


# --- the ninth review: the nineteenth round's rules ---

NINTH_REVIEW = [
    # hours said in words are a task's or an event's length unless a guess or an offer leads them
    ("Reels take half an hour each to make, and we'd like three a week on Instagram.", "hours", None),
    ("Each shoot takes an hour or two, once a month, for our Instagram.", "hours", None),
    ("Our Facebook live runs for half an hour every Thursday evening; you'll help set it up.", "hours", None),
    ("The post is published between 8am and 9am, five days a week, on Facebook.", "hours", None),
    ("You will provide two (2) hours per day, seven (7) days a week, of moderation on Facebook and Instagram.",
     "hours", (60.62, 60.62)),
    # a term in the background is the contract's only when the contract is what is sought
    ("Background\n\nOur Lottery-funded project will run for three years, and this is its social media strand.\n\nScope\n\n"
     "The contract runs from 1 April 2026 to 30 September 2026. We have 120 hours for the contract, spread across Facebook "
     "and Instagram.", "term", 6),
    ("Background\n\nThe museum operates under a ten-year agreement with the county council.\n\nScope\n\nThe contract runs "
     "from 1 April 2026 to 31 March 2027. You have 240 hours over the term to run Instagram.", "term", 12),
    ("Background\n\nThe grant is for a period of three years.\n\nScope\n\nPost twice a week on Facebook.", "term", None),
    ("Background\n\nThe charity is in a two-year period of transition after a merger.\n\nWhat we need\n\nPost twice a week on "
     "LinkedIn. We have 60 hours over the contract, which runs from 1 January to 30 June 2026.", "term", 6),
    # reaching people is the vendor's only when the vendor is told so
    ("We run the Facebook page for the community centre. On the page, you can talk to anyone who comments, but keep "
     "politics out. Post three times a week.", "contact", None),
    ("Post three times a week on Instagram. Message anyone who enters the monthly giveaway with their discount code.",
     "contact", None),
    ("For questions about this brief, call anyone in the office on 01234 567890. Post three times a week on Facebook.",
     "contact", None),
    ("Post twice a week on Facebook. Customers can book online or text any time to reserve a table.", "contact", None),
    ("Post a reminder on Facebook a week before, inviting residents to attend the parish council meetings.", "contact", None),
    ("You won't be expected to attend the quarterly board meetings. Post twice a week on LinkedIn.", "contact", None),
    ("Post on Facebook twice a week. Club members can join the monthly committee meetings if they want, so share the dates.",
     "contact", None),
    ("Post three times a week on Facebook. Our customers are always on the phone to us about deliveries, so pin the FAQ.",
     "contact", None),
    ("You'll work for our agency on the client's Instagram, posting three times a week. Briefs come from our account "
     "manager, Priya.", "contact", None),
    ("Post twice a week on Facebook, and make sure followers know they are welcome to get in touch with any questions.",
     "contact", None),
    ("Post weekly on Facebook to remind parents they are welcome to chat to any teacher at pick-up.", "contact", None),
    # coffee is a meeting only with the client
    ("Feature our coffees with the barista team's latte art every Friday on Instagram.", "contact", None),
    ("Share a coffee with the team photo every Monday on Instagram.", "meetings", []),
    ("Post twice a week on Instagram, including a Friday reel of a coffee with latte art.", "meetings", []),
    # a ban on reaching the client's places is a ban only when it is not about timing, the job, or a third party
    ("Post three times a week on Instagram. Please don't ring the office before 10am; text me instead, any time.",
     "contact", True),
    ("Post twice a week on Facebook for the building firm. You must not visit the sites unaccompanied; the manager will take "
     "you round.", "contact", None),
    ("We're a dance school. Post twice a week on Instagram. Don't email the school office about this job; email me directly "
     "instead.", "contact", True),
    ("Post three times a week on our Instagram. Please don't contact the venues we tag to ask for reposts.", "contact", None),
    ("Post twice a week on Facebook. Do not approach the shops on the high street for discounts or freebies in our name.",
     "contact", None),
    ("You can message me whenever. Post twice a week on Facebook. Please don't phone the branches during opening hours; "
     "they're too busy to talk.", "contact", True),
    # "we don't want" and "outside this quote" leave out what they open, not the block or section
    ("What we don't want: another agency posting stock photos. What we do want is three Instagram posts a week and replies "
     "to comments.", "items", [("social_post", 12.99)]),
    ("We don't want - and can't afford - a big agency: just someone to post three times a week on Facebook.",
     "platforms", {"facebook"}),
    ("Things we don't need: fancy graphics. Just three Facebook posts a week and a monthly report.",
     "items", [("report", 1.0), ("social_post", 12.99)]),
    ("Costs outside this quote\n\nWe will pay separately for travel. The monthly fee covers three Instagram posts a week.",
     "platforms", {"instagram"}),
    # "rather than" turns from the platform right after it, not from the rest of the clause
    ("We'd prefer quality rather than quantity: three Instagram posts a week.", "platforms", {"instagram"}),
    ("Keep the tone friendly rather than corporate on LinkedIn, with two posts a week.", "platforms", {"linkedin"}),
    ("We're hiring a freelancer instead of paying agency fees, for three Facebook posts a week.", "platforms", {"facebook"}),
    ("Please write each caption fresh rather than copying it, and post three times a week on Facebook and Instagram.",
     "platforms", {"facebook", "instagram"}),
    ("We want original content rather than reposts, on Instagram three times a week.", "platforms", {"instagram"}),
    # a negation of something on the platform does not refuse the platform
    ("Post three times a week on Instagram and never let Instagram comments go unanswered for long.", "platforms", {"instagram"}),
    ("Facebook is our main channel, and we can't ignore Facebook groups either: post there three times a week.",
     "platforms", {"facebook"}),
    ("Instagram needs three posts a week, and no Instagram post should go out without alt text.", "platforms", {"instagram"}),
    ("We use YouTube for our sermons; please upload them weekly, and do not switch off YouTube comments.",
     "platforms", {"youtube"}),
    # an account from the past that the sentence brings back
    ("We started a TikTok account years ago, and it's time to bring it back with two videos a week.", "platforms", {"tiktok"}),
    ("We had a Pinterest board for a while, and it still gets traffic, so pin twice a week there.", "platforms", {"pinterest"}),
    ("Instagram: if a follower asks for a freebie, we say no politely. Three posts a week there.", "platforms", {"instagram"}),
    ("We'll add you as an admin on our WhatsApp Business account so you can answer customer questions there every day. Post "
     "twice a week on Instagram.", "platforms", {"whatsapp", "instagram"}),
    # "each one" is per client only for places of business
    ("Each product has its own page on our website. We launch two products a month; for each one, write an Instagram post.",
     "per_client", (None, False)),
    ("Each speaker has their own bio on the festival site. For each one, we need a LinkedIn post in the month before the "
     "festival.", "per_client", (None, False)),
    # a list item ending in ':' leads only the bullets under a numbered item, never out of an excluded list
    ("Not included in this contract:\n\n- Paid advertising\n- Any of the following platforms:\n- TikTok\n- Snapchat\n\nScope\n\n"
     "Post three times a week on Facebook and Instagram.", "platforms", {"facebook", "instagram"}),
    ("Scope\n\n- Post three times a week on Facebook\n- For context, how things work today:\n- Our office team answers "
     "messages within 2 hours\n- Reviews are handled by the owner", "response", None),
    ("What we need:\n\n1. Setup:\n- Create an Instagram account\n- Create a TikTok account\n2. Ongoing: three posts a week "
     "on each.", "tasks", {"instagram": ("setup", "manage"), "tiktok": ("setup", "manage")}),
    # "on each" counts over platforms unless the sentence before gave each of something its own account
    ("We're on Facebook, Instagram and LinkedIn. We post every day at the moment. Going forward, three posts a week on each.",
     "items", [("social_post", 38.97)]),
    ("Every month we review what worked. We're on Facebook and Instagram. Two posts a week on each.",
     "items", [("social_post", 17.32)]),
    ("Our channels are Facebook and Instagram, and each post needs a photo. Three posts a week on each.",
     "items", [("social_post", 25.98)]),
    ("Facebook and Instagram: three posts a week, the same post on each.", "posts",
     [("social_post", 12.99, ("facebook", "instagram"))]),
    ("We use Facebook, Instagram and LinkedIn. Three posts a week, the same post on each.", "posts",
     [("social_post", 12.99, ("facebook", "instagram", "linkedin"))]),
    # meetings
    ("A first meeting on the first Monday of the month you start, then we leave you to it. Post three times a week on "
     "Instagram.", "meetings", []),
    ("We'll hold a planning meeting in January, February or March, whichever suits the committee. Post twice a week on "
     "Facebook.", "meetings", []),
    ("Each month, post a reminder about the Parish Council meeting on Facebook.", "meetings", []),
    ("Post a reminder on Facebook before the Annual General Meeting each year, and post twice a week otherwise.",
     "meetings", []),
    ("How often do you want to talk?\n\nOnce a week.\n\nPost twice a week on Facebook.", "items_of", ("social_post", [8.66])),
    ("How many hours can you give us each week?\n\n5 a week.\n\nPost three times a week on Instagram.",
     "items_of", ("social_post", [12.99])),
    ("How often do you post now?\n\nTwice a week. We'd like that to go up to five posts a week on Instagram.",
     "items_of", ("social_post", [21.65])),
    ("We'd like a pair of local people who meet with us every month and post twice a week on Instagram.",
     "meetings", [("meeting", 1.0)]),
    ("Ideally you'd be part of a small team who meet with our manager each fortnight. Post three times a week on Facebook.",
     "meetings", [("meeting", 2.17)]),
    ("Post twice a week on LinkedIn. Such other work, if any, as the parties set out in a signed change order will be paid at "
     "the same rate.", "open", []),
    ("Our manager will sign off on the comments you draft within 24 hours. Post twice a week on Instagram.", "response", None),
    ("| Item | Frequency | Notes |\n|---|---|---|\n| Instagram posts | 3 a week | You |\n| Reviews | Monthly | No reply needed |",
     "responding", False),
]


def _field9(f, field):
    if field == "tasks":
        return {p.id: p.tasks for p in f.platforms}
    if field == "posts":
        return sorted((d.type, round(d.per_month, 2), d.platforms) for d in f.deliverables)
    if field == "meetings":
        return sorted((d.type, round(d.per_month, 2)) for d in f.deliverables if d.type == "meeting")
    if field == "per_client":
        return f.clients.count, f.clients.per_client
    return _field8(f, field)


@pytest.mark.parametrize("text,field,expected", NINTH_REVIEW)
def test_the_ninth_review(text, field, expected):
    f = _check(text)
    if field == "items_of":
        kind, per_month = expected
        assert sorted(round(d.per_month, 2) for d in f.deliverables if d.type == kind) == per_month
        return
    got = _field9(f, field)
    assert got == (pytest.approx(expected, abs=0.01) if field in ("hours", "term") and expected else expected)


# --- the tenth review: the twentieth round's rules ---

TENTH_REVIEW = [
    # a figure said again as a cap leaves a stated lower bound alone
    ("Scope\n\nManage our Facebook and Instagram pages. We expect between 8 and 10 hours a month. Ten hours, tops.",
     "hours", (8.0, 10.0)),
    ("Scope\n\nManage our Instagram. Budget: 4 to 5 hours a week. Five hours maximum.", "hours", (17.32, 21.65)),
    ("Scope\n\nManage our Instagram. The work needs at least 6 hours a week. Six hours max.", "hours", (25.98, 25.98)),
    # a budget label is no job board's band, and a meeting's length never narrows one
    ("Budget: up to 40 hours a month.\n\nScope\n\nManage our Facebook page and send a monthly report. Reporting should take "
     "about 2 hours a month.", "hours", (0.0, 40.0)),
    ("Hours: up to 20 hours a week\n\nScope\n\nRun our Instagram and TikTok. We meet for 1 hour a week to plan content.",
     "hours", (0.0, 86.6)),
    ("Hours needed: Less than 10 hrs/week\n\nScope\n\nManage our Instagram, three posts a week. Expect a 1 hour catch-up call "
     "every week.", "hours", (0.0, 43.3)),
    # hours for the project with a weekly period after them are weekly
    ("Scope\n\nWe need someone to manage our Instagram. We're looking for 10 hours of support for the project, each week.",
     "hours", (43.3, 43.3)),
    ("Scope\n\nRun our Facebook and Instagram. We've budgeted 20 hours in total for Facebook and Instagram each week.",
     "hours", (86.6, 86.6)),
    ("Scope\n\nManage the school's Instagram. We can fund 4 hours of support during the term, each week.", "hours", (17.32, 17.32)),
    # a term in the background that names the contract
    ("Background\n\nThe contract will run for 12 months from April 2026.\n\nScope\n\nManage our Facebook page. Budget: 600 hours "
     "over the contract.", "hours", (50.0, 50.0)),
    ("About us\n\nThis is a two-year contract funded by the National Lottery.\n\nScope\n\nRun our Instagram account. The "
     "contractor will provide 480 hours of support over the contract.", "hours", (20.0, 20.0)),
    # hours in words
    ("Scope\n\nWe need an hour and a half a week of posting on our Facebook page.", "hours", (6.5, 6.5)),
    ("Scope\n\nThe role is half an hour a day, Monday to Friday, posting to our Instagram.", "hours", (10.82, 10.82)),
    ("Scope\n\nYou'll work an hour and a half each weekday on our Instagram and Facebook.", "hours", (32.51, 32.51)),
    ("Scope\n\nManaging Facebook should take an hour or two a week.", "hours", (4.33, 8.66)),
    ("Scope\n\nManage our Facebook page, three posts a week, and join our team call.\n\n- Team call: an hour a week, on Zoom",
     "hours", None),
    ("Scope\n\nManage our Instagram and Facebook pages. The post is three days a week, 9am to 5pm.", "hours", (103.92, 103.92)),
    # others' opening hours and staff hours are not the work
    ("Scope\n\nManage our Facebook page. Our helpline is open 8 hours a day, 7 days a week, and the page should point people "
     "to it.", "hours", None),
    ("Scope\n\nRun our Instagram for the café. The café is open ten hours a day, seven days a week, so there is always "
     "something to post.", "hours", None),
    ("Scope\n\nManage our Facebook page for the leisure centre. The centre is open 10 hours a day, 365 days a year.",
     "hours", None),
    ("Scope\n\nManage our Instagram, three posts a week. Our shop assistant works 6 hours a day, 7 days a week, and will send "
     "you photos.", "hours", None),
    # allowances only where the vendor is told
    ("Scope\n\nManage our Instagram, three posts a week. If you want to see the accounts before you send your quote, Maria is "
     "the person to ask.", "contact", None),
    ("Scope\n\nRun Facebook for our client dealerships, two posts a week each. Report to Ben Carter, your line manager at the "
     "agency; he handles every client conversation.", "contact", None),
    ("Scope\n\nRun our Instagram, three posts a week. Our gallery door is always open to visitors from 10am to 5pm.",
     "contact", None),
    ("Scope\n\nRun our Instagram, three posts a week, showing off the bakery. Our door is always open from 7am, so customers "
     "can pop in for a loaf.", "contact", None),
    ("Scope\n\nManage our Facebook page, three posts a week. Customers reach us however they like - call, text, walk in, "
     "whatever works for them.", "contact", None),
    ("Scope\n\nThe freelancer will post on our Facebook page three times a week. Approvals all come through our account team "
     "at head office, usually within a day.", "contact", None),
    ("Scope\n\nManage our Instagram, three posts a week. Approvals all go through us, so you'll talk to Kate or me directly.",
     "contact", True),
    ("Scope\n\nManage our Facebook page, three posts a week. Customer feedback all comes through our account team on the "
     "Facebook page, so please reply within a day.", "contact", None),
    ("Scope\n\nRun our Instagram, three posts a week. Please don't ring anyone at the shop before 10am, it's our busiest time.",
     "contact", None),
    ("Scope\n\nYou will manage Facebook for our franchisees, two posts a week each. Don't visit or phone any of the "
     "franchisees.", "contact", False),
    ("Scope\n\nYou'll run Facebook for the member farms, two posts a week each. Please don't approach or email any of the "
     "farms.", "contact", False),
    ("Scope\n\nYou'll run Instagram for our branches, two posts a week each. Please don't phone, email or drop in on the "
     "branches - instead, send requests to Ruth.", "contact", False),
    ("Scope\n\nYou'll post on Instagram for our clinics, three posts a week each. Do not contact any of the clinics during or "
     "after the contract.", "contact", False),
    ("Scope\n\nManage our Instagram, three posts a week. You are free to contact any of our staff, and people are happy to "
     "help.", "contact", True),
    ("Scope\n\nManage our Facebook page, three posts a week. Our chair is always on the end of the phone to answer your "
     "questions.", "contact", True),
    ("Scope\n\nManage our Facebook page, three posts a week. The freelancer is expected to attend the monthly committee "
     "meeting.", "contact", True),
    ("Scope\n\nManage our Instagram, three posts a week, plus a monthly coffee with the owner to plan content.",
     "contact", True),
    ("Scope\n\nManage our Instagram, three posts a week, plus a monthly coffee with the owner to plan content.",
     "meetings", [("meeting", 1.0)]),
    # an agency's clients do things too
    ("Scope\n\nWe manage Instagram for six clients. Each client pays for twelve posts a month, which you will write and "
     "schedule.", "per_client", (6, True)),
    ("Scope\n\nWe are a small agency with 4 clients. Every client asks for a monthly report and eight Facebook posts a month.",
     "per_client", (4, True)),
    # platforms kept
    ("Scope\n\nSet up an Instagram account; we're not ready to launch it until June, then post three times a week.",
     "platforms", {"instagram"}),
    ("Scope\n\nMost customers are on Facebook, so please post there three times a week.", "platforms", {"facebook"}),
    ("Scope\n\nTikTok: we agreed not to use licensed music, but please post two videos a week.", "platforms", {"tiktok"}),
    ("Scope\n\nInstagram: you do it all, three posts a week plus replies to comments.", "platforms", {"instagram"}),
    ("Scope\n\nInstagram: you run it, three posts a week plus stories.", "platforms", {"instagram"}),
    ("Scope\n\nTikTok: the kids run their own, but we'd like you to start one for the business and post twice a week.",
     "platforms", {"tiktok"}),
    ("Scope\n\nFacebook: you post three times a week, and if there's a complaint, I'll handle it.", "platforms", {"facebook"}),
    ("Scope\n\nOur Instagram was left with the previous agency; please take it back and post twice a week.",
     "platforms", {"instagram"}),
    ("Scope\n\nInstagram must wait until the rebrand is finished in March, then three posts a week.", "platforms", {"instagram"}),
    ("Scope\n\nInstagram: the follower count is nothing to do with this brief; we want three good posts a week.",
     "platforms", {"instagram"}),
    ("Scope\n\nWe have a tight budget. How about two posts a week on Facebook? Tell us what you can do for that.",
     "platforms", {"facebook"}),
    ("Scope\n\nWe know we need video. What about a weekly reel on Instagram? We'd want that included in your quote.",
     "platforms", {"instagram"}),
    ("Scope\n\n1. Setup: create an Instagram account.\n2. Handover: we post three times a week on Instagram ourselves after "
     "that.", "tasks", {"instagram": ("setup",)}),
    # response promises that are ongoing, and table rows that are not the vendor's
    ("Scope\n\nThe contractor will manage our Facebook page and reply to all messages within 2 hours from launch day onwards.",
     "response", 2.0),
    ("Scope\n\nWe run events every week. The contractor will manage our Instagram and, on event days, reply to comments within "
     "1 hour.", "response", 1.0),
    ("Scope\n\nManage our Facebook page, three posts a week.\n\n| Channel | Our helpdesk standard |\n|---|---|\n"
     "| Phone | Answered within 1 hour |\n| Email | Replies within 24 hours |", "response", None),
    ("Scope\n\nManage our Facebook page, three posts a week.\n\n| Item | Term |\n|---|---|\n| Invoices | We pay within 30 days |\n"
     "| Approvals | We respond within 2 working days |", "response", None),
    ("Scope\n\nManage our Facebook page, three posts a week. We need a freelancer on the messages within 2 hours of them "
     "coming in.", "response", 2.0),
    ("Scope\n\nIn response to questions from members, we want three Instagram posts a week explaining our services.",
     "responding", False),
    # others who meet
    ("Scope\n\nManage our Facebook page, three posts a week. Content plans go to the board, who meet every month to approve "
     "them.", "meetings", []),
    ("Scope\n\nRun our Instagram, three posts a week. The events committee who meet every Tuesday will send you photos.",
     "meetings", []),
    ("Jo: How often on Instagram?\nSam: 3 a week.", "items", [("social_post", 12.99)]),
]


@pytest.mark.parametrize("text,field,expected", TENTH_REVIEW)
def test_the_tenth_review(text, field, expected):
    got = _field9(_check(text), field)
    assert got == (pytest.approx(expected, abs=0.01) if field in ("hours", "term") and expected else expected)


# --- the eleventh review: the twenty-first round's rules ---

ELEVENTH_REVIEW = [
    # mornings and evenings a week are the worker's only when said of the work
    ("We need someone to run our Instagram.\n\nOur grant-funded youth club meets three evenings a week, 6 to 9.", "hours", None),
    ("We need a freelancer to manage Facebook for our swim school.\n\nLessons are funded for two mornings a week, 9 till 12.",
     "hours", None),
    ("Please manage our Instagram.\n\nThe café is paid for by the trust and serves breakfast five mornings a week, 7 to 11.",
     "hours", None),
    ("We want help with TikTok.\n\nThe dance school is funded for classes four evenings a week, 6 till 8, and we need clips of "
     "them posted.", "hours", None),
    ("We need someone to manage Instagram.\n\nThe pub is funded for quiz nights two evenings a week, 7 to 10.", "hours", None),
    ("We need someone to manage Facebook for our holiday club.\n\nWe have budgeted for two afternoons a week, 6 to 11 year olds, "
     "and you will post photos.", "hours", None),
    ("We need someone to manage Instagram.\n\nThe council funds the garden two mornings a week, 8 to 10 volunteers each time.",
     "hours", None),
    ("We need someone to manage Instagram.\n\nThere is provision for the breakfast club two mornings a week, 7 to 9.", "hours", None),
    ("We need someone for Instagram.\n\nWe've budgeted two days a week, 8 to 10 Instagram posts a month.", "hours", None),
    ("We need someone to manage TikTok.\n\nWe have budgeted one day a week (6 to 8 reels a month).", "hours", None),
    ("We need someone to manage Instagram.\n\nWe can fund three days a week, 10 to 12 weeks in total.", "hours", None),
    # a day's length said apart is the budgeted days' only in their own sentence or in the contract's definition
    ("We need someone to manage Instagram and Facebook.\n\nWe have budgeted two days a week for this role.\n\nThe festival "
     "itself is three 10-hour days in July.", "hours", None),
    ("We need someone to manage our Instagram.\n\nThe contract is for one day a week. Our warehouse staff work 7.5-hour days.",
     "hours", None),
    ("Please manage our LinkedIn and X.\n\nThe conference runs over two 12-hour days. We can fund three days a week of "
     "freelance time during the run-up.", "hours", None),
    ("We need someone to manage Instagram.\n\nWe've budgeted two days a week. The photo shoot will be two 9-hour days in March.",
     "hours", None),
    ("We need someone for Facebook.\n\nThe contract is two days a week. The shop trades eight-hour days.", "hours", None),
    ("We need someone to manage Instagram and TikTok.\n\nEach day shall be 12 hours of live coverage during the festival. We "
     "have budgeted two days a week before the festival.", "hours", None),
    ("We need someone to manage LinkedIn.\n\nWe have funded two days a week. Each day shall be 8 hours for the purposes of the "
     "event rota, which you do not staff.", "hours", None),
    # days of someone else's time over a year are no budget
    ("We need help with Instagram.\n\nBudget: 30 hours per month. The platform vendor provides 2 days of technical support each "
     "year, a working day being 8 hours.", "hours", (30, 30)),
    ("We need someone to run our TikTok.\n\nWe have budgeted 40 hours a month. Staff are entitled to 5 days of paid time in "
     "each year for volunteering; our days are 7 hours.", "hours", (40, 40)),
    ("We need someone to manage Instagram.\n\nThe contract is for one day a week; a working day is 7 hours. Our volunteers give "
     "200 days of time each year.", "hours", (30.31, 30.31)),
    ("We need someone to manage Facebook and LinkedIn.\n\nWe have budgeted 12 hours a month. Our IT provider gives us 10 days of "
     "support per year; our days are 7 hours.", "hours", (12, 12)),
    ("We need someone to run Instagram.\n\nThe role is paid for 7.5-hour days. You will receive 25 days of holiday time per "
     "year.", "hours", None),
    ("We need someone to manage Instagram and Facebook.\n\nThe agency we replaced charged us 4 days of time per month. Their "
     "days were 7-hour days, far too much.", "hours", None),
    # others' days at a price
    ("We need someone to manage Instagram.\n\nOur photographer comes in one 8-hour day a week at £200 a day, and you will post "
     "her pictures.", "hours", None),
    ("We need someone to manage Facebook.\n\nWe hire the hall two 3-hour evenings a week at £40 a session.", "hours", None),
    ("We need someone to manage Instagram.\n\nOur cleaner does two mornings a week, 8 till 12, at £12 per session.", "hours", None),
    ("We need someone to manage LinkedIn.\n\nOur members attend the training course one 7-hour day a week at £95 per person.",
     "hours", None),
    ("We need someone to manage Instagram.\n\nOur receptionist covers two days a week at £12.50. Our days are 7 hours.",
     "hours", None),
    ("We need someone to manage TikTok.\n\nThere is provision in the lease for markets three 5-hour days a week during summer.",
     "hours", None),
    # content spread over months is no spread of hours
    ("We need someone to manage Instagram.\n\nEach reel takes about 3 hours to edit, and the 24 reels should be spread over the "
     "six months.", "hours", None),
    ("We need someone to manage Instagram.\n\nEach post takes around 2 hours to produce, and the posts are spread evenly across "
     "the twelve months.", "hours", None),
    ("We need someone to manage Facebook.\n\nThe newsletter takes 3 hours to write and will be spread over the six months as a "
     "series.", "hours", None),
    ("We need someone to manage Instagram.\n\nAllow 4 hours for the kick-off meeting; the remaining sessions are split over the "
     "three months.", "hours", None),
    ("We need someone to manage Instagram.\n\nThe project is 12 months. The 120 hours are for the website build, not social; "
     "social content is spread over the twelve months on a separate budget.", "hours", None),
    ("We need someone to manage Instagram.\n\nYou'll need about 10 hours in the first week for set-up, then posting spread "
     "across the six months.", "hours", None),
    ("We need someone to manage YouTube and Instagram.\n\nWe have 40 hours of archive footage, to be used across the twelve "
     "months.", "hours", None),
    ("We need someone to manage Instagram.\n\nThe photographer will do 6 hours of filming, split across the three months of the "
     "campaign.", "hours", None),
    # a total over several years is no year's figure
    ("We need someone to manage Instagram and LinkedIn.\n\nEstimated hours per contract year\n\n| Year | Item | Hours per contract "
     "year |\n|---|---|---|\n| Year 1 | Content | 1,000 |\n| Year 2 | Content | 1,000 |\n| Year 3 | Content | 1,000 |\n"
     "| | Total, all contract years | 3,000 |", "hours", None),
    # start and end dates of something other than the contract
    ("We need someone to manage Facebook for our school.\n\nThe autumn term starts on 3 September 2025 and ends on 19 December "
     "2025. We have budgeted 300 hours over the contract.", "term", None),
    ("We need someone to manage Instagram.\n\nThe festival site work begins on 10 July 2025 and ends on 20 July 2025. Please "
     "quote for the engagement as a whole, 120 hours over the engagement.", "term", None),
    ("We need someone to manage our Facebook page.\n\nOur lease agreement starts on 1 January 2024 and ends on 31 December 2028. "
     "We can offer 150 hours over the contract.", "term", None),
    ("We need someone to manage Instagram.\n\nThe festival's catering contract starts on 1 July 2026 and ends on 31 July 2026. "
     "Our agreement with you is ongoing.", "term", None),
    # contact said of others, in bidding, or negated
    ("We need someone to manage Instagram and Facebook.\n\nOur customers are always on WhatsApp, so replies need to be quick.",
     "contact", None),
    ("We need someone to manage Instagram.\n\nOur competitors are always on Messenger answering people within minutes.",
     "contact", None),
    ("We need someone to manage TikTok.\n\nThe previous agency was usually on Slack, but we found them slow.", "contact", None),
    ("We need someone to manage Instagram.\n\nDuring the tender period there is no restriction on who you speak to at the "
     "supplier open day.", "contact", None),
    ("We need someone to manage our community app and Instagram.\n\nIn the app there is no restriction on who you talk to, so "
     "moderation matters.", "contact", None),
    ("We need someone to manage LinkedIn.\n\nAt the supplier open day on 3 May you can talk to any department head before you "
     "submit.", "contact", None),
    ("We need someone to manage Instagram for our café.\n\nOur regulars sit down with Fiona (owner) every morning for a chat, "
     "and we want that feel in the posts.", "contact", None),
    ("We need someone to manage Instagram.\n\nShortlisted applicants will sit down with Priya (owner) for an interview on "
     "12 June.", "contact", None),
]


@pytest.mark.parametrize("text,field,expected", ELEVENTH_REVIEW)
def test_the_eleventh_review(text, field, expected):
    got = _field9(_check(text), field)
    assert got == (pytest.approx(expected, abs=0.01) if field in ("hours", "term") and expected else expected)
