# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Real-time streams of 6MM WebSocket API 1.0.0: ``client.stream``.

``async with client.stream.market(["market.trade.BTCUSDT"]) as s: async for message in s:``
yields the stream models (`sixmm.stream_models`), `Gap` notices after a
reconnection and `UnknownMessage` for pushes the spec does not describe. With `Client`,
the same calls return a synchronous stream (``with ...: for message in s:``).
The URL defaults to ``SIXMM_STREAM_URL`` or the spec's server.
"""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import quote

from . import stream_models as _models
from ._orderbook import OrderBook, track_order_book
from ._stream import Route, Stream, StreamOptions
from ._stream_errors import (
    Gap,
    StreamAuthError,
    StreamClosedError,
    StreamError,
    StreamTimeoutError,
    SubscriptionRefusedError,
    UnknownMessage,
)
from ._stream_sync import SyncStream

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

__all__ = [
    "AsyncStreams",
    "Streams",
    "Stream",
    "SyncStream",
    "StreamOptions",
    "OrderBook",
    "track_order_book",
    "Gap",
    "UnknownMessage",
    "StreamError",
    "StreamClosedError",
    "StreamTimeoutError",
    "SubscriptionRefusedError",
    "StreamAuthError",
    "DEFAULT_STREAM_URL",
    "ROUTES",
]

DEFAULT_STREAM_URL = "wss://ws.6mm.com/ws"
STREAM_URL_ENV = "SIXMM_STREAM_URL"

ROUTES = (
    Route(re.compile("^market\\.depth\\.[^.]+$"), _models.DepthMessage, ()),
    Route(re.compile("^market\\.trade\\.[^.]+$"), _models.TradeMessage, ()),
    Route(re.compile("^market\\.kline\\.[^.]+\\.[^.]+$"), _models.KlineMessage, ()),
    Route(re.compile("^market\\.ticker\\.[^.]+$"), _models.TickerMessage, ()),
    Route(re.compile("^market\\.tickers$"), _models.TickersMessage, ()),
    Route(
        re.compile("^user\\.[^.]+$"),
        _models.OrderTradeUpdateMessage,
        (("eventType", "ORDER_TRADE_UPDATE"),),
    ),
    Route(
        re.compile("^user\\.[^.]+$"),
        _models.AccountUpdateMessage,
        (("eventType", "ACCOUNT_UPDATE"),),
    ),
)
"""Topic pattern → message model, one per message of each channel of the spec."""


def _stream_url(url: str | None) -> str:
    return url or os.environ.get(STREAM_URL_ENV) or DEFAULT_STREAM_URL


def _with_query(url: str, name: str, value: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}{name}={quote(value, safe='')}"


class AsyncStreams:
    """The streams of an `AsyncClient`: ``client.stream``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def market(
        self, topics: Iterable[str], *, url: str | None = None, options: StreamOptions | None = None
    ) -> Stream:
        """A stream of public topics (e.g. ``market.depth.BTCUSDT``); ``async with`` it."""
        base = _stream_url(url)

        async def connect_url(refused: bool) -> str:
            return base

        return Stream(connect_url, ROUTES, topics, options=options)

    def user(
        self,
        *,
        url: str | None = None,
        options: StreamOptions | None = None,
        access_token: str | None = None,
    ) -> Stream:
        """The private user stream, authenticated with ``access_token`` (a JWT) when given,
        else with a listenKey it creates and keeps alive (`AsyncListenKeyManager`).

        When the key is refused or a renewal fails, a new key is created and the stream
        reconnects with it (a `Gap` follows).
        """
        base = _stream_url(url)
        if access_token is not None:
            token = access_token

            async def token_url(refused: bool) -> str:
                return _with_query(base, "token", token)

            return Stream(token_url, ROUTES, authenticated=True, options=options)
        from .keepalive import AsyncListenKeyManager  # noqa: PLC0415

        holder: list[Stream] = []

        def on_new_key(key: str) -> None:
            if holder:
                asyncio.get_running_loop().create_task(holder[0].reconnect())

        manager = AsyncListenKeyManager(self._client, on_new_key=on_new_key)

        async def key_url(refused: bool) -> str:
            if manager.key is None:
                await manager.start()
            elif refused:
                await manager.run_once()
            assert manager.key is not None
            return _with_query(base, "listenKey", manager.key)

        stream = _ManagedStream(
            key_url, ROUTES, authenticated=True, options=options, manager=manager
        )
        holder.append(stream)
        return stream


class _ManagedStream(Stream):
    """A stream that stops its key's keepalive (``keepalive``) when it closes."""

    def __init__(self, *args: object, manager: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.keepalive = manager

    async def close(self) -> None:
        await super().close()
        stop = getattr(self.keepalive, "stop", None)
        if stop is not None:
            await stop()


class Streams:
    """The streams of a `Client`: ``client.stream``, each a `SyncStream` run in a background thread."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def market(
        self, topics: Iterable[str], *, url: str | None = None, options: StreamOptions | None = None
    ) -> SyncStream:
        """As `AsyncStreams.market`, for synchronous code: ``with`` it, then ``for message in it``."""
        topics = list(topics)
        base = _stream_url(url)

        async def build() -> Stream:
            async def connect_url(refused: bool) -> str:
                return base

            return Stream(connect_url, ROUTES, topics, options=options)

        return SyncStream(build)

    def user(
        self,
        *,
        url: str | None = None,
        options: StreamOptions | None = None,
        access_token: str | None = None,
    ) -> SyncStream:
        """As `AsyncStreams.user`, for synchronous code (the listenKey is kept alive by `ListenKeyManager`)."""
        base = _stream_url(url)
        if access_token is not None:
            token = access_token

            async def build_token() -> Stream:
                async def token_url(refused: bool) -> str:
                    return _with_query(base, "token", token)

                return Stream(token_url, ROUTES, authenticated=True, options=options)

            return SyncStream(build_token)
        from .keepalive import ListenKeyManager  # noqa: PLC0415

        holder: list[Stream] = []
        loops: list[asyncio.AbstractEventLoop] = []

        def on_new_key(key: str) -> None:
            if holder and loops:
                asyncio.run_coroutine_threadsafe(holder[0].reconnect(), loops[0])

        manager = ListenKeyManager(self._client, on_new_key=on_new_key)

        async def build_key() -> Stream:
            loops.append(asyncio.get_running_loop())

            async def key_url(refused: bool) -> str:
                if manager.key is None:
                    await asyncio.to_thread(manager.start)
                elif refused:
                    await asyncio.to_thread(manager.run_once)
                assert manager.key is not None
                return _with_query(base, "listenKey", manager.key)

            stream = Stream(key_url, ROUTES, authenticated=True, options=options)
            holder.append(stream)
            return stream

        return SyncStream(build_key, cleanup=manager.stop)
