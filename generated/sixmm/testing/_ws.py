# Copied from extras/testing/_ws.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The WebSocket side of the fake exchange (`FakeExchange.stream`): ``/ws`` on the same server.

Public topics are subscribed with ``{id, op, args}`` and acknowledged; a connection opened
with ``?listenKey=`` or ``?token=`` gets the auth acknowledgement and is subscribed to
``user.<userId>`` by itself. Tests drive the feed from their own thread; every publish
returns once the frames are handed to each subscriber's connection, in order.

Faults: `drop_connections`, `mute_pings` (pings go unanswered), `skip_depth_version`,
`refuse_subscription`, `expire_listen_keys` (the key is gone and its connections closed
with code 4001, as the spec assumes).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs

from ._app import Receive, Scope, Send
from ._clock import ExchangeClock
from ._envelope import EnvelopeError
from ._jwt import TokenError, TokenIssuer
from ._market_feed import SymbolFeed
from ._state import ExchangeState

WS_PATH = "/ws"
CLOSE_LISTEN_KEY_EXPIRED = 4001
_PUBLISH_TIMEOUT = 5.0


def _running_on(loop: asyncio.AbstractEventLoop) -> bool:
    try:
        return asyncio.get_running_loop() is loop
    except RuntimeError:
        return False


class _Connection:
    def __init__(self, send: Send, loop: asyncio.AbstractEventLoop, listen_key: str | None) -> None:
        self.send_raw = send
        self.loop = loop
        self.listen_key = listen_key
        self.topics: set[str] = set()
        self.closed = False
        self.lock = asyncio.Lock()

    async def send(self, payload: dict[str, Any]) -> None:
        async with self.lock:
            if not self.closed:
                await self.send_raw({"type": "websocket.send", "text": json.dumps(payload)})

    async def close(self, code: int = 1000) -> None:
        async with self.lock:
            if not self.closed:
                self.closed = True
                await self.send_raw({"type": "websocket.close", "code": code})


