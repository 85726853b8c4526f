# Copied from generator/runtime/_stream.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""One WebSocket stream: subscriptions, acknowledgements, reconnection, a watchdog and a queue.

The protocol is the one the AsyncAPI document describes: requests ``{id, op, args}``
acknowledged by ``{id, event, success, data}``; pushes ``{topic, event, ts, data}``; a
connection opened with credentials is first acknowledged by ``{event: "auth", ...}``.
The generated ``stream`` module supplies the routes from topics to message models.

Reconnection: any lost connection (closed, refused, or silent: the watchdog sends an
application ping after ``ping_interval`` quiet seconds and gives up after ``stale_after``
more without its acknowledgement) is reopened after a bounded exponential backoff with
jitter, re-authenticated (`connect_url` is asked again, so a private stream can bring a
fresh listenKey) and resubscribed; a `Gap` notice then precedes the new connection's
messages, since pushes sent while disconnected are lost.

Slow consumers: messages wait in a queue of ``queue_size``. When it is full the oldest
queued messages are discarded and a `Gap` with ``reason="overflow"`` takes their place at the
head of the queue, counting them (one notice however many overflows happen before it is read),
so reading the socket (and answering its pings) never stops for a slow consumer.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import itertools
import json
import logging
import random
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Self
from urllib.parse import urlsplit, urlunsplit

from pydantic import BaseModel, ValidationError

from ._stream_errors import (
    Gap,
    StreamAuthError,
    StreamClosedError,
    StreamError,
    StreamTimeoutError,
    SubscriptionRefusedError,
    UnknownMessage,
)

_PACKAGE = __name__.rpartition(".")[0]
logger = logging.getLogger(_PACKAGE + ".stream")

__all__ = ["Route", "StreamOptions", "Stream", "redact_url"]

Sleep = Callable[[float], Awaitable[None]]
ConnectUrl = Callable[[bool], Awaitable[str]]
"""Returns the URL to (re)connect to; its argument is True after the server refused the last one."""

_REQUEST_IDS = itertools.count(int(time.time() * 1000))
_QUERY = re.compile(r"\?[^\s]*")


class _RedactQuery(logging.Filter):
    """Hides query strings (listenKey, token) in the WebSocket library's records: it logs the request line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                _QUERY.sub("?<redacted>", a) if isinstance(a, str) else a for a in record.args
            )
        record.msg = _QUERY.sub("?<redacted>", str(record.msg))
        return True


wire_logger = logging.getLogger(__name__.rpartition(".")[0] + ".stream.wire")
"""The WebSocket library's records (handshake, frames at DEBUG), secrets redacted."""
wire_logger.addFilter(_RedactQuery())


@dataclass(frozen=True)
class Route:
    """Topics matching ``pattern`` are parsed with ``model`` when ``data`` has every ``match`` value."""

    pattern: re.Pattern[str]
    model: type[BaseModel]
    match: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class StreamOptions:
    """Tuning of a stream; the docs give no heartbeat interval or idle timeout.

    ``ack_timeout``: seconds to wait for a request's acknowledgement. ``ping_interval``:
    quiet seconds before an application ping; ``stale_after``: seconds without its
    acknowledgement before the connection counts as dead (None disables the watchdog).
    ``backoff_initial``/``backoff_max``: reconnection delays double from the first to the
    cap, each scaled by a random factor in [0.5, 1). ``max_reconnects``: consecutive failed
    attempts before the stream gives up (None: never). ``queue_size``: see the module doc.
    ``sleep`` and ``random`` replace `asyncio.sleep` and `random.random` in tests.
    """

    ack_timeout: float = 10.0
    ping_interval: float | None = 20.0
    stale_after: float = 10.0
    backoff_initial: float = 0.5
    backoff_max: float = 30.0
    max_reconnects: int | None = None
    queue_size: int = 10_000
    sleep: Sleep = asyncio.sleep
    random: Callable[[], float] = random.random
    open_timeout: float = 10.0

    def backoff(self, attempt: int) -> float:
        """The delay before reconnection attempt ``attempt`` (0-based)."""
        delay = min(self.backoff_max, self.backoff_initial * 2.0**attempt)
        return delay * (0.5 + self.random() / 2)


