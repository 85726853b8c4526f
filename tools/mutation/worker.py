"""A fork server for `make mutation`: pays pytest's start-up once per copy, not once per mutant.

Started by run.py with the copy of the repository as its working directory. It imports what
every test run needs from outside the project (pytest, its plugins, pydantic, httpx, hypothesis,
...) by importing the test files once, then forgets every module loaded from the copy. For each
request, one JSON line ``{"args": [...], "timeout": seconds}`` on stdin, it forks; the child
imports the project afresh from disk (the mutant as written there) and runs ``pytest.main(args)``;
the reply is one JSON line ``{"status": exit status or null when the run's limit ran out,
"timed_out": true when a limit killed it}`` (the run's limit, or pytest-timeout's limit for a
test when that is all that failed).

The limits hold whatever the child does: it runs in a process group of its own, and when its
time is up that group and every process descended from the child (also one that started a
session of its own, such as a server) are stopped, then killed. After every run, whatever the
run left behind is killed too: the server adopts orphaned descendants (a child subreaper, on
Linux), so a process that outlived its parent is still found.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.metadata
import json
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

COPY = Path.cwd().resolve()
SUMMARY = ".mutation-run.json"
"""What the child writes in the copy: how many tests failed, and how many of them by pytest-timeout."""
_PYTEST_TIMEOUT = "from pytest-timeout"


def _from_copy(module: object) -> bool:
    file = getattr(module, "__file__", None)
    try:
        paths = list(getattr(module, "__path__", []) or [])
    except (KeyError, TypeError):
        paths = []
    return any(where and Path(where).resolve().is_relative_to(COPY) for where in [file, *paths])


def _forget_project() -> None:
    doomed = [name for name, module in list(sys.modules.items()) if module is not None and _from_copy(module)]
    for name in doomed:
        del sys.modules[name]


def _preload(test_files: list[str]) -> None:
    for entry in importlib.metadata.entry_points(group="pytest11"):
        # A plugin that fails here fails in the child, visibly.
        with contextlib.suppress(Exception):
            entry.load()
    for test_file in test_files:
        name = test_file.removesuffix(".py").replace("/", ".")
        with contextlib.suppress(Exception):  # only a warm-up
            importlib.import_module(name)
    _forget_project()


# -- limits --------------------------------------------------------------------------------


def descendants(pid: int) -> list[int]:
    """Every living process descended from ``pid`` (Linux /proc; none found elsewhere)."""
    children: dict[int, list[int]] = {}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return []
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            stat = Path("/proc", entry, "stat").read_text()
        except OSError:
            continue
        # "pid (command) state ppid ...": the command may hold spaces and parentheses.
        fields = stat[stat.rindex(")") + 2 :].split()
        if fields[0] != "Z":
            children.setdefault(int(fields[1]), []).append(int(entry))
    found: list[int] = []
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _signal(pids: list[int], group: int, signum: int) -> None:
    with contextlib.suppress(OSError):
        os.killpg(group, signum)
    for pid in pids:
        with contextlib.suppress(OSError):
            os.kill(pid, signum)


def kill_tree(pid: int) -> None:
    """SIGKILL ``pid``, its process group and all its descendants, wherever they moved to.

    Everything is stopped first (until no new process appears), so nothing forks past the kill.
    """
    found = descendants(pid)
    for _ in range(20):
        _signal([pid, *found], pid, signal.SIGSTOP)
        again = descendants(pid)
        if set(again) <= set(found):
            break
        found = sorted(set(found) | set(again))
    _signal([pid, *found], pid, signal.SIGKILL)


def run_limited(
    child: Callable[[], int],
    limit: float,
    *,
    clock: Callable[[], float] = time.monotonic,
    pause: Callable[[float], None] = time.sleep,
) -> int | None:
    """Run ``child()`` in a forked process (a process group of its own); its exit status.

    None when ``limit`` seconds (by ``clock``) ran out first: then the child, its group and its
    descendants are killed. Processes the child leaves behind in its group are killed either way.
    """
    pid = os.fork()
    if pid == 0:
        status = 3  # pytest's "internal error", if the child fails before pytest answers
        try:
            os.setpgid(0, 0)
            status = child()
        finally:
            os._exit(status)
    # Also set from this side: the group exists before any kill, however late the child runs.
    with contextlib.suppress(OSError):
        os.setpgid(pid, pid)
    deadline = clock() + limit
    timed_out = False
    while os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None:
        if clock() >= deadline:
            timed_out = True
            kill_tree(pid)
            break
        pause(0.05)
    # Stragglers in the group (a server a test forgot): the child is not reaped yet, so the
    # group id is still the child's own.
    with contextlib.suppress(OSError):
        os.killpg(pid, signal.SIGKILL)
    _, code = os.waitpid(pid, 0)
    return None if timed_out else os.waitstatus_to_exitcode(code)


def _adopt_orphans() -> None:
    """Become the parent of orphaned descendants (Linux), so that `_sweep` finds them."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


def _sweep() -> None:
    """Kill and reap what the last run left behind: every process descended from this server."""
    for pid in descendants(os.getpid()):
        kill_tree(pid)
    with contextlib.suppress(ChildProcessError):
        while os.waitpid(-1, os.WNOHANG)[0]:
            pass


# -- one pytest run ------------------------------------------------------------------------


class _Failures:
    """A pytest plugin: counts the failed tests, and those failed by pytest-timeout."""

    def __init__(self, out: Path) -> None:
        self._out = out
        self.failed = 0
        self.timed_out = 0

    def pytest_runtest_logreport(self, report: Any) -> None:
        if report.failed:
            self.failed += 1
            self.timed_out += _PYTEST_TIMEOUT in report.longreprtext
            self._write()

    def pytest_collectreport(self, report: Any) -> None:
        if report.failed:
            self.failed += 1
            self._write()

    def _write(self) -> None:
        self._out.write_text(json.dumps({"failed": self.failed, "timed_out": self.timed_out}))


def _pytest_child(args: list[str], summary: Path) -> Callable[[], int]:
    def child() -> int:
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        import pytest

        return int(pytest.main(args, plugins=[_Failures(summary)]))

    return child


def judge(args: list[str], limit: float) -> dict[str, object]:
    """One pytest run in a child, within ``limit`` seconds: the reply for run.py."""
    summary = COPY / SUMMARY
    summary.unlink(missing_ok=True)
    status = run_limited(_pytest_child(args, summary), limit)
    _sweep()
    failures = json.loads(summary.read_text()) if summary.exists() else {"failed": 0, "timed_out": 0}
    summary.unlink(missing_ok=True)
    by_test_limit = status == 1 and failures["failed"] > 0 and failures["timed_out"] == failures["failed"]
    return {"status": status, "timed_out": status is None or by_test_limit}


def main() -> None:
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(COPY))
    signal.signal(signal.SIGINT, signal.default_int_handler)
    _adopt_orphans()
    _preload(sys.argv[1:])
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        print(json.dumps(judge(request["args"], float(request["timeout"]))), flush=True)


if __name__ == "__main__":
    main()
