# Copied from generator/runtime/_base_client.py.
# Generated from spec/sixmm.yaml (6MM User and Account API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The request machinery behind the generated ``Client`` and ``AsyncClient``.

One call goes: arguments → exact bytes (`_wire`) → authenticated `httpx.Request`
(fresh timestamp and signature per attempt) → response → envelope check →
typed result (`_response`). Sync and async clients share everything but the
line that sends.
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Self, TypeVar, overload
from urllib.parse import quote

import httpx
from pydantic import BaseModel

from ._credentials import ApiKeyCredentials, BearerToken, Credentials, resolve_credentials
from ._exceptions import APIConnectionError, APITimeoutError, CredentialsError
from ._operations import ApiDescription, OperationSpec
from ._response import parse_data, read_envelope
from ._signing import signed_query
from ._wire import encode_json, encode_query, format_scalar

logger = logging.getLogger(__name__.rpartition(".")[0])

ModelT = TypeVar("ModelT", bound=BaseModel)

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)

Clock = Callable[[], int]
"""Returns the current time in Unix milliseconds."""


def system_clock_ms() -> int:
    """The local wall clock in Unix milliseconds."""
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, slots=True)
class PreparedCall:
    """An operation call reduced to bytes, before authentication."""

    operation: OperationSpec
    path: str
    query: str
    body: bytes | None
    headers: Mapping[str, str]
    request_id: str
    timeout: httpx.Timeout | None


class _ClientCore:
    """State and logic shared by the sync and async clients."""

    def __init__(
        self,
        *,
        api: ApiDescription,
        base_url: str | None,
        access_token: str | None,
        api_key: str | None,
        api_secret: str | None,
        timeout: float | httpx.Timeout | None,
        clock: Clock | None,
    ) -> None:
        self._api = api
        self._credentials: Credentials = resolve_credentials(
            access_token=access_token,
            api_key=api_key,
            api_secret=api_secret,
            env_prefix=api.env_prefix,
        )
        if isinstance(self._credentials, ApiKeyCredentials) and api.signature is None:
            raise CredentialsError(f"{api.name} does not accept API keys")
        if isinstance(self._credentials, BearerToken) and not api.bearer:
            raise CredentialsError(f"{api.name} does not accept bearer tokens")
        url = base_url or os.environ.get(f"{api.env_prefix}BASE_URL") or api.default_base_url
        self.base_url = httpx.URL(url.rstrip("/"))
        self._base_path = self.base_url.raw_path.split(b"?", 1)[0].decode("ascii").rstrip("/")
        self.timeout = _as_timeout(timeout)
        self._clock: Clock = clock or system_clock_ms

    def __repr__(self) -> str:
        auth = "api_key" if isinstance(self._credentials, ApiKeyCredentials) else "access_token"
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, auth={auth!r})"

    def _prepare(
        self,
        operation: OperationSpec,
        *,
        path_params: Mapping[str, object],
        query: Iterable[tuple[str, object]],
        header_params: Iterable[tuple[str, object]] = (),
        body: Mapping[str, Any] | BaseModel | None,
        extra_headers: Mapping[str, str] | None,
        request_id: str | None,
        timeout: float | httpx.Timeout | None,
    ) -> PreparedCall:
        path = operation.path
        for name, value in path_params.items():
            path = path.replace("{" + name + "}", quote(str(value), safe=""))
        headers = {"Accept": "application/json", "User-Agent": self._api.user_agent}
        headers.update(
            (name, format_scalar(value)) for name, value in header_params if value is not None
        )
        body_bytes = None
        if body is not None:
            body_bytes = encode_json(body)
            headers["Content-Type"] = operation.content_type or "application/json"
        if extra_headers:
            headers.update(extra_headers)
        return PreparedCall(
            operation=operation,
            path=path,
            query=encode_query(query),
            body=body_bytes,
            headers=headers,
            request_id=request_id or uuid.uuid4().hex,
            timeout=_as_timeout(timeout) if timeout is not None else None,
        )

    def _build_request(self, call: PreparedCall) -> httpx.Request:
        """The request for one attempt: authentication is computed afresh each time."""
        headers = dict(call.headers)
        headers[self._api.request_id_header] = call.request_id
        query = call.query
        credentials = self._credentials
        if call.operation.auth_required:
            if isinstance(credentials, ApiKeyCredentials):
                scheme = self._api.signature
                assert scheme is not None  # checked in __init__
                headers[scheme.key_header] = credentials.api_key.reveal()
                query = signed_query(scheme, credentials, query, call.body or b"", self._clock())
            else:
                headers["Authorization"] = f"Bearer {credentials.token.reveal()}"
        target = self._base_path + call.path + (f"?{query}" if query else "")
        # raw_path is sent as is: the signed query must not be re-encoded.
        url = self.base_url.copy_with(raw_path=target.encode("ascii"))
        timeout = call.timeout or self.timeout
        return httpx.Request(
            call.operation.method,
            url,
            headers=headers,
            content=call.body,
            extensions={"timeout": timeout.as_dict()},
        )

    def _result(
        self, call: PreparedCall, response: httpx.Response, result_type: type[ModelT] | None
    ) -> ModelT | None:
        logger.debug(
            "%s %s -> HTTP %s request_id=%s",
            call.operation.method,
            call.path,
            response.status_code,
            call.request_id,
        )
        data, request_id = read_envelope(self._api, response, call.request_id)
        if result_type is None:
            return None
        return parse_data(data, result_type, response, request_id)


