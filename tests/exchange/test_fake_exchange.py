"""Behaviour of `sixmm.testing.FakeExchange`, observed through the real `sixmm` client.

One exchange serves the module (it is reset before each test); clients are made with
``time_sync_interval=None`` and ``max_retries=0`` unless a test is about clock sync or
retries. Raw `httpx` calls cover what the client never sends: bad credentials, bad
parameters and bad requests.
"""

from __future__ import annotations

import base64
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Literal

import httpx
import pytest

import sixmm
from sixmm import models
from sixmm.testing import (
    DEFAULT_LOG_SIZE,
    LISTEN_KEY_TTL_MS,
    MAX_PAGE_SIZE,
    TIMESTAMP_OUTSIDE_WINDOW,
    ExchangeClock,
    ExchangeState,
    FakeExchange,
    FaultQueue,
    RecordedRequest,
    RequestLog,
)
from tests.support.examples import example
from tests.support.paths import GENERATED
from tests.support.signing import sign

Mode = Literal["api_key", "jwt"]
MODES: tuple[Mode, ...] = ("api_key", "jwt")
USER = "/v1/private/user"
DAY_MS = 86_400_000
DECIMAL_RE = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$")


# -- fixtures and helpers -------------------------------------------------------------------


@pytest.fixture(scope="module")
def exchange() -> Iterator[FakeExchange]:
    with FakeExchange() as ex:
        yield ex


@pytest.fixture
def ex(exchange: FakeExchange) -> FakeExchange:
    exchange.reset()
    return exchange


def make_client(ex: FakeExchange, mode: Mode = "api_key", **options: Any) -> sixmm.Client:
    credentials: dict[str, Any] = (
        {"api_key": ex.api_key, "api_secret": ex.api_secret}
        if mode == "api_key"
        else {"access_token": ex.access_token}
    )
    settings: dict[str, Any] = {"time_sync_interval": None, "max_retries": 0, **credentials, **options}
    return sixmm.Client(base_url=ex.url, **settings)


