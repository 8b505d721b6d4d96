"""Run a function in a forked child process and take its answer from a pipe.

Used where a second core can take part of one document's work: reading it
while the checking worker starts (`read_ahead`), and half the extractors of a
long document (`extract`). The child inherits everything the caller has built
(modules, the language pipeline, the sentences), so nothing is sent to it; its
answer, a value or what it raised, comes back pickled. Any process holding the
pipe may take the answer, but only the process that forked the child may
`stop` it.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import errors


@dataclass(frozen=True)
class Child:
    pid: int
    fd: int  # the read end of the pipe its answer comes through


class ChildDied(RuntimeError):
    """The child ended without an answer: killed, or crashed in C."""


class _Remote(Exception):
    """The traceback of what the child raised, shown under --debug."""


def available() -> bool:
    return hasattr(os, "fork")


def start(fn: Callable[..., Any], *args: Any, own_group: bool = False, **kwargs: Any) -> Child:
    """Fork a child that runs `fn(*args, **kwargs)` and writes its answer to a pipe.

    `own_group` gives it a process group of its own (and leaves Ctrl-C to the caller), so that stopping it
    stops what it starts (OCRmyPDF); otherwise it stays in the caller's group and dies with it.
    """
    read_end, write_end = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid:
        os.close(write_end)
        return Child(pid, read_end)
    try:  # the child: never returns into the caller's code
        os.close(read_end)
        if own_group:
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            os.setpgrp()
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if sys.platform.startswith("linux"):
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: die with the caller
            if os.getppid() != parent:  # the caller died before the request was in place
                os._exit(1)
        with os.fdopen(write_end, "wb") as out:
            pickle.dump(_answer(fn, args, kwargs), out, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        os._exit(0)


def _answer(fn: Callable[..., Any], args: tuple, kwargs: dict) -> tuple:
    try:
        return ("value", fn(*args, **kwargs))
    except errors.RfpcheckError as e:
        return ("error", type(e).__name__, (e.path, e.cause), traceback.format_exc())
    except (RecursionError, MemoryError) as e:
        return ("error", type(e).__name__, (str(e),), traceback.format_exc())
    except Exception as e:
        return ("error", "RuntimeError", (f"{type(e).__name__}: {e}",), traceback.format_exc())


def answer(child: Child) -> Any:
    """The child's value, or what it raised raised here (`ChildDied` when it gave no answer).

    The pipe is left open: `stop` closes it, in the process that forked the child (closing it here too
    could close a file that has taken its number since)."""
    with os.fdopen(child.fd, "rb", closefd=False) as pipe:
        data = pipe.read()
    try:
        kind, *rest = pickle.loads(data)  # noqa: S301 - our own child's answer, over a private pipe
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError):  # nothing, or cut short: it died writing
        raise ChildDied("the process died without a whole answer") from None
    if kind == "value":
        return rest[0]
    name, args, remote = rest
    raised = getattr(errors, name, None) or {"RecursionError": RecursionError, "MemoryError": MemoryError}.get(name)
    raise (raised or RuntimeError)(*args) from _Remote(remote)


def stop(child: Child | None) -> None:
    """Stop the child if it is still going, and reap it."""
    if child is None:
        return
    for kill in (os.killpg, os.kill):  # its group; or itself, when it has none of its own (or not yet)
        try:
            kill(child.pid, signal.SIGKILL)
            break
        except OSError:
            pass  # (or it has finished)
    try:
        os.waitpid(child.pid, 0)
    except ChildProcessError:
        pass
    try:
        os.close(child.fd)
    except OSError:
        pass
