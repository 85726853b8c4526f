"""`make bench` cannot rot: its harness runs end to end here, on tiny counts and without peers.

``bench/run.py --quick --only ours`` installs nothing (the peers need the package index and
minutes): it times our generator on our spec and on a small synthetic spec, the call path of
sixmm against the raw-httpx floor, the import of sixmm and the memory of one big page, and
writes BENCHMARKS.md and results.json into a temporary directory, never into the repository.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from typing import Any

import pytest

from tests.support.paths import ROOT

pytestmark = pytest.mark.slow

RUN = ROOT / "bench" / "run.py"


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Any], str]:
    base = tmp_path_factory.mktemp("bench")
    out = base / "out"
    repo_outputs = [ROOT / "BENCHMARKS.md", ROOT / "bench" / "results.json"]
    before = {p: p.stat().st_mtime_ns for p in repo_outputs if p.exists()}
    result = subprocess.run(
        [
            sys.executable,
            str(RUN),
            "--quick",
            "--only",
            "ours",
            "--output-dir",
            str(out),
            "--work-dir",
            str(base / "work"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    after = {p: p.stat().st_mtime_ns for p in repo_outputs if p.exists()}
    assert after == before, "a --output-dir run must not touch the repository's BENCHMARKS.md/results.json"
    markdown = (out / "BENCHMARKS.md").read_text(encoding="utf-8")
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    return markdown, results, result.stderr


def test_writes_the_report_with_every_table(quick_run: tuple[str, dict[str, Any], str]) -> None:
    markdown, _, _ = quick_run
    for expected in (
        "## Machine",
        "| uname -a |",
        "## Targets",
        "## 1. Generation time (whole process, cold)",
        "### our spec (53 operations",
        "| sixmm (our generator) |",
        "## 2. Call path (in-process, in-memory transport)",
        "| (a) raw httpx + json.loads (floor) |",
        "| (a') floor + sixmm models built |",
        "| (b) sixmm.Client, JWT |",
        "| (c) sixmm.Client, API key + HMAC |",
        "### change log, 1,000 rows",
        "## 3. Import time",
        "| sixmm | `import sixmm` |",
        "## 4. Memory: one 10,000-row change-log page",
        "| sixmm.Client, JWT |",
        "## Where the time goes",
        "### Call path: sixmm.Client (JWT), change log 1,000 rows",
        "### Generation, our spec",
        "| call path, user info: sixmm JWT ÷ raw httpx floor (a) | ≤ 1.5 |",
        "| import sixmm, whole process (python -c 'import sixmm') | < 150 ms |",
        "| regeneration after a one-operation change, synthetic, 60 operations: ÷ its cold generation |",
    ):
        assert expected in markdown, expected


def test_results_hold_the_raw_samples(quick_run: tuple[str, dict[str, Any], str]) -> None:
    _, results, _ = quick_run
    generation = results["generation"]["our spec"]["contenders"]["sixmm"]
    assert generation["samples_s"] and all(s > 0 for s in generation["samples_s"])
    assert generation["output"]["py_files"] > 0
    assert len(generation["cpu_s"]) == len(generation["samples_s"])
    assert all(s > 0 for s in generation["cpu_s"])
    synthetic = next(v for k, v in results["generation"].items() if k.startswith("synthetic"))
    assert synthetic["contenders"]["sixmm-1op"]["samples_s"]  # regeneration after a one-operation change
    assert "sixmm-1op" not in results["generation"]["our spec"]["contenders"]
    ops = results["call_path"]["ops"]
    assert set(ops) == {"user-info", "change-log-100", "change-log-1000"}
    for entry in ops.values():
        assert set(entry["samples_us"]) == {"raw", "raw+models", "sixmm-jwt", "sixmm-apikey"}
        assert all(v > 0 for values in entry["samples_us"].values() for v in values)
    assert ops["change-log-1000"]["returns"]["sixmm-jwt"] == "sixmm.models.AccountChangeLogPage"
    assert results["imports"]["samples_ms"]["sixmm"]
    assert results["imports"]["samples_ms"]["httpx + pydantic (floor)"]
    assert results["memory"]["runs"]["sixmm-jwt"][0]["rows"] == 10_000
    statuses = {t["name"]: t["status"] for t in results["summary"]["targets"]}
    assert statuses["generation, our spec: sixmm ÷ openapi-python-client"] == "n/a"  # no peers here
    assert results["profiles"]["call_path"]["by_tottime"]


def test_a_call_never_loads_the_test_server_or_the_cli(quick_run: tuple[str, dict[str, Any], str]) -> None:
    _, results, _ = quick_run
    probe = results["imports"]["probe"]
    # Resources and models load on first use: importing the package loads neither.
    assert "sixmm.models" not in probe["sixmm_modules_on_import"]
    assert not any(m.startswith("sixmm.resources.") for m in probe["sixmm_modules_on_import"])
    assert {"sixmm.models", "sixmm.resources.user"} <= set(probe["sixmm_modules_after_call"])
    assert probe["forbidden_on_import"] == []
    assert probe["forbidden_after_call"] == []
    assert probe["pydantic_models_on_import"] is False


def test_streams_section_compares_the_stream_client_with_raw_websockets(
    quick_run: tuple[str, dict[str, Any], str],
) -> None:
    markdown, results, _ = quick_run
    assert "## 5. Streams" in markdown and "ratio sixmm/raw" in markdown
    runs = results["streams"]["runs"]
    assert {r["messages"] for r in runs["raw"] + runs["sixmm"]} == {results["streams"]["messages"]}
    assert results["summary"]["streams"]["ratio"]["median"] > 0


def test_a_partial_run_measures_only_what_it_names_and_never_replaces_the_report(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    work = tmp_path_factory.mktemp("bench-partial")
    repo_outputs = [ROOT / "BENCHMARKS.md", ROOT / "bench" / "results.json"]
    before = {p: p.stat().st_mtime_ns for p in repo_outputs if p.exists()}
    arguments = ["--quick", "--only", "ours", "--sections", "generation", "--specs", "ours"]
    arguments += ["--generators", "sixmm", "--work-dir", str(work)]
    result = subprocess.run(
        [sys.executable, str(RUN), *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert {p: p.stat().st_mtime_ns for p in repo_outputs if p.exists()} == before
    markdown = (work / "partial" / "BENCHMARKS.md").read_text(encoding="utf-8")
    results = json.loads((work / "partial" / "results.json").read_text(encoding="utf-8"))
    assert list(results["generation"]) == ["our spec"]
    assert list(results["generation"]["our spec"]["contenders"]) == ["sixmm"]
    assert not results["call_path"] and not results["imports"] and not results["memory"]
    assert "### our spec (53 operations" in markdown
    assert "Partial run (`--sections generation`)" in markdown
    assert "## 2. Call path" not in markdown


def test_sections_must_be_known() -> None:
    result = subprocess.run(
        [sys.executable, str(RUN), "--sections", "generation,speed"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "expected a comma-separated subset of" in result.stderr


@pytest.mark.parametrize(
    ("arguments", "partial"),
    [
        ([], False),
        (["--sections", "generation"], True),
        (["--specs", "ours"], True),
        (["--generators", "sixmm"], True),
    ],
)
def test_a_run_of_some_specs_or_generators_is_partial_too(
    monkeypatch: pytest.MonkeyPatch, arguments: list[str], partial: bool
) -> None:
    """Only a run of everything may replace the committed BENCHMARKS.md."""
    monkeypatch.syspath_prepend(str(ROOT / "bench"))
    bench_run = importlib.import_module("run")
    settings = bench_run.parse_args(arguments)
    assert settings.partial is partial
    paths = bench_run.output_paths(settings)
    assert (paths[0] == ROOT / "BENCHMARKS.md") is not partial
