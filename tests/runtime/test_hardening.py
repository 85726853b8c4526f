"""The probes of issue 13, kept as tests: nothing escapes, nothing stampedes, nothing hangs.

Hostile responses against both clients (a property test over status, headers, encodings,
truncations, nesting and sizes), keepalive managers that survive anything, per-attempt and
overall deadlines, one clock sync in flight, one rule for envelope codes, implausible server
times, empty successes and signatures kept out of httpx's log. Hypothesis runs derandomised;
nothing sleeps for real except the drip server's pauses, and no assertion is about timing.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings

import sixmm
from sixmm import models
from sixmm._keepalive import AsyncKeepaliveManager, KeepaliveManager
from sixmm.testing import FakeExchange
from tests.support.clients import API_KEY, API_SECRET, FIXED_MS, FLAVORS, Flavor, envelope, local_exchange
from tests.support.drip import drip_server
from tests.support.examples import example, example_bytes
from tests.support.hostile import HostileResponse, hostile_responses
from tests.support.scripted import BASE_URL, ScriptedApi

USER = "/v1/private/user"


@pytest.fixture(scope="module")
def exchange() -> Iterator[FakeExchange]:
    with local_exchange() as ex:
        yield ex


@pytest.fixture
def fresh_exchange(exchange: FakeExchange) -> FakeExchange:
    exchange.reset()
    return exchange


def scripted_kwargs(http_client: httpx.Client | httpx.AsyncClient, **options: Any) -> dict[str, Any]:
    """A signing client of a scripted API, fixed clock, no clock sync or retries unless asked."""
    return {
        "time_sync_interval": None,
        "base_url": BASE_URL,
        "api_key": API_KEY,
        "api_secret": API_SECRET,
        "clock": lambda: FIXED_MS,
        "http_client": http_client,
        "max_retries": 0,
        "sleep": options.pop("sleep", None),
        **options,
    }


async def run_flavor(
    flavor: Flavor, api: ScriptedApi, method: str, call: dict[str, Any] | None = None, **options: Any
) -> Any:
    """``client.<method>(**call)`` on a fresh scripted client of ``flavor`` made with ``options``."""
    try:
        if flavor == "sync":
            with sixmm.Client(**scripted_kwargs(api.sync_client(), **options)) as client:
                return _target(client, method)(**(call or {}))
        async with sixmm.AsyncClient(**scripted_kwargs(api.async_client(), **options)) as aclient:
            return await _target(aclient, method)(**(call or {}))
    finally:
        await api.aclose()


def _target(client: Any, method: str) -> Any:
    for part in method.split("."):
        client = getattr(client, part)
    return client


# --------------------------------------------------------------------------- 1. nothing escapes


def answer_always(response: HostileResponse, times: int = 8) -> ScriptedApi:
    api = ScriptedApi()
    for _ in range(times):
        api.then(response.status, response.body, response.headers)
    return api


async def outcome(flavor: Flavor, response: HostileResponse) -> None:
    # Signed getInfo: the same hostile bytes answer the clock sync's GET /v1/time and the call.
    try:
        result = await run_flavor(flavor, answer_always(response), "user.get_info", time_sync_interval=300.0)
    except sixmm.SixMMError as error:
        assert getattr(error, "request_id", None), f"{type(error).__name__} without a request id: {error}"
        assert isinstance(error, (sixmm.APIError, sixmm.DecodeError, sixmm.TransportError))
        return
    assert isinstance(result, models.UserInfoData)


@settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(response=hostile_responses("getInfo"))
def test_any_response_gives_a_model_or_a_sixmm_error_with_the_request_id(response: HostileResponse) -> None:
    for flavor in FLAVORS:
        asyncio.run(outcome(flavor, response))


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("opener", ["[", '{"a":'])
async def test_deep_nesting_is_a_decode_error(flavor: Flavor, opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    inner = opener * 2000 + ("1" if closer == "}" else "") + closer * 2000
    body = ('{"code":0,"message":"ok","data":' + inner + ',"requestId":"r-deep"}').encode()
    api = ScriptedApi().then(200, body)
    with pytest.raises(sixmm.DecodeError) as raised:
        await run_flavor(flavor, api, "public.get_version")
    assert raised.value.request_id


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_a_body_that_is_not_the_encoding_it_claims_is_a_decode_error(flavor: Flavor) -> None:
    api = ScriptedApi().then(200, b"not gzip at all", {"Content-Encoding": "gzip"})
    with pytest.raises(sixmm.DecodeError) as raised:
        await run_flavor(flavor, api, "public.get_version", {"request_id": "r-gzip"})
    assert raised.value.request_id == "r-gzip"
    assert "decoded" in raised.value.message


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_an_unreadable_clock_answer_does_not_escape_the_signed_call(flavor: Flavor) -> None:
    api = ScriptedApi().then(200, b"garbage", {"Content-Encoding": "gzip"})  # the sync stops at the first
    api.then_succeed("getInfo")
    result = await run_flavor(flavor, api, "user.get_info", time_sync_interval=300.0)
    assert isinstance(result, models.UserInfoData)


# --------------------------------------------------------------------------- 2. keepalive survives


class Renewals:
    """Renew and create functions whose failures are scripted."""

    def __init__(self, renew_error: Exception | None = None) -> None:
        self.renew_error = renew_error
        self.created = 0
        self.renewed: list[str] = []

    def create(self) -> str:
        self.created += 1
        return f"key-{self.created}"

    def renew(self, key: str) -> None:
        self.renewed.append(key)
        if self.renew_error is not None:
            raise self.renew_error


def rounds(n: int) -> Any:
    """A wait function that lets ``n`` renewal rounds run, then asks the manager to stop."""
    calls = iter(range(n + 1))
    return lambda seconds: next(calls, n) >= n


def _raise(error: Exception) -> Any:
    def callback(*_: object) -> None:
        raise error

    return callback


def test_a_renewal_error_of_any_kind_is_reported_and_the_key_replaced(
    caplog: pytest.LogCaptureFixture,
) -> None:
    source = Renewals(renew_error=RuntimeError("not a SixMMError"))
    errors: list[Exception] = []
    new_keys: list[str] = []
    manager = KeepaliveManager(
        create=source.create,
        renew=source.renew,
        close=lambda key: None,
        renew_interval=1,
        wait=rounds(3),
        on_error=errors.append,
        on_new_key=new_keys.append,
    )
    manager.start()
    assert manager._thread is not None
    manager._thread.join(10)
    assert [type(e) for e in errors] == [RuntimeError] * 3
    assert new_keys == ["key-1", "key-2", "key-3", "key-4"]  # every round renewed the newest key
    assert source.renewed == ["key-1", "key-2", "key-3"]
    assert "not a SixMMError" in caplog.text
    manager.stop()


@pytest.mark.parametrize("failing", ["on_renew", "on_new_key", "on_error"])
def test_callbacks_that_raise_do_not_end_the_manager(failing: str, caplog: pytest.LogCaptureFixture) -> None:
    renew_error = RuntimeError("renewal failed") if failing in ("on_new_key", "on_error") else None
    source = Renewals(renew_error=renew_error)
    seen: list[Exception] = []
    callbacks: dict[str, Any] = {
        "on_renew": _raise(ValueError("on_renew broke")) if failing == "on_renew" else None,
        "on_error": _raise(ValueError("on_error broke")) if failing == "on_error" else seen.append,
    }
    if failing == "on_new_key":
        adopted: list[str] = []

        def on_new_key(key: str) -> None:
            adopted.append(key)
            if len(adopted) > 1:
                raise ValueError("on_new_key broke")

        callbacks["on_new_key"] = on_new_key
    manager = KeepaliveManager(
        create=source.create,
        renew=source.renew,
        close=lambda key: None,
        renew_interval=1,
        wait=rounds(3),
        **callbacks,
    )
    manager.start()
    assert manager._thread is not None
    manager._thread.join(10)
    assert len(source.renewed) == 3  # all three rounds ran
    assert f"{failing} broke" in caplog.text
    if failing != "on_error":
        assert any(f"{failing} broke" in str(e) for e in seen)
    manager.stop()


def test_stop_does_not_wait_for_a_renewal_in_flight() -> None:
    in_renewal, release = threading.Event(), threading.Event()
    finished: list[bool] = []

    def slow_renew(key: str) -> None:
        in_renewal.set()
        release.wait(10)  # a bound so a wrong stop() fails the test rather than hanging it
        finished.append(True)

    first = iter([False])
    manager = KeepaliveManager(
        create=lambda: "k",
        renew=slow_renew,
        close=lambda key: None,
        renew_interval=1,
        wait=lambda s: next(first, True),
    )
    manager.start()
    assert in_renewal.wait(10)
    manager.stop()
    assert finished == [], "stop() waited for the renewal in flight"
    assert manager.key is None
    release.set()


async def test_async_manager_survives_failures_and_callbacks() -> None:
    errors: list[Exception] = []
    renewed: list[str] = []
    created = 0
    rounds_left = 3
    parked = asyncio.Event()

    async def create() -> str:
        nonlocal created
        created += 1
        return f"key-{created}"

    async def renew(key: str) -> None:
        renewed.append(key)
        raise RuntimeError("not a SixMMError")

    async def sleep(seconds: float) -> None:
        nonlocal rounds_left
        if rounds_left == 0:
            parked.set()
            await asyncio.Event().wait()
        rounds_left -= 1

    manager = AsyncKeepaliveManager(
        create=create,
        renew=renew,
        close=_async_noop,
        renew_interval=1,
        sleep=sleep,
        on_error=errors.append,
        on_new_key=_raise(ValueError("on_new_key broke")),
    )
    await manager.start()
    await asyncio.wait_for(parked.wait(), 10)
    assert renewed == ["key-1", "key-2", "key-3"]
    kinds = [type(e).__name__ for e in errors]
    # the first on_new_key (at start) raises before the task runs; afterwards each round reports
    # the renewal error and the callback's error
    assert kinds.count("RuntimeError") == 3 and kinds.count("ValueError") >= 3
    await manager.stop()


async def _async_noop(key: str) -> None:
    return None


# --------------------------------------------------------------------------- 3. deadlines

DRIPPED = example_bytes("getVersion") + b" " * 40  # a valid answer, if the client waited for it


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_a_dripped_body_cannot_hold_a_call_past_its_timeout(flavor: Flavor) -> None:
    # Each byte comes well within the read timeout; the whole body would take ~6 s.
    with drip_server(DRIPPED, pause=0.1) as url:
        options: dict[str, Any] = {"base_url": url, "access_token": "t", "timeout": 0.5, "max_retries": 0}
        with pytest.raises(sixmm.APITimeoutError) as raised:
            if flavor == "sync":
                with sixmm.Client(**options) as client:
                    client.public.get_version(request_id="r-drip")
            else:
                async with sixmm.AsyncClient(**options) as aclient:
                    await aclient.public.get_version(request_id="r-drip")
    assert raised.value.request_id == "r-drip"
    assert "deadline" in raised.value.message


class Sleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self(seconds)

    def of(self, flavor: Flavor) -> Any:
        return self if flavor == "sync" else self.asleep


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_a_retry_that_would_pass_the_overall_deadline_is_not_made(flavor: Flavor) -> None:
    sleeps = Sleeps()
    api = ScriptedApi().then(429, envelope(5003, "rate limit", "r-429"), {"Retry-After": "4"})
    with pytest.raises(sixmm.RateLimitError) as raised:
        # timeout=1 and two retries: 3 s for the whole call by default, less than the 4 s asked.
        await run_flavor(flavor, api, "user.get_asset", timeout=1, max_retries=2, sleep=sleeps.of(flavor))
    assert sleeps.delays == []
    assert raised.value.retry_after == 4.0
    assert len(api.requests) == 1


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_retries_within_total_timeout_are_made(flavor: Flavor) -> None:
    sleeps = Sleeps()
    api = ScriptedApi().then(429, envelope(5003, "rate limit", "r-429"), {"Retry-After": "4"})
    api.then_succeed("getAsset")
    result = await run_flavor(
        flavor, api, "user.get_asset", timeout=1, max_retries=2, total_timeout=10, sleep=sleeps.of(flavor)
    )
    assert isinstance(result, models.UserAssetData)
    assert sleeps.delays == [4.0]


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_backoff_waits_add_up_to_less_than_total_timeout(flavor: Flavor) -> None:
    sleeps = Sleeps()
    api = ScriptedApi()
    for _ in range(6):
        api.then(503, b"<html>busy</html>", {"Content-Type": "text/html"})
    with pytest.raises(sixmm.APIError):
        await run_flavor(
            flavor, api, "user.get_asset", max_retries=5, total_timeout=1.2, sleep=sleeps.of(flavor)
        )
    assert sum(sleeps.delays) < 1.2
    assert len(api.requests) == len(sleeps.delays) + 1


# --------------------------------------------------------------------------- 4. one clock sync


def first_calls_together(client: sixmm.Client, threads: int) -> list[BaseException]:
    """``client.user.get_info()`` from ``threads`` threads released at once; what they raised."""
    barrier = threading.Barrier(threads)
    failures: list[BaseException] = []

    def first_call() -> None:
        barrier.wait()
        try:
            client.user.get_info()
        except BaseException as exc:  # noqa: BLE001 - collected for the caller's assertion
            failures.append(exc)

    workers = [threading.Thread(target=first_call) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    return failures


def test_threads_share_one_clock_sync(fresh_exchange: FakeExchange) -> None:
    ex = fresh_exchange
    with sixmm.Client(base_url=ex.url, api_key=API_KEY, api_secret=API_SECRET, clock=ex.clock.now) as client:
        for round_ in range(2):  # the first sync, then the sync at the re-sync interval
            assert first_calls_together(client, 16) == []
            assert len(ex.requests.for_operation("getServerTime")) == 3 * (round_ + 1)  # one sync: 3 samples
            ex.clock.advance(301_000)


async def test_tasks_share_one_clock_sync(fresh_exchange: FakeExchange) -> None:
    ex = fresh_exchange
    async with sixmm.AsyncClient(
        base_url=ex.url, api_key=API_KEY, api_secret=API_SECRET, clock=ex.clock.now
    ) as client:
        for round_ in range(2):
            results = await asyncio.gather(*(client.user.get_info() for _ in range(100)))
            assert all(isinstance(r, models.UserInfoData) for r in results)
            assert len(ex.requests.for_operation("getServerTime")) == 3 * (round_ + 1)
            ex.clock.advance(301_000)


# --------------------------------------------------------------------------- 5. one rule for codes


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("code", ['"0"', "0.0", "false", "true", '"5003"', "null", "1e0"])
async def test_an_envelope_code_that_is_not_an_integer_is_a_decode_error(flavor: Flavor, code: str) -> None:
    data = json.dumps(example("getVersion")["data"])
    body = f'{{"code":{code},"message":"m","data":{data},"requestId":"r-code"}}'.encode()
    with pytest.raises(sixmm.DecodeError) as raised:
        await run_flavor(flavor, ScriptedApi().then(200, body), "public.get_version")
    assert raised.value.request_id


# --------------------------------------------------------------------------- 6. implausible server time


def time_answer(ms: int) -> bytes:
    return envelope(0, "success", "r-time", data={"timestamp": ms // 1000, "timestampMs": ms})


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_a_server_time_far_from_the_local_clock_is_refused(flavor: Flavor) -> None:
    api = ScriptedApi()
    api.then(200, time_answer(10**30))
    with pytest.raises(sixmm.DecodeError) as raised:
        await run_flavor(flavor, api, "sync_clock")
    assert "max_clock_offset" in raised.value.message
    assert raised.value.request_id == "r-time"


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_a_refused_server_time_leaves_signing_on_the_previous_offset(flavor: Flavor) -> None:
    api = ScriptedApi().then(200, time_answer(FIXED_MS + 2 * 3_600_000))  # two hours away, bound one hour
    api.then_succeed("getInfo")
    await run_flavor(flavor, api, "user.get_info", time_sync_interval=300.0, max_clock_offset=3600)
    signed = api.requests[-1].url.params
    assert signed["timestamp"] == str(FIXED_MS)


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_the_offset_bound_is_configurable(flavor: Flavor) -> None:
    api = ScriptedApi()
    for _ in range(3):
        api.then(200, time_answer(FIXED_MS + 2 * 86_400_000))
    clock = await run_flavor(flavor, api, "sync_clock", max_clock_offset=None)
    assert clock.offset_ms == 2 * 86_400_000


# --------------------------------------------------------------------------- 7. empty success


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize(("status", "body"), [(204, b""), (200, b""), (200, b"  \r\n")])
async def test_an_empty_success_without_data_is_a_success(flavor: Flavor, status: int, body: bytes) -> None:
    api = ScriptedApi().then(status, body)
    assert await run_flavor(flavor, api, "listen_key.close", {"listen_key": "k"}) is None


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_an_empty_body_where_data_is_expected_is_a_decode_error(flavor: Flavor) -> None:
    with pytest.raises(sixmm.DecodeError):
        await run_flavor(flavor, ScriptedApi().then(204, b""), "user.get_info")


# --------------------------------------------------------------------------- 8. signatures in logs


@pytest.fixture
def every_logger_at_debug(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    names = ["", "httpx", "httpcore", "sixmm", *logging.root.manager.loggerDict]
    before = {name: logging.getLogger(name).level for name in names}
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    try:
        yield caplog
    finally:
        for name, level in before.items():
            logging.getLogger(name).setLevel(level)


SIGNATURE_VALUE = re.compile(r"signature=(?!<redacted>)")


def test_no_logger_prints_a_signature(
    fresh_exchange: FakeExchange, every_logger_at_debug: pytest.LogCaptureFixture
) -> None:
    ex = fresh_exchange
    with sixmm.Client(base_url=ex.url, api_key=API_KEY, api_secret=API_SECRET, clock=ex.clock.now) as client:
        client.user.get_info()
        client.user.save_favorite_symbols(symbols=["BTCUSDT"])
    signatures = [
        r.query_string.rpartition("signature=")[2] for r in ex.requests if "signature=" in r.query_string
    ]
    assert len(signatures) == 2
    lines = [record.getMessage() for record in every_logger_at_debug.records]
    httpx_lines = [r.getMessage() for r in every_logger_at_debug.records if r.name == "httpx"]
    assert any("signature=<redacted>" in line for line in httpx_lines)  # httpx logged the URL, redacted
    for line in lines:
        assert not SIGNATURE_VALUE.search(line), line
        assert not any(signature in line for signature in signatures), line


async def test_no_logger_prints_a_signature_async(
    fresh_exchange: FakeExchange, every_logger_at_debug: pytest.LogCaptureFixture
) -> None:
    ex = fresh_exchange
    async with sixmm.AsyncClient(
        base_url=ex.url, api_key=API_KEY, api_secret=API_SECRET, clock=ex.clock.now
    ) as client:
        await client.user.get_info()
    signature = ex.requests.last.query_string.rpartition("signature=")[2]
    lines = [record.getMessage() for record in every_logger_at_debug.records]
    assert any("signature=<redacted>" in line for line in lines)
    assert not any(signature in line or SIGNATURE_VALUE.search(line) for line in lines)


def test_the_filter_rewrites_only_signature_values() -> None:
    from sixmm._redaction import SignatureFilter

    record = logging.LogRecord(
        "httpx",
        logging.INFO,
        __file__,
        1,
        'HTTP Request: %s %s "%s"',
        ("GET", "/p?a=1&signature=abc&b=2", "OK"),
        None,
    )
    assert SignatureFilter("signature").filter(record)
    assert record.getMessage() == 'HTTP Request: GET /p?a=1&signature=<redacted>&b=2 "OK"'
    plain = logging.LogRecord("httpx", logging.INFO, __file__, 1, "x=%s", ("mysignature=1",), None)
    SignatureFilter("signature").filter(plain)
    assert plain.getMessage() == "x=mysignature=1"  # not a query parameter named signature
