"""Running the generated command line in a subprocess, against a local exchange."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from tests.support.paths import GENERATED


def cli_environment(
    url: str, credentials: Mapping[str, str], extra_path: Path | None = None
) -> dict[str, str]:
    """A clean environment: the package importable from generated/, credentials as SIXMM_* variables."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIXMM_")}
    env["PYTHONPATH"] = str(GENERATED)
    env["COLUMNS"] = "200"  # help text unwrapped, so tests can look for whole phrases
    env["SIXMM_BASE_URL"] = url
    env.update(credentials)
    if extra_path is not None:
        env["PATH"] = f"{extra_path}{os.pathsep}{env.get('PATH', '')}"
    return env


def run_cli(*args: str, env: Mapping[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``python -m sixmm ARGS`` with ``env``; never raises on a non-zero exit status."""
    return subprocess.run(
        [sys.executable, "-m", "sixmm", *args],
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def install_shim(directory: Path) -> Path:
    """A ``sixmm`` executable in ``directory`` that runs this interpreter's ``-m sixmm``."""
    directory.mkdir(parents=True, exist_ok=True)
    shim = directory / "sixmm"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m sixmm "$@"\n', encoding="utf-8")
    shim.chmod(shim.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return directory
