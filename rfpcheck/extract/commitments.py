"""Promises and terms: response time and coverage, money budget, contract term."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import patterns
from ..model import Money, ResponseTime, Term
from ..nlp import BIDDERS, SOLICITATION, TERMS, WORK, block_text
from .context import VENDOR_NOUNS
from .quantity import PER_MONTH, PERIOD_NOUNS, clock_span, figure, number

if TYPE_CHECKING:
    from ..nlp import Sent

NUM = (r"(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|"
       r"twenty-four|twenty four|thirty|thirty-six|forty-five|forty-eight|sixty|seventy-two|ninety|an?|half\s+an?|the(?=\s+hour\b(?!\s+(?:before|after|of|when|that))))"
       r"(?:\s*\(\d+\))?")
WINDOW = patterns.compile(
    rf"\b(?:respond\w*|responses?(?=\s+(?:to|within|in)\b)|(?<=first\s)responses?|repl(?:y|ies|ied|ying)|answer\w*|response\s+times?|turnaround|acknowledg\w+|resolv\w+|address\w*|(?:get|gets|come)\s+back\s+to(?!\s+(?:you|us|me)\b)|"
    # "I need somebody on the messages within the hour": someone watching the inbox
    rf"(?:some(?:one|body)|you(?:'re|\s+are)?|be|an?\s+{VENDOR_NOUNS}|the\s+{VENDOR_NOUNS})\s+on\s+(?:the\s+)?(?:messages|comments|inbox|dms|enquiries))\b[^.;]{{0,120}}?\b(?:within|in\s+under|in\s+less\s+than|no\s+later\s+than|inside(?:\s+of)?|under|in)\s+(?:the\s+)?(?:\(?\d+\)?\s+)?{NUM}[\s-]*(minutes?|mins?|hours?|hrs?|h|business\s+days?|working\s+days?|days?)\b",
    re.I,
)
WINDOW_BEFORE = patterns.compile(rf"\b{NUM}[\s-]*(minutes?|mins?|hours?|hrs?|h|business\s+days?|days?)\s+(?:response|reply|turnaround)\b", re.I)
ALWAYS = patterns.compile(r"\b24\s*/\s*7\b|\b24\s*x\s*7\b|\baround\s+the\s+clock\b|\bround[- ]the[- ]clock\b|\b(?:24|twenty[- ]four)(?:\s*\(24\))?\s+hours\s+(?:a|per|each)\s+day\b|\bevery\s+hour\s+of\s+the\s+day\b", re.I)
ALL_WEEK = patterns.compile(r"\b(?:7|seven)\s+days\s+a\s+week\b|\bweekends?\b|\bholidays?\b|\bevery\s+day\b|\bincluding\s+(?:saturdays?|sundays?)\b|\bdaily,?\s+including\b", re.I)
HOURS_A_DAY = patterns.compile(r"\b(\d{1,2})\s+hours\s+a\s+day\b", re.I)
WATCHING = patterns.compile(r"\b(?:respon\w*|repl\w*|answer\w*|monitor\w*|moderat\w*|cover\w*|staff\w*|available|support\w*|engag\w*|watch\w*)\b", re.I)
NOT_EXPECTED = patterns.compile(r"\bnot\s+(?:be\s+)?(?:expected|required|needed|asked|responsible)\b|\bno\s+need\b|"
                          r"\bno\s+(?:response[- ]time\s+)?obligation|\bnot\s+part\s+of\b|"
                          r"\b(?:won't|will\s+not|not|never\s+need\s+to|never\s+have\s+to)\s+be\s+on\s+call\b|\b(?:has|have|plays?)\s+no\s+(?:part|role)\s+in\b|"
                          # "support tickets are not the Agency's responsibility", "not Vendor's to answer"
                          r"\bnot\s+(?:the\s+|your\s+|our\s+)?(?:\w+['’]s\s+)?(?:responsibility|job|concern|role)\b|"
                          r"\bnot\s+(?:the\s+)?\w+['’]s\s+to\s+(?:answer|handle|respond|cover)\b|"
                          r"\b(?:runs?|has|operates?|staffs?)\s+(?:its|their)\s+own\s+(?:\S+\s+){0,2}?(?:on-call|rota|support|desk|coverage|line|service|24/7)", re.I)
# Who promises: the vendor, or an instruction to it ("Respond to ...", "The contractor shall reply ...").
VENDOR_SUBJECT = patterns.compile(r"\b(?:contractor|vendor|agency|consultant|freelancer|you|your|proposer|supplier|provider|"
                            r"smp|manager|assistant|successful|selected|partner)\b"
                            # "I'd need someone answering them inside an hour", "Whoever's doing this has got to get back ..."
                            r"|\b(?:I|we)(?:'d|\s+would|'ll)?\s+(?:need|want)\s+(?:someone|somebody)\s+(?:to\s+|who\s+|answering|replying|responding|on\s+(?:the\s+)?(?:messages|comments|inbox|dms))"
                            r"|\b(?:I|we)\s+(?:want|need|expect)\s+(?:them|it|messages|people|enquiries)\s+(?:answered|replied\s+to)\s+within\b"
                            r"(?![^.;]*\bby\s+(?:our|their|its|the)\s+(?!(?:end|close|start|time|next)\b))(?![^.]*\b(?:does|do|handles?)\s+that\b)"
                            r"|\bwhoever(?:'s|\s+is)?\s+(?:doing\s+(?:this|it|the\s+job)|takes\s+(?:this|it)\s+on|we\s+(?:hire|pick|choose)|gets\s+(?:this|the\s+job))\b"
                            r"|^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:respond|reply|answer|monitor|acknowledge|provide|ensure|be\s+available|cover)"
                            r"|\b(?:every|all|each|any)\s+(?:\w+\s+)?(?:comment|message|dm|review|question|enquir|inquir|mention)\w*"
                            r"|\bfirst\s+(?:reply|response)\b"
                            # "Guest messages and comments ... answered within two hours": the work, in the passive
                            r"|\b(?:comments?|messages?|dms?|enquir\w+|inquir\w+|questions?|reviews?)\b[^.;]{0,60}?"
                            r"\b(?:answered|replied\s+to|responded\s+to|handled|acknowledged|(?:need|needs|want|wants)\s+answering)\s+"
                            r"(?:within|inside|in\s+under)\b"
                            rf"(?![^.;]*\bby\s+(?:our|their|its|the)\s+(?!(?:end|close|start|time|next)\b|{VENDOR_NOUNS})[\w-]+)"
                            rf"(?![^.;]*\b(?:{SOLICITATION}|{BIDDERS})\b)", re.I)
# "Questions about this RFP will be answered within 24 hours": the bid's timetable, not the work
QUESTIONS = r"(?:questions?|queries|clarifications?)"
ABOUT_THE_BID = patterns.compile(rf"\b(?:{QUESTIONS}|enquiries)\s+(?:about|regarding|on|concerning|relating\s+to)\s+(?:this|the)\s+{SOLICITATION}\b"
                           rf"|\baddend(?:um|a)\b|\b{BIDDERS}['’]?\s+{QUESTIONS}\b"
                           rf"|\b{QUESTIONS}\s+(?:\w+\s+){{0,2}}?(?:from|by|of)\s+(?:the\s+)?{BIDDERS}\b", re.I)
# "Across the Gala weekend only, someone ... replies within 30 minutes": cover for one event, not every month
EVENT_ONLY = patterns.compile(r"\b(?:across|during|over|on|for|at)\s+the\s+(?:[\w-]+\s+)?(?:weekend|festival|event|gala|launch|show|"
                        r"day|days|fair|race|match)\s+only\b|\bonly\s+(?:during|on|over|across|at)\s+the\s+(?:[\w-]+\s+)?"
                        r"(?:weekend|festival|event|gala|launch|show|fair|race)\b", re.I)
# "| Festival weekend cover | 13-14 June | replies within 2 hours |" (not "..., including the festival weekend", "every show day")
EVENT_ROW = patterns.compile(r"^(?![^|]*\b(?:including|as\s+well\s+as|plus|and\s+also|even|onwards|from|starting|every|each|weekly|monthly)\b)"
                       r"[^.]*?\b(?:festival|gala|event|launch|show|fair|race)\s+(?:weekend|day|days|week|night)s?\b", re.I)
# A table row of service levels for the work: "| Response to public enquiries | Within one (1) hour |" (not "| Phone |
# Answered within 1 hour |" of the client's helpdesk, nor "| Approvals | We respond within 2 working days |")
SERVICE_ROW = patterns.compile(r"^(?!.*\b(?:we|our|us)\b).*\b(?:comments?|messages?|dms?|enquir\w+|inquir\w+|mentions?|reviews?|public|social)\b",
                         re.I)
MACHINE = patterns.compile(r"\b(?:chat)?bots?\b|\bauto[- ]?(?:reply|replies|responder)\b|\bautomated\b|\bvoicemail\b|\banswering\s+machine\b", re.I)
REAL_TIME = patterns.compile(r"\breal[- ]time\s+(?:response|replies|monitoring|engagement|moderation)\b|\b(?:immediately|instantly)\b", re.I)

CURRENCY = {"$": "USD", "us$": "USD", "usd": "USD", "£": "GBP", "gbp": "GBP", "€": "EUR", "eur": "EUR",
            "ca$": "CAD", "cad": "CAD", "a$": "AUD", "aud": "AUD", "dollars": "USD", "us dollars": "USD",
            "euro": "EUR", "euros": "EUR", "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP"}
_AMOUNT = r"(?P<a>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<c>\d{1,2}))?\s*(?P<k>k|K|thousand|m|M|million)?\b"
_PERIOD = (r"(?:\s*(?:/|per|a|an|each|every)\s*(?:calendar\s+)?(?P<p>month|mo|week|wk|year|yr|annum|quarter)\b)?"
           r"(?:\s*(?P<adj>monthly|weekly|annually|yearly|per annum|pcm|p\.?a\.?)(?!\w))?")
MONEY = patterns.compile(
    r"(?P<cur>US\$|CA\$|A\$|\$|£|€|USD|GBP|EUR|CAD|AUD)\s?" + _AMOUNT +
    # "$1,000-$2,000", "$1,000 to 2,000"; "between $1,000 and $2,000" only with the second sign ("$1,000 and 20 hours" is no range)
    r"(?:(?:\s*(?:-|–|to)\s*(?:US\$|CA\$|A\$|\$|£|€)?|\s*and\s+(?:US\$|CA\$|A\$|\$|£|€))\s?(?P<b>\d{1,3}(?:,\d{3})+|\d+)"
    r"(?:\.(?P<bc>\d{1,2}))?\s*(?P<k2>k|K|thousand|m|M|million)?\b)?"
    + _PERIOD
)
# "800 euros a month", "2,500 USD per month": the currency after the amount
MONEY_AFTER = patterns.compile(r"(?<![\w$£€.,])" + _AMOUNT + r"\s*(?P<cur>US\s+dollars|dollars|euros?|pounds(?:\s+sterling)?|sterling|USD|GBP|EUR|CAD|AUD)\b"
                         r"(?!\s+of\b)" + _PERIOD, re.I)  # not "2,000 pounds of produce"
# "$60,000 over two years", "for the 18-month contract": a sum spread over a span said beside it
SPAN = patterns.compile(r"^\W*(?:\w+\s+){0,6}?(?:over|for|across|during|covering|covers|in)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
                  r"(?:(?:full|whole|entire|initial|first)\s+)?(?:(?:term|contract|period|engagement)\s+of\s+)?"
                  r"(\d+|one|two|three|four|five|six|nine|ten|twelve|eighteen|twenty-four|thirty-six)"
                  r"(?:\s*\(\d+\))?[\s-]*(?:(months?|years?)\b|(?:equal\s+)?monthly\s+(?:instal(?:l)?ments|payments)\b)", re.I)
# "$25 per post", "$5 a like": a unit price, not a budget; "$3,000 once", "a one-off $500": not a month's money
UNIT_PRICE = patterns.compile(r"^\s*(?:per|a|an|each|/)\s+(?!(?:calendar\s+)?(?:month|mo|week|wk|year|yr|annum|quarter)\b)[a-z]"
                        r"|^\s*(?:once|one[- ]off|one[- ]time|up\s*front)\b", re.I)
ONE_OFF_BEFORE = patterns.compile(r"\b(?:one[- ]off|one[- ]time|set-?up)\s+(?:fee\s+|payment\s+|cost\s+)?(?:of\s+|is\s+|:\s*)?$", re.I)
# "We have $24,000 for the year", "$2,000 (two thousand dollars) per month": a period said right after the sum
PERIOD_AFTER = patterns.compile(r"^\s*(?:\([^)]{0,40}\)\s*)?(?:for\s+the\s+(?:full\s+|whole\s+)?(?:year|month|quarter)|"
                          r"(?:per|a|an|each|every)\s+(?:calendar\s+)?(?:month|week|year|annum|quarter))\b", re.I)
MONEY_PERIODS = {"pcm": "month", "pa": "year"}  # "per calendar month", "per annum"
# where a sum's own clause ends: "Our ad spend is $1,000 a month; the management fee is $1,200 a month."
CLAUSE_BREAK = patterns.compile(r"[;]|\.\s|,\s+(?:and|but|while|whereas)\b|(?<!\s)\s+(?:while|whereas|plus)\b")
# "up to $2,000 (excluding ad spend of $1,000)": what a bracket leaves out does not make the sum something else
EXCLUDED = patterns.compile(r"\(\s*(?:excluding|excl\.?|not\s+including|exclusive\s+of|on\s+top\s+of|separate\s+from|plus)\b[^)]*\)?", re.I)
BUDGET_WORDS = patterns.compile(r"\b(budget|fee|retainer|compensation|not to exceed|maximum|cap|pay|paid|price|cost|funding|funds|allocat\w+|amount|available|spend|rate)\b", re.I)
NOT_FEE = patterns.compile(r"\b(insurance|liability|coverage|bond|penalt\w+|damages|per\s+occurrence|aggregate|"
                     r"(?:ads?|advertising|media|paid\s+social|paid\s+media|promotion|promoted\s+posts?)\s+(?:spend|budget)|"
                     r"spend\s+on\s+(?:ads|advertising|boosting)|boost\w*|prize|giveaway|revenue|sales|raised|donations?|"
                     r"hourly(?:\s+rate)?|per\s+hour|an\s+hour|/\s*h(?:ou)?r)\b", re.I)

TERM_UNIT = patterns.compile(r"month|year|week", re.I)  # every TERM ends in one
TERM = patterns.compile(
    rf"\b(?:term|contract|engagement|agreement|period|retainer|pilot|trial|initial\s+term|sow|statement\s+of\s+work)\b[^.;]{{0,50}}?\b(?:of|for|is|will\s+be|lasting|runs?|:)\s+(?:an?\s+)?(?:initial\s+)?(?:\(?\d+\)?\s+)?{NUM}[\s-]*(months?|years?|weeks?)\b"
    rf"|\b{NUM}[\s-]*(months?|years?)[\s-]+(?:initial\s+)?(?:term|contract|engagement|agreement|retainer|pilot|trial|period)\b"
    rf"|\b(?:try|trial|test|pilot|run|hire\s+\w+|engage\s+\w+)\b[^.;]{{0,30}}?\bfor\s+(?:an?\s+|the\s+)?(?:initial\s+|first\s+)?{NUM}[\s-]*(months?|years?)\b"
    rf"|\bfor\s+(?:the\s+|an?\s+)?(?:initial\s+|first\s+)?{NUM}[\s-]*(months?|years?)\s+(?:from|starting|beginning|commencing|begin\w*|start\w*)\b"
    rf"|\b(?:period\s+of\s+performance|term|contract\s+period|performance\s+period)\b[^.;]{{0,80}}?\(\s*{NUM}[\s-]*(months?|years?)\s*\)",
    re.I,
)


def _num(text: str) -> float | None:
    t = text.lower().strip()
    if t.startswith("half"):
        return 0.5
    if t in ("a", "an", "the"):
        return 1.0  # "within an hour", "within the hour"
    return number(t.replace(" ", "-")) if "-" in t or " " in t and t.replace(" ", "").isalpha() else number(t)


def response_time(sents: list[Sent]) -> ResponseTime | None:
    """The tightest response window or coverage promised for the work."""
    best: ResponseTime | None = None
    for sent in sents:
        if not sent.within(WORK):
            continue
        text = sent.text
        if not (VENDOR_SUBJECT.search(text) or sent.lead or sent.kind == "table_row" and SERVICE_ROW.search(text)) \
                or NOT_EXPECTED.search(text) or ABOUT_THE_BID.search(text) or EVENT_ONLY.search(text) \
                or sent.kind == "table_row" and EVENT_ROW.search(text):
            continue  # "Client engineers answer within 48 hours" promises nothing for the vendor
        hours = None
        m = WINDOW.search(text) or WINDOW_BEFORE.search(text)
        if m:
            value = _num(m.group(1)) if m.group(1) else None
            unit = m.group(2).lower()
            if value is not None:
                if unit.startswith("min"):
                    hours = value / 60
                elif "day" in unit:
                    hours = value * 24
                else:
                    hours = value
        always = ALWAYS.search(text)
        all_week = ALL_WEEK.search(text)
        realtime = REAL_TIME.search(text)
        if hours is None and not ((always or realtime) and WATCHING.search(text)):
            continue  # "the emergency hospital is open 24/7" promises nothing about the work
        if hours is None and (mm := MACHINE.search(text)) and not re.search(r"\b(?:no|not|never|without)\b(?:\s+\S+){0,2}\s*$", text[:mm.start()], re.I):
            continue  # "keep the chatbot switched on around the clock": a machine's hours, not a person's
        if hours is None:
            hours = 1.0 if realtime and not always else None
        if hours is not None and hours >= 24 * 3:
            continue  # a window of days asks for no staffing beyond the work itself
        days = 7 if (always or all_week) else 5
        span = 24.0 if always else (_daily_span(text) or 8.0)
        found = ResponseTime(hours, days, span, (sent.evidence(),), (m or always or realtime).group(0))
        if best is None or _demand(found) > _demand(best):
            best = found
    return best


def _daily_span(text: str) -> float | None:
    """Hours a day to be covered: 'between 7 a.m. and 10 p.m.' is 15, '16 hours a day' is 16."""
    if m := HOURS_A_DAY.search(text):
        return float(m.group(1))
    return clock_span(text)


def _demand(r: ResponseTime) -> float:
    return r.days_per_week * r.hours_per_day / max(r.hours or 24.0, 0.25)


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of a sum's own clause before and after it (at most 60 characters each way)."""
    before = text[max(0, start - 60):start]
    breaks = list(CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    after = text[end:end + 60]
    if b := CLAUSE_BREAK.search(after):
        after = after[:b.start()]
    return before, after


def budget(sents: list[Sent]) -> Money | None:
    """The money budget for the work, per month when a period or a span is given."""
    for sent in sents:
        if not sent.within(TERMS):
            continue
        text = sent.text
        matches = sorted([*MONEY.finditer(text), *MONEY_AFTER.finditer(text)], key=lambda m: m.start())
        for m in matches:
            before, after = _clause(text, m.start(), m.end())
            if UNIT_PRICE.search(text[m.end():]) or ONE_OFF_BEFORE.search(before):
                continue
            after = EXCLUDED.sub(" ", after)
            ctx = before + m.group(0) + after
            if NOT_FEE.search(ctx) or not (BUDGET_WORDS.search(ctx) or m.group("p") or m.group("adj") or SPAN.search(after)
                                           or PERIOD_AFTER.search(after)):
                continue
            b = m.groupdict().get("b")
            whole, cents, scale = (b, m.group("bc"), m.group("k2")) if b else (m.group("a"), m.group("c"), m.group("k"))
            amount = float(whole.replace(",", "") + (f".{cents}" if cents else ""))
            if scale:
                amount *= 1_000_000 if scale.lower().startswith("m") else 1000
            if figure(amount) is None:
                continue  # "$999...9": no sum an RFP states
            word = m.group("p") or m.group("adj")
            word = word and word.lower().replace("per annum", "annum")
            period = (MONEY_PERIODS.get(word.replace(".", "")) or PERIOD_NOUNS.get(word)) if word else None
            if period is None:
                period = _period_near(before + m.group(0) + text[m.end():m.end() + 45])
            per_month = round(amount * PER_MONTH[period], 2) if period else None
            if (span := SPAN.search(after)) and not span.group(2):  # "paid in twelve equal monthly instalments"
                period = None
            if period is None and span:
                months = (_num(span.group(1)) or 0) * (12 if (span.group(2) or "").lower().startswith("year") else 1)
                if months:
                    period, per_month = "term", round(amount / months, 2)
            cur = " ".join(m.group("cur").lower().split())
            cur = CURRENCY.get(cur, cur.upper())
            return Money(amount, cur, period, per_month, (sent.evidence(),), m.group(0).strip())
    return None


PERIOD_WORDS = ((patterns.compile(r"\b(?:per|a|each|every)\s+month\b|\bmonthly\b", re.I), "month"),
                (patterns.compile(r"\b(?:per|a|each|every)\s+(?:year|annum)\b|\bannual(?:ly)?\b|\byearly\b|\bper\s+contract\s+year\b|"
                            r"\bfor\s+the\s+(?:full\s+|whole\s+)?year\b", re.I), "year"),
                (patterns.compile(r"\b(?:per|a|each|every)\s+week\b|\bweekly\b", re.I), "week"),
                (patterns.compile(r"\b(?:per|a|each|every)\s+quarter\b|\bquarterly\b", re.I), "quarter"))


def _period_near(text: str) -> str | None:
    for pattern, period in PERIOD_WORDS:
        if pattern.search(text):
            return period
    return None


MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
         r"nov(?:ember)?|dec(?:ember)?)\b\.?")
