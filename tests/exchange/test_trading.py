"""Trading on the local exchange through the public client only, sync and async.

Scenarios: place, amend, partial fill, cancel; a condition order triggering; a trailing
stop; an OCO where one leg cancels the other; a position opened and closed with PnL in
one-way and hedge mode; trades, change log and assets agreeing to the last digit; the
documented rules and error codes; logins, API keys and their permissions; the replay
check and the faults that execute a request and lose its answer. The exchange's clock is
frozen, prices move only when a test sets them.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
import yaml

import sixmm
from sixmm.testing import FakeExchange
from tests.support.clients import FLAVORS, Flavor
from tests.support.paths import SPEC
from tests.support.signing import signed_query

Call = Callable[..., Any]


def _client_options(ex: FakeExchange) -> dict[str, Any]:
    return {"base_url": ex.url, "max_retries": 0, "time_sync_interval": None, "clock": ex.clock.now}


def caller(ex: FakeExchange, flavor: Flavor, **credentials: Any) -> Call:
    """``call("order.place", symbol=...)``: one call with `Client` or `AsyncClient` (JWT by default)."""
    options = {**_client_options(ex), **(credentials or {"access_token": ex.access_token})}

    def call(name: str, **arguments: Any) -> Any:
        tag, method = name.split(".")
        if flavor == "sync":
            with sixmm.Client(**options) as client:
                return getattr(getattr(client, tag), method)(**arguments)

        async def run() -> Any:
            async with sixmm.AsyncClient(**options) as client:
                return await getattr(getattr(client, tag), method)(**arguments)

        return asyncio.run(run())

    return call


BTC = "BTCUSDT"
ORDER_QUERIES = ("/v1/private/order/current", "/v1/private/order/current-condition")


def _open_long(call: Call, quantity: str = "0.1") -> None:
    call("order.place", symbol=BTC, type="MARKET", side="BUY", quantity=quantity)


@pytest.mark.parametrize("flavor", FLAVORS)
def test_place_amend_partial_fill_cancel(ex: FakeExchange, flavor: Flavor) -> None:
    call = caller(ex, flavor)
    placed = call(
        "order.place",
        symbol=BTC,
        type="LIMIT",
        side="BUY",
        price="84000",
        quantity="0.1",
        client_order_id="scenario-1",
    )
    assert placed.status == "PENDING" and placed.client_order_id == "scenario-1"
    moved = call("order.move", symbol=BTC, order_id=placed.order_id, price="84100", quantity="0.2")
    assert moved.status == "PENDING"
    ex.fill(placed.order_id, "0.05")
    order = call("order.get_order", symbol=BTC, client_order_id="scenario-1")
    assert (order.status, order.executed_qty, order.quantity, order.price) == (
        "PARTIALLY_FILLED",
        Decimal("0.05"),
        Decimal("0.2"),
        Decimal("84100"),
    )
    current = call("order.get_current", symbol=BTC)
    assert [o.order_id for o in current.list_] == [placed.order_id]
    canceled = call("order.cancel", symbol=BTC, order_id=placed.order_id)
    assert canceled.status == "PARTIALLY_FILLED_CANCELED"
    assert call("order.get_current", symbol=BTC).list_ == []
    assert [o.order_id for o in call("order.get_history", symbol=BTC).list_] == [placed.order_id]
    (trade,) = call("order.get_trades", symbol=BTC).list_
    assert (trade.role_type, trade.price, trade.quantity) == ("maker", Decimal("84100"), Decimal("0.05"))
    assert trade.handling_fee == Decimal("0.05") * Decimal("84100") * Decimal("0.0002")
    with pytest.raises(sixmm.BusinessError) as refused:
        call("order.cancel", symbol=BTC, order_id=placed.order_id)
    assert refused.value.code == 3005


@pytest.mark.parametrize("flavor", FLAVORS)
def test_a_stop_order_triggers_and_closes_the_position_with_pnl(ex: FakeExchange, flavor: Flavor) -> None:
    call = caller(ex, flavor)
    _open_long(call)
    ack = call(
        "order.place_condition",
        symbol=BTC,
        type="STOP_MARKET",
        side="SELL",
        stop_price="85000",
        close_position=True,
        client_order_id="stop-1",
    )
    assert [c.condition_id for c in call("order.get_current_condition").list_] == [ack.condition_id]
    ex.set_price(BTC, "85100")
    assert call("order.get_current_condition").list_ != [], "not crossed yet"
    ex.set_price(BTC, "84900")
    assert call("order.get_current_condition").list_ == []
    (done,) = call("order.get_condition_history").list_
    assert done.condition_status == "TRIGGERED" and done.order_id
    assert call("position.get_positions").positions == []
    (closed,) = call("position.get_history").list_
    assert closed.trigger_mode == 3, "stop loss"
    assert (closed.entry_price, closed.close_price, closed.pnl) == (
        Decimal("85500"),
        Decimal("84900"),
        Decimal("-60"),
    )


def test_a_trailing_stop_follows_the_price(ex: FakeExchange) -> None:
    call = caller(ex, "sync")
    _open_long(call)
    call(
        "order.place_condition",
        symbol=BTC,
        type="TRAILING_STOP",
        side="SELL",
        activate_price="86000",
        callback_rate="1",
        close_position=True,
    )
    for price in ("86000", "88000", "87200"):  # activated, new high, 0.9% below it
        ex.set_price(BTC, price)
    assert len(call("position.get_positions").positions) == 1
    ex.set_price(BTC, "87120")  # 1% below 88000
    assert call("position.get_positions").positions == []
    assert call("position.get_history").list_[0].close_price == Decimal("87120")


@pytest.mark.parametrize("flavor", FLAVORS)
def test_an_oco_leg_cancels_the_other(ex: FakeExchange, flavor: Flavor) -> None:
    call = caller(ex, flavor)
    _open_long(call)
    legs = [
        {
            "strategySubId": 1,
            "symbol": BTC,
            "type": "TAKE_PROFIT_MARKET",
            "side": "SELL",
            "quantity": "0.1",
            "stopPrice": "90000",
            "reduceOnly": True,
        },
        {
            "strategySubId": 2,
            "symbol": BTC,
            "type": "STOP_MARKET",
            "side": "SELL",
            "quantity": "0.1",
            "stopPrice": "80000",
            "reduceOnly": True,
        },
    ]
    ack = call("order.place_strategy", strategy_type="OCO", sub_order_list=legs)
    assert len(call("order.get_current_condition").list_) == 2
    ex.set_price(BTC, "90000")
    strategy = call("order.get_strategy", strategy_id=ack.strategy_id)
    assert strategy.strategy_status == "ALL_DONE"
    assert [s.sub_status for s in strategy.sub_orders] == ["FILLED", "CANCELED"]
    assert call("order.get_current_condition").list_ == []
    (closed,) = call("position.get_history").list_
    assert (closed.pnl, closed.trigger_mode) == (Decimal("450"), 2)


def test_an_otoco_opens_then_one_exit_cancels_the_other(ex: FakeExchange) -> None:
    call = caller(ex, "sync")
    entry = {
        "strategySubId": 1,
        "symbol": BTC,
        "type": "LIMIT",
        "side": "BUY",
        "price": "85000",
        "quantity": "0.1",
    }
    exit_ = {"firstDrivenId": 1, "symbol": BTC, "side": "SELL", "quantity": "0.1", "reduceOnly": True}
    legs = [
        entry,
        {**exit_, "strategySubId": 2, "type": "TAKE_PROFIT_MARKET", "stopPrice": "90000"},
        {**exit_, "strategySubId": 3, "type": "STOP_MARKET", "stopPrice": "80000"},
    ]
    ack = call("order.place_strategy", strategy_type="OTOCO", sub_order_list=legs)
    states = [s.sub_status for s in call("order.get_strategy", strategy_id=ack.strategy_id).sub_orders]
    assert states == ["WORKING", "WAITING", "WAITING"]
    ex.set_price(BTC, "85000")
    assert len(call("order.get_current_condition").list_) == 2
    ex.set_price(BTC, "79000")
    strategy = call("order.get_strategy", strategy_id=ack.strategy_id)
    assert [s.sub_status for s in strategy.sub_orders] == ["FILLED", "CANCELED", "FILLED"]
    assert strategy.strategy_status == "ALL_DONE"
    assert call("position.get_history").list_[0].pnl == Decimal("-600")


def test_an_oto_places_its_second_order_when_the_first_fills(ex: FakeExchange) -> None:
    call = caller(ex, "sync")
    legs = [
        {
            "strategySubId": 1,
            "symbol": BTC,
            "type": "LIMIT",
            "side": "BUY",
            "price": "85000",
            "quantity": "0.1",
        },
        {
            "strategySubId": 2,
            "firstDrivenId": 1,
            "symbol": BTC,
            "type": "STOP_MARKET",
            "side": "SELL",
            "quantity": "0.1",
            "stopPrice": "84000",
            "reduceOnly": True,
        },
    ]
    call("order.place_strategy", strategy_type="OTO", sub_order_list=legs)
    assert call("order.get_current_condition").list_ == []
    ex.set_price(BTC, "85000")
    assert [c.stop_price for c in call("order.get_current_condition").list_] == [Decimal("84000")]


@pytest.mark.parametrize("flavor", FLAVORS)
def test_trades_change_log_and_assets_agree(ex: FakeExchange, flavor: Flavor) -> None:
    call = caller(ex, flavor)
    before = call("user.get_asset").user_asset.wallet_balance
    logged_before = call("user.get_account_change_log", page_size=1).total
    _open_long(call, "0.2")
    ex.set_price(BTC, "86000")
    call("order.place", symbol=BTC, type="LIMIT", side="SELL", price="86100", quantity="0.1")
    ex.set_price(BTC, "86200")  # the resting sell fills as maker at 86100
    call("order.place", symbol=BTC, type="MARKET", side="SELL", quantity="0.1")
    trades = call("order.get_trades").list_
    fees = sum((t.handling_fee for t in trades), Decimal(0))
    pnl = sum((t.realized_pnl for t in trades), Decimal(0))
    assert pnl == Decimal("0.1") * 600 + Decimal("0.1") * 700
    assert call("position.get_history").list_[0].pnl == pnl
    entries = call("user.get_account_change_log", page_size=50).list_
    new = entries[: call("user.get_account_change_log", page_size=1).total - logged_before]
    assert sum((e.amount for e in new if e.change_type == "TRADE_FEE"), Decimal(0)) == -fees
    assert sum((e.amount for e in new if e.change_type == "REALIZED_PNL"), Decimal(0)) == pnl
    assert call("user.get_asset").user_asset.wallet_balance == before + pnl - fees
    assert call("user.get_volume_stats").volume30d >= sum((t.trade_value for t in trades), Decimal(0))


def test_hedge_mode_keeps_long_and_short_apart(ex: FakeExchange) -> None:
    call = caller(ex, "sync")
    with pytest.raises(sixmm.InvalidParameterError):
        call("order.place", symbol=BTC, type="MARKET", side="BUY", quantity="0.1", position_side="LONG")
    ex.set_hedge_mode(True)
    call("order.place", symbol=BTC, type="MARKET", side="BUY", quantity="0.1", position_side="LONG")
    call("order.place", symbol=BTC, type="MARKET", side="SELL", quantity="0.2", position_side="SHORT")
    sides = {p.position_side: p.quantity for p in call("position.get_positions").positions}
    assert sides == {"LONG": Decimal("0.1"), "SHORT": Decimal("0.2")}
    ex.set_price(BTC, "85000")
    call("order.place", symbol=BTC, type="MARKET", side="BUY", quantity="0.2", position_side="SHORT")
    (closed,) = call("position.get_history", side="short").list_
    assert closed.pnl == Decimal("100")


def test_settings_leverage_and_margin_mode(ex: FakeExchange) -> None:
    call = caller(ex, "sync")
    assert call("position.get_settings", symbol=BTC).leverage == 20
    assert call("position.set_leverage", symbol=BTC, leverage=50).leverage == 50
    call("position.set_margin_mode", symbol=BTC, margin_mode=2)
    settings = call("position.get_settings", symbol=BTC)
    assert (settings.margin_mode, settings.leverage) == (2, 50)
    with pytest.raises(sixmm.InvalidParameterError) as refused:
        call("position.set_leverage", symbol=BTC, leverage=126)
    assert refused.value.code == 2003


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        ({"type": "LIMIT", "side": "BUY", "price": "84000.05", "quantity": "0.1"}, 2002),  # tickSize 0.1
        ({"type": "LIMIT", "side": "BUY", "price": "84000", "quantity": "0.0005"}, 2002),  # stepSize
        ({"type": "MARKET", "side": "BUY", "quantity": "121"}, 2003),  # maxMarketOrderQty 120
        ({"type": "LIMIT", "side": "BUY", "price": "100", "quantity": "0.001"}, 2003),  # minNotional 5
        ({"type": "LIMIT", "side": "BUY", "price": "86000", "quantity": "0.1", "maker_only": True}, 2002),
        ({"type": "MARKET", "side": "SELL", "quantity": "0.1", "reduce_only": True}, 2002),
        ({"type": "MARKET", "side": "BUY", "quantity": "100"}, 3001),
        (
            {"type": "LIMIT", "side": "BUY", "price": "84000", "quantity": "0.1", "client_order_id": "dup"},
            3004,
        ),
    ],
)
def test_orders_that_break_the_rules_get_the_documented_codes(
    ex: FakeExchange, arguments: dict[str, Any], code: int
) -> None:
    call = caller(ex, "sync")
    call(
        "order.place",
        symbol=BTC,
        type="LIMIT",
        side="BUY",
        price="80000",
        quantity="0.01",
        client_order_id="dup",
    )
    with pytest.raises(sixmm.APIError) as refused:
        call("order.place", symbol=BTC, **arguments)
    assert refused.value.code == code


def test_ioc_fok_and_cancel_all(ex: FakeExchange) -> None:
    call = caller(ex, "sync")
    for tif in ("IOC", "FOK"):
        order = call(
            "order.place",
            symbol=BTC,
            type="LIMIT",
            side="BUY",
            price="84000",
            quantity="0.1",
            time_in_force=tif,
        )
        assert order.status == "CANCELED"
    filled = call(
        "order.place",
        symbol=BTC,
        type="LIMIT",
        side="BUY",
        price="86000",
        quantity="0.1",
        time_in_force="IOC",
    )
    assert filled.status == "FILLED"
    for price in ("84000", "84100"):
        call("order.place", symbol=BTC, type="LIMIT", side="BUY", price=price, quantity="0.01")
    call("order.cancel_all", symbol=BTC, cancel_type=0)
    assert call("order.get_current").list_ == [], "accepted, then carried out before the next request"


def test_current_orders_are_a_cursor_listing(ex: FakeExchange) -> None:
    call = caller(ex, "sync")
    ids = [
        call("order.place", symbol=BTC, type="LIMIT", side="BUY", price=f"8{i}000", quantity="0.01").order_id
        for i in range(4)
    ]
    first = call("order.get_current", limit=3)
    assert [o.order_id for o in first.list_] == ids[::-1][:3] and first.total == 4
    rest = call("order.get_current", limit=3, last_order_id=int(first.list_[-1].order_id))
    assert [o.order_id for o in rest.list_] == [ids[0]]


def test_market_data_is_deterministic(ex: FakeExchange) -> None:
    call = caller(ex, "sync")
    symbols = call("market.get_symbols")
    btc = next(s for s in symbols.list_ if s.symbol == BTC)
    assert (btc.tick_size, btc.step_size, btc.min_notional) == (
        Decimal("0.1"),
        Decimal("0.001"),
        Decimal("5"),
    )
    klines = call("market.get_klines", symbol=BTC, interval="1m", limit=5)
    assert len(klines.list_) == 5 and klines == call("market.get_klines", symbol=BTC, interval="1m", limit=5)
    assert all(k.low <= min(k.open, k.close) <= max(k.open, k.close) <= k.high for k in klines.list_)
    marks = call("market.get_klines", symbol=BTC, interval="1h", price_type="markPrice", limit=2)
    assert marks.list_[1].open_time - marks.list_[0].open_time == 3_600_000
    history = call("market.get_funding_rate_history", symbol=BTC, page_size=3)
    assert history.total == 90 and history.list_[0].funding_time > history.list_[1].funding_time
    anonymous = httpx.get(f"{ex.url}/v1/public/leaderboard/pnl", params={"period": "30d"}).json()
    assert anonymous["data"]["myRank"] == 0
    assert len(call("public.get_pnl_leaderboard", period="7d").list_) == 10


@pytest.mark.parametrize("flavor", FLAVORS)
def test_login_refresh_and_logout(ex: FakeExchange, flavor: Flavor) -> None:
    public = caller(ex, flavor)  # public operations send no credentials
    with pytest.raises(sixmm.AuthenticationError):
        public("public.login", username="alice_trader", password="wrong")
    login = public("public.login", username="alice_trader", password="correct-horse")
    user = caller(ex, flavor, access_token=login.access_token.get_secret_value())
    assert user("user.get_info").user_info.username == "alice_trader"
    ticket = public("public.exchange_agent_ticket", ticket=ex.sessions.issue_ticket())
    assert ticket.redirect_path.startswith("/")
    with pytest.raises(sixmm.AuthenticationError):
        public("public.exchange_agent_ticket", ticket="tkt-unknown")
    data, cookie = ex.sessions.login("alice_trader", "correct-horse")
    refreshed = public("public.refresh_token", extra_headers={"Cookie": f"refreshToken={cookie}"})
    session = caller(ex, flavor, access_token=data["accessToken"])
    session("user.logout", extra_headers={"Cookie": f"refreshToken={cookie}"})
    for token in (data["accessToken"], refreshed.access_token.get_secret_value()):
        with pytest.raises(sixmm.AuthenticationError) as revoked:
            caller(ex, flavor, access_token=token)("user.get_info")
        assert revoked.value.code == 1004
    with pytest.raises(sixmm.AuthenticationError):
        public("public.refresh_token", extra_headers={"Cookie": f"refreshToken={cookie}"})


def test_api_keys_sign_with_their_permissions_and_whitelist(ex: FakeExchange) -> None:
    jwt = caller(ex, "sync")
    read = jwt("api_key.create", label="reader", permissions=1)
    as_reader = caller(ex, "sync", api_key=read.api_key, api_secret=read.api_secret.get_secret_value())
    assert as_reader("user.get_info").user_info.user_id
    with pytest.raises(sixmm.BusinessError) as denied:
        as_reader("order.get_current")
    assert denied.value.code == 3006
    with pytest.raises(sixmm.CredentialsError, match="listApiKeys"):
        as_reader("api_key.list_keys")  # JWT only: refused by the client, before sending
    query = signed_query(read.api_secret.get_secret_value(), f"timestamp={ex.clock.now()}")
    refused = httpx.get(f"{ex.url}/v1/private/user/api-key/list?{query}", headers={"X-API-KEY": read.api_key})
    assert refused.status_code == 401, "and by the exchange"
    (listed,) = jwt("api_key.list_keys").list_
    assert (listed.label, listed.permissions, listed.status) == ("reader", 1, 1)
    jwt("api_key.update", id=listed.id, ip_whitelist=["203.0.113.10"])
    with pytest.raises(sixmm.AuthenticationError) as elsewhere:
        as_reader("user.get_info")
    assert elsewhere.value.code == 1006
    jwt("api_key.update", id=listed.id, ip_whitelist=[], permissions=3)
    assert as_reader("order.get_current").list_ == []
    jwt("api_key.delete", id=listed.id)
    with pytest.raises(sixmm.AuthenticationError) as deleted:
        as_reader("user.get_info")
    assert deleted.value.code == 1003
    jwt("api_key.create", label="a")
    assert jwt("api_key.delete_all").deleted == 1 and jwt("api_key.list_keys").list_ == []


def _signed_post(ex: FakeExchange, path: str, body: dict[str, Any]) -> tuple[str, bytes]:
    raw = json.dumps(body, separators=(",", ":")).encode()
    return f"{ex.url}{path}?{signed_query(ex.api_secret, f'timestamp={ex.clock.now()}', raw)}", raw


def test_the_replay_check_refuses_a_reused_signature_on_order_paths(ex: FakeExchange) -> None:
    headers = {"X-API-KEY": ex.api_key, "Content-Type": "application/json"}
    url, raw = _signed_post(
        ex, "/v1/private/order/place", {"symbol": BTC, "type": "MARKET", "side": "BUY", "quantity": "0.01"}
    )
    first = httpx.post(url, content=raw, headers=headers).json()
    again = httpx.post(url, content=raw, headers=headers).json()
    assert first["code"] == 0
    assert (again["code"], again["message"]) == (3004, "Signature replay detected")
    query = signed_query(ex.api_secret, f"timestamp={ex.clock.now()}")  # one payload, two paths
    codes = [httpx.get(f"{ex.url}{o}?{query}", headers=headers).json()["code"] for o in ORDER_QUERIES]
    assert codes == [0, 0]
    url, raw = _signed_post(ex, "/v1/private/user/favorite-symbols", {"symbols": []})
    assert [httpx.post(url, content=raw, headers=headers).json()["code"] for _ in range(2)] == [0, 0]


@pytest.mark.parametrize("fault", [{"kind": "drop_after"}, {"kind": "server_error", "executed": True}])
def test_faults_that_execute_and_lose_the_answer(ex: FakeExchange, fault: dict[str, Any]) -> None:
    call = caller(ex, "sync")
    ex.faults.add(operation="placeOrder", **fault)
    placed = call(
        "order.place",
        symbol=BTC,
        type="LIMIT",
        side="BUY",
        price="84000",
        quantity="0.1",
        client_order_id="lost-answer",
    )
    assert placed.client_order_id == "lost-answer", "found by the lookup"
    assert call("order.get_order", symbol=BTC, client_order_id="lost-answer").status == "PENDING"
    assert len(call("order.get_current").list_) == 1, "executed exactly once"


AMBIGUOUS_FAULTS = [{"kind": "drop_after"}, {"kind": "server_error", "executed": True}]
ORDER_WRITES = {
    "placeOrder": ("order.place", {"type": "LIMIT", "side": "BUY", "price": "84000", "quantity": "0.1"}),
    "placeConditionOrder": (
        "order.place_condition",
        {"type": "STOP_MARKET", "side": "SELL", "stop_price": "80000", "quantity": "0.1"},
    ),
}


def _raw_write(ex: FakeExchange, flavor: Flavor, name: str, max_retries: int, **arguments: Any) -> Any:
    """``client.<tag>.with_raw_response.<method>(...)`` with an API key, so every send is signed."""
    options = {
        **_client_options(ex),
        "api_key": ex.api_key,
        "api_secret": ex.api_secret,
        "max_retries": max_retries,
    }
    tag, method = name.split(".")
    if flavor == "sync":
        with sixmm.Client(**options) as client:
            return getattr(getattr(client, tag).with_raw_response, method)(symbol=BTC, **arguments)

    async def run() -> Any:
        async with sixmm.AsyncClient(**options) as client:
            return await getattr(getattr(client, tag).with_raw_response, method)(symbol=BTC, **arguments)

    return asyncio.run(run())


def _open_orders(call: Call) -> list[Any]:
    return [*call("order.get_current").list_, *call("order.get_current_condition").list_]


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("fault", AMBIGUOUS_FAULTS, ids=lambda f: str(f["kind"]))
@pytest.mark.parametrize("operation", sorted(ORDER_WRITES))
def test_an_executed_write_whose_answer_is_lost_is_found_not_resent(
    ex: FakeExchange, flavor: Flavor, fault: dict[str, Any], operation: str
) -> None:
    name, arguments = ORDER_WRITES[operation]
    ex.faults.add(operation=operation, **fault)
    raw = _raw_write(ex, flavor, name, 2, **arguments)
    assert (raw.attempts, raw.reconciled) == (1, True)
    (order,) = _open_orders(caller(ex, "sync"))
    assert order.client_order_id.startswith("sx-"), "a clientOrderId is generated when none is given"
    identity = "order_id" if operation == "placeOrder" else "condition_id"
    assert getattr(raw.data, identity) == getattr(order, identity) and raw.data.timestamp == order.created_at
    assert len(ex.requests.for_operation(operation)) == 1, "sent exactly once"


@pytest.mark.parametrize("flavor", FLAVORS)
def test_a_write_the_lookup_does_not_find_is_resent_signed_afresh(ex: FakeExchange, flavor: Flavor) -> None:
    ex.faults.add(operation="placeOrder", kind="drop")  # lost before it was handled
    arguments = ORDER_WRITES["placeOrder"][1]
    raw = _raw_write(ex, flavor, "order.place", 1, client_order_id="resent-1", **arguments)
    assert (raw.attempts, raw.reconciled, raw.data.client_order_id) == (2, False, "resent-1")
    first, second = (r.query_string for r in ex.requests.for_operation("placeOrder"))
    assert first != second, "the resend carries a fresh timestamp and signature"
    assert len(caller(ex, "sync")("order.get_current").list_) == 1


def test_without_a_retry_left_a_write_the_lookup_does_not_find_raises(ex: FakeExchange) -> None:
    ex.faults.add(operation="placeOrder", kind="drop")
    with pytest.raises(sixmm.APIConnectionError):
        _raw_write(ex, "sync", "order.place", 0, **ORDER_WRITES["placeOrder"][1])
    assert caller(ex, "sync")("order.get_current").list_ == []


def test_every_order_of_a_batch_carries_a_client_order_id(ex: FakeExchange) -> None:
    call = caller(ex, "sync")
    order = {"symbol": BTC, "type": "LIMIT", "side": "BUY", "price": "84000", "quantity": "0.1"}
    call("order.batch_place", orders=[order, {**order, "clientOrderId": "mine"}])
    keys = sorted(o.client_order_id for o in call("order.get_current").list_)
    assert keys[0] == "mine" and keys[1].startswith("sx-")


def _if_then_rules(schema_name: str) -> list[tuple[dict[str, Any], list[str]]]:
    """(the `if` constants, the `then` required fields) of a body schema's allOf rules."""
    schema = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"][schema_name]
    rules = []
    for rule in schema["allOf"]:
        condition = rule["if"].get("properties", {})
        values = {name: (c["const"] if "const" in c else c["enum"][0]) for name, c in condition.items()}
        rules.append((values, rule["then"]["required"]))
    return rules


