"""The command line: parse options, run checks, write output, choose the exit code."""

from __future__ import annotations

import os
import re
import sys
import tempfile
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__

if TYPE_CHECKING:
    from .settings import Settings

SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown", ".text")
EXTENSIONS = {"text": ".txt", "json": ".json", "html": ".html", "md": ".md", "docx": ".docx"}
FAIL_ON = {"doomed": ("doomed",), "at-risk": ("doomed", "at-risk"), "never": ()}


class ExitStatus(IntEnum):
    OK = 0
    FAIL_ON_TRIPPED = 1
    INPUT_ERROR = 2


# A report this command wrote into a folder ("rfp.pdf.md"): not a document to check next time.
REPORT_NAME = re.compile(r"\.(?:pdf|docx|txt|md|markdown|text)\.(?:txt|json|html|md|docx)$", re.I)


def _expand(paths: tuple[str, ...]) -> list[Path]:
    """Files as given; a folder stands for the documents in it (recursively), reports left out."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                              and not REPORT_NAME.search(f.name) and not f.name.startswith(".")))
        else:
            out.append(p)
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
    click.echo(f"rfpcheck: error: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="rfpcheck")
def main() -> None:
    """Tell, before you bid, whether a social-media RFP can work as written."""


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
              help="Write the report to this file (a folder when checking several documents, or ending in /).")
@click.option("--fail-on", type=click.Choice(["doomed", "at-risk", "never"]), default="never", show_default=True,
              help="Exit 1 when a verdict is this bad or worse.")
@RULES
@RATECARD
@CONFIG
@click.option("--fast", is_flag=True, help="Read PDFs with the fast text path (no table detection).")
@click.option("--color/--no-color", default=None, help="Colour the text report (default: when writing to a terminal).")
def check(files: tuple[str, ...], fmt: str, output: str | None, fail_on: str, rules_dirs: tuple[Path, ...],
          ratecard: Path | None, config: Path | None, fast: bool, color: bool | None) -> None:
    """Check FILES (PDF, DOCX, TXT or Markdown; a folder checks every document in it).

    The agency's rate, thresholds and rule changes come from rfpcheck.toml (see `rfpcheck init`).
    """
    from .errors import RfpcheckError
    from .settings import rules_and_card

    try:
        targets, several = _targets(files, output, fmt)
        settings = _settings(config)
        rules, card = rules_and_card(settings, rules_dirs, ratecard)
    except RfpcheckError as e:
        _error(str(e))
        sys.exit(ExitStatus.INPUT_ERROR)
    use_color = color if color is not None else (output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    as_array = fmt == "json" and several and output is None  # several JSON reports (or a folder): one array
    outcomes = [_check_one(path, target, fmt, (rules, card, settings), fast, use_color, as_array)
                for path, target in targets.items()]
    shown = [o.shown for o in outcomes if o.shown is not None]
    if as_array:
        import json

        click.echo(json.dumps(shown, indent=2, ensure_ascii=False))
    elif shown:
        if several and fmt == "text":  # name each report, or a reader cannot tell which is which
            shown = [f"==> {path} <==\n{c}" for (path, _), c in zip(targets.items(), (o.shown for o in outcomes))
                     if c is not None]
        click.echo(("\n" + "=" * 72 + "\n\n").join(c.rstrip("\n") + "\n" for c in shown), nl=False)
    if any(o.verdict is None for o in outcomes):
        sys.exit(ExitStatus.INPUT_ERROR)
    if any(o.verdict in FAIL_ON[fail_on] for o in outcomes):
        sys.exit(ExitStatus.FAIL_ON_TRIPPED)
    sys.exit(ExitStatus.OK)


@dataclass(frozen=True)
class _Outcome:
    verdict: str | None  # None when the document could not be checked or its report written
    shown: str | dict | None = None  # what goes to standard output


def _targets(files: tuple[str, ...], raw_output: str | None, fmt: str) -> tuple[dict[Path, Path | None], bool]:
    """Each document and where its report goes (None: standard output), and whether there are several.

    Refuses what would lose data: a report written over a document being checked.
    """
    from .errors import InputError

    if raw_output == "-":  # the usual name for standard output
        if fmt == "docx":
            raise InputError("-o -", "a Word report cannot go to standard output; name a .docx file")
        raw_output = None
    output = Path(raw_output) if raw_output else None
    folder_meant = bool(raw_output) and raw_output.endswith(("/", os.sep))  # "-o out/": a folder, made if missing
    paths = _expand(files)
    if not paths:
        raise InputError(", ".join(files), "no PDF, DOCX, TXT or Markdown documents found")
    several = len(paths) > 1 or any(Path(f).is_dir() for f in files)
    if output is None and fmt == "docx":
        raise InputError("--format docx", "a Word report needs --output FILE (or a folder for several documents)")
    if output is None:
        if several and fmt == "html":
            raise InputError("--output", "several HTML reports need --output FOLDER")
        return dict.fromkeys(paths), several
    if several and (output.is_file() or not output.exists() and output.suffix):
        raise InputError(output, "with several documents, --output must be a folder")
    into_folder = several or output.is_dir() or folder_meant
    targets = {p: output / f"{p.name}{EXTENSIONS[fmt]}" if into_folder else output for p in paths}
    inputs = {p.resolve() for p in paths}
    for target in targets.values():
        if target.resolve() in inputs:
            raise InputError(target, "the report would overwrite a document being checked; choose another --output")
    return targets, several


def _check_one(path: Path, target: Path | None, fmt: str, setup: tuple, fast: bool,
               color: bool, as_data: bool) -> _Outcome:
    """Check one document and write or return its report; errors become one line on stderr."""
    from . import check as run_check
    from .errors import RfpcheckError
    from .render import render
    from .report import to_dict

    rules, card, settings = setup
    try:
        report = run_check(path, rules=rules, card=card, settings=settings, fast=fast)
    except RfpcheckError as e:
        _error(str(e))
        return _Outcome(None)
    except Exception as e:  # a bug must not cost the other documents their reports
        _error(f"{path}: internal error ({type(e).__name__}: {e}); please report it")
        return _Outcome(None)
    fmt_name = "markdown" if fmt == "md" else fmt
    if target is None:
        shown = to_dict(report) if as_data else render(report, fmt_name, color=color)
        return _Outcome(report.verdict.value, shown)
    try:
        if fmt == "docx":
            from .render.docx import render_bytes

            _write(target, render_bytes(report))
        else:
            _write(target, render(report, fmt_name))
    except OSError as e:
        _error(f"{target}: cannot write the report ({e.strerror or e})")
        return _Outcome(None)
    return _Outcome(report.verdict.value)


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
