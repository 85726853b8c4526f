"""`make bench`: sixmm against openapi-python-client and openapi-generator, side by side.

    .venv/bin/python bench/run.py                  # the full benchmark (several minutes)
    .venv/bin/python bench/run.py --quick --only ours --output-dir /tmp/b   # the smoke test's run

Measures, in one run on one machine, alternating the contenders run by run:

1. generation time (whole process, cold) on our spec and on a synthetic spec of N operations;
2. the call path over an in-memory transport (µs per call, ratios to raw httpx and to
   openapi-python-client);
3. import time (whole process, minus an empty interpreter);
4. peak RSS to parse one 10,000-row change-log page.

Writes BENCHMARKS.md (tables, targets, profiles) and results.json (every raw sample). With
``--only ours`` nothing is installed: only our generator, the raw-httpx floor and sixmm run,
in the project's .venv with ./generated on PYTHONPATH. See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import pstats
import re
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import payloads  # noqa: E402
import report  # noqa: E402
import specs  # noqa: E402

SPEC = ROOT / "spec" / "sixmm.yaml"
GENERATED = ROOT / "generated"
OPC_CONFIG = "project_name_override: sixmm-opc-client\npackage_name_override: sixmm_opc\n"
OAG_PROPERTIES = "--additional-properties=packageName=sixmm_oag,projectName=sixmm-oag"
MEMORY_ROWS = 10_000
SECTIONS = ("generation", "call-path", "imports", "memory", "streams", "profiles")
SPEC_CHOICES = ("ours", "synthetic", "stapi")
GENERATORS = ("sixmm", "sixmm-warm", "sixmm-1op", "opc", "oag")


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# -- configuration ------------------------------------------------------------------------------


@dataclass
class Settings:
    quick: bool
    only_ours: bool
    output_dir: Path
    work_dir: Path
    gen_runs: int
    gen_warmup: int
    synthetic_ops: int
    synthetic_runs: int
    call_rounds: int
    call_target_ms: float
    call_warmup_s: float
    profile_calls: int
    import_runs: int
    mem_runs: int
    profile_synthetic: bool
    sections: tuple[str, ...] = SECTIONS
    spec_choices: tuple[str, ...] = SPEC_CHOICES
    generators: tuple[str, ...] = GENERATORS

    @property
    def partial(self) -> bool:
        """Only some sections, specs or generators measured: the report holds those only
        (write it elsewhere)."""
        return (
            set(self.sections) != set(SECTIONS)
            or set(self.spec_choices) != set(SPEC_CHOICES)
            or set(self.generators) != set(GENERATORS)
        )


def parse_args(argv: Sequence[str] | None) -> Settings:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick", action="store_true", help="tiny run counts (smoke test); numbers are meaningless"
    )
    parser.add_argument(
        "--only",
        choices=("all", "ours"),
        default="all",
        help="'ours': no peers, nothing installed (our generator, raw httpx and sixmm only)",
    )
    parser.add_argument(
        "--output-dir",
        type=Path,
        default=None,
        help="where BENCHMARKS.md and results.json go (default: BENCHMARKS.md at the repo root, "
        "bench/results.json)",
    )
    parser.add_argument("--work-dir", type=Path, default=None, help="scratch space (default: .bench/work)")
    parser.add_argument(
        "--gen-runs", type=int, default=None, help="timed generation runs per contender, our spec"
    )
    parser.add_argument(
        "--synthetic-ops", type=int, default=None, help="operations in the synthetic spec (300)"
    )
    parser.add_argument(
        "--synthetic-runs", type=int, default=None, help="timed generation runs, synthetic spec"
    )
    parser.add_argument("--call-rounds", type=int, default=None, help="call-path samples per contender")
    parser.add_argument("--call-target-ms", type=float, default=None, help="duration of one call-path sample")
    parser.add_argument("--import-runs", type=int, default=None, help="import-time runs per contender")
    parser.add_argument("--mem-runs", type=int, default=None, help="memory runs per contender")
    parser.add_argument(
        "--sections",
        type=_choices(SECTIONS),
        default=SECTIONS,
        help=f"comma-separated sections to run (default: all of {','.join(SECTIONS)}); "
        "a partial report has the generation tables and targets only",
    )
    parser.add_argument(
        "--specs",
        type=_choices(SPEC_CHOICES),
        default=SPEC_CHOICES,
        help=f"comma-separated specs of the generation section (default: {','.join(SPEC_CHOICES)})",
    )
    parser.add_argument(
        "--generators",
        type=_choices(GENERATORS),
        default=GENERATORS,
        help=f"comma-separated generation contenders (default: {','.join(GENERATORS)})",
    )
    args = parser.parse_args(argv)

    quick = args.quick

    def pick(value: Any, full: Any, small: Any) -> Any:
        return value if value is not None else (small if quick else full)

    output_dir = args.output_dir.resolve() if args.output_dir else None
    return Settings(
        quick=quick,
        only_ours=args.only == "ours",
        output_dir=output_dir if output_dir else ROOT,
        work_dir=(args.work_dir or ROOT / ".bench" / "work").resolve(),
        gen_runs=pick(args.gen_runs, 7, 1),
        gen_warmup=0 if quick else 1,
        synthetic_ops=pick(args.synthetic_ops, 300, 60),
        synthetic_runs=pick(args.synthetic_runs, 5, 1),
        call_rounds=pick(args.call_rounds, 21, 3),
        call_target_ms=pick(args.call_target_ms, 100.0, 3.0),
        call_warmup_s=0.01 if quick else 0.3,
        profile_calls=3 if quick else 40,
        import_runs=pick(args.import_runs, 25, 2),
        mem_runs=pick(args.mem_runs, 5, 1),
        profile_synthetic=not quick,
        sections=args.sections,
        spec_choices=args.specs,
        generators=args.generators,
    )


def _choices(allowed: Sequence[str]) -> Callable[[str], tuple[str, ...]]:
    """An argparse type: a comma-separated subset of ``allowed``, in ``allowed``'s order."""

    def parse(text: str) -> tuple[str, ...]:
        picked = {item.strip() for item in text.split(",") if item.strip()}
        unknown = picked - set(allowed)
        if unknown or not picked:
            raise argparse.ArgumentTypeError(
                f"expected a comma-separated subset of {','.join(allowed)}; got {text!r}"
            )
        return tuple(item for item in allowed if item in picked)

    return parse


