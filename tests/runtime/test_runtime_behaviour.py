"""Behaviour of the generated client's runtime against a real HTTP stub on 127.0.0.1.

Retries and backoff, Retry-After, clock synchronisation, token refresh, raw responses,
paging, listen-key keepalive, logging hygiene and signing of arbitrary input, each for
the sync `sixmm.Client` and the async `sixmm.AsyncClient`. Nothing sleeps for real: the
clients get a `Sleeps` recorder (which moves a shared `FakeClock` on by the requested
delay) and the stub and the clients read that fake clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import hmac
import inspect
import json
import logging
import re
import socket
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from hashlib import sha256
from typing import Any, Literal
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sixmm
from sixmm import models
from sixmm._retry import parse_retry_after
from tests.runtime.test_client_operations import (
    ACCESS_TOKEN,
    API_KEY,
    API_SECRET,
    FIXED_MS,
    FLAVORS,
    SPEC_PATH,
    AuthMode,
    Flavor,
    assert_signed,
    envelope,
)
from tests.support.stub_server import TIMESTAMP_OUTSIDE_WINDOW, RecordedRequest, StubServer

AnyClient = sixmm.Client | sixmm.AsyncClient
SyncInterval = float | Literal["default"] | None

UNRESERVED_RE = re.compile(r"[A-Za-z0-9._~%-]*")
"""A query-string name or value as it must travel: unreserved characters and %XX escapes only."""

SERVICE_UNAVAILABLE = "service temporarily unavailable"


# --------------------------------------------------------------------------- fakes


class FakeClock:
    """A settable wall clock in Unix milliseconds, shared by the stub and the clients."""

    def __init__(self, start_ms: int = FIXED_MS) -> None:
        self.now_ms = start_ms
        self._lock = threading.Lock()

    def __call__(self) -> int:
        return self.now_ms

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.now_ms += round(seconds * 1000)


class Sleeps:
    """Records the delays a client asks for instead of sleeping; moves the fake clock on by them."""

    def __init__(self, clock: FakeClock | None = None) -> None:
        self.delays: list[float] = []
        self._clock = clock

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        if self._clock is not None:
            self._clock.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        self(seconds)

    def for_flavor(self, flavor: Flavor) -> Callable[[float], None] | Callable[[float], Awaitable[None]]:
        return self if flavor == "sync" else self.asleep


class TokenSource:
    """A token provider that hands out ``tokens`` in turn (the last one repeats)."""

    def __init__(self, *tokens: str) -> None:
        self.tokens = tokens
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        return self.tokens[min(self.calls, len(self.tokens)) - 1]

    async def asynchronous(self) -> str:
        await asyncio.sleep(0)
        return self()


class FakeWait:
    """The ``wait`` of a sync keepalive manager: answers at once, True (stop) after ``answers``."""

    def __init__(self, answers: Sequence[bool]) -> None:
        self._answers = list(answers)
        self.requested: list[float] = []
        self.finished = threading.Event()

    def __call__(self, seconds: float) -> bool:
        self.requested.append(seconds)
        stop = self._answers.pop(0) if self._answers else True
        if stop:
            self.finished.set()
        return stop


class ParkingSleep:
    """The ``sleep`` of an async keepalive manager: returns at once ``free_calls`` times, then parks."""

    def __init__(self, free_calls: int) -> None:
        self.free_calls = free_calls
        self.requested: list[float] = []
        self.parked = asyncio.Event()
        self._never = asyncio.Event()

    async def __call__(self, seconds: float) -> None:
        self.requested.append(seconds)
        if len(self.requested) > self.free_calls:
            self.parked.set()
            await self._never.wait()  # only cancellation (stop()) ends this


# --------------------------------------------------------------------------- fixtures and helpers


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sleeps(clock: FakeClock) -> Sleeps:
    return Sleeps(clock)


@pytest.fixture
def server(clock: FakeClock) -> Iterator[StubServer]:
    """A fresh stub per test that reads the test's fake clock."""
    with StubServer(
        SPEC_PATH, api_key=API_KEY, api_secret=API_SECRET, access_token=ACCESS_TOKEN, clock_ms=clock
    ) as stub:
        yield stub


def runtime_kwargs(
    flavor: Flavor,
    server: StubServer,
    sleeps: Sleeps,
    *,
    auth: AuthMode = "api-key",
    time_sync_interval: SyncInterval = None,
    **extra: Any,
) -> dict[str, Any]:
    """Constructor arguments for a client of ``server`` that sleeps through ``sleeps``.

    ``time_sync_interval="default"`` leaves the argument out (the client's default applies).
    """
    kwargs: dict[str, Any] = {
        "base_url": server.url,
        "clock": server.clock_ms,
        "sleep": sleeps.for_flavor(flavor),
    }
    if time_sync_interval != "default":
        kwargs["time_sync_interval"] = time_sync_interval
    if auth == "api-key":
        kwargs.update(api_key=server.api_key, api_secret=server.api_secret)
    else:
        kwargs["access_token"] = server.access_token
    kwargs.update(extra)
    return kwargs


def new_client(flavor: Flavor, server: StubServer, sleeps: Sleeps, **options: Any) -> AnyClient:
    kwargs = runtime_kwargs(flavor, server, sleeps, **options)
    return sixmm.Client(**kwargs) if flavor == "sync" else sixmm.AsyncClient(**kwargs)


async def close_client(client: AnyClient) -> None:
    if isinstance(client, sixmm.AsyncClient):
        await client.aclose()
    else:
        client.close()


@contextlib.asynccontextmanager
async def opened(
    flavor: Flavor, server: StubServer, sleeps: Sleeps, **options: Any
) -> AsyncIterator[AnyClient]:
    client = new_client(flavor, server, sleeps, **options)
    try:
        yield client
    finally:
        await close_client(client)


