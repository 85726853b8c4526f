"""The exchange as a plain ASGI application: routing, request checks, handlers, faults.

Each request goes through, in order: body size limit (413), route (404 unknown path,
405 known path with another method, with ``Allow``), authentication of private
operations (401), content type of operations with a JSON body (415), JSON syntax (400),
query parameters (2001/2002/2003 with HTTP 200), then the operation itself. Every
answer is an ``application/json`` envelope whose ``requestId`` is the ``X-Request-ID``
request header when given, else a new UUID; the same id is sent back in the
``X-Request-ID`` response header. Nothing raised inside escapes: an unexpected error is
answered with HTTP 500 and code 5001, without a stack trace. Injected faults (see
`FaultQueue`), including canned replies for one operation, take precedence over all of
this: a request is routed only to learn its operationId, recorded, then answered by the
fault.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import logging
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import parse_qsl

from .. import __version__ as _sdk_version
from .. import _api
from .._checks import Violation, check_request
from .._redaction import SignatureFilter
from ._accounts import READ, ApiKeys
from ._auth import ORDER_PATH_PREFIX, Authenticator, Principal, ReplayGuard
from ._clock import ExchangeClock
from ._envelope import (
    INTERNAL_ERROR,
    INVALID_PARAMETER,
    MISSING,
    MISSING_AUTH,
    MISSING_PARAMETER,
    OUT_OF_RANGE,
    RATE_LIMITED,
    SERVICE_UNAVAILABLE,
    EnvelopeError,
    HttpResponse,
    envelope_response,
    error_response,
)
from ._faults import Fault, FaultQueue, reply_body
from ._log import RecordedRequest, RecordedResponse, RequestLog
from ._params import (
    MAX_FAVORITE_SYMBOLS,
    MAX_HISTORY_LIMIT,
    MAX_PAGE_SIZE,
    ParamSpec,
    parse_query,
    require_string,
    require_string_list,
)
from ._state import TREND_STEPS, ExchangeState

# The rule table of every operation, as the client has it: compiled from the spec's schemas,
# conditional rules and x-require-any-of (the client's own check, here the exchange's).
_SPECS: Final = _api.operation_specs()
_VIOLATION_CODES: Final = {
    "missing": (MISSING_PARAMETER, "missing required parameter"),
    "invalid": (INVALID_PARAMETER, "invalid parameter value"),
    "range": (OUT_OF_RANGE, "parameter out of range"),
}

if TYPE_CHECKING:
    from ._routes import Venue

__all__ = [
    "ExchangeApp",
    "IncomingRequest",
    "Operation",
    "Call",
    "Reply",
    "DEFAULT_BODY_LIMIT",
    "install_log_filter",
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

DEFAULT_BODY_LIMIT: Final = 64 * 1024
"""Largest request body accepted (bytes); larger ones get HTTP 413 and code 2003."""
_DRAIN_LIMIT: Final = 8 * 1024 * 1024
_SLEEP_SLICE: Final = 0.05
_VERSION: Final = f"fake-{_sdk_version}"
_HTML_PAGE: Final = (
    b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
    b"<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n"
)

logger = logging.getLogger("sixmm.testing")

_dropping: contextvars.ContextVar[bool] = contextvars.ContextVar("sixmm_testing_dropping", default=False)


class _DropLogFilter(logging.Filter):
    """Silences the server's complaint about the response a ``drop`` fault leaves unfinished."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not _dropping.get()


_filter_lock = threading.Lock()


def install_log_filter(logger_name: str = "uvicorn.error") -> None:
    """Keep deliberate ``drop`` faults out of the server's error log, and request signatures
    out of its access log (the client's own filter, on ``uvicorn.access``); idempotent."""
    target = logging.getLogger(logger_name)
    with _filter_lock:
        if not any(isinstance(f, _DropLogFilter) for f in target.filters):
            target.addFilter(_DropLogFilter())
        access = logging.getLogger("uvicorn.access")
        if not any(isinstance(f, SignatureFilter) for f in access.filters):
            access.addFilter(SignatureFilter("signature"))


@dataclass(frozen=True, slots=True)
class IncomingRequest:
    """A request as read from the connection."""

    method: str
    path: str
    query_string: bytes
    headers: Mapping[str, str]
    """First value of each header, by lower-case name."""
    body: bytes
    request_id: str
    too_large: bool = False
    client_host: str | None = None


