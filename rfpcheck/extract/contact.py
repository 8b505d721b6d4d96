"""Client contact (forbidden, allowed or unstated) and the clients covered.

Contact is a verb or noun of talking ("contact", "speak", "communication",
"meet", "calls") near a party on the client side ("the client", "the brand",
"the owner"). Negation forbids it ("you will not be in contact with the
client"), routing forbids it ("all communication goes through our account
team"), a white-label cover forbids it ("must not identify yourself"), and
a negated restriction allows it ("no restriction on contacting the client").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import patterns
from ..model import ClientContact, Clients
from ..nlp import BIDDERS, CONTEXT, SOLICITATION
from .context import VENDOR
from .quantity import number

if TYPE_CHECKING:
    from ..nlp import Sent

# Parties a vendor may be told to leave alone without any ban on talking with the client.
THIRD_PARTIES = (r"\b(?:press|media|journalists?|reporters?|police|partner\s+agencies|partners|funders?|donors?|sponsors?|"
                 r"researchers?|suppliers?|competitors?|the\s+public|members\s+of\s+the\s+public|parents|students|patients|"
                 r"families|children|fans|supporters|umpires|referees|players|followers|subscribers|customers|users|"
                 r"commenters|people|members|residents|visitors|guests)\b")
# Someone's members or committee ("the Co-operative's members, its Management Committee") are the client's own.
OWNED_PARTY = r"(?:members|management\s+committee|committee|board|staff|volunteers|officers|trustees)"
CLIENT_SIDE_OWNED = rf"(?:(?:\w+['’]s|its|their)\s+{OWNED_PARTY}(?:\s*,\s*{OWNED_PARTY}|,?\s+(?:or|and)\s+{OWNED_PARTY})*)"
PARTY = r"(?:anyone\s+(?:at|from)\s+\w+|(?:(?:the|our|each|every|any|your|their|end)\s+)?(?:end[- ])?(?:clients?(?!['’]?\s+(?:famil\w*|households?|children|kids|individuals|records|data|files|stories|photos|images|names))|customers? (?:directly)|brands?(?: owners?)?|business owners?|owners?|account holders?|principals?|client[- ]side|client contacts?|client teams?|client staff))"
CONTACT = r"(?:contact(?:ing|ed)?|communicat(?:e|ing|ion|ions)|talk(?:ing)?|speak(?:ing)?|meet(?:ing|ings)?|correspond(?:ing|ence)?|reach(?:ing)? out|liais(?:e|ing|on)|interact(?:ing|ion)?|calls?|access|touch|conversations?|deal(?:s|ing|ings)?|emails?|messages?|approach(?:ing)?)"
NEG = r"(?:not|never|no|cannot|\w+n't|may not|must not|shall not|will not|prohibited|forbidden|barred|not permitted|not allowed|without)"

# "accounts" alone are usually social accounts; "client accounts" are clients.
# "customers" alone are the client's customers ("reply to all customers"); "customer accounts" are clients.
CLIENT_NOUN = (r"(?:clients?|client\s+accounts?|customer\s+accounts?|brands?|locations?|stores?|franchisees?|properties|"
               r"businesses|portfolio companies|departments|divisions|studios|restaurants|schools|venues|branches|"
               r"offices|practices|hotels|outlets|clinics|gyms|shops|dealerships|campuses|garages?|salons?|spas?|caf[eé]s?|"
               r"bars?|pharmacies|pharmacy|centres?|centers?|studio|restaurant|school|venue|branch|office|practice|"
               r"hotel|clinic|gym|shop|store|dealership|campus|department|property|farms?|wineries|winery|practices|"
               r"affiliates?|buildings?|firms?|agency|agencies|(?<!web )sites?)")
# A ban on when or how, not whether: "before 10am", "during opening hours", "unaccompanied", "for discounts"
WHEN_NOT_WHETHER = (r"(?![^.;]{0,40}\b(?:(?:before|after|until|till)\s+(?:\d|noon|midday|opening|closing|lunch|\w+day\b)|"
                    r"during\s+(?:opening|office|business|working|busy|school|lunch|service|the\s+day|the\s+week)|between\s+\d|"
                    r"unaccompanied|without\s+(?:an?\s+)?(?:appointment|notice|asking|booking)|at\s+weekends|on\s+\w+days\b|"
                    r"for\s+(?:discounts?|freebies|sponsorship|donations?|favours?|favors?|prizes?|reposts?)|to\s+ask\s+for))")
# Ways to reach someone, in a ban or an allowance: "phone, email or drop in on", "get in touch with"
REACH = (r"(?:contact|phone|call|ring|text|e-?mail|message|dm|visit|approach|drop\s+in\s+on|pop\s+in\s+on|get\s+in\s+touch\s+with|"
         r"reach\s+out\s+to|speak\s+(?:to|with)|talk\s+(?:to|with)|chat\s+(?:to|with))")
# The client's people, named by role: "the school directors", "the branch managers"
PEOPLE = r"(?:directors?|managers?|owners?|staff|team|teams|employees|principals|heads?|partners)"
FORBIDDEN = [
    # "you will not be in contact with the client", "do not contact our clients", "never talk to the client"
    (patterns.compile(rf"\b{NEG}\b(?:\s+\w+){{0,4}}?\s+{CONTACT}\b(?:,?\s+\w+){{0,4}}?,?\s+{PARTY}\b", re.I), "negated contact"),
    (patterns.compile(rf"\b(?:no|zero)\s+(?:direct\s+)?(?:contact|communication|access|interaction|dealings)(?!\s+(?:details|form|info|information|numbers?|lists?))"
                rf"\s+(?:\w+\s+){{0,3}}?{PARTY}\b"
                # "Zero direct contact with franchisees, site managers or anyone at Anvil HQ"
                rf"|\b(?:no|zero)\s+direct\s+(?:contact|communication|dealings)\s+with\s+(?:(?!\b(?:is|are|because|as|since|needed|required)\b)[^.;]){{0,60}}?\b(?:{PARTY}|franchisees?|"
                rf"(?:site|practice|store|shop|branch|hotel|general)\s+managers?)\b", re.I), "no contact"),
    (patterns.compile(rf"\b{PARTY}\b(?:\s+\w+){{0,4}}?\s+(?:(?:will|must|should|may|shall)\s+(?:not|never)|won't|mustn't|shouldn't)\s+(?:be\s+)?(?:contacted|approached|aware|know)", re.I), "client not to be contacted"),
    # routing: "all communication goes through our account team", "route every question through us"
    (patterns.compile(r"\b(?:all|every|any)\s+(?:client\s+)?(?:communications?|contact|questions?|correspondence|requests?|queries|interaction|approvals?|feedback)\b[^.;]{0,60}?\b(?:through|via|by way of|goes? to|go to|come to|comes to|sent to)\s+(?:us|our|the agency|the account|an account|your account)\b", re.I), "routed through us"),
    (patterns.compile(r"\bwe\s+(?:will\s+)?(?:relay|pass|forward)\w*\s+(?:it|them|questions|answers|everything)\b", re.I), "relayed by us"),
    # "Questions and drafts come to me; I take them to the firms": the go-between carries everything to the client
    (patterns.compile(rf"\b(?:come|comes|go|goes|sent)\s+(?:to|through|via)\s+me\b[^.]{{0,40}}?\bI(?:'ll|\s+will)?\s+(?:take|pass|relay|forward|"
                rf"bring|carry)\s+(?:them|it|those|everything)\s+(?:on\s+)?to\s+(?:the|each|our)\s+{CLIENT_NOUN}\b", re.I), "relayed by me"),
    (patterns.compile(r"\b(?:rout(?:e|ed|ing)|channel(?:led|ling)?|funnel(?:led|ling|s)?|direct(?:ed|ing)?|relay(?:ed|ing|s)?|pass(?:ed|ing|es)?)\s+"
                r"(?:all|every|any)?\s*(?:\w+\s+){0,2}?(?:through|via)\s+(?:us|our|the agency|the account)", re.I), "routed through us"),
    (patterns.compile(r"\b(?:communication|contact|correspondence|relationship)\b[^.;]{0,40}?\b(?:stays?|remains?|is kept|will be kept|handled)\s+(?:with|by)\s+(?:us|our|the agency)", re.I), "kept by the agency"),
    (patterns.compile(r"\bhands\s+off\s+(?:everyone|anyone|everybody|anybody)\b|\b(?:never|not)\s+as\s+yourself\b"
                r"|\b(?:don't|do\s+not|never|must\s+not|shouldn't)\s+(?:\w+\s+)?contact\s+(?:any\s+of\s+)?them\b"
                r"|\bclients?\s+(?:believes?|thinks?|assumes?)\b[^.;]{0,50}\bin-house\b", re.I), "hands off the client"),
    # "shall not contact participating farms, their owners or their staff directly" (third parties aside)
    (patterns.compile(rf"\b{NEG}\s+(?:\w+\s+)?(?:contact|call|email|message|approach|speak\s+(?:to|with)|talk\s+to|get\s+in\s+touch\s+with)\s+"
                r"(?!(?:a|any)\s+(?:young\s+person|child|pupil|student|kid|member\s+of\s+the\s+public)\b)"
                rf"(?:(?!{THIRD_PARTIES})[^.;]|{CLIENT_SIDE_OWNED}){{1,90}}?\bdirect(?:ly)?\b", re.I), "no direct contact"),
    # "The Contractor shall not contact the Festival's director, staff, trustees ... directly"
    (patterns.compile(rf"(?<!\btender\speriod\s)\b{VENDOR}\s+(?:shall|must|may|will)\s+not\s+"
                r"(?:contact|approach|communicate\s+with|speak\s+to|email|phone|call)\s+(?:the\s+)?"
                r"(?!(?:funder|sponsor|partner|supplier|donor|press|council)['’]s)(?:[\w'’-]+['’]s\s+)?"
                r"(?:director|staff|trustees|team|managers?|board|employees|officers|personnel)\b"
                rf"(?![^.;]*\b(?:{SOLICITATION}|opportunity|bids?|portal|clarification)\b)", re.I),
     "no contact with the client's people"),
    # "don't phone, email or drop in on the branches", "Please don't get in touch with the school directors or any of their staff"
    (patterns.compile(rf"^(?![^.]*\b(?:{SOLICITATION}|{BIDDERS}|opportunity|clarification|procurement|portal|bids?|bidding|job|role|vacancy|"
                r"position|application)\b)[^.]*?"
                rf"\b(?:don't|do\s+not|never|must\s+not|mustn't|shall\s+not|should\s+not|shouldn't|won't|will\s+not)\s+{REACH}"
                rf"(?:,?\s+(?:or\s+)?{REACH})*\s+(?:any\s+of\s+)?(?:the|any|our|their|your)\s+"
                r"(?!(?:[\w-]+\s+)?(?:funders?|sponsors?|partners?|suppliers?|donors?|press|media|police|competitors?|printers?|"
                r"venues?|landlords?|council)(?:['’]s?)?\b)(?:[\w'’-]+\s+){0,2}?"
                rf"(?:{CLIENT_NOUN}|{CLIENT_NOUN}\s+{PEOPLE}|{OWNED_PARTY}|{PEOPLE}(?=\s+(?:or|and)\s+(?:any\s+of\s+)?(?:their|its)\s+{OWNED_PARTY}))\b"
                rf"{WHEN_NOT_WHETHER}", re.I), "no direct contact"),
    # "Do not contact the GMs, sales managers or anyone else at the dealerships"
    (patterns.compile(rf"\b{NEG}\s+(?:\w+\s+)?{REACH}\b[^.;]{{0,60}}?\b(?:anyone|anybody|everyone)(?:\s+else)?\s+(?:at|from|in)\s+"
                rf"(?:the|any|our|their|your)\s+(?:[\w'’-]+\s+)?(?:{CLIENT_NOUN}|showrooms?|surgeries|yards?)\b{WHEN_NOT_WHETHER}", re.I),
     "no contact with the client's people"),
    # "Approvals, photos and promos all come through our account team"
    (patterns.compile(r"\b(?:approvals?|communications?|questions?|requests?|briefs?|contact)\b[^.;]{0,40}?\ball\s+"
                r"(?:come|comes|go|goes|run|runs|pass|passes)\s+(?:through|via)\s+(?:our\s+(?:account|agency)\s+team|the\s+agency)\b"
                r"(?![^.]*\b(?:head\s+office|directly|talk\s+to|speak\s+to)\b)", re.I),
     "routed through us"),
    # "The firms are not to know a freelancer is involved"
    (patterns.compile(rf"\b{CLIENT_NOUN}\s+(?:are|is)\s+not\s+to\s+(?:know|learn|be\s+told|find\s+out)\b", re.I), "client must not know"),
    # "No calls, emails or DMs to practice managers, dentists or reception staff"
    (patterns.compile(r"\bno\s+(?:direct\s+)?(?:calls?|e-?mails?|dms?|messages?|contact)(?:,?\s+(?:or\s+)?(?:calls?|e-?mails?|dms?|messages?))*"
                r"\s+(?:to|with)\s+(?:the\s+|their\s+|our\s+|any\s+)?\w+", re.I), "no direct contact"),
    (patterns.compile(r"\b(?:you(?:'ll)?|the\s+\w+)\s+(?:will\s+)?(?:be\s+)?work(?:ing)?\s+under\s+(?:the\s+|our\s+)?(?:\w+\s+)?(?:name|brand|banner)\b", re.I),
     "works under the agency's name"),
    (patterns.compile(rf"\b(?:sole|only|single|exclusive)\s+(?:point\s+of\s+)?(?:contact|channel|interface|liaison)\s+(?:with|for|to)\s+{PARTY}", re.I), "agency is the only contact"),
    # white label: the vendor must stay invisible to the client
    (patterns.compile(r"\bwhite[- ]label(?:led|ed)?\b", re.I), "white-label"),
    (patterns.compile(r"\b(?:(?:must|will|should|may)\s+not|don't|do\s+not|never)\s+(?:identify|present|introduce|reveal)\s+(?:yourself|yourselves|themselves|itself|your (?:identity|company|involvement))", re.I), "must stay invisible"),
    (patterns.compile(rf"\b{PARTY}\b(?:\s+\w+){{0,3}}?\s+(?:(?:will|must|should|shall)\s+not|won't|mustn't|shouldn't|shan't|(?:do|does|need)\s*(?:not|n't))\s+(?:\w+\s+)?(?:know|learn|be told|be aware|find out)", re.I), "client must not know"),
]
ALLOWED = [
    # Ways to reach the issuer's people that say nothing of whose people they are (an agency's own studio, too):
    # they allow contact where nothing forbids it, but never lift a white-label cover
    (patterns.compile(
                # "questions to Sadie" from the owner who signs the note (not "Questions to Jane Doe by 5 May")
                r"(?:^|[.,;]\s*)questions\s+(?:go\s+|come\s+)?to\s+(?!(?-i:Procurement|Purchasing|Finance|Contracts|Legal|Marketing|HR|"
                r"Sales|Admin|Reception|Recruitment|Tenders?)\b)(?-i:[A-Z][a-z]+)\b(?![\w@.]*@)(?!\s+(?-i:[A-Z]))"
                r"(?![^.]*\b(?:by|before|until|no\s+later\s+than|apply|applying|application)\b)"
                r"|\b(?:glad|happy|pleased)\s+to\s+take\s+(?:a|your)\s+(?:call|phone\s+call)\b(?![^.]*\b(?:apply|applying|interested|applicants?)\b)"
                # "the practice managers expect to hear from you directly", "please phone each of them in your first week"
                r"|\b(?:expect|want|would\s+like|(?:are|is)\s+(?:happy|glad|keen))\s+to\s+hear\s+from\s+you\b"
                r"(?![^.]*\b(?:apply|applying|interested|application|proposal|quote|quotation|cv|tender|by\s+\d|by\s+\w+day)\b)"
                r"|\b(?:please\s+)?(?:phone|call|ring|meet)\s+each\s+of\s+them\b"
                # "you can grab Ray or any of the growers whenever you need", "chat to whoever's on the stands"
                r"|\byou\s+can\s+(?:grab|catch|ask|collar|pester|talk\s+to|chat\s+to|speak\s+to)\s+[^.;]{1,40}?\b(?:whenever|any\s?time)\b"
                r"|\bchat\s+(?:to|with)\s+(?:whoever's|whoever\s+is|anyone)\s+(?:on|at|in|behind)\s+the\s+(?:stands?|desk|counter|shop|bench|"
                r"office|floor|bar|till)\b"
                # "Added to the coordinators' Signal group for questions and sign-offs"
                r"|\b(?:added|invited)\s+to\s+(?:the|our)\s+(?!internal\b)(?:[\w'’-]+\s+){0,2}?(?:whatsapp|signal|slack|teams|messenger)\s+"
                r"(?:group|channel|chat)\s+(?:for|with)\s+(?:quick\s+)?(?:questions|sign-?offs|approvals)\b"
                # "Our Publicity Officer, Gwen Farrant, is your first port of call"; "drop in any week"
                r"|^(?![^.]*\baccount\s+(?:manager|director|executive|lead)\b)[^.]*?\b(?:is|will\s+be)\s+your\s+(?:first\s+|main\s+)?"
                r"(?:port\s+of\s+call|point\s+of\s+contact)\b"
                r"|\b(?:drop|pop)\s+in\s+(?:any\s+(?:week|day|time|evening|morning|afternoon)|any\s?time|whenever|on\s+(?:any|a)\s+\w+day)\b"
                # "Please telephone our Ringing Master", "come and find any of us after Tuesday practice"
                r"|^(?![^.]*\b(?:procurement|tender|bid|proposal|quote|quotation|application|site\s+visit)\b)[^.]*?\bplease\s+(?:telephone|phone|call|ring)\s+(?:our|me)\b"
                r"|\bcome\s+and\s+find\s+(?:any\s+of\s+)?(?:us|me)\b"
                r"|\bvoice[- ]?note\s+(?:me|us)\b"
                # "agree content with the Town Clerk", "obtain information directly from councillors"
                r"|\b(?:agree|plan|sign\s+off)\s+(?:the\s+)?(?:content|posts|calendar|copy)\s+with\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:clerk|manager|director|officer|lead|head|coordinator|owner)\b"
                r"|\b(?:obtain|get|gather|source|collect)\s+(?:information|content|photos|quotes|news)\s+directly\s+from\b"
                r"|\b(?:want|need|expect)\s+you\s+to\s+(?:talk|speak|chat)\s+(?:to|with)\s+(?:our\s+)?(?:members|staff|residents|volunteers|the\s+team)\b"
                # "You can talk to anyone here", "Ring whoever's running the kiosk", "or text whenever"
                # (not "you can talk to anyone who comments", "Message anyone who enters", "call anyone about this brief")
                r"|^(?![^.]*\b(?:about|regarding)\s+(?:this|the)\s+(?:brief|job|role|post|vacancy|advert|ad|quote|tender|opportunity)\b)"
                r"(?![^.]*\b(?:submit\w*|tender\w*|bid\w*|open\s+day|proposals?|quotes?)\b)"
                r"(?![^.]*\b(?:customers?|guests?|followers|visitors|parents|patients|residents|people|members|they)\s+(?:can|may|are|know)\b)"
                r"[^.]*?(?:\byou\s+(?:can|may|could)\s+(?:always\s+)?(?:talk|chat|speak)\s+(?:to|with)\s+(?:anyone|anybody|everyone|any\s+of\s+us|"
                r"any\s+(?:[\w-]+\s+)?(?:head|manager|member\s+of\s+staff|staff|team\s+leader|supervisor)s?)\b"
                r"(?!\s+(?:who|that|which|on|in)\b)"
                r"|\b(?:ring|call|phone|text)\s+(?:whoever(?:'s|\s+is)?|anyone|anybody)\b(?!\s+(?:who|that)\b)"
                r"(?![^.;]*\b(?:apply|application|quote|proposal)\b)"
                r"|\bor\s+(?:text|call|ring|message)\s+(?:me\s+|us\s+)?(?:whenever|any\s?time)\b)"
                # "Attend the Full Council meeting once a month", "please join the publicity committee's catch-up": the vendor told to
                r"|(?:^\W*(?:\d+[.)]\s*|[a-z][.)]\s*)?(?:and\s+|also\s+)?(?:please\s+)?|\byou(?:'ll|\s+will|\s+would|\s+should|\s+must)?\s+(?:also\s+)?"
                r"|\b(?:contractor|freelancer|consultant|officer|supplier|provider|assistant)\s+(?:will|shall|must|should|"
                r"is\s+(?:expected|asked|required)\s+to|needs\s+to|has\s+to)\s+(?:also\s+)?)"
                r"(?:attend|join|sit\s+in\s+on)\s+(?:the|our|their|its|each|every)\s+(?!(?:pre-?\w+|bidders?['’]?|suppliers?['’]?|"
                r"clarification|briefing|information|site)\b)(?:[\w'’-]+\s+){0,3}?(?:meetings?|catch-?ups?|check-?ins?|stand-?ups?)\b"
                r"(?![^.;]*\b(?:tender|proposal|bid|quotation|submission|interview|shortlist\w*)s?\b)"
                # "Our chair is always on the end of the phone", "Instructions from the Hon. Secretary" (not "from our account manager")
                r"|\b(?:always|usually|just)\s+on\s+the\s+(?:end\s+of\s+the\s+)?(?:phone|line)\b"
                r"(?!\s+(?:to|with)\s+(?:us|me|them|him|her|customers|people|clients|each\s+other)\b)"
                r"|\b(?:I'm|I\s+am|we're|we\s+are|he's|she's|he\s+is|she\s+is|(?-i:[A-Z][a-z]+)\s+is)\s+(?:\w+\s+)?(?:always|usually)\s+on\s+"
                r"(?:whatsapp|messenger|signal|slack)\b"
                r"(?!\s+(?:to|with)\s+(?:us|me|them|him|her|customers|people|clients|each\s+other)\b)"
                r"|\b(?:instructions?|direction|briefs?)\s+(?:will\s+come\s+|comes?\s+)?from\s+(?:the|our)\s+(?!account\b|agency\b)(?:[\w.'’-]+\s+){0,3}?"
                r"(?:secretary|treasurer|chair\w*|manager|director|owner|officer|clerk|head|lead|coordinator|president|committee|board|"
                r"captain|warden|curator|editor|principal|headteacher|vicar|rector)\b"
                # "Tamsin is the person to ask about anything", "Fran, General Manager, your line manager", "Walk in, shout, text,
                # whatever works"
                r"|^(?![^.]*\b(?:apply|application|quote|proposal|tender|bid|brief)\b)[^.]*?\b(?:is|are)\s+the\s+(?:person|one|people|ones)\s+"
                r"to\s+(?:ask|talk\s+to|call|ring|go\s+to)\b"
                r"|,\s+your\s+(?:line\s+)?(?:manager|supervisor|boss)\b(?!\s+(?:at|from|in)\s+(?:the|our)\s+agency)"
                r"|\bdoor(?:'s|\s+is)?\s+always\s+open\b(?!\s+(?:to|from|for|until|till|at|on|between)\b)"
                r"|^(?![^.]*\b(?:customers?|guests?|people|visitors|clients)\s+(?:reach|contact|call|can)\b)[^.]*?"
                r"\b(?:text|call|ring|email|shout|message|walk\s+in)\b[^.;]{0,30}\bwhatever\s+works\b(?!\s+for\s+(?:them|customers|people))"
                "", re.I), "reachable"),
    (patterns.compile(r"\bno\s+(?:restriction|restrictions|limit|limits|bar|ban)\s+on\s+(?:[\w'’]+\s+){0,2}?(?:contact|contacting|talking|speaking|communicating)"
                r"|^(?![^.]*\b(?:assume|tender\w*|bid\w*|open\s+day|submit\w*|own\s+organi[sz]ation|app|server|forum)\b)[^.]*?"
                r"\bno\s+(?:restriction|restrictions|limit|limits)\s+on\s+who(?:m)?\s+you\s+(?:speak|talk|chat)\s+(?:to|with)\b", re.I),
     "no restriction on contact"),
    (patterns.compile(rf"\b(?:do\s+not|don't|never)\s+hesitate\s+to\s+(?:contact|call|email|reach|ask)|\bwithout\s+(?:first\s+)?(?:talking|speaking|checking|consulting)\s+(?:to|with)\s+{PARTY}", re.I), "contact invited"),
    (patterns.compile(rf"^(?![^.]*\b(?:followers|parents|customers|residents|visitors|guests|they|members\s+of\s+the\s+public)\s+(?:are|know|feel)\b"
                rf"[^.]*\b(?:free|welcome|encouraged|permitted|allowed)\b)"
                rf"[^.]*?\b(?:free|welcome|encouraged|permitted|allowed)\s+to\s+(?:\w+\s+)?(?:contact|talk|speak|chat|meet|communicate|reach out|get\s+in\s+touch|visit|call|ring|phone|text|email|message)\b(?:\s+\w+){{0,3}}?\s+(?:with\s+|to\s+)?(?:{PARTY}|the\s+\w+|our\s+\w+|any\s+(?:[\w-]+\s+)?(?:councillors?|trustees?|staff|officers?|managers?|directors?|volunteers?|members|committee\s+members?)\b|her|him|them|me|(?-i:[A-Z][a-z]+))", re.I), "free to contact"),
    (patterns.compile(rf"\b(?:direct|regular|weekly|monthly|fortnightly|daily|ongoing|open)\s+(?:access|contact|communication|calls?|meetings?|check-ins?|conversations?|line)\s+(?:with|to)\s+{PARTY}", re.I), "direct access"),
    (patterns.compile(r"\b(?:meet|speak|talk|work|communicate|liaise|collaborate|coordinate|consult|deal)s?\s+(?:directly|straight|closely|regularly|weekly|monthly|fortnightly|daily|day[- ]to[- ]day)\s+(?:with|to),?\s+"
                r"(?!(?:(?:the|our|their)\s+)?(?:[\w-]+\s+){0,2}?(?:agency|agencies|partners?|vendors?|suppliers?|contractors?|printers?|freelancers?)\b)"
                r"(?:the\s+|our\s+)?[A-Z\w]"
                r"|\breport(?:s|ing)?\s+(?:directly\s+)?to\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:owners?|director|manager|founders?|partners?|chair|ceo|head|president|secretary|principal|officer|coordinator|lead)\b"
                r"(?![^.]*\b(?:at\s+the\s+agency|here\s+at|our\s+agency)\b)"
                r"|\b(?:video\s+|phone\s+|zoom\s+)?(?:calls?|meetings?|check-ins?|catch-ups?|syncs?)\s+every\s+(?:\w+day|week|morning|fortnight|month)\b"
                r"|\bhave\s+(?:the\s+)?[\w'’]*\s*(?:cell|mobile|phone|direct)\s+(?:numbers?|lines?)\b"
                r"|\bwork\s+(?:directly\s+|closely\s+)?with\s+me\b|\b(?:go|goes|send|sent)\s+(?:straight|directly)\s+to\s+(?:her|him|them|me|(?:any|the|our)\s+(?:partners?|managers?|owners?|directors?|founders?|chair|coordinators?|team|staff|head\s+of\s+\w+))\b"
                r"|\b(?:send|sends|sent|pass|passes|passed|forward|forwards)\s+(?!(?:(?:your|the|an?|all|any)\s+)?(?:proposals?|invoices?|"
                r"applications?|quotes?|quotations?|bids?|cvs?|resumes?|portfolios?|submissions?|tenders?)\b)[^.;]{0,50}?\b(?:straight|directly)\s+to\s+(?-i:[A-Z][a-z]+)\b"
                r"|^\W*(?:[\w']+[\s:]+){0,4}?(?:either|both|any)\s+of\s+us\s*,\s*(?:any\s?time|whenever)\b"
                r"|^\W*(?:talking|speaking|reaching|getting\s+hold\s+of)\s+(?:to\s+|with\s+)?(?:me|us)\s*:(?![^.]*(?:@|\bquestions?\b|\bprocurement\b))"
                r"|\b(?:text|call|message|ring)\s+(?:me|us)\s+(?:anything|any\s?time|whenever)\b|\btext\s+anything\b"
                r"|(?:^|[:;,]\s*|\b(?:so|just|please|and)\s+)\W*(?:text|call|message|ring)(?:\s+or\s+\w+)?\s+(?:me\s+|us\s+)?(?:any\s?time|whenever)\b"
                r"|\b(?:tell|ask|show|update)\s+(?!(?-i:Facebook|Instagram|LinkedIn|TikTok|YouTube|Pinterest|Twitter|Procurement|"
                r"Purchasing|Finance)\b)(?-i:[A-Z][a-z]+)\b[^.;]{0,60}\b(?:whenever|any\s?time|over\s+(?:a\s+)?(?:coffee|cuppa|call|chat))"
                r"|\btakes?\s+(?:\w+[\s-]+){0,3}?direction\s+from\b"
                r"|\b(?:may|can)\s+go\s+(?:directly|straight)\s+to\s+(?:the|our|their)\s+(?:[\w-]+\s+){0,2}?(?:team|department|manager|director|"
                r"staff|office|owner|officer|lead|head)\b"
                r"|\b(?:I'm|I\s+am|we're|we\s+are)\s+easy\s+to\s+reach\b|^\W*(?:just\s+)?whatsapp\s+(?:me|us)\b"
                r"|\bwhatsapp\s+group\b[^.]{0,60}?\b(?:use\s+it|questions|approvals)\b"
                r"|\b(?:we'll|we\s+will|let's)\s+(?:sit\s+down|meet\s+up|catch\s+up|have\s+a\s+(?:call|chat|coffee|cuppa))\b"
                r"|\b(?:you(?:'ll|'d|\s+will|\s+would)?)\s+(?:\w+\s+)?work\s+(?:directly\s+|closely\s+)?with\s+(?:our|the)\s+(?!account\s)(?:[\w-]+\s+){0,3}?"
                r"(?:director|manager|officer|lead|head|coordinator|owner|founder|chair|team)\b"
                r"|\bmeet\s+(?:\w+\s+){0,4}?with\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}?(?:manager|director|owner|officer|lead|head|"
                r"coordinator|team|chair|president)\b|\b(?:sit\s+down|meet|catch\s+up)\s+with\s+(?:me|us)\b"
                r"|(?:^\W*(?:please\s+)?|\byou(?:'ll|\s+will)?\s+)(?:sit\s+down|meet|catch\s+up)\s+with\s+(?-i:[A-Z][a-z]+)\s+\((?:the\s+)?owner\)"
                r"|\b(?:agree|agrees|settle|settles|plan|plans)\s+(?:\w+\s+){0,3}?directly\s+with\s+(?:the|our)\s+(?:[\w'’-]+\s+){0,3}?"
                r"(?:manager|director|owner|officer|lead|head|coordinator|team|chair|curator)\b"
                r"|\b(?:message|call|ring|text|phone|email)\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?,\s+(?:the|our)\s+(?:owner|manager|director|founder)\b"
                r"|\bdrop\s+(?:in|into|by)\s+(?:to\s+)?(?:the\s+|our\s+)?(?:yard|shop|office|café|cafe|studio|salon|store|centre|center)\b"
                r"|\bwhatsapp\s+group\s+with\s+(?:me|us)\b|\byour\s+(?:[\w-]+\s+){0,2}?contact(?:\s+and\s+\w+)?\s+(?:will\s+be|is)\b"
                r"|\b(?:I|we)\s+(?:will\s+|'ll\s+)?(?:always\s+)?be\s+around\b"
                r"|\bno\s+gatekeepers?\b|\b(?:nobody|no\s+one)\s+will\s+(?:route|channel|filter)\s+you\b"
                r"|\b(?:a|one)\s+(?:quick\s+)?(?:phone\s+call|call|text|message|email)\s+away\b"
                r"|\b(?:you(?:'ll|\s+will)?|who|contractor|consultant|assistant|freelancer|supplier|provider|role)\s+(?:\w+\s+)?reports?\s+(?:directly\s+)?to\s+(?-i:[A-Z][a-z]+)"
                r"|^\W*reporting\s+(?:directly\s+)?to\s+(?-i:[A-Z][a-z]+)"
                rf"|\b{VENDOR}\s+(?:can|may|should)\s+(?:ring|phone|call|message|email|e-mail|text|contact|reach)(?:\s+(?:or|and)\s+\w+)?\s+"
                r"(?:any|the|our|each|every|their|your)\s+(?:[\w-]+\s+){0,2}?(?:managers?|owners?|directors?|leads?|heads?|coordinators?|"
                r"officers?|chairs?)\b[^.;]{0,30}?\bdirect(?:ly)?\b(?![^.;]{0,12}\bonly\b)"  # (not "direct only in an emergency")
                r"|\bdirect\s+line\b|\btexts?\s+(?:are\s+)?welcome\b|\bask\s+(?:me|us|her|him|them|anyone|any\s+of\s+(?:them|us))\s+anything\b"
                r"|\bdirect\s+(?:on|by|via)\s+(?:mobile|phone|email|text)|\bhave\s+my\s+(?:mobile|number|cell|phone)\b"
                r"|\banswer\s+(?:your\s+)?questions\s+directly\b|\b(?:happy|glad)\s+to\s+take\s+(?:your\s+)?(?:calls|texts|questions)|\b(?:happy|glad)\s+to\s+(?:talk|chat|speak)\b[^.;]{0,30}?\b(?:any\s?time|whenever|directly|by\s+phone|on\s+the\s+phone)"
                r"|\breach\s+out\s+(?:to\s+(?:them|him|her|me|us)\s+)?directly\b|\bavailable\s+for\s+a\s+call\b"
                r"|\bapproves?\s+(?:the\s+|all\s+|each\s+|every\s+|your\s+)?(?:\w+['’]s\s+)?(?:posts|drafts|content|calendar|copy|captions)\b"
                r"|\bsign\s+off\s+(?:on\s+)?(?:your|the|all|each)\s+(?:\w+\s+)?(?:posts|drafts|content|calendar|copy)\b"
                # "Dr. Hale wants to sign off anything ...", not "We'll need to" or "our account team needs to"
                r"|^(?:(?!\b(?:we|we'll|we'd|our|us|agency|account)\b)[^;])*?\b(?:wants?|needs?|likes?)\s+to\s+sign\s+off\s+(?:on\s+)?(?:anything|everything)\b"
                r"|\b(?:happy|glad|welcome)\s+to\s+be\s+(?:contacted|called|emailed|approached|interviewed|phoned|messaged|texted|rung)\b"
                r"|\bno\s+need\s+to\s+(?:route|go|channel|pass)\s+(?:anything|everything|it|things)?\s*(?:through|via)\b"
                r"|\b(?:shared?|share\w*|added\s+to|in)\s+(?:a\s+|our\s+|the\s+|their\s+)?(?:\w+\s+)?(?:slack|(?-i:Teams)|whatsapp|group\s+chat)\b(?:\s+(?:channel|group|workspace))?,?\s+(?:with|where)\b"
                r"|\b(?:may|can)\s+be\s+(?:reached|contacted|called|emailed)\s+directly\b"
                r"|\b(?:talk|speak|deal|work)\s+(?:to|with)\s+[\w\s,'’]{1,40}?\bdirectly\b"
                r"|\b(?:contractor|freelancer|assistant|consultant|agency|vendor|supplier|manager)\s+(?:\w+\s+)?(?:talk|speak|deal|work)s\s+"
                r"(?:to|with)\s+[\w\s,'’]{1,40}?\bdirectly\b|\bno\s+middle\s?(?:man|men|person)\b"
                r"|\b(?:is|are)\s+reachable\b|\b(?:managed|supervised|overseen|directed)\s+by\s+(?:the|our)\s+\w+"
                r"|\bdeals?\s+in\s+person\s+with\b|\b(?:may|can)\s+(?:also\s+)?contact\s+(?!us\b)\w+|\b(?:may|can)\s+(?:also\s+)?approach\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:manager|director|officer|lead|head|team|staff|curator)\b"
                r"|\bin\s+(?:regular|direct|close|frequent|ongoing|daily|weekly)(?:,?\s+(?:and\s+)?\w+)?\s+contact\s+with\b"
                r"|\bis\s+your\s+(?:manager|supervisor|boss|lead)\b|\bwith\s+the\s+[A-Z]{2,5}\b(?=[^.]*\b(?:meeting|call|check-in|review)s?\b)"
                r"|\b(?:happy|glad)\s+to\s+(?:jump|hop|get)\s+on\s+(?:a\s+)?(?:\S+\s+)?call", re.I), "works directly with the client"),
    (patterns.compile(r"\b(?:happy|glad|available)\s+to\s+(?:take|answer)\s+(?:your\s+)?questions\b|\bquestions\s+(?:by|via)\s+(?:email|phone)\s+at\s+any\s+time\b", re.I), "available for questions"),
    (patterns.compile(r"\b(?:calls?|meetings?|check-ins?|stand-?ups?|catch-?ups?|sit-downs?|sessions?)(?:\s+\w+){0,3}?\s+with\s+(?:[\w'’.,-]+\s+){0,5}?(?:owner|client|brand|director|manager|marketing|communications|comms|team|founder|ceo|staff|lead|coordinator|officer|head|president|chair|editor|specialist|executive|partner|me)\b", re.I), "meetings with the client"),
    (patterns.compile(r"\b(?:is|are|will\s+be|as)\s+(?:the|your|our)\s+(?:\w+'s\s+)?(?:[\w-]+\s+)?(?:contacts?|liaisons?|point\s+persons?|point\s+of\s+contact|go-to)\b|\bpoint\s+person\b", re.I), "named contact"),
    (patterns.compile(r"\b(?:may|can|should|will|are\s+welcome\s+to)\s+(?:\w+\s+)?(?:contact|call|text|message|email|reach|ping|talk\s+to|speak\s+(?:to|with)|meet|interview|approach|visit|ask)\b[^.;]{0,90}?\b(?:directly|any\s?time|whenever|at\s+any\s+time)\b", re.I), "direct contact allowed"),
    (patterns.compile(r"\b(?:text|call|message|email|ping|phone|ring|reach)\s+(?:or\s+[\w-]+\s+)?(?:me|her|him|them|(?:either|both|any|one)\s+of\s+(?:us|them))\b"
                r"|\b(?:text|call|message|email|phone|ring)\s+our\s+(?:club\s+|board\s+)?(?:secretary|chair|chairperson|president|owner|founder|treasurer)\b"
                r"(?![^.]*\b(?:rfp|rfq|rft|itt|tender|solicitation|proposals?|quotations?|bids?)\b)|\bjoin\s+our\s+(?:\w+\s+)?(?:stand-?up|meeting|call|check-in)s?\b|\breports?\s+(?:directly\s+)?to\s+me\b", re.I), "talks with the owner"),
    # "a sit-down with Sam (head guide) every month": a meeting with a named person (case matters here)
    (patterns.compile(r"\b(?:[Mm]eetings?|[Cc]alls?|[Cc]heck-ins?|[Ss]it-downs?|[Cc]atch-ups?)\b[^.;]{0,30}?\bwith\s+[A-Z][a-z]+\b"),
     "meetings with a named person"),
    (patterns.compile(r"\b(?:a|one)\s+(?:\w+\s+)?(?:coffee|cuppa)\s+with\s+(?:me|us|the\s+(?:owner|manager|director|founder|team|chair))\b", re.I),
     "meetings with the client"),
    (patterns.compile(r"\b(?:point of contact|liaison|your contact)\b\s+(?:will be|is)\b|\b(?:will be|is)\s+your\s+(?:\w+\s+)?(?:point of contact|contact|liaison)\b", re.I), "named point of contact"),
]
NEGATED_ALLOWANCE = patterns.compile(r"\b(?:not|never|no|\w+n't)\s+(?:\w+\s+){0,2}$", re.I)
NEGATED_INSIDE = patterns.compile(r"\b(?:not|never|\w+n't)\s+(?:\w+\s+){0,2}?(?:ring|call|phone|text|talk|chat|speak|contact|attend|join|"
                            r"message|email|be\s+expected)\b", re.I)

# "each participating farm", "per member venue": an enrolled entity, whatever it is
ENROLLED = r"(?:participating|member|partner|affiliated|affiliate|franchised|enrolled|subscribing)"
# what an enrolled entity is: "each participating farm", "per member venue" (not "each member receives")
ENROLLED_NOUN = (r"(?:farms?|venues?|businesses|business|organi[sz]ations?|companies|company|firms?|practices?|schools?|"
                 r"clinics?|stores?|shops?|restaurants?|sites?|locations?|brands?|properties|property|chapters?|clubs?)")
NOT_CLIENT_HEAD = r"(?!\s+(?:communications?|contacts?|correspondence|relationships?|questions?|requests?|information|data|feedback|approvals?|materials?|services?|work|side|facing|logos?|details|assets|logins?|lists?|base|weeks?|days?|months?|years?|terms?|hours?|nights?|holidays?|year's))"
# "Nearly every new client finds us on Instagram": a shop's customer, by what the client does
CUSTOMER_DOES = (r"(?!\s+(?:finds?\s+us|books?\s+(?:in|a|an|online)|walks?\s+in|visits?\s+(?:us|the\s+(?:shop|studio|salon))|"
                 r"comes?\s+(?:in|to\s+us|back)|sits?\s+in|leaves?\s+(?:a\s+)?(?:review|happy))\b)")
PER_CLIENT = patterns.compile(rf"(?<!\bafter\s)(?<!\bbefore\s)(?<!\bbetween\s)\b(?:(?:with|for|of|on behalf of|across)\s+)?(?:each|every|per|all)\s+(?!other\b|single\s+other\b)(?:(?:one|of)\s+)?(?:our\s+|your\s+|the\s+|these\s+)?(?!intellectual\s+property\b)(?:(\w+)\s+)?{CLIENT_NOUN}\b{NOT_CLIENT_HEAD}{CUSTOMER_DOES}|\b(?:each|every|per)\s+{ENROLLED}\s+{ENROLLED_NOUN}\b|\beach\s+{CLIENT_NOUN}'s\b|\b{CLIENT_NOUN}\s+by\s+{CLIENT_NOUN}\b", re.I)
CLIENT_COUNT = patterns.compile(rf"(?<![\d,.])\b(\w+(?:-\w+)?|\d+)(?:\s*\(\d+\))?\s+(?:(?:active|different|separate|retail|individual|distinct)\s+)?(?:{CLIENT_NOUN}|{ENROLLED}\s+{ENROLLED_NOUN}|places)\b{NOT_CLIENT_HEAD}"
                          # "three of our accounts": an agency's accounts are its clients
                          rf"|\b(\w+)\s+of\s+(?:our|my|the\s+agency's)\s+(?:{CLIENT_NOUN}|accounts)\b{NOT_CLIENT_HEAD}", re.I)
# "every one of those three": the work repeats for a group counted just before
# "What we need, for each of the three conferences": the work repeats over a counted set, whatever it is
EACH_OF_N = patterns.compile(r"\b(?:for|with|across)\s+(?:each|every\s+one)\s+of\s+(?:the|our|your|these|those|its|their)\s+(\w+)\s+([a-z]+)\b"
                       r"(?<!platforms)(?<!channels)(?<!accounts)(?<!networks)(?<!pages)(?<!profiles)", re.I)
NOT_SETS = {"posts", "videos", "articles", "items", "weeks", "months", "days", "years", "deliverables", "tasks", "platforms",
            "channels", "accounts", "networks", "pages", "profiles", "hours", "times", "stories", "reels", "emails"}
# (the number stands alone, as a pronoun: "each of the three videos" counts videos)
BACK_TO_COUNT = patterns.compile(r"\b(?:each|every)\s+(?:one\s+)?of\s+(?:those|these|the|them|all)\s+(\w+)\b"
                           r"(?=\s*(?:[,.;:!?)]|$|needs?\b|gets?\b|has\b|have\b|is\b|are\b|will\b|should\b|must\b|here))", re.I)


def contact(sents: list[Sent]) -> ClientContact:
    """Forbidden beats allowed: one ban makes the plan a ban, whatever else it says."""
    banned, allowed = [], []
    for sent in sents:
        if not sent.within(CONTEXT):
            continue
        text = sent.text
        if cue := _first(ALLOWED, text, negatable=True):
            allowed.append((sent, cue))
            if cue in SELF_NEGATED:
                continue  # its negation is part of the allowance, not a ban
        if cue := _first(FORBIDDEN, text):
            banned.append((sent, cue))
    # a white-label cover hides the vendor's name; an explicit allowance still lets it talk with the client
    if banned and not (any(cue != "reachable" for _, cue in allowed) and all(cue == "white-label" for _, cue in banned)):
        return ClientContact(False, tuple(s.evidence() for s, _ in banned), banned[0][1])
    if allowed:
        return ClientContact(True, tuple(s.evidence() for s, _ in allowed), allowed[0][1])
    return ClientContact(None)


# Allowances whose own words are a negation, so they are neither negated nor read as bans.
SELF_NEGATED = {"no restriction on contact", "contact invited"}
# "do not hesitate to contact", "never post without talking to the client first": contact invited or required.
# "must not contact any client ... outside the page and the helpline": where to talk, not a ban
OFF_CHANNEL = patterns.compile(r"^[^.;]{0,40}?\b(?:outside\s+(?:the|our)\s+(?:page|helpline|platform|channel|app|official)|off[- ]platform|"
                         r"(?:via|through|from)\s+(?:a\s+|your\s+)?personal\s+accounts?)", re.I)
# "there's no need to route everything through us": a ban waived
NO_NEED = patterns.compile(r"\b(?:no\s+need\s+to|(?:don't|do\s+not|never)\s+need\s+to|needn't|nobody\s+will|no\s+one\s+will)\s*$", re.I)
NOT_A_BAN = patterns.compile(r"\bhesitate\b|\b(?:not|never|n't|no)\b.*\bwithout\b", re.I)


def _first(patterns, text: str, negatable: bool = False) -> str | None:
    for pattern, cue in patterns:
        for m in pattern.finditer(text):
            if negatable and cue not in SELF_NEGATED and (NEGATED_ALLOWANCE.search(text[max(0, m.start() - 25):m.start()])
                                                          or m.start() == 0 and NEGATED_INSIDE.search(m.group(0))):
                continue  # (an allowance guarded from the sentence start carries its negation inside: "Please don't ring anyone")
            if not negatable and (NOT_A_BAN.search(m.group(0)) or NO_NEED.search(text[max(0, m.start() - 25):m.start()])
                                  or OFF_CHANNEL.search(text[m.end():m.end() + 60])):
                continue
            return cue
    return None


def clients(sents: list[Sent]) -> Clients:
    """Whether the work repeats per client, and for how many when stated."""
    per, count, evidence = False, None, []
    # "Each wall runs its own Instagram": whatever each one is, it is a separate client
    own = {m.group(1).lower() for s in sents for m in EACH_OWN.finditer(s.text)} - NOT_OWNERS
    sets = _counted_sets(sents, also=own)
    for sent in sents:
        if not sent.within(CONTEXT) or OTHERS_WORK.search(sent.text) or BIDDING.search(sent.text):
            continue
        text = sent.text
        c = _count(text)
        m = PER_CLIENT.search(text) or _back_to(text, count or c) or _each_of_n(text)
        if m is None and (n := _per_counted(text, sets, heading=sent.kind == "heading")):
            m, c = True, c or n  # "five (5) brokerages" ... "Output, per brokerage"
        if m:
            per = True
            if m is not True and m.group(1) and (n := number(m.group(1))) and n > 1:
                c = c or int(n)
            evidence.append(sent.evidence())
        if c and count is None:
            count = c  # "Current roster (four clients):" may come before "For each client"
            if not m:
                evidence.append(sent.evidence())
    places = {o for o in own if ORG_NOUNS.fullmatch(o) or ORG_NOUNS.fullmatch(o + "s")}  # (not "Each product has its own page")
    if not per and places and (lead := next((s for s in sents if s.within(CONTEXT) and EACH_ONE.search(s.text)), None)):
        # "Each house has its own Instagram ... For each one, what we'd like is:": the work repeats per house
        per = True
        evidence.append(lead.evidence())
        counts = {n for noun, n in sets.items() if any(noun.endswith(o) for o in places)}
        count = count or (counts.pop() if len(counts) == 1 else None)
    owned = _counted_sets([s for s in sents if OWN_EACH.search(s.text)])
    if per and count is None and len(set(owned.values())) == 1:
        count = next(iter(owned.values()))  # "five independently owned opticians, each with its own pages" ... "per practice"
    if per and count is None:
        count = _table_of(sents)  # "For each Agency" over a table whose rows are the agencies
    return Clients(count if per else None, per, tuple(evidence) if per else ())


# "five (5) brokerages", "7 franchised clubs": a counted set of something, whatever it is
NUMBER_WORD = (r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
               r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|both)")
COUNTED_SET = patterns.compile(rf"\b({NUMBER_WORD})(?:\s*\(\d+\))?\s+(?:[a-z-]+\s+(?:and\s+|or\s+|&\s+)?){{0,2}}?([^\W\d_]{{3,}}s)\b", re.I)
# What a set of clients is, beyond CLIENT_NOUN: organisations and places of business.
ORG_NOUNS = patterns.compile(rf"(?:{CLIENT_NOUN}|brokerages?|clubs?|agencies|dealerships?|franchises?|bakeries|breweries|galleries|"
                       r"museums?|libraries|theatres?|theaters?|hospitals?|surgeries|parishes|churches|chapters?|academies|"
                       r"colleges?|lodges?|inns?|resorts?|marinas?|studios?|companies|organi[sz]ations?|charities|nurseries|"
                       r"boutiques?|showrooms?|kitchens?|bakery|brewery|gallery|museum|library|academy|company|charity|"
                       r"opticians?|brokerage|club|agency|dealership|franchise|homes?|houses?|cottages?|guesthouses?|b&bs?)", re.I)
DISTRIBUTIVE = patterns.compile(r"\b(?:per|each|every)\s+([a-z]{3,})\b(?!\s+(?:of|one|other)\b)", re.I)


# A group whose members are separate businesses: "independently owned", "each with its own pages"
OWN_EACH = patterns.compile(r"\bindependently\s+owned\b|\beach\s+with\s+(?:its|their)\s+own\b|\beach\s+(?:\w+\s+)?(?:has|runs|keeps)\s+(?:its|their)\s+own\b",
                      re.I)


def _table_of(sents: list[Sent]) -> int | None:
    """Rows of a table whose first column names what the work repeats for ('| Agency | Town |' under 'For each Agency')."""
    nouns = {_singular(m.group(1).lower()) if m.group(1).lower().endswith("s") else m.group(1).lower()
             for s in sents for m in DISTRIBUTIVE.finditer(s.text)} - NOT_OWNERS - {"client"}
    rows: dict[str, int] = {}
    for s in sents:
        if s.kind == "table_row" and s.header and "|" in s.text and not set(s.text) <= set("|-: "):
            first = s.header.strip().strip("|").split("|")[0].strip().lower()
            rows[first] = rows.get(first, 0) + 1
    found = [n for noun, n in rows.items() if noun in nouns and n > 1]
    return found[0] if len(found) == 1 else None


# Things that "have their own" theme, audience or budget without being clients.
NOT_OWNERS = {"month", "week", "day", "year", "quarter", "season", "workshop", "event", "post", "video", "campaign", "episode",
              "session", "class", "course", "module", "phase", "theme", "topic", "issue", "edition", "platform", "channel"}
EACH_ONE = patterns.compile(r"^\W*(?:and\s+)?for\s+each\s+one\b|\bfor\s+each\s+one\s*[,:]", re.I)
EACH_OWN = patterns.compile(r"\beach\s+([a-z]{3,})\s+(?:runs|has|keeps|manages)\s+(?:its|their)\s+own\b", re.I)


# Homes that are places of business: "four residential and nursing homes", "both houses" (of two B&Bs)
HOMES_RUN = patterns.compile(r"\b(?:care|nursing|residential|retirement|funeral|children's|group|both)\b", re.I)


def _counted_sets(sents: list[Sent], also: set[str] = frozenset()) -> dict[str, int]:
    """Plural nouns the document counts ("five (5) brokerages"), by their singular, with the count."""
    sets: dict[str, int] = {}
    for sent in sents:
        for m in COUNTED_SET.finditer(sent.text):
            noun = m.group(2).lower()
            if m.group(1).lower() == "both" and re.match(r"\s+(?:and|or|&)\b", sent.text[m.end():]):
                continue  # "selling both houses and flats": two kinds, not two places
            n = 2.0 if m.group(1).lower() == "both" else number(m.group(1))  # "one person to do both houses"
            if noun in ("homes", "houses") and not HOMES_RUN.search(m.group(0)):
                continue  # "we sell forty homes a month": homes for sale, not care homes
            if not (ORG_NOUNS.fullmatch(noun) or _singular(noun) in also) or n is None or n < 2 or n != int(n) or n > 500:
                continue
            sets.setdefault(_singular(noun), int(n))
    return sets


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    return noun[:-1]


def _per_counted(text: str, sets: dict[str, int], heading: bool = False) -> int | None:
    """'Output, per brokerage', 'Per club:' over a set the document counted: the work repeats for each.

    Only a label heads the work so; "every team gets one spotlight post" is one item's detail.
    """
    label = heading or len(text.split()) <= 5 or text.rstrip().endswith(":")
    for m in DISTRIBUTIVE.finditer(text):
        opening = not re.search(r"[A-Za-z]", text[:m.start()]) and text[m.end():].lstrip()[:1] in (",", ":")  # "Per wall, a ..."
        if (n := sets.get(m.group(1).lower())) is not None and (label or opening or text[m.end():].lstrip().startswith(":")):
            return n
    return None


def _each_of_n(text: str) -> re.Match[str] | None:
    """Only where the phrase heads the work ("For each of the nine sites:"), not one item
    ("a trailer for each of the four productions")."""
    for m in EACH_OF_N.finditer(text):
        heads = text[m.end():].strip().startswith(":") or not re.search(r"[A-Za-z]", text[:m.start()].split(",")[-1])
        if heads and (n := number(m.group(1))) and n > 1 and m.group(2).lower() not in NOT_SETS:
            return m
    return None


def _back_to(text: str, count: int | None) -> re.Match[str] | None:
    """'Every one of those three needs ...' once three clients were counted."""
    for m in BACK_TO_COUNT.finditer(text):
        if count and number(m.group(1)) == count:
            return m
    return None


# "Each agency should submit a written proposal": the bid's own words, not clients
BIDDING = patterns.compile(rf"\b(?:{BIDDERS}|submit\w*|proposals?|bids?|tenders?|respond\s+to\s+(?:this|the)|shortlist\w*|scored?)\b", re.I)


# "Each franchisee runs their own page; they are not part of this brief": not work that repeats.
OTHERS_WORK = patterns.compile(r"\b(?:run|runs|manage|manages|handle|handles|post|posts|keep|keeps|do|does|write|writes)\s+(?:\w+\s+){0,3}?"
                         r"(?:their|its)\s+own\b|\bnot\s+(?:part\s+of|included\s+in)\b|\bexcluded\b|\b(?:out|outside)\s+of\s+(?:the\s+)?scope\b"
                         r"|\b(?:pages?|accounts?|profiles?|listings?|channels?)\b[^.;]{0,40}?\b(?:stays?|remains?)\s+with\s+(?:the|their|its)\b", re.I)


def _count(text: str) -> int | None:
    for m in CLIENT_COUNT.finditer(text):
        if m.group(0).lower().endswith("places") and re.search(r"\b(?:and|to)\s*$|-\s*$", text[:m.start()]):
            continue  # "between 40 and 62 places": a nursery's size, not a number of clients
        n = number(m.group(1) or m.group(2))
        if n is not None and n > 1 and n == int(n):
            return int(n)
    return None
