"""The hours budget: how many hours of work the plan pays for, per month.

A number of hours is a budget when it has a period ("8-10 hours per month",
"not to exceed 20 hours a week", "1,200 hours a year", "0.5 FTE") and it is
not attached to something else: a response window ("within 24 hours"),
turnaround or notice, opening hours, or the length of a training, meeting,
call or event ("a 4-hour training", "a 2-hour kickoff").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import patterns
from ..model import Hours, Range, Term
from ..nlp import TERMS, WORK, block_text, opens_with
from .quantity import PER_MONTH, Quantity, clock_span, number, period_after, period_in, periods, quantities

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..nlp import Sent

FTE_HOURS_PER_MONTH = 173.0
HOUR_UNITS = {"hours", "hour", "hrs", "hr", "h", "person-hours", "man-hours"}
# Words that may stand between the number and the unit ("10 billable hours").
UNIT_FILLERS = {"billable", "working", "work", "total", "staff", "consulting", "service", "support", "labor", "labour",
                "person", "man", "paid", "contracted", "dedicated", "agency", "professional", "retainer", "of",
                "productive", "monthly", "weekly", "combined", "contractor", "consultant", "freelance", "freelancer", "-"}
# What hours may belong to instead of the work budget.
NOT_BUDGET_BEFORE = {"within", "in under", "under", "respond", "response", "reply", "replies", "responded", "answer",
                     "answered", "turnaround", "turn-around", "notice", "advance", "after", "before", "every",
                     "lasting", "following", "of receiving", "latest", "than"}
NOT_BUDGET_AFTER = {"ago", "for lunch", "lunch", "breaks", "turnaround", "turn-around", "notice", "response", "responses", "reply", "training", "trainings",
                    "workshop", "workshops", "session", "sessions", "meeting", "meetings", "call", "calls", "kickoff",
                    "kick-off", "onboarding", "event", "events", "shift", "shifts", "window", "operation", "advance",
                    "prior", "before", "after", "of receipt", "from", "delay", "time zone", "drive", "flight", "course",
                    "webinar", "seminar", "presentation", "orientation", "ahead", "later", "old", "sla", "deadline",
                    "of notice", "coverage", "support line", "day", "days", "period", "interview", "demo", "class", "duration",
                    "live", "livestream", "stream", "shoot", "photoshoot", "video", "to respond", "to reply"}
EVENTS = {"meeting", "meetings", "call", "calls", "session", "sessions", "workshop", "workshops", "training",
          "induction", "orientation", "webinar", "event", "events", "class", "classes", "shift", "shifts", "check-in",
          "huddle", "visit", "visits", "shoot", "interview", "interviews", "presentation", "briefing"}
COVERAGE = patterns.compile(r"^(?:24|twenty[- ]four)(?:\s*\(24\))?\s+hours?\s+(?:a|per|each)\s+day\b", re.I)
# "within 30 minutes, 12 hours a day, 7 days a week": hours of cover (not "two (2) hours per day, seven days a week, of moderation")
COVERAGE_DAYS = patterns.compile(r"^(\S+)(?:\s*\(\d+\))?\s+hours?\s+(?:a|per)\s+day,?\s+(?:7|seven|365)(?:\s*\(\d+\))?\s+days\b", re.I)
OTHERS_HOURS = patterns.compile(r"\b(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:assistant|staff|team|manager|officer|helpline|line|desk|office|"
                          r"shop|café|cafe|centre|center|store|bar|reception)\s+(?:is\s+open|opens|works|is\s+staffed|runs)\b", re.I)
WINDOW_BEFORE = patterns.compile(r"\b(?:within|respon\w*|repl\w*|answer\w*|monitor\w*|cover\w*|staff\w*)\b", re.I)
NEXT_TO_NUMBER = {"within", "under", "after", "before", "every", "following", "than", "latest", "lasting", "advance"}
BUDGET_CUES = {"budget", "budgeted", "allocate", "allocated", "allocation", "expect", "expected", "estimate",
               "estimated", "take", "retainer", "allotted", "available", "capped", "cap", "maximum", "contract",
               "contracted", "hours", "time", "commitment", "paid", "billable", "exceed", "spend"}
CLIENT_WORDS = {"client", "clients", "brand", "brands", "account", "accounts", "location", "locations", "customer",
                "store", "stores", "property", "properties", "franchise", "franchisee", "site", "sites", "business",
                "businesses", "member", "members"}


# What makes hours in a contract-terms section the budget rather than a deadline or a reply window.
EFFORT = patterns.compile(r"\b(?:level\s+of\s+effort|effort|budget(?:ed)?|billable|not\s+to\s+exceed|retainer|allocat\w+|ceiling|capped|"
                    r"hours\s+(?:of\s+)?(?:service|work|support))\b", re.I)


@dataclass(frozen=True)
class _Candidate:
    hours: Hours
    score: int


def _unit_end(span: Span, q: Quantity) -> int | None:
    """Index after the hour unit that follows quantity q, or None when q is not hours."""
    k = q.end
    skipped = 0
    while k < len(span) and span[k].lower_ in UNIT_FILLERS and skipped < 2:
        k += 1
        skipped += 1
    if k < len(span) and span[k].lower_ in HOUR_UNITS:
        if span[k].lower_ == "h" and not span[q.end - 1].text[0].isdigit():
            return None
        return k + 1
    return None


def _fte_end(span: Span, q: Quantity) -> int | None:
    k = q.end
    if q.start > 0 and span[q.start - 1].text in "$£€":
        return None  # "Salary: £27,300 FTE": money, not staff
    if k < len(span) and span[k].lower_ in ("fte", "ftes", "fte's"):
        return k + 1
    fraction = k + 3 < len(span) and [t.lower_ for t in span[k:k + 3]] == ["of", "a", "full"]
    if fraction:
        k += 2  # "0.6 of a full-time post"
    if k + 2 < len(span) and [t.lower_ for t in span[k:k + 3]] == ["full", "-", "time"]:
        j = k + 3 + (k + 3 < len(span) and span[k + 3].text == "-")  # "full-time-equivalent"
        nouns = ("equivalent", "equivalents") + (("post", "role", "position", "job") if fraction else ())
        if j < len(span) and span[j].lower_ in nouns:
            return j + 1 + (j + 1 < len(span) and span[j].lower_.startswith("equivalent")
                            and span[j + 1].lower_ in ("position", "post", "role"))
    return None


# "Around 300 volunteers give more than 2,500 hours between them every week": others' time, not the budget
OTHERS_TIME = patterns.compile(r"\b(?:volunteers?|staff|members|employees|trustees|parents)\b[^.;,]{0,40}?\b(?:give|gives|contribute|contributes|"
                         r"donate|donates|put\s+in|puts\s+in|log|logs)\b[^.;,]{0,25}$", re.I)


def _attached_elsewhere(span: Span, q: Quantity, unit_end: int) -> bool:
    """True when the hours measure a response window, notice, or an event's length."""
    if OTHERS_TIME.search(block_text(span)[span.start_char:span[q.start].idx]):
        return True
    if re.search(r"\b(?:logged|used|spent|billed|took)\b", span.text, re.I) and re.search(r"\b(?:last|previous|old|former|before)\b",
                                                                                       span.text, re.I):
        return True  # "Our last agency logged around 400 hours over the year": hours that were, not the budget
    lead = [t.lower_ for t in span[max(0, q.start - 3):q.start]]
    breaks = [i for i, w in enumerate(lead) if w in (",", ";", ":", "(")]
    if breaks:
        lead = lead[breaks[-1] + 1:]  # the clause before a comma is about something else
    paid_period = period_after(span, unit_end, window=1) is not None
    rest = block_text(span)[span[q.start].idx:span.end_char]
    if COVERAGE.match(rest):
        return True  # "24 hours a day, 365 days a year": hours of cover, not of work
    if COVERAGE_DAYS.match(rest) and (q.hi >= 12 or WINDOW_BEFORE.search(block_text(span)[span.start_char:span[q.start].idx])
                                      or NOT_THE_WORKERS.search(block_text(span)[span.start_char:span[q.start].idx])
                                      or OTHERS_HOURS.search(block_text(span)[span.start_char:span[q.start].idx])):
        return True  # (also "The café is open ten hours a day, seven days a week", "Our shop assistant works 6 hours a day")
    # a preposition counts only right before the number: "within 24 hours", not "time under this SOW shall not exceed"
    lead = [w for i, w in enumerate(lead) if w not in NEXT_TO_NUMBER or i >= len(lead) - 2]
    if set(lead) & NOT_BUDGET_BEFORE or " ".join(lead[-2:]) in NOT_BUDGET_BEFORE:
        # "within 10 hours per month" is a cap on the work, "within 24 hours" a reply window
        if not (paid_period and set(lead) & {"within", "under", "in"}):
            return True
    after = [t.lower_ for t in span[unit_end:unit_end + 4] if t.text not in ("'", "’", "'s", "’s")]  # ("two hours' duration")
    # "a 4-hour training": the hyphen makes hours an adjective of what follows
    hyphenated = unit_end >= 2 and span[unit_end - 2].text == "-"
    if hyphenated:
        nxt = after[1] if after[:1] == ["-"] and len(after) > 1 else after[0] if after else ""
        if nxt in ("week", "month") and after[1:2] == ["-"]:
            return True  # "a 3-hour month-end review": the review's length
        if nxt not in ("per", "a", "each", "every", "/", "week", "month", "weekly", "monthly", "commitment",
                       "budget", "retainer", "allocation", "role", "position", "engagement", "cap"):
            return True
    first = after[0] if after else ""
    pair = " ".join(after[:2])
    if q.start > 0 and span[q.start - 1].text == "(" and first == ")":
        return True  # "Quarterly review (2 hours)": the length of the thing named before it
    if first in NOT_BUDGET_AFTER or pair in NOT_BUDGET_AFTER:
        return first not in ("day", "days") or (len(after) > 1 and after[1] not in ("week", "month"))
    if first == "of" and len(after) > 1 and after[1] in NOT_BUDGET_AFTER:
        return True
    return False


