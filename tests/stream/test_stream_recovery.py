"""Regressions of the stream client: noticing a lost connection, requests meanwhile, overflow
accounting, the synchronous facade's errors and interrupted open, one resubscription per gap."""

from __future__ import annotations

import asyncio
import json
import signal
import threading
from collections.abc import AsyncIterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sixmm import AsyncClient, Client
from sixmm._stream import _Queue
from sixmm.stream import (
    Gap,
    OrderBook,
    Stream,
    StreamClosedError,
    StreamTimeoutError,
    SyncStream,
    UnknownMessage,
    track_order_book,
)
from sixmm.stream_models import DepthMessage
from sixmm.testing import FakeExchange
from tests.support.streams import RecordedSleeps, fast_options

TRADE = "market.trade.BTCUSDT"
TICKER = "market.ticker.BTCUSDT"
DEPTH = "market.depth.BTCUSDT"
RECV_TIMEOUT = 30.0
QUIET = 1_000.0
"""A ping interval whose pause never ends by itself (see `EndlessQuiet`)."""


class EndlessQuiet(RecordedSleeps):
    """The watchdog's quiet interval never elapses; every other sleep is near-instant.

    So anything the stream notices, it notices without the interval running out.
    """

    async def __call__(self, seconds: float) -> None:
        if seconds == QUIET:
            self.delays.append(seconds)
            await asyncio.Event().wait()
        await super().__call__(seconds)


@pytest.fixture
async def client(ex: FakeExchange) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(
        base_url=ex.url, api_key=ex.api_key, api_secret=ex.api_secret, clock=ex.clock.now
    ) as c:
        yield c


async def test_a_dropped_connection_is_noticed_without_waiting_for_the_ping_interval(
    ex: FakeExchange, client: AsyncClient
) -> None:
    options = fast_options(EndlessQuiet(), ping_interval=QUIET)
    async with client.stream.market([TRADE], url=ex.ws_url, options=options) as stream:
        await asyncio.to_thread(ex.stream.drop_connections)
        gap = await asyncio.wait_for(stream.recv(), RECV_TIMEOUT)
        assert isinstance(gap, Gap) and gap.reason == "reconnect"
        assert stream.reconnects == 1


async def test_subscribing_while_the_connection_is_lost_is_applied_by_the_reconnection(
    ex: FakeExchange, client: AsyncClient
) -> None:
    options = fast_options(EndlessQuiet(), ping_interval=QUIET)
    async with client.stream.market([TRADE], url=ex.ws_url, options=options) as stream:
        await asyncio.to_thread(ex.stream.drop_connections)
        await stream.subscribe([TICKER])  # no error: the topic waits for the reconnection
        assert stream.topics == (TRADE, TICKER)
        await asyncio.to_thread(ex.stream.wait_for_subscribers, TICKER)
        await stream.ping()  # connected again: requests are acknowledged
    with pytest.raises(StreamClosedError):
        await stream.subscribe(["market.trade.ETHUSDT"])  # closed for good: an error


async def test_a_request_on_a_closed_socket_raises_the_stream_closed_error() -> None:
    from websockets.exceptions import ConnectionClosedError

    class ClosedSocket:
        async def send(self, text: str) -> None:
            raise ConnectionClosedError(None, None)

    async def connect_url(refused: bool) -> str:
        raise AssertionError("not connecting")  # pragma: no cover

    stream = Stream(connect_url, (), options=fast_options())
    with pytest.raises(StreamClosedError) as caught:
        await stream._request("subscribe", (TRADE,), ClosedSocket())
    assert caught.value.request_id
    with pytest.raises(StreamClosedError):
        await stream.subscribe([TRADE])  # never opened


def _frames(numbers: range) -> list[str]:
    return [json.dumps({"topic": "market.trade.X", "data": n}) for n in numbers]


class _Frames:
    """A socket that yields ``frames`` and then ends."""

    def __init__(self, frames: list[str]) -> None:
        self._frames = iter(frames)

    def __aiter__(self) -> _Frames:
        return self

    async def __anext__(self) -> str:
        try:
            return next(self._frames)
        except StopIteration:
            raise StopAsyncIteration from None


async def _deliver(size: int, rounds: list[tuple[int, int]]) -> tuple[list[int], int, int]:
    """Push and consume as ``rounds`` say; what was delivered, reported dropped and pushed."""

    async def connect_url(refused: bool) -> str:
        raise AssertionError("not connecting")  # pragma: no cover

    stream = Stream(connect_url, (), options=fast_options(queue_size=size))
    queue = stream._queue = _Queue(size)
    delivered: list[int] = []
    dropped = pushed = 0

    def take(item: object) -> None:
        nonlocal dropped
        if isinstance(item, Gap):
            assert item.reason == "overflow"
            dropped += item.dropped
        else:
            assert isinstance(item, UnknownMessage)
            delivered.append(int(item.raw["data"]))  # type: ignore[call-overload]

    for pushes, reads in rounds:
        await stream._read(_Frames(_frames(range(pushed, pushed + pushes))))
        pushed += pushes
        for _ in range(min(reads, len(queue._items))):
            take(await queue.get())
    while queue._items:
        take(await queue.get())
    return delivered, dropped, pushed


