"""A fork server for `make mutation`: pays pytest's start-up once per copy, not once per mutant.

Started by run.py with the copy of the repository as its working directory. It imports what
every test run needs from outside the project (pytest, its plugins, pydantic, httpx, hypothesis,
...) by importing the test files once, then forgets every module loaded from the copy. For each
request, one JSON line ``{"args": [...], "timeout": seconds}`` on stdin, it forks; the child
imports the project afresh from disk (the mutant as written there) and runs ``pytest.main(args)``;
the reply is one JSON line ``{"status": exit status or null when it timed out}``.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import json
import os
import signal
import sys
import time
from pathlib import Path

COPY = Path.cwd().resolve()


def _from_copy(module: object) -> bool:
    file = getattr(module, "__file__", None)
    try:
        paths = list(getattr(module, "__path__", []) or [])
    except (KeyError, TypeError):
        paths = []
    for where in [file, *paths]:
        if where and Path(where).resolve().is_relative_to(COPY):
            return True
    return False


def _forget_project() -> None:
    doomed = [name for name, module in list(sys.modules.items()) if module is not None and _from_copy(module)]
    for name in doomed:
        del sys.modules[name]


def _preload(test_files: list[str]) -> None:
    for entry in importlib.metadata.entry_points(group="pytest11"):
        try:
            entry.load()
        except Exception:  # noqa: BLE001 - a plugin that fails here fails in the child, visibly
            pass
    for test_file in test_files:
        name = test_file.removesuffix(".py").replace("/", ".")
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - only a warm-up
            pass
    _forget_project()


def _run(args: list[str], timeout: float) -> int | None:
    pid = os.fork()
    if pid == 0:
        os.setpgid(0, 0)
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        status = 3
        try:
            import pytest

            status = int(pytest.main(args))
        finally:
            os._exit(status)
    deadline = time.monotonic() + timeout
    while True:
        done, code = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(code)
        if time.monotonic() > deadline:
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(pid, 0)
            return None
        time.sleep(0.05)


def main() -> None:
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(COPY))
    signal.signal(signal.SIGINT, signal.default_int_handler)
    _preload(sys.argv[1:])
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        status = _run(request["args"], float(request["timeout"]))
        print(json.dumps({"status": status}), flush=True)


if __name__ == "__main__":
    main()