DATE = rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+)?{MONTH}(?:\s+(\d{{1,2}})(?!\d)(?:st|nd|rd|th)?,?)?(?:\s+(\d{{4}}))?\b"
DATE_TO = rf"{DATE}\s+(?:to|until|till|through|thru|and|–|-)\s+{DATE}"
# "It runs from 1 March to 31 October 2026", "The term is from April 2026 through March 2027"
DATED_TERM = patterns.compile(rf"(?:\b(?:term|contract|engagement|agreement|sow|statement\s+of\s+work|assignment|commission|"
                        rf"period\s+of\s+performance|performance\s+period)\b(?:,?\s+which)?(?:\s+(?:\([^)]*\)\s*)?(?:runs?|will\s+run|lasts?|will\s+last|is|"
                        rf"will\s+be|covers?|shall\s+run|extends?))?\s*"
                        rf"|^\W*(?:it|this)\s+(?:runs|will\s+run|lasts|will\s+last|is\s+for\s+the\s+period)\s+)"
                        rf"(?:\b(?:from|between)|(?:(?<=term)|(?<=period)|(?<=performance))\s*:)\s+{DATE_TO}", re.I)
# "From 1 March 2026 to 31 August 2026 (the "Term")": two dates named as the term, a contract's own definition
DEFINED_TERM = patterns.compile(rf"\b(?:from|between)\s+{DATE_TO}"
                          r"(?=[^.;()]{0,40}\(\s*(?:the\s+)?[\"“'‘]?(?:initial\s+)?(?:term|contract\s+period|period\s+of\s+performance|"
                          r"performance\s+period|engagement\s+period)[\"”'’]?\s*\))", re.I)
