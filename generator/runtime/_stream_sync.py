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
from ._stream_errors import StreamClosedError

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
            stream = await self._build()
            await stream.open()
            return stream

        try:
            self.stream = self._call(start())
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Close the stream and stop its thread."""
        loop, thread = self._loop, self._thread
        if loop is None:
            return
        if self.stream is not None:
            asyncio.run_coroutine_threadsafe(self.stream.close(), loop).result()
        loop.call_soon_threadsafe(loop.stop)
        if thread is not None:
            thread.join()
        loop.close()
        self._loop = self._thread = None
        if self._cleanup is not None:
            self._cleanup()

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
        """The next message; blocks until one arrives (`TimeoutError` after ``timeout`` seconds)."""
        assert self.stream is not None
        return self._call(asyncio.wait_for(self.stream.recv(), timeout))

    def subscribe(self, topics: Iterable[str]) -> None:
        """As `Stream.subscribe`."""
        assert self.stream is not None
        self._call(self.stream.subscribe(list(topics)))

    def unsubscribe(self, topics: Iterable[str]) -> None:
        """As `Stream.unsubscribe`."""
        assert self.stream is not None
        self._call(self.stream.unsubscribe(list(topics)))

    @property
    def user_id(self) -> str | None:
        """As `Stream.user_id`."""
        return self.stream.user_id if self.stream is not None else None
