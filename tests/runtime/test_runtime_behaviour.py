"""Behaviour of the generated client's runtime against the local exchange on 127.0.0.1.

Retries and backoff, Retry-After, clock synchronisation, token refresh, raw responses,
paging, listen-key keepalive, logging hygiene and signing of arbitrary input, each for
the sync `sixmm.Client` and the async `sixmm.AsyncClient`. Nothing sleeps for real: the
exchange's clock is frozen, the clients read it, and they get a `Sleeps` recorder that
moves it on by the requested delay. Scripted answers are the exchange's canned replies;
tests of the client's own retry decisions need no server and run against a scripted
`httpx.MockTransport` (`tests.support.scripted`). Signatures are checked by the exchange
and again by the tests' own signer (`tests.support.signing`).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
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
from typing import Any, Literal
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sixmm
from sixmm import models
from sixmm._retry import parse_retry_after
from sixmm.testing import (
    MAX_PAGE_SIZE,
    TIMESTAMP_OUTSIDE_WINDOW,
    ExchangeClock,
    FakeExchange,
    RecordedRequest,
)
from tests.runtime.test_client_operations import OPERATIONS
from tests.support import signing
from tests.support.clients import (
    API_KEY,
    API_SECRET,
    FIXED_MS,
    FLAVORS,
    AuthMode,
    Flavor,
    auth_mode,
    change_log_entry,
    envelope,
    local_exchange,
)
from tests.support.examples import example_bytes
from tests.support.scripted import BASE_URL, ScriptedApi

AnyClient = sixmm.Client | sixmm.AsyncClient
SyncInterval = float | Literal["default"] | None

UNRESERVED_RE = re.compile(r"[A-Za-z0-9._~%-]*")
"""A query-string name or value as it must travel: unreserved characters and %XX escapes only."""

SERVICE_UNAVAILABLE = "service temporarily unavailable"
USER = "/v1/private/user"


# --------------------------------------------------------------------------- fakes


class Sleeps:
    """Records the delays a client asks for instead of sleeping; moves the exchange's clock on by them."""

    def __init__(self, clock: ExchangeClock | None = None) -> None:
        self.delays: list[float] = []
        self._clock = clock

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        if self._clock is not None:
            self._clock.advance(round(seconds * 1000))

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


@pytest.fixture(scope="module")
def exchange() -> Iterator[FakeExchange]:
    """One local exchange for the module, its clock frozen at `FIXED_MS`."""
    with local_exchange() as ex:
        yield ex


@pytest.fixture
def server(exchange: FakeExchange) -> FakeExchange:
    """The module's exchange, reset: fresh state, no faults, an empty log, the clock at `FIXED_MS`."""
    exchange.reset()
    return exchange


@pytest.fixture
def clock(server: FakeExchange) -> ExchangeClock:
    """The exchange's clock, which the clients read too."""
    return server.clock


@pytest.fixture
def sleeps(clock: ExchangeClock) -> Sleeps:
    return Sleeps(clock)


@pytest.fixture
async def api() -> AsyncIterator[ScriptedApi]:
    """A scripted API behind `httpx.MockTransport`; every scripted response must be used."""
    script = ScriptedApi()
    yield script
    await script.aclose()
    assert script.unanswered == 0, "scripted responses were left unused"