# Hours said in words: "an hour, hour and a half a week", "an hour or two a week", "half an hour a day"
SPELLED_HOUR = r"(?:(?:an?|one)\s+)?hour\s+and\s+a\s+half|half\s+an\s+hour|an\s+hour"
SPELLED_HOURS = patterns.compile(rf"\b(?P<a>{SPELLED_HOUR})(?:\s*(?:,|or|to|-|–)\s*(?:maybe\s+|perhaps\s+)?(?P<b>{SPELLED_HOUR}|(?:two|three|[23])(?:\s+hours)?(?=\s+(?:a|an|per|each|every)\s|\s*[,.;)?!]|\s*$)))?\b", re.I)
APPROX = ("about", "around", "roughly", "approximately", "maybe", "just", "only", "perhaps")


def _spelled_value(words: str) -> float:
    words = words.lower()
    return 1.5 if "half" in words and "hour and" in words else 0.5 if words.startswith("half") else 1.0


def _spelled_hours(span: Span) -> dict[tuple[int, int], Quantity]:
    """Hours said in words, keyed by their token bounds; the phrase ends where its unit would.

    A lone "an hour" counts only after an approximation ("about an hour a week"), not "£20 an hour".
    """
    out = {}
    for m in SPELLED_HOURS.finditer(span.text):
        words = span.doc.char_span(span.start_char + m.start(), span.start_char + m.end(), alignment_mode="expand")
        if words is None:
            continue
        start, end = words.start - span.start, words.end - span.start
        lo = _spelled_value(m.group("a"))
        b = m.group("b")
        hi = (number(b.split()[0]) if "hour" not in b.lower() or b.lower().endswith("hours") else _spelled_value(b)) if b else lo
        # ("an hour or two a week", "an hour or two hours a week")
        alone = m.group("b") is None and m.group("a").lower() == "an hour"
        lead = {t.lower_ for t in span[max(0, start - 2):start]}
        estimate = {t.lower_ for t in span[max(0, start - 3):start]} & {"should", "will", "would", "might", "could", "may", "to"}
        task = bool(lead & {"runs", "run", "lasts", "last", "lasting"} or lead & {"take", "takes", "took", "taking"} and not estimate
                    or period_after(span, end, window=2) is None and ("for" in lead or span[end:end + 1].text.lower() in ("each", "every")))
        if alone and not (start > 0 and span[start - 1].lower_ in APPROX + (":",)) or task:
            # (not "£20 an hour", "Reels take half an hour each", "the live runs for half an hour every Thursday"; but
            # "Managing Facebook should take an hour or two a week" is the budget)
            continue
        if alone and span[start - 1].text == ":" and _event_length(span, Quantity(1, 1, "exact", start, end, "")):
            continue  # "- Team call: an hour a week": the call's length
        if start > 0 and span[start - 1].lower_ in APPROX:
            start -= 1
        kind = "range" if hi != lo else "approx"
        out[(start, end)] = Quantity(min(lo, hi), max(lo, hi), kind, start, end, span[start:end].text)
    return out


