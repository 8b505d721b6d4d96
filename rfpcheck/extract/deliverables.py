"""Recurring deliverables: what, how many, how often, how long.

A deliverable is a work noun ("e-zine articles", "email blast", "posts")
with a count before it ("two", "a", "12-16", "ten (10)") or a frequency
("a monthly report", "quarterly video", "posts three times a week"), and a
period found after it, before it, in its sentence, in the sentence that
introduces its list, or in its section heading. Items with no period are
one-off and left out, as are optional ones.

The grammar of one item lives in `items`, table rows in `table_rows`; this
module reads sentences: where each item goes (platforms, per platform or
shown on several), elliptical and verb-led cadences, labels, and merging.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import patterns
from ..model import Deliverable
from ..nlp import WORK, block_text, opens_with
from .context import clause_bounds, excluded_after, negation_cue
from .items import (FIGURES, MODIFIERS, NOT_MODIFIERS, ORDINAL_NOUNS, attending, count_before, leads_into, make, nouns, period_for,
                    plural, skip_title, span_of, words_of)
from .platforms import mentions
from .quantity import FREQ_WORDS, MULTIPLIER_WORDS, PERIOD_NOUNS, number, period_after, period_in, quantities
from .table_rows import read_row

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..nlp import Sent

VERB_BEFORE = {"will", "shall", "must", "to", "should", "may", "can", "you", "we", "they", "would", "please", "i"}


ONE_OFF = {"one-time", "one-off", "once-off", "initial", "launch", "optional", "optionally", "if", "add-on", "occasional",
           "kickoff", "kick-off", "final", "first", "introductory", "one time", "one off"}


# The client's own people, who meet among themselves: "forty-one members who meet for lunch every Thursday"
GROUPS_WHO_MEET = {"members", "volunteers", "trustees", "parents", "residents", "directors", "friends", "players", "families",
                   "students", "neighbours", "neighbors", "councillors", "governors", "partners", "staff", "colleagues", "board",
                   "committee", "council", "panel"}
RECURRING_ORDINAL = patterns.compile(r"^\s+(?:on|at)\s+the\s+(?:first|last|final|second|third|fourth)\s+\w+\s+of\s+(?:each|every|the)\s+"
                               r"(?:month|quarter)\b(?!\s+(?:you|we|after|before|of|when|that)\b)", re.I)


PER_PLATFORM = ("on each platform", "per platform", "per channel", "per network", "on each channel",
                "on each network", "for each platform", "for each channel", "on every platform", "on each of",
                "for each of", "per account", "on each account", "to each platform", "each platform",
                "per profile", "on each profile", "for every platform", "on every channel", "on each of them",
                "on each of these", "on each of those", "apiece", "for each one")


# Items whose name says where they go.
IMPLIED_PLATFORM = {"tweet": "x", "tweets": "x", "pin": "pinterest", "pins": "pinterest", "tiktoks": "tiktok"}


VENDOR_WORDS = {"contractor", "vendor", "consultant", "agency", "freelancer", "assistant", "va", "manager", "specialist",
                "coordinator", "supplier", "provider", "you"}
PLATFORM_NOUNS = {"platform", "network", "channel", "account", "profile", "page"}


# Verbs whose frequency is a deliverable: "post three times a week", "meet weekly".
VERB_KINDS = {**dict.fromkeys(("post", "posting", "publish", "publishing", "tweet", "tweeting", "share", "sharing",
                               "update", "upload", "uploading", "pin", "pinning"), "social_post"),
              **dict.fromkeys(("blog", "blogging"), "article"),
              **dict.fromkeys(("film", "filming"), "video"),  # "We film two full-length classes a month. You edit them"
              **dict.fromkeys(("meet", "meets", "meeting", "sit"), "meeting")}


def _times_after(span: Span, e: int) -> tuple[float, str, int] | None:
    """'posts three times a week', 'twice a month': a count, period and end after the noun or verb."""
    for q in quantities(span[e:e + 6]):
        k = e + q.end
        if k < len(span) and span[k].lower_ in ("times", "x", "time"):
            p = period_after(span, k + 1, window=3)
            if p:
                return q.hi, p[0], p[1]
    for k in range(e, min(len(span), e + 4)):
        if span[k].lower_ in (",", ";", "and", "or", "plus"):
            break  # a frequency past a conjunction belongs to the next item
        if span[k].lower_ in MULTIPLIER_WORDS:
            p = period_after(span, k + 1, window=3)
            if p:
                return MULTIPLIER_WORDS[span[k].lower_], p[0], p[1]
        if span[k].lower_ in ("daily",) and span[k - 1].lower_ not in ("the",):
            return 1.0, "day", k + 1
    return None


SAME_ON_EACH = patterns.compile(r"\bsame\s+(?:\w+\s+)?on\s+(?:each|both|all)\b")
# "Every school has its own Instagram": what "on each" next counts over is the schools
EACH_HAS_OWN = patterns.compile(r"^\W*(?:each|every)\s+(?!(?:platform|channel|network|account|profile|page)s?\b)[a-z]+\s+"
                          r"(?:has|have|keeps|runs|gets)\s+(?:its|their)\s+own\b", re.I)


def _per_platform(span: Span, e: int, in_scope: tuple[str, ...]) -> tuple[str, ...]:
    """Platforms a count applies to separately: 'on each of Facebook and Instagram', 'per platform'."""
    tail = " ".join(t.lower_ for t in span[e:e + 7]).split(",")[0]  # the cue belongs to the count it follows
    ahead = " ".join(t.lower_ for t in span[e:e + 8])
    if re.search(r"\bon each(?: one)?\s*(?:[.;:,]|$)", ahead) and not SAME_ON_EACH.search(ahead):
        # "Facebook and Instagram: three posts a week on each": the platforms named before, else all
        # (the same post on each is one post, read in _where)
        named = tuple(dict.fromkeys(pid for pid, ps, _ in mentions(span) if ps < e))
        before = list(span.doc[:span.start].sents)
        if not named and before and EACH_HAS_OWN.search(before[-1].text):
            return ()  # "Every school has its own Instagram. Four posts a week on each": each school, not each platform
        return named or in_scope
    if re.match(r"each\s+(?:on|to|for)\b", tail) and (named := [pid for pid, ps, _ in mentions(span) if e < ps <= e + 4]):
        return tuple(dict.fromkeys(named))  # "three posts each on Facebook and LinkedIn" (not "each on a different product")
    for cue in PER_PLATFORM:
        if re.search(rf"\b{re.escape(cue)}\b", tail):
            named = [pid for pid, s, _ in mentions(span) if s >= e]
            if cue in ("on each of", "for each of"):
                # "on each of Facebook and Instagram", "on each of the four channels";
                # "for each of our clients" is not per platform
                if named:
                    return tuple(dict.fromkeys(named))
                wide = " ".join(t.lower_ for t in span[e:e + 10])
                return in_scope if re.search(r"\beach of (?:the|our|these|those|its)\s+(?:\w+\s+)?(?:channels|platforms|networks|accounts|profiles)", wide) else ()
            # "Facebook, Instagram and TikTok get three posts apiece": the platforms just named
            named = tuple(dict.fromkeys(pid for pid, ps, _ in mentions(span) if ps < e))
            return named if len(named) > 1 else in_scope
    return ()


# "LinkedIn posts, different from the Instagram content": a platform named in a comparison is not where it goes
COMPARED = {"from", "than", "unlike", "besides", "except"}


def _where(span: Span, s: int, e: int, in_scope: tuple[str, ...], qs=()) -> tuple[tuple[str, ...], bool]:
    """The platforms an item goes to, and whether its count is for each of them.

    "3 posts a week on each of Facebook and Instagram" is per platform; "3 posts a
    week on Facebook and Instagram" is three posts shown on both; "3 LinkedIn posts"
    is LinkedIn's own.
    """
    if per := _per_platform(span, e, in_scope):
        return per, True
    if SAME_ON_EACH.search(" ".join(t.lower_ for t in span[e:e + 8])):
        # "Facebook and Instagram: three posts a week, the same post on each": one post shown on all of them
        named = tuple(dict.fromkeys(pid for pid, ps, _ in mentions(span) if ps < e))
        return named or in_scope, False
    lo, hi = clause_bounds(span, s, e)
    if per := _each_platform_before(span, lo, s, in_scope):
        return per, True
    # "..., three a week on Instagram": a platform with its own count further on is not this item's
    own = {ps for q in qs if q.start >= e for ps in _counted_platforms(span, q)}
    # "five Instagram posts and three Facebook posts": a platform naming a later noun is that noun's
    later = {n[1] for n in nouns(span) if n[1] >= e}
    own |= {ps for _, ps, pe in mentions(span) if ps >= e and (leads_into(span, pe, later) or SHOWN_AGAIN.search(span[:ps].text))}
    candidates = [(pid, ps, pe) for pid, ps, pe in mentions(span) if lo <= ps < hi and ps not in own
                  and not {t.lower_ for t in span[max(s, ps - 3):ps]} & COMPARED]
    # the platforms that follow the item ("posts a week on Facebook and Instagram") are its own;
    # only when none follow do the ones named just before it count ("3 LinkedIn posts")
    after = [m for m in candidates if 0 <= m[1] - e <= 8]
    near = _chain(after, candidates) if after else [m for m in candidates if 0 <= s - m[2] <= 8][-1:]
    if not near and len(before := [m for m in mentions(span) if m[2] <= s and m[0] in in_scope]) == 1 and not after:
        near = before  # "Our Facebook page is where people find us, so it would carry three posts a week"
    there = e < len(span) and span[e].lower_ == "there"
    # (a platform the sentence turns away from, "rather than copied from Facebook", names nothing)
    named_here = [m for m in mentions(span) if not negation_cue(span, m[1], m[2])]
    if not near and (there or not named_here) and not {t.lower_.rstrip("s") for t in span} & PLATFORM_NOUNS:
        # "Instagram is the big one. I'd love four posts a week", "Facebook is for the older members. One weekly
        # round-up post there": a short lead naming one platform, or "there" pointing back at it
        before = span.doc[:span.start]
        lead = [t for t in before if not t.is_punct]
        named = {pid for pid, ps, _ in mentions(before) if pid in in_scope}
        short_lead = len(list(before.sents)) == 1 and len(lead) <= 8 and bool(mentions(before)) and mentions(before)[0][1] <= 1
        if len(named) == 1 and (there or short_lead):
            return tuple(named), True
    named = tuple(dict.fromkeys(pid for pid, _, _ in near))
    return named, len(named) == 1


def _each_platform_before(span: Span, lo: int, s: int, in_scope: tuple[str, ...]) -> tuple[str, ...]:
    """'each network gets three posts', 'every channel needs two posts a week': the count is per platform.

    The platforms are those named earlier in the clause, else all in scope.
    """
    for k in range(lo, s - 1):
        if span[k].lower_ in ("each", "every") and span[k + 1].lower_ in PLATFORM_NOUNS:
            named = tuple(dict.fromkeys(pid for pid, ps, _ in mentions(span) if lo <= ps < k))
            return named or in_scope
    return ()


def _chain(first: list, candidates: list) -> list:
    """A list of platforms joined by commas and 'and': 'on Facebook, Instagram and X'."""
    chain = [first[0]]
    for m in candidates:
        if m[1] > chain[-1][1] and m[1] - chain[-1][2] <= 2:
            chain.append(m)
    return chain


def _counted_platforms(span: Span, q) -> list[int]:
    """Where a platform follows a count: 'three a week on Instagram', 'three on Facebook each week'."""
    ms = mentions(span)
    starts = {ps for _, ps, _ in ms}
    k = q.end
    if k + 1 < len(span) and span[k].lower_ in ("on", "for", "to") and k + 1 in starts:
        return [k + 1]  # "three on Facebook each week"
    if k in starts and span[next(pe for _, ps, pe in ms if ps == k) - 1].lower_ in ("update", "updates", "post", "posts", "tiktok"):
        return [k]  # "plus one Google update a week"
    if found := period_after(span, q.end, window=3):
        if after := [ps for ps in range(found[1], found[1] + 3) if ps in starts][:1]:
            return after
        # "... and each clinic's Google Business Profile one update a week": the platform just before the count
        return [ps for _, ps, pe in ms if pe == q.start][:1]
    return []


# "it has managed a post a fortnight at best since I took on the books": how things are, not what is asked
REQUEST = patterns.compile(r"\b(?:want|need|would\s+like|'d\s+like|please|you'll|you\s+will|we'd|from\s+\w+\s+on)\b", re.I)
AS_THINGS_ARE = patterns.compile(r"\b(?:has|have)\s+(?:only\s+)?(?:managed|had|got|seen|averaged)\b[^.;]{0,40}?\b(?:at\s+best|since|so\s+far|lately)\b",
                           re.I)


def _from_sentence(sent: Sent, in_scope: tuple[str, ...]) -> list[Deliverable]:
    span = sent.span
    if AS_THINGS_ARE.search(sent.text) and not REQUEST.search(sent.text):
        return []
    if sent.kind == "table_row" and "|" in sent.text:
        return [] if _optional_row(sent.text) else read_row(sent)
    qs = quantities(span, articles=True)
    out: list[Deliverable] = []
    found = nouns(span)
    # an appositive of the same kind ("One blog post a month, a real-wedding write-up, about 800 words") renames
    # the item before it: it neither counts again nor takes the item's length
    renamed = {found[k - 1][1]: n for k, n in enumerate(found) if k and _appositive(span, found[k - 1], n)}
    found = [n for n in found if n not in renamed.values()]
    starts = [n[1] for n in found]
    contents = _contents_from(span, found)
    elliptical_from = None
    for kind, s, e in found:
        if s > 0 and span[s - 1].lower_ in VERB_BEFORE and not (s > 1 and span[s - 2].text == "-"):
            continue  # "you will report to", "to post on" (but "how-to videos")
        if _not_an_item(span, kind, s, e) or s > 0 and (span[s - 1].lower_ in RANKED or s > 1 and span[s - 2].lower_ == "most"):
            continue  # (and "best post", "top posts" in a report: ranked, not asked for)
        if kind == "meeting" and NOT_ATTENDING.search(block_text(span)[span.start_char:span[s].idx]):
            continue  # "You don't need to come to our Monday 3pm family meeting"
        lower = {t.lower_ for t in span[max(0, s - 6):e + 3]}
        if RECURRING_ORDINAL.match(block_text(span)[span[e - 1].idx + len(span[e - 1].text):span.end_char]) and not (
                s > 0 and span[s - 1].lower_ in ("first", "final")):
            lower -= {"first", "final"}  # "on the first Thursday of each month": an ordinal day that recurs (not "A first meeting")
        if lower & ONE_OFF or negation_cue(span, s, e, window=5) or _optional_after(span, e, starts, kind) or _invited_before(span, s):
            continue
        counted = count_before(span, s, e, qs)
        if contents is not None and s > contents and counted is not None and span[counted[2]].lower_ in ("a", "an"):
            continue  # "our email newsletter, once a month: new titles, a short essay": what the newsletter holds
        after = e  # where this item's own words end; counts further on belong to other items
        bare_email = span[s:e].text.lower() in ("email", "emails", "e-mail", "e-mails", "mail")
        if counted is None and not bare_email and (times := _times_after(span, e)):
            count, period, after = times
        elif counted is None and kind == "report" and span[s].lower_ in ("tell", "show") and (
                period := period_for(sent, s, e, None, own=False)):
            count = 1.0  # "Once a month, tell me how we did"
        elif counted is None and not _part_of_earlier(span, s, found) and (
                _definite_singular(span, s, e) or _bare_item(sent, s, e) or _labels_item(span, s, e) and not any(
                count_before(span, os_, oe, qs) for _, os_, oe in found if os_ > e)) and (
                period := period_for(sent, s, e, None, own=False)):
            # "build the newsletter ... each month": one a month; "Short report: ..." under "Monthly"
            # (but "Blog: two articles a month" labels the item counted after it); "Four times a year ... the email"
            count = _sentence_multiplier(span, s)
        elif counted is None:
            continue
        else:
            count, freq, _ = counted
            period = period_for(sent, s, e, freq)
            if count == 1 and freq is None:
                count *= _sentence_multiplier(span, s)  # "Twice a month, write a 500-word article"
        if period is None:
            continue
        words = words_of(span, s, e, qs, starts)
        if words is None and (again := renamed.get(s)):
            words = words_of(span, again[1], again[2], qs, sorted(starts + [again[1]]))
        if kind == "social_post" and words and span[e - 1].lower_ in ("story", "stories"):
            kind = "article"  # "its lead story (about 500 words)": written copy, not an Instagram story
        if span[e - 1].lower_ in ("feature", "features", "piece", "pieces") and e - s == 1 and not words:
            continue  # "a feature", "a piece" is written copy only with a length ("one feature of roughly 600 words")
        platforms, per_platform = _where(span, s, after, in_scope, qs) if kind in ("social_post", "video") else ((), False)
        if implied := IMPLIED_PLATFORM.get(span[e - 1].lower_):
            platforms, per_platform = (implied,), True  # "three TikToks a week", "ten pins", "five tweets a day"
        item = make(kind, count, period, words, sent.evidence(), platforms,
                     span[max(0, s - 3):e].text, per_platform=per_platform)
        out.append(item)
        if kind == "social_post" and len(platforms) == 1 and elliptical_from is None:
            elliptical_from = e
    if elliptical_from is not None:
        out.extend(_elliptical_posts(sent, qs, elliptical_from))
    out = _shown_again(span, out)
    out.extend(_posting_verbs(sent, in_scope, {d.type for d in out}))
    if not any(kind == "email_campaign" for kind, _, _ in nouns(span)) and (mailing := _mailing(sent)):
        out.append(mailing)
    if (label := _noun_label(span, found)) and label != "social_post":
        # "Blog: 2 posts a month" (blog posts are articles), "Newsletter: one issue a month"
        if label == "article":
            out = [_retyped(d, label) if d.type == "social_post" and not d.platforms and _bare_posts(d.text) else d
                   for d in out]
        if not any(d.type == label for d in out) and (cadence := _cadence_after(span, found[0][2] + 1, set())):
            count, period, end = cadence
            out.append(make(label, count, period, words_of(span, found[0][1], found[0][2], qs, starts), sent.evidence(),
                             (), span[:end].text))
    if _platform_label(span) and (cadence := _platform_cadence(sent)):
        # "Instagram: three items each week, single photo or carousel": the label's cadence is the count,
        # the nouns after it describe the format
        out = [d for d in out if d.type != "social_post"] + cadence
    elif not any(d.type == "social_post" for d in out):
        out.extend(_platform_cadence(sent))
    for pid, s, e in mentions(span):
        if (found := _count_into(span, s, e) or _updates_on(sent, s, e)) and not any(pid in d.platforms for d in out):
            count, period, end = found  # "..., plus one Google update a week"
            out.append(make("social_post", count, period, None, sent.evidence(), (pid,), span[s:end].text, per_platform=True))
    return out


MEETING_SESSIONS = {"strategy", "planning", "review", "content", "editorial", "feedback", "working", "status", "monthly",
                    "weekly", "fortnightly", "quarterly", "check", "catch", "sync", "kickoff", "team", "client"}


MADE_BY_OTHERS = patterns.compile(
    r"^\s*,?\s*(?:which|that)\s+(?:we|they|(?:our|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:team|staff|office|client|"
    r"department|designers?|editors?|comms|volunteers?|(?:[\w-]+\s+){0,2}?team))\s+(?:\w+\s+(?:and|or)\s+)?(?P<verb>formats?|produces?|"
    r"writes?|runs?|handles?|designs?|edits?|puts?\s+together|compiles?|assembles?|lays?\s+out|sends?|distributes?|mails?)\b",
    re.I)
ANOTHER_CONTRACT = patterns.compile(r"^[^.;]{0,30}?\b(?:is|are)\s+(?:a\s+)?separate\s+(?:procurement|contract|tender|lot|project|"
                              r"piece\s+of\s+work|engagement)|^[^.;]{0,40}?\b(?:is|are)\s+not\s+covered\s+(?:(?:by|in|under)\s+(?:this|the)\s+"
                              r"(?:contract|document|rfp|rfq|tender|brief|agreement|sow)\b|and\s+(?:will\s+be|is)\s+quoted)"
                              # "The annual report is prepared and mailed by the Water Quality Division and is not part of this scope"
                              r"|^(?:(?!\b(?:although|but|while|whereas|though|and)\b)[^.;,]){0,60}?\b(?:is|are)\s+not\s+part\s+of\s+"
                              r"(?:this|the|our)\s+(?:scope|contract|rfp|rfq|sow|brief|"
                              r"work|engagement|tender|agreement)\b"
                              r"|^\s*[;,(]\s*(?:and\s+|but\s+)?(?:it's\s+|it\s+is\s+|which\s+is\s+)?not\s+(?:part\s+of|in|included\s+in)\s+"
                              r"(?:this|the|our)\s+(?:scope|contract|rfp|rfq|sow|brief|"
                              r"work|engagement|tender|agreement)\b"
                              r"|^[^.;]{0,12}?\b(?:is|are)\s+(?:\w+\s+)?(?:prepared|produced|written|compiled|designed|issued|mailed|"
                              r"sent|published)(?:\s+(?:and|&)\s+\w+)?\s+by\s+(?:(?:the|our|their|its)\s+)?(?:[\w'’-]+\s+){0,3}?"
                              r"(?:team|division|department|office|unit|staff|volunteers?|committee|board|trust|council|printers?|"
                              r"designers?|colleagues)\b"
                              # "The weekly Shabbat bulletin remains with Marcy Klein in the office"
                              r"|^[^.;,]{0,30}?\b(?:remains?|stays?)\s+with\s+(?:(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:team|office|staff|volunteers?|"
                              r"committee|manager|administrator|secretary|coordinator)\b|(?-i:[A-Z][a-z]+)\s+(?:(?-i:[A-Z][a-z]+)\b|(?:in|at)\s+the\s+office\b))",
                              re.I)
MAKING = ("format", "produc", "writ", "run", "handl", "design", "edit", "put", "compil", "assembl", "lay")


def _a_container(span: Span, s: int) -> bool:
    """'an article for our supporter e-bulletin': the item named as where other work goes."""
    return any(t.lower_ in ("for", "in", "into", "to") for t in span[max(0, s - 4):s])


RANKED = {"best", "top", "worst"}
SUBJECTS = {"you", "we", "i", "they", "the", "our", "please"}


# Sent through an email tool, whatever the writer calls it: "send our supporter appeal (in Mailchimp)"
EMAIL_TOOL = patterns.compile(r"\b(?:mailchimp|constant\s+contact|dotdigital|convertkit|kit\.com|campaign\s+monitor|klaviyo|substack|"
                        r"govdeliver\w*|sendinblue|brevo|mailerlite|flodesk|emma)\b", re.I)
SENDING = patterns.compile(r"\b(?:send|sends|sent|sending|write\s+and\s+send|put\s+out|go\s+out|goes\s+out)\b", re.I)


def _mailing(sent: Sent) -> Deliverable | None:
    """'Once a quarter, write and send our supporter appeal (about 1,900 contacts, in Mailchimp)': an email campaign."""
    span = sent.span
    send = SENDING.search(sent.text)
    if not (EMAIL_TOOL.search(sent.text) and send) or re.search(r"\b(?:not|never|no)\b[^.;]{0,20}$|n't\b[^.;]{0,20}$",
                                                                 sent.text[:send.start()], re.I):
        return None
    found = period_in(span)
    if found is None:
        return None
    count = _sentence_multiplier(span, found[1])
    return make("email_campaign", count, found[0], None, sent.evidence(), (), sent.text)


NOT_ATTENDING = patterns.compile(r"\b(?:don't|do\s+not|doesn't|won't|will\s+not|no\s+need\s+to|needn't|not\s+(?:required|expected|needed)\s+to)\s+"
                           r"(?:need\s+to\s+|have\s+to\s+)?(?:come|attend|join|be\s+at|sit\s+in)\b[^.;,–—-]{0,40}$", re.I)


def _bare_item(sent: Sent, s: int, e: int) -> bool:
    """'- Short written update to the committee before each monthly meeting': a list item that is one singular item."""
    span = sent.span
    return (sent.kind == "list_item" and span.start == 0 and not plural(span[e - 1].lower_) and 1 <= s <= 3
            and all(t.is_alpha and (t.is_lower or k == 0) and t.lower_ not in NOT_MODIFIERS for k, t in enumerate(span[:s]))
            and (e == len(span) or span[e].lower_ in ("to", "for", "on", "about", "by", "with", ",", "(", "-", "–", ".")))


def _part_of_earlier(span: Span, s: int, found) -> bool:
    """'One supporter email a month, with the month's rescue story': what an item named before it carries."""
    return any(ks < s and kind in ("email_campaign", "report", "article", "video") for kind, ks, _ in found) and any(
        t.lower_ in ("with", "featuring", "including", "containing", "carrying") for t in span[max(0, s - 5):s])


