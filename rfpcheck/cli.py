"""The command line: parse options, run checks, write output, choose the exit code."""

from __future__ import annotations

import os
import re
import sys
import tempfile
from dataclasses import dataclass, replace
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from .checking import Outcome, Task
    from .limits import Limits
    from .settings import Settings

SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown", ".text")
# In a folder, formats rfpcheck cannot read are listed with how to convert them, not silently skipped
LEGACY = (".doc", ".rtf", ".odt")
EXTENSIONS = {"text": ".txt", "json": ".json", "html": ".html", "md": ".md", "docx": ".docx"}
FAIL_ON = {"doomed": ("doomed",), "at-risk": ("doomed", "at-risk"), "never": ()}


class ExitStatus(IntEnum):
    OK = 0
    FAIL_ON_TRIPPED = 1
    INPUT_ERROR = 2


# A report this command wrote into a folder ("rfp.pdf.md"): not a document to check next time.
REPORT_NAME = re.compile(r"\.(?:pdf|docx|txt|md|markdown|text)\.(?:txt|json|html|md|docx)$", re.I)


# A folder's own notes, not RFPs: README.md, LICENSE.txt, CHANGELOG.md (named one by one, they are checked)
PROJECT_FILE = re.compile(r"^(?:readme|license|licence|changelog|contributing|notice)(?:\.[^.]+)?$", re.I)


def _expand(paths: tuple[str, ...]) -> dict[Path, str]:
    """Each document and the name its report is named after.

    Files as given, named by their file name; a folder stands for the documents in it (recursively; reports,
    hidden folders and files and README-like notes left out), named by their path inside it, so that a/rfp.pdf
    and b/rfp.pdf keep apart.
    """
    out: dict[Path, str] = {}
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.update((f, f.relative_to(p).as_posix()) for f in sorted(p.rglob("*"))
                       if f.is_file() and f.suffix.lower() in SUFFIXES + LEGACY and not REPORT_NAME.search(f.name)
                       and not PROJECT_FILE.match(f.name)
                       and not any(part.startswith(".") for part in f.relative_to(p).parts))
        else:
            out[p] = p.name
    return out


