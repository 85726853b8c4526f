# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""`Client` and `AsyncClient`: the entry points, one attribute per tag of the spec."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Self

import httpx

from ._api import API
from ._base_client import DEFAULT_MAX_RETRIES, AsyncAPIClient, Clock, SyncAPIClient
from .resources import (
    ApiKeyResource,
    AsyncApiKeyResource,
    AsyncListenKeyResource,
    AsyncMarketResource,
    AsyncOrderResource,
    AsyncPositionResource,
    AsyncPublicResource,
    AsyncUserResource,
    ListenKeyResource,
    MarketResource,
    OrderResource,
    PositionResource,
    PublicResource,
    UserResource,
)

__all__ = ["Client", "AsyncClient"]


class Client(SyncAPIClient):
    """Synchronous client for the 6MM REST API.

    Credentials: ``access_token`` (sent as a bearer token), or ``api_key`` and ``api_secret``
    (every request signed), or the environment variables SIXMM_ACCESS_TOKEN, SIXMM_API_KEY and
    SIXMM_API_SECRET. ``base_url`` defaults to SIXMM_BASE_URL, else https://api.6mm.com.

    Signed requests carry the server's time: the client measures its offset before the first
    signed request and every ``time_sync_interval`` seconds (``None``: only when the server
    rejects a timestamp). Transient failures are retried up to ``max_retries`` times on
    operations that are safe to repeat, with backoff that honours Retry-After. ``clock`` (Unix
    ms) and ``sleep`` can be injected, e.g. in tests.

    Operations are grouped by tag: ``client.public``, ``client.market``, ``client.user``,
    ``client.api_key``, ``client.order``, ``client.position``, ``client.listen_key``. Use the
    client as a context manager, or call ``client.close()``, to release its connections.
    """

    public: PublicResource
    """Public endpoints (server time and version, login and token refresh, agent SSO, the PnL
    leaderboard); no authentication.
    """
    market: MarketResource
    """Public market data (symbols and trading rules, funding rates, klines); no authentication."""
    user: UserResource
    """Account and user data of the authenticated user (profile, assets, statistics, favorites,
    logout).
    """
    api_key: ApiKeyResource
    """API key management; JWT only."""
    order: OrderResource
    """Normal, condition and strategy orders and trade records; the Trade permission."""
    position: PositionResource
    """Positions, leverage and margin mode; the Trade permission."""
    listen_key: ListenKeyResource
    """Lifecycle (create, renew, close) of the listenKey that authenticates the private WebSocket
    stream.
    """

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
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.public = PublicResource(self)
        self.market = MarketResource(self)
        self.user = UserResource(self)
        self.api_key = ApiKeyResource(self)
        self.order = OrderResource(self)
        self.position = PositionResource(self)
        self.listen_key = ListenKeyResource(self)

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
        clone._bind_resources()
        return clone


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for the 6MM REST API.

    Credentials: ``access_token`` (sent as a bearer token), or ``api_key`` and ``api_secret``
    (every request signed), or the environment variables SIXMM_ACCESS_TOKEN, SIXMM_API_KEY and
    SIXMM_API_SECRET. ``base_url`` defaults to SIXMM_BASE_URL, else https://api.6mm.com.

    Signed requests carry the server's time: the client measures its offset before the first
    signed request and every ``time_sync_interval`` seconds (``None``: only when the server
    rejects a timestamp). Transient failures are retried up to ``max_retries`` times on
    operations that are safe to repeat, with backoff that honours Retry-After. ``clock`` (Unix
    ms) and ``sleep`` can be injected, e.g. in tests.

    Operations are grouped by tag: ``client.public``, ``client.market``, ``client.user``,
    ``client.api_key``, ``client.order``, ``client.position``, ``client.listen_key``. Use the
    client as a context manager, or call ``await client.aclose()``, to release its connections.
    """

    public: AsyncPublicResource
    """Public endpoints (server time and version, login and token refresh, agent SSO, the PnL
    leaderboard); no authentication.
    """
    market: AsyncMarketResource
    """Public market data (symbols and trading rules, funding rates, klines); no authentication."""
    user: AsyncUserResource
    """Account and user data of the authenticated user (profile, assets, statistics, favorites,
    logout).
    """
    api_key: AsyncApiKeyResource
    """API key management; JWT only."""
    order: AsyncOrderResource
    """Normal, condition and strategy orders and trade records; the Trade permission."""
    position: AsyncPositionResource
    """Positions, leverage and margin mode; the Trade permission."""
    listen_key: AsyncListenKeyResource
    """Lifecycle (create, renew, close) of the listenKey that authenticates the private WebSocket
    stream.
    """

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
        self._bind_resources()

    def _bind_resources(self) -> None:
        self.public = AsyncPublicResource(self)
        self.market = AsyncMarketResource(self)
        self.user = AsyncUserResource(self)
        self.api_key = AsyncApiKeyResource(self)
        self.order = AsyncOrderResource(self)
        self.position = AsyncPositionResource(self)
        self.listen_key = AsyncListenKeyResource(self)

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
        clone._bind_resources()
        return clone
