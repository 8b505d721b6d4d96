"""Fuzz rfpcheck with mutated PDFs and Word files: bad input must give a report or a clean error, never a
crash or a hang.

    python tests/fuzz/run.py --cases 5000 --seed 1 --jobs 2 --timeout 20

Case i is rebuilt from (--seed, i) alone: a seed document and one to three mutations (see mutate.py)
picked by a generator seeded with both. Each case is written, checked and deleted inside its worker, so
memory and disk stay flat however many cases run. Each case is one of:

    report        the mutant was still read (and, in check mode, checked)
    clean error   rfpcheck refused it with an InputError, one line naming the file and the cause
    crash         any other exception, or the worker died (a segfault, an exit)
    hang          still running after --timeout seconds

Every crash and hang is saved into --keep (tests/fuzz/findings/, ignored by git) with a .txt beside it
holding the error, so `rfpcheck check FILE --debug --no-ocr` reproduces it. The exit code is 1 when
there is any crash or hang.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
if str(TESTS) not in sys.path:  # run as a script: make `fuzz` and the fixture builders importable
    sys.path.insert(0, str(TESTS))

from fuzz import mutate  # noqa: E402

SAMPLES = TESTS.parent / "samples"
FINDINGS = Path(__file__).resolve().parent / "findings"
KINDS = ("report", "clean error", "crash", "hang")
_PLURAL = {"report": "reports", "clean error": "clean_errors", "crash": "crashes", "hang": "hangs"}  # JSON keys
MEMORY = 4 * 1024**3  # bytes a worker may map; a mutant that asks for more fails there, not the machine
# The order mutations are applied in: a DOCX mutation needs a ZIP it can still open, a PDF one the
# keywords it looks for, so structure goes first and raw bytes last
_ORDER = {name: k for k, name in enumerate([*mutate.PDF, *mutate.DOCX, *mutate.ZIP, *mutate.BYTES, "splice"])}
_MUTATORS = {**mutate.PDF, **mutate.DOCX, **mutate.ZIP, **mutate.BYTES}


@dataclass(frozen=True)
class Plan:
    """What every worker needs: the run's seed and mode, the seed documents, where to write each case."""

    seed: int
    mode: str  # "check": the whole pipeline; "load": the loaders only
    seeds: tuple[tuple[str, bytes], ...]  # (file name, bytes)
    folder: Path


@dataclass(frozen=True)
class Outcome:
    """What became of one case."""

    index: int
    seed: str
    mutations: tuple[str, ...]
    kind: str  # one of KINDS
    message: str = ""
    where: str = ""  # the exception and rfpcheck's last line it passed, or the format and the limit: the kind
    trace: str = ""
    seconds: float = 0.0


@dataclass
class Summary:
    """The counts of a run, by outcome and by mutation, and its crashes and hangs."""

    cases: int
    seed: int
    mode: str
    jobs: int
    timeout: float
    counts: Counter[str] = field(default_factory=Counter)
    by_mutation: dict[str, Counter[str]] = field(default_factory=dict)
    findings: list[dict] = field(default_factory=list)  # each crash and hang, with the file it was saved as
    slowest: list[tuple[float, int, str]] = field(default_factory=list)  # (seconds, case, seed) of reads that ended
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return bool(self.counts["crash"] or self.counts["hang"])


def case(seeds: tuple[tuple[str, bytes], ...], seed: int, index: int) -> tuple[str, tuple[str, ...], bytes]:
    """Build case `index` of a run: the seed document's name, the mutations applied, and the mutant."""
    rng = random.Random(f"{seed}:{index}")  # a string seeds the same on every run and machine
    name, data = rng.choice(seeds)
    own = mutate.PDF if data.startswith(b"%PDF") else {**mutate.DOCX, **mutate.ZIP}
    count = rng.choices([1, 2, 3], [6, 3, 1])[0]
    generic = [*mutate.BYTES, "splice"]
    steps = sorted((rng.choice(list(own)) if rng.random() < 0.65 else rng.choice(generic) for _ in range(count)),
                   key=_ORDER.__getitem__)
    for step in steps:
        if step == "splice":
            data = mutate.splice(data, rng.choice(seeds)[1], rng)
        else:
            data = _MUTATORS[step](data, rng)
    return name, tuple(steps), data