def _write(path: Path, content: str | bytes) -> None:
    """Write atomically: a report is either whole on disk or not there at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if isinstance(content, bytes):
            with os.fdopen(fd, "wb") as f:
                f.write(content)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
                f.write(content)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a report is an ordinary file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _error(message: str) -> None:
    from .printable import printable

    click.echo(f"rfpcheck: error: {printable(message, one_line=True)}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="rfpcheck")
def main() -> None:
    """Tell, before you bid, whether a social-media RFP can work as written."""


def run() -> None:
    """The console script: Ctrl-C ends with the shell's usual 130, not click's 1 (which --fail-on uses), and
    a SIGTERM (a `timeout`, a job scheduler) with 143, each after stopping the worker processes."""
    import signal

    def terminated(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)  # unwinds through the worker pool's cleanup, as Ctrl-C does

    signal.signal(signal.SIGTERM, terminated)
    try:
        main(standalone_mode=False)
    except KeyboardInterrupt:
        _error("interrupted; reports already written are whole, the rest were not started")
        sys.exit(130)
    except click.exceptions.Abort:
        _error("interrupted; reports already written are whole, the rest were not started")
        sys.exit(130)
    except click.exceptions.ClickException as e:
        e.show()
        sys.exit(e.exit_code)


def _finite(param: click.Parameter, value: float | None) -> float | None:
    """Refuse "nan", which every range check lets through."""
    if value is not None and value != value:
        raise click.BadParameter("must be a number", param=param)
    return value


def _settings(config: Path | None) -> Settings:
    """The settings file given, else the nearest rfpcheck.toml, else the defaults."""
    from . import settings

    path = config or settings.find()
    return settings.load(path) if path else settings.Settings()


CONFIG = click.option("--config", type=click.Path(path_type=Path, dir_okay=False),
                      help="A settings file (default: the nearest rfpcheck.toml here or in a parent folder).")
RULES = click.option("--rules", "rules_dirs", multiple=True, type=click.Path(path_type=Path, file_okay=False),
                     help="A folder of extra or replacement rule files (repeatable).")
RATECARD = click.option("--ratecard", type=click.Path(path_type=Path, dir_okay=False), help="A rate card YAML file.")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json", "html", "md", "docx"]), default="text",
              show_default=True, help="Report format (docx: the Word pre-bid checklist; needs --output).")
@click.option("-o", "--output", type=click.Path(path_type=str),
              help="Write the report to this file (a folder when checking several documents, or ending in /); "
                   "a folder of several reports gets an index.html.")
@click.option("--fail-on", type=click.Choice(["doomed", "at-risk", "never"]), default="never", show_default=True,
              help="Exit 1 when a verdict is this bad or worse.")
@RULES
@RATECARD
@CONFIG
# --fast chose pdfium's text over pdfplumber's tables; every PDF is read by pdfium now, tables and all
@click.option("--fast", is_flag=True, hidden=True, help="No longer needed; kept so old scripts run.")
@click.option("--color/--no-color", default=None, help="Colour the text report (default: when writing to a terminal).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Check this many documents at once, in worker processes (default: the number of cores; "
                   "1: one after another).")
@click.option("-q", "--quiet", is_flag=True,
              help="No progress bar or summary line on standard error (errors still show).")
@click.option("--password", help="The password of an encrypted PDF.")
@click.option("--ocr/--no-ocr", default=None,
              help="Recognise the text of a scanned PDF with OCRmyPDF (default: when it is installed).")
@click.option("--max-size", type=click.FloatRange(min=0, max=1e6), metavar="MB", callback=lambda c, p, v: _finite(p, v),
              help="Refuse files larger than this many megabytes (default 100; 0: no limit).")
@click.option("--max-pages", type=click.IntRange(min=0), help="Refuse PDFs of more pages (default 2000; 0: no limit).")
@click.option("--max-chars", type=click.IntRange(min=0),
              help="Refuse documents with more characters of text (default 5000000; 0: no limit).")
@click.option("--timeout", type=click.FloatRange(min=0, max=1e6), metavar="SECONDS", callback=lambda c, p, v: _finite(p, v),
              help="Stop checking a document after this long and report it (default 120; 0: no limit).")
@click.option("--debug", is_flag=True, help="Show the traceback behind an error.")
def check(files: tuple[str, ...], fmt: str, output: str | None, fail_on: str, rules_dirs: tuple[Path, ...],
          ratecard: Path | None, config: Path | None, fast: bool, color: bool | None, jobs: int | None,
          quiet: bool, password: str | None, ocr: bool | None, max_size: float | None, max_pages: int | None,
          max_chars: int | None, timeout: float | None, debug: bool) -> None:
    """Check FILES (PDF, DOCX, TXT or Markdown; a folder checks every document in it).

    The agency's rate, thresholds and rule changes come from rfpcheck.toml (see `rfpcheck init`).
    Each document is checked in a worker process, so one that crashes the reader or hangs past
    --timeout is reported and the rest go on.
    """
    from functools import partial

    from . import read_ahead
    from .batch import INDEX_NAME, index, summary
    from .checking import Reading, Task, setup_with
    from .errors import RfpcheckError
    from .workers import WorkerError, forks

    jobs = jobs or os.cpu_count() or 1
    reader = None
    try:
        plan = _targets(files, output, fmt)
        _writable(plan)
        settings = _settings(config)
        limits = _limits(settings.limits, max_size, max_pages, max_chars, timeout)
        if len(plan.targets) == 1 and jobs > 1 and forks():  # one document, two cores: read it while spaCy loads
            reader = read_ahead.start(next(iter(plan.targets)), limits=limits, password=password, ocr=ocr)
    except RfpcheckError as e:
        read_ahead.stop(reader)
        _error(str(e))
        sys.exit(ExitStatus.INPUT_ERROR)
    use_color = color if color is not None else (output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    as_array = fmt == "json" and plan.several and output is None  # several JSON reports (or a folder): one array
    reading = Reading(limits, password, ocr, debug)
    tasks = [Task(path, plan.names[path], fmt, use_color, as_array, target is not None,
                   target.relative_to(plan.folder).as_posix() if target is not None and plan.folder else None, reading,
                   reader)
             for path, target in plan.targets.items()]
    done = _checked(tasks, jobs, partial(setup_with, settings, rules_dirs, ratecard), limits.timeout,
                progress=len(tasks) > 1 and not quiet and sys.stderr.isatty())
    try:
        outcomes = _write_reports(tasks, plan, done)
    except RfpcheckError as e:  # a rule file, the rate card or a setting is wrong: nothing was checked
        _error(str(e))
        sys.exit(ExitStatus.INPUT_ERROR)
    except WorkerError as e:
        _error(f"cannot start a worker process to check the documents ({e.args[0].strip().splitlines()[-1]})")
        sys.exit(ExitStatus.INPUT_ERROR)
    finally:
        read_ahead.stop(reader)
    for o in outcomes:
        if o.row.error is not None:  # in the order given, after the progress bar
            _error(o.row.error)
            if debug and o.detail:
                click.echo(o.detail.rstrip("\n"), err=True)
    if plan.folder is not None and plan.several:
        try:
            _write(plan.folder / INDEX_NAME, index([o.row for o in outcomes]))
        except OSError as e:
            _error(f"{plan.folder / INDEX_NAME}: cannot write the index ({e.strerror or e})")
            sys.exit(ExitStatus.INPUT_ERROR)
    _show([o.shown for o in outcomes], [t.path for t in tasks], fmt, plan.several, as_array)
    # for a person: on a terminal, or when the reports went to files and nothing else says how it went
    if plan.several and not quiet and (plan.folder is not None or sys.stderr.isatty()):
        click.echo(summary([o.row for o in outcomes]), err=True)
    if any(o.row.error is not None for o in outcomes):
        sys.exit(ExitStatus.INPUT_ERROR)
    if any(o.verdict in FAIL_ON[fail_on] for o in outcomes):
        sys.exit(ExitStatus.FAIL_ON_TRIPPED)
    sys.exit(ExitStatus.OK)


def _write_reports(tasks: list[Task], plan: _Plan, done: Iterator[tuple[int, Outcome]]) -> list[Outcome]:
    """Write each report as it comes in; return the outcomes in the order of the tasks."""
    from .checking import failure

    outcomes: list[Outcome | None] = [None] * len(tasks)
    for i, outcome in done:
        target = plan.targets[tasks[i].path]
        if target is not None and outcome.content is not None:
            try:
                _write(target, outcome.content)
            except OSError as e:
                outcome = failure(tasks[i], f"{target}: cannot write the report ({e.strerror or e})")
        outcomes[i] = replace(outcome, content=None)  # the report is on disk: let it go
    assert all(o is not None for o in outcomes), "a document went missing"
    return outcomes  # type: ignore[return-value]


def _show(shown: list[str | dict | None], paths: list[Path], fmt: str, several: bool, as_array: bool) -> None:
    """Print the reports meant for standard output, in the order the documents were given."""
    if as_array:
        import json

        click.echo(json.dumps([s for s in shown if s is not None], indent=2, ensure_ascii=False))
        return
    texts = [f"==> {path} <==\n{s}" if several and fmt == "text" else s  # name each, or a reader cannot tell
             for path, s in zip(paths, shown) if s is not None]
    if texts:
        click.echo(("\n" + "=" * 72 + "\n\n").join(t.rstrip("\n") + "\n" for t in texts), nl=False)


def _checked(tasks: list[Task], jobs: int, setup: Callable[[], tuple], timeout: float | None,
             progress: bool) -> Iterator[tuple[int, Outcome]]:
    """Check every task (see checking.check_all), with a progress bar on standard error when asked."""
    from contextlib import nullcontext

    from .checking import check_all

    results = check_all(tasks, jobs, setup, timeout)
    bar = click.progressbar(length=len(tasks), label="checking", file=sys.stderr, show_pos=True,
                            item_show_func=lambda name: name) if progress else nullcontext()
    with bar:
        for i, outcome in results:
            if progress:
                bar.update(1, tasks[i].name)
            yield i, outcome


def _limits(given: Limits, max_size: float | None, max_pages: int | None, max_chars: int | None,
            timeout: float | None) -> Limits:
    """The settings file's limits, with the command line's flags over them (0: no limit)."""
    from .limits import MB, limit

    flags = {"max_bytes": None if max_size is None else int(max_size * MB), "max_pages": max_pages,
             "max_chars": max_chars, "timeout": timeout}
    return replace(given, **{key: limit(value) for key, value in flags.items() if value is not None})


def _writable(plan: _Plan) -> None:
    """Refuse, before any document is checked, an output folder that cannot be made or written to."""
    from .errors import InputError

    for folder in sorted({t.parent for t in plan.targets.values() if t is not None}):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise InputError(folder, f"cannot make the output folder ({e.strerror or e})") from None
        if not os.access(folder, os.W_OK | os.X_OK):
            raise InputError(folder, "cannot write the reports here (permission denied)")


@dataclass(frozen=True)
class _Plan:
    targets: dict[Path, Path | None]  # each document and where its report goes (None: standard output)
    names: dict[Path, str]  # each document's name in a folder of reports: its path inside the folder given
    several: bool
    folder: Path | None  # the folder the reports go into, when they go into one


def _targets(files: tuple[str, ...], raw_output: str | None, fmt: str) -> _Plan:
    """Each document and where its report goes, whether there are several, and their folder.

    Refuses what would lose data: a report written over a document being checked, or over another's report.
    """
    from .errors import InputError

    if raw_output == "-":  # the usual name for standard output
        if fmt == "docx":
            raise InputError("-o -", "a Word report cannot go to standard output; name a .docx file")
        raw_output = None
    output = Path(raw_output) if raw_output else None
    folder_meant = bool(raw_output) and raw_output.endswith(("/", os.sep))  # "-o out/": a folder, made if missing
    names = _expand(files)
    if not names:
        raise InputError(", ".join(files), "no PDF, DOCX, TXT or Markdown documents found")
    several = len(names) > 1 or any(Path(f).is_dir() for f in files)
    if output is None and fmt == "docx":
        raise InputError("--format docx", "a Word report needs --output FILE (or a folder for several documents)")
    if output is None:
        if several and fmt == "html":
            raise InputError("--output", "several HTML reports need --output FOLDER")
        return _Plan(dict.fromkeys(names), names, several, None)
    if several and (output.is_file() or not output.exists() and output.suffix):
        raise InputError(output, "with several documents, --output must be a folder")
    into_folder = several or output.is_dir() or folder_meant
    targets = {p: output / f"{name}{EXTENSIONS[fmt]}" if into_folder else output for p, name in names.items()}
    inputs = {p.resolve() for p in names}
    seen: dict[Path, Path] = {}
    for path, target in targets.items():
        if target.resolve() in inputs:
            raise InputError(target, "the report would overwrite a document being checked; choose another --output")
        if (other := seen.setdefault(target.resolve(), path)) != path:
            raise InputError(target, f"{other} and {path} would both be reported here; check them into separate folders")
    return _Plan(targets, names, several, output if into_folder else None)


@main.command("eval")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--misses/--no-misses", default=True, show_default=True, help="List every miss after the table.")
def eval_command(folder: Path, misses: bool) -> None:
    """Score extraction on the labelled documents in FOLDER (*.label.yaml beside each document)."""
    import time

    from . import check as run_check
    from . import ratecard as cards
    from . import rules as rulebook
    from .accuracy import TARGETS, evaluate, table
    from .errors import RfpcheckError
    from .report import to_dict

    try:
        rules, card = rulebook.load_rules(), cards.load()
    except RfpcheckError as e:
        _error(str(e))
        sys.exit(ExitStatus.INPUT_ERROR)

    def check_one(path: Path) -> dict:
        return to_dict(run_check(path, rules=rules, card=card))

    started = time.perf_counter()
    try:
        scores = evaluate(folder, check_one)
    except RfpcheckError as e:
        _error(str(e))
        sys.exit(ExitStatus.INPUT_ERROR)
    elapsed = time.perf_counter() - started
    click.echo(table(scores, TARGETS), nl=False)
    slowest = max(scores.seconds.items(), key=lambda kv: kv[1], default=("none", 0.0))
    click.echo(f"\n{len(scores.seconds)} documents in {elapsed:.1f} s; slowest {slowest[0]} {slowest[1]:.2f} s")
    if misses and scores.misses:
        click.echo(f"\n{len(scores.misses)} misses:")
        for line in scores.misses:
            click.echo(f"  {line}")


@main.command("rules")
@RULES
@CONFIG
@click.option("--markdown", is_flag=True, help="Print a Markdown table (as in the README).")
def list_rules(rules_dirs: tuple[Path, ...], config: Path | None, markdown: bool) -> None:
    """List the rules in use: id, severity, title and source file; validates every rule file."""
    from . import rules as rulebook
    from .errors import RfpcheckError
    from .settings import apply_to_rules

    try:
        settings = _settings(config)
        every = rulebook.load_rules([rulebook.default_dir(), *settings.rules, *rules_dirs])
        active = {r.id: r for r in apply_to_rules(every, settings)}
    except RfpcheckError as e:
        _error(str(e))
        sys.exit(ExitStatus.INPUT_ERROR)
    if markdown:
        click.echo(rulebook.markdown_table(tuple(active.values())), nl=False)
        return
    graded = dict(settings.severity)
    for r in every:
        shown = active.get(r.id)
        severity = (shown.severity.value + ("*" if r.id in graded else "")) if shown else "disabled"
        click.echo(f"{r.id:32} {severity:9} {r.title}  ({_shorten(r.path)})")
    if graded or settings.disable:
        click.echo(f"\n* severity set in {settings.path}; disabled there: {', '.join(settings.disable) or 'none'}")


def _shorten(path: str) -> str:
    """A rule file's path, relative to the current folder when it is under it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path


