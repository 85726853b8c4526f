"""Regressions of the local exchange: decimals on the wire, strategies, position history filters,
shared state read under its lock, and user-stream events published outside the book's lock."""

from __future__ import annotations

import contextlib
import json
import re
import threading
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from websockets.sync.client import connect

import sixmm
from sixmm.testing import FakeExchange

BTC = "BTCUSDT"
DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")
"""The spec's pattern of a decimal string (`^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$`)."""
NUMBER_LIKE = re.compile(r"[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?")
DECIMAL_WS_TOPICS = [
    f"market.depth.{BTC}",
    f"market.trade.{BTC}",
    f"market.kline.{BTC}.1m",
    f"market.ticker.{BTC}",
    "market.tickers",
]
FRAME_TIMEOUT = 30.0
"""A bound on reading one frame; a failing test ends instead of hanging."""


@pytest.fixture
def client(ex: FakeExchange) -> Iterator[sixmm.Client]:
    options: dict[str, Any] = {"max_retries": 0, "time_sync_interval": None, "clock": ex.clock.now}
    with sixmm.Client(base_url=ex.url, access_token=ex.access_token, **options) as c:
        yield c


def _not_decimal_strings(value: Any, where: str = "") -> list[str]:
    """Every string in ``value`` that is written as a number but not as the spec's decimal."""
    if isinstance(value, dict):
        return [bad for k, v in value.items() for bad in _not_decimal_strings(v, f"{where}.{k}")]
    if isinstance(value, list):
        return [bad for i, v in enumerate(value) for bad in _not_decimal_strings(v, f"{where}[{i}]")]
    if isinstance(value, str) and NUMBER_LIKE.fullmatch(value) and not DECIMAL.fullmatch(value):
        return [f"{where}={value!r}"]
    return []


@pytest.mark.parametrize("price", ["65000", "100.5", "12", "99999.9"])
def test_every_decimal_the_exchange_sends_is_a_plain_decimal_string(
    ex: FakeExchange, client: sixmm.Client, price: str
) -> None:
    with connect(ex.ws_url) as ws:
        ws.send(json.dumps({"id": "1", "op": "subscribe", "args": DECIMAL_WS_TOPICS}))
        frames = [ws.recv(FRAME_TIMEOUT), ws.recv(FRAME_TIMEOUT)]  # the ack, the depth snapshot
        ex.stream.move_price(BTC, price)
        ex.stream.publish_trade(BTC, price)
        frames += [ws.recv(FRAME_TIMEOUT) for _ in range(4 + 4)]  # depth, ticker, kline, tickers; trade, ...
    ex.set_price(BTC, price)
    ex.set_mark_price(BTC, Decimal(price) + Decimal("0.3"))
    for series in (None, "markPrice", "indexPrice"):
        with contextlib.suppress(sixmm.SixMMError):  # decoded or not, the answer is in the log
            client.market.get_klines(symbol=BTC, interval="1h", price_type=series, limit=1000)
    client.market.get_symbols()
    client.market.get_funding_rate_config()
    client.market.get_funding_rate_history(symbol=BTC)
    quantity = "0.5" if Decimal(price) < 1000 else "0.01"
    client.order.place(symbol=BTC, type="MARKET", side="BUY", quantity=quantity)
    client.order.place(symbol=BTC, type="MARKET", side="SELL", quantity=quantity)
    client.position.get_positions()
    client.position.get_history()
    client.order.get_trades()
    client.user.get_asset()
    bad = _not_decimal_strings([json.loads(f) for f in frames], "ws")
    for request in ex.requests:
        assert request.response is not None
        bad += _not_decimal_strings(request.response.json(), request.operation_id or request.path)
    assert bad == []


def _leg(sub_id: int, side: str, price: str, **extra: Any) -> dict[str, Any]:
    return {
        "strategySubId": sub_id,
        "symbol": BTC,
        "type": "LIMIT",
        "side": side,
        "price": price,
        "quantity": "0.01",
        "timeInForce": "GTC",
        **extra,
    }


def test_an_oco_leg_that_fills_at_once_leaves_the_other_unplaced(
    ex: FakeExchange, client: sixmm.Client
) -> None:
    ex.set_price(BTC, "85000")
    marketable, resting = _leg(1, "BUY", "86000"), _leg(2, "BUY", "80000")
    ack = client.order.place_strategy(strategy_type="OCO", sub_order_list=[marketable, resting])
    strategy = client.order.get_strategy(strategy_id=ack.strategy_id)
    assert strategy.strategy_status == "ALL_DONE"
    assert [(s.sub_status, bool(s.order_id)) for s in strategy.sub_orders] == [
        ("FILLED", True),
        ("CANCELED", False),
    ]
    assert client.order.get_current().list_ == []


