"""The command line: parse options, run checks, write output, choose the exit code."""

from __future__ import annotations

import os
import re
import sys
import tempfile
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


def _target(path: Path, output: Path, fmt: str, several: bool) -> Path:
    """Where a document's report goes: `output` itself, or `output/<document name>.<format>`."""
    # the whole document name, so seed.pdf and seed.txt get seed.pdf.md and seed.txt.md
    return output / f"{path.name}{EXTENSIONS[fmt]}" if several else output


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
    from . import check as run_check
    from . import ratecard as cards
    from . import rules as rulebook
    from .errors import RfpcheckError
    from .render import render
    from .report import to_dict

    paths = _expand(files)
    if not paths:
        _error(f"{', '.join(files)}: no PDF, DOCX, TXT or Markdown documents found")
        sys.exit(ExitStatus.INPUT_ERROR)
    several = len(paths) > 1 or any(Path(f).is_dir() for f in files)
    if several and output is not None and (output.is_file() or not output.exists() and output.suffix):
        _error(f"{output}: with several documents, --output must be a folder")
        sys.exit(ExitStatus.INPUT_ERROR)
    targets = {p: _target(p, output, fmt, several) for p in paths} if output is not None else {}
    clash = [p for p, t in targets.items() if t.resolve() in {q.resolve() for q in paths}]
    if clash:
        _error(f"{targets[clash[0]]}: the report would overwrite a document being checked; choose another --output")
        sys.exit(ExitStatus.INPUT_ERROR)
    if several and output is None and fmt == "html":
        _error("several HTML reports need --output FOLDER")
        sys.exit(ExitStatus.INPUT_ERROR)
    try:
        rules = rulebook.load_rules([rulebook.default_dir(), *rules_dirs])
        card = cards.load(ratecard)
    except RfpcheckError as e:
        _error(str(e))
        sys.exit(ExitStatus.INPUT_ERROR)

    use_color = color if color is not None else (output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    status = ExitStatus.OK
    chunks: list[str] = []
    dicts: list[dict] = []
    for path in paths:
        try:
            report = run_check(path, rules=rules, card=card, fast=fast)
        except RfpcheckError as e:
            _error(str(e))
            status = ExitStatus.INPUT_ERROR
            continue
        if report.verdict.value in FAIL_ON[fail_on] and status == ExitStatus.OK:
            status = ExitStatus.FAIL_ON_TRIPPED
        fmt_name = "markdown" if fmt == "md" else fmt
        if output is not None:
            _write(targets[path], render(report, fmt_name))
        elif fmt == "json" and several:
            dicts.append(to_dict(report))
        else:
            chunks.append(render(report, fmt_name, color=use_color))
    if dicts:
        import json

        click.echo(json.dumps(dicts, indent=2, ensure_ascii=False))
    elif chunks:
        click.echo(("\n" + "=" * 72 + "\n\n").join(c.rstrip("\n") + "\n" for c in chunks), nl=False)
    sys.exit(status)


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
        click.echo(rules_table(rules), nl=False)
        return
    for r in rules:
        click.echo(f"{r.id:34} {r.severity.value:9} {r.title}")


def rules_table(rules: tuple) -> str:
    """The rules as a Markdown table: id, severity (and when it changes), title, question."""
    rows = ["| id | severity | what it flags | question to the issuer |", "| --- | --- | --- | --- |"]
    for r in rules:
        sev = r.severity.value + "".join(f", {s.value} when `{e}`" for s, e in r.severity_when)
        question = re.sub(r"\{([^}:]+)(?::[^}]*)?\}", r"`\1`", r.question)  # template fields shown as names
        rows.append(f"| `{r.id}` | {sev.replace('|', '&#124;')} | {r.title} | {question} |")
    return "\n".join(rows) + "\n"