def _defines_fte(span: Span, q: Quantity) -> bool:
    """'treats one full-time equivalent as 173 hours a month', '1 FTE = 160 hours': a conversion, not a budget."""
    lead = [t.lower_ for t in span[max(0, q.start - 5):q.start]]
    if len(lead) >= 2 and lead[-1] == "is":  # "one full-time equivalent (1.0 FTE) is 173 hours" (not "not an FTE role; it is 15")
        return lead[-2] in (")", "fte", "equivalent")
    return bool(lead) and lead[-1] in ("as", "=", "equals", "means") and bool(set(lead) & {"equivalent", "fte", "equivalents"})


def _per_client(span: Span, start: int) -> bool:
    text = [t.lower_ for t in span[start:start + 8]]
    for i, w in enumerate(text[:-1]):
        if w in ("per", "each", "every") and text[i + 1] in CLIENT_WORDS:
            return True
        if w == "for" and i + 2 < len(text) and text[i + 1] in ("each", "every") and text[i + 2] in CLIENT_WORDS:
            return True
    return False


def _label_period(span: Span, q: Quantity) -> tuple[str, int] | None:
    """'Hours per month: 8-10', 'Monthly hours | 10', 'Estimated hours: 40 / month'.

    The unit stands in a label before the number; the period in the label or after the number.
    """
    lo = max(0, q.start - 10)
    words = [t.lower_ for t in span[lo:q.start]]
    if not set(words) & {"hours", "hrs", "hour"}:
        return None
    labelled = any(w in (":", "|", "=", "-", "–") for w in words[-2:])
    # "Hours billed ... may not exceed 1,400 per year": a cap on hours named earlier in the clause
    capped = q.kind in ("cap", "range", "floor") and period_after(span, q.end, window=2) is not None
    if not (labelled or capped) or any(w in (".", ";") for w in words):
        return None
    near = [w for i, w in enumerate(words[-3:]) if w not in NEXT_TO_NUMBER or i >= 1]
    if set(near) & NOT_BUDGET_BEFORE or set(words) & {"office", "business", "opening", "operating", "response", "support"}:
        return None
    if any(t.like_num for t in span[max(lo, 1):q.start]):  # (a leading section number "4.1" is not one)
        return None  # "review (2 hours) | 1": the hours belong to that number, not to a label
    label = span[lo:q.start]
    if found := period_in(label):
        return found[0], q.end
    if found := period_after(span, q.end, window=3):
        return found
    return None


def candidates(sent: Sent, term_months: float | None = None, trial: bool = False) -> list[_Candidate]:
    """Hours read from one sentence; `term_months` spreads 'hours over the term' over the contract's months."""
    span = sent.span
    out: list[_Candidate] = _hours_column(sent) + _working_blocks(sent)
    day_defined = [(m.start(), m.end()) for m in DAY_LENGTH.finditer(sent.text)]
    spelled = _spelled_hours(span)
    for q in sorted(quantities(span) + list(spelled.values()), key=lambda q: q.start):
        if any(a <= span[q.start].idx - span.start_char < b for a, b in day_defined):
            continue  # "a working day being 8 hours": how long a day is, read with the days it goes with
        fte_end = _fte_end(span, q)
        unit_end = fte_end or (q.end if (q.start, q.end) in spelled else _unit_end(span, q))
        if unit_end is None:
            if labelled := _label_period(span, q):
                out.append(_candidate(sent, q, q.lo, q.hi, labelled[0], labelled[1], q.end))
            elif term_months and q.kind == "cap" and _hours_named_before(span, q) and _over_the_term(span, q.end):
                # "Hours under this SOW are not to exceed 1,920 for the period of performance"
                out.append(_candidate(sent, q, q.lo, q.hi, "term", q.end, q.end, term_months))
            continue
        after_fte = fte_end + (fte_end < len(span) and span[fte_end].text == ")") if fte_end else 0
        if fte_end and after_fte + 1 < len(span) and (span[after_fte].lower_ in ("=", "equals", "means") or span[after_fte].lower_ in (
                "as", "is") and span[after_fte + 1].like_num):
            continue  # "one full-time equivalent as 173 hours a month": a definition, not the budget
        if fte_end:
            lo, hi, period, end = q.lo * FTE_HOURS_PER_MONTH, q.hi * FTE_HOURS_PER_MONTH, "month", fte_end
        else:
            if _attached_elsewhere(span, q, unit_end) or _defines_fte(span, q):
                continue
            lo, hi = q.lo, q.hi
            found = period_after(span, unit_end, window=6)
            if found is None and span[unit_end - 2].text == "-" and unit_end < len(span) and span[unit_end].lower_ in ("week", "month"):
                found = (span[unit_end].lower_, unit_end + 1)  # "a 20-hour week"
            if found is None and q.start >= 3 and span[q.start - 1].text == "(" and span[q.start - 2].lower_ in ("week", "month") \
                    and span[q.start - 3].lower_ in ("'s", "’s", "a", "your", "typical", "normal", "usual", "average"):
                found = (span[q.start - 2].lower_, unit_end)  # "Kit's week (30 hours, ...)" (not "Launch week (20 hours ...)")
            over_term = found is None and (_over_the_term(span, unit_end, trial) or _term_before(span, q) or _in_total(span, unit_end))
            if found is None and (months := _over_term(span, unit_end, q) or (term_months if over_term else None)):
                out.append(_candidate(sent, q, q.lo, q.hi, "term", unit_end, unit_end, months))
                continue
            if over_term and not _work_period_after(span, unit_end):
                continue  # "420 hours ... for the Term" with the Term's length nowhere to be read: not a monthly figure
            if found is None:
                # "a 20-hour week", "20 hours weekly" are caught above; "each month, 10 hours" here
                sp = period_in(span)
                if sp is None or sp[0] in ("day",) and "per" not in [t.lower_ for t in span]:
                    continue
                if _event_length(span, q):
                    continue  # "the trustees' meeting every other month (usually about two hours)": its length
                period, end = sp[0], unit_end
            else:
                period, end = found[0], found[1]
            if period == "day" and (days := _days_a_week(span, q)):
                lo, hi, period = lo * days[0], hi * days[1], "week"  # "three days a week, eight hours a day"
            if period == "day":
                period = "business_day"
        if _capped_after(span, end):
            lo = 0.0  # "5 hrs/week max", "20 hours a month at most"
        if (peak := _rising_to(span, end)) and peak > hi:
            hi = peak  # "20 hours a month, rising to 35 in peak months": the busy months are the ceiling
        elif peak == hi and q.kind not in ("range", "floor") and CAP_AGAIN.match(block_text(span)[span.end_char:]):
            lo = 0.0  # "a couple of hours a week. Two hours, tops.": the same figure again, as a cap
        out.append(_candidate(sent, q, lo, hi, "month" if fte_end else period, end, unit_end))
    return out


