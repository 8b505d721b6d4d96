"""Scope signals: open-ended scope, prescribed automation, and engagement.

Each is a pattern family; a negated automation ("no auto-DMs", "we do not
want bots") is not a prescription, and a negated engagement ("you will not
reply to comments") is not a request to engage.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import patterns
from ..model import Automation, Engagement, Phrase, SetupBudget
from ..nlp import BIDDERS, SOLICITATION, WORK
from .context import VENDOR_NOUNS

if TYPE_CHECKING:
    from ..nlp import Sent

OPEN_ENDED = patterns.compile(
    r"\b(?:includ(?:e|es|ing)|cover(?:s|ing)?|compris\w+)?,?\s*(?:but\s+)?(?:is\s+|are\s+|be\s+|being\s+)?not\s+(?:be\s+|being\s+)?limited\s+to\b"
    r"|\bwithout\s+(?:being\s+)?limit(?:ed|ation)(?:\s+to)?\b"
    r"|\bany\s+and\s+all\b(?!\s+(?:claims?|loss|losses|damages?|liabilit\w+|costs?|expenses?|suits?|actions?|proposals?|bids?|rights?|responses?|demands?|judgments?|fees?|penalt\w+|obligations?|taxes))"
    r"|\b(?:and\s+)?(?:such\s+)?other\s+(?:[\w-]+\s+){0,3}?(?:duties|tasks|responsibilities|work)\s+(?:as\s+)?(?:[\w\s]{0,40}?\b)?"
    r"(?:assign(?:ed|s)?|required|requested|needed|directed)\b"
    # "such other social media and promotional tasks as the Head of Retail may ask of you from time to time",
    # "such other duties, commensurate with the grade of the post, as the Clerk may require"
    r"|\bsuch\s+other\s+(?:[\w-]+\s+){0,5}?(?:duties|tasks|responsibilities|work)(?:\s*,[^,.;]{1,60},)?\s+as\s+"
    r"(?![^.;]*\b(?:change\s+(?:order|request|note)|variation|signed|in\s+writing)\b)[^.;]{0,60}?\b(?:ask|asks|request|requests|"
    r"require|requires|set|sets|direct|directs)\b"
    r"|\bas\s+(?:and\s+when\s+)?(?:needed|required|necessary|requested|directed)\b"
    r"(?!\s+(?:by|under)\s+(?:\w+\s+){0,3}?(?:law|laws|legislation|statute|regulations?|act|code|standards?)\b)|\bwhen(?:ever)?\s+(?:requested|directed)\b"
    r"|\bwhatever\s+(?:else|other|further|additional)\b"
    r"|(?<!\bnot\s)\banything\s+else\b(?!\s+(?:is|will\s+be)\s+(?:quoted|priced|billed|charged|a\s+change))"
    r"|\bany\s+(?:other|further|additional)\s+(?:\w+\s+){0,3}?(?:you|the\s+\w+)\s+(?:judge|deem|think|consider|feel|find)s?\b"
    r"|\b(?:and\s+so\s+on|and\s+the\s+like|etc\.?|among\s+others)(?=\W|$)"
    r"|\bunlimited\s+(?:revisions?|changes|requests|platforms|posts|content)\b"
    r"|\bevery\s+(?:structure|tool|platform|channel)\s+(?:\w+\s+){0,4}?(?:needed|necessary|required)\b"
    r"|\ball\s+(?:current\s+and\s+future|social\s+media\s+platforms|emerging\s+platforms|new\s+platforms)\b"
    r"|\bfull\s+responsibility\s+for\s+all\b",
    re.I,
)
# "not limited to" inside a sentence that bounds it ("limited to the items below") is still open-ended;
# these neutralise it: an explicit exhaustive list.
BOUNDED = patterns.compile(r"\b(?:this list is exhaustive|exhaustive list|nothing (?:else|more) is (?:required|expected)|only the (?:items|deliverables) (?:listed|below|above))\b", re.I)

AUTOMATION: tuple[tuple[str, patterns.Pattern], ...] = (
    ("auto-dm", patterns.compile(r"\b(?:automatic|automated)\s+(?:\w+\s+)?messages?\b[^.]{0,60}?\b(?:new\s+)?(?:follows?\b(?!\s+up)|followers?)\b|\bautomatically\s+(?:receives?|gets?|sent|sends?)\s+(?:an?\s+)?(?:welcome\s+)?(?:direct\s+message|dm|welcome)|\b(?:dms?|direct\s+messages?)\s+on\s+autopilot\b|\b(?:auto(?:matic(?:ally)?|mated)?[- ]?(?:dms?|direct\s+messages?|welcome\s+(?:dms?|messages?)|thank[- ]you\s+messages?|messages?\s+to\s+(?:new\s+)?followers))\b|\b(?:automatic|automated)\s+(?:\w+\s+){0,2}?(?:dm|dms|direct messages?|welcome)\b|\bwelcome\s+dms?\s+(?:sent\s+)?automatically\b"
                        # "every new follower automatically gets a message with a 10% code"
                        r"|\bfollowers?\b[^.]{0,20}?\bautomatically\s+(?:gets?|receives?|is\s+sent|are\s+sent)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:message|dm)"
                        # "anyone who follows them gets an automatic message straight away"
                        r"|\bfollows?\s+(?:us|you|them|him|her|(?:the|our|their)\s+(?:page|account|profile|instagram|feed))\b[^.]{0,20}?"
                        r"\b(?:gets?|receives?|is\s+sent)\s+(?:an?\s+)?(?:automatic|automated|auto)\w*\s+(?:\w+\s+)?(?:message|dm|reply)", re.I)),
    ("identical-posting", patterns.compile(r"\b(?:simultaneously|word\s+for\s+word)\b[^.]{0,40}?\b(?:on|to|across)\s+(?:all|both|every|each)\b|"
                                     # "... all at once, word for word identical"; "the exact same post fires out onto ... in the same second"
                                     r"\ball\s+at\s+once\b[^.;]{0,20}?\b(?:word\s+for\s+word\s+)?identical\b|"
                                     r"\b(?:exact\s+)?same\s+(?:post|photo|caption|copy|text)\b[^.]{0,60}?\b(?:onto|on|to|across)\b[^.]{0,60}?"
                                     r"\b(?:in|at)\s+the\s+(?:same|very\s+same)\s+(?:second|instant|moment)\b|"
                                     r"\bsame\s+(?:photo|picture|image|caption|copy|text|words|post)s?\b[^.]{0,80}?\b(?:all|both)\s+(?:\w+\s+)?"
                                     r"(?:going|go|goes|sent|posted|published)\s+(?:out\s+)?(?:together|simultaneously|at\s+once)\b|"
                                     r"(?=same\b)(?=[^.]{0,400}\b(?:instagram|facebook|linkedin|twitter|tiktok|pinterest)\b|[^.]{0,400}\b(?:to|on|across)\s+(?:both|all|every|each)\b)"
                                     r"\bsame\s+(?:photo|picture|image|caption|copy|text|words|post)s?\b[^.]{0,80}?\bat\s+the\s+(?:exact\s+)?same\s+"
                                     r"(?:time|moment|minute)\b|\bat\s+the\s+(?:exact\s+)?same\s+(?:time|moment|minute)\b[^.]{0,40}?\bsame\s+"
                                     r"(?:photo|picture|image|caption|copy|text|words)\b|\b(?:to|on|across)\s+(?:all|every|each|both)\b(?:(?!,\s*and\b)[^.;]){0,60}?\bautomatically,?\s+"
                                     r"(?:all\s+at\s+once|simultaneously|at\s+the\s+same\s+(?:time|moment))"
                                     r"|\b(?:publish|post|push|share)\w*\s+(?:\w+\s+){0,3}?from\s+(?:the|our|a|an)\s+(?:[\w-]+\s+)?"
                                     r"(?:feed|mls|rss|catalogue|catalog|website|shop|store|blog|listings?)\b(?:(?!,\s*and\b)[^.;]){0,80}?\bautomatically\b|"
                                     r"\b(?:publish|post|share|push|send|distribut|go|goes|going|sent)\w*\s+(?:out\s+)?(?:\w+\s+)?identical(?:ly)?\b|\bidentical(?:ly)?\s+(?:\w+\s+){0,3}?(?:to|on|across)\s+(?:all|every|each)\b|\b(?:same|identical|single)\s+(?:post|posts|content|message|update|copy|text|caption)s?\s+(?:\w+\s+){0,4}?(?:to|on|across|for)\s+(?:all|every|each)\s+(?:\w+\s+){0,2}?(?:platforms?|networks?|channels?|accounts?|profiles?|sites?)\b|\bone\s+(?:post|message|update|caption)\s+(?:\w+\s+){0,3}?(?:to|across)\s+all\s+(?:\w+\s+){0,2}?(?:platforms?|networks?|channels?|accounts?|profiles?)\b|\bauto[- ]?(?:post|posting|publish|publishing|share|sharing)\b|\bcross[- ]?post(?:ing)?\s+(?:everything|all|every)\b|\b(?:simultaneously|at\s+once|at\s+the\s+same\s+(?:time|moment|minute))\s+(?:to|on|across)\s+(?:all|every)\b|\b(?:go|goes|going|gone|sent|sends?|posted|published|pushed|out)\s+(?:out\s+)?(?:to|on|across)\s+(?:all|every|both)\s+(?:(?:\d|two|three|four|five|six)\s+)?(?:(?:of\s+)?(?:our|the|my)\s+)?(?:platforms?\s+|channels?\s+|accounts?\s+|pages?\s+|networks?\s+|profiles?\s+|feeds?\s+)?(?:at\s+once|simultaneously|at\s+the\s+same\s+(?:time|moment|minute))\b(?![^.]*\b(?:but\s+each|written\s+separately|its\s+own|their\s+own|tailored|adapted|different)\b)|\b(?:post|publish|push|blast|send)\w*\s+(?:\w+\s+){0,3}?(?:to|on|across)\s+all\s+(?:\w+\s+){0,2}?(?:platforms|networks|channels)\s+(?:at\s+once|simultaneously|at\s+the\s+same\s+time)\b", re.I)),
    ("bot", patterns.compile(r"\b(?:chat)?bots?\b(?!\s+(?:detection|protection|traffic|followers?\s+removal))|\bautomated\s+(?:replies|responses|answers|comments|engagement)\b|\bauto[- ]?(?:reply|replies|respond|responder|responses|comment|comments|like|likes)\b", re.I)),
    ("auto-follow", patterns.compile(r"\bauto[- ]?(?:follow|unfollow)\w*\b|\bfollow[- /]unfollow\b|\b(?:buy|purchase|purchased|bought)\s+(?:\w+\s+)?followers\b", re.I)),
)
NEGATED = patterns.compile(r"\b(?:no|not|never|avoid|without|don't|doesn't|does not|didn't|isn't|aren't|do not|must not|will not|won't|nor|nobody|no one|none|prohibit\w*|forbid\w*|ban(?:s|ned|ning)?)\b(?:\s+\S+){0,8}\s*$", re.I)

LISTENING = patterns.compile(r"\b(?:comments?|messages?|mentions?|tags?|reviews?)\b[^.]{0,60}?\b(?:read|monitored|watched|checked|reviewed)\b|\b(?:read\w*\s+(?:\w+\s+){0,2}?(?:comments?|messages?|mentions?|tags?|reviews?)|monitor\w*\s+(?:(?:all|the|our|both|each|every|any|your|their)\s+)?(?:[\w-]+\s+){0,3}?(?:comments|mentions|messages|dms|accounts?|channels?|pages?|feeds?|social|conversations?|inbox(?:es)?|reviews|tags|platforms?|profiles?|activity|engagement|replies)|(?:social|community|comment|inbox|channel|brand|media)\s+monitoring|monitoring\s+(?:of\s+)?(?:the\s+)?(?:comments|mentions|messages|channels|accounts|pages|social)|listen\w*|track\w*\s+(?:\w+\s+)?(?:mentions|conversations|sentiment|hashtags|keywords)|sentiment|keep\w*\s+an\s+eye|keep\w*\s+(?:a\s+)?(?:close\s+)?watch\s+(?:on|over)|keep\w*\s+on\s+top\s+of|stay\w*\s+on\s+top\s+of|(?:work|go|get|wade)\w*\s+through\s+(?:\w+['’]?s?\s+){0,3}?(?:comments|messages|dms|inbox(?:es)?|mentions)|(?:look\w*|check\w*)\s+(?:at|over|through|on)\s+(?:the\s+|all\s+)?(?:comments|messages|dms|inbox(?:es)?|mentions)|check\w*\s+(?:the\s+|all\s+)?(?:\w+\s+)?(?:comments|messages|dms|inbox(?:es)?|mentions)|keep\w*\s+up\s+with\s+(?:the\s+|all\s+)?(?:comments|messages|dms|inbox(?:es)?|mentions)|watch\w*\s+(?:for\s+)?(?:mentions|comments|conversations)|alerts?\s+(?:for|on)\s+mentions|brand\s+mentions)\b", re.I)
RESPONDING = patterns.compile(r"\b(?:get|gets|getting)\s+back\s+to\s+(?:them|people|customers|everyone|enquir\w+|messages|followers)\b|"
                        # "those want answering, ideally within a day", "messages need answering inside 30 mins"
                        r"\b(?:comments?|messages?|dms?|enquir\w+|those|they|these)\s+(?:(?!we\b|i\b|you\b)\w+\s+)?(?:want|wants|need|needs)\s+"
                        r"(?:answering|replying\s+to|a\s+reply|responding\s+to)\b|"
                        r"(?<!\bin\s)\b(?:replies|responses?|answers)\s*,?\s+to\b,?(?:(?!\b(?:survey|consultation|questionnaire|rfp|rfq|tender|poll)\b)[^.;]){0,60}?\b(?:comments?|messages?|dms?|reviews?|questions?|enquir(?:y|ies)|inquir(?:y|ies)|mentions)\b|"
                        # "Comments: answered daily", "| Comments and messages | Daily | Both | Reply, hide spam |"
                        r"\b(?:comments?|messages?|dms?|enquir(?:y|ies)|inquir(?:y|ies)|reviews?)(?:\s+(?:and|&)\s+(?:comments?|messages?|dms?|reviews?))?"
                        r"(?:\s+on\s+[\w ]{1,20}?)?\s*[:\-–—|]\s*(?:[^|.;]{0,40}\|\s*){0,3}?"
                        r"(?!(?:no|not|never)\b)(?:(?!(?:no|not|never)\b)\w+\s+){0,2}?(?:answer|reply|respond|handle)(?:ed|ing)?\b"
                        r"|\b(?:comments?|messages?|dms?|enquir(?:y|ies)|inquir(?:y|ies)|reviews?|questions?|replies)\b[^.]{0,80}?\b(?:handled|answered|dealt\s+with|responded\s+to|replied\s+to|answer\s+them|reply\s+to\s+them|acknowledged|(?:needs?|gets?|requires?|deserves?)\s+(?:a\s+|an\s+)?(?:reply|response|answer))\b|\b(?:answer|reply\s+to|respond\s+to)\s+(?:those|them|these)\b|\b(?:draft|write)\w*\s+(?:\w+\s+)?(?:replies|responses|answers)\b|\b(?:inbox|comment|dm)\s+(?:care|management|moderation|handling)\b|\bfirst\s+(?:reply|response)\b|\b(?:comment|message|dm|inbox|review|community)\s+(?:replies|responses|answers|moderation)\b|\b(?:gets?|receives?|given)\s+(?:an?\s+)?(?:answer|reply|response)\b|\b(?:answers?|replies|responds?)\s+(?:by|within)\s+(?:the\s+)?(?:end|close|\d|one|two|same)|\b(?:respond\w*|repl(?:y|ies|ying)|answer\w*|handl(?:e|es|ing))\b(?:\s+\w+){0,4}?\s+(?:comments?|messages?|dms?|direct\s+messages|questions?|enquir(?:y|ies)|inquir(?:y|ies)|reviews?|mentions|followers|customers|inbox|queries|complaints|feedback|patrons|residents|parents|guests|visitors|users|members|students|fans|people|community|passengers)\b|\b(?:moderat\w+|customer\s+(?:service|care|support)\s+(?:on|via|through)\s+social|inbox\s+management|manage\s+(?:the\s+)?(?:inbox|comments|messages|dms))\b|\b(?:response|reply)\s+times?\b|\brespond\s+within\b|\b(?:comments?|messages?|dms?|enquir(?:y|ies)|inquir(?:y|ies)|questions?|mentions|inbox|queries|complaints|reviews?)\b[^.]{0,60}?\bwithin\s+\S+\s+(?:business\s+|working\s+)?(?:minutes?|hours?|days?)\b", re.I)
ENGAGING = patterns.compile(r"\b(?:engag\w+\s+(?:with\s+)?(?:the\s+|our\s+|their\s+)?(?:followers|audience|community|fans|users|customers|commenters|people|members)|community\s+(?:management|manager|building|engagement)(?!\s+(?:department|team|office|officer|director|coordinator|programme|program|unit|division|staff))|build\w*\s+(?:\w+\s+)?(?:community|relationships)|two-way|conversations?\s+with\s+(?:followers|customers|the\s+audience|fans)|interact\w*\s+with\s+(?:followers|fans|users|the\s+audience|customers|the\s+community)|join\w*\s+(?:relevant\s+)?conversations)\b", re.I)


SETUP = r"(?:set[- ]?up|onboarding|launch|build[- ]out|account\s+creation|profile\s+creation)"
SETUP_WORD = patterns.compile(r"set[- ]?up|onboarding|launch|build[- ]out|creation", re.I)  # in every SETUP_SEPARATE: a quick first look
SETUP_SEPARATE = patterns.compile(
    rf"\b{SETUP}\b[^.;]{{0,60}}?\b(?:billed|paid|budgeted|quoted|priced|charged|invoiced|funded|covered)\s+(?:separately|apart|on\s+its\s+own|as\s+a\s+separate)"
    rf"|\bseparate\s+(?:one-time\s+)?{SETUP}\s+(?:fee|budget|phase|project|allowance|line)"
    rf"|\bone[- ]time\s+{SETUP}\s+(?:fee|budget|allowance|payment|phase)"
    rf"|\b{SETUP}\s+(?:fee|budget|allowance)\s+of\b"
    rf"|\b{SETUP}\b[^.;]{{0,40}}?\bone[- ]time\s+(?:fee|payment|charge|cost|price)"
    rf"|\bone[- ]time\s+(?:fee|payment|charge)\s+(?:for|of|to\s+cover)\s+(?:the\s+)?{SETUP}",
    re.I,
)


def setup_budget(sents: list[Sent]) -> SetupBudget:
    """Whether the plan pays for set-up apart from the monthly hours."""
    evidence = []
    for sent in sents:
        m = SETUP_SEPARATE.search(sent.text) if SETUP_WORD.search(sent.text) else None
        if m and not _negated(sent.text, m.start()) and not re.search(r"\b(?:not|never)\b|n't\b", m.group(0), re.I):
            evidence.append(sent.evidence())
    return SetupBudget(bool(evidence), tuple(evidence))


def open_ended(sents: list[Sent]) -> tuple[Phrase, ...]:
    """Scope phrases without bounds, each with the sentence it came from."""
    out = []
    for sent in sents:
        if not sent.within(WORK) or BOUNDED.search(sent.text):
            continue
        for m in OPEN_ENDED.finditer(sent.text):
            before = sent.text[:m.start()]
            if re.match(r"\W*(?:and\s+so\s+on|and\s+the\s+like|etc|among\s+others)", m.group(0), re.I) and \
                    before.count("(") > before.count(")") and not CHANNEL_WORDS.search(before[before.rfind("("):]):
                continue  # "(pruning roses, planting hedging and so on)": examples of a topic, not open scope
            out.append(Phrase(" ".join(m.group(0).split()).strip(" ,"), (sent.evidence(),)))
    return tuple(out)


def automation(sents: list[Sent]) -> tuple[Automation, ...]:
    out = []
    for sent in sents:
        if not sent.within(WORK):
            continue
        for kind, pattern in AUTOMATION:
            for m in pattern.finditer(sent.text):
                if _negated(sent.text, m.start()) or _banned_after(sent.text, m) or PAST_TOOL.match(sent.text[m.end():]) \
                        or TRIED_BEFORE.search(sent.text[:m.start()]):
                    continue
                if kind == "identical-posting" and (WRITTEN_APART.search(sent.text) or not POSTISH.search(sent.text)):
                    continue  # "each cafe gets its own caption", "your monthly report is sent to all four at once"
                if STOP_IT.search(sent.text[m.end():]):
                    continue  # "... an automatic message from an old app; please switch that off"
                out.append(Automation(kind, (sent.evidence(),), m.group(0)))
                break
    return tuple(out)


# "(Instagram, Facebook, TikTok, etc.)": an open list of channels is open scope, unlike "(pruning, hedging and so on)"
CHANNEL_WORDS = patterns.compile(r"\b(?:instagram|facebook|tiktok|linkedin|twitter|youtube|pinterest|threads|snapchat|platforms?|channels?|"
                           r"networks?)\b", re.I)
STOP_IT = patterns.compile(r"\b(?:switch|turn)\s+(?:that|it|this|them)\s+off\b|\b(?:like|want|need)\s+you\s+to\s+stop\b|"
                     r"\bstop\s+(?:that|it|this|doing\s+that)\b|\bget\s+rid\s+of\s+(?:that|it|this)\b", re.I)
WRITTEN_APART = patterns.compile(r"\b(?:written\s+separately|its\s+own|their\s+own|different\s+(?:text|captions?|words|copy)|tailored|"
                           r"adapted|but\s+each)\b", re.I)
POSTISH = patterns.compile(r"\b(?:posts?|posting|updates?|photos?|pictures?|images?|captions?|reels?|stories|tweets?|content|instagram|"
                     r"facebook|linkedin|tiktok|pinterest|threads|channels?|platforms?|accounts?|pages?|networks?)\b", re.I)


# "when the sailings bot broke": a tool that was, not one asked for
PAST_TOOL = patterns.compile(r"^\W*(?:\w+\s+){0,2}?(?:broke|died|failed|crashed|was\s+(?:removed|switched\s+off|turned\s+off|retired|"
                       r"scrapped|dropped)|stopped\s+working|went\s+wrong)\b", re.I)


# "I tried one of those auto-reply bots last year": a tool tried, not asked for
TRIED_BEFORE = patterns.compile(r"\b(?:tried|trialled|trialed|experimented\s+with|used\s+to\s+have|had\s+(?:a|an|one))\s+(?:[\w'-]+\s+){0,5}?$", re.I)


# "Auto-replies, chatbots and automated messages shall not be used": a ban said after the thing banned.
NEGATED_AFTER = patterns.compile(r"^[^.;]{0,80}?\b(?:(?:shall|must|will|should|may|can)\s+not|(?:must|should|may)n't|won't|cannot)\s+be\s+"
                           r"(?:used|set\s+up|enabled|switched\s+on|turned\s+on|allowed|permitted|added|installed)"
                           r"|^[^.;]{0,80}?\b(?:are|is)\s+(?:not\s+(?:allowed|permitted|wanted|welcome)|banned|prohibited|forbidden|off\s+the\s+table)", re.I)


def _banned_after(text: str, m: re.Match[str]) -> bool:
    """'Auto-replies, chatbots and automated messages shall not be used': a ban after a list of such things only,
    not 'Keep our chatbot on, and stock photos must not be used'."""
    ban = NEGATED_AFTER.match(text[m.end():])
    if not ban:
        return False
    between = text[m.end():m.end() + ban.end()]
    for _, pattern in AUTOMATION:
        between = pattern.sub(" ", between)
    words = [w for w in re.findall(r"[a-z']+", between.lower()) if w not in LIST_WORDS]
    return len(words) <= 1


LIST_WORDS = {"and", "or", "any", "all", "the", "of", "shall", "must", "will", "should", "may", "can", "not", "be", "used",
              "are", "is", "set", "up", "enabled", "allowed", "permitted", "on", "our", "district", "accounts", "account",
              "messages", "tools", "tool", "automated", "cannot", "won't", "mustn't", "shouldn't"}


def _negated(text: str, at: int) -> bool:
    # the clause before the match, up to a break; a label that refuses what follows it ("What I don't want: bots")
    head = re.split(r"[.;:]|\bbut\b", text[:at])[-1]
    return bool(NEGATED.search(head) or REFUSING_LABEL.search(text[:at]) or HATED.search(head))


# "I hate those 'thanks for your message!' bots" (not "We'd hate anyone to wait, so set up an auto-reply")
HATED = patterns.compile(r"\b(?:hate|dislike|detest|loathe|can't\s+stand)\s+(?:those|these|the|all|any|such\s+)?(?:\S+\s+){0,6}$", re.I)


REFUSING_LABEL = patterns.compile(r"(?:\b(?:don['’]t|do\s+not|doesn['’]t|won['’]t|never)\s+(?:\w+\s+)?(?:want|need|like|allow|use)|\bavoid|"
                            r"\bnot\s+(?:wanted|allowed|welcome)|^\W*no)\s*:\s*(?:(?!(?:and|please|respond|reply|but)\b)\S+\s+){0,12}$", re.I)


def engagement(sents: list[Sent]) -> Engagement:
    """Whether the plan asks for listening, responding or engaging at all."""
    found = {"listening": False, "responding": False, "engaging": False}
    evidence = []
    for sent in sents:
        if not sent.within(WORK):
            continue
        hit = False
        for key, pattern in (("listening", LISTENING), ("responding", RESPONDING), ("engaging", ENGAGING)):
            for m in pattern.finditer(sent.text):
                if key == "responding" and re.match(rf"\s*by\s+(?!you\b|the\s+{VENDOR_NOUNS})(?:the|our|their|its)\s+"
                                                    r"(?!(?:end|close|start|next|following|same|latest)\b)", sent.text[m.end():], re.I):
                    continue  # "All public enquiries are dealt with by the Town Clerk's office"
                if _negated(sent.text, m.start()) or _about_the_issuer(sent.text, m) or \
                        sent.text[:m.start()].rstrip().endswith(("'s", "’s")) and (
                            ROLE.search(m.group(0)) or not EACH_ONES.search(sent.text[:m.start()])):
                    continue  # (each site's community manager, Dr Patel's replies: someone else's; not "each practice's comments")
                found[key] = hit = True
                break
        if hit:
            evidence.append(sent.evidence())
    return Engagement(found["listening"], found["responding"], tuple(evidence), found["engaging"])


ROLE = patterns.compile(r"\b(?:manager|team|officer|coordinator|staff|lead|department)\b", re.I)
EACH_ONES = patterns.compile(r"\b(?:each|every|that|this)\s+[\w-]+['’]s\s*$", re.I)


def _about_the_issuer(text: str, m: re.Match[str]) -> bool:
    """'respond to questions from proposers', 'we will answer questions': submission logistics, not the work."""
    window = text[max(0, m.start() - 30):m.end() + 40]
    return bool(ABOUT_THE_BID.search(window))


ABOUT_THE_BID = patterns.compile(rf"\b(?:{BIDDERS}|{SOLICITATION}|vendor\s+questions?|quotations?|this\s+request|addend\w*|applicants?|"
                           r"applications?|appl(?:y|ies|ied|ying))\b", re.I)
