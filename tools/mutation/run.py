"""`make mutation`: run a seeded sample of mutants per module against the tests that run its lines.

Usage: .venv/bin/python tools/mutation/run.py [--module PATH ...] [--sample N] [--seed S]
       [--jobs N] [--mutant KEY-PREFIX ...] [--report tools/mutation/report.md] [--list]

Each worker makes one temporary copy of the repository (outside the working tree) and keeps it
for the whole run. First each test group runs once unmutated in a copy with a line tracer
(trace_plugin.py): that is the baseline (it must pass, and its time is reported) and it tells
which tests run which line of each module. Then each mutant is written into a copy (and into
its ``generated/sixmm`` copy for runtime modules), judged by only the tests that ran its
lines, fastest first, ``-x``, and the original text is written back. A mutant whose lines no
test ran in-process, or whose result the selection cannot give, is judged by the whole group;
a survivor of the selection is also run against the group's files that run the code in child
processes (``spawning`` in config.toml), which the tracer does not see. A mutant is killed when
the tests fail or time out. Survivors listed in ``equivalent.toml`` (with a reason) are not
counted against the score.

Limits are relative to the baseline: a run may take ``timeout_factor`` times the traced seconds
of the tests it runs (at least ``timeout_floor``), one test ``timeout_factor`` times the slowest
of them (at least ``test_timeout_floor``). A run past its limit is killed with every process it
started (worker.py) and its mutant counts as killed by timeout, reported apart.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import fnmatch
import hashlib
import json
import os
import queue
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, cast

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mutants import Mutant, all_mutants, sample
from worker import kill_tree

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "tools" / "mutation"
CACHE = HERE / ".cache"
RUNTIME = "generator/runtime/"
GENERATED_RUNTIME = "generated/sixmm/"
_COPY_IGNORE = shutil.ignore_patterns(
    ".git", ".mypy_cache", ".ruff_cache", ".pytest_cache", "__pycache__", ".bench", ".cache"
)
# What the traced baseline depends on: a change here makes the cached line map stale.
_FINGERPRINTED = ("generator", "generated", "templates", "spec", "extras", "tests")


@dataclass
class Outcome:
    mutant: Mutant
    killed: bool
    seconds: float
    how: str
    timed_out: bool = False


@dataclass
class Trace:
    """A group's unmutated run: its tests (with seconds) and which tests ran each module line."""

    tests: list[tuple[str, float]]
    lines: dict[str, dict[int, list[int]]]
    seconds: float
    passed: bool
    cached: bool = False

    def covering(self, mutant: Mutant) -> list[str]:
        """The tests that ran any line of the mutant's span, fastest first."""
        by_line = self.lines.get(mutant.module, {})
        found: set[int] = set()
        for line in range(mutant.line, max(mutant.line, mutant.end_line) + 1):
            found.update(by_line.get(line, ()))
        return [self.tests[i][0] for i in sorted(found, key=lambda i: (self.tests[i][1], i))]


@dataclass
class Settings:
    groups: dict[str, list[str]]
    spawning: set[str]
    timeout_floor: float
    test_timeout_floor: float
    timeout_factor: float
    equivalents: dict[str, str]
    baseline_timeout: float = 3600.0
    baseline_test_timeout: float = 600.0
    traces: dict[str, Trace] = field(default_factory=dict)
    only: list[str] = field(default_factory=list)

    def limits(self, group: str, args: list[str]) -> tuple[float, float]:
        """Seconds for a run of ``args`` (files or test ids) of ``group``, and for one test in it.

        ``timeout_factor`` times the traced baseline of those tests (the whole run; the slowest
        one), never below the floors: a loaded machine slows a run, it does not kill its mutant.
        """
        trace = self.traces.get(group)
        times = [
            seconds
            for test, seconds in (trace.tests if trace is not None else [])
            if any(test == arg or test.startswith(arg + "::") for arg in args)
        ]
        run = max(self.timeout_floor, self.timeout_factor * sum(times))
        test = max(self.test_timeout_floor, self.timeout_factor * max(times, default=0.0))
        return run, test