@main.command()
@click.argument("rule_id", metavar="RULE")
@RULES
@CONFIG
def explain(rule_id: str, rules_dirs: tuple[Path, ...], config: Path | None) -> None:
    """Explain RULE: what it flags, why, an example that triggers it, and the question it asks."""
    from . import check_text
    from . import rules as rulebook
    from .errors import RfpcheckError
    from .settings import rules_and_card

    try:
        settings = _settings(config)
        every = rulebook.load_rules([rulebook.default_dir(), *settings.rules, *rules_dirs])
        rules, card = rules_and_card(settings, rules_dirs)
    except RfpcheckError as e:
        _error(str(e))
        sys.exit(ExitStatus.INPUT_ERROR)
    rule = next((r for r in every if r.id == rule_id), None)
    if rule is None:
        close = [r.id for r in every if rule_id in r.id or r.id in rule_id]
        hint = f"; did you mean {', '.join(close)}?" if close else "; `rfpcheck rules` lists them"
        _error(f"{rule_id}: no such rule{hint}")
        sys.exit(ExitStatus.INPUT_ERROR)
    active = {r.id: r for r in rules}
    severity = active[rule.id].severity.value if rule.id in active else "disabled in " + str(settings.path)
    if rule.id in dict(settings.severity):
        severity += f" (set in {settings.path}; the rule says {rule.severity.value})"
    out = [f"{rule.id}: {rule.title}", f"  severity: {severity}" + "".join(
        f"; {s.value} when {e}" for s, e in rule.severity_when if rule.id in active and active[rule.id].severity_when),
           f"  theme:    {rule.theme}", f"  file:     {rule.path}", "", "When it fires", _indent(rule.when)]
    if rule.why:
        out += ["", "Why it matters", _indent(rule.why)]
    if rule.instead:
        out += ["", "What to do instead", _indent(rule.instead)]
    out += ["", "The question it asks (each {field} is filled in from the document)", _indent(rule.question)]
    for kind in ("fires", "passes"):
        for text in rule.examples.get(kind, [])[:1]:
            report = check_text(text, name=f"example ({kind})", rules=(rule,), card=card, settings=settings)
            fired = any(f.rule == rule.id for f in report.findings)
            label = "An example that triggers it" if kind == "fires" else "An example that does not"
            out += ["", f"{label} ({'it fires' if fired else 'it does not fire'})", _indent(text)]
            if fired:
                out += [_indent("→ " + next(f.message for f in report.findings if f.rule == rule.id))]
    if not rule.examples.get("fires"):
        out += ["", "No example: add `examples: {fires: [...], passes: [...]}` to the rule file."]
    click.echo("\n".join(out))