async def call(client: AnyClient, path: str, /, **kwargs: Any) -> Any:
    """``client.<path>(**kwargs)`` (path like ``"user.get_info"``), awaited for the async client."""
    target: Any = functools.reduce(getattr, path.split("."), client)
    result = target(**kwargs)
    if inspect.isawaitable(result):
        result = await result
    return result


async def collect(client: AnyClient, **kwargs: Any) -> list[Any]:
    """Every item of ``client.user.iter_account_change_log(**kwargs)``."""
    iterator: Any = client.user.iter_account_change_log(**kwargs)
    if isinstance(client, sixmm.AsyncClient):
        return [item async for item in iterator]
    return list(iterator)


def requests_for(server: StubServer, operation_id: str) -> list[RecordedRequest]:
    return [r for r in server.requests if r.operation_id == operation_id]


def operation_ids(server: StubServer) -> list[str | None]:
    return [r.operation_id for r in server.requests]


def split_query(query: str) -> list[tuple[str, str]]:
    """The raw ``(name, value)`` pairs of a query string, not decoded."""
    pairs: list[tuple[str, str]] = []
    for part in query.split("&"):
        name, sep, value = part.partition("=")
        assert sep, f"{part!r} in {query!r} has no '='"
        pairs.append((name, value))
    return pairs


def decoded_query(query: str) -> list[tuple[str, str]]:
    """The query's pairs, percent-decoded strictly as UTF-8 ('+' is not a space)."""
    return [
        (unquote(name, errors="strict"), unquote(value, errors="strict"))
        for name, value in split_query(query)
    ]


def query_value(request: RecordedRequest, name: str) -> str:
    (value,) = [v for n, v in decoded_query(request.query) if n == name]
    return value


def timestamp_of(request: RecordedRequest) -> int:
    return int(query_value(request, "timestamp"))


def signature_of(request: RecordedRequest) -> str:
    return query_value(request, "signature")


def recomputed_signature(request: RecordedRequest, secret: str = API_SECRET) -> str:
    """HMAC-SHA256 over the raw query without ``&signature=...`` followed by the raw body."""
    unsigned, sep, _ = request.query.rpartition("&signature=")
    assert sep, request.query
    assert request.query.isascii(), request.query
    return hmac.new(secret.encode("utf-8"), unsigned.encode("ascii") + request.body, sha256).hexdigest()


def json_body(request: RecordedRequest) -> Any:
    return json.loads(request.body.decode("utf-8"))


def unavailable(request_id: str = "r-503") -> bytes:
    return envelope(5002, SERVICE_UNAVAILABLE, request_id)


