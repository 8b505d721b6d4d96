"""The HTML report driven in a real browser (Playwright on Debian's chromium): links, filters, the checklist, safety.

Locally the tests skip with the reason shown when no chromium is found; with CI=true a missing browser fails
them (`.ci/run` installs it). RFPCHECK_CHROMIUM names another browser binary. Screenshots go to
test-artifacts/ (RFPCHECK_ARTIFACTS to change it).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import rfpcheck
from rfpcheck.render import render

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(os.environ.get("RFPCHECK_ARTIFACTS", ROOT / "test-artifacts"))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
HOSTILE = """Request for proposals <script>document.title = "pwned"; alert(1)</script>

Manage our Facebook page "><img src=x onerror="document.title='pwned'"> and post three times a week.
Visit <a href="javascript:alert(1)">our site</a> and </textarea><script>alert(2)</script>.
You will not be in contact with the client. Budget: 10 hours per month.
"""


@pytest.fixture(scope="module")
def browser():
    path = os.environ.get("RFPCHECK_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("chromium is not installed, and CI must run the browser tests (.ci/run installs it)")
        pytest.skip("chromium is not installed: `apt-get install chromium` to run the browser tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test extra: pip install -e '.[test]'")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=path, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, tmp_path):
    """A fresh page that records console errors, dialogs and any request that is not the file itself."""
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: page.problems.append(f"error: {e}"))
    page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("request", lambda r: r.url.startswith("file://") or page.problems.append(f"request: {r.url}"))
    yield page
    context.close()


def _report(tmp_path: Path, report, name: str = "report.html") -> str:
    path = tmp_path / name
    path.write_text(render(report, "html"), encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="module")
def seed():
    return rfpcheck.check(ROOT / "samples" / "seed-rfp.pdf")


def test_the_seed_report_loads_with_no_errors_and_no_network(page, tmp_path, seed):
    """Opened from disk, the report logs no error and asks for nothing from the network."""
    page.goto(_report(tmp_path, seed))
    assert page.locator("h2#verdict-heading").inner_text().startswith("Doomed")
    assert page.locator("article[data-rule]").count() == len(seed.findings)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "seed-report.png"), full_page=True)
    assert page.problems == []


def test_a_findings_quote_scrolls_to_and_marks_its_passage(page, tmp_path, seed):
    """Clicking a quote's link brings its highlight into view and marks every passage of that finding."""
    page.goto(_report(tmp_path, seed))
    link = page.locator('article[data-rule="no-client-contact"] a.to-passage').first
    target = link.get_attribute("data-target")
    link.click()
    mark = page.locator(f"#{target}")
    assert mark.get_attribute("data-rule") == "no-client-contact"
    box, height = mark.bounding_box(), page.viewport_size["height"]
    assert box is not None and 0 <= box["y"] <= height
    active = page.locator("mark.active")
    assert active.count() >= 1 and {active.nth(i).get_attribute("data-rule") for i in range(active.count())} == {"no-client-contact"}
    assert page.problems == []


def test_every_highlight_names_a_finding_on_the_page(page, tmp_path, seed):
    page.goto(_report(tmp_path, seed))
    rules = {f.rule for f in seed.findings}
    marks = page.locator("mark[data-rule]")
    assert marks.count() > 0
    assert {marks.nth(i).get_attribute("data-rule") for i in range(marks.count())} == rules


def test_a_ticked_checklist_item_and_its_note_survive_a_reload(page, tmp_path, seed):
    """Ticks and notes are kept in localStorage under the document's hash."""
    page.goto(_report(tmp_path, seed))
    box = page.locator('input[data-check="client-access"]')
    assert not box.is_checked()
    box.check()
    page.locator('textarea[data-note="client-access"]').fill("Asked on the call: a weekly call with the owner.")
    page.reload()
    assert page.locator('input[data-check="client-access"]').is_checked()
    assert page.locator('textarea[data-note="client-access"]').input_value().startswith("Asked on the call")
    assert page.problems == []


def test_a_severity_filter_hides_and_shows_its_findings(page, tmp_path, seed):
    page.goto(_report(tmp_path, seed))
    button = page.locator('button[data-filter="major"]')
    majors = page.locator('article[data-severity="major"]')
    assert majors.first.is_visible()
    button.click()
    assert button.get_attribute("aria-pressed") == "false" and not majors.first.is_visible()
    assert page.locator('article[data-severity="critical"]').first.is_visible()
    button.click()
    assert majors.first.is_visible()


