# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""`Client` and `AsyncClient`: the entry points, one attribute per tag of the spec."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Self

import httpx

from ._api import API
from ._base_client import (
    DEFAULT_MAX_CLOCK_OFFSET,
    DEFAULT_MAX_RETRIES,
    AsyncAPIClient,
    Clock,
    SyncAPIClient,
)

if TYPE_CHECKING:
    from .resources.api_key import ApiKeyResource, AsyncApiKeyResource
    from .resources.listen_key import AsyncListenKeyResource, ListenKeyResource
    from .resources.market import AsyncMarketResource, MarketResource
    from .resources.order import AsyncOrderResource, OrderResource
    from .resources.position import AsyncPositionResource, PositionResource
    from .resources.public import AsyncPublicResource, PublicResource
    from .resources.user import AsyncUserResource, UserResource
    from .stream import AsyncStreams, Streams

__all__ = ["Client", "AsyncClient"]


class Client(SyncAPIClient):
    """Synchronous client for the 6MM REST API.

    Credentials: ``access_token`` (sent as a bearer token), or ``api_key`` and ``api_secret``
    (every request signed), or the environment variables SIXMM_ACCESS_TOKEN, SIXMM_API_KEY and
    SIXMM_API_SECRET. ``base_url`` defaults to SIXMM_BASE_URL, else https://api.6mm.com.

    Signed requests carry the server's time: the client measures its offset before the first
    signed request and every ``time_sync_interval`` seconds (``None``: only when the server
    rejects a timestamp), one measurement at a time however many threads or tasks need it; a
    server time more than ``max_clock_offset`` seconds (default a day; ``None``: no limit) from
    the local clock is refused and the previous offset kept. The signature is redacted from the
    package's log and from httpx's. Transient failures are retried up to ``max_retries`` times
    on operations that are safe to repeat, with backoff that honours Retry-After.

    Deadlines: ``timeout`` (seconds, or an ``httpx.Timeout``) bounds each attempt as a whole,
    connecting, sending and reading the entire body (its largest part when an
    ``httpx.Timeout``); ``total_timeout`` bounds the whole call, attempts and the waits between
    them (default: the attempt bound times ``max_retries + 1``). A retry whose wait would pass
    ``total_timeout`` is not made: the last error is raised. An attempt that runs out of time
    raises ``APITimeoutError``. ``clock`` (Unix ms) and ``sleep`` can be injected, e.g. in
    tests.

    Each request is checked against the spec before it is signed or sent (required fields,
    enums, types, bounds, conditional rules): a violation raises ``RequestValidationError``
    naming the field and the rule. ``validate_requests=False`` sends requests unchecked, for the
    server's own answer.

    Operations are grouped by tag: ``client.public``, ``client.market``, ``client.user``,
    ``client.api_key``, ``client.order``, ``client.position``, ``client.listen_key``. Use the
    client as a context manager, or call ``client.close()``, to release its connections.
    """

    # Each group's module (and the models it uses) is imported on first use, so that
    # `import sixmm` stays cheap however large the API is.
    _RESOURCES: tuple[str, ...] = (
        "public",
        "market",
        "user",
        "api_key",
        "order",
        "position",
        "listen_key",
    )

    @cached_property
    def public(self) -> PublicResource:
        """Public endpoints (server time and version, login and token refresh, agent SSO, the PnL
        leaderboard); no authentication.
        """
        from .resources.public import PublicResource  # noqa: PLC0415

        return PublicResource(self)

    @cached_property
    def market(self) -> MarketResource:
        """Public market data (symbols and trading rules, funding rates, klines); no
        authentication.
        """
        from .resources.market import MarketResource  # noqa: PLC0415

        return MarketResource(self)

    @cached_property
    def user(self) -> UserResource:
        """Account and user data of the authenticated user (profile, assets, statistics, favorites,
        logout).
        """
        from .resources.user import UserResource  # noqa: PLC0415

        return UserResource(self)

    @cached_property
    def api_key(self) -> ApiKeyResource:
        """API key management; JWT only."""
        from .resources.api_key import ApiKeyResource  # noqa: PLC0415

        return ApiKeyResource(self)

    @cached_property
    def order(self) -> OrderResource:
        """Normal, condition and strategy orders and trade records; the Trade permission."""
        from .resources.order import OrderResource  # noqa: PLC0415

        return OrderResource(self)

    @cached_property
    def position(self) -> PositionResource:
        """Positions, leverage and margin mode; the Trade permission."""
        from .resources.position import PositionResource  # noqa: PLC0415

        return PositionResource(self)

    @cached_property
    def listen_key(self) -> ListenKeyResource:
        """Lifecycle (create, renew, close) of the listenKey that authenticates the private
        WebSocket stream.
        """
        from .resources.listen_key import ListenKeyResource  # noqa: PLC0415

        return ListenKeyResource(self)

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
        total_timeout: float | None = None,
        max_clock_offset: float | None = DEFAULT_MAX_CLOCK_OFFSET,
        validate_requests: bool = True,
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
            total_timeout=total_timeout,
            max_clock_offset=max_clock_offset,
            validate_requests=validate_requests,
        )

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        total_timeout: float | None = None,
    ) -> Self:
        """A copy with other defaults that shares this client's connection pool and clock.

        Closing the copy leaves the pool open; close the original when done.
        """
        clone = self._copy_with(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            total_timeout=total_timeout,
        )
        for (
            name
        ) in self._RESOURCES:  # resources cached on this client are bound to it, not the copy
            clone.__dict__.pop(name, None)
        return clone


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for the 6MM REST API.

    Credentials: ``access_token`` (sent as a bearer token), or ``api_key`` and ``api_secret``
    (every request signed), or the environment variables SIXMM_ACCESS_TOKEN, SIXMM_API_KEY and
    SIXMM_API_SECRET. ``base_url`` defaults to SIXMM_BASE_URL, else https://api.6mm.com.

    Signed requests carry the server's time: the client measures its offset before the first
    signed request and every ``time_sync_interval`` seconds (``None``: only when the server
    rejects a timestamp), one measurement at a time however many threads or tasks need it; a
    server time more than ``max_clock_offset`` seconds (default a day; ``None``: no limit) from
    the local clock is refused and the previous offset kept. The signature is redacted from the
    package's log and from httpx's. Transient failures are retried up to ``max_retries`` times
    on operations that are safe to repeat, with backoff that honours Retry-After.

    Deadlines: ``timeout`` (seconds, or an ``httpx.Timeout``) bounds each attempt as a whole,
    connecting, sending and reading the entire body (its largest part when an
    ``httpx.Timeout``); ``total_timeout`` bounds the whole call, attempts and the waits between
    them (default: the attempt bound times ``max_retries + 1``). A retry whose wait would pass
    ``total_timeout`` is not made: the last error is raised. An attempt that runs out of time
    raises ``APITimeoutError``. ``clock`` (Unix ms) and ``sleep`` can be injected, e.g. in
    tests.

    Each request is checked against the spec before it is signed or sent (required fields,
    enums, types, bounds, conditional rules): a violation raises ``RequestValidationError``
    naming the field and the rule. ``validate_requests=False`` sends requests unchecked, for the
    server's own answer.

    Operations are grouped by tag: ``client.public``, ``client.market``, ``client.user``,
    ``client.api_key``, ``client.order``, ``client.position``, ``client.listen_key``. Use the
    client as a context manager, or call ``await client.aclose()``, to release its connections.
    """

    # Each group's module (and the models it uses) is imported on first use, so that
    # `import sixmm` stays cheap however large the API is.
    _RESOURCES: tuple[str, ...] = (
        "public",
        "market",
        "user",
        "api_key",
        "order",
        "position",
        "listen_key",
    )

    @cached_property
    def public(self) -> AsyncPublicResource:
        """Public endpoints (server time and version, login and token refresh, agent SSO, the PnL
        leaderboard); no authentication.
        """
        from .resources.public import AsyncPublicResource  # noqa: PLC0415

        return AsyncPublicResource(self)

    @cached_property
    def market(self) -> AsyncMarketResource:
        """Public market data (symbols and trading rules, funding rates, klines); no
        authentication.
        """
        from .resources.market import AsyncMarketResource  # noqa: PLC0415

        return AsyncMarketResource(self)

    @cached_property
    def user(self) -> AsyncUserResource:
        """Account and user data of the authenticated user (profile, assets, statistics, favorites,
        logout).
        """
        from .resources.user import AsyncUserResource  # noqa: PLC0415

        return AsyncUserResource(self)

    @cached_property
    def api_key(self) -> AsyncApiKeyResource:
        """API key management; JWT only."""
        from .resources.api_key import AsyncApiKeyResource  # noqa: PLC0415

        return AsyncApiKeyResource(self)

    @cached_property
    def order(self) -> AsyncOrderResource:
        """Normal, condition and strategy orders and trade records; the Trade permission."""
        from .resources.order import AsyncOrderResource  # noqa: PLC0415

        return AsyncOrderResource(self)

    @cached_property
    def position(self) -> AsyncPositionResource:
        """Positions, leverage and margin mode; the Trade permission."""
        from .resources.position import AsyncPositionResource  # noqa: PLC0415

        return AsyncPositionResource(self)

    @cached_property
    def listen_key(self) -> AsyncListenKeyResource:
        """Lifecycle (create, renew, close) of the listenKey that authenticates the private
        WebSocket stream.
        """
        from .resources.listen_key import AsyncListenKeyResource  # noqa: PLC0415

        return AsyncListenKeyResource(self)

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
        total_timeout: float | None = None,
        max_clock_offset: float | None = DEFAULT_MAX_CLOCK_OFFSET,
        validate_requests: bool = True,
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
            total_timeout=total_timeout,
            max_clock_offset=max_clock_offset,
            validate_requests=validate_requests,
        )

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        total_timeout: float | None = None,
    ) -> Self:
        """A copy with other defaults that shares this client's connection pool and clock.

        Closing the copy leaves the pool open; close the original when done.
        """
        clone = self._copy_with(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            total_timeout=total_timeout,
        )
        for (
            name
        ) in self._RESOURCES:  # resources cached on this client are bound to it, not the copy
            clone.__dict__.pop(name, None)
        return clone
