"""OCR for scanned PDFs, through OCRmyPDF when it is installed: never required, never guessed at.

OCRmyPDF (with Tesseract) adds a text layer to a PDF of page images. It is a large install with
system packages of its own, so rfpcheck only uses it when it is on the PATH, and otherwise says how
to get the text another way.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from rfpcheck.errors import InputError
from rfpcheck.limits import Limits

_HOW = ("install OCRmyPDF (`apt install ocrmypdf` or `pip install ocrmypdf` with Tesseract) and check it again, "
        "or run `ocrmypdf FILE.pdf OUT.pdf` and check OUT.pdf")


def recognise(path: str, data: bytes, ocr: bool | None, limits: Limits) -> bytes:
    """Return the PDF with a text layer added by OCRmyPDF; `ocr` False or no OCRmyPDF is an `InputError`."""
    program = shutil.which("ocrmypdf") if ocr is not False else None
    if program is None:
        how = "run OCR on it first" if ocr is False else _HOW
        raise InputError(path, f"the PDF has no text layer (a scan or images of pages); it needs OCR: {how}")
    with tempfile.TemporaryDirectory(prefix="rfpcheck-ocr-") as folder:
        source, target = Path(folder, "in.pdf"), Path(folder, "out.pdf")
        source.write_bytes(data)
        try:
            done = subprocess.run([program, "--skip-text", "--quiet", str(source), str(target)],
                                  capture_output=True, text=True, timeout=limits.timeout, check=False)
        except subprocess.TimeoutExpired:
            raise InputError(path, f"the PDF has no text layer, and OCRmyPDF did not finish within "
                                   f"{limits.timeout:g} s (raise --timeout)") from None
        except OSError as e:
            raise InputError(path, f"the PDF has no text layer, and OCRmyPDF could not start ({e})") from None
        if done.returncode != 0 or not target.is_file():
            said = " ".join((done.stderr or done.stdout or "").split())[-160:] or f"exit code {done.returncode}"
            raise InputError(path, f"the PDF has no text layer, and OCRmyPDF could not read it ({said})")
        return target.read_bytes()
