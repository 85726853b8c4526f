"""After a stream has opened, a refusal its connection task meets is the reader's, and the stream goes on.

Resubscription refusals are queued topic by topic while the session starts; the only refusal
that reaches the connection loop itself after the first open is a refused watchdog ping. It must
not be taken for a failed open (the opener has long returned): the reader gets it from the
iteration, and the stream reconnects and resubscribes.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from websockets.asyncio.server import ServerConnection, serve

from sixmm.stream import Gap, Stream, SubscriptionRefusedError
from tests.support.streams import fast_options

TRADE = "market.trade.BTCUSDT"
RECV_TIMEOUT = 30.0


class PingRefusingServer:
    """A stream server on 127.0.0.1 that acknowledges every request but refuses the first ping."""

    def __init__(self) -> None:
        self.subscriptions: list[list[str]] = []
        self.pings_refused = 0
        self.connections = 0
        self.resubscribed = asyncio.Event()

    async def handle(self, ws: ServerConnection) -> None:
        self.connections += 1
        async for raw in ws:
            request: dict[str, Any] = json.loads(raw)
            ack: dict[str, Any] = {"id": request["id"], "event": request["op"], "success": True, "data": []}
            if request["op"] == "subscribe":
                self.subscriptions.append(list(request["args"]))
                if len(self.subscriptions) == 2:
                    self.resubscribed.set()
            if request["op"] == "ping" and not self.pings_refused:
                self.pings_refused += 1
                ack = {"id": request["id"], "event": "ping", "success": False, "message": "ping refused"}
            await ws.send(json.dumps(ack))


@pytest.fixture
async def server() -> AsyncIterator[tuple[PingRefusingServer, str]]:
    script = PingRefusingServer()
    async with serve(script.handle, "127.0.0.1", 0) as running:
        host, port = next(iter(running.sockets)).getsockname()[:2]
        yield script, f"ws://{host}:{port}/ws"


async def test_a_refusal_after_the_open_is_delivered_and_the_stream_reconnects(
    server: tuple[PingRefusingServer, str],
) -> None:
    script, url = server

    async def connect_url(refused: bool) -> str:
        return url

    stream = Stream(connect_url, (), [TRADE], options=fast_options(ping_interval=1.0))
    async with stream:
        assert stream._task is not None
        connection_task = stream._task
        received = asyncio.ensure_future(stream.recv())
        await asyncio.wait(
            {received, connection_task}, timeout=RECV_TIMEOUT, return_when=asyncio.FIRST_COMPLETED
        )
        assert received.done(), "the connection task ended instead of delivering the refusal"
        with pytest.raises(SubscriptionRefusedError, match="ping refused"):
            received.result()
        gap = await asyncio.wait_for(stream.recv(), RECV_TIMEOUT)
        assert isinstance(gap, Gap) and gap.reason == "reconnect"
        await asyncio.wait_for(script.resubscribed.wait(), RECV_TIMEOUT)
        assert not connection_task.done()
        assert stream.topics == (TRADE,)
    assert script.pings_refused == 1
    assert script.connections == 2
    assert script.subscriptions == [[TRADE], [TRADE]]