def _contents_from(span: Span, found) -> int | None:
    """The colon after a newsletter or report, and its frequency, that lists what goes in it.

    ("The Marginal Note, our email newsletter, once a month: new titles, a short essay"; not a label
    like "Reporting: a monthly summary".)
    """
    for kind, s, e in found:
        if kind in ("email_campaign", "report"):
            colon = next((k for k in range(e, min(len(span), e + 6)) if span[k].text == ":"), None)
            if colon is None or not period_in(span[e:colon]) or span[colon + 1:colon + 2].text.lower() in SUBJECTS:
                return None  # (not "goes out once a month: you will also write a blog post each week")
            return colon
    return None


def _appositive(span: Span, before: tuple[str, int, int], noun: tuple[str, int, int]) -> bool:
    """'One blog post a month, a real-wedding write-up, ...': a noun of the same kind after a comma and 'a'."""
    gap = [t for t in span[before[2]:noun[1]]]
    comma = next((k for k, t in enumerate(gap) if t.text == ","), None)
    own = period_after(span, noun[2], window=3) or any(before[2] + comma < ps < noun[1] for _, ps, _ in mentions(span)) \
        if comma is not None else True  # "a LinkedIn post every fortnight" is an item of its own
    return (noun[0] == before[0] and comma is not None and comma <= 3 and comma + 1 < len(gap) and not own
            and gap[comma + 1].lower_ in ("a", "an", "the") and len(gap) - comma <= 6 and not any(t.like_num for t in gap))


