"""Statistics, targets and the BENCHMARKS.md text, from the raw results of bench/run.py.

Spread is shown as min–max and IQR (quartiles, inclusive method). Ratios between two contenders
are computed per round (both measured back to back in the same round), then summarized: the
median of those paired ratios is less sensitive to the machine's drift than a ratio of medians.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import Any

import contenders as contender_info
import payloads

OURS_GEN = "sixmm"
PEER_LABELS = {
    "sixmm": "sixmm (our generator)",
    "sixmm-warm": "sixmm, unchanged spec (cache warm)",
    "sixmm-1op": "sixmm, one operation changed (cache of the unchanged spec)",
    "opc": "openapi-python-client",
    "oag": "openapi-generator (python)",
}
MEMORY_LABELS = {
    "raw": "raw httpx + json.loads (dicts)",
    "sixmm-jwt": "sixmm.Client, JWT",
    "opc": "openapi-python-client client",
    "oag": "openapi-generator client",
}

# Targets from the issue (16).
GEN_VS_OPC = 1.5
GEN_VS_OAG = 0.3
GEN_ONE_OP_VS_COLD = 0.3
GEN_UNCHANGED_VS_OPC = 0.3
CALL_USER_INFO_VS_FLOOR = 1.5
CALL_CHANGE_LOG_VS_FLOOR_MODELS = 1.2
IMPORT_MS = 150.0
IMPORT_VS_FLOOR = 1.3
# What any httpx + pydantic client must import; `import sixmm` is judged as a ratio of it.
IMPORT_FLOOR = "httpx + pydantic (floor)"
# The sections after generation; a partial run (`--sections`) may leave them out.
RUNTIME_SECTIONS = ("call_path", "imports", "memory", "profiles")


def describe(values: Sequence[float]) -> dict[str, Any]:
    xs = sorted(values)
    if not xs:
        return {"n": 0}
    if len(xs) >= 2:
        q1, _q2, q3 = statistics.quantiles(xs, n=4, method="inclusive")
    else:
        q1 = q3 = xs[0]
    return {"n": len(xs), "median": statistics.median(xs), "min": xs[0], "max": xs[-1], "q1": q1, "q3": q3}


def paired(a: Sequence[float], b: Sequence[float]) -> dict[str, Any]:
    return describe([x / y for x, y in zip(a, b, strict=False) if y])


def paired_difference(a: Sequence[float], b: Sequence[float]) -> dict[str, Any]:
    return describe([x - y for x, y in zip(a, b, strict=False)])


# -- summary --------------------------------------------------------------------------------------


def summarize(results: dict[str, Any]) -> dict[str, Any]:
    summary: dict[str, Any] = {"generation": {}, "call_path": {}, "imports": {}, "memory": {}}
    for label, entry in results["generation"].items():
        rows: dict[str, Any] = {}
        ours = entry["contenders"].get(OURS_GEN, {}).get("samples_s", [])
        for name, info in entry["contenders"].items():
            samples = info.get("samples_s", [])
            rows[name] = {"seconds": describe(samples), "cpu_seconds": describe(info.get("cpu_s", []))}
            if name != OURS_GEN and samples and ours:
                rows[name]["ours_over_this"] = paired(ours, samples)
                rows[name]["this_over_ours"] = paired(samples, ours)
                ours_cpu = entry["contenders"][OURS_GEN].get("cpu_s", [])
                if info.get("cpu_s") and ours_cpu:
                    rows[name]["ours_over_this_cpu"] = paired(ours_cpu, info["cpu_s"])
        summary["generation"][label] = rows
    labels = list(results["generation"])
    synthetic = [label for label in labels if label.startswith("synthetic")]
    if "our spec" in labels and synthetic:
        small, large = "our spec", synthetic[0]
        growth = {}
        for name in summary["generation"][small]:
            a = summary["generation"][small][name]["seconds"]
            b = summary["generation"].get(large, {}).get(name, {}).get("seconds", {})
            if a.get("n") and b.get("n"):
                growth[name] = b["median"] / a["median"]
        summary["generation_growth"] = growth

    for op, entry in results.get("call_path", {}).get("ops", {}).items():
        samples = entry["samples_us"]
        rows = {}
        for name, values in samples.items():
            row: dict[str, Any] = {"us": describe(values)}
            if "raw" in samples:
                row["vs_raw"] = paired(values, samples["raw"])
            if "raw+models" in samples:
                row["vs_raw_models"] = paired(values, samples["raw+models"])
            if "opc" in samples:
                row["vs_opc"] = paired(values, samples["opc"])
            rows[name] = row
        if {"raw", "raw+models", "sixmm-jwt"} <= set(samples):
            rows["_decomposition"] = {
                "floor_us": describe(samples["raw"]),
                "models_us": paired_difference(samples["raw+models"], samples["raw"]),
                "client_us": paired_difference(samples["sixmm-jwt"], samples["raw+models"]),
            }
        summary["call_path"][op] = rows

    imports = results.get("imports")
    if imports:
        base_name = next(n for n, s in imports["statements"].items() if s == "pass")
        base = imports["samples_ms"][base_name]
        for name, values in imports["samples_ms"].items():
            row = {"ms": describe(values)}
            if name != base_name:
                row["net_ms"] = paired_difference(values, base)
                row["importtime_ms"] = imports["importtime_ms"].get(name)
                if name != "sixmm":
                    row["sixmm_over_this_net"] = paired(
                        [s - b for s, b in zip(imports["samples_ms"]["sixmm"], base, strict=False)],
                        [s - b for s, b in zip(values, base, strict=False)],
                    )
            summary["imports"][name] = row

    for name, runs in results.get("memory", {}).get("runs", {}).items():
        summary["memory"][name] = {
            "peak_delta_mib": describe([r["peak_delta_kib"] / 1024 for r in runs]),
            "retained_delta_mib": describe([r["retained_delta_kib"] / 1024 for r in runs]),
            "baseline_mib": describe([r["baseline_rss_kib"] / 1024 for r in runs]),
            "peak_mib": describe([r["peak_hwm_kib"] / 1024 for r in runs]),
            "result_type": runs[0]["result_type"] if runs else "",
        }
    streams = results.get("streams")
    if streams:
        raw, ours = streams["runs"]["raw"], streams["runs"]["sixmm"]
        summary["streams"] = {
            "raw_per_s": describe([r["per_second"] for r in raw]),
            "sixmm_per_s": describe([r["per_second"] for r in ours]),
            "ratio": paired([r["per_second"] for r in ours], [r["per_second"] for r in raw]),
            "raw_peak_mib": describe([r["peak_delta_kib"] / 1024 for r in raw]),
            "sixmm_peak_mib": describe([r["peak_delta_kib"] / 1024 for r in ours]),
        }
    summary["targets"] = targets(results, summary)
    return summary


def _status(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "MISS")


def _fmt_ratio(d: dict[str, Any] | None) -> str:
    if not d or not d.get("n"):
        return "n/a"
    return f"{d['median']:.2f}× [{d['min']:.2f}–{d['max']:.2f}]"


def targets(results: dict[str, Any], summary: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def add(name: str, target: str, measured: str, ok: bool | None) -> None:
        found.append({"name": name, "target": target, "measured": measured, "status": _status(ok)})

    gen = summary["generation"].get("our spec", {})
    for peer, limit in (("opc", GEN_VS_OPC), ("oag", GEN_VS_OAG)):
        ratio = gen.get(peer, {}).get("ours_over_this")
        cpu = gen.get(peer, {}).get("ours_over_this_cpu")
        add(
            f"generation, our spec: sixmm ÷ {PEER_LABELS[peer]}",
            f"≤ {limit}",
            (
                (_fmt_ratio(ratio) + (f"; CPU time {_fmt_ratio(cpu)}" if cpu else ""))
                if ratio
                else "not measured"
            ),
            None if not ratio or not ratio.get("n") else ratio["median"] <= limit,
        )
    growths = summary.get("generation_growth", {})
    growth, peer_growth = growths.get(OURS_GEN), growths.get("opc")
    large = next((label for label in summary["generation"] if label.startswith("synthetic")), "synthetic")
    add(
        f"growth, our spec → {large}: sixmm's below openapi-python-client's",
        "sixmm < opc",
        (
            f"sixmm {growth:.2f}×, opc {peer_growth:.2f}× (ratio of medians)"
            if growth and peer_growth
            else "not measured"
        ),
        None if growth is None or peer_growth is None else growth < peer_growth,
    )
    ratio = summary["generation"].get(large, {}).get("sixmm-1op", {}).get("this_over_ours")
    add(
        f"regeneration after a one-operation change, {large}: ÷ its cold generation",
        f"≤ {GEN_ONE_OP_VS_COLD}",
        _fmt_ratio(ratio) if ratio else "not measured",
        None if not ratio or not ratio.get("n") else ratio["median"] <= GEN_ONE_OP_VS_COLD,
    )
    warm = gen.get("sixmm-warm", {}).get("seconds", {})
    opc = gen.get("opc", {}).get("seconds", {})
    unchanged = warm["median"] / opc["median"] if warm.get("n") and opc.get("n") else None
    add(
        "regeneration of the unchanged spec (our spec) ÷ openapi-python-client's cold generation",
        f"≤ {GEN_UNCHANGED_VS_OPC}",
        f"{unchanged:.2f}× (ratio of medians)" if unchanged is not None else "not measured",
        None if unchanged is None else unchanged <= GEN_UNCHANGED_VS_OPC,
    )
    for label, rows in summary["generation"].items():
        if label in ("our spec", large):
            continue
        ratio = rows.get("opc", {}).get("ours_over_this")
        cpu = rows.get("opc", {}).get("ours_over_this_cpu")
        add(
            f"generation (cold), {label}: sixmm ÷ openapi-python-client",
            "reported",
            (
                (_fmt_ratio(ratio) + (f"; CPU time {_fmt_ratio(cpu)}" if cpu else ""))
                if ratio
                else "not measured"
            ),
            None,
        )
    if all(results.get(section) for section in RUNTIME_SECTIONS):
        found += _runtime_targets(results, summary)
    return found


def _runtime_targets(results: dict[str, Any], summary: dict[str, Any]) -> list[dict[str, Any]]:
    """The targets of the call path, import and memory sections."""
    found: list[dict[str, Any]] = []

    def add(name: str, target: str, measured: str, ok: bool | None) -> None:
        found.append({"name": name, "target": target, "measured": measured, "status": _status(ok)})

    calls = summary["call_path"]
    ratio = calls.get("user-info", {}).get("sixmm-jwt", {}).get("vs_raw")
    add(
        "call path, user info: sixmm JWT ÷ raw httpx floor (a)",
        f"≤ {CALL_USER_INFO_VS_FLOOR}",
        _fmt_ratio(ratio),
        None if not ratio else ratio["median"] <= CALL_USER_INFO_VS_FLOOR,
    )
    ratio = calls.get("change-log-1000", {}).get("sixmm-jwt", {}).get("vs_raw_models")
    add(
        "call path, change log 1,000 rows: sixmm JWT ÷ (floor + building the models) (a')",
        f"≤ {CALL_CHANGE_LOG_VS_FLOOR_MODELS}",
        _fmt_ratio(ratio),
        None if not ratio else ratio["median"] <= CALL_CHANGE_LOG_VS_FLOOR_MODELS,
    )
    for op in payloads.OPERATIONS:
        ratio = calls.get(op, {}).get("sixmm-jwt", {}).get("vs_opc")
        add(
            f"call path, {payloads.OPERATION_LABELS[op]}: sixmm JWT ÷ openapi-python-client (d)",
            "< 1.0",
            _fmt_ratio(ratio) if ratio else "not measured",
            None if not ratio else ratio["median"] < 1.0,
        )
    sixmm_import = summary["imports"].get("sixmm", {}).get("ms")
    add(
        "import sixmm, whole process (python -c 'import sixmm')",
        f"< {IMPORT_MS:.0f} ms",
        f"{sixmm_import['median']:.1f} ms [{sixmm_import['min']:.1f}–{sixmm_import['max']:.1f}]"
        f" (net of interpreter start: {summary['imports']['sixmm']['net_ms']['median']:.1f} ms; judged on the "
        "median, which includes the machine's load)",
        sixmm_import["median"] < IMPORT_MS,
    )
    floor = results["imports"]["samples_ms"].get(IMPORT_FLOOR)
    floor_ratio = paired(results["imports"]["samples_ms"]["sixmm"], floor) if floor else None
    add(
        "import sixmm ÷ import httpx, pydantic, whole process (paired runs)",
        f"≤ {IMPORT_VS_FLOOR}",
        _fmt_ratio(floor_ratio) if floor_ratio else "not measured",
        None if not floor_ratio else floor_ratio["median"] <= IMPORT_VS_FLOOR,
    )
    probe = results["imports"]["probe"]
    bad = sorted(set(probe["forbidden_on_import"]) | set(probe["forbidden_after_call"]))
    add(
        "import sixmm and a call load neither sixmm.testing, the CLI nor uvicorn",
        "none loaded",
        "none loaded" if not bad else ", ".join(bad),
        not bad,
    )
    ours_mem = summary["memory"].get("sixmm-jwt", {}).get("peak_delta_mib")
    opc_mem = summary["memory"].get("opc", {}).get("peak_delta_mib")
    add(
        f"peak memory to parse {results['memory']['rows']:,} rows: sixmm ≤ openapi-python-client",
        "≤ 1.0×",
        (
            (
                f"{ours_mem['median']:.1f} MiB vs {opc_mem['median']:.1f} MiB "
                f"({ours_mem['median'] / opc_mem['median']:.2f}×)"
            )
            if ours_mem and opc_mem
            else "not measured"
        ),
        None if not (ours_mem and opc_mem) else ours_mem["median"] <= opc_mem["median"],
    )
    return found


# -- markdown -------------------------------------------------------------------------------------


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(c).replace("|", "\\|") for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _spread(d: dict[str, Any], fmt: str = "{:.1f}") -> tuple[str, str, str]:
    if not d.get("n"):
        return "n/a", "n/a", "n/a"
    return (
        fmt.format(d["median"]),
        f"{fmt.format(d['q1'])}–{fmt.format(d['q3'])}",
        f"{fmt.format(d['min'])}–{fmt.format(d['max'])}",
    )


def _profile_rows(entries: Sequence[dict[str, Any]], total: float, calls: int = 1) -> list[list[str]]:
    rows = []
    for e in entries:
        rows.append(
            [
                f"`{e['function']}`",
                str(e["ncalls"]),
                f"{e['tottime_s'] * 1000 / calls:.2f}",
                f"{e['cumtime_s'] * 1000 / calls:.2f}",
                f"{100 * e['tottime_s'] / total:.1f}%" if total else "",
                f"{100 * e['cumtime_s'] / total:.1f}%" if total else "",
            ]
        )
    return rows


def render(results: dict[str, Any], json_name: str) -> str:
    s = results["summary"]
    m = results["machine"]
    settings = results["settings"]
    out: list[str] = []
    add = out.append
    add("# Benchmarks: sixmm vs openapi-python-client vs openapi-generator\n")
    add(
        f"Written by `make bench` (`bench/run.py`) on **{m['date_utc']}** and replaced on every run; "
        f"do not edit by hand. Raw samples: `{json_name}`. The machine is shared and noisy: read the "
        "**ratios** (each one computed between contenders measured back to back in the same round), "
        "not the absolute times."
    )
    if settings["quick"]:
        add("\n> **Quick run** (`--quick`): tiny run counts for the smoke test; the numbers mean nothing.")
    if settings["only_ours"]:
        add("\n> **`--only ours`**: the peers were not installed or measured.")
    add("\n## Machine\n")
    versions = ", ".join(f"{k} {v}" for k, v in results["versions"].items())
    add(
        _table(
            ["", ""],
            [
                ["date", m["date_utc"]],
                ["uname -a", f"`{m['uname']}`"],
                ["CPU", f"{m['cpu_model']} — {m['cpu_count']} logical cores ({m['cpu_affinity']} usable)"],
                ["memory", m["memory"]],
                ["Python (clients / our generator)", f"{m['python_runtime']} / {m['python_generator']}"],
                [
                    "Java (openapi-generator)",
                    (m["java"] or "not found: openapi-generator not measured")
                    + (" (not used: --only ours)" if settings["only_ours"] else ""),
                ],
                ["client environment", m["runtime_environment"]],
                ["versions", versions],
                [
                    "repository",
                    f"commit {m['git_commit']}, {m['git_dirty_files']} uncommitted file(s) in spec/, "
                    "generator/, templates/, generated/, extras/",
                ],
                [
                    "load average (start → end)",
                    f"{' '.join(m['loadavg_start'])} → {' '.join(m.get('loadavg_end', []))}",
                ],
                ["duration of the run", f"{m.get('duration_s', '?')} s"],
            ],
        )
    )

    add("\n## Targets\n")
    add(
        _table(
            ["target", "goal", "measured (median [min–max] of paired ratios)", "result"],
            [[t["name"], t["target"], t["measured"], f"**{t['status']}**"] for t in s["targets"]],
        )
    )

    # 1. generation
    add("\n## 1. Generation time (whole process, cold)\n")
    add(
        "Each run is a fresh process writing into an empty directory (bytecode caches and the OS file "
        f"cache are warm: {settings['gen_warmup']} discarded warm-up run per contender and spec). "
        "Contenders alternate run by run, in an order rotated each run. Commands: "
        "`.venv/bin/python -m generator generate --spec SPEC --out DIR`; "
        "`openapi-python-client generate --path SPEC --output-path DIR --config CFG` (its default ruff "
        "post-hooks included); `openapi-generator-cli generate -g python -i SPEC -o DIR "
        "--skip-validate-spec --additional-properties=packageName=sixmm_oag,projectName=sixmm-oag` "
        "(JVM start included). The peers build from the peer-compatible copy of the spec (see below). "
        "`sixmm` is a cold generation: its content cache (`SIXMM_CODEGEN_CACHE`) is emptied before "
        "every run. `sixmm-warm` regenerates the unchanged spec with the cache its warm-up run "
        "filled; `sixmm-1op` generates the synthetic spec with one optional query parameter added "
        "to its first GET operation, starting each run from a copy of the cache a generation of the "
        "unchanged synthetic spec filled. The largest spec of the test corpus (STAPI, "
        "`tests/generator/foreign/oas30-star-trek.yaml`) is given to every generator as written; "
        "sixmm generates it as a foreign spec (house rules off, `--config` of the run's work "
        "directory). CPU time is user + system of the process and of every process it waited for "
        "(our formatting workers, openapi-python-client's ruff, the JVM).\n"
    )
    for label, rows in s["generation"].items():
        entry = results["generation"][label]
        add(f"\n### {label} ({entry['operations']} operations, {entry['runs']} runs)\n")
        table = []
        for name, row in rows.items():
            info = entry["contenders"][name]
            med, iqr, rng = _spread(row["seconds"], "{:.2f}")
            cpu = row.get("cpu_seconds", {})
            output = info.get("output", {})
            table.append(
                [
                    PEER_LABELS.get(name, name),
                    med,
                    iqr,
                    rng,
                    f"{cpu['median']:.2f} [{cpu['min']:.2f}–{cpu['max']:.2f}]" if cpu.get("n") else "—",
                    "1 (reference)" if name == OURS_GEN else _fmt_ratio(row.get("ours_over_this")),
                    (
                        f"{output.get('py_files', '?')} / {output.get('py_lines', '?'):,}"
                        if output
                        else "failed"
                    ),
                ]
            )
            if info.get("error"):
                table[-1][1] = "failed: " + info["error"].splitlines()[0][:120]
        add(
            _table(
                [
                    "generator",
                    "median (s)",
                    "IQR (s)",
                    "min–max (s)",
                    "CPU s, median [min–max]",
                    "sixmm ÷ this",
                    ".py files / lines out",
                ],
                table,
            )
        )
    if s.get("generation_growth"):
        large = next(label for label in s["generation"] if label.startswith("synthetic"))
        add(
            f"\nGrowth from our spec to the {large} spec (ratio of medians): "
            + ", ".join(f"{PEER_LABELS.get(k, k)} {v:.2f}×" for k, v in s["generation_growth"].items())
            + "."
        )

    if not all(results.get(section) for section in RUNTIME_SECTIONS):
        measured = settings.get("sections") or ["generation"]
        add(f"\n> Partial run (`--sections {','.join(measured)}`): only the sections above were measured.")
        return "\n".join(out) + "\n"

    # 2. call path
    add("\n## 2. Call path (in-process, in-memory transport)\n")
    add(
        "One call = build the request, authenticate, pass it through the client's HTTP stack to an "
        "in-memory transport that answers canned envelope bytes (no sockets), read and decode the "
        "body, validate, build the result. Per operation, every contender is checked once (result "
        "content and request target), warmed up, calibrated so that a sample lasts "
        f"~{settings['call_target_ms']:.0f} ms, then sampled {settings['call_rounds']} times, "
        "contenders alternating within each round in an order rotated every round; `gc.collect()` "
        "before each sample. Ratios are medians of per-round ratios [min–max].\n"
    )
    for op, rows in s["call_path"].items():
        entry = results["call_path"]["ops"][op]
        add(f"\n### {payloads.OPERATION_LABELS.get(op, op)} — {entry['body_bytes']:,} bytes\n")
        table = []
        for name in entry["samples_us"]:
            row = rows[name]
            med, iqr, rng = _spread(row["us"])
            table.append(
                [
                    contender_info.LABELS.get(name, name),
                    med,
                    iqr,
                    rng,
                    _fmt_ratio(row.get("vs_raw")),
                    _fmt_ratio(row.get("vs_opc")) if "vs_opc" in row else "n/a",
                    f"`{entry['returns'][name].rsplit('.', 1)[-1]}`",
                ]
            )
        add(
            _table(
                ["contender", "µs/call median", "IQR", "min–max", "÷ (a) floor", "÷ (d) opc", "returns"],
                table,
            )
        )
        dec = rows.get("_decomposition")
        if dec:
            add(
                f"\nsixmm JWT, decomposed (medians of per-round differences): floor (httpx + json.loads) "
                f"{dec['floor_us']['median']:.1f} µs + building the models {dec['models_us']['median']:.1f} µs "
                f"+ sixmm's own client work {dec['client_us']['median']:.1f} µs. (The floor uses httpx's "
                "convenience API, `Client.get(path, params=...)`, which merges URL, params, headers and cookies; "
                "sixmm builds its `httpx.Request` itself and calls `send`, so its own work can come out "
                "negative.)"
            )

    # 3. imports
    add("\n## 3. Import time\n")
    add(
        "Whole process: wall time of `python -c STATEMENT` in a fresh process, minus `python -c pass` "
        "measured in the same round; both alternate with the other contenders "
        f"({settings['import_runs']} runs each, after warm-up runs, bytecode caches present). "
        "`-X importtime` is the interpreter's own figure for the statement's top-level imports (one run). "
        '"ready to call" imports what a call of openapi-python-client\'s client needs (its package '
        "`__init__` imports only the client class; sixmm and openapi-generator import everything up "
        "front).\n"
    )
    table = []
    for name, row in s["imports"].items():
        statement = results["imports"]["statements"][name].replace("\n", "; ")
        med, iqr, rng = _spread(row["ms"])
        net = row.get("net_ms")
        table.append(
            [
                name,
                f"`{statement}`",
                med,
                rng,
                f"{net['median']:.1f}" if net else "—",
                f"{row['importtime_ms']:.1f}" if row.get("importtime_ms") is not None else "—",
                _fmt_ratio(row.get("sixmm_over_this_net")) if row.get("sixmm_over_this_net") else "—",
            ]
        )
    add(
        _table(
            [
                "contender",
                "statement",
                "whole process ms (median)",
                "min–max",
                "net ms",
                "-X importtime ms",
                "sixmm net ÷ this net",
            ],
            table,
        )
    )
    probe = results["imports"]["probe"]
    add(
        f"\n`import sixmm` loads {probe['module_count_on_import']} modules; its own: "
        + ", ".join(f"`{x}`" for x in probe["sixmm_modules_on_import"])
        + ". After a client is built and two calls are made, also: "
        + (
            ", ".join(
                f"`{x}`"
                for x in sorted(
                    set(probe["sixmm_modules_after_call"]) - set(probe["sixmm_modules_on_import"])
                )
            )
            or "nothing else"
        )
        + ". Third-party top-level packages on import: "
        + ", ".join(f"`{x}`" for x in probe["third_party_on_import"] if not x.startswith("_"))
        + ". Not needed by a call and checked absent: `sixmm.testing`, `sixmm.cli`, `sixmm.__main__`, "
        "`uvicorn`, `starlette` — "
        + (
            "none loaded."
            if not (probe["forbidden_on_import"] or probe["forbidden_after_call"])
            else "**loaded: "
            + ", ".join(sorted(set(probe["forbidden_on_import"] + probe["forbidden_after_call"])))
            + "**."
        )
    )

    # 4. memory
    rows_count = results["memory"]["rows"]
    add(f"\n## 4. Memory: one {rows_count:,}-row change-log page\n")
    add(
        f"A fresh process per contender and run ({settings['mem_runs']} runs, alternating): import, build the "
        "client, one warm-up call on a 1-row page, read the "
        f"{results['memory']['body_bytes']:,}-byte envelope from a file; reset the kernel's peak-RSS mark "
        "(`/proc/self/clear_refs`), take the RSS (baseline), parse the page through the client over the "
        "in-memory transport, take the peak RSS (`VmHWM`). *Peak Δ* = peak − baseline; *retained Δ* = RSS "
        "with the result alive − baseline. (`ru_maxrss` is in results.json too, but Linux carries it over "
        "from the spawning process across fork/exec, so a child's `ru_maxrss` starts at the harness's "
        "RSS and hides smaller peaks.)\n"
    )
    table = []
    for name, row in s["memory"].items():
        table.append(
            [
                MEMORY_LABELS.get(name, name),
                *(_spread(row["peak_delta_mib"])[::2]),
                _spread(row["retained_delta_mib"])[0],
                _spread(row["baseline_mib"])[0],
                (
                    f"{row['peak_delta_mib']['median'] / s['memory']['opc']['peak_delta_mib']['median']:.2f}×"
                    if "opc" in s["memory"]
                    else "n/a"
                ),
                f"`{row['result_type'].rsplit('.', 1)[-1]}`",
            ]
        )
    add(
        _table(
            [
                "contender",
                "peak Δ MiB (median)",
                "min–max",
                "retained Δ MiB",
                "baseline MiB",
                "÷ opc",
                "result",
            ],
            table,
        )
    )

    # where the time goes
    add("\n## Where the time goes\n")
    prof = results["profiles"].get("call_path")
    if prof:
        calls = prof["calls"]
        add(
            f"\n### Call path: sixmm.Client (JWT), change log 1,000 rows — cProfile over {calls} calls\n\n"
            "Milliseconds per call (cProfile's overhead inflates Python-level functions; compiled code such "
            "as pydantic-core and the json C decoder shows up as single entries).\n"
        )
        add("By own time:\n")
        add(
            _table(
                ["function", "ncalls", "own ms/call", "cum ms/call", "own %", "cum %"],
                _profile_rows(prof["by_tottime"][:15], prof["total_s"], calls),
            )
        )
        add("\nBy cumulative time:\n")
        add(
            _table(
                ["function", "ncalls", "own ms/call", "cum ms/call", "own %", "cum %"],
                _profile_rows(prof["by_cumtime"][:15], prof["total_s"], calls),
            )
        )
    for gen in results["profiles"].get("generation", []):
        add(f"\n### Generation, {gen['label']} — cProfile of one `python -m generator generate`\n")
        add(
            f"Total {gen['total_s']:.2f} s under the profiler, of which importing modules "
            f"{gen['import_s']:.2f} s. Our generator's functions by cumulative time (the stages):\n"
        )
        add(
            _table(
                ["function", "ncalls", "own ms", "cum ms", "own %", "cum %"],
                _profile_rows(gen["ours_by_cumtime"][:15], gen["total_s"]),
            )
        )
        add("\nEverything, by own time:\n")
        add(
            _table(
                ["function", "ncalls", "own ms", "cum ms", "own %", "cum %"],
                _profile_rows(gen["by_tottime"][:15], gen["total_s"]),
            )
        )
    top = results["imports"].get("sixmm_importtime_top") or {}
    if top:
        add("\n### Import of sixmm — `python -X importtime -c 'import sixmm'` (one run)\n")
        add("Biggest subtrees (cumulative) under `sixmm`:\n")
        add(
            _table(
                ["module", "depth", "cumulative ms", "self ms"],
                [
                    [f"`{e['module']}`", str(e["depth"]), f"{e['cumulative_ms']:.1f}", f"{e['self_ms']:.1f}"]
                    for e in top.get("by_cumulative", [])
                ],
            )
        )
        add("\nBiggest self times:\n")
        add(
            _table(
                ["module", "depth", "self ms", "cumulative ms"],
                [
                    [f"`{e['module']}`", str(e["depth"]), f"{e['self_ms']:.1f}", f"{e['cumulative_ms']:.1f}"]
                    for e in top.get("by_self", [])
                ],
            )
        )

    if "streams" in s:
        st, count = s["streams"], results["streams"]["messages"]
        add(f"\n## 5. Streams: {count:,} trade pushes over a local WebSocket\n")
        add(
            "A fresh process per contender and run: a `websockets` server on 127.0.0.1 in the same process "
            "acknowledges the subscription and sends the pushes as fast as it can. *raw* (the floor) reads "
            "them with `websockets` and `json.loads`; *sixmm* reads them through the generated stream "
            "client (parse, validate into `TradeMessage` with `Decimal` fields, queue, `async for`). "
            "Memory: peak RSS (`VmHWM`) during the run minus the RSS before it; the client's queue "
            "holds what the consumer has not read yet, so this is the worst case of a burst.\n"
        )
        add(
            _table(
                ["", "raw websockets + json.loads", "sixmm stream client", "ratio sixmm/raw"],
                [
                    [
                        "messages/s (median)",
                        f"{st['raw_per_s']['median']:,.0f}",
                        f"{st['sixmm_per_s']['median']:,.0f}",
                        f"{st['ratio']['median']:.2f}",
                    ],
                    [
                        f"peak Δ MiB per {count:,} messages",
                        f"{st['raw_peak_mib']['median']:.1f}",
                        f"{st['sixmm_peak_mib']['median']:.1f}",
                        "",
                    ],
                ],
            )
        )

    # method
    add("\n## What is compared\n")
    add("Contenders of the call path (all in the same interpreter and environment):\n")
    for name, label in contender_info.LABELS.items():
        add(f"- **{label}** (`{name}`)")
    add(
        "\nWhat each returns: sixmm unwraps the envelope, raises on an error code and returns the typed "
        "`data` (`UserInfoData`, `AccountChangeLogPage` with `Decimal` amounts). The peers do not know "
        "the envelope: they return their model of the whole envelope, with decimals left as `str` "
        "(openapi-generator checks them against the spec's pattern; openapi-python-client does not). "
        "openapi-python-client's client is httpx-based and gets the same `httpx.MockTransport` as sixmm "
        "and the floor. openapi-generator's is urllib3-based: its PoolManager gets a connection-pool "
        "class whose `_make_request` (the socket step) returns the canned `urllib3.HTTPResponse`; "
        "everything above runs as in production.\n"
    )
    add(
        "Transformations in the peer-compatible copy of the spec (`spec/sixmm.yaml` itself is never changed):\n"
    )
    for item in results["peer_spec_transformations"]:
        add(f"- {item}")
    add(
        "\nThe synthetic spec: our spec plus renamed clones of its operations (paths prefixed `/cNN`, "
        "operationIds suffixed `CNN`, tags suffixed `-cNN` and declared, keepalive references renamed), "
        "all reusing our component schemas, cut to exactly the requested number of operations; the peers "
        "get its peer-compatible copy. Both are written to `.bench/work/specs/`.\n"
    )
    add(
        "Rerun: `make bench` (installs the peers into `.bench/` on first use; needs the package index "
        "and Java 17+). See `bench/README.md`.\n"
    )
    return "\n".join(out) + "\n"
