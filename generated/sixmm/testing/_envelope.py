# Copied from extras/testing/_envelope.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Responses of the exchange: the ``{code, message, data, requestId}`` envelope and its errors.

Error codes are the documented 6MM codes. HTTP statuses the exchange uses:

* 200 for success and for business/parameter errors (``code`` != 0), as the docs describe;
* 401 for every authentication failure (codes 1001-1004);
* 429 for rate limiting (code 5003), 5xx for server faults (5001/5002);
* 400 malformed JSON (2002), 404 unknown path (2002), 405 method not allowed (2002,
  with ``Allow``), 413 body too large (2003), 415 unsupported content type (2002).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final

__all__ = [
    "EnvelopeError",
    "HttpResponse",
    "MISSING",
    "envelope_response",
    "error_response",
    "MISSING_AUTH",
    "TOKEN_EXPIRED",
    "INVALID_CREDENTIALS",
    "TOKEN_REVOKED",
    "MISSING_PARAMETER",
    "INVALID_PARAMETER",
    "OUT_OF_RANGE",
    "INTERNAL_ERROR",
    "SERVICE_UNAVAILABLE",
    "RATE_LIMITED",
]

MISSING_AUTH: Final = 1001
TOKEN_EXPIRED: Final = 1002
INVALID_CREDENTIALS: Final = 1003
TOKEN_REVOKED: Final = 1004
MISSING_PARAMETER: Final = 2001
INVALID_PARAMETER: Final = 2002
OUT_OF_RANGE: Final = 2003
INTERNAL_ERROR: Final = 5001
SERVICE_UNAVAILABLE: Final = 5002
RATE_LIMITED: Final = 5003

JSON_CONTENT_TYPE: Final = "application/json"


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Final = _Missing()
"""Marks an envelope without a ``data`` member."""


class EnvelopeError(Exception):
    """A request is refused with an error envelope: ``code``, ``message`` and the HTTP status."""

    def __init__(
        self,
        code: int,
        message: str,
        *,
        http_status: int = 200,
        headers: Sequence[tuple[str, str]] = (),
    ) -> None:
        self.code = code
        self.message = message
        self.http_status = http_status
        self.headers = tuple(headers)
        super().__init__(message)


@dataclass(slots=True)
class HttpResponse:
    """A complete HTTP response before it is sent."""

    status: int
    body: bytes
    content_type: str = JSON_CONTENT_TYPE
    headers: list[tuple[str, str]] = field(default_factory=list)
    echo_request_id: bool = True
    """Send the request id back in ``X-Request-ID`` (canned replies do not)."""

    def header_list(self, request_id: str) -> list[tuple[bytes, bytes]]:
        """The ASGI header list: content type and length, the request id, then extra headers."""
        headers = [
            (b"content-type", self.content_type.encode("latin-1")),
            (b"content-length", str(len(self.body)).encode("ascii")),
        ]
        if self.echo_request_id:
            headers.append((b"x-request-id", request_id.encode("latin-1", errors="replace")))
        headers.extend((k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in self.headers)
        return headers


def dump_json(value: Any) -> bytes:
    """Compact UTF-8 JSON."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def envelope_response(
    request_id: str,
    data: Any = MISSING,
    *,
    code: int = 0,
    message: str = "success",
    status: int = 200,
    headers: Sequence[tuple[str, str]] = (),
) -> HttpResponse:
    """A JSON envelope response; ``data`` is left out when `MISSING`."""
    envelope: dict[str, Any] = {"code": code, "message": message}
    if data is not MISSING:
        envelope["data"] = data
    envelope["requestId"] = request_id
    return HttpResponse(status, dump_json(envelope), headers=list(headers))


def error_response(request_id: str, failure: EnvelopeError) -> HttpResponse:
    """The error envelope (no ``data``) for ``failure``."""
    return envelope_response(
        request_id,
        code=failure.code,
        message=failure.message,
        status=failure.http_status,
        headers=failure.headers,
    )