def runtime_kwargs(
    flavor: Flavor,
    server: FakeExchange,
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
        "clock": server.clock.now,
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


@contextlib.asynccontextmanager
async def scripted(
    flavor: Flavor, api: ScriptedApi, sleeps: Sleeps, **options: Any
) -> AsyncIterator[AnyClient]:
    """A signing client of the scripted API (no server), with a fixed clock and no clock sync."""
    kwargs: dict[str, Any] = {
        "base_url": BASE_URL,
        "api_key": API_KEY,
        "api_secret": API_SECRET,
        "clock": lambda: FIXED_MS,
        "time_sync_interval": None,
        "sleep": sleeps.for_flavor(flavor),
        **options,
    }
    client: AnyClient
    if flavor == "sync":
        client = sixmm.Client(http_client=api.sync_client(), **kwargs)
    else:
        client = sixmm.AsyncClient(http_client=api.async_client(), **kwargs)
    try:
        yield client
    finally:
        await close_client(client)


def new_client(flavor: Flavor, server: FakeExchange, sleeps: Sleeps, **options: Any) -> AnyClient:
    kwargs = runtime_kwargs(flavor, server, sleeps, **options)
    return sixmm.Client(**kwargs) if flavor == "sync" else sixmm.AsyncClient(**kwargs)


async def close_client(client: AnyClient) -> None:
    if isinstance(client, sixmm.AsyncClient):
        await client.aclose()
    else:
        client.close()


@contextlib.asynccontextmanager
async def opened(
    flavor: Flavor, server: FakeExchange, sleeps: Sleeps, **options: Any
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


def requests_for(server: FakeExchange, operation_id: str) -> list[RecordedRequest]:
    return server.requests.for_operation(operation_id)


def operation_ids(server: FakeExchange) -> list[str | None]:
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
    (value,) = [v for n, v in decoded_query(request.query_string) if n == name]
    return value


def timestamp_of(request: RecordedRequest) -> int:
    return int(query_value(request, "timestamp"))


def signature_of(request: RecordedRequest) -> str:
    return query_value(request, "signature")


def assert_signed(request: RecordedRequest, secret: str = API_SECRET) -> signing.SignedQuery:
    """The client's signature of ``request`` is right, by the tests' own signer (`signing.assert_signed`)."""
    return signing.assert_signed(request, secret)


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
    flavor: Flavor, server: FakeExchange, sleeps: Sleeps
) -> None:
    server.faults.reply("getInfo", 503, unavailable("r-1"))
    server.faults.reply("getInfo", 503, unavailable("r-2"))
    async with opened(flavor, server, sleeps) as client:
        info = await call(client, "user.get_info")

    assert isinstance(info, models.UserInfoData)
    attempts = requests_for(server, "getInfo")
    assert len(attempts) == 3
    assert len(server.requests) == 3
    assert [r.fault for r in attempts] == ["reply", "reply", None]  # the third was verified by the exchange
    for request in attempts:
        assert signature_of(request) == assert_signed(request).signature
    timestamps = [timestamp_of(r) for r in attempts]
    assert len({signature_of(r) for r in attempts}) == 3
    assert len({r.header("x-request-id") for r in attempts}) == 1

    assert len(sleeps.delays) == 2
    first, second = sleeps.delays
    assert 0 < first < second, sleeps.delays
    # Each attempt is stamped when it is sent: after the (virtual) backoff.
    assert timestamps[1] - timestamps[0] == round(first * 1000)
    assert timestamps[2] - timestamps[1] == round(second * 1000)


# --------------------------------------------------------------------------- 2. exhausted retries, options


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_exhausted_retries_raise_the_last_error(flavor: Flavor, api: ScriptedApi) -> None:
    sleeps = Sleeps()
    for n in (1, 2, 3):
        api.then(503, unavailable(f"r-{n}"))
    async with scripted(flavor, api, sleeps) as client:
        assert client.max_retries == 2
        with pytest.raises(sixmm.ServerError) as info:
            await call(client, "user.get_info")
    assert (info.value.code, info.value.http_status, info.value.request_id) == (5002, 503, "r-3")
    assert api.paths == [f"{USER}/info"] * 3
    assert len(sleeps.delays) == 2


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_per_call_max_retries(flavor: Flavor, api: ScriptedApi) -> None:
    sleeps = Sleeps()
    async with scripted(flavor, api, sleeps) as client:
        api.then(503, unavailable("r-1"))
        with pytest.raises(sixmm.ServerError):
            await call(client, "user.get_info", max_retries=0)
        assert len(api.requests) == 1
        assert sleeps.delays == []

        api.then(503, unavailable("r-2"))
        api.then(503, unavailable("r-3"))
        with pytest.raises(sixmm.ServerError) as info:
            await call(client, "user.get_asset", max_retries=1)
        assert info.value.request_id == "r-3"
        assert api.paths[1:] == [f"{USER}/asset"] * 2
        assert len(sleeps.delays) == 1


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_with_options_shares_the_pool(flavor: Flavor, server: FakeExchange, sleeps: Sleeps) -> None:
    async with opened(flavor, server, sleeps) as client:
        group = client.user  # loaded and cached on the original before the copy is made
        copy = client.with_options(max_retries=0)
        assert copy is not client
        assert copy.user._client is copy and client.user is group and group._client is client
        assert copy._http is client._http
        assert copy.clock is client.clock
        assert (copy.max_retries, client.max_retries) == (0, 2)

        server.faults.reply(None, 503, unavailable("r-1"))
        with pytest.raises(sixmm.ServerError):
            await call(copy, "user.get_info")
        assert len(server.requests) == 1
        assert sleeps.delays == []

        await close_client(copy)
        assert not client._http.is_closed

        server.faults.reply(None, 503, unavailable("r-2"))
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
    http: tuple[str, str]
    """Its HTTP method and path."""
    kwargs: dict[str, Any] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    """Client options: a JWT for an operation that takes no API key."""


def _unsafe_specs() -> dict[str, Any]:
    """Every operation the spec does not mark retry-safe and that has no ``x-reconcile``.

    An order write with ``x-reconcile`` is not resent blindly either, but after an ambiguous
    failure it looks the order up first: tests/exchange/test_trading.py and the _reconcile
    unit tests hold it to at-most-once.
    """
    from sixmm._api import operation_specs

    return {
        name: spec
        for name, spec in operation_specs().items()
        if not spec.retry_safe and spec.reconcile is None
    }


def _unsafe_calls() -> list[Any]:
    """One call of each of those operations (its example arguments, credentials it takes)."""
    specs = _unsafe_specs()
    jwt = {"api_key": None, "api_secret": None, "access_token": "jwt-token"}
    return [
        pytest.param(
            UnsafeCall(
                f"{case.resource}.{case.method_name}",
                case.operation_id,
                (case.method, case.path),
                case.call_kwargs(),
                {} if "apiKey" in specs[case.operation_id].accepts else jwt,
            ),
            id=case.operation_id,
        )
        for case in OPERATIONS
        if case.operation_id in specs
    ]


UNSAFE = _unsafe_calls()


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("unsafe", UNSAFE)
@pytest.mark.parametrize("http_status", [503, 200])
async def test_unsafe_operations_are_not_retried(
    flavor: Flavor, api: ScriptedApi, unsafe: UnsafeCall, http_status: int
) -> None:
    sleeps = Sleeps()
    api.then(http_status, unavailable("r-1"))
    async with scripted(flavor, api, sleeps, **unsafe.options) as client:
        with pytest.raises(sixmm.ServerError) as info:
            await call(client, unsafe.path, **unsafe.kwargs)
    assert info.value.code == 5002
    assert [(r.method, r.url.path) for r in api.requests] == [unsafe.http]
    assert sleeps.delays == []


def test_every_unsafe_operation_is_in_the_unsafe_table() -> None:
    """The properties below hold for every operation not marked retry-safe, new ones included."""
    assert set(_unsafe_specs()) == {param.values[0].operation_id for param in UNSAFE}
    assert len(UNSAFE) >= 10  # the reconciled order writes aside, every unsafe one is here


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("unsafe", UNSAFE)
async def test_a_connection_lost_after_sending_an_unsafe_request_is_never_retried(
    flavor: Flavor, api: ScriptedApi, unsafe: UnsafeCall
) -> None:
    sleeps = Sleeps()
    api.then_drop()
    async with scripted(flavor, api, sleeps, **unsafe.options) as client:
        with pytest.raises(sixmm.APIConnectionError) as info:
            await call(client, unsafe.path, **unsafe.kwargs)
    assert info.value.request_sent is True
    assert [(r.method, r.url.path) for r in api.requests] == [unsafe.http]
    assert sleeps.delays == []


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_a_connection_lost_after_sending_a_safe_request_is_retried(
    flavor: Flavor, api: ScriptedApi
) -> None:
    sleeps = Sleeps()
    api.then_drop().then_succeed("getAsset")
    async with scripted(flavor, api, sleeps) as client:
        asset = await call(client, "user.get_asset")
    assert isinstance(asset, models.UserAssetData)
    assert api.paths == [f"{USER}/asset"] * 2
    assert len(sleeps.delays) == 1


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("unsafe", UNSAFE)
async def test_connection_refused_is_retried_even_for_unsafe_operations(
    flavor: Flavor, server: FakeExchange, sleeps: Sleeps, unsafe: UnsafeCall
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
            flavor,
            server,
            sleeps,
            base_url=f"http://127.0.0.1:{port}",
            http_client=http_client,
            **unsafe.options,
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
    assert len(server.requests) == 0


# --------------------------------------------------------------------------- 4. Retry-After


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize(("retry_after", "expected"), [("7", 7.0), ("3600", 60.0)])
async def test_retry_after_is_honoured_and_capped(
    flavor: Flavor, api: ScriptedApi, retry_after: str, expected: float
) -> None:
    sleeps = Sleeps()
    api.then(429, envelope(5003, "rate limit triggered", "r-1"), {"Retry-After": retry_after})
    api.then_succeed("getAsset")
    # total_timeout above the cap: the wait fits in the call's overall deadline.
    async with scripted(flavor, api, sleeps, total_timeout=120) as client:
        asset = await call(client, "user.get_asset")
    assert isinstance(asset, models.UserAssetData)
    assert sleeps.delays == [expected]
    assert api.paths == [f"{USER}/asset"] * 2


def test_parse_retry_after() -> None:
    now = datetime(2015, 10, 21, 7, 27, 30, tzinfo=UTC)
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=now) == 30.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:27:00 GMT", now=now) == 0.0  # in the past
    assert parse_retry_after("7", now=now) == 7.0
    assert parse_retry_after(" 2.5 ", now=now) == 2.5
    assert parse_retry_after(None, now=now) is None
    assert parse_retry_after("soon", now=now) is None
    # A date with an offset is read in that offset; one without a zone (-0000) as UTC.
    assert parse_retry_after("Wed, 21 Oct 2015 09:28:00 +0200", now=now) == 30.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 -0000", now=now) == 30.0


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_retry_after_http_date(flavor: Flavor, api: ScriptedApi) -> None:
    sleeps = Sleeps()
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=5), usegmt=True)
    api.then(429, envelope(5003, "rate limit triggered", "r-1"), {"Retry-After": when})
    api.then_succeed("getInfo")
    async with scripted(flavor, api, sleeps) as client:
        await call(client, "user.get_info")
    assert len(sleeps.delays) == 1
    assert 0 < sleeps.delays[0] <= 10, sleeps.delays


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("code", [5002, 5003])
async def test_transient_codes_with_http_200_are_retried(flavor: Flavor, api: ScriptedApi, code: int) -> None:
    sleeps = Sleeps()
    api.then(200, envelope(code, "transient", "r-1"))
    api.then_succeed("getInfo")
    async with scripted(flavor, api, sleeps) as client:
        info = await call(client, "user.get_info")
    assert isinstance(info, models.UserInfoData)
    assert api.paths == [f"{USER}/info"] * 2
    assert len(sleeps.delays) == 1
    assert sleeps.delays[0] > 0


