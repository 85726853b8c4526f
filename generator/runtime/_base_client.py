"""The request machinery behind the generated ``Client`` and ``AsyncClient``.

One call goes: arguments → exact bytes (`_wire`) → for each attempt, an
authenticated `httpx.Request` with a fresh timestamp and signature → response →
envelope check (`_response`) → typed result. Between attempts, `_CallState`
decides what to do: refresh an expired token, re-sync the clock after a
timestamp rejection, back off and retry a transient failure, or give up. Sync
and async clients share all of it but the lines that send and sleep.
"""

from __future__ import annotations

import copy
import inspect
import json
import logging
import os
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar
from urllib.parse import quote

import httpx

from ._bodies import encode_body, is_json
from ._checks import check_request
from ._clock import Clock, ClockOffsetError, ServerClock, TimeSample, system_clock_ms
from ._credentials import (
    ApiKeyCredentials,
    BearerToken,
    Credentials,
    Secret,
    TokenProvider,
    missing_credentials,
    resolve_credentials,
    wrong_credentials,
)
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    CredentialsError,
    DecodeError,
    OutcomeUnknownError,
    RequestValidationError,
    SDKError,
)
from ._operations import ApiDescription, OperationSpec
from ._reconcile import (
    Reconciliation,
    after_lookup,
    find_record,
    is_ambiguous,
    is_duplicate,
    lookup_query,
    with_keys,
)
from ._redaction import install_log_redaction, redact_parameter
from ._response import body_excerpt, parse_data, read_envelope, read_success
from ._retry import RetryPolicy
from ._session import AuthState, session_token
from ._signing import signed_query
from ._wire import encode_cookies, encode_query, format_scalar

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = ["AsyncAPIClient", "Clock", "PreparedCall", "RawResponse", "SyncAPIClient"]

logger = logging.getLogger(__name__.rpartition(".")[0])

ModelT = TypeVar("ModelT", bound="BaseModel")
DataT = TypeVar("DataT")

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_CLOCK_OFFSET = 86_400.0
CLOCK_SAMPLES = 3


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[DataT]):
    """A result with its HTTP details: status, headers, request id, the parsed ``data``,
    the raw body bytes (``content``) and how many attempts it took.

    ``reconciled`` is True when an order write failed ambiguously and ``data`` is, wholly or
    for some orders of a batch, what the lookup found (status, headers and ``content`` are
    then those of the last response: a lookup's, or the resend's of the orders not found)."""

    http_status: int
    headers: httpx.Headers
    request_id: str
    data: DataT
    attempts: int
    content: bytes
    reconciled: bool = False


@dataclass(frozen=True, slots=True)
class PreparedCall:
    """An operation call reduced to bytes, before authentication."""

    operation: OperationSpec
    path: str
    query: str
    body: bytes | None = field(repr=False)  # may hold a password
    headers: Mapping[str, str] = field(repr=False)
    request_id: str
    timeout: httpx.Timeout
    max_retries: int
    total_timeout: float | None = None
    """Seconds for the whole call, attempts and waits between them; None: no overall bound."""


@dataclass(slots=True)
class _CallState:
    """Retry bookkeeping for one call: each recovery is tried at most once, retries are counted.

    ``spent`` is the time the call has used: each attempt's measured duration plus the
    backoff delays asked of ``sleep`` (so an injected sleep counts as if it had slept).
    """

    call: PreparedCall
    policy: RetryPolicy
    attempts: int = 0
    retries: int = 0
    token_refreshed: bool = False
    clock_resynced: bool = False
    last_delay: float = field(default=0.0)
    spent: float = 0.0
    clock_generation: int = 0

    def attempt_limit(self) -> float | None:
        """Seconds the next attempt may take: its own bound, cut to what is left of the call's."""
        own = attempt_seconds(self.call.timeout)
        if self.call.total_timeout is None:
            return own
        left = max(self.call.total_timeout - self.spent, 0.001)
        return left if own is None else min(own, left)


# What to do after a failed attempt.
_RAISE, _RETRY, _REFRESH_TOKEN, _RESYNC_CLOCK = "raise", "retry", "refresh-token", "resync-clock"


