"""Open-ended scope, automation, engagement, response time, budget and term."""

import pytest

from conftest import facts_of


@pytest.mark.parametrize("text", [
    "The work includes but is not limited to posting and design.",
    "This covers, without being limited to, growing contacts.",
    "Set up any and all tools you consider useful.",
    "Other duties as assigned.",
    "Support the team as needed.",
    "Put in place whatever other structure each network needs.",
    "Use any further tools you judge necessary.",
    "Provide unlimited revisions.",
    "Add photos, start groups, and anything else along those lines.",
])
def test_open_ended_scope(text):
    """Unbounded scope phrases are found and quoted."""
    f = facts_of(text)
    assert f.open_ended_scope and f.open_ended_scope[0].evidence[0].quote == text


@pytest.mark.parametrize("text", [
    "Post three times a week on Facebook.",
    "This list is exhaustive; anything else is quoted separately.",
    "The Supplier must hold workers' compensation insurance as required by Queensland law.",
])
def test_bounded_scope(text):
    """A bounded scope has no open-ended phrase."""
    assert facts_of(text).open_ended_scope == ()


@pytest.mark.parametrize("text,kind", [
    ("Set up automatic welcome DMs for new followers.", "auto-dm"),
    ("Send an automated direct message to every new follower.", "auto-dm"),
    ("Publish the same post to all our channels at once.", "identical-posting"),
    ("Auto-post every blog article to all networks.", "identical-posting"),
    ("Use a chatbot to answer questions on Facebook.", "bot"),
    ("Set up auto-replies to comments.", "bot"),
    ("Use auto-follow tools to grow the audience.", "auto-follow"),
    ("Same photo, same caption, fired out to Instagram and Facebook at the exact same moment from Buffer.",
     "identical-posting"),
    ("One of those automatic messages that says hello to anybody new who follows us, with a link.", "auto-dm"),
    ("Every post should be issued simultaneously and word for word on all three accounts.", "identical-posting"),
    ("New listings publish from the MLS to every office's Facebook and Instagram automatically, all at once.",
     "identical-posting"),
])
def test_automation(text, kind):
    """Prescribed automation is found by kind."""
    assert [a.kind for a in facts_of(text).automation] == [kind]


@pytest.mark.parametrize("text", [
    "Do not use auto-DMs or bots.",
    "We never want identical posts on all platforms.",
    "Schedule posts in advance in Meta Business Suite.",
    "What I don't want: auto-reply bots.",
    "I tried one of those auto-reply bots last year and people hated it, so it has to be an actual human.",
    'And please no automatic replies, I hate those "thanks for your message!" bots, people can tell.',
    "Posts are scheduled to publish automatically at 9am.",
])
def test_negated_or_benign_automation(text):
    """Negated automation and plain scheduling are not prescriptions."""
    assert facts_of(text).automation == ()


@pytest.mark.parametrize("text,listening,responding,engaging", [
    ("Monitor mentions of our brand.", True, False, False),
    ("Reply to comments and direct messages.", False, True, False),
    ("Engage with our followers every day.", False, False, True),
    ("Community management on both pages.", False, False, True),
    ("Post three times a week.", False, False, False),
    ("This set-up is part of the engagement with each client.", False, False, False),
    ("You will not reply to comments.", False, False, False),
    ("We will respond to questions from proposers by 1 May.", False, False, False),
    ("Read comments, direct messages and tags on both accounts each weekday.", True, False, False),
    ("Comments and messages on both pages handled within a working day.", False, True, False),
    ("Reply to patrons within one business day.", False, True, False),
    ("The consultant reads every comment and private message and answers by the end of the next business day.",
     True, True, False),
    ("Comment and inbox care on Instagram and Facebook | continuous", False, True, False),
    ("Someone has to keep on top of the comments so customers get an answer.", True, True, False),
    ("You'll handle comments and messages yourself.", False, True, False),
    ("The Head of Marketing signs off drafts within 48 hours.", False, False, False),
    ("Comments, DMs and Google reviews: answer same business day, Mon-Fri.", False, True, False),
    ("Personal replies to that store's 1, 2 and 3-star Google reviews.", False, True, False),
    ("Keeping watch on comments and messages on both accounts every working day.", True, False, False),
    ("Keeping an eye on comments and replying where a short answer will do.", True, False, False),
    ("I'd like every enquiry answered within 24 hours, weekends included.", False, True, False),
    ("Replies, DMs, reviews and questions stay with each site's community manager; you publish.", False, False, False),
])
def test_engagement(text, listening, responding, engaging):
    """Listening, responding and engaging are told apart; negation and contract senses do not count."""
    e = facts_of(text).engagement
    assert (e.listening, e.responding, e.engaging) == (listening, responding, engaging)


