"""The mutation driver's limits (tools/mutation): a run past its limit is killed with everything it
started, its mutant counts as killed by timeout, and the limits follow the measured baseline."""

from __future__ import annotations

import _thread
import contextlib
import importlib.util
import math
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.support.paths import ROOT

TOOLS = ROOT / "tools" / "mutation"
MODULE = "generator/runtime/_example.py"

# A mutant run that never ends by itself: it starts one process in its own group and one that
# leaves it (a session of its own, as a server may), says who they are, and sleeps forever.
FOREVER = """
import os, subprocess, sys, time
sleep = [sys.executable, "-c", "import time; time.sleep(10**6)"]
same = subprocess.Popen(sleep)
apart = subprocess.Popen(sleep, start_new_session=True)
with open(sys.argv[1] + ".part", "w") as out:
    out.write(f"{same.pid} {apart.pid}")
os.rename(sys.argv[1] + ".part", sys.argv[1])
time.sleep(10**6)
"""


def _load(name: str, patch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"sixmm_mutation_{name}", TOOLS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    patch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tools() -> Iterator[tuple[ModuleType, ModuleType]]:
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(TOOLS))  # run.py imports its neighbours by name
        yield _load("worker", patch), _load("run", patch)


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")  # dead; a zombie only waits for its (adoptive) parent


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds descendants through /proc")
def test_a_run_past_its_limit_is_killed_with_every_process_it_started(
    tools: tuple[ModuleType, ModuleType], tmp_path: Path
) -> None:
    worker, _ = tools
    pids = tmp_path / "pids"

    def child() -> int:
        os.execv(sys.executable, [sys.executable, "-c", FOREVER, str(pids)])

    def clock() -> float:
        # The limit runs out exactly when the run has started its processes, never before.
        return math.inf if pids.exists() else 0.0

    status = worker.run_limited(child, 0.5, clock=clock, pause=lambda _: time.sleep(0.01))

    started = [int(pid) for pid in pids.read_text().split()]
    try:
        assert status is None
        for _ in range(6000):  # SIGKILL is sent: wait until it is delivered (bounded, not timed)
            if all(_gone(pid) for pid in started):
                break
            time.sleep(0.01)
        assert [pid for pid in started if not _gone(pid)] == []
    finally:
        for pid in started:  # whatever the outcome, nothing outlives the test
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)


class FakeWorker:
    """Answers each run from a script and records the limits it was given."""

    def __init__(self, *verdicts: object) -> None:
        self.verdicts = list(verdicts)
        self.calls: list[tuple[list[str], float, float]] = []

    def run(self, args: list[str], timeout: float, test_timeout: float) -> object:
        self.calls.append((args, timeout, test_timeout))
        return self.verdicts.pop(0)


def _settings(run: ModuleType) -> Any:
    settings = run.Settings(
        groups={"g": ["tests/a.py", "tests/b.py"]},
        spawning=set(),
        timeout_floor=120.0,
        test_timeout_floor=60.0,
        timeout_factor=5.0,
        equivalents={},
    )
    tests = [("tests/a.py::fast", 2.0), ("tests/a.py::slow", 40.0), ("tests/b.py::other", 100.0)]
    settings.traces["g"] = run.Trace(tests, {MODULE: {10: [0, 1]}, "other.py": {1: [0]}}, 200.0, True)
    return settings


def _mutant(run: ModuleType, line: int) -> Any:
    return run.Mutant(MODULE, line, 4, "condition-true", "", "source")


def test_limits_follow_the_baseline_of_the_tests_run_with_generous_floors(
    tools: tuple[ModuleType, ModuleType],
) -> None:
    _, run = tools
    settings = _settings(run)
    assert settings.limits("g", ["tests/a.py::fast", "tests/a.py::slow"]) == (210.0, 200.0)
    assert settings.limits("g", ["tests/a.py::fast"]) == (120.0, 60.0)  # the floors
    assert settings.limits("g", ["tests/a.py", "tests/b.py"]) == (710.0, 500.0)  # whole files
    assert settings.limits("unknown", ["tests/x.py"]) == (120.0, 60.0)  # no baseline: the floors