class _ClientCore:
    """State and decisions shared by the sync and async clients."""

    _owns_http: bool

    def __init__(
        self,
        *,
        api: ApiDescription,
        base_url: str | None,
        access_token: str | TokenProvider | None,
        api_key: str | None,
        api_secret: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        clock: Clock | None,
        time_sync_interval: float | None,
        default_headers: Mapping[str, str] | None,
        total_timeout: float | None = None,
        max_clock_offset: float | None = DEFAULT_MAX_CLOCK_OFFSET,
        validate_requests: bool = True,
    ) -> None:
        self._api = api
        self.validate_requests = validate_requests
        self._auth = AuthState(
            resolve_credentials(
                access_token=access_token,
                api_key=api_key,
                api_secret=api_secret,
                env_prefix=api.env_prefix,
                secret_required=api.signature is not None,
            )
        )
        if isinstance(self._credentials, ApiKeyCredentials) and api.api_key_header is None:
            raise CredentialsError(f"{api.name} does not accept API keys")
        if isinstance(self._credentials, BearerToken) and not api.bearer:
            raise CredentialsError(f"{api.name} does not accept bearer tokens")
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        url = base_url or os.environ.get(f"{api.env_prefix}BASE_URL") or api.default_base_url
        self.base_url = httpx.URL(url.rstrip("/"))
        self._base_path = self.base_url.raw_path.split(b"?", 1)[0].decode("ascii").rstrip("/")
        self.timeout = _as_timeout(timeout)
        self.max_retries = max_retries
        self.total_timeout = _check_total(total_timeout)
        self._default_headers = dict(default_headers or {})
        interval_ms = None if time_sync_interval is None else int(time_sync_interval * 1000)
        self._clock = ServerClock(
            clock or system_clock_ms,
            resync_interval_ms=interval_ms,
            max_offset_ms=None if max_clock_offset is None else int(max_clock_offset * 1000),
        )
        self._retry = RetryPolicy(
            max_retries=max_retries, retry_statuses=api.retry_statuses, retry_codes=api.retry_codes
        )
        if api.signature is not None or api.session is not None:
            install_log_redaction(
                api.signature.signature_parameter if api.signature else None, cookies=api.session is not None
            )

    def __repr__(self) -> str:
        auth = (
            "api_key"
            if isinstance(self._credentials, ApiKeyCredentials)
            else "access_token" if self._credentials is not None else None
        )
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, auth={auth!r})"

    @property
    def _credentials(self) -> Credentials | None:
        """What the client authenticates with: the constructor's credentials or a login's token."""
        return self._auth.credentials

    @property
    def clock(self) -> ServerClock:
        """The client's estimate of the server clock (used for signed timestamps)."""
        return self._clock

    def _copy_with(
        self,
        *,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
        total_timeout: float | None = None,
    ) -> Self:
        clone = copy.copy(self)
        if timeout is not None:
            clone.timeout = _as_timeout(timeout)
        if total_timeout is not None:
            clone.total_timeout = _check_total(total_timeout)
        if max_retries is not None:
            if max_retries < 0:
                raise ValueError("max_retries must be 0 or more")
            clone.max_retries = max_retries
            clone._retry = RetryPolicy(
                max_retries=max_retries,
                retry_statuses=self._api.retry_statuses,
                retry_codes=self._api.retry_codes,
            )
        clone._default_headers = {**self._default_headers, **(extra_headers or {})}
        clone._owns_http = False  # the pool belongs to the original client
        return clone

    def _prepare(
        self,
        operation: OperationSpec,
        *,
        path_params: Mapping[str, object],
        query: Iterable[tuple[str, object]],
        header_params: Iterable[tuple[str, object]] = (),
        cookie_params: Iterable[tuple[str, object]] = (),
        body: Any,
        extra_headers: Mapping[str, str] | None,
        request_id: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        if operation.auth_required and self._credentials is None and self._api.credentials_required:
            raise missing_credentials(self._api.env_prefix, operation.operation_id)
        kind = self._credential_kind()
        accepted = not operation.accepts or kind in operation.accepts
        if operation.auth_required and kind is not None and not accepted:
            raise wrong_credentials(kind, operation.operation_id, operation.accepts)
        query, header_params = list(query), list(header_params)
        request_id = request_id or uuid.uuid4().hex
        path = operation.path
        for name, value in path_params.items():
            path = path.replace("{" + name + "}", _quote_path(value))
        headers = {"Accept": "application/json", "User-Agent": self._api.user_agent, **self._default_headers}
        headers.update((name, format_scalar(value)) for name, value in header_params if value is not None)
        cookies = encode_cookies(cookie_params)
        if cookies is not None:
            headers["Cookie"] = f"{headers['Cookie']}; {cookies}" if headers.get("Cookie") else cookies
        body_bytes = None
        if body is not None and operation.reconcile is not None:
            body = with_keys(operation.reconcile, body)
        content_type = operation.content_type or "application/json"
        if body is not None:
            body_bytes, headers["Content-Type"] = encode_body(content_type, body)
        if self.validate_requests and operation.checks is not None:
            parameters = [*path_params.items(), *query, *header_params]
            json_body = json.loads(body_bytes) if body_bytes is not None and is_json(content_type) else None
            _refuse_invalid(operation, parameters, json_body, body_bytes is not None, request_id)
        if extra_headers:
            headers.update(extra_headers)
        if max_retries is not None and max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        call_timeout = _as_timeout(timeout) if timeout is not None else self.timeout
        call_retries = self.max_retries if max_retries is None else max_retries
        return PreparedCall(
            operation=operation,
            path=path,
            query=encode_query(query),
            body=body_bytes,
            headers=headers,
            request_id=request_id,
            timeout=call_timeout,
            max_retries=call_retries,
            total_timeout=(
                self.total_timeout
                if self.total_timeout is not None
                else default_total_timeout(call_timeout, call_retries)
            ),
        )

    # -- one attempt ---------------------------------------------------------------

    def _build_request(self, call: PreparedCall, token: str | None) -> httpx.Request:
        """The request for one attempt: authentication is computed afresh each time."""
        headers = dict(call.headers)
        headers[self._api.request_id_header] = call.request_id
        query = call.query
        credentials = self._credentials
        if self._sends_credentials(call.operation):
            if isinstance(credentials, ApiKeyCredentials):
                scheme = self._api.signature
                if scheme is None:
                    assert self._api.api_key_header is not None  # checked in __init__
                    headers[self._api.api_key_header] = credentials.api_key.reveal()
                else:
                    headers[scheme.key_header] = credentials.api_key.reveal()
                    stamp = self._clock.signing_stamp()
                    query = signed_query(scheme, credentials, query, call.body or b"", stamp)
            elif token is not None:
                headers["Authorization"] = f"Bearer {token}"
        target = self._base_path + call.path + (f"?{query}" if query else "")
        # raw_path is sent as is: the signed query must not be re-encoded.
        url = self.base_url.copy_with(raw_path=target.encode("ascii"))
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "request %s %s request_id=%s", call.operation.method, self._redacted(target), call.request_id
            )
        request = httpx.Request(
            call.operation.method,
            url,
            headers=headers,
            content=call.body,
            extensions={"timeout": call.timeout.as_dict()},
        )
        session = self._api.session
        if session is not None and call.operation.operation_id in session.names():
            self._auth.send_cookies(request)
        return request

    def _redacted(self, target: str) -> str:
        scheme = self._api.signature
        if scheme is None:
            return target
        return redact_parameter(target, scheme.signature_parameter)

    def _read(
        self, call: PreparedCall, response: httpx.Response, started: float, result_type: type[ModelT] | None
    ) -> tuple[ModelT | None, str]:
        """The typed result and the request id, or the error the response stands for."""
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "response %s %s -> HTTP %s in %.1f ms request_id=%s",
                call.operation.method,
                call.path,
                response.status_code,
                (time.perf_counter() - started) * 1000,
                call.request_id,
            )
        if result_type is not None:
            fast = read_success(self._api, response, result_type)
            if fast is not None:
                return fast[0], fast[1] or call.request_id
        if result_type is None and self._api.envelope is None and 200 <= response.status_code < 300:
            return None, call.request_id  # no declared JSON result: the body (maybe bytes) is the raw one
        data, request_id = read_envelope(self._api, response, call.request_id, empty_ok=result_type is None)
        if result_type is None:
            return None, request_id
        return parse_data(data, result_type, response, request_id, self._api.secret_fields), request_id

    def _credential_kind(self) -> str | None:
        if isinstance(self._credentials, ApiKeyCredentials):
            return "apiKey"
        return "bearer" if isinstance(self._credentials, BearerToken) else None

    def _sends_credentials(self, operation: OperationSpec) -> bool:
        """Required credentials always; optional ones when the client holds a kind the operation takes."""
        if operation.auth_required:
            return True
        kind = self._credential_kind()
        accepted = not operation.accepts or kind in operation.accepts
        return operation.auth_optional and kind is not None and accepted

    def _needs_token(self, call: PreparedCall) -> bool:
        return self._sends_credentials(call.operation) and isinstance(self._credentials, BearerToken)

    def _wants_clock_sync(self, call: PreparedCall) -> bool:
        return (
            self._sends_credentials(call.operation)
            and isinstance(self._credentials, ApiKeyCredentials)
            and self._api.signature is not None
            and self._api.clock_sync is not None
            and self._clock.resync_interval_ms is not None
            and self._clock.needs_sync()
        )

    def _clock_call(self) -> PreparedCall:
        """The server-time request as a call, so it is sent and bounded like any other."""
        sync = self._api.clock_sync
        assert sync is not None
        return PreparedCall(
            operation=OperationSpec(
                operation_id="clock-sync", method="GET", path=sync.path, auth_required=False, retry_safe=True
            ),
            path=sync.path,
            query="",
            body=None,
            headers={"Accept": "application/json", "User-Agent": self._api.user_agent},
            request_id="clock-sync",
            timeout=self.timeout,
            max_retries=0,
        )

    def _clock_request(self, call: PreparedCall) -> httpx.Request:
        url = self.base_url.copy_with(raw_path=(self._base_path + call.path).encode("ascii"))
        return httpx.Request("GET", url, headers=dict(call.headers))

    def _clock_sample(self, sent_ms: int, response: httpx.Response, received_ms: int) -> TimeSample:
        sync = self._api.clock_sync
        assert sync is not None
        data, request_id = read_envelope(self._api, response, "clock-sync")
        server_ms = data.get(sync.field) if isinstance(data, dict) else None
        if not isinstance(server_ms, int) or isinstance(server_ms, bool):
            raise DecodeError(
                f"the server time has no integer {sync.field!r}",
                http_status=response.status_code,
                request_id=request_id,
                body_excerpt=body_excerpt(response.content, self._api.secret_fields),
            )
        try:
            return self._clock.check(TimeSample(sent_ms, server_ms, received_ms))
        except ClockOffsetError as exc:
            raise DecodeError(
                str(exc),
                http_status=response.status_code,
                request_id=request_id,
                body_excerpt=body_excerpt(response.content, self._api.secret_fields),
            ) from exc

    # -- the login session -----------------------------------------------------------

    def _refresh_call(self) -> PreparedCall:
        session = self._api.session
        assert session is not None
        return self._prepare(
            session.refresh,
            path_params={},
            query=(),
            body=None,
            extra_headers=None,
            request_id=None,
            timeout=None,
        )

    def _refreshed_token(self, response: httpx.Response, request_id: str) -> str:
        session = self._api.session
        assert session is not None
        token = session_token(self._api, session, response)
        if token is None:
            raise DecodeError(
                f"{session.refresh.operation_id} returned no {session.result_field!r}",
                http_status=response.status_code,
                request_id=request_id,
                body_excerpt="",
            )
        return token

    def _after_call(
        self, call: PreparedCall, response: httpx.Response | None, provider: TokenProvider
    ) -> None:
        """Keep the token and cookies a login or refresh returned; a logout, even a failed one,
        ends the session here too."""
        session = self._api.session
        if session is None:
            return
        name = call.operation.operation_id
        if name == session.logout:
            self._auth.end()
        elif response is not None and name in (session.login, session.refresh.operation_id):
            token = session_token(self._api, session, response)
            if token is not None:
                self._auth.keep(session, response, token, provider)

    # -- between attempts ----------------------------------------------------------

    def _reconciliation(self, call: PreparedCall, error: SDKError) -> Reconciliation | None:
        """How ``call`` is settled after ``error`` (None: no write to reconcile, or no ambiguous failure)."""
        spec = call.operation.reconcile
        if spec is None or not is_ambiguous(error):
            return None
        return Reconciliation.start(spec, call.body)

    def _lookup(self, state: _CallState, order: Mapping[str, Any]) -> PreparedCall:
        """The lookup of one order of the write ``state`` sends, within what is left of its
        ``total_timeout`` (the lookups and the resend are part of the one call)."""
        call = state.call
        spec = call.operation.reconcile
        assert spec is not None
        lookup = self._prepare(
            spec.lookup,
            path_params={},
            query=lookup_query(spec, order),
            body=None,
            extra_headers=None,
            request_id=None,
            timeout=call.timeout,
            max_retries=call.max_retries,
        )
        if call.total_timeout is None:
            return lookup
        return replace(lookup, total_timeout=max(call.total_timeout - state.spent, 0.001))

    def _found(
        self, call: PreparedCall, order: Mapping[str, Any], response: httpx.Response, request_id: str
    ) -> Mapping[str, Any] | None:
        """The record of ``order`` in a lookup's answer (None: not there)."""
        spec = call.operation.reconcile
        assert spec is not None
        data, _ = read_envelope(self._api, response, request_id, empty_ok=True)
        return find_record(spec, order, data)

    def _unknown(
        self, call: PreparedCall, error: SDKError, lookup: PreparedCall, cause: SDKError
    ) -> OutcomeUnknownError:
        """The error of a write whose lookup failed: whether it took effect is unknown."""
        return OutcomeUnknownError(
            f"{call.operation.method} {call.path} failed ({type(error).__name__}: {error}) and its lookup "
            f"{lookup.operation.operation_id} failed too ({type(cause).__name__}); the outcome is unknown, "
            "nothing was resent",
            request_id=call.request_id,
            lookup_request_id=lookup.request_id,
            error=error,
        )

    def _not_found(self, call: PreparedCall, error: SDKError) -> bool:
        spec = call.operation.reconcile
        return spec is not None and isinstance(error, APIError) and error.code in spec.not_found

    def _settled(
        self,
        recon: Reconciliation,
        response: httpx.Response,
        request_id: str,
        result_type: type[ModelT] | None,
        answered: bool,
    ) -> ModelT | None:
        """The write's result with the orders taken from the lookups put back (``answered``:
        ``response`` is the write's own answer, else the last lookup's)."""
        data = read_envelope(self._api, response, request_id, empty_ok=True)[0] if answered else None
        merged = recon.result(data)
        if merged is None:
            raise DecodeError(
                "the resend's answer does not list one entry per order resent",
                http_status=response.status_code,
                request_id=request_id,
                body_excerpt=body_excerpt(response.content, self._api.secret_fields),
            )
        return (
            None
            if result_type is None
            else parse_data(merged, result_type, response, request_id, self._api.secret_fields)
        )

    def _resend(self, state: _CallState, recon: Reconciliation) -> None:
        """Make ``state`` send what ``recon`` still has to send, signed afresh by the next attempt."""
        call = state.call
        state.retries += 1
        if recon.narrowed:
            state.call = replace(
                call, body=encode_body(call.operation.content_type or "application/json", recon.body)[0]
            )
        logger.debug("resending %s %s: the lookup did not find it done", call.operation.method, call.path)

    def _decide(self, state: _CallState, error: SDKError) -> str:
        """What to do after ``error``: recover once, retry with backoff, or raise."""
        signals = self._api.signals
        if isinstance(error, APIError):
            credentials = self._credentials
            if (
                signals.token_expired(error.code)
                and isinstance(credentials, BearerToken)
                and credentials.refreshable
                and not state.token_refreshed
                and self._needs_token(state.call)  # not the refresh itself, which sends no token
            ):
                state.token_refreshed = True
                return _REFRESH_TOKEN
            if (
                signals.timestamp_rejected(error.code, error.message)
                and isinstance(credentials, ApiKeyCredentials)
                and self._api.signature is not None
                and self._api.clock_sync is not None
                and not state.clock_resynced
            ):
                state.clock_resynced = True
                return _RESYNC_CLOCK
        repeatable = state.call.operation.retry_safe or (
            isinstance(error, APIConnectionError) and not error.request_sent
        )
        if repeatable and state.retries < state.call.max_retries and self._retry.is_retryable(error):
            delay = self._retry.delay(state.retries + 1, error)
            total = state.call.total_timeout
            if total is not None and state.spent + delay >= total:
                logger.debug(
                    "no retry of %s %s: waiting %.2f s would pass the call's %.2f s (request_id=%s)",
                    state.call.operation.method,
                    state.call.path,
                    delay,
                    total,
                    state.call.request_id,
                )
                return _RAISE
            state.retries += 1
            state.last_delay = delay
            state.spent += delay
            logger.debug(
                "retry %d of %s %s in %.2f s after %s (request_id=%s)",
                state.retries,
                state.call.operation.method,
                state.call.path,
                state.last_delay,
                type(error).__name__,
                state.call.request_id,
            )
            return _RETRY
        return _RAISE


