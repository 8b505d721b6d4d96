"""Batch runs: a report per document, index.html listing them all, parallel workers, and what stderr says."""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from click.testing import CliRunner

from rfpcheck import batch
from rfpcheck.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
HOSTILE = "<img src=x onerror=alert(1)>.txt"
BAD = "scan.pdf"  # plain text under a PDF name: unreadable


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


class Index(HTMLParser):
    """The parts of index.html the tests read: header keys, rows' data- attributes, links, meta tags."""

    def __init__(self, text: str):
        super().__init__()
        self.keys: list[str] = []
        self.rows: dict[str, dict[str, str]] = {}
        self.links: list[str] = []
        self.meta: list[dict[str, str]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "th" and "data-key" in a:
            self.keys.append(a["data-key"])
        elif tag == "tr" and "data-file" in a:
            self.rows[Path(a["data-file"]).name] = {k.removeprefix("data-"): v for k, v in a.items()}
        elif tag == "a":
            self.links.append(a["href"])
        elif tag == "meta":
            self.meta.append(a)


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("rfps")
    for sample in SAMPLES.glob("*.txt"):
        shutil.copy(sample, folder / sample.name)
    shutil.copy(SAMPLES / "bakery-feasible.txt", folder / HOSTILE)
    (folder / BAD).write_text("This is plain text, not a PDF.\n")
    return folder


@pytest.fixture(scope="module")
def batches(docs, tmp_path_factory) -> dict[int, tuple[Path, object]]:
    """The same folder checked with --jobs 1 and --jobs 2, as JSON reports."""
    out = {}
    for jobs in (1, 2):
        folder = tmp_path_factory.mktemp(f"out{jobs}")
        out[jobs] = folder, run("check", docs, "-f", "json", "-o", folder, "--jobs", jobs)
    return out


def good_documents(docs: Path) -> list[str]:
    return sorted(p.name for p in docs.iterdir() if p.name != BAD)


def test_a_report_per_good_document_and_the_failure_listed(docs, batches):
    """Each readable document gets its report, the unreadable one its error in the index, exit 2, no .tmp left."""
    folder, r = batches[2]
    assert r.exit_code == 2
    written = sorted(p.name for p in folder.iterdir())
    assert written == sorted([f"{name}.json" for name in good_documents(docs)] + ["index.html"])
    text = (folder / "index.html").read_text()
    assert Index(text).rows[BAD]["verdict"] == "" and f"{BAD}: not a PDF file" in text
    assert not list(folder.rglob("*.tmp"))


def test_jobs_2_writes_what_jobs_1_writes(batches):
    """Parallel workers write the same files, byte for byte, as checking in one process."""
    (one, r1), (two, r2) = batches[1], batches[2]
    names = sorted(p.name for p in one.iterdir())
    assert names == sorted(p.name for p in two.iterdir())
    assert all((one / n).read_bytes() == (two / n).read_bytes() for n in names)
    assert r1.output == r2.output


def test_errors_and_summary_on_stderr_keep_the_input_order(batches):
    """Errors are one line naming the file, no traceback, then one summary line; no progress bar off a tty."""
    _, r = batches[2]
    assert r.stdout == ""
    lines = r.stderr.splitlines()
    assert lines == [lines[0], "checked 7 documents: 6 reports, 1 failed"]
    assert lines[0].startswith("rfpcheck: error: ") and BAD in lines[0] and "Traceback" not in r.stderr
    assert "checking" not in r.stderr and "\r" not in r.stderr


def test_index_rows_carry_each_reports_numbers(docs, batches):
    """Each row's data- attributes hold the verdict, coverage, hours, critical count and decision of its report."""
    folder, _ = batches[2]
    page = Index((folder / "index.html").read_text())
    assert page.keys == ["file", "verdict", "coverage", "stated", "needed", "critical", "decision"]
    assert set(page.rows) == {*good_documents(docs), BAD}
    for name in good_documents(docs):
        report = json.loads((folder / f"{name}.json").read_text())
        row, hours = page.rows[name], report["facts"]["hours"]
        assert row["verdict"] == report["verdict"]
        coverage = report["estimate"]["coverage"]  # the JSON keeps 2 places, the index the estimate's 3
        assert float(row["coverage"]) == pytest.approx(coverage, abs=0.0051)
        assert float(row["stated"]) == pytest.approx(hours["per_month"]["max"])
        assert float(row["needed"]) == pytest.approx(report["estimate"]["hours_per_month"]["expected"])
        assert int(row["critical"]) == sum(f["severity"] == "critical" for f in report["findings"])
        assert row["decision"] == report["recommendation"]["decision"]
    assert page.rows["seed-rfp.txt"]["verdict"] == "doomed"
    assert page.rows["bakery-feasible.txt"]["verdict"] == "feasible"
    assert page.rows["nonprofit-at-risk.txt"]["verdict"] == "at-risk"


def test_index_is_self_contained_and_escapes_file_names(batches):
    """The index forbids network access by CSP, names no http(s) URL, and shows a hostile file name as text."""
    folder, _ = batches[2]
    text = (folder / "index.html").read_text()
    page = Index(text)
    csp = next(m["content"] for m in page.meta if m.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp
    assert not re.search(r"https?://", text)
    assert "<img" not in text and "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.txt.json" in page.links
    assert all((folder / unquote(link)).is_file() for link in page.links)


def test_quiet_leaves_only_errors_on_stderr(tmp_path):
    """--quiet drops the summary line; the error of a failed document still shows."""
    bad = tmp_path / BAD
    bad.write_text("plain text\n")
    r = run("check", SAMPLES / "seed-rfp.txt", bad, "-o", tmp_path / "out", "--quiet", "--jobs", 1)
    assert r.exit_code == 2
    assert r.stderr.splitlines() == [f"rfpcheck: error: {bad}: not a PDF file (it looks like plain text)"]
    assert (tmp_path / "out" / "index.html").is_file()


def test_one_document_gets_no_index(tmp_path):
    """A single report in a folder needs no index."""
    assert run("check", SAMPLES / "seed-rfp.txt", "-o", f"{tmp_path}/").exit_code == 0
    assert [p.name for p in tmp_path.iterdir()] == ["seed-rfp.txt.txt"]


def test_documents_in_subfolders_keep_their_folders(tmp_path):
    """Two documents of one name in different subfolders get a report each, and the index links both."""
    for sub in ("a", "b"):
        (tmp_path / "in" / sub).mkdir(parents=True)
        shutil.copy(SAMPLES / "seed-rfp.txt", tmp_path / "in" / sub / "rfp.txt")
    r = run("check", tmp_path / "in", "-f", "md", "-o", tmp_path / "out", "--jobs", 1)
    assert r.exit_code == 0, r.output
    assert (tmp_path / "out" / "a" / "rfp.txt.md").is_file() and (tmp_path / "out" / "b" / "rfp.txt.md").is_file()
    assert Index((tmp_path / "out" / "index.html").read_text()).links == ["a/rfp.txt.md", "b/rfp.txt.md"]


def test_two_reports_of_one_name_are_refused(tmp_path):
    """Two documents named alike, given one by one, would share a report: refused before anything is written."""
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        shutil.copy(SAMPLES / "seed-rfp.txt", tmp_path / sub / "rfp.txt")
    r = run("check", tmp_path / "a" / "rfp.txt", tmp_path / "b" / "rfp.txt", "-o", tmp_path / "out")
    assert r.exit_code == 2 and "would both be reported here" in r.stderr and not (tmp_path / "out").exists()


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the crash is patched in before the fork")
def test_a_worker_crash_costs_only_its_document(tmp_path, monkeypatch):
    """A worker process that dies on one document fails that document alone; the others get their reports."""
    import rfpcheck.load

    real = rfpcheck.load.load

    def crash_on_some(path, **kw):
        if Path(path).name == "dies.txt":
            os._exit(1)
        return real(path, **kw)

    monkeypatch.setattr(rfpcheck.load, "load", crash_on_some)
    for name in ("a.txt", "dies.txt", "b.txt"):
        shutil.copy(SAMPLES / "seed-rfp.txt", tmp_path / name)
    r = run("check", tmp_path, "-f", "md", "-o", tmp_path / "out", "--jobs", 2)
    assert r.exit_code == 2
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.txt.md", "b.txt.md", "index.html"]
    assert r.stderr.splitlines()[0] == (f"rfpcheck: error: {tmp_path / 'dies.txt'}: internal error: "
                                        "the process checking it exited with code 1; please report it")


def test_rows_and_index_as_pure_functions():
    """row-less cells stay blank in the data- attributes, a failed row shows its error, the summary counts both."""
    rows = [batch.failed("x.pdf", "x.pdf: not a PDF file"),
            batch.Row("y.txt", "y.txt.html", "doomed", 0.083, 10.0, 8.0, 120.3, 2, "no-bid")]
    assert rows[0].data["coverage"] == "" and rows[1].data["coverage"] == "0.083"
    assert (rows[1].coverage_text, rows[1].stated_text, rows[1].decision_text) == ("8%", "8–10", "No bid")
    page = batch.index(rows)
    assert "x.pdf: not a PDF file" in page and 'href="y.txt.html"' in page
    assert batch.summary(rows) == "checked 2 documents: 1 report, 1 failed"
    assert batch.summary(rows[1:]) == "checked 1 document: 1 report"


def test_a_batch_of_spawned_workers_reports_as_a_forked_one(tmp_path):
    """Where workers are spawned (macOS, Windows), each builds its own pipeline and rules and checks its
    documents whole: the same reports as forked workers give."""
    script = ("import multiprocessing, sys\n"
              "import rfpcheck.workers as w\n"
              "if __name__ == '__main__':\n"
              "    if sys.argv[1] == 'spawn':\n"
              "        w.context = lambda: multiprocessing.get_context('spawn')\n"
              "    from rfpcheck.cli import run\n"
              "    sys.argv = ['rfpcheck', 'check', *sys.argv[2:]]\n"
              "    run()\n")
    (tmp_path / "run.py").write_text(script)
    docs = [str(SAMPLES / "seed-rfp.txt"), str(SAMPLES / "seed-rfp.pdf")]
    outs = {}
    for how in ("spawn", "fork"):
        done = subprocess.run([sys.executable, str(tmp_path / "run.py"), how, *docs, "-f", "json", "--jobs", "2"],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0 and not done.stderr, done.stderr
        outs[how] = [{k: v for k, v in r.items() if k != "tool"} for r in json.loads(done.stdout)]
    assert outs["spawn"] == outs["fork"] and len(outs["fork"]) == 2
