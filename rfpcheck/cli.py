"""The command line: parse options, run checks, write output, choose the exit code."""

from __future__ import annotations

import os
import re
import sys
import tempfile
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

import click

from . import __version__

SUFFIXES = (".pdf", ".docx", ".txt", ".md", ".markdown", ".text")
EXTENSIONS = {"text": ".txt", "json": ".json", "html": ".html", "md": ".md"}
FAIL_ON = {"doomed": ("doomed",), "at-risk": ("doomed", "at-risk"), "never": ()}


class ExitStatus(IntEnum):
    OK = 0
    FAIL_ON_TRIPPED = 1
    INPUT_ERROR = 2


# A report this command wrote into a folder ("rfp.pdf.md"): not a document to check next time.
REPORT_NAME = re.compile(r"\.(?:pdf|docx|txt|md|markdown|text)\.(?:txt|json|html|md)$", re.I)


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


def _write(path: Path, content: str) -> None:
    """Write atomically: a report is either whole on disk or not there at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
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


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json", "html", "md"]), default="text",
              show_default=True, help="Report format.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write the report to this file (a folder when checking several documents).")
@click.option("--fail-on", type=click.Choice(["doomed", "at-risk", "never"]), default="never", show_default=True,
              help="Exit 1 when a verdict is this bad or worse.")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(path_type=Path, file_okay=False),
              help="A folder of extra or replacement rule files (repeatable).")
@click.option("--ratecard", type=click.Path(path_type=Path, dir_okay=False), help="A rate card YAML file.")
@click.option("--fast", is_flag=True, help="Read PDFs with the fast text path (no table detection).")
@click.option("--color/--no-color", default=None, help="Colour the text report (default: when writing to a terminal).")
def check(files: tuple[str, ...], fmt: str, output: Path | None, fail_on: str, rules_dirs: tuple[Path, ...],
          ratecard: Path | None, fast: bool, color: bool | None) -> None:
    """Check FILES (PDF, DOCX, TXT or Markdown; a folder checks every document in it)."""
    from . import ratecard as cards
    from . import rules as rulebook
    from .errors import RfpcheckError

    try:
        targets, several = _targets(files, output, fmt)
        rules = rulebook.load_rules([rulebook.default_dir(), *rules_dirs])
        card = cards.load(ratecard)
    except RfpcheckError as e:
        _error(str(e))
        sys.exit(ExitStatus.INPUT_ERROR)
    use_color = color if color is not None else (output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    as_array = fmt == "json" and several and output is None  # several JSON reports (or a folder): one array
    outcomes = [_check_one(path, target, fmt, rules, card, fast, use_color, as_array) for path, target in targets.items()]
    shown = [o.shown for o in outcomes if o.shown is not None]
    if as_array:
        import json

        click.echo(json.dumps(shown, indent=2, ensure_ascii=False))
    elif shown:
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


def _targets(files: tuple[str, ...], output: Path | None, fmt: str) -> tuple[dict[Path, Path | None], bool]:
    """Each document and where its report goes (None: standard output), and whether there are several.

    Refuses what would lose data: a report written over a document being checked.
    """
    from .errors import InputError

    paths = _expand(files)
    if not paths:
        raise InputError(", ".join(files), "no PDF, DOCX, TXT or Markdown documents found")
    several = len(paths) > 1 or any(Path(f).is_dir() for f in files)
    if output is None:
        if several and fmt == "html":
            raise InputError("--output", "several HTML reports need --output FOLDER")
        return dict.fromkeys(paths), several
    if several and (output.is_file() or not output.exists() and output.suffix):
        raise InputError(output, "with several documents, --output must be a folder")
    into_folder = several or output.is_dir()
    targets = {p: output / f"{p.name}{EXTENSIONS[fmt]}" if into_folder else output for p in paths}
    inputs = {p.resolve() for p in paths}
    for target in targets.values():
        if target.resolve() in inputs:
            raise InputError(target, "the report would overwrite a document being checked; choose another --output")
    return targets, several


def _check_one(path: Path, target: Path | None, fmt: str, rules: tuple, card: object, fast: bool,
               color: bool, as_data: bool) -> _Outcome:
    """Check one document and write or return its report; errors become one line on stderr."""
    from . import check as run_check
    from .errors import RfpcheckError
    from .render import render
    from .report import to_dict

    try:
        report = run_check(path, rules=rules, card=card, fast=fast)
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
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(path_type=Path, file_okay=False),
              help="Also list the rules in this folder.")
@click.option("--markdown", is_flag=True, help="Print a Markdown table (as in the README).")
def list_rules(rules_dirs: tuple[Path, ...], markdown: bool) -> None:
    """List the rules: id, severity and title; validates every rule file."""
    from . import rules as rulebook
    from .errors import RfpcheckError

    try:
        rules = rulebook.load_rules([rulebook.default_dir(), *rules_dirs])
    except RfpcheckError as e:
        _error(str(e))
        sys.exit(ExitStatus.INPUT_ERROR)
    if markdown:
        click.echo(rulebook.markdown_table(rules), nl=False)
        return
    for r in rules:
        click.echo(f"{r.id:34} {r.severity.value:9} {r.title}")