def _not_an_item(span: Span, kind: str, s: int, e: int) -> bool:
    """A title in quotes ('our e-newsletter, "The Hollow Post"'), or a session that is not a meeting
    ('a two-hour unpacking session')."""
    if sum(t.text in ('"', "“", "”") and not (i > 0 and span[i - 1].text[-1:].isdigit())  # (12" is inches)
           for i, t in enumerate(span[:s])) % 2 == 1:
        return True
    rest = block_text(span)[span[e - 1].idx + len(span[e - 1].text):span.end_char]
    if ANOTHER_CONTRACT.match(rest):
        return True  # "(print design of the annual tenant report) is a separate procurement"
    if (m := MADE_BY_OTHERS.match(rest)) and (m.group("verb").lower().startswith(MAKING) or _a_container(span, s)):
        # "for the member e-bulletin, which our team formats and sends": another's item; but "Write the monthly
        # newsletter, which our team sends out" is the vendor's to write
        return True
    if kind == "social_post" and span[e - 1].lower_ == "post" and e < len(span) and span[e].lower_ in (
            "staffed", "holder", "holders", "filled", "funded", "-"):
        return True  # "an on-call Duty Communications Officer, a post staffed 24 hours a day": a job
    if kind == "meeting" and span[e - 1].lower_ in ("session", "sessions") and e - s == 1:
        before = span[s - 1].lower_ if s > 0 else ""
        return before not in MEETING_SESSIONS and "with" not in {t.lower_ for t in span[e:e + 4]}
    return False