# "We've budgeted one 6-hour session every other week": blocks of work with their own length and cadence
WORK_BLOCKS = patterns.compile(r"\b(one|a|two|three|four|\d)\s+(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight)[- ]hours?\s+"
                         r"(?:working\s+|work\s+)?(?:sessions?|blocks?|shifts?|stints?)\s+(?:every|each|a|per)\s+"
                         r"(?:(other|second)\s+)?(week|fortnight|month)\b", re.I)
BLOCK_BUDGET = patterns.compile(r"\b(?:budget\w*|pay\s+for|afford|allow\w*|fund\w*)\b", re.I)


def _working_blocks(sent: Sent) -> list[_Candidate]:
    m = WORK_BLOCKS.search(sent.text)
    if not m or not BLOCK_BUDGET.search(sent.text) or re.search(r"\b(?:volunteers?|staff|members|they)\b", sent.text[:m.start()], re.I):
        return []
    count = 1.0 if m.group(1).lower() in ("one", "a") else number(m.group(1))
    length = number(m.group(2))
    if not count or not length:
        return []
    period = m.group(4).lower()
    if m.group(3):
        period = {"week": "fortnight", "month": "bimonth"}.get(period, period)  # "every other week", "every other month"
    return [_stated(sent, count * length, count * length, period, m.group(0), 4)]


def _stated(sent: Sent, lo: float, hi: float, period: str, text: str, score: int) -> _Candidate:
    """Hours read whole from a sentence's own shape (a table column, work blocks, days of work), not from one quantity."""
    factor = PER_MONTH[period]
    return _Candidate(Hours(min=lo, max=hi, period=period, per_month=Range(round(lo * factor, 2), round(hi * factor, 2)),
                            evidence=(sent.evidence(),), per_client=False, text=text), score)


# A table column of hours: "| Role | Hours per week |", "| Item | Monthly hours |"
HOURS_HEADER = patterns.compile(r"\b(?:hours?|hrs)\b[^|]*?(?:\b(?:per|a|each)\s+(?:contract\s+|calendar\s+|financial\s+)?|/\s*)(week|wk|month|mo|year|yr|quarter)\b"
                          r"|\b(weekly|monthly|annual|yearly|quarterly)\s+(?:hours|hrs)\b"
                          r"|\b(?:hours?|hrs)\s*\((weekly|monthly|annual|yearly|quarterly)\)", re.I)


ROW_PERIOD = patterns.compile(r"\b(?:a|per|each)\s+(week|month|year|quarter)\b|\b(weekly|monthly|annual|yearly|quarterly)\b", re.I)


def _hours_column(sent: Sent) -> list[_Candidate]:
    """The 'Total' row of a table whose column counts hours a period; other rows are parts of it."""
    if sent.kind != "table_row" or not sent.header or "|" not in sent.text:
        return []
    cells = [c.strip() for c in sent.text.strip().strip("|").split("|")]
    heads = [c.strip() for c in sent.header.strip().strip("|").split("|")]
    if cells and not cells[0] and len(cells) == len(heads) and len(cells) > 1:
        cells, heads = cells[1:], heads[1:]  # "| | Total, Contract Year 1 | 3,000 |": the label under the second column
    if not cells or not re.match(r"(?:grand\s+)?total\b", cells[0], re.I) or re.search(r"\b(?:all|both|years|over)\b", cells[0], re.I):
        return []  # (not "Total, all contract years": a sum of the per-year rows)
    if len(cells) < len(heads):  # empty cells are dropped: put the figure under the hours column
        hours_at = [k for k, h in enumerate(heads) if HOURS_HEADER.search(h) or re.fullmatch(r"(?:hours?|hrs)", h, re.I)]
        figure = next((c for c in cells[1:] if re.fullmatch(r"[\d.,]+", c)), None)
        if hours_at and figure is not None:
            cells = [cells[0]] + [figure if k == hours_at[0] else "" for k in range(1, len(heads))]
    out = []
    for cell, head in zip(cells[1:], heads[1:]):
        m = HOURS_HEADER.search(head)
        if m is None and re.fullmatch(r"(?:hours?|hrs)", head, re.I):
            m = ROW_PERIOD.search(cells[0])  # "| Total a week | | 24 |" under a bare "Hours" column
        value = number(cell.replace(",", "")) if m and re.fullmatch(r"[\d.,]+", cell) else None
        if value:
            word = next(g for g in m.groups() if g).lower()
            period = {"weekly": "week", "monthly": "month", "annual": "year", "yearly": "year", "quarterly": "quarter",
                      "wk": "week", "mo": "month", "yr": "year"}.get(word, word)
            out.append(_stated(sent, value, value, period, f"{cell} ({head})", 5))
    return out


TERM_AFTER = patterns.compile(r"^[^.;]{0,40}?\b(?:across|over|during|for|in|within)\s+(?:the\s+|a\s+|an\s+|those\s+|these\s+|its\s+)?(?:whole\s+|entire\s+|full\s+)?"
                        r"(?P<qual>initial\s+|first\s+|base\s+|proposed\s+|current\s+)?"
                        r"(\w+(?:\s*\(\d+\))?)[- ](month|year)s?[- ]?(?:long\s+)?(?:(?:base|initial|contract|performance|funding|grant)\s+)?"
                        r"(?:of\s+(?:the|this)\s+)?(?:(?P<noun>project|contract|term|period|engagement|agreement|pilot|grant)|(?<=s)(?=\s*(?:[.,;:)]|$)))", re.I)
