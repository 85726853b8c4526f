# Copied from extras/testing/_faults.py.
# Generated from spec/sixmm.yaml (6MM User and Account API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Fault injection: the next N requests (optionally only on one path) fail in a chosen way.

Kinds and their options:

``rate_limit``
    HTTP 429, error envelope 5003, ``Retry-After: <retry_after>`` (default ``"1"``;
    ``retry_after=None`` leaves the header out).
``server_error``
    HTTP ``status`` (default 503; any 5xx) with error envelope ``code`` (default 5001 for
    500, 5002 otherwise).
``code_5003``
    HTTP 200 with error envelope 5003 (rate limit reported in the body only).
``html``
    HTTP ``status`` (default 502) with a ``text/html`` error page, as a proxy sends.
``truncated_json``
    The request is handled normally, then its JSON body is cut in the middle; HTTP 200,
    ``Content-Type: application/json`` and a Content-Length that matches the cut body.
``slow``
    Wait ``delay`` seconds (default 1.0) on the exchange's event loop, then answer normally.
``drop``
    Send the status line and headers, announcing a body, then close the connection
    without it: the client sees the connection break before a response is complete.
    The request is not handled.

Faults are consumed in the order they were added; a fault with a ``path`` only matches
requests to exactly that path (without the query string).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal, get_args

__all__ = ["Fault", "FaultKind", "FaultQueue", "FAULT_KINDS"]

FaultKind = Literal["rate_limit", "server_error", "code_5003", "html", "truncated_json", "slow", "drop"]
FAULT_KINDS: Final[tuple[str, ...]] = get_args(FaultKind)

_OPTIONS: Final[Mapping[str, Mapping[str, Any]]] = {
    "rate_limit": {"retry_after": "1"},
    "server_error": {"status": 503, "code": None},
    "code_5003": {},
    "html": {"status": 502},
    "truncated_json": {},
    "slow": {"delay": 1.0},
    "drop": {},
}


@dataclass(slots=True)
class Fault:
    """One queued fault; ``remaining`` counts the requests it will still hit."""

    kind: FaultKind
    remaining: int
    path: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    hits: int = 0

    def option(self, name: str) -> Any:
        """The option ``name`` as given, or its default."""
        return self.options.get(name, _OPTIONS[self.kind][name])


def _validate(kind: str, options: Mapping[str, Any]) -> None:
    if kind not in _OPTIONS:
        raise ValueError(f"unknown fault kind {kind!r}; expected one of {', '.join(FAULT_KINDS)}")
    unknown = set(options) - set(_OPTIONS[kind])
    if unknown:
        raise ValueError(f"fault {kind!r} takes no option(s) {', '.join(sorted(unknown))}")
    status = options.get("status")
    if status is not None and (not isinstance(status, int) or not 400 <= status <= 599):
        raise ValueError("status must be an HTTP error status (400-599)")
    if kind == "server_error" and status is not None and status < 500:
        raise ValueError("a server_error status must be 5xx")
    code = options.get("code")
    if code is not None and (not isinstance(code, int) or code == 0):
        raise ValueError("code must be a non-zero int")
    delay = options.get("delay")
    if delay is not None and (not isinstance(delay, int | float) or delay < 0):
        raise ValueError("delay must be a non-negative number of seconds")
    retry_after = options.get("retry_after")
    if retry_after is not None and not isinstance(retry_after, str | int | float):
        raise ValueError("retry_after must be seconds (number or string) or an HTTP date")


class FaultQueue:
    """The faults waiting for requests; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, kind: FaultKind, count: int = 1, path: str | None = None, **options: Any) -> Fault:
        """Make the next ``count`` requests (to ``path`` only, if given) fail as ``kind``.

        See the module documentation for the kinds and their options. Returns the queued
        `Fault`, whose ``hits`` and ``remaining`` tell how it was used.
        """
        _validate(kind, options)
        if not isinstance(count, int) or count < 1:
            raise ValueError("count must be a positive int")
        if path is not None and not path.startswith("/"):
            raise ValueError("path must start with '/'")
        fault = Fault(kind=kind, remaining=count, path=path, options=dict(options))
        with self._lock:
            self._faults.append(fault)
        return fault

    def take(self, path: str) -> Fault | None:
        """Consume one hit of the first queued fault that matches ``path``, if any."""
        with self._lock:
            for fault in self._faults:
                if fault.path is None or fault.path == path:
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
