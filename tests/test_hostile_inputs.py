"""Broken and hostile documents through the real command line: one clean line each, reports for the good
ones, no traceback, no hang, no half-written file."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures_docs import encrypted_pdf, rfp_pdf, scanned_pdf
from hostile_docs import LIMITS_TOML, folder, hostile_text

from rfpcheck.cli import main

RFPCHECK = Path(sys.executable).parent / "rfpcheck"


def run(*args: object) -> object:
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str], list[str], subprocess.CompletedProcess]:
    """One batch run of the installed command over a folder of one document of each kind."""
    root = tmp_path_factory.mktemp("hostile")
    docs, out, config = root / "inbox", root / "reports", root / "rfpcheck.toml"
    bad, good = folder(docs)
    config.write_text(LIMITS_TOML)
    done = subprocess.run([str(RFPCHECK), "check", str(docs), "-f", "json", "-o", str(out), "--config", str(config),
                           "--no-ocr", "--jobs", "2"], capture_output=True, text=True, timeout=600, check=False)
    return docs, out, bad, good, done


def test_the_batch_exits_2_without_a_traceback(batch) -> None:
    *_, done = batch
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout


def test_every_broken_document_is_one_clean_line(batch) -> None:
    docs, _, bad, good, done = batch
    lines = done.stderr.splitlines()
    errors = [line for line in lines if line.startswith("rfpcheck: error: ")]
    assert len(errors) == len(bad), done.stderr
    for name, cause in bad.items():
        (line,) = [e for e in errors if e.startswith(f"rfpcheck: error: {docs / name}: ")]
        assert cause in line, line
    assert lines[-1] == f"checked {len(bad) + len(good)} documents: {len(good)} reports, {len(bad)} failed"


def test_the_good_documents_get_whole_reports_and_nothing_else_is_left(batch) -> None:
    _, out, bad, good, _ = batch
    assert sorted(p.name for p in out.iterdir()) == sorted([f"{g}.json" for g in good] + ["index.html"])
    reports = {g: json.loads((out / f"{g}.json").read_text(encoding="utf-8")) for g in good}
    assert all(r["verdict"] in ("doomed", "at-risk", "feasible") for r in reports.values())
    assert reports["pdf-named.docx"]["document"]["format"] == "pdf"
    assert "holds a PDF file" in reports["pdf-named.docx"]["document"]["notes"][0]
    assert "mixes encodings" in reports["mixed-encoding.txt"]["document"]["notes"][0]
    assert "caf\u00e9" in json.dumps(reports["mixed-encoding.txt"], ensure_ascii=False)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(name in index for name in bad)


def test_a_failed_check_leaves_the_existing_report_alone(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    report.write_text("the report from last week")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\ngarbage")
    assert run("check", broken, "-f", "json", "-o", report).exit_code == 2
    assert report.read_text() == "the report from last week"
    good = rfp_pdf(tmp_path / "good.pdf")
    assert run("check", good, "-f", "json", "-o", report).exit_code == 0
    assert json.loads(report.read_text())["document"]["format"] == "pdf"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.pdf", "good.pdf", "report.json"]


def test_output_into_a_missing_folder_makes_it(tmp_path: Path) -> None:
    rfp_pdf(tmp_path / "good.pdf")
    out = tmp_path / "new" / "deeper" / "r.md"
    assert run("check", tmp_path / "good.pdf", "-f", "md", "-o", out).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# rfpcheck")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_output_folder_fails_before_any_check(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    rfp_pdf(tmp_path / "good.pdf")
    r = run("check", tmp_path / "good.pdf", "-o", locked / "r.txt")
    assert r.exit_code == 2 and r.output.strip() == f"rfpcheck: error: {locked}: cannot write the reports here (permission denied)"


def test_a_read_only_place_fails_cleanly(tmp_path: Path) -> None:
    """/proc takes no new files, even from root: one line, exit 2, whatever the platform says."""
    rfp_pdf(tmp_path / "good.pdf")
    r = run("check", tmp_path / "good.pdf", "-o", "/proc/rfpcheck-report.txt")
    lines = r.output.strip().splitlines()
    assert r.exit_code == 2 and len(lines) == 1 and lines[0].startswith("rfpcheck: error: /proc")


def test_the_password_opens_an_encrypted_pdf(tmp_path: Path) -> None:
    path = encrypted_pdf(tmp_path / "locked.pdf")
    assert json.loads(run("check", path, "-f", "json", "--password", "secret").output)["document"]["format"] == "pdf"
    wrong = run("check", path, "--password", "guess")
    assert wrong.exit_code == 2 and "the password given does not open it" in wrong.output


def _fake_ocrmypdf(bin_folder: Path, text_pdf: Path) -> None:
    """An `ocrmypdf` that "recognises" a scan by writing a PDF with a text layer, as the real one does."""
    bin_folder.mkdir()
    script = bin_folder / "ocrmypdf"
    script.write_text(f"#!/bin/sh\n# ocrmypdf --skip-text --quiet IN OUT\ncp '{text_pdf}' \"$4\"\n")
    script.chmod(0o755)


def test_a_scan_goes_through_ocrmypdf_when_it_is_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scan = scanned_pdf(tmp_path / "scan.pdf")
    _fake_ocrmypdf(tmp_path / "bin", rfp_pdf(tmp_path / "text.pdf"))
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    report = json.loads(run("check", scan, "-f", "json").output)
    assert "recognised by OCRmyPDF" in report["document"]["notes"][0]
    assert {p["id"] for p in report["facts"]["platforms"]} >= {"instagram", "facebook"}
    refused = run("check", scan, "--no-ocr")
    assert refused.exit_code == 2 and "no text layer" in refused.output


def test_without_ocrmypdf_a_scan_says_how_to_get_its_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scan = scanned_pdf(tmp_path / "scan.pdf")
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    r = run("check", scan)
    assert r.exit_code == 2 and "install OCRmyPDF" in r.output and "ocrmypdf FILE.pdf OUT.pdf" in r.output


@pytest.mark.parametrize("name", ["bad\nname.pdf", "esc\x1b[31mred.pdf"])
def test_a_file_name_cannot_break_or_colour_the_error_line(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    r = run("check", path)
    assert r.exit_code == 2 and r.output.count("\n") == 1 and "\x1b" not in r.output and "the file is empty" in r.output


def test_a_special_file_is_refused_unread(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    r = run("check", fifo, "--timeout", 20)
    assert r.exit_code == 2 and "not a regular file" in r.output


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_hostile_text_is_inert_in_terminal_and_markdown_reports(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(hostile_text(), encoding="utf-8")
    out = run("check", path, "-f", fmt, "--color" if fmt == "text" else "--no-color").output
    assert "\x1b[2J" not in out and "\x1b[31mPWNED" not in out and "\u202e" not in out
    if fmt == "md":
        assert "<script>" not in out and "<img" not in out and "](javascript:" not in out


def test_limits_come_from_flags_over_the_settings_file(tmp_path: Path) -> None:
    rfp_pdf(tmp_path / "good.pdf")
    config = tmp_path / "rfpcheck.toml"
    config.write_text("[limits]\nmax_pages = 1\n")
    assert "over the limit of 1" in run("check", tmp_path / "good.pdf", "--config", config).output
    assert run("check", tmp_path / "good.pdf", "--config", config, "--max-pages", 0).exit_code == 0
    tiny = run("check", tmp_path / "good.pdf", "--max-size", 0.001)
    assert tiny.exit_code == 2 and "over the 1,048 bytes limit" in tiny.output


def test_a_worker_that_cannot_start_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import rfpcheck.nlp

    def broken() -> None:
        raise OSError("the language data is missing")

    monkeypatch.setattr(rfpcheck.nlp, "pipeline", broken)  # the forked worker inherits the patch
    r = run("check", rfp_pdf(tmp_path / "good.pdf"))
    assert r.exit_code == 2
    assert r.output == ("rfpcheck: error: cannot start a worker process to check the documents "
                        "(OSError: the language data is missing)\n")


def test_a_run_on_block_is_read_in_bounded_pieces_and_keeps_its_facts() -> None:
    """A block of thousands of tokens with no sentence break (a damaged PDF's text) is cut into pieces of at
    most MAX_SENTENCE tokens, so the clause scans stay short, and what it says is still read."""
    import rfpcheck
    from rfpcheck.nlp import MAX_SENTENCE, sentences

    filler = "and the regional office will keep the archive in order " * 120
    text = f"Manage our Instagram account {filler} and post three times a week on LinkedIn"
    report = rfpcheck.check_text(text)
    assert {p.id for p in report.facts.platforms} == {"instagram", "linkedin"}
    pieces = sentences(report.source)
    assert len(pieces) > 1 and max(len(s.span) for s in pieces) <= MAX_SENTENCE
    assert "".join(s.span.text_with_ws for s in pieces).strip() == report.source.text


def test_a_page_too_crowded_to_look_for_tables_on_is_read_as_text_with_a_note(tmp_path: Path) -> None:
    from hostile_docs import raw_pdf

    from rfpcheck.load import load

    text = b"BT /F1 12 Tf 72 720 Td (Manage our Instagram account, three posts a week.) Tj ET\n"
    path = tmp_path / "crowded.pdf"
    path.write_bytes(raw_pdf(text + b"1 1 m 2 2 l S\n" * 25_000))
    doc = load(path, ocr=False)
    assert "Manage our Instagram account" in doc.text
    assert doc.notes == ("page 1 holds 25,001 objects or lines, too many to look for tables in; "
                         "its table rows may read less well",)


def _children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False)
    return [int(p) for p in found.stdout.split()]


def _gone(pid: int) -> bool:
    import time

    for _ in range(50):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] if Path(f"/proc/{pid}/stat").exists() else "X"
        if state == "Z":
            return True  # dead, waiting for its parent to collect it
        time.sleep(0.1)
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and relies on PR_SET_PDEATHSIG")
@pytest.mark.parametrize("how", ["SIGTERM", "SIGKILL"])
def test_stopping_the_command_stops_its_workers(tmp_path: Path, how: str) -> None:
    """A `timeout` or a job scheduler stopping rfpcheck mid-check leaves no worker running on."""
    import signal
    import time

    from hostile_docs import parser_bomb_pdf

    slow = tmp_path / "slow.pdf"
    slow.write_bytes(parser_bomb_pdf())
    with subprocess.Popen([str(RFPCHECK), "check", str(slow), "--timeout", "0"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as command:
        workers: list[int] = []
        for _ in range(200):  # the worker is forked once the parent has loaded the rules
            time.sleep(0.1)
            if workers := _children(command.pid):
                break
        assert workers, "no worker started"
        command.send_signal(getattr(signal, how))
        _, stderr = command.communicate(timeout=30)
    assert command.returncode == (143 if how == "SIGTERM" else -9)
    assert all(_gone(w) for w in workers), "a worker outlived the command"
    assert "Traceback" not in stderr


def test_entities_declared_in_utf16_xml_are_refused_too(tmp_path: Path) -> None:
    from hostile_docs import docx_with

    xml = ('<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
           '<w:t>&x;</w:t></w:r></w:p></w:body></w:document>')
    path = tmp_path / "xxe16.docx"
    path.write_bytes(docx_with(xml.encode("utf-16")))
    r = run("check", path)
    assert r.exit_code == 2 and "declares a DTD or entities" in r.output


@pytest.mark.parametrize("value", ["inf", "nan", "1e400", "3000000"])
def test_a_timeout_too_large_or_not_a_number_is_a_usage_error(tmp_path: Path, value: str) -> None:
    r = run("check", rfp_pdf(tmp_path / "good.pdf"), "--timeout", value)
    assert r.exit_code == 2 and "Traceback" not in r.output and "--timeout" in r.output


def test_a_hung_reader_is_stopped_and_the_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader stuck in C code (where no Python signal reaches) is stopped at --timeout; the others get reports."""
    import ctypes

    import rfpcheck.load.pdf as pdf_loader

    real = pdf_loader._pages

    def stuck_on_one(path: str, data: bytes, *args: object) -> object:
        if b"stuck" in data:
            ctypes.CDLL(None).sleep(600)
        return real(path, data, *args)

    monkeypatch.setattr(pdf_loader, "_pages", stuck_on_one)  # the forked workers inherit it
    rfp_pdf(tmp_path / "good.pdf")
    (tmp_path / "stuck.pdf").write_bytes((tmp_path / "good.pdf").read_bytes() + b"\n% stuck\n")
    r = run("check", tmp_path / "good.pdf", tmp_path / "stuck.pdf", "-f", "json", "-o", tmp_path / "out", "--timeout", 5,
            "--jobs", 2)
    assert r.exit_code == 2
    assert f"rfpcheck: error: {tmp_path / 'stuck.pdf'}: timed out after 5 s" in r.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["good.pdf.json", "index.html"]
