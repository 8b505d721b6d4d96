"""The command line through click's runner: outputs, exit codes and one-line errors."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rfpcheck import __version__
from rfpcheck.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "seed-rfp.txt"
FEASIBLE = SAMPLES / "bakery-feasible.txt"
AT_RISK = SAMPLES / "nonprofit-at-risk.txt"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_version():
    r = run("--version")
    assert r.exit_code == 0 and __version__ in r.output


def test_json_report_on_the_seed():
    r = run("check", SEED, "-f", "json")
    assert r.exit_code == 0, r.output
    report = json.loads(r.output)
    assert report["schema"] == "rfpcheck.report/1" and report["verdict"] == "doomed"
    assert report["document"]["format"] == "txt" and len(report["document"]["sha256"]) == 64


def test_text_report_is_the_default_and_plain_when_not_a_terminal():
    r = run("check", SEED)
    assert r.exit_code == 0 and r.output.startswith("Doomed") and "\x1b[" not in r.output
    assert "--> " in r.output


@pytest.mark.parametrize("path,fail_on,code", [
    (SEED, "doomed", 1), (SEED, "at-risk", 1), (SEED, "never", 0),
    (AT_RISK, "doomed", 0), (AT_RISK, "at-risk", 1), (FEASIBLE, "at-risk", 0),
])
def test_fail_on(path, fail_on, code):
    """--fail-on trips with exit 1 when a verdict is that bad or worse."""
    assert run("check", path, "--fail-on", fail_on, "-f", "json").exit_code == code


def _one_line_error(r, name):
    assert r.exit_code == 2, r.output
    lines = [ln for ln in r.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and name in lines[0] and "Traceback" not in r.output
    return lines[0]


def test_missing_file(tmp_path):
    _one_line_error(run("check", tmp_path / "nope.pdf"), "nope.pdf")


@pytest.mark.parametrize("name,content", [
    ("budget.xlsx", b"PK\x03\x04 not really"),
    ("fake.pdf", b"This is plain text pretending to be a PDF.\n"),
    ("fake.docx", b"Plain text in a docx name.\n"),
    ("binary.txt", bytes(range(256)) * 4),
    ("empty.txt", b""),
])
def test_bad_inputs_fail_with_one_line(tmp_path, name, content):
    """Unsupported, mislabelled, binary and empty files exit 2 with the file and cause named."""
    path = tmp_path / name
    path.write_bytes(content)
    _one_line_error(run("check", path), name)


def test_output_file_is_written_whole(tmp_path):
    out = tmp_path / "deep" / "report.html"
    r = run("check", SEED, "-f", "html", "-o", out)
    assert r.exit_code == 0 and r.output == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    assert not list(out.parent.glob(".*.tmp"))


def test_a_bad_file_among_good_ones_keeps_the_good_reports(tmp_path):
    """Several documents: each good one gets its report, the bad one its error, exit 2."""
    bad = tmp_path / "bad.pdf"
    bad.write_text("not a pdf")
    out = tmp_path / "out"
    r = run("check", SEED, bad, FEASIBLE, "-f", "md", "-o", out)
    assert r.exit_code == 2 and "bad.pdf" in r.output
    assert sorted(p.name for p in out.iterdir()) == ["bakery-feasible.txt.md", "index.html", "seed-rfp.txt.md"]


def test_several_json_reports_to_stdout_are_an_array():
    r = run("check", SEED, FEASIBLE, "-f", "json")
    reports = json.loads(r.output)
    assert [x["verdict"] for x in reports] == ["doomed", "feasible"]


def test_a_folder_checks_every_document_in_it(tmp_path):
    """A folder is several documents: a JSON array, reports it wrote earlier left out."""
    (tmp_path / "a.txt").write_text(SEED.read_text())
    (tmp_path / "notes.csv").write_text("x,y")
    assert run("check", tmp_path, "-f", "md", "-o", tmp_path).exit_code == 0
    assert (tmp_path / "a.txt.md").exists()
    r = run("check", tmp_path, "-f", "json")
    assert r.exit_code == 0
    assert [x["document"]["path"][-5:] for x in json.loads(r.output)] == ["a.txt"]


def test_several_html_reports_need_a_folder():
    _one_line_error(run("check", SEED, FEASIBLE, "-f", "html"), "--output")


def test_a_broken_user_rule_stops_with_file_and_cause(tmp_path):
    (tmp_path / "oops.yaml").write_text("id: oops\nseverity: minor\ntitle: t\nwhen: 'facts.('\nmessage: m\nquestion: q\n")
    line = _one_line_error(run("check", SEED, "--rules", tmp_path), "oops.yaml")
    assert "CEL" in line


def test_a_broken_ratecard_stops_with_file_and_cause(tmp_path):
    card = tmp_path / "card.yaml"
    card.write_text("rate: {hourly: 75}\n")
    _one_line_error(run("check", SEED, "--ratecard", card), "card.yaml")


def test_rules_command_lists_every_rule():
    r = run("rules")
    assert r.exit_code == 0 and "no-client-contact" in r.output and "critical" in r.output


@pytest.mark.parametrize("command", [[], ["check"], ["rules"], ["explain"], ["ratecard"], ["init"], ["eval"]])
def test_every_command_has_help(command):
    r = run(*command, "--help")
    assert r.exit_code == 0 and "Usage:" in r.output


def test_reports_never_overwrite_the_documents(tmp_path):
    """-o pointing at the documents (a file or their folder) is refused before anything is written."""
    doc = tmp_path / "rfp.txt"
    doc.write_text(SEED.read_text())
    before = doc.read_text()
    _one_line_error(run("check", doc, "-o", doc), "overwrite")
    twin = tmp_path / "rfp.txt.txt"  # where the text report of rfp.txt would go in tmp_path
    twin.write_text(SEED.read_text())
    _one_line_error(run("check", doc, twin, "-o", tmp_path), "overwrite")
    assert twin.read_text() == before
    assert doc.read_text() == before


def test_several_documents_need_a_folder_not_a_file_name(tmp_path):
    _one_line_error(run("check", SEED, FEASIBLE, "-o", tmp_path / "one.html", "-f", "html"), "must be a folder")
    assert not (tmp_path / "one.html").exists()


def test_written_reports_are_readable_by_others(tmp_path):
    out = tmp_path / "r.json"
    run("check", SEED, "-f", "json", "-o", out)
    assert out.stat().st_mode & 0o044


def test_output_into_an_existing_folder_for_one_document(tmp_path):
    """-o naming a folder puts the report inside it, named after the document."""
    r = run("check", SEED, "-f", "md", "-o", tmp_path)
    assert r.exit_code == 0 and (tmp_path / "seed-rfp.txt.md").exists()


def test_an_unwritable_output_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    _one_line_error(run("check", SEED, "-o", blocker / "sub" / "r.txt"), "cannot make the output folder")


def test_an_internal_error_is_one_line_and_keeps_the_other_reports(tmp_path, monkeypatch):
    """A bug in one document's check costs that document only, with exit 2 and no traceback."""
    import rfpcheck.extract as extract_module

    real = extract_module.extract

    def flaky(doc, **kwargs):
        if "bakery" in doc.path:
            raise ZeroDivisionError("boom")
        return real(doc, **kwargs)

    monkeypatch.setattr(extract_module, "extract", flaky)
    r = run("check", SEED, FEASIBLE, "-f", "json")
    assert r.exit_code == 2 and "internal error (ZeroDivisionError: boom)" in r.output
    assert '"verdict": "doomed"' in r.output and "Traceback" not in r.output


