# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Operations tagged 'listen-key', available as ``client.listen_key``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx

from .. import _api_listen_key as _specs
from .._base_client import AsyncAPIClient, SyncAPIClient, _ClientCore
from .._raw import async_raw_method, async_raw_method_empty, raw_method, raw_method_empty
from .._wire import body_from_fields
from ..models import ListenKeyData

if TYPE_CHECKING:
    from .._base_client import PreparedCall

_ClientT = TypeVar("_ClientT", bound=_ClientCore)

__all__ = [
    "ListenKeyResource",
    "AsyncListenKeyResource",
    "ListenKeyResourceWithRawResponse",
    "AsyncListenKeyResourceWithRawResponse",
]


class _ListenKeyResourceCalls(Generic[_ClientT]):
    """Turns each operation's arguments into a prepared call (shared by the four classes below)."""

    def __init__(self, client: _ClientT) -> None:
        self._client = client

    def _create_call(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.CREATE_LISTEN_KEY,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _renew_call(
        self,
        *,
        listen_key: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.RENEW_LISTEN_KEY,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields((("listenKey", listen_key),)),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _close_call(
        self,
        *,
        listen_key: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.CLOSE_LISTEN_KEY,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields((("listenKey", listen_key),)),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )


class ListenKeyResource(_ListenKeyResourceCalls[SyncAPIClient]):
    """Lifecycle (create, renew, close) of the listenKey that authenticates the private WebSocket
    stream.
    """

    @property
    def with_raw_response(self) -> ListenKeyResourceWithRawResponse:
        """The same operations, returning the HTTP status, headers and request id with the data."""
        return ListenKeyResourceWithRawResponse(self._client)

    def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ListenKeyData:
        """Create a listenKey

        Creates a key that authenticates the private WebSocket stream
        (`wss://<host>/ws?listenKey=<key>`). The request has no body. A key lives 60 minutes;
        renew it every 30 minutes with `renewListenKey`, and create a new one if a renewal
        fails. Not safe to retry blindly: a retry may create a second key. Accepts JWT or
        API-key signing; with an API key the key needs the Read permission.

        ``POST /v1/private/user/listen-key``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            ListenKeyData: the envelope's ``data``.
        """
        call = self._create_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, ListenKeyData)

    def renew(
        self,
        *,
        listen_key: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
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

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            None.
        """
        call = self._renew_call(
            listen_key=listen_key,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send_empty(call)

    def close(
        self,
        *,
        listen_key: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
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

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            None.
        """
        call = self._close_call(
            listen_key=listen_key,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send_empty(call)


class ListenKeyResourceWithRawResponse(_ListenKeyResourceCalls[SyncAPIClient]):
    """The operations of `ListenKeyResource`, with the same arguments, each returning a
    RawResponse: the HTTP status, headers, request id, raw body and the parsed data.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.create = raw_method(self._create_call, client._send_raw, ListenKeyData)
        self.renew = raw_method_empty(self._renew_call, client._send_raw_empty)
        self.close = raw_method_empty(self._close_call, client._send_raw_empty)


class AsyncListenKeyResource(_ListenKeyResourceCalls[AsyncAPIClient]):
    """Lifecycle (create, renew, close) of the listenKey that authenticates the private WebSocket
    stream.
    """

    @property
    def with_raw_response(self) -> AsyncListenKeyResourceWithRawResponse:
        """The same operations, returning the HTTP status, headers and request id with the data."""
        return AsyncListenKeyResourceWithRawResponse(self._client)

    async def create(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ListenKeyData:
        """Create a listenKey

        Creates a key that authenticates the private WebSocket stream
        (`wss://<host>/ws?listenKey=<key>`). The request has no body. A key lives 60 minutes;
        renew it every 30 minutes with `renewListenKey`, and create a new one if a renewal
        fails. Not safe to retry blindly: a retry may create a second key. Accepts JWT or
        API-key signing; with an API key the key needs the Read permission.

        ``POST /v1/private/user/listen-key``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            ListenKeyData: the envelope's ``data``.
        """
        call = self._create_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, ListenKeyData)

    async def renew(
        self,
        *,
        listen_key: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
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

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            None.
        """
        call = self._renew_call(
            listen_key=listen_key,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send_empty(call)

    async def close(
        self,
        *,
        listen_key: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
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

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            None.
        """
        call = self._close_call(
            listen_key=listen_key,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send_empty(call)


class AsyncListenKeyResourceWithRawResponse(_ListenKeyResourceCalls[AsyncAPIClient]):
    """The operations of `AsyncListenKeyResource`, with the same arguments, each returning a
    RawResponse: the HTTP status, headers, request id, raw body and the parsed data.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.create = async_raw_method(self._create_call, client._send_raw, ListenKeyData)
        self.renew = async_raw_method_empty(self._renew_call, client._send_raw_empty)
        self.close = async_raw_method_empty(self._close_call, client._send_raw_empty)
