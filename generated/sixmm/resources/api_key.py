# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Operations tagged 'api-key', available as ``client.api_key``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

import httpx

from .. import _api_api_key as _specs
from .._arguments import list_arg
from .._base_client import AsyncAPIClient, SyncAPIClient, _ClientCore
from .._raw import async_raw_method, async_raw_method_empty, raw_method, raw_method_empty
from .._wire import body_from_fields
from ..models import ApiKeyList, ApiKeyStatus, CreatedApiKey, DeletedApiKeys

if TYPE_CHECKING:
    from .._base_client import PreparedCall

_ClientT = TypeVar("_ClientT", bound=_ClientCore)

__all__ = [
    "ApiKeyResource",
    "AsyncApiKeyResource",
    "ApiKeyResourceWithRawResponse",
    "AsyncApiKeyResourceWithRawResponse",
]


class _ApiKeyResourceCalls(Generic[_ClientT]):
    """Turns each operation's arguments into a prepared call (shared by the four classes below)."""

    def __init__(self, client: _ClientT) -> None:
        self._client = client

    def _create_call(
        self,
        *,
        label: str,
        permissions: int = 1,
        ip_whitelist: Sequence[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.CREATE_API_KEY,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields(
                (
                    ("label", label),
                    ("permissions", permissions),
                    ("ipWhitelist", list_arg("ip_whitelist", ip_whitelist)),
                )
            ),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _list_keys_call(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.LIST_API_KEYS,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _update_call(
        self,
        *,
        id: str,
        label: str | None = None,
        permissions: int | None = None,
        ip_whitelist: Sequence[str] | None = None,
        status: ApiKeyStatus | Literal[1, 0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.UPDATE_API_KEY,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields(
                (
                    ("id", id),
                    ("label", label),
                    ("permissions", permissions),
                    ("ipWhitelist", list_arg("ip_whitelist", ip_whitelist)),
                    ("status", status),
                )
            ),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _delete_call(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.DELETE_API_KEY,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields((("id", id),)),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _delete_all_call(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.DELETE_ALL_API_KEYS,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )


class ApiKeyResource(_ApiKeyResourceCalls[SyncAPIClient]):
    """API key management; JWT only."""

    @property
    def with_raw_response(self) -> ApiKeyResourceWithRawResponse:
        """The same operations, returning the HTTP status, headers and request id with the data."""
        return ApiKeyResourceWithRawResponse(self._client)

    def create(
        self,
        *,
        label: str,
        permissions: int = 1,
        ip_whitelist: Sequence[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> CreatedApiKey:
        """Create an API key

        Creates an API key; its secret is returned only this once. Each user can create up to 30
        API keys. Accepts JWT only (an API key is refused).

        ``POST /v1/private/user/api-key/create``

        Args:
            label: ``label`` in the body (required). API key label, length 1 - 64.
            permissions: ``permissions`` in the body (default 1). Permission bitmask: 1 Read, 2
                Trade, 4 Withdraw (reserved); 3 is Read and Trade. Range 1 - 7. Defaults to 1.
            ip_whitelist: ``ipWhitelist`` in the body. IP whitelist, up to 20 entries. If
                omitted, the source IP is unrestricted.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            CreatedApiKey: the envelope's ``data``.
        """
        call = self._create_call(
            label=label,
            permissions=permissions,
            ip_whitelist=ip_whitelist,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, CreatedApiKey)

    def list_keys(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ApiKeyList:
        """List API keys

        Returns the user's API keys, without secrets. Accepts JWT only (an API key is refused).

        ``GET /v1/private/user/api-key/list``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            ApiKeyList: the envelope's ``data``.
        """
        call = self._list_keys_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, ApiKeyList)

    def update(
        self,
        *,
        id: str,
        label: str | None = None,
        permissions: int | None = None,
        ip_whitelist: Sequence[str] | None = None,
        status: ApiKeyStatus | Literal[1, 0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Update an API key

        Changes the label, permissions, IP whitelist or status of an API key; omitted fields are
        unchanged. Accepts JWT only (an API key is refused).

        ``PUT /v1/private/user/api-key/update``

        Args:
            id: ``id`` in the body (required). API key id.
            label: ``label`` in the body. New label.
            permissions: ``permissions`` in the body. New permission bitmask (range 1 - 7).
            ip_whitelist: ``ipWhitelist`` in the body. New IP whitelist, up to 20 entries.
            status: ``status`` in the body (one of 1, 0). API key status: 1 enabled, 0 disabled.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            None.
        """
        call = self._update_call(
            id=id,
            label=label,
            permissions=permissions,
            ip_whitelist=ip_whitelist,
            status=status,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send_empty(call)

    def delete(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete an API key

        Deletes (revokes) one API key. Accepts JWT only (an API key is refused).

        ``POST /v1/private/user/api-key/delete``

        Args:
            id: ``id`` in the body (required). API key id.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            None.
        """
        call = self._delete_call(
            id=id,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send_empty(call)

    def delete_all(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> DeletedApiKeys:
        """Delete all API keys

        Deletes (revokes) every API key of the user. No request body is documented. Accepts JWT
        only (an API key is refused).

        ``POST /v1/private/user/api-key/delete-all``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            DeletedApiKeys: the envelope's ``data``.
        """
        call = self._delete_all_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, DeletedApiKeys)


class ApiKeyResourceWithRawResponse(_ApiKeyResourceCalls[SyncAPIClient]):
    """The operations of `ApiKeyResource`, with the same arguments, each returning a RawResponse:
    the HTTP status, headers, request id, raw body and the parsed data.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.create = raw_method(self._create_call, client._send_raw, CreatedApiKey)
        self.list_keys = raw_method(self._list_keys_call, client._send_raw, ApiKeyList)
        self.update = raw_method_empty(self._update_call, client._send_raw_empty)
        self.delete = raw_method_empty(self._delete_call, client._send_raw_empty)
        self.delete_all = raw_method(self._delete_all_call, client._send_raw, DeletedApiKeys)


class AsyncApiKeyResource(_ApiKeyResourceCalls[AsyncAPIClient]):
    """API key management; JWT only."""

    @property
    def with_raw_response(self) -> AsyncApiKeyResourceWithRawResponse:
        """The same operations, returning the HTTP status, headers and request id with the data."""
        return AsyncApiKeyResourceWithRawResponse(self._client)

    async def create(
        self,
        *,
        label: str,
        permissions: int = 1,
        ip_whitelist: Sequence[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> CreatedApiKey:
        """Create an API key

        Creates an API key; its secret is returned only this once. Each user can create up to 30
        API keys. Accepts JWT only (an API key is refused).

        ``POST /v1/private/user/api-key/create``

        Args:
            label: ``label`` in the body (required). API key label, length 1 - 64.
            permissions: ``permissions`` in the body (default 1). Permission bitmask: 1 Read, 2
                Trade, 4 Withdraw (reserved); 3 is Read and Trade. Range 1 - 7. Defaults to 1.
            ip_whitelist: ``ipWhitelist`` in the body. IP whitelist, up to 20 entries. If
                omitted, the source IP is unrestricted.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            CreatedApiKey: the envelope's ``data``.
        """
        call = self._create_call(
            label=label,
            permissions=permissions,
            ip_whitelist=ip_whitelist,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, CreatedApiKey)

    async def list_keys(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ApiKeyList:
        """List API keys

        Returns the user's API keys, without secrets. Accepts JWT only (an API key is refused).

        ``GET /v1/private/user/api-key/list``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            ApiKeyList: the envelope's ``data``.
        """
        call = self._list_keys_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, ApiKeyList)

    async def update(
        self,
        *,
        id: str,
        label: str | None = None,
        permissions: int | None = None,
        ip_whitelist: Sequence[str] | None = None,
        status: ApiKeyStatus | Literal[1, 0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Update an API key

        Changes the label, permissions, IP whitelist or status of an API key; omitted fields are
        unchanged. Accepts JWT only (an API key is refused).

        ``PUT /v1/private/user/api-key/update``

        Args:
            id: ``id`` in the body (required). API key id.
            label: ``label`` in the body. New label.
            permissions: ``permissions`` in the body. New permission bitmask (range 1 - 7).
            ip_whitelist: ``ipWhitelist`` in the body. New IP whitelist, up to 20 entries.
            status: ``status`` in the body (one of 1, 0). API key status: 1 enabled, 0 disabled.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            None.
        """
        call = self._update_call(
            id=id,
            label=label,
            permissions=permissions,
            ip_whitelist=ip_whitelist,
            status=status,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send_empty(call)

    async def delete(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete an API key

        Deletes (revokes) one API key. Accepts JWT only (an API key is refused).

        ``POST /v1/private/user/api-key/delete``

        Args:
            id: ``id`` in the body (required). API key id.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            None.
        """
        call = self._delete_call(
            id=id,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send_empty(call)

    async def delete_all(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> DeletedApiKeys:
        """Delete all API keys

        Deletes (revokes) every API key of the user. No request body is documented. Accepts JWT
        only (an API key is refused).

        ``POST /v1/private/user/api-key/delete-all``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            DeletedApiKeys: the envelope's ``data``.
        """
        call = self._delete_all_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, DeletedApiKeys)


class AsyncApiKeyResourceWithRawResponse(_ApiKeyResourceCalls[AsyncAPIClient]):
    """The operations of `AsyncApiKeyResource`, with the same arguments, each returning a
    RawResponse: the HTTP status, headers, request id, raw body and the parsed data.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.create = async_raw_method(self._create_call, client._send_raw, CreatedApiKey)
        self.list_keys = async_raw_method(self._list_keys_call, client._send_raw, ApiKeyList)
        self.update = async_raw_method_empty(self._update_call, client._send_raw_empty)
        self.delete = async_raw_method_empty(self._delete_call, client._send_raw_empty)
        self.delete_all = async_raw_method(self._delete_all_call, client._send_raw, DeletedApiKeys)