def seed_documents(folder: Path) -> tuple[tuple[str, bytes], ...]:
    """Gather the seeds: the top-level sample PDFs and Word files, and the test fixtures' documents
    (tables, merged cells, content controls, encryption, a hand-written uncompressed PDF)."""
    from fixtures_docs import content_control_docx, encrypted_pdf, merged_docx, rfp_docx, rfp_pdf
    from hostile_docs import raw_pdf

    seeds = [(p.name, p.read_bytes()) for p in sorted([*SAMPLES.glob("*.pdf"), *SAMPLES.glob("*.docx")])]
    for build, name in ((rfp_pdf, "fixture-rfp.pdf"), (encrypted_pdf, "fixture-encrypted.pdf"),
                        (rfp_docx, "fixture-rfp.docx"), (merged_docx, "fixture-merged.docx"),
                        (content_control_docx, "fixture-content-control.docx")):
        seeds.append((name, build(folder / name).read_bytes()))
    text = b"".join(b"BT /F1 11 Tf 72 %d Td (%s) Tj ET\n" % (720 - 16 * k, line.encode("latin-1", "replace"))
                    for k, line in enumerate(_lines(SAMPLES / "seed-rfp.txt", 40)))
    seeds.append(("fixture-uncompressed.pdf", raw_pdf(text, compress=False)))  # its operators sit in the clear
    return tuple(seeds)


def _lines(path: Path, count: int) -> list[str]:
    """The first lines of a text, escaped for a PDF string and short enough to fit a page's width."""
    words = path.read_text(encoding="utf-8").split()
    lines = [" ".join(words[k:k + 12]) for k in range(0, len(words), 12)][:count]
    return [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines]


def _setup(plan: Plan) -> tuple:
    """A worker's state: the plan, the rules and rate card built once, the language pipeline warmed."""
    import logging

    from rfpcheck import ratecard, rules
    from rfpcheck.nlp import pipeline

    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    except (ImportError, ValueError, OSError):  # Windows has no such limit; a lower hard limit stays as it is
        pass
    logging.disable(logging.WARNING)  # pdfminer logs a warning per damaged object: thousands would bury the summary
    pipeline()
    return plan, rules.load_rules(), ratecard.load()


def _work(state: tuple, index: int) -> Outcome:
    """Write case `index`, read or check it, and say what became of it."""
    import warnings

    from rfpcheck import check
    from rfpcheck.errors import InputError
    from rfpcheck.load import load

    plan, rules, card = state
    seed, steps, data = case(plan.seeds, plan.seed, index)
    path = plan.folder / f"case-{index:05d}{Path(seed).suffix}"
    path.write_bytes(data)
    start = time.monotonic()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the command prints a library's warning and goes on: not a crash
            if plan.mode == "load":
                load(path, ocr=False)
            else:
                check(path, rules=rules, card=card, ocr=False)
    except InputError as error:
        return Outcome(index, seed, steps, "clean error", str(error), seconds=time.monotonic() - start)
    except Exception as error:  # anything else escaping is what the run is looking for
        return Outcome(index, seed, steps, "crash", f"{type(error).__name__}: {error}"[:500], _where(error),
                       traceback.format_exc(), time.monotonic() - start)
    finally:
        path.unlink(missing_ok=True)
    return Outcome(index, seed, steps, "report", seconds=time.monotonic() - start)


def _where(error: Exception) -> str:
    """Name an exception and the last line of rfpcheck it passed through: where a fix would go, and so what
    tells two crashes apart ("zlib.error from rfpcheck/load/package.py:56 in _check_markup")."""
    kind = type(error)
    name = kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__.lstrip('_')}.{kind.__name__}"
    frames = traceback.extract_tb(error.__traceback__)
    frame = ([f for f in frames if "rfpcheck" in Path(f.filename).parts] or frames)[-1]
    parts = Path(frame.filename).parts
    shown = "/".join(parts[-1 - parts[::-1].index("rfpcheck"):]) if "rfpcheck" in parts else parts[-1]
    return f"{name} from {shown}:{frame.lineno} in {frame.name}"