# "The total level of effort for the initial term shall not exceed 780 hours": the term named before the hours
TERM_BEFORE = patterns.compile(r"\b(?:for|over|across|during|throughout)\s+(?:the\s+)?(?:whole\s+|entire\s+|full\s+)?(?:initial\s+|base\s+)?"
                         r"(?:contract\s+)?(?:term|contract|engagement|agreement|period\s+of\s+performance)\b(?![^.;]*\b(?:a|per|each)\s+(?:week|month)\b)",
                         re.I)


THE_TERM = patterns.compile(r"^(?:\s+of\s+(?:freelance\s+|contractor\s+|consultant\s+|professional\s+)?(?:support|time|work|effort|services?|"
                      r"consultancy|help))?\s*(?:in\s+total\s+)?(?:across|over|during|for|throughout)\s+(?:the\s+)?"
                      r"(?:whole\s+|entire\s+|full\s+|life\s+of\s+the\s+)?"
                      r"(?:contract\s+|initial\s+)?(?:term|contract|engagement|agreement|project|(?P<trial>trial|pilot)|grant\s+period|contract\s+period|"
                      r"period\s+of\s+performance|performance\s+period)\b"
                      r"(?=\s*(?:[.,;:)]|$|and\b|of\b|from\b|which\b|(?:as\s+)?(?:described|defined|set\s+out|stated|specified|given)\b))", re.I)


def _event_length(span: Span, q: Quantity) -> bool:
    """Hours in brackets, or just after an event noun, measure the event: '(usually about two hours)'."""
    opened = sum(t.text == "(" for t in span[:q.start]) > sum(t.text == ")" for t in span[:q.start])
    before = {t.lower_ for t in span[max(0, q.start - 8):q.start]}
    return opened and bool(EVENTS & {t.lower_ for t in span}) or bool(EVENTS & before)


# "a couple of hours a week. Two hours, tops.": the figure said again, as a cap
CAP_AGAIN = patterns.compile(r"^\s*\w+(?:\s+hours?)?,?\s+(?:tops|max(?:imum)?|at\s+(?:the\s+)?(?:very\s+)?most)\s*[.!]", re.I)
# "about 3 hrs a week, 4 at a push", "6 hours a month, 8 if needed": a higher ceiling, said after the figure
AT_A_PUSH = patterns.compile(r"^[\s,;:–-]*(?:or\s+)?(\d+(?:\.\d+)?|[a-z]+(?:\s+and\s+a\s+half)?)(?:\s+hours?,?)?\s+(?:at\s+a\s+(?:push|stretch)|"
                       r"if\s+(?:needed|need\s+be|pushed|necessary|required)|tops|at\s+(?:the\s+)?(?:very\s+)?most|max(?:imum)?)\b"
                       # (not "£300 max", nor "20 max in any month" after a weekly figure)
                       r"(?![^.;]{0,20}\b(?:in|over|per|a|each|every)\s+(?:any\s+|a\s+|the\s+)?(?:month|week|year|day|quarter)\b)", re.I)
# "20 hours a month, rising to 35 in peak months", "three hours a week, maybe four at a push": a higher ceiling
RISING = patterns.compile(r"^\W*(?:and\s+|but\s+)?(?:rising|increasing|going\s+up|growing|up)\s+to\s+(\d+(?:\.\d+)?|\w+)\b"
                    # "maybe four at a push", "perhaps six in December" (not "maybe 20 hours in the first month", "maybe 40% of it")
                    r"|^\W*(?:or\s+)?(?:maybe|perhaps|possibly)\s+(\d+(?:\.\d+)?|[a-z]+)(?:\s+(?:hours?|hrs?))?"
                    r"(?=\s*(?:[,.;)!]|$)|\s+(?:at\s+a\s+(?:push|stretch)|if\b|when\b|in\s+(?:busy|peak|the\s+(?:busy|peak|summer|season)|summer|"
                    r"winter|spring|autumn|season|december|november|july|august)\b))", re.I)


def _rising_to(span: Span, k: int) -> float | None:
    rest = block_text(span)[span[k - 1].idx + len(span[k - 1].text):span.end_char] if k <= len(span) else ""
    m = RISING.match(rest) or AT_A_PUSH.match(rest)
    if m is None:
        # "A couple of hours a week should cover it. Three at the very most.": a sentence that is only the ceiling
        after = block_text(span)[span.end_char:]
        m = AT_A_PUSH.match(after)
        if m and not re.match(r"\s*(?:[.!]|$)", after[m.end():]):
            m = None
    if m is None:
        return None
    word = next(g for g in m.groups() if g)
    half = word.lower().endswith(" and a half")
    value = number(word[:-len(" and a half")] if half else word)
    return value + 0.5 if value is not None and half else value


# "Regatta season (April to September): 20 hours a week", "Winter: 10 hours a week": hours that change with the season
SEASON = patterns.compile(r"\b(?:season|seasons|winter|summer|spring|autumn|off-season|"
                    r"(?:peak|off-peak|high|low|quiet|busy)(?:[- ](?:season|months?|periods?|weeks?)|(?=\s*(?:\([^)]*\))?\s*:))|"
                    r"january|february|march|april|june|july|august|september|october|november|december)\b[^.;]{0,40}?:\s*\S*\d",
                    re.I)


IN_SEASON = patterns.compile(r"\bhours?\s+(?:a|per|each)\s+(?:week|month)\s+(?:in|during|over|for)\s+(?:the\s+)?(?:season|summer|winter|"
                       r"spring|autumn|fall|off-season|peak\s+\w+|quiet\s+\w+|busy\s+\w+|high\s+season|low\s+season|term(?:\s+time)?|"
                       r"holidays?)\b", re.I)


def _across_seasons(seasons: list[_Candidate]) -> Hours:
    """The stated hours of each season make the range of the budget."""
    lo = min(seasons, key=lambda c: c.hours.per_month.min).hours
    hi = max(seasons, key=lambda c: c.hours.per_month.max).hours
    same = lo.period == hi.period
    return Hours(min=lo.min if same else lo.per_month.min, max=hi.max if same else hi.per_month.max,
                 period=hi.period if same else "month",
                 per_month=Range(lo.per_month.min, hi.per_month.max), evidence=tuple(c.hours.evidence[0] for c in seasons),
                 per_client=hi.per_client, text=f"{lo.text} to {hi.text}")