@pytest.mark.parametrize("text,hours,days,span", [
    ("Respond to all comments within one hour, 24 hours a day, 7 days a week.", 1.0, 7, 24.0),
    ("Reply to messages within 2 hours, including weekends.", 2.0, 7, 8.0),
    ("Answer DMs within 24 hours on weekdays.", 24.0, 5, 8.0),
    ("Provide 24/7 monitoring and response.", None, 7, 24.0),
    ("Respond to enquiries within 30 minutes.", 0.5, 5, 8.0),
    ("Guest messages and comments on both channels answered within two hours, every day between 7am and 11pm.",
     2.0, 7, 16.0),
    ("2.4 The Contractor shall respond to every public enquiry, question or complaint received through the three "
     "accounts within one (1) hour, between 08:00 and 20:00, seven days a week.", 1.0, 7, 12.0),
    ("Every direct message must receive a first response within thirty (30) minutes between 8.00 am and 8.00 pm, "
     "seven days a week.", 0.5, 7, 12.0),
    ("Jump on every booking enquiry and get back to people within 30 minutes, 7am to 7pm, seven days a week.", 0.5, 7, 12.0),
])
def test_response_time(text, hours, days, span):
    """Windows and coverage are read into hours, days a week and the daily span."""
    r = facts_of(text).response_time
    assert r is not None and (r.hours, r.days_per_week, r.hours_per_day) == (hours, days, span)


def test_no_response_time():
    assert facts_of("Post three times a week on Facebook.").response_time is None


@pytest.mark.parametrize("text,amount,period,per_month", [
    ("Our budget is $2,000 per month.", 2000, "month", 2000),
    ("The retainer is USD 1,500/month.", 1500, "month", 1500),
    ("A budget of £24,000 per year.", 24000, "year", 2000),
    ("Total budget: $5k for the project.", 5000, None, None),
    ("We can spend around 800 euros a month on this.", 800, "month", 800),
    ("The fee is 2,500 USD per month, invoiced monthly.", 2500, "month", 2500),
    ("Total contract value not to exceed $60,000 over two years.", 60000, "term", 2500),
    ("A fixed fee of $18,000 for the full 18-month engagement.", 18000, "term", 1000),
    ("We will pay a fixed fee of $3,000 per month.", 3000, "month", 3000),
    ("Our ad spend is $1,000 a month; the management fee is $1,200 a month.", 1200, "month", 1200),
    ("Media spend of $4,000 a month is separate, while the retainer is $900 a month.", 900, "month", 900),
    ("Our fee budget is $2.5k per month.", 2500, "month", 2500),
    ("The annual budget is $1.2 million.", 1200000, "year", 100000),
    ("We can pay between $1,000 and $2,000 per month.", 2000, "month", 2000),
    ("Monthly fee: up to $2,000 (excluding ad spend of $1,000).", 2000, "month", 2000),
    ("$500 a month on your fee plus $200 a month on boosting.", 500, "month", 500),
    ("We have $5,000 for six months of support.", 5000, "term", 833.33),
    ("The contract value shall not exceed £60,000 over the 24-month contract term.", 60000, "term", 2500),
    ("The retainer is £750 pcm.", 750, "month", 750),
    ("We pay £1,000 per calendar month.", 1000, "month", 1000),
    ("We have $24,000 for the year.", 24000, "year", 2000),
    ("Monthly budget (excluding VAT): £800.", 800, "month", 800),
    ("Annual budget (inclusive of all costs): $9,600.", 9600, "year", 800),
    ("$2,000 (two thousand dollars) per month.", 2000, "month", 2000),
    ("The budget is $1,000 and 20 hours a month.", 1000, "month", 1000),
    ("We pay $25 per post. The total budget is $1,000 per month.", 1000, "month", 1000),
    ("The fixed fee is $14,400, paid in twelve equal monthly instalments.", 14400, "term", 1200),
    ("Set-up is paid at $3,000 once, then $1,000 a month.", 1000, "month", 1000),
    ("The fee is $30,000 for the initial term of two (2) years.", 30000, "term", 1250),
])
def test_budget(text, amount, period, per_month):
    """Money budgets with currency and period."""
    b = facts_of(text).budget
    assert b is not None and (b.amount, b.period, b.per_month) == (amount, period, per_month)


