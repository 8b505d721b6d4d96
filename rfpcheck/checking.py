"""Check the documents of a command in worker processes: one outcome per document, its report or its error.

A worker reads each document and its facts, the part that can hang or crash on a hostile file, so that a
document that does costs its own report alone (`workers.run` watches the workers). The command line
(`cli`) decides what to check and where the reports go; this module turns each task into an outcome.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from .batch import Row
    from .limits import Limits
    from .model import Document, Facts
    from .read_ahead import Reader
    from .settings import Settings

_T = TypeVar("_T")


@dataclass(frozen=True)
class Reading:
    """How every document of a run is read."""

    limits: Limits
    password: str | None
    ocr: bool | None
    debug: bool  # keep the traceback of an error


@dataclass(frozen=True)
class Task:
    """One document to check, and what to make of its report: all a worker process needs besides the setup."""

    path: Path
    name: str  # what the index calls it
    fmt: str
    color: bool
    as_data: bool  # the report as JSON-ready data (for an array on standard output)
    to_file: bool
    href: str | None  # where the index links to its report
    reading: Reading
    reader: Reader | None = None  # a process already reading the document (see read_ahead)


@dataclass(frozen=True)
class Outcome:
    """What came of one document: its line in the index, and its report or its error."""

    row: Row  # the document's line in the index; its error when it failed
    verdict: str | None = None  # None when the document could not be checked or its report written
    shown: str | dict | None = None  # what goes to standard output
    content: str | bytes | None = None  # the report to write to its file
    detail: str | None = None  # the traceback behind an error, for --debug


def failure(task: Task, message: str, detail: str | None = None) -> Outcome:
    from .batch import failed

    return Outcome(failed(task.name, message), detail=detail)


def check_all(tasks: list[Task], jobs: int, setup: Callable[[], tuple], timeout: float | None
              ) -> Iterator[tuple[int, Outcome]]:
    """Check every task in worker processes; yield (index, outcome) as each finishes.

    `setup` builds the rules, rate card and settings. For a batch the workers check their documents whole:
    forked, they inherit the rules and the language pipeline this process builds first (no worker builds
    anything, every worker starts at once); spawned, each builds its own. For one document the worker only
    reads it and its facts, the part that can hang or crash on a hostile file (the reader hands it the
    document, see read_ahead), while this process builds the rules once the reader is done or the worker
    ready; the facts come back here to be judged and rendered. That worker never needs the rules, nor the
    tenth of a second of imports they are made of, and starts that much sooner.
    """
    from functools import partial

    import traceback

    from .workers import WorkerError, forks, run

    jobs = min(jobs, len(tasks))
    if len(tasks) == 1:
        prepared: list[tuple] = []  # what _prepared builds, once it has run
        reader = tasks[0].reader
        read = run(_read_in_worker, tasks, setup=_worker_setup, jobs=jobs, timeout=timeout, lost=_lost,
                   meanwhile=lambda: prepared.append(_prepared(setup, tasks[0].fmt)),
                   when=reader.fd if reader is not None else None)  # (its pipe can be read once it has read)
        results = ((i, got if isinstance(got, Outcome) else _judged(tasks[i], got, prepared[0])) for i, got in read)
    elif forks():
        try:
            _worker_setup()
        except Exception:  # as a worker's failed start: one line, not a traceback
            raise WorkerError(traceback.format_exc()) from None
        state = setup()
        results = run(_check_in_worker, tasks, setup=lambda: state, jobs=jobs, timeout=timeout, lost=_lost)
    else:
        results = run(_check_in_worker, tasks, setup=partial(_whole_setup, setup), jobs=jobs, timeout=timeout,
                      lost=_lost)
    return results


@dataclass(frozen=True)
class _Read:
    """A document and the facts read from it, on their way from a worker to be judged."""

    doc: Document
    facts: Facts


def _read(task: Task) -> _Read | Outcome:
    """Read the document and its facts; an error becomes the one line it fails with."""

    def read() -> _Read:
        from . import read_ahead
        from .extract import extract
        from .load import load

        how = task.reading
        if task.reader is not None:
            # one document on two cores: the reader's core is free again for a long document's extraction
            doc = read_ahead.document(task.reader, task.path)
            return _Read(doc, extract(doc, spare_core=True))
        doc = load(task.path, limits=how.limits, password=how.password, ocr=how.ocr)
        return _Read(doc, extract(doc))

    return _guarded(task, read)


def _judged(task: Task, read: _Read, setup: tuple) -> Outcome:
    """Judge the facts read from a document and render its report; an error becomes the one line it fails with."""

    def judge() -> Outcome:
        from . import check_loaded
        from .batch import row
        from .render import render
        from .report import to_dict

        rules, card, settings = setup
        report = check_loaded(read.doc, facts=read.facts, rules=rules, card=card, settings=settings)
        fmt_name = _format_name(task.fmt)
        shown = content = None
        if not task.to_file:
            shown = to_dict(report) if task.as_data else render(report, fmt_name, color=task.color)
        elif task.fmt == "docx":
            from .render.docx import render_bytes

            content = render_bytes(report)
        else:
            content = render(report, fmt_name)
        return Outcome(row(task.name, report, task.href), report.verdict.value, shown, content)

    return _guarded(task, judge)


def _format_name(fmt: str) -> str:
    """The renderer's name for a --format choice."""
    return "markdown" if fmt == "md" else fmt


