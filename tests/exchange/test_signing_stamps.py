"""No two requests a client signs carry the same timestamp, so none is refused as a replay.

The exchange refuses a signature it has seen on order paths (3004). With a clock frozen at one
millisecond every request of a client lands in the same millisecond: identical requests from
one call's retries, from several calls, threads and tasks, and from ``with_options`` copies.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from sixmm import AsyncClient, Client
from sixmm.testing import FakeExchange
from tests.support.clients import local_exchange


@pytest.fixture(scope="module")
def exchange() -> Iterator[FakeExchange]:
    with local_exchange() as ex:
        yield ex


def _signatures(ex: FakeExchange) -> list[str]:
    return [
        value
        for request in ex.requests
        for name, _, value in (pair.partition("=") for pair in request.query_string.split("&"))
        if name == "signature"
    ]


def test_identical_calls_in_one_millisecond_are_signed_apart(exchange: FakeExchange) -> None:
    exchange.reset()
    with Client(
        base_url=exchange.url,
        api_key=exchange.api_key,
        api_secret=exchange.api_secret,
        clock=exchange.clock.now,
        time_sync_interval=None,
    ) as client:
        copy = client.with_options(max_retries=0)
        calls = [client, copy] * 4
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(lambda c: c.order.get_current(symbol="BTCUSDT"), calls))
    assert len(results) == 8
    signatures = _signatures(exchange)
    assert len(signatures) == 8 and len(set(signatures)) == 8


async def test_identical_async_tasks_in_one_millisecond_are_signed_apart(exchange: FakeExchange) -> None:
    exchange.reset()
    async with AsyncClient(
        base_url=exchange.url,
        api_key=exchange.api_key,
        api_secret=exchange.api_secret,
        clock=exchange.clock.now,
        time_sync_interval=None,
    ) as client:
        results = await asyncio.gather(*(client.order.get_current(symbol="BTCUSDT") for _ in range(6)))
    assert len(results) == 6
    assert len(set(_signatures(exchange))) == 6