def output_paths(settings: Settings) -> tuple[Path, Path]:
    if settings.output_dir == ROOT and settings.partial:
        # A partial run never replaces the committed report.
        partial = settings.work_dir / "partial"
        partial.mkdir(parents=True, exist_ok=True)
        return partial / "BENCHMARKS.md", partial / "results.json"
    if settings.output_dir == ROOT:
        return ROOT / "BENCHMARKS.md", BENCH / "results.json"
    return settings.output_dir / "BENCHMARKS.md", settings.output_dir / "results.json"


# -- processes ----------------------------------------------------------------------------------


@dataclass
class Interpreters:
    generator_python: Path  # the project's .venv: our generator's environment
    runtime_python: Path  # where every client runs
    tools_bin: Path | None  # the peers' generators
    runtime_pythonpath: list[Path] = field(default_factory=list)
    java: str | None = None
    runtime_description: str = ""


def base_env(settings: Settings) -> dict[str, str]:
    """Environment of every measured process.

    Bytecode caches are allowed (as after any pip install) but go to a prefix under the work
    directory, so that no benchmark process writes into the repository or an environment.
    """
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONDONTWRITEBYTECODE", "PYTHONPATH"}}
    env["PYTHONPYCACHEPREFIX"] = str(settings.work_dir / "pycache")
    env.pop("VIRTUAL_ENV", None)
    return env


def runtime_env(settings: Settings, interpreters: Interpreters) -> dict[str, str]:
    env = base_env(settings)
    paths = [str(BENCH), *(str(p) for p in interpreters.runtime_pythonpath)]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def run_checked(
    command: Sequence[str], *, env: dict[str, str], cwd: Path = ROOT, timeout: float = 1800
) -> str:
    result = subprocess.run(
        [str(c) for c in command],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(str(c) for c in command)} exited {result.returncode}\n"
            f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )
    return result.stdout


def timed_run(command: Sequence[str], *, env: dict[str, str], cwd: Path = ROOT) -> tuple[float, str]:
    """Whole-process wall time in seconds (perf_counter_ns around the child's life)."""
    elapsed, _, stderr = timed_run_cpu(command, env=env, cwd=cwd)
    return elapsed, stderr


def timed_run_cpu(
    command: Sequence[str], *, env: dict[str, str], cwd: Path = ROOT
) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user + system of the child and of every process it waited
    for: worker processes, post-hooks, the JVM) and the child's stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter_ns()
    result = subprocess.run(
        [str(c) for c in command],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=1800,
    )
    elapsed = (time.perf_counter_ns() - start) / 1e9
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(str(c) for c in command)} exited {result.returncode}\n{result.stderr[-3000:]}"
        )
    return elapsed, cpu, result.stderr


# -- machine ------------------------------------------------------------------------------------


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _git(*args: str) -> str:
    result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    return result.stdout.strip() if result.returncode == 0 else ""