# "This SOW starts on 1 September 2025 and ends on 30 April 2026"
START_END_TERM = patterns.compile(rf"\b(?:this|the)\s+(?:contract|engagement|sow|statement\s+of\s+work|assignment)\s+"
                            rf"(?:starts|begins|commences|will\s+(?:start|begin|commence)|shall\s+(?:start|begin|commence))\s+(?:on\s+)?{DATE}"
                            rf"\s*,?\s+and\s+(?:ends|finishes|closes|will\s+(?:end|finish)|shall\s+(?:end|finish|expire)|runs\s+(?:until|to))\s+"
                            rf"(?:on\s+)?{DATE}", re.I)
CONTRACT_WORDS = patterns.compile(r"\b(?:contract|agreement|engagement|statement\s+of\s+work|sow|term|period\s+of\s+performance)\b", re.I)
MONTH_NUMBER = {m: k for k, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def _dated_months(m: re.Match[str]) -> float | None:
    """Months between two dates, both ends included: 1 March to 31 October is 8; twelve weeks are 12 / 4.33."""
    import calendar
    from datetime import date

    d1, m1, d1b, y1, d2, m2, d2b, y2 = m.groups()[-8:]
    end_year = int(y2 or y1 or 2000)
    start_month, end_month = MONTH_NUMBER[m1.lower()[:3]], MONTH_NUMBER[m2.lower()[:3]]
    start_year = int(y1) if y1 else end_year - (start_month > end_month)
    try:
        start = date(start_year, start_month, int(d1 or d1b or 1))
        end = date(end_year, end_month, int(d2 or d2b or calendar.monthrange(end_year, end_month)[1]))
    except ValueError:
        return None  # "31 February": not a date
    days = (end - start).days + 1
    months = round(days / 30.44)
    if abs(days - months * 30.44) > 4:
        return round(days / 7 / 4.33, 4) if 4 <= days <= 1830 else None  # "Monday 30 March to Sunday 21 June": twelve weeks
    return float(months) if 1 <= months <= 60 else None


# "The Cooperative seeks a contractor ... for an initial term of 24 months": the contract sought, in an introduction
# (not "Our project will run for three years", "Our last agency had a 12-month contract")
SOUGHT = patterns.compile(rf"\b(?:seek\w*|looking\s+for|invit\w+|appoint\w*|procur\w+|engag\w+|hir\w+|commission\w*)\b[^.;]{{0,60}}?"
                    rf"\b(?:{VENDOR_NOUNS}|services?|support)\b", re.I)
PAST_TERM = patterns.compile(r"\b(?:had|was|were|previous|previously|last|former|earlier|ended|expired|until\s+now)\b", re.I)


def _length_term(sent: Sent) -> Term | None:
    if not TERM_UNIT.search(sent.text) or not (m := TERM.search(sent.text)):  # the unit first: TERM is slow to fail
        return None
    value_text, unit = next((m.group(i), m.group(i + 1)) for i in range(1, len(m.groups()), 2) if m.group(i))
    value = _num(value_text)
    if value is None:
        return None
    months = value * {"m": 1, "y": 12, "w": 12 / 52}[unit.lower()[0]]
    return Term(round(months, 2), (sent.evidence(),), m.group(0))


def term(sents: list[Sent]) -> Term | None:
    """The contract term in months ("a 12-month contract", "an initial term of one year", "from 1 March to 31 October").

    The scope and terms sections first, a length before dates; then an introduction's "seeks a contractor for an
    initial term of 24 months".
    """
    for sent in sents:
        if sent.within(TERMS) and (found := _length_term(sent)):
            return found
    # only then two dates: a length said outright wins over "Term dates: 3 September to 18 December"
    for sent in sents:
        dated = DATED_TERM.search(sent.text) or DEFINED_TERM.search(sent.text) or START_END_TERM.search(sent.text) \
            if sent.within(TERMS) else None
        if dated and not CONTRACT_WORDS.search(dated.group(0)) and not CONTRACT_WORDS.search(block_text(sent.span)):
            dated = None  # "It runs from 1 March to 31 October": "it" is the contract only in a block about one
        if dated and (months := _dated_months(dated)):
            return Term(months, (sent.evidence(),), dated.group(0))
    for sent in sents:
        if sent.section == "background" and not PAST_TERM.search(sent.text) and (found := _length_term(sent)) and (
                SOUGHT.search(sent.text) or CONTRACT_WORDS.search(found.text)):
            return found  # (not "Our project will run for three years", "The grant is for a period of three years")
    return None
