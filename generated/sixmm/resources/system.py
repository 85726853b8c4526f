# Generated from spec/sixmm.yaml (6MM User and Account API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Operations tagged 'system', available as ``client.system``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx

from .. import _api
from .._base_client import AsyncAPIClient, SyncAPIClient, _ClientCore
from .._raw import async_raw_method, raw_method
from ..models import ServerTime, ServiceVersion

if TYPE_CHECKING:
    from .._base_client import PreparedCall

_ClientT = TypeVar("_ClientT", bound=_ClientCore)

__all__ = [
    "SystemResource",
    "AsyncSystemResource",
    "SystemResourceWithRawResponse",
    "AsyncSystemResourceWithRawResponse",
]


class _SystemResourceCalls(Generic[_ClientT]):
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
            _api.GET_SERVER_TIME,
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
            _api.GET_VERSION,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )


class SystemResource(_SystemResourceCalls[SyncAPIClient]):
    """Public endpoints for server time and service version; no authentication."""

    @property
    def with_raw_response(self) -> SystemResourceWithRawResponse:
        """The same operations, returning the HTTP status, headers and request id with the data."""
        return SystemResourceWithRawResponse(self._client)

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


class SystemResourceWithRawResponse(_SystemResourceCalls[SyncAPIClient]):
    """The operations of `SystemResource`, with the same arguments, each returning a RawResponse:
    the HTTP status, headers, request id, raw body and the parsed data.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.get_server_time = raw_method(self._get_server_time_call, client._send_raw, ServerTime)
        self.get_version = raw_method(self._get_version_call, client._send_raw, ServiceVersion)


class AsyncSystemResource(_SystemResourceCalls[AsyncAPIClient]):
    """Public endpoints for server time and service version; no authentication."""

    @property
    def with_raw_response(self) -> AsyncSystemResourceWithRawResponse:
        """The same operations, returning the HTTP status, headers and request id with the data."""
        return AsyncSystemResourceWithRawResponse(self._client)

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


class AsyncSystemResourceWithRawResponse(_SystemResourceCalls[AsyncAPIClient]):
    """The operations of `AsyncSystemResource`, with the same arguments, each returning a
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