# --------------------------------------------------------------------------- 5. clock


def behind_by(clock: ExchangeClock, ms: int) -> Callable[[], int]:
    """A local clock that runs ``ms`` behind the exchange's."""

    def local() -> int:
        return clock.now() - ms

    return local


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_first_signed_request_syncs_the_clock(
    flavor: Flavor, server: FakeExchange, clock: ExchangeClock, sleeps: Sleeps
) -> None:
    async with opened(
        flavor, server, sleeps, clock=behind_by(clock, 60_000), time_sync_interval="default"
    ) as client:
        info = await call(client, "user.get_info")
        assert isinstance(info, models.UserInfoData)
        assert operation_ids(server) == ["getServerTime"] * 3 + ["getInfo"]
        assert all(auth_mode(r) == "none" for r in requests_for(server, "getServerTime"))
        assert abs(client.clock.offset_ms - 60_000) <= 50
        signed = requests_for(server, "getInfo")[0]
        assert abs(timestamp_of(signed) - clock.now()) <= 10_000
        assert_signed(signed)

        await call(client, "user.get_asset")  # within the interval: no new sync
        assert operation_ids(server)[4:] == ["getAsset"]


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_explicit_sync_clock(
    flavor: Flavor, server: FakeExchange, clock: ExchangeClock, sleeps: Sleeps
) -> None:
    async with opened(flavor, server, sleeps, clock=behind_by(clock, 5_000)) as client:
        synced = await call(client, "sync_clock")
        assert synced is client.clock
        assert abs(client.clock.offset_ms - 5_000) <= 50
    assert operation_ids(server) == ["getServerTime"] * 3


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_rejected_timestamp_resyncs_and_re_signs_once(
    flavor: Flavor, server: FakeExchange, clock: ExchangeClock, sleeps: Sleeps
) -> None:
    async with opened(
        flavor, server, sleeps, clock=behind_by(clock, 60_000), time_sync_interval=None
    ) as client:
        info = await call(client, "user.get_info")
        assert abs(client.clock.offset_ms - 60_000) <= 50
    assert isinstance(info, models.UserInfoData)
    assert operation_ids(server) == ["getInfo"] + ["getServerTime"] * 3 + ["getInfo"]
    rejected, accepted = requests_for(server, "getInfo")
    assert rejected.response is not None and rejected.response.status == 401  # the exchange refused it
    assert rejected.response.json()["message"] == TIMESTAMP_OUTSIDE_WINDOW
    assert timestamp_of(rejected) == clock.now() - 60_000
    assert abs(timestamp_of(accepted) - clock.now()) <= 10_000
    assert_signed(rejected)
    assert_signed(accepted)
    assert signature_of(rejected) != signature_of(accepted)
    assert rejected.header("x-request-id") == accepted.header("x-request-id")


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("interval", [None, "default"])
async def test_a_second_timestamp_rejection_is_raised(
    flavor: Flavor, server: FakeExchange, sleeps: Sleeps, interval: SyncInterval
) -> None:
    server.faults.reply("getInfo", 200, envelope(1001, TIMESTAMP_OUTSIDE_WINDOW, "r-1"))
    server.faults.reply("getInfo", 200, envelope(1001, TIMESTAMP_OUTSIDE_WINDOW, "r-2"))
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
    flavor: Flavor, server: FakeExchange, clock: ExchangeClock, sleeps: Sleeps
) -> None:
    async with opened(flavor, server, sleeps, time_sync_interval=10) as client:
        await call(client, "user.get_info")
        assert operation_ids(server) == ["getServerTime"] * 3 + ["getInfo"]
        clock.advance(5_000)
        await call(client, "user.get_info")
        assert operation_ids(server)[4:] == ["getInfo"]
        clock.advance(6_000)  # 11 s since the sync
        await call(client, "user.get_info")
        assert operation_ids(server)[5:] == ["getServerTime"] * 3 + ["getInfo"]


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_bearer_auth_never_syncs_the_clock(
    flavor: Flavor, server: FakeExchange, clock: ExchangeClock, sleeps: Sleeps
) -> None:
    async with opened(
        flavor, server, sleeps, auth="bearer", clock=behind_by(clock, 60_000), time_sync_interval="default"
    ) as client:
        await call(client, "user.get_info")
        clock.advance(400_000)
        await call(client, "user.get_asset")
        await call(client, "user.save_favorite_symbols", symbols=["BTCUSDT"])
        server.faults.reply(None, 200, envelope(1001, TIMESTAMP_OUTSIDE_WINDOW, "r-1"))
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
    flavor: Flavor, kind: str, server: FakeExchange, sleeps: Sleeps
) -> None:
    source = TokenSource("stale-token", server.access_token)
    server.faults.reply("getInfo", 200, envelope(1002, "token expired", "r-1"))
    async with opened(
        flavor, server, sleeps, auth="bearer", access_token=provider_for(source, kind)
    ) as client:
        info = await call(client, "user.get_info")
        assert isinstance(info, models.UserInfoData)
        assert source.calls == 2
        first, second = requests_for(server, "getInfo")
        assert first.header("authorization") == "Bearer stale-token"
        assert second.header("authorization") == f"Bearer {server.access_token}"
        assert first.header("x-request-id") == second.header("x-request-id")

        await call(client, "user.get_asset")  # the fresh token is kept
        assert source.calls == 2
        assert requests_for(server, "getAsset")[0].header("authorization") == f"Bearer {server.access_token}"
    assert sleeps.delays == []