@pytest.mark.parametrize(
    ("operation", "schema", "base"),
    [
        (
            "place",
            "PlaceOrderRequest",
            {"symbol": BTC, "side": "BUY", "type": "LIMIT", "price": "84000", "quantity": "0.1"},
        ),
        (
            "place-condition",
            "PlaceConditionOrderRequest",
            {
                "symbol": BTC,
                "side": "SELL",
                "type": "STOP_LIMIT",
                "price": "84000",
                "quantity": "0.1",
                "stopPrice": "84000",
                "activatePrice": "86000",
                "callbackRate": "1",
            },
        ),
    ],
)
def test_the_spec_s_conditional_rules_are_enforced(
    ex: FakeExchange, operation: str, schema: str, base: dict[str, Any]
) -> None:
    """Each `if`/`then` rule of the spec: a body meeting the `if` without a `then` field gets 2001."""
    rules = _if_then_rules(schema)
    assert rules
    headers = {"X-API-KEY": ex.api_key, "Content-Type": "application/json"}
    for condition, required in rules:
        for missing in required:
            body = {k: v for k, v in {**base, **condition}.items() if k != missing}
            if "closePosition" in condition:  # the `if` is a `not`: quantity rule, closePosition false
                body = {k: v for k, v in base.items() if k != missing}
            ex.clock.advance(1)  # a fresh signature each time
            url, raw = _signed_post(ex, f"/v1/private/order/{operation}", body)
            answer = httpx.post(url, content=raw, headers=headers).json()
            assert (answer["code"], missing in answer["message"]) == (2001, True), (condition, missing)


