"""The keepalive managers around stop(): a renewal in flight never changes a later run."""

from __future__ import annotations

import asyncio
import threading

from sixmm._keepalive import AsyncKeepaliveManager, KeepaliveManager

BOUND = 10.0
"""How long a test waits for the other thread before failing (never reached when correct)."""


def test_a_renewal_that_outlives_stop_cannot_write_into_the_next_run() -> None:
    in_renewal, release = threading.Event(), threading.Event()
    created: list[str] = []
    adopted: list[str] = []

    def create() -> str:
        created.append(f"key-{len(created) + 1}")
        return created[-1]

    def renew(key: str) -> None:
        if key == "key-1":
            in_renewal.set()
            release.wait(BOUND)
            raise RuntimeError("renewal failed")  # the stale thread would create a replacement

    rounds = iter([False])  # the first run renews once; every later wait ends its run
    manager = KeepaliveManager(
        create=create,
        renew=renew,
        close=lambda key: None,
        renew_interval=1,
        wait=lambda seconds: next(rounds, True),
        on_new_key=adopted.append,
    )
    manager.start()
    first = manager._thread
    assert first is not None and in_renewal.wait(BOUND)
    manager.stop()  # returns while key-1's renewal is in flight
    assert manager.start() == "key-2"
    release.set()
    first.join(BOUND)
    assert not first.is_alive()
    assert manager.key == "key-2" and adopted == ["key-1", "key-2"]
    assert manager.replacements == 0
    assert created == ["key-1", "key-2"]  # the stale run did not even create a replacement
    manager.stop()


async def test_async_run_once_creates_no_replacement_after_stop() -> None:
    in_renewal, release = asyncio.Event(), asyncio.Event()
    created: list[str] = []

    async def create() -> str:
        created.append(f"key-{len(created) + 1}")
        return created[-1]

    async def renew(key: str) -> None:
        in_renewal.set()
        await release.wait()
        raise RuntimeError("renewal failed")

    async def close(key: str) -> None:
        return None

    async def never(seconds: float) -> None:
        await asyncio.Event().wait()

    manager = AsyncKeepaliveManager(create=create, renew=renew, close=close, renew_interval=1, sleep=never)
    await manager.start()
    renewal = asyncio.create_task(manager.run_once())  # as a stream does when its key is refused
    await asyncio.wait_for(in_renewal.wait(), BOUND)
    await manager.stop()
    release.set()
    await asyncio.wait_for(renewal, BOUND)
    assert created == ["key-1"] and manager.key is None and manager.replacements == 0


async def test_async_stop_cancels_the_renewal_of_its_own_task() -> None:
    in_renewal = asyncio.Event()
    outcome: list[str] = []

    async def create() -> str:
        return "key-1"

    async def renew(key: str) -> None:
        in_renewal.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            outcome.append("cancelled")
            raise

    async def close(key: str) -> None:
        return None

    async def no_wait(seconds: float) -> None:
        return None

    manager = AsyncKeepaliveManager(create=create, renew=renew, close=close, renew_interval=1, sleep=no_wait)
    await manager.start()
    await asyncio.wait_for(in_renewal.wait(), BOUND)
    await manager.stop()
    assert outcome == ["cancelled"]  # as the module documents: nothing outlives `await stop()`
    assert manager.key is None and manager.renewals == 0
