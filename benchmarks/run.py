"""Time rfpcheck against the floors of what it does, measured side by side in one run.

Usage: .venv/bin/python benchmarks/run.py [--runs N] [--quick] [--json FILE]

Generates (once, cached in benchmarks/documents/) RFPs of 1, 10, 50 and 200
pages as PDF and DOCX, a one-page TXT, and 100 ten-page PDFs for the batch.
Every measurement is a fresh process, timed from outside (wall clock, start-up
included), repeated N times; the table gives medians. Floors, run here in the
same way: `python -c "import click"`, `python -c "import spacy"`, spaCy plus a
blank English pipeline with a sentencizer, and a process that only extracts
the text of the document: pypdfium2, pdfplumber, python-docx. Peak memory is
the largest resident set of the process and its workers (wait4's rusage).

Stage times come from `benchmarks/stages.py`, in one process per document.
The targets of issue 7 are checked at the end; the JSON (default
benchmarks/results.json) holds every median and every ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCUMENTS = HERE / "documents"
PYTHON = sys.executable
RFPCHECK = str(Path(PYTHON).with_name("rfpcheck"))
SIZES = (1, 10, 50, 200)
BATCH = 100

FLOOR_SCRIPTS = {
    "pdfium": "import sys, pypdfium2 as p\n"
              "pdf = p.PdfDocument(sys.argv[1])\n"
              "for i in range(len(pdf)):\n"
              "    page = pdf[i]; text = page.get_textpage(); text.get_text_range(); text.close(); page.close()\n",
    "pdfplumber": "import sys, pdfplumber\n"
                  "with pdfplumber.open(sys.argv[1]) as pdf:\n"
                  "    for page in pdf.pages:\n"
                  "        page.extract_text(); page.close()\n",
    "docx": "import sys, docx\n"
            "d = docx.Document(sys.argv[1])\n"
            "[p.text for p in d.paragraphs]\n"
            "[c.text for t in d.tables for r in t.rows for c in r.cells]\n",
}
BLANK_PIPELINE = "import spacy; nlp = spacy.blank('en'); nlp.add_pipe('sentencizer')"


def timed(cmd: list[str]) -> tuple[float, float]:
    """Run a command to its end; return its wall seconds and the peak RSS (MiB) of it and its children."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):  # 1: a --fail-on verdict, not a failure
        raise SystemExit(f"run.py: {' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.read().decode()[-500:]}")
    proc.stderr.close()
    return seconds, usage.ru_maxrss / 1024


def documents(quick: bool) -> tuple[dict[str, Path], list[Path]]:
    """The generated documents by name ("pdf-200", "docx-10", "txt-1"), and the batch's PDFs."""
    sys.path.insert(0, str(HERE))
    import generate

    sizes = SIZES[:3] if quick else SIZES
    found: dict[str, Path] = {}
    for pages in sizes:
        paths = generate.write(DOCUMENTS, pages)
        found[f"pdf-{pages}"], found[f"docx-{pages}"] = paths["pdf"], paths["docx"]
        if pages == 1:
            found["txt-1"] = paths["txt"]
    count = 20 if quick else BATCH
    with ProcessPoolExecutor(2) as pool:  # a few minutes the first time, then cached
        batch = [paths["pdf"] for paths in pool.map(_batch_document, range(1, count + 1))]
    return found, batch


def _batch_document(seed: int) -> dict[str, Path]:
    import generate

    return generate.write(DOCUMENTS / "batch", 10, seed=1000 + seed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="repetitions of each measurement (median taken)")
    parser.add_argument("--quick", action="store_true", help="skip the 200-page documents; a batch of 20")
    parser.add_argument("--json", type=Path, default=HERE / "results.json")
    args = parser.parse_args()
    runs = args.runs
    docs, batch = documents(args.quick)
    # byte-compile the package as `pip install` does, so that no run pays for compiling it (an editable
    # install under PYTHONDONTWRITEBYTECODE would compile it at every start)
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(HERE.parent / "rfpcheck")], check=True)
    results: dict = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                 "platform": platform.platform()},
                     "runs": runs, "floors": {}, "tool": {}, "stages": {}, "batch": {}}
    commands: dict[tuple[str, str], list[str]] = {
        ("floors", "import click"): [PYTHON, "-c", "import click"],
        ("floors", "import spacy"): [PYTHON, "-c", "import spacy"],
        ("floors", "spacy + blank pipeline"): [PYTHON, "-c", BLANK_PIPELINE],
        ("tool", "--version"): [RFPCHECK, "--version"],
        ("tool", "--help"): [RFPCHECK, "--help"],
    }
    for name, path in docs.items():
        for reader in {"pdf": ("pdfium", "pdfplumber"), "docx": ("docx",), "txt": ()}[name.split("-")[0]]:
            commands["floors", f"{reader} text {name}"] = [PYTHON, "-c", FLOOR_SCRIPTS[reader], str(path)]
        commands["tool", f"check {name}"] = [RFPCHECK, "check", str(path), "--no-ocr"]
    # Round after round of every command, so that the machine getting slower or faster in the middle of the
    # run (a neighbour on the host, the clock) touches a floor and what is measured against it alike.
    samples: dict[tuple[str, str], list[tuple[float, float]]] = {key: [] for key in commands}
    stages: dict[str, list[dict[str, float]]] = {name: [] for name in docs}
    for round_ in range(runs):
        print(f"round {round_ + 1} of {runs} ...", file=sys.stderr)
        for key, cmd in commands.items():
            samples[key].append(timed(cmd))
        for name, path in docs.items():
            stages[name].append(json.loads(subprocess.run([PYTHON, str(HERE / "stages.py"), str(path)], check=True,
                                                          capture_output=True, text=True).stdout))
    for (group, name), taken in samples.items():
        results[group][name] = {"seconds": statistics.median(s for s, _ in taken), "peak_mb": max(m for _, m in taken),
                                "every run": [round(s, 3) for s, _ in taken]}
    for name, taken in stages.items():
        results["stages"][name] = {k: statistics.median(s[k] for s in taken) for k in taken[0]}
    print(f"batch of {len(batch)} ten-page PDFs ...", file=sys.stderr)
    with tempfile.TemporaryDirectory() as folder:
        for path in batch:
            shutil.copy(path, folder)
        taken_batch: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
        for _ in range(max(1, runs // 2)):
            for jobs in (1, 2):
                out = Path(folder) / f"out-{jobs}"
                taken_batch[jobs].append(timed([RFPCHECK, "check", folder + "/", "-q", "-f", "json", "-o", str(out) + "/",
                                                "--jobs", str(jobs), "--no-ocr"]))
                shutil.rmtree(out)
        for jobs, taken in taken_batch.items():
            results["batch"][f"jobs {jobs}"] = {"seconds": statistics.median(s for s, _ in taken),
                                                "peak_mb": max(m for _, m in taken),
                                                "every run": [round(s, 3) for s, _ in taken]}
    results["agreement"] = agreement(docs)
    results["ratios"] = ratios(results, len(batch))
    args.json.write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))
    print(f"\n(JSON: {args.json})")