def _settings(config: dict[str, object], only: list[str]) -> Settings:
    spawning = config.get("spawning", {})
    assert isinstance(spawning, dict)
    return Settings(
        groups=config["tests"],  # type: ignore[arg-type]
        spawning=set(spawning.get("tests", [])),
        timeout_floor=float(config["timeout_floor"]),  # type: ignore[arg-type]
        test_timeout_floor=float(config["test_timeout_floor"]),  # type: ignore[arg-type]
        timeout_factor=float(config["timeout_factor"]),  # type: ignore[arg-type]
        baseline_timeout=float(config.get("baseline_timeout", 3600)),  # type: ignore[arg-type]
        baseline_test_timeout=float(config.get("baseline_test_timeout", 600)),  # type: ignore[arg-type]
        equivalents=_load_equivalents(),
        only=only,
    )


def _modules(config: dict[str, object]) -> list[tuple[str, str]]:
    table = config["modules"]
    assert isinstance(table, dict)
    found: dict[str, str] = {}
    for pattern, group in table.items():
        for path in sorted(ROOT.glob(pattern)):
            rel = path.relative_to(ROOT).as_posix()
            if path.name == "__init__.py" and path.stat().st_size < 2000:
                continue  # re-exports only
            found.setdefault(rel, group)
    return sorted(found.items())


def _generated_copy(module: str) -> str | None:
    if module.startswith(RUNTIME):
        return GENERATED_RUNTIME + module.removeprefix(RUNTIME)
    return None


def _header(text: str) -> str:
    """The generated copy's header: the comment lines among its first three."""
    return "".join(line for line in text.splitlines(keepends=True)[:3] if line.startswith("#"))


def _write_mutant(copy: Path, module: str, source: str, originals: dict[str, str]) -> None:
    (copy / module).write_text(source)
    generated = _generated_copy(module)
    if generated is not None and generated in originals:
        (copy / generated).write_text(_header(originals[generated]) + source)


def _restore(copy: Path, module: str, originals: dict[str, str]) -> None:
    for path in (module, _generated_copy(module)):
        if path is not None and path in originals:
            (copy / path).write_text(originals[path])


PYTHON = str(ROOT / ".venv" / "bin" / "python")


def _pytest_args(args: list[str], test_timeout: float) -> list[str]:
    return ["-x", "-q", "-p", "no:cacheprovider", "-o", "addopts=", f"--timeout={test_timeout:g}", *args]


def _environment() -> dict[str, str]:
    # No bytecode caches in the copies: a mutant of the same size written within the same second
    # as the original could otherwise be run from the original's cached bytecode, or the reverse.
    return {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}


_GRACE = 120.0
"""Seconds the fork server may take beyond a run's limit to answer (killing, reaping) before it
is itself taken for hung, killed with all its processes and restarted."""


class StoppedError(Exception):
    """The driver was interrupted: the run under way was killed and has no verdict."""


_STOPPING = threading.Event()
_RUNNING: set[int] = set()
"""Pids of the pytest runs `_pytest` has under way (each leads a session of its own, so an
interruption of the driver does not reach them: `stop_pytest_runs` kills them)."""
_RUNNING_LOCK = threading.Lock()


def stop_pytest_runs() -> None:
    """Kill every `_pytest` run under way with all its processes; none is started any more."""
    _STOPPING.set()
    with _RUNNING_LOCK:
        pids = list(_RUNNING)
    for pid in pids:
        kill_tree(pid)


@dataclass
class Verdict:
    """One pytest run: its exit status (None when killed at its limit), and whether a limit killed it."""

    status: int | None
    timed_out: bool = False


class Worker:
    """The fork server (worker.py) of one copy: runs pytest there without paying its start-up."""

    def __init__(self, copy: Path, warm_up: list[str]) -> None:
        self._copy = copy
        self._warm_up = warm_up
        self._stopped = threading.Event()
        self._process = self._start()

    def _start(self) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [PYTHON, str(HERE / "worker.py"), *self._warm_up],
            cwd=self._copy,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=_environment(),
            start_new_session=True,
        )
        assert process.stdout is not None
        process.stdout.readline()  # {"ready": true}
        return process

    def run(self, args: list[str], timeout: float, test_timeout: float) -> Verdict:
        """One pytest run of ``args`` in a child of the fork server, within the limits."""
        assert self._process.stdin is not None and self._process.stdout is not None
        if self._stopped.is_set():
            raise StoppedError
        request = {"args": _pytest_args(args, test_timeout), "timeout": timeout}
        try:
            self._process.stdin.write(json.dumps(request) + "\n")
            self._process.stdin.flush()
        except OSError:
            if self._stopped.is_set():
                raise StoppedError from None
            raise
        ready, _, _ = select.select([self._process.stdout], [], [], timeout + _GRACE)
        line = self._process.stdout.readline() if ready else ""
        if self._stopped.is_set():
            raise StoppedError
        if not line:  # hung or gone: the limit still holds
            kill_tree(self._process.pid)
            self._process.wait()
            self._process = self._start()
            return Verdict(None, timed_out=True)
        reply = json.loads(line)
        return Verdict(reply["status"], bool(reply.get("timed_out")))

    def kill(self) -> None:
        """Stop the fork server and the run under way at once (the driver was interrupted)."""
        self._stopped.set()
        kill_tree(self._process.pid)

    def close(self) -> None:
        assert self._process.stdin is not None
        with contextlib.suppress(OSError):
            self._process.stdin.close()
        self._process.wait()