@pytest.mark.parametrize("text", [
    "The vendor must carry $1,000,000 of general liability insurance.",
    "Our hourly rate ceiling is $75 per hour.",
    "We expect an ad spend of $500 per month, paid by us.",
    "Please quote an hourly rate; we expect to pay about $40 per hour.",
    "Freelancers here charge 45 dollars an hour.",
    "Our boosting budget is 300 euros a month.",
    "We will pay $40 hourly.",
    "Our Facebook ads budget is $500 a month.",
    "Advertising spend of $800 per month is paid by us.",
    "Our annual report costs $2,000 to print.",
    "Our annual awards night has a $5,000 sponsorship package.",
    "The Foundation awards over $3 million in grants each year.",
    "Our farm ships 2,000 pounds of produce per week.",
    "We harvest about 40,000 pounds of apples each year.",
    "We currently pay $5 per post to a student.",
])
def test_not_a_budget(text):
    """Insurance, rates and media spend are not the fee budget."""
    assert facts_of(text).budget is None


@pytest.mark.parametrize("text,months", [
    ("This is a 12-month contract.", 12),
    ("The initial term of the agreement is one year.", 12),
    ("A six-month pilot.", 6),
    ("The contract term will be 2 years.", 24),
])
def test_term(text, months):
    t = facts_of(text).term
    assert t is not None and t.months == months


@pytest.mark.parametrize("text,separate", [
    ("Set-up is billed separately.", True),
    ("We will pay a one-time setup fee of $500.", True),
    ("Onboarding is quoted as a separate phase and budgeted separately.", True),
    ("There is a separate set-up budget for the first month.", True),
    ("Set up and manage our pages within 10 hours a month.", False),
    ("Set-up is not billed separately.", False),
])
def test_setup_budget(text, separate):
    """A set-up paid apart from the monthly hours is recognised, negation included."""
    assert facts_of(text).setup_budget.separate is separate


@pytest.mark.parametrize("text,months", [
    ("The term is twelve (12) months from the date of award.", 12),
    ("Let's try it for three months.", 3),
    ("Work for the six months from 1 July to 31 December 2025.", 6),
    ("We want help for twelve months starting 1 March 2026.", 12),
])
def test_more_terms(text, months):
    t = facts_of(text).term
    assert t is not None and t.months == months


def test_annual_budget_cap():
    b = facts_of("The annual contract amount shall not exceed $54,000.").budget
    assert b is not None and (b.period, b.per_month) == ("year", 4500)


@pytest.mark.parametrize("span,hours", [("between 7 a.m. and 10 p.m.", 15.0), ("between 8:00 and 20:00", 12.0),
                                        ("from 07:30 to 22:00", 14.5), ("8:00-18:30", 10.5), ("9:30 to 4:30", 7.0)])
def test_daily_span_from_clock_times(span, hours):
    """The span to watch comes from 12- and 24-hour clock times, a single-digit start on a 24-hour clock too."""
    r = facts_of(f"Reply within 30 minutes, 7 days a week, {span}.").response_time
    assert r is not None and (r.hours, r.days_per_week, r.hours_per_day) == (0.5, 7, hours)


@pytest.mark.parametrize("text,kind", [
    ("Each post is published identically to all four networks at the same moment.", "identical-posting"),
])
def test_more_automation(text, kind):
    assert [a.kind for a in facts_of(text).automation] == [kind]


def test_legal_any_and_all_is_not_open_scope():
    assert facts_of("The vendor shall indemnify the District from any and all claims.").open_ended_scope == ()


@pytest.mark.parametrize("text", [
    "Set-up of Instagram | one-time fee of $300",
    "We pay a one-time fee for the set-up of both profiles.",
])
def test_setup_paid_apart_in_other_words(text):
    assert facts_of(text).setup_budget.separate


def test_term_after_a_colon():
    t = facts_of("Contract: 6 months, starting in January.").term
    assert t is not None and t.months == 6