def machine_description(interpreters: Interpreters, settings: Settings) -> dict[str, Any]:
    cpuinfo = _read("/proc/cpuinfo")
    model = next(
        (line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name")), ""
    )
    memtotal = next(
        (
            line.split(":", 1)[1].strip()
            for line in _read("/proc/meminfo").splitlines()
            if line.startswith("MemTotal")
        ),
        "",
    )
    versions = {}
    for python, label in (
        (interpreters.runtime_python, "runtime"),
        (interpreters.generator_python, "generator"),
    ):
        out = subprocess.run(
            [
                str(python),
                "-c",
                "import sys, platform; print(platform.python_implementation(), sys.version.split()[0])",
            ],
            capture_output=True,
            text=True,
            check=False,
            env=base_env(settings),
        )
        versions[label] = out.stdout.strip()
    dirty = _git("status", "--porcelain", "--", "spec", "generator", "templates", "generated", "extras")
    return {
        "date_utc": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
        "uname": " ".join(platform.uname()),
        "cpu_model": model or platform.processor(),
        "cpu_count": os.cpu_count(),
        "cpu_affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "memory": memtotal,
        "python_runtime": versions["runtime"],
        "python_generator": versions["generator"],
        "runtime_environment": interpreters.runtime_description,
        "java": interpreters.java,
        "git_commit": _git("rev-parse", "--short", "HEAD"),
        "git_dirty_files": len(dirty.splitlines()) if dirty else 0,
        "loadavg_start": _read("/proc/loadavg").split()[:3],
    }


def package_versions(interpreters: Interpreters, settings: Settings) -> dict[str, str]:
    code = (
        "import importlib.metadata as m, json\n"
        "out = {}\n"
        "for name in ('sixmm', 'httpx', 'pydantic', 'pydantic-core', 'attrs', 'urllib3', 'python-dateutil'):\n"
        "    try: out[name] = m.version(name)\n"
        "    except m.PackageNotFoundError: pass\n"
        "print(json.dumps(out))\n"
    )
    out = run_checked([interpreters.runtime_python, "-c", code], env=runtime_env(settings, interpreters))
    versions: dict[str, str] = json.loads(out)
    if interpreters.tools_bin is not None:
        tools_python = interpreters.tools_bin / "python"
        code_tools = code.replace(
            "('sixmm', 'httpx', 'pydantic', 'pydantic-core', 'attrs', 'urllib3', 'python-dateutil')",
            "('openapi-python-client', 'openapi-generator-cli', 'ruff')",
        )
        tools = json.loads(run_checked([tools_python, "-c", code_tools], env=base_env(settings)))
        versions.update({f"{k} (generator env)" if k == "ruff" else k: v for k, v in tools.items()})
    gen = run_checked(
        [
            interpreters.generator_python,
            "-c",
            "import importlib.metadata as m, json; print(json.dumps({n: m.version(n) for n in "
            "('datamodel-code-generator', 'black', 'isort')}))",
        ],
        env=base_env(settings),
    )
    versions.update({f"{k} (our generator env)": v for k, v in json.loads(gen).items()})
    return versions


# -- 1. generation ------------------------------------------------------------------------------


@dataclass
class GenContender:
    name: str
    command: Callable[[Path, Path, Path | None], list[str]]  # (spec, out, our config) -> argv
    env: dict[str, str]
    package_dir: str  # inside out: where the importable package lands
    peer_spec: bool  # builds from the peer-compatible copy
    fresh_cache: Path | None = None  # emptied before every run: a cold generation
    seeded_cache: tuple[Path, Path] | None = None  # (seed, cache): cache := a copy of seed before each run
    only: str | None = None  # runs on the spec whose label starts with this only
    spec_override: Path | None = None  # the spec it generates instead of the label's


def gen_contenders(settings: Settings, interpreters: Interpreters) -> list[GenContender]:
    env = base_env(settings)

    def ours(spec: Path, out: Path, config: Path | None = None) -> list[str]:
        chosen = ["--config", str(config)] if config is not None else []
        return [
            str(interpreters.generator_python),
            "-m",
            "generator",
            "generate",
            *chosen,
            "--spec",
            str(spec),
            "--out",
            str(out),
        ]

    # "sixmm" is a cold generation (its content cache emptied before each run); "sixmm-warm"
    # regenerates an unchanged spec with the cache its warm-up run filled.
    cold_cache = settings.work_dir / "sixmm-cache-cold"
    found = [
        GenContender(
            "sixmm", ours, {**env, "SIXMM_CODEGEN_CACHE": str(cold_cache)}, "sixmm", False, cold_cache
        ),
        GenContender(
            "sixmm-warm",
            ours,
            {**env, "SIXMM_CODEGEN_CACHE": str(settings.work_dir / "sixmm-cache-warm")},
            "sixmm",
            False,
        ),
    ]
    if settings.only_ours or interpreters.tools_bin is None:
        return found
    tools = interpreters.tools_bin
    opc_config = settings.work_dir / "opc-config.yaml"
    opc_config.write_text(OPC_CONFIG, encoding="utf-8")
    opc_env = dict(env)
    # openapi-python-client runs `ruff check --fix` and `ruff format` on its output (its default
    # post hooks); they need ruff on PATH, as in any environment where it is installed.
    opc_env["PATH"] = f"{tools}{os.pathsep}{env.get('PATH', '')}"
    found.append(
        GenContender(
            "opc",
            lambda spec, out, _config: [
                str(tools / "openapi-python-client"),
                "generate",
                "--path",
                str(spec),
                "--output-path",
                str(out),
                "--config",
                str(opc_config),
            ],
            opc_env,
            "sixmm_opc",
            peer_spec=True,
        )
    )
    if interpreters.java:
        found.append(
            GenContender(
                "oag",
                lambda spec, out, _config: [
                    str(tools / "openapi-generator-cli"),
                    "generate",
                    "-g",
                    "python",
                    "-i",
                    str(spec),
                    "-o",
                    str(out),
                    "--skip-validate-spec",
                    OAG_PROPERTIES,
                ],
                env,
                "sixmm_oag",
                peer_spec=True,
            )
        )
    return found


def _tree_size(package: Path) -> dict[str, int]:
    files = [p for p in package.rglob("*.py") if "__pycache__" not in p.parts]
    lines = sum(len(p.read_text(encoding="utf-8", errors="replace").splitlines()) for p in files)
    return {"py_files": len(files), "py_lines": lines}


def bench_generation(
    settings: Settings,
    contenders: list[GenContender],
    spec_files: dict[str, tuple[Path, Path, int, Path | None]],
    runs_for: dict[str, int],
) -> dict[str, Any]:
    """spec_files: label -> (our spec, peer-compatible spec, operations, our config or None)."""
    results: dict[str, Any] = {}
    for label, (ours, peers, operations, config) in spec_files.items():
        runs = runs_for[label]
        entry: dict[str, Any] = {"operations": operations, "runs": runs, "contenders": {}}
        active = [c for c in contenders if c.only is None or label.startswith(c.only)]
        samples: dict[str, list[float]] = {c.name: [] for c in active}
        cpu: dict[str, list[float]] = {c.name: [] for c in active}
        failures: dict[str, str] = {}
        for index in range(settings.gen_warmup + runs):
            shift = index % len(active) if active else 0
            order = active[shift:] + active[:shift]
            for contender in order:
                if contender.name in failures:
                    continue
                out = settings.work_dir / "gen" / f"{contender.name}-{specs.slug(label)}"
                if out.exists():
                    shutil.rmtree(out)
                spec = contender.spec_override or (peers if contender.peer_spec else ours)
                if contender.fresh_cache is not None:
                    shutil.rmtree(contender.fresh_cache, ignore_errors=True)
                if contender.seeded_cache is not None:
                    seed, seeded = contender.seeded_cache
                    shutil.rmtree(seeded, ignore_errors=True)
                    shutil.copytree(seed, seeded)
                try:
                    elapsed, cpu_s, stderr = timed_run_cpu(
                        contender.command(spec, out, config), env=contender.env
                    )
                except RuntimeError as exc:
                    if contender.name.startswith("sixmm"):
                        raise
                    failures[contender.name] = str(exc)[-2000:]
                    log(f"generation: {contender.name} failed on {label}")
                    continue
                if not (out / contender.package_dir / "__init__.py").exists():
                    raise RuntimeError(f"{contender.name} wrote no {contender.package_dir}/ under {out}")
                if index >= settings.gen_warmup:
                    samples[contender.name].append(elapsed)
                    cpu[contender.name].append(cpu_s)
                    log(f"generation {label}: {contender.name} {elapsed:.2f} s (CPU {cpu_s:.2f} s)")
                entry["contenders"].setdefault(contender.name, {})["stderr_tail"] = stderr[-1500:]
        for contender in active:
            info = entry["contenders"].setdefault(contender.name, {})
            info["samples_s"] = samples[contender.name]
            info["cpu_s"] = cpu[contender.name]
            used = contender.spec_override or (peers if contender.peer_spec else ours)
            info["spec"] = str(used.relative_to(ROOT) if used.is_relative_to(ROOT) else used)
            if contender.name in failures:
                info["error"] = failures[contender.name]
            package = (
                settings.work_dir / "gen" / f"{contender.name}-{specs.slug(label)}" / contender.package_dir
            )
            if package.exists():
                info["output"] = _tree_size(package)
        results[label] = entry
    return results


def profile_generation(
    settings: Settings, interpreters: Interpreters, spec: Path, label: str
) -> dict[str, Any]:
    out = settings.work_dir / "gen" / f"profile-{specs.slug(label)}"
    prof = settings.work_dir / f"generation-{specs.slug(label)}.prof"
    if out.exists():
        shutil.rmtree(out)
    shutil.rmtree(settings.work_dir / "sixmm-cache-profile", ignore_errors=True)
    run_checked(
        [
            interpreters.generator_python,
            "-m",
            "cProfile",
            "-o",
            prof,
            "-m",
            "generator",
            "generate",
            "--spec",
            spec,
            "--out",
            out,
        ],
        # An empty content cache: the profile is of a cold generation.
        env={**base_env(settings), "SIXMM_CODEGEN_CACHE": str(settings.work_dir / "sixmm-cache-profile")},
    )
    return summarize_profile(prof, label)


def _short(filename: str, line: int, name: str) -> str:
    if filename == "~":
        return name
    if "site-packages/" in filename:
        filename = filename.split("site-packages/", 1)[1]
    elif filename.startswith(f"{ROOT}/"):
        filename = filename[len(f"{ROOT}/") :]
    else:
        filename = re.sub(r"^.*/lib/python3\.\d+/", "", filename)
    return f"{filename}:{line}({name})"


def summarize_profile(prof: Path, label: str, top: int = 20) -> dict[str, Any]:
    stats = pstats.Stats(str(prof))
    raw = stats.stats  # type: ignore[attr-defined]
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = []
    for (filename, line, name), (_cc, nc, tt, ct, _callers) in raw.items():
        rows.append(
            {
                "function": _short(filename, line, name),
                "file": filename,
                "ncalls": nc,
                "tottime_s": tt,
                "cumtime_s": ct,
            }
        )
    ours = [r for r in rows if f"{ROOT}/generator/" in r["file"]]
    # Time spent importing modules (first-level import machinery only, to avoid double counting).
    imports = max((r["cumtime_s"] for r in rows if "_find_and_load" in r["function"]), default=0.0)
    for r in rows:
        del r["file"]
    return {
        "label": label,
        "total_s": total,
        "import_s": imports,
        "ours_by_cumtime": sorted(ours, key=lambda r: r["cumtime_s"], reverse=True)[:top],
        "by_tottime": sorted(rows, key=lambda r: r["tottime_s"], reverse=True)[:top],
    }


# -- peers' clients ---------------------------------------------------------------------------


def build_peer_clients(settings: Settings, contenders: list[GenContender], peer_spec: Path) -> list[Path]:
    """Generate the peers' clients (untimed) into work/clients; return the PYTHONPATH entries."""
    paths = []
    for contender in contenders:
        if not contender.peer_spec:
            continue
        out = settings.work_dir / "clients" / contender.name
        if out.exists():
            shutil.rmtree(out)
        timed_run(contender.command(peer_spec, out, None), env=contender.env)
        paths.append(out)
    return paths


# -- 2. call path -----------------------------------------------------------------------------


def bench_call_path(settings: Settings, interpreters: Interpreters, names: list[str]) -> dict[str, Any]:
    command = [
        interpreters.runtime_python,
        BENCH / "callpath.py",
        "--contenders",
        ",".join(names),
        "--ops",
        ",".join(payloads.OPERATIONS),
        "--rounds",
        str(settings.call_rounds),
        "--target-ms",
        str(settings.call_target_ms),
        "--warmup-s",
        str(settings.call_warmup_s),
        "--profile-op",
        "change-log-1000",
        "--profile-calls",
        str(settings.profile_calls),
    ]
    log(
        f"call path: {len(names)} contenders x {len(payloads.OPERATIONS)} operations x {settings.call_rounds} rounds"
    )
    out = run_checked(command, env=runtime_env(settings, interpreters), timeout=3600)
    result: dict[str, Any] = json.loads(out)
    return result


# -- 3. import time ---------------------------------------------------------------------------


def import_contenders(settings: Settings, interpreters: Interpreters) -> dict[str, str]:
    found = {
        "python -c pass (baseline)": "pass",
        "sixmm": "import sixmm",
        report.IMPORT_FLOOR: "import httpx, pydantic",
    }
    if not settings.only_ours:
        names = {p.name for p in interpreters.runtime_pythonpath}
        if "opc" in names:
            found["opc (package)"] = "import sixmm_opc"
            found["opc (ready to call)"] = (
                "from sixmm_opc import AuthenticatedClient\n"
                "from sixmm_opc.api.user import get_account_change_log, get_info"
            )
        if "oag" in names:
            found["oag"] = "import sixmm_oag"
    return found


def bench_imports(settings: Settings, interpreters: Interpreters) -> dict[str, Any]:
    statements = import_contenders(settings, interpreters)
    env = runtime_env(settings, interpreters)
    env["PYTHONPATH"] = os.pathsep.join(str(p) for p in interpreters.runtime_pythonpath)
    python = str(interpreters.runtime_python)
    names = list(statements)
    for name in names:  # warm-up: bytecode caches, OS file cache
        for _ in range(2):
            timed_run([python, "-c", statements[name]], env=env)
    samples: dict[str, list[float]] = {n: [] for n in names}
    for index in range(settings.import_runs):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            elapsed, _ = timed_run([python, "-c", statements[name]], env=env)
            samples[name].append(elapsed * 1000)
    log(f"import time: {settings.import_runs} runs x {len(names)}")
    importtime: dict[str, float] = {}
    top_sixmm: dict[str, Any] = {}
    for name, statement in statements.items():
        if statement == "pass":
            continue
        _, stderr = timed_run([python, "-X", "importtime", "-c", statement], env=env)
        importtime[name], entries = _parse_importtime(stderr, statement)
        if name == "sixmm":
            top_sixmm = entries
    probe = json.loads(
        run_checked([python, BENCH / "importprobe.py"], env=runtime_env(settings, interpreters))
    )
    return {
        "statements": statements,
        "samples_ms": samples,
        "importtime_ms": importtime,
        "sixmm_importtime_top": top_sixmm,
        "probe": probe,
    }


def _parse_importtime(stderr: str, statement: str) -> tuple[float, dict[str, Any]]:
    """Total (ms) of the statement's top-level imports, and the biggest entries under them.

    ``-X importtime`` lists modules children first; a depth-0 line closes its subtree.
    """
    wanted = set()
    for part in statement.replace("\n", ";").split(";"):
        words = part.split()
        if len(words) >= 2 and words[0] in {"import", "from"}:
            wanted.add(words[1].split(".")[0].rstrip(","))
    total_us = 0
    selected: list[dict[str, Any]] = []
    pending: list[dict[str, Any]] = []
    for line in stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = line[len("import time:") :].split("|", 2)
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue
        name = parts[2][1:] if parts[2].startswith(" ") else parts[2]
        depth = (len(name) - len(name.lstrip(" "))) // 2
        entry = {
            "module": name.strip(),
            "depth": depth,
            "self_ms": int(parts[0]) / 1000,
            "cumulative_ms": int(parts[1]) / 1000,
        }
        pending.append(entry)
        if depth == 0:
            if entry["module"].split(".")[0] in wanted:
                total_us += int(parts[1])
                selected.extend(pending)
            pending = []
    by_self = sorted(selected, key=lambda e: e["self_ms"], reverse=True)[:15]
    by_cumulative = sorted(
        (e for e in selected if e["depth"] > 0), key=lambda e: e["cumulative_ms"], reverse=True
    )[:15]
    return total_us / 1000, {"by_self": by_self, "by_cumulative": by_cumulative}


# -- 4. memory --------------------------------------------------------------------------------


def bench_memory(settings: Settings, interpreters: Interpreters, names: list[str]) -> dict[str, Any]:
    body_file = settings.work_dir / f"change-log-{MEMORY_ROWS}.json"
    body_file.write_bytes(payloads.change_log(MEMORY_ROWS))
    env = runtime_env(settings, interpreters)
    runs: dict[str, list[dict[str, Any]]] = {n: [] for n in names}
    for index in range(settings.mem_runs):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            out = run_checked([interpreters.runtime_python, BENCH / "memprobe.py", name, body_file], env=env)
            record = json.loads(out)
            if record["rows"] != MEMORY_ROWS:
                raise RuntimeError(f"memory: {name} parsed {record['rows']} rows")
            runs[name].append(record)
    log(f"memory: {settings.mem_runs} runs x {len(names)}")
    return {"rows": MEMORY_ROWS, "body_bytes": body_file.stat().st_size, "runs": runs}


# -- 5. streams -------------------------------------------------------------------------------

STREAM_MESSAGES = 100_000


def bench_streams(settings: Settings, interpreters: Interpreters) -> dict[str, Any]:
    """Messages/s and peak memory of the stream client against raw websockets + json.loads."""
    count = 2_000 if settings.quick else STREAM_MESSAGES
    names = ["raw", "sixmm"]
    env = runtime_env(settings, interpreters)
    runs: dict[str, list[dict[str, Any]]] = {n: [] for n in names}
    for index in range(settings.mem_runs):
        for name in names[index % 2 :] + names[: index % 2]:
            out = run_checked(
                [interpreters.runtime_python, BENCH / "streamprobe.py", name, str(count)], env=env
            )
            record = json.loads(out)
            if record["messages"] != count:
                raise RuntimeError(f"streams: {name} received {record['messages']} of {count} messages")
            runs[name].append(record)
    log(f"streams: {settings.mem_runs} runs x {len(names)}, {count:,} messages")
    return {"messages": count, "runs": runs}


# -- orchestration ----------------------------------------------------------------------------


STAPI = ROOT / "tests" / "generator" / "foreign" / "oas30-star-trek.yaml"
STAPI_LABEL = "largest corpus spec (STAPI)"


def prepare_specs(settings: Settings) -> dict[str, tuple[Path, Path, int, Path | None]]:
    """label -> (our spec, the peers' spec, operations, our config (None: spec/codegen.toml))."""
    spec_dir = settings.work_dir / "specs"
    document = specs.load_yaml(SPEC)
    peer_doc, _ = specs.peer_compatible(document)
    ours_peer = specs.write_yaml(peer_doc, spec_dir / "sixmm-peer.yaml")
    synthetic_doc = specs.synthetic(document, settings.synthetic_ops)
    synthetic = specs.write_yaml(synthetic_doc, spec_dir / f"synthetic-{settings.synthetic_ops}.yaml")
    synthetic_peer_doc, _ = specs.peer_compatible(synthetic_doc)
    synthetic_peer = specs.write_yaml(
        synthetic_peer_doc, spec_dir / f"synthetic-{settings.synthetic_ops}-peer.yaml"
    )
    found: dict[str, tuple[Path, Path, int, Path | None]] = {
        "our spec": (SPEC, ours_peer, specs.operation_count(document), None),
        f"synthetic, {settings.synthetic_ops} operations": (
            synthetic,
            synthetic_peer,
            settings.synthetic_ops,
            None,
        ),
    }
    if not settings.quick:
        # A real API's spec, as written (the peers get it unchanged too), generated as a
        # foreign spec is: house rules off.
        config = specs.foreign_config(STAPI, "sixmm", spec_dir / "stapi" / "codegen.toml")
        found[STAPI_LABEL] = (STAPI, STAPI, specs.operation_count(specs.load_yaml(STAPI)), config)
    return found


def one_operation_contender(settings: Settings, interpreters: Interpreters, synthetic: Path) -> GenContender:
    """sixmm regenerating the synthetic spec after a one-operation change, its cache filled by a
    generation of the unchanged spec (a copy of that cache before every run)."""
    # The same file before and after the change, as when a maintainer edits a spec: its path
    # is part of every generated module's header, so another path would change every module.
    document = specs.load_yaml(synthetic)
    edited = specs.write_yaml(document, synthetic.parent / "one-op" / synthetic.name)
    seed = settings.work_dir / "sixmm-cache-one-op-seed"
    shutil.rmtree(seed, ignore_errors=True)
    env = {**base_env(settings), "SIXMM_CODEGEN_CACHE": str(seed)}
    out = settings.work_dir / "gen" / "one-op-seed"
    shutil.rmtree(out, ignore_errors=True)
    base = [str(interpreters.generator_python), "-m", "generator", "generate"]
    run_checked([*base, "--spec", str(edited), "--out", str(out)], env=env)
    changed = specs.write_yaml(specs.one_operation_changed(document), edited)
    cache = settings.work_dir / "sixmm-cache-one-op"
    return GenContender(
        "sixmm-1op",
        lambda spec, out, _config: [*base, "--spec", str(spec), "--out", str(out)],
        {**base_env(settings), "SIXMM_CODEGEN_CACHE": str(cache)},
        "sixmm",
        False,
        seeded_cache=(seed, cache),
        only="synthetic",
        spec_override=changed,
    )


def make_interpreters(settings: Settings) -> Interpreters:
    generator_python = ROOT / ".venv" / "bin" / "python"
    if not generator_python.exists():
        generator_python = Path(sys.executable)
    import setup_env

    if settings.only_ours:
        return Interpreters(
            generator_python=generator_python,
            runtime_python=generator_python,
            tools_bin=None,
            runtime_pythonpath=[GENERATED],
            java=setup_env.java_version(),
            runtime_description="the project's .venv, ./generated on PYTHONPATH (--only ours: nothing installed)",
        )

    envs = setup_env.ensure(GENERATED)
    java = setup_env.java_version()
    if java is None:
        log("no Java: openapi-generator is left out of this run")
    return Interpreters(
        generator_python=generator_python,
        runtime_python=envs.runtime_python,
        tools_bin=envs.tools_bin,
        java=java,
        runtime_description=(
            ".bench/runtime: bench/requirements-runtime.txt + `pip install ./generated`; "
            "peers' clients on PYTHONPATH"
        ),
    )


def main(argv: Sequence[str] | None = None) -> int:
    settings = parse_args(argv)
    started = time.perf_counter()
    settings.work_dir.mkdir(parents=True, exist_ok=True)
    settings.output_dir.mkdir(parents=True, exist_ok=True)
    interpreters = make_interpreters(settings)
    machine = machine_description(interpreters, settings)
    log(f"machine: {machine['cpu_model']}, {machine['cpu_count']} cores; load {machine['loadavg_start']}")

    all_specs = prepare_specs(settings)
    synthetic_label = next(label for label in all_specs if label.startswith("synthetic"))
    chosen = {"ours": "our spec", "synthetic": synthetic_label, "stapi": STAPI_LABEL}
    spec_files = {chosen[c]: all_specs[chosen[c]] for c in settings.spec_choices if chosen[c] in all_specs}
    all_contenders = gen_contenders(settings, interpreters)
    contenders = [c for c in all_contenders if c.name in settings.generators]
    if (
        "sixmm-1op" in settings.generators
        and synthetic_label in spec_files
        and "generation" in settings.sections
    ):
        contenders.append(one_operation_contender(settings, interpreters, spec_files[synthetic_label][0]))
    client_sections = {"call-path", "imports", "memory"} & set(settings.sections)
    if client_sections and any(c.peer_spec for c in all_contenders):
        log("generating the peers' clients from the peer-compatible spec")
        interpreters.runtime_pythonpath = build_peer_clients(
            settings, all_contenders, all_specs["our spec"][1]
        )
    versions = package_versions(interpreters, settings)

    generation: dict[str, Any] = {}
    if "generation" in settings.sections:
        generation = bench_generation(
            settings,
            contenders,
            spec_files,
            {
                "our spec": settings.gen_runs,
                synthetic_label: settings.synthetic_runs,
                STAPI_LABEL: settings.synthetic_runs,
            },
        )
    names = ["raw", "raw+models", "sixmm-jwt", "sixmm-apikey"]
    peer_names = [p.name for p in interpreters.runtime_pythonpath if p.name in ("opc", "oag")]
    call_path: dict[str, Any] = {}
    if "call-path" in settings.sections:
        call_path = bench_call_path(settings, interpreters, names + peer_names)
    imports = bench_imports(settings, interpreters) if "imports" in settings.sections else {}
    memory = (
        bench_memory(settings, interpreters, ["raw", "sixmm-jwt", *peer_names])
        if "memory" in settings.sections
        else {}
    )
    streams = bench_streams(settings, interpreters) if "streams" in settings.sections else {}

    profiles: dict[str, Any] = {}
    if "profiles" in settings.sections:
        log("profiling our generator")
        profiles["generation"] = [profile_generation(settings, interpreters, SPEC, "our spec")]
        if settings.profile_synthetic:
            profiles["generation"].append(
                profile_generation(settings, interpreters, all_specs[synthetic_label][0], synthetic_label)
            )
    if call_path:
        profiles["call_path"] = call_path.pop("profile")

    machine["loadavg_end"] = _read("/proc/loadavg").split()[:3]
    machine["duration_s"] = round(time.perf_counter() - started, 1)
    results = {
        "schema": 1,
        "settings": {k: (_display(v) if isinstance(v, Path) else v) for k, v in vars(settings).items()},
        "machine": machine,
        "versions": versions,
        "peer_spec_transformations": specs.PEER_TRANSFORMATIONS,
        "specs": {
            label: {
                "ours": str(o.relative_to(ROOT)) if o.is_relative_to(ROOT) else str(o),
                "peers": str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p),
                "operations": n,
            }
            for label, (o, p, n, _) in spec_files.items()
        },
        "generation": generation,
        "call_path": call_path,
        "imports": imports,
        "memory": memory,
        "streams": streams,
        "profiles": profiles,
    }
    results["summary"] = report.summarize(results)
    markdown_path, json_path = output_paths(settings)
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(results, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    markdown_path.write_text(report.render(results, json_name=_display(json_path)), encoding="utf-8")
    log(f"wrote {_display(markdown_path)} and {_display(json_path)} in {machine['duration_s']} s")
    for target in results["summary"]["targets"]:
        log(f"{target['status']:>4}  {target['name']}: {target['measured']}")
    return 0


def _display(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


if __name__ == "__main__":
    raise SystemExit(main())