def _pytest(
    copy: Path, args: list[str], timeout: float, test_timeout: float, env: dict[str, str]
) -> tuple[int | None, str]:
    """pytest's exit status in ``copy`` in a new process (None when killed at ``timeout``), and its output.

    The output goes to a file, not a pipe: a process the run left behind cannot hold the driver.
    """
    command = [PYTHON, "-m", "pytest", *_pytest_args(args, test_timeout)]
    with tempfile.TemporaryFile("w+") as output:
        with _RUNNING_LOCK:
            if _STOPPING.is_set():
                raise StoppedError
            process = subprocess.Popen(
                command, cwd=copy, stdout=output, stderr=subprocess.STDOUT, env=env, start_new_session=True
            )
            _RUNNING.add(process.pid)
        deadline = time.monotonic() + timeout
        timed_out = False
        # Not reaped while we look (WNOWAIT): its pid and group id stay its own until killed.
        while os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None:
            if time.monotonic() >= deadline:
                timed_out = True
                kill_tree(process.pid)
                break
            time.sleep(0.2)
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)  # what the run left in its group
        with _RUNNING_LOCK:  # before the reaping: a pid in _RUNNING is never someone else's
            _RUNNING.discard(process.pid)
        status = process.wait()
        if _STOPPING.is_set():
            raise StoppedError
        output.seek(0)
        return (None if timed_out else status), output.read()


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for top in _FINGERPRINTED:
        for path in sorted((ROOT / top).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and ".cache" not in path.parts:
                digest.update(path.relative_to(ROOT).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _module_of(copy: Path, filename: str, headers: dict[str, int]) -> tuple[str, int] | None:
    """The in-scope module path for a traced file, and the line offset back to its source."""
    try:
        rel = Path(filename).resolve().relative_to(copy.resolve()).as_posix()
    except ValueError:
        return None
    if rel.startswith(GENERATED_RUNTIME):
        module = RUNTIME + rel.removeprefix(GENERATED_RUNTIME)
        if module not in headers:
            text = (copy / rel).read_text()
            headers[module] = len(_header(text).splitlines())
        return module, headers[module]
    return rel, 0


def _trace(
    copy: Path, group: str, tests: list[str], modules: list[str], settings: Settings, fingerprint: str
) -> Trace:
    """Run ``group`` unmutated with the line tracer (or load the run cached for this source)."""
    key = hashlib.sha256(f"{fingerprint} {tests} {modules}".encode()).hexdigest()[:16]
    cached = CACHE / f"trace-{group}-{key}.json"
    if cached.exists():
        data = json.loads(cached.read_text())
        return Trace(
            [(t, s) for t, s in data["tests"]],
            {m: {int(k): v for k, v in lines.items()} for m, lines in data["lines"].items()},
            data["seconds"],
            data["passed"],
            cached=True,
        )
    out = copy / f".trace-{group}.json"
    env = _environment()
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE), env.get("PYTHONPATH", "")]))
    env["MUTATION_TRACE_OUT"] = str(out)
    # Only the modules in scope are traced line by line: tracing the whole generator would
    # multiply the time of the tests that generate a package.
    env["MUTATION_TRACE_ROOTS"] = os.pathsep.join(
        str(copy / path) for module in modules for path in (module, _generated_copy(module)) if path
    )
    started = time.monotonic()
    status, output = _pytest(
        copy, ["-p", "trace_plugin", *tests], settings.baseline_timeout, settings.baseline_test_timeout, env
    )
    seconds = time.monotonic() - started
    if status != 0:
        tail = "\n".join(output.splitlines()[-30:])
        print(f"baseline {group} failed (status {status}):\n{tail}", file=sys.stderr, flush=True)
    data = json.loads(out.read_text()) if out.exists() else {"tests": [], "lines": {}}
    out.unlink(missing_ok=True)
    headers: dict[str, int] = {}
    lines: dict[str, dict[int, list[int]]] = {}
    for filename, by_line in data["lines"].items():
        where = _module_of(copy, filename, headers)
        if where is None:
            continue
        module, offset = where
        target = lines.setdefault(module, {})
        for line, indices in by_line.items():
            merged = set(target.get(int(line) - offset, ())) | set(indices)
            target[int(line) - offset] = sorted(merged)
    trace = Trace([(t, s) for t, s in data["tests"]], lines, seconds, status == 0)
    if trace.passed:
        CACHE.mkdir(exist_ok=True)
        payload = {"tests": trace.tests, "lines": trace.lines, "seconds": seconds, "passed": True}
        cached.write_text(json.dumps(payload))
    return trace


