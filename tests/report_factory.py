"""Build small, hand-made reports for tests that need a Report without the pipeline."""

from __future__ import annotations

from dataclasses import replace

from rfpcheck.model import (
    ClientContact,
    Clients,
    Deliverable,
    DocumentInfo,
    Engagement,
    Estimate,
    Evidence,
    Facts,
    Finding,
    Hours,
    Line,
    Phrase,
    Platform,
    Range,
    Report,
    Severity,
    ThreePoint,
    Tool,
    Verdict,
)

HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(1)>'


def evidence(quote: str, page: int | None = 1, start: int = 0) -> Evidence:
    """Return a quote at `page` (None for formats without pages) with made-up offsets."""
    return Evidence(page=page, quote=quote, start=start, end=start + len(quote))


CONTACT = evidence("The SMP shall not contact the client directly at any time.", page=1, start=120)
HOURS = evidence("The SMP will be given 8-10 hours per month.", page=2, start=400)
SCOPE = evidence(
    f"Work includes but is not limited to adding contacts | photos | videos {HOSTILE}",
    page=None,
    start=812,
)
ARTICLES = evidence("Two e-zine articles of 500 words each month.", page=3, start=1020)


def make_facts(**changes: object) -> Facts:
    """Return the seed scenario's facts: no contact, 8-10 h/month, open scope, one deliverable."""
    facts = Facts(
        platforms=(
            Platform("linkedin", "LinkedIn", ("setup", "manage"), (evidence("LinkedIn", 1, 60),)),
            Platform("youtube", "YouTube", ("setup", "manage"), (evidence("YouTube", 1, 80),)),
        ),
        hours=Hours(8, 10, "month", Range(8.0, 10.0), (HOURS,), text="8-10 hours per month"),
        deliverables=(Deliverable("article", 2, "month", 2.0, 500, (ARTICLES,)),),
        client_contact=ClientContact(False, (CONTACT,), cue="not"),
        clients=Clients(None, True, (evidence("set up with each client", 1, 300),)),
        open_ended_scope=(Phrase("not limited to", (SCOPE,)),),
        automation=(),
        engagement=Engagement(False, False),
        response_time=None,
        budget=None,
        term=None,
    )
    return replace(facts, **changes)


def make_estimate(**changes: object) -> Estimate:
    """Return an estimate of about 115 h/month against the stated 10."""
    estimate = Estimate(
        hours_per_month=ThreePoint(60.0, 115.0, 190.0),
        one_time_hours=ThreePoint(12.0, 18.0, 26.0),
        lines=(
            Line("Manage LinkedIn", "3 posts/week, replies", ThreePoint(6.0, 9.0, 13.0), True),
            Line("Manage YouTube", "2 videos/month", ThreePoint(20.0, 40.0, 70.0), True),
            Line("Write articles", "2 × 500 words", ThreePoint(6.0, 8.0, 12.0), True),
            Line("Set up YouTube", "channel art, playlists", ThreePoint(6.0, 9.0, 13.0), False),
        ),
        coverage=10 / 115,
    )
    return replace(estimate, **changes)


def make_findings() -> tuple[Finding, ...]:
    """Return one critical, one major and one minor finding, deliberately out of order."""
    return (
        Finding(
            "open-ended-scope", Severity.MAJOR, "The scope has no bounds",
            "“not limited to” leaves the scope open.",
            "Which tasks, exactly, are in scope, and which are not?",
            (SCOPE,),
            why="Any fixed budget is overrun by an unbounded scope.",
            instead="List the tasks and cap the rest as change requests.",
        ),
        Finding(
            "hours-unstated", Severity.MINOR, "No hours stated",
            "The plan states no hours of work.", "", (),
        ),
        Finding(
            "no-client-contact", Severity.CRITICAL, "The SMP may not talk to the client",
            "The plan forbids contact between the SMP and the client.",
            "Who on the client side answers questions and approves posts?",
            (CONTACT,),
            why="Social media is a conversation; without the client there is no voice.",
            instead="Ask for a named contact and a weekly call.",
        ),
    )


def make_report(**changes: object) -> Report:
    """Return a doomed report for the seed scenario; keyword arguments replace its fields."""
    from rfpcheck.questions import questions
    from rfpcheck.rules import load_rules

    report = Report(
        tool=Tool("rfpcheck", "0.1.0"),
        document=DocumentInfo("samples/seed <rfp>.pdf", "pdf", 3, "ab" * 32),
        facts=make_facts(),
        estimate=make_estimate(),
        findings=make_findings(),
        verdict=Verdict.DOOMED,
        questions=questions(make_findings(), load_rules()),
    )
    return replace(report, **changes)