def test_hostile_document_text_runs_nothing(page, tmp_path):
    """Script tags, event handlers, javascript: links and a closing textarea in the document stay text."""
    report = rfpcheck.check_text(HOSTILE, name="hostile <script>.txt")
    page.goto(_report(tmp_path, report))
    page.wait_for_timeout(300)
    assert "pwned" not in page.title()
    assert page.locator("img").count() == 0 and page.locator('a[href^="javascript:"]').count() == 0
    assert "<script>alert(2)</script>" in page.locator(".doc-text").inner_text()
    assert page.problems == []


def test_the_seed_report_prints_on_two_pages_or_fewer(page, tmp_path, seed):
    """The print stylesheet makes a one- or two-page pre-bid sheet."""
    import pypdfium2

    page.goto(_report(tmp_path, seed))
    pdf = tmp_path / "seed.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(pdf, ARTIFACTS / "seed-report-print.pdf")
    assert len(pypdfium2.PdfDocument(str(pdf))) <= 2


def test_the_report_reads_on_a_phone(browser, tmp_path, seed):
    """At a phone's width the page does not scroll sideways."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(_report(tmp_path, seed))
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "seed-report-phone.png"))
    context.close()


def test_the_batch_index_sorts_by_coverage(page, tmp_path):
    """`rfpcheck check DIR -o OUT` writes index.html; clicking the coverage header sorts the rows by it."""
    from click.testing import CliRunner

    from rfpcheck.cli import main

    folder = tmp_path / "rfps"
    folder.mkdir()
    for name in ("seed-rfp.txt", "bakery-feasible.txt", "nonprofit-at-risk.txt", "municipal-doomed.txt"):
        shutil.copy(ROOT / "samples" / name, folder / name)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["check", str(folder), "-f", "html", "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    page.goto((out / "index.html").as_uri())
    header = page.locator('#index th[data-key="coverage"] button')

    def coverages():
        rows = page.locator("#index tbody tr[data-file]")
        return [float(rows.nth(i).get_attribute("data-coverage") or "inf") for i in range(rows.count())]

    header.click()
    first = coverages()
    header.click()
    second = coverages()
    known = [c for c in first if c != float("inf")]
    assert len(known) >= 3
    assert {tuple(first), tuple(second)} == {tuple(sorted(known) + [float("inf")] * (len(first) - len(known))),
                                             tuple(sorted(known, reverse=True) + [float("inf")] * (len(first) - len(known)))}
    assert page.locator('#index th[data-key="coverage"]').get_attribute("aria-sort") in ("ascending", "descending")
    page.locator("#index tbody a").first.click()
    assert page.locator("h2#verdict-heading").count() == 1  # the link opens that document's report
    page.go_back()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "batch-index.png"), full_page=True)
    assert page.problems == []


CONTRAST_JS = """
(selector) => {
  const parse = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const el = document.querySelector(selector);
  if (!el) return null;
  let bg = el, background = [255, 255, 255, 1];
  while (bg) {
    const c = parse(getComputedStyle(bg).backgroundColor);
    if (c.length >= 3 && (c.length === 3 || c[3] > 0)) { background = c; break; }
    bg = bg.parentElement;
  }
  return {fg: parse(getComputedStyle(el).color), bg: background};
}
"""


def _luminance(rgb):
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("selector", [
    "body", ".verdict h2", ".verdict .counts", ".decision p", ".badge.sev-critical", ".badge.sev-major",
    ".badge.sev-minor", ".status-fail", ".status-pass", ".status-unknown", ".filter", ".rule", "mark.hl-critical",
    "mark.hl-major", ".to-passage", ".quote figcaption", ".page-mark", "caption",
])
def test_text_meets_wcag_aa_contrast(page, tmp_path, seed, selector):
    """Each kind of text on the page has at least the 4.5:1 contrast WCAG AA asks of normal text."""
    page.goto(_report(tmp_path, seed))
    colours = page.evaluate(CONTRAST_JS, selector)
    assert colours is not None, f"nothing matches {selector}"
    light, dark = sorted((_luminance(colours["fg"]), _luminance(colours["bg"])), reverse=True)
    assert (light + 0.05) / (dark + 0.05) >= 4.5, (selector, colours)


def test_a_passage_quoted_by_several_findings_shows_the_most_severe_colour(page, tmp_path, seed):
    """Nested marks: the outermost is the most severe finding, and only its colour shows."""
    page.goto(_report(tmp_path, seed))
    outer = page.locator('mark[data-rule="no-client-contact"]:has(mark)').first
    inner = outer.locator("mark").first
    colour = lambda loc: loc.evaluate("e => getComputedStyle(e).backgroundColor")  # noqa: E731
    assert colour(inner) == "rgba(0, 0, 0, 0)"
    assert colour(outer) != "rgba(0, 0, 0, 0)"
    assert "(critical)" in outer.get_attribute("title") and "(major)" in outer.get_attribute("title")
