"""Create the benchmark's two environments under .bench/ (gitignored). Idempotent.

* ``.bench/venv``: the peer generators (bench/requirements-peers.txt).
* ``.bench/runtime``: a clean environment holding only the runtime of the three clients
  (bench/requirements-runtime.txt) plus ``sixmm`` installed from ./generated. Every contender
  of the call-path, import and memory benchmarks runs in this one interpreter environment.

Why two: openapi-python-client pulls in typer, click, rich and pygments, and ``import httpx``
imports its command line (click, rich, pygments) whenever those are importable. In a single
environment that would add tens of milliseconds to the import of every httpx-based client,
which no user of a client package pays.

Each environment is rebuilt only when its requirements file changes (a stamp holds its hash);
``./generated`` is reinstalled on every call (``--no-deps``), so the run measures the package
as it is now. Needs the package index on the first run. Run as a script or call `ensure`.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH_DIR = ROOT / ".bench"
PEERS_REQUIREMENTS = ROOT / "bench" / "requirements-peers.txt"
RUNTIME_REQUIREMENTS = ROOT / "bench" / "requirements-runtime.txt"


@dataclass(frozen=True)
class Environments:
    tools: Path  # .bench/venv
    runtime: Path  # .bench/runtime

    @property
    def tools_bin(self) -> Path:
        return self.tools / "bin"

    @property
    def runtime_python(self) -> Path:
        return self.runtime / "bin" / "python"


def _log(message: str) -> None:
    print(f"[bench setup] {message}", file=sys.stderr, flush=True)


def _base_python() -> str:
    # A venv made from a venv's python points at the same base interpreter; use it directly.
    return getattr(sys, "_base_executable", None) or sys.executable


def _pip(env: Path, *args: str) -> None:
    command = [str(env / "bin" / "python"), "-m", "pip", "--disable-pip-version-check", *args]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise SystemExit(f"bench setup: {' '.join(command[3:])} failed (exit {result.returncode})")


def _ensure_env(env: Path, requirements: Path) -> None:
    digest = hashlib.sha256(requirements.read_bytes()).hexdigest()[:16]
    stamp = env / f".installed-{digest}"
    if stamp.exists() and (env / "bin" / "python").exists():
        return
    _log(f"creating {env.relative_to(ROOT)} from {requirements.relative_to(ROOT)} (needs the package index)")
    if env.exists():
        shutil.rmtree(env)
    subprocess.run([_base_python(), "-m", "venv", str(env)], check=True)
    _pip(env, "install", "--quiet", "-r", str(requirements))
    stamp.touch()


def java_version() -> str | None:
    """The first line of ``java -version``, or None when there is no Java."""
    if shutil.which("java") is None:
        return None
    result = subprocess.run(["java", "-version"], capture_output=True, text=True, check=False)
    lines = (result.stderr or result.stdout).strip().splitlines()
    return lines[0] if result.returncode == 0 and lines else None


def ensure(generated: Path = ROOT / "generated") -> Environments:
    envs = Environments(tools=BENCH_DIR / "venv", runtime=BENCH_DIR / "runtime")
    BENCH_DIR.mkdir(exist_ok=True)
    _ensure_env(envs.tools, PEERS_REQUIREMENTS)
    _ensure_env(envs.runtime, RUNTIME_REQUIREMENTS)
    _log(f"installing {generated.relative_to(ROOT)} into .bench/runtime")
    _pip(envs.runtime, "install", "--quiet", "--no-deps", "--force-reinstall", str(generated))
    return envs


if __name__ == "__main__":
    found = ensure()
    print(f"tools: {found.tools}\nruntime: {found.runtime}\njava: {java_version()}")
