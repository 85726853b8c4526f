# Copied from extras/testing/_log.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The exchange's record of every request it received and the response it gave."""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, overload

__all__ = ["DEFAULT_LOG_SIZE", "RecordedRequest", "RecordedResponse", "RequestLog"]

DEFAULT_LOG_SIZE = 1000
"""How many requests the log keeps by default: the newest, oldest dropped first."""


def _header(headers: tuple[tuple[str, str], ...], name: str) -> str | None:
    wanted = name.lower()
    for key, value in headers:
        if key == wanted:
            return value
    return None


@dataclass(frozen=True, slots=True)
class RecordedResponse:
    """A response as the exchange sent it (before any truncation by a ``drop`` fault)."""

    status: int
    headers: tuple[tuple[str, str], ...]
    """Header names are lower-case."""
    body: bytes

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (any case), or None."""
        return _header(self.headers, name)

    @property
    def content_type(self) -> str:
        """The Content-Type header, or an empty string."""
        return self.header("content-type") or ""

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


@dataclass(slots=True)
class RecordedRequest:
    """A request exactly as the exchange received it, and what it answered."""

    method: str
    """HTTP method, upper-case."""
    path: str
    """The raw path, without the query string."""
    query_string: str
    """The raw query string as sent (without ``?``), still percent-encoded."""
    headers: tuple[tuple[str, str], ...]
    """Header names are lower-case, values decoded as Latin-1."""
    body: bytes
    """The body as received (cut at the exchange's body limit)."""
    received_at: int
    """Exchange clock (Unix ms) when the request arrived."""
    request_id: str
    """The ``requestId`` the exchange answered with."""
    operation_id: str | None = None
    """The operationId the method and path are routed to; None for an unknown path or method."""
    fault: str | None = None
    """The kind of injected fault that hit this request, if any."""
    response: RecordedResponse | None = None
    """The response; None while in progress, or when the connection was dropped."""

    @property
    def raw_target(self) -> str:
        """The request target: path, then ``?`` and the query string when there is one."""
        return f"{self.path}?{self.query_string}" if self.query_string else self.path

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (any case), or None."""
        return _header(self.headers, name)


class RequestLog:
    """The most recent requests, oldest first; a thread-safe read-only sequence with `clear`.

    A ring buffer: it keeps the newest ``max_size`` requests (bodies included) and drops
    the oldest, so an exchange that runs for days uses bounded memory. ``max_size=None``
    keeps everything. ``dropped`` counts the requests forgotten so far.
    """

    def __init__(self, max_size: int | None = DEFAULT_LOG_SIZE) -> None:
        if max_size is not None and max_size < 1:
            raise ValueError("max_size must be at least 1 (or None for no limit)")
        self._lock = threading.Lock()
        self.max_size = max_size
        self.dropped = 0
        self._items: deque[RecordedRequest] = deque(maxlen=max_size)

    def append(self, request: RecordedRequest) -> None:
        """Record ``request``."""
        with self._lock:
            if self.max_size is not None and len(self._items) == self.max_size:
                self.dropped += 1
            self._items.append(request)

    def clear(self) -> None:
        """Forget every recorded request."""
        with self._lock:
            self._items.clear()

    def snapshot(self) -> list[RecordedRequest]:
        """A copy of the recorded requests."""
        with self._lock:
            return list(self._items)

    def for_path(self, path: str) -> list[RecordedRequest]:
        """The recorded requests to ``path``."""
        return [r for r in self.snapshot() if r.path == path]

    def for_operation(self, operation_id: str) -> list[RecordedRequest]:
        """The recorded requests routed to ``operation_id`` (e.g. ``"getInfo"``)."""
        return [r for r in self.snapshot() if r.operation_id == operation_id]

    @property
    def last(self) -> RecordedRequest:
        """The most recent request (IndexError when there is none)."""
        with self._lock:
            return self._items[-1]

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def __iter__(self) -> Iterator[RecordedRequest]:
        return iter(self.snapshot())

    @overload
    def __getitem__(self, index: int) -> RecordedRequest: ...
    @overload
    def __getitem__(self, index: slice) -> list[RecordedRequest]: ...
    def __getitem__(self, index: int | slice) -> RecordedRequest | list[RecordedRequest]:
        with self._lock:
            if isinstance(index, slice):
                return list(self._items)[index]
            return self._items[index]

    def __repr__(self) -> str:
        return f"RequestLog({len(self)} requests)"