def _as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout)


def _transport_error(exc: httpx.TransportError, call: PreparedCall) -> Exception:
    target = f"{call.operation.method} {call.path}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{target} timed out ({type(exc).__name__})", request_id=call.request_id
        )
    return APIConnectionError(
        f"{target} failed: {type(exc).__name__}: {exc}", request_id=call.request_id
    )


class SyncAPIClient(_ClientCore):
    """Sends prepared calls over a pooled `httpx.Client`."""

    def __init__(
        self,
        *,
        api: ApiDescription,
        base_url: str | None = None,
        access_token: str | None = None,
        api_key: str | None = None,
        api_secret: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        http_client: httpx.Client | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(
            api=api,
            base_url=base_url,
            access_token=access_token,
            api_key=api_key,
            api_secret=api_secret,
            timeout=timeout,
            clock=clock,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client()

    @overload
    def _send(self, call: PreparedCall, result_type: type[ModelT]) -> ModelT: ...

    @overload
    def _send(self, call: PreparedCall, result_type: None) -> None: ...

    def _send(self, call: PreparedCall, result_type: type[ModelT] | None) -> ModelT | None:
        """Send ``call`` and return its typed result (``None`` for operations without data)."""
        request = self._build_request(call)
        try:
            response = self._http.send(request)
        except httpx.TransportError as exc:
            raise _transport_error(exc, call) from exc
        return self._result(call, response, result_type)

    def close(self) -> None:
        """Close the connection pool (if this client created it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(_ClientCore):
    """Sends prepared calls over a pooled `httpx.AsyncClient`."""

    def __init__(
        self,
        *,
        api: ApiDescription,
        base_url: str | None = None,
        access_token: str | None = None,
        api_key: str | None = None,
        api_secret: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        http_client: httpx.AsyncClient | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(
            api=api,
            base_url=base_url,
            access_token=access_token,
            api_key=api_key,
            api_secret=api_secret,
            timeout=timeout,
            clock=clock,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient()

    @overload
    async def _send(self, call: PreparedCall, result_type: type[ModelT]) -> ModelT: ...

    @overload
    async def _send(self, call: PreparedCall, result_type: None) -> None: ...

    async def _send(self, call: PreparedCall, result_type: type[ModelT] | None) -> ModelT | None:
        """Send ``call`` and return its typed result (``None`` for operations without data)."""
        request = self._build_request(call)
        try:
            response = await self._http.send(request)
        except httpx.TransportError as exc:
            raise _transport_error(exc, call) from exc
        return self._result(call, response, result_type)

    async def aclose(self) -> None:
        """Close the connection pool (if this client created it)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