def _killed(status: int | None) -> bool | None:
    """Killed, survived, or None when pytest could not judge (bad test ids, nothing collected)."""
    if status is None or status in (1, 2, 3) or status < 0:  # timeout, failures, collection error, crash
        return True
    if status == 0:
        return False
    return None


class Runner(Protocol):
    """What `_judge` needs of a worker (a test gives a fake)."""

    def run(self, args: list[str], timeout: float, test_timeout: float) -> Verdict: ...


def _judge(worker: Runner, mutant: Mutant, group: str, settings: Settings) -> tuple[bool, str, bool]:
    """Killed or not, how it was judged, and whether only a limit running out killed it."""
    timed_out = False

    def run(args: list[str]) -> bool | None:
        nonlocal timed_out
        verdict = worker.run(args, *settings.limits(group, args))
        killed = _killed(verdict.status)
        timed_out = bool(killed) and verdict.timed_out
        return killed

    if settings.only:
        return bool(run(settings.only)), f"only {len(settings.only)} given tests", timed_out
    files = settings.groups[group]
    selected = settings.traces[group].covering(mutant)
    if selected:
        verdict = run(selected)
        if verdict:
            return True, f"{len(selected)} covering tests", timed_out
        if verdict is False:
            spawning = sorted(s for s in settings.spawning if s.split("::")[0] in files)
            if not spawning:
                return False, f"{len(selected)} covering tests", False
            verdict = run(spawning)
            if verdict is not None:
                return verdict, f"{len(selected)} covering tests + {len(spawning)} spawning files", timed_out
    verdict = run(files)
    how = "whole group" + ("" if selected else " (no test ran its lines in-process)")
    return bool(verdict), how, timed_out


def _load_equivalents() -> dict[str, str]:
    path = HERE / "equivalent.toml"
    if not path.exists():
        return {}
    data = tomllib.loads(path.read_text())
    return {entry["mutant"]: entry["reason"] for entry in data.get("equivalent", [])}


