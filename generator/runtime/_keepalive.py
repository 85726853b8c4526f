"""Keeping a short-lived key (such as a WebSocket listen key) alive in the background.

The manager creates a key, renews it at a fixed interval and, when a renewal
fails, creates a replacement and tells the caller through ``on_new_key``. The
sync form runs in a daemon thread, the async form in a task. Waiting is done by
an injectable function, so tests drive the manager without real time passing.

Nothing a renewal, a replacement or a callback raises ends the manager: every
failure is logged and passed to ``on_error`` (whose own failure is logged), and
renewal goes on at the next interval. A renewal in flight when ``stop()`` is
called never changes the manager afterwards, not even after a new ``start()``
(each run has its own generation, and a stale one's outcome is discarded): the
sync ``stop()`` returns at once and lets that renewal finish in its thread; the
async ``stop()`` cancels the renewal task and returns once it has ended, so
nothing of the manager outlives ``await stop()``.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:
    # asyncio is imported where the async manager runs: importing the package should not pay for it.
    import asyncio

logger = logging.getLogger(__name__.rpartition(".")[0])

KeyCallback = Callable[[str], None]
ErrorCallback = Callable[[Exception], None]


class _KeepaliveState:
    """What both forms share: the current key, callbacks and counters."""

    def __init__(
        self,
        *,
        renew_interval: float,
        on_new_key: KeyCallback | None,
        on_error: ErrorCallback | None,
        close_on_exit: bool,
        on_renew: KeyCallback | None = None,
    ) -> None:
        if renew_interval <= 0:
            raise ValueError("renew_interval must be positive")
        self.renew_interval = renew_interval
        self.close_on_exit = close_on_exit
        self._on_new_key = on_new_key
        self._on_error = on_error
        self._on_renew = on_renew
        self.key: str | None = None
        self.renewals = 0
        self.replacements = 0
        self._stopping = False
        self._generation = 0
        """Advanced by every start() and stop(): a renewal of an earlier generation is stale."""

    def _begin(self) -> None:
        self._stopping = False
        self._generation += 1

    def _end(self) -> None:
        self._stopping = True
        self._generation += 1

    def _current(self, generation: int) -> bool:
        return not self._stopping and generation == self._generation

    def _adopt(self, key: str, *, replacement: bool, generation: int | None = None) -> None:
        if not self._current(self._generation if generation is None else generation):
            return  # a renewal that outlived stop() (or its run): its outcome is discarded
        self.key = key
        if replacement:
            self.replacements += 1
        self._call_back(self._on_new_key, key)

    def _renewed(self, key: str, generation: int) -> None:
        if not self._current(generation):
            return
        self.renewals += 1
        self._call_back(self._on_renew, key)

    def _call_back(self, callback: KeyCallback | None, key: str) -> None:
        if callback is None:
            return
        try:
            callback(key)
        except Exception as error:  # noqa: BLE001 - the caller's callback must not end the manager
            self._report(error)

    def _report(self, error: Exception) -> None:
        logger.warning("keepalive: %s: %s", type(error).__name__, error)
        if self._on_error is None:
            return
        try:
            self._on_error(error)
        except Exception as callback_error:  # noqa: BLE001 - as above, for on_error itself
            logger.warning("keepalive: on_error raised %s: %s", type(callback_error).__name__, callback_error)

    def __repr__(self) -> str:
        state = "active" if self.key else "idle"
        return f"{type(self).__name__}({state}, renewals={self.renewals}, replacements={self.replacements})"


class KeepaliveManager(_KeepaliveState):
    """Renews a key every ``renew_interval`` seconds in a background thread."""

    def __init__(
        self,
        *,
        create: Callable[[], str],
        renew: Callable[[str], None],
        close: Callable[[str], None],
        renew_interval: float,
        on_new_key: KeyCallback | None = None,
        on_error: ErrorCallback | None = None,
        close_on_exit: bool = False,
        wait: Callable[[float], bool] | None = None,
        on_renew: KeyCallback | None = None,
    ) -> None:
        super().__init__(
            renew_interval=renew_interval,
            on_new_key=on_new_key,
            on_error=on_error,
            close_on_exit=close_on_exit,
            on_renew=on_renew,
        )
        self._create, self._renew, self._close = create, renew, close
        # A fresh event per run: a renewal that outlived stop() ends its own run, not a later one.
        self._stopped = threading.Event()
        # wait(seconds) returns True when the manager should stop.
        self._custom_wait = wait
        self._thread: threading.Thread | None = None
        self._busy = False
        self._busy_lock = threading.Lock()

    def start(self) -> str:
        """Create the key now and start renewing it; returns the key."""
        if self._thread is not None:
            raise RuntimeError("the keepalive manager is already running")
        self._begin()
        self._adopt(self._create(), replacement=False)
        self._stopped = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(self._stopped,), name="keepalive", daemon=True
        )
        self._thread.start()
        assert self.key is not None
        return self.key

    def run_once(self) -> None:
        """One renewal; on failure, one attempt to create a replacement key."""
        key, generation = self.key, self._generation
        if key is None:
            return
        try:
            self._renew(key)
        except Exception as error:  # noqa: BLE001 - any failure: report it, then replace the key
            self._report(error)
        else:
            self._renewed(key, generation)
            return
        if not self._current(generation):
            return
        try:
            new_key = self._create()
        except Exception as error:  # noqa: BLE001 - reported; the next interval tries again
            self._report(error)
            return
        self._adopt(new_key, replacement=True, generation=generation)

    def _run(self, stopped: threading.Event) -> None:
        wait = self._custom_wait or stopped.wait
        while not stopped.is_set() and not wait(self.renew_interval):
            with self._busy_lock:
                if stopped.is_set():
                    break
                self._busy = True
            try:
                self.run_once()
            except Exception as error:  # noqa: BLE001 - run_once reports its own; this is the last guard
                self._report(error)
            finally:
                with self._busy_lock:
                    self._busy = False

    def stop(self) -> None:
        """Stop renewing; close the key first when ``close_on_exit`` was asked for.

        Returns without waiting for a renewal in flight (it ends in the background, and
        its outcome is discarded even if the manager is started again meanwhile).
        """
        self._end()
        with self._busy_lock:
            self._stopped.set()
            busy = self._busy
        if self._thread is not None:
            if not busy:
                self._thread.join()
            self._thread = None
        if self.close_on_exit and self.key is not None:
            try:
                self._close(self.key)
            except Exception as error:  # noqa: BLE001 - reported like any other failure
                self._report(error)
        self.key = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


class AsyncKeepaliveManager(_KeepaliveState):
    """Renews a key every ``renew_interval`` seconds in an asyncio task."""

    def __init__(
        self,
        *,
        create: Callable[[], Awaitable[str]],
        renew: Callable[[str], Awaitable[None]],
        close: Callable[[str], Awaitable[None]],
        renew_interval: float,
        on_new_key: KeyCallback | None = None,
        on_error: ErrorCallback | None = None,
        close_on_exit: bool = False,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        on_renew: KeyCallback | None = None,
    ) -> None:
        super().__init__(
            renew_interval=renew_interval,
            on_new_key=on_new_key,
            on_error=on_error,
            close_on_exit=close_on_exit,
            on_renew=on_renew,
        )
        self._create, self._renew, self._close = create, renew, close
        self._sleep = sleep or _asyncio_sleep
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> str:
        """Create the key now and start renewing it; returns the key."""
        if self._task is not None:
            raise RuntimeError("the keepalive manager is already running")
        self._begin()
        self._adopt(await self._create(), replacement=False)
        import asyncio  # noqa: PLC0415

        self._task = asyncio.create_task(self._run(), name="keepalive")
        assert self.key is not None
        return self.key

    async def run_once(self) -> None:
        """One renewal; on failure, one attempt to create a replacement key."""
        key, generation = self.key, self._generation
        if key is None:
            return
        try:
            await self._renew(key)
        except Exception as error:  # noqa: BLE001 - any failure: report it, then replace the key
            self._report(error)
        else:
            self._renewed(key, generation)
            return
        if not self._current(generation):
            return
        try:
            new_key = await self._create()
        except Exception as error:  # noqa: BLE001 - reported; the next interval tries again
            self._report(error)
            return
        self._adopt(new_key, replacement=True, generation=generation)

    async def _run(self) -> None:
        while True:
            await self._sleep(self.renew_interval)
            try:
                await self.run_once()
            except Exception as error:  # noqa: BLE001 - run_once reports its own; this is the last guard
                self._report(error)

    async def stop(self) -> None:
        """Stop renewing; close the key first when ``close_on_exit`` was asked for.

        A renewal in flight in the manager's task is cancelled (and waited for); one that
        the caller runs itself (`run_once`) finishes, but its outcome is discarded.
        """
        self._end()
        if self._task is not None:
            self._task.cancel()
            import asyncio  # noqa: PLC0415

            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self.close_on_exit and self.key is not None:
            try:
                await self._close(self.key)
            except Exception as error:  # noqa: BLE001 - reported like any other failure
                self._report(error)
        self.key = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # noqa: PLC0415

    await asyncio.sleep(seconds)
