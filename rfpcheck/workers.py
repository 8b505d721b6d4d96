"""Run work in worker processes that the parent can stop: a crash or a hang costs one item, never the run.

Each worker takes one item at a time, so when a worker dies or outlives its deadline the parent knows
which item did it, kills that worker (a parser stuck in C code answers no signal a Python handler
could catch), reports the item through `lost` and starts a fresh worker for the rest.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

S = TypeVar("S")
T = TypeVar("T")
R = TypeVar("R")

_LONGEST_WAIT = 3600.0  # seconds; the wait is renewed, and the OS refuses much longer ones
_START_ATTEMPTS = 3  # workers that may die while starting, once one has started, before the run gives up


class WorkerError(RuntimeError):
    """A worker could not even start (its setup failed): nothing could be run."""


def forks() -> bool:
    """Whether workers are forked, inheriting the parent's objects as they are (nothing is pickled)."""
    return context().get_start_method() == "fork"


def context() -> Any:
    """Fork where it is safe (Linux): a worker inherits the parent's loaded modules and setup instead of
    rebuilding them. macOS and Windows spawn a fresh interpreter."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods and sys.platform != "darwin" else "spawn")


def run(work: Callable[[S, T], R], items: Sequence[T], *, setup: Callable[[], S], jobs: int,
        timeout: float | None, lost: Callable[[T, str], R],
        meanwhile: Callable[[], None] | None = None, when: Any = None) -> Iterator[tuple[int, R]]:
    """Yield `(i, work(state, items[i]))` as each item finishes, with `state = setup()` built once per worker.

    `work` should catch its own errors. An item whose worker dies becomes `lost(item, "why")`, and so does
    one still running `timeout` seconds after it started (None: no limit); the other items go on. A worker
    is given its first item as it starts, and takes it once set up: its clock starts then. Under spawn,
    `work`, `setup` and the items must be picklable.

    `meanwhile`, when given, is called once in the parent while the workers run: at once, or, with `when`
    (a file descriptor or anything else `multiprocessing.connection.wait` takes), once `when` is ready to
    read or a worker is ready, whichever comes first, so that the parent's own preparations wait for a core
    to be free instead of slowing the workers' `setup`; in any case before the first result is yielded.
    What it raises is raised here, after the workers are stopped. Items are sent to a worker before it is
    set up, so they should be small (the pipe holds a few hundred kilobytes).
    """
    ctx = context()
    todo = deque(range(len(items)))
    pool: list[_Worker] = []
    starts = _Starts()
    try:
        while todo or any(w.item is not None for w in pool):
            while len(pool) < min(jobs, len(todo) + sum(w.item is not None for w in pool)):
                pool.append(_Worker.start(ctx, work, setup))
            for worker in pool:
                if worker.item is None and todo:
                    worker.give(todo.popleft(), items)
            if meanwhile is not None and (when is None or any(w.ready for w in pool) or wait([when], 0)):
                meanwhile, prepare = None, meanwhile
                prepare()  # (every worker has its item: none waits for this to end)
            done = list(_collect(pool, items, todo, timeout, lost, starts,
                                 [when] if meanwhile is not None and when is not None else []))
            if done and meanwhile is not None:  # a result may need what it prepares
                meanwhile, prepare = None, meanwhile
                prepare()
            yield from done
    finally:
        for worker in pool:
            worker.stop()


@dataclass
class _Starts:
    started: bool = False  # a worker has become ready: the setup works
    failed_starts: int = 0


def _collect(pool: list[_Worker], items: Sequence[T], todo: deque[int], timeout: float | None,
             lost: Callable[[T, str], R], state: _Starts, also: list[Any]) -> Iterator[tuple[int, R]]:
    """Wait for the next message, death or deadline among the workers (or for one of `also`), and deal with
    each."""
    now = time.monotonic()
    deadlines = [w.started + timeout for w in pool if w.item is not None and w.ready and timeout is not None]
    wait_for = min(max(0.0, min(deadlines) - now), _LONGEST_WAIT) if deadlines else None
    ready = set(wait([w.conn for w in pool] + [w.process.sentinel for w in pool] + also, wait_for))
    for worker in list(pool):
        if worker.conn in ready:
            try:
                message = worker.conn.recv()
            except (EOFError, OSError):
                message = None
            if message is not None:
                kind, *rest = message
                if kind == "ready":
                    worker.ready = state.started = True
                    worker.started = time.monotonic()  # the clock of the item it was given starts now
                elif kind == "setup failed":
                    raise WorkerError(rest[0])
                else:  # "done" with the result, or "error" with the traceback of what `work` let escape
                    i, result = rest
                    worker.item = None
                    yield i, result if kind == "done" else lost(items[i], f"it raised {result}")
                continue
        if worker.conn in ready or worker.process.sentinel in ready:
            worker.stop()
            pool.remove(worker)
            if not worker.ready:
                state.failed_starts += 1
                if state.failed_starts > _START_ATTEMPTS or not state.started:
                    raise WorkerError(f"a worker process {_how(worker.process.exitcode)} before it was ready")
                if worker.item is not None:
                    todo.appendleft(worker.item)  # never begun: it goes to the next worker
                continue  # one start lost (the machine short of memory, say): the next round starts another
            if worker.item is not None:
                yield worker.item, lost(items[worker.item], f"the process checking it {_how(worker.process.exitcode)}")
            continue
        if worker.item is not None and worker.ready and timeout is not None and time.monotonic() - worker.started >= timeout \
                and not worker.conn.poll(0):  # (a result that came in while the last one was being written counts)
            worker.stop()
            pool.remove(worker)
            yield worker.item, lost(items[worker.item], f"timed out after {timeout:g} s")


def _how(exitcode: int | None) -> str:
    """Say how a process ended: "was killed by SIGSEGV" or "exited with code 3"."""
    if exitcode == -signal.SIGKILL:
        return "was killed by SIGKILL (by the system, when it ran short of memory?)"
    if exitcode is not None and exitcode < 0:
        try:
            return f"was killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"was killed by signal {-exitcode}"
    return f"exited with code {exitcode}"


@dataclass
class _Worker:
    process: Any
    conn: Connection
    ready: bool = False
    item: int | None = None  # the index of the item it holds
    started: float = 0.0  # when it was given its item, or became ready to take it

    @classmethod
    def start(cls, ctx: Any, work: Callable, setup: Callable) -> _Worker:
        parent, child = ctx.Pipe()
        process = ctx.Process(target=_serve, args=(child, work, setup, os.getpid()), daemon=True)
        process.start()
        child.close()
        return cls(process, parent)

    def give(self, i: int, items: Sequence[T]) -> None:
        self.item, self.started = i, time.monotonic()  # (a worker not yet ready starts the clock when it is)
        try:
            self.conn.send((i, items[i]))
        except OSError:  # it died, or gave up setting up: its end of the pipe says why, and the item goes on
            pass

    def stop(self) -> None:
        """Kill the worker and whatever it started, even when it has died already (OCRmyPDF and its
        Tesseracts share its process group)."""
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except (AttributeError, OSError):  # no process groups here, or the group is gone
            if self.process.exitcode is None:
                self.process.kill()
        self.process.join()
        self.conn.close()


def _die_with(parent: int) -> None:
    """On Linux, have the kernel kill this worker when its parent dies, however it dies (even by SIGKILL,
    which runs no cleanup); elsewhere the closed pipe ends the worker after its current item."""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() != parent:  # the parent died before the request was in place
            os._exit(1)


def _serve(conn: Connection, work: Callable, setup: Callable, parent: int) -> None:
    """A worker's life: build the state once, then run items until the parent closes the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: no traceback per worker
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler would unwind the parent's stack here
    if hasattr(os, "setpgrp"):
        os.setpgrp()  # a group of its own, so that stopping it stops the programs it runs too
    _die_with(parent)
    try:
        state = setup()
    except BaseException:
        conn.send(("setup failed", traceback.format_exc()))
        return
    conn.send(("ready",))
    while True:
        try:
            i, item = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("done", i, work(state, item)))
        except Exception as e:  # a bug in `work`, or a result that does not pickle: one line, not a traceback
            conn.send(("error", i, f"{type(e).__name__}: {e}"))