@pytest.mark.parametrize(("flavor", "kind"), PROVIDERS)
async def test_second_token_expiry_is_raised(
    flavor: Flavor, kind: str, server: FakeExchange, sleeps: Sleeps
) -> None:
    source = TokenSource("stale-token", "also-stale")
    server.faults.reply(None, 200, envelope(1002, "token expired", "r-1"))
    server.faults.reply(None, 200, envelope(1002, "token expired", "r-2"))
    async with opened(
        flavor, server, sleeps, auth="bearer", access_token=provider_for(source, kind)
    ) as client:
        with pytest.raises(sixmm.AuthenticationError) as info:
            await call(client, "user.get_info")
    assert (info.value.code, info.value.request_id) == (1002, "r-2")
    assert source.calls == 2
    assert [r.header("authorization") for r in server.requests] == [
        "Bearer stale-token",
        "Bearer also-stale",
    ]


@pytest.mark.parametrize(("flavor", "kind"), PROVIDERS)
@pytest.mark.parametrize("code", [1001, 1003, 2001])
async def test_only_token_expiry_refreshes_the_token(
    flavor: Flavor, kind: str, code: int, server: FakeExchange, sleeps: Sleeps
) -> None:
    source = TokenSource(server.access_token, "never-asked")
    server.faults.reply(None, 200, envelope(code, "not a token expiry", "r-1"))
    async with opened(
        flavor, server, sleeps, auth="bearer", access_token=provider_for(source, kind)
    ) as client:
        with pytest.raises(sixmm.APIError) as info:
            await call(client, "user.get_info")
    assert info.value.code == code
    assert source.calls == 1
    assert len(server.requests) == 1


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_static_token_expiry_is_raised_at_once(
    flavor: Flavor, server: FakeExchange, sleeps: Sleeps
) -> None:
    server.faults.reply(None, 200, envelope(1002, "token expired", "r-1"))
    async with opened(flavor, server, sleeps, auth="bearer") as client:
        with pytest.raises(sixmm.AuthenticationError) as info:
            await call(client, "user.get_info")
    assert info.value.code == 1002
    assert len(server.requests) == 1
    assert sleeps.delays == []