DAY_COUNT = r"(\d|one|two|three|four|five|six|seven)"
DAYS_A_WEEK = patterns.compile(rf"\b{DAY_COUNT}(?:\s*\(\d\))?(?:\s*(?:-|–|to|or)\s*{DAY_COUNT})?\s+(?:(?P<length>\d+(?:\.\d+)?|\w+)[- ]hours?\s+)?"
                         r"(?:working\s+|work\s+)?(?:days?|mornings?|afternoons?|evenings?)\s+(?:a|per|each|every)\s+week\b", re.I)
# "twenty-four (24) days of Contractor time in each contract year": days over a longer period, at a day's length said apart
DAYS_PER = patterns.compile(r"\b(\w+(?:-\w+)?|\d+)(?:\s*\(\d+\))?\s+(?:working\s+)?days\s+of\s+(?:contractor|consultant|consultancy|freelance|freelancer|"
                      r"supplier)\s+(?:time|work|support|effort)\s+"
                      r"(?:in|per|a|each|for\s+each)\s+(?:each\s+)?(?:contract\s+|calendar\s+|financial\s+)?(year|month|quarter)\b", re.I)
# "Two mornings a week, 8 till 12": a bare span of the working day, morning to noon or to the afternoon
BARE_SPAN = patterns.compile(r"\b(\d{1,2})\s*(?:-|–|to|till|until)\s*(\d{1,2})\b(?![:.]\d)(?=\s*(?:[,.;)]|$|\w+days?\b|on\b|each\b|every\b|with\b))",
                       re.I)
# The work said as the worker's: "you", "the role", "the post"
WORKER = patterns.compile(r"\byou\b|\bthe\s+(?:role|job|post|position|freelancer|contractor|assistant)\b", re.I)  # (also "Three eight-hour days a week")
# "a working day being 8 hours", "Our days are seven hours", "7-hour days"
DAY_LENGTH = patterns.compile(r"\b(?:(?:our|your)\s+(?:working\s+|work\s+)?days?\s+(?:are|is)|(?:a|each)\s+working\s+day\s+(?:being|is|of)|"
                        r"(?:a|one)\s+(?:working\s+)?day\s+(?:shall\s+comprise|comprises|shall\s+mean|means))\s+"
                        r"(\d+(?:\.\d+)?|\w+)(?:\s*\(\d+(?:\.\d+)?\))?\s+hours?\b"
                        r"|\b(\d+(?:\.\d+)?|\w+)[- ]hour\s+working\s+days?\b", re.I)  # ("a day shall comprise seven (7) hours")
# "Two days a week across the whole roster, 7.5-hour days": the length of the days said in the same sentence
OWN_DAY_LENGTH = patterns.compile(r",\s*(\d+(?:\.\d+)?|\w+)[- ]hour\s+days\b(?!\s+(?:a|per|each|every)\s+week)", re.I)
# "The Council has allowed for three working days per week", "The client has approved three days a week of freelance time"
DAYS_BUDGET = patterns.compile(r"\bat\s+[£$€]\s?\d+(?:\.\d+)?\s+(?:an|per)\s+hour\b|\b(?:allow\w*|approv\w*|budget\w*|fund\w*|afford|pay\s+for|paid|of\s+(?:freelance\s+|contractor\s+)?time|"
                         r"the\s+(?:role|job|position|post)\s+is(?!\s+(?:published|posted|shared|scheduled|live|up|out|sent))|contract\w*)\b", re.I)
# "Our Communications Officer works three days a week": someone else's days
STAFF_DAYS = patterns.compile(r"\b(?:our|the)\s+(?:[\w-]+\s+){0,3}?(?:officer|manager|coordinator|volunteers?|staff|team|director|photographer|"
                        r"cleaner|receptionist|caretaker|members|trainer)\s+(?:works?|is\s+in|comes\s+in|does|covers|attends?)\b"
                        r"|\b(?:we|they)\s+hire\b", re.I)
NOT_THE_WORKERS = patterns.compile(r"\b(?!(?:role|job|assistant|person|freelancer|contractor|you|someone|helper)\b)[a-z]+\s+"
                             r"(?:is\s+|are\s+|'s\s+|'re\s+)?(?:open|opens|trading|closed|sails?|sailing|runs?\s+(?:trips|services|sailings))\b",
                             re.I)


LUNCH = patterns.compile(r"\b(?:with|minus|less|including|and)\s+(?:a|an)\s+(?:half[- ]hour|hour|30[- ]minute|thirty[- ]minute)\s+"
                   r"(?:for\s+)?(?:lunch|break)\b|\b(?:half\s+an\s+hour|an\s+hour)\s+for\s+(?:lunch|a\s+break)\b", re.I)
COVER_WORDS = patterns.compile(r"\b(?:answer\w*|repl\w*|respon\w*|open|opens|staffed|monitor\w*|cover(?:ed|age)?)\b", re.I)


