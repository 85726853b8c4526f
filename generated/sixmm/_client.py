# Generated from spec/sixmm.yaml (6MM User and Account API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""`Client` and `AsyncClient`: the entry points, one attribute per tag of the spec."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Self

import httpx

from ._api import API
from ._base_client import DEFAULT_MAX_RETRIES, AsyncAPIClient, Clock, SyncAPIClient

if TYPE_CHECKING:
    from .resources.listen_key import AsyncListenKeyResource, ListenKeyResource
    from .resources.system import AsyncSystemResource, SystemResource
    from .resources.user import AsyncUserResource, UserResource
    from .stream import AsyncStreams, Streams

__all__ = ["Client", "AsyncClient"]


class Client(SyncAPIClient):
    """Synchronous client for the 6MM User and Account API.

    Credentials: ``access_token`` (sent as a bearer token), or ``api_key`` and ``api_secret``
    (every request signed), or the environment variables SIXMM_ACCESS_TOKEN, SIXMM_API_KEY and
    SIXMM_API_SECRET. ``base_url`` defaults to SIXMM_BASE_URL, else https://api.6mm.com.

    Signed requests carry the server's time: the client measures its offset before the first
    signed request and every ``time_sync_interval`` seconds (``None``: only when the server
    rejects a timestamp). Transient failures are retried up to ``max_retries`` times on
    operations that are safe to repeat, with backoff that honours Retry-After. ``clock`` (Unix
    ms) and ``sleep`` can be injected, e.g. in tests.

    Operations are grouped by tag: ``client.user``, ``client.listen_key``, ``client.system``.
    Use the client as a context manager, or call ``client.close()``, to release its connections.
    """

    # Each group's module (and the models it uses) is imported on first use, so that
    # `import sixmm` stays cheap however large the API is.
    _RESOURCES = (
        "user",
        "listen_key",
        "system",
    )

    @cached_property
    def user(self) -> UserResource:
        """Account and user data of the authenticated user (profile, assets, statistics,
        favorites).
        """
        from .resources.user import UserResource  # noqa: PLC0415

        return UserResource(self)

    @cached_property
    def listen_key(self) -> ListenKeyResource:
        """Lifecycle (create, renew, close) of the listenKey that authenticates the private
        WebSocket stream.
        """
        from .resources.listen_key import ListenKeyResource  # noqa: PLC0415

        return ListenKeyResource(self)

    @cached_property
    def system(self) -> SystemResource:
        """Public endpoints for server time and service version; no authentication."""
        from .resources.system import SystemResource  # noqa: PLC0415

        return SystemResource(self)

    @cached_property
    def stream(self) -> Streams:
        """Real-time streams: ``market(topics)`` and ``user()`` (see the ``stream`` module)."""
        from .stream import Streams  # noqa: PLC0415

        return Streams(self)

    def __init__(
        self,
        *,
        base_url: str | None = None,
        access_token: str | Callable[[], str] | None = None,
        api_key: str | None = None,
        api_secret: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        clock: Clock | None = None,
        sleep: Callable[[float], None] | None = None,
        time_sync_interval: float | None = 300.0,
    ) -> None:
        super().__init__(
            api=API,
            base_url=base_url,
            access_token=access_token,
            api_key=api_key,
            api_secret=api_secret,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            clock=clock,
            sleep=sleep,
            time_sync_interval=time_sync_interval,
        )

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other defaults that shares this client's connection pool and clock.

        Closing the copy leaves the pool open; close the original when done.
        """
        clone = self._copy_with(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        for (
            name
        ) in self._RESOURCES:  # resources cached on this client are bound to it, not the copy
            clone.__dict__.pop(name, None)
        return clone


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for the 6MM User and Account API.

    Credentials: ``access_token`` (sent as a bearer token), or ``api_key`` and ``api_secret``
    (every request signed), or the environment variables SIXMM_ACCESS_TOKEN, SIXMM_API_KEY and
    SIXMM_API_SECRET. ``base_url`` defaults to SIXMM_BASE_URL, else https://api.6mm.com.

    Signed requests carry the server's time: the client measures its offset before the first
    signed request and every ``time_sync_interval`` seconds (``None``: only when the server
    rejects a timestamp). Transient failures are retried up to ``max_retries`` times on
    operations that are safe to repeat, with backoff that honours Retry-After. ``clock`` (Unix
    ms) and ``sleep`` can be injected, e.g. in tests.

    Operations are grouped by tag: ``client.user``, ``client.listen_key``, ``client.system``.
    Use the client as a context manager, or call ``await client.aclose()``, to release its
    connections.
    """

    # Each group's module (and the models it uses) is imported on first use, so that
    # `import sixmm` stays cheap however large the API is.
    _RESOURCES = (
        "user",
        "listen_key",
        "system",
    )

    @cached_property
    def user(self) -> AsyncUserResource:
        """Account and user data of the authenticated user (profile, assets, statistics,
        favorites).
        """
        from .resources.user import AsyncUserResource  # noqa: PLC0415

        return AsyncUserResource(self)

    @cached_property
    def listen_key(self) -> AsyncListenKeyResource:
        """Lifecycle (create, renew, close) of the listenKey that authenticates the private
        WebSocket stream.
        """
        from .resources.listen_key import AsyncListenKeyResource  # noqa: PLC0415

        return AsyncListenKeyResource(self)

    @cached_property
    def system(self) -> AsyncSystemResource:
        """Public endpoints for server time and service version; no authentication."""
        from .resources.system import AsyncSystemResource  # noqa: PLC0415

        return AsyncSystemResource(self)

    @cached_property
    def stream(self) -> AsyncStreams:
        """Real-time streams: ``market(topics)`` and ``user()`` (see the ``stream`` module)."""
        from .stream import AsyncStreams  # noqa: PLC0415

        return AsyncStreams(self)

    def __init__(
        self,
        *,
        base_url: str | None = None,
        access_token: str | Callable[[], str | Awaitable[str]] | None = None,
        api_key: str | None = None,
        api_secret: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        clock: Clock | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        time_sync_interval: float | None = 300.0,
    ) -> None:
        super().__init__(
            api=API,
            base_url=base_url,
            access_token=access_token,
            api_key=api_key,
            api_secret=api_secret,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            clock=clock,
            sleep=sleep,
            time_sync_interval=time_sync_interval,
        )

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other defaults that shares this client's connection pool and clock.

        Closing the copy leaves the pool open; close the original when done.
        """
        clone = self._copy_with(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        for (
            name
        ) in self._RESOURCES:  # resources cached on this client are bound to it, not the copy
            clone.__dict__.pop(name, None)
        return clone
