"""The hours budget: many phrasings, and hours that are not the budget."""

import pytest

from conftest import facts_of

BUDGETS = [
    ("The SMP gets 8 to 10 hours a month.", 8, 10, "month", 8, 10),
    ("We expect this to take between eight and ten hours per month.", 8, 10, "month", 8, 10),
    ("Budget: ten (10) hours per month.", 10, 10, "month", 10, 10),
    ("The work must not exceed 20 hours per week.", 0, 20, "week", 0, 86.6),
    ("Up to 120 hours a year are available.", 0, 120, "year", 0, 10),
    ("Not to exceed 120 hours per year.", 0, 120, "year", 0, 10),
    ("About 20 hours a week, part-time.", 20, 20, "week", 86.6, 86.6),
    ("8–10 hrs/month of support.", 8, 10, "month", 8, 10),
    ("We budget 8-10hrs per month.", 8, 10, "month", 8, 10),
    ("Allow 2.5 hrs a week.", 2.5, 2.5, "week", 10.82, 10.82),
    ("The contractor will work a maximum of 40 hours per month.", 0, 40, "month", 0, 40),
    ("Approximately twenty-five hours monthly.", 25, 25, "month", 25, 25),
    ("The role is 15 hours weekly.", 15, 15, "week", 64.95, 64.95),
    ("We can offer a 10-hour per week commitment.", 10, 10, "week", 43.3, 43.3),
    ("The position is 0.5 FTE.", 86.5, 86.5, "month", 86.5, 86.5),
    ("No more than 30 hours each quarter.", 0, 30, "quarter", 0, 10),
    ("We have set aside 8 to 10 hours per month for this contract.", 8, 10, "month", 8, 10),
    ("A retainer of 40 hours every month.", 40, 40, "month", 40, 40),
    ("Time: eight to ten hours monthly.", 8, 10, "month", 8, 10),
    ("You may bill up to 60 hours per calendar month.", 0, 60, "month", 0, 60),
    ("Hours per month: 8-10", 8, 10, "month", 8, 10),
    ("Estimated hours: 40 per month", 40, 40, "month", 40, 40),
    ("Weekly hours | up to 15", 0, 15, "week", 0, 64.95),
]


@pytest.mark.parametrize("text,lo,hi,period,pm_lo,pm_hi", BUDGETS)
def test_reads_the_budget(text, lo, hi, period, pm_lo, pm_hi):
    """A stated budget is read with its range, period and per-month figure."""
    h = facts_of(text).hours
    assert h is not None, text
    assert (h.min, h.max, h.period) == (lo, hi, period)
    assert h.per_month.min == pytest.approx(pm_lo, abs=0.05)
    assert h.per_month.max == pytest.approx(pm_hi, abs=0.05)
    assert h.evidence and h.evidence[0].quote in text


NOT_BUDGETS = [
    "Respond to every message within 24 hours.",
    "Our office hours are 9-5, Monday to Friday.",
    "A 4-hour training session will be held at our office.",
    "We need a 48-hour turnaround on approvals.",
    "There is a 2-hour kickoff workshop in the first week.",
    "Replies are expected within 2 hours during business hours.",
    "Please give us 72 hours notice before any change.",
    "Our shop is open 7am-3pm, six days a week.",
    "Posts go live 24 hours after approval.",
    "The launch event lasts 3 hours.",
    "Questions are due within 48 hours of the release of this request.",
    "Our hourly rate is $75 per hour.",
    "Office hours: 9 to 5 each weekday.",
    "Response time (hours): 2 per message.",
]


@pytest.mark.parametrize("text", NOT_BUDGETS)
def test_ignores_hours_that_are_not_the_budget(text):
    """Response windows, notice, opening hours and event lengths are not the work budget."""
    assert facts_of(text).hours is None


def test_hours_per_client_are_marked():
    """'per client' hours multiply with the clients, so the fact says so."""
    h = facts_of("We allocate 10 hours per client per month.").hours
    assert h is not None and h.per_client


