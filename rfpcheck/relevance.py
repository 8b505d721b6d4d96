"""Whether a document is an RFP for social-media work at all, so a wrong file gets a clear refusal
instead of a report that judges a recipe "feasible".

The test is deliberately lenient: any platform, deliverable, stated hours or engagement duty, or any
of the words social-media work is described in, is enough. Refusing a real RFP costs the user far more
than reporting on a stray file.
"""

from __future__ import annotations

import re

from .model import Facts

_VOCABULARY = re.compile(
    r"\bsocial\b|\bposts?\b|\bposting\b|\bfollowers?\b|\bhashtags?\b|\bcontent\b|\bcommunity\b|\bchannels?\b"
    r"|\binfluencers?\b|\bcampaigns?\b|\bengagement\b|\bnewsletters?\b|\bblogs?\b|\bdigital marketing\b"
    r"|\bvideos?\b|\bmarketing\b|\bpublicity\b|\bcommunications?\b",
    re.IGNORECASE,
)


def recognisable(facts: Facts, text: str) -> bool:
    """Tell whether the facts or the words show a social-media services request."""
    found = facts.platforms or facts.deliverables or facts.hours or facts.automation
    return bool(found or facts.engagement.listening or facts.engagement.responding or _VOCABULARY.search(text))


NOT_AN_RFP = ("no recognisable RFP content: no social-media platforms, deliverables, hours or services "
              "are named in it; is this the right file?")