def _check_one(task: Task, setup: tuple) -> Outcome:
    """Check one document and render its report; an error becomes the one line it fails with."""
    read = _read(task)
    return read if isinstance(read, Outcome) else _judged(task, read, setup)


def _guarded(task: Task, step: Callable[[], _T]) -> _T | Outcome:
    """What `step` gives, or the one line the document fails with."""
    import traceback

    from .errors import RfpcheckError

    debug = task.reading.debug
    try:
        return step()
    except RfpcheckError as e:
        return failure(task, str(e), traceback.format_exc() if debug else None)
    except RecursionError:
        return failure(task, f"{task.path}: the document is nested too deeply to read")
    except MemoryError:
        return failure(task, f"{task.path}: ran out of memory reading it")
    except Exception as e:  # a bug must not cost the other documents their reports
        message = f"{task.path}: internal error ({type(e).__name__}: {e}); please report it, or rerun with --debug"
        return failure(task, message, traceback.format_exc() if debug else None)


def _prepared(setup: Callable[[], tuple], fmt: str) -> tuple:
    """The rules, rate card and settings, built in this process while the worker reads the document (see
    check_all); and what judges and renders a report, imported now rather than when the facts come in."""
    built = setup()
    # the odds' simulation needs numpy: a worker has it from spaCy, this process has not needed it yet
    import numpy  # noqa: F401

    from . import judge, relevance  # noqa: F401
    from .render import renderer

    if fmt == "docx":
        from .render import docx  # noqa: F401
    else:
        renderer(_format_name(fmt))
    return built


def setup_with(settings: Settings, rules_dirs: tuple[Path, ...], ratecard: Path | None) -> tuple:
    """The rules, rate card and settings of a run, its settings read already."""
    from .settings import rules_and_card

    return (*rules_and_card(settings, rules_dirs, ratecard), settings)


def _worker_setup() -> None:
    """Build the language pipeline and import the extraction (its 260 patterns compiled) in a worker, before
    the first document's clock starts."""
    from . import extract  # noqa: F401
    from .nlp import pipeline

    pipeline()


def _whole_setup(setup: Callable[[], tuple]) -> tuple:
    """A spawned worker's setup: the language pipeline, and the rules, rate card and settings of the run."""
    _worker_setup()
    return setup()


def _check_in_worker(state: tuple, task: Task) -> Outcome:
    return _check_one(task, state)


def _read_in_worker(state: None, task: Task) -> _Read | Outcome:
    return _read(task)


def _lost(task: Task, why: str) -> Outcome:
    """The outcome of a document whose worker hung or died."""
    if why.startswith("timed out"):
        return failure(task, f"{task.path}: {why}, the time limit; the reader may be stuck on a damaged file "
                              "(raise the limit with --timeout, 0 for none)")
    return failure(task, f"{task.path}: internal error: {why}; please report it")