def _noun_label(span: Span, found) -> str | None:
    """The kind of a work noun that labels the item: 'Blog: ...', '- Newsletter – ...'."""
    if not found:
        return None
    kind, s, e = found[0]
    # "Blog:", "The Mug Club email:", "Our Friday newsletter:": the noun, perhaps after its name, opens the item
    named = s <= 4 and all((t.lower_ in ("the", "our", "a", "your") or t.text[:1].isupper())
                           and (number(t.text) is None or t.i > span.start and t.nbor(-1).lower_ in ORDINAL_NOUNS)
                           and t.lower_ not in ("optional", "draft", "proposed", "possible") for t in span[:s] if t.is_alpha)
    return kind if (opens_with(span, s) or named) and e < len(span) and span[e].text in (":", "–", "—") else None


def _bare_posts(text: str) -> bool:
    """'2 posts', not '2 social posts': a post of no kind takes its label's kind."""
    words = text.lower().split()
    return bool(words) and words[-1] in ("post", "posts") and (len(words) < 2 or words[-2] not in ("social", "media", "feed"))


def _retyped(d: Deliverable, kind: str) -> Deliverable:
    return Deliverable(kind, d.count, d.period, d.per_month, d.words, d.evidence, (), d.text, False)


def _platform_label(span: Span) -> bool:
    """'Facebook: ...', '- Instagram – ...': the item is about the platform it starts with."""
    ms = mentions(span)
    if not ms:
        return False
    _, s, e = ms[0]
    return opens_with(span, s) and e < len(span) and span[e].text in (":", "-", "–", "—", "|")


