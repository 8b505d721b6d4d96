"""Work items in a sentence: which noun, how many, how long, how often.

The grammar of one item: a work noun from the vocabulary ("e-zine articles",
"email blast", "posts"), the count standing before it through modifiers
("two 500-word e-zine articles"), a frequency word ("a monthly report"), a
length in words, and a period found after it, in its sentence, its list's
lead-in or its section heading.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ..model import Deliverable, Evidence
from .quantity import FREQ_WORDS, PER_MONTH, PERIOD_NOUNS, number, period_after, period_in, periods

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span

    from ..nlp import Sent

VOCABULARY: dict[str, tuple[str, ...]] = {
    "article": ("article", "articles", "blog post", "blog posts", "blog", "blogs", "blog article", "blog articles",
                "e-zine article", "e-zine articles", "ezine article", "ezine articles", "newsletter article",
                "newsletter articles", "op-ed", "op-eds", "long-form article", "long-form articles", "feature article",
                "feature articles", "blog entry", "blog entries", "web article", "web articles", "thought leadership piece",
                "thought leadership pieces", "feature story", "feature stories", "feature", "features", "piece", "pieces",
                "news story", "news stories", "case study", "case studies", "story for our newsletter", "essay",
                "essays", "column", "columns", "write-up", "write-ups"),
    "email_campaign": ("email blast", "email blasts", "e-mail blast", "e-mail blasts", "e-blast", "e-blasts", "eblast",
                       "eblasts", "email campaign", "email campaigns", "e-mail campaign", "e-mail campaigns",
                       "email newsletter", "email newsletters", "e-newsletter", "e-newsletters", "enewsletter",
                       "enewsletters", "newsletter", "newsletters", "email", "emails", "e-mail", "e-mails", "mailing",
                       "mailings", "mailer", "mailers", "email send", "email sends", "blast", "blasts", "e-bulletin",
                       "e-bulletins", "ebulletin", "ebulletins", "email bulletin", "email bulletins", "bulletin", "e-news",
                       "bulletins"),
    "social_post": ("post", "posts", "social post", "social posts", "social media post", "social media posts",
                    "tweet", "tweets", "pin", "pins", "tiktoks", "social update", "social updates", "status update", "status updates",
                    "carousel", "carousels", "story", "stories", "piece of content", "pieces of content",
                    "content piece", "content pieces"),
    "video": ("video", "videos", "trailer", "trailers", "teaser", "teasers", "reel", "reels", "shorts", "youtube shorts", "clip", "clips", "vlog", "vlogs",
              "livestream", "livestreams", "live stream", "live streams", "webinar", "webinars", "short film", "short films"),
    "graphic": ("graphic", "graphics", "infographic", "infographics", "image", "images", "banner", "banners",
                "illustration", "illustrations", "custom graphic", "custom graphics", "visual", "visuals"),
    "report": ("report", "reports", "reporting", "analytics report", "analytics reports", "performance report",
               "performance reports", "recap", "recaps", "dashboard", "dashboards", "analytics summary",
               "summary of results", "results summary", "summary report", "summary reports", "report card",
               "summary", "summaries", "roundup", "roundups", "round-up", "round-ups", "scorecard", "scorecards",
               "numbers sheet", "stats sheet", "digest", "digests", "snapshot", "snapshots", "numbers snapshot",
               "stats email", "stats emails", "report email", "analytics email", "numbers email", "metrics email",
               "summary email", "summary emails", "recap email", "recap emails", "one-pager", "one-pagers"),
    "ad_campaign": ("ad campaign", "ad campaigns", "ads campaign", "paid campaign", "paid campaigns",
                    "advertising campaign", "advertising campaigns", "paid social campaign", "paid social campaigns",
                    "boosted post", "boosted posts", "promoted post", "promoted posts"),
    "meeting": ("meeting", "meetings", "hui", "call", "calls", "check-in", "check-ins", "check in", "catch-up", "catch-ups",
                "sit-down", "sit-downs", "session", "sessions", "review with", "reviews with", "review meeting with",
                "planning review", "planning reviews", "strategy review", "strategy reviews",
                "catch up", "sync", "syncs", "huddle", "huddles", "status call",
                "status calls", "strategy session", "strategy sessions", "review meeting", "review meetings", "stand-up",
                "stand-ups", "standup", "standups", "coffee with me", "coffee with us", "cuppa with me", "cuppa with us", "coffee with the owner",
                "coffee with the manager", "coffee with the team"),
}


# Words that may stand between a count and its noun ("two 500-word e-zine articles").
MODIFIERS = {"-", "word", "words", "original", "custom", "new", "short", "long", "high", "quality", "high-quality",
             "social", "media", "branded", "unique", "written", "fresh", "engaging", "blog", "e", "zine", "weekly",
             "monthly", "quarterly", "daily", "fortnightly", "biweekly", "annual", "minute", "second", "page",
             "analytics", "performance", "separate", "distinct", "sponsored", "paid", "additional", "formal",
             "detailed", "brief", "written", "full", "proofread", "edited", "illustrated", "designed", "static",
             "animated", "video", "email", "e-mail", "strategy", "status", "review", "client", "team", "platform",
             "linkedin", "facebook", "instagram", "twitter", "youtube", "tiktok", "pinterest", "x", "feed", "in",
             "and", "well", "researched", "well-researched", "seo", "optimised", "optimized", "newsletter", "of",
             "about", "approx", "approx.", "approximately", "around", "roughly", "each", "ezine", "more", "or",
             "long-form", "form", "thought", "leadership", "sharable", "shareable", "image", "photo", "carousel"}


@cache
def _matcher() -> PhraseMatcher:
    from spacy.matcher import PhraseMatcher

    from ..nlp import pipeline

    nlp = pipeline()
    m = PhraseMatcher(nlp.vocab, attr="LOWER")
    for kind, words in VOCABULARY.items():
        m.add(kind, [nlp.make_doc(w) for w in words])
    return m


def nouns(span: Span) -> list[tuple[str, int, int]]:
    """Deliverable nouns in a sentence as (type, start, end), longest match winning."""
    return list(_nouns(span.text))


@lru_cache(maxsize=4096)
def _nouns(text: str) -> tuple[tuple[str, int, int], ...]:
    from ..nlp import pipeline

    doc = pipeline().make_doc(text)
    found = [(doc.vocab.strings[k], s, e) for k, s, e in _matcher()(doc)]
    found.sort(key=lambda m: (m[1], -(m[2] - m[1])))
    out: list[tuple[str, int, int]] = []
    last = -1
    starts = {s for _, s, _ in found}
    for kind, s, e in found:
        if e in starts:
            continue  # a noun before another work noun modifies it: "video call", "report template"
        if kind == "meeting" and doc[e - 1].lower_ in ("call", "calls") and s > 0 and doc[s - 1].lower_ in CALLS_FOR:
            continue  # "volunteer calls", "casting calls": a call for people, not a meeting
        if s >= last:
            # "newsletter article" is an article, "blog post" an article: the longest match decides;
            # a noun that modifies the next one ("email blast", "video edit") is not itself the item
            if e < len(doc) and _is_compound_head(doc[e].lower_):
                continue
            out.append((kind, s, e))
            last = e
    taken = {i for _, s, e in out for i in range(s, e)}
    out += [("report", i, i + 1) for i in range(len(doc)) if i not in taken and _report_in_other_words(doc, i)]
    return tuple(sorted(out, key=lambda m: m[1]))


FIGURES = {"numbers", "stats", "statistics", "metrics", "analytics", "figures", "kpis"}
REPORTISH = {"update", "updates", "log", "logs", "note", "notes", "memo", "memos", "briefing", "briefings", "lines", "sheet"}
# What a report lists after its colon: "one quick sheet at month end: follower count, best post, sales"
METRICS = FIGURES | {"count", "followers", "follower", "reach", "clicks", "engagement", "impressions", "views"}


AUDIENCE = {"trustees", "board", "council", "director", "manager", "owner", "owners", "committee", "partners", "chair",
            "team", "management", "leadership", "client", "head", "ceo", "founder", "founders", "me", "us"}


def _report_in_other_words(doc, i: int) -> bool:
    """'a one-page update for the trustees', 'a short log of what was published', 'monthly numbers: followers, ...'."""
    if doc[i].lower_ in FIGURES and i > 0 and doc[i - 1].lower_ in FREQ_WORDS:
        return True
    if doc[i].lower_ in FIGURES and i > 2 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in ("me", "us") \
            and doc[i - 3].lower_ in ("send", "give", "share", "email", "show"):
        return True  # "end of month, just send me the numbers"
    if doc[i].lower_ in ("tell", "show") and [t.lower_ for t in doc[i + 1:i + 3]] in (["me", "how"], ["us", "how"]) \
            and any(t.lower_ in ("did", "went", "performed", "doing", "going") for t in doc[i + 3:i + 7]):
        return True  # "Once a month, tell me how we did: followers, best post"
    if doc[i].lower_ not in REPORTISH:
        return False
    before = {t.lower_ for t in doc[max(0, i - 3):i]}
    after = [t.lower_ for t in doc[i + 1:i + 4]]
    if before & ({"written", "page", "one-page"} | FIGURES):  # "a short analytics memo"
        return True
    listed = [t.lower_ for t in doc[i + 1:i + 12]]
    if doc[i].lower_ not in ("update", "updates") and ":" in listed[:6] and set(listed[listed.index(":") + 1:]) & METRICS:
        return True  # "one quick sheet at month end: follower count, best post"
    if after[:1] in (["for"], ["to"]) and (set(after[1:3]) & AUDIENCE):
        return True
    if after[:2] in (["on", "how"], ["of", "what"], ["on", "what"], ["of", "how"]):
        return True
    # "a short note at the end of each month on what people liked" (a time between them, nothing else)
    later = [t.lower_ for t in doc[i + 1:i + 10]]
    later = later[:later.index(".")] if "." in later else later
    for k in range(len(later) - 1):
        if later[k:k + 2] in (["on", "what"], ["on", "how"]):
            between = later[:k]
            return "on" not in between and bool(set(between) & ({"end", "close"} | set(PERIOD_NOUNS)))
    return False


CALLS_FOR = {"volunteer", "volunteers", "casting", "open", "entry", "entries", "submission", "submissions", "recruitment",
             "funding", "artist", "artists", "vendor", "trader", "traders", "model"}


def _is_compound_head(word: str) -> bool:
    return word in {"strategy", "calendar", "schedule", "editing", "edit", "production", "content", "template",
                    "templates", "list", "lists", "platform", "tools", "tool", "software", "account", "accounts",
                    "channel", "channels", "marketing", "writer", "writing", "copy", "assets", "library", "guidelines",
                    "management", "manager", "page", "pages", "provider", "software", "subscribers", "address",
                    "plan", "plans", "planner", "queue", "ideas", "topics", "themes", "brief", "briefs", "approval",
                    "service", "services", "centre", "center", "handler", "handlers", "handling",  # "a call service"
                    "crew", "crews", "festival", "festivals", "screening", "screenings", "equipment", "night", "club",
                    "photo", "photos", "photography", "stock", "roll", "rolls", "camera", "cameras"}


# Words that end a run of modifiers: a count cannot reach across them.
NOT_MODIFIERS = {"and", "or", "of", "to", "for", "with", "per", "the", "a", "an", "on", "in", "at", "by", "from",
                 "is", "are", "be", "will", "shall", "must", "can", "may", "should", "we", "you", "our", "your",
                 "their", "its", "this", "that", "these", "those", "each", "every", "all", "any", "no", "not"}


def count_before(span: Span, s: int, e: int, qs) -> tuple[float, str | None, int] | None:
    """The count standing before noun s, with any frequency word between them.

    Known modifiers ("500-word e-zine") and up to two other plain words ("local",
    "planning") may stand between them.
    """
    k = s - 1
    freq = None
    unknown = 0
    measured = False
    while k >= 0 and s - k <= 7:
        k = skip_title(span, k)  # the monthly "Tideline" e-mail bulletin
        if k < 0:
            break
        low = span[k].lower_
        if low == ")" and is_words_measure(span, k) and (whole := next((q for q in qs if q.end - 1 == k), None)):
            k = whole.start - 1  # "a forty-five (45) minute status meeting": past the length to its article
            continue
        # a length joined to the item ("one-page recap", "500-word article") implies one of them
        measured = measured or is_words_measure(span, k) and k + 1 < len(span) and span[k + 1].text == "-"
        if low in MODIFIERS or is_words_measure(span, k) or low in ("'", "'s", "’s", "’") or low in WEEKDAYS:
            pass
        elif low in ("am", "pm", "a.m.", "p.m.") and k > 0 and span[k - 1].like_num or span[k].like_num and k + 1 < s and \
                span[k + 1].lower_ in ("am", "pm", "a.m.", "p.m."):
            pass  # "the Monday 10am planning meeting": a clock time, not a count
        elif low.isalpha() and (k + 1 < s and span[k + 1].text == "-" or k > 0 and span[k - 1].text == "-") \
                and not _ends_number_word(span, k):
            pass  # "how-to videos", "behind-the-scenes reels": hyphenated compounds are modifiers (not "twenty-one posts")
        elif low.isalpha() and low.islower() and low not in NOT_MODIFIERS and unknown < 2 and number(low) is None \
                and not (low in ("week", "month", "day", "year") and k > 0 and span[k - 1].lower_ in ("a", "an", "per", "each", "every")):
            # ("7 days a week and posts": a period phrase ends the run; "three match day posts" do not)
            unknown += 1
        else:
            break
        if low in FREQ_WORDS and freq is None and not _placed_at(span, k):
            freq = FREQ_WORDS[low]  # (not "deal with it at the monthly meeting": a time, not an item)
        if (low in WEEKDAYS and freq is None and not _placed_at(span, k) and not _dated(span, e) and span[k + 1].lower_ not in ("'s", "’s")
                and k > 0 and span[k - 1].lower_ in ("the", "our", "a", "an", "your", "their", "weekly")):
            freq = "week"  # "joining the Tuesday programming meeting", not "shared at the Monday huddle"
        if freq is None and low in ("month", "week", "quarter", "year") and k > 0 and span[k - 1].text == "-":
            freq = PERIOD_NOUNS[low]  # "end-of-month summary", "mid-week update"
        k -= 1
    # k is the first token that is not a modifier: the count must end there
    singular = not plural(span[e - 1].lower_)
    for q in qs:
        if q.start <= k < q.end and not is_words_measure(span, q.end - 1):  # "a pair of": "of" is a modifier too
            if singular and q.hi > 1 and unknown:
                return None  # "ten miles now post": a number before a verb, not a count of posts
            if q.start > 0 and span[q.start - 1].lower_ in ("top", "best", "worst", "bottom", "first", "last"):
                return None  # "top 3 posts" in a report ranks posts, it does not ask for them
            if _named_number(span, q.start):
                return None  # "Phase Two Newsletter", "Season 3 trailer": a name with a number, not a count
            if q.end < len(span) and span[q.end].text == "-" and q.end + 1 < len(span) and span[q.end + 1].lower_ in ("word", "minute", "second", "page"):
                continue
            return q.hi, freq, q.start
    if freq is not None and not _plural_restated(span, k, e):
        # "a monthly report", "quarterly video", "weekly blog posts"
        return 1.0, freq, k + 1
    if measured and singular:
        return 1.0, None, k + 1  # "One-page recap per store at month end": one, of some length
    return None


def _ends_number_word(span: Span, k: int) -> bool:
    """True when token k ends a hyphenated number word: 'twenty-one', 'eight-ten' (not 'twenty-five-minute')."""
    return (k >= 2 and span[k - 1].text == "-" and not (k + 1 < len(span) and span[k + 1].text == "-")
            and number(span[k].text) is not None and number(span[k - 2].text) is not None and span[k - 2].text.isalpha())


QUOTES = ('"', "“", "”")


def skip_title(span: Span, k: int) -> int:
    """Before a quoted title ending at k ('the monthly "Tideline" e-mail bulletin'), else k itself."""
    if span[k].text not in QUOTES:
        return k
    j = k - 1
    while j >= 0 and span[j].text not in QUOTES and k - j <= 8:
        j -= 1
    return j - 1 if j >= 0 and span[j].text in QUOTES else k


def _named_number(span: Span, k: int) -> bool:
    if k == 0 or span[k - 1].lower_ not in ORDINAL_NOUNS:
        return False
    if k > 1 and span[k - 2].lower_ in ("every", "each", "per", "this", "a", "the", "next", "last", "one"):
        return False  # "Every week three posts", "each day 2 stories"
    return span[k - 1].lower_ not in ("week", "day", "year", "season") or span[k - 1].text[:1].isupper()


ORDINAL_NOUNS = {"phase", "stage", "part", "chapter", "season", "step", "level", "tier", "volume", "vol", "issue", "no",
                 "number", "section", "round", "grade", "year", "week", "day", "episode", "series", "lot", "package"}


MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


MONTHS_LISTED = {2: "half_year", 4: "quarter", 6: "bimonth", 12: "month"}


def _listed_months(span: Span, e: int) -> str | None:
    """'in June, September, December and March': as often as the months named (only counts a period can hold)."""
    if not (e + 1 < len(span) and span[e].lower_ in ("in", "each") and span[e + 1].lower_ in MONTH_NAMES):
        return None
    named, k = set(), e + 1
    while k < len(span) and (span[k].lower_ in MONTH_NAMES or span[k].lower_ in (",", "and", "&", "or")):
        if span[k].lower_ == "or":
            return None  # "in January, February or March, whichever suits": one meeting
        if span[k].lower_ in MONTH_NAMES:
            named.add(span[k].lower_[:3])
        k += 1
    return MONTHS_LISTED.get(len(named)) if len(named) >= 2 else None


def _dated(span: Span, e: int) -> bool:
    """'the Monday meeting on 6 January': one meeting on a date, not every Monday."""
    after = list(span[e:e + 4])
    # (not "on the first Thursday of each month": an ordinal weekday recurs)
    return any(t.lower_ == "on" for t in after[:2]) and any(t.text[:1].isdigit() or t.lower_ in MONTH_NAMES for t in after)


def _placed_at(span: Span, k: int) -> bool:
    """'at the Monday huddle': a meeting as a place or time, not one to attend."""
    det, prep = (span[k - 1].lower_, span[k - 2].lower_) if k >= 2 else ("", "")
    if not (det in ("the", "our", "a") and prep in ("at", "in", "during", "after", "before")
            or det in ("each", "every") and prep in ("after", "before")):  # "sent before each monthly committee meeting"
        return False
    return not attending(span, k - 2)


def attending(span: Span, k: int) -> bool:
    """'attendance at', 'present at', 'be at', 'join us at' before the preposition at k: a meeting to attend."""
    before = [t.lower_ for t in span[max(0, k - 2):k]]
    return any(w.startswith(("attend", "present", "join", "participat", "speak")) or w in ("be", "come", "report")
               for w in before)


def plural(word: str) -> bool:
    """'posts' is plural; 'e-news', 'business', 'status' are not."""
    return word.endswith("s") and not word.endswith(("ss", "news", "us"))


def _plural_restated(span: Span, k: int, e: int) -> bool:
    """'the monthly articles': a plural already counted elsewhere, not one a month."""
    return k >= 0 and span[k].lower_ in ("the", "our", "these", "those", "all", "any") and plural(span[e - 1].lower_)


def is_words_measure(span: Span, k: int) -> bool:
    """True for the 500 in "500-word" or "500 words": a length, not a count."""
    if k + 3 < len(span) and span[k + 1].text == "(" and span[k + 2].like_num and span[k + 3].text == ")":
        k += 3  # "a forty-five (45) minute status meeting"
    numeric = span[k].like_num or span[k].text == ")" and k >= 2 and span[k - 1].like_num and span[k - 2].text == "("
    nxt = span[k + 1].lower_ if k + 1 < len(span) else ""
    nxt2 = span[k + 2].lower_ if k + 2 < len(span) else ""
    return numeric and (nxt in ("word", "words", "minute", "minutes", "second", "seconds", "page", "pages",
                                         "sec", "secs", "min", "mins", "s", "hour", "hours")
                                  or (nxt == "-" and nxt2 in ("word", "minute", "second", "page", "sec", "min", "hour")))


def words_of(span: Span, s: int, e: int, qs, noun_starts: list[int]) -> int | None:
    """A length in words attached to the noun at [s, e).

    "500-word articles" qualifies the next noun; "articles of about 500 words"
    the nearest noun before the number.
    """
    for q in qs:
        after = q.end
        if after >= len(span):
            continue
        hyphen = span[after].text == "-"
        unit = span[after + 1].lower_ if hyphen and after + 1 < len(span) else span[after].lower_
        if unit not in ("word", "words"):
            continue
        if (hyphen or unit == "word") and q.end <= s:
            nxt = min((n for n in noun_starts if n >= q.end), default=None)
            if nxt == s:
                return int(q.hi)
        elif q.start >= e:
            prev = max((n for n in noun_starts if n < q.start), default=None)
            # "One insights article a month for the firm's website, approx. 500 words": a closing aside on the only item
            aside = len(noun_starts) == 1 and any(t.text in (",", "(", "–", "—") for t in span[max(e, q.start - 3):q.start])
            if prev == s and (q.start - e <= 6 or aside and q.start - e <= 16):
                return int(q.hi)
    return None


def period_for(sent: Sent, s: int, e: int, freq: str | None, *, own: bool = True) -> str | None:
    """The period of the item at [s, e); with `own`, not one that another counted item owns."""
    span = sent.span
    if freq:
        return freq  # the item's own frequency ("the quarterly e-newsletter (four a year)") before any later period
    after = period_after(span, e, window=6)
    if after:
        return after[0]
    if listed := _listed_months(span, e):
        return listed  # "attend the Council's meeting in June, September, December and March": four a year
    # "a status meeting with the Manager, Corporate Communications, every two (2) weeks": past an appositive
    for p in periods(span):
        if e <= p[1] <= e + 12 and span[p[1]].lower_ in ("every", "each", "per") and not {
                t.lower_ for t in span[e:p[1]]} & {"and", "or", "but", ";", ".", ":"}:
            return p[0]
    # the nearest period in the sentence, unless it is another item's own ("a monthly report")
    others = [n for n in nouns(span) if n[1] != s]
    starts, ends = {n[1] for n in others}, {n[2] for n in others}
    # a period right after another item ("12 posts a week") is that item's; one before another item
    # ("a monthly report") is too, unless no other is left ("a monthly newsletter led by an article")
    found = [p for p in periods(span) if not (own and (p[1] in ends or p[1] - 1 in ends))
             and not (p[1] > 0 and span[p[1] - 1].lower_ in MEASURES)]  # "20 hours a week" is the budget's period
    free = [p for p in found if not leads_into(span, p[2], starts)] or found
    if free:
        return min(free, key=lambda p: min(abs(p[1] - s), abs(p[2] - s)))[0]
    # a list item labelled by a bare noun is one unit: "- Our newsletter. It goes out once a month."
    item = span.doc[:] if sent.kind == "list_item" and len(span) <= 5 and span.start == 0 else None
    for src in (item, span_of(sent.lead), span_of(sent.heading)):
        if src is not None and (p := period_in(src)):
            return p[0]
    return None


MEASURES = {"hours", "hour", "hrs", "hr", "h", "minutes", "mins", "fte", "$", "£", "€", "dollars", "pounds", "euros"}


def leads_into(span: Span, k: int, noun_starts: set[int]) -> bool:
    """True when the words from k run through modifiers into a work noun: 'monthly [performance] report',
    'Facebook [video] posts'."""
    while k < len(span) and k not in noun_starts and span[k].lower_ in MODIFIERS - {"and", "or", "of", "in", "each"}:
        k += 1
    return k in noun_starts


def span_of(text: str):
    if not text:
        return None
    from ..nlp import pipeline

    return pipeline().make_doc(text)[:]


def make(kind: str, count: float, period: str, words: int | None, ev: Evidence, platforms: tuple[str, ...], text: str,
          *, per_platform: bool = False) -> Deliverable:
    """A deliverable with its count per month; a count per platform is multiplied by the platforms."""
    factor = PER_MONTH[period] * (len(platforms) if per_platform and platforms else 1)
    return Deliverable(kind, count, period, round(count * factor, 2), words, (ev,), platforms, text, per_platform)


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