@dataclass(frozen=True, slots=True)
class Call:
    """What a handler gets: the validated parameters, the JSON body and the caller."""

    params: Mapping[str, Any]
    body: Any
    principal: Principal | None
    request_id: str
    headers: Mapping[str, str] = field(default_factory=dict)
    """First value of each request header, by lower-case name."""

    def cookie(self, name: str) -> str | None:
        """The value of cookie ``name`` of the request, if sent."""
        for part in self.headers.get("cookie", "").split(";"):
            key, _, value = part.strip().partition("=")
            if key == name:
                return value
        return None


@dataclass(frozen=True, slots=True)
class Reply:
    """What a handler returns when the response needs headers besides its ``data``."""

    data: Any
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec as the exchange serves it."""

    operation_id: str
    method: str
    path: str
    handler: Callable[[Call], Any]
    auth: bool = True
    params: tuple[ParamSpec, ...] = ()
    json_body: bool = False
    permission: int = READ
    """Permission an API key needs (READ or TRADE; 0 with ``jwt_only``)."""
    jwt_only: bool = False
    optional_auth: bool = False
    """Public, but authenticated when credentials are sent (``auth`` is then False)."""
    optional_body: bool = False


def _canned(fault: Fault) -> HttpResponse:
    """The response of a ``reply`` fault: status, body and headers as given, nothing added."""
    headers: dict[str, str] = dict(fault.option("headers") or {})
    content_type = "application/json"
    for name in list(headers):
        if name.lower() == "content-type":
            content_type = headers.pop(name)
    return HttpResponse(
        fault.option("status"),
        reply_body(fault.option("body")),
        content_type=content_type,
        headers=list(headers.items()),
        echo_request_id=False,
    )


def _check_rules(op: Operation, query_string: bytes, payload: Any) -> None:
    """Refuse a request that breaks its operation's rules in the spec (documented codes 2001-2003)."""
    spec = _SPECS.get(op.operation_id)
    if spec is None or spec.checks is None:
        return
    grouped: dict[str, list[str]] = {}
    for name, value in parse_qsl(query_string.decode("utf-8"), keep_blank_values=True):
        if value:  # as parse_query reads it: an empty optional value is absent
            grouped.setdefault(name, []).append(value)
    texts = {name: values[0] if len(values) == 1 else values for name, values in grouped.items()}
    body_given = op.json_body and payload is not MISSING and payload is not None
    violations = check_request(spec.checks, texts, payload if body_given else None, body_given=body_given)
    if violations:
        raise _violation_error(violations[0])


def _violation_error(violation: Violation) -> EnvelopeError:
    code, prefix = _VIOLATION_CODES[violation.kind]
    return EnvelopeError(code, f"{prefix}: {violation.message}")


