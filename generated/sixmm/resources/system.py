# Generated from spec/sixmm.yaml (6MM User and Account API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Operations tagged 'system', available as ``client.system``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import httpx

from .. import _api
from ..models import ServerTime, ServiceVersion

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["SystemResource", "AsyncSystemResource"]


class SystemResource:
    """Public endpoints for server time and service version; no authentication."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def get_server_time(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ServerTime:
        """Get the server time

        Public; no authentication. Returns the server clock in several forms. Clients keep an
        offset (server milliseconds minus local milliseconds at the midpoint of the round trip)
        and add it to every signed `timestamp`.

        ``GET /v1/time``

        Returns:
            ServerTime: the envelope's ``data``.
        """
        call = self._client._prepare(
            _api.GET_SERVER_TIME,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
        )
        return self._client._send(call, ServerTime)

    def get_version(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ServiceVersion:
        """Get the service version

        Public; no authentication. Returns service version information. Assumption: the fields
        of `data` are undocumented, so it is modelled as an open object.

        ``GET /v1/version``

        Returns:
            ServiceVersion: the envelope's ``data``.
        """
        call = self._client._prepare(
            _api.GET_VERSION,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
        )
        return self._client._send(call, ServiceVersion)


class AsyncSystemResource:
    """Public endpoints for server time and service version; no authentication."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def get_server_time(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ServerTime:
        """Get the server time

        Public; no authentication. Returns the server clock in several forms. Clients keep an
        offset (server milliseconds minus local milliseconds at the midpoint of the round trip)
        and add it to every signed `timestamp`.

        ``GET /v1/time``

        Returns:
            ServerTime: the envelope's ``data``.
        """
        call = self._client._prepare(
            _api.GET_SERVER_TIME,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
        )
        return await self._client._send(call, ServerTime)

    async def get_version(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ServiceVersion:
        """Get the service version

        Public; no authentication. Returns service version information. Assumption: the fields
        of `data` are undocumented, so it is modelled as an open object.

        ``GET /v1/version``

        Returns:
            ServiceVersion: the envelope's ``data``.
        """
        call = self._client._prepare(
            _api.GET_VERSION,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
        )
        return await self._client._send(call, ServiceVersion)
