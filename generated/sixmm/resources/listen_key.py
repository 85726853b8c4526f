# Generated from spec/sixmm.yaml (6MM User and Account API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Operations tagged 'listen-key', available as ``client.listen_key``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import httpx

from .. import _api
from .._wire import body_from_fields
from ..models import ListenKeyData

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["ListenKeyResource", "AsyncListenKeyResource"]


class ListenKeyResource:
    """Lifecycle (create, renew, close) of the listenKey that authenticates the private WebSocket
    stream.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def renew_listen_key(
        self,
        *,
        listen_key: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Renew a listenKey

        Extends the validity of the given listenKey. Call it every 30 minutes; if it fails,
        create a new key. Idempotent, so safe to retry. Accepts JWT or API-key signing; with an
        API key the key needs the Read permission and the JSON body is part of the signed
        payload. Assumption: the response body is undocumented; it is taken to be the envelope
        without `data`.

        ``PUT /v1/private/user/listen-key``

        Args:
            listen_key: ``listenKey`` in the body (required). The listenKey to renew or close.

        Returns:
            None.
        """
        call = self._client._prepare(
            _api.RENEW_LISTEN_KEY,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields((("listenKey", listen_key),)),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
        )
        return self._client._send(call, None)

    def create_listen_key(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ListenKeyData:
        """Create a listenKey

        Creates a key that authenticates the private WebSocket stream
        (`wss://<host>/ws?listenKey=<key>`). The request has no body. A key lives 60 minutes;
        renew it every 30 minutes with `renewListenKey`, and create a new one if a renewal
        fails. Not safe to retry blindly: a retry may create a second key. Accepts JWT or
        API-key signing; with an API key the key needs the Read permission.

        ``POST /v1/private/user/listen-key``

        Returns:
            ListenKeyData: the envelope's ``data``.
        """
        call = self._client._prepare(
            _api.CREATE_LISTEN_KEY,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
        )
        return self._client._send(call, ListenKeyData)

    def close_listen_key(
        self,
        *,
        listen_key: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Close a listenKey

        Closes the given listenKey. This DELETE carries a JSON body; under API-key auth that
        body is part of the signed payload. Not marked retry-safe: a retry after a successful
        close may be answered with an error. Accepts JWT or API-key signing; with an API key the
        key needs the Read permission. Assumption: the response body is undocumented; it is
        taken to be the envelope without `data`.

        ``DELETE /v1/private/user/listen-key``

        Args:
            listen_key: ``listenKey`` in the body (required). The listenKey to renew or close.

        Returns:
            None.
        """
        call = self._client._prepare(
            _api.CLOSE_LISTEN_KEY,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields((("listenKey", listen_key),)),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
        )
        return self._client._send(call, None)


class AsyncListenKeyResource:
    """Lifecycle (create, renew, close) of the listenKey that authenticates the private WebSocket
    stream.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def renew_listen_key(
        self,
        *,
        listen_key: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Renew a listenKey

        Extends the validity of the given listenKey. Call it every 30 minutes; if it fails,
        create a new key. Idempotent, so safe to retry. Accepts JWT or API-key signing; with an
        API key the key needs the Read permission and the JSON body is part of the signed
        payload. Assumption: the response body is undocumented; it is taken to be the envelope
        without `data`.

        ``PUT /v1/private/user/listen-key``

        Args:
            listen_key: ``listenKey`` in the body (required). The listenKey to renew or close.

        Returns:
            None.
        """
        call = self._client._prepare(
            _api.RENEW_LISTEN_KEY,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields((("listenKey", listen_key),)),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
        )
        return await self._client._send(call, None)

    async def create_listen_key(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> ListenKeyData:
        """Create a listenKey

        Creates a key that authenticates the private WebSocket stream
        (`wss://<host>/ws?listenKey=<key>`). The request has no body. A key lives 60 minutes;
        renew it every 30 minutes with `renewListenKey`, and create a new one if a renewal
        fails. Not safe to retry blindly: a retry may create a second key. Accepts JWT or
        API-key signing; with an API key the key needs the Read permission.

        ``POST /v1/private/user/listen-key``

        Returns:
            ListenKeyData: the envelope's ``data``.
        """
        call = self._client._prepare(
            _api.CREATE_LISTEN_KEY,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
        )
        return await self._client._send(call, ListenKeyData)

    async def close_listen_key(
        self,
        *,
        listen_key: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Close a listenKey

        Closes the given listenKey. This DELETE carries a JSON body; under API-key auth that
        body is part of the signed payload. Not marked retry-safe: a retry after a successful
        close may be answered with an error. Accepts JWT or API-key signing; with an API key the
        key needs the Read permission. Assumption: the response body is undocumented; it is
        taken to be the envelope without `data`.

        ``DELETE /v1/private/user/listen-key``

        Args:
            listen_key: ``listenKey`` in the body (required). The listenKey to renew or close.

        Returns:
            None.
        """
        call = self._client._prepare(
            _api.CLOSE_LISTEN_KEY,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields((("listenKey", listen_key),)),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
        )
        return await self._client._send(call, None)