def _days_of_work(sents: list[Sent]) -> list[_Candidate]:
    """Days a week of work and how long a day is, said apart: "three working days per week ..., a working day being
    8 hours", "three days a week of freelance time. Our days are seven hours", "One day a week, Saturdays, 9.30am to 5.30pm"."""
    lengths = [number(next(g for g in m.groups() if g)) for s in sents for m in DAY_LENGTH.finditer(s.text)]
    day = next((v for v in lengths if v and 0 < v <= 14), None)
    out = []
    for sent in sents:
        if day and (per := DAYS_PER.search(sent.text)) and (sent.within(WORK) or sent.within(TERMS)) \
                and (count := number(per.group(1))) and count <= 366:
            out.append(_stated(sent, count * day, count * day, per.group(2).lower(), per.group(0), 3))
            continue
        m = DAYS_A_WEEK.search(sent.text)
        own = number(m.group("length")) if m and m.group("length") else None
        if m and own is None and (said_length := OWN_DAY_LENGTH.search(sent.text[m.end():])):
            own = number(said_length.group(1))  # "Two days a week across the whole roster, 7.5-hour days"
        if m and not re.match(r"(?:days?)\b", m.group(0).split()[-3], re.I) and not (
                opens_with(sent.span, 1) and re.search(r"\b(?:hours?|time|when|days?|role|job)\b", sent.heading, re.I)
                or WORKER.search(sent.text)):
            continue  # mornings or evenings a week are the worker's only when said of the work ("Our youth club meets three evenings a week")
        said = LUNCH.sub("", sent.text)
        if not m or not (sent.within(WORK) or sent.within(TERMS)) or NOT_THE_WORKERS.search(sent.text) or not own and re.search(
                r"\b(?:hours?|hrs)\b", said, re.I) and not DAY_LENGTH.search(sent.text):
            continue
        span_hours = clock_span(sent.text) or _bare_span(sent.text[m.end():m.end() + 30])
        if span_hours and (lunch := LUNCH.search(sent.text)):
            span_hours -= 0.5 if "half" in lunch.group(0).lower() or "30" in lunch.group(0) else 1.0  # "9:30 to 4:30 with a half-hour lunch"
        length = own if own and own <= 14 else span_hours if span_hours and span_hours <= 14 else day
        lead = opens_with(sent.span, 1) and re.search(r"\b(?:hours?|time|when|days?|role|job)\b", sent.heading, re.I)
        if length is None or not (DAYS_BUDGET.search(sent.text) or lead) or COVER_WORDS.search(sent.text) \
                or STAFF_DAYS.search(sent.text):
            continue  # (not "answer every enquiry within 30 minutes, 7am to 9pm, seven days a week": a reply window)
        lo, hi = number(m.group(1)), number(m.group(2)) if m.group(2) else number(m.group(1))
        if not lo or not hi:
            continue
        out.append(_stated(sent, lo * length, hi * length, "week", m.group(0), 3))
    return out


def _bare_span(text: str) -> float | None:
    """'8 till 12' right after the days: four hours of a morning ('9 to 5' is eight, '7 to 3' is eight)."""
    if not (m := BARE_SPAN.match(text.lstrip(" ,:("))):
        return None
    a, b = int(m.group(1)), int(m.group(2))
    if not 6 <= a <= 11:
        return None
    return float(b - a) if a < b <= 12 else float(b + 12 - a) if 1 <= b <= 7 else None


def _days_a_week(span: Span, q: Quantity) -> tuple[float, float] | None:
    """Days a week (a range, perhaps) said in the worker's clause with hours a day.

    Not "The shop is open seven days a week, and the role needs 2 hours a day": those are the shop's days.
    """
    at = span[q.start].idx - span.start_char
    clause = re.split(r";|,\s*but\b|,\s*and\b(?=[^;]*\bdays?\b)", span.text[:at])[-1] + re.split(r";|,\s*but\b", span.text[at:])[0]
    if not DAYS_A_WEEK.search(clause) and (whole := re.split(r";|,\s*but\b", span.text[:at])[-1] + re.split(r";|,\s*but\b", span.text[at:])[0]):
        clause = whole if not NOT_THE_WORKERS.search(whole) else clause  # "two days a week, and about 6 hours a day"
    if NOT_THE_WORKERS.search(clause):
        return None
    m = DAYS_A_WEEK.search(clause)
    lo = number(m.group(1)) if m else None
    hi = number(m.group(2)) if m and m.group(2) else lo
    if lo is None and (r := WEEKDAY_RANGE.search(clause)):
        a, b = (DAY_INDEX[r.group(k).lower()[:3]] for k in (1, 2))  # "Monday to Friday", "Tue-Sat"
        lo = hi = (b - a) % 7 + 1
    elif lo is None and re.search(r"\b(?:weekdays|on\s+weekdays|every\s+weekday)\b", clause, re.I):
        lo = hi = 5
    return (lo, hi) if lo and hi and 0 < lo <= hi <= 7 else None


