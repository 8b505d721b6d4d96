"""The worker pool: a hang or a crash costs one item, never the run, and every item gets one result."""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
from pathlib import Path

import pytest

from rfpcheck.workers import WorkerError, run


def _setup() -> str:
    return "state"


def _work(state: str, item: str) -> str:
    if item == "hang-in-c":
        ctypes.CDLL(None).sleep(60)  # stuck in C: no Python signal handler could interrupt it
    if item == "hang":
        while True:
            pass
    if item == "exit":
        os._exit(3)
    if item == "segfault":
        import faulthandler

        faulthandler.disable()  # pytest's, inherited by the fork: the crash need not print a stack
        os.kill(os.getpid(), signal.SIGSEGV)
    if item == "raise":
        raise ValueError("boom")
    if item == "slow":
        import time

        time.sleep(1.0)
    if item.startswith("spawn-and-hang:"):
        import subprocess

        subprocess.Popen(["sleep", "317"])  # as OCRmyPDF runs Tesseract (a length no other program is likely to sleep)
        Path(item.split(":", 1)[1]).write_text("started")
        while True:
            pass
    if item == "unpicklable":
        return lambda: None  # type: ignore[return-value]
    return f"{state}:{item}"


def _lost(item: str, why: str) -> str:
    return f"lost {item}: {why}"


def _results(items: list[str], jobs: int, timeout: float | None = 2.0) -> dict[str, str]:
    out = list(run(_work, items, setup=_setup, jobs=jobs, timeout=timeout, lost=_lost))
    assert sorted(i for i, _ in out) == list(range(len(items))), "every item once"
    return {items[i]: result for i, result in out}


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_every_item_gets_its_result(jobs: int) -> None:
    items = [f"doc{i}" for i in range(7)]
    assert _results(items, jobs) == {item: f"state:{item}" for item in items}


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_hang_or_a_crash_costs_only_its_item(jobs: int) -> None:
    items = ["a", "hang-in-c", "b", "hang", "c", "exit", "d", "segfault", "e", "raise", "f", "unpicklable", "g"]
    results = _results(items, jobs, timeout=1.0)
    for ok in "abcdefg":
        assert results[ok] == f"state:{ok}"
    assert results["hang-in-c"] == "lost hang-in-c: timed out after 1 s"
    assert results["hang"] == "lost hang: timed out after 1 s"
    assert results["exit"] == "lost exit: the process checking it exited with code 3"
    assert results["segfault"] == "lost segfault: the process checking it was killed by SIGSEGV"
    assert results["raise"] == "lost raise: it raised ValueError: boom"
    assert results["unpicklable"].startswith("lost unpicklable: it raised ")


def test_no_timeout_means_no_limit() -> None:
    assert _results(["a", "b"], 2, timeout=None) == {"a": "state:a", "b": "state:b"}


def _broken_setup() -> str:
    raise RuntimeError("no rules")


def test_a_setup_that_fails_stops_the_run_with_its_cause() -> None:
    with pytest.raises(WorkerError, match="RuntimeError: no rules"):
        list(run(_work, ["a"], setup=_broken_setup, jobs=1, timeout=None, lost=_lost))


def test_stopping_early_leaves_no_worker_behind() -> None:
    import multiprocessing

    results = run(_work, [f"doc{i}" for i in range(6)], setup=_setup, jobs=2, timeout=None, lost=_lost)
    next(results)
    results.close()  # as a Ctrl-C in the consumer would
    assert multiprocessing.active_children() == []


def test_a_stopped_worker_takes_the_programs_it_started_with_it(tmp_path: Path) -> None:
    marker = tmp_path / "started"
    results = _results([f"spawn-and-hang:{marker}", "a"], 2, timeout=1.0)
    assert results[f"spawn-and-hang:{marker}"].endswith("timed out after 1 s") and marker.exists()
    sleepers = subprocess.run(["pgrep", "-f", "^sleep 317$"], capture_output=True, text=True, check=False)
    assert sleepers.stdout.strip() == "", "the worker's child outlived it"


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_parents_preparation_runs_once_while_the_workers_start(jobs: int, tmp_path: Path) -> None:
    """`meanwhile` runs once, in the parent, after the workers were started (they are setting up as it runs)."""
    calls = []

    def prepare() -> None:
        calls.append((os.getpid(), len(_children(os.getpid()))))

    items = [f"doc{i}" for i in range(6)]
    out = dict(run(_work, items, setup=_setup, jobs=jobs, timeout=10, lost=_lost, meanwhile=prepare))
    assert calls == [(os.getpid(), jobs)]  # once, here, with the workers already forked
    assert sorted(out) == list(range(len(items)))