def _refuse_invalid(
    operation: OperationSpec,
    parameters: Iterable[tuple[str, object]],
    body: Any,
    body_given: bool,
    request_id: str,
) -> None:
    """Raise `RequestValidationError` when the request breaks its operation's rules."""
    checks = operation.checks
    assert checks is not None
    texts: dict[str, str | list[str]] = {}
    for name, value in parameters:
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            texts[name] = [format_scalar(item) for item in value]
        else:
            texts[name] = format_scalar(value)
    violations = check_request(checks, texts, body, body_given=body_given)
    if violations:
        raise RequestValidationError(
            tuple((v.path, v.message) for v in violations),
            operation_id=operation.operation_id,
            request_id=request_id,
        )


def _quote_path(value: object) -> str:
    return quote(format_scalar(value), safe="")


def _as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout)


def _check_total(total_timeout: float | None) -> float | None:
    if total_timeout is not None and total_timeout <= 0:
        raise ValueError("total_timeout must be positive")
    return total_timeout


def attempt_seconds(timeout: httpx.Timeout) -> float | None:
    """How long one attempt may take in all: the largest part of ``timeout`` (None: unbounded).

    ``timeout=1`` thus bounds connecting, sending and reading the whole body together to
    one second, not only each read.
    """
    parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t is not None]
    return max(parts) if parts else None