def _pool(
    jobs: int,
    copies: list[Path],
    items: list[object],
    handle: Callable[[Path, object], None],
    interrupted: Callable[[], None] = lambda: None,
) -> None:
    """Run ``handle(copy, item)`` for every item on ``jobs`` threads, each with its own copy.

    Interrupted (Ctrl-C, SIGTERM): no item is started any more, ``interrupted()`` stops the ones
    under way, and the interruption goes on once the threads have ended.
    """
    work: queue.Queue[object] = queue.Queue()
    for item in items:
        work.put(item)

    def worker(copy: Path, finished: threading.Event) -> None:
        try:
            while True:
                try:
                    item = work.get_nowait()
                except queue.Empty:
                    return
                try:
                    handle(copy, item)
                except StoppedError:
                    return
        finally:
            finished.set()

    done = [threading.Event() for _ in copies[:jobs]]
    threads = [
        threading.Thread(target=worker, args=(copy, finished))
        for copy, finished in zip(copies[:jobs], done, strict=True)
    ]
    # Waited for by their events, not thread.join(): once a join was interrupted, Python 3.11
    # takes the thread for ended and a second join returns at once, the thread still running.
    try:
        for thread in threads:
            thread.start()
        for finished in done:
            # In slices: a signal handled by another thread does not wake a blocked wait, and
            # the main thread runs Python's signal handlers only when it wakes.
            while not finished.wait(0.5):
                pass
    except BaseException:
        with contextlib.suppress(queue.Empty):
            while True:
                work.get_nowait()
        interrupted()
        for thread, finished in zip(threads, done, strict=True):
            # A thread not yet running when the queue was emptied finds nothing to do.
            if thread.is_alive():
                finished.wait()
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--module", action="append", default=[], help="only these modules (paths or globs)")
    parser.add_argument("--sample", type=int)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--report", type=Path, help="write the per-module report here")
    parser.add_argument("--mutant", action="append", default=[], help="only mutants whose key starts so")
    parser.add_argument("--jobs", type=int, default=1, help="workers, each with its own copy")
    parser.add_argument("--report-only", action="store_true", help="rewrite the report from report.json")
    parser.add_argument("--list", action="store_true", help="print the sampled mutants, run nothing")
    parser.add_argument(
        "--tests",
        action="append",
        default=[],
        help="judge by these tests only, untraced (to confirm that a new test kills given mutants)",
    )
    parser.add_argument(
        "--import-log", action="append", type=Path, default=[], help="outcomes printed by an interrupted run"
    )
    args = parser.parse_args(argv)

    config = tomllib.loads((HERE / "config.toml").read_text())
    size = args.sample if args.sample is not None else int(config["sample"])
    seed = args.seed if args.seed is not None else int(config["seed"])
    settings = _settings(config, args.tests)
    modules = [
        (m, g)
        for m, g in _modules(config)
        if not args.module or any(fnmatch.fnmatch(m, p) for p in args.module)
    ]
    plan: list[tuple[str, str, Mutant]] = []
    for module, group in [] if args.report_only else modules:
        chosen = sample(all_mutants(module, (ROOT / module).read_text()), size, seed)
        if args.mutant:
            chosen = [m for m in chosen if any(m.key.startswith(k) for k in args.mutant)]
        plan += [(module, group, m) for m in chosen]
    if args.list:
        for _, _, mutant in plan:
            print(mutant.key)
        return 0
    store = args.report.with_suffix(".json") if args.report is not None else None
    if args.import_log and store is not None:
        imported: dict[str, dict[str, bool]] = {}
        imported_timeouts: dict[str, set[str]] = {}
        for log in args.import_log:
            for line in log.read_text().splitlines():
                mark, _, rest = line.partition(" ")
                if mark in ("killed", "SURVIVED", "equiv"):
                    key = rest.strip().split("  ")[0]
                    module = key.split(":", 1)[0]
                    imported.setdefault(module, {})[key] = mark == "killed"
                    if mark == "killed" and rest.rstrip().endswith(", by timeout]"):
                        imported_timeouts.setdefault(module, set()).add(key)
        _store(store, size, seed, imported, {}, imported_timeouts, partial=True)
    if not plan:
        if store is not None and args.report is not None:
            kept = _store(store, size, seed, {}, {}, {})
            args.report.write_text("\n".join(_report(kept, settings.equivalents, size, seed)) + "\n")
        return 0

    # A background job starts with SIGINT ignored, and its children inherit that; the CLI tests
    # interrupt their subprocesses, so the tests must start with the default disposition.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    # Terminated like interrupted: the fork servers run in sessions of their own, so the driver
    # stops them (and every run under way) itself.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    started_at = datetime.datetime.now(datetime.UTC)
    started = time.monotonic()
    fingerprint = _fingerprint()
    lock = threading.Lock()
    # A run killed when interrupted may leave files behind in its copy while they are removed.
    with tempfile.TemporaryDirectory(prefix="sixmm-mutation-", ignore_cleanup_errors=True) as tmp:
        copies = []
        for index in range(max(1, args.jobs)):
            copy = Path(tmp) / f"repo{index}"
            shutil.copytree(ROOT, copy, symlinks=True, ignore=_COPY_IGNORE)
            copies.append(copy.resolve())

        in_scope = [m for m, _ in _modules(config)]

        def trace(copy: Path, item: object) -> None:
            assert isinstance(item, str)
            result = _trace(copy, item, settings.groups[item], in_scope, settings, fingerprint)
            with lock:
                settings.traces[item] = result
                note = "cached" if result.cached else f"{result.seconds:.0f} s traced"
                print(
                    f"baseline {item}: {len(result.tests)} tests, {note}, passed={result.passed}", flush=True
                )

        groups: list[object] = [] if args.tests else [*sorted({group for _, group, _ in plan})]
        _pool(args.jobs, copies, groups, trace, stop_pytest_runs)
        broken = sorted(g for g, t in settings.traces.items() if not t.passed)
        if broken:
            print(f"the unmutated tests fail ({', '.join(broken)}): nothing to measure", file=sys.stderr)
            return 1

        outcomes: dict[str, list[Outcome]] = {}
        warm_up = sorted({f.split("::")[0] for _, g, _ in plan for f in args.tests or settings.groups[g]})
        workers = {copy: Worker(copy, warm_up) for copy in copies}

        def judge(copy: Path, item: object) -> None:
            module, group, mutant = cast("tuple[str, str, Mutant]", item)
            originals = {
                p: (copy / p).read_text()
                for p in (module, _generated_copy(module))
                if p and (copy / p).exists()
            }
            begun = time.monotonic()
            _write_mutant(copy, module, mutant.source, originals)
            try:
                killed, how, timed_out = _judge(workers[copy], mutant, group, settings)
            finally:
                _restore(copy, module, originals)
            if timed_out:
                how += ", by timeout"
            outcome = Outcome(mutant, killed, time.monotonic() - begun, how, timed_out)
            mark = "killed " if killed else ("equiv  " if mutant.key in settings.equivalents else "SURVIVED")
            with lock:
                outcomes.setdefault(module, []).append(outcome)
                print(f"{mark} {mutant.key}  [{outcome.seconds:.1f} s, {how}]", flush=True)

        def stop() -> None:
            stop_pytest_runs()
            for worker in workers.values():
                worker.kill()

        try:
            _pool(args.jobs, copies, list(plan), judge, stop)
        finally:
            for worker in workers.values():
                worker.close()

    duration = time.monotonic() - started
    timings: dict[str, dict[str, object]] = {
        module: {
            "baseline": settings.traces[group].seconds,
            "baseline_tests": len(settings.traces[group].tests),
            "mutants": sum(o.seconds for o in outcomes.get(module, [])),
            # Each mutant's own seconds: what estimating a larger sample starts from.
            "per_mutant": {o.mutant.key: round(o.seconds, 1) for o in outcomes.get(module, [])},
        }
        for module, group in modules
        if group in settings.traces
    }
    update = {m: {o.mutant.key: o.killed for o in found} for m, found in outcomes.items()}
    timeouts = {m: {o.mutant.key for o in found if o.timed_out} for m, found in outcomes.items()}
    partial = bool(args.mutant or args.tests)
    if partial:
        timings = {}  # a few mutants re-judged: the module's measured times stand
    results = (
        _store(store, size, seed, update, timings, timeouts, partial)
        if store is not None
        else {
            "modules": update,
            "timings": timings,
            "runs": [],
            "timeouts": {m: sorted(t) for m, t in timeouts.items()},
        }
    )
    run = {
        "started": started_at.strftime("%Y-%m-%d %H:%M UTC"),
        "seconds": round(duration),
        "modules": len(outcomes),
        "mutants": len(plan),
        "jobs": args.jobs,
        "kind": "re-judged: " + ", ".join(args.tests or args.mutant) if partial else "full",
    }
    if store is not None:
        earlier = results.get("runs", [])
        assert isinstance(earlier, list)
        results["runs"] = [*earlier, run][-10:]
        store.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
    lines = _report(results, settings.equivalents, size, seed)
    print("\n".join(lines))
    if args.report is not None:
        args.report.write_text("\n".join(lines) + "\n")
    return 0


