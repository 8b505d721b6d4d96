"""What a pre-bid checklist asks: approvals, brand assets, account access, guarantees, KPIs, renewal.

Each is a small family of patterns read clause by clause: a negation cue before the match in its own clause
("we cannot share passwords") turns a grant into a refusal or drops the fact; a double negation ("nothing goes
live without my OK") is a requirement, not a refusal. Who speaks matters too: "We will provide logos" gives,
"The contractor will provide all photography" does not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import patterns
from ..model import Approvals, Phrase, Provision, in_order
from ..nlp import BIDDERS, CONTEXT, SOLICITATION, TERMS, WORK
from .context import VENDOR_NOUNS
from .quantity import number

if TYPE_CHECKING:
    from ..nlp import Sent

# A clause ends at a stop, a colon, a cell, a spaced dash or a contrast; a cue further back speaks of something else.
CLAUSE_BREAK = patterns.compile(r"[.;:!?|]|\s[-–—]\s|,\s*(?:and|so|then)\b|\b(?:but|however|although|though|whereas)\b", re.I)
NEGATED = patterns.compile(r"\b(?:no|not|never|none|nor|without|nobody|no\s+one|cannot|\w+n['’]t)\b(?:\s+\S+){0,6}\s*$", re.I)
# "nothing goes live without my OK", "posts are held until approved": a negation that requires, not one that refuses
REQUIRED = patterns.compile(r"(?:\b(?:no|not|never|nothing|none|nobody|cannot|\w+n['’]t)\b[^.;]*?\b(?:without|unless|except)|"
                      r"\b(?:until|till|before|prior\s+to|pending|subject\s+to|once))\b(?:\s+\S+){0,4}\s*$", re.I)
VENDOR = rf"(?:you|yourself|the\s+{VENDOR_NOUNS}|{VENDOR_NOUNS})"
VENDOR_SUBJECT = patterns.compile(rf"\b{VENDOR}\b", re.I)
# The tender's own business ("Proposals should include samples of logos"), not "the successful bidder", who is the vendor
# (the look-ahead for a first letter spares the three look-behinds at every other place in the text)
BID = (rf"\b(?=[bprt])(?<!successful\s)(?<!selected\s)(?<!winning\s){BIDDERS}\b|\b(?:{SOLICITATION}|proposals?|submissions?|bids?|samples?|"
       r"portfolio|portal|addend\w*)\b")
ABOUT_THE_BID = patterns.compile(BID, re.I)
# ... and the contract's administration: approving an award, an invoice, hours or a hire is not approving content
ADMINISTRATION = patterns.compile(rf"{BID}|\b(?:award\w*|contracts?(?!\s+(?:manager|officer|lead))|agreements?|invoices?|time\s*sheets?|expenses?|"
                            r"payments?|purchase\s+orders?|overtime|(?:key\s+)?personnel|subcontract\w*|change\s+orders?|variations?|insurance|"
                            r"budgets?|funding|fees?|(?:additional|extra)\s+hours|hours\s+(?:beyond|above|over|exceeding|in\s+excess)|tools?|"
                            r"software|subscriptions?|purchases?|spend|travel|mileage|costs?|projects?|programmes?|grants?|hires?|hiring|"
                            r"appointments?|recruitment|positions?)\b", re.I)


def _head(text: str, at: int) -> str:
    """The clause up to `at` (at most 250 characters of it: a cue further back is not about this word)."""
    return CLAUSE_BREAK.split(text[max(0, at - 250):at])[-1]


def _clause(text: str, start: int, end: int) -> str:
    return _head(text, start) + text[start:end] + CLAUSE_BREAK.split(text[end:])[0]


def _negated(text: str, at: int) -> bool:
    head = _head(text, at)
    return bool(NEGATED.search(head)) and not REQUIRED.search(head[-400:])  # (a window: every negation scans to the end)


# --- approvals -----------------------------------------------------------------

APPROVE = patterns.compile(r"\b(?:(?:pre-?)?approv(?:e|es|ed|ing|als?|ers?)|sign(?:s|ed|ing)?[- ]?off|green[- ]?light\w*|go-ahead|(?:my|our|their|his|her)"
                     r"\s+(?:ok|okay)(?!\w)|(?-i:OKs?)(?=\s+(?:\w+\s+){0,2}?(?:posts?|drafts?|content|captions?|copy|everything|anything)))", re.I)
NOUN = patterns.compile(r"approv(?:als?|ers?)|sign-offs?|go-ahead|green[- ]light", re.I)  # "Approvals come back within 24 hrs": the step itself
# An adjective, not a step: "our approved wording", "patient-approved photos", "a library of pre-approved templates"
ATTRIBUTIVE = patterns.compile(r"(?:\b(?:a|an|the|our|their|its|your|any|each|every|using|from|with|follow|follows)\s+|-)$", re.I)
# What is approved is content or publishing; or the client approves ("We will approve or comment"); or the process is named
CONTENT = patterns.compile(r"\b(?:posts?|drafts?|content|captions?|copy|calendars?|creative|graphics?|designs?|artwork|visuals?|images?|videos?|reels?|"
                     r"story|stories|scripts?|campaigns?|schedules?|plans?|tweets?|newsletters?|articles?|issues?|anything|everything|"
                     r"go(?:es)?\s+(?:out|live|up)|publish\w*|publication|post(?:ed|ing))\b", re.I)
APPROVER = patterns.compile(r"\b(?:we|i|the\s+client)(?:['’]ll|\s+(?:will|can|shall|must|would|usually|normally|then))*\s*$", re.I)
PROCESS = patterns.compile(r"\bapprovals?\s+(?:turnaround|process|workflow|cycle|loop|rounds?|times?)\b", re.I)
# The client reviewing content is the same step: "We'll review your monthly plan and give feedback within 3 days"
REVIEW = patterns.compile(r"\b(?:we|i|the\s+client)(?:['’]ll|\s+will|\s+can|\s+shall|\s+usually|\s+normally|\s+then)*\s+(?:review|check|look\s+over|"
                    r"comment\s+on)\s+(?:[\w'’-]+\s+){0,3}?(?:posts?|drafts?|content|captions?|plans?|calendars?|copy|schedules?)\b", re.I)
# Approving an amount ("approved up to 15 hours per month", "signed off £2,750 a month") or people ("approving new members")
NOT_CONTENT_OBJECT = patterns.compile(r"^\s+(?:(?:up\s+to|a\s+maximum\s+of|an?\s+(?:extra|additional))\s+)?(?:[$£€]|\d|(?:one|two|three|four|five|six|"
                                r"ten|twenty|thirty|forty|fifty|hundred)\b)|^\s+(?:(?:the|new|any)\s+)?(?:members|membership|join|requests|"
                                r"applications|applicants|volunteers|leave|holidays?)\b", re.I)
UNIT = r"(?:minutes?|mins?|hours?|hrs?|h|(?:business|working|work|calendar)\s+days?|days?|weeks?)"
NUMBER = (r"(?:\d+(?:\.\d+)?|an?|the(?=\s+hour)|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty[- ]four|"
          r"forty[- ]eight|seventy[- ]two)")
# a window, not a lead time ("drafts are due 48 hours before publication") nor a deadline ("by Thursday")
DURATION = rf"(?P<n>{NUMBER})(?:\s*\(\d+\))?[\s-]*(?P<u>{UNIT})\b(?!\s+(?:before|prior|in\s+advance|ahead|notice|after\s+publi))"
# "within two working days", "allow a week for sign-off", "Turnaround: 48 hours", "| Approvals | Comms Manager, 2 working days |",
# "a 48-hour approval turnaround", "the client has 72 hours to respond", "the same day"
TURNAROUND = (
    patterns.compile(rf"(?:\b(?:within|inside|in|under|no\s+later\s+than|takes?|allow(?:\s+(?:up\s+to|at\s+least))?|turnaround(?:\s+(?:time|of|is))?)"
               rf"\s*[:|]?\s+|[|:,]\s*)(?:up\s+to\s+)?(?:the\s+)?{DURATION}", re.I),
    patterns.compile(rf"\b{DURATION}(?=\s+(?:for\s+)?(?:approval|sign-?off|turnaround|review)|\s+to\s+(?:respond|approve|review|comment|reply|sign|"
               r"give|come\s+back))", re.I),
    patterns.compile(r"\b(?:the\s+)?(?P<d>same|next)[- ](?:business\s+|working\s+)?day\b", re.I),
)
# "She normally replies within 3 working days" after "Drafts go to Priya for sign-off."
FEEDBACK = patterns.compile(r"\b(?:turnaround|repl\w+|respon\w+|comment\w*|feedback|get\s+back|turn\w*\s+(?:\w+\s+)?(?:around|round)|review\w*|"
                      r"come\s+back|returned)\b", re.I)
# "... who approves all content and normally arranges interviews within five working days": another verb's window
OTHER_VERB = patterns.compile(rf"(?:,|\band\b)\s+(?:\w+ly\s+|will\s+|can\s+|may\s+|also\s+)*(?!(?:comments?|approves?|signs?|returns?)\b|{CONTENT.pattern})"
                        r"[a-z]+(?<!ss)e?s\b", re.I)
HOURS_PER = {"m": 1 / 60, "h": 1.0, "d": 24.0, "w": 168.0}  # a day of any kind is 24 hours, as response windows are read


def _turnaround(text: str, at: int = 0) -> tuple[float, str] | None:
    """Hours of the window after `at`: 'same day' is 8 (a working day's span), 'next day' 24, 'two business days' 48."""
    found = [m for pattern in TURNAROUND if (m := pattern.search(text, at))]
    if not found or OTHER_VERB.search(text[at:(m := min(found, key=lambda m: m.start())).start()]):
        return None
    if m.groupdict().get("d"):
        return (8.0 if m["d"].lower() == "same" else 24.0), m.group(0)
    n = 1.0 if m["n"].lower() in ("a", "an", "the") else number(m["n"].replace(" ", "-"))
    key = "d" if "day" in m["u"].lower() else m["u"].lower()[0]
    return (n * HOURS_PER[key], m.group(0).strip("|:, ")) if n is not None else None


def approvals(sents: list[Sent]) -> Approvals | None:
    """How content is approved, with the slowest stated turnaround in hours; None when approval is never mentioned."""
    evidence, best, said = [], None, ""
    for i, sent in enumerate(sents):
        if not sent.within(CONTEXT | TERMS) or sent.kind == "heading" or (found := _approval(sent)) is None:
            continue
        evidence.append(sent.evidence())
        text = sent.text
        window = _turnaround(text, found[1]) or _turnaround(text[:found[1]])  # ("allow a week for sign-off")
        nxt = sents[i + 1] if i + 1 < len(sents) else None
        if window is None and nxt is not None and nxt.span.doc is sent.span.doc and FEEDBACK.search(nxt.text):
            if window := _turnaround(nxt.text):
                evidence.append(nxt.evidence())  # the turnaround said in the next sentence of the same paragraph
        if window and (best is None or window[0] > best):
            best, said = window
        said = said or found[0]
    return Approvals(best, tuple(evidence), said) if evidence else None


def _approval(sent: Sent) -> tuple[str, int] | None:
    """The approval words and where they stand, when the sentence approves content (not a bid, an invoice or a waiver)."""
    text = sent.text
    for m in APPROVE.finditer(text):
        head, after = text[:m.start()], text[m.end():]
        # what is approved: the words after it in its clause, or the passive subject just before ("Invoices are approved")
        approved = " ".join(_head(text, m.start()).split()[-12:]) + " " + CLAUSE_BREAK.split(after)[0]
        if _negated(text, m.start()) or ADMINISTRATION.search(approved) or NOT_CONTENT_OBJECT.match(after) \
                or "approved" in m.group(0).lower() and ATTRIBUTIVE.search(head) and not re.match(r"\s+by\b", after):
            continue
        # a table row is one clause; "the account managers approve them" takes its object from the sentence
        whole = sent.kind == "table_row" or re.match(r"\s+(?:them|it|these|those)\b", after, re.I)
        clause = text if whole else _clause(text, m.start(), m.end())
        if NOUN.fullmatch(m.group(0)) or CONTENT.search(clause) or APPROVER.search(head) or PROCESS.search(clause) \
                or re.match(r"\s+(?:via|through|by)\s+(?:me|us)\b", after, re.I):
            return m.group(0), m.start()
    if m := REVIEW.search(text):
        return m.group(0), m.start()
    # "Turnaround: 1 business day" or "Drafts are returned with comments within 48 hours" under "Approvals"
    if APPROVE.search(sent.heading + " " + sent.lead) and FEEDBACK.search(text) and not ADMINISTRATION.search(text):
        return text.strip(), 0
    return None


# --- brand assets and account access ---------------------------------------------

IDENTITY = (r"(?:brand(?:ing)?\s+(?:guidelines?|guide|book|bible|kit|toolkit|manual|standards?(?:\s+manual)?|identity|voice)|style\s*guides?|"
            r"visual\s+identity|tone\s+of\s+voice|logos?)(?![-\w])")
# what a client keeps as a set: guidelines, kits, libraries; then single pictures ("photo calls", "photo-release rules" are not)
KIT = (rf"(?:{IDENTITY}|(?:(?:brand|design|creative|visual)\s+(?:assets?|pack|colou?rs|fonts|folder)|(?:photo|image|media|asset|picture|video)\s+"
       r"(?:library|libraries|bank|archive|folders?)|voice\s+guides?|logo\s+files)(?![-\w]))")
ASSET = (rf"(?:{KIT}|(?:fonts?|colou?r\s+palettes?|templates?|photos?|photographs?|photography|pictures?|images?|imagery|footage|b-roll|headshots?)"
         r"(?![-\w])(?!\s+(?:calls?|shoots?|sessions?|opportunit\w+|ops|releases?|consents?|permissions?|requests?|credits?|days?|walks?|"
         r"competitions?|contests?)\b))")
GIVE = (r"(?<![-\w])(?:provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|shar(?:e|es|ed|ing)|send(?:s|ing)?|sent|pass(?:ed|es|ing)?\s+on|"
        r"hand(?:ed|s|ing)?\s+over|giv(?:e|es|en|ing)|gave|furnish(?:ed|es|ing)?|(?:make|makes|making|made)\s+available|forward(?:ed|s|ing)?|"
        r"upload(?:ed|s|ing)?|grant(?:ed|s|ing)?)\b")
RECEIVE = r"(?<![-\w])(?:get|gets|getting|receiv(?:e|es|ing)|have|has)\b"
# the words between a verb and its object, within the clause ("send you photos, loads of them", not "an orientation on ... photo")
GAP = r"(?:\s+(?!(?:on|about|for|of|at|in|into|so|but|because|if|when|to|from|by|with)\b)[\w'’-]+,?){0,8}?"
AUX = r"(?:is|are|(?:will|shall|can|must|may|to)\s+(?:not\s+|never\s+)?be|cannot\s+be|won['’]t\s+be|ha(?:s|ve)\s+been)"
PASSIVE_GIVEN = (r"(?:\w+ly\s+)?(?:provided(?!\s+(?:that|they|it|we|you)\b)|supplied|shared(?!\s+(?:with|to|on|across)\s+(?:ig|fb|x|instagram|"
                 r"facebook|linkedin|tiktok|all|both|every))|sent|passed\s+on|handed\s+over|given|granted|made\s+available|available|attached|"
                 r"enclosed|included|linked|in\s+place)\b")
# said as it is handed over: "Voice guides, logins and the photo library shared on day one"
ON_ARRIVAL = (r"(?:shared|provided|supplied|given|sent|handed\s+over)\s+(?:on\s+day\s+one|on\s+(?:the\s+)?first\s+day|at\s+(?:the\s+)?(?:kick-?off|"
              r"onboarding|induction|orientation|start)|before\s+(?:kick-?off|launch|the\s+start|you\s+start)|in\s+(?:the\s+)?first\s+week|in\s+week\s+one)\b")
# The client hands them over ("We will pass on each client's logo", "Our brand guide ... will be shared at kickoff"), lets the vendor use
# them ("You'll get access to our Canva brand kit", "graphics from our Canva brand kit", "Attachment A: Brand standards") or has them
ASSETS_GIVEN = (
    patterns.compile(rf"{GIVE}{GAP}\s+{ASSET}", re.I),
    patterns.compile(rf"\b{ASSET}[^.;,]{{0,50}}?(?:(?:\b{AUX}\s+(?:[^.;,]{{0,40}}?\band\s+)?|\|\s*|:\s*){PASSIVE_GIVEN}|\s+{ON_ARRIVAL})"
               rf"|\b{ASSET}\s+(?:that\s+)?(?:we|i)\s+(?:already\s+)?(?:have|keep|hold|use)\b", re.I),
    patterns.compile(rf"\b(?:access\s+to|use\s+of|us(?:e|ing)|draw\s+on|get|receive|given|provided\s+with)\s+(?:\w+\s+){{0,2}}?"
               rf"(?:our|the\s+client['’]s|the\s+\w+['’]s|existing|its|their)\s+(?:[\w-]+\s+){{0,2}}?{ASSET}"
               rf"|\b(?:of|from|in|with|apply|covering|on|access\s+to)\s+(?:our|the\s+client['’]s|the\s+\w+['’]s|its|their)\s+(?:[\w-]+\s+){{0,2}}?{KIT}"
               rf"|\b(?:from|in|apply|access\s+to)\s+the\s+(?:[\w-]+\s+){{0,2}}?{KIT}"
               rf"|\b(?:attachment|appendix|annex|exhibit|enclosure)\s+[\w.-]+\s*[:,–—-]?\s*(?:the\s+)?{KIT}"
               rf"|\b{KIT}[^.;]{{0,40}}?\b(?:is|are|sits?|lives?|kept|stored|saved|held)\s+(?:\w+\s+)?(?:on|in)\s+(?:the|our|a)\b", re.I),
    patterns.compile(rf"\b(?:we|i)\s+(?:(?:already|currently|also)\s+)?(?:have|keep|hold|maintain)\s+(?:got\s+)?(?!no\b|any\b)(?:[\w-]+\s+){{0,4}}?{ASSET}"
               rf"|\b(?:follow\w*|adher\w+\s+to|comply\w*\s+with|consistent\s+with|in\s+line\s+with|align\w*\s+with|according\s+to|conform\w*\s+to)"
               rf"\s+(?:the\s+|our\s+|its\s+|their\s+|existing\s+|the\s+\w+['’]s\s+)(?:[\w-]+\s+){{0,2}}?{IDENTITY}", re.I),
)
# None exists ("We have no brand guidelines yet", "... but no brand guidelines", "We want a new logo"), or the vendor must make or find
# them ("Develop brand guidelines", "The contractor sources all imagery", "Photography is the contractor's responsibility")
ASSETS_MISSING = (
    patterns.compile(rf"\b(?:(?:have|has|had)\s+no|there\s+(?:is|are|['’]s)\s+no|(?:don['’]t|do\s+not|doesn['’]t|does\s+not)\s+(?:yet\s+|currently\s+|"
               rf"really\s+)?(?:have|own)(?:\s+(?:a|an|any))?|haven['’]t\s+got(?:\s+(?:a|an|any))?|without\s+(?:a|an|any)|no\s+(?:existing|current|"
               rf"formal))\s+(?:[\w-]+\s+){{0,2}}?{ASSET}|\b{ASSET}\s+(?:do(?:es)?\s+not|do(?:es)?n['’]t)\s+(?:yet\s+)?exist\b"
               rf"|\b(?:but|and|with|yet)\s+no\s+(?:real\s+|proper\s+|formal\s+)?{KIT}|\b(?:want|need|needs|require\w*|looking\s+for)\s+(?:a|an)\s+"
               rf"(?:new|fresh)\s+{IDENTITY}|\b{ASSET}[^.;]{{0,30}}?\bfrom\s+scratch\b", re.I),
    patterns.compile(rf"\b(?:develop|creat|design|build|establish|defin|draft|devis)\w*\s+(?:(?:a|an|the|our|new|your|its|their)\s+){{0,2}}(?:[\w-]+\s+)?{IDENTITY}"
               rf"|\b(?:suppl|provid|creat|produc)\w*\s+(?:all|(?:your|its|their|his|her)\s+own)\s+(?:[\w-]+\s+){{0,2}}?{ASSET}"
               rf"|\b(?:sourc|find|obtain|procur|buy|purchas|licen[cs])\w*\s+(?:(?:all|any|the|your|its|their|own|stock|new)\s+){{0,3}}{ASSET}"
               rf"|\b(?:need|needs|must|have|has|required|expected|responsible)\s+(?:to\s+)?(?:\w+\s+){{0,2}}?(?:take|shoot|taking|shooting)\s+"
               rf"(?:all|(?:your|its|their)\s+own)\s+(?:[\w-]+\s+){{0,2}}?{ASSET}"
               rf"|\b{ASSET}(?:[\s:|]+(?!by\b|or\b)[\w'’-]+){{0,4}}?\s+(?:provided|supplied|sourced|created|produced|taken|shot|developed)\s+by\s+{VENDOR}\b"
               rf"|\b{ASSET}\s+(?:is|are|will\s+be|remains?)\s+(?:the\s+)?(?:sole\s+)?(?:responsibility\s+of\s+{VENDOR}|(?:\w+['’]s|your)\s+responsibility)"
               rf"|\b{VENDOR}\s+(?:is|are|will\s+be)\s+responsible\s+for\s+(?:\w+ing\s+)?(?:all\s+)?{ASSET}", re.I),
)
# A subject stands before an active verb: a pronoun, or a modal that only follows one ("Carla ... can send you photos");
# a bare verb is an instruction to the vendor ("Share photos of new stock", "reply to comments, share guest photos").
HAS_SUBJECT = patterns.compile(r"(?:\b(?:we|i|they|he|she|who|which)(?:\s+[\w'’]+){0,2}|['’](?:ll|d)|\b(?:will|would|can|could|shall|should|may|might|"
                         r"must|cannot|can['’]t|won['’]t|to|usually|normally|also|always|often|then|happily|gladly|occasionally|already))\s+$", re.I)


def brand_assets(sents: list[Sent]) -> Provision:
    """Whether the client supplies brand guidelines, logos or photos (True), lacks them or leaves them to the vendor (False)."""
    return _provision([s for s in sents if s.within(CONTEXT)], ASSETS_GIVEN, ASSETS_MISSING, ASSET)


ROLE = r"(?:admin(?:istrator)?|editor|moderator|manager|advertiser|analyst|partner|page)\s+(?:access|rights|roles?|permissions?|privileges)"
ACCOUNT = (r"(?:accounts?|pages?|profiles?|channels?|handles?|business\s+(?:manager|suite|portfolio|account)|creator\s+studio|meta|facebook|"
           r"instagram|linkedin|tiktok|youtube|twitter|threads|pinterest|hootsuite|buffer|sprout\s*social|scheduler)\b")
# Logins, roles, or access to the accounts (not "a login to the booking system", "access to her", "access to the galleries")
CREDENTIALS = (r"(?:(?:(?:(?!and\b|or\b)\w+\s+)?log-?ins?|(?:account|page|platform|channel)\s+access|(?:log-?in|sign-?in)\s+(?:details|credentials|"
               r"information|info)|credentials|passwords?)(?!\s+(?:to|for|on)\s+(?:the\s+|our\s+|my\s+)?(?:booking|email|e-mail|website|cms|crm|"
               rf"intranet|wi-?fi|drive|network|systems?|portal|till)\b)|{ROLE}|access(?=\s+(?:to|on|for|via|through|in)\s+(?:[\w'’-]+\s+){{0,4}}?"
               rf"(?:social\s+media\s+)?{ACCOUNT}|\s*(?:[.,;)]|$|it\b|they\b|as\s+needed|needed|required)))\b")
# "We will add you as an admin on the Facebook page", "Login credentials will be shared", "logins come through our password
# manager", "Access via Meta Business Suite"
ACCESS_GIVEN = (
    patterns.compile(rf"(?:{GIVE}|{RECEIVE}){GAP}\s+{CREDENTIALS}", re.I),
    patterns.compile(rf"\b{CREDENTIALS}[^.;,]{{0,40}}?(?:\b{AUX}\s+(?:{PASSIVE_GIVEN}|set\s+up|arranged)|\s+{ON_ARRIVAL})|\b{CREDENTIALS}[^.;]{{0,40}}?"
               r"\b(?:via|through|in|from)\s+(?:\w+['’]?s?\s+){0,2}?(?:password\s+(?:manager|vault)|lastpass|1password|bitwarden|dashlane|keeper)\b", re.I),
    patterns.compile(rf"\b(?:add|make|set\w*\s+up|invit|assign|set)\w*\s+(?:you|them|the\s+{VENDOR_NOUNS})\s+(?:up\s+)?(?:as\s+)?(?:an?\s+)?"
               rf"(?:admin\w*|editor|moderator|manager|collaborator|partner|user)\b(?=[^.;]*\b{ACCOUNT})", re.I),
    patterns.compile(rf"\baccess\s+(?:to|via|through|on|in)\s+(?:[\w'’-]+\s+){{0,4}}?(?:social\s+media\s+)?{ACCOUNT}|\b{ROLE}\b", re.I),
)
# The client keeps the publishing or the keys: "send posts to us to publish", "email them to me and I'll post them myself",
# "We publish everything ourselves", "all posts will be published by City staff", "Access to the accounts remains with the Council"
ACCESS_WITHHELD = (
    patterns.compile(rf"\b(?:send|sent|submit|e-?mail|deliver|pass)\w*\b[^.;]{{0,50}}?\bto\s+(?:us|me|him|her|them|the\s+client|our\s+(?:[\w-]+\s+){{0,2}}?"
               r"(?:team|office|staff|department|manager|lead|officer|coordinator|director))\b(?:\s+(?:for\s+(?:us|me|them)\s+)?to\s+|\s*,?\s*"
               r"(?:and|who|which)\s+(?:(?:we|i|they|she|he)(?:['’]ll|\s+will)?\s+)?(?:then\s+)?)(?:publish|post|schedule|upload)"
               r"|\b(?:we|i)(?:['’]ll|\s+will|\s+shall)?\s+(?:then\s+)?(?:publish|post|schedule|upload)\s+(?:(?:everything|all|it\s+all|them|it|"
               r"the\s+posts|all\s+(?:posts|content))\s+)?(?:ourselves|myself|in-house)\b"
               r"|\b(?:won['’]t|will\s+not|don['’]t|do\s+not)\s+be\s+(?:posting|publishing)\s+(?:directly|yourself)"
               rf"|\b(?:all|every)\s+(?:[\w-]+\s+)?(?:posts?|content|updates)\s+(?:will\s+be|are|is|shall\s+be)\s+(?:published|posted|uploaded|"
               rf"scheduled)\s+by\s+(?!{VENDOR})\S+|\b(?:access|log-?ins?|passwords?|credentials)\b[^.;]{{0,30}}?\b(?:remains?|stays?|"
               rf"(?:is|are)\s+(?:kept|held|retained))\s+(?:solely\s+|only\s+)?with\s+(?!{VENDOR})\S+", re.I),
)
THIRD_PARTIES = patterns.compile(r"\bwith\s+(?:anyone|anybody|third\s+parties|others|other\s+people|outsiders|the\s+public)\b", re.I)
# "We will provide:" or "What we'll give you:" before a list of what is given
GIVING_LEAD = patterns.compile(rf"\b(?:we|i|the\s+client|(?-i:[A-Z])\w+)(?:['’]ll|\s+will|\s+can|\s+shall)?\s+{GIVE}(?:\s+(?:you|the\s+{VENDOR_NOUNS}))?"
                         r"(?:\s+with)?\s*:\s*$", re.I)


def account_access(sents: list[Sent]) -> Provision:
    """Whether the vendor gets logins or page roles (True), is refused them (False), or the plan is silent (None)."""
    return _provision([s for s in sents if s.within(CONTEXT | TERMS)], ACCESS_GIVEN, ACCESS_WITHHELD, f"{ACCOUNT}|{CREDENTIALS}",
                      partial=False)


Patterns = tuple[patterns.Pattern, ...]


def _provision(sents: list[Sent], given: Patterns, missing: Patterns, thing: str, partial: bool = True) -> Provision:
    """Given, missing, or both. With `partial`, a mix (a brand manual supplied, the photography left to the vendor)
    is given in part; without it (account access: an editor role but no passwords) what is given decides."""
    yes, no, mixed = [], [], False
    for sent in sents:
        if sent.kind != "heading" and (verdict := _provided(sent, given, missing, thing)):
            (yes if verdict[0] else no).append((sent, verdict[1]))
            mixed = mixed or verdict[2]
    if yes and (no or mixed):
        if not partial:
            return Provision(True, tuple(s.evidence() for s, _ in yes), yes[0][1])
        evidence = in_order(s.evidence() for s, _ in yes + no)
        cue = f"{yes[0][1]}; but {no[0][1]}" if no else yes[0][1]
        return Provision(True, evidence, cue, partly=True)
    for found, value in ((no, False), (yes, True)):
        if found:
            return Provision(value, tuple(s.evidence() for s, _ in found), found[0][1])
    return Provision(None)


CONTRAST = patterns.compile(r"\b(?:but|however|instead|though|although|yet|whereas)\b|;", re.I)


def _provided(sent: Sent, given: Patterns, missing: Patterns, thing: str) -> tuple[bool, str, bool] | None:
    """(provided, cue, in part) for one sentence: what is missing first, then what is given, then a giving lead-in.

    A refusal followed, past a "but" or a semicolon, by something given ("We cannot give out passwords, but we
    will add you as an editor") is given in part; without the contrast the refusal stands.
    """
    text = sent.text
    if ABOUT_THE_BID.search(text):
        return None  # "Proposals should include samples of logos you have designed"
    for k, pattern in enumerate(missing):
        for m in pattern.finditer(text):
            if k == 0 or not (re.search(r"\b(?:we|i|the\s+client)\b", _head(text, m.start()), re.I) or _negated(text, m.start())):
                return False, m.group(0), False  # (not "We will develop a logo": the client's own plan)
    found: list[tuple[int, int, bool, str]] = []
    for pattern in given:
        for m in pattern.finditer(text):
            head, cue, gives = _head(text, m.start()), m.group(0), re.match(GIVE, m.group(0), re.I)
            if THIRD_PARTIES.search(text[m.end():]) or gives and ATTRIBUTIVE.search(head):
                continue  # "Passwords must never be shared with third parties", "set up a shared photo folder"
            if gives and not re.search(r"\b(?:be|been|being|is|are|was|were)\s+$", head, re.I) and (
                    not HAS_SUBJECT.search(head) or VENDOR_SUBJECT.search(head)):
                continue  # "Share photos of new stock", "The contractor will provide photography": the vendor's own work
            if re.match(RECEIVE, cue, re.I) and not (VENDOR_SUBJECT.search(head) or re.search(r"\b(?:before|after|once|upon|until)\s+$", head, re.I)
                                                     or re.match(rf"{RECEIVE}\s+(?:you|them)\b|{RECEIVE}[^.;]*\b(?:sorted|set\s+up|arranged)\b",
                                                                 cue + text[m.end():], re.I)):
                continue  # "I have a Mailchimp login somewhere", "I don't even have the password": the client's own
            negated = bool(_negated(text, m.start()) or re.search(r"\b(?:not|no|never|cannot)\b|n['’]t\b", cue, re.I))
            found.append((m.start(), m.end(), negated, cue))
    if found:
        found.sort()
        start, end, negated, cue = found[0]
        if not negated:
            return True, cue, False
        for later_start, _, later_negated, later_cue in found[1:]:
            if not later_negated and later_start >= end and CONTRAST.search(text[end:later_start]):
                return True, later_cue, True
        return False, f"not {cue}", False  # "We cannot share passwords", "will have no direct access"
    lead = re.split(r"(?<=[.!?])\s+", sent.lead.strip())[-1] if sent.lead else ""
    if GIVING_LEAD.search(lead) and re.search(rf"\b(?:{thing})", text, re.I):
        return True, lead, False  # "We will provide:" then "- Brand style guide and logos"
    return None


# --- guarantees and KPIs -------------------------------------------------------

# Outcomes no vendor controls: audience numbers, interactions, sales and rankings
OUTCOME = (r"(?:(?:[\w-]+\s+)?(?:followers?|(?<!the\s)following|fans|subscribers|likes|shares|retweets|reposts|views|impressions|engagement\s+rates?|"
           r"engagements?|clicks|click-throughs|leads|conversions|sales|sign-?ups|registrations|downloads|visits|visitors|traffic|referrals|members|"
           r"bookings|revenue|roi|reach|growth|results|rankings?)(?:\s+(?:increase|growth|uplift|rise))?)\b")
# what follows a target: "from social by 30% within six months", "a month", "per post", "from 800 to 5,000 by December"
PERIOD = r"(?:days?|weeks?|months?|quarters?|years?|posts?|(?:jan|febr)uary|march|april|may|june|july|august|(?:sept|nov|dec)ember|october)"
PIECE = (r"\s+(?:by|of|from|to|a|an|per|each|every|within|in|over|below|under|above)\s+(?:(?:at\s+least|the\s+(?:first|next|end\s+of)|the|one|two|"
         rf"three|four|five|six|nine|twelve)\s+)?(?:\d(?:[\d,.]*\d)?(?:\s*%)?|{PERIOD})(?:\s+{PERIOD})?(?!\w)")
TAIL = rf"(?:\s+(?:from|on|across|via|through)\s+(?!\d)[\w-]+(?={PIECE}))?(?:{PIECE}){{0,3}}"
FIGURE = r"(?:\d[\d,.]*\s*%?|double|triple|doubl\w+|tripl\w+)"
GROW = r"(?:grow|increase|achieve|reach|deliver|generate|get|gain|attract|secure|hit|double|triple|boost|drive|produce|obtain|earn|win)"
GUARANTEES = (
    # "guarantee 1,000 new followers a month", "guaranteed first-page ranking"
    patterns.compile(rf"\bguarantee\w*\s+(?:that\s+)?(?:[\w,.%-]+\s+){{0,4}}?{OUTCOME}{TAIL}", re.I),
    # "must grow followers by 50%", "required to achieve 10,000 impressions", "we expect the agency to deliver 20% growth", and as a
    # task in a list, "Grow our Facebook following to 5,000 by December" (a figure is required: see `guarantees`)
    patterns.compile(rf"(?:\b(?:must|shall|(?:required|expected|obliged|obligated)\s+to|(?:has|have)\s+to|commits?\s+to|(?:expects?|requires?|needs?)\s+"
               rf"{VENDOR}\s+to)\s+(?:\w+ly\s+)?|^\W*(?:[\d.]+\s+)?){GROW}\s+(?:[\w,.%-]+\s+){{0,5}}?{OUTCOME}{TAIL}", re.I),
    # "a minimum of 500 likes per post", "no fewer than 200 sign-ups", "15% engagement increase per quarter (mandatory)"
    patterns.compile(rf"\b(?:(?:a\s+)?minimum\s+(?:of\s+)?|no\s+(?:fewer|less)\s+than\s+){FIGURE}\s+(?:[\w-]+\s+){{0,2}}?{OUTCOME}{TAIL}"
               rf"|\b{FIGURE}\s+(?:[\w-]+\s+){{0,2}}?{OUTCOME}{TAIL}(?=[^.;]*\b(?:mandatory|contractual|binding|non-negotiable)\b)", re.I),
    # "payment is tied to follower growth", "fees will be withheld if engagement falls below 5%", "any shortfall against the target will be deducted"
    patterns.compile(rf"\b(?:payments?|fees?|invoices?|retainer|bonus\w*)\b[^.;]{{0,30}}?\b(?:tied|linked|contingent|conditional|dependent)\s+(?:on|to|upon)\s+"
               rf"(?:\w+\s+){{0,2}}?{OUTCOME}|\b(?:withheld|deducted|reduced|forfeited|penali[sz]ed)\s+(?:if|unless|when|should|where)\s+(?:\w+\s+){{0,3}}?"
               rf"{OUTCOME}\s+(?:\w+\s+){{0,2}}?(?:below|under|less\s+than|short\s+of|fewer\s+than)\s+\d[\d,.]*\s*%?|\b(?:shortfall|failure\s+to\s+"
               r"(?:meet|achieve|reach|hit))\b[^.;]{0,50}?\b(?:targets?|kpis?|goals?)\b[^.;]{0,30}?\b(?:deducted|withheld|penali[sz]ed|reduced|forfeited)\b", re.I),
    patterns.compile(r"\b(?:go|goes|going|gone|went)\s+viral\b|\bviral\s+(?:posts?|content|videos?|reels?|campaigns?|hits?)\b", re.I),
)
# A hope is not a demand: "we'd love a post to go viral", "ideally we would double our followers"
ASPIRATION = patterns.compile(r"\b(?:hope|hoping|love|ideally|aim|aiming|aspire|dream|goal|wish|maybe|perhaps|if\s+possible|nice)\b", re.I)
PAYMENT = patterns.compile(r"\b(?:payments?|fees?|invoices?|retainer|bonus\w*|withheld|penalt\w*)\b", re.I)


def guarantees(sents: list[Sent]) -> tuple[Phrase, ...]:
    """Outcomes the vendor is held to: follower numbers, growth, interactions, virality, rankings."""
    out = []
    for sent in sents:
        text = sent.text
        # the scope, or a payment term that ties the fee to an outcome
        if not (sent.within(WORK) or sent.section == "submission" and PAYMENT.search(text)) or ABOUT_THE_BID.search(text):
            continue
        taken: list[tuple[int, int]] = []
        for pattern in GUARANTEES:
            for m in pattern.finditer(text):
                if _negated(text, m.start()) or ASPIRATION.search(_head(text, m.start())) or any(a < m.end() and m.start() < b for a, b in taken) \
                        or pattern is GUARANTEES[1] and not re.search(r"\d|\b(?:doubl|tripl)", m.group(0), re.I):
                    continue  # (a demand without a figure, "must increase engagement", is a goal, not a promise)
                taken.append(m.span())
                out.append(Phrase(m.group(0).strip(" ,"), (sent.evidence(),)))
    return tuple(out)


MEASURE = patterns.compile(
    r"\b(?:engagement\s+rates?|click-?through\s+rates?|follower\s+(?:growth|counts?|numbers|change|trends)|audience\s+growth|share\s+of\s+voice|"
    r"(?:video|story|page|profile|post)\s+views|(?:profile|website|site|page)\s+visits|website\s+(?:traffic|referrals|visits|sessions|clicks)|"
    r"link\s+clicks|watch\s+time|(?:median\s+)?(?:response|reply)\s+(?:times?|rates?)|(?:message|response)\s+volumes?|return\s+on\s+(?:ad\s+spend|"
    r"investment)|cost\s+per\s+(?:click|lead|result|acquisition)|conversion\s+rates?|(?:newsletter|email)?\s*open\s+rates?|(?:newsletter|email)\s+opens|"
    r"(?:organic|paid|post|total)\s+reach|review\s+(?:ratings?|scores?)|(?:code|coupon|offer)\s+redemptions|(?:sales|new|qualified|inbound)\s+leads|"
    r"leads(?=\s+(?:generated|attributed|from))|(?:(?<=, )|(?<=: )|(?<=\()|(?<=and ))leads|"  # (not "site leads", people)
    r"reach(?!\s+(?:out|our|the|new|more|a|an|your|their|people|audiences?|customers|residents|families|young|local|\d)\b)|"
    r"(?<!\bthis\s)(?<!\beach\s)(?<!\ban\s)engagements?(?!['’]s|\s+(?:period|term|letter|with|lead|manager|officer|team|coordinator|director|advisor|"
    r"department|strategy)\b)|followers|(?<!who\s)(?<!that\s)(?<!which\s)follows|click-?throughs?|clicks|impressions|views|visits|referrals|traffic|"
    r"conversions|sign-?ups|mentions|sentiment|roi|roas|ctr|cpc|cpm|likes|shares|saves|comments|subscribers|bookings|downloads|enquiries|inquiries|"
    r"donations)\b", re.I)
# Asked to be reported or measured, in the sentence, its lead-in, heading or table header (not a reporting line, "You will
# report to Renée", nor minutes, "The Chair reported that bookings fell")
REPORTING = patterns.compile(r"\b(?:report(?:s|ing)?(?!\s+(?:directly\s+|back\s+)?to\s+(?:the|our|a|an|me|us|him|her|them|your|(?-i:[A-Z])))|kpis?|"
                       r"key\s+performance\s+indicators?|metrics?|measur(?:e|es|ed|ing)\b|track(?:ed|ing)?|analytics|dashboards?|insights|performance|"
                       r"measures?\s+of\s+success|success\s+(?:will\s+be\s+)?(?:measured|metrics|looks)|statistics|stats|scorecards?|benchmarks?|"
                       r"targets?|numbers|round-?up|results)\b", re.I)
# "Reply to comments", "keep an eye on mentions", "monitor comments, mentions and messages": the work on them, not a measure
WORKED_ON = patterns.compile(r"\b(?:repl\w*|respon\w+|answer\w*|moderat\w+|hid(?:e|ing)|delet\w+|handl\w+|manag\w+|monitor\w*|read\w*|watch\w*|check\w*|"
                       r"track\w*(?:\s+of)?|eye\s+on|(?:to|for)\s+about|forward\w*|pass\w*|refer\w*|rout\w+|escalat\w+|log\w*|report\w*)\s+(?:to\s+)?"
                       r"(?:(?:all|the|any|our|new|both|each)\s+)?(?:[\w@'’-]+,?\s+(?:(?:and|or)\s+)?){0,4}$", re.I)


def kpis(sents: list[Sent]) -> tuple[Phrase, ...]:
    """The measures named for reporting, one phrase per sentence ("reach, engagement rate, link clicks")."""
    out = []
    for sent in sents:
        text = sent.text
        if not sent.within(WORK) or ABOUT_THE_BID.search(text) or not REPORTING.search(" ".join((text, sent.lead, sent.heading, sent.header))):
            continue
        names: list[str] = []
        for m in MEASURE.finditer(text):
            before = text[max(0, m.start() - 120):m.start()]  # (enough for a list before it)
            if _negated(text, m.start()) or re.search(r"\d\s*$", before) \
                    or re.match(r"(?:comments|mentions|messages|enquiries|inquiries)", m.group(0), re.I) and WORKED_ON.search(before):
                continue  # (not "9,500 subscribers", a figure; nor "reply to comments", work)
            if m.group(0)[0].isupper() and re.search(r"(?-i:[A-Z])\w*(?:\s+and)?\s+$", before):
                continue  # "Head of Communications and Engagement", "Manager, Digital Engagement": a title
            if (name := " ".join(m.group(0).lower().split())) not in names:
                names.append(name)
        if names:
            out.append(Phrase(", ".join(names), (sent.evidence(),)))
    return tuple(out)


# --- renewal ---------------------------------------------------------------------

# A renewal cue is followed by its terms or nothing ("renewable for two further one-year periods", "renewable twice", "one optional
# renewal year", "may be extended at the Council's discretion"), not by another noun ("renewable energy", "renewals reminders")
TERMS_FOLLOW = (r"(?=\s*(?:$|[.,;:)|]|\s+(?:for|once|twice|by|at|on|of|each|every|annually|automatically|years?|options?|terms?|periods?|clauses?|"
                r"dates?|unless|subject|upon|with|if|until|in|to|may|shall|will|can|is|are|beyond|thereafter|(?:the|this|it)\s+(?:contract|agreement|"
                r"term|engagement|sow|retainer))\b))")
RENEWAL = patterns.compile(r"\b(?:(?:auto(?:matically|matic)?[- ]?)?renew(?:able|als?|s|ed)?|extend(?:ed|able|s)?|extensions?|optional\s+(?:years?|periods?|"
                     rf"terms?)){TERMS_FOLLOW}|\b(?:options?\s+(?:to\s+(?:extend|renew)|for|of)|evergreen|(?:continu\w*|roll\w*|go(?:es)?|run\w*|revert\w*|"
                     r"convert\w*|move\w*)\s+(?:on\s+)?(?:to\s+)?(?:a\s+)?month[- ]to[- ]month|month[- ]to[- ]month\s+(?:basis|contract|agreement|retainer|"
                     r"thereafter|after))\b", re.I)
# the words before the cue that belong to it: "may be extended", "up to two (2) one-year renewals", "one optional renewal year"
LEAD_IN = patterns.compile(r"(?:(?:may|can|could|shall|will|might)\s+(?:be\s+)?|(?:(?:up\s+to\s+)?(?:one|two|three|four|five|six|\d+|an?|the)(?:\s*\(\d+\))?\s+)?"
                     r"(?:(?:optional|possible|further|additional|single|[\w]+-(?:year|month))\s+){0,3}|(?:the\s+|an?\s+)?option\s+(?:to|for|of)\s+)$", re.I)
# a contract said around it, or a length to extend by ("Extension | Up to 24 months"), unless the cue says it all ("renewable")
CONTRACT = patterns.compile(r"\b(?:contract|agreement|term|engagement|sow|statement\s+of\s+work|retainer|award|services)\b|\b\d+|"
                      r"\b(?:one|two|three|four|five|twelve)\b[\s-]*(?:\(\d+\)\s*)?(?:months?|years?)\b", re.I)
STRONG = patterns.compile(r"renewable|renewals?\b|auto|month|evergreen", re.I)
# Someone else's renewal or extension: members', a deadline's, the reach's, opening hours; or one that has happened
NOT_THE_CONTRACT = patterns.compile(rf"{BID}|\b(?:members?|membership|subscriptions?|insurance|licen[cs]es?|certificat\w+|registrations?|permits?|domains?|"
                              r"passports?|polic(?:y|ies)|reach|audiences?|deadlines?|closing|due\s+dates?|hours|opening|warrant\w+|offer|validity|"
                              r"brand|season|campaign)\b", re.I)
PAST = patterns.compile(r"\b(?:was|were|had\s+been|has\s+been|previous\w*|last|former)\b", re.I)


def renewal(sents: list[Sent]) -> Phrase | None:
    """The contract's renewal or extension terms ("renewable for two further one-year periods"); None when none."""
    for sent in (s for s in sents if s.within(TERMS)):
        text = sent.text
        for m in RENEWAL.finditer(text):
            if _negated(text, m.start()) or re.search(r"\bnon-?$", text[:m.start()], re.I) or PAST.search(_head(text, m.start())) \
                    or NOT_THE_CONTRACT.search(_clause(text, m.start(), m.end())) \
                    or not (STRONG.search(m.group(0)) or CONTRACT.search(text + " " + sent.heading)):
                continue
            # (a lead-in is a few words: a window keeps a long run of digits from costing quadratic time)
            start = m.start() - len(lead.group(0)) if (lead := LEAD_IN.search(text[max(0, m.start() - 120):m.start()])) else m.start()
            phrase = re.sub(r"^(?:the|an?)\s+", "", re.split(r"[.;,]", text[start:])[0].strip(), flags=re.I)
            return Phrase(phrase, (sent.evidence(),))
    return None