def _indent(text: str) -> str:
    import textwrap

    return textwrap.fill(" ".join(text.split()), 96, initial_indent="  ", subsequent_indent="  ")


@main.command("ratecard")
@RATECARD
@CONFIG
def show_ratecard(ratecard: Path | None, config: Path | None) -> None:
    """Print the rate card in use: every figure with its source, and the agency's overrides."""
    from .errors import RfpcheckError
    from .ratecard import SECTIONS
    from .settings import rules_and_card

    try:
        settings = _settings(config)
        _, card = rules_and_card(settings, (), ratecard)
    except RfpcheckError as e:
        _error(str(e))
        sys.exit(ExitStatus.INPUT_ERROR)
    click.echo(f"rate card: {card.path}" + (f"; overrides from {settings.path}" if card.overrides else ""))
    if card.pricing:
        click.echo(f"pricing: {card.pricing.rate:g} {card.pricing.currency} an hour by default ({card.pricing.source})")
    if settings.rate is not None:
        click.echo(f"your rate: {settings.rate:g} {settings.currency or ''} an hour ({settings.path})")
    for name, attr in SECTIONS.items():
        click.echo(f"\n{name}" + (" (shares of delivery hours)" if name == "overhead_share" else ""))
        for key, entry in getattr(card, attr).items():
            mark = " *" if f"{name}.{key}" in card.overrides else "  "
            if hasattr(entry, "hours"):
                h = entry.hours
                figures = f"{h.low:g} / {h.expected:g} / {h.high:g}"
                source = entry.source
            elif hasattr(entry, "posts_per_week"):
                figures, source = f"{entry.posts_per_week:g} a week ({entry.unit})", entry.source
            else:
                figures, source = f"{entry:g}", ""
            click.echo(f"{mark}{name}.{key:38} {figures:24} {source}")
    if card.overrides:
        click.echo("\n* your figure")


