"""The HTML report in a real browser: it renders, runs no document text, fetches nothing.

Needs Debian's chromium (`.ci/run` installs it). Locally the test skips with
the reason shown; in CI (CI=true) a missing browser is a failure.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import rfpcheck
from rfpcheck.render import render

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = """Request for proposals <script>document.title = "pwned"</script>

Manage our Facebook page "><img src=x onerror="document.title='pwned'"> and post three times a week.
You will not be in contact with the client. Budget: 10 hours per month.
"""


@pytest.fixture(scope="module")
def chromium():
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("chromium is not installed, and CI must run the browser tests (.ci/run installs it)")
        pytest.skip("chromium is not installed: `apt-get install chromium` to run the browser tests")
    return path


def _browser(chromium: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    return subprocess.run([chromium, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


def test_html_report_renders_and_runs_no_document_text(chromium, tmp_path):
    report = rfpcheck.check_text(HOSTILE, name="hostile.txt")
    page = tmp_path / "report.html"
    page.write_text(render(report, "html"), encoding="utf-8")
    dom = _browser(chromium, tmp_path, "--dump-dom", page.as_uri()).stdout
    assert "Doomed" in dom and "no-client-contact" in dom
    assert "pwned" not in dom.split("<title>", 1)[1].split("</title>", 1)[0]
    # the hostile quote is on the page as text, never as an element
    assert "onerror=" in dom and "&lt;img src=x" in dom
    assert '<img src="x"' not in dom and "<script>document.title" not in dom
    shot = tmp_path / "report.png"
    _browser(chromium, tmp_path, f"--screenshot={shot}", "--window-size=1200,1600", page.as_uri())
    assert shot.exists() and shot.stat().st_size > 10_000


def test_html_report_is_self_contained():
    """No stylesheet, script, font or image is fetched from anywhere."""
    html = render(rfpcheck.check_text(HOSTILE), "html")
    for needle in ("http://", "https://", "<link", "<script src", "@import", "url("):
        assert needle not in html
