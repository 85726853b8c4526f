"""A pytest plugin for `make mutation`: which test runs which line of the modules in scope.

Loaded with ``-p trace_plugin`` (tools/mutation on PYTHONPATH) on the unmutated copy, once per
test group. ``MUTATION_TRACE_ROOTS`` names the files recorded (the modules in scope; an entry
ending in a separator is a whole directory), separated by ``os.pathsep``;
``MUTATION_TRACE_OUT`` is the JSON file written at the end:
``{"tests": [[nodeid, seconds], ...], "lines": {path: {line: [test index, ...]}}}``.

Only code run in the pytest process (its threads included) is seen; a line run only by a child
process counts as uncovered, and run.py then judges the mutant by the whole test group.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Generator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

_ROOTS = [p for p in os.environ.get("MUTATION_TRACE_ROOTS", "").split(os.pathsep) if p]
# An entry ending in a separator is a directory (every file under it); any other, one file.
_DIRS = tuple(p for p in _ROOTS if p.endswith(os.sep))
_FILES = frozenset(p for p in _ROOTS if not p.endswith(os.sep))
_targets: dict[str, bool] = {}
_current: set[tuple[str, int]] = set()
_lines: dict[tuple[str, int], set[int]] = {}
_tests: dict[str, float] = {}
_order: dict[str, int] = {}


def _local(frame: FrameType, event: str, arg: Any) -> Any:
    if event == "line":
        _current.add((frame.f_code.co_filename, frame.f_lineno))
    return _local


def _global(frame: FrameType, event: str, arg: Any) -> Any:
    filename = frame.f_code.co_filename
    target = _targets.get(filename)
    if target is None:
        target = _targets[filename] = filename in _FILES or filename.startswith(_DIRS)
    if not target:
        return None
    _current.add((filename, frame.f_lineno))
    return _local


def pytest_configure(config: pytest.Config) -> None:
    if _ROOTS:
        threading.settrace(_global)
        sys.settrace(_global)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, None, None]:
    index = _order.setdefault(item.nodeid, len(_order))
    _current.clear()
    yield
    for where in _current:
        _lines.setdefault(where, set()).add(index)
    _current.clear()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _tests[report.nodeid] = _tests.get(report.nodeid, 0.0) + report.duration


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    sys.settrace(None)
    threading.settrace(None)
    out = os.environ.get("MUTATION_TRACE_OUT")
    if not out:
        return
    lines: dict[str, dict[int, list[int]]] = {}
    for (filename, line), tests in _lines.items():
        lines.setdefault(filename, {})[line] = sorted(tests)
    timings = [[t, _tests.get(t, 0.0)] for t in _order]
    Path(out).write_text(json.dumps({"tests": timings, "lines": lines, "exitstatus": int(exitstatus)}))