def _store(
    store: Path,
    size: int,
    seed: int,
    update: dict[str, dict[str, bool]],
    timings: dict[str, dict[str, object]],
    timeouts: dict[str, set[str]],
    partial: bool = False,
) -> dict[str, object]:
    """Merge a run into the outcomes kept in ``store`` (each module's last run); return them all.

    ``timeouts`` names, per module, the mutants of ``update`` killed only by a limit running out.
    """
    kept = json.loads(store.read_text()) if store.exists() else {}
    if kept.get("sample") != size or kept.get("seed") != seed:
        kept = {"sample": size, "seed": seed, "modules": {}}
    by_timeout = kept.setdefault("timeouts", {})
    for module, outcomes in update.items():
        judged = timeouts.get(module, set())
        if partial:  # some mutants re-judged: the module's other outcomes stand
            kept["modules"].setdefault(module, {}).update(outcomes)
            judged |= set(by_timeout.get(module, [])) - set(outcomes)
        else:
            kept["modules"][module] = outcomes
        by_timeout[module] = sorted(judged)
    kept.setdefault("timings", {}).update({m: t for m, t in timings.items() if m in update})
    kept.setdefault("runs", [])
    store.write_text(json.dumps(kept, indent=1, sort_keys=True) + "\n")
    return kept


