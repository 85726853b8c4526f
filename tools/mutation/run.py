"""`make mutation`: run a seeded sample of mutants per module against the tests of that module.

Usage: .venv/bin/python tools/mutation/run.py [--module PATH ...] [--sample N] [--seed S]
       [--jobs N] [--mutant KEY-PREFIX ...] [--report tools/mutation/report.md] [--list]

Each mutant runs in a temporary copy of the repository (made once, outside the working tree);
the mutated module is written there, into its ``generated/sixmm`` copy too for runtime modules,
and the copy's original text is written back after the run. A mutant is killed when the tests
fail or time out. Survivors listed in ``equivalent.toml`` (with a reason) are not counted
against the score.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import queue
import signal
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mutants import Mutant, all_mutants, sample

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "tools" / "mutation"
RUNTIME = "generator/runtime/"
_COPY_IGNORE = shutil.ignore_patterns(
    ".git", ".mypy_cache", ".ruff_cache", ".pytest_cache", "__pycache__", ".bench"
)


@dataclass
class Outcome:
    mutant: Mutant
    killed: bool
    seconds: float


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
        return "generated/sixmm/" + module.removeprefix(RUNTIME)
    return None


def _write_mutant(copy: Path, module: str, source: str, originals: dict[str, str]) -> None:
    (copy / module).write_text(source)
    generated = _generated_copy(module)
    if generated is not None and (copy / generated).exists():
        original = originals[generated]
        header = "".join(line for line in original.splitlines(keepends=True)[:3] if line.startswith("#"))
        (copy / generated).write_text(header + source)


def _restore(copy: Path, module: str, originals: dict[str, str]) -> None:
    for path in (module, _generated_copy(module)):
        if path is not None and path in originals:
            (copy / path).write_text(originals[path])


def _run_tests(copy: Path, tests: list[str], timeout: float) -> bool:
    """True when the tests fail (the mutant is killed)."""
    command = [
        str(ROOT / ".venv" / "bin" / "python"),
        "-m",
        "pytest",
        "-x",
        "-q",
        "-p",
        "no:cacheprovider",
        "-o",
        "addopts=",
        *tests,
    ]
    try:
        result = subprocess.run(command, cwd=copy, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return True
    return result.returncode != 0


def _baseline(used: set[str], groups: dict[str, list[str]], timeout: float) -> list[str]:
    """The test groups that fail without any mutant (every mutant would count as killed)."""
    with tempfile.TemporaryDirectory(prefix="sixmm-mutation-") as tmp:
        copy = Path(tmp) / "repo"
        shutil.copytree(ROOT, copy, symlinks=True, ignore=_COPY_IGNORE)
        return [group for group in sorted(used) if _run_tests(copy, groups[group], timeout * 3)]


def _run_module(
    copy: Path,
    module: str,
    mutants: list[Mutant],
    tests: list[str],
    timeout: float,
    equivalents: dict[str, str],
) -> list[Outcome]:
    originals = {
        p: (copy / p).read_text() for p in (module, _generated_copy(module)) if p and (copy / p).exists()
    }
    outcomes: list[Outcome] = []
    for mutant in mutants:
        started = time.monotonic()
        _write_mutant(copy, module, mutant.source, originals)
        try:
            killed = _run_tests(copy, tests, timeout)
        finally:
            _restore(copy, module, originals)
        outcomes.append(Outcome(mutant, killed, time.monotonic() - started))
        mark = "killed " if killed else ("equiv  " if mutant.key in equivalents else "SURVIVED")
        print(f"{mark} {mutant.key}", flush=True)
    return outcomes


def _load_equivalents() -> dict[str, str]:
    path = HERE / "equivalent.toml"
    if not path.exists():
        return {}
    data = tomllib.loads(path.read_text())
    return {entry["mutant"]: entry["reason"] for entry in data.get("equivalent", [])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--module", action="append", default=[], help="only these modules (paths or globs)")
    parser.add_argument("--sample", type=int)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--report", type=Path, help="write the per-module report here")
    parser.add_argument("--mutant", action="append", default=[], help="only mutants whose key starts so")
    parser.add_argument("--jobs", type=int, default=1, help="modules run in parallel, each in its own copy")
    parser.add_argument("--no-baseline", action="store_true", help="skip the run of the unmutated tests")
    parser.add_argument("--report-only", action="store_true", help="rewrite the report from report.json")
    parser.add_argument(
        "--import-log", action="append", type=Path, default=[], help="outcomes printed by a run"
    )
    parser.add_argument("--list", action="store_true", help="print the sampled mutants, run nothing")
    args = parser.parse_args(argv)

    config = tomllib.loads((HERE / "config.toml").read_text())
    size = args.sample if args.sample is not None else int(config["sample"])
    seed = args.seed if args.seed is not None else int(config["seed"])
    timeout = float(config["timeout"])
    groups: dict[str, list[str]] = config["tests"]
    modules = [
        (m, g)
        for m, g in _modules(config)
        if not args.module or any(fnmatch.fnmatch(m, p) for p in args.module)
    ]
    equivalents = _load_equivalents()

    plan: list[tuple[str, list[Mutant]]] = []
    for module, group in modules:
        chosen = sample(all_mutants(module, (ROOT / module).read_text()), size, seed)
        if args.mutant:
            chosen = [m for m in chosen if any(m.key.startswith(k) for k in args.mutant)]
        plan.append((group, chosen))
    if args.report_only:
        plan = []
        modules = []
    if args.list:
        for _, mutants in plan:
            for mutant in mutants:
                print(mutant.key)
        return 0

    # A background job starts with SIGINT ignored, and its children inherit that; the CLI tests
    # interrupt their subprocesses, so the tests must start with the default disposition.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    if not args.no_baseline and plan:
        broken = _baseline({group for group, _ in plan}, groups, timeout)
        if broken:
            print(
                f"the unmutated tests fail ({', '.join(sorted(broken))}): nothing to measure", file=sys.stderr
            )
            return 1

    work: queue.Queue[tuple[str, str, list[Mutant]]] = queue.Queue()
    for (module, _), (group, mutants) in zip(modules, plan, strict=True):
        work.put((module, group, mutants))
    results: dict[str, dict[str, bool]] = {}
    for log in args.import_log:
        # A run's printed lines ("killed  KEY" / "SURVIVED KEY"): finished modules of an interrupted run.
        for line in log.read_text().splitlines():
            mark, _, key = line.partition(" ")
            if mark in ("killed", "SURVIVED", "equiv"):
                results.setdefault(key.strip().split(":", 1)[0], {})[key.strip()] = mark == "killed"
    store = args.report.with_suffix(".json") if args.report is not None else None
    lock = threading.Lock()

    def save(module: str, done: dict[str, bool]) -> None:
        with lock:
            results[module] = done
            if store is not None:
                _store(store, size, seed, {module: done})

    if args.import_log and store is not None:
        _store(store, size, seed, results)

    def worker() -> None:
        with tempfile.TemporaryDirectory(prefix="sixmm-mutation-") as tmp:
            copy = Path(tmp) / "repo"
            shutil.copytree(ROOT, copy, symlinks=True, ignore=_COPY_IGNORE)
            while True:
                try:
                    module, group, mutants = work.get_nowait()
                except queue.Empty:
                    return
                done = _run_module(copy, module, mutants, groups[group], timeout, equivalents)
                save(module, {o.mutant.key: o.killed for o in done})

    threads = [threading.Thread(target=worker) for _ in range(max(1, args.jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    all_results = _store(store, size, seed, {}) if store is not None else results
    lines = _report(dict(sorted(all_results.items())), equivalents, size, seed)
    print("\n".join(lines))
    if args.report is not None:
        args.report.write_text("\n".join(lines) + "\n")
    return 0


def _store(
    store: Path, size: int, seed: int, update: dict[str, dict[str, bool]]
) -> dict[str, dict[str, bool]]:
    """Merge ``update`` into the outcomes kept in ``store`` (each module's last run); return them all."""
    kept = json.loads(store.read_text()) if store.exists() else {}
    if kept.get("sample") != size or kept.get("seed") != seed:
        kept = {"sample": size, "seed": seed, "modules": {}}
    kept["modules"].update(update)
    store.write_text(json.dumps(kept, indent=1, sort_keys=True) + "\n")
    modules: dict[str, dict[str, bool]] = kept["modules"]
    return modules


def _report(
    results: dict[str, dict[str, bool]], equivalents: dict[str, str], size: int, seed: int
) -> list[str]:
    lines = [
        "# Mutation report",
        "",
        f"Written by `make mutation` (tools/mutation/run.py): up to {size} mutants per module, seed {seed}.",
        "Score = killed / (mutants - equivalent survivors). Equivalents and their reasons are in",
        "tools/mutation/equivalent.toml.",
        "",
        "| module | mutants | killed | equivalent | survived | score |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    survivors: list[str] = []
    totals = [0, 0, 0]
    for module, outcomes in results.items():
        killed = sum(outcomes.values())
        equivalent = sum(1 for key, dead in outcomes.items() if not dead and key in equivalents)
        survived = len(outcomes) - killed - equivalent
        counted = len(outcomes) - equivalent
        score = f"{100 * killed / counted:.0f}%" if counted else "n/a"
        lines.append(f"| {module} | {len(outcomes)} | {killed} | {equivalent} | {survived} | {score} |")
        survivors += [f"- `{key}`" for key, dead in outcomes.items() if not dead and key not in equivalents]
        totals = [totals[0] + len(outcomes), totals[1] + killed, totals[2] + equivalent]
    counted = totals[0] - totals[2]
    overall = f"{100 * totals[1] / counted:.0f}%" if counted else "n/a"
    lines.append(f"| **all** | {totals[0]} | {totals[1]} | {totals[2]} | {counted - totals[1]} | {overall} |")
    lines += ["", "## Surviving mutants (not judged equivalent)", ""] + (survivors or ["None."])
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
