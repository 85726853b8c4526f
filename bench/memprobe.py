"""Memory worker: peak RSS of one contender parsing one big change-log page, in a fresh process.

    python bench/memprobe.py CONTENDER BODY_FILE

The process imports the contender, builds its client, makes one warm-up call on a one-row page
(so lazy imports and validator construction are done) and reads the big envelope's bytes from
BODY_FILE (written by the harness, so that building the payload does not raise the high-water
mark). Then it resets the kernel's peak-RSS mark (``echo 5 > /proc/self/clear_refs``), records
the RSS (the baseline), parses the page through the client and records the peak RSS
(``VmHWM``) and the RSS with the result still alive. Prints one JSON object; sizes in KiB.

``ru_maxrss`` is recorded too but is not the measure: Linux carries it across fork and exec, so
a child starts with the RSS of the process that spawned it (the harness, ~40 MiB), which hides
any peak below that. ``VmHWM`` belongs to the process image and can be reset.
"""

from __future__ import annotations

import gc
import json
import resource
import sys
from pathlib import Path

import contenders
import payloads


def _status_kib(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
    except OSError:
        return False
    return True


def _maxrss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def main() -> int:
    contender, body_file = sys.argv[1], Path(sys.argv[2])
    small = payloads.change_log(1, seed=7)
    prepared = contenders.prepare(contender, "change-log-1000", small)
    prepared.canned.record = False
    prepared.call()  # warm-up: imports, validators, connection objects
    body = body_file.read_bytes()
    prepared.canned.body = body
    gc.collect()
    reset = _reset_peak()
    baseline_rss = _status_kib("VmRSS")
    baseline_hwm = _status_kib("VmHWM")
    baseline_max = _maxrss_kib()
    result = prepared.call()
    peak_hwm = _status_kib("VmHWM")
    peak_max = _maxrss_kib()
    after = _status_kib("VmRSS")
    got_rows, _first = prepared.summary(result)
    print(
        json.dumps(
            {
                "contender": contender,
                "rows": got_rows,
                "body_bytes": len(body),
                "peak_reset": reset,
                "baseline_rss_kib": baseline_rss,
                "baseline_hwm_kib": baseline_hwm,
                "peak_hwm_kib": peak_hwm,
                "rss_after_kib": after,
                "peak_delta_kib": peak_hwm - (baseline_rss if reset else baseline_hwm),
                "retained_delta_kib": after - baseline_rss,
                "ru_maxrss_before_kib": baseline_max,
                "ru_maxrss_after_kib": peak_max,
                "result_type": f"{type(result).__module__}.{type(result).__qualname__}",
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