def test_an_output_ending_in_a_slash_is_a_folder(tmp_path):
    """`-o out/` makes the folder and writes the report into it, not a file named out."""
    out = tmp_path / "out"
    r = run("check", SEED, "-f", "md", "-o", f"{out}/")
    assert r.exit_code == 0, r.output
    assert out.is_dir() and (out / "seed-rfp.txt.md").is_file()


def test_several_text_reports_name_their_documents():
    r = run("check", SEED, FEASIBLE)
    assert f"==> {SEED} <==" in r.output and f"==> {FEASIBLE} <==" in r.output


def test_output_dash_is_standard_output_and_refused_for_word(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = run("check", SEED, "-f", "md", "-o", "-")
    assert r.exit_code == 0 and r.output.startswith("# rfpcheck") and not (tmp_path / "-").exists()
    r = run("check", SEED, "-f", "docx", "-o", "-")
    assert r.exit_code == 2 and "standard output" in r.output and not (tmp_path / "-").exists()


def test_the_console_script_ends_an_interrupt_with_130(monkeypatch, capsys):
    """Ctrl-C is 130 with one line, not click's 1, which --fail-on uses; usage errors stay 2."""
    import rfpcheck.cli as cli

    def interrupted(**_):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "main", interrupted)
    with pytest.raises(SystemExit) as e:
        cli.run()
    assert e.value.code == 130 and "interrupted" in capsys.readouterr().err
    monkeypatch.undo()
    monkeypatch.setattr("sys.argv", ["rfpcheck", "check"])
    with pytest.raises(SystemExit) as e:
        cli.run()
    assert e.value.code == 2


def test_a_folder_leaves_out_hidden_folders_and_readme_files(tmp_path):
    """.venv, .git and README-like notes inside a folder are not RFPs; named one by one, a README is checked."""
    from rfpcheck.cli import _expand

    (tmp_path / ".venv" / "lib").mkdir(parents=True)
    (tmp_path / ".venv" / "lib" / "notes.txt").write_text("x")
    (tmp_path / "README.md").write_text("x")
    (tmp_path / "LICENSE.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "rfp.txt").write_text("x")
    assert list(_expand((str(tmp_path),)).values()) == ["sub/rfp.txt"]
    assert list(_expand((str(tmp_path / "README.md"),)).values()) == ["README.md"]


def test_a_batch_whose_language_pipeline_cannot_be_built_fails_in_one_line(tmp_path):
    """The pipeline is built before a batch's workers fork: a broken spaCy is one line and exit 2 there too."""
    import subprocess
    import sys

    fake = tmp_path / "spacy"
    fake.mkdir()
    (fake / "__init__.py").write_text('raise ImportError("spaCy is broken here")\n')
    done = subprocess.run([sys.executable, "-c", "import sys; from rfpcheck.cli import run; sys.argv[0] = 'rfpcheck'; run()",
                           "check", str(SEED), str(FEASIBLE)], capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "PYTHONPATH": str(tmp_path)})
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        "rfpcheck: error: cannot start a worker process to check the documents (ImportError: spaCy is broken here)"]


def test_the_old_fast_option_still_runs(tmp_path):
    """--fast (and fast= in the Python API) chose a quicker PDF path once; every PDF is read that way now."""
    import rfpcheck
    from rfpcheck.load import load

    pdf = SEED.with_suffix(".pdf")
    result = run("check", pdf, "--fast", "-f", "json")
    assert result.exit_code == 0 and '"verdict": "doomed"' in result.output
    assert load(pdf, fast=True).text == load(pdf).text
    assert rfpcheck.check(pdf, fast=True).verdict == rfpcheck.check(pdf).verdict