def test_a_mutant_whose_run_ran_out_of_time_is_killed_by_timeout(
    tools: tuple[ModuleType, ModuleType],
) -> None:
    _, run = tools
    settings = _settings(run)
    worker = FakeWorker(run.Verdict(None, timed_out=True))

    killed, how, timed_out = run._judge(worker, _mutant(run, 10), "g", settings)

    assert (killed, timed_out) == (True, True)
    assert how == "2 covering tests"
    assert worker.calls == [(["tests/a.py::fast", "tests/a.py::slow"], 210.0, 200.0)]


def test_a_failing_test_kills_without_timeout_and_a_survivor_is_judged_by_its_whole_group(
    tools: tuple[ModuleType, ModuleType],
) -> None:
    _, run = tools
    settings = _settings(run)
    assert run._judge(FakeWorker(run.Verdict(1)), _mutant(run, 10), "g", settings)[::2] == (True, False)
    # No test ran line 20: the whole group judges it, within the whole group's limits.
    worker = FakeWorker(run.Verdict(None, timed_out=True))
    assert run._judge(worker, _mutant(run, 20), "g", settings)[::2] == (True, True)
    assert worker.calls == [(["tests/a.py", "tests/b.py"], 710.0, 500.0)]


def test_the_report_counts_and_lists_the_mutants_killed_only_by_timeout(
    tools: tuple[ModuleType, ModuleType], tmp_path: Path
) -> None:
    _, run = tools
    store = tmp_path / "report.json"
    outcomes = {MODULE: {"a": True, "b": True, "c": False}}
    run._store(store, 6, 17, outcomes, {}, {MODULE: {"b"}})
    # Re-judging "b" (killed by a failing test now) takes it off the list; "a" stands.
    kept = run._store(store, 6, 17, {MODULE: {"b": True}}, {}, {MODULE: set()}, partial=True)
    assert kept["timeouts"] == {MODULE: []}
    kept = run._store(store, 6, 17, {MODULE: {"a": True}}, {}, {MODULE: {"a"}}, partial=True)

    lines = run._report(kept, {}, 6, 17)

    assert f"| {MODULE} | 3 | 2 | 1 | 0 | 1 | 67% | - | - |" in lines
    assert lines[lines.index("## Killed only by timeout") + 2] == "- `a`"


def test_an_interrupted_pool_stops_its_items_and_waits_for_every_thread(
    tools: tuple[ModuleType, ModuleType],
) -> None:
    _, run = tools
    stopped = threading.Event()
    finished: list[object] = []
    started: list[object] = []

    both = threading.Barrier(2)

    def handle(copy: Path, item: object) -> None:
        started.append(item)
        both.wait(60)  # each thread holds an item when the interruption comes
        if item == "interrupts":
            _thread.interrupt_main()  # as Ctrl-C would, while the main thread waits
        assert stopped.wait(60), "interrupted() was not called"
        time.sleep(0.2)  # still working after the stop: the pool must wait for this
        finished.append(item)

    with pytest.raises(KeyboardInterrupt):
        run._pool(2, [Path("a"), Path("b")], ["interrupts", "other", "never"], handle, stopped.set)
    assert sorted(map(str, finished)) == ["interrupts", "other"]
    assert "never" not in started  # nothing is started after the interruption


def test_stopping_kills_the_pytest_runs_under_way(
    tools: tuple[ModuleType, ModuleType], tmp_path: Path
) -> None:
    _, run = tools
    (tmp_path / "test_forever.py").write_text(
        "import time\n\ndef test_forever():\n    time.sleep(10**6)\n", encoding="utf-8"
    )
    outcome: list[BaseException | tuple[int | None, str]] = []

    def baseline() -> None:
        try:
            outcome.append(run._pytest(tmp_path, ["test_forever.py"], 10**6, 10**6, run._environment()))
        except BaseException as error:  # noqa: BLE001 - the test looks at what it was
            outcome.append(error)

    thread = threading.Thread(target=baseline)
    thread.start()
    try:
        while not run._RUNNING:
            assert thread.is_alive()
            time.sleep(0.05)
        (pid,) = run._RUNNING
        run.stop_pytest_runs()
        thread.join(60)
        assert not thread.is_alive() and isinstance(outcome[0], run.StoppedError)
        assert _gone(pid) and not run._RUNNING
        # Nothing new starts once stopped.
        with pytest.raises(run.StoppedError):
            run._pytest(tmp_path, ["test_forever.py"], 10**6, 10**6, run._environment())
    finally:
        run.stop_pytest_runs()
        thread.join(60)
        run._STOPPING.clear()