def _iterate(ex: FakeExchange, flavor: Flavor, **arguments: Any) -> list[Any]:
    """Every item of ``client.order.iter_current(**arguments)``, with `Client` or `AsyncClient`."""
    options = {**_client_options(ex), "access_token": ex.access_token}
    if flavor == "sync":
        with sixmm.Client(**options) as client:
            return list(client.order.iter_current(**arguments))

    async def run() -> list[Any]:
        async with sixmm.AsyncClient(**options) as client:
            return [order async for order in client.order.iter_current(**arguments)]

    return asyncio.run(run())


@pytest.mark.parametrize("flavor", FLAVORS)
def test_iter_current_walks_the_cursor_across_pages(ex: FakeExchange, flavor: Flavor) -> None:
    ex.set_price(BTC, "85000")
    order = {"symbol": BTC, "type": "LIMIT", "side": "BUY", "quantity": "0.01"}
    placed = [ex.book.place({**order, "price": str(80000 + i)}) for i in range(7)]
    newest_first = [str(o.order_id) for o in reversed(placed)]
    assert [o.order_id for o in _iterate(ex, flavor, symbol=BTC, limit=3)] == newest_first
    pages = [r for r in ex.requests if r.path == "/v1/private/order/current"]
    cursors = [r.query_string.partition("&lastOrderId=")[2] for r in pages]
    assert cursors == ["", newest_first[2], newest_first[5]]
    # Starting after a given order; a last page exactly `limit` long costs one empty call.
    ex.requests.clear()
    after = int(newest_first[0])
    assert [o.order_id for o in _iterate(ex, flavor, limit=2, last_order_id=after)] == newest_first[1:]
    assert len([r for r in ex.requests if r.path == "/v1/private/order/current"]) == 4
    # Without a limit the server's default page is read until an empty one.
    ex.requests.clear()
    assert len(_iterate(ex, flavor)) == 7
    assert len([r for r in ex.requests if r.path == "/v1/private/order/current"]) == 2