# --------------------------------------------------------------------------- 7. raw responses


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_raw_responses(flavor: Flavor, server: FakeExchange, sleeps: Sleeps) -> None:
    async with opened(flavor, server, sleeps) as client:
        raw = await call(client, "user.with_raw_response.get_info")
        key, _ = server.state.create_listen_key()  # the exchange renews live keys only
        empty = await call(client, "listen_key.with_raw_response.renew", listen_key=key)
        server.faults.reply("getAsset", 503, unavailable("r-1"))
        retried = await call(client, "user.with_raw_response.get_asset")

    info_request, renew_request, *_ = server.requests
    assert isinstance(raw, sixmm.RawResponse)
    assert raw.http_status == 200
    assert raw.request_id == info_request.header("x-request-id")
    assert isinstance(raw.data, models.UserInfoData)
    assert raw.attempts == 1
    assert raw.headers["content-type"] == "application/json"

    assert isinstance(empty, sixmm.RawResponse)
    assert empty.http_status == 200
    assert empty.data is None
    assert empty.attempts == 1
    assert empty.request_id == renew_request.header("x-request-id")

    assert isinstance(retried.data, models.UserAssetData)
    assert retried.attempts == 2


# --------------------------------------------------------------------------- 8. paging


def change_log_page(numbers: Sequence[int], total: int) -> bytes:
    entries = [change_log_entry(amount=f"{n}.5", referenceId=f"e{n}") for n in numbers]
    return envelope(0, "success", None, data={"list": entries, "total": total})


def pages_requested(server: FakeExchange) -> list[tuple[str, str]]:
    return [
        (query_value(r, "page"), query_value(r, "pageSize"))
        for r in requests_for(server, "getAccountChangeLog")
    ]


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_iteration_walks_every_page(flavor: Flavor, server: FakeExchange, sleeps: Sleeps) -> None:
    server.faults.reply(None, 200, change_log_page([1, 2], total=5))
    server.faults.reply(None, 200, change_log_page([3, 4], total=5))
    server.faults.reply(None, 200, change_log_page([5], total=5))
    async with opened(flavor, server, sleeps) as client:
        items = await collect(client, asset_type="USDT", page_size=2)
    assert all(isinstance(item, models.AccountChangeLogEntry) for item in items)
    assert [item.reference_id for item in items] == ["e1", "e2", "e3", "e4", "e5"]
    assert pages_requested(server) == [("1", "2"), ("2", "2"), ("3", "2")]
    assert all(query_value(r, "assetType") == "USDT" for r in server.requests)
    assert len(server.requests) == 3


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_iteration_stops_at_an_empty_page(flavor: Flavor, server: FakeExchange, sleeps: Sleeps) -> None:
    server.faults.reply(None, 200, change_log_page([1, 2], total=10))
    server.faults.reply(None, 200, change_log_page([], total=10))
    async with opened(flavor, server, sleeps) as client:
        items = await collect(client, page_size=2)
    assert [item.reference_id for item in items] == ["e1", "e2"]
    assert pages_requested(server) == [("1", "2"), ("2", "2")]


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_iteration_from_a_later_page_counts_earlier_pages(
    flavor: Flavor, server: FakeExchange, sleeps: Sleeps
) -> None:
    server.faults.reply(None, 200, change_log_page([3, 4], total=5))
    server.faults.reply(None, 200, change_log_page([5], total=5))
    async with opened(flavor, server, sleeps) as client:
        items = await collect(client, page=2, page_size=2)
    assert [item.reference_id for item in items] == ["e3", "e4", "e5"]
    assert pages_requested(server) == [("2", "2"), ("3", "2")]
    assert len(server.requests) == 2


# --------------------------------------------------------------------------- 9. keepalive


def created_keys(server: FakeExchange) -> list[str]:
    """The listenKeys the exchange created, in order, read from its answers in the request log."""
    keys: list[str] = []
    for request in requests_for(server, "createListenKey"):
        assert request.response is not None
        keys.append(request.response.json()["data"]["listenKey"])
    assert len(set(keys)) == len(keys), f"the exchange handed out a key twice: {keys}"
    return keys


def methods(server: FakeExchange) -> list[tuple[str, str | None]]:
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


def queue_renewal_failure(server: FakeExchange, failure: RenewalFailure) -> None:
    """The next ``failure.attempts`` renewListenKey requests get the failure as canned replies."""
    for n in range(failure.attempts):
        server.faults.reply(
            "renewListenKey",
            failure.http_status,
            envelope(failure.code, f"renewal failed {n}", f"r-{n}"),
        )


def test_sync_manager_renews_in_the_background(server: FakeExchange, sleeps: Sleeps) -> None:
    wait = FakeWait([False, False, True])
    new_keys: list[str] = []
    with sixmm.Client(**runtime_kwargs("sync", server, sleeps)) as client:
        manager = sixmm.ListenKeyManager(client, renew_interval=1800, wait=wait, on_new_key=new_keys.append)
        key = manager.start()
        assert created_keys(server) == [key]
        assert wait.finished.wait(timeout=10), "the renewal thread never asked to wait a third time"
        assert manager.key == key
        assert manager.renewals == 2
        manager.stop()
    assert wait.requested == [1800, 1800, 1800]
    assert manager.replacements == 0
    assert new_keys == [key]
    assert created_keys(server) == [key]
    assert methods(server) == [CREATE, RENEW, RENEW]
    assert key in server.state.listen_keys  # renewed, not closed
    for renewal in requests_for(server, "renewListenKey"):
        assert json_body(renewal) == {"listenKey": key}
        assert_signed(renewal)