def test_budget_beats_a_response_window_in_the_same_document():
    """The budget is found even beside other hour figures."""
    h = facts_of("Respond within 24 hours.", "Time budget: up to 15 hours per week.").hours
    assert h is not None and h.max == 15 and h.period == "week"


def test_hours_in_submission_section_are_ignored():
    """A heading such as 'Submission' puts its hours out of the work."""
    f = facts_of(("heading", "Submission instructions"), "Vendors get 10 hours per week to ask questions.")
    assert f.hours is None


@pytest.mark.parametrize("text,lo,hi", [
    ("Within a monthly allotment of not less than eight (8) and not more than ten (10) hours.", 8, 10),
    ("A minimum of 20 and a maximum of 30 hours per month.", 20, 30),
    ("The Agency will staff this at 0.5 FTE in total: a strategist at 0.3 FTE and a manager at 0.2 FTE.", 86.5, 86.5),
])
def test_floors_caps_and_fte_totals(text, lo, hi):
    h = facts_of(text).hours
    assert h is not None and (h.per_month.min, h.per_month.max) == (lo, hi)


def test_parenthetical_length_is_not_the_budget():
    f = facts_of(("table_row", "Quarterly business review (2 hours) | 1 | per quarter"))
    assert f.hours is None


def test_school_week():
    from conftest import facts_of as f

    (d,) = f("Five (5) posts per school week, each published to both Facebook and Instagram.").deliverables
    assert d.per_month == pytest.approx(21.65, abs=0.01)


def test_hours_named_before_a_capped_number_in_words():
    from conftest import facts_of as f

    h = f("B.1 Hours billed under the resulting agreement may not exceed one thousand four hundred (1,400) per year.").hours
    assert h is not None and (h.per_month.min, h.per_month.max) == (0.0, pytest.approx(116.67, abs=0.01))


def test_hours_spread_over_a_term():
    from conftest import facts_of as f

    h = f("The grant funds seventy-two (72) hours of contractor time across the twelve-month project.").hours
    assert h is not None and h.period == "term" and (h.per_month.min, h.per_month.max) == (6.0, 6.0)


def test_about_the_role_is_not_background():
    from conftest import facts_of as f

    assert f(("heading", "About the role"), "Seasonal, May through October, 32 hours a week.").hours is not None


