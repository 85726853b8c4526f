"""A small, real HTTP server that plays the 6MM API from the OpenAPI spec, for tests.

`StubServer` binds to 127.0.0.1 on an ephemeral port and serves every operation of
the spec with the operation's ``examples.success.value`` envelope. It checks
authentication the way the documentation describes it:

* ``X-API-KEY`` present: the key must match, the raw query string must end with
  ``&signature=<64 lower-case hex>``, the signature must be the HMAC-SHA256 (keyed with
  the API secret) of the query string without the signature part followed by the raw
  body bytes, and the ``timestamp`` parameter must be within the tolerance window of
  the stub's clock;
* otherwise ``Authorization: Bearer <token>`` must carry the expected token;
* no credentials at all: HTTP 401.

Every request is recorded (`RecordedRequest`) exactly as received, and tests can
`StubServer.queue` canned responses that replace the normal reply (for any request, or
only for requests routed to one operation), install a reply hook that rewrites the
normal success envelope of an operation (`StubServer.set_reply_hook`), and
`StubServer.reset` the recorded requests and queued responses between examples.
"""

from __future__ import annotations

import functools
import hmac
import json
import re
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from hashlib import sha256
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import yaml

__all__ = ["RecordedRequest", "StubServer", "CannedResponse", "ReplyHook"]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SIGNATURE_RE = re.compile(r"\A(?:(?P<unsigned>.*)&)?signature=(?P<signature>[0-9a-f]{64})\Z", re.DOTALL)
TIMESTAMP_OUTSIDE_WINDOW = "Timestamp outside of tolerance window"


def system_clock_ms() -> int:
    """The local wall clock in Unix milliseconds."""
    return time.time_ns() // 1_000_000


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the stub received it."""

    method: str
    """HTTP method, upper-case."""
    raw_target: str
    """The request target exactly as received: path, then ``?`` and the query if any."""
    path: str
    """The part of `raw_target` before ``?``."""
    query: str
    """The raw query string after ``?`` (not decoded, not re-encoded); empty if none."""
    headers: dict[str, str]
    """Request headers with lower-cased names."""
    body: bytes
    """The raw body bytes (read by ``Content-Length``)."""
    auth_mode: str
    """``"api-key"`` (``X-API-KEY`` sent), ``"bearer"`` (``Authorization: Bearer``) or ``"none"``."""
    operation_id: str | None
    """The spec operation the request was routed to, or ``None`` for an unknown route."""


@dataclass(frozen=True)
class CannedResponse:
    """A queued response that replaces the stub's normal reply."""

    status: int
    body: bytes
    headers: dict[str, str]
    operation_id: str | None = None
    """Answer only a request routed to this operation; ``None``: the next request of any kind."""

    def matches(self, operation_id: str | None) -> bool:
        """True if this response may answer a request routed to ``operation_id``."""
        return self.operation_id is None or self.operation_id == operation_id


ReplyHook = Callable[[RecordedRequest, dict[str, Any]], Mapping[str, Any]]
"""Gets an authenticated request and the success envelope about to be sent; returns the envelope to send."""


@dataclass(frozen=True)
class _Operation:
    operation_id: str
    method: str
    path: str
    path_re: re.Pattern[str]
    public: bool
    success_envelope: dict[str, Any] | None


@dataclass(frozen=True)
class _Reply:
    status: int
    body: bytes
    headers: dict[str, str]


def _path_regex(template: str) -> re.Pattern[str]:
    """A regex for a spec path; ``{name}`` segments match one path segment."""
    parts = re.split(r"(\{[^}]+\})", template)
    pattern = "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(rf"\A{pattern}\Z")