def _lost(plan: Plan, index: int, why: str) -> Outcome:
    """The outcome of a case whose worker died or ran out of time (rebuilt here: the worker is gone)."""
    seed, steps, _ = case(plan.seeds, plan.seed, index)
    kind = "hang" if why.startswith("timed out") else "crash"
    fmt = Path(seed).suffix.lstrip(".")
    where = f"{fmt}: {why}" if kind == "hang" else f"{fmt}: the worker {why.removeprefix('the process checking it ')}"
    return Outcome(index, seed, steps, kind, why, where)


def fuzz(cases: int, seed: int = 1, *, jobs: int = 2, timeout: float = 20.0, mode: str = "check",
         keep: Path | None = FINDINGS, keep_each: int = 3,
         progress: Callable[[int, Summary], None] | None = None) -> Summary:
    """Run `cases` mutants through rfpcheck in `jobs` workers; save each crash and hang into `keep`
    (at most `keep_each` of each kind, told apart by exception and place) and return the counts."""
    from rfpcheck.workers import run

    summary = Summary(cases, seed, mode, jobs, timeout)
    with tempfile.TemporaryDirectory(prefix="rfpcheck-fuzz-") as tmp:
        plan = Plan(seed, mode, seed_documents(Path(tmp)), Path(tmp))
        start = time.monotonic()
        results = run(_work, range(cases), setup=partial(_setup, plan), jobs=max(1, min(jobs, cases)),
                      timeout=timeout, lost=partial(_lost, plan))
        for done, (_, outcome) in enumerate(results, 1):
            _count(summary, outcome, plan, keep, keep_each)
            if progress:
                progress(done, summary)
        summary.seconds = time.monotonic() - start
    return summary


def _count(summary: Summary, outcome: Outcome, plan: Plan, keep: Path | None, keep_each: int) -> None:
    """Add one outcome to the summary, saving the mutant when it is a crash or a hang."""
    summary.counts[outcome.kind] += 1
    for step in set(outcome.mutations):
        summary.by_mutation.setdefault(step, Counter())[outcome.kind] += 1
    if outcome.kind in ("report", "clean error"):
        summary.slowest = sorted([*summary.slowest, (round(outcome.seconds, 2), outcome.index, outcome.seed)])[-5:]
        return
    seen = sum(f["where"] == outcome.where for f in summary.findings)
    saved = _save(outcome, plan, keep) if keep is not None and seen < keep_each else None
    summary.findings.append({**asdict(outcome), "file": str(saved) if saved else None})


def _save(outcome: Outcome, plan: Plan, keep: Path) -> Path:
    """Write a crash's or hang's mutant into `keep`, with a .txt beside it saying what happened."""
    _, _, data = case(plan.seeds, plan.seed, outcome.index)
    keep.mkdir(parents=True, exist_ok=True)
    seed = Path(outcome.seed)
    path = keep / f"s{plan.seed}-{outcome.index:05d}-{seed.stem}-{'+'.join(outcome.mutations)}{seed.suffix}"
    path.write_bytes(data)
    path.with_name(path.name + ".txt").write_text(
        f"{outcome.kind}: {outcome.message}\n{outcome.where}\n\n"
        f"seed document {outcome.seed}; mutations {', '.join(outcome.mutations)}; case {outcome.index} of "
        f"`python tests/fuzz/run.py --seed {plan.seed} --mode {plan.mode}`\n"
        f"reproduce: rfpcheck check {path} --debug --no-ocr\n\n{outcome.trace}", encoding="utf-8")
    return path


