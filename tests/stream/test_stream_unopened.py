"""A stream that was never opened refuses reads and (un)subscriptions with the SDK's error."""

from __future__ import annotations

import pytest

from sixmm import AsyncClient
from sixmm.stream import StreamClosedError

NOWHERE = "ws://127.0.0.1:9/ws"  # never connected: the stream is not opened


async def test_an_unopened_stream_refuses_reads_and_requests() -> None:
    async with AsyncClient(base_url="http://127.0.0.1:9") as client:
        stream = client.stream.market(["market.trade.BTCUSDT"], url=NOWHERE)
        with pytest.raises(StreamClosedError, match=r"^the stream is not open \(request_id=None\)$"):
            await stream.__anext__()
        with pytest.raises(
            StreamClosedError, match=r"^cannot unsubscribe: the stream is closed \(request_id=None\)$"
        ):
            await stream.unsubscribe(["market.trade.BTCUSDT"])
        with pytest.raises(
            StreamClosedError, match=r"^cannot subscribe: the stream is closed \(request_id=None\)$"
        ):
            await stream.subscribe(["market.depth.BTCUSDT"])
