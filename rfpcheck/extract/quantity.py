"""Quantities and periods as RFPs write them.

"8-10", "eight to ten", "ten (10)", "between 8 and 10", "up to 10",
"not to exceed 120", "a minimum of 4", "2.5", "twenty-five", "a dozen";
periods "per week", "a month", "monthly", "each quarter", "/mo", "bi-weekly".
A quantity is read from tokens, so that what it is *of* (hours, posts,
words) and what it is *for* (a response window, a meeting) can be judged
from the tokens around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import patterns

if TYPE_CHECKING:
    from spacy.tokens import Span

# How many of each period fit in a month (1 month = 4.33 weeks = 1/12 year).
PER_MONTH: dict[str, float] = {
    "day": 30.31,  # 7 x 4.33, consistent with the week
    "business_day": 21.67,
    "week": 4.33,
    "fortnight": 4.33 / 2,
    "month": 1.0,
    "quarter": 1 / 3,
    "bimonth": 0.5,
    "half_year": 1 / 6,
    "year": 1 / 12,
}

PERIOD_NOUNS: dict[str, str] = {
    "day": "day", "days": "day", "daily": "day", "morning": "day", "evening": "day",
    "business day": "business_day", "working day": "business_day", "weekday": "business_day",
    "school day": "business_day", "work day": "business_day", "school week": "week", "work week": "week",
    "working week": "week", "business week": "week", "calendar week": "week",
    "contract year": "year", "fiscal year": "year", "calendar year": "year", "program year": "year",
    "programme year": "year", "financial year": "year",
    "week": "week", "weeks": "week", "wk": "week", "wks": "week", "weekly": "week",
    "fortnight": "fortnight", "fortnightly": "fortnight", "biweekly": "fortnight", "bi-weekly": "fortnight",
    "every other week": "fortnight", "every two weeks": "fortnight",
    "month": "month", "months": "month", "mo": "month", "mos": "month", "monthly": "month", "calendar month": "month",
    "quarter": "quarter", "quarters": "quarter", "quarterly": "quarter",
    "year": "year", "years": "year", "yr": "year", "annum": "year", "annually": "year", "yearly": "year", "annual": "year",
    "half-year": "half_year", "semi-annually": "half_year", "semiannually": "half_year", "semi-annual": "half_year",
    "semi-monthly": "fortnight", "bi-monthly": "bimonth", "bimonthly": "bimonth",
    # "every Monday", "each Friday": once a week
    **dict.fromkeys(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                     "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"), "week"),
}

# Adverbs and adjectives that are a frequency on their own ("a monthly report").
FREQ_WORDS: dict[str, str] = {
    "daily": "day", "weekly": "week", "fortnightly": "fortnight", "biweekly": "fortnight",
    "monthly": "month", "quarterly": "quarter", "annual": "year", "annually": "year", "yearly": "year",
    "bimonthly": "bimonth",
}

TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

MULTIPLIER_WORDS = {"once": 1.0, "twice": 2.0, "thrice": 3.0}

WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "couple": 2, "pair": 2, "dozen": 12, "half": 0.5,
}

CAP_CUES = ("up to", "no more than", "not more than", "not to exceed", "not exceed", "maximum of", "max",
            "max.", "a maximum of", "at most", "capped at", "cap of", "limited to", "no greater than", "under",
            "fewer than", "less than", "nte", "within a budget of", "shall not exceed", "will not exceed",
            "must not exceed", "up to a maximum of")
FLOOR_CUES = ("at least", "a minimum of", "minimum of", "min", "no less than", "not less than", "no fewer than", "more than", "over")
APPROX_CUES = ("about", "around", "approximately", "approx", "approx.", "roughly", "some", "circa", "~", "nearly", "close to", "c.")

# No count, hours or sum an RFP states comes near this: longer runs of digits are references, phone numbers or
# noise, and reading "9" * 400 as a figure gives infinity, which breaks every sum made with it.
LARGEST = 1e12

_SECTION_NUMBER = patterns.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?$|^\d{1,2}\.$")
_NUM_RE = patterns.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$|^\.\d+$")
_RANGE_RE = patterns.compile(r"^(\d+(?:\.\d+)?)[–—-](\d+(?:\.\d+)?)$")


@dataclass(frozen=True)
class Quantity:
    lo: float
    hi: float
    kind: str  # exact | range | cap | floor | approx
    start: int  # token index in the sentence span (inclusive)
    end: int  # token index (exclusive), after the number itself
    text: str


def number(tok_text: str) -> float | None:
    """Read one token as a number: digits, decimals, or an English number word."""
    t = tok_text.lower().strip()
    if _NUM_RE.match(t):
        return figure(float(t.replace(",", "")))
    if t in WORD_NUMBERS:
        return float(WORD_NUMBERS[t])
    if not t.replace("-", "").replace(" ", "").isalpha():  # ("twenty-four", "twenty four" are words too)
        return None
    return _word_number(t)


def figure(value: float) -> float | None:
    """The value as a figure an RFP could state, or None when it is far too large to be one."""
    return value if value < LARGEST else None


def _word_number(text: str) -> float | None:
    from text_to_num import text2num

    try:
        return figure(float(text2num(text, "en")))
    except (ValueError, OverflowError):  # (OverflowError: a word number beyond a float)
        return None


def _read_number(span: Span, i: int) -> tuple[float, int] | None:
    """Read a number starting at token i; return (value, next index).

    Handles "twenty-five", "one hundred and twenty", "ten (10)", "1.5".
    """
    toks = span
    n = len(toks)
    if i >= n:
        return None
    first = toks[i]
    value = number(first.text)
    if value is None:
        return None
    j = i + 1
    if first.text[0].isalpha() and first.lower_ not in ("a", "an", "couple", "pair", "dozen", "half", "single"):
        # gather a compound word number: "twenty - five", "one hundred and twenty"
        words = [first.text.lower()]
        k = j
        while k < n:
            t = toks[k]
            if t.text == "-" and k + 1 < n and number(toks[k + 1].text) is not None and toks[k + 1].text.isalpha():
                words.append(toks[k + 1].text.lower())
                k += 2
                continue
            if t.lower_ == "and" and k + 1 < n and toks[k + 1].text.isalpha() and number(toks[k + 1].text) is not None and words[-1] in ("hundred", "thousand"):
                words.append(toks[k + 1].text.lower())
                k += 2
                continue
            # "two thousand one hundred", "twenty one" (not "twenty one-hour sessions": twenty of them)
            after_scale = t.lower_ == "one" and (words[-1] in ("hundred", "thousand", "million")
                                                 or words[-1] in TENS and not (k + 1 < n and toks[k + 1].text == "-"))
            if t.text.isalpha() and (t.lower_ not in WORD_NUMBERS or after_scale) and number(t.text) is not None:
                words.append(t.lower_)
                k += 1
                continue
            break
        if len(words) > 1 and (compound := _word_number(" ".join(words))) is not None:
            value, j = compound, k
    if first.lower_ == "half" and j + 1 < n and toks[j].lower_ == "a" and toks[j + 1].lower_ == "dozen":
        return 6.0, j + 2
    if first.lower_ == "a" and j < n and toks[j].lower_ in ("dozen", "couple", "pair"):
        value = float(WORD_NUMBERS[toks[j].lower_])
        j += 1
        if j < n and toks[j].lower_ == "of":
            j += 1
    # "two and a half", "one and one-half": a half added to the whole number
    if j + 1 < n and toks[j].lower_ == "and" and first.text[0].isalpha():
        rest = [t.lower_ for t in toks[j + 1:j + 4]]
        for words, size in ((["a", "half"], 2), (["one", "-", "half"], 3), (["half"], 1)):
            if rest[:len(words)] == words:
                value, j = value + 0.5, j + 1 + size
                break
    # "ten (10)": the digits in brackets repeat the word; where they differ, the digits are meant
    if j + 2 < n and toks[j].text == "(" and toks[j + 2].text == ")" and first.text[0].isalpha() \
            and (digits := number(toks[j + 1].text)) is not None and toks[j + 1].text[0].isdigit():
        value, j = digits, j + 3
    return value, j


def _cue_before(span: Span, i: int, cues: tuple[str, ...]) -> int | None:
    """Return the start index of a cue phrase ending right before token i."""
    for cue in sorted(cues, key=len, reverse=True):
        words = cue.split()
        k = i - len(words)
        if k >= 0 and [t.lower_ for t in span[k:i]] == words:
            return k
    return None


def quantities(span: Span, *, articles: bool = False) -> list[Quantity]:
    """Find every quantity in a sentence, ranges and caps resolved.

    `articles` lets "a"/"an" count as one (for deliverables, not for hours).
    """
    out: list[Quantity] = []
    i, n = 0, len(span)
    if n > 1 and _SECTION_NUMBER.match(span[0].text) and (span[1].text[:1].isupper() or span[1].text in (")", ".")):
        i = 1  # "2.4 Reporting: ...", "3.1 The Contractor ...": a section number, not a quantity
    while i < n:
        tok = span[i]
        m = _RANGE_RE.match(tok.text)
        if m and (lo := number(m.group(1))) is not None and (hi := number(m.group(2))) is not None:
            out.append(_qualify(span, i, i + 1, min(lo, hi), max(lo, hi), "range"))
            i += 1
            continue
        if tok.lower_ in ("a", "an") and not articles:
            i += 1
            continue
        if tok.lower_ == "between" or tok.lower_ == "from":
            a = _read_number(span, i + 1)
            if a and a[1] < n and span[a[1]].lower_ in ("and", "to", "-", "–", "—"):
                b = _read_number(span, a[1] + 1)
                if b:
                    out.append(Quantity(min(a[0], b[0]), max(a[0], b[0]), "range", i, b[1], span[i:b[1]].text))
                    i = b[1]
                    continue
        read = _read_number(span, i)
        if read is None:
            i += 1
            continue
        value, j = read
        # a range: "8-10", "eight to ten", "8 or 10", "8 – 10"
        if j + 1 < n + 1 and j < n and span[j].lower_ in ("-", "–", "—", "to", "or", "through"):
            b = _read_number(span, j + 1)
            if b and b[0] > value and span[j + 1].lower_ not in ("a", "an"):
                out.append(_qualify(span, i, b[1], value, b[0], "range"))
                i = b[1]
                continue
        out.append(_qualify(span, i, j, value, value, "exact"))
        i = j
    return _floor_to_cap(span, out)


def _floor_to_cap(span: Span, found: list[Quantity]) -> list[Quantity]:
    """'not less than eight and not more than ten', 'a minimum of 8 and a maximum of 10': one range.

    (A floor above its cap, "at least 10 and at most 8", makes no range: both stay as written.)
    """
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        between = {t.lower_ for t in span[prev.end:q.start]} if prev else set()
        if prev and prev.kind == "floor" and q.kind == "cap" and between <= {"and", ",", "but", "to", "-"} and prev.lo <= q.hi:
            out[-1] = Quantity(prev.lo, q.hi, "range", prev.start, q.end, span[prev.start:q.end].text)
        else:
            out.append(q)
    return out


def _qualify(span: Span, i: int, j: int, lo: float, hi: float, kind: str) -> Quantity:
    """Apply a cue before the number: caps have min 0, floors and approximations keep the value.

    The longest cue wins, so "not less than" is a floor although "less than" is a cap.
    """
    found = [(k, cue_kind) for cues, cue_kind in ((CAP_CUES, "cap"), (FLOOR_CUES, "floor"), (APPROX_CUES, "approx"))
             if (k := _cue_before(span, i, cues)) is not None]
    start = i
    if found:
        k, cue_kind = min(found)  # the cue that starts earliest is the longest ending at i
        start = k
        if cue_kind == "cap":
            lo, kind = 0.0, "cap"
        elif cue_kind == "floor" and span[k].lower_ in ("more", "over") and any(
                t.lower_ in ("not", "n't", "never", "won't", "cannot") for t in span[max(0, k - 5):k]) and any(
                t.lower_.startswith(("pay", "spend", "fund", "afford", "budget", "go")) for t in span[max(0, k - 4):k]):
            lo, kind = 0.0, "cap"  # "I'm not paying for more than 2 hours a week"
        elif cue_kind == "floor":
            kind = "floor"
        elif kind == "exact":
            kind = "approx"
    return Quantity(lo, hi, kind, start, j, span[start:j].text)


ORDINALS = {"first", "second", "third", "fourth", "last", "1st", "2nd", "3rd", "4th", "final"}
PLURAL_WEEKDAYS = {"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"}
CLOSING_PERIODS = {"week": "week", "month": "month", "quarter": "quarter"}
# "a report on the month's numbers" (not "the month's rescue story", one item of the issue)
MONTHS_FIGURES = {"numbers", "figures", "stats", "statistics", "metrics", "analytics"}


def period_after(span: Span, j: int, window: int = 5) -> tuple[str, int] | None:
    """Find a period right after token j: "per month", "a week", "/mo", "each quarter", "monthly"."""
    n = len(span)
    k = j
    # allow a few filler words between quantity head and period ("hours of work per month")
    limit = min(n, j + window)
    while k < limit:
        t = span[k]
        low = t.lower_
        if low == "on" and k + 1 < n and span[k + 1].lower_.endswith("days") and span[k + 1].lower_ in PERIOD_NOUNS:
            return "week", k + 2  # "a check-in on Fridays"
        if low in ("per", "a", "an", "each", "every", "/", "p", "in", "for", "the"):
            p = _period_at(span, k + 1)
            if p and (low != "in" and low != "for" and low != "the"):
                return p
            if low in ("in", "for") and k + 2 < n and span[k + 1].lower_ in ("a", "each", "every", "any"):
                if p := _period_at(span, k + 2):
                    return p  # "in any contract year", "for each month"

        if low in FREQ_WORDS:
            return FREQ_WORDS[low], k + 1
        if low in ("for", "over", "across", "in") and k + 2 < n and span[k + 1].lower_ in ("the", "that", "this") \
                and span[k + 2].lower_ == "year" and not (k + 3 < n and (span[k + 3].like_num or span[k + 3].text == "-"
                                                                         or span[k + 3].lower_ in ("before", "after", "ago", "prior"))):
            return "year", k + 3  # "approve 1,300 hours for the year", "capped at 1,300 hours for that year"
        if low in (".", ";", ":") or (low == "," and k > j + 1):
            break
        k += 1
    return None


EVERY_N = {(2, "week"): "fortnight", (2, "month"): "bimonth", (3, "month"): "quarter", (6, "month"): "half_year",
           (12, "month"): "year", (1, "week"): "week", (1, "month"): "month", (1, "year"): "year", (1, "day"): "day"}


def _period_at(span: Span, k: int) -> tuple[str, int] | None:
    n = len(span)
    if k + 1 < n and span[k].text == "-":
        k += 1  # "a 30-hour-a-week position"
    if k + 1 < n and span[k].lower_ in ("single", "other") and span[k - 1].lower_ == "every" and span[k + 1].lower_ in ("day", "week"):
        k += 1 if span[k].lower_ == "single" else 0  # "a post every single day" ("every other week" is a fortnight, elsewhere)
    # "every two weeks", "every 3 months", "every two (2) weeks"
    if k + 1 < n and (count := number(span[k].text)) is not None:
        unit = k + 4 if k + 4 < n and span[k + 1].text == "(" and span[k + 2].like_num and span[k + 3].text == ")" else k + 1
        key = EVERY_N.get((int(count), PERIOD_NOUNS[span[unit].lower_])) if span[unit].lower_ in PERIOD_NOUNS else None
        if key:
            return key, unit + 1
    if k < n and span[k].lower_ in ("calendar", "business", "working", "school", "work", "contract", "fiscal",
                                     "program", "programme", "financial") and k + 1 < n:
        two = f"{span[k].lower_} {span[k + 1].lower_.rstrip('s')}"
        if two in PERIOD_NOUNS:
            return PERIOD_NOUNS[two], k + 2
        if span[k + 1].lower_ in PERIOD_NOUNS and span[k].lower_ in ("calendar", "contract", "fiscal", "financial"):
            return PERIOD_NOUNS[span[k + 1].lower_], k + 2  # "per calendar quarter": a quarter all the same
    if k < n and span[k].lower_ in PERIOD_NOUNS and not (
            k + 1 < n and span[k + 1].lower_ in PERIOD_COMPOUNDS and k > 0 and span[k - 1].lower_ in ("a", "an")):
        return PERIOD_NOUNS[span[k].lower_], k + 1
    return None


# "a day pass", "a week off", "a month's rent": the period word heads another noun
PERIOD_COMPOUNDS = {"pass", "passes", "rate", "rates", "trip", "trips", "ticket", "tickets", "job", "jobs", "camp", "camps",
                    "visit", "visits", "'s", "’s"}


def period_in(span: Span, near: int | None = None) -> tuple[str, int, int] | None:
    """Find a sentence-level period ("every month", "each week", "monthly", "per quarter").

    With `near`, the period closest to that token wins ("twice a month, write
    an article, and once a month send a blast").
    """
    found = list(periods(span))
    if not found:
        return None
    if near is None:
        return found[0]
    return min(found, key=lambda p: min(abs(p[1] - near), abs(p[2] - near)))


def periods(span: Span):
    """Every period phrase in a sentence as (period, start, end)."""
    n = len(span)
    for k, t in enumerate(span):
        low = t.lower_
        if low in ("every", "each", "per", "a") and k + 1 < n:
            p = _period_at(span, k + 1)
            if p and (low != "a" or k > 0 and span[k - 1].lower_ not in ("within",)):
                yield p[0], k, p[1]
        if low in ("every", "each") and k + 2 < n and span[k + 1].lower_ in ("other", "second", "alternate"):
            after = PERIOD_NOUNS.get(span[k + 2].lower_)
            if after in ("week", "month"):  # "every other week", "every other Wednesday"
                yield ("fortnight" if after == "week" else "bimonth"), k, k + 3
        if low in FREQ_WORDS:
            yield FREQ_WORDS[low], k, k + 1
        if low in ("the", "each", "every") and k + 3 < n and span[k + 1].lower_ in CLOSING_PERIODS \
                and span[k + 2].text in ("'s", "’s") and span[k + 3].lower_ in MONTHS_FIGURES:
            yield CLOSING_PERIODS[span[k + 1].lower_], k, k + 3  # "a short report on the month's numbers"
        if low in CLOSING_PERIODS and k + 1 < n:
            # "a recap at month end", "the month-end report", "at the end of every quarter"
            j = k + 2 if span[k + 1].text in ("-", "'s", "’s") else k + 1  # "month-end", "at month's end"
            if j < n and span[j].lower_ == "end":
                yield CLOSING_PERIODS[low], k, j + 1
        if low == "end" and k + 2 < n and span[k + 1].lower_ == "of":
            j = k + 3 if span[k + 2].lower_ in ("each", "every") else k + 2
            if j < n and span[j].lower_ in CLOSING_PERIODS and not (j + 1 < n and span[j + 1].like_num):
                yield CLOSING_PERIODS[span[j].lower_], k, j + 1  # not "by the end of month 2"
            elif j + 2 < n and span[j].lower_ == "the" and span[j + 1].lower_ in CLOSING_PERIODS and span[j + 2].text == ":":
                yield CLOSING_PERIODS[span[j + 1].lower_], k, j + 2  # a schedule label "End of the month: ..."
            elif j + 1 < n and span[j].lower_ == "the" and span[j + 1].lower_ in CLOSING_PERIODS and "at" in [t.lower_ for t in span[max(0, k - 2):k]] \
                    and not (j + 2 < n and span[j + 2].text == "-"):
                yield CLOSING_PERIODS[span[j + 1].lower_], k, j + 2  # "at the end of the month" (not "by the end of")
        if low in ORDINALS and k + 4 < n and span[k + 2].lower_ == "of" and span[k + 3].lower_ in ("the", "each", "every") \
                and span[k + 4].lower_ in ("month", "quarter"):
            yield span[k + 4].lower_, k, k + 5  # "First Monday of the month: a one-page summary"
        if low in PLURAL_WEEKDAYS and (k == 0 or span[k - 1].lower_ in ("every", "-")):
            yield "week", k, k + 1  # "Mondays: draft two posts" (a schedule label)
        if low in ("bi", "semi") and k + 2 < n and span[k + 1].text == "-" and (two := f"{low}-{span[k + 2].lower_}") in PERIOD_NOUNS:
            yield PERIOD_NOUNS[two], k, k + 3


CLOCK = r"(\d{1,2})(?:[:.](\d\d))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|noon)?"
CLOCK_SPAN = patterns.compile(rf"\b(?:from|between)?\s*{CLOCK}\s*(?:-|–|—|to|and|until|till)\s*{CLOCK}", re.I)


def _clock(h: str, m: str | None, half: str | None) -> float | None:
    if half is None:
        # a 24-hour clock ("between 08:00 and 20:00") says its own half; a bare "9 to 5" does not
        return int(h) + int(m) / 60 if m and (len(h) == 2 or int(h) > 12) and int(h) + int(m) / 60 <= 24 else None
    value = int(h) % 12 + (int(m) / 60 if m else 0)
    return value + (12 if half.lower().startswith("p") else 0)


def clock_span(text: str) -> float | None:
    """Hours between two clock times: 'between 7 a.m. and 10 p.m.' is 15, '9.30am to 5.30pm' 8, '2-6pm' 4, '9:30 to 4:30' 7."""
    for m in CLOCK_SPAN.finditer(text):
        h1, m1, p1, h2, m2, p2 = m.groups()
        if int(m1 or 0) > 59 or int(m2 or 0) > 59:
            continue  # "9:75" is no time of day
        if p1 is None and p2 is not None and not m1:  # "2-6pm": the start shares the end's half when it comes before it
            p1 = p2 if int(h1) % 12 <= int(h2) % 12 else ("am" if p2.lower().startswith("p") else "pm")
        start, end = _clock(h1, m1, p1), _clock(h2, m2, p2)
        if start is None and p1 is None and p2 is None and m1 and end is not None and end > 12:
            start = int(h1) + int(m1) / 60  # "between 8:00 and 20:00": the end says the clock is a 24-hour one
        if p1 is None and p2 is None and m1 and m2 and 6 <= int(h1) <= 11 and 1 <= int(h2) < int(h1) and int(h2) <= 7:
            start, end = int(h1) + int(m1) / 60, int(h2) + 12 + int(m2) / 60  # "9:30 to 4:30": a working day, morning to afternoon
        if start is not None and end is not None and end > start:
            return float(end - start)
    return None