# Said after an item that it is not asked every period: optional, or a one-off.
# "jump on if you can" leaves a meeting optional; "a post every single day if you can" still asks for the posts
JOIN_IF_YOU_CAN = patterns.compile(r"\bif\s+you\s+(?:can|like|want|wish|are\s+free)\b", re.I)
OPTIONAL = patterns.compile(r"\b(?:optional|no\s+obligation|entirely\s+up\s+to\s+you|"
                      r"one[- ](?:off|time)|once\s+only|for\s+that\s+(?:week|month)\s+only|"
                      r"(?:isn't|aren't|(?:is|are|'s)\s+not|not)\s+(?:compulsory|mandatory|required|obligatory))\b", re.I)


INVITED = patterns.compile(r"\b(?:welcome|free|invited|(?:glad|happy|pleased)\s+to\s+(?:have|see)\s+you)\s+(?:on|at|to|in)\b[^.;]*$", re.I)


def _optional_row(text: str) -> bool:
    """'... | 1 | quarterly, optional': a cell that makes the row optional (not 'Stories optional', about its own noun)."""
    for cell in text.split("|"):
        if (m := OPTIONAL.search(cell)) and not ((before := span_of(cell[:m.start()].strip())) and nouns(before)):
            return True
    return False


def _invited_before(span: Span, s: int) -> bool:
    """'You're also welcome on our monthly community call': an invitation, not a deliverable."""
    lo, _ = clause_bounds(span, s, s + 1)
    return bool(INVITED.search(span[max(lo, s - 8):s].text))


def _optional_after(span: Span, e: int, starts: list[int], kind: str = "") -> bool:
    """'a huddle every Monday; jump on if you can, it isn't compulsory', '...; this is a one-off'."""
    nxt = min((n for n in starts if n >= e), default=len(span))
    # an aside in brackets is about something else: "(tweak the caption for each if you can)"
    said = re.sub(r"\([^)]*\)?", " ", span[e:nxt].text) if nxt > e else ""
    return OPTIONAL.search(said) is not None or kind == "meeting" and JOIN_IF_YOU_CAN.search(said) is not None


def _platform_cadence(sent: Sent) -> list[Deliverable]:
    """'Instagram 4 times a week', 'Facebook: 3 a week', 'Nextdoor: one neighbourhood notice each week'."""
    span = sent.span
    other_work = {i for kind, s, e in nouns(span) if kind != "social_post" for i in range(s, e)}
    out = []
    ms = mentions(span)
    for pid, s, e in ms:
        label = opens_with(span, s) or s > 0 and span[s - 1].text in (",", ";") and opens_with(span, ms[0][1])
        if found := _cadence_after(span, e, other_work) or (label and not excluded_after(span, s, e)
                                                             and _bare_cadence(span, e, other_work)):
            count, period, end = found
            out.append(make("social_post", count, period, None, sent.evidence(), (pid,), span[s:end].text,
                             per_platform=True))
    return out


POSTING = {"add", "post", "publish", "put", "share", "write", "create", "want", "need", "like", "plus"}


def _count_into(span: Span, s: int, e: int) -> tuple[float, str, int] | None:
    """'one Google update a week', 'one TikTok a week': a count before a platform whose name says it is a post."""
    counted = [q for q in quantities(span[:s], articles=True) if q.end == s] if s else []
    if counted and e < len(span) and span[e].lower_ in ("update", "updates") and span[e - 1].lower_ not in ("update", "updates") and (
            {t.lower_ for t in span[max(0, counted[0].start - 2):counted[0].start]} & POSTING or opens_with(span, counted[0].start)):
        # "add one Google Business Profile update a week", "- 1 Google Business Profile update a week", "we want three
        # Facebook updates a week" (not "there's at least one Instagram update a month that changes how reach works")
        e += 1
    if span[e - 1].lower_ not in ("update", "updates", "post", "posts", "tiktok") or s == 0:
        return None
    if not counted or span[max(0, counted[0].start - 1)].lower_ in ("including", "incl", "plus", "of"):
        return None  # "..., including one TikTok a week": part of a count already made
    found = period_after(span, e, window=1)  # the period right after: "one TikTok a week", not "3 TikTok videos a week"
    return (counted[0].hi, *found) if found else None


def _updates_on(sent: Sent, s: int, e: int) -> tuple[float, str, int] | None:
    """'1 update on that store's Google profile' under 'Per store, every week:': updates posted to a platform."""
    span = sent.span
    k = s - 1
    while k >= 0 and s - k <= 5 and span[k].lower_ not in ("update", "updates"):
        k -= 1
    between = span[k + 1:s]  # "on that store's", "a week to our": small words only
    if k < 1 or span[k].lower_ not in ("update", "updates") or not {t.lower_ for t in between} & {"on", "to"} or any(
            not (t.is_alpha and t.text.islower()) and t.lower_ not in ("'s", "’s") for t in between):
        return None
    if e < len(span) and span[e].lower_ in ABOUT_A_PLATFORM:
        return None  # "2 updates on Facebook ad performance": updates about it, not posted to it
    counted = [q for q in quantities(span[:k], articles=True) if q.end == k]
    period = period_for(sent, k, k + 1, None)
    return (counted[0].hi, period, s) if counted and period else None


ABOUT_A_PLATFORM = {"ad", "ads", "advertising", "performance", "insights", "analytics", "metrics", "growth", "stats", "results",
                    "followers", "reach", "engagement", "algorithm", "trends", "changes", "policy", "policies", "campaign",
                    "campaigns", "numbers", "figures", "activity", "spend"}