@pytest.mark.parametrize("text,hours", [
    ("The vendor shall respond to comments within thirty (30) minutes, between 7:00 a.m. and 6:00 p.m.", 0.5),
    ("The Contractor shall respond to every message within sixty (60) minutes of receipt.", 1.0),
])
def test_windows_in_words(text, hours):
    r = facts_of(text).response_time
    assert r is not None and r.hours == hours


@pytest.mark.parametrize("text", [
    "Client engineers answer technical questions within 48 hours.",
    "Our operations centre runs 24/7; the Agency is not part of that rota and has no response-time obligation.",
    "The Client's support engineers are on call around the clock; the Provider has no part in that service.",
    "The Client's customer support team answers in-app chat 24/7; support tickets are not the Agency's responsibility.",
    "Customer's support line operates 24 hours a day, 7 days a week; support questions are not Vendor's to answer.",
    "That team runs its own 24/7 on-call with a 4-hour response SLA, so you never need to be on call for anything.",
])
def test_promises_that_are_not_the_vendors(text):
    assert facts_of(text).response_time is None


@pytest.mark.parametrize("text,listening,responding,engaging", [
    ("These pages are for publishing only: nobody will be replying to comments or messages.", False, False, False),
    ("Our Education and Community Engagement department runs the matinee program.", False, False, False),
    ("Comment replies | Ongoing | From the approved FAQ sheet", False, True, False),
])
def test_engagement_in_a_sixth_set_of_words(text, listening, responding, engaging):
    e = facts_of(text).engagement
    assert (e.listening, e.responding, e.engaging) == (listening, responding, engaging)


@pytest.mark.parametrize("text,listening,responding", [
    ("Work through that studio's comments and DMs every weekday.", True, False),
    ("A look at comments on weekdays, with replies written in that client's voice.", True, False),
    ("Any comment or DM about tickets needs a reply within the hour.", False, True),
    ("Questions about this RFQ will be answered within 48 hours.", False, False),
])
def test_engagement_in_a_seventh_set_of_words(text, listening, responding):
    e = facts_of(text).engagement
    assert (e.listening, e.responding) == (listening, responding)


@pytest.mark.parametrize("text", [
    "Auto-replies, chatbots and automated messages shall not be used on District accounts.",
    "Chatbots are not allowed on our pages.",
])
def test_automation_banned_after_the_fact(text):
    assert facts_of(text).automation == ()


def test_a_bot_switched_on_around_the_clock_is_not_a_staffed_promise():
    assert facts_of("Keep the chatbot's answers current and make sure it stays on around the clock.").response_time is None


def test_within_the_hour():
    r = facts_of("Any comment or DM needs a reply within the hour, 8 a.m. to 10 p.m., seven days a week.").response_time
    assert r is not None and r.hours == 1.0 and r.days_per_week == 7 and r.hours_per_day == 14.0


@pytest.mark.parametrize("text,kinds", [
    ("One deal post every day: same photo, same words, one click and it goes out to all four at once.", ["identical-posting"]),
    ("Each post is sent to both pages at the same time from the scheduler, word for word.", ["identical-posting"]),
    ("Posts go out to all our followers on Facebook every Friday.", []),
])
def test_identical_posting_in_a_fifteenth_set_of_words(text, kinds):
    assert [a.kind for a in facts_of(text).automation] == kinds


def test_someone_answering_inside_an_hour_is_a_window():
    r = facts_of("So I'd need someone answering DMs inside an hour, 8am till 9pm, every day including weekends.").response_time
    assert r is not None and r.hours == 1.0 and r.days_per_week == 7


@pytest.mark.parametrize("text,responding", [
    ("- Each practice's comments and DMs answered within two working days.", True),
    ("From 07:00 to 22:00, every day of the week and on bank holidays, each new message or comment must be acknowledged "
     "within thirty (30) minutes.", True),
    ("Whoever's doing this has got to get back to them inside the hour.", True),
    ("We have banned replies to comments on the page.", False),
])
def test_responding_in_a_sixteenth_set_of_words(text, responding):
    assert facts_of(text).engagement.responding is responding


@pytest.mark.parametrize("text,kinds", [
    ("My mate's salon has a thing where anyone who follows them gets an automatic message straight away. Can you set that "
     "up for us too?", ["auto-dm"]),
    ("The same post on Instagram, Facebook, TikTok and Threads. Exactly the same photo and exactly the same words, all four "
     "going out together at 3pm from one app.", ["identical-posting"]),
    ("Use the same photo each week, going out together with the newsletter.", []),
])
def test_automation_in_a_sixteenth_set_of_words(text, kinds):
    assert [a.kind for a in facts_of(text).automation] == kinds