def test_the_preparation_waits_for_when_while_the_workers_set_up() -> None:
    """With `when`, the parent prepares once `when` can be read (a program that writes after 0.5 s), while the
    worker is still setting up (1.5 s)."""
    import subprocess
    import time

    writer = subprocess.Popen(["sh", "-c", "sleep 0.5; echo go"], stdout=subprocess.PIPE)
    try:
        began, prepared, seen = time.monotonic(), [], []
        for _, result in run(_work, ["a"], setup=_slow_setup, jobs=1, timeout=10, lost=_lost,
                             meanwhile=lambda: prepared.append(time.monotonic() - began), when=writer.stdout):
            seen.append((len(prepared), result))
        assert seen == [(1, "state:a")] and 0.4 <= prepared[0] < 1.4
    finally:
        writer.kill()
        writer.wait()
        writer.stdout.close()


def test_the_preparation_does_not_wait_past_a_ready_worker_for_when() -> None:
    """A `when` that never becomes ready (a reader stuck on a damaged file) holds the preparation back only
    until a worker is ready: a bad rule file is then said at once, not after the reader's time limit."""
    import time

    read_end, write_end = os.pipe()  # nothing is ever written
    try:
        began, prepared, seen = time.monotonic(), [], []
        for _, result in run(_work, ["slow", "a"], setup=_setup, jobs=1, timeout=10, lost=_lost,
                             meanwhile=lambda: prepared.append(time.monotonic() - began), when=read_end):
            seen.append((len(prepared), result))
        assert seen == [(1, "state:slow"), (1, "state:a")] and prepared[0] < 0.9  # (the first item takes 1 s)
    finally:
        os.close(read_end)
        os.close(write_end)


def test_a_large_item_for_a_worker_whose_setup_fails_is_the_setups_error() -> None:
    """Items go to a worker before it is set up; one larger than the pipe holds does not turn a failed setup
    into a broken pipe."""
    with pytest.raises(WorkerError, match="the setup fails"):
        list(run(_work, ["x" * 4_000_000], setup=_failing_setup, jobs=1, timeout=5, lost=_lost))


def _failing_setup() -> str:
    import time

    time.sleep(0.3)
    raise RuntimeError("the setup fails")


def _slow_setup() -> str:
    import time

    time.sleep(1.5)
    return "state"


def test_an_items_clock_starts_when_its_worker_is_ready() -> None:
    """A worker is given its item as it starts; set-up time does not count against the item's time limit."""
    out = list(run(_work, ["a"], setup=_slow_setup, jobs=1, timeout=1.0, lost=_lost))
    assert out == [(0, "state:a")]


def _die_on_first_start() -> str:
    """The first worker to start dies, once the other has had time to be ready; the others start."""
    import time

    try:
        os.close(os.open(os.environ["RFPCHECK_TEST_MARKER"], os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return "state"
    time.sleep(0.5)
    os._exit(9)


def test_an_item_given_to_a_worker_that_dies_starting_goes_to_the_next(tmp_path: Path, monkeypatch) -> None:
    """The item was sent to a worker that never got ready: it is not lost, the next worker takes it (once a
    worker has started; a setup that never works stops the run, as before)."""
    monkeypatch.setenv("RFPCHECK_TEST_MARKER", str(tmp_path / "marker"))
    # two workers: one dies starting while the other starts; the first item then goes to the survivor
    out = dict(run(_work, ["a", "b", "c"], setup=_die_on_first_start, jobs=2, timeout=10, lost=_lost))
    assert out == {0: "state:a", 1: "state:b", 2: "state:c"}


def test_a_preparation_that_fails_stops_the_workers_and_is_raised() -> None:
    def prepare() -> None:
        raise ValueError("the rule file is wrong")

    with pytest.raises(ValueError, match="the rule file is wrong"):
        list(run(_work, ["doc"], setup=_setup, jobs=2, timeout=10, lost=_lost, meanwhile=prepare))
    assert not [c for c in _children(os.getpid()) if _alive(c)]


def _children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False)
    return [int(p) for p in found.stdout.split()]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False