def _cadence_after(span: Span, e: int, other_work: set[int]) -> tuple[float, str, int] | None:
    """A count and period following a label: 'Facebook: 3 a week', 'Newsletter: one issue a month'.

    A few words may name the item between them, as long as they are not
    another kind of work or a measure.
    """
    for q in quantities(span[e:e + 5]):
        if q.start > 3 or any(i in other_work for i in range(e, e + q.start)):
            return None  # the cadence follows the label, not another item ("LinkedIn article of 1,000 words")
        k = e + q.end
        if k < len(span) and span[k].lower_ in ("times", "x"):
            k += 1
        skipped = 0
        while (k < len(span) and skipped < 3 and span[k].is_alpha and k not in other_work
               and span[k].lower_ not in NOT_ITEM_WORDS and not period_after(span, k, window=1)):
            k, skipped = k + 1, skipped + 1
        if k < len(span) and (span[k].lower_ in NOT_ITEM_WORDS or k in other_work):
            return None
        if found := period_after(span, k, window=2):
            return q.hi, found[0], found[1]
    return None


# Words that may stand between a platform label and its cadence: "Facebook like twice a week", "Instagram - about daily".
CADENCE_FILLER = {":", "-", "–", "—", "like", "about", "around", "roughly", "maybe", "probably", "ideally", "at", "least",
                  "posts", "posting", "post", "updates", "content", "needs", "gets", "wants", "something"}
# What may follow a platform's bare cadence: the end of its clause, or what is posted.
CADENCE_ENDS = {",", ".", ";", ":", "-", "–", "—", "(", "!", "but", "and", "please", "ideally", "if", "with", "too", "also",
                "as"}
POSTED_WORDS = {"posts", "post", "stories", "story", "reels", "reel", "updates", "update", "pics", "photos", "pictures",
                "content", "shots", "videos", "clips", "tips", "carousels"}
# What a platform's cadence is about when it is not posting: "Facebook daily: check the comments".
NOT_POSTING = patterns.compile(r"^\W*(?:\w+\s+){0,2}?(?:monitor\w*|moderat\w*|check\w*|repl\w*|respon\w*|answer\w*|engag\w*|"
                         r"report\w*|analytic\w*|insights?|review\w*|listening|comments?|messages?|dms?|inbox)\b", re.I)


def _bare_cadence(span: Span, e: int, other_work: set[int]) -> tuple[float, str, int] | None:
    """A frequency with no count after a platform label: 'Instagram every single day', 'Facebook twice a week'.

    Each time is one post; a cadence that governs checking or replying is not posting.
    """
    k = e
    while k < len(span) and k - e < 3 and span[k].lower_ in CADENCE_FILLER:
        k += 1
    if k >= len(span) or k in other_work:
        return None
    times, at = (MULTIPLIER_WORDS[span[k].lower_], k + 1) if span[k].lower_ in MULTIPLIER_WORDS else (1.0, k)
    if at + 2 < len(span) and span[at].lower_ in ("every", "each") and span[at + 1].lower_ == "single":
        found = (p, at + 3) if (p := PERIOD_NOUNS.get(span[at + 2].lower_)) else None  # "every single day"
    else:
        found = period_after(span, at, window=1)
    if not found or (times == 1.0 and at == k and span[k].lower_ in ("a", "an", "per", "/", "p")):
        return None  # "Facebook a week" is no cadence; "a week" needs a count before it
    period, end = found
    if end in other_work or NOT_POSTING.match(span[end:].text.split(".")[0]):
        return None
    if end < len(span) and span[end].text not in CADENCE_ENDS and span[end].lower_ not in POSTED_WORDS:
        return None  # "Instagram weekly reach has dropped", "Facebook: every day we get messages"
    return times, period, end


# Words after a count that make it something other than a number of posts.
NOT_ITEM_WORDS = {"hours", "hour", "hrs", "hr", "h", "minutes", "mins", "days", "day", "followers", "subscribers", "fans",
                  "words", "word",
                  "members", "percent", "%", "people", "users", "views", "likes", "comments", "messages", "replies",
                  "weeks", "months", "years", "k"}


def _sentence_multiplier(span: Span, s: int) -> float:
    """'twice a month', 'three times a week' standing apart from the noun."""
    found = period_in(span, near=s)
    if not found:
        return 1.0
    k = found[1]
    if k >= 1 and span[k - 1].lower_ in MULTIPLIER_WORDS:
        return MULTIPLIER_WORDS[span[k - 1].lower_]
    if k >= 2 and span[k - 1].lower_ in ("times", "x"):
        value = number(span[k - 2].text)
        return value if value else 1.0
    return 1.0


def _labels_item(span: Span, s: int, e: int) -> bool:
    """'Short report: follower change, top posts': a singular item naming the list item it opens.

    (Not when what follows hands it to someone else: "Newsletter: our office manager writes it".)
    """
    return (e < len(span) and span[e].text in (":", "-", "–", "—") and not plural(span[e - 1].lower_)
            and len([t for t in span[:s] if t.is_alpha]) <= 1 and opens_with(span[:s], s - 1 if s else 0)
            and not NOT_THE_VENDORS.search(span[e:].text))


# What a label's own text says to hand the item elsewhere.
NOT_THE_VENDORS = patterns.compile(r"\b(?:our|my|the\s+client's)\s+(?:[\w-]+\s+){0,2}?(?:writes?|makes?|films?|does|handles?|runs?|produces?)\b"
                             r"|\bwe\s+(?:\w+\s+)?(?:write|make|film|shoot|do|handle|produce)\b|\bnot\s+(?:needed|required|yours|in\s+scope)\b"
                             r"|\byou\s+just\s+post\b", re.I)


def _definite_singular(span: Span, s: int, e: int) -> bool:
    """'the newsletter', 'our email newsletter': one known item, not a plural or a verb."""
    head = span[e - 1].lower_
    if plural(head) and head not in FIGURES:  # "the numbers" is one report
        return False
    k, unknown = s - 1, 0
    while k >= 0:
        k = skip_title(span, k)  # the monthly "Linden Leaf" email
        if k < 0:
            break
        low = span[k].lower_
        if low in NOT_MODIFIERS:
            break  # "the reach of each post" is not one post
        if low in ("'", "'s", "’s", "’") or low in MODIFIERS:
            pass
        elif (span[k].text.isalpha() and (span[k].text.islower() or span[k + 1].lower_ not in ("'s", "’s")
                                           and k > 0 and span[k - 1].lower_ in ("our", "your"))
              and low not in NOT_MODIFIERS and unknown < 2):  # "our Notion dashboard", not "the Chamber newsletter"
            if low in NOT_ONE_ITEM:
                return False  # "the same post", "the occasional reel": no item of its own
            unknown += 1  # "our members' email"
        elif head in MEETING_WORDS and span[k].is_title and unknown < 2 and any(
                t.lower_.startswith(("attend", "join")) for t in span[max(0, k - 5):k]):
            unknown += 1  # "attend the Council's meeting", "the Full Council meeting": the client's own meeting
        else:
            break
        k -= 1
    if k > 0 and span[k - 1].lower_ == "as":
        return False  # "with that feature as its lead story": a role of an item already named
    if k > 0 and span[k - 1].lower_ in ("at", "during", "until", "till") and span[e - 1].lower_ in MEETING_WORDS \
            and not attending(span, k - 1):
        return False  # "deal with those at the monthly meeting": a time, not a meeting to hold
    return k >= 0 and span[k].lower_ in ("the", "our", "this", "its", "their")