def signed_request(
    ex: FakeExchange,
    method: str,
    path: str,
    query: str = "",
    *,
    body: bytes = b"",
    timestamp: int | None = None,
    secret: str | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    stamp = ex.clock.now() if timestamp is None else timestamp
    signed = f"{query}&timestamp={stamp}" if query else f"timestamp={stamp}"
    signature = sign(secret or ex.api_secret, signed, body)
    all_headers = {"X-API-KEY": ex.api_key, **(headers or {})}
    if body:
        all_headers.setdefault("Content-Type", "application/json")
    return httpx.request(
        method, f"{ex.url}{path}?{signed}&signature={signature}", headers=all_headers, content=body
    )


def bearer(ex: FakeExchange, token: str | None = None) -> dict[str, str]:
    return {"Authorization": f"Bearer {token or ex.access_token}"}


def assert_error_envelope(response: httpx.Response, status: int, code: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    envelope = response.json()
    assert set(envelope) == {"code", "message", "requestId"}, envelope
    assert envelope["code"] == code, envelope
    assert isinstance(envelope["message"], str) and envelope["message"]
    assert isinstance(envelope["requestId"], str) and envelope["requestId"]
    assert "Traceback" not in response.text
    return envelope


def full_log(client: sixmm.Client) -> list[models.AccountChangeLogEntry]:
    page = client.user.get_account_change_log(page_size=MAX_PAGE_SIZE)
    assert page.total == len(page.list_)
    return page.list_


# -- every operation, both authentication modes -------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_every_operation_works(ex: FakeExchange, mode: Mode) -> None:
    with make_client(ex, mode) as client:
        assert client.user.get_info().user_info.user_id == "U8800231457"
        asset = client.user.get_asset().user_asset
        assert asset.asset_type == "USDT" and isinstance(asset.wallet_balance, Decimal)
        assert client.user.get_account_change_log().total == 240
        assert client.user.get_volume_stats().volume30d is not None
        assert len(client.user.get_balance_history(period="1D").items) == 30
        assert len(client.user.get_trade_overview(type="1M").items) == 30
        assert client.user.get_asset_overview_summary().total_pnl is not None
        assert len(client.user.get_asset_overview_trend(type="1D").items) == 24
        assert client.user.get_favorite_symbols().symbols == ["BTCUSDT", "ETHUSDT"]
        client.user.save_favorite_symbols(symbols=["SOLUSDT"])
        assert client.user.get_favorite_symbols().symbols == ["SOLUSDT"]
        key = client.listen_key.create()
        client.listen_key.renew(listen_key=key.listen_key)
        client.listen_key.close(listen_key=key.listen_key)
        server_time = client.public.get_server_time()
        assert abs(server_time.timestamp_ms - ex.clock.now()) < 5_000
        assert client.public.get_version().version.startswith("fake-")
    private = [r for r in ex.requests if r.path.startswith(USER)]
    assert len(private) == 14
    for request in private:
        assert request.response is not None and request.response.status == 200
        if mode == "api_key":
            assert request.header("x-api-key") == ex.api_key
            assert re.search(r"(^|&)timestamp=\d+&signature=[0-9a-f]{64}$", request.query_string)
        else:
            assert request.header("authorization") == f"Bearer {ex.access_token}"


async def test_async_client_every_operation(ex: FakeExchange) -> None:
    async with sixmm.AsyncClient(
        base_url=ex.url,
        api_key=ex.api_key,
        api_secret=ex.api_secret,
        time_sync_interval=None,
        max_retries=0,
    ) as client:
        assert (await client.user.get_info()).user_info.username == "alice_trader"
        assert (await client.user.get_asset()).user_asset.asset_type == "USDT"
        items = [e async for e in client.user.iter_account_change_log(page_size=100)]
        assert len(items) == 240
        await client.user.get_volume_stats()
        await client.user.get_balance_history(period="1M", limit=3)
        await client.user.get_trade_overview(type="1W")
        await client.user.get_asset_overview_summary()
        await client.user.get_asset_overview_trend(type="3M")
        await client.user.save_favorite_symbols(symbols=[])
        assert (await client.user.get_favorite_symbols()).symbols == []
        key = await client.listen_key.create()
        await client.listen_key.renew(listen_key=key.listen_key)
        await client.listen_key.close(listen_key=key.listen_key)
        await client.public.get_server_time()
        await client.public.get_version()
        ex.faults.add("drop", path=f"{USER}/info")
        with pytest.raises(sixmm.APIConnectionError):
            await client.user.get_info()


def test_lifecycle_and_credentials() -> None:
    exchange = FakeExchange(api_key="my-key", api_secret="my-secret", port=0)
    with pytest.raises(RuntimeError):
        _ = exchange.url
    with exchange as ex:
        assert ex.running and re.fullmatch(r"http://127\.0\.0\.1:\d+", ex.url)
        with sixmm.Client(base_url=ex.url, api_key="my-key", api_secret="my-secret") as client:
            assert client.user.get_info().user_info.user_id == "U8800231457"
    assert not exchange.running
    with pytest.raises(httpx.TransportError):
        httpx.get(f"http://127.0.0.1:{exchange.port}/v1/time", timeout=1)


# -- favorites --------------------------------------------------------------------------------


def test_favorites_persist_and_are_replaced(ex: FakeExchange) -> None:
    with make_client(ex, "api_key") as client:
        client.user.save_favorite_symbols(symbols=["BTCUSDT", "XRPUSDT", "ÄÖUSDT"])
    with make_client(ex, "jwt") as other:
        assert other.user.get_favorite_symbols().symbols == ["BTCUSDT", "XRPUSDT", "ÄÖUSDT"]
        other.user.save_favorite_symbols(symbols=["ETHUSDT"])
        assert other.user.get_favorite_symbols().symbols == ["ETHUSDT"]
        other.user.save_favorite_symbols(symbols=[])
        assert other.user.get_favorite_symbols().symbols == []
    assert ex.state.favorites == []
    saved = [r for r in ex.requests if r.method == "POST" and r.path.endswith("favorite-symbols")]
    assert saved[0].body == '{"symbols":["BTCUSDT","XRPUSDT","ÄÖUSDT"]}'.encode()


# -- listenKeys -------------------------------------------------------------------------------


def test_listen_key_create_renew_expire_close(ex: FakeExchange) -> None:
    ex.clock.freeze()
    # The client signs with the exchange clock, so moving it keeps timestamps valid.
    with make_client(ex, "api_key", clock=ex.clock.now) as client:
        created = client.listen_key.create()
        assert re.fullmatch(r"[0-9a-f]{32}", created.listen_key)
        assert created.expire_at == ex.clock.now() + LISTEN_KEY_TTL_MS == ex.clock.now() + 3_600_000

        ex.clock.advance(30 * 60_000)
        client.listen_key.renew(listen_key=created.listen_key)
        assert ex.state.listen_keys[created.listen_key] == ex.clock.now() + LISTEN_KEY_TTL_MS

        ex.clock.advance(LISTEN_KEY_TTL_MS - 1)
        client.listen_key.renew(listen_key=created.listen_key)  # still alive at 59:59.999

        ex.clock.advance(LISTEN_KEY_TTL_MS)  # exactly at expireAt: gone
        with pytest.raises(sixmm.InvalidParameterError) as expired:
            client.listen_key.renew(listen_key=created.listen_key)
        assert expired.value.code == 2002 and expired.value.message == "listenKey does not exist"
        assert created.listen_key not in ex.state.listen_keys

        second = client.listen_key.create()
        assert second.listen_key != created.listen_key
        client.listen_key.close(listen_key=second.listen_key)
        for operation in (client.listen_key.renew, client.listen_key.close):
            with pytest.raises(sixmm.InvalidParameterError) as closed:
                operation(listen_key=second.listen_key)
            assert closed.value.code == 2002 and closed.value.http_status == 200
        with pytest.raises(sixmm.InvalidParameterError):
            client.listen_key.close(listen_key="never-issued")
    closes = [r for r in ex.requests if r.method == "DELETE"]
    assert closes[0].body == json.dumps({"listenKey": second.listen_key}, separators=(",", ":")).encode()


# -- the change log ---------------------------------------------------------------------------


def test_change_log_order_and_paging(ex: FakeExchange) -> None:
    with make_client(ex) as client:
        everything = full_log(client)
        assert len(everything) == 240
        times = [e.created_at for e in everything]
        assert times == sorted(times, reverse=True), "documented order: newest first"
        assert times[0] <= ex.clock.now()

        pages = [client.user.get_account_change_log(page=n, page_size=50) for n in range(1, 7)]
        assert [p.total for p in pages] == [240] * 6
        assert [len(p.list_) for p in pages] == [50, 50, 50, 50, 40, 0]  # a short last page, then empty
        assert [e for p in pages for e in p.list_] == everything

        default = client.user.get_account_change_log()
        assert len(default.list_) == 20 and default.list_ == everything[:20]
        assert list(client.user.iter_account_change_log(page_size=64)) == everything
        huge = client.user.get_account_change_log(page=2**31 - 1, page_size=MAX_PAGE_SIZE)
        assert huge.list_ == [] and huge.total == 240


def test_change_log_filters(ex: FakeExchange) -> None:
    with make_client(ex, "jwt") as client:
        everything = full_log(client)
        assert {e.asset_type for e in everything} == {"USDT", "BTC", "ETH"}
        expected_types = {"DEPOSIT", "WITHDRAW", "TRANSFER_IN", "TRANSFER_OUT"}
        expected_types |= {"TRADE_FEE", "REALIZED_PNL", "FUNDING_FEE"}
        assert {e.change_type for e in everything} == expected_types

        for asset in ("USDT", "BTC", "ETH"):
            page = client.user.get_account_change_log(asset_type=asset, page_size=MAX_PAGE_SIZE)
            assert page.list_ == [e for e in everything if e.asset_type == asset]
            assert page.total == len(page.list_) > 0
        assert client.user.get_account_change_log(asset_type="usdt").total == 0  # case-sensitive

        fees = client.user.get_account_change_log(change_type="TRADE_FEE", page_size=7)
        assert fees.total == sum(e.change_type == "TRADE_FEE" for e in everything)
        assert len(fees.list_) == 7 and all(e.change_type == "TRADE_FEE" for e in fees.list_)

        start, end = everything[150].created_at, everything[50].created_at
        window = client.user.get_account_change_log(start_time=start, end_time=end, page_size=MAX_PAGE_SIZE)
        assert window.list_ == [e for e in everything if start <= e.created_at <= end]
        assert window.list_[0].created_at == end and window.list_[-1].created_at == start  # inclusive
        since = client.user.get_account_change_log(start_time=start, page_size=MAX_PAGE_SIZE)
        assert since.total == sum(e.created_at >= start for e in everything)
        until = client.user.get_account_change_log(end_time=end, page_size=MAX_PAGE_SIZE)
        assert until.total == sum(e.created_at <= end for e in everything)
        assert client.user.get_account_change_log(start_time=end, end_time=start).total == 0

        combined = client.user.get_account_change_log(
            asset_type="USDT", change_type="REALIZED_PNL", start_time=start, page=2, page_size=5
        )
        matching = [
            e
            for e in everything
            if e.asset_type == "USDT" and e.change_type == "REALIZED_PNL" and e.created_at >= start
        ]
        assert combined.total == len(matching) and combined.list_ == matching[5:10]


def test_balances_are_the_change_log_running_totals(ex: FakeExchange) -> None:
    with make_client(ex) as client:
        everything = full_log(client)
        wallet = client.user.get_asset().user_asset
    oldest_first = list(reversed(everything))
    for asset in ("USDT", "BTC", "ETH"):
        entries = [e for e in oldest_first if e.asset_type == asset]
        running = Decimal(0)
        for entry in entries:
            assert entry.wallet_balance_before == running
            assert entry.wallet_balance_after == entry.wallet_balance_before + entry.amount
            assert entry.wallet_balance_after >= 0
            assert entry.frozen_balance_before == entry.frozen_balance_after
            running = entry.wallet_balance_after
        assert sum((e.amount for e in entries), Decimal(0)) == running
        if asset == "USDT":
            assert wallet.wallet_balance == running
            assert wallet.frozen_margin == entries[-1].frozen_balance_after
            assert wallet.used_margin is not None and wallet.used_margin <= running


def test_statistics_derive_from_the_change_log() -> None:
    # A fixed, frozen clock: "today" and "30 days" cannot move while the test runs.
    with FakeExchange(start_ms=1_772_710_377_808, frozen=True) as ex, make_client(ex, "jwt") as client:
        now = ex.clock.now()
        day_start = now - now % DAY_MS
        usdt = list(reversed(client.user.get_account_change_log(asset_type="USDT", page_size=1000).list_))
        wallet = client.user.get_asset().user_asset.wallet_balance
        stats = client.user.get_volume_stats()
        summary = client.user.get_asset_overview_summary()
        overview = client.user.get_trade_overview(type="1W")
        trend = client.user.get_asset_overview_trend(type="1W")
        history = client.user.get_balance_history(period="1D", limit=10)

    def total(types: set[str], since: int = -(2**63)) -> Decimal:
        return sum((e.amount for e in usdt if e.change_type in types and e.created_at >= since), Decimal(0))

    fees_30d = -total({"TRADE_FEE"}, now - 30 * DAY_MS + 1)
    assert stats.fee_total30d == fees_30d > 0
    assert stats.volume30d == fees_30d * 2500  # every fee is 0.04% of its trade's notional
    assert summary.total_pnl == total({"REALIZED_PNL"})
    assert summary.today_pnl == total({"REALIZED_PNL"}, day_start) != 0
    assert summary.today_volume == -total({"TRADE_FEE"}, day_start) * 2500 > 0
    assert summary.total_volume == -total({"TRADE_FEE"}) * 2500
    assert summary.transfer_in == total({"DEPOSIT", "TRANSFER_IN"}) > 0
    assert summary.transfer_out == -total({"WITHDRAW", "TRANSFER_OUT"}) > 0
    assert summary.max_drawdown30d is not None and summary.max_drawdown30d >= 0
    assert summary.max_drawdown30d_rate is not None and 0 <= summary.max_drawdown30d_rate <= 1
    figures = summary.model_dump()
    assert {k: v for k, v in overview.model_dump().items() if k != "items"} == figures
    assert overview.items == trend.items

    assert [i.snapshot_time for i in trend.items] == [now - (6 - k) * DAY_MS for k in range(7)]
    last = trend.items[-1]
    assert last.balance == wallet and last.total_pnl == summary.total_pnl
    assert last.pnl == total({"REALIZED_PNL"}, now - DAY_MS + 1)
    assert sum((i.pnl or Decimal(0) for i in trend.items), Decimal(0)) == total(
        {"REALIZED_PNL"}, now - 7 * DAY_MS + 1
    )

    assert len(history.items) == 10
    today = datetime.fromtimestamp(now / 1000, UTC).date().isoformat()
    assert history.items[-1].date == today and history.items[-1].balance == wallet
    first_day = day_start - 9 * DAY_MS
    assert sum((i.pnl or Decimal(0) for i in history.items), Decimal(0)) == total({"REALIZED_PNL"}, first_day)
    dates = [i.date for i in history.items]
    assert dates == sorted(dates) and len(set(dates)) == 10


def test_the_seed_is_deterministic() -> None:
    first = ExchangeState(ExchangeClock(1_772_710_377_808, frozen=True), seed=11)
    again = ExchangeState(ExchangeClock(1_772_710_377_808, frozen=True), seed=11)
    other = ExchangeState(ExchangeClock(1_772_710_377_808, frozen=True), seed=12)
    assert first.entries == again.entries and len(first.entries) == 240
    assert first.entries != other.entries
    assert first.asset_overview_summary() == again.asset_overview_summary()
    assert all(e.created_at <= 1_772_710_377_808 for e in first.entries)


def test_trend_ranges_and_history_periods(ex: FakeExchange) -> None:
    expected = {"1D": 24, "1W": 7, "1M": 30, "3M": 90, "6M": 26, "1Y": 52}
    with make_client(ex, "jwt") as client:
        for trend_range, count in expected.items():
            items = client.user.get_asset_overview_trend(type=trend_range).items  # type: ignore[arg-type]
            assert len(items) == count
            times = [i.snapshot_time for i in items]
            assert times == sorted(times)
        weeks = client.user.get_balance_history(period="1W", limit=5).items
        assert all(datetime.fromisoformat(i.date or "").weekday() == 0 for i in weeks)
        months = client.user.get_balance_history(period="1M", limit=14).items
        assert all((i.date or "").endswith("-01") for i in months) and len({i.date for i in months}) == 14


def test_record_change_extends_the_ledger(ex: FakeExchange) -> None:
    with make_client(ex, "jwt") as client:
        before = client.user.get_asset().user_asset.wallet_balance
        assert before is not None
        entry = ex.state.record_change("USDT", "DEPOSIT", "12.5")
        assert entry.wallet_balance_before == before
        assert client.user.get_asset().user_asset.wallet_balance == before + Decimal("12.5")
        newest = client.user.get_account_change_log(page_size=1)
        assert newest.total == 241 and newest.list_[0].amount == Decimal("12.5")
    with pytest.raises(TypeError):
        ex.state.record_change("USDT", "DEPOSIT", 1.5)  # type: ignore[arg-type]


def test_responses_use_plain_decimal_strings(ex: FakeExchange) -> None:
    with make_client(ex, "jwt") as client:
        client.user.get_asset_overview_trend(type="1Y")
        client.user.get_balance_history(period="1M", limit=40)
        client.user.get_account_change_log(page_size=MAX_PAGE_SIZE)
    decimals = 0

    def walk(value: Any, key: str = "") -> None:
        nonlocal decimals
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif isinstance(value, str) and key not in {"date", "requestId", "message", "referenceId"}:
            if key not in {"assetType", "changeType"}:
                decimals += 1
                assert DECIMAL_RE.match(value), (key, value)
        elif isinstance(value, float):
            raise AssertionError(f"{key} is a JSON float")

    for request in ex.requests:
        assert request.response is not None
        walk(request.response.json())
    assert decimals > 1000


# -- clock ------------------------------------------------------------------------------------


def test_server_time_follows_the_settable_clock(ex: FakeExchange) -> None:
    ex.clock.set(1_772_710_377_808)
    ex.clock.freeze()
    with make_client(ex, "jwt") as client:
        server_time = client.public.get_server_time()
        assert server_time.timestamp_ms == 1_772_710_377_808 and server_time.timestamp == 1_772_710_377
        assert server_time.timezone == "UTC"
        ex.clock.advance(1_000)
        assert client.public.get_server_time().timestamp_ms == 1_772_710_378_808
    body = ex.requests[0].response.json()  # type: ignore[union-attr]
    assert body["data"]["iso"] == "2026-03-05T11:32:57.808Z"
    # Public: no credentials needed. At the spec example's time, the answer is the example's data.
    ex.clock.set(1_772_710_377_808)
    raw = httpx.get(f"{ex.url}/v1/time", headers={"X-Request-ID": "t-1"})
    assert raw.status_code == 200 and raw.headers["content-type"] == "application/json"
    assert raw.json()["requestId"] == "t-1"
    assert raw.json()["data"] == example("getServerTime")["data"]


def test_exchange_clock_unit() -> None:
    ticks = iter(range(1_000, 100_000, 10))
    clock = ExchangeClock(source=lambda: next(ticks))
    assert clock.now() == 1_000
    clock.set(5_000)
    assert clock.now() == 5_010  # runs on from the new time
    clock.freeze()
    frozen = clock.now()
    assert clock.now() == frozen and clock.advance(5) == frozen + 5
    clock.resume()
    assert clock.now() > frozen
    clock.reset()
    with pytest.raises(TypeError):
        clock.set(1.5)  # type: ignore[arg-type]


def test_a_clock_frozen_at_its_start_shows_exactly_its_start() -> None:
    # The wall clock moves on every read, as it may between two reads on a busy machine.
    ticks = iter(range(1_000, 100_000, 7))
    clock = ExchangeClock(1_772_710_377_808, frozen=True, source=lambda: next(ticks))
    assert clock.now() == 1_772_710_377_808
    clock.reset()
    assert clock.now() == 1_772_710_377_808 and clock.frozen


# -- authentication -----------------------------------------------------------------------------


def test_missing_credentials_get_401_1001(ex: FakeExchange) -> None:
    bare = httpx.get(f"{ex.url}{USER}/info", headers={"X-Request-ID": "q"})
    assert_error_envelope(bare, 401, 1001)
    assert bare.json() == {"code": 1001, "message": "no valid auth information", "requestId": "q"}
    assert ex.requests.last.header("x-api-key") is None and ex.requests.last.header("authorization") is None
    for authorization in ("Basic eDp5", "Bearer", "Token abc"):
        response = httpx.get(f"{ex.url}{USER}/info", headers={"Authorization": authorization})
        assert_error_envelope(response, 401, 1001)
    # API key without a signature, and a signature over a query without timestamp
    no_signature = httpx.get(f"{ex.url}{USER}/info?timestamp=1", headers={"X-API-KEY": ex.api_key})
    assert_error_envelope(no_signature, 401, 1001)
    unstamped = f"{ex.url}{USER}/info?page=1&signature={sign(ex.api_secret, 'page=1')}"
    assert_error_envelope(httpx.get(unstamped, headers={"X-API-KEY": ex.api_key}), 401, 1001)
    # public endpoints need nothing
    assert httpx.get(f"{ex.url}/v1/time").json()["code"] == 0


def test_wrong_key_and_bad_signatures_get_1003(ex: FakeExchange) -> None:
    options: dict[str, Any] = {"base_url": ex.url, "time_sync_interval": None}
    wrong_key = sixmm.Client(api_key="nope", api_secret=ex.api_secret, **options)
    wrong_secret = sixmm.Client(api_key=ex.api_key, api_secret="nope", **options)
    for client in (wrong_key, wrong_secret):
        with client, pytest.raises(sixmm.AuthenticationError) as caught:
            client.user.get_info()
        assert caught.value.code == 1003 and caught.value.http_status == 401

    body = b'{"symbols":["BTCUSDT"]}'
    path = f"{USER}/favorite-symbols"
    assert signed_request(ex, "POST", path, body=body).json()["code"] == 0
    assert_error_envelope(signed_request(ex, "POST", path, body=body, secret="other"), 401, 1003)
    # The body is part of the signature: a different body under the same signature fails.
    stamp = ex.clock.now()
    signature = sign(ex.api_secret, f"timestamp={stamp}", body)
    tampered = httpx.post(
        f"{ex.url}{path}?timestamp={stamp}&signature={signature}",
        headers={"X-API-KEY": ex.api_key, "Content-Type": "application/json"},
        content=b'{"symbols":["ETHUSDT"]}',
    )
    assert_error_envelope(tampered, 401, 1003)
    good = sign(ex.api_secret, f"timestamp={stamp}")
    upper = httpx.get(
        f"{ex.url}{USER}/info?timestamp={stamp}&signature={good.upper()}", headers={"X-API-KEY": ex.api_key}
    )
    assert_error_envelope(upper, 401, 1003)
    zeros = httpx.get(
        f"{ex.url}{USER}/info?timestamp={stamp}&signature={'0' * 64}", headers={"X-API-KEY": ex.api_key}
    )
    assert assert_error_envelope(zeros, 401, 1003)["message"] == "invalid signature"
    assert_error_envelope(httpx.get(f"{ex.url}{USER}/info", headers=bearer(ex, "nope")), 401, 1003)
    not_last = httpx.get(
        f"{ex.url}{USER}/info?signature={sign(ex.api_secret, f'timestamp={stamp}')}&timestamp={stamp}",
        headers={"X-API-KEY": ex.api_key},
    )
    assert_error_envelope(not_last, 401, 1003)
    assert ex.state.favorites == ["BTCUSDT"]


def test_signature_covers_the_query_exactly_as_sent(ex: FakeExchange) -> None:
    # %53 is "S": accepted when signed as sent, and the filter sees the decoded value.
    response = signed_request(ex, "GET", f"{USER}/account-change-log", "assetType=U%53DT&pageSize=3")
    assert response.json()["code"] == 0 and response.json()["data"]["list"][0]["assetType"] == "USDT"
    assert ex.requests.last.query_string.startswith("assetType=U%53DT&pageSize=3&timestamp=")
    # A signature made for the decoded form does not match what was sent.
    stamp = ex.clock.now()
    decoded_signature = sign(ex.api_secret, f"assetType=USDT&timestamp={stamp}")
    reencoded = httpx.get(
        f"{ex.url}{USER}/account-change-log?assetType=U%53DT&timestamp={stamp}&signature={decoded_signature}",
        headers={"X-API-KEY": ex.api_key},
    )
    assert_error_envelope(reencoded, 401, 1003)
    # Nor does one over the same parameters in another order.
    ordered_signature = sign(ex.api_secret, f"page=1&pageSize=2&timestamp={stamp}")
    reordered = httpx.get(
        f"{ex.url}{USER}/account-change-log?pageSize=2&page=1&timestamp={stamp}&signature={ordered_signature}",
        headers={"X-API-KEY": ex.api_key},
    )
    assert_error_envelope(reordered, 401, 1003)


def test_documented_signing_vectors_are_accepted() -> None:
    start = 1_772_710_377_808
    secret = "test-secret-0123456789abcdef"
    with FakeExchange(api_key="k", api_secret=secret, start_ms=start, frozen=True) as ex:
        info = httpx.get(
            f"{ex.url}{USER}/info?timestamp={start}"
            "&signature=683bb7e22f05dae908538a23310bb623ac695e6e9dfc80fd850a029a3959f661",
            headers={"X-API-KEY": "k"},
        )
        assert info.json()["code"] == 0
        save = httpx.post(
            f"{ex.url}{USER}/favorite-symbols?timestamp={start}"
            "&signature=a168b88782119040345fab63e12b7cb1b5183d894899a16b79308658b81319ba",
            headers={"X-API-KEY": "k", "Content-Type": "application/json"},
            content=b'{"symbols":["BTCUSDT","ETHUSDT"]}',
        )
        assert save.json()["code"] == 0


def test_stale_timestamps_are_refused(ex: FakeExchange) -> None:
    now = ex.clock.now()
    for skew in (-11_000, 11_000, -3_600_000):
        response = signed_request(ex, "GET", f"{USER}/info", timestamp=now + skew)
        envelope = assert_error_envelope(response, 401, 1001)
        assert envelope["message"] == TIMESTAMP_OUTSIDE_WINDOW
    ancient = assert_error_envelope(signed_request(ex, "GET", f"{USER}/info", timestamp=1000), 401, 1001)
    assert ancient["message"] == TIMESTAMP_OUTSIDE_WINDOW
    for skew in (-9_000, 9_000):
        assert signed_request(ex, "GET", f"{USER}/info", timestamp=now + skew).json()["code"] == 0


def test_client_resyncs_after_a_stale_timestamp(ex: FakeExchange) -> None:
    ex.clock.advance(3_600_000)  # the exchange runs an hour ahead of this machine
    with make_client(ex, "api_key") as client:
        assert client.user.get_info().user_info.user_id == "U8800231457"
    first = ex.requests[0]
    assert first.response is not None and first.response.status == 401
    assert first.response.json()["message"] == TIMESTAMP_OUTSIDE_WINDOW
    assert [r.path for r in ex.requests][1:] == ["/v1/time"] * 3 + [f"{USER}/info"]


def test_jwt_expiry_tampering_and_revocation(ex: FakeExchange) -> None:
    short = ex.issue_token(ttl_seconds=60)
    with make_client(ex, "jwt", access_token=short) as client:
        client.user.get_info()
        ex.clock.advance(61_000)
        with pytest.raises(sixmm.AuthenticationError) as expired:
            client.user.get_info()
        assert expired.value.code == 1002 and expired.value.http_status == 401

    header, payload, signature = ex.access_token.split(".")
    claims = json.loads(_b64(payload))
    claims["sub"] = "U0000000001"
    forged_payload = _unb64(json.dumps(claims).encode())
    bad_signature = f"{header}.{payload}.{signature[:-2]}AA"
    for token in (f"{header}.{forged_payload}.{signature}", "not-a-jwt", bad_signature):
        assert_error_envelope(httpx.get(f"{ex.url}{USER}/info", headers=bearer(ex, token)), 401, 1003)
    with FakeExchange() as other:
        foreign = other.access_token
    assert_error_envelope(httpx.get(f"{ex.url}{USER}/info", headers=bearer(ex, foreign)), 401, 1003)
    stranger = ex.issue_token(subject="U0000000001")
    assert_error_envelope(httpx.get(f"{ex.url}{USER}/info", headers=bearer(ex, stranger)), 401, 1003)

    revoked = ex.issue_token()
    ex.revoke_token(revoked)
    assert_error_envelope(httpx.get(f"{ex.url}{USER}/info", headers=bearer(ex, revoked)), 401, 1004)


def test_token_provider_is_asked_again_after_1002(ex: FakeExchange) -> None:
    expired = ex.issue_token(ttl_seconds=0)
    tokens = iter([expired, ex.issue_token()])
    with make_client(ex, "jwt", access_token=lambda: next(tokens)) as client:
        assert client.user.get_info().user_info.username == "alice_trader"
    statuses = [r.response.status for r in ex.requests if r.response is not None]
    assert statuses == [401, 200]


def _b64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _unb64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


# -- parameters ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "code"),
    [
        (lambda c: c.user.get_balance_history(period="1d"), 2002),
        (lambda c: c.user.get_balance_history(period="1D", limit=0), 2003),
        (lambda c: c.user.get_balance_history(period="1D", limit=1001), 2003),
        (lambda c: c.user.get_trade_overview(type="1m"), 2002),
        (lambda c: c.user.get_asset_overview_trend(type="2Y"), 2002),
        (lambda c: c.user.get_account_change_log(page=0), 2003),
        (lambda c: c.user.get_account_change_log(page=2**31), 2003),
        (lambda c: c.user.get_account_change_log(page_size=0), 2003),
        (lambda c: c.user.get_account_change_log(page_size=MAX_PAGE_SIZE + 1), 2003),
        (lambda c: c.user.get_account_change_log(start_time=2**63), 2003),
        (lambda c: c.user.save_favorite_symbols(symbols=[f"S{i}USDT" for i in range(201)]), 2003),
    ],
)
def test_bad_parameters_through_the_client(
    ex: FakeExchange, call: Callable[[sixmm.Client], Any], code: int
) -> None:
    # The exchange's answer: the client's own checks (which refuse most of these) are off.
    unchecked = make_client(ex, validate_requests=False)
    with unchecked as client, pytest.raises(sixmm.InvalidParameterError) as caught:
        call(client)
    assert caught.value.code == code and caught.value.http_status == 200


@pytest.mark.parametrize(
    ("target", "code"),
    [
        ("balance-history", 2001),
        ("balance-history?limit=5", 2001),
        ("trade-overview", 2001),
        ("asset/overview/trend?type=", 2002),
        ("account-change-log?page=abc", 2002),
        ("account-change-log?page=1.5", 2002),
        ("account-change-log?pageSize=1e3", 2002),
        ("account-change-log?startTime=soon", 2002),
        ("account-change-log?page=1&page=2", 2002),
        ("account-change-log?endTime=99999999999999999999999999", 2003),
        ("account-change-log?page=-1", 2003),
    ],
)
def test_bad_query_parameters(ex: FakeExchange, target: str, code: int) -> None:
    envelope = assert_error_envelope(httpx.get(f"{ex.url}{USER}/{target}", headers=bearer(ex)), 200, code)
    prefixes = {2001: "missing required parameter", 2002: "invalid parameter value"}
    prefixes[2003] = "parameter out of range"
    assert envelope["message"].startswith(prefixes[code])


@pytest.mark.parametrize(
    ("method", "path", "body", "code"),
    [
        ("POST", "favorite-symbols", b"{}", 2001),
        ("POST", "favorite-symbols", b'{"symbols":"BTCUSDT"}', 2002),
        ("POST", "favorite-symbols", b'{"symbols":[1,2]}', 2002),
        ("POST", "favorite-symbols", b'{"symbols":null}', 2002),
        ("POST", "favorite-symbols", b"[]", 2002),
        ("POST", "favorite-symbols", b"", 2001),
        ("PUT", "listen-key", b"{}", 2001),
        ("PUT", "listen-key", b'{"listenKey":42}', 2002),
        ("DELETE", "listen-key", b"", 2001),
    ],
)
def test_bad_bodies(ex: FakeExchange, method: str, path: str, body: bytes, code: int) -> None:
    response = signed_request(ex, method, f"{USER}/{path}", body=body)
    assert_error_envelope(response, 200, code)


# -- faults ---------------------------------------------------------------------------------------


def test_rate_limit_fault(ex: FakeExchange) -> None:
    ex.faults.add("rate_limit", retry_after=7)
    with make_client(ex) as client:
        with pytest.raises(sixmm.RateLimitError) as caught:
            client.user.get_info()
        assert caught.value.http_status == 429 and caught.value.code == 5003
        assert caught.value.retry_after == 7.0
        client.user.get_info()  # one request only
    assert ex.requests[0].response.header("retry-after") == "7"  # type: ignore[union-attr]
    assert ex.requests[0].fault == "rate_limit"


@pytest.mark.parametrize(("status", "code"), [(500, 5001), (502, 5002), (503, 5002)])
def test_server_error_fault(ex: FakeExchange, status: int, code: int) -> None:
    ex.faults.add("server_error", status=status)
    with make_client(ex, "jwt") as client, pytest.raises(sixmm.ServerError) as caught:
        client.user.get_asset()
    assert caught.value.http_status == status and caught.value.code == code


def test_code_5003_html_truncated_faults(ex: FakeExchange) -> None:
    with make_client(ex) as client:
        ex.faults.add("code_5003")
        with pytest.raises(sixmm.RateLimitError) as limited:
            client.user.get_info()
        assert limited.value.http_status == 200 and limited.value.code == 5003

        ex.faults.add("html")
        with pytest.raises(sixmm.ServerError) as html:
            client.user.get_info()
        assert html.value.http_status == 502 and html.value.code is None
        assert "<html>" in (html.value.body_excerpt or "")

        ex.faults.add("truncated_json")
        with pytest.raises(sixmm.DecodeError) as truncated:
            client.user.get_info()
        assert truncated.value.http_status == 200
    cut = ex.requests.last.response
    assert cut is not None and cut.header("content-length") == str(len(cut.body))
    assert cut.content_type == "application/json" and cut.body.startswith(b'{"code":0')
    with pytest.raises(ValueError):
        json.loads(cut.body)


def test_slow_and_drop_faults(ex: FakeExchange) -> None:
    with make_client(ex, timeout=0.3) as client:
        ex.faults.add("slow", delay=1.0)
        started = time.perf_counter()
        with pytest.raises(sixmm.APITimeoutError):
            client.user.get_info()
        assert time.perf_counter() - started < 0.9

        ex.faults.add("slow", delay=0.1)
        started = time.perf_counter()
        assert client.user.get_info().user_info.username == "alice_trader"
        assert time.perf_counter() - started >= 0.1

        ex.faults.add("drop")
        with pytest.raises(sixmm.APIConnectionError):
            client.user.get_info()
        assert ex.requests.last.fault == "drop" and ex.requests.last.response is None
        client.user.get_info()  # the next request gets a new connection and works


def test_faults_scoped_by_path_and_count(ex: FakeExchange) -> None:
    asset_path = f"{USER}/asset"
    fault = ex.faults.add("rate_limit", count=2, path=asset_path)
    with make_client(ex) as client:
        client.user.get_info()
        client.public.get_server_time()
        for _ in range(2):
            with pytest.raises(sixmm.RateLimitError):
                client.user.get_asset()
        client.user.get_asset()
    assert fault.hits == 2 and fault.remaining == 0 and len(ex.faults) == 0
    assert [r.fault for r in ex.requests] == [None, None, "rate_limit", "rate_limit", None]


def test_retried_faults_recover(ex: FakeExchange) -> None:
    ex.faults.add("server_error", status=503, count=2)
    with make_client(ex, max_retries=2, sleep=lambda _: None) as client:
        raw = client.user.with_raw_response.get_info()
    assert raw.attempts == 3 and raw.http_status == 200


def test_fault_queue_validates() -> None:
    ex = FakeExchange()
    for kind, options in [("nope", {}), ("slow", {"status": 500}), ("server_error", {"status": 404})]:
        with pytest.raises(ValueError):
            ex.faults.add(kind, **options)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        ex.faults.add("drop", count=0)
    with pytest.raises(ValueError, match="unknown operation 'getInfos'"):
        ex.faults.add("drop", operation="getInfos")
    bad_replies: list[dict[str, Any]] = [
        {"status": 101},
        {"status": 600},
        {"status": "200"},
        {"body": object()},
        {"headers": {"Content-Length": "3"}},
        {"headers": {"X-Bad": "line\r\nbreak"}},
        {"headers": {"X-Snowman": "\u2603"}},
        {"headers": [("X-List", "1")]},
    ]
    for options in bad_replies:
        with pytest.raises(ValueError):
            ex.faults.reply("getInfo", **options)
    with pytest.raises(ValueError):
        ex.faults.reply("getInfo", count=0)
    assert len(ex.faults) == 0
    # A queue of its own knows no operations, and so accepts any operationId.
    assert FaultQueue().reply("anyOperation").operation == "anyOperation"


# -- canned replies -------------------------------------------------------------------------------


def test_canned_reply_answers_one_operation_n_times(ex: FakeExchange) -> None:
    business = {"code": 3001, "message": "insufficient balance", "requestId": "r-1"}
    fault = ex.faults.reply("getInfo", body=business, count=2)
    assert (fault.kind, fault.operation, fault.remaining) == ("reply", "getInfo", 2)
    with make_client(ex) as client:
        client.user.get_asset()  # another operation passes by
        for _ in range(2):
            with pytest.raises(sixmm.BusinessError) as caught:
                client.user.get_info()
            assert (caught.value.code, caught.value.request_id, caught.value.http_status) == (
                3001,
                "r-1",
                200,
            )
        assert client.user.get_info().user_info.user_id == "U8800231457"  # then the exchange answers
    assert fault.hits == 2 and len(ex.faults) == 0
    assert [(r.operation_id, r.fault) for r in ex.requests] == [
        ("getAsset", None),
        ("getInfo", "reply"),
        ("getInfo", "reply"),
        ("getInfo", None),
    ]
    assert len(ex.requests.for_operation("getInfo")) == 3
    canned = ex.requests[1].response
    assert canned is not None and canned.status == 200
    assert canned.body == b'{"code":3001,"message":"insufficient balance","requestId":"r-1"}'
    assert canned.headers == (("content-type", "application/json"), ("content-length", str(len(canned.body))))


def test_canned_replies_without_an_operation_are_fifo_and_skip_every_check(ex: FakeExchange) -> None:
    ex.faults.reply(None, 418, b"first", {"Content-Type": "text/plain"})
    ex.faults.reply(None, 200, b'{"code":0}')
    first = httpx.get(f"{ex.url}{USER}/info")
    second = httpx.get(f"{ex.url}/nowhere")
    third = httpx.get(f"{ex.url}{USER}/info")
    assert (first.status_code, first.content, first.headers["content-type"]) == (418, b"first", "text/plain")
    assert (second.status_code, second.content) == (200, b'{"code":0}')
    assert third.status_code == 401
    assert [r.path for r in ex.requests] == [f"{USER}/info", "/nowhere", f"{USER}/info"]


def test_canned_reply_is_sent_exactly_as_given(ex: FakeExchange) -> None:
    ex.faults.reply(None, 418, b"first", {"Content-Type": "text/plain", "X-Extra": "1"})
    ex.faults.reply("getInfo", 503, '{"code":5002,"message":"\u00e9t\u00e9"}', {"Retry-After": "2"})
    ex.faults.reply("getVersion", body={"code": 0, "message": "success", "data": {"version": "\u00e9"}})
    # Without an operation: the next request of any kind, credentials or not.
    first = httpx.get(f"{ex.url}/nowhere", headers={"X-Request-ID": "q-1"})
    assert (first.status_code, first.content, first.headers["content-type"]) == (418, b"first", "text/plain")
    assert first.headers["x-extra"] == "1" and "x-request-id" not in first.headers
    # An operation's reply waits for that operation: the public time passes by, answered as usual.
    assert httpx.get(f"{ex.url}/v1/time").json()["code"] == 0
    unauthenticated = httpx.get(f"{ex.url}{USER}/info")  # not checked: the reply decides
    assert unauthenticated.status_code == 503 and unauthenticated.headers["retry-after"] == "2"
    assert unauthenticated.headers["content-type"] == "application/json"
    assert unauthenticated.content == '{"code":5002,"message":"été"}'.encode()
    assert httpx.get(f"{ex.url}{USER}/info").status_code == 401  # the exchange again
    version = httpx.get(f"{ex.url}/v1/version")
    assert version.content == '{"code":0,"message":"success","data":{"version":"é"}}'.encode()
    assert [r.operation_id for r in ex.requests] == [
        None,
        "getServerTime",
        "getInfo",
        "getInfo",
        "getVersion",
    ]
    assert [r.fault for r in ex.requests] == ["reply", None, "reply", None, "reply"]
    assert ex.requests[0].header("x-request-id") == "q-1"


def test_faults_scoped_by_operation(ex: FakeExchange) -> None:
    limited = ex.faults.add("rate_limit", operation="getAsset", retry_after=None)
    wrong_method = httpx.patch(f"{ex.url}{USER}/asset", headers=bearer(ex))  # no operation: passes by
    assert wrong_method.status_code == 405
    with make_client(ex, "jwt") as client:
        client.user.get_info()
        with pytest.raises(sixmm.RateLimitError) as caught:
            client.user.get_asset()
        assert caught.value.retry_after is None
        client.user.get_asset()
    assert limited.hits == 1
    assert [(r.operation_id, r.fault) for r in ex.requests] == [
        (None, None),
        ("getInfo", None),
        ("getAsset", "rate_limit"),
        ("getAsset", None),
    ]


# -- bad requests ---------------------------------------------------------------------------------


def test_unknown_path_and_wrong_method(ex: FakeExchange) -> None:
    assert_error_envelope(httpx.get(f"{ex.url}/v1/private/user/nothing", headers=bearer(ex)), 404, 2002)
    assert_error_envelope(httpx.get(f"{ex.url}/", headers=bearer(ex)), 404, 2002)
    wrong = httpx.patch(f"{ex.url}{USER}/info", headers=bearer(ex))
    assert_error_envelope(wrong, 405, 2002)
    assert wrong.headers["allow"] == "GET"
    listen = httpx.get(f"{ex.url}{USER}/listen-key", headers=bearer(ex))
    assert_error_envelope(listen, 405, 2002)
    assert listen.headers["allow"] == "POST, PUT, DELETE"
    assert [r.operation_id for r in ex.requests] == [None] * 4  # routed nowhere


def test_malformed_oversized_and_mistyped_bodies(ex: FakeExchange) -> None:
    path = f"{ex.url}{USER}/favorite-symbols"
    json_headers = {**bearer(ex), "Content-Type": "application/json"}
    for broken in (b'{"symbols": [', b"\xff\xfe", b'{"symbols": NaN}'):
        assert_error_envelope(httpx.post(path, headers=json_headers, content=broken), 400, 2002)
    oversized = b'{"symbols":["' + b"A" * 70_000 + b'"]}'
    assert_error_envelope(httpx.post(path, headers=json_headers, content=oversized), 413, 2003)
    text = {**bearer(ex), "Content-Type": "text/plain"}
    assert_error_envelope(httpx.post(path, headers=text, content=b'{"symbols":[]}'), 415, 2002)
    form = {**bearer(ex), "Content-Type": "application/x-www-form-urlencoded"}
    form_body = httpx.put(f"{ex.url}{USER}/listen-key", headers=form, content=b"listenKey=x")
    assert_error_envelope(form_body, 415, 2002)
    assert ex.state.favorites == ["BTCUSDT", "ETHUSDT"]
    # the server is still fine
    assert httpx.get(f"{ex.url}/v1/time").json()["code"] == 0


def test_request_id_is_echoed(ex: FakeExchange) -> None:
    response = httpx.get(f"{ex.url}/v1/time", headers={"X-Request-ID": "trace-me-42"})
    assert response.json()["requestId"] == "trace-me-42" and response.headers["x-request-id"] == "trace-me-42"
    with make_client(ex) as client:
        raw = client.user.with_raw_response.get_info(request_id="abc-123")
    assert raw.request_id == "abc-123"
    generated = httpx.get(f"{ex.url}/v1/nothing").json()["requestId"]
    assert re.fullmatch(r"[0-9a-f-]{36}", generated)


def test_internal_errors_never_leak(ex: FakeExchange, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode() -> Any:
        raise RuntimeError("secret internals at /srv/app.py line 42")

    monkeypatch.setattr(ex.state, "user_info", explode)
    response = httpx.get(f"{ex.url}{USER}/info", headers=bearer(ex))
    envelope = assert_error_envelope(response, 500, 5001)
    assert "secret internals" not in response.text and envelope["message"] == "internal server error"
    with make_client(ex, "jwt") as client, pytest.raises(sixmm.ServerError):
        client.user.get_info()


def test_errors_outside_the_handlers_never_leak(ex: FakeExchange, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: str, operation: str | None = None) -> None:
        raise RuntimeError("fault queue exploded")

    monkeypatch.setattr(ex.faults, "take", broken)
    response = httpx.get(f"{ex.url}/v1/time")
    assert_error_envelope(response, 500, 5001)
    assert "exploded" not in response.text
    monkeypatch.undo()
    assert httpx.get(f"{ex.url}/v1/time").json()["code"] == 0


def test_request_log_records_the_raw_request(ex: FakeExchange) -> None:
    with make_client(ex) as client:
        client.user.get_account_change_log(asset_type="USDT", page=2, page_size=5)
    recorded = ex.requests.last
    assert recorded.method == "GET" and recorded.path == f"{USER}/account-change-log"
    assert re.fullmatch(
        r"assetType=USDT&page=2&pageSize=5&timestamp=\d+&signature=[0-9a-f]{64}", recorded.query_string
    )
    assert recorded.raw_target == f"{recorded.path}?{recorded.query_string}"
    assert recorded.header("X-Api-Key") == ex.api_key and recorded.body == b""
    assert recorded.response is not None
    page = recorded.response.json()["data"]
    assert len(page["list"]) == 5 and 0 < page["total"] < 240
    ex.requests.clear()
    assert len(ex.requests) == 0


# -- the request log is bounded ------------------------------------------------------------------


def _recorded(n: int) -> RecordedRequest:
    return RecordedRequest("GET", f"/r/{n}", "", (), b"", received_at=n, request_id=f"r-{n}")


def test_the_request_log_keeps_the_newest_requests() -> None:
    log = RequestLog(max_size=3)
    for n in range(5):
        log.append(_recorded(n))
    assert [r.path for r in log] == ["/r/2", "/r/3", "/r/4"]
    assert log.dropped == 2 and len(log) == 3
    assert log[0].path == "/r/2" and log.last.path == "/r/4"
    assert [r.path for r in log[1:]] == ["/r/3", "/r/4"]
    unbounded = RequestLog(max_size=None)
    for n in range(DEFAULT_LOG_SIZE + 5):
        unbounded.append(_recorded(n))
    assert len(unbounded) == DEFAULT_LOG_SIZE + 5 and unbounded.dropped == 0
    with pytest.raises(ValueError, match="max_size"):
        RequestLog(max_size=0)


def test_large_posts_do_not_grow_the_exchange_log_past_its_size() -> None:
    # The probe that found it: unauthenticated 60 KB POSTs, each kept with its body.
    with FakeExchange(log_size=10) as ex, httpx.Client(base_url=ex.url) as http:
        for _ in range(40):
            answer = http.post("/v1/private/user/favorite-symbols", content=b"x" * 60_000)
            assert answer.status_code == 401
        assert len(ex.requests) == 10 and ex.requests.dropped == 30
        assert sum(len(r.body) for r in ex.requests) <= 10 * 60_000


# -- the command line -----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.slow
def test_command_line_serves_until_interrupted() -> None:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(GENERATED), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "sixmm.testing", "--port", str(port), "--log-size", "50"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        printed: dict[str, str] = {}
        deadline = time.monotonic() + 20
        while "JWT" not in printed and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            name, sep, value = line.partition(":")
            if sep and name in {"URL", "API key", "API secret", "JWT"}:
                printed[name] = value.strip()
        assert printed.get("URL") == f"http://127.0.0.1:{port}", printed
        time_response = httpx.get(f"{printed['URL']}/v1/time", timeout=5)
        assert time_response.status_code == 200 and time_response.json()["code"] == 0
        with sixmm.Client(
            base_url=printed["URL"], api_key=printed["API key"], api_secret=printed["API secret"]
        ) as client:
            assert client.user.get_info().user_info.username == "alice_trader"
        with sixmm.Client(base_url=printed["URL"], access_token=printed["JWT"]) as client:
            assert client.user.get_asset().user_asset.asset_type == "USDT"
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
        assert process.stderr is not None and "Traceback" not in process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