def _report(kept: dict[str, object], equivalents: dict[str, str], size: int, seed: int) -> list[str]:
    results = dict(sorted(kept["modules"].items()))  # type: ignore[attr-defined]
    timings: dict[str, dict[str, float]] = kept.get("timings", {})  # type: ignore[assignment]
    by_timeout: dict[str, list[str]] = kept.get("timeouts", {})  # type: ignore[assignment]
    runs: list[dict[str, object]] = kept.get("runs", [])  # type: ignore[assignment]
    lines = [
        "# Mutation report",
        "",
        f"Written by `make mutation` (tools/mutation/run.py): up to {size} mutants per module, seed {seed}.",
        "Score = killed / (mutants - equivalent survivors). Equivalents and their reasons are in",
        "tools/mutation/equivalent.toml. Baseline = the module's test group run once unmutated (with",
        "the line tracer); mutant time = all its mutants, each judged by the tests that ran its lines.",
        "By timeout = killed only because a limit ran out (the run's, relative to the baseline, or",
        "pytest-timeout's for one test), with no test failing otherwise: counted as killed (a hang is",
        "a fault), listed below to be looked at, since a limit too tight would make a survivor look killed.",
        "",
        "Runs (newest last):",
        "",
    ]
    lines += [
        f"- {r['started']}: {r['mutants']} mutants in {r['modules']} modules, --jobs {r['jobs']}, "
        f"{int(r['seconds']) // 60} min {int(r['seconds']) % 60} s"  # type: ignore[call-overload]
        + (f" ({r['kind']})" if r.get("kind", "full") != "full" else "")
        for r in runs
    ] or ["- none recorded"]
    lines += [
        "",
        "| module | mutants | killed | by timeout | equivalent | survived | score | baseline s | mutants s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    survivors: list[str] = []
    timed_out: list[str] = []
    totals = [0, 0, 0, 0]
    for module, outcomes in results.items():
        killed = sum(outcomes.values())
        equivalent = sum(1 for key, dead in outcomes.items() if not dead and key in equivalents)
        survived = len(outcomes) - killed - equivalent
        counted = len(outcomes) - equivalent
        score = f"{100 * killed / counted:.0f}%" if counted else "n/a"
        timing = timings.get(module, {})
        base = f"{timing['baseline']:.0f}" if "baseline" in timing else "-"
        spent = f"{timing['mutants']:.0f}" if "mutants" in timing else "-"
        late = [key for key in by_timeout.get(module, []) if outcomes.get(key)]
        lines.append(
            f"| {module} | {len(outcomes)} | {killed} | {len(late)} | {equivalent} | {survived} | {score} "
            f"| {base} | {spent} |"
        )
        survivors += [f"- `{key}`" for key, dead in outcomes.items() if not dead and key not in equivalents]
        timed_out += [f"- `{key}`" for key in late]
        totals = [
            totals[0] + len(outcomes),
            totals[1] + killed,
            totals[2] + equivalent,
            totals[3] + len(late),
        ]
    counted = totals[0] - totals[2]
    overall = f"{100 * totals[1] / counted:.0f}%" if counted else "n/a"
    all_mutants_, killed_, equivalent_, late_ = totals
    lines.append(
        f"| **all** | {all_mutants_} | {killed_} | {late_} | {equivalent_} | {counted - killed_} "
        f"| {overall} | | |"
    )
    lines += ["", "## Surviving mutants (not judged equivalent)", ""] + (survivors or ["None."])
    lines += ["", "## Killed only by timeout", ""] + (timed_out or ["None."])
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