MEETING_WORDS = {"meeting", "call", "check-in", "session", "huddle", "sync", "catch-up", "sit-down", "review", "stand-up"}
NOT_ONE_ITEM = {"same", "other", "next", "last", "previous", "occasional", "odd", "first", "final", "latest", "best",
                "top", "worst", "most"}


def _posting_verbs(sent: Sent, in_scope: tuple[str, ...], already: set[str]) -> list[Deliverable]:
    """'Post three times a week on Facebook', 'tweet daily', 'meet weekly': a verb with a frequency."""
    span = sent.span
    out = []
    for i, tok in enumerate(span):
        kind = VERB_KINDS.get(tok.lower_)
        if kind is None or kind in already or tok.lower_ == "sit" and span[i + 1:i + 2].text.lower() not in ("down", "with"):
            continue  # "sit down with Jess", not "shifts sit inside your hours"
        if span[i + 1:i + 2].text == "-" or i > 0 and span[i - 1].text == "-":
            continue  # "meet-the-team posts", "pre-post checks": a word inside a compound, not the verb
        if tok.lower_ == "meets" and not VENDOR_WORDS & {t.lower_ for t in span[max(0, i - 3):i + 4]}:
            continue  # "the board meets the first Tuesday of each month": someone else's meeting
        if tok.lower_ == "meet" and i > 0 and span[i - 1].lower_ == "we" and not ({"you", "your"} | VENDOR_WORDS) & {
                t.lower_ for t in span} and re.search(r"\b(?:in|at|behind)\s+the\s+\w+", sent.text) and not re.search(
                r"\b(?:zoom|teams|video|call|plan|planning|review|online)\b", sent.text, re.I):
            continue  # "We meet every Tuesday evening in the clubroom": the club's own evenings
        if kind == "meeting" and i > 0 and span[i - 1].text in ('"', "“", "'", "‘"):
            continue  # '"meet the section" pieces': a title, not a meeting
        if tok.lower_ in ("post", "posts") and any(t.lower_ == "out" for t in span[i + 1:i + 4]) and not any(
                t.lower_ in ("on", "to") for t in span[i + 1:i + 3]):
            continue  # "we post orders out twice a week": parcels in the mail
        if tok.lower_ == "meet" and i > 2 and span[i - 1].lower_ in ("who", "that") and (
                span[i - 2].lower_ in GROUPS_WHO_MEET or span[i - 2].text == "," and span[i - 3].lower_ in GROUPS_WHO_MEET):
            continue  # "forty-one members who meet for lunch every Thursday": others who meet
        times = _times_after(span, i + 1)
        if times is None and (kind == "social_post" and not already or kind == "video"):
            times = _count_then_period(span, i + 1)  # "post three inventory spotlights per week"
        if times is None and i + 1 < len(span) and span[i + 1].lower_ in FREQ_WORDS:
            times = (1.0, FREQ_WORDS[span[i + 1].lower_], i + 2)  # "meet weekly"
        if times is None and (count := _times_alone(span, i + 1)) and (period := period_for(sent, i, i + 1, None)):
            times = (count, period, i + 1)  # "Each week you will:" / "Post three times on Instagram"
        if times is None and kind == "meeting" and tok.lower_ != "meeting" and (p := period_in(span, near=i)):
            lo, hi = clause_bounds(span, i, i + 1)
            opening = p[1] <= 2 and ";" not in span[p[2]:i].text  # "Once a month ..., and we meet" (not past a ";")
            if (lo <= p[1] < hi or opening) and not CONDITIONAL.match(span[i + 1:].text):
                times = (1.0, p[0], p[2])  # "meet with the Director every other week"
        if times is None or negation_cue(span, i, i + 1, window=4):
            continue
        count, period, _ = times
        platforms, per_platform = _where(span, i, i + 1, in_scope) if kind == "social_post" else ((), False)
        out.append(make(kind, count, period, None, sent.evidence(), platforms, sent.text, per_platform=per_platform))
        already = already | {kind}
    return out


# "we can meet if anything needs discussing", "meet as needed": no meeting to plan for
CONDITIONAL = patterns.compile(r"^\W*(?:\w+\s+){0,3}?(?:if|when|whenever|as\s+needed|as\s+required|should)\b", re.I)


SHOWN_AGAIN = patterns.compile(r"\b(?:the\s+)?same\s+(?:posts?|content|pictures?|photos?|images?)\s+(?:are\s+|is\s+|get\s+|gets\s+)?"
                         r"(?:shared|cross-posted|reposted|posted|going\s+out|go\s+out|published)\s+(?:to|on)\s*$", re.I)


def _shown_again(span: Span, items: list[Deliverable]) -> list[Deliverable]:
    """'Four Instagram posts a week and the same posts shared to Facebook': one set of posts shown on both."""
    posts = [d for d in items if d.type == "social_post" and len(d.platforms) == 1]
    if len(posts) != 1:
        return items
    extra = [pid for pid, ps, _ in mentions(span) if pid not in posts[0].platforms and SHOWN_AGAIN.search(span[:ps].text)]
    if not extra:
        return items
    d = posts[0]
    shown = Deliverable(d.type, d.count, d.period, d.per_month, d.words, d.evidence,
                        d.platforms + tuple(dict.fromkeys(extra)), d.text, False)
    return [shown if x is d else x for x in items]


def _times_alone(span: Span, k: int) -> float | None:
    """'three times' right after a verb, its period said elsewhere."""
    for q in quantities(span[k:k + 3]):
        end = k + q.end
        if q.start == 0 and end < len(span) and span[end].lower_ in ("times", "x"):
            return q.hi
    return None


def _count_then_period(span: Span, k: int) -> tuple[float, str, int] | None:
    """A count right after a posting verb and a period soon after it, whatever the noun."""
    for q in quantities(span[k:k + 3]):
        if q.start == 0 and (found := period_after(span, k + q.end, window=6)):
            return q.hi, found[0], found[1]
    return None


def _elliptical_posts(sent: Sent, qs, counted_at: int) -> list[Deliverable]:
    """'three posts a week on Facebook, three a week on Instagram and two on LinkedIn'."""
    span = sent.span
    at = {ps: pid for pid, ps, _ in mentions(span)}
    out = []
    for q in qs:
        if q.start <= counted_at:
            continue
        for ps in _counted_platforms(span, q):
            found = period_after(span, q.end, window=3) or period_after(span, ps + 1, window=3) or period_in(span, near=ps)
            if found is None:
                continue
            period = found[0]
            out.append(make("social_post", q.hi, period, None, sent.evidence(), (at[ps],),
                             span[q.start:ps + 1].text, per_platform=True))
    return out


# A reply that is only a count and a period ("3 a week."), to a question about posting or followed by one about posts
BARE_RATE = patterns.compile(r"^\W*(\d+|one|two|three|four|five|six|seven|ten|twice|once)\s+(?:(?:times\s+)?(?:a|per|each)\s+"
                       r"(week|month|day|fortnight))\W*$", re.I)
