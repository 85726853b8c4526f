"""What the client tests share: credentials, the fixed clock, flavors, envelopes, a local exchange.

The client tests talk to the local exchange (`sixmm.testing.FakeExchange`) on 127.0.0.1,
made by `local_exchange` with known credentials and a clock frozen at `FIXED_MS`; scripted
answers are canned replies (``ex.faults.reply``), built with `envelope`. Tests of the
client's own decisions use `tests.support.scripted` instead and need no server.
"""

from __future__ import annotations

import json
from typing import Any, Final, Literal

import httpx

from sixmm.testing import FakeExchange, RecordedRequest

__all__ = [
    "API_KEY",
    "API_SECRET",
    "FIXED_MS",
    "Flavor",
    "FLAVORS",
    "AuthMode",
    "AUTH_MODES",
    "envelope",
    "change_log_entry",
    "auth_mode",
    "local_exchange",
    "LateAnswers",
    "AsyncLateAnswers",
]

API_KEY: Final = "test-key"
API_SECRET: Final = "test-secret-0123456789abcdef"
"""The secret of the documented signing vectors."""
FIXED_MS: Final = 1772710377808
"""The timestamp of the documented signing vectors, and the spec's ``getServerTime`` example time."""

Flavor = Literal["sync", "async"]
AuthMode = Literal["api-key", "bearer"]
FLAVORS: Final[tuple[Flavor, ...]] = ("sync", "async")
AUTH_MODES: Final[tuple[AuthMode, ...]] = ("api-key", "bearer")


def envelope(code: int, message: str, request_id: str | None = "r-1", **extra: Any) -> bytes:
    """A compact JSON error (or success) envelope; ``extra`` adds members such as ``data``."""
    body: dict[str, Any] = {"code": code, "message": message, **extra}
    if request_id is not None:
        body["requestId"] = request_id
    return json.dumps(body, separators=(",", ":")).encode("utf-8")


def change_log_entry(**fields: Any) -> dict[str, Any]:
    """One account change-log entry as the wire carries it, every documented field present."""
    entry: dict[str, Any] = {
        "assetType": "USDT",
        "amount": "-12.5",
        "walletBalanceBefore": "10247.06780000",
        "walletBalanceAfter": "10234.56780000",
        "frozenBalanceBefore": "150.00000000",
        "frozenBalanceAfter": "150.00000000",
        "changeType": "TRADING_FEE",
        "referenceId": "1894400000007893046",
        "createdAt": FIXED_MS,
    }
    entry.update(fields)
    return entry


def auth_mode(request: RecordedRequest) -> str:
    """How a recorded request authenticated: ``"api-key"`` (X-API-KEY sent), ``"bearer"`` or ``"none"``."""
    if request.header("x-api-key") is not None:
        return "api-key"
    if (request.header("authorization") or "").startswith("Bearer "):
        return "bearer"
    return "none"


def local_exchange(
    *, api_key: str = API_KEY, api_secret: str = API_SECRET, start_ms: int = FIXED_MS
) -> FakeExchange:
    """A local exchange (not started) with these credentials and its clock frozen at ``start_ms``.

    The clients under test read the same clock (``clock=ex.clock.now``), so nothing
    depends on the wall clock; tests move it with ``ex.clock.advance``.
    """
    return FakeExchange(api_key=api_key, api_secret=api_secret, start_ms=start_ms, frozen=True)


class _LateAnswer:
    """Which requests get their answer too late: the next ``count`` ones to ``path``."""

    def __init__(self, path: str, count: int) -> None:
        self.path, self.left = path, count

    def too_late(self, request: httpx.Request) -> bool:
        if request.url.path != self.path or self.left == 0:
            return False
        self.left -= 1
        return True


class LateAnswers(httpx.HTTPTransport):
    """A real transport whose next ``count`` requests to ``path`` reach the server and execute,
    but whose answers come after the client's deadline: the client sees `httpx.ReadTimeout`.

    The timeout after sending, without waiting for one: ``Client(http_client=httpx.Client(
    transport=LateAnswers(path)))``. The exchange's ``slow`` fault with ``executed=True`` is the
    same seen from the server, where a real client timeout decides.
    """

    def __init__(self, path: str, count: int = 1) -> None:
        super().__init__()
        self._late = _LateAnswer(path, count)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if self._late.too_late(request):
            response.read()
            response.close()
            raise httpx.ReadTimeout("the answer came after the deadline", request=request)
        return response


class AsyncLateAnswers(httpx.AsyncHTTPTransport):
    """`LateAnswers` for `httpx.AsyncClient`."""

    def __init__(self, path: str, count: int = 1) -> None:
        super().__init__()
        self._late = _LateAnswer(path, count)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        if self._late.too_late(request):
            await response.aread()
            await response.aclose()
            raise httpx.ReadTimeout("the answer came after the deadline", request=request)
        return response
