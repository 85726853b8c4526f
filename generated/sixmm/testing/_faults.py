# Copied from extras/testing/_faults.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Fault injection: the next N requests (optionally only on one path) fail in a chosen way.

Kinds and their options:

``rate_limit``
    HTTP 429, error envelope 5003, ``Retry-After: <retry_after>`` (default ``"1"``;
    ``retry_after=None`` leaves the header out).
``server_error``
    HTTP ``status`` (default 503; any 5xx) with error envelope ``code`` (default 5001 for
    500, 5002 otherwise). With ``executed=True`` the request is handled first (an order
    is placed, say) and its answer replaced by the error: the ambiguous 5xx.
``code_5003``
    HTTP 200 with error envelope 5003 (rate limit reported in the body only).
``html``
    HTTP ``status`` (default 502) with a ``text/html`` error page, as a proxy sends.
``truncated_json``
    The request is handled normally, then its JSON body is cut in the middle; HTTP 200,
    ``Content-Type: application/json`` and a Content-Length that matches the cut body.
``slow``
    Wait ``delay`` seconds (default 1.0) on the exchange's event loop, then answer normally.
    With ``executed=True`` the request is handled first and only its answer waits: a
    client whose timeout is shorter than ``delay`` times out after the request executed,
    the timeout an at-most-once client must reconcile.
``drop``
    Send the status line and headers, announcing a body, then close the connection
    without it: the client sees the connection break before a response is complete.
    The request is not handled.
``drop_after``
    The request is handled (an order is placed, a cancel takes effect), then the
    connection is dropped as with ``drop``: the client cannot know that it executed.
    This is what an at-most-once client must reconcile.
``reply``
    A canned reply, sent exactly as given instead of the exchange's answer: HTTP
    ``status`` (default 200), ``body`` (bytes as they are, a str as UTF-8, anything else
    as compact JSON; default empty) and ``headers`` (default none). ``Content-Type`` is
    ``application/json`` unless ``headers`` name another; ``Content-Length`` is computed
    and may not be given; no ``X-Request-ID`` is added. `FaultQueue.reply` is the short
    way to queue one.

Faults are consumed in the order they were added; each request takes one hit of the
first queued fault that matches it. A fault with a ``path`` only matches requests to
exactly that path (without the query string); one with an ``operation`` only matches
requests routed to that operationId (method and path, e.g. ``"getInfo"``); without
either it matches any request, even one to an unknown path. A faulted request is still
recorded in the request log, but it is not authenticated or checked first: the fault
decides the answer. For example::

    # the next two getInfo calls get a business error, then getInfo works again
    ex.faults.reply("getInfo", body={"code": 3001, "message": "insufficient balance"}, count=2)
    # the next renewListenKey call (whatever its key) gets HTTP 503 with Retry-After
    ex.faults.reply("renewListenKey", 503, {"code": 5002, "message": "busy"}, {"Retry-After": "2"})
    # any operation: a plain-text 401
    ex.faults.reply(None, 401, "go away", {"Content-Type": "text/plain"})