def default_total_timeout(timeout: httpx.Timeout, max_retries: int) -> float | None:
    """The overall bound of a call when none is given: one attempt's bound per attempt."""
    per_attempt = attempt_seconds(timeout)
    return None if per_attempt is None else per_attempt * (max_retries + 1)


def _capped(timeout: httpx.Timeout, limit: float | None) -> dict[str, float | None]:
    """httpx's per-phase timeouts, none longer than the attempt's remaining ``limit``."""
    if limit is None:
        return timeout.as_dict()
    return {
        phase: limit if value is None else min(value, limit) for phase, value in timeout.as_dict().items()
    }


def _deadline_error(call: PreparedCall, limit: float) -> APITimeoutError:
    return APITimeoutError(
        f"{call.operation.method} {call.path} took longer than {limit:.3g} s (the attempt's deadline)",
        request_id=call.request_id,
    )


def _unreadable(exc: BaseException, call: PreparedCall, response: httpx.Response | None) -> DecodeError:
    """A DecodeError for a body httpx could not decode (a Content-Encoding that lies)."""
    return DecodeError(
        f"the response body could not be decoded: {type(exc).__name__}: {exc}",
        http_status=response.status_code if response is not None else 0,
        request_id=call.request_id,
        body_excerpt="",
    )


def _complete(response: httpx.Response, raw: bytes, call: PreparedCall) -> httpx.Response:
    """The response with its body read: ``raw`` decoded as its headers say (once)."""
    try:
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            content=raw,
            request=response.request,
            extensions=response.extensions,
        )
    except httpx.DecodingError as exc:
        raise _unreadable(exc, call, response) from exc