def test_whoever_does_the_work_replying_inside_the_hour_is_a_window():
    r = facts_of("Whoever's doing this has got to get back to them inside the hour. Any time.").response_time
    assert r is not None and r.hours == 1.0


@pytest.mark.parametrize("text,kinds", [
    ("My cousin does this: every new follower automatically gets a message with a 10% code. Could we set that up?", ["auto-dm"]),
    ("I've seen those apps where you press one button and the exact same post fires out onto Instagram, Facebook and "
     "Pinterest in the same second. That's what I want.", ["identical-posting"]),
    ("On release day the announcement goes out on Instagram, TikTok and X all at once, word for word identical.",
     ["identical-posting"]),
])
def test_automation_in_a_seventeenth_set_of_words(text, kinds):
    assert [a.kind for a in facts_of(text).automation] == kinds


@pytest.mark.parametrize("text,phrases", [
    ("One blog article a month on a seasonal job (pruning roses, planting hedging and so on).", []),
    ("Two posts a week, and such other social media and promotional tasks as the Head of Retail may ask of you from time "
     "to time.", 1),
])
def test_open_scope_in_a_seventeenth_set_of_words(text, phrases):
    got = facts_of(text).open_ended_scope
    assert (len(got) if isinstance(phrases, int) else list(got)) == phrases


def test_messages_need_answering_inside_a_window():
    f = facts_of("So messages need answering inside 30 mins, any hour, weekends included.")
    assert f.engagement.responding is True and f.response_time is not None and f.response_time.hours == 0.5


def test_enquiries_dealt_with_by_the_clients_office_are_not_the_vendors_replies():
    f = facts_of("The contractor will post three times a week on Facebook.",
                 "All public enquiries are dealt with by the Town Clerk's office under the complaints procedure.")
    assert f.engagement.responding is False


def test_i_want_them_answered_within_the_hour_is_a_window():
    r = facts_of("If someone asks at 10 at night about a ceiling I want them answered within the hour.").response_time
    assert r is not None and r.hours == 1.0


def test_open_scope_with_a_clause_between():
    f = facts_of("6. Undertake such other duties, commensurate with the grade of the post, as the Clerk may require.")
    assert f.open_ended_scope


def test_replies_asked_in_a_table_cell():
    f = facts_of(("table_row", "Item | Frequency | Platforms | Notes"),
                 ("table_row", "Comments and messages | Daily | Both | Reply, hide spam, pass bookings to the office"))
    assert f.engagement.responding


@pytest.mark.parametrize("text,hours,days", [
    ("So I need somebody on the messages within the hour, every day, weekends too.", 1.0, 7),
    ("The Contractor shall answer every message within thirty (30) minutes, twenty-four (24) hours per day, seven (7) days "
     "per week.", 0.5, 7),
])
def test_response_time_in_a_nineteenth_set_of_words(text, hours, days):
    r = facts_of(text).response_time
    assert r is not None and (r.hours, r.days_per_week) == (hours, days)


@pytest.mark.parametrize("text", [
    "- comments and DMs on both: answer the usual (prices, parties) within a day, Tuesday to Friday",
    "(b) monitoring of, and response to, public comments and queries within two (2) working days of receipt;",
])
def test_replies_in_a_twentieth_set_of_words(text):
    assert facts_of(text).engagement.responding


def test_a_service_level_row_is_a_response_promise():
    f = facts_of(("table_row", "Service | Level"),
                 ("table_row", "Response to public enquiries | Within one (1) hour, 7.00 am to 7.00 pm, seven days a week"))
    assert f.response_time is not None and (f.response_time.hours, f.response_time.days_per_week) == (1.0, 7)


def test_cover_for_one_event_is_no_monthly_promise():
    assert facts_of("Across the show weekend only, someone from the Contractor replies within 30 minutes.").response_time is None


def test_a_table_row_of_event_cover_is_no_monthly_promise():
    f = facts_of(("table_row", "Item | When | Standard"),
                 ("table_row", "Festival weekend cover | 13-14 June | replies within 2 hours between 09:00 and 18:00"))
    assert f.response_time is None