def agreement(docs: dict[str, Path]) -> dict[str, object]:
    """The facts each document gives, and whether every size and format gives the same: the scope is the
    same in all of them, so speed must not have cost a fact anywhere."""
    facts = {}
    for name, path in docs.items():
        out = subprocess.run([RFPCHECK, "check", str(path), "-f", "json", "--no-ocr"], capture_output=True, text=True)
        report = json.loads(out.stdout)["facts"]
        facts[name] = {
            "platforms": sorted(p["id"] for p in report["platforms"]),
            "hours per month": report["hours"] and report["hours"]["per_month"],
            "deliverables": sorted(f"{d['type']} {d['per_month']:g}/month" for d in report["deliverables"]),
        }
    first = next(iter(facts.values()))
    return {"same everywhere": all(f == first for f in facts.values()), "facts": facts}


def ratios(r: dict, batch: int) -> dict[str, dict]:
    """The targets of issue 7: each a measured ratio, its limit, and whether it holds."""
    f, t, s, b = r["floors"], r["tool"], r["stages"], r["batch"]
    out = {}

    def target(name: str, value: float, limit: float, below: bool = True) -> None:
        out[name] = {"value": round(value, 3), "limit": limit, "met": value <= limit if below else value >= limit}

    if "pdf-200" in s:
        target("200-page PDF / pypdfium2-only process", t["check pdf-200"]["seconds"] / f["pdfium text pdf-200"]["seconds"], 8)
        target("200-page PDF / pdfplumber-only process",
               t["check pdf-200"]["seconds"] / f["pdfplumber text pdf-200"]["seconds"], 0.2)
        target("200-page PDF peak memory (MiB)", t["check pdf-200"]["peak_mb"], 300)
    target("1-page TXT / spaCy + blank pipeline", t["check txt-1"]["seconds"] / f["spacy + blank pipeline"]["seconds"], 1.3)
    target("--version / import click", t["--version"]["seconds"] / f["import click"]["seconds"], 3)
    one, two = b["jobs 1"]["seconds"], b["jobs 2"]["seconds"]
    target(f"batch of {batch}: --jobs 2 speed-up over --jobs 1", one / two, 1.7, below=False)
    per_doc = (one - s["pdf-10"]["startup"]) / batch
    single = sum(s["pdf-10"][k] for k in ("load", "extract", "estimate", "rules", "render json"))
    out["batch per-document cost, --jobs 1 (s)"] = {"value": round(per_doc, 3),
                                                    "single document without start-up (s)": round(single, 3)}
    return out


def table(r: dict) -> str:
    """The results as Markdown tables, for the terminal and the README."""
    lines = ["| measured (median of %d) | seconds | peak MiB |" % r["runs"], "| --- | ---: | ---: |"]
    for group in ("floors", "tool"):
        for name, m in r[group].items():
            label = f"floor: {name}" if group == "floors" else f"rfpcheck {name}"
            lines.append(f"| {label} | {m['seconds']:.3f} | {m['peak_mb']:.0f} |")
    for name, m in r["batch"].items():
        lines.append(f"| rfpcheck batch, {name} | {m['seconds']:.2f} | {m['peak_mb']:.0f} |")
    stages = ("startup", "load", "extract", "estimate", "rules", "render")
    lines += ["", "| stage seconds | " + " | ".join(stages) + " |", "| --- |" + " ---: |" * len(stages)]
    for name, s in r["stages"].items():
        lines.append(f"| {name} | " + " | ".join(f"{s[k]:.3f}" for k in stages) + " |")
    same = r["agreement"]["same everywhere"]
    lines += ["", f"Facts (platforms, hours a month, deliverables) the same in every document: {'yes' if same else 'NO'}"]
    lines += ["", "| target | measured | limit | met |", "| --- | ---: | ---: | --- |"]
    for name, v in r["ratios"].items():
        if "limit" in v:
            lines.append(f"| {name} | {v['value']} | {'≥' if 'speed-up' in name else '≤'} {v['limit']} | "
                         f"{'yes' if v['met'] else 'NO'} |")
        else:
            lines.append(f"| {name} | {v['value']} | (one document alone, warm: "
                         f"{v['single document without start-up (s)']}) | |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
