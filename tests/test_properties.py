"""Properties of the extractor on any text: it never raises, and its figures always agree with each other.

Issue 6, "bad input never crashes it". The strategies build RFP-like text from the fragments RFPs are made
of (ranges, number words, caps, periods, platforms, tables, headings) mixed with arbitrary unicode, so that
hypothesis reaches the quantity grammar rather than only random noise.
"""

from __future__ import annotations

import dataclasses
import math
from functools import cache

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import rfpcheck
from conftest import facts_of
from rfpcheck.extract.quantity import LARGEST, PER_MONTH, clock_span, number, period_after, period_in, periods, quantities
from rfpcheck.model import Evidence, Facts, Report, ThreePoint
from rfpcheck.nlp import pipeline

# Each example runs the whole pipeline, so the counts stay modest: the file runs in well under a minute.
WHOLE = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

BIG = "9" * 400  # float(BIG) is infinite


@cache
def rules_and_card():
    """Load the rules and rate card once: loading them per example is slow."""
    from rfpcheck import ratecard, rules

    return rules.load_rules(), ratecard.load()


def check(text: str) -> Report:
    rules, card = rules_and_card()
    return rfpcheck.check_text(text, rules=rules, card=card)


@pytest.fixture(autouse=True, scope="module")
def compiled_rules():
    """Check once before any example: celpy raises the recursion limit when it first runs, which hypothesis
    would report as a warning (an error here) if it happened inside a test."""
    check("Up to 10 hours a week.")


