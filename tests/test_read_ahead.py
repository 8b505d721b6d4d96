"""A single document is read in a child process while the checking worker starts; what the reader gives or
raises reaches the worker unchanged, and a reader that dies or hangs costs that document alone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from fixtures_docs import rfp_pdf
from rfpcheck import read_ahead
from rfpcheck.errors import InputError
from rfpcheck.limits import Limits
from rfpcheck.load import load

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the reader is forked")


def _read(path: Path) -> object:
    reader = read_ahead.start(path, limits=Limits(), password=None, ocr=False)
    try:
        return read_ahead.document(reader, path)
    finally:
        read_ahead.stop(reader)


def test_the_reader_gives_the_document_the_worker_would_have_read(tmp_path: Path) -> None:
    path = rfp_pdf(tmp_path / "rfp.pdf")
    got, own = _read(path), load(path, ocr=False)
    assert (got.text, got.blocks, got.pages, got.sha256, got.notes) == (own.text, own.blocks, own.pages, own.sha256,
                                                                        own.notes)


@pytest.mark.parametrize("content, cause", [
    (b"", "the file is empty"),
    (b"Just a text file, not a PDF at all.\n", "not a PDF file"),
    (b"%PDF-1.7\n1 0 obj << /Type /Catalog", "cannot read the PDF"),
])
def test_what_the_reader_refuses_is_the_same_one_line_error(tmp_path: Path, content: bytes, cause: str) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        _read(path)
    with pytest.raises(InputError) as direct:
        load(path, ocr=False)
    assert str(caught.value) == str(direct.value) and cause in str(caught.value)


def test_a_reader_that_dies_is_an_internal_error_for_that_document(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    path = rfp_pdf(tmp_path / "rfp.pdf")
    monkeypatch.setattr("rfpcheck.load.load", lambda *args, **kwargs: time.sleep(600))  # killed before it answers
    reader = read_ahead.start(path, limits=Limits(), password=None, ocr=False)
    os.kill(reader.pid, signal.SIGKILL)
    try:
        with pytest.raises(InputError, match="the process reading it died"):
            read_ahead.document(reader, path)
    finally:
        read_ahead.stop(reader)


def test_stopping_a_reader_that_hangs_reaps_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setattr("rfpcheck.load.load", lambda *args, **kwargs: time.sleep(600))  # the fork inherits it
    reader = read_ahead.start(tmp_path / "any.pdf", limits=Limits(), password=None, ocr=False)
    read_ahead.stop(reader)
    with pytest.raises(ChildProcessError):
        os.waitpid(reader.pid, os.WNOHANG)  # reaped: no zombie left behind


SCRIPT = """
import sys
import rfpcheck.read_ahead as read_ahead
started = []
real = read_ahead.start
read_ahead.start = lambda *a, **k: started.append(1) or real(*a, **k)
from rfpcheck.cli import run
sys.argv = ["rfpcheck", "check", *sys.argv[1:]]
try:
    run()
finally:
    print("readers:", len(started), file=sys.stderr)
"""


@pytest.mark.parametrize("extra, readers", [((), 1), (("--jobs", "1"), 0)], ids=["two-jobs", "one-job"])
def test_the_command_reads_a_single_document_ahead_only_with_a_second_process(
        tmp_path: Path, extra: tuple[str, ...], readers: int) -> None:
    path = rfp_pdf(tmp_path / "rfp.pdf")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(path), "-f", "json", "--jobs", "2", *extra],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, 1), done.stderr
    assert f"readers: {readers}" in done.stderr
    assert '"format": "pdf"' in done.stdout


def test_several_documents_are_not_read_ahead(tmp_path: Path) -> None:
    one, two = rfp_pdf(tmp_path / "a.pdf"), rfp_pdf(tmp_path / "b.pdf")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(one), str(two), "-f", "json", "--jobs", "2"],
                          capture_output=True, text=True, timeout=120)
    assert "readers: 0" in done.stderr and done.stdout.count('"format": "pdf"') == 2


# --- a helper for a long document's extraction --------------------------------


@pytest.mark.parametrize("copies, helped", [(1, []), (20, [1])], ids=["short", "long"])
def test_a_helper_reads_the_same_facts_of_a_long_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          copies: int, helped: list[int]) -> None:
    """With a spare core, the pre-bid facts of a long document (not a short one) come from a forked helper:
    the same facts."""
    from rfpcheck import extract as extraction
    from rfpcheck.extract import extract

    text = (Path(__file__).resolve().parent.parent / "samples" / "seed-rfp.txt").read_text(encoding="utf-8")
    doc = load_text(tmp_path, "\n\n".join([text] * copies))
    forks: list[int] = []
    real = extraction.forked.start
    monkeypatch.setattr(extraction.forked, "start", lambda *a, **k: forks.append(1) or real(*a, **k))
    assert extract(doc, spare_core=True) == extract(doc)
    assert forks == helped


def test_a_helper_that_dies_leaves_its_facts_to_the_process_itself(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from rfpcheck import extract as extraction
    from rfpcheck.extract import extract

    text = (Path(__file__).resolve().parent.parent / "samples" / "seed-rfp.txt").read_text(encoding="utf-8")
    long = load_text(tmp_path, "\n\n".join([text] * 20))
    expected = extract(long)
    monkeypatch.setattr(extraction, "_prebid", _die_in_child(extraction._prebid))
    assert extract(long, spare_core=True) == expected


def _die_in_child(real):
    parent = os.getpid()

    def prebid(sents):
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(sents)

    return prebid


def load_text(folder: Path, text: str):
    path = folder / "long.txt"
    path.write_text(text, encoding="utf-8")
    return load(path)
