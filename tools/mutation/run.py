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
"""

from __future__ import annotations

import argparse
import datetime
import fnmatch
import hashlib
import json
import os
import queue
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mutants import Mutant, all_mutants, sample

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
    timeout: float
    test_timeout: float
    equivalents: dict[str, str]
    traces: dict[str, Trace] = field(default_factory=dict)
    only: list[str] = field(default_factory=list)


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


class Worker:
    """The fork server (worker.py) of one copy: runs pytest there without paying its start-up."""

    def __init__(self, copy: Path, warm_up: list[str]) -> None:
        self._process = subprocess.Popen(
            [PYTHON, str(HERE / "worker.py"), *warm_up],
            cwd=copy,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=_environment(),
        )
        assert self._process.stdout is not None
        self._process.stdout.readline()  # {"ready": true}

    def run(self, args: list[str], timeout: float, test_timeout: float) -> int | None:
        """pytest's exit status; None when the whole run timed out."""
        assert self._process.stdin is not None and self._process.stdout is not None
        request = {"args": _pytest_args(args, test_timeout), "timeout": timeout}
        self._process.stdin.write(json.dumps(request) + "\n")
        self._process.stdin.flush()
        status: int | None = json.loads(self._process.stdout.readline())["status"]
        return status

    def close(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait()


def _pytest(
    copy: Path, args: list[str], timeout: float, test_timeout: float, env: dict[str, str]
) -> int | None:
    """pytest's exit status in ``copy`` in a new process; None when the whole run timed out."""
    command = [PYTHON, "-m", "pytest", *_pytest_args(args, test_timeout)]
    try:
        result = subprocess.run(
            command, cwd=copy, capture_output=True, timeout=timeout, check=False, env=env
        )
    except subprocess.TimeoutExpired:
        return None
    return result.returncode


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
    status = _pytest(copy, ["-p", "trace_plugin", *tests], settings.timeout * 10, settings.test_timeout * 5, env)
    seconds = time.monotonic() - started
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


def _judge(worker: Worker, mutant: Mutant, group: str, settings: Settings) -> tuple[bool, str]:
    if settings.only:
        status = worker.run(settings.only, settings.timeout, settings.test_timeout)
        return bool(_killed(status)), f"only {len(settings.only)} given tests"
    files = settings.groups[group]
    selected = settings.traces[group].covering(mutant)

    def run(args: list[str]) -> int | None:
        return worker.run(args, settings.timeout, settings.test_timeout)

    if selected:
        verdict = _killed(run(selected))
        if verdict:
            return True, f"{len(selected)} covering tests"
        if verdict is False:
            spawning = sorted(s for s in settings.spawning if s.split("::")[0] in files)
            if not spawning:
                return False, f"{len(selected)} covering tests"
            verdict = _killed(run(spawning))
            if verdict is not None:
                return verdict, f"{len(selected)} covering tests + {len(spawning)} spawning files"
    verdict = _killed(run(files))
    return bool(verdict), "whole group" + ("" if selected else " (no test ran its lines in-process)")


def _load_equivalents() -> dict[str, str]:
    path = HERE / "equivalent.toml"
    if not path.exists():
        return {}
    data = tomllib.loads(path.read_text())
    return {entry["mutant"]: entry["reason"] for entry in data.get("equivalent", [])}


def _pool(jobs: int, copies: list[Path], items: list[object], handle: Callable[[Path, object], None]) -> None:
    """Run ``handle(copy, item)`` for every item on ``jobs`` threads, each with its own copy."""
    work: queue.Queue[object] = queue.Queue()
    for item in items:
        work.put(item)

    def worker(copy: Path) -> None:
        while True:
            try:
                item = work.get_nowait()
            except queue.Empty:
                return
            handle(copy, item)

    threads = [threading.Thread(target=worker, args=(copy,)) for copy in copies[:jobs]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


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
    settings = Settings(
        groups=config["tests"],
        spawning=set(config.get("spawning", {}).get("tests", [])),
        timeout=float(config["timeout"]),
        test_timeout=float(config["test_timeout"]),
        equivalents=_load_equivalents(),
        only=args.tests,
    )
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
        for log in args.import_log:
            for line in log.read_text().splitlines():
                mark, _, rest = line.partition(" ")
                if mark in ("killed", "SURVIVED", "equiv"):
                    key = rest.strip().split("  ")[0]
                    imported.setdefault(key.split(":", 1)[0], {})[key] = mark == "killed"
        _store(store, size, seed, imported, {})
    if not plan:
        if store is not None and args.report is not None:
            kept = _store(store, size, seed, {}, {})
            args.report.write_text("\n".join(_report(kept, settings.equivalents, size, seed)) + "\n")
        return 0

    # A background job starts with SIGINT ignored, and its children inherit that; the CLI tests
    # interrupt their subprocesses, so the tests must start with the default disposition.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    started_at = datetime.datetime.now(datetime.UTC)
    started = time.monotonic()
    fingerprint = _fingerprint()
    lock = threading.Lock()
    with tempfile.TemporaryDirectory(prefix="sixmm-mutation-") as tmp:
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
                print(f"baseline {item}: {len(result.tests)} tests, {note}, passed={result.passed}", flush=True)

        _pool(args.jobs, copies, [] if args.tests else sorted({group for _, group, _ in plan}), trace)
        broken = sorted(g for g, t in settings.traces.items() if not t.passed)
        if broken:
            print(f"the unmutated tests fail ({', '.join(broken)}): nothing to measure", file=sys.stderr)
            return 1

        outcomes: dict[str, list[Outcome]] = {}
        warm_up = sorted({f.split("::")[0] for _, g, _ in plan for f in args.tests or settings.groups[g]})
        workers = {copy: Worker(copy, warm_up) for copy in copies}

        def judge(copy: Path, item: object) -> None:
            module, group, mutant = item  # type: ignore[misc]
            originals = {
                p: (copy / p).read_text()
                for p in (module, _generated_copy(module))
                if p and (copy / p).exists()
            }
            begun = time.monotonic()
            _write_mutant(copy, module, mutant.source, originals)
            try:
                killed, how = _judge(workers[copy], mutant, group, settings)
            finally:
                _restore(copy, module, originals)
            outcome = Outcome(mutant, killed, time.monotonic() - begun, how)
            mark = "killed " if killed else ("equiv  " if mutant.key in settings.equivalents else "SURVIVED")
            with lock:
                outcomes.setdefault(module, []).append(outcome)
                print(f"{mark} {mutant.key}  [{outcome.seconds:.1f} s, {how}]", flush=True)

        try:
            _pool(args.jobs, copies, list(plan), judge)
        finally:
            for worker in workers.values():
                worker.close()

    duration = time.monotonic() - started
    timings = {
        module: {
            "baseline": settings.traces[group].seconds,
            "baseline_tests": len(settings.traces[group].tests),
            "mutants": sum(o.seconds for o in outcomes.get(module, [])),
        }
        for module, group in modules
        if group in settings.traces
    }
    update = {m: {o.mutant.key: o.killed for o in found} for m, found in outcomes.items()}
    partial = bool(args.mutant or args.tests)
    results = _store(store, size, seed, update, timings, partial) if store is not None else {
        "modules": update, "timings": timings, "runs": []
    }
    run = {
        "started": started_at.strftime("%Y-%m-%d %H:%M UTC"),
        "seconds": round(duration),
        "modules": len(outcomes),
        "mutants": len(plan),
        "jobs": args.jobs,
        "kind": "re-judged: " + ", ".join(args.tests or args.mutant) if partial else "full",
    }
    if store is not None:
        results["runs"] = [*results.get("runs", []), run][-10:]
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
    timings: dict[str, dict[str, float]],
    partial: bool = False,
) -> dict[str, object]:
    """Merge a run into the outcomes kept in ``store`` (each module's last run); return them all."""
    kept = json.loads(store.read_text()) if store.exists() else {}
    if kept.get("sample") != size or kept.get("seed") != seed:
        kept = {"sample": size, "seed": seed, "modules": {}}
    for module, outcomes in update.items():
        if partial:  # some mutants re-judged: the module's other outcomes stand
            kept["modules"].setdefault(module, {}).update(outcomes)
        else:
            kept["modules"][module] = outcomes
    kept.setdefault("timings", {}).update({m: t for m, t in timings.items() if m in update})
    kept.setdefault("runs", [])
    store.write_text(json.dumps(kept, indent=1, sort_keys=True) + "\n")
    return kept


def _report(kept: dict[str, object], equivalents: dict[str, str], size: int, seed: int) -> list[str]:
    results = dict(sorted(kept["modules"].items()))  # type: ignore[attr-defined]
    timings: dict[str, dict[str, float]] = kept.get("timings", {})  # type: ignore[assignment]
    runs: list[dict[str, object]] = kept.get("runs", [])  # type: ignore[assignment]
    lines = [
        "# Mutation report",
        "",
        f"Written by `make mutation` (tools/mutation/run.py): up to {size} mutants per module, seed {seed}.",
        "Score = killed / (mutants - equivalent survivors). Equivalents and their reasons are in",
        "tools/mutation/equivalent.toml. Baseline = the module's test group run once unmutated (with",
        "the line tracer); mutant time = all its mutants, each judged by the tests that ran its lines.",
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
        "| module | mutants | killed | equivalent | survived | score | baseline s | mutants s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    survivors: list[str] = []
    totals = [0, 0, 0]
    for module, outcomes in results.items():
        killed = sum(outcomes.values())
        equivalent = sum(1 for key, dead in outcomes.items() if not dead and key in equivalents)
        survived = len(outcomes) - killed - equivalent
        counted = len(outcomes) - equivalent
        score = f"{100 * killed / counted:.0f}%" if counted else "n/a"
        timing = timings.get(module, {})
        base = f"{timing['baseline']:.0f}" if "baseline" in timing else "-"
        spent = f"{timing['mutants']:.0f}" if "mutants" in timing else "-"
        lines.append(
            f"| {module} | {len(outcomes)} | {killed} | {equivalent} | {survived} | {score} | {base} | {spent} |"
        )
        survivors += [f"- `{key}`" for key, dead in outcomes.items() if not dead and key not in equivalents]
        totals = [totals[0] + len(outcomes), totals[1] + killed, totals[2] + equivalent]
    counted = totals[0] - totals[2]
    overall = f"{100 * totals[1] / counted:.0f}%" if counted else "n/a"
    lines.append(
        f"| **all** | {totals[0]} | {totals[1]} | {totals[2]} | {counted - totals[1]} | {overall} | | |"
    )
    lines += ["", "## Surviving mutants (not judged equivalent)", ""] + (survivors or ["None."])
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