class StreamHub:
    """The exchange's streams: market channels of a simulated feed and each user's channel."""

    def __init__(self, *, clock: ExchangeClock, state: ExchangeState, tokens: TokenIssuer) -> None:
        self.clock = clock
        self.state = state
        self.tokens = tokens
        self._lock = threading.Lock()
        self._connections: list[_Connection] = []
        self._feeds: dict[str, SymbolFeed] = {}
        self._refusals: dict[str, int] = {}
        self._mute_pings = 0
        self._skip: dict[str, int] = {}
        self.requests: list[dict[str, Any]] = []
        """Every request frame received, in order (tests read subscriptions here)."""
        self.connections_opened = 0

    # -- the simulated market -------------------------------------------------------------

    def feed(self, symbol: str) -> SymbolFeed:
        """The symbol's market, created at price 65000 (BTC), 3000 (ETH) or 100 on first use."""
        with self._lock:
            if symbol not in self._feeds:
                start = {"BTCUSDT": "65000", "ETHUSDT": "3000"}.get(symbol, "100")
                self._feeds[symbol] = SymbolFeed(symbol, Decimal(start))
            return self._feeds[symbol]

    def move_price(self, symbol: str, price: Decimal | str) -> None:
        """Move ``symbol`` to ``price``: a depth update, then its ticker, klines and all-tickers."""
        feed = self.feed(symbol)
        with self._lock:
            skip = self._skip.pop(symbol, 0)
        self._publish(f"market.depth.{symbol}", feed.move(Decimal(price), skip))
        self._publish_summaries(feed)

    def publish_trade(
        self, symbol: str, price: Decimal | str, qty: Decimal | str = "0.010", side: str = "BUY"
    ) -> None:
        """A trade on ``symbol``, then its ticker, klines and all-tickers."""
        feed = self.feed(symbol)
        self._publish(
            f"market.trade.{symbol}", feed.trade(Decimal(price), Decimal(qty), side, self.clock.now())
        )
        self._publish_summaries(feed)

    def _publish_summaries(self, feed: SymbolFeed) -> None:
        now = self.clock.now()
        self._publish(f"market.ticker.{feed.symbol}", feed.ticker(now))
        prefix = f"market.kline.{feed.symbol}."
        for interval in sorted({t[len(prefix) :] for t in self._subscribed() if t.startswith(prefix)}):
            self._publish(prefix + interval, feed.kline(interval, now))
        with self._lock:
            feeds = list(self._feeds.values())
        self._publish("market.tickers", [f.ticker(now) for f in feeds])

    def push_user_event(self, event: dict[str, Any], user_id: str | None = None) -> None:
        """Push ``event`` (``{"eventType": ..., ...}``) on the user channel of its user."""
        topic = f"user.{user_id or self.state.profile.user_id}"
        self._publish(topic, event, with_event=False)

    # -- faults ---------------------------------------------------------------------------

    def drop_connections(self) -> None:
        """Close every open connection abruptly (code 1011), as a restart would."""
        self._each(lambda c: c.close(1011), list(self._open()))

    def mute_pings(self, count: int = 1_000_000) -> None:
        """Leave the next ``count`` application pings unanswered (a silent, stale connection)."""
        with self._lock:
            self._mute_pings = count

    def skip_depth_version(self, symbol: str, versions: int = 1) -> None:
        """The next depth update of ``symbol`` jumps ``versions`` versions (a lost update)."""
        with self._lock:
            self._skip[symbol] = self._skip.get(symbol, 0) + versions

    def refuse_subscription(self, topic: str, count: int = 1) -> None:
        """Refuse the next ``count`` subscriptions that include ``topic``."""
        with self._lock:
            self._refusals[topic] = self._refusals.get(topic, 0) + count

    def expire_listen_keys(self) -> None:
        """Expire every listenKey now and close their connections with code 4001."""
        for key in list(self.state.listen_keys):
            with contextlib.suppress(EnvelopeError):
                self.state.close_listen_key(key)
        self._each(lambda c: c.close(CLOSE_LISTEN_KEY_EXPIRED), [c for c in self._open() if c.listen_key])

    # -- observing ------------------------------------------------------------------------

    def subscribers(self, topic: str) -> int:
        """How many open connections are subscribed to ``topic``."""
        return sum(1 for c in self._open() if topic in c.topics)

    def wait_for_subscribers(self, topic: str, count: int = 1, timeout: float = 5.0) -> None:
        """Return once ``count`` connections are subscribed to ``topic`` (TimeoutError after ``timeout``)."""
        deadline = time.monotonic() + timeout
        while self.subscribers(topic) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{count} subscriber(s) of {topic} did not come")
            time.sleep(0.005)

    def reset(self) -> None:
        """No feeds, no faults, no recorded requests; open connections are closed."""
        self.drop_connections()
        with self._lock:
            self._feeds.clear()
            self._refusals.clear()
            self._skip.clear()
            self._mute_pings = 0
            self.requests.clear()
            self.connections_opened = 0

    # -- delivery -------------------------------------------------------------------------

    def _open(self) -> list[_Connection]:
        with self._lock:
            return [c for c in self._connections if not c.closed]

    def _subscribed(self) -> set[str]:
        # Under the lock: the server's loop changes the sets (under it too) while a test publishes.
        with self._lock:
            return {t for c in self._connections if not c.closed for t in c.topics}

    def _publish(self, topic: str, data: Any, with_event: bool = True) -> None:
        message: dict[str, Any] = {"topic": topic, "ts": self.clock.now(), "data": data}
        if with_event:
            message = {"topic": topic, "event": "data", "ts": message["ts"], "data": data}
        self._each(lambda c: c.send(message), [c for c in self._open() if topic in c.topics])

    def _each(self, action: Callable[[_Connection], Any], connections: Iterable[_Connection]) -> None:
        futures = []
        for connection in connections:
            future = asyncio.run_coroutine_threadsafe(action(connection), connection.loop)
            # A publisher on the connection's own loop (a REST request pushing a user event)
            # must not block that loop waiting for the send it just scheduled.
            if not _running_on(connection.loop):
                futures.append(future)
        for future in futures:
            # A connection closing meanwhile is not the publisher's problem.
            with contextlib.suppress(Exception):
                future.result(_PUBLISH_TIMEOUT)

    # -- ASGI -----------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one WebSocket connection."""
        message = await receive()
        if message["type"] != "websocket.connect":
            return
        if scope.get("path") != WS_PATH:
            await send({"type": "websocket.close", "code": 1008})
            return
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        listen_key = (query.get("listenKey") or [None])[0]
        token = (query.get("token") or [None])[0]
        user_id = None
        refusal = None
        if listen_key is not None:
            if listen_key in self.state.listen_keys:
                user_id = self.state.profile.user_id
            else:
                refusal = "listenKey does not exist"
        elif token is not None:
            try:
                user_id = self.tokens.verify(token).sub
            except TokenError as error:
                refusal = error.message
        await send({"type": "websocket.accept"})
        connection = _Connection(send, asyncio.get_running_loop(), listen_key)
        if refusal is not None:
            await connection.send({"event": "auth", "success": False, "message": refusal})
            await connection.close(CLOSE_LISTEN_KEY_EXPIRED)
            return
        with self._lock:
            self._connections.append(connection)
            self.connections_opened += 1
        try:
            if user_id is not None:
                with self._lock:
                    connection.topics.add(f"user.{user_id}")  # before the ack: once acknowledged, events flow
                await connection.send({"event": "auth", "success": True, "data": user_id})
            while True:
                message = await receive()
                if message["type"] == "websocket.disconnect":
                    return
                text = message.get("text") or (message.get("bytes") or b"").decode("utf-8", "replace")
                await self._request(connection, text)
        finally:
            connection.closed = True
            with self._lock:
                self._connections.remove(connection)

    async def _request(self, connection: _Connection, text: str) -> None:
        try:
            request = json.loads(text)
        except ValueError:
            return
        if not isinstance(request, dict):
            return
        with self._lock:
            self.requests.append(request)
        request_id, op, args = request.get("id"), request.get("op"), request.get("args") or []
        topics = [a for a in args if isinstance(a, str)]
        ack: dict[str, Any] = {"id": request_id, "event": op, "success": True, "data": topics}
        if op == "ping":
            with self._lock:
                muted = self._mute_pings > 0
                self._mute_pings -= 1 if muted else 0
            if not muted:
                await connection.send({"id": request_id, "event": "ping", "success": True, "data": []})
            return
        if op == "subscribe":
            refused = self._take_refusal(topics)
            if refused is not None or not all(t.startswith("market.") for t in topics):
                why = f"subscription refused: {refused}" if refused else "unknown topic"
                await connection.send({**ack, "success": False, "message": why})
                return
            with self._lock:
                connection.topics.update(topics)  # before the ack: once acknowledged, pushes flow
            await connection.send(ack)
            for topic in topics:
                if topic.startswith("market.depth."):
                    feed = self.feed(topic.removeprefix("market.depth."))
                    await connection.send(
                        {"topic": topic, "event": "data", "ts": self.clock.now(), "data": feed.snapshot()}
                    )
            return
        if op == "unsubscribe":
            with self._lock:
                connection.topics.difference_update(topics)
            await connection.send(ack)
            return
        await connection.send({**ack, "success": False, "message": f"unknown op {op!r}"})

    def _take_refusal(self, topics: list[str]) -> str | None:
        with self._lock:
            for topic in topics:
                if self._refusals.get(topic, 0) > 0:
                    self._refusals[topic] -= 1
                    return topic
        return None
