"""Read a document in a child process while the worker that will check it starts up.

A worker spends its first second importing spaCy and building the pipeline, on
one core; reading a long PDF takes about as long again and needs no spaCy. When
a run checks one document and may use two processes, the command starts a
reader for it at once, and the worker takes the document from the reader's
pipe instead of reading it itself. The reader is a plain fork: it inherits the
limits and nothing else is shared; whatever it raises reaches the worker as
the same one-line error.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError

if TYPE_CHECKING:
    from .limits import Limits
    from .model import Document


@dataclass(frozen=True)
class Reader:
    pid: int
    fd: int  # the read end of its pipe, inherited by the worker forked after it


class _Remote(Exception):
    """The traceback of what the reader raised, shown under --debug."""


def start(path: Path, *, limits: Limits, password: str | None, ocr: bool | None) -> Reader | None:
    """Fork a reader for `path`; None where processes cannot be forked (the worker then reads it)."""
    if not hasattr(os, "fork"):
        return None
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid:
        os.close(write_end)
        return Reader(pid, read_end)
    try:  # the reader: never returns into the caller's code
        os.close(read_end)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the command's to handle
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.setpgrp()  # its own group, so that stopping it stops OCRmyPDF too
        _die_with_parent()
        with os.fdopen(write_end, "wb") as out:
            pickle.dump(_read(path, limits, password, ocr), out, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        os._exit(0)


def _read(path: Path, limits: Limits, password: str | None, ocr: bool | None) -> tuple:
    from .load import load

    try:
        return ("document", load(path, limits=limits, password=password, ocr=ocr))
    except InputError as e:
        return ("input error", e.path, e.cause, traceback.format_exc())
    except (RecursionError, MemoryError) as e:
        return (type(e).__name__, str(e), traceback.format_exc())
    except Exception as e:
        return ("bug", f"{type(e).__name__}: {e}", traceback.format_exc())


def _die_with_parent() -> None:
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def document(reader: Reader, path: Path) -> Document:
    """The document the reader read (in the worker); what it raised, raised again here."""
    with os.fdopen(reader.fd, "rb") as pipe:
        data = pipe.read()
    if not data:
        raise InputError(path, "internal error: the process reading it died; please report it")
    kind, *rest = pickle.loads(data)  # noqa: S301 - our own child's answer, over a private pipe
    if kind == "document":
        return rest[0]
    *args, remote = rest
    if kind == "input error":
        raise InputError(*args) from _Remote(remote)
    if kind == "RecursionError":
        raise RecursionError(*args) from _Remote(remote)
    if kind == "MemoryError":
        raise MemoryError(*args) from _Remote(remote)
    raise RuntimeError(*args) from _Remote(remote)


def stop(reader: Reader | None) -> None:
    """Stop the reader if it is still going, and reap it (in the command)."""
    if reader is None:
        return
    for kill in (os.killpg, os.kill):  # its group; or itself, when it has not made its group yet
        try:
            kill(reader.pid, signal.SIGKILL)
            break
        except OSError:
            pass  # (or it has finished)
    try:
        os.waitpid(reader.pid, 0)
    except ChildProcessError:
        pass
    try:
        os.close(reader.fd)
    except OSError:
        pass
