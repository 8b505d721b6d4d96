"""Time one check stage by stage in this process, and print the seconds as JSON.

Usage: .venv/bin/python benchmarks/stages.py FILE

Run by `benchmarks/run.py` in a fresh process per document, so start-up is
counted once, as a user pays it. The stages follow `rfpcheck.check_document`:
start-up (imports, language pipeline, rules and rate card), load, extract,
estimate (effort and price), rules (findings, verdict and the advice built on
them), render (each format, and all five together).
"""

from __future__ import annotations

import json
import resource
import sys
import time


def main(path: str) -> None:
    times: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        times[stage] = now - clock
        clock = now

    from rfpcheck import __version__, engine, load
    from rfpcheck.checklist import checklist, recommend
    from rfpcheck.estimate import estimate
    from rfpcheck.extract import extract
    from rfpcheck.model import DocumentInfo, Report, Tool
    from rfpcheck.nlp import pipeline
    from rfpcheck.price import price
    from rfpcheck.proposal import proposal
    from rfpcheck.questions import questions
    from rfpcheck.render import render
    from rfpcheck.render.docx import render_bytes
    from rfpcheck.settings import Settings, rules_and_card

    settings = Settings()
    rules, card = rules_and_card(settings, (), None)
    pipeline()
    lap("startup")
    doc = load.load(path)
    lap("load")
    facts = extract(doc)
    lap("extract")
    effort = estimate(facts, card)
    cost = price(facts, effort, card, settings)
    lap("estimate")
    findings = engine.evaluate(rules, facts, effort, cost)
    items = checklist(facts, effort, cost, card, settings)
    report = Report(
        tool=Tool("rfpcheck", __version__),
        document=DocumentInfo(doc.path, doc.format, doc.pages, doc.sha256, doc.notes),
        facts=facts, estimate=effort, findings=findings, verdict=engine.verdict(findings),
        price=cost, proposal=proposal(facts, effort, card, cost, settings), questions=questions(findings, rules),
        checklist=items, recommendation=recommend(items, effort, cost, settings), source=doc,
    )
    lap("rules")
    started = clock
    for fmt in ("text", "json", "markdown", "html"):
        render(report, fmt)
        lap(f"render {fmt}")
    render_bytes(report)
    lap("render docx")
    times["render"] = clock - started
    times["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    json.dump(times, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