@settings(max_examples=150, deadline=None)
@given(
    size=st.integers(1, 5),
    rounds=st.lists(st.tuples(st.integers(0, 12), st.integers(0, 6)), min_size=1, max_size=8),
)
def test_overflow_gaps_count_every_dropped_message(size: int, rounds: list[tuple[int, int]]) -> None:
    delivered, dropped, pushed = asyncio.run(_deliver(size, rounds))
    assert len(delivered) + dropped == pushed
    assert delivered == sorted(set(delivered))  # in order, none twice


def test_overflow_of_one_reports_one() -> None:
    delivered, dropped, pushed = asyncio.run(_deliver(3, [(4, 0)]))
    assert (delivered, dropped, pushed) == ([1, 2, 3], 1, 4)
    delivered, dropped, pushed = asyncio.run(_deliver(2, [(3, 0), (2, 0)]))
    assert (delivered, dropped, pushed) == ([3, 4], 3, 5)  # both overflows counted


def test_sync_stream_errors_are_the_sdk_errors(ex: FakeExchange) -> None:
    with Client(base_url=ex.url, api_key=ex.api_key, api_secret=ex.api_secret, clock=ex.clock.now) as client:
        unopened = client.stream.market([TRADE], url=ex.ws_url, options=fast_options())
        with pytest.raises(StreamClosedError):
            unopened.recv(RECV_TIMEOUT)
        with pytest.raises(StreamClosedError):
            unopened.subscribe([TICKER])
        with client.stream.market([], url=ex.ws_url, options=fast_options()) as stream:
            with pytest.raises(StreamTimeoutError) as caught:
                stream.recv(0.01)  # nothing is subscribed: nothing can arrive
            assert isinstance(caught.value, TimeoutError)  # code catching the built-in still works
        with pytest.raises(StreamClosedError):
            stream.recv(RECV_TIMEOUT)


def test_sync_open_interrupted_while_connecting_stops_the_attempt() -> None:
    connecting, ended = threading.Event(), threading.Event()

    async def connect_url(refused: bool) -> str:
        connecting.set()
        try:
            await asyncio.Event().wait()  # a server that never answers
        finally:
            ended.set()
        raise AssertionError("unreachable")  # pragma: no cover

    async def build() -> Stream:
        return Stream(connect_url, (), options=fast_options())

    main = threading.get_ident()

    def interrupt() -> None:
        if connecting.wait(RECV_TIMEOUT):
            signal.pthread_kill(main, signal.SIGINT)  # Ctrl-C while open() waits

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        stream = SyncStream(build)
        helper = threading.Thread(target=interrupt, daemon=True)
        helper.start()
        with pytest.raises(KeyboardInterrupt):
            stream.open()
        helper.join()
    finally:
        signal.signal(signal.SIGINT, previous)
    assert ended.is_set()  # close() cancelled the pending connection and waited for it


def _depth(kind: str, start: int | None, end: int) -> DepthMessage:
    data: dict[str, Any] = {"symbol": "BTCUSDT", "type": kind, "endVersion": end, "bids": [], "asks": []}
    if start is not None:
        data["startVersion"] = start
    return DepthMessage.model_validate({"topic": DEPTH, "event": "data", "ts": 1, "data": data})


class ScriptedStream:
    """Just what `track_order_book` uses of a `Stream`: topics, requests and messages."""

    def __init__(self, messages: list[object]) -> None:
        self.topics = (DEPTH,)
        self.requests: list[str] = []
        self._messages = messages

    async def subscribe(self, topics: list[str]) -> None:
        self.requests.append("subscribe")

    async def unsubscribe(self, topics: list[str]) -> None:
        self.requests.append("unsubscribe")

    async def __aiter__(self) -> AsyncIterator[object]:
        for message in self._messages:
            yield message


async def test_the_order_book_resubscribes_once_per_gap() -> None:
    first_gap = [_depth("update", v, v) for v in (3, 4, 5, 6)]  # 2 is missing: all wait for a snapshot
    second_gap = [_depth("update", v, v) for v in (8, 9)]
    script = ScriptedStream(
        [
            _depth("snapshot", None, 1),
            *first_gap,
            _depth("snapshot", None, 6),
            *second_gap,
            _depth("snapshot", None, 9),
        ]
    )
    book = OrderBook("BTCUSDT")
    versions = [b.version async for b in track_order_book(script, DEPTH, book)]  # type: ignore[arg-type]
    assert versions == [1, 6, 9]
    assert script.requests == ["unsubscribe", "subscribe"] * 2  # one pair per gap
    assert book.gaps == 2
