# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Managers that keep short-lived keys alive in the background."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from ._client import AsyncClient, Client
from ._keepalive import AsyncKeepaliveManager, ErrorCallback, KeepaliveManager, KeyCallback

__all__ = [
    "ListenKeyManager",
    "AsyncListenKeyManager",
]


class ListenKeyManager(KeepaliveManager):
    """Creates a key with `create`, renews it every `renew_interval` seconds (default 1800.0; a key
    lives 3600.0 s) with `renew` in a background thread, and creates a new key when a renewal
    fails, passing it to `on_new_key`. Whatever a renewal or a callback raises is logged and
    passed to `on_error`, and renewal goes on. `stop()` (or leaving the `with` block) ends
    renewal without waiting for a renewal in flight; the key is closed with `close` only if
    `close_on_exit` is true, since other consumers may share it. `wait(seconds)` replaces the
    interval wait for tests; it returns True to stop.
    """

    def __init__(
        self,
        client: Client,
        *,
        renew_interval: float = 1800.0,
        on_new_key: KeyCallback | None = None,
        on_error: ErrorCallback | None = None,
        close_on_exit: bool = False,
        wait: Callable[[float], bool] | None = None,
        on_renew: KeyCallback | None = None,
    ) -> None:
        def create() -> str:
            return client.listen_key.create().listen_key

        def renew(key: str) -> None:
            client.listen_key.renew(listen_key=key)

        def close(key: str) -> None:
            client.listen_key.close(listen_key=key)

        super().__init__(
            create=create,
            renew=renew,
            close=close,
            renew_interval=renew_interval,
            on_new_key=on_new_key,
            on_error=on_error,
            close_on_exit=close_on_exit,
            wait=wait,
            on_renew=on_renew,
        )


class AsyncListenKeyManager(AsyncKeepaliveManager):
    """The asyncio form of `ListenKeyManager`: renewal runs in a task; `sleep(seconds)` replaces
    the interval wait for tests.
    """

    def __init__(
        self,
        client: AsyncClient,
        *,
        renew_interval: float = 1800.0,
        on_new_key: KeyCallback | None = None,
        on_error: ErrorCallback | None = None,
        close_on_exit: bool = False,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        on_renew: KeyCallback | None = None,
    ) -> None:
        async def create() -> str:
            return (await client.listen_key.create()).listen_key

        async def renew(key: str) -> None:
            await client.listen_key.renew(listen_key=key)

        async def close(key: str) -> None:
            await client.listen_key.close(listen_key=key)

        super().__init__(
            create=create,
            renew=renew,
            close=close,
            renew_interval=renew_interval,
            on_new_key=on_new_key,
            on_error=on_error,
            close_on_exit=close_on_exit,
            sleep=sleep,
            on_renew=on_renew,
        )