@main.command()
@click.option("--rate", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Your hourly rate (default: the rate card's).")
@click.option("--currency", default=None, help="A three-letter currency code (default: the rate card's).")
@click.option("--force", is_flag=True, help="Replace an existing rfpcheck.toml.")
@click.argument("folder", required=False, type=click.Path(path_type=Path, file_okay=False), default=".")
def init(rate: float | None, currency: str | None, force: bool, folder: Path) -> None:
    """Write a commented rfpcheck.toml with the agency's settings into FOLDER (default: here)."""
    import tomllib

    from . import ratecard as cards
    from . import settings
    from .errors import RfpcheckError

    target = folder / settings.FILE_NAME
    if target.exists() and not force:
        _error(f"{target}: already exists; edit it, or pass --force to replace it")
        sys.exit(ExitStatus.INPUT_ERROR)
    card = cards.load()
    text = settings.template(rate or (card.pricing.rate if card.pricing else 50.0),
                             (currency or (card.pricing.currency if card.pricing else "USD")).upper())
    try:
        settings.parse(tomllib.loads(text), target)  # what we write must load
        _write(target, text)
    except RfpcheckError as e:
        _error(str(e))
        sys.exit(ExitStatus.INPUT_ERROR)
    except OSError as e:
        _error(f"{target}: cannot write the settings file ({e.strerror or e})")
        sys.exit(ExitStatus.INPUT_ERROR)
    click.echo(f"wrote {target}: set your rate, then `rfpcheck check` uses it from this folder and below")
