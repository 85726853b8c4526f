"""Call-path worker: run inside the environment under test, print one JSON document.

    python bench/callpath.py --contenders raw,sixmm-jwt,... --rounds 15 --target-ms 100

For each operation: every contender is built and verified (one call, result and request
target checked), warmed up and calibrated (iterations per sample so that one sample lasts about
``--target-ms``). Then ``--rounds`` rounds; in each round every contender takes one sample, in
an order rotated by one position per round, after a ``gc.collect()``. A sample is the mean time
of its iterations (``time.perf_counter_ns``), in microseconds per call.

With ``--profile-op``, the ``sixmm-jwt`` call on that operation is also run under cProfile and
its top entries are included.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import re
import sys
import time
from pathlib import Path
from typing import Any

import contenders
import payloads


def _calibrate(call: Any, warmup_s: float, target_ns: int) -> int:
    for _ in range(3):
        call()
    count = 0
    start = time.perf_counter_ns()
    deadline = start + int(warmup_s * 1e9)
    while True:
        call()
        count += 1
        now = time.perf_counter_ns()
        if now >= deadline and count >= 3:
            break
    per_call = (now - start) / count
    return max(1, round(target_ns / per_call))


def _sample(call: Any, iterations: int) -> float:
    gc.collect()
    start = time.perf_counter_ns()
    for _ in range(iterations):
        call()
    return (time.perf_counter_ns() - start) / iterations / 1000.0


def _profile(call: Any, calls: int, top: int) -> dict[str, Any]:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        call()
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    entries = []
    for (filename, line, name), (cc, nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        entries.append(
            {
                "function": _function_name(filename, line, name),
                "ncalls": nc,
                "primitive_calls": cc,
                "tottime_s": tt,
                "cumtime_s": ct,
            }
        )
    by_tottime = sorted(entries, key=lambda e: e["tottime_s"], reverse=True)[:top]
    by_cumtime = sorted(entries, key=lambda e: e["cumtime_s"], reverse=True)[:top]
    return {"calls": calls, "total_s": total, "by_tottime": by_tottime, "by_cumtime": by_cumtime}


_ROOT = str(Path(__file__).resolve().parents[1]) + "/"
_STDLIB = re.compile(r"^.*/lib/python3\.\d+/")


def _function_name(filename: str, line: int, name: str) -> str:
    """Short, machine-independent names: package-relative paths, repo-relative for ours."""
    if filename == "~":
        return name  # a built-in
    if "site-packages/" in filename:
        filename = filename.split("site-packages/", 1)[1]
    elif filename.startswith(_ROOT):
        filename = filename[len(_ROOT) :]
    else:
        filename = _STDLIB.sub("", filename)
    return f"{filename}:{line}({name})"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contenders", default=",".join(contenders.CONTENDERS))
    parser.add_argument("--ops", default=",".join(payloads.OPERATIONS))
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--target-ms", type=float, default=100.0)
    parser.add_argument("--warmup-s", type=float, default=0.3)
    parser.add_argument("--profile-op", default="")
    parser.add_argument("--profile-calls", type=int, default=30)
    parser.add_argument("--profile-top", type=int, default=25)
    args = parser.parse_args()

    names = [c for c in args.contenders.split(",") if c]
    ops = [o for o in args.ops.split(",") if o]
    target_ns = int(args.target_ms * 1e6)
    result: dict[str, Any] = {"ops": {}, "python": sys.version, "profile": None}
    for op in ops:
        body = payloads.OPERATIONS[op][2]()
        prepared = {name: contenders.prepare(name, op, body) for name in names}
        returns = {name: contenders.verify(name, op, p, body) for name, p in prepared.items()}
        iterations = {name: _calibrate(p.call, args.warmup_s, target_ns) for name, p in prepared.items()}
        samples: dict[str, list[float]] = {name: [] for name in names}
        orders = []
        for round_index in range(args.rounds):
            shift = round_index % len(names)
            order = names[shift:] + names[:shift]
            orders.append(order)
            for name in order:
                samples[name].append(_sample(prepared[name].call, iterations[name]))
        result["ops"][op] = {
            "body_bytes": len(body),
            "rows": payloads.OPERATIONS[op][3],
            "iterations": iterations,
            "returns": returns,
            "samples_us": samples,
            "orders": orders,
        }
        if op == args.profile_op and "sixmm-jwt" in prepared:
            result["profile"] = {
                "op": op,
                "contender": "sixmm-jwt",
                **_profile(prepared["sixmm-jwt"].call, args.profile_calls, args.profile_top),
            }
        del prepared
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
