"""Negation and exclusion as ConText-style rules over a clause.

A cue looks forward or backward from where it stands until a clause break
("but", ";", a full stop), so "we no longer use Twitter, but want LinkedIn"
negates Twitter and not LinkedIn. The cue that decided is returned, so a
fact can say why it was left out.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .. import patterns
from ..nlp import block_text
from .quantity import quantities

if TYPE_CHECKING:
    from spacy.tokens import Span

BREAKS = {".", ";", "but", "however", "whereas", "while", "although", "though", "instead", "rather", "yet"}

# Cues that negate or exclude what follows them in the clause.
FORWARD_CUES: tuple[str, ...] = (
    "not", "n't", "never", "no", "nor", "neither", "without", "excluding", "exclude", "excludes", "except",
    "except for", "other than", "apart from", "no longer", "used to", "formerly", "previously", "once used",
    "stopped", "discontinued", "abandoned", "retired", "deleted", "closed", "left", "quit", "out of scope",
    "not in scope", "outside the scope", "competitor", "competitors", "competitor's", "competitors'", "rival",
    "rivals", "unlike", "not including", "beyond", "other agencies", "handled in-house", "in-house",
    "competing", "competition", "its own", "their own", "his own", "her own", "untouched", "dormant",
    "neighbouring", "neighboring", "nearby", "other libraries", "other businesses", "other brands",
    "shut", "killed", "stepped away from", "walked away from", "moved away from", "experimented with", "tried",
    "trialled", "trialed", "dabbled in", "gave up on", "ignore", "withdrew from", "withdrawn from", "pulled out of",
    "exited", "had a go at", "gave up",
)
# Cues that negate what comes before them in the clause ("TikTok is out of scope").
BACKWARD_CUES: tuple[str, ...] = (
    "out of scope", "is excluded", "are excluded", "excluded", "is not included", "are not included",
    "not included", "not required", "is not part", "are not part", "not part of", "no longer", "not needed",
    "is out", "are out", "handled in-house", "in-house", "managed internally", "handled internally",
    "by our own team", "by our staff", "competitor", "competitors", "competitors'", "is not in scope",
    "are not in scope", "not in scope", "we dropped", "was closed", "were closed", "is dormant",
    "will not be", "won't be", "not be", "dropped", "and dropped", "gave up", "let it lapse", "lapsed",
    "untouched", "can stay that way", "shut down", "was deleted", "were deleted", "stopped", "abandoned",
    "is dormant", "are dormant", "inactive", "not interested", "is not used", "isn't used", "not used",
    "unused", "forget about", "can forget", "not ours", "no plans", "as a tone example", "as an example",
    "for reference only", "as inspiration", "reopen", "down in", "aren't going back", "not going back",
    "off the table", "leaving alone", "leave alone", "ended", "was ended", "wound down", "not on the table",
    "not on the list", "n't on the list", "n't on the table", "not on the cards", "not affiliated", "unaffiliated",
    "not related", "unrelated", "has nothing to do", "and closed", "closed the account", "stays mine", "stays ours",
    "is mine", "remains mine", "is her own", "is his own", "is their own", "are their own", "not be touched",
    "decided against", "ruled out",
)
# Words after "not"/"no" that undo the negation ("not limited to", "no more than", "not only").
NOT_NEGATING = {"limited", "more", "less", "fewer", "later", "only", "just", "restricted", "exceed", "exceeding",
                "matter", "doubt", "problem", "earlier", "sooner", "to", "up"}


# A few words after the platform: a cue that far speaks of it ("Instagram, which the Youth Panel produces"), not of
# what the sentence goes on to ("..., including any posting that falls outside office hours")
NEAR = r"\s*,?\s*(?:[\w'’()-]+\s+){0,4}?"
# The rest of a platform's clause, not crossing a condition or a new subject ("..., and if you miss one, don't worry").
SAME_CLAUSE = r"^(?:(?!\b(?:if|when|unless|and\s+(?:we|you|i))\b)[^.;])*?"
ADOPTING = {"open", "start", "create", "use", "join", "have", "launch", "set", "go", "return", "restart", "revive", "pursue",
            "add", "bother"}
# Who the vendor is, as a noun: "the contractor", "the successful bidder", "the appointed Social Media Manager".
VENDOR_NOUNS = (r"(?:contractor|vendor|agency|consultant|freelancer|successful\s+\w+|selected\s+\w+|appointed\s+\w+|supplier|"
                r"(?:service\s+)?provider|proposer|respondent|social\s+media\s+(?:manager|assistant|coordinator))")
VENDOR = rf"(?:you|yourself|the\s+{VENDOR_NOUNS})"
# "covered by this SOW": the document itself, not someone else who does the work
THE_DOCUMENT = (r"(?:this|the|our)\s+(?:sow|contract|agreement|rfp|rfq|scope|brief|tender|engagement|statement\s+of\s+work|document|"
                r"budget)\b(?=\s*(?:[.,;:)]|$|(?:and|or|which|but)\b))")
# What is said after a platform that leaves it out: someone else runs it, it is dormant, "leave it alone".
AFTER = patterns.compile(
    r"^[^.;]*?\b(?:is|are|was|were|has\s+been|have\s+been|remains?|stays?|will\s+(?:stay|remain))\s+(?:\w+\s+){0,2}?"
    r"(?:dormant|dead|excluded|outside|outwith|untouched|inactive|retired|closed|paused|parked|on\s+hold|archived|off[- ]limits|not\s+part|"
    r"not\s+included|not\s+in\s+scope|out\s+of\s+scope)\b"
    r"|^[^.;]*?\b(?:is|are|was|were|gets?|has\s+been|have\s+been)\s+(?:\w+\s+){0,2}?(?:run|managed|handled|maintained|"
    rf"posted|filmed|edited|webcast|looked\s+after|operated|kept|done|updated|covered|made|produced|created|staffed)\s+(?:(?!by\b)[\w'’&.-]+\s+){{0,4}}?by\s+(?!{VENDOR}|{THE_DOCUMENT})"
    r"|^[^.;]*?\b(?:leave\s+(?:it|them|those|these|that)\s+(?:alone|be|as\s+(?:it|they)\s+(?:is|are))|ignore\s+(?:it|them)|"
    r"(?:stays?|remains?|will\s+(?:stay|remain))\s+with\s+(?!you\b|your\b)|"
    r"stays?\s+that\s+way|has(?:n't|\s+not)\s+been\s+(?:updated|used|touched|active)|that\s+stays\s+with|"
    r"(?:isn't|is\s+not|aren't|are\s+not)\s+(?:part|included|in\s+scope|needed|required)|"
    r"not\s+(?:part\s+of|in|included\s+in)\s+(?:this|the|our)\s+(?:package|request|contract|scope|rfq|rfp|sow|brief|"
    r"engagement|work|tender|itt|quote|proposal))\b"
    r"|^\s*(?:\w+\s+)?(?:himself|herself|themselves)\b|^[^.;]*?\b(?:I|we)\s+(?:\w+\s+){0,3}?(?:it|them|that|those)\s+(?:myself|ourselves)\b"
    # "Google reviews I answer myself"; "TikTok is a no"
    r"|^\s*(?:I|we)\s+(?:answer|do|handle|run|manage|reply\s+to)\s+(?:(?:it|them)\s+)?(?:myself|ourselves)\b"
    # "TikTok is not something we are ready for", "TikTok is not yours, that's my daughter's thing"
    r"|^[^.;]*?\b(?:is|are|'s)\s+not\s+something\s+(?:we|I)(?:'re|\s+are|'m|\s+am)?\s+(?:ready\s+for|doing|want|need|interested\s+in)\b"
    r"|^\s*(?:is|are|'s)\s+not\s+yours\s*(?:[,.;]|$)"
    # (each word ends at a space or comma: "[\w-]+\s*" alone splits a long word every possible way, cubic time)
    r"|^\s*,?\s*(?:[\w-]+(?:\s*,\s*|\s+)){0,3}?(?:is|was)\s+(?:a\s+(?:hard\s+)?no\b(?!-)|a\s+no-go\b|a\s+non-starter\b)"
    r"|^[^.;]*?\b(?:are|am|'re|is)\s+not\s+posting\s+(?:there|on\s+it)\b"
    r"|^[^.;]*?\b(?:shall|will|must|should|may|can)\s+not\s+(?:post|publish)\w*\s+(?:there|on\s+it)\b"
    r"|^[^.;]*?\b(?:isn't|is\s+not|aren't|are\s+not|won't\s+be|not)\s+happening\b|^[^.;]*?\bnot\s+(?:now|yet|this\s+year)\b"
    r"|^\s*[:\-–—=]\s*(?:revisit|maybe|later|next\s+(?:year|season)|no\b(?!\s+(?:fewer|less|more|later|sooner|earlier)\b)|nope|skip|that's\s+(?:me|mine|us|ours)|"
    r"not\s+(?:us|for\s+us|ours|now|yet)\s*(?:[.;!]|$))"
    r"|^\s*[:\-–—=]\s*(?:\w+\s+){0,4}?(?:does|runs|handles|manages|keeps|makes|films)\s+(?:ours|it|that|those|them)\b"
    # "TikTok: my nephew says yes, I say no."
    r"|^\s*[:\-–—]\s*(?![^.;]*\bif\b)[^.;]{0,40}?\b(?:I|we)\s+say\s+no\s*(?:[.;!]|$)"
    # "Instagram: decided at the February meeting not to open one yet"
    r"|^\s*[:\-–—]\s*[^.;]{0,50}?\bnot\s+to\s+(?:open|start|create|have|use|join|bother)\s+(?:with\s+)?"
    r"(?:one|it|an?\s+(?:account|page|profile|channel)|yet|at\s+all)\b"
    # "Google Business posts: each store's BDC team does those, not you"; "TikTok: Toyota corporate runs the national one"
    r"|^\s*(?:posts?|pages?|accounts?|profiles?|channels?)?\s*[:\-–—]\s*(?!(?:you|the\s+(?:contractor|freelancer|agency|supplier))\b)"
    r"(?:[\w'’]+\s+){0,5}?(?:does|do|runs|run|handles|manages|keeps|makes)\s+(?:those|them|it|that|the\s+(?:\w+\s+)?one)\b"
    r"|^[^.;]*?,\s*not\s+(?:you|yours)\s*(?:[.;,]|$)"
    # "google reviews leave to the wife", "LinkedIn ... I'll handle that", "TikTok can wait until next year"
    r"|^\s*(?:\w+\s+){0,2}?leave\s+(?:(?:it|them|that|those)\s+)?(?:to|with)\s+(?!you\b|your\b|the\s+(?:contractor|agency|freelancer|supplier)\b)"
    r"(?:the|my|our|his|her|their|\w+['’]s)\s+\w+"
    r"|^[^.;,]*?\b(?:I|we)(?:'ll|\s+will)\s+(?:handle|do|look\s+after|manage|run|take\s+care\s+of)\s+(?:that|it|those|them)(?:\s+myself|\s+ourselves)?\s*(?:[,.;]|and\b|$)"
    r"|^\s*(?:can|will|could)\s+wait(?:\s+(?:until|till)\s+next\s+\w+|\s+for\s+now|\s+for\s+(?:a\s+)?(?:while|year))?\s*(?:[,.;]|$)"
    r"|^\s*(?:account|page|channel|profile|feed)?\s*(?:is|are)\s+nothing\s+to\s+do\s+with\s+(?:us|me|this|the\s+\w+)\b"
    r"|^[^.;]*?\b(?:leave|ignore)\s+(?:it|them|that)\s*$"
    # "And TikTok, not in a million years", "TikTok, absolutely not" (but "Instagram, not Facebook" names the other)
    r"|^\s*[,:\-–—]\s*(?:absolutely\s+|definitely\s+|certainly\s+|really\s+|just\s+)?(?:not|never|no|nope)"
    r"(?:\s+(?:in\s+a\s+million\s+years|thanks|thank\s+you|for\s+us|for\s+now|this\s+year|ever|way))?\s*(?:[,.;!]|$)"
    # "LinkedIn is HR's, for recruitment": someone else's, said with a possessive that ends the clause
    r"|^\s*(?:[\w-]+\s+){0,2}?(?:is|are|=)\s+(?:(?:the|our|my|his|her|their|its)\s+(?:[\w-]+\s+)?)?(?!(?:client|company|council|organi[sz]ation|business|brand|"
    r"school|university|city|county|district|trust|charity|society|club|museum|library|hotel|shop|store|contractor|agency|"
    r"vendor|supplier|consultant|freelancer|provider|manager|assistant|successful\s+\w+)['’]s)[\w-]+['’]s"
    r"(?:\s+(?:thing|job|baby|project|domain|area|department|responsibility|patch|call))?(?:\s*\((?![^)]*\byou)[^)]{0,40}\))?\s*(?:[,.;]|$)"
    r"(?![^.]*\b(?:you\s+will|you'll|please\s+(?:post|manage|run)|manage\s+it|post\s+there)\b)"
    # "Pinterest I let die back in 2022": the platform put first, then what became of it
    r"|^\s*(?:I|we)\s+(?:\w+\s+){0,2}?(?:let\s+(?:it\s+)?(?:die|lapse|go|slide)|stopped|dropped|abandoned|closed|deleted|"
    r"gave\s+up|killed|quit|ditched)\s*(?:it\b|that\b|[,.;]|$|back\s+in\b|in\s+\d{4}|years?\s+ago|last\s+year)"
    # "TikTok my niece does for fun": the platform put first, then who runs it
    r"|^[\s,(]*(?:(?:my|our|his|her|their)\s+(?:\w+\s+){0,2}?|(?!(?:Reels|Stories|Live|Shop|Shorts|Spaces|Threads|Marketplace|Groups|"
    r"Pages|Messenger|Video|Content|Engagement)\b)(?-i:[A-Z][a-z]+)\s+)(?:does|runs|handles|manages|keeps|looks\s+after|"
    r"takes\s+care\s+of)\b"
    # "Instagram (my nephew's thing)", "Facebook you can ignore", "the Google reviews myself", "TikTok, maybe next year"
    r"|^\s*\(\s*(?:my|our|his|her|their|the)\s+[\w-]+['’]s(?:\s+\w+)?\s*\)"
    r"|^\s*(?:you\s+can\s+|can\s+)(?:ignore|skip|forget)\b"
    r"|^\s*(?:(?:reviews?|page|account|profile|channel|listing|feed)\s+)?(?:myself|ourselves)\b"
    r"|^\s*[,:\-–—=]?\s*maybe\s+(?:next\s+(?:year|season|month)|later|one\s+day)\b"
    r"|^[^.;]*?\b(?:is|are|has\s+been|have\s+been)\s+no\s+longer\s+(?:used|active|updated|maintained|running)\b"
    # "sit with the office manager", "falls outside this contract", "went quiet in 2022", "won't revive it", "packed it in"
    rf"|^{NEAR}\b(?:sits?|sat)\s+with\s+(?!{VENDOR}|you\b)|^[^.;]*?\b(?:falls?|sits?|lies?)\s+outside\s+(?:this|the|our)\s+"
    r"(?:contract|scope|brief|sow|rfp|agreement|engagement)\b"
    rf"|^{NEAR}\b(?:went|gone|has\s+gone|have\s+gone)\s+(?:quiet|silent|dormant|dark)\b"
    r"|^[^.;]*?\b(?:won't|will\s+not|not\s+going\s+to)\s+(?:revive|restart|reopen|reactivate)\s+(?:it|them)\b"
    r"|^[^.;]*?\bpacked\s+(?:it|them)\s+in\b|^[^.;]*?\bleave\s+(?:both|all)\s+(?:of\s+)?(?:those|these|them)\s+alone\b"
    r"|^[\s,]*(?:I|we)\s+(?:answer|do|handle|run|manage|reply\s+to)\s+(?:it|them|those|these)\b"
    r"|^[^.;]*?\bwhich\s+(?:I|we)\s+(?:\w+\s+){0,2}?(?:run|do|handle|manage|keep|answer)\s+(?:myself|ourselves)\b"
    rf"|^\s*,?\s*(?:(?!(?-i:[A-Z]))[\w'’()-]+(?:\s+|(?=,))){{0,2}}?,?\s*which\s+(?!{VENDOR})(?:each|every|the|our|their|its|the\s+[\w'’]+)\s+[^.;]{{0,40}}?\b(?:answers?|runs?|"
    r"handles?|manages?|produces?|creates?|makes?|films?|maintains?)\b"
    r"|^\s*\w*\s*\(\s*(?:[\w-]+\s+){0,3}?(?:run|runs|manage|manages|handle|handles|do|does)\s+(?:those|them|it|that)\s*\)"
    r"|^(?:that's|that\s+is|it's|it\s+is)\s+(?:mine|hers|his|theirs)\b"
    # "TikTok, dancing physios or whatever, no.": a bare refusal closing the sentence
    r"|^(?:(?!\byes\b)[^.;])*,\s*(?:no|nope|no\s+way|not\s+a\s+chance|absolutely\s+not)\s*[.!]?\s*$"
    r"|^[\s,]*(?:leave|ignore|skip)\s+(?:it|them|that|those|these)\s*(?:[,.;]|$)"
    # "remains the responsibility of Athletics Video Services", "stays hers"
    rf"|^[^.;]*?\b(?:is|remains?|stays?)\s+the\s+responsibility\s+of\s+(?!{VENDOR})"
    r"|^[^.;]*?\b(?:stays?|remains?|is|are)\s+(?:hers|his|theirs|mine)\b(?![^.]*\b(?:manage|post|run|agency|contractor|you\s+will)\b)"
    rf"|{SAME_CLAUSE}\b(?:don't|do\s+not|no\s+need\s+to|needn't)\s+(?:worry|bother)(?:\s+(?:about|with)(?:\s+(?:it|that|this|them|those|these)\b|\s*(?:[,.;!]|$))|\s*[.!]?\s*$)"
    rf"|{SAME_CLAUSE}(?<!set it and )\bforget\s+(?:about\s+)?(?:it|that|them|those)\b"
    # "We looked at TikTok and may revisit it in 2026": a later maybe, not now
    rf"|{SAME_CLAUSE}\b(?:may|might|could|will|we'll|we\s+will)\s+(?:\w+\s+)?revisit\s+(?:it|them|that|this)\b"
    r"|^\s*(?:account|page|profile|channel|handle|listing)?\s*[:\-–—]\s*(?:dormant|inactive|paused|parked|closed|not\s+used|unused|retired|"
    r"archived|excluded|out\s+of\s+scope|not\s+ours|out)\b"
    # "A TikTok presence is not contemplated at this time"
    r"|^\s*(?:(?:presence|account|channel|page)\s+)?(?:is|are)\s+not\s+(?:contemplated|envisaged|anticipated|planned)\b"
    # "Google reviews are answered by the front desk at each studio" (not "by 9am", nor when the work is handed over)
    r"|^[^.;]*?\b(?:is|are)\s+(?:answered|moderated|replied\s+to)\s+by\s+(?:the|our|their|its)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:team|desk|office|staff|volunteers?|manager|officer|receptionists?|owner)\b"
    r"(?![^.]*\b(?:take\s+(?:that|it|this)\s+over|you\s+will|you'll|like\s+you\s+to)\b)"
    # "as is the X account, dormant since 2023"
    r"|^\s*(?:account|page|profile|channel|handle)?\s*,\s*(?:dormant|inactive|archived|retired|unused)\s+(?:since|for|in)\b"
    r"(?![^.]*\b(?:want|would\s+like|we'd\s+like|revive|bring\s+(?:it\s+)?back|wake)\b)"
    # "Google listing: I answer the reviews myself"
    r"|^\s*(?:account|page|profile|channel|listing|reviews?)?\s*[:\-–—]\s*(?:I|we)\s+(?:answer|do|handle|run|manage|reply\s+to)\s+"
    r"(?:(?:it|them|the\s+\w+|those|these)\s+)?(?:myself|ourselves)\b(?![^.]*\b(?:for\s+now|take\s+(?:this|it|that)\s+over|hand\s+(?:it|this)\s+over)\b)"
    # "A TikTok presence may be considered in year two, through a separate change order"
    r"|^\s*(?:(?:presence|account|channel|page)\s+)?(?:may|might|could)\s+be\s+(?:considered|added|explored|looked\s+at)\s+"
    r"(?:later|in\s+(?:year|future|the\s+future)|next\s+year|through\s+a\s+separate)"
    rf"|^[^.;]*?,\s*(?:kept|run|managed|handled|maintained|operated|streamed|posted|owned)\s+(?:\w+\s+){{0,2}}?by\s+(?!{VENDOR}|{THE_DOCUMENT})"
    r"|^[^.;]*?\bwhich\s+(?:our|their|its)\s+[\w\s]{0,25}?\b(?:runs?|manages?|handles?|owns?|maintains?|keeps?)\b"
    r"|^[^.;]*?\bbelongs?\s+to\s+(?!you\b)|^[^.;]*?\b(?:don't|do\s+not|never)\s+touch\b|^[^.;]*?\bnot\s+ours\b"
    r"|^[^.;]*?\bwhich\s+(?:their|its|his|her|the\s+client's)\s+[\w\s]{0,25}?\b(?:runs?|manages?|handles?|owns?|maintains?)\b",
    re.I,
)
# A following clause that speaks of the platform again: "..., but it is not part of this RFQ".
PRONOUN_CLAUSE = patterns.compile(r"^\s*[,;]?\s*(?:(?:but|though|although|however)\s*,?\s*)?(?:it|that|this|they|which|those|these)\b", re.I)


PASSIVE_BEFORE = patterns.compile(r"\b(?:is|are|was|were)\s+(?:\w+\s+){0,2}?(?:run|managed|handled|maintained|posted|filmed|"
                            r"edited|webcast|streamed|operated|done|published|placed|uploaded|put|shared)\s+(?:\w+\s+){0,2}?(?:on|to|via|in)\s*$", re.I)
IMPERATIVE_AFTER = patterns.compile(r"^[^.]*?[;,]\s*(?:so\s+)?(?:please\s+)?(?:ignore|leave)\s+(?:it|them|those|these|that)\b"
                              r"|^[^.]*?[;,]\s*(?:so\s+)?(?:please\s+)?let\s+(?:it|them)\s+(?:rest|lie|be|go|die)\b(?!\s+(?:out|live|up|ahead))"
                              r"|^[^.;]*?\b(?:nobody|no\s+one)\s+(?:has\s+|have\s+)?(?:touched|used|updated|posted)", re.I)
# "About Bluesky: volunteers post there personally, but the station has no official account".
NO_ACCOUNT = patterns.compile(r"\b(?:has|have|there\s+is|there's)\s+no\s+(?:\w+\s+)?(?:account|page|channel|profile|presence|handle)\b"
                        r"|^\s*[:\-–—]\s*(?:we|i)\s+(?:don't|do\s+not|didn't)\s+have\s+(?:one|an?\s+account|it)\b(?!\s+yet\b)"

                        r"|\bnot\s+asking\s+for\s+(?:one|it|an?\s+(?:account|page|channel|profile))\b"
                        # "People keep asking about Instagram; we don't have one" (not "don't have one yet")
                        r"|\b(?:we|i)\s+(?:don't|do\s+not|didn't|did\s+not)\s+have\s+(?:one|an?\s+(?:account|page|profile|channel))\b"
                        r"(?!\s+(?:on|for|in|at)\b)(?![^.;]*\byet\b)", re.I)
NOT_OURS = patterns.compile(r"^\s*[,;]\s*(?:and\s+|but\s+)?not\s+(?:ours|yours|needed|required|part\s+of|in\s+scope|included|"
                      r"as\s+part\s+of\s+(?:this|the|your|our)\s+(?:contract|brief|job|role|scope|sow|work)\b)"
                      r"|^\s*,?\s*but\s+(?:it\s+|is\s+)?belongs?\s+to\b"
                      # "... posts stops to Nextdoor; neither is part of this SOW", "...; we are not carrying on with it"
                      r"|^\s*[,;]\s*(?:and\s+|but\s+)?(?:neither|none)\s+(?:of\s+(?:them|these|those)\s+)?(?:is|are)\s+"
                      r"(?:part\s+of|included\s+in|in\s+scope)\b"
                      r"|^\s*[,;]\s*(?:and\s+|but\s+)?(?:we|I)(?:'re|\s+are|'m|\s+am)?\s+(?:not|no\s+longer)\s+(?:carrying\s+on|continuing|"
                      r"going\s+on|bothering)\s+with\s+(?:it|them|that)\b(?!\s+(?:myself|ourselves))"
                      # "Pinterest boards were set up in 2022 but we've parked them"
                      r"|^\s*,?\s*(?:but|and)\s+(?:we've|we\s+have|we)\s+(?:\w+\s+)?(?:parked|paused|shelved|dropped|abandoned|archived|"
                      r"closed|stopped)\s+(?:them|it)\b", re.I)
ACTIVE_BEFORE = patterns.compile(r"\b(?!(?:you|contractor|vendor|agency|consultant|freelancer|assistant|va|supplier|provider|who)\b)"
                           r"[a-z]+\s+(?:(?:keeps\s+|still\s+)?(?:does|runs|handles|manages|makes|films|shoots|looks\s+after|looking\s+after|"
                           r"takes\s+care\s+of|answers|replies\s+to))\s+(?:our|the|its|their)\s*$", re.I)
WOUND_DOWN = patterns.compile(r"\b(?:wind(?:ing)?\s+down|phas(?:e|ing)\s+out|sunsett?ing|retir(?:e|ing)|dropping|closing|deleting|quitting|"
                        r"ditching|abandoning)\s+(?:(?:our|its|the|their|that)\s+)?"
                        r"(?:(?-i:[A-Z][\w-]*)\s*(?:,|and|&)\s*){0,3}$", re.I)  # "phasing out Facebook and Twitter"
DECIDED_AGAINST = patterns.compile(r"\b(?:decided|voted)\s+against\s+(?:\w+ing\s+)?(?:an?\s+|the\s+|our\s+)?(?:new\s+)?$|\bruled\s+out\s+"
                             r"(?:an?\s+|the\s+)?$", re.I)
# "Our neighbour, the Coast Road Alliance, keeps an active Pinterest presence": another organisation's account
NEIGHBOUR_HAS = patterns.compile(r"\bneighbou?rs?\s*,[^,.;]{2,50},\s+(?:\w+\s+){0,2}?(?:keeps?|has|have|runs?|uses?|maintains?)\s+"
                           r"(?:an?\s+|its\s+own\s+|their\s+own\s+)?(?:\w+\s+)?$", re.I)
# "a number of hospices are now on", "lots of salons are on": other organisations' use of a platform
OTHERS_ON = patterns.compile(r"\b(?:a\s+number\s+of|lots\s+of|many|most|several|plenty\s+of|loads\s+of|other)\s+"
                       r"(?:[a-z]+\s+)?(?!(?:customers|people|users|followers|members|parents|students|residents|fans|visitors|guests|"
                       r"clients|patients|families|buyers|shoppers|readers|locals)\b)[a-z]+s\s+(?:are|were)\s+"
                       r"(?:now\s+|already\s+|all\s+)?(?:on|using)\s+$", re.I)
NONE_HAVE = patterns.compile(r"\bnone\s+of\s+(?:the|them|us|these|those)\b[^.;]{0,20}?\b(?:has|have|uses?|runs?|is\s+on|are\s+on)\s+(?:an?\s+)?$",
                       re.I)
BY_OTHERS = patterns.compile(rf"^\s*by\s+(?!{VENDOR}|{THE_DOCUMENT})", re.I)


def excluded_after(span: Span, start: int, end: int) -> str | None:
    """The words after a mention that leave it out, to the end of its clause (or a clause about it)."""
    rest = block_text(span)[span[end - 1].idx + len(span[end - 1].text):span.end_char] if end <= len(span) else ""
    before = block_text(span)[max(span.start_char, span[start].idx - 60):span[start].idx]
    if PASSIVE_BEFORE.search(before) and BY_OTHERS.match(rest):
        return "done by others"  # "meetings are webcast on YouTube by Democratic Services"
    if IMPERATIVE_AFTER.match(rest):
        return "leave it alone"
    if re.search(r"\b(?:what|how)\s+about\s+(?:(?:the|our|your)\s+)?(?:[\w-]+\s+(?:profile|page|account|listing)\s+and\s+)?$", before, re.I) \
            and rest.lstrip().startswith("?") and not re.search(
            r"\b(?:start|set\s+up|create|open|love\s+you\s+to|please|we\s+want)\b", block_text(span)[span.end_char:span.end_char + 80], re.I):
        return "asked about"  # "what about tiktok?" (not "What about TikTok? We'd love you to start one")
    if ACTIVE_BEFORE.search(before):
        return "someone else's"  # "My second shooter does our TikTok for fun"
    if DECIDED_AGAINST.search(before):
        return "decided against"  # "The committee decided against starting an Instagram account"
    if NEIGHBOUR_HAS.search(before):
        return "a neighbour's"
    if NONE_HAVE.search(before):
        return "none has it"  # "None of the three has Instagram"
    if re.match(r"^\W*nothing\s+(?:on|for)\s+$", before, re.I) and re.match(r"^\W*(?:[.!]|$)", rest):
        return "nothing on it"  # "Nothing on Nextdoor."
    if WOUND_DOWN.search(before):
        return "being wound down"  # "The Centre is winding down its Facebook page" (only its object)
    if re.search(r"\b(?:we|I)\s+(?:once\s+)?(?:had|tried|opened|started)\s+(?:a|an)\s+$", before, re.I) and re.match(
            r"^\s*(?:account|page|profile|channel|board)?\s*(?:once|years\s+ago|for\s+a\s+(?:while|bit|year|few\s+months))\s*(?:[.!]|$)", rest, re.I):
        return "in the past"  # "We had a Pinterest account once." (not "..., and it's time to bring it back")
    if NO_ACCOUNT.search(rest.split(".")[0]):
        return "no account"
    if OTHERS_ON.search(before):
        return "others are on it"  # "We know a number of hospices are now on TikTok"
    clause = re.split(r"[.;]|\b(?:but|however|whereas|while|although|though)\b", rest, maxsplit=1)
    m = AFTER.search(clause[0])
    if m is None and len(clause) > 1 and (n := NOT_OURS.match(rest[len(clause[0]):])):
        return " ".join(n.group(0).split()[-3:])  # "TikTok is a hygienist's hobby; not ours, not yours"
    if m is None and len(clause) > 1 and PRONOUN_CLAUSE.match(rest[len(clause[0]):]):
        m = AFTER.search(rest[len(clause[0]):].split(".")[0].lstrip(" ,;"))
    return " ".join(m.group(0).split()[-4:]) if m else None


@cache  # the cue phrases are a fixed set, looked up at every token of every clause
def _words(phrase: str) -> tuple[str, ...]:
    """Cue words as the tokenizer splits them: "in-house" is "in", "-", "house"."""
    out: list[str] = []
    for w in phrase.split():
        parts = w.split("-") if "-" in w.strip("-") else [w]
        for k, part in enumerate(parts):
            if k:
                out.append("-")
            out.append(part)
    return tuple(out)


def _phrase_at(span: Span, i: int, phrase: str) -> bool:
    words = _words(phrase)
    if i + len(words) > len(span):
        return False
    return all(span[i + k].lower_ == w for k, w in enumerate(words))


def _gerund_with_object(span: Span, k: int) -> bool:
    """'boosting posts' (an activity with its own object), not 'pinning in 2023' or 'posting there'."""
    return (k + 1 < len(span) and span[k].lower_.endswith("ing") and span[k + 1].is_alpha and span[k + 1].text.islower()
            and span[k + 1].lower_ not in ("there", "in", "on", "it", "to", "at", "after", "since", "last", "years", "altogether",
                                            "completely", "entirely", "regularly", "for", "about", "when", "once"))


def clause_bounds(span: Span, start: int, end: int) -> tuple[int, int]:
    """Token bounds of the clause around [start, end)."""
    lo = start
    while lo > 0 and span[lo - 1].lower_ not in BREAKS and not _new_clause(span, lo - 1):
        lo -= 1
    hi = end
    while hi < len(span) and span[hi].lower_ not in BREAKS and not _new_clause(span, hi):
        hi += 1
    return lo, hi


SUBJECTS = {"we", "i", "you", "they", "he", "she", "it"}
# Words between "rather than" and the platform it turns from ("rather than copied from Facebook", not "rather than corporate
# on LinkedIn")
TURNED_FROM = {"the", "a", "an", "on", "to", "from", "via", "through", "our", "their", "copied", "copying", "posted", "posting",
               "reposted", "reposting", "shared", "sharing", "cross", "-", "in"}


def _new_clause(span: Span, k: int) -> bool:
    """', and we meet ...': a comma, a conjunction and a new subject start another clause."""
    return (span[k].text == "," and k + 2 < len(span) and span[k + 1].lower_ in ("and", "so", "then", "or")
            and span[k + 2].lower_ in SUBJECTS)


def _bracket_closes(span: Span, i: int, start: int) -> bool:
    """'(wrong logo, no cover photo) and the Instagram': a cue inside brackets speaks only within them.

    (The ")" of a list marker, "won't need a) TikTok", closes nothing.)
    """
    opened: list[int] = []
    for k in range(start):
        if span[k].text == "(":
            opened.append(k)
        elif span[k].text == ")" and opened and opened.pop() < i < k:
            return True
    return False


def negation_cue(span: Span, start: int, end: int, *, forward: tuple[str, ...] = FORWARD_CUES,
                 backward: tuple[str, ...] = BACKWARD_CUES, window: int = 8, skip: set[int] = frozenset()) -> str | None:
    """Return the cue that negates or excludes tokens [start, end) of the span, if any.

    Tokens in `skip` (other facts' own words) are never cues.
    """
    lo, hi = clause_bounds(span, start, end)
    if 0 < lo < start and span[lo - 1].lower_ in ("rather", "instead") and span[lo].lower_ in ("than", "of") and all(
            t.lower_ in TURNED_FROM for t in span[lo + 1:start]):
        return f"{span[lo - 1].lower_} {span[lo].lower_}"  # "written for LinkedIn rather than copied from Facebook"
    lo = max(lo, start - window)
    for i in range(lo, start):
        if i in skip or _bracket_closes(span, i, start):
            continue
        for cue in forward:
            if _phrase_at(span, i, cue):
                nxt = i + len(_words(cue))
                if cue in ("its own", "their own", "his own", "her own") and (
                        i == 0 and quantities(span) or span[i - 1].lower_ in ("gets", "get", "needs", ":")
                        or span[0].lower_ in ("each", "every") and span[i - 1].lower_ in ("has", "have", "keeps", "runs")):
                    continue  # "Each pub gets its own Facebook page", "Each house has its own Instagram": the client's own
                if cue in ("not", "no", "n't", "never") and nxt < len(span) and span[nxt].lower_ in NOT_NEGATING and not (
                        span[nxt].lower_ == "to" and nxt + 1 < len(span) and span[nxt + 1].lower_ in ADOPTING):
                    continue  # ("not to exceed" undoes nothing; "not to open a TikTok account" refuses it)
                if cue in ("not", "n't") and nxt < len(span) and span[nxt].lower_ in ("be", "only") and nxt + 1 < len(span) and span[nxt + 1].lower_ in ("limited", "restricted"):
                    continue
                return cue
    for i in range(end, min(hi, end + window)):
        if i in skip:
            continue
        for cue in backward:
            if _phrase_at(span, i, cue):
                nxt = i + len(_words(cue))
                if nxt < len(span) and span[nxt].lower_ in NOT_NEGATING:
                    continue
                if cue in ("decided against", "ruled out") and nxt < len(span) and span[nxt].is_alpha and span[nxt].lower_ not in (
                        "it", "them", "that", "this", "those", "these", "so", "and"):
                    continue  # "decided against paid advertising": against something else
                if cue in ("stopped", "dropped", "abandoned", "gave up") and _gerund_with_object(span, nxt):
                    continue  # "On Instagram we stopped boosting posts": the boosting stopped, not the platform
                return cue
    return None