def test_sync_manager_closes_on_exit_when_asked(server: FakeExchange, sleeps: Sleeps) -> None:
    wait = FakeWait([True])
    client = sixmm.Client(**runtime_kwargs("sync", server, sleeps))
    with (
        client,
        sixmm.ListenKeyManager(client, renew_interval=1800, wait=wait, close_on_exit=True) as manager,
    ):
        assert wait.finished.wait(timeout=10)
        (key,) = created_keys(server)
        assert manager.key == key
    assert methods(server) == [CREATE, CLOSE]
    delete = requests_for(server, "closeListenKey")[0]
    assert json_body(delete) == {"listenKey": key}
    assert_signed(delete)
    assert key not in server.state.listen_keys


@pytest.mark.parametrize("failure", RENEWAL_FAILURES)
def test_sync_manager_replaces_a_key_that_cannot_be_renewed(
    server: FakeExchange, sleeps: Sleeps, failure: RenewalFailure
) -> None:
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
        first, second = created_keys(server)
        assert manager.key == second
        manager.stop()
    assert new_keys == [first, second]
    assert (manager.replacements, manager.renewals) == (1, 0)
    assert len(errors) == 1
    assert isinstance(errors[0], failure.error_class)
    assert errors[0].code == failure.code
    assert methods(server) == [CREATE, *[RENEW] * failure.attempts, CREATE]
    assert wait.requested == [1800, 1800]


def test_sync_manager_run_once(server: FakeExchange, sleeps: Sleeps) -> None:
    errors: list[Exception] = []
    with sixmm.Client(**runtime_kwargs("sync", server, sleeps)) as client:
        manager = sixmm.ListenKeyManager(client, wait=FakeWait([True]), on_error=errors.append)
        manager.run_once()  # no key yet: nothing to renew
        assert len(server.requests) == 0
        manager.start()
        manager.run_once()
        assert manager.renewals == 1
        queue_renewal_failure(server, RenewalFailure(200, 3003, sixmm.BusinessError))
        manager.run_once()
        assert (manager.key, manager.replacements) == (created_keys(server)[1], 1)
        manager.stop()
    assert methods(server) == [CREATE, RENEW, RENEW, CREATE]
    assert len(errors) == 1


async def test_async_manager_renews_in_a_task(server: FakeExchange, sleeps: Sleeps) -> None:
    sleep = ParkingSleep(free_calls=2)
    new_keys: list[str] = []
    async with sixmm.AsyncClient(**runtime_kwargs("async", server, sleeps)) as client:
        manager = sixmm.AsyncListenKeyManager(
            client, renew_interval=1800, sleep=sleep, on_new_key=new_keys.append
        )
        key = await manager.start()
        assert created_keys(server) == [key]
        await asyncio.wait_for(sleep.parked.wait(), timeout=10)
        assert manager.renewals == 2
        assert manager.key == key
        await manager.stop()
        assert not [t for t in asyncio.all_tasks() if t.get_name() == "keepalive"]
    assert sleep.requested == [1800, 1800, 1800]
    assert new_keys == [key]
    assert methods(server) == [CREATE, RENEW, RENEW]
    assert all(json_body(r) == {"listenKey": key} for r in requests_for(server, "renewListenKey"))


async def test_async_manager_closes_on_exit_when_asked(server: FakeExchange, sleeps: Sleeps) -> None:
    sleep = ParkingSleep(free_calls=0)
    client = sixmm.AsyncClient(**runtime_kwargs("async", server, sleeps))
    async with client, sixmm.AsyncListenKeyManager(client, sleep=sleep, close_on_exit=True) as manager:
        await asyncio.wait_for(sleep.parked.wait(), timeout=10)
        (key,) = created_keys(server)
        assert manager.key == key
    assert sleep.requested == [1800.0]
    assert methods(server) == [CREATE, CLOSE]
    assert json_body(requests_for(server, "closeListenKey")[0]) == {"listenKey": key}
    assert key not in server.state.listen_keys


@pytest.mark.parametrize("failure", RENEWAL_FAILURES)
async def test_async_manager_replaces_a_key_that_cannot_be_renewed(
    server: FakeExchange, sleeps: Sleeps, failure: RenewalFailure
) -> None:
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
        first, second = created_keys(server)
        assert manager.key == second
        await manager.stop()
    assert new_keys == [first, second]
    assert (manager.replacements, manager.renewals) == (1, 0)
    assert len(errors) == 1
    assert isinstance(errors[0], failure.error_class)
    assert errors[0].code == failure.code
    assert methods(server) == [CREATE, *[RENEW] * failure.attempts, CREATE]


async def test_async_manager_run_once(server: FakeExchange, sleeps: Sleeps) -> None:
    errors: list[Exception] = []
    new_keys: list[str] = []
    sleep = ParkingSleep(free_calls=0)
    async with sixmm.AsyncClient(**runtime_kwargs("async", server, sleeps)) as client:
        manager = sixmm.AsyncListenKeyManager(
            client, sleep=sleep, on_error=errors.append, on_new_key=new_keys.append
        )
        await manager.run_once()  # no key yet: nothing to renew
        assert len(server.requests) == 0
        await manager.start()
        await asyncio.wait_for(sleep.parked.wait(), timeout=10)
        await manager.run_once()
        assert manager.renewals == 1
        queue_renewal_failure(server, RenewalFailure(200, 3003, sixmm.BusinessError))
        await manager.run_once()
        assert (manager.key, manager.replacements) == (created_keys(server)[1], 1)
        await manager.stop()
    assert methods(server) == [CREATE, RENEW, RENEW, CREATE]
    assert new_keys == created_keys(server)
    assert len(new_keys) == 2
    assert len(errors) == 1
    assert isinstance(errors[0], sixmm.BusinessError)