def table(summary: Summary) -> str:
    """Render the summary as text: the totals, then each mutation's outcomes, then the crashes and hangs."""
    c, run = summary.counts, sum(summary.counts.values())
    totals = [("cases run", run), ("reports", c["report"]), ("clean errors", c["clean error"]),
              ("crashes", c["crash"]), ("hangs", c["hang"]), ("wall time", f"{summary.seconds:.1f} s"),
              ("cases/s", f"{run / summary.seconds:.2f}" if summary.seconds else "-")]
    lines = [f"rfpcheck fuzz: seed {summary.seed}, mode {summary.mode}, {summary.jobs} jobs, "
             f"timeout {summary.timeout:g} s", "", *(f"  {label:<14}{value:>9}" for label, value in totals), "",
             f"  {'mutation':<22}{'cases':>7}{'reports':>9}{'clean errors':>14}{'crashes':>9}{'hangs':>7}"]
    for name, n in sorted(summary.by_mutation.items(), key=lambda item: _ORDER[item[0]]):
        row = (sum(n.values()), n["report"], n["clean error"], n["crash"], n["hang"])
        lines.append(f"  {name:<22}" + "".join(f"{v:>{w}}" for v, w in zip(row, (7, 9, 14, 9, 7))))
    if summary.slowest:
        slow = ", ".join(f"case {i} ({s}) {t:.1f} s" for t, i, s in reversed(summary.slowest))
        lines += ["", f"  slowest reads that ended: {slow}"]
    distinct = Counter(f["where"] for f in summary.findings)
    if distinct:
        lines += ["", "  crashes and hangs, by kind:"]
        for where, n in distinct.most_common():
            first = next(f for f in summary.findings if f["where"] == where)
            lines += [f"    {n:>5} x {where}", f"            e.g. {first['file'] or 'case ' + str(first['index'])}"]
    return "\n".join(lines)


def as_json(summary: Summary) -> dict:
    """The summary as JSON-ready data, with the same figures as the table."""
    return {"cases": sum(summary.counts.values()), "seed": summary.seed, "mode": summary.mode, "jobs": summary.jobs,
            "timeout": summary.timeout, **{_PLURAL[k]: summary.counts[k] for k in KINDS},
            "seconds": round(summary.seconds, 2),
            "cases_per_second": round(sum(summary.counts.values()) / summary.seconds, 2) if summary.seconds else None,
            "by_mutation": {name: {_PLURAL[k]: n[k] for k in KINDS} for name, n in
                            sorted(summary.by_mutation.items())},
            "slowest": [{"seconds": t, "case": i, "seed": s} for t, i, s in reversed(summary.slowest)],
            "findings": summary.findings}


def _progress(total: int) -> Callable[[int, Summary], None]:
    """Print a line every 250 cases, so a long run shows it is alive."""
    start = time.monotonic()

    def show(done: int, summary: Summary) -> None:
        if done % 250 == 0 or done == total:
            c = summary.counts
            print(f"  {done:>6}/{total} cases, {c['crash']} crashes, {c['hang']} hangs, "
                  f"{done / (time.monotonic() - start):.1f} cases/s", file=sys.stderr, flush=True)

    return show


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, run, print the table and write the JSON; 1 when anything crashed or hung."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=1000, help="how many mutants to run (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="the run's seed: the same seed, the same mutants")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds before a case counts as a hang")
    parser.add_argument("--mode", choices=["check", "load"], default="check",
                        help="check: the whole pipeline (default); load: the loaders only")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the summary as JSON here")
    parser.add_argument("--keep", type=Path, default=FINDINGS, metavar="DIR",
                        help="save crashes and hangs here (default tests/fuzz/findings/)")
    parser.add_argument("--keep-each", type=int, default=3, metavar="N",
                        help="save at most N mutants of each distinct crash or hang (default 3)")
    args = parser.parse_args(argv)
    summary = fuzz(args.cases, args.seed, jobs=args.jobs, timeout=args.timeout, mode=args.mode, keep=args.keep,
                   keep_each=args.keep_each, progress=_progress(args.cases))
    print(table(summary))
    if args.json:
        args.json.write_text(json.dumps(as_json(summary), indent=2) + "\n", encoding="utf-8")
    return 1 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main())
