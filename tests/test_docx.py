"""The Word pre-bid checklist: written by `--format docx`, read back by python-docx and by LibreOffice."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

import rfpcheck
from rfpcheck.cli import main
from rfpcheck.render.docx import render_bytes

SEED = Path(__file__).resolve().parent.parent / "samples" / "seed-rfp.txt"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def all_text(doc):
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


@pytest.fixture(scope="module")
def seed_docx(tmp_path_factory):
    out = tmp_path_factory.mktemp("docx") / "seed.docx"
    r = run("check", SEED, "-f", "docx", "-o", out)
    assert r.exit_code == 0, r.output
    report = json.loads(run("check", SEED, "-f", "json").output)
    return out, report


def test_the_word_checklist_holds_the_reports_content(seed_docx):
    """Summary, estimate, counter-proposal, every numbered question and every checklist item."""
    path, report = seed_docx
    doc = Document(path)
    text = all_text(doc)
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    for title in ("Pre-bid checklist", "Questions to ask the issuer", "Counter-proposal", "Effort the scope needs", "Findings"):
        assert title in headings
    assert "Recommendation: " in text and "No bid" in text
    for q in report["questions"]:
        assert f"{q['number']}. {q['text']}" in text
    for item in report["checklist"]:
        assert item["item"] in text
    assert report["proposal"]["keep_budget"]["text"] in text
    assert report["proposal"]["keep_scope"]["text"] in text
    for finding in report["findings"]:
        assert finding["title"] in text


def test_the_checklist_has_a_tick_box_per_item(seed_docx):
    path, report = seed_docx
    table = Document(path).tables[0]
    boxes = [row.cells[0].text for row in table.rows[1:]]
    assert len(boxes) == len(report["checklist"])
    assert boxes == ["☑" if c["status"] == "pass" else "☐" for c in report["checklist"]]


def test_a_word_report_needs_an_output_file():
    r = run("check", SEED, "-f", "docx")
    assert r.exit_code == 2 and "--output" in r.output


def test_hostile_document_text_is_inert_in_word(tmp_path):
    """Control characters cannot break the XML, and markup-like text stays text."""
    text = ("Manage our Facebook page \x01\x0b with <w:p>injected</w:p> and {{ fields }}. "
            "You will never contact the client \x1b[31m directly.")
    report = rfpcheck.check_text(text)
    path = tmp_path / "hostile.docx"
    path.write_bytes(render_bytes(report))
    body = all_text(Document(path))
    assert "<w:p>injected</w:p>" in body and "\x01" not in body and "\x1b" not in body


def test_libreoffice_opens_the_word_checklist(seed_docx, tmp_path):
    """LibreOffice converts the file to text holding the questions and the checklist."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("LibreOffice is not installed, and CI must open the Word report (.ci/run installs it)")
        pytest.skip("LibreOffice is not installed: `apt-get install libreoffice-writer-nogui` to run this test")
    path, report = seed_docx
    profile = tmp_path / "profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                    "txt:Text (encoded):UTF8", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=120)
    text = (tmp_path / "seed.txt").read_text(encoding="utf-8-sig")
    flat = " ".join(text.split())
    for q in report["questions"]:
        assert " ".join(f"{q['number']}. {q['text']}".split()) in flat
    for item in report["checklist"]:
        assert item["item"] in flat
    assert " ".join(report["proposal"]["keep_budget"]["text"].split()) in flat


def test_the_checklists_evidence_column_gets_the_room(seed_docx):
    """Fixed widths: the why-and-evidence column is the widest, the tick box the narrowest."""
    path, _ = seed_docx
    table = Document(path).tables[0]
    for widths in ([cell.width for cell in table.rows[1].cells], [column.width for column in table.columns]):
        assert widths[3] == max(widths) and widths[0] == min(widths)