# --------------------------------------------------------------------------- 10. logging and secrets

CANARY_KEY = "CANARY-KEY-3f9d0b6e1a"
CANARY_SECRET = "CANARY-SECRET-a71c55d2e0b4"
CANARY_STALE_TOKEN = "CANARY-STALE-TOKEN-beef17"


@pytest.fixture
def canary_server() -> Iterator[FakeExchange]:
    """An exchange whose API key and secret are canaries: text that must never show up anywhere."""
    with local_exchange(api_key=CANARY_KEY, api_secret=CANARY_SECRET) as ex:
        yield ex


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_secrets_stay_out_of_logs_reprs_and_errors(
    flavor: Flavor, canary_server: FakeExchange, caplog: pytest.LogCaptureFixture
) -> None:
    server = canary_server
    clock = server.clock
    sleeps = Sleeps(clock)
    canary_token = server.access_token  # a JWT the exchange issued: a canary too
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
        live_key, _ = server.state.create_listen_key()
        await call(client, "listen_key.close", listen_key=live_key)
        server.faults.reply("getAsset", 503, unavailable("r-1"))
        await call(client, "user.get_asset")
        server.faults.reply("getAccountChangeLog", 200, envelope(2002, "invalid parameter value", "r-2"))
        with pytest.raises(sixmm.InvalidParameterError) as invalid:
            await call(client, "user.get_account_change_log", asset_type="USDT")
        errors.append(invalid.value)
        server.faults.reply("getInfo", 200, envelope(1001, TIMESTAMP_OUTSIDE_WINDOW, "r-3"))
        await call(client, "user.get_info")
        for n in range(3):
            server.faults.reply("getVolumeStats", 503, unavailable(f"r-4{n}"))
        with pytest.raises(sixmm.ServerError) as exhausted:
            await call(client, "user.get_volume_stats")
        errors.append(exhausted.value)

    # Bearer token from a provider: one refresh that works, then one that does not.
    source = TokenSource(CANARY_STALE_TOKEN, canary_token)
    async with opened(flavor, server, sleeps, auth="bearer", access_token=source) as bearer:
        texts += [repr(bearer), str(bearer), repr(bearer.with_options(max_retries=1))]
        server.faults.reply("getInfo", 200, envelope(1002, "token expired", "r-5"))
        await call(bearer, "user.get_info")
        server.faults.reply("getAsset", 200, envelope(1002, "token expired", "r-6"))
        server.faults.reply("getAsset", 200, envelope(1002, "token expired", "r-7"))
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

    signatures = [signature_of(r) for r in server.requests if "signature=" in r.query_string]
    assert len(signatures) >= 10
    canaries = [CANARY_KEY, CANARY_SECRET, canary_token, CANARY_STALE_TOKEN, *signatures]
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
def shared_server() -> Iterator[FakeExchange]:
    """One exchange for every example of the property tests (its log cleared per example)."""
    with local_exchange() as ex:
        yield ex


def fresh(server: FakeExchange) -> FakeExchange:
    """``server`` with an empty request log and no faults (its state is kept)."""
    server.requests.clear()
    server.faults.clear()
    return server


def signing_kwargs(server: FakeExchange) -> dict[str, Any]:
    return {
        "base_url": server.url,
        "api_key": API_KEY,
        "api_secret": API_SECRET,
        "clock": lambda: FIXED_MS,
        "time_sync_interval": None,
        "max_retries": 0,
    }


def single_request(server: FakeExchange) -> RecordedRequest:
    requests = server.requests.snapshot()
    assert len(requests) == 1, [r.raw_target for r in requests]
    return requests[0]


def check_signed_query(request: RecordedRequest, expected: list[tuple[str, str]]) -> None:
    """The query carries ``expected`` in order, then the timestamp and a signature we can recompute."""
    for name, value in split_query(request.query_string):
        assert UNRESERVED_RE.fullmatch(name), name
        assert UNRESERVED_RE.fullmatch(value), value
    pairs = decoded_query(request.query_string)
    assert pairs[:-2] == expected
    # The frozen clock's time, or just after it: a client never signs two requests with one stamp.
    assert pairs[-2][0] == "timestamp" and FIXED_MS <= int(pairs[-2][1]) < FIXED_MS + 1_000
    name, signature = pairs[-1]
    assert name == "signature"
    assert assert_signed(request).signature == signature


def check_accepted(request: RecordedRequest) -> None:
    """The exchange verified the signature: it answered with HTTP 200, not 401."""
    assert request.response is not None, request
    assert request.response.status == 200, request.response.body


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
def test_any_query_is_signed_over_the_bytes_sent(shared_server: FakeExchange, args: ChangeLogArgs) -> None:
    fresh(shared_server)
    with sixmm.Client(**signing_kwargs(shared_server)) as client:
        if args.page_size <= MAX_PAGE_SIZE:
            result = client.user.get_account_change_log(**args.as_kwargs())
            assert isinstance(result, models.AccountChangeLogPage)
        else:  # above the exchange's limit: refused with 2003, after the signature was accepted
            with pytest.raises(sixmm.InvalidParameterError) as refused:
                client.user.get_account_change_log(**args.as_kwargs())
            assert refused.value.code == 2003
    request = single_request(shared_server)
    check_accepted(request)  # the exchange verified the signature
    assert request.body == b""
    check_signed_query(request, args.expected_query())


