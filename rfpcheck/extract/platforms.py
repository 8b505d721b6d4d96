"""Platforms in scope, with the tasks asked for each.

A mention counts unless its clause negates or excludes it (out of scope,
no longer used, a competitor's channel) or it sits in a section that is
not the work (background, exclusions, evaluation, submission). A platform
is in scope when at least one of its mentions counts.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from .. import patterns
from ..model import Evidence, Platform
from ..nlp import WORK, block_text, opens_with
from .context import excluded_after, negation_cue
from .quantity import quantities

if TYPE_CHECKING:
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.tokens import Span

    from ..nlp import Sent

NAMES = {
    "facebook": "Facebook", "instagram": "Instagram", "linkedin": "LinkedIn", "x": "X (Twitter)",
    "youtube": "YouTube", "tiktok": "TikTok", "pinterest": "Pinterest", "threads": "Threads",
    "snapchat": "Snapchat", "reddit": "Reddit", "nextdoor": "Nextdoor", "google_business": "Google Business Profile",
    "bluesky": "Bluesky", "mastodon": "Mastodon", "whatsapp": "WhatsApp",
}

# Case-insensitive names and aliases.
ALIASES: dict[str, tuple[str, ...]] = {
    "facebook": ("facebook", "facebook page", "face book", "fb page", "meta facebook"),
    "instagram": ("instagram", "insta", "instagram account", "instagram reels"),
    "linkedin": ("linkedin", "linked in", "linkedin company page", "linkedin page"),
    "x": ("twitter", "x (formerly twitter)", "x / twitter", "twitter / x", "x.com", "x (twitter)", "twitter (x)", "tweets", "tweeting"),
    "youtube": ("youtube", "you tube", "youtube channel"),
    "tiktok": ("tiktok", "tik tok", "tik-tok"),
    "pinterest": ("pinterest",),
    "snapchat": ("snapchat",),
    "reddit": ("reddit", "subreddit"),
    "nextdoor": ("nextdoor", "next door app"),
    "google_business": ("google business profile", "google business profiles", "google my business", "google business",
                        "gmb", "gbp", "google business listing", "google business listings", "google maps listing",
                        "google maps listings", "google profile", "google profiles", "google listing", "google listings",
                        "google review", "google reviews", "google update", "google updates", "google post", "google posts"),
    "bluesky": ("bluesky", "bsky"),
    "mastodon": ("mastodon",),
    "whatsapp": ("whatsapp", "whatsapp business"),
}
# Case-sensitive short forms that are ordinary words or letters in lower case.
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "facebook": ("FB", "fb"), "instagram": ("IG", "ig"), "linkedin": ("LI",), "youtube": ("YT", "yt"),
    "x": ("X",), "threads": ("Threads",),
}
# Short forms accepted only beside another platform or after "on"/"to".
NEEDS_COMPANY = {"X", "LI", "Threads", "IG", "FB", "YT", "fb", "ig", "yt"}

# Verb stems, so every inflection counts ("refreshes", "optimising", "stands up").
SETUP = patterns.compile(
    r"\brebuil\w*\s+(?:the\s+|our\s+|its\s+)?(?:\w+\s+)?(?:highlights?|pages?|profiles?|accounts?|channels?|grid|bios?|events|"
    r"playlists?|albums?|details)\b"
    r"|\b(?:creat(?!ive|or)|build|launch|establish|improv|optimi[sz]|overhaul|revamp|refresh|redesign|rebrand|audit|"
    r"upgrad|enhanc|polish|relaunch|reactivat|reviv|flesh\w*\s+out|clean\w*\s+up|make-?over|facelift|spruc)\w*"
    r"|\bclaim(?:ed|ing)?\s+(?:(?:our|the|your|a|an|their|its|each)\s+)?(?:\w+\s+){0,2}?(?:profiles?|listings?|pages?|accounts?|handles?|business)\b"
    r"|\b(?:set|sets|setting|spin|spins|spinning)\s*-?\s*up\b|\bstand(?:s|ing)?\s+up\b|\bsetup\b"
    r"|\bopen\w*\s+(?:an?\s+|new\s+|our\s+)*(?:account|page|profile|channel)"
    r"|\binto\s+shape\b|\bup\s+and\s+running\b|\bfrom\s+scratch\b"
    # "one will have to be opened", "wants a proper tidy", "needs tidying up"
    r"|\b(?:will\s+have\s+to|needs?\s+to|has\s+to|must|should)\s+be\s+(?:opened|started|made)\b"
    r"|\btid(?:y|ied|ying)\s+up\b|\btidy-up\s+of\b|\b(?:needs?|wants?)\s+(?:a\s+)?(?:proper\s+|good\s+|bit\s+of\s+a\s+)?tid(?:y|ying)\b",
    re.I,
)
MANAGE = patterns.compile(
    r"\b(?:manag|run|post|maintain|maintenance|publish|schedul|updat|operat|handl|administ|moderat|grow|"
    r"look\w*\s+after|take\w*\s+over|took\s+over|oversee|overseeing|upload|tweet|engag|respond|repl|content|"
    r"community|presence|calendar|keep\w*)\w*",
    re.I,
)


@cache
def _matchers() -> tuple[PhraseMatcher, Matcher]:
    from spacy.matcher import Matcher, PhraseMatcher

    from ..nlp import pipeline

    nlp = pipeline()
    phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
    for pid, aliases in ALIASES.items():
        phrases.add(pid, [nlp.make_doc(a) for a in aliases])
    short = Matcher(nlp.vocab)
    for pid, forms in SHORT_FORMS.items():
        short.add(pid, [[{"ORTH": {"IN": list(forms)}}]])  # one pattern per platform: the Matcher's cost is per pattern
    return phrases, short


def mentions(span: Span) -> list[tuple[str, int, int]]:
    """Every platform mention in a sentence as (id, start, end) token indices, longest first."""
    return list(_mentions(span.text))


@lru_cache(maxsize=4096)
def _mentions(text: str) -> tuple[tuple[str, int, int], ...]:
    # Extractors ask for the same sentence's mentions many times; a sentence re-tokenizes the same alone.
    from ..nlp import pipeline

    phrases, short = _matchers()
    doc = pipeline().make_doc(text)
    found = [(doc.vocab.strings[m], s, e) for m, s, e in phrases(doc) if not _currency(doc, s, e)]
    shorts = [(doc.vocab.strings[m], s, e) for m, s, e in short(doc)]
    several = len(found) + len(shorts) > 1
    for pid, s, e in shorts:
        if doc[s].text in NEEDS_COMPANY and not _in_company(doc, s, e, several):
            continue
        found.append((pid, s, e))
    # Longest match wins where matches overlap ("X (formerly Twitter)" over "Twitter").
    found.sort(key=lambda m: (m[1], -(m[2] - m[1])))
    out: list[tuple[str, int, int]] = []
    last_end = -1
    for pid, s, e in found:
        if s >= last_end:
            out.append((pid, s, e))
            last_end = e
    return tuple(out)


def _currency(doc, s: int, e: int) -> bool:
    """'GBP 23 per hour', '1,500 GBP': pounds sterling, not a Google Business Profile."""
    if doc[s:e].text.lower() != "gbp":
        return False
    if e + 1 < len(doc) and doc[e].like_num and doc[e + 1].lower_ in ("post", "posts", "update", "updates", "x", "times"):
        return False  # "GBP 1 post a week": the profile with its cadence
    return e < len(doc) and doc[e].like_num or s > 0 and doc[s - 1].like_num


def _in_company(doc, s: int, e: int, others: bool) -> bool:
    """A bare "X" or "Threads" is a platform only beside another platform or after "on"."""
    before = doc[s - 1].lower_ if s > 0 else ""
    if doc[s].text == "X" and s > 0 and doc[s - 1].like_num and e < len(doc) and doc[e].like_num:
        return False  # "2 X 60-second reels": a multiplication sign (not "3 X posts")
    after = doc[e].lower_ if e < len(doc) else ""
    if after == "(" and e + 1 < len(doc) and doc[e + 1].lower_ in ("formerly", "twitter"):
        return True
    if after in ("channel", "page", "account", "profile", "feed", "handle", "posts", "ads"):
        return True
    if opens_with(doc[:], s) and (after[:1].isdigit() or after in (":", "-", "–", "|", "", ".", ";", "(")):
        return True  # a list item "IG 3x a week", "FB: two posts", "b) X: one post a day"
    if before == "|" and after in ("|", ""):
        return True  # a table cell of its own: "Posting | Threads | short updates | 2 per week"
    if others and (before in (",", "and", "on", "&", "/", "or", "from", "to", "via", "at") or after in (",", "and", "/", "&", "or")):
        return True
    return before in ("on", "to") and doc[s].text in ("X", "Threads")


def tasks(span: Span) -> tuple[str, ...]:
    """Set-up and management verbs in the sentence; a bare mention means managing."""
    found = []
    text = span.text
    if any(not _makes_content(text[m.end():]) and not _a_noun(text, m) and not _a_name(text, m) and not _narrated(text, m)
           for m in SETUP.finditer(text)):
        found.append("setup")
    if MANAGE.search(span.text) or not found:
        found.append("manage")
    return tuple(found)


# What a set-up verb makes when it is not a profile: "create posts", "build playlists", "improve engagement".
CONTENT_OBJECT = patterns.compile(
    r"^\s*(?:(?:a|an|the|our|your|their|its|new|more|better|fresh|regular|weekly|monthly|original|engaging|short|"
    r"strong|loyal|local|branded|custom|high-quality|quality)\s+){0,3}(?:[\w'’-]+\s+)?"
    r"(?:posts?|content|videos?|reels?|stories|captions?|copy|graphics?|images?|photos?|playlists?|thumbnails?|"
    r"engagement|following|followers?|audiences?|community|communities|awareness|reach|traffic|leads|relationships?|"
    r"campaigns?|strategy|calendars?|reports?|results|performance|visibility|conversations?|newsletters?|articles?|"
    r"blogs?|emails?|ads|carousels?|pins?|tweets?|threads|hashtags?|schedules?|assets|materials|buzz|interest|sales|"
    r"loyalty|momentum|(?:chat)?bots?|auto[- ]?(?:replies|reply|responses?|responders?)|automations?|(?:welcome\s+)?messages?|"
    r"notifications?|alerts?|templates?|tracking|pixels?|dashboards?|workflows?|processes)\b", re.I)
# A set-up told as history: "a thing on Nextdoor that a customer made me set up", "the page was created in 2019".
NARRATED = patterns.compile(r"\b(?:made|had|got|helped|let)\s+(?:me|us|him|her|them)\s*$|\b(?:was|were|been|had)\s+(?:\w+\s+)?$", re.I)
HISTORY_AFTER = patterns.compile(r"^[^.;]{0,25}?\b(?:in\s+(?:19|20)\d\d|years?\s+ago|last\s+(?:year|month|spring|summer|autumn|winter))\b", re.I)


def _narrated(text: str, m: re.Match[str]) -> bool:
    """The set-up already happened: 'that a customer made me set up', 'was created back in 2019'."""
    before = text[max(0, m.start() - 30):m.start()]
    if re.search(r"\b(?:never|not|yet)\b|n't\b", before, re.I):
        return False  # "it has never been set up", "one was never created": still to do
    return bool(NARRATED.search(before) or HISTORY_AFTER.match(text[m.end():])
                or re.match(r"\s+by\s+(?:(?:the|our|my|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:managers?|team|staff|volunteers?|nephew|niece|"
                            r"son|daughter|owner|office|customer|predecessor)\b|\s+by\s+(?-i:[A-Z][a-z]+)\s+(?!\d)(?-i:[a-z])", text[m.end():], re.I))


def _a_noun(text: str, m: re.Match[str]) -> bool:
    """'the building's page', 'each building', 'a launch': the stem as a noun, not a set-up verb.

    ('a refresh of our page' is still set-up work.)
    """
    if not m.group(0).lower().startswith(("build", "launch")):
        return False
    before = text[:m.start()].split()
    return bool(before) and before[-1].lower() in ("the", "each", "every", "that", "this", "our", "a", "per", "its", "their") \
        or m.group(0).lower() in ("buildings",) or text[m.end():m.end() + 2] in ("'s", "’s")


def _a_name(text: str, m: re.Match[str]) -> bool:
    """'Kim at Polished', 'Polished Nail Lounge', 'Revive Physio': a capitalised stem mid-sentence in running text.

    A title-cased heading ("Set Up, Improve and Manage") still asks for the work.
    """
    word = m.group(0)
    before = text[:m.start()].rstrip()
    if not word[:1].isupper() or not before or before[-1] in ".!?:;-–—•*>\n()|," or before[-1].isdigit():
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return sum(w[0].isupper() for w in words) < 0.6 * len(words)


def _makes_content(after: str) -> bool:
    return bool(CONTENT_OBJECT.match(after))


# "send photos on WhatsApp", "message me via LinkedIn": the platform is how people talk, not work asked for.
TALK_VERBS = {"send", "sends", "sending", "text", "texting", "message", "messaging", "call", "calling", "chat", "chatting",
              "reach", "ping", "forward", "contact", "dm"}
TALK_WORDS = {"talk", "talks", "talking", "contact", "reach", "call", "text", "message", "ask", "questions", "approvals"}
MEANS_OF_TALKING = {"phone", "email", "e-mail", "text", "sms", "call", "telephone", "mobile", "signal", "imessage", "zoom",
                    "slack", "teams"}
POSTING_WORDS = {"post", "posts", "posting", "publish", "broadcast", "broadcasts", "channel", "status", "community"}
# "... is all over TikTok, but that's not really us": a closing clause that turns the platform down.
REJECTED = patterns.compile(r"\b(?:but|though|although)\s+(?:that's|that\s+is|it's|it\s+is|we\s+are|we're|we)\s+(?:not|n't|never)\s+"
                      r"(?:really\s+)?(?:us|for\s+us|going\s+(?:there|to)|interested|our\s+thing|a\s+fit|doing\s+that|planning)", re.I)


# "Owain or I will always be around the café ... and on WhatsApp": the owner reachable there
AVAILABLE = patterns.compile(r"\b(?:I|we|us|me)\b[^.]{0,12}?\b(?:will|'ll|am|'m|are|'re)\s+(?:always\s+|usually\s+|also\s+)?(?:be\s+)?"
                       r"(?:around|available|reachable|here|in\s+the\s+(?:shop|office|café|cafe|studio|salon|yard|kitchen|store|bakery))\b",
                       re.I)


def _channel_for_talking(span: Span, s: int, e: int) -> bool:
    if e < len(span) and span[e].lower_ in ("me", "us", "him", "her", "them"):
        return True  # "WhatsApp me for approvals": the platform as a verb of talking
    if span[s].lower_ == "whatsapp" and s > 0 and span[s - 1].text in ("will", "'ll", "can", "could", "would", "might", "may",
                                                                       "shall", "should"):
        return True  # "Bea will WhatsApp photos most weeks": the platform as a verb after a modal
    if span[s].lower_ == "whatsapp" and re.match(r"\s+is\s+(?:the\s+)?(?:quickest|easiest|best|fastest|simplest)\s*(?:[.,;!]|$|for\s+(?:me|us|questions|quick))",
                                                 block_text(span)[span[e - 1].idx + len(span[e - 1].text):]):
        return True  # "Ring Ange or Tom whenever, WhatsApp is quickest"
    if span[s].lower_ == "whatsapp" and e < len(span) and span[e].lower_ in ("group", "groups", "chat", "chats", "thread", "number"):
        return True  # "our WhatsApp group for quick questions": how the team talks
    words = {t.lower_ for t in span}
    near = {t.lower_ for t in span[max(0, s - 3):e + 3]}
    if span[s].lower_ == "whatsapp" and near & MEANS_OF_TALKING and not near & POSTING_WORDS:
        return True  # "Phone, WhatsApp, or just come in": one way among others to reach someone
    if span[s].lower_ == "whatsapp" and s >= 2 and span[s - 1].lower_ == "on" and (
            span[s - 2].lower_ in ("'m", "am", "'re", "are", "is")
            or s >= 4 and span[s - 2].lower_ in ("both", "all", "always", "usually", "mostly") and span[s - 3].lower_ in ("'re", "are", "'m", "am")
            and span[s - 4].lower_ in ("we", "i")  # "We're both on WhatsApp pretty much all day" (not "Our customers are all on")
            or AVAILABLE.search(span[:s - 1].text) and not words & POSTING_WORDS):
        return True  # "I'm on WhatsApp all day", "I will always be around the café and on WhatsApp": how to reach the owner
    if span[s].lower_ == "whatsapp" and words & TALK_WORDS and words & {"us", "me", "them", "him", "her", "owner", "owners"} and not words & POSTING_WORDS:
        return True  # "The freelancer talks to us directly, any time - WhatsApp is quickest"
    if span[s].lower_ == "whatsapp" and re.search(r"\badd\s+you\s+to\b|\bnumbers?\s+(?:is|are)\s+(?:all\s+)?in\b", span.text, re.I) \
            and not words & (POSTING_WORDS | {"answer", "reply", "customer", "customers", "business", "admin"}):
        return True  # "Everyone's number is in the family WhatsApp, which I'll add you to"
    before = [t.lower_ for t in span[max(0, s - 5):s]]
    if before and before[-1] in ("via", "over", "through", "by"):
        return True
    return bool(before) and before[-1] == "on" and bool(set(before[:-1]) & TALK_VERBS)


def extract(sents: list[Sent]) -> tuple[Platform, ...]:
    """Platforms in scope in order of first mention, with tasks and evidence."""
    seen: dict[str, tuple[set[str], list[Evidence]]] = {}
    added: list[str] = []  # platforms the previous sentence brought in
    idle: list[tuple[str, Sent]] = []  # platforms the previous sentence called idle
    asked = False  # the previous sentence counted something ("three posts a week, reels some day. Not this year.")
    for sent in sents:
        if not sent.within(WORK):
            idle = []
            continue
        if LEAVE_THOSE.match(sent.text) or NOT_THAT_ONE.match(sent.text) and not asked:
            for pid in added:
                seen.pop(pid, None)  # "Two of them also have Instagram accounts. We're not touching those."
        if idle and _asks_revival(sent.text):
            for pid, was in idle:  # "... has not been touched since. We would like it kept alive."
                _, ev = seen.setdefault(pid, (set(), []))
                seen[pid][0].add("manage")
                ev.extend(e for e in (was.evidence(), sent.evidence()) if e not in ev)
        ms = mentions(sent.span)
        added, idle = [], []
        asked = bool(quantities(sent.span))
        if not ms:
            continue
        # a list item or paragraph is one unit of scope: its verbs apply to the platforms it names
        doc = sent.span.doc
        if "tasks" not in doc.user_data:  # once a block: a block cut into many sentences would read it again for each
            doc.user_data["tasks"] = tasks(doc[:])
        verbs = doc.user_data["tasks"] if not sent.lead else tuple(sorted(set(doc.user_data["tasks"]) | set(_lead_tasks(sent))))
        inside = {i for _, s, e in ms for i in range(s, e)}  # "formerly" in "X (formerly Twitter)"
        rejected = REJECTED.search(sent.text)
        # "X has a brilliant YouTube; we are not doing YouTube": the sentence's last word on a platform decides
        refused = {pid: s for pid, s, e in ms if negation_cue(sent.span, s, e, skip=inside, window=12) in ("not", "n't", "no", "never")
                   and (e == len(sent.span) or sent.span[e].is_punct or sent.span[e].lower_ in REFUSAL_ENDS)}
        for pid, s, e in ms:
            if s < refused.get(pid, -1):
                continue
            if sent.span[e - 1].lower_ in ("update", "updates", "post", "posts") and not _counted_or_posted(sent.span, s):
                continue  # "the latest Google updates affecting our rankings": news, not a profile to post to
            wanted = NOT_YET.search(block_text(sent.span)[sent.span[e - 1].idx:sent.span.end_char])
            cue = negation_cue(sent.span, s, e, skip=inside, window=12)
            revived = bool(cue) and bool(IDLE.search(cue)) and _asks_revival(sent.text)  # "is dormant and needs new life"
            if (cue and not wanted and not revived) or _channel_for_talking(sent.span, s, e):
                continue
            if (why := excluded_after(sent.span, s, e)) and not (IDLE.search(why) and _asks_revival(sent.text)):
                if IDLE.search(why):
                    idle.append((pid, sent))
                continue
            if _row_excludes(sent, s) or _item_excludes(sent, s):
                continue
            if rejected and sent.span[s].idx - sent.span.start_char < rejected.start():
                continue
            if pid not in seen:
                added.append(pid)
            task_set, ev = seen.setdefault(pid, (set(), []))
            task_set.update(verbs + (("setup",) if wanted else ()))
            # a bare list item ("LinkedIn") is quoted with the sentence that introduces it
            for e in ((sent.lead_evidence,) if sent.lead_evidence else ()) + (sent.evidence(),):
                if e not in ev:
                    ev.append(e)
    if any(COLLECTIVE_MANAGE.search(s.text) for s in sents if s.within(WORK)):
        for task_set, _ in seen.values():
            task_set.add("manage")  # "shall then manage all four channels"
    if any(_asks_setup(s.text) for s in sents if s.within(WORK)):
        for task_set, _ in seen.values():
            task_set.add("setup")  # "we want every school's profile overhauled"
    return tuple(
        Platform(pid, NAMES[pid], tuple(t for t in ("setup", "manage") if t in task_set), tuple(ev))
        for pid, (task_set, ev) in seen.items()
    )


# What may follow a platform that a sentence refuses outright ("we are not doing YouTube."), where "no Instagram post",
# "never let Instagram comments ..." refuse something else
REFUSAL_ENDS = {"at", "for", "this", "yet", "either", "anymore", "now", "right", "though", "until", "again", "ever"}


OURSELVES = patterns.compile(r"\b(?:ourselves|myself|themselves|himself|herself)\b", re.I)


def posted_to(found: tuple[Platform, ...], items) -> tuple[Platform, ...]:
    """A platform that gets recurring posts is managed, whatever verbs named it ("1. Setup: create an Instagram account
    ... 2. Ongoing: three posts a week on each")."""
    posted = {pid for d in items for pid in d.platforms
              if not any(OURSELVES.search(e.quote) for e in d.evidence)}  # (not "we post three times a week ourselves")
    return tuple(Platform(p.id, p.name, tuple(t for t in ("setup", "manage") if t in p.tasks or t == "manage"), p.evidence)
                 if p.id in posted and "manage" not in p.tasks else p for p in found)


# Management of the platforms named elsewhere, by a collective noun: "manage all four channels", "run both pages".
COLLECTIVE_MANAGE = patterns.compile(
    r"\b(?:manag|run|look\w*\s+after|maintain|operat|oversee|moderat|keep\w*\s+(?:up|running))\w*\s+"
    r"(?:all|both|each\s+of|the|these|those|our|its|their|your)\s+(?:\w+\s+){0,2}?"
    r"(?:channels|platforms|accounts|pages|profiles|networks|of\s+them)\b", re.I)


# Why a platform was left out that a next sentence can undo: it is only idle.
IDLE = patterns.compile(r"\b(?:dormant|inactive|paused|touched|used|updated|active)\b", re.I)
# "We would like it kept alive", "Please bring it back to life": the idle platform is wanted again.
REVIVE = patterns.compile(r"\b(?:needs?|wants?|deserves?)\s+(?:some\s+)?(?:new|fresh)\s+life\b|\bneeds?\s+reviving\b"
                    r"|\b(?:it|them|that|this|those)\s+(?:\w+\s+){0,2}?(?:kept\s+alive|revived|brought\s+back|restarted|"
                    r"reactivated|woken\s+up|back\s+to\s+life|going\s+again|active\s+again)\b"
                    r"|\b(?:revive|restart|reactivate|wake\s+up|bring\s+back|breathe\s+(?:new\s+)?life\s+into)\s+(?:it|them|that)\b",
                    re.I)


# Set-up of the profiles named elsewhere, by a collective noun: "every school's profile overhauled", "audit all accounts".
OVERHAULED = r"(?:overhauled|refreshed|rebuilt|optimi[sz]ed|cleaned\s+up|revamped|audited|redesigned|rebranded|set\s+up)"
COLLECTIVE_SETUP = patterns.compile(
    rf"\b(?:every|each|all|both)\s+(?:of\s+(?:the|our)\s+)?(?:[\w-]+['’]s\s+|[\w-]+\s+)?(?:profiles?|accounts?|pages?|channels?)\s+"
    rf"(?:\w+\s+){{0,2}}?{OVERHAULED}\b"
    r"|\b(?:overhaul|refresh|rebuild|optimi[sz]e|clean\s+up|revamp|audit|redesign|rebrand)\w*\s+(?:all|both|every|each)\s+(?:of\s+)?"
    r"(?:the\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:profiles?|accounts?|pages?|channels?)\b"
    # "create the missing page and overhaul the rest"
    r"|\b(?:creat|overhaul|refresh|rebuild|optimi[sz]|revamp)\w*\s+the\s+(?:missing|new|remaining)\s+(?:pages?|profiles?|accounts?)\b"
    r"|\b(?:overhaul|refresh|rebuild|optimi[sz]e|clean\s+up|revamp|audit)\w*\s+the\s+(?:rest|others)\b", re.I)


def _asks_setup(text: str) -> bool:
    """'every school's profile overhauled' asked for; not 'were set up in 2021' or 'audit all channels monthly'."""
    m = COLLECTIVE_SETUP.search(text)
    return m is not None and not PAST_OR_ROUTINE.search(text[:m.start()]) and not ROUTINE_AFTER.match(text[m.end():])


PAST_OR_ROUTINE = patterns.compile(r"\b(?:were|was|been|already|previously|last\s+year)\b", re.I)
ROUTINE_AFTER = patterns.compile(r"^\s*(?:\w+\s+)?(?:daily|weekly|monthly|quarterly|annually|every|each|once\s+a|twice\s+a|were|was|in\s+\d{4})\b",
                           re.I)


# "we don't have one on Instagram yet, so please set one up": the missing account is the work
NOT_YET = patterns.compile(r"^[^.]*?\byet\b[^.]*?(?<!n't\s)(?<!\bnot\s)\b(?:set\s+(?:one|it)\s+up|(?:create|open|start|build|make)\s+(?:that\s+|this\s+)?one\b|"
                     r"(?:create|open|build|make)\s+it\s+(?:from\s+scratch|for\s+us)\b)", re.I)


def _counted_or_posted(span: Span, s: int) -> bool:
    """'one Google update a week', 'post Google updates': the alias names posts on the profile."""
    before = [t for t in span[max(0, s - 3):s]]
    after = span[s:s + 8].text.lower()
    return (any(t.like_num or t.lower_ in ("a", "an", "one", "weekly", "monthly", "fresh", "new") or MANAGE.match(t.text) for t in before)
            or opens_with(span, s) or re.search(r"\b(?:every|each|per|a)\s+(?:week|month|day)\b|\b(?:weekly|monthly)\b", after) is not None)


def _asks_revival(text: str) -> bool:
    m = REVIVE.search(text)
    return m is not None and WANTED.search(text) is not None and not re.search(r"\b(?:no|not|never)\b|n't\b", text[:m.start()], re.I)


WANTED = patterns.compile(r"\b(?:would\s+like|'d\s+like|want|wants|need|needs|please|should|hope|hoping|keen)\b", re.I)


# A sentence that turns down what the one before it named.
LEAVE_THOSE = patterns.compile(r"^\W*(?:(?:we're|we\s+are|you're|you\s+are|we'll\s+be|we\s+will\s+be)\s+not\s+(?:touching|managing|running|using)|"
                         r"(?:please\s+)?(?:leave|ignore|skip)|(?:don't|do\s+not)\s+touch)\s+(?:those|these|them|it|that)\b|"
                         r"^\W*(?:those|these|they)\s+(?:are|stay|remain)\s+(?:out|excluded|off[- ]limits|not\s+(?:part|ours|yours|included))|"
                         r"^\W*(?:none|neither)\s+of\s+(?:these|those|them)\s+(?:is|are)\s+(?:part|included|in\s+scope)|"
                         # "There's a YouTube channel from 2019. Dormant, and it stays dormant."
                         r"^\W*(?:dormant|dead|inactive|unused|abandoned)\s*(?:[.,;!]|$|since\b|and\b(?!\s+(?:needs?|wants?|deserves?|could)\b))|"
                         r"^\W*(?:absolutely|definitely|certainly)?\s*(?:not|no|nope|never)\s*[.!]?\s*$|"
                         # "I'm archiving it, so don't worry about it.", "We tried it last summer and decided it's not us."
                         r"^\W*(?:I'm|I\s+am|we're|we\s+are)\s+(?:archiving|closing|deleting|retiring|shutting)\s+(?:it|them|that)\b|"
                         r"^\W*we\s+tried\s+(?:it|them)\b[^.]*\b(?:not\s+(?:us|for\s+us)|didn't\s+work|gave\s+up|stopped)|"
                         # "We gave it a go in 2023 and it wasn't for us" (not "gave it a go with an agency")
                         r"^\W*we\s+gave\s+(?:it|them)\s+a\s+(?:go|try|shot)(?:\s+(?:last\s+\w+|in\s+\d{4}|a\s+while\s+(?:back|ago)|"
                         r"(?:\w+\s+)?years?\s+ago|once))?\s*(?:,\s*|\s+and\s+|\s+but\s+)(?:it|they)\s+(?:(?:wasn't|weren't|was\s+not|"
                         r"were\s+not)\s+(?:for\s+us|worth\s+it)|(?:didn't|did\s+not)\s+work(?:\s+(?:out|for\s+us))?\s*[.,;]?\s*$)|"
                         r"^\W*(?:it|they|that)\s+(?:stays?|remains?|is|are)\s+(?:dormant|dead|inactive|unused)\s*(?:[.,;!]|$|since\b|"
                         r"and\b(?!\s+(?:needs?|wants?|deserves?|could)\b))", re.I)


# "TikTok: my niece keeps suggesting it. Not this year.", "... is their apprentice's baby. Not ours."
NOT_THAT_ONE = patterns.compile(r"^\W*(?:not|no)\s+(?:ours|yours|mine|now|yet|this\s+year|for\s+us)\s*[.!]?\s*$", re.I)


# A later cell of a table row that puts the row's platform out: "| TikTok | - | Run by the Academy; out of scope |".
CELL_EXCLUDED = patterns.compile(
    r"(?:^|[;:,.]\s*)(?:out\s+of\s+scope|not\s+in\s+scope|excluded|not\s+included|not\s+required|n/?a|none|dormant|"
    r"inactive|retired|closed|not\s+(?:ours|yours|part\s+of\s+\w+(?:\s+\w+)?)|"
    r"(?:run|managed|handled|kept|owned|operated|maintained)\s+(?:\w+\s+)?by\s+(?!the\s+(?:contractor|vendor|agency|consultant|supplier|provider)\b|you\b))\b",
    re.I)


INCLUSION_HEADER = patterns.compile(r"\b(?:includ\w*|in\s+scope|scope|covered|yours|part\s+of|managed\s+by\s+(?:you|the\s+\w+)|"
                              r"contractor|vendor|agency|supplier)\b", re.I)


def _row_excludes(sent: Sent, s: int) -> bool:
    """A platform named in a row's first cell, with a later cell that leaves it out."""
    if sent.kind != "table_row" or "|" not in sent.text:
        return False
    cells = sent.text.split("|")
    if sent.span[:s].text.count("|") != 0 or len(cells) < 2:
        return False
    if any(CELL_EXCLUDED.search(c.strip()) for c in cells[1:]):
        return True
    # "| LinkedIn | ... | No: the Chief Executive uses it |" under "Included" (not "No" under "Paid ads?")
    heads = sent.header.split("|") if sent.header else []
    return any(re.match(r"^\s*no\b", c, re.I) and k < len(heads) and INCLUSION_HEADER.search(heads[k])
               for k, c in enumerate(cells) if k)


# A sentence of its own, later in a list item, that leaves the item's platform out:
# "- Facebook: leave the page up. Not in the freelancer's brief."
ITEM_EXCLUDED = patterns.compile(r"(?:^|[.;,]\s+)(?:not\s+(?:in\s+(?:scope|the\s+brief|this\s+\w+|your\s+\w+|the\s+\w+['’]s\s+\w+)|part\s+of|"
                           r"needed|required|ours|yours|for\s+you)|out\s+of\s+scope|excluded|that's\s+(?:me|mine|us|ours)|"
                           r"ignore\s+it|leave\s+it(?:\s+alone)?)\b[^.]*\.?\s*$", re.I)


def _item_excludes(sent: Sent, s: int) -> bool:
    """A list item labelled with a platform ('Facebook: ...') that ends by putting it out."""
    if sent.kind != "list_item" or sent.span.start != 0 or not opens_with(sent.span, s):
        return False
    rest = block_text(sent.span)[sent.span.end_char:].strip()
    return bool(rest) and bool(ITEM_EXCLUDED.search(rest))


def _lead_tasks(sent: Sent) -> tuple[str, ...]:
    from ..nlp import pipeline

    return tasks(pipeline().make_doc(sent.lead)[:])