# --- strategies ------------------------------------------------------------

ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def in_words(n: int, sep: str = "-") -> str:
    """1..99 in English words: 'twenty-one' (or 'twenty one' with sep=' ')."""
    return ONES[n] if n < 20 else TENS[n // 10] + ("" if n % 10 == 0 else sep + ONES[n % 10])


NUMBER_TEXT = st.one_of(
    st.integers(-10, 1000).map(str),
    st.integers(0, 10**40).map(str),
    st.integers(1, 10**9).map(lambda n: f"{n:,}"),
    st.floats(0, 1e6, allow_nan=False).map(lambda x: f"{x:g}"),
    st.integers(1, 99).map(in_words),
    st.integers(1, 99).map(lambda n: in_words(n, " ")),
    st.tuples(st.integers(0, 100), st.integers(0, 100)).map(lambda t: f"{t[0]}-{t[1]}"),
    st.sampled_from(["8-10", "8–10", "eight to ten", "1,000", ".5", "0.5", "10 (ten)", "ten (10)", str(10**30), BIG,
                     "0", "-5", "1e309", "a dozen", "half a dozen", "a couple of", "two and a half", "one hundred and twenty",
                     "twenty four", "nine hundred thousand million", "½", "١٢", "१०", "²"]),
)
CUE = st.sampled_from(["", "", "up to ", "not to exceed ", "no more than ", "at least ", "a minimum of ", "approximately ",
                       "~", "between ", "from ", "about ", "not less than ", "capped at ", "max ", "$", "£", "€"])
JOIN = st.sampled_from([" ", " to ", " and ", "-", " or ", " - ", "–", " and not more than ", " and a maximum of "])
UNIT = st.sampled_from(["hours", "hrs", "hour", "h", "FTE", "posts", "blog posts", "articles", "videos", "reels", "stories",
                        "newsletters", "reports", "words", "clients", "days", "times", "x", "", "hours of work",
                        "Instagram posts", "tweets", "pins", "meetings", "months", "dollars", "minutes"])
PERIOD = st.sampled_from(["", " a week", " per month", "/mo", " bi-weekly", " every two weeks", " every 3 months",
                          " each quarter", " monthly", " annually", " per calendar month", " a year", " every other week",
                          " every Monday", " per day", " a fortnight", " over the term", " over the 12-month contract",
                          " for the year", " in any contract year", " per client per month", " semi-annually",
                          " every single day", " per"])
PLATFORM = st.sampled_from(["", "", " on Facebook", " on Instagram and LinkedIn", " on each of Facebook and X",
                            " across TikTok, YouTube and Pinterest", " on Threads"])
END = st.sampled_from([".", "", ";", ",", "!", "\n", " | ", ". Respond within 24 hours."])
SENTENCE = st.one_of(
    st.builds(lambda c, a, j, b, u, p, pl, e: f"{c}{a}{j}{b} {u}{p}{pl}{e}",
              CUE, NUMBER_TEXT, JOIN, NUMBER_TEXT, UNIT, PERIOD, PLATFORM, END),
    st.builds(lambda c, a, u, p, pl, e: f"{c}{a} {u}{p}{pl}{e}", CUE, NUMBER_TEXT, UNIT, PERIOD, PLATFORM, END),
)
FRAGMENT = st.sampled_from([
    "a week", "per month", "/mo", "bi-weekly", "monthly", "month-end", "end of the month", "hours", "posts", "$", "£",
    "not to exceed", "up to", "between", "and", "Facebook", "Instagram", "LinkedIn", "X", "TikTok", "24/7", "9am-5pm",
    "9:30 to 4:30", "2-6pm", "between 7 a.m. and 10 p.m.", "00:00 to 24:30", "8 till 12", "two mornings a week",
    "out of scope:", "Not included:", "Budget:", "Hours per month:", ".", ",", ";", ":", "(", ")", "—", "|", "\x00",
    "\x07", "\x1b", "\u200b", "\u202e", "\ufeff", "🚀", "👍🏽", "مرحبا بكم", "שלום", "x" * 300, BIG, "2.4", "3.1.2",
])
LINE_START = st.sampled_from(["", "", "", "# ", "## Scope of work\n", "- ", "* ", "| ", "1. ", "Budget: ",
                              "Out of scope: ", "Hours per month: ", "Deliverables:\n- "])
LINE = st.one_of(SENTENCE, FRAGMENT, NUMBER_TEXT, st.text(max_size=20))
BREAK = st.sampled_from(["\n", "\n\n", " ", " | ", "\r\n", "\t"])
DOCUMENTS = st.lists(st.tuples(LINE_START, LINE, BREAK), max_size=12).map(lambda xs: "".join(a + b + c for a, b, c in xs))
ANY_TEXT = st.one_of(DOCUMENTS, st.text(), st.lists(st.one_of(FRAGMENT, NUMBER_TEXT, st.text(max_size=8)), max_size=30)
                     .map(" ".join))


# --- the whole check -------------------------------------------------------

# bugs hypothesis found, each replayed on every run
CRASHES = [
    f"We need {BIG} posts a week on Facebook.",  # OverflowError in the estimate: a count of infinity
    f"Two blog posts a month of {BIG} words.",  # OverflowError: int(inf) words
    f"We have {BIG} clients.",  # OverflowError: int(inf) clients
    f"Post {BIG} times a week on Instagram.",
]


@WHOLE
@given(ANY_TEXT)
@example(CRASHES[0])
@example(CRASHES[1])
@example(CRASHES[2])
@example("")
@example("\x00\x1b\u202e|#")
def test_check_text_never_raises(text):
    """Any text at all is checked without an exception."""
    check(text)


@pytest.mark.parametrize("text", CRASHES)
def test_a_number_too_large_for_a_float_is_no_figure(text):
    """Hundreds of digits are not a count: no fact is read from them, and nothing overflows."""
    facts = check(text).facts
    assert_consistent(facts)
    assert facts.hours is None and facts.clients.count is None
    assert all(d.count <= 2 and d.words is None for d in facts.deliverables), facts.deliverables


def evidence_in(obj) -> list[Evidence]:
    """Every Evidence anywhere inside a dataclass tree."""
    if isinstance(obj, Evidence):
        return [obj]
    if dataclasses.is_dataclass(obj):
        return [e for f in dataclasses.fields(obj) for e in evidence_in(getattr(obj, f.name))]
    if isinstance(obj, (tuple, list)):
        return [e for x in obj for e in evidence_in(x)]
    return []


@WHOLE
@given(DOCUMENTS)
def test_evidence_quotes_the_document_at_its_offsets(text):
    """Every quote of every fact and finding is the document's text between its offsets."""
    report = check(text)
    full = report.source.text
    for ev in evidence_in(report.facts) + evidence_in(report.findings):
        assert full[ev.start:ev.end] == ev.quote, ev


def ordered(t: ThreePoint | None) -> bool:
    return t is None or all(math.isfinite(x) for x in (t.low, t.expected, t.high)) and 0 <= t.low <= t.expected <= t.high


@WHOLE
@given(DOCUMENTS)
@example(f"999999999999 hours per month. Post 999999999999 times a day on Instagram. Budget: ${999999999999} per month.")
@example("0 hours per month. Post 3 times a week on Instagram. Budget: $0 per month.")
def test_estimate_and_price_are_ordered(text):
    """Low <= expected <= high on every line; coverage and chances are finite and in range."""
    report = check(text)
    est, price = report.estimate, report.price
    points = [est.hours_per_month, est.one_time_hours, est.first_month_hours, *(line.hours for line in est.lines)]
    if est.one_time_amortised:
        points.append(est.one_time_amortised.hours_per_month)
    if price:
        points += [price.fee_per_month, price.one_time_fee]
    assert all(ordered(t) for t in points), points
    assert est.coverage is None or math.isfinite(est.coverage) and est.coverage >= 0
    for chance in (est.chance_hours_suffice, price and price.chance_budget_suffices):
        assert chance is None or 0 <= chance <= 1
    for pct in (est.likely_hours_per_month, price and price.likely_fee_per_month):
        assert pct is None or 0 <= pct.p10 <= pct.p50 <= pct.p90


# --- the facts: per-month figures are the counts times the period -----------

def close(a: float, b: float, factor: float = 1.0) -> bool:
    """Equal up to rounding to cents: each side was rounded to 2 places before or after the multiplication."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=0.006 * max(1.0, factor))


def assert_consistent(facts: Facts) -> None:
    h = facts.hours
    if h is not None:
        assert all(math.isfinite(x) for x in (h.min, h.max, h.per_month.min, h.per_month.max)), h
        assert 0 <= h.min <= h.max and 0 <= h.per_month.min <= h.per_month.max, h
        if h.period in PER_MONTH:  # ("term": hours spread over the contract's months)
            factor = PER_MONTH[h.period]
            assert close(h.per_month.min, h.min * factor, factor) and close(h.per_month.max, h.max * factor, factor), h
    for d in facts.deliverables:
        assert math.isfinite(d.count) and d.count >= 0 and d.period in PER_MONTH, d
        if d.parts:  # posts given platform by platform: the sum of the parts
            assert close(d.per_month, sum(p.per_month for p in d.parts), len(d.parts)), d
        else:
            factor = PER_MONTH[d.period] * (len(d.platforms) if d.per_platform and d.platforms else 1)
            assert close(d.per_month, d.count * factor), d
        assert d.words is None or d.words >= 0, d
    b = facts.budget
    if b is not None:
        assert math.isfinite(b.amount) and b.amount >= 0, b
        if b.period in PER_MONTH and b.per_month is not None:
            assert close(b.per_month, b.amount * PER_MONTH[b.period], PER_MONTH[b.period]), b
    assert facts.term is None or math.isfinite(facts.term.months) and facts.term.months > 0
    assert facts.clients.count is None or facts.clients.count >= 1
    r = facts.response_time
    assert r is None or 0 < r.hours_per_day <= 24 and 1 <= r.days_per_week <= 7 and (r.hours is None or r.hours >= 0)


@WHOLE
@given(DOCUMENTS)
@example("Not less than 10 and not more than 8 hours a week.")  # was min 10, max 8
@example("We have set aside 8 to 10 hours per day, three posts a day on each of Facebook and X.")
def test_facts_agree_with_their_per_month_figures(text):
    """Hours and deliverables per month are the count times PER_MONTH[period]; ranges are ordered and finite."""
    assert_consistent(facts_of(text))


FLOOR_THEN_CAP = [
    ("Not less than 10 and not more than 8 hours a week.", (0, 8)),  # a floor above its cap: no range of them
    ("Not less than 8 and not more than 10 hours a week.", (8, 10)),
    ("A minimum of 8 and a maximum of 10 hours a week.", (8, 10)),
]


@pytest.mark.parametrize("text,expected", FLOOR_THEN_CAP)
def test_a_floor_and_a_cap_make_a_range_only_in_order(text, expected):
    """'At least 10 and at most 8' is no range from 10 to 8."""
    h = facts_of(text).hours
    assert h is not None and (h.min, h.max) == expected


# --- number words and digits -------------------------------------------------

SAYINGS = [
    "The contractor will work {n} hours a week.",
    "Budget: up to {n} hours per month.",
    "Between {n} and {m} hours a month.",
    "{n} to {m} hours a month.",
    "Publish {n} posts a week on Instagram.",
    "We need {n} blog posts per month.",
    "Write {n} articles of {m} words each month.",
    "Send {n} newsletters every quarter.",
]


def summary(facts: Facts):
    h = facts.hours
    return ((h.min, h.max, h.period, h.per_month) if h else None,
            [(d.type, d.count, d.period, d.per_month, d.words, d.platforms) for d in facts.deliverables])


@WHOLE
@given(st.sampled_from(SAYINGS), st.integers(1, 98), st.sampled_from(["-", " "]))
@example("We need {n} blog posts per month.", 21, "-")  # was no article at all for "twenty-one"
@example("We need {n} blog posts per month.", 21, " ")  # was one article: "twenty" and "one" read apart
def test_number_words_read_as_their_digits(saying, n, sep):
    """'twenty-one hours a week' and '21 hours a week' give the same facts."""
    digits = saying.format(n=n, m=n + 1)
    words = saying.format(n=in_words(n, sep), m=in_words(n + 1, sep))
    assert summary(facts_of(words)) == summary(facts_of(digits))


NUMBER_WORDS = [
    ("We need twenty-one blog posts per month.", "article", 21),
    ("We need twenty one blog posts per month.", "article", 21),
    ("Publish forty-five posts a week on Instagram.", "social_post", 194.85),
    ("Twenty one-hour meetings a year.", "meeting", 1.67),  # twenty meetings of an hour, not 21
]


@pytest.mark.parametrize("text,kind,per_month", NUMBER_WORDS)
def test_compound_number_words_count_items(text, kind, per_month):
    """A count written in words with a hyphen or a space is the count of the item after it."""
    found = [(d.type, d.per_month) for d in facts_of(text).deliverables]
    assert found == [(kind, per_month)]


# --- the quantity grammar ------------------------------------------------------

def spans(text: str):
    """The sentences as the extractors see them (nlp.sentences), and the whole text as one span."""
    doc = pipeline()(text)
    return [*doc.sents, doc[:]]


@FAST
@given(ANY_TEXT)
@example(f"{BIG} hours a month")
@example(f"{BIG}-{BIG} hours")
@example("1," + "999," * 150 + "999 hours a month")
@example("Not less than 10 and not more than 8 hours")
def test_quantities_are_finite_ordered_ranges_inside_the_sentence(text):
    """Every quantity has 0 <= lo <= hi < LARGEST and token offsets inside its sentence."""
    for span in spans(text):
        for q in quantities(span) + quantities(span, articles=True):
            assert 0 <= q.lo <= q.hi < LARGEST, q
            assert 0 <= q.start < q.end <= len(span), q
            assert q.text == span[q.start:q.end].text, q


@FAST
@given(ANY_TEXT)
def test_periods_are_known_periods_inside_the_sentence(text):
    """periods, period_after and period_in name a period PER_MONTH knows, at offsets inside the span."""
    for span in spans(text):
        n = len(span)
        for period, start, end in periods(span):
            assert period in PER_MONTH and 0 <= start < end <= n
        for j in range(n + 1):
            found = period_after(span, j)
            assert found is None or found[0] in PER_MONTH and j < found[1] <= n, (j, found)
        for near in (None, 0, n // 2, n):
            found = period_in(span, near)
            assert found is None or found[0] in PER_MONTH and 0 <= found[1] < found[2] <= n


@FAST
@given(st.one_of(NUMBER_TEXT, FRAGMENT, st.text(max_size=30)))
@example(BIG)
@example("1e309")
@example("nine hundred thousand million billion trillion")
def test_number_is_a_plain_figure_or_none(token):
    """A token reads as a finite, non-negative figure below LARGEST, or as no number."""
    value = number(token)
    assert value is None or 0 <= value < LARGEST


@pytest.mark.parametrize("n", range(1, 99))
def test_number_words_and_digits_agree(n):
    """'forty-two', 'forty two' and '42' are one number, alone and in a range."""
    for text in (in_words(n), in_words(n, " ")):
        (q,) = quantities(pipeline()(f"{text} hours")[:])
        assert (q.lo, q.hi) == (n, n), text
    (q,) = quantities(pipeline()(f"between {in_words(n)} and {in_words(n + 1)} hours")[:])
    assert (q.lo, q.hi) == (n, n + 1)


CLOCK = st.builds(
    lambda a, h1, m1, p1, to, h2, m2, p2: f"{a}{h1}{m1}{p1}{to}{h2}{m2}{p2}",
    st.sampled_from(["", "between ", "from "]), st.integers(0, 99), st.sampled_from(["", ":00", ":30", ".15", ":59", ":60", ":99"]),
    st.sampled_from(["", "am", " a.m.", "pm", " p.m.", "noon"]), st.sampled_from(["-", " to ", " and ", "–", " until "]),
    st.integers(0, 99), st.sampled_from(["", ":00", ":45", ":59", ":60", ":99"]), st.sampled_from(["", "am", "pm", " p.m."]),
)


@FAST
@given(st.one_of(CLOCK, ANY_TEXT))
@example("between 0:00 and 24:99")  # was 25.65 hours a day
@example("00:00 to 24:30")  # was 24.5
@example("1am to 11:99pm")  # was 23.65: no minute 99
def test_clock_span_is_within_a_day(text):
    """The hours between two clock times are more than none and at most a day."""
    hours = clock_span(text)
    assert hours is None or 0 < hours <= 24


CLOCKS = [
    ("between 7 a.m. and 10 p.m.", 15.0),
    ("9.30am to 5.30pm", 8.0),
    ("2-6pm", 4.0),
    ("9:30 to 4:30", 7.0),
    ("between 08:00 and 20:00", 12.0),
    ("0:00 to 24:00", 24.0),
    ("between 0:00 and 24:99", None),
    ("00:00 to 24:30", None),
    ("9:99 to 4:99", None),
]


@pytest.mark.parametrize("text,hours", CLOCKS)
def test_clock_span_reads_only_times_of_day(text, hours):
    """A minute past 59 or an hour past 24:00 is no time of day."""
    assert clock_span(text) == hours