DAY_INDEX = {d: k for k, d in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
DAY = r"(mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
WEEKDAY_RANGE = patterns.compile(rf"\b{DAY}\s*(?:-|–|—|to|through|thru)\s*{DAY}\b", re.I)


def _capped_after(span: Span, k: int) -> bool:
    toks = [t for t in span[k:k + 4] if t.text != ","]  # "5 hrs/week max", "4 hours a week, max"
    after = " ".join(t.lower_ for t in toks)
    if re.match(r"(?:at most|or less|or fewer)\b", after):
        return True
    if not toks or toks[0].lower_ not in ("max", "maximum", "tops", "max."):
        return False
    nxt = span[toks[0].i - span.start + 1] if toks[0].i - span.start + 1 < len(span) else None
    # "4 hours a month max, that's all", not "10 hours a week, maximum flexibility on when"
    return nxt is None or not nxt.is_alpha or nxt.lower_ in ("that", "this", "please", "and", "but", "so", "we", "i", "it", "for")


def _work_period_after(span: Span, k: int) -> bool:
    """'10 hours of support for the project, each week': a period of the work after the hours (not 'invoiced at the end
    of each calendar month')."""
    return any(start >= k and not {t.lower_ for t in span[max(k, start - 5):start]} & PAYING for _, start, _ in periods(span))


PAYING = {"invoiced", "invoice", "invoices", "paid", "pay", "billed", "bill", "payable", "timesheets", "end"}


def _hours_named_before(span: Span, q: Quantity) -> bool:
    return any(t.lower_ in ("hours", "hrs") for t in span[max(0, q.start - 10):q.start])


def _over_the_term(span: Span, k: int, trial: bool = False) -> bool:
    """'1,600 hours over the term': a total for a term stated elsewhere ("over the trial" only when the term is the trial)."""
    m = THE_TERM.match(block_text(span)[span[k - 1].idx + len(span[k - 1].text):span.end_char])
    return bool(m) and (trial or not m.group("trial"))


def _in_total(span: Span, k: int) -> bool:
    """'a grant that pays for 720 hours of freelance support in total': the whole term's hours."""
    rest = block_text(span)[span[k - 1].idx + len(span[k - 1].text):span.end_char]
    return bool(re.match(r"^(?:\s+of\s+(?:[\w-]+\s+){0,2}?)?\s*(?:in\s+total|in\s+all|altogether|overall)\b", rest, re.I)) and bool(
        re.search(r"\b(?:pays?\s+for|budget\w*|grant|fund\w*|allow\w*|allocat\w*|buys?|cover)\b", span.text, re.I))


def _term_before(span: Span, q: Quantity) -> bool:
    """'for the initial term shall not exceed 780 hours': a cap for a term the document states elsewhere.

    (Not "the monthly level of effort shall not exceed 40 hours", nor "no more than 8 hours on any single day".)
    """
    m = TERM_BEFORE.search(block_text(span)[span.start_char:span[q.start].idx]) if q.kind == "cap" else None
    if m is None:
        return False
    # the clause from the term to just after the hours says no period ("with no more than 8 hours on any single day" is another)
    rest = block_text(span)[span[q.end - 1].idx:span.end_char]
    clause = block_text(span)[span.start_char + m.start():span[q.end - 1].idx] + re.split(r"[,;.]", rest, maxsplit=1)[0]
    return not re.search(r"\b(?:week|month|day|year|quarter|weekly|monthly|daily|yearly|annual|quarterly|fortnight\w*)s?\b", clause, re.I)


# "420 hours for the season, paid at £14 an hour and spread fairly evenly over the six months"
SPREAD_OVER = patterns.compile(r"\b(?:spread|drawn\s+down|split|divided|used)\s+(?:\w+\s+){0,3}?(?:over|across)\s+(?:the\s+|those\s+|these\s+)?"
                         r"(\w+(?:-\w+)?)\s+months\b", re.I)


SET_ASIDE = patterns.compile(r"\b(?:set\s+aside|budget\w*|allow\w*|fund\w*|approv\w*|allocat\w*)\b", re.I)


def _over_term(span: Span, k: int, q: Quantity) -> float | None:
    """'72 hours across the twelve-month project': the months the hours are spread over.

    Bare months ("up to 1,000 hours over those twelve months") only for a cap or a range, not a past
    agency's "about 900 hours over those twelve months".
    """
    rest = block_text(span)[span[k - 1].idx + len(span[k - 1].text):span.end_char]
    budgeted = SET_ASIDE.search(block_text(span)[span.start_char:span[q.start].idx])
    if budgeted and (spread := SPREAD_OVER.search(rest.split(";")[0][:120])) and (months := number(spread.group(1))):
        return months  # "The committee has set aside 420 hours for the season, ... spread fairly evenly over the six months"
    m = TERM_AFTER.match(rest)
    if not m or m.group("noun") is None and (q.kind not in ("cap", "range") or (m.group("qual") or "").strip().lower() == "first"):
        return None
    value = number(m.group(2).split("(")[0].strip().replace(" ", "-"))
    return value * (12 if m.group(3).lower() == "year" else 1) if value else None


def _candidate(sent: Sent, q: Quantity, lo: float, hi: float, period: str, end: int, unit_end: int,
               months: float | None = None) -> _Candidate:
    """Hours read from one sentence; `months` spreads a total over a term ("72 hours across a 12-month project")."""
    span = sent.span
    factor = 1 / months if months else PER_MONTH[period]
    score = 2 + sum(1 for t in span if t.lower_ in BUDGET_CUES) + (2 if q.kind in ("cap", "range") else 0)
    if period == "month" and unit_end < len(span) and span[unit_end - 1].lower_ in ("fte", "ftes"):
        score += 2  # a staffing level is the budget itself
    if any(t.lower_ in ("total", "overall", "combined", "altogether") for t in span[q.end:q.end + 4]):
        score += 2  # "0.5 FTE in total: 0.3 for ... and 0.2 for ..."
    hours = Hours(
        min=round(lo, 2), max=round(hi, 2), period=period,
        per_month=Range(round(lo * factor, 2), round(hi * factor, 2)),
        evidence=(sent.evidence(),), per_client=_per_client(span, unit_end),
        text=span[q.start:end].text,
    )
    return _Candidate(hours, score)


# "Hours needed: Less than 30 hrs/week": a job board's band, which a figure in the body narrows
BAND_LABEL = patterns.compile(r"^\s*(?:hours|time)\s+(?:needed|required|per\s+week|commitment)\s*:\s*(?:less|fewer|under)\b", re.I)


EVENT_WORDS = patterns.compile(rf"\b(?:{'|'.join(sorted(EVENTS))}|catch-up|call)\b", re.I)


def extract(sents: list[Sent], term: Term | None = None) -> Hours | None:
    """The stated hours budget converted to per month, or None when none is stated.

    Hours "over the term" are spread over the contract's months; "over the trial" only when the term is the trial.
    """
    term_months = term.months if term else None
    trial = bool(term and re.search(r"\b(?:trial|pilot)\b", term.text, re.I))
    found: list[_Candidate] = _days_of_work(sents)
    for sent in sents:
        if sent.within(WORK):
            found.extend(candidates(sent, term_months, trial))
        elif sent.within(TERMS) and EFFORT.search(sent.text):
            # "PART 3 - CONTRACT TERMS ... a level of effort not to exceed 720 hours": the budget among the terms,
            # behind any the scope itself states
            found.extend(_Candidate(c.hours, c.score - 1) for c in candidates(sent, term_months, trial))
    if not found:
        return None
    seasons = list({c.hours.evidence[0]: c for c in reversed(found) if SEASON.search(c.hours.evidence[0].quote)}.values())[::-1]
    seasons += [c for c in found if len(IN_SEASON.findall(c.hours.evidence[0].quote)) >= 2]  # "... in season and ... in winter"
    if len({c.hours.per_month for c in seasons}) > 1:
        return _across_seasons(seasons)
    best = max(found, key=lambda c: c.score)  # first of the best: max keeps the earliest on ties
    band_label = bool(BAND_LABEL.match(best.hours.evidence[0].quote))
    if best.hours.per_month.min == 0 and (re.search(r"[|·•]", best.hours.evidence[0].quote) or band_label):
        # "Ongoing | Less than 10 hrs/week | Posted yesterday" (a job board's band), then "budget: 6 hours a week":
        # the body's figure inside the band is the budget
        inside = [c for c in found if (c.score >= best.score - 1 or band_label and not EVENT_WORDS.search(c.hours.evidence[0].quote))
                  and 0 < c.hours.per_month.min == c.hours.per_month.max
                  <= best.hours.per_month.max and c.hours.evidence[0] != best.hours.evidence[0]]
        best = max(inside, key=lambda c: (c.score, c.hours.per_month.max)) if inside else best
    same = [c.hours.evidence[0] for c in found if c.hours.per_month == best.hours.per_month and c is not best]
    if same:
        return Hours(**{**best.hours.__dict__, "evidence": best.hours.evidence + tuple(same)})
    return best.hours
