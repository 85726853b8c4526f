"""Stream worker: messages per second through a stream consumer, and its memory, in a fresh process.

    python bench/streamprobe.py CONTENDER MESSAGES

A local WebSocket server on 127.0.0.1 (in this process) answers a subscribe request with its
acknowledgement and then sends MESSAGES pre-encoded trade pushes as fast as it can, then one
``market.trade.END`` push. CONTENDER is ``raw`` (the floor: `websockets` + `json.loads`, no
validation) or ``sixmm`` (the generated stream client: parse, validate into the models, queue,
dispatch to ``async for``). The clock runs from the subscription to the END push. Peak RSS
(``VmHWM``, reset before the run) minus the RSS before it is the memory measure. Prints one
JSON object; sizes in KiB.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import Any

TOPIC = "market.trade.BTCUSDT"
END = "market.trade.END"


def _status_kib(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak() -> None:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
    except OSError:
        pass


def _frames(count: int) -> list[str]:
    frames = []
    for n in range(count):
        data = {
            "symbol": "BTCUSDT",
            "tradeId": str(n),
            "price": f"{65000 + n % 100}.5",
            "qty": "0.010",
            "side": "BUY" if n % 2 else "SELL",
            "time": 1772007815000 + n,
        }
        frames.append(json.dumps({"topic": TOPIC, "event": "data", "ts": 1772007815000 + n, "data": data}))
    end = {"symbol": "END", "price": "0", "qty": "0", "time": 0}
    frames.append(json.dumps({"topic": END, "event": "data", "ts": 0, "data": end}))
    return frames


async def _serve(frames: list[str]) -> Any:
    from websockets.asyncio.server import serve

    async def handler(ws: Any) -> None:
        async for raw in ws:
            request = json.loads(raw)
            await ws.send(json.dumps({"id": request["id"], "event": request["op"], "success": True, "data": []}))
            if request["op"] == "subscribe":
                for frame in frames:
                    await ws.send(frame)

    return await serve(handler, "127.0.0.1", 0, max_size=None)


async def _raw(url: str) -> int:
    from websockets.asyncio.client import connect

    count = 0
    async with connect(url, ping_interval=None, max_queue=None) as ws:
        await ws.send(json.dumps({"id": "1", "op": "subscribe", "args": [TOPIC]}))
        async for raw in ws:
            message = json.loads(raw)
            if message.get("topic") == END:
                return count
            if "topic" in message:
                count += 1
    return count


async def _sixmm(url: str) -> int:
    from sixmm.stream import ROUTES, Stream, StreamOptions

    async def connect_url(refused: bool) -> str:
        return url

    count = 0
    options = StreamOptions(ping_interval=None, queue_size=1_000_000)
    async with Stream(connect_url, ROUTES, [TOPIC], options=options) as stream:
        async for message in stream:
            if getattr(message, "topic", None) == END:
                return count
            count += 1
    return count


async def main_async(contender: str, count: int) -> dict[str, Any]:
    frames = _frames(count)
    server = await _serve(frames)
    port = server.sockets[0].getsockname()[1]
    url = f"ws://127.0.0.1:{port}/ws"
    consume = {"raw": _raw, "sixmm": _sixmm}[contender]
    await consume(url)  # warm-up: imports, validators, connection set-up
    _reset_peak()
    baseline = _status_kib("VmRSS")
    started = time.perf_counter()
    received = await consume(url)
    elapsed = time.perf_counter() - started
    peak = _status_kib("VmHWM")
    server.close()
    await server.wait_closed()
    return {
        "contender": contender,
        "messages": received,
        "seconds": elapsed,
        "per_second": received / elapsed,
        "baseline_kib": baseline,
        "peak_delta_kib": peak - baseline,
    }


def main() -> int:
    contender, count = sys.argv[1], int(sys.argv[2])
    print(json.dumps(asyncio.run(main_async(contender, count))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