def closed_port() -> int:
    """A 127.0.0.1 port that nothing listens on (bound, read, closed)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert isinstance(port, int)
    return port


# --------------------------------------------------------------------------- 1. retries


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_transient_failures_are_retried_with_fresh_signatures(
    flavor: Flavor, server: StubServer, sleeps: Sleeps
) -> None:
    server.queue(503, unavailable("r-1"), operation_id="getInfo")
    server.queue(503, unavailable("r-2"), operation_id="getInfo")
    async with opened(flavor, server, sleeps) as client:
        info = await call(client, "user.get_info")

    assert isinstance(info, models.UserInfoData)
    attempts = requests_for(server, "getInfo")
    assert len(attempts) == 3
    assert len(server.requests) == 3
    for request in attempts:
        assert_signed(request)  # the third one was also verified by the stub itself
        assert signature_of(request) == recomputed_signature(request)
    timestamps = [timestamp_of(r) for r in attempts]
    assert len({signature_of(r) for r in attempts}) == 3
    assert len({r.headers["x-request-id"] for r in attempts}) == 1

    assert len(sleeps.delays) == 2
    first, second = sleeps.delays
    assert 0 < first < second, sleeps.delays
    # Each attempt is stamped when it is sent: after the (virtual) backoff.
    assert timestamps[1] - timestamps[0] == round(first * 1000)
    assert timestamps[2] - timestamps[1] == round(second * 1000)


# --------------------------------------------------------------------------- 2. exhausted retries, options


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_exhausted_retries_raise_the_last_error(
    flavor: Flavor, server: StubServer, sleeps: Sleeps
) -> None:
    for n in (1, 2, 3):
        server.queue(503, unavailable(f"r-{n}"))
    async with opened(flavor, server, sleeps) as client:
        assert client.max_retries == 2
        with pytest.raises(sixmm.ServerError) as info:
            await call(client, "user.get_info")
    assert (info.value.code, info.value.http_status, info.value.request_id) == (5002, 503, "r-3")
    assert len(requests_for(server, "getInfo")) == 3
    assert len(sleeps.delays) == 2


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_per_call_max_retries(flavor: Flavor, server: StubServer, sleeps: Sleeps) -> None:
    async with opened(flavor, server, sleeps) as client:
        server.queue(503, unavailable("r-1"))
        with pytest.raises(sixmm.ServerError):
            await call(client, "user.get_info", max_retries=0)
        assert len(server.requests) == 1
        assert sleeps.delays == []

        server.queue(503, unavailable("r-2"))
        server.queue(503, unavailable("r-3"))
        with pytest.raises(sixmm.ServerError) as info:
            await call(client, "user.get_asset", max_retries=1)
        assert info.value.request_id == "r-3"
        assert len(requests_for(server, "getAsset")) == 2
        assert len(sleeps.delays) == 1


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_with_options_shares_the_pool(flavor: Flavor, server: StubServer, sleeps: Sleeps) -> None:
    async with opened(flavor, server, sleeps) as client:
        copy = client.with_options(max_retries=0)
        assert copy is not client
        assert copy._http is client._http
        assert copy.clock is client.clock
        assert (copy.max_retries, client.max_retries) == (0, 2)

        server.queue(503, unavailable("r-1"))
        with pytest.raises(sixmm.ServerError):
            await call(copy, "user.get_info")
        assert len(server.requests) == 1
        assert sleeps.delays == []

        await close_client(copy)
        assert not client._http.is_closed

        server.queue(503, unavailable("r-2"))
        info = await call(client, "user.get_info")  # the original still retries
        assert isinstance(info, models.UserInfoData)
        assert len(requests_for(server, "getInfo")) == 3
        assert len(sleeps.delays) == 1


# --------------------------------------------------------------------------- 3. unsafe operations


@dataclass(frozen=True)
class UnsafeCall:
    """An operation that is not marked retry-safe, and the arguments of one call."""

    path: str
    operation_id: str
    kwargs: dict[str, Any] = field(default_factory=dict)


UNSAFE = [
    pytest.param(UnsafeCall("listen_key.create_listen_key", "createListenKey"), id="createListenKey"),
    pytest.param(
        UnsafeCall("listen_key.close_listen_key", "closeListenKey", {"listen_key": "k"}), id="closeListenKey"
    ),
]


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("unsafe", UNSAFE)
@pytest.mark.parametrize("http_status", [503, 200])
async def test_unsafe_operations_are_not_retried(
    flavor: Flavor, server: StubServer, sleeps: Sleeps, unsafe: UnsafeCall, http_status: int
) -> None:
    server.queue(http_status, unavailable("r-1"))
    async with opened(flavor, server, sleeps) as client:
        with pytest.raises(sixmm.ServerError) as info:
            await call(client, unsafe.path, **unsafe.kwargs)
    assert info.value.code == 5002
    assert operation_ids(server) == [unsafe.operation_id]
    assert sleeps.delays == []


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("unsafe", UNSAFE)
async def test_connection_refused_is_retried_even_for_unsafe_operations(
    flavor: Flavor, server: StubServer, sleeps: Sleeps, unsafe: UnsafeCall
) -> None:
    sent: list[httpx.Request] = []
    port = closed_port()
    http_client: httpx.Client | httpx.AsyncClient
    if flavor == "sync":
        http_client = httpx.Client(event_hooks={"request": [sent.append]})
    else:

        async def record(request: httpx.Request) -> None:
            sent.append(request)

        http_client = httpx.AsyncClient(event_hooks={"request": [record]})
    try:
        async with opened(
            flavor, server, sleeps, base_url=f"http://127.0.0.1:{port}", http_client=http_client
        ) as client:
            with pytest.raises(sixmm.APIConnectionError) as info:
                await call(client, unsafe.path, **unsafe.kwargs)
    finally:
        if isinstance(http_client, httpx.AsyncClient):
            await http_client.aclose()
        else:
            http_client.close()
    assert info.value.request_sent is False
    assert isinstance(info.value, sixmm.SixMMError)
    assert len(sent) == 3  # max_retries + 1
    assert all(r.url.port == port for r in sent)
    assert len(sleeps.delays) == 2
    assert all(delay > 0 for delay in sleeps.delays)
    assert server.requests == []


# --------------------------------------------------------------------------- 4. Retry-After


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize(("retry_after", "expected"), [("7", 7.0), ("3600", 60.0)])
async def test_retry_after_is_honoured_and_capped(
    flavor: Flavor, server: StubServer, sleeps: Sleeps, retry_after: str, expected: float
) -> None:
    server.queue(429, envelope(5003, "rate limit triggered", "r-1"), {"Retry-After": retry_after})
    async with opened(flavor, server, sleeps) as client:
        asset = await call(client, "user.get_asset")
    assert isinstance(asset, models.UserAssetData)
    assert sleeps.delays == [expected]
    assert len(requests_for(server, "getAsset")) == 2


def test_parse_retry_after() -> None:
    now = datetime(2015, 10, 21, 7, 27, 30, tzinfo=UTC)
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=now) == 30.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:27:00 GMT", now=now) == 0.0  # in the past
    assert parse_retry_after("7", now=now) == 7.0
    assert parse_retry_after(" 2.5 ", now=now) == 2.5
    assert parse_retry_after(None, now=now) is None
    assert parse_retry_after("soon", now=now) is None


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_retry_after_http_date(flavor: Flavor, server: StubServer, sleeps: Sleeps) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=5), usegmt=True)
    server.queue(429, envelope(5003, "rate limit triggered", "r-1"), {"Retry-After": when})
    async with opened(flavor, server, sleeps) as client:
        await call(client, "user.get_info")
    assert len(sleeps.delays) == 1
    assert 0 < sleeps.delays[0] <= 10, sleeps.delays


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("code", [5002, 5003])
async def test_transient_codes_with_http_200_are_retried(
    flavor: Flavor, server: StubServer, sleeps: Sleeps, code: int
) -> None:
    server.queue(200, envelope(code, "transient", "r-1"))
    async with opened(flavor, server, sleeps) as client:
        info = await call(client, "user.get_info")
    assert isinstance(info, models.UserInfoData)
    assert len(requests_for(server, "getInfo")) == 2
    assert len(sleeps.delays) == 1
    assert sleeps.delays[0] > 0


# --------------------------------------------------------------------------- 5. clock


def behind_by(clock: FakeClock, ms: int) -> Callable[[], int]:
    def local() -> int:
        return clock() - ms

    return local


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_first_signed_request_syncs_the_clock(
    flavor: Flavor, server: StubServer, clock: FakeClock, sleeps: Sleeps
) -> None:
    async with opened(
        flavor, server, sleeps, clock=behind_by(clock, 60_000), time_sync_interval="default"
    ) as client:
        info = await call(client, "user.get_info")
        assert isinstance(info, models.UserInfoData)
        assert operation_ids(server) == ["getServerTime"] * 3 + ["getInfo"]
        assert all(r.auth_mode == "none" for r in requests_for(server, "getServerTime"))
        assert abs(client.clock.offset_ms - 60_000) <= 50
        signed = requests_for(server, "getInfo")[0]
        assert abs(timestamp_of(signed) - clock()) <= 10_000
        assert_signed(signed)

        await call(client, "user.get_asset")  # within the interval: no new sync
        assert operation_ids(server)[4:] == ["getAsset"]


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_explicit_sync_clock(
    flavor: Flavor, server: StubServer, clock: FakeClock, sleeps: Sleeps
) -> None:
    async with opened(flavor, server, sleeps, clock=behind_by(clock, 5_000)) as client:
        synced = await call(client, "sync_clock")
        assert synced is client.clock
        assert abs(client.clock.offset_ms - 5_000) <= 50
    assert operation_ids(server) == ["getServerTime"] * 3


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_rejected_timestamp_resyncs_and_re_signs_once(
    flavor: Flavor, server: StubServer, clock: FakeClock, sleeps: Sleeps
) -> None:
    async with opened(
        flavor, server, sleeps, clock=behind_by(clock, 60_000), time_sync_interval=None
    ) as client:
        info = await call(client, "user.get_info")
        assert abs(client.clock.offset_ms - 60_000) <= 50
    assert isinstance(info, models.UserInfoData)
    assert operation_ids(server) == ["getInfo"] + ["getServerTime"] * 3 + ["getInfo"]
    rejected, accepted = requests_for(server, "getInfo")
    assert timestamp_of(rejected) == clock() - 60_000
    assert abs(timestamp_of(accepted) - clock()) <= 10_000
    assert_signed(rejected)
    assert_signed(accepted)
    assert signature_of(rejected) != signature_of(accepted)
    assert rejected.headers["x-request-id"] == accepted.headers["x-request-id"]


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("interval", [None, "default"])
async def test_a_second_timestamp_rejection_is_raised(
    flavor: Flavor, server: StubServer, sleeps: Sleeps, interval: SyncInterval
) -> None:
    server.queue(200, envelope(1001, TIMESTAMP_OUTSIDE_WINDOW, "r-1"), operation_id="getInfo")
    server.queue(200, envelope(1001, TIMESTAMP_OUTSIDE_WINDOW, "r-2"), operation_id="getInfo")
    async with opened(flavor, server, sleeps, time_sync_interval=interval) as client:
        with pytest.raises(sixmm.AuthenticationError) as info:
            await call(client, "user.get_info")
    assert (info.value.code, info.value.message, info.value.request_id) == (
        1001,
        TIMESTAMP_OUTSIDE_WINDOW,
        "r-2",
    )
    initial_sync = ["getServerTime"] * 3 if interval == "default" else []
    assert operation_ids(server) == [*initial_sync, "getInfo", *["getServerTime"] * 3, "getInfo"]
    assert sleeps.delays == []


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_clock_is_resynced_after_the_interval(
    flavor: Flavor, server: StubServer, clock: FakeClock, sleeps: Sleeps
) -> None:
    async with opened(flavor, server, sleeps, time_sync_interval=10) as client:
        await call(client, "user.get_info")
        assert operation_ids(server) == ["getServerTime"] * 3 + ["getInfo"]
        clock.advance(5)
        await call(client, "user.get_info")
        assert operation_ids(server)[4:] == ["getInfo"]
        clock.advance(6)  # 11 s since the sync
        await call(client, "user.get_info")
        assert operation_ids(server)[5:] == ["getServerTime"] * 3 + ["getInfo"]


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_bearer_auth_never_syncs_the_clock(
    flavor: Flavor, server: StubServer, clock: FakeClock, sleeps: Sleeps
) -> None:
    async with opened(
        flavor, server, sleeps, auth="bearer", clock=behind_by(clock, 60_000), time_sync_interval="default"
    ) as client:
        await call(client, "user.get_info")
        clock.advance(400)
        await call(client, "user.get_asset")
        await call(client, "user.save_favorite_symbols", symbols=["BTCUSDT"])
        server.queue(200, envelope(1001, TIMESTAMP_OUTSIDE_WINDOW, "r-1"))
        with pytest.raises(sixmm.AuthenticationError):
            await call(client, "user.get_info")
        assert client.clock.offset_ms == 0
    assert "getServerTime" not in operation_ids(server)
    assert len(server.requests) == 4


# --------------------------------------------------------------------------- 6. token provider

PROVIDERS = [
    pytest.param("sync", "def", id="sync-def"),
    pytest.param("async", "def", id="async-def"),
    pytest.param("async", "async-def", id="async-async-def"),
]


def provider_for(source: TokenSource, kind: str) -> Callable[[], Any]:
    return source.asynchronous if kind == "async-def" else source


@pytest.mark.parametrize(("flavor", "kind"), PROVIDERS)
async def test_expired_token_is_refreshed_once(
    flavor: Flavor, kind: str, server: StubServer, sleeps: Sleeps
) -> None:
    source = TokenSource("stale-token", ACCESS_TOKEN)
    server.queue(200, envelope(1002, "token expired", "r-1"), operation_id="getInfo")
    async with opened(
        flavor, server, sleeps, auth="bearer", access_token=provider_for(source, kind)
    ) as client:
        info = await call(client, "user.get_info")
        assert isinstance(info, models.UserInfoData)
        assert source.calls == 2
        first, second = requests_for(server, "getInfo")
        assert first.headers["authorization"] == "Bearer stale-token"
        assert second.headers["authorization"] == f"Bearer {ACCESS_TOKEN}"
        assert first.headers["x-request-id"] == second.headers["x-request-id"]

        await call(client, "user.get_asset")  # the fresh token is kept
        assert source.calls == 2
        assert requests_for(server, "getAsset")[0].headers["authorization"] == f"Bearer {ACCESS_TOKEN}"
    assert sleeps.delays == []


@pytest.mark.parametrize(("flavor", "kind"), PROVIDERS)
async def test_second_token_expiry_is_raised(
    flavor: Flavor, kind: str, server: StubServer, sleeps: Sleeps
) -> None:
    source = TokenSource("stale-token", "also-stale")
    server.queue(200, envelope(1002, "token expired", "r-1"))
    server.queue(200, envelope(1002, "token expired", "r-2"))
    async with opened(
        flavor, server, sleeps, auth="bearer", access_token=provider_for(source, kind)
    ) as client:
        with pytest.raises(sixmm.AuthenticationError) as info:
            await call(client, "user.get_info")
    assert (info.value.code, info.value.request_id) == (1002, "r-2")
    assert source.calls == 2
    assert [r.headers["authorization"] for r in server.requests] == [
        "Bearer stale-token",
        "Bearer also-stale",
    ]


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_static_token_expiry_is_raised_at_once(
    flavor: Flavor, server: StubServer, sleeps: Sleeps
) -> None:
    server.queue(200, envelope(1002, "token expired", "r-1"))
    async with opened(flavor, server, sleeps, auth="bearer") as client:
        with pytest.raises(sixmm.AuthenticationError) as info:
            await call(client, "user.get_info")
    assert info.value.code == 1002
    assert len(server.requests) == 1
    assert sleeps.delays == []


# --------------------------------------------------------------------------- 7. raw responses


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_raw_responses(flavor: Flavor, server: StubServer, sleeps: Sleeps) -> None:
    async with opened(flavor, server, sleeps) as client:
        raw = await call(client, "user.with_raw_response.get_info")
        empty = await call(client, "listen_key.with_raw_response.renew_listen_key", listen_key="k")
        server.queue(503, unavailable("r-1"), operation_id="getAsset")
        retried = await call(client, "user.with_raw_response.get_asset")

    info_request, renew_request, *_ = server.requests
    assert isinstance(raw, sixmm.RawResponse)
    assert raw.http_status == 200
    assert raw.request_id == info_request.headers["x-request-id"]
    assert isinstance(raw.data, models.UserInfoData)
    assert raw.attempts == 1
    assert raw.headers["content-type"] == "application/json"

    assert isinstance(empty, sixmm.RawResponse)
    assert empty.http_status == 200
    assert empty.data is None
    assert empty.attempts == 1
    assert empty.request_id == renew_request.headers["x-request-id"]

    assert isinstance(retried.data, models.UserAssetData)
    assert retried.attempts == 2


# --------------------------------------------------------------------------- 8. paging


def change_log_page(numbers: Sequence[int], total: int) -> bytes:
    entries = [
        {"assetType": "USDT", "amount": f"{n}.5", "changeType": "TRADING_FEE", "referenceId": f"e{n}"}
        for n in numbers
    ]
    return envelope(0, "success", None, data={"list": entries, "total": total})


def pages_requested(server: StubServer) -> list[tuple[str, str]]:
    return [
        (query_value(r, "page"), query_value(r, "pageSize"))
        for r in requests_for(server, "getAccountChangeLog")
    ]


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_iteration_walks_every_page(flavor: Flavor, server: StubServer, sleeps: Sleeps) -> None:
    server.queue(200, change_log_page([1, 2], total=5))
    server.queue(200, change_log_page([3, 4], total=5))
    server.queue(200, change_log_page([5], total=5))
    async with opened(flavor, server, sleeps) as client:
        items = await collect(client, asset_type="USDT", page_size=2)
    assert all(isinstance(item, models.AccountChangeLogEntry) for item in items)
    assert [item.reference_id for item in items] == ["e1", "e2", "e3", "e4", "e5"]
    assert pages_requested(server) == [("1", "2"), ("2", "2"), ("3", "2")]
    assert all(query_value(r, "assetType") == "USDT" for r in server.requests)
    assert len(server.requests) == 3


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_iteration_stops_at_an_empty_page(flavor: Flavor, server: StubServer, sleeps: Sleeps) -> None:
    server.queue(200, change_log_page([1, 2], total=10))
    server.queue(200, change_log_page([], total=10))
    async with opened(flavor, server, sleeps) as client:
        items = await collect(client, page_size=2)
    assert [item.reference_id for item in items] == ["e1", "e2"]
    assert pages_requested(server) == [("1", "2"), ("2", "2")]


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_iteration_from_a_later_page_counts_earlier_pages(
    flavor: Flavor, server: StubServer, sleeps: Sleeps
) -> None:
    server.queue(200, change_log_page([3, 4], total=5))
    server.queue(200, change_log_page([5], total=5))
    async with opened(flavor, server, sleeps) as client:
        items = await collect(client, page=2, page_size=2)
    assert [item.reference_id for item in items] == ["e3", "e4", "e5"]
    assert pages_requested(server) == [("2", "2"), ("3", "2")]
    assert len(server.requests) == 2


# --------------------------------------------------------------------------- 9. keepalive


def issue_distinct_keys(server: StubServer) -> list[str]:
    """Make each createListenKey answer a new key (key-1, key-2, ...); returns the issued keys."""
    issued: list[str] = []
    lock = threading.Lock()

    def hook(request: RecordedRequest, reply: dict[str, Any]) -> dict[str, Any]:
        del request
        with lock:
            key = f"key-{len(issued) + 1}"
            issued.append(key)
        return {**reply, "data": {**reply["data"], "listenKey": key}}

    server.set_reply_hook("createListenKey", hook)
    return issued


def methods(server: StubServer) -> list[tuple[str, str | None]]:
    return [(r.method, r.operation_id) for r in server.requests]


CREATE = ("POST", "createListenKey")
RENEW = ("PUT", "renewListenKey")
CLOSE = ("DELETE", "closeListenKey")


@dataclass(frozen=True)
class RenewalFailure:
    """How renewListenKey fails: answered ``attempts`` times with ``code`` (HTTP ``http_status``)."""

    http_status: int
    code: int
    error_class: type[sixmm.ApiError]
    attempts: int = 1


RENEWAL_FAILURES = [
    pytest.param(RenewalFailure(200, 3003, sixmm.BusinessError), id="code-3003"),
    pytest.param(RenewalFailure(200, 2002, sixmm.InvalidParameterError), id="code-2002"),
    pytest.param(RenewalFailure(503, 5002, sixmm.ServerError, attempts=3), id="http-503-after-retries"),
]


def queue_renewal_failure(server: StubServer, failure: RenewalFailure) -> None:
    for n in range(failure.attempts):
        server.queue(
            failure.http_status,
            envelope(failure.code, f"renewal failed {n}", f"r-{n}"),
            operation_id="renewListenKey",
        )


def test_sync_manager_renews_in_the_background(server: StubServer, sleeps: Sleeps) -> None:
    issued = issue_distinct_keys(server)
    wait = FakeWait([False, False, True])
    new_keys: list[str] = []
    with sixmm.Client(**runtime_kwargs("sync", server, sleeps)) as client:
        manager = sixmm.ListenKeyManager(client, renew_interval=1800, wait=wait, on_new_key=new_keys.append)
        key = manager.start()
        assert key == "key-1"
        assert wait.finished.wait(timeout=10), "the renewal thread never asked to wait a third time"
        assert manager.key == "key-1"
        assert manager.renewals == 2
        manager.stop()
    assert wait.requested == [1800, 1800, 1800]
    assert manager.replacements == 0
    assert new_keys == ["key-1"]
    assert issued == ["key-1"]
    assert methods(server) == [CREATE, RENEW, RENEW]
    for renewal in requests_for(server, "renewListenKey"):
        assert json_body(renewal) == {"listenKey": "key-1"}
        assert_signed(renewal)


def test_sync_manager_closes_on_exit_when_asked(server: StubServer, sleeps: Sleeps) -> None:
    issue_distinct_keys(server)
    wait = FakeWait([True])
    client = sixmm.Client(**runtime_kwargs("sync", server, sleeps))
    with (
        client,
        sixmm.ListenKeyManager(client, renew_interval=1800, wait=wait, close_on_exit=True) as manager,
    ):
        assert wait.finished.wait(timeout=10)
        assert manager.key == "key-1"
    assert methods(server) == [CREATE, CLOSE]
    delete = requests_for(server, "closeListenKey")[0]
    assert json_body(delete) == {"listenKey": "key-1"}
    assert_signed(delete)


@pytest.mark.parametrize("failure", RENEWAL_FAILURES)
def test_sync_manager_replaces_a_key_that_cannot_be_renewed(
    server: StubServer, sleeps: Sleeps, failure: RenewalFailure
) -> None:
    issue_distinct_keys(server)
    queue_renewal_failure(server, failure)
    wait = FakeWait([False, True])
    new_keys: list[str] = []
    errors: list[Exception] = []
    with sixmm.Client(**runtime_kwargs("sync", server, sleeps)) as client:
        manager = sixmm.ListenKeyManager(
            client, renew_interval=1800, wait=wait, on_new_key=new_keys.append, on_error=errors.append
        )
        manager.start()
        assert wait.finished.wait(timeout=10)
        assert manager.key == "key-2"
        manager.stop()
    assert new_keys == ["key-1", "key-2"]
    assert (manager.replacements, manager.renewals) == (1, 0)
    assert len(errors) == 1
    assert isinstance(errors[0], failure.error_class)
    assert errors[0].code == failure.code
    assert methods(server) == [CREATE, *[RENEW] * failure.attempts, CREATE]
    assert wait.requested == [1800, 1800]


def test_sync_manager_run_once(server: StubServer, sleeps: Sleeps) -> None:
    issue_distinct_keys(server)
    errors: list[Exception] = []
    with sixmm.Client(**runtime_kwargs("sync", server, sleeps)) as client:
        manager = sixmm.ListenKeyManager(client, wait=FakeWait([True]), on_error=errors.append)
        manager.run_once()  # no key yet: nothing to renew
        assert server.requests == []
        manager.start()
        manager.run_once()
        assert manager.renewals == 1
        queue_renewal_failure(server, RenewalFailure(200, 3003, sixmm.BusinessError))
        manager.run_once()
        assert (manager.key, manager.replacements) == ("key-2", 1)
        manager.stop()
    assert methods(server) == [CREATE, RENEW, RENEW, CREATE]
    assert len(errors) == 1


async def test_async_manager_renews_in_a_task(server: StubServer, sleeps: Sleeps) -> None:
    issue_distinct_keys(server)
    sleep = ParkingSleep(free_calls=2)
    new_keys: list[str] = []
    async with sixmm.AsyncClient(**runtime_kwargs("async", server, sleeps)) as client:
        manager = sixmm.AsyncListenKeyManager(
            client, renew_interval=1800, sleep=sleep, on_new_key=new_keys.append
        )
        assert await manager.start() == "key-1"
        await asyncio.wait_for(sleep.parked.wait(), timeout=10)
        assert manager.renewals == 2
        assert manager.key == "key-1"
        await manager.stop()
        assert not [t for t in asyncio.all_tasks() if t.get_name() == "keepalive"]
    assert sleep.requested == [1800, 1800, 1800]
    assert new_keys == ["key-1"]
    assert methods(server) == [CREATE, RENEW, RENEW]
    assert all(json_body(r) == {"listenKey": "key-1"} for r in requests_for(server, "renewListenKey"))


async def test_async_manager_closes_on_exit_when_asked(server: StubServer, sleeps: Sleeps) -> None:
    issue_distinct_keys(server)
    sleep = ParkingSleep(free_calls=0)
    client = sixmm.AsyncClient(**runtime_kwargs("async", server, sleeps))
    async with client, sixmm.AsyncListenKeyManager(client, sleep=sleep, close_on_exit=True) as manager:
        await asyncio.wait_for(sleep.parked.wait(), timeout=10)
        assert manager.key == "key-1"
    assert sleep.requested == [1800.0]
    assert methods(server) == [CREATE, CLOSE]
    assert json_body(requests_for(server, "closeListenKey")[0]) == {"listenKey": "key-1"}


@pytest.mark.parametrize("failure", RENEWAL_FAILURES)
async def test_async_manager_replaces_a_key_that_cannot_be_renewed(
    server: StubServer, sleeps: Sleeps, failure: RenewalFailure
) -> None:
    issue_distinct_keys(server)
    queue_renewal_failure(server, failure)
    sleep = ParkingSleep(free_calls=1)
    new_keys: list[str] = []
    errors: list[Exception] = []
    async with sixmm.AsyncClient(**runtime_kwargs("async", server, sleeps)) as client:
        manager = sixmm.AsyncListenKeyManager(
            client, sleep=sleep, on_new_key=new_keys.append, on_error=errors.append
        )
        await manager.start()
        await asyncio.wait_for(sleep.parked.wait(), timeout=10)
        assert manager.key == "key-2"
        await manager.stop()
    assert new_keys == ["key-1", "key-2"]
    assert (manager.replacements, manager.renewals) == (1, 0)
    assert len(errors) == 1
    assert isinstance(errors[0], failure.error_class)
    assert errors[0].code == failure.code
    assert methods(server) == [CREATE, *[RENEW] * failure.attempts, CREATE]


async def test_async_manager_run_once(server: StubServer, sleeps: Sleeps) -> None:
    issue_distinct_keys(server)
    errors: list[Exception] = []
    new_keys: list[str] = []
    sleep = ParkingSleep(free_calls=0)
    async with sixmm.AsyncClient(**runtime_kwargs("async", server, sleeps)) as client:
        manager = sixmm.AsyncListenKeyManager(
            client, sleep=sleep, on_error=errors.append, on_new_key=new_keys.append
        )
        await manager.run_once()  # no key yet: nothing to renew
        assert server.requests == []
        await manager.start()
        await asyncio.wait_for(sleep.parked.wait(), timeout=10)
        await manager.run_once()
        assert manager.renewals == 1
        queue_renewal_failure(server, RenewalFailure(200, 3003, sixmm.BusinessError))
        await manager.run_once()
        assert (manager.key, manager.replacements) == ("key-2", 1)
        await manager.stop()
    assert methods(server) == [CREATE, RENEW, RENEW, CREATE]
    assert new_keys == ["key-1", "key-2"]
    assert len(errors) == 1
    assert isinstance(errors[0], sixmm.BusinessError)


# --------------------------------------------------------------------------- 10. logging and secrets

CANARY_KEY = "CANARY-KEY-3f9d0b6e1a"
CANARY_SECRET = "CANARY-SECRET-a71c55d2e0b4"
CANARY_TOKEN = "CANARY-TOKEN-c0ffee42d00d"
CANARY_STALE_TOKEN = "CANARY-STALE-TOKEN-beef17"


@pytest.fixture
def canary_server(clock: FakeClock) -> Iterator[StubServer]:
    with StubServer(
        SPEC_PATH, api_key=CANARY_KEY, api_secret=CANARY_SECRET, access_token=CANARY_TOKEN, clock_ms=clock
    ) as stub:
        yield stub


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_secrets_stay_out_of_logs_reprs_and_errors(
    flavor: Flavor,
    canary_server: StubServer,
    clock: FakeClock,
    sleeps: Sleeps,
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = canary_server
    caplog.set_level(logging.DEBUG, logger="sixmm")
    texts: list[str] = []
    errors: list[BaseException] = []

    # API key: clock sync, signed GET/POST/DELETE, a retry, an error, a re-sync, exhausted retries.
    async with opened(
        flavor, server, sleeps, clock=behind_by(clock, 30_000), time_sync_interval="default"
    ) as client:
        texts += [repr(client), str(client), repr(client.with_options(max_retries=1)), repr(client.clock)]
        await call(client, "user.get_info")
        await call(client, "user.save_favorite_symbols", symbols=["BTCUSDT", "ÄBC"])
        await call(client, "listen_key.close_listen_key", listen_key="k")
        server.queue(503, unavailable("r-1"), operation_id="getAsset")
        await call(client, "user.get_asset")
        server.queue(
            200, envelope(2002, "invalid parameter value", "r-2"), operation_id="getAccountChangeLog"
        )
        with pytest.raises(sixmm.InvalidParameterError) as invalid:
            await call(client, "user.get_account_change_log", asset_type="USDT")
        errors.append(invalid.value)
        server.queue(200, envelope(1001, TIMESTAMP_OUTSIDE_WINDOW, "r-3"), operation_id="getInfo")
        await call(client, "user.get_info")
        for n in range(3):
            server.queue(503, unavailable(f"r-4{n}"), operation_id="getVolumeStats")
        with pytest.raises(sixmm.ServerError) as exhausted:
            await call(client, "user.get_volume_stats")
        errors.append(exhausted.value)

    # Bearer token from a provider: one refresh that works, then one that does not.
    source = TokenSource(CANARY_STALE_TOKEN, CANARY_TOKEN)
    async with opened(flavor, server, sleeps, auth="bearer", access_token=source) as bearer:
        texts += [repr(bearer), str(bearer), repr(bearer.with_options(max_retries=1))]
        server.queue(200, envelope(1002, "token expired", "r-5"), operation_id="getInfo")
        await call(bearer, "user.get_info")
        server.queue(200, envelope(1002, "token expired", "r-6"), operation_id="getAsset")
        server.queue(200, envelope(1002, "token expired", "r-7"), operation_id="getAsset")
        with pytest.raises(sixmm.AuthenticationError) as expired:
            await call(bearer, "user.get_asset")
        errors.append(expired.value)
    assert source.calls == 3

    # A connection that fails.
    closed = f"http://127.0.0.1:{closed_port()}"
    async with opened(flavor, server, sleeps, base_url=closed, max_retries=0) as offline:
        with pytest.raises(sixmm.APIConnectionError) as refused:
            await call(offline, "user.get_info")
        errors.append(refused.value)

    signatures = [signature_of(r) for r in server.requests if "signature=" in r.query]
    assert len(signatures) >= 10
    canaries = [CANARY_KEY, CANARY_SECRET, CANARY_TOKEN, CANARY_STALE_TOKEN, *signatures]
    messages = [record.getMessage() for record in caplog.records if record.name.startswith("sixmm")]
    assert any("retry" in message for message in messages), "DEBUG records of the retries were not captured"
    texts += messages
    texts += [text for error in errors for text in (str(error), repr(error))]
    for text in texts:
        for canary in canaries:
            assert canary not in text, f"{canary!r} leaked into {text!r}"
    assert logging.getLogger("sixmm").handlers == []


# --------------------------------------------------------------------------- 11. signing of arbitrary input


@pytest.fixture(scope="module")
def shared_server() -> Iterator[StubServer]:
    """One stub for every example of the property tests (reset per example)."""
    with StubServer(
        SPEC_PATH,
        api_key=API_KEY,
        api_secret=API_SECRET,
        access_token=ACCESS_TOKEN,
        clock_ms=lambda: FIXED_MS,
    ) as stub:
        yield stub


def signing_kwargs(server: StubServer) -> dict[str, Any]:
    return {
        "base_url": server.url,
        "api_key": API_KEY,
        "api_secret": API_SECRET,
        "clock": lambda: FIXED_MS,
        "time_sync_interval": None,
        "max_retries": 0,
    }


def single_request(server: StubServer) -> RecordedRequest:
    assert len(server.requests) == 1, [r.raw_target for r in server.requests]
    return server.requests[0]


def check_signed_query(request: RecordedRequest, expected: list[tuple[str, str]]) -> None:
    """The query carries ``expected`` in order, then the timestamp and a signature we can recompute."""
    for name, value in split_query(request.query):
        assert UNRESERVED_RE.fullmatch(name), name
        assert UNRESERVED_RE.fullmatch(value), value
    pairs = decoded_query(request.query)
    assert pairs[:-2] == expected
    assert pairs[-2] == ("timestamp", str(FIXED_MS))
    name, signature = pairs[-1]
    assert name == "signature"
    assert hmac.compare_digest(signature, recomputed_signature(request))


@dataclass(frozen=True)
class ChangeLogArgs:
    """Arguments of one get_account_change_log call."""

    asset_type: str | None
    change_type: str | None
    start_time: int | None
    end_time: int | None
    page: int
    page_size: int

    def as_kwargs(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def expected_query(self) -> list[tuple[str, str]]:
        """The decoded query pairs in declared order; ``None`` is left out."""
        declared: list[tuple[str, object]] = [
            ("assetType", self.asset_type),
            ("changeType", self.change_type),
            ("startTime", self.start_time),
            ("endTime", self.end_time),
            ("page", self.page),
            ("pageSize", self.page_size),
        ]
        return [(name, str(value)) for name, value in declared if value is not None]


def compact_json(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@settings(max_examples=40, deadline=None)
@given(
    args=st.builds(
        ChangeLogArgs,
        asset_type=st.text(),
        change_type=st.text(),
        start_time=st.integers(0, 2**62),
        end_time=st.integers(0, 2**62),
        page=st.integers(1, 10_000),
        page_size=st.integers(1, 10_000),
    )
)
def test_any_query_is_signed_over_the_bytes_sent(shared_server: StubServer, args: ChangeLogArgs) -> None:
    shared_server.reset()
    with sixmm.Client(**signing_kwargs(shared_server)) as client:
        result = client.user.get_account_change_log(**args.as_kwargs())
    assert isinstance(result, models.AccountChangeLogPage)  # the stub verified the signature
    request = single_request(shared_server)
    assert request.body == b""
    check_signed_query(request, args.expected_query())


@settings(max_examples=40, deadline=None)
@given(symbols=st.lists(st.text(), max_size=6))
def test_any_symbol_list_is_signed_over_the_bytes_sent(shared_server: StubServer, symbols: list[str]) -> None:
    shared_server.reset()
    with sixmm.Client(**signing_kwargs(shared_server)) as client:
        client.user.save_favorite_symbols(symbols=symbols)  # raises unless the stub verified it
    request = single_request(shared_server)
    assert request.body == compact_json({"symbols": symbols})
    assert json_body(request) == {"symbols": symbols}
    check_signed_query(request, [])


TRICKY_TEXTS = [
    "a&b=c",
    "100%",
    "1+1 = 2",
    "  spaces  ",
    "emoji 🚀🌕👩‍👩‍👧",
    "ü/ß\\?#[]",
    "%2B%26%3D",
    "tab\tnew\nline\x00",
    "\u2028\u2029\ufeff",
    "中文&日本語=한국어",
]


async def test_tricky_inputs_through_the_async_client(shared_server: StubServer) -> None:
    async with sixmm.AsyncClient(**signing_kwargs(shared_server)) as client:
        for index, text in enumerate(TRICKY_TEXTS):
            shared_server.reset()
            args = ChangeLogArgs(text, text[::-1], index, 2**62 - index, index + 1, 10_000 - index)
            page_data = await client.user.get_account_change_log(**args.as_kwargs())
            assert isinstance(page_data, models.AccountChangeLogPage)
            check_signed_query(single_request(shared_server), args.expected_query())

            shared_server.reset()
            symbols = [text, text.upper(), ""]
            await client.user.save_favorite_symbols(symbols=symbols)  # raises unless verified
            request = single_request(shared_server)
            assert request.body == compact_json({"symbols": symbols})
            check_signed_query(request, [])