ASKS_POSTING = patterns.compile(r"\b(?:how\s+(?:often|many)|how\s+frequently)\b(?![^?]*\b(?:now|currently|at\s+the\s+moment|at\s+present|"
                          r"usually|meet|talk|call|hours?)\b)[^?]*\b(?:post\w*|going\s+up|go\s+up|put\s+up|publish\w*|upload\w*|"
                          r"content|something)\b[^?]*\?\W*$", re.I)
# "How often on Instagram?": a question about a platform's cadence
ASKS_OFTEN = patterns.compile(r"\bhow\s+(?:often|many|frequently)\b(?![^?]*\b(?:now|currently|meet|talk|call|hours?)\b)[^?]*\?\W*$", re.I)
# the speaker of a chat line: "[03/06/2025, 08:30] Gaz Turner: ", "Gaz: "
SPEAKER = patterns.compile(r"^(?:[^\]]*\]\s*)?[\w .'-]{1,40}:\s+")
POSTS_NEXT = patterns.compile(r"^\W*(?:the\s+)?(?:same\s+)?(?:posts?|posting|thing)\b", re.I)


def _bare_rate(sents: list[Sent], k: int) -> Deliverable | None:
    """'How often do you want something going up?' - '3 a week. same post on all 3 is fine.'

    Platforms are left to the merge: the posts go where the conversation says (often "the same on all").
    """
    m = BARE_RATE.match(SPEAKER.sub("", sents[k].text, count=1))
    if m is None:
        return None
    question = k > 0 and sents[k - 1].text.rstrip(" [").endswith("?")
    asked = question and (ASKS_POSTING.search(sents[k - 1].text) or ASKS_OFTEN.search(sents[k - 1].text) and mentions(sents[k - 1].span)) and all(
        kind == "social_post" for kind, _, _ in nouns(sents[k - 1].span))  # (not "How many newsletters?")
    # "3 a week. same post on all 3 is fine." (not an answer to "How often should we meet?")
    then = not question and k + 1 < len(sents) and sents[k + 1].base == sents[k].base and POSTS_NEXT.match(sents[k + 1].text)
    if not (asked or then):
        return None
    word = m.group(1).lower()
    count = {"twice": 2.0, "once": 1.0}.get(word) or number(word)
    return make("social_post", count, m.group(2).lower(), None, sents[k].evidence(), (), sents[k].text) if count else None


def extract(sents: list[Sent], in_scope: tuple[str, ...]) -> tuple[Deliverable, ...]:
    """Recurring deliverables with their count per month; restatements merged."""
    items: list[Deliverable] = []
    for k, sent in enumerate(sents):
        if not sent.within(WORK):
            continue
        items.extend(_from_sentence(sent, in_scope))
        if reply := _bare_rate(sents, k):
            items.append(reply)
    return _merge(items)


TOTALLING = patterns.compile(r"\bin\s+total\b|\btotal\b|\baltogether\b|\bin\s+all\b|\bcombined\b|=|\bbetween\s+them\b|\ball\s+told\b", re.I)


def without_client_totals(items: tuple[Deliverable, ...], clients: int | None) -> tuple[Deliverable, ...]:
    """Drop an item that restates another summed over the clients: 'four studios = 12 posts a week in total'."""
    if not clients or clients < 2:
        return items
    per = {(d.type, round(d.per_month or 0, 2)) for d in items}
    return tuple(d for d in items
                 if not (d.per_month and (d.type, round(d.per_month / clients, 2)) in per
                         and any(TOTALLING.search(ev.quote) for ev in d.evidence)))


# "At least one post per week shall be bilingual": what some of the posts counted elsewhere must be, not more posts
PROPERTY = patterns.compile(r"^\W*(?:at\s+least\s+(?:one|two|three|\d+)|(?:one|two|three|\d+|some|half|most)\s+of\s+(?:these|those|them|the\s+\w+))\b"
                      r"[^.;]{0,40}?\b(?:shall|must|should|will|needs?\s+to|has\s+to)\s+be\s+"
                      r"(?!(?:produced|published|posted|delivered|written|created|provided|made|prepared|sent|submitted|added|"
                      r"scheduled|shared|uploaded|issued|filmed|recorded|supplied|drafted|designed|needed|required|wanted|expected)\b)[a-z]",
                      re.I)


def _properties_of_others(items: list[Deliverable]) -> list[Deliverable]:
    posts = [d for d in items if d.type == "social_post"]
    return [d for d in items if not (d.type == "social_post" and PROPERTY.match(d.evidence[0].quote) and any(
        o is not d and (o.per_month or 0) >= (d.per_month or 0) and set(d.platforms) <= set(o.platforms or d.platforms) for o in posts))]


def _merge(items: list[Deliverable]) -> tuple[Deliverable, ...]:
    """Merge restatements of one item; sum social posts given per platform."""
    items = _properties_of_others(items)
    merged: dict[tuple, Deliverable] = {}
    for d in items:
        key = (d.type, d.per_month, d.platforms)
        if key in merged:
            old = merged[key]
            merged[key] = Deliverable(old.type, old.count, old.period, old.per_month, old.words or d.words,
                                      old.evidence + d.evidence, old.platforms, old.text, old.per_platform)
        else:
            # the same item restated without its length: keep one, with the words
            twin = next((k for k, v in merged.items() if v.type == d.type and v.per_month == d.per_month
                         and not (v.platforms and d.platforms)), None)
            if twin is not None:
                old = merged[twin]
                merged[twin] = Deliverable(old.type, old.count, old.period, old.per_month, old.words or d.words,
                                           old.evidence + d.evidence, old.platforms or d.platforms, old.text,
                                           old.per_platform or d.per_platform)
            else:
                merged[key] = d
    return _sum_posts(tuple(merged.values()))


# "In addition, one recruitment post per week on LinkedIn only": more posts on a platform already counted
ADDED = patterns.compile(r"\b(?:in\s+addition|additionally|extra|additional|on\s+top|separate(?:ly)?)\b", re.I)


def _sum_posts(items: tuple[Deliverable, ...]) -> tuple[Deliverable, ...]:
    """Posts given platform by platform ("3 on Facebook, 5 pins on Pinterest") add up to one item.

    A part may itself be one post shown on several platforms; the parts keep
    the detail the estimate needs.
    """
    posts = [d for d in items if d.type == "social_post" and d.platforms]
    overlap = len({p for d in posts for p in d.platforms}) != sum(len(d.platforms) for d in posts)
    if len(posts) < 2 or overlap and not all(ADDED.search(d.evidence[0].quote) for d in posts[1:]):
        return items  # the same posts named twice, unless each later item says it comes on top
    total = round(sum(d.per_month or 0 for d in posts), 2)
    # "daily on Instagram, twice a week on Facebook" only adds up per month
    count, period = ((sum(d.count for d in posts), posts[0].period) if len({d.period for d in posts}) == 1
                     else (total, "month"))
    combined = Deliverable("social_post", count, period, total, None,
                           tuple(e for d in posts for e in d.evidence), tuple(dict.fromkeys(p for d in posts for p in d.platforms)),
                           "; ".join(d.text for d in posts), per_platform=True, parts=tuple(posts))
    rest = [d for d in items if d not in posts]
    return tuple([combined] + rest)