def test_a_refused_strategy_places_nothing(ex: FakeExchange, client: sixmm.Client) -> None:
    ex.set_price(BTC, "85000")
    good, off_tick = _leg(1, "BUY", "80000"), _leg(2, "SELL", "90000.05")
    with pytest.raises(sixmm.InvalidParameterError) as refused:
        client.order.place_strategy(strategy_type="OCO", sub_order_list=[good, off_tick])
    assert refused.value.code == 2002
    assert client.order.get_current().list_ == []
    assert ex.book.strategies == {}


def test_position_history_filters_one_way_positions_by_their_direction(
    ex: FakeExchange, client: sixmm.Client
) -> None:
    ex.set_price(BTC, "85000")
    for opening, closing in (("BUY", "SELL"), ("SELL", "BUY")):  # a long, then a short
        client.order.place(symbol=BTC, type="MARKET", side=opening, quantity="0.01")
        client.order.place(symbol=BTC, type="MARKET", side=closing, quantity="0.01")
    assert len(client.position.get_history().list_) == 2
    assert len(client.position.get_history(side="long").list_) == 1
    assert len(client.position.get_history(side="short").list_) == 1


class _OwnedDict(dict[int, Any]):
    """The book's orders, insisting on being read under the book's lock."""

    def __init__(self, lock: Any, items: dict[int, Any]) -> None:
        super().__init__(items)
        self.lock = lock

    def values(self) -> Any:
        assert self.lock._is_owned(), "the orders were read without the book's lock"
        return super().values()


def test_get_order_reads_the_orders_under_the_book_lock(ex: FakeExchange, client: sixmm.Client) -> None:
    ex.set_price(BTC, "85000")
    placed = client.order.place(symbol=BTC, type="LIMIT", side="BUY", price="80000", quantity="0.01")
    ex.book.orders = _OwnedDict(ex.book.lock, ex.book.orders)
    assert client.order.get_order(symbol=BTC, order_id=placed.order_id).order_id == placed.order_id


class _GuardedTopics(set[str]):
    """A connection's topics, insisting on being iterated under the hub's lock."""

    def __init__(self, lock: Any, topics: set[str]) -> None:
        super().__init__(topics)
        self.lock = lock

    def __iter__(self) -> Iterator[str]:
        assert self.lock.locked(), "the topics were iterated without the hub's lock"
        return super().__iter__()


def test_publishing_iterates_the_subscriptions_under_the_hub_lock(ex: FakeExchange) -> None:
    with connect(ex.ws_url) as ws:
        ws.send(json.dumps({"id": "1", "op": "subscribe", "args": [f"market.kline.{BTC}.1m"]}))
        ws.recv(FRAME_TIMEOUT)
        for connection in ex.stream._connections:
            connection.topics = _GuardedTopics(ex.stream._lock, connection.topics)
        ex.stream.move_price(BTC, "65010")  # publishes the klines of the subscribed intervals
        assert json.loads(ws.recv(FRAME_TIMEOUT))["topic"] == f"market.kline.{BTC}.1m"


def test_order_listeners_run_after_the_book_lock_is_released(ex: FakeExchange, client: sixmm.Client) -> None:
    held: list[bool] = []

    def probe(order: Any, quantity: Decimal, price: Decimal) -> None:
        free = threading.Event()

        def try_lock() -> None:
            if ex.book.lock.acquire(blocking=False):
                ex.book.lock.release()
                free.set()

        other = threading.Thread(target=try_lock)
        other.start()
        other.join()
        held.append(not free.is_set())

    ex.book.listeners.append(probe)
    try:
        ex.set_price(BTC, "85000")
        placed = client.order.place(symbol=BTC, type="LIMIT", side="BUY", price="84000", quantity="0.2")
        ex.fill(placed.order_id, "0.05")  # from the test's thread, as the stall needed
        ex.set_price(BTC, "83000")  # crosses the rest
    finally:
        ex.book.listeners.remove(probe)
    assert len(held) == 3 and not any(held)


def test_a_canceled_condition_order_reaches_the_user_stream(ex: FakeExchange, client: sixmm.Client) -> None:
    events: list[dict[str, Any]] = []
    ex.set_price(BTC, "85000")
    with connect(f"{ex.ws_url}?token={ex.access_token}") as ws:
        ws.recv(FRAME_TIMEOUT)  # the auth acknowledgement
        client.order.place(symbol=BTC, type="MARKET", side="BUY", quantity="0.01")
        ack = client.order.place_condition(
            symbol=BTC, type="STOP_MARKET", side="SELL", quantity="0.01", stop_price="80000"
        )
        client.order.cancel_condition(symbol=BTC, condition_id=ack.condition_id)
        while not events or events[-1]["orderType"] != "STOP_MARKET":
            data = json.loads(ws.recv(FRAME_TIMEOUT))["data"]
            if data["eventType"] == "ORDER_TRADE_UPDATE":
                events.append(data)
    canceled = events[-1]
    assert (canceled["orderId"], canceled["orderStatus"]) == (ack.condition_id, "CANCELED")
    assert Decimal(canceled["quantity"]) == Decimal("0.01") and Decimal(canceled["executedQty"]) == 0
