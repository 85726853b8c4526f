# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Operations tagged 'public', available as ``client.public``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

import httpx

from .. import _api_public as _specs
from .._base_client import AsyncAPIClient, SyncAPIClient, _ClientCore
from .._raw import async_raw_method, raw_method
from .._wire import body_from_fields
from ..models import (
    AccessToken,
    LeaderboardPeriod,
    PnlLeaderboard,
    ServerTime,
    ServiceVersion,
    TicketExchangeResult,
)

if TYPE_CHECKING:
    from .._base_client import PreparedCall

_ClientT = TypeVar("_ClientT", bound=_ClientCore)

__all__ = [
    "PublicResource",
    "AsyncPublicResource",
    "PublicResourceWithRawResponse",
    "AsyncPublicResourceWithRawResponse",
]


class _PublicResourceCalls(Generic[_ClientT]):
    """Turns each operation's arguments into a prepared call (shared by the four classes below)."""

    def __init__(self, client: _ClientT) -> None:
        self._client = client

    def _get_server_time_call(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_SERVER_TIME,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_version_call(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_VERSION,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _login_call(
        self,
        *,
        username: str,
        password: str,
        device_id: str | None = None,
        device_name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.LOGIN,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields(
                (
                    ("username", username),
                    ("password", password),
                    ("deviceId", device_id),
                    ("deviceName", device_name),
                )
            ),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _refresh_token_call(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.REFRESH_TOKEN,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _exchange_agent_ticket_call(
        self,
        *,
        ticket: str,
        device_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.EXCHANGE_AGENT_TICKET,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields(
                (
                    ("ticket", ticket),
                    ("deviceId", device_id),
                )
            ),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _exchange_agent_embed_token_call(
        self,
        *,
        embed_token: str,
        channel_id: str,
        device_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.EXCHANGE_AGENT_EMBED_TOKEN,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields(
                (
                    ("embedToken", embed_token),
                    ("channelId", channel_id),
                    ("deviceId", device_id),
                )
            ),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_pnl_leaderboard_call(
        self,
        *,
        period: LeaderboardPeriod | Literal["7d", "30d", "90d"],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_PNL_LEADERBOARD,
            path_params={},
            query=(("period", period),),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )


class PublicResource(_PublicResourceCalls[SyncAPIClient]):
    """Public endpoints (server time and version, login and token refresh, agent SSO, the PnL
    leaderboard); no authentication.
    """

    @property
    def with_raw_response(self) -> PublicResourceWithRawResponse:
        """The same operations, returning the HTTP status, headers and request id with the data."""
        return PublicResourceWithRawResponse(self._client)

    def get_server_time(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ServerTime:
        """Get the server time

        Public; no authentication. Returns the server clock in several forms. Clients keep an
        offset (server milliseconds minus local milliseconds at the midpoint of the round trip)
        and add it to every signed `timestamp`.

        ``GET /v1/time``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            ServerTime: the envelope's ``data``.
        """
        call = self._get_server_time_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, ServerTime)

    def get_version(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ServiceVersion:
        """Get the service version

        Public; no authentication. Returns service version information. Assumption: the fields
        of `data` are undocumented, so it is modelled as an open object.

        ``GET /v1/version``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            ServiceVersion: the envelope's ``data``.
        """
        call = self._get_version_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, ServiceVersion)

    def login(
        self,
        *,
        username: str,
        password: str,
        device_id: str | None = None,
        device_name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AccessToken:
        """Log in with username and password

        Exchanges a username and password for a JWT access token; the response also sets the
        refresh cookie that refresh-token and logout use. Public: no authentication.

        ``POST /v1/public/user/login``

        Args:
            username: ``username`` in the body (required). Username, length 3 - 32.
            password: ``password`` in the body (required). Password, length 1 - 64.
            device_id: ``deviceId`` in the body. Device fingerprint, up to 64 characters.
            device_name: ``deviceName`` in the body. Device name, up to 128 characters.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            AccessToken: the envelope's ``data``.
        """
        call = self._login_call(
            username=username,
            password=password,
            device_id=device_id,
            device_name=device_name,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, AccessToken)

    def refresh_token(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AccessToken:
        """Refresh the access token

        Returns a new access token for the login session named by the refresh cookie that login
        set (Assumption: the cookie's name is undocumented; clients keep every cookie login sets
        and send them back). No request body is documented. Public: no authentication.

        ``POST /v1/public/user/refresh-token``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            AccessToken: the envelope's ``data``.
        """
        call = self._refresh_token_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, AccessToken)

    def exchange_agent_ticket(
        self,
        *,
        ticket: str,
        device_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> TicketExchangeResult:
        """Exchange an agent ticket for a login

        Exchanges a one-time agent entrance ticket for an access token. Public: no
        authentication.

        ``POST /v1/public/agent-sso/exchange-ticket``

        Args:
            ticket: ``ticket`` in the body (required). One-time ticket issued by the agent
                service.
            device_id: ``deviceId`` in the body. Device fingerprint, up to 64 characters.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            TicketExchangeResult: the envelope's ``data``.
        """
        call = self._exchange_agent_ticket_call(
            ticket=ticket,
            device_id=device_id,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, TicketExchangeResult)

    def exchange_agent_embed_token(
        self,
        *,
        embed_token: str,
        channel_id: str,
        device_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AccessToken:
        """Exchange an embed token for a login

        Exchanges a short-lived embedded trading token for an access token. Public: no
        authentication.

        ``POST /v1/public/agent-sso/exchange-embed-token``

        Args:
            embed_token: ``embedToken`` in the body (required). Short-lived embedded trading
                token issued by the agent service.
            channel_id: ``channelId`` in the body (required). Embedded iframe channel id, up to
                128 characters.
            device_id: ``deviceId`` in the body. Device fingerprint, up to 64 characters.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            AccessToken: the envelope's ``data``.
        """
        call = self._exchange_agent_embed_token_call(
            embed_token=embed_token,
            channel_id=channel_id,
            device_id=device_id,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, AccessToken)

    def get_pnl_leaderboard(
        self,
        *,
        period: LeaderboardPeriod | Literal["7d", "30d", "90d"],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PnlLeaderboard:
        """Get the PnL leaderboard

        Returns the 7, 30 or 90 day realized-PnL leaderboard; with authentication `myRank` is
        the caller's rank. Public; authentication is optional (JWT, or an API key with the Read
        permission) and only fills `myRank`.

        ``GET /v1/public/leaderboard/pnl``

        Args:
            period: ``period`` in the query (required; one of '7d', '30d', '90d'). Window: 7d,
                30d or 90d.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            PnlLeaderboard: the envelope's ``data``.
        """
        call = self._get_pnl_leaderboard_call(
            period=period,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, PnlLeaderboard)


class PublicResourceWithRawResponse(_PublicResourceCalls[SyncAPIClient]):
    """The operations of `PublicResource`, with the same arguments, each returning a RawResponse:
    the HTTP status, headers, request id, raw body and the parsed data.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.get_server_time = raw_method(self._get_server_time_call, client._send_raw, ServerTime)
        self.get_version = raw_method(self._get_version_call, client._send_raw, ServiceVersion)
        self.login = raw_method(self._login_call, client._send_raw, AccessToken)
        self.refresh_token = raw_method(self._refresh_token_call, client._send_raw, AccessToken)
        self.exchange_agent_ticket = raw_method(
            self._exchange_agent_ticket_call, client._send_raw, TicketExchangeResult
        )
        self.exchange_agent_embed_token = raw_method(
            self._exchange_agent_embed_token_call, client._send_raw, AccessToken
        )
        self.get_pnl_leaderboard = raw_method(
            self._get_pnl_leaderboard_call, client._send_raw, PnlLeaderboard
        )


class AsyncPublicResource(_PublicResourceCalls[AsyncAPIClient]):
    """Public endpoints (server time and version, login and token refresh, agent SSO, the PnL
    leaderboard); no authentication.
    """

    @property
    def with_raw_response(self) -> AsyncPublicResourceWithRawResponse:
        """The same operations, returning the HTTP status, headers and request id with the data."""
        return AsyncPublicResourceWithRawResponse(self._client)

    async def get_server_time(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ServerTime:
        """Get the server time

        Public; no authentication. Returns the server clock in several forms. Clients keep an
        offset (server milliseconds minus local milliseconds at the midpoint of the round trip)
        and add it to every signed `timestamp`.

        ``GET /v1/time``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            ServerTime: the envelope's ``data``.
        """
        call = self._get_server_time_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, ServerTime)

    async def get_version(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ServiceVersion:
        """Get the service version

        Public; no authentication. Returns service version information. Assumption: the fields
        of `data` are undocumented, so it is modelled as an open object.

        ``GET /v1/version``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            ServiceVersion: the envelope's ``data``.
        """
        call = self._get_version_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, ServiceVersion)

    async def login(
        self,
        *,
        username: str,
        password: str,
        device_id: str | None = None,
        device_name: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AccessToken:
        """Log in with username and password

        Exchanges a username and password for a JWT access token; the response also sets the
        refresh cookie that refresh-token and logout use. Public: no authentication.

        ``POST /v1/public/user/login``

        Args:
            username: ``username`` in the body (required). Username, length 3 - 32.
            password: ``password`` in the body (required). Password, length 1 - 64.
            device_id: ``deviceId`` in the body. Device fingerprint, up to 64 characters.
            device_name: ``deviceName`` in the body. Device name, up to 128 characters.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            AccessToken: the envelope's ``data``.
        """
        call = self._login_call(
            username=username,
            password=password,
            device_id=device_id,
            device_name=device_name,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, AccessToken)

    async def refresh_token(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AccessToken:
        """Refresh the access token

        Returns a new access token for the login session named by the refresh cookie that login
        set (Assumption: the cookie's name is undocumented; clients keep every cookie login sets
        and send them back). No request body is documented. Public: no authentication.

        ``POST /v1/public/user/refresh-token``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            AccessToken: the envelope's ``data``.
        """
        call = self._refresh_token_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, AccessToken)

    async def exchange_agent_ticket(
        self,
        *,
        ticket: str,
        device_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> TicketExchangeResult:
        """Exchange an agent ticket for a login

        Exchanges a one-time agent entrance ticket for an access token. Public: no
        authentication.

        ``POST /v1/public/agent-sso/exchange-ticket``

        Args:
            ticket: ``ticket`` in the body (required). One-time ticket issued by the agent
                service.
            device_id: ``deviceId`` in the body. Device fingerprint, up to 64 characters.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            TicketExchangeResult: the envelope's ``data``.
        """
        call = self._exchange_agent_ticket_call(
            ticket=ticket,
            device_id=device_id,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, TicketExchangeResult)

    async def exchange_agent_embed_token(
        self,
        *,
        embed_token: str,
        channel_id: str,
        device_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AccessToken:
        """Exchange an embed token for a login

        Exchanges a short-lived embedded trading token for an access token. Public: no
        authentication.

        ``POST /v1/public/agent-sso/exchange-embed-token``

        Args:
            embed_token: ``embedToken`` in the body (required). Short-lived embedded trading
                token issued by the agent service.
            channel_id: ``channelId`` in the body (required). Embedded iframe channel id, up to
                128 characters.
            device_id: ``deviceId`` in the body. Device fingerprint, up to 64 characters.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            AccessToken: the envelope's ``data``.
        """
        call = self._exchange_agent_embed_token_call(
            embed_token=embed_token,
            channel_id=channel_id,
            device_id=device_id,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, AccessToken)

    async def get_pnl_leaderboard(
        self,
        *,
        period: LeaderboardPeriod | Literal["7d", "30d", "90d"],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PnlLeaderboard:
        """Get the PnL leaderboard

        Returns the 7, 30 or 90 day realized-PnL leaderboard; with authentication `myRank` is
        the caller's rank. Public; authentication is optional (JWT, or an API key with the Read
        permission) and only fills `myRank`.

        ``GET /v1/public/leaderboard/pnl``

        Args:
            period: ``period`` in the query (required; one of '7d', '30d', '90d'). Window: 7d,
                30d or 90d.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            PnlLeaderboard: the envelope's ``data``.
        """
        call = self._get_pnl_leaderboard_call(
            period=period,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, PnlLeaderboard)


class AsyncPublicResourceWithRawResponse(_PublicResourceCalls[AsyncAPIClient]):
    """The operations of `AsyncPublicResource`, with the same arguments, each returning a
    RawResponse: the HTTP status, headers, request id, raw body and the parsed data.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.get_server_time = async_raw_method(
            self._get_server_time_call, client._send_raw, ServerTime
        )
        self.get_version = async_raw_method(
            self._get_version_call, client._send_raw, ServiceVersion
        )
        self.login = async_raw_method(self._login_call, client._send_raw, AccessToken)
        self.refresh_token = async_raw_method(
            self._refresh_token_call, client._send_raw, AccessToken
        )
        self.exchange_agent_ticket = async_raw_method(
            self._exchange_agent_ticket_call, client._send_raw, TicketExchangeResult
        )
        self.exchange_agent_embed_token = async_raw_method(
            self._exchange_agent_embed_token_call, client._send_raw, AccessToken
        )
        self.get_pnl_leaderboard = async_raw_method(
            self._get_pnl_leaderboard_call, client._send_raw, PnlLeaderboard
        )