"""

from __future__ import annotations

import json
import threading
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal, get_args

__all__ = ["Fault", "FaultKind", "FaultQueue", "FAULT_KINDS", "reply_body"]

FaultKind = Literal[
    "rate_limit", "server_error", "code_5003", "html", "truncated_json", "slow", "drop", "drop_after", "reply"
]
FAULT_KINDS: Final[tuple[str, ...]] = get_args(FaultKind)
_COMPUTED_HEADERS: Final = frozenset({"content-length", "transfer-encoding"})

_OPTIONS: Final[Mapping[str, Mapping[str, Any]]] = {
    "rate_limit": {"retry_after": "1"},
    "server_error": {"status": 503, "code": None, "executed": False},
    "code_5003": {},
    "html": {"status": 502},
    "truncated_json": {},
    "slow": {"delay": 1.0, "executed": False},
    "drop": {},
    "drop_after": {},
    "reply": {"status": 200, "body": b"", "headers": None},
}


@dataclass(slots=True)
class Fault:
    """One queued fault; ``remaining`` counts the requests it will still hit."""

    kind: FaultKind
    remaining: int
    path: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    hits: int = 0
    operation: str | None = None
    """Only requests routed to this operationId match (None: any)."""

    def option(self, name: str) -> Any:
        """The option ``name`` as given, or its default."""
        return self.options.get(name, _OPTIONS[self.kind][name])

    def matches(self, path: str, operation: str | None) -> bool:
        """True if a request to ``path``, routed to ``operation`` (None: no route), may take this fault."""
        return (self.path is None or self.path == path) and (
            self.operation is None or self.operation == operation
        )


def reply_body(body: Any) -> bytes:
    """The bytes of a ``reply`` body: bytes as they are, str as UTF-8, anything else as compact JSON."""
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    if isinstance(body, str):
        return body.encode("utf-8")
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _validate(kind: str, options: Mapping[str, Any]) -> None:
    if kind not in _OPTIONS:
        raise ValueError(f"unknown fault kind {kind!r}; expected one of {', '.join(FAULT_KINDS)}")
    unknown = set(options) - set(_OPTIONS[kind])
    if unknown:
        raise ValueError(f"fault {kind!r} takes no option(s) {', '.join(sorted(unknown))}")
    status = options.get("status")
    if kind == "reply":
        _validate_reply(options)
    elif status is not None and (not isinstance(status, int) or not 400 <= status <= 599):
        raise ValueError("status must be an HTTP error status (400-599)")
    if kind == "server_error" and status is not None and status < 500:
        raise ValueError("a server_error status must be 5xx")
    if not isinstance(options.get("executed", False), bool):
        raise ValueError("executed must be a bool")
    code = options.get("code")
    if code is not None and (not isinstance(code, int) or code == 0):
        raise ValueError("code must be a non-zero int")
    delay = options.get("delay")
    if delay is not None and (not isinstance(delay, int | float) or delay < 0):
        raise ValueError("delay must be a non-negative number of seconds")
    retry_after = options.get("retry_after")
    if retry_after is not None and not isinstance(retry_after, str | int | float):
        raise ValueError("retry_after must be seconds (number or string) or an HTTP date")


def _validate_reply(options: Mapping[str, Any]) -> None:
    status = options.get("status", 200)
    if not isinstance(status, int) or isinstance(status, bool) or not 200 <= status <= 599:
        raise ValueError("a reply status must be an int from 200 to 599")
    try:
        reply_body(options.get("body", b""))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"a reply body must be bytes, str or JSON-serialisable: {exc}") from exc
    headers = options.get("headers")
    if headers is None:
        return
    if not isinstance(headers, Mapping):
        raise ValueError("reply headers must be a mapping of names to values")
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str) or not name:
            raise ValueError("reply header names and values must be non-empty str and str")
        try:
            (name + value).encode("latin-1")
        except UnicodeEncodeError as exc:
            raise ValueError(f"reply header {name!r} is not Latin-1") from exc
        if any(c in "\r\n" for c in name + value) or ":" in name:
            raise ValueError(f"reply header {name!r} holds a line break or a colon in its name")
        if name.lower() in _COMPUTED_HEADERS:
            raise ValueError(f"reply header {name!r} is computed by the exchange")


class FaultQueue:
    """The faults waiting for requests; thread-safe.

    ``known_operations``, when set (the exchange sets it to the operationIds it serves),
    makes `add` refuse an ``operation`` that is not one of them.
    """

    def __init__(self, known_operations: Collection[str] | None = None) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self.known_operations: frozenset[str] | None = (
            None if known_operations is None else frozenset(known_operations)
        )

    def add(
        self,
        kind: FaultKind,
        count: int = 1,
        path: str | None = None,
        *,
        operation: str | None = None,
        **options: Any,
    ) -> Fault:
        """Make the next ``count`` matching requests fail as ``kind``.

        ``path`` and ``operation`` (an operationId), when given, limit which requests
        match. See the module documentation for the kinds and their options. Returns the
        queued `Fault`, whose ``hits`` and ``remaining`` tell how it was used.
        """
        _validate(kind, options)
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise ValueError("count must be a positive int")
        if path is not None and not path.startswith("/"):
            raise ValueError("path must start with '/'")
        if operation is not None and not isinstance(operation, str):
            raise ValueError("operation must be an operationId (str)")
        known = self.known_operations
        if operation is not None and known is not None and operation not in known:
            raise ValueError(f"unknown operation {operation!r}; expected one of {', '.join(sorted(known))}")
        if kind == "reply":  # copied now: later changes to the caller's objects do not leak in
            options["body"] = reply_body(options.get("body", b""))
            if options.get("headers") is not None:
                options["headers"] = dict(options["headers"])
        fault = Fault(kind=kind, remaining=count, path=path, options=dict(options), operation=operation)
        with self._lock:
            self._faults.append(fault)
        return fault

    def reply(
        self,
        operation: str | None,
        status: int = 200,
        body: Any = b"",
        headers: Mapping[str, str] | None = None,
        *,
        count: int = 1,
    ) -> Fault:
        """Answer the next ``count`` requests to ``operation`` (None: any request) with a canned reply.

        ``body`` is sent as bytes, str (UTF-8) or, for anything else, compact JSON;
        ``Content-Type`` is ``application/json`` unless ``headers`` say otherwise. The
        request is recorded but not checked (no authentication, no parameter checks).
        Returns the queued `Fault`.
        """
        return self.add("reply", count, operation=operation, status=status, body=body, headers=headers)

    def take(self, path: str, operation: str | None = None) -> Fault | None:
        """Consume one hit of the first queued fault that matches a request, if any.

        ``path`` is the request path without the query string, ``operation`` the
        operationId the request was routed to (None when no operation matches).
        """
        with self._lock:
            for fault in self._faults:
                if fault.matches(path, operation):
                    fault.remaining -= 1
                    fault.hits += 1
                    if fault.remaining == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    @property
    def pending(self) -> list[Fault]:
        """The faults still queued, in order."""
        with self._lock:
            return list(self._faults)

    def clear(self) -> None:
        """Drop every queued fault."""
        with self._lock:
            self._faults.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._faults)

    def __repr__(self) -> str:
        return f"FaultQueue({self.pending!r})"
