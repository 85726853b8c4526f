# Copied from generator/runtime/_stream_sync.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The synchronous facade of a `Stream`: its event loop runs in a background thread.

``with client.stream.market([...]) as s: for message in s:`` works without asyncio;
messages cross to the caller's thread through the stream's own bounded queue (same
slow-consumer policy), and requests (`subscribe`, ...) block until acknowledged.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Iterator
from typing import Any, Self, TypeVar

from ._stream import Stream
from ._stream_errors import StreamClosedError, StreamTimeoutError

__all__ = ["SyncStream"]

T = TypeVar("T")


class SyncStream:
    """A `Stream` for synchronous code: ``with`` it, then iterate over it."""

    def __init__(
        self, build: Callable[[], Awaitable[Stream]], cleanup: Callable[[], None] | None = None
    ) -> None:
        self._build = build
        self._cleanup = cleanup
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._opening: asyncio.Task[Any] | None = None
        self.stream: Stream | None = None

    def _call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        if self._loop is None:
            coroutine.close()
            raise StreamClosedError("the stream is not open")
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    def open(self) -> None:
        """Start the thread, connect, authenticate and subscribe."""
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._thread = threading.Thread(
            target=loop.run_forever, name=f"{__name__.partition('.')[0]}-stream-loop", daemon=True
        )
        self._thread.start()

        async def start() -> Stream:
            self._opening = asyncio.current_task()
            stream = await self._build()
            await stream.open()
            return stream

        try:
            self.stream = self._call(start())
        except BaseException:
            self.close()  # also when interrupted (KeyboardInterrupt) while connecting
            raise

    def close(self) -> None:
        """Close the stream (or stop opening it) and stop its thread."""
        loop, thread = self._loop, self._thread
        if loop is None:
            return
        asyncio.run_coroutine_threadsafe(self._shut_down(), loop).result()
        loop.call_soon_threadsafe(loop.stop)
        if thread is not None:
            thread.join()
        loop.close()
        self._loop = self._thread = self._opening = None
        if self._cleanup is not None:
            self._cleanup()

    async def _shut_down(self) -> None:
        opening, self._opening = self._opening, None
        if opening is not None and self.stream is None:
            # open() did not get its stream: cancel the attempt (Stream.open closes what it
            # started) or, when it had just succeeded, close what it opened.
            opening.cancel()
            await asyncio.wait({opening})
            if not opening.cancelled() and opening.exception() is None:
                self.stream = opening.result()
        if self.stream is not None:
            await self.stream.close()

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __iter__(self) -> Iterator[object]:
        while True:
            try:
                yield self.recv()
            except StopAsyncIteration:
                return

    def recv(self, timeout: float | None = None) -> object:
        """The next message; blocks until one arrives (`StreamTimeoutError` after ``timeout`` seconds)."""
        return self._call(self._recv(self._open_stream("recv"), timeout))

    @staticmethod
    async def _recv(stream: Stream, timeout: float | None) -> object:
        try:
            return await asyncio.wait_for(stream.recv(), timeout)
        except TimeoutError:
            raise StreamTimeoutError(f"no message within {timeout} s") from None

    def subscribe(self, topics: Iterable[str]) -> None:
        """As `Stream.subscribe`."""
        self._call(self._open_stream("subscribe").subscribe(list(topics)))

    def unsubscribe(self, topics: Iterable[str]) -> None:
        """As `Stream.unsubscribe`."""
        self._call(self._open_stream("unsubscribe").unsubscribe(list(topics)))

    def _open_stream(self, op: str) -> Stream:
        if self.stream is None or self._loop is None:
            raise StreamClosedError(f"cannot {op}: the stream is not open")
        return self.stream

    @property
    def user_id(self) -> str | None:
        """As `Stream.user_id`."""
        return self.stream.user_id if self.stream is not None else None