@settings(max_examples=40, deadline=None)
@given(symbols=st.lists(st.text(), max_size=6))
def test_any_symbol_list_is_signed_over_the_bytes_sent(
    shared_server: FakeExchange, symbols: list[str]
) -> None:
    fresh(shared_server)
    with sixmm.Client(**signing_kwargs(shared_server)) as client:
        client.user.save_favorite_symbols(symbols=symbols)  # raises unless the exchange verified it
    request = single_request(shared_server)
    check_accepted(request)
    assert shared_server.state.favorites == symbols
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


async def test_tricky_inputs_through_the_async_client(shared_server: FakeExchange) -> None:
    async with sixmm.AsyncClient(**signing_kwargs(shared_server)) as client:
        for index, text in enumerate(TRICKY_TEXTS):
            fresh(shared_server)
            args = ChangeLogArgs(text, text[::-1], index, 2**62 - index, index + 1, MAX_PAGE_SIZE - index)
            page_data = await client.user.get_account_change_log(**args.as_kwargs())
            assert isinstance(page_data, models.AccountChangeLogPage)  # the exchange verified it
            check_signed_query(single_request(shared_server), args.expected_query())

            fresh(shared_server)
            symbols = [text, text.upper(), ""]
            await client.user.save_favorite_symbols(symbols=symbols)  # raises unless verified
            request = single_request(shared_server)
            assert shared_server.state.favorites == symbols
            assert request.body == compact_json({"symbols": symbols})
            check_signed_query(request, [])


# --------------------------------------------------------------------------- what is not a success


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("http_status", [400, 404, 500])
async def test_a_success_envelope_with_an_error_status_is_an_error(
    flavor: Flavor, api: ScriptedApi, http_status: int
) -> None:
    api.then(http_status, example_bytes("getAsset"))
    async with scripted(flavor, api, Sleeps(), max_retries=0) as client:
        with pytest.raises(sixmm.APIError) as info:
            await call(client, "user.get_asset")
    assert info.value.http_status == http_status


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_an_error_code_with_data_is_an_error(flavor: Flavor, api: ScriptedApi) -> None:
    success = json.loads(example_bytes("getAsset"))
    api.then(200, envelope(1003, "forbidden", "r-9", data=success["data"]))
    async with scripted(flavor, api, Sleeps(), max_retries=0) as client:
        with pytest.raises(sixmm.APIError) as info:
            await call(client, "user.get_asset")
    assert (info.value.code, info.value.request_id) == (1003, "r-9")


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_without_an_injected_sleep_the_default_one_waits(
    flavor: Flavor, api: ScriptedApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    slept: list[float] = []
    here = threading.get_ident()
    real_sleep, real_asleep = time.sleep, asyncio.sleep

    # Only this test's thread is recorded: servers of other tests may sleep in their own threads.
    def sleep(seconds: float) -> None:
        if threading.get_ident() != here:
            return real_sleep(seconds)
        slept.append(seconds)
        return None

    async def asleep(seconds: float) -> None:
        if threading.get_ident() != here:
            await real_asleep(seconds)
            return
        slept.append(seconds)

    # The defaults are time.sleep and asyncio.sleep, looked up when the client is made or sleeps.
    monkeypatch.setattr(time, "sleep", sleep)
    monkeypatch.setattr(asyncio, "sleep", asleep)
    api.then(429, envelope(5003, "rate limit triggered", "r-1"), {"Retry-After": "7"})
    api.then_succeed("getAsset")
    options: dict[str, Any] = {
        "base_url": BASE_URL,
        "api_key": API_KEY,
        "api_secret": API_SECRET,
        "clock": lambda: FIXED_MS,
        "time_sync_interval": None,
        "total_timeout": 120,
    }
    client: AnyClient
    if flavor == "sync":
        client = sixmm.Client(http_client=api.sync_client(), **options)
    else:
        client = sixmm.AsyncClient(http_client=api.async_client(), **options)
    try:
        asset = await call(client, "user.get_asset")
    finally:
        monkeypatch.undo()
        await close_client(client)
    assert isinstance(asset, models.UserAssetData)
    assert api.paths == [f"{USER}/asset"] * 2
    assert slept == [7.0]


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize(
    ("prefix", "sent"),
    [
        ("", ""),
        ("/", ""),
        ("/gateway", "/gateway"),
        ("/gateway/", "/gateway"),
        ("/a/X", "/a/X"),
        ("/v2//", "/v2"),
    ],
)
async def test_a_base_url_path_prefix_is_kept_before_every_path(
    flavor: Flavor, api: ScriptedApi, prefix: str, sent: str
) -> None:
    api.then_succeed("getAsset")
    async with scripted(flavor, api, Sleeps(), base_url=BASE_URL + prefix) as client:
        await call(client, "user.get_asset")
    assert api.paths == [f"{sent}{USER}/asset"]


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_a_body_that_cannot_be_decoded_is_a_decode_error(flavor: Flavor, api: ScriptedApi) -> None:
    sleeps = Sleeps()
    api.then_raise(httpx.DecodingError("gzip data is corrupt"))
    async with scripted(flavor, api, sleeps) as client:
        with pytest.raises(sixmm.DecodeError) as info:
            await call(client, "user.get_asset", request_id="r-gz")
    assert info.value.request_id == "r-gz"
    assert info.value.message == "the response body could not be decoded: DecodingError: gzip data is corrupt"
    assert len(api.requests) == 1
    assert sleeps.delays == []

