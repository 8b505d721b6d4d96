"""Generate realistic RFP documents of a given length, seeded and deterministic.

Usage: .venv/bin/python benchmarks/generate.py [--seed N] [--out DIR] PAGES ...

Each document is a request for proposals as public bodies write them: a cover
with the issuer and dates, a scope of social-media work (platforms, monthly
hours, deliverables, a contact rule) with a deliverables table, then the long
tail that makes real RFPs long: numbered terms and conditions, insurance,
evaluation criteria and a timeline in ruled tables, submission instructions,
forms. The scope is the same at every length, so the facts a check finds
should not change with the page count; only the boilerplate grows.

Paragraphs are single lines, as in text pasted from a word processor (rfpcheck
reads a text of mostly long lines as a paragraph per line, so one paragraph
hard-wrapped among them would be split). The text is written in the sample markup of `samples/render.py` and rendered
by it: the PDF on US Letter with a running title, "Page N of M" footers and
ruled tables; the DOCX with Word headings, lists and tables; the TXT as the
markup itself. The PDF has exactly the pages asked for; the DOCX and TXT hold
the same text.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "samples"))

import render  # noqa: E402  (samples/render.py, the samples' own renderer)

GENERATOR_VERSION = 2  # bump when the text changes, so cached documents are rebuilt

ISSUERS = ["City of Brookfield", "Lakeshore Transit Authority", "Northvale County Library System",
           "Riverside Community College District", "Port of Easton", "Millbrook Parks and Recreation"]
PLATFORMS = ["Facebook", "Instagram", "LinkedIn", "X (formerly Twitter)", "YouTube", "TikTok"]
TOPICS = ["service changes", "public meetings", "seasonal programmes", "job openings",
          "community events", "emergency notices", "capital projects", "volunteer drives"]
PARTIES = ["the Contractor", "the Proposer", "the Consultant", "the selected firm"]
NOUNS = ["records", "invoices", "work products", "subcontracts", "insurance certificates",
         "deliverables", "press materials", "performance reports", "accessibility reviews"]
DAYS = ["five (5)", "ten (10)", "fifteen (15)", "thirty (30)", "forty-five (45)", "sixty (60)"]

CLAUSES = [
    "{party} shall maintain complete and accurate {noun} relating to this Agreement for a period of "
    "not less than {days} years after final payment, and shall make them available to the {issuer} "
    "for inspection upon {days} business days' written notice.",
    "{party} shall not assign, transfer or subcontract any portion of this Agreement without the prior "
    "written consent of the {issuer}, which consent may be withheld for any reason; any attempted "
    "assignment without such consent shall be void.",
    "Either party may terminate this Agreement for convenience upon {days} calendar days' written notice "
    "to the other party. In the event of termination, {party} shall be paid for services satisfactorily "
    "performed through the effective date of termination.",
    "{party} shall indemnify, defend and hold harmless the {issuer}, its officers, employees and agents "
    "from and against any and all claims, losses, damages and expenses arising out of the negligent acts "
    "or omissions of {party} in the performance of this Agreement.",
    "All {noun} prepared by {party} under this Agreement shall become the property of the {issuer} upon "
    "payment, and {party} waives any claim of copyright in them except for pre-existing materials "
    "identified in writing at the time of submission.",
    "{party} shall comply with all applicable federal, state and local laws, including those governing "
    "equal employment opportunity, accessibility of electronic information and the protection of "
    "personal data, and shall require the same of any approved subcontractor.",
    "Invoices shall be submitted monthly in arrears and shall itemise the services performed. The "
    "{issuer} will pay undisputed invoices within {days} days of receipt; disputed amounts will be "
    "resolved in accordance with the dispute resolution provisions of this Agreement.",
    "{party} shall keep confidential all non-public information obtained in the course of the work, "
    "including unpublished {topic} and draft {noun}, and shall not release it without the written "
    "approval of the {issuer}'s designated project manager.",
    "No proposal may be withdrawn for a period of {days} days after the submission deadline. The "
    "{issuer} reserves the right to reject any or all proposals, to waive minor irregularities and to "
    "negotiate with one or more proposers.",
    "Proposers are responsible for all costs incurred in preparing and submitting a proposal, attending "
    "interviews and negotiating a contract. The {issuer} will not reimburse any such costs.",
]

PARAGRAPHS = [
    "The {issuer} serves a growing and diverse community and relies on timely, accurate public "
    "information about {topic}. Residents increasingly expect to find that information where they "
    "already spend their time, and the {issuer} wishes to meet them there.",
    "Proposals will be evaluated by a committee of staff from the communications office and the "
    "departments most affected by {topic}. The committee may invite the highest-ranked proposers "
    "to an interview, held virtually, before making a recommendation.",
    "The {issuer} is committed to providing equal access to its programmes. Any content produced "
    "under this contract must meet current accessibility guidelines, including captions on video and "
    "descriptive text on images.",
    "Questions about this solicitation must be submitted in writing to the procurement office. Answers "
    "will be published as addenda on the procurement portal; oral explanations are not binding.",
    "Each proposal shall include a cover letter signed by a person authorised to bind the proposer, a "
    "statement of qualifications, three client references for comparable work, and the completed price "
    "form in Attachment B.",
]


def _fill(template: str, rng: random.Random, issuer: str) -> str:
    return template.format(party=rng.choice(PARTIES), noun=rng.choice(NOUNS), days=rng.choice(DAYS),
                           topic=rng.choice(TOPICS), issuer=issuer)


def scope(rng: random.Random, issuer: str) -> str:
    """The part that carries the facts: the same words at every length for one seed."""
    platforms = rng.sample(PLATFORMS, 4)
    hours = rng.choice([20, 30, 40])
    posts = rng.choice([3, 4, 5])
    return f"""# Request for Proposals: Social Media Management Services