def redact_url(url: str) -> str:
    """``url`` without its query string, which may hold a listenKey or token."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "<redacted>" if parts.query else "", ""))


def _decode(routes: Sequence[Route], payload: dict[str, Any]) -> object:
    topic = payload.get("topic")
    if isinstance(topic, str):
        data = payload.get("data")
        for route in routes:
            if not route.pattern.match(topic):
                continue
            if route.match and not (isinstance(data, dict) and all(data.get(k) == v for k, v in route.match)):
                continue
            try:
                return route.model.model_validate(payload)
            except ValidationError:
                logger.warning("stream push on %s does not match %s", topic, route.model.__name__)
                break
    return UnknownMessage(topic if isinstance(topic, str) else None, payload)


@dataclass
class _Pending:
    op: str
    topics: tuple[str, ...]
    future: asyncio.Future[dict[str, Any]] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


class _Queue:
    """A bounded FIFO of messages (plus notices) that discards its oldest messages when full.

    ``size`` bounds the messages; notices (`Gap`, errors, the end) do not count. What
    `push` discards is counted by the overflow `Gap` it puts at the head, which takes over
    the count of a `Gap` discarded with them: delivered + reported dropped = pushed.
    """

    def __init__(self, size: int) -> None:
        self._items: collections.deque[object] = collections.deque()
        self._size = max(1, size)
        self._messages = 0
        self._ready = asyncio.Event()
        self.dropped = 0

    def put(self, item: object) -> None:
        """Queue a notice (never discards anything)."""
        self._items.append(item)
        self._ready.set()

    def push(self, message: object, topics: tuple[str, ...]) -> None:
        """Queue a message; when full, discard the oldest, an overflow `Gap` in their place."""
        dropped = 0
        while self._messages >= self._size:
            old = self._items.popleft()
            if _is_message(old):
                self._messages -= 1
                dropped += 1
            elif isinstance(old, Gap):
                dropped += old.dropped
        self._items.append(message)
        self._messages += 1
        if dropped:
            self.dropped += dropped
            self._items.appendleft(Gap("overflow", topics, dropped))
        self._ready.set()

    async def get(self) -> object:
        while not self._items:
            self._ready.clear()
            await self._ready.wait()
        item = self._items.popleft()
        if _is_message(item):
            self._messages -= 1
        return item


def _is_message(item: object) -> bool:
    return not isinstance(item, Gap | _End | BaseException)


class Stream:
    """A WebSocket stream: ``async with`` it, then ``async for message in stream``.

    Messages are the spec's models, `Gap` notices and `UnknownMessage`; errors that end
    the stream (`StreamClosedError`, `StreamAuthError`) are raised by the iteration.
    """

    def __init__(
        self,
        connect_url: ConnectUrl,
        routes: Sequence[Route],
        topics: Iterable[str] = (),
        *,
        authenticated: bool = False,
        options: StreamOptions | None = None,
    ) -> None:
        self._connect_url = connect_url
        self._routes = tuple(routes)
        self._topics: dict[str, None] = dict.fromkeys(topics)
        self._authenticated = authenticated
        self.options = options or StreamOptions()
        self._queue: _Queue | None = None
        self._ws: Any = None
        self._pending: dict[str, _Pending] = {}
        self._task: asyncio.Task[None] | None = None
        self._connected: asyncio.Event | None = None
        self._closing = False
        self._failure: BaseException | None = None
        self._received = 0
        self.user_id: str | None = None
        """The user id of the authentication acknowledgement (private streams)."""
        self.reconnects = 0
        """How many times the connection was reopened."""

    @property
    def topics(self) -> tuple[str, ...]:
        """The topics subscribed (or to be resubscribed on reconnection)."""
        return tuple(self._topics)

    # -- lifecycle ------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        await self.open()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def open(self) -> None:
        """Connect, authenticate and subscribe.

        A refused subscription or authentication raises at once; an unreachable server is
        retried with backoff (up to ``max_reconnects`` attempts when set).
        """
        self._queue = _Queue(self.options.queue_size)
        self._connected = asyncio.Event()
        first: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._task = asyncio.create_task(self._run(first), name=f"{_PACKAGE}-stream")
        try:
            await first
        except BaseException:
            await self.close()
            raise

    async def close(self) -> None:
        """Close the connection and stop reconnecting."""
        self._closing = True
        if self._ws is not None:
            with contextlib.suppress(Exception):
                await self._ws.close()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
            self._task = None
        self._fail_pending(StreamClosedError("the stream is closed"))
        if self._queue is not None:
            self._queue.put(_End())  # a consumer still iterating stops after what was received

    # -- consuming ------------------------------------------------------------------------

    def __aiter__(self) -> AsyncIterator[object]:
        return self

    async def __anext__(self) -> object:
        if self._queue is None:
            raise StreamClosedError("the stream is not open")
        item = await self._queue.get()
        if isinstance(item, _End):
            self._queue.put(item)  # every later read ends too
            if item.error is not None:
                raise item.error
            raise StopAsyncIteration
        if isinstance(item, BaseException):
            raise item
        return item

    async def recv(self) -> object:
        """The next message (what one step of ``async for`` returns)."""
        return await self.__anext__()

    # -- requests -------------------------------------------------------------------------

    async def subscribe(self, topics: Iterable[str]) -> None:
        """Subscribe to more topics; returns once acknowledged.

        Raises `SubscriptionRefusedError` (the topics are not kept) or `StreamTimeoutError`.
        While reconnecting (also when the connection is lost before the acknowledgement),
        it returns at once: the topics are subscribed with the others once reconnected.
        After `close` (or when the stream gave up) it raises `StreamClosedError`.
        """
        self._check_open("subscribe")
        new = tuple(t for t in topics if t not in self._topics)
        if not new:
            return
        self._topics.update(dict.fromkeys(new))
        if self._ws is not None:
            try:
                await self._request_unless_reconnecting("subscribe", new)
            except SubscriptionRefusedError:
                for topic in new:
                    self._topics.pop(topic, None)
                raise

    async def unsubscribe(self, topics: Iterable[str]) -> None:
        """Unsubscribe from topics; returns once acknowledged (at once while reconnecting)."""
        self._check_open("unsubscribe")
        gone = tuple(t for t in topics if t in self._topics)
        for topic in gone:
            self._topics.pop(topic, None)
        if gone and self._ws is not None:
            await self._request_unless_reconnecting("unsubscribe", gone)

    def _check_open(self, op: str) -> None:
        if self._closing or self._task is None or self._task.done():
            raise StreamClosedError(f"cannot {op}: the stream is closed")

    async def _request_unless_reconnecting(self, op: str, topics: tuple[str, ...]) -> None:
        """A (un)subscription; a connection lost meanwhile is no error: reconnection applies `topics`."""
        try:
            await self._request(op, topics)
        except StreamClosedError:
            self._check_open(op)

    async def reconnect(self) -> None:
        """Drop the connection now; it is reopened (with a fresh URL) and resubscribed."""
        if self._ws is not None:
            with contextlib.suppress(Exception):
                await self._ws.close(code=4002, reason="reconnect")

    async def ping(self) -> None:
        """One application ping; returns once acknowledged (`StreamClosedError` when not connected)."""
        await self._request("ping", ())

    async def _request(
        self, op: str, topics: tuple[str, ...], ws: Any = None, timeout: float | None = None
    ) -> dict[str, Any]:
        ws = ws or self._ws
        timeout = self.options.ack_timeout if timeout is None else timeout
        if ws is None:
            raise StreamClosedError(f"cannot {op}: not connected")
        from websockets.exceptions import ConnectionClosed  # noqa: PLC0415

        request_id = str(next(_REQUEST_IDS))
        pending = _Pending(op, topics)
        self._pending[request_id] = pending
        try:
            try:
                await ws.send(json.dumps({"id": request_id, "op": op, "args": list(topics)}))
            except ConnectionClosed:
                lost = StreamClosedError(f"cannot {op}: the connection was lost", request_id=request_id)
                raise lost from None
            logger.debug("stream %s %s id=%s", op, list(topics), request_id)
            try:
                ack = await asyncio.wait_for(pending.future, timeout)
            except TimeoutError:
                raise StreamTimeoutError(
                    f"{op} was not acknowledged within {timeout} s", request_id=request_id
                ) from None
        finally:
            self._pending.pop(request_id, None)
        if ack.get("success") is not True:
            message = str(ack.get("message") or f"{op} refused")
            raise SubscriptionRefusedError(message, request_id=request_id, topics=topics)
        return ack

    def _fail_pending(self, error: StreamError) -> None:
        for pending in self._pending.values():
            if not pending.future.done():
                pending.future.set_exception(error)
                pending.future.exception()  # retrieved: nobody may be waiting any more
        self._pending.clear()

    # -- the connection -------------------------------------------------------------------

    async def _run(self, first: asyncio.Future[None]) -> None:
        from websockets.asyncio.client import connect  # noqa: PLC0415
        from websockets.exceptions import InvalidStatus, WebSocketException  # noqa: PLC0415

        attempt = 0
        refused = False
        opened_once = False
        assert self._queue is not None
        while not self._closing:
            url = ""
            try:
                url = await self._connect_url(refused)
                refused = False
                async with connect(
                    url,
                    open_timeout=self.options.open_timeout,
                    ping_interval=None,
                    max_queue=None,
                    logger=wire_logger,
                ) as ws:
                    logger.info("stream connected to %s", redact_url(url))
                    reader = asyncio.create_task(self._read(ws), name=f"{_PACKAGE}-stream-reader")
                    try:
                        await self._start_session(ws, reader, resumed=opened_once)
                        opened_once = True
                        attempt = 0
                        if not first.done():
                            first.set_result(None)
                        await self._watch(ws, reader)
                    finally:
                        self._ws = None
                        reader.cancel()
                        with contextlib.suppress(asyncio.CancelledError, Exception):
                            await reader
                        self._fail_pending(StreamClosedError("the connection was lost"))
            except asyncio.CancelledError:
                raise
            except StreamAuthError as error:
                logger.warning("stream authentication refused: %s", error.message)
                if not first.done():
                    first.set_exception(error)
                    return
                refused = True
            except SubscriptionRefusedError as error:
                if not first.done():
                    first.set_exception(error)
                    return
                self._queue.put(error)
            except (OSError, TimeoutError, WebSocketException, StreamError) as error:
                if isinstance(error, InvalidStatus):
                    refused = True
                if not first.done() and self.options.max_reconnects == 0:
                    first.set_exception(StreamClosedError(f"cannot connect: {type(error).__name__}"))
                    return
                logger.info("stream connection to %s lost: %s", redact_url(url), type(error).__name__)
            except Exception as error:  # noqa: BLE001 - e.g. the listenKey could not be created
                # Not a connection problem that waiting cures: the consumer gets the error
                # instead of a stream that never opens (or never delivers again).
                logger.warning("stream stopped: %s: %s", type(error).__name__, error)
                if not first.done():
                    first.set_exception(error)
                    return
                self._queue.put(_End(error))
                return
            if self._is_closing():
                break
            if self.options.max_reconnects is not None and attempt >= self.options.max_reconnects:
                gave_up = StreamClosedError(f"gave up after {attempt} reconnection attempts")
                if not first.done():
                    first.set_exception(gave_up)
                    return
                self._queue.put(_End(gave_up))
                return
            await self.options.sleep(self.options.backoff(attempt))
            attempt += 1
        if not first.done():
            first.set_exception(StreamClosedError("the stream is closed"))

    def _is_closing(self) -> bool:
        return self._closing

    async def _start_session(self, ws: Any, reader: asyncio.Task[None], *, resumed: bool) -> None:
        """Wait for the auth acknowledgement, announce a gap, resubscribe."""
        assert self._queue is not None
        if self._authenticated:
            self._auth = asyncio.get_running_loop().create_future()
            done, _ = await asyncio.wait(
                {self._auth, reader}, timeout=self.options.ack_timeout, return_when=asyncio.FIRST_COMPLETED
            )
            if self._auth not in done:
                raise StreamTimeoutError("no authentication acknowledgement")
            ack = self._auth.result()
            if ack.get("success") is not True:
                raise StreamAuthError(str(ack.get("message") or "authentication refused"))
            self.user_id = str(ack.get("data")) if ack.get("data") is not None else None
        if resumed:
            self.reconnects += 1
            self._queue.put(Gap("reconnect", self.topics))
        self._ws = ws
        if self._topics:
            try:
                await self._request("subscribe", self.topics, ws)
            except SubscriptionRefusedError:
                if not resumed:
                    raise
                # Refused on resubscription: topic by topic, so that only the refused ones are
                # dropped; the consumer gets each refusal from the iteration and the stream goes on
                # (a reconnection would only be refused again).
                for topic in self.topics:
                    try:
                        await self._request("subscribe", (topic,), ws)
                    except SubscriptionRefusedError as error:
                        self._topics.pop(topic, None)
                        self._queue.put(error)

    async def _watch(self, ws: Any, reader: asyncio.Task[None]) -> None:
        """Until the reader ends: ping after quiet periods, drop the connection when stale."""
        interval = self.options.ping_interval
        if interval is None:
            await reader
            return
        while not reader.done():
            seen = self._received
            # A lost connection ends the reader: notice it at once, not after the quiet interval.
            pause = asyncio.ensure_future(self.options.sleep(interval))
            try:
                await asyncio.wait({reader, pause}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                pause.cancel()
            if reader.done() or self._received != seen:
                continue
            try:
                await self._request("ping", (), ws, self.options.stale_after)
            except StreamTimeoutError:
                logger.warning("stream stale: no ping acknowledgement; reconnecting")
                await ws.close(code=4000, reason="stale")
                return
            except StreamClosedError:
                return
        reader.result()

    async def _read(self, ws: Any) -> None:
        assert self._queue is not None
        async for raw in ws:
            self._received += 1
            try:
                payload = json.loads(raw)
            except ValueError:
                logger.warning("stream frame is not JSON; ignored")
                continue
            if not isinstance(payload, dict):
                continue
            if "topic" in payload:
                self._queue.push(_decode(self._routes, payload), self.topics)
                continue
            event = payload.get("event")
            if event == "auth":
                auth = getattr(self, "_auth", None)
                if auth is not None and not auth.done():
                    auth.set_result(payload)
                continue
            pending = self._pending.get(str(payload.get("id")))
            if pending is not None and not pending.future.done():
                pending.future.set_result(payload)


@dataclass(frozen=True)
class _End:
    error: BaseException | None = None