@pytest.mark.parametrize("blocks,per_month", [
    (["This is a 30-hour-a-week position, all of it devoted to social media."], (129.9, 129.9)),
    (["We offer a 20-hour week."], (86.6, 86.6)),
    (["The Authority anticipates effort not to exceed three hundred sixty (360) hours per calendar quarter."], (0, 120)),
    (["Vendor's time under this SOW shall not exceed 1,800 hours over the twelve-month term."], (0, 150)),
    # a total "over the term" takes the term stated elsewhere
    (["The contract runs twelve (12) months from July 1.", "Total effort shall not exceed 1,600 hours over the term."],
     (0, 133.33)),
    (["Hours: 5 hrs/week max"], (0, 21.65)),
    (["Twenty hours a month at most."], (0, 20)),
    # a meeting's length is not the budget, even with a period in the sentence
    (["Attend the trustees' meeting every other month (usually about two hours).",
      "We are offering eighteen (18) hours per week at GBP 23 per hour."], (77.94, 77.94)),
])
def test_hours_in_a_sixth_set_of_words(blocks, per_month):
    h = facts_of(*blocks).hours
    assert h is not None and (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


def test_hours_over_an_unstated_term_are_not_read():
    assert facts_of("Total effort shall not exceed 1,600 hours over the term.").hours is None


@pytest.mark.parametrize("text,per_month", [
    ("4.1 Total billable effort shall not exceed two thousand one hundred (2,100) hours in any contract year.", (0, 175)),
    ("4.1 Hours billed under this SOW shall not exceed 1,600 per contract year.", (0, 133.33)),
    ("We budget twelve (15) hours a month.", (15, 15)),  # the digits win where they disagree with the words
])
def test_hours_in_a_seventh_set_of_words(text, per_month):
    h = facts_of(text).hours
    assert h is not None and (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


@pytest.mark.parametrize("blocks,per_month", [
    # a job board's band, then the body's own figure inside it
    (["Ongoing | Hourly $20-25 | Less than 10 hrs/week | Posted yesterday", "budget: 6 hours a week to start."],
     (25.98, 25.98)),
    # in prose, a cap stays the budget beside an expectation under it
    (["Effort shall not exceed 20 hours a month.", "We expect this to take about 15 hours a month."], (0, 20)),
])
def test_a_band_and_a_figure_inside_it(blocks, per_month):
    h = facts_of(*blocks).hours
    assert h is not None and (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


def test_effort_in_a_contract_terms_section():
    """Hours stated among the contract terms, over an initial term."""
    f = facts_of("Manage Instagram.", ("heading", "PART 3 - CONTRACT TERMS"),
                 "3.2 Level of effort. The District anticipates a level of effort not to exceed 720 hours over the "
                 "initial twelve-month term.")
    assert (f.hours.per_month.min, f.hours.per_month.max) == (0.0, 60.0)


def test_a_deadline_among_the_contract_terms_is_not_the_budget():
    f = facts_of("Manage Instagram.", ("heading", "Contract terms"), "Invoices are paid within 48 hours of approval.")
    assert f.hours is None


@pytest.mark.parametrize("blocks,per_month", [
    (["Jude will be with us three days a week (Tuesday, Thursday, Friday), eight hours a day."], (103.92, 103.92)),
    (["The shop is open seven days a week; you work 2 hours a day."], (43.34, 43.34)),
    ([("heading", "Hours"), ("list_item", "Regatta season (April to September): 20 hours a week."),
      ("list_item", "Winter (October to March): 10 hours a week.")], (43.3, 86.6)),
])
def test_hours_in_an_eighth_set_of_words(blocks, per_month):
    h = facts_of(*blocks).hours
    assert h is not None and (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


@pytest.mark.parametrize("blocks,per_month", [
    (["The Consultant shall assign one coordinator at 0.9 FTE for the term.",
      "¹ The Trust treats one full-time equivalent as 173 hours a month."], (155.7, 155.7)),
    (["4.1 The University anticipates a level of effort of one and one-half (1.5) full-time equivalents."], (259.5, 259.5)),
    (["One person, two days a week: Tuesdays and Fridays, 9 to 5:30 with a half hour for lunch, so 16 hours a week."],
     (69.28, 69.28)),
    (["Time-wise I was thinking three hours a day, Monday to Friday."], (64.95, 64.95)),
    ([("table_row", "Role | Hours per week"), ("table_row", "Education content lead | 26"),
      ("table_row", "Community moderator | 7"), ("table_row", "Total | 45")], (194.85, 194.85)),
    (["Our budget is £19,800 for the allowance of hours set out below.¹",
      "¹ Not to exceed 660 hours over the twelve months of the contract."], (0, 55)),
])
def test_hours_in_a_ninth_set_of_words(blocks, per_month):
    h = facts_of(*blocks).hours
    assert h is not None and (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


@pytest.mark.parametrize("blocks,per_month", [
    ([("table_row", "Day | Time | Hours"), ("table_row", "Tuesday | 9:00-15:00 | 6"), ("table_row", "Total a week | 24")],
     (103.92, 103.92)),
    (["Manage Instagram.", ("heading", "Section 7. Submission"),
      "Annual ceiling: 1,800 hours of Contractor time per contract year, treated as up to 150 hours in any month."], (0, 150)),
    (["4 hours a week, max. Paid weekly."], (0, 17.32)),
    (["NB - about an hour a week of someone's time is what we can pay for."], (4.33, 4.33)),
])
def test_hours_in_a_tenth_set_of_words(blocks, per_month):
    h = facts_of(*blocks).hours
    assert h is not None and (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


def test_within_an_hour_is_still_a_reply_window():
    assert facts_of("Reply to messages within an hour.").hours is None


def test_max_then_a_comma_and_a_clause_is_a_cap():
    h = facts_of("Time: 4 hours a month max, that's honestly all I can stretch to right now.").hours
    assert (h.per_month.min, h.per_month.max) == (0.0, 4.0)


@pytest.mark.parametrize("blocks,per_month", [
    (["Our grant pays for up to 1,000 hours of freelance time over those twelve months."], (0, 83.33)),
    (["Total effort shall not exceed nine hundred (900) hours over the twelve (12) month base period."], (0, 75)),
    (["Effort is capped at 600 hours over the 6-month initial period."], (0, 100)),
    (["6.1 The initial term is twelve (12) months.", "6.2 The level of effort for the initial term shall not exceed 780 hours."],
     (0, 65)),
    (["Money wise I can manage three hours a week, maybe four at a push."], (12.99, 17.32)),
    (["Five hours a week, perhaps six in December."], (21.65, 25.98)),
    (["20 hours a month, rising to 35 a month in peak months."], (20, 35)),
    (["10 hours a week, maybe 3 posts on a good week."], (43.3, 43.3)),  # "maybe 3 posts" is not more hours
])
def test_hours_in_a_fifteenth_set_of_words(blocks, per_month):
    h = facts_of(*blocks).hours
    assert h is not None and (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


def test_a_term_named_before_hours_with_their_own_period_is_not_a_total():
    h = facts_of("The term is 12 months.", "For the initial term the contractor works up to 20 hours a week.").hours
    assert (h.per_month.min, h.per_month.max) == pytest.approx((0, 86.6))


@pytest.mark.parametrize("blocks,per_month", [
    (["Bev: honestly about 3 hrs a week, 4 at a push."], (12.99, 17.32)),
    (["6 hours a month, 8 if needed, at £20 an hour."], (6, 8)),
    (["10 hours a week, 3 at a time on Mondays."], (43.3, 43.3)),
    (["The Libraries have funded this engagement at 0.7 FTE (see note 1).",
      "Note 1: For this RFP, one full-time equivalent (1.0 FTE) is 173 hours per month."], (121.1, 121.1)),
    (["Contractor time under this SOW shall not exceed 1,680 hours in the twelve-month term."], (0, 140)),
    (["This Statement of Work runs from 1 March to 31 October 2026.",
      "4.1 The Contractor's fee buys 480 hours over the term, drawn down evenly month by month."], (60, 60)),
    (["The contract runs from April 2026 through March 2027.", "Up to 600 hours over the term."], (0, 50)),
    ([("heading", "Kit's week (30 hours, all of it social)"), ("list_item", "Mon-Fri, hours to suit")], (129.9, 129.9)),
])
def test_hours_in_a_sixteenth_set_of_words(blocks, per_month):
    h = facts_of(*blocks).hours
    assert h is not None and (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


@pytest.mark.parametrize("text,months", [
    ("This Statement of Work is issued under the framework agreement. It runs from 1 March to 31 October 2026.", 8),
    ("The contract runs from 1 June to 31 August.", 3),
    ("The service runs from 1 June to 31 August.", None),
    ("Our busy period runs from March to September.", None),
    ("We sell marquees to decorations from the yard.", None),
    ("The contract runs from April 2026 through March 2027.", 12),
    ("Race weekend is from 10 to 11 October.", None),
    ("The office is open from 9 March to 31 February.", None),
])
def test_a_term_between_two_dates(text, months):
    t = facts_of(text).term
    assert (t.months if t else None) == months


@pytest.mark.parametrize("blocks,per_month", [
    (["We are asking the Board to approve 1,300 hours for the year. At $38 an hour, that is $49,400."], (108.33, 108.33)),
    (["The programme grant allows for 1,080 hours of support in total over the contract period.",
      "(Contract period: eighteen months, as in the title above.)"], (60, 60)),
    ([("list_item", "A couple of hours a week should cover it. Three at the very most.")], (8.66, 12.99)),
    (["Thinking 2 hrs a week, two and a half max."], (8.66, 10.83)),
    (["The plan is a six-month trial starting in May.", "Dad has put aside 180 hours for the whole trial, across all five pages."],
     (30, 30)),
    (["Term: 1 September 2026 to 31 May 2027, nine months (the Term).",
      "Supplier time under this SOW shall not exceed 540 hours over the Term."], (0, 60)),
    (["We've budgeted one 6-hour session every other week, covering both studios together."], (12.99, 12.99)),
])
def test_hours_in_a_seventeenth_set_of_words(blocks, per_month):
    h = facts_of(*blocks).hours
    assert h is not None and (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


@pytest.mark.parametrize("text", [
    "Around 300 volunteers give more than 2,500 hours between them every week.",
    "A 3-hour workshop every month for the team.",
])
def test_not_the_budget_in_a_seventeenth_set_of_words(text):
    assert facts_of(text).hours is None


@pytest.mark.parametrize("blocks,per_month", [
    (["Time: I'm not paying for more than 2 hours a week. It's posting photos, not brain surgery."], (0, 8.66)),
    ([("heading", "When"), "One day a week, Saturdays, 9.30am to 5.30pm, in the shop, at the little desk by the window."],
     (34.64, 34.64)),
    (["The Council has allowed for three working days per week throughout the contract, a working day being 8 hours."],
     (103.92, 103.92)),
    (["The client has approved three days a week of freelance time, for the whole group.",
      "Our days are seven hours (9:30 to 5:30 with an hour for lunch), at £245 a day."], (90.93, 90.93)),
    ([("list_item", "1,300 hours over the year, paid at an agreed hourly rate")], (108.33, 108.33)),
    (["Total contractor time is capped at 1,300 hours for that year, billed monthly against timesheets."], (0, 108.33)),
    (["The Authority has budgeted this engagement at one (1.0) full-time-equivalent position for the base year."], (173, 173)),
    (["The services will require a resource commitment equivalent to 0.6 of a full-time post across the term."], (103.8, 103.8)),
    (["Hours: 18 per week, days by agreement", "Salary: £27,300 FTE (£14,040 actual)"], (77.94, 77.94)),
    (["The District has given us a grant that pays for 720 hours of freelance support in total.",
      "We'd like the support to run evenly for twelve months from 1 September 2026."], (60, 60)),
    (["Period of Performance: 1 May 2026 to 31 August 2026.",
      "The level of effort for this SOW shall not exceed 640 hours across the Period of Performance."], (0, 160)),
])
def test_hours_in_an_eighteenth_set_of_words(blocks, per_month):
    h = facts_of(*blocks).hours
    assert h is not None and (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


@pytest.mark.parametrize("text", [
    "The shop is open six days a week, 9am to 5pm.",
    "Answer every enquiry within 30 minutes, 7am to 9pm, seven days a week.",
    "We need more volunteers: two days a week would help.",
])
def test_days_that_are_not_the_budget(text):
    assert facts_of(text).hours is None


def test_a_sow_that_runs_for_six_months_is_the_term():
    t = facts_of("This SOW runs for six months, from 1 March to 31 August 2026, covering the festival season.").term
    assert t is not None and t.months == 6


@pytest.mark.parametrize("blocks,per_month", [
    (["Time-wise, I'd guess an hour, hour and a half a week? Tell me if that's daft."], (4.33, 6.5)),
    (["Budget: an hour or two a week, to start with."], (4.33, 8.66)),
    (["About half an hour a day, Monday to Friday, is all we can pay for."], (10.82, 10.82)),
    (["Two seven-hour days a week, on days that suit you, paid monthly."], (60.62, 60.62)),
    (["The role is two 7.5-hour days per week."], (64.95, 64.95)),
    (["Services run from 1 April 2026 to 30 September 2026 (the \"Term\").",
      "Total effort for the Term shall not exceed 600 hours."], (0, 100)),
    (["The Trust seeks a consultant for an initial term of eighteen (18) months from June 2026.",
      "The Trust has budgeted 1,800 consultant hours for the initial term as described above."], (100, 100)),
    (["The Contractor shall answer messages within thirty (30) minutes, twenty-four (24) hours per day, seven (7) days "
      "per week.", "The City estimates the effort at approximately three hundred (300) hours per quarter."], (100, 100)),
])
def test_hours_in_a_nineteenth_set_of_words(blocks, per_month):
    h = facts_of(*blocks).hours
    assert h is not None and (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


@pytest.mark.parametrize("text", [
    "We pay £20 an hour, invoiced monthly.",
    "Reply to messages within an hour, every day.",
    "Our office manager works three eight-hour days a week, paid monthly.",
    "It takes an hour or two to set up the camera.",
])
def test_not_the_budget_in_a_nineteenth_set_of_words(text):
    assert facts_of(text).hours is None


@pytest.mark.parametrize("text,months", [
    ("The services run from 1 April 2026 to 31 March 2027 (the “Contract Period”).", 12),
    ("We are looking for a contractor for a term of twenty-four (24) months.", 24),
])
def test_a_term_defined_by_its_dates_or_in_compound_words(text, months):
    t = facts_of(text).term
    assert t is not None and t.months == months


def test_an_introduction_states_the_term_but_not_a_past_one():
    intro = [("heading", "1. Introduction"), "The Guild seeks a contractor for an initial term of twelve (12) months."]
    assert facts_of(*intro).term.months == 12
    past = [("heading", "1. Background"), "Our last agency had a 12-month contract, which ended in March."]
    assert facts_of(*past).term is None


@pytest.mark.parametrize("blocks,per_month", [
    (["Money-wise I was thinking a couple of hours a week. Two hours, tops."], (0, 8.66)),
    (["Ffion: what can you spend on it?", "Kev: an hour a week. Cash on Fridays."], (4.33, 4.33)),
    (["Hours needed: Less than 30 hrs/week", "Honestly I can do 8 hours a week, set-up included."], (34.64, 34.64)),
    (["It runs for twelve weeks, from Monday 30 March to Sunday 21 June 2026 (the \"Term\").",
      "The Society has approved a total of 420 hours of Contractor effort for the Term."], (151.55, 151.55)),
    ([("heading", "The hours"), "Two days a week, Mondays and Thursdays, 9:30 to 4:30 with a half-hour lunch."],
     (56.29, 56.29)),
    (["You will provide two (2) hours per day, seven (7) days a week, of moderation."], (60.62, 60.62)),
])
def test_hours_in_a_twentieth_set_of_words(blocks, per_month):
    h = facts_of(*blocks).hours
    assert h is not None and (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


def test_hours_over_a_term_never_stated_are_no_monthly_figure():
    text = "The Society has approved a total of 420 hours of Contractor effort for the Term, invoiced at the end of each month."
    assert facts_of(text).hours is None


@pytest.mark.parametrize("text", [
    "(d) attendance at the quarterly meetings of the Steering Group, each of approximately two hours' duration.",
    "Reels take half an hour each to make, and we'd like three a week.",
])
def test_not_the_budget_in_a_twentieth_set_of_words(text):
    assert facts_of(text).hours is None


@pytest.mark.parametrize("blocks,per_month", [
    ([("heading", "When"), "Three mornings a week, 9 till 12, days to suit the weather."], (38.97, 38.97)),
    (["The club has set aside 300 hours for the summer, paid monthly and spread evenly over the five months."], (60, 60)),
    ([("table_row", "Line | Labor category | Estimated hours per contract year | Rate"),
      ("table_row", " | Social media manager | 1,000 | "), ("table_row", " | Total, Contract Year 1 | 1,800 | ")], (150, 150)),
    (["One day a week for the whole group, 7-hour days, at £30 an hour."], (30.31, 30.31)),
    (["This SOW starts on 1 March 2026 and ends on 31 August 2026.",
      "The Supplier's time under this SOW is capped at 480 hours in total for the Term."], (0, 80)),
    (["The Council has made provision for thirty-six (36) days of Contractor time in each contract year.",
      "For the purposes of this contract a day shall comprise seven (7) hours."], (21, 21)),
])
def test_hours_in_a_twenty_first_set_of_words(blocks, per_month):
    h = facts_of(*blocks).hours
    assert h is not None and (h.per_month.min, h.per_month.max) == pytest.approx(per_month, abs=0.01)


@pytest.mark.parametrize("text", [
    "Lessons run three mornings a week, 9 till 12, in the summer.",
    "We post 8 to 10 posts a month.",
])
def test_not_the_budget_in_a_twenty_first_set_of_words(text):
    assert facts_of(text).hours is None