def _iso(ms: int) -> str:
    moment = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=ms)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{moment.microsecond // 1000:03d}Z"


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_TREND_PARAM: Final = ParamSpec("type", "enum", required=True, enum=tuple(TREND_STEPS))


class ExchangeApp:
    """The ASGI application of the fake exchange.

    It can be served by any ASGI server, or called in-process (e.g. through
    ``httpx.ASGITransport``); `FakeExchange` runs it under uvicorn.
    """

    def __init__(
        self,
        *,
        state: ExchangeState,
        clock: ExchangeClock,
        authenticator: Authenticator,
        faults: FaultQueue,
        log: RequestLog,
        body_limit: int = DEFAULT_BODY_LIMIT,
        venue: Venue | None = None,
    ) -> None:
        self.state = state
        self.venue = venue
        self.clock = clock
        self.authenticator = authenticator
        self.faults = faults
        self.log = log
        self.body_limit = body_limit
        self.stopping = threading.Event()
        self.replay_guard = ReplayGuard(authenticator.tolerance_ms)
        self.websocket: Callable[[Scope, Receive, Send], Awaitable[None]] | None = None
        """Serves websocket scopes (`FakeExchange` sets its `StreamHub`); refused when None."""
        self.operations = self._operations()
        self._routes: dict[str, dict[str, Operation]] = {}
        for op in self.operations:
            self._routes.setdefault(op.path, {})[op.method] = op
        faults.known_operations = frozenset(op.operation_id for op in self.operations)

    def operation_for(self, method: str, path: str) -> Operation | None:
        """The operation a request with ``method`` (upper-case) and raw ``path`` is routed to, if any."""
        return self._routes.get(path, {}).get(method)

    # -- the operations -------------------------------------------------------------------

    def _operations(self) -> tuple[Operation, ...]:
        from ._routes import venue_operations  # noqa: PLC0415 - _routes builds on Operation and Call

        user = "/v1/private/user"
        return (
            Operation("getInfo", "GET", f"{user}/info", lambda c: self.state.user_info()),
            Operation("getAsset", "GET", f"{user}/asset", lambda c: self.state.user_asset()),
            Operation("createListenKey", "POST", f"{user}/listen-key", self._create_listen_key),
            Operation("renewListenKey", "PUT", f"{user}/listen-key", self._renew_listen_key, json_body=True),
            Operation(
                "closeListenKey", "DELETE", f"{user}/listen-key", self._close_listen_key, json_body=True
            ),
            Operation(
                "getAccountChangeLog",
                "GET",
                f"{user}/account-change-log",
                self._account_change_log,
                params=(
                    ParamSpec("assetType", "string"),
                    ParamSpec("changeType", "string"),
                    ParamSpec("startTime", "int64"),
                    ParamSpec("endTime", "int64"),
                    ParamSpec("page", "int32", default=1, minimum=1),
                    ParamSpec("pageSize", "int32", default=20, minimum=1, maximum=MAX_PAGE_SIZE),
                ),
            ),
            Operation("getVolumeStats", "GET", f"{user}/volume-stats", lambda c: self.state.volume_stats()),
            Operation(
                "getBalanceHistory",
                "GET",
                f"{user}/balance-history",
                self._balance_history,
                params=(
                    ParamSpec("period", "enum", required=True, enum=("1D", "1W", "1M")),
                    ParamSpec("limit", "int32", default=30, minimum=1, maximum=MAX_HISTORY_LIMIT),
                ),
            ),
            Operation(
                "getTradeOverview",
                "GET",
                f"{user}/trade-overview",
                lambda c: self.state.trade_overview(c.params["type"]),
                params=(_TREND_PARAM,),
            ),
            Operation(
                "getAssetOverviewSummary",
                "GET",
                f"{user}/asset/overview/summary",
                lambda c: self.state.asset_overview_summary(),
            ),
            Operation(
                "getAssetOverviewTrend",
                "GET",
                f"{user}/asset/overview/trend",
                lambda c: {"items": self.state.asset_trend(c.params["type"])},
                params=(_TREND_PARAM,),
            ),
            Operation(
                "getFavoriteSymbols",
                "GET",
                f"{user}/favorite-symbols",
                lambda c: {"symbols": self.state.favorites},
            ),
            Operation(
                "saveFavoriteSymbols",
                "POST",
                f"{user}/favorite-symbols",
                self._save_favorites,
                json_body=True,
            ),
            Operation("getServerTime", "GET", "/v1/time", self._server_time, auth=False),
            Operation("getVersion", "GET", "/v1/version", lambda c: {"version": _VERSION}, auth=False),
        ) + (venue_operations(self.venue, self.state, self.clock) if self.venue is not None else ())

    def _create_listen_key(self, call: Call) -> Any:
        key, expire_at = self.state.create_listen_key()
        return {"listenKey": key, "expireAt": expire_at}

    def _renew_listen_key(self, call: Call) -> Any:
        self.state.renew_listen_key(require_string(call.body, "listenKey"))
        return MISSING

    def _close_listen_key(self, call: Call) -> Any:
        self.state.close_listen_key(require_string(call.body, "listenKey"))
        return MISSING

    def _account_change_log(self, call: Call) -> Any:
        p = call.params
        entries, total = self.state.change_log(
            asset_type=p["assetType"],
            change_type=p["changeType"],
            start_time=p["startTime"],
            end_time=p["endTime"],
            page=p["page"],
            page_size=p["pageSize"],
        )
        return {"list": [e.to_json() for e in entries], "total": total}

    def _balance_history(self, call: Call) -> Any:
        return {"items": self.state.balance_history(call.params["period"], call.params["limit"])}

    def _save_favorites(self, call: Call) -> Any:
        self.state.save_favorites(require_string_list(call.body, "symbols", max_items=MAX_FAVORITE_SYMBOLS))
        return MISSING

    def _server_time(self, call: Call) -> Any:
        now = self.clock.now()
        return {"timestamp": now // 1000, "timestampMs": now, "iso": _iso(now), "timezone": "UTC"}

    # -- ASGI -----------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI 3 entry point."""
        if scope["type"] == "http":
            await self._guarded_http(scope, receive, send)
        elif scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "websocket":
            if self.websocket is None:
                await send({"type": "websocket.close", "code": 1003})
            else:
                await self.websocket(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _guarded_http(self, scope: Scope, receive: Receive, send: Send) -> None:
        """`_http`, with a last resort: an error outside `handle` still gets a 500 envelope."""
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message.get("type") == "http.response.start"
            await send(message)

        try:
            await self._http(scope, receive, tracking_send)
        except Exception:
            logger.exception("unexpected error in the exchange's HTTP layer")
            if started:
                raise  # the server closes the connection; nothing else can be sent
            request_id = str(uuid.uuid4())
            response = envelope_response(
                request_id, code=INTERNAL_ERROR, message="internal server error", status=500
            )
            await send(
                {"type": "http.response.start", "status": 500, "headers": response.header_list(request_id)}
            )
            await send({"type": "http.response.body", "body": response.body, "more_body": False})

    async def _read_body(self, receive: Receive, declared: str | None) -> tuple[bytes, bool, bool]:
        """The body (up to the limit), whether it was too large, and whether the client went away."""
        if declared is not None and declared.isdigit() and int(declared) > _DRAIN_LIMIT:
            return b"", True, False
        chunks: list[bytes] = []
        size = 0
        too_large = False
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return b"".join(chunks), too_large, True
            chunk = bytes(message.get("body", b""))
            size += len(chunk)
            if size > self.body_limit:
                too_large = True
            elif chunk:
                chunks.append(chunk)
            # Read past the limit (up to a cap) so the client sees the answer, not a reset.
            if not message.get("more_body", False) or size > _DRAIN_LIMIT:
                return b"".join(chunks), too_large, False

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        header_list = tuple(
            (bytes(k).decode("latin-1").lower(), bytes(v).decode("latin-1"))
            for k, v in scope.get("headers", ())
        )
        headers: dict[str, str] = {}
        for key, value in header_list:
            headers.setdefault(key, value)
        request_id = headers.get("x-request-id") or str(uuid.uuid4())
        method = str(scope.get("method", "GET")).upper()
        raw_path = scope.get("raw_path") or str(scope.get("path", "/")).encode("utf-8")
        path = bytes(raw_path).split(b"?", 1)[0].decode("latin-1")
        query_string = bytes(scope.get("query_string", b""))
        body, too_large, gone = await self._read_body(receive, headers.get("content-length"))
        if gone:
            return
        operation = self.operation_for(method, path)
        operation_id = operation.operation_id if operation is not None else None
        record = RecordedRequest(
            method=method,
            path=path,
            query_string=query_string.decode("latin-1"),
            headers=header_list,
            body=body,
            received_at=self.clock.now(),
            request_id=request_id,
            operation_id=operation_id,
        )
        self.log.append(record)

        client = scope.get("client")
        host = str(client[0]) if client else None
        incoming = IncomingRequest(method, path, query_string, headers, body, request_id, too_large, host)

        def normal() -> HttpResponse:
            return self.handle(incoming)

        fault = self.faults.take(path, operation_id)
        if fault is not None:
            record.fault = fault.kind
            if fault.kind in ("drop", "drop_after"):
                if fault.kind == "drop_after":
                    normal()  # executed; the answer is lost with the connection
                await self._drop(send)
                return
            response = await self._faulty(fault, request_id, normal)
        else:
            response = normal()
        if too_large:
            response.headers.append(("Connection", "close"))
        record.response = RecordedResponse(
            response.status,
            tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in response.header_list(request_id)),
            response.body,
        )
        start = {"type": "http.response.start", "status": response.status}
        await send({**start, "headers": response.header_list(request_id)})
        await send({"type": "http.response.body", "body": response.body, "more_body": False})

    # -- handling one request -------------------------------------------------------------

    def handle(self, request: IncomingRequest) -> HttpResponse:
        """The response to one request, without faults; never raises."""
        try:
            return self._dispatch(request)
        except EnvelopeError as failure:
            return error_response(request.request_id, failure)
        except Exception:
            logger.exception(
                "unexpected error answering %s %s (requestId %s)",
                request.method,
                request.path,
                request.request_id,
            )
            return envelope_response(
                request.request_id, code=INTERNAL_ERROR, message="internal server error", status=500
            )

    def _dispatch(self, request: IncomingRequest) -> HttpResponse:
        path, method = request.path, request.method
        if request.too_large:
            raise EnvelopeError(
                OUT_OF_RANGE, f"request body too large: at most {self.body_limit} bytes", http_status=413
            )
        methods = self._routes.get(path)
        if methods is None:
            raise EnvelopeError(INVALID_PARAMETER, f"no such endpoint: {path}", http_status=404)
        op = methods.get(method)
        if op is None:
            allowed = ", ".join(methods)
            raise EnvelopeError(
                INVALID_PARAMETER,
                f"method {method} not allowed on {path}; allowed: {allowed}",
                http_status=405,
                headers=[("Allow", allowed)],
            )
        principal = None
        credentials = "x-api-key" in request.headers or "authorization" in request.headers
        if op.auth or (op.optional_auth and credentials):
            principal = self.authenticator.authenticate(request.headers, request.query_string, request.body)
            self._authorize(op, request, principal)
        if self.venue is not None:
            self.venue.book.settle()
        payload: Any = None
        if op.optional_body and not request.body:
            payload = MISSING
        elif op.json_body:
            payload = self._json_body(request.headers, request.body)
        params = parse_query(request.query_string, op.params)
        _check_rules(op, request.query_string, payload)
        call = Call(
            params=params,
            body=payload,
            principal=principal,
            request_id=request.request_id,
            headers=request.headers,
        )
        data = op.handler(call)
        if isinstance(data, Reply):
            return envelope_response(request.request_id, data.data, headers=list(data.headers))
        return envelope_response(request.request_id, data)

    def _authorize(self, op: Operation, request: IncomingRequest, principal: Principal) -> None:
        """JWT-only operations, API-key permissions and whitelist, and the replay check on order paths."""
        if principal.method != "api_key" or principal.api_key is None:
            return
        if op.jwt_only:
            raise EnvelopeError(
                MISSING_AUTH, "no valid auth information: this endpoint accepts JWT only", http_status=401
            )
        keys = self.authenticator.api_keys
        if isinstance(keys, ApiKeys):
            keys.authorize(principal.api_key, op.permission, request.client_host)
        if op.path.startswith(ORDER_PATH_PREFIX):
            self.replay_guard.check(request.method, request.path, request.query_string, self.clock.now())

    @staticmethod
    def _json_body(headers: Mapping[str, str], body: bytes) -> Any:
        if not body:
            raise EnvelopeError(MISSING_PARAMETER, "missing required parameter: the JSON request body")
        media_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
        json_like = media_type.startswith("application/") and media_type.endswith("+json")
        if media_type != "application/json" and not json_like:
            raise EnvelopeError(
                INVALID_PARAMETER,
                f"unsupported content type {media_type or '(none)'!r}: expected application/json",
                http_status=415,
            )
        try:
            return json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise EnvelopeError(INVALID_PARAMETER, "malformed JSON body", http_status=400) from exc

    # -- faults ---------------------------------------------------------------------------

    async def _faulty(
        self, fault: Fault, request_id: str, normal: Callable[[], HttpResponse]
    ) -> HttpResponse:
        kind = fault.kind
        if kind == "rate_limit":
            retry_after = fault.option("retry_after")
            headers = [] if retry_after is None else [("Retry-After", str(retry_after))]
            return envelope_response(
                request_id, code=RATE_LIMITED, message="rate limit triggered", status=429, headers=headers
            )
        if kind == "server_error":
            if fault.option("executed"):
                normal()
            status: int = fault.option("status")
            code: int = fault.option("code") or (INTERNAL_ERROR if status == 500 else SERVICE_UNAVAILABLE)
            message = "internal server error" if code == INTERNAL_ERROR else "service temporarily unavailable"
            return envelope_response(request_id, code=code, message=message, status=status)
        if kind == "code_5003":
            return envelope_response(request_id, code=RATE_LIMITED, message="rate limit triggered")
        if kind == "html":
            return HttpResponse(fault.option("status"), _HTML_PAGE, content_type="text/html; charset=utf-8")
        if kind == "reply":
            return _canned(fault)
        if kind == "truncated_json":
            response = normal()
            response.status = 200
            response.body = response.body[: max(1, len(response.body) // 2)]
            return response
        # "slow": wait on the event loop, then answer as usual (or answer late what was handled first).
        handled = normal() if fault.option("executed") else None
        await self._sleep(float(fault.option("delay")))
        return handled if handled is not None else normal()

    async def _sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self.stopping.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            await asyncio.sleep(min(left, _SLEEP_SLICE))

    @staticmethod
    async def _drop(send: Send) -> None:
        # ASGI cannot close a connection before the response starts (the server would send
        # a 500), so announce a body and return without it: uvicorn closes the connection.
        _dropping.set(True)
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"128")],
            }
        )