def _transport_error(exc: httpx.TransportError, call: PreparedCall) -> SDKError:
    target = f"{call.operation.method} {call.path}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{target} timed out ({type(exc).__name__})",
            request_id=call.request_id,
            # Connect and pool timeouts happen before the request leaves this process.
            request_sent=not isinstance(exc, (httpx.ConnectTimeout, httpx.PoolTimeout)),
        )
    return APIConnectionError(
        f"{target} failed: {type(exc).__name__}: {exc}",
        request_id=call.request_id,
        request_sent=not isinstance(exc, httpx.ConnectError),
    )


def _raw(
    response: httpx.Response, request_id: str, data: DataT, attempts: int, reconciled: bool = False
) -> RawResponse[DataT]:
    return RawResponse(
        response.status_code, response.headers, request_id, data, attempts, response.content, reconciled
    )


class SyncAPIClient(_ClientCore):
    """Sends prepared calls over a pooled `httpx.Client`."""

    def __init__(
        self,
        *,
        api: ApiDescription,
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
            api=api,
            base_url=base_url,
            access_token=access_token,
            api_key=api_key,
            api_secret=api_secret,
            timeout=timeout,
            max_retries=max_retries,
            clock=clock,
            time_sync_interval=time_sync_interval,
            default_headers=default_headers,
            total_timeout=total_timeout,
            max_clock_offset=max_clock_offset,
            validate_requests=validate_requests,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client()
        self._sleep = sleep or time.sleep

    def _token(self, refresh: bool = False, used: str | None = None) -> str | None:
        """The token to send; with ``refresh``, a new one unless another thread got one since ``used``."""
        credentials = self._credentials
        if not isinstance(credentials, BearerToken):
            return None
        if credentials.provider is not None and (refresh or credentials.token is None):
            with credentials.lock:
                if credentials.token is None or (refresh and credentials.stale(used)):
                    value = credentials.provider()
                    if inspect.isawaitable(value):
                        if inspect.iscoroutine(value):
                            value.close()
                        raise CredentialsError("an async token provider needs the AsyncClient")
                    if not isinstance(value, str) or not value:
                        raise CredentialsError("the token provider returned no token")
                    credentials.token = Secret(value)
        return credentials.token.reveal() if credentials.token is not None else None

    def _refresh_session(self) -> str:
        """A new token through the session's refresh operation (the token provider of a login)."""
        call = self._refresh_call()
        response, _, request_id, _, _ = self._run(call, None)
        return self._refreshed_token(response, request_id)

    def _run(
        self, call: PreparedCall, result_type: type[ModelT] | None
    ) -> tuple[httpx.Response, ModelT | None, str, int, bool]:
        """`_execute`, and what a session operation changes in the client's credentials."""
        response = None
        try:
            outcome = self._execute(call, result_type)
            response = outcome[0]
            return outcome
        finally:
            self._after_call(call, response, self._refresh_session)

    def sync_clock(self) -> ServerClock:
        """Measure the offset to the server clock now (several round trips; the shortest wins).

        Raises `DecodeError` for an unreadable answer or a server time further than
        ``max_clock_offset`` seconds from the local clock (the offset is then kept).
        """
        call = self._clock_call()
        samples = []
        for _ in range(CLOCK_SAMPLES):
            sent = self._clock.local_ms()
            response = self._send_within(self._clock_request(call), call, attempt_seconds(call.timeout))
            samples.append(self._clock_sample(sent, response, self._clock.local_ms()))
        self._clock.record(samples)
        return self._clock

    def _try_sync_clock(self, seen_generation: int) -> None:
        """Sync unless another thread did since ``seen_generation``; one sync at a time."""
        with self._clock.sync_lock:
            if self._clock.generation != seen_generation:
                return
            try:
                self.sync_clock()
            except SDKError as exc:
                # Signing goes on with the previous offset; the server says if it is off.
                logger.warning("clock sync failed: %s: %s", type(exc).__name__, exc)
                self._clock.sync_failed()

    def _send_within(self, request: httpx.Request, call: PreparedCall, limit: float | None) -> httpx.Response:
        """Send ``request`` and read its whole body within ``limit`` seconds.

        httpx bounds each phase (connect, each read, ...); the body is read chunk by
        chunk with a check of the attempt's deadline after each one, so a server that
        drips bytes cannot hold the call past it.
        """
        request.extensions["timeout"] = _capped(call.timeout, limit)
        deadline = None if limit is None else time.monotonic() + limit
        try:
            response = self._http.send(request, stream=True)
            try:
                if response.is_stream_consumed:  # already read (a mock transport's response)
                    return response
                chunks = []
                for chunk in response.iter_raw():
                    chunks.append(chunk)
                    if deadline is not None and time.monotonic() > deadline:
                        assert limit is not None
                        raise _deadline_error(call, limit)
            finally:
                response.close()
        except httpx.TransportError as exc:
            raise _transport_error(exc, call) from exc
        except httpx.HTTPError as exc:
            raise _unreadable(exc, call, None) from exc
        return _complete(response, b"".join(chunks), call)

    def _execute(
        self, call: PreparedCall, result_type: type[ModelT] | None
    ) -> tuple[httpx.Response, ModelT | None, str, int, bool]:
        """Send ``call``; an order write that fails ambiguously is looked up before any resend."""
        state = _CallState(call, self._retry)
        recon: Reconciliation | None = None
        while True:
            try:
                response, result, request_id, attempts = self._attempt(state, result_type)
            except SDKError as error:
                # A resend refused as a duplicate: the first send took effect after all.
                duplicate = recon is not None and is_duplicate(recon.spec, error)
                recon = recon or self._reconciliation(call, error)
                ambiguous = duplicate or is_ambiguous(error)
                orders = recon.targets() if recon is not None and ambiguous else None
                if recon is None or orders is None:
                    raise
                records, last = [], None
                for order in orders:
                    record, answer = self._look_up(state, error, order)
                    records.append(record)
                    last = answer or last
                resends_left = 0 if duplicate else call.max_retries - state.retries
                step = after_lookup(recon.settle(records), resends_left)
                if step == "raise":
                    raise
                if step == "return":
                    assert last is not None  # every order was found, so every lookup answered
                    settled = self._settled(recon, last[0], last[1], result_type, answered=False)
                    return last[0], settled, last[1], state.attempts, True
                self._resend(state, recon)
                continue
            if recon is not None and recon.from_lookup:
                result = self._settled(recon, response, request_id, result_type, answered=True)
            return response, result, request_id, attempts, recon is not None and recon.from_lookup

    def _look_up(
        self, state: _CallState, error: SDKError, order: Mapping[str, Any]
    ) -> tuple[Mapping[str, Any] | None, tuple[httpx.Response, str] | None]:
        """Look ``order`` up: its record (None: not there), the lookup's answer (None: a not-found error)."""
        call = state.call
        lookup = self._lookup(state, order)
        lookup_state = _CallState(lookup, self._retry)
        try:
            response, _, request_id, _ = self._attempt(lookup_state, None)
            return self._found(call, order, response, request_id), (response, request_id)
        except SDKError as cause:
            if self._not_found(call, cause):
                return None, None
            raise self._unknown(call, error, lookup, cause) from cause
        finally:
            state.spent += lookup_state.spent

    def _attempt(
        self, state: _CallState, result_type: type[ModelT] | None
    ) -> tuple[httpx.Response, ModelT | None, str, int]:
        call = state.call
        while True:
            state.attempts += 1
            began = time.monotonic()
            state.clock_generation = self._clock.generation
            if self._wants_clock_sync(call):
                self._try_sync_clock(state.clock_generation)
                state.clock_generation = self._clock.generation
            token = None
            try:
                token = self._token() if self._needs_token(call) else None
                request = self._build_request(call, token)
                started = time.perf_counter()
                try:
                    response = self._send_within(request, call, state.attempt_limit())
                    result, request_id = self._read(call, response, started, result_type)
                finally:
                    state.spent += time.monotonic() - began
                return response, result, request_id, state.attempts
            except SDKError as error:
                action = self._decide(state, error)
                if action == _RAISE:
                    raise
                if action == _REFRESH_TOKEN:
                    try:
                        self._token(refresh=True, used=token)
                    except SDKError as failed:  # the call fails as it did, its request id kept
                        raise error from failed
                elif action == _RESYNC_CLOCK:
                    self._try_sync_clock(state.clock_generation)
                else:
                    self._sleep(state.last_delay)

    def _send(self, call: PreparedCall, result_type: type[ModelT]) -> ModelT:
        """Send ``call`` and return its typed ``data``."""
        _, result, _, _, _ = self._run(call, result_type)
        assert result is not None  # parse_data raises rather than return nothing
        return result

    def _send_empty(self, call: PreparedCall) -> None:
        """Send ``call``, whose success carries no data."""
        self._run(call, None)

    def _send_raw(self, call: PreparedCall, result_type: type[ModelT]) -> RawResponse[ModelT]:
        """Send ``call``; return the typed ``data`` with the HTTP status, headers and request id."""
        response, result, request_id, attempts, reconciled = self._run(call, result_type)
        assert result is not None
        return _raw(response, request_id, result, attempts, reconciled)

    def _send_raw_empty(self, call: PreparedCall) -> RawResponse[None]:
        """Send ``call``; return the HTTP status, headers and request id."""
        response, _, request_id, attempts, reconciled = self._run(call, None)
        return _raw(response, request_id, None, attempts, reconciled)

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
        access_token: str | TokenProvider | None = None,
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
            api=api,
            base_url=base_url,
            access_token=access_token,
            api_key=api_key,
            api_secret=api_secret,
            timeout=timeout,
            max_retries=max_retries,
            clock=clock,
            time_sync_interval=time_sync_interval,
            default_headers=default_headers,
            total_timeout=total_timeout,
            max_clock_offset=max_clock_offset,
            validate_requests=validate_requests,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient()
        self._sleep = sleep or _asyncio_sleep

    async def _token(self, refresh: bool = False, used: str | None = None) -> str | None:
        """The token to send; with ``refresh``, a new one unless another task got one since ``used``."""
        credentials = self._credentials
        if not isinstance(credentials, BearerToken):
            return None
        if credentials.provider is not None and (refresh or credentials.token is None):
            if credentials.async_lock is None:
                import asyncio  # noqa: PLC0415

                credentials.async_lock = asyncio.Lock()
            async with credentials.async_lock:
                if credentials.token is None or (refresh and credentials.stale(used)):
                    value = credentials.provider()
                    if inspect.isawaitable(value):
                        value = await value
                    if not isinstance(value, str) or not value:
                        raise CredentialsError("the token provider returned no token")
                    credentials.token = Secret(value)
        return credentials.token.reveal() if credentials.token is not None else None

    async def _refresh_session(self) -> str:
        """A new token through the session's refresh operation (the token provider of a login)."""
        call = self._refresh_call()
        response, _, request_id, _, _ = await self._run(call, None)
        return self._refreshed_token(response, request_id)

    async def _run(
        self, call: PreparedCall, result_type: type[ModelT] | None
    ) -> tuple[httpx.Response, ModelT | None, str, int, bool]:
        """`_execute`, and what a session operation changes in the client's credentials."""
        response = None
        try:
            outcome = await self._execute(call, result_type)
            response = outcome[0]
            return outcome
        finally:
            self._after_call(call, response, self._refresh_session)

    async def sync_clock(self) -> ServerClock:
        """Measure the offset to the server clock now (several round trips; the shortest wins).

        Raises `DecodeError` for an unreadable answer or a server time further than
        ``max_clock_offset`` seconds from the local clock (the offset is then kept).
        """
        call = self._clock_call()
        samples = []
        for _ in range(CLOCK_SAMPLES):
            sent = self._clock.local_ms()
            response = await self._send_within(self._clock_request(call), call, attempt_seconds(call.timeout))
            samples.append(self._clock_sample(sent, response, self._clock.local_ms()))
        self._clock.record(samples)
        return self._clock

    async def _try_sync_clock(self, seen_generation: int) -> None:
        """Sync unless another task did since ``seen_generation``; one sync at a time."""
        if self._clock.async_sync_lock is None:
            import asyncio  # noqa: PLC0415

            self._clock.async_sync_lock = asyncio.Lock()
        async with self._clock.async_sync_lock:
            if self._clock.generation != seen_generation:
                return
            try:
                await self.sync_clock()
            except SDKError as exc:
                logger.warning("clock sync failed: %s: %s", type(exc).__name__, exc)
                self._clock.sync_failed()

    async def _send_within(
        self, request: httpx.Request, call: PreparedCall, limit: float | None
    ) -> httpx.Response:
        """Send ``request`` and read its whole body within ``limit`` seconds (see the sync client)."""
        request.extensions["timeout"] = _capped(call.timeout, limit)
        deadline = None if limit is None else time.monotonic() + limit
        try:
            response = await self._http.send(request, stream=True)
            try:
                if response.is_stream_consumed:  # already read (a mock transport's response)
                    return response
                chunks = []
                async for chunk in response.aiter_raw():
                    chunks.append(chunk)
                    if deadline is not None and time.monotonic() > deadline:
                        assert limit is not None
                        raise _deadline_error(call, limit)
            finally:
                await response.aclose()
        except httpx.TransportError as exc:
            raise _transport_error(exc, call) from exc
        except httpx.HTTPError as exc:
            raise _unreadable(exc, call, None) from exc
        return _complete(response, b"".join(chunks), call)

    async def _execute(
        self, call: PreparedCall, result_type: type[ModelT] | None
    ) -> tuple[httpx.Response, ModelT | None, str, int, bool]:
        """Send ``call``; an order write that fails ambiguously is looked up before any resend."""
        state = _CallState(call, self._retry)
        recon: Reconciliation | None = None
        while True:
            try:
                response, result, request_id, attempts = await self._attempt(state, result_type)
            except SDKError as error:
                # A resend refused as a duplicate: the first send took effect after all.
                duplicate = recon is not None and is_duplicate(recon.spec, error)
                recon = recon or self._reconciliation(call, error)
                ambiguous = duplicate or is_ambiguous(error)
                orders = recon.targets() if recon is not None and ambiguous else None
                if recon is None or orders is None:
                    raise
                records, last = [], None
                for order in orders:
                    record, answer = await self._look_up(state, error, order)
                    records.append(record)
                    last = answer or last
                resends_left = 0 if duplicate else call.max_retries - state.retries
                step = after_lookup(recon.settle(records), resends_left)
                if step == "raise":
                    raise
                if step == "return":
                    assert last is not None  # every order was found, so every lookup answered
                    settled = self._settled(recon, last[0], last[1], result_type, answered=False)
                    return last[0], settled, last[1], state.attempts, True
                self._resend(state, recon)
                continue
            if recon is not None and recon.from_lookup:
                result = self._settled(recon, response, request_id, result_type, answered=True)
            return response, result, request_id, attempts, recon is not None and recon.from_lookup

    async def _look_up(
        self, state: _CallState, error: SDKError, order: Mapping[str, Any]
    ) -> tuple[Mapping[str, Any] | None, tuple[httpx.Response, str] | None]:
        """Look ``order`` up: its record (None: not there), the lookup's answer (None: a not-found error)."""
        call = state.call
        lookup = self._lookup(state, order)
        lookup_state = _CallState(lookup, self._retry)
        try:
            response, _, request_id, _ = await self._attempt(lookup_state, None)
            return self._found(call, order, response, request_id), (response, request_id)
        except SDKError as cause:
            if self._not_found(call, cause):
                return None, None
            raise self._unknown(call, error, lookup, cause) from cause
        finally:
            state.spent += lookup_state.spent

    async def _attempt(
        self, state: _CallState, result_type: type[ModelT] | None
    ) -> tuple[httpx.Response, ModelT | None, str, int]:
        call = state.call
        while True:
            state.attempts += 1
            began = time.monotonic()
            state.clock_generation = self._clock.generation
            if self._wants_clock_sync(call):
                await self._try_sync_clock(state.clock_generation)
                state.clock_generation = self._clock.generation
            token = None
            try:
                token = await self._token() if self._needs_token(call) else None
                request = self._build_request(call, token)
                started = time.perf_counter()
                try:
                    response = await self._send_within(request, call, state.attempt_limit())
                    result, request_id = self._read(call, response, started, result_type)
                finally:
                    state.spent += time.monotonic() - began
                return response, result, request_id, state.attempts
            except SDKError as error:
                action = self._decide(state, error)
                if action == _RAISE:
                    raise
                if action == _REFRESH_TOKEN:
                    try:
                        await self._token(refresh=True, used=token)
                    except SDKError as failed:  # the call fails as it did, its request id kept
                        raise error from failed
                elif action == _RESYNC_CLOCK:
                    await self._try_sync_clock(state.clock_generation)
                else:
                    await self._sleep(state.last_delay)

    async def _send(self, call: PreparedCall, result_type: type[ModelT]) -> ModelT:
        """Send ``call`` and return its typed ``data``."""
        _, result, _, _, _ = await self._run(call, result_type)
        assert result is not None  # parse_data raises rather than return nothing
        return result

    async def _send_empty(self, call: PreparedCall) -> None:
        """Send ``call``, whose success carries no data."""
        await self._run(call, None)

    async def _send_raw(self, call: PreparedCall, result_type: type[ModelT]) -> RawResponse[ModelT]:
        """Send ``call``; return the typed ``data`` with the HTTP status, headers and request id."""
        response, result, request_id, attempts, reconciled = await self._run(call, result_type)
        assert result is not None
        return _raw(response, request_id, result, attempts, reconciled)

    async def _send_raw_empty(self, call: PreparedCall) -> RawResponse[None]:
        """Send ``call``; return the HTTP status, headers and request id."""
        response, _, request_id, attempts, reconciled = await self._run(call, None)
        return _raw(response, request_id, None, attempts, reconciled)

    async def aclose(self) -> None:
        """Close the connection pool (if this client created it)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


async def _asyncio_sleep(seconds: float) -> None:
    # asyncio is imported on first use: importing the package should not pay for it.
    import asyncio  # noqa: PLC0415

    await asyncio.sleep(seconds)