Issued by the {issuer}. Release date: 6 January 2025. Proposals due: 14 February 2025, 2:00 p.m.

## 1. Background

{_fill(PARAGRAPHS[0], rng, issuer)}

## 2. Scope of Services

The {issuer} seeks a qualified firm to manage its accounts on {", ".join(platforms[:-1])} and {platforms[-1]}. The selected firm will plan, write and schedule content, monitor comments and messages during business hours, and report on performance each month. The budget allows for up to {hours} hours of work per month.

The work includes:

- {posts} posts per week on each platform, with images sized for each network
- one short video per month for {platforms[0]}
- a monthly analytics report with recommendations
- a quarterly content calendar agreed with the communications manager

| Deliverable | Frequency | Notes |
|---|---|---|
| Posts on each platform | {posts} per week | Approved by staff before publishing |
| Short video | 1 per month | Under 90 seconds, captioned |
| Analytics report | Monthly | Reach, engagement and follower growth |
| Content calendar | Quarterly | Agreed with the communications manager |

The selected firm will meet the communications manager once a month by video call.
"""


def boilerplate(rng: random.Random, issuer: str, number: int) -> str:
    """One numbered section of the long tail; about one in three carries a ruled table."""
    kind = rng.choice(["terms", "terms", "evaluation", "timeline", "instructions"])
    parts = [f"## {number}. " + {"terms": "Terms and Conditions", "evaluation": "Evaluation Criteria",
                                  "timeline": "Schedule of Events", "instructions": "Submission Instructions"}[kind]]
    if kind == "terms":
        for clause in range(1, rng.randint(6, 10) + 1):
            parts.append(f"{number}.{clause} " + _fill(rng.choice(CLAUSES), rng, issuer))
    elif kind == "evaluation":
        parts.append(_fill(PARAGRAPHS[1], rng, issuer))
        weights = rng.sample([10, 15, 20, 25, 30], 4)
        parts.append("| Criterion | Points |\n|---|---|\n" + "\n".join(
            f"| {name} | {w} |" for name, w in zip(
                ["Experience with public-sector clients", "Approach and creative samples",
                 "Qualifications of assigned staff", "Price"], weights, strict=True)))
        parts.append(_fill(PARAGRAPHS[2], rng, issuer))
    elif kind == "timeline":
        parts.append("| Event | Date |\n|---|---|\n" + "\n".join(
            f"| {event} | {rng.randint(1, 28)} {month} 2025 |" for event, month in [
                ("Questions due", "January"), ("Answers posted", "January"), ("Proposals due", "February"),
                ("Interviews", "March"), ("Award", "March"), ("Contract start", "April")]))
        parts.append(_fill(PARAGRAPHS[3], rng, issuer))
    else:
        parts.append(_fill(PARAGRAPHS[4], rng, issuer))
        parts.append("\n".join(f"- {_fill(rng.choice(CLAUSES), rng, issuer)}" for _ in range(rng.randint(3, 5))))
        parts.append(_fill(PARAGRAPHS[3], rng, issuer))
    return "\n\n".join(parts)


def text(seed: int, sections: int) -> str:
    """The markup of an RFP with the given number of boilerplate sections after its scope."""
    rng = random.Random(seed)
    issuer = rng.choice(ISSUERS)
    body = [scope(rng, issuer)]
    body += [boilerplate(rng, issuer, number) for number in range(3, 3 + sections)]
    return "\n\n".join(body) + "\n"


def _pages(markup: str) -> int:
    return render.build_pdf(render.parse(markup)).pages_count


def document_text(seed: int, pages: int) -> str:
    """The markup whose PDF has exactly `pages` pages: the most boilerplate sections that fit, then padding."""
    # the page count grows about linearly with the sections: guess from one layout, then bisect
    guess = max(1, round(pages * pages / max(1, _pages(text(seed, pages)))))
    low, high = max(0, int(guess * 0.9) - 2), int(guess * 1.1) + 2
    while low and _pages(text(seed, low)) > pages:
        low //= 2
    while _pages(text(seed, high)) <= pages:
        high *= 2
    while high - low > 1:  # most sections whose PDF is at most `pages` long
        middle = (low + high) // 2
        low, high = (middle, high) if _pages(text(seed, middle)) <= pages else (low, middle)
    markup = text(seed, low)
    rng = random.Random(seed + 1)
    issuer = rng.choice(ISSUERS)
    while _pages(markup) < pages:  # a closing note per missing page keeps the count exact
        markup += "\n" + "\n\n".join(_fill(rng.choice(PARAGRAPHS), rng, issuer) for _ in range(6)) + "\n"
    return markup


def write(folder: Path, pages: int, seed: int = 1) -> dict[str, Path]:
    """Write `rfp-<pages>p` as .txt, .pdf and .docx in `folder` (kept when already written), and return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / f"rfp-{pages}p-s{seed}-v{GENERATOR_VERSION}"
    paths = {ext: stem.with_suffix(f".{ext}") for ext in ("txt", "pdf", "docx")}
    if all(p.exists() for p in paths.values()):
        return paths
    markup = document_text(seed, pages)
    blocks = render.parse(markup)
    pdf = render.build_pdf(blocks)
    if pdf.pages_count != pages:
        raise SystemExit(f"generate.py: could not lay out exactly {pages} pages (got {pdf.pages_count})")
    pdf.output(str(paths["pdf"]))
    render.render_docx(blocks, paths["docx"])
    paths["txt"].write_text(markup, encoding="utf-8")
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="+", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "documents")
    args = parser.parse_args()
    for pages in args.pages:
        for path in write(args.out, pages, args.seed).values():
            print(path)


if __name__ == "__main__":
    main()
