"""The blank English pipeline and the sentence view every extractor reads.

No trained model: a blank tokenizer with a few extra splits for how RFPs
write quantities ("8–10", "10hrs", "3x/week"), a sentencizer, and a
`Sent` per sentence that knows its page, offsets and the section it sits in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

from . import patterns
from .model import Block, Document, Evidence
from .spacy_import import import_spacy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Span

# The bid's own vocabulary, shared by every fact that must not mistake the tender process for the work.
BIDDERS = r"(?:bidders?|proposers?|respondents?|tenderers?)"
SOLICITATION = r"(?:rfp|rfq|rft|itt|tenders?|solicitation|procurement|invitation)"

# Headings that put what follows them outside the work asked for.
EXCLUDED = (r"(out[- ]of[- ]scope|exclusions?|excluded|not included|not in scope|"
            r"(outside|outwith) (of )?(the |this |our )?(scope|contract|brief|package|agreement|engagement)|"
            r"(outside|outwith) (of )?(the |this |our )?(retainer|budget)(?=\s*(?::|$))|"
            r"exclus\b|exclues\b|hors (du )?(champ|périmètre|mandat)|"
            r"(isn't|is not|not) (yours|ours|covered|part of)|not yours|not ours|not (needed|required|wanted)|no need for|"
            r"(we're|we are|you're|you are) not (asking|looking) for|(we|you) (don't|do not|won't) need|"
            r"(don't|do not|won't|never) touch|hands off|not on the list|"
            r"(((you|we|they) )?(won't|will not|don't|do not) (be )?(look(ing)? after|handl(e|ing)|manag(e|ing)|cover(ing)?|run(ning)?|do)|"
            r"((i'm|i am|we're|we are) )?not (picturing|imagining|after|expecting|wanting|handing over|passing on|outsourcing|giving up|"
            r"asking( for| you to)?)|(what )?(you|we|they) (wouldn't|would not) (be )?(do|doing)|"
            r"leave (it |this |that |those )?to (us|me))(?=\s*(?:[:\-–—]|$))|"
            r"(what (stays|stay|is|are) out|(stays|stay) out|not (in|for) (this|the|your|their) (job|role|contract|brief|work)|"
            r"not for (them|you|him|her))(?=\s*(?::|\s[-–—]\s|$))|"
            # only as the whole label: "Not doing", "Not your job:" (not "not doing well", "off-limits topics")
            r"(((we're|we are|you're|you are|you'll be|you will be) )?not doing|not (your|their|his|her|the \w+'s) (job|concern|responsibility|problem)|not the job|"
            r"off[- ]limits|(what )?(stays|remains) with (us|me|the (client|office|team))|"
            r"(what )?((you|we|they) )?(won't|will not) be doing)(?=\s*(?:[:\-–—]|$)))")
# Labels that leave out what they head only when they open it: "Things I don't want:", "Staying with me",
# "Outside this quote: LinkedIn ..." (not "Costs outside this quote", "What we don't want: X. What we do want is ...")
EXCLUDED_LABEL = patterns.compile(r"^\W*(?:[A-Z]?\d+(?:\.\d+)*\.?\s*)?(?:(?:things\s+|what\s+)?(?:i|we)\s+(?:don't|do\s+not)\s+(?:want|need)"
                            r"(?:\s+you\s+to\s+do)?|(?:what(?:'s|\s+is)\s+)?(?:staying|stays|remaining)\s+with\s+(?:me|us)|"
                            r"(?:outside|outwith)\s+(?:of\s+)?(?:the\s+|this\s+|our\s+)?(?:quote|quotation|tender|proposal|rfp|rfq|sow|"
                            r"role|job))\s*(?::|$)", re.I)
SECTION_KINDS: tuple[tuple[str, patterns.Pattern], ...] = (
    ("excluded", patterns.compile(rf"\b{EXCLUDED}\b", re.I)),
    ("background", patterns.compile(r"\b(background|about (us|the (company|organi[sz]ation|business|district|council|city|authority))|history|who we are|where we (are|stand)|our story|current (state|situation|presence)|context|competit\w+|landscape)\b", re.I)),
    ("evaluation", patterns.compile(r"\b(evaluation|scoring|selection|award criteria|criteria|qualifications?|experience|references)\b", re.I)),
    ("submission", patterns.compile(r"\b(submission|submittals?|how to (apply|respond)|instructions|proposal (format|requirements|content)|deadline|timeline|timetable|schedule of events|key dates|questions|insurance|indemnif\w+|terms and conditions|general (provisions|conditions)|legal|contract terms|payment terms|invoic\w+)\b", re.I)),
)


# Which sections each kind of fact is read from.
WORK = frozenset({"scope"})  # what is asked: platforms, deliverables, hours, promises
CONTEXT = frozenset({"scope", "background"})  # how the work is arranged: client contact, clients
TERMS = frozenset({"scope", "submission"})  # money and term, often under "Compensation" or "Contract terms"


@dataclass(frozen=True)
class Sent:
    """A sentence with where it came from and the section it belongs to."""

    span: Span
    base: int  # offset of the block in the document text
    page: int | None
    section: str  # scope | excluded | background | evaluation | submission
    heading: str
    lead: str  # the sentence introducing the list this item belongs to
    kind: str  # the block kind
    lead_evidence: Evidence | None = None  # where the lead-in sits, to quote beside a bare list item
    where: str = ""  # the block's place in the source
    header: str = ""  # for a table row, the table's first row ("Channel | Posts per week | Notes")

    @cached_property
    def text(self) -> str:
        # spaCy joins the tokens again at every `Span.text`; extractors ask tens of times per sentence
        return self.span.text

    def within(self, sections: frozenset[str]) -> bool:
        """Is this sentence in one of these kinds of section (WORK, CONTEXT, TERMS)?"""
        return self.section in sections

    def evidence(self) -> Evidence:
        return Evidence(self.page, self.span.text, self.base + self.span.start_char, self.base + self.span.end_char,
                        self.where)


STATE_ABBREVIATIONS = frozenset(
    "Ak. Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ia. Id. Ill. Ind. Kan. Kans. Ky. La. Mass. Md. Mich. Minn. "
    "Miss. Mo. Mont. Neb. Nebr. Nev. Okla. Ore. Pa. Tenn. Va. Wash. Wis.".split())


@cache
def pipeline() -> Language:
    """Build the blank English pipeline once per process (it is pure data)."""
    import_spacy()
    from spacy.language import Language

    nlp = _english()(create_tokenizer=_tokenizer)
    nlp.add_pipe("sentencizer")
    if "quoted_exclamations" not in Language.factories:
        Language.component("quoted_exclamations", func=_quoted_exclamations)
    nlp.add_pipe("quoted_exclamations")
    # No parser or NER runs, so long documents cost no more than linear memory.
    nlp.max_length = 50_000_000
    patterns.save()  # the tokenizer's expressions, the first time
    return nlp


def _tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's own tokenizer factory (spacy.language.create_tokenizer, the expressions built as spacy.util's
    compile_*_regex build them), its three expressions compiled through the pattern store: compiling them
    is 0.1 s of every start."""
    from spacy.tokenizer import Tokenizer

    defaults = nlp.Defaults
    return Tokenizer(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=patterns.compile("|".join("^" + p for p in defaults.prefixes if p.strip())).search,
        suffix_search=patterns.compile("|".join(p + "$" for p in defaults.suffixes if p.strip())).search,
        infix_finditer=patterns.compile("|".join(p for p in defaults.infixes if p.strip())).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


def _english() -> type[Language]:
    """English whose defaults carry the tokenizer's extra splits and exceptions.

    Set on a built tokenizer instead, each of them reloads spaCy's 6,700 special cases: that tripled
    the time to build the pipeline.
    """
    from spacy.lang.en import English
    from spacy.symbols import ORTH

    base = English.Defaults
    # US state abbreviations ("Mass.", "Wash.", "Ind.") would glue "Sunday Mass. We stopped ..." into one
    # sentence; RFPs end sentences on such words far more often than they abbreviate states.
    exceptions = {k: v for k, v in base.tokenizer_exceptions.items() if k not in STATE_ABBREVIATIONS}
    exceptions |= {
        "24/7": [{ORTH: "24/7"}],  # a coverage promise, not a fraction
        "X.": [{ORTH: "X"}, {ORTH: "."}],  # "on X." ends a sentence; the default exceptions would read an initial
        "8)": [{ORTH: "8"}, {ORTH: ")"}],  # "eight (8)": the default exceptions read "8)" as an emoticon
    }

    class RfpDefaults(base):  # type: ignore[valid-type, misc]
        tokenizer_exceptions = exceptions
        prefixes = [*base.prefixes, r"~(?=[0-9])"]  # "~1,000 words": about a thousand
        suffixes = [*base.suffixes, r"(?<=[0-9])(?:hrs?|hours?|h|x|k|am|pm|mins?|wk|mo|yr)$"]
        infixes = [
            *base.infixes,
            r"(?<=[0-9])(?:hrs?|h|x)(?=/)",  # "10hrs/month", "3x/week": suffixes are not split inside infixes
            r"(?<=[0-9])[–—](?=[0-9])",
            r"(?<=[0-9a-z])[–—-](?=[0-9])",
            r"(?<=[0-9x])/(?=[a-z])",
            r"(?<=[a-z])/(?=[a-z])",
        ]

    class RfpEnglish(English):
        Defaults = RfpDefaults

    return RfpEnglish


ABBREVIATIONS = {"approx", "approx.", "appx", "appx.", "ca", "ca.", "c", "c.", "est", "est."}
# Titles the tokenizer does not keep whole: "the Hon. Secretary", "Cllr. Evans", "Revd. Jones"
TITLES = {"hon", "cllr", "rev", "revd", "prof", "capt", "sgt", "col", "lt", "supt", "insp", "fr", "sr"}


def _quoted_exclamations(doc):
    """'I hate those "thanks for your message!" bots': an exclamation inside a quote does not end the sentence.

    Nor does the full stop of "approx. 500 words" ("..., approx. TikTok is out of scope" still ends one), nor a
    title's ("the Hon. Secretary").
    """
    # only sentence starts can change, and a long block has a hundred tokens for each
    for k in [sent.start for sent in doc.sents if sent.start >= 2]:
        tok = doc[k]
        if tok.is_sent_start and tok.is_lower and doc[k - 1].text in ('"', "”", "'", "’") and doc[k - 2].text in ("!", "?"):
            tok.is_sent_start = False
        if tok.is_sent_start and (tok.like_num or tok.text == "~") and (
                doc[k - 1].lower_ in ABBREVIATIONS and doc[k - 1].text.endswith(".")
                or doc[k - 1].text == "." and doc[k - 2].lower_ in ABBREVIATIONS):
            tok.is_sent_start = False
        if tok.is_sent_start and tok.is_title and doc[k - 1].text == "." and doc[k - 2].lower_ in TITLES \
                and doc[k - 2].is_title and not doc[k - 1].whitespace_ == "\n":
            tok.is_sent_start = False  # "Instructions from the Hon. Secretary"
    return doc


SCOPE_HEADING = patterns.compile(r"\b(scope|services|deliverables?|requirements?|tasks?|responsibilit(?:y|ies)|duties|work|budget|hours|"
                           r"time|fees?|compensation|arrangements|expectations|channels|platforms|specification|resourcing|"
                           r"commercial|pricing|effort|staffing|role)\b", re.I)
# "What we're asking for", "What we need": the work, unless it is an item of the bid's own lists ("What we need from you")
WANTED_HEADING = patterns.compile(r"^\W*(?:what|who)\s+(?:(?:we're|we\s+are|i'm|i\s+am)\s+(?:asking|looking)\s+for|(?:we're|we\s+are)\s+(?:buying|"
                            r"purchasing|procuring|commissioning)|(?:we|i)\s+(?:want|need))\b", re.I)
# A paragraph labelled with a budget or scope word: "Capacity: 20 hrs/month", "Hours + pay: ...".
SCOPE_LABEL = patterns.compile(r"^\W*(?:capacity|hours?|budget|time|fees?|effort|commitment|availability|pay|money|rate)"
                         r"(?:\s*(?:\+|and|&)\s*(?:pay|money|rate|fees?|hours))?\s*:", re.I)
NUMBERING = patterns.compile(r"^\(?(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-z][.)]|[ivx]{1,4}[.)])\s+", re.I)


# "Out of scope: X and TikTok." on one line: the label scopes its own block.
# The label is short ("Not part of this role:") and ends at a colon or a spaced dash, not a hyphen ("full-time").
INLINE_EXCLUSION = patterns.compile(rf"^\W*(?:[A-Z]?\d+(?:\.\d+)*\.?\s*)?(?:(?:the\s+following|these|the\s+items\s+below)\s+(?:are|is|remain|will\s+be)\s+|what\s+)?{EXCLUDED}(?:\s+(?:of|for|in|to))?(?:\s+(?:this|the|your|our))?(?:\s+[\w']+)?"
                              r"\s*(?::|\s[-–—]\s|—)", re.I)
# A numbered paragraph titled as an exclusion: "3.2 Accounts not in scope. The @Alerts account ...".
TITLED_EXCLUSION = patterns.compile(rf"^\W*[A-Z]?\d+(?:\.\d+)*\.?\s+(?:\w+\s+){{0,2}}?{EXCLUDED}\s*\.", re.I)
FOOTNOTE = patterns.compile(r"^\s*(?:\*+|†|‡|\(\*\)|[¹²³⁴⁵⁶⁷⁸⁹]+|\[\d\])\s*\S|^\s*note\s+on\b", re.I)
# A lead-in that leaves its list out starts so: "Not included in this contract:", "Excluded:".
EXCLUDED_LEAD = patterns.compile(rf"^\W*(?:\w+\s+){{0,3}}?{EXCLUDED}", re.I)


def opens_with(span: Span, k: int) -> bool:
    """True when only bullets, numbering and punctuation stand before token k: a label's position."""
    return not [t for t in span[:k] if not (t.is_punct or t.like_num or len(t.text) == 1 and t.text.isalpha())]


def section_of(heading: str) -> str:
    if EXCLUDED_LABEL.match(heading):
        return "excluded"
    for kind, pattern in SECTION_KINDS:
        if pattern.search(heading):
            return kind
    return "scope"


def numbered_heading(block: Block, section: str = "scope") -> bool:
    """'4. Insurance' set as a numbered list item is a section title, as Word RFPs often do.

    ("2. What we need from you" in a list of submission items is one of the items.)
    """
    text = NUMBERING.sub("", block.text.strip())
    if block.kind != "list_item" or not text or len(text.split()) > 6 or text[-1] in ".,;:!?":
        return False
    return any(p.search(text) for _, p in SECTION_KINDS) or bool(SCOPE_HEADING.search(text)) or bool(
        WANTED_HEADING.search(text)) and section not in ("submission", "evaluation")


def block_text(span: Span) -> str:
    """The text of the block a span is in, kept on its Doc: spaCy's `Doc.text` joins every token again at
    each call, which costs a long block time quadratic in its length."""
    doc = span.doc
    text = doc.user_data.get("block_text")
    if text is None:
        text = doc.user_data["block_text"] = doc.text
    return text


# Tokens in one sentence, past which it is cut: several extractors look at the whole clause around
# each candidate, so a run-on of thousands of tokens (garbage text, a damaged PDF) would cost time
# quadratic in its length. The longest sentence in the labelled corpus has 120 tokens; cut pieces
# cost time in proportion to their number, so a huge block costs time in proportion to its length.
MAX_SENTENCE = 250


def _bounded(sents: Iterable[Span]) -> Iterator[Span]:
    """The sentences, each cut into pieces of at most MAX_SENTENCE tokens."""
    for span in sents:
        if len(span) <= MAX_SENTENCE:
            yield span
        else:
            yield from (span.doc[k:min(k + MAX_SENTENCE, span.end)] for k in range(span.start, span.end, MAX_SENTENCE))


def sentences(doc: Document) -> list[Sent]:
    """Split every block into sentences, each knowing its section and lead-in."""
    nlp = pipeline()
    out: list[Sent] = []
    heading, section = "", "scope"
    lead: Block | None = None
    header, prev_kind, prev_block = "", "", None
    texts = [b.text for b in doc.blocks]
    for block, sdoc in zip(doc.blocks, nlp.pipe(texts, batch_size=64)):
        if block.kind == "table_row" and prev_kind != "table_row":
            header = block.text  # the first row of a table names its columns
        if lead is not None and lead.kind == "list_item" and block.kind == "list_item" and NUMBERING.match(block.text):
            lead = None  # "2.2 Instagram launch." after "2.1 Cadence:" and its bullets: a sibling, not one of them
        if block.kind == "heading" or numbered_heading(block, section):
            heading, section, lead = block.text, section_of(block.text), None
        elif block.kind not in ("list_item", "table_row"):
            lead = block if block.text.rstrip().endswith(":") else None
            if section == "excluded" and SCOPE_LABEL.match(block.text):
                section = "scope"  # "Capacity: 20 hrs/month ..." after a "Not yours" list starts a topic of its own
        elif block.kind == "table_row" and prev_kind != "table_row" and prev_block is not None \
                and prev_block.text.rstrip().endswith(":"):
            lead = prev_block  # "2.4 Exclusions. The following are not part of this Contract:" set as a numbered item
        in_list = lead is not None and block.kind in ("list_item", "table_row")
        lead_ev = Evidence(lead.page, lead.text, lead.start, lead.end, lead.where) if in_list else None
        # "Excluded from this solicitation:" followed by a list: the items are excluded
        lead_words = re.split(r"(?<=[.!?])\s+", lead.text.strip())[-1] if in_list else ""
        excluded_list = in_list and bool(EXCLUDED_LEAD.match(lead_words) or EXCLUDED_LABEL.match(lead_words))
        own_section = "excluded" if INLINE_EXCLUSION.match(block.text) or TITLED_EXCLUSION.match(block.text) \
            or excluded_list else section
        if FOOTNOTE.match(block.text) and section in ("submission", "evaluation"):
            own_section = "scope"  # "* Note on level of effort: ...": a footnote speaks for the body it marks
        for span in _bounded(sdoc.sents):
            text = span.text
            if text.strip():
                labelled = "excluded" if INLINE_EXCLUSION.match(text) or EXCLUDED_LABEL.match(text) else own_section
                out.append(Sent(span, block.start, block.page, labelled, heading, lead.text if in_list else "",
                                block.kind, lead_ev, block.where,
                                header if block.kind == "table_row" and block.text != header else ""))
        if block.kind == "list_item" and block.text.rstrip().endswith(":") and NUMBERING.match(block.text) and not excluded_list:
            lead = block  # "5. Then, every week, keep all three going:" leads the bullets under it (not inside an excluded list)
        prev_kind, prev_block = block.kind, block
    return out