def _load_operations(spec_path: Path) -> tuple[_Operation, ...]:
    """The operations of the spec at ``spec_path`` (parsed once per file version)."""
    resolved = spec_path.resolve()
    return _parse_operations(resolved, resolved.stat().st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _parse_operations(spec_path: Path, mtime_ns: int) -> tuple[_Operation, ...]:
    del mtime_ns  # part of the cache key only
    with spec_path.open(encoding="utf-8") as fh:
        spec = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    root_security = spec.get("security", [])
    operations: list[_Operation] = []
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            security = operation.get("security", root_security)
            example = (
                operation.get("responses", {})
                .get("200", {})
                .get("content", {})
                .get("application/json", {})
                .get("examples", {})
                .get("success", {})
                .get("value")
            )
            operations.append(
                _Operation(
                    operation_id=operation["operationId"],
                    method=method.upper(),
                    path=path,
                    path_re=_path_regex(path),
                    public=security == [],
                    success_envelope=example,
                )
            )
    return tuple(operations)


def _auth_mode(headers: Mapping[str, str]) -> str:
    if "x-api-key" in headers:
        return "api-key"
    if headers.get("authorization", "").startswith("Bearer "):
        return "bearer"
    return "none"


def _json_reply(status: int, envelope: Mapping[str, Any]) -> _Reply:
    body = json.dumps(envelope, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return _Reply(status, body, {"Content-Type": "application/json"})


def _error(code: int, message: str, request_id: str, *, status: int = 200) -> _Reply:
    return _json_reply(status, {"code": code, "message": message, "requestId": request_id})


class StubServer:
    """A threaded HTTP server on 127.0.0.1 that answers like the API described by a spec.

    Use it as a context manager: entering starts the serving thread, leaving shuts the
    server down, closes its socket and joins the thread.
    """

    url: str
    """Base URL of the server, ``http://127.0.0.1:<port>``."""
    requests: list[RecordedRequest]
    """Every request received, in order."""

    def __init__(
        self,
        spec_path: Path,
        *,
        api_key: str = "test-key",
        api_secret: str = "test-secret-0123456789abcdef",
        access_token: str = "test-jwt",
        clock_ms: Callable[[], int] | None = None,
        tolerance_ms: int = 10_000,
    ) -> None:
        self.api_key = api_key
        self.api_secret = api_secret
        self.access_token = access_token
        self.clock_ms: Callable[[], int] = clock_ms or system_clock_ms
        self.tolerance_ms = tolerance_ms
        self.requests = []
        self._operations = _load_operations(spec_path)
        self._queue: deque[CannedResponse] = deque()
        self._reply_hooks: dict[str, ReplyHook] = {}
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_class(self))
        self._httpd.daemon_threads = True
        host, port = self._httpd.server_address[:2]
        assert isinstance(host, str)
        self.url = f"http://{host}:{port}"
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Start serving in a background thread."""
        if self._thread is not None:
            raise RuntimeError("the stub server is already running")
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.01},
            name=f"StubServer {self.url}",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop serving, close the listening socket and join the serving thread."""
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # ------------------------------------------------------------------ test controls

    def queue(
        self,
        status: int,
        body: bytes,
        headers: dict[str, str] | None = None,
        *,
        operation_id: str | None = None,
    ) -> None:
        """Answer the next request (FIFO) with this response instead of the normal reply.

        The request is still recorded; no routing or authentication check is made.
        ``Content-Type`` defaults to ``application/json`` unless ``headers`` set it.
        With ``operation_id``, the response waits for the next request routed to that
        operation (other requests pass it by); a request takes the first queued response
        that may answer it.
        """
        with self._lock:
            self._queue.append(CannedResponse(status, body, dict(headers or {}), operation_id))

    def set_reply_hook(self, operation_id: str, hook: ReplyHook | None) -> None:
        """Let ``hook`` rewrite the success envelope of ``operation_id`` (``None`` removes it).

        The hook runs only for requests that pass routing and authentication and are not
        answered from the queue, in the serving thread; its result is sent as JSON.
        """
        with self._lock:
            if hook is None:
                self._reply_hooks.pop(operation_id, None)
            else:
                self._reply_hooks[operation_id] = hook

    def reset(self) -> None:
        """Forget the recorded requests and drop every queued response (hooks stay)."""
        with self._lock:
            self.requests.clear()
            self._queue.clear()

    def _take_canned(self, operation_id: str | None) -> CannedResponse | None:
        """The first queued response that may answer a request to ``operation_id`` (lock held)."""
        for index, canned in enumerate(self._queue):
            if canned.matches(operation_id):
                del self._queue[index]
                return canned
        return None

    # ------------------------------------------------------------------ request handling

    def _route(self, method: str, path: str) -> _Operation | None:
        for operation in self._operations:
            if operation.method == method and operation.path_re.match(path):
                return operation
        return None

    def _handle(self, method: str, raw_target: str, headers: dict[str, str], body: bytes) -> _Reply:
        path, _, query = raw_target.partition("?")
        operation = self._route(method, path)
        recorded = RecordedRequest(
            method=method,
            raw_target=raw_target,
            path=path,
            query=query,
            headers=headers,
            body=body,
            auth_mode=_auth_mode(headers),
            operation_id=operation.operation_id if operation else None,
        )
        with self._lock:
            self.requests.append(recorded)
            canned = self._take_canned(recorded.operation_id)
            hook = self._reply_hooks.get(recorded.operation_id) if recorded.operation_id else None
        if canned is not None:
            reply_headers = {"Content-Type": "application/json", **canned.headers}
            return _Reply(canned.status, canned.body, reply_headers)

        request_id = headers.get("x-request-id") or uuid.uuid4().hex
        if operation is None:
            return _error(2002, f"no route for {method} {path}", request_id, status=404)
        if not operation.public:
            failure = self._check_auth(recorded, request_id)
            if failure is not None:
                return failure
        if operation.success_envelope is None:
            return _error(5001, f"the spec has no success example for {operation.operation_id}", request_id)
        envelope = dict(operation.success_envelope)
        if operation.operation_id == "getServerTime":
            now = self.clock_ms()
            envelope["data"] = {**envelope["data"], "timestamp": now // 1000, "timestampMs": now}
        if "x-request-id" in headers:
            envelope["requestId"] = headers["x-request-id"]
        if hook is not None:
            envelope = dict(hook(recorded, envelope))
        return _json_reply(200, envelope)

    def _check_auth(self, request: RecordedRequest, request_id: str) -> _Reply | None:
        """``None`` if the request is authenticated, else the error reply."""
        headers = request.headers
        if "x-api-key" in headers:
            return self._check_signature(request, request_id)
        authorization = headers.get("authorization")
        if authorization is None or not authorization.startswith("Bearer "):
            return _error(1001, "no valid auth information", request_id, status=401)
        token = authorization.removeprefix("Bearer ")
        if not hmac.compare_digest(token.encode("utf-8"), self.access_token.encode("utf-8")):
            return _error(1003, "invalid token", request_id)
        return None

    def _check_signature(self, request: RecordedRequest, request_id: str) -> _Reply | None:
        key = request.headers["x-api-key"]
        if not hmac.compare_digest(key.encode("utf-8"), self.api_key.encode("utf-8")):
            return _error(1003, "invalid API key", request_id)
        match = SIGNATURE_RE.match(request.query)
        if match is None:
            return _error(1003, "invalid signature", request_id)
        unsigned = match.group("unsigned") or ""
        timestamps = [
            value
            for name, sep, value in (part.partition("=") for part in unsigned.split("&"))
            if sep and name == "timestamp"
        ]
        if len(timestamps) != 1:
            return _error(1001, "missing timestamp", request_id)
        try:
            timestamp = int(timestamps[0])
        except ValueError:
            return _error(1001, "missing timestamp", request_id)
        if abs(self.clock_ms() - timestamp) > self.tolerance_ms:
            return _error(1001, TIMESTAMP_OUTSIDE_WINDOW, request_id)
        # http.server decodes the request line as ISO-8859-1: encoding back gives the exact bytes.
        payload = unsigned.encode("iso-8859-1") + request.body
        expected = hmac.new(self.api_secret.encode("utf-8"), payload, sha256).hexdigest()
        if not hmac.compare_digest(expected, match.group("signature")):
            return _error(1003, "invalid signature", request_id)
        return None


def _handler_class(stub: StubServer) -> type[BaseHTTPRequestHandler]:
    """A request handler class bound to ``stub``."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = 30

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length > 0 else b""
            headers = {name.lower(): value for name, value in self.headers.items()}
            try:
                reply = stub._handle(self.command, self.path, headers, body)
            except Exception as exc:  # noqa: BLE001 - a stub bug must reach the client as a 500
                reply = _error(5001, f"stub server error: {type(exc).__name__}: {exc}", "stub", status=500)
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(reply.body)

        def do_GET(self) -> None:
            self._serve()

        def do_POST(self) -> None:
            self._serve()

        def do_PUT(self) -> None:
            self._serve()

        def do_DELETE(self) -> None:
            self._serve()

        def do_PATCH(self) -> None:
            self._serve()

        def do_HEAD(self) -> None:
            self._serve()

        def do_OPTIONS(self) -> None:
            self._serve()

        def log_message(self, format: str, *args: Any) -> None:
            """Silence the default per-request logging to stderr."""

    return Handler
