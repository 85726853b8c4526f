"""Order writes execute at most once: every write the spec reconciles (``x-reconcile``), under
each fault that executes a request and loses its answer, sync and async.

The faults: the connection dropped after the request executed (``drop_after``), a 5xx after it
executed (``server_error(executed=True)``) and the answer arriving after the client's deadline
(`LateAnswers`: the request reaches the exchange and executes, the client sees a read timeout,
with no waiting on the wall clock). Each time the exchange shows exactly one effect (one order,
one cancel, the amendment applied once), the write was sent once, and the call returns its
result, taken from the lookup (``reconciled``). The table of writes is checked against the
spec's ``x-reconcile`` operations, so a new reconciled write cannot be left out.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx
import pytest
import yaml

import sixmm
from sixmm.testing import FakeExchange
from tests.support.clients import FLAVORS, AsyncLateAnswers, Flavor, LateAnswers
from tests.support.paths import SPEC
from tests.support.signing import signed_query

Call = Callable[..., Any]
BTC = "BTCUSDT"


def _reconciled_writes() -> dict[str, tuple[str, bool]]:
    """operationId -> (path, whether a lookup can settle it) of every operation with ``x-reconcile``.

    A write of several orders settles only with ``results`` (how its result is put back
    together); without it (a strategy) it raises after an ambiguous failure, never resent.
    """
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return {
        op["operationId"]: (path, "items" not in op["x-reconcile"] or "results" in op["x-reconcile"])
        for path, item in spec["paths"].items()
        for op in item.values()
        if isinstance(op, dict) and "x-reconcile" in op
    }


RECONCILED = _reconciled_writes()


@pytest.fixture
def ex(module_exchange: FakeExchange) -> FakeExchange:
    module_exchange.reset()
    module_exchange.set_price(BTC, "85000")
    return module_exchange


def _options(ex: FakeExchange, max_retries: int = 2) -> dict[str, Any]:
    """API-key signing (every send signed, the replay check on), the exchange's frozen clock."""
    return {
        "base_url": ex.url,
        "api_key": ex.api_key,
        "api_secret": ex.api_secret,
        "max_retries": max_retries,
        "time_sync_interval": None,
        "clock": ex.clock.now,
    }


def checker(ex: FakeExchange) -> Call:
    """``call("order.get_order", ...)``: a plain call to look at the exchange's state."""

    def call(name: str, **arguments: Any) -> Any:
        tag, method = name.split(".")
        with sixmm.Client(base_url=ex.url, access_token=ex.access_token, max_retries=0) as client:
            return getattr(getattr(client, tag), method)(**arguments)

    return call


def raw_write(
    ex: FakeExchange,
    flavor: Flavor,
    name: str,
    arguments: dict[str, Any],
    late: str | None = None,
    retries: int = 2,
) -> Any:
    """``client.<tag>.with_raw_response.<method>(**arguments)``; ``late``: the path answered too late."""
    tag, method = name.split(".")
    if flavor == "sync":
        http = httpx.Client(transport=LateAnswers(late) if late else None)
        with http, sixmm.Client(**_options(ex, retries), http_client=http) as client:
            return getattr(getattr(client, tag).with_raw_response, method)(**arguments)

    async def run() -> Any:
        http = httpx.AsyncClient(transport=AsyncLateAnswers(late) if late else None)
        async with http, sixmm.AsyncClient(**_options(ex, retries), http_client=http) as client:
            return await getattr(getattr(client, tag).with_raw_response, method)(**arguments)

    return asyncio.run(run())


def _resting(call: Call, price: str = "84000", quantity: str = "0.1") -> Any:
    return call("order.place", symbol=BTC, type="LIMIT", side="BUY", price=price, quantity=quantity)


def _stop(stop_price: str, kind: str = "STOP_MARKET") -> dict[str, Any]:
    return {"symbol": BTC, "type": kind, "side": "SELL", "quantity": "0.1", "stopPrice": stop_price}


LIMIT = {"symbol": BTC, "type": "LIMIT", "side": "BUY", "price": "84000", "quantity": "0.1"}


@dataclass(frozen=True)
class Write:
    """One reconciled write: ``prepare`` places what it acts on and returns its arguments;
    ``effect`` checks the exchange shows it exactly once and that ``data`` (the call's result,
    None when the call raised) says so."""

    method: str
    prepare: Callable[[Call], dict[str, Any]]
    effect: Callable[[Call, Any, dict[str, Any]], None]


def _placed_one(call: Call, data: Any, arguments: dict[str, Any]) -> None:
    (order,) = call("order.get_current").list_
    assert order.client_order_id.startswith("sx-"), "a clientOrderId is generated when none is given"
    assert (data.order_id, data.timestamp) == (order.order_id, order.created_at)


def _placed_each(call: Call, data: Any, arguments: dict[str, Any]) -> None:
    orders = {o.client_order_id: o for o in call("order.get_current").list_}
    assert len(orders) == 2 and (data.success_count, data.failed_count) == (2, 0)
    assert [orders[r.client_order_id].order_id for r in data.results] == [r.order_id for r in data.results]
    assert [r.client_order_id for r in data.results] == [o["clientOrderId"] for o in arguments["orders"]]


def _placed_condition(call: Call, data: Any, arguments: dict[str, Any]) -> None:
    (order,) = call("order.get_current_condition").list_
    assert (data.condition_id, data.timestamp) == (order.condition_id, order.created_at)


def _placed_strategy(call: Call, data: Any, arguments: dict[str, Any]) -> None:
    assert data is None
    assert len(call("order.get_current_condition").list_) == 2, "one strategy, its two legs"


def _canceled(call: Call, data: Any, arguments: dict[str, Any]) -> None:
    order = call("order.get_order", symbol=BTC, order_id=arguments["order_id"])
    assert order.status == data.status == "CANCELED" and data.order_id == order.order_id
    assert data.timestamp == order.updated_at


def _moved(call: Call, data: Any, arguments: dict[str, Any]) -> None:
    order = call("order.get_order", symbol=BTC, order_id=arguments["order_id"])
    assert (order.price, order.quantity) == (Decimal("84100"), Decimal("0.2"))
    assert data.order_id == order.order_id and data.status == order.status


def _moved_each(call: Call, data: Any, arguments: dict[str, Any]) -> None:
    for item, result in zip(arguments["orders"], data.results, strict=True):
        order = call("order.get_order", symbol=BTC, order_id=item["orderId"])
        assert (order.price, order.quantity) == (Decimal(item["price"]), Decimal(item["quantity"]))
        assert (result.code, result.order_id) == (0, item["orderId"])
    assert (data.success_count, data.failed_count) == (2, 0)


def _canceled_each(call: Call, data: Any, arguments: dict[str, Any]) -> None:
    for item, result in zip(arguments["orders"], data.results, strict=True):
        assert call("order.get_order", symbol=BTC, order_id=item["orderId"]).status == "CANCELED"
        assert (result.code, result.order_id, result.status) == (0, item["orderId"], "CANCELED")
    assert (data.success_count, data.failed_count) == (2, 0)


def _canceled_condition(call: Call, data: Any, arguments: dict[str, Any]) -> None:
    assert data is None and call("order.get_current_condition").list_ == []
    (order,) = call("order.get_condition_history", symbol=BTC).list_
    assert (order.condition_id, order.condition_status) == (arguments["condition_id"], "CANCELED")


def _two_resting(call: Call) -> list[str]:
    return [_resting(call, price).order_id for price in ("84000", "83000")]


WRITES: dict[str, Write] = {
    "placeOrder": Write("order.place", lambda call: dict(LIMIT), _placed_one),
    "batchPlaceOrders": Write(
        "order.batch_place",
        lambda call: {"orders": [{**LIMIT, "clientOrderId": "b-1"}, {**LIMIT, "clientOrderId": "b-2"}]},
        _placed_each,
    ),
    "placeConditionOrder": Write(
        "order.place_condition",
        lambda call: {k: v for k, v in _stop("80000").items() if k != "stopPrice"} | {"stop_price": "80000"},
        _placed_condition,
    ),
    "placeStrategyOrder": Write(
        "order.place_strategy",
        lambda call: {
            "strategy_type": "OCO",
            "sub_order_list": [
                {**_stop("90000", "TAKE_PROFIT_MARKET"), "strategySubId": 1},
                {**_stop("80000"), "strategySubId": 2},
            ],
        },
        _placed_strategy,
    ),
    "cancelOrder": Write(
        "order.cancel", lambda call: {"symbol": BTC, "order_id": _resting(call).order_id}, _canceled
    ),
    "moveOrder": Write(
        "order.move",
        lambda call: {
            "symbol": BTC,
            "order_id": _resting(call).order_id,
            "price": "84100",
            "quantity": "0.2",
        },
        _moved,
    ),
    "batchMoveOrders": Write(
        "order.batch_move",
        lambda call: {
            "symbol": BTC,
            "orders": [
                {"orderId": order_id, "price": price, "quantity": "0.2"}
                for order_id, price in zip(_two_resting(call), ("84100", "83100"), strict=True)
            ],
        },
        _moved_each,
    ),
    "batchCancelOrders": Write(
        "order.batch_cancel",
        lambda call: {"orders": [{"symbol": BTC, "orderId": order_id} for order_id in _two_resting(call)]},
        _canceled_each,
    ),
    "cancelConditionOrder": Write(
        "order.cancel_condition",
        lambda call: {
            "symbol": BTC,
            "condition_id": call(
                "order.place_condition",
                symbol=BTC,
                type="STOP_MARKET",
                side="SELL",
                quantity="0.1",
                stop_price="80000",
            ).condition_id,
        },
        _canceled_condition,
    ),
}

FAULTS = ("drop_after", "server_error_executed", "timeout_after_send")


def test_the_table_holds_every_write_the_spec_reconciles() -> None:
    assert set(WRITES) == set(RECONCILED)


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("operation", sorted(RECONCILED))
def test_a_write_whose_answer_is_lost_takes_effect_once(
    ex: FakeExchange, flavor: Flavor, fault: str, operation: str
) -> None:
    write, call = WRITES[operation], checker(ex)
    arguments = write.prepare(call)
    if fault == "drop_after":
        ex.faults.add(operation=operation, kind="drop_after")
    elif fault == "server_error_executed":
        ex.faults.add(operation=operation, kind="server_error", executed=True)
    path, settles = RECONCILED[operation]
    late = path if fault == "timeout_after_send" else None
    if settles:
        raw = raw_write(ex, flavor, write.method, arguments, late)
        assert (raw.attempts, raw.reconciled) == (1, True), "answered from the lookup, not resent"
        data = raw.data
    else:
        with pytest.raises(sixmm.SixMMError):
            raw_write(ex, flavor, write.method, arguments, late)
        data = None
    write.effect(call, data, arguments)
    assert len(ex.requests.for_operation(operation)) == 1, "sent exactly once"


@pytest.mark.parametrize("flavor", FLAVORS)
def test_a_batch_resends_only_the_orders_the_lookup_did_not_find_done(
    ex: FakeExchange, flavor: Flavor
) -> None:
    call = checker(ex)
    moved, refused = _two_resting(call)
    call("order.cancel", symbol=BTC, order_id=refused)  # amending it fails: 3005, both times
    ex.faults.add(operation="batchMoveOrders", kind="drop_after")
    orders = [
        {"orderId": moved, "price": "84100", "quantity": "0.2"},
        {"orderId": refused, "price": "1", "quantity": "1"},
    ]
    raw = raw_write(ex, flavor, "order.batch_move", {"symbol": BTC, "orders": orders})
    assert (raw.attempts, raw.reconciled) == (2, True)
    assert [(r.code, r.order_id) for r in raw.data.results] == [(0, moved), (3005, None)], "request order"
    assert (raw.data.success_count, raw.data.failed_count) == (1, 1)
    first, second = (json.loads(r.body) for r in ex.requests.for_operation("batchMoveOrders"))
    assert (first["orders"], second) == (
        orders,
        {"symbol": BTC, "orders": orders[1:]},
    ), "only the missing one"
    assert call("order.get_order", symbol=BTC, order_id=moved).price == Decimal("84100")


@pytest.mark.parametrize("flavor", FLAVORS)
def test_a_cancel_the_lookup_finds_still_open_is_resent_once_signed_afresh(
    ex: FakeExchange, flavor: Flavor
) -> None:
    call = checker(ex)
    order_id = _resting(call).order_id
    ex.faults.add(operation="cancelOrder", kind="drop")  # lost before it was handled
    raw = raw_write(ex, flavor, "order.cancel", {"symbol": BTC, "order_id": order_id})
    assert (raw.attempts, raw.reconciled, raw.data.status) == (2, False, "CANCELED")
    first, second = (r.query_string for r in ex.requests.for_operation("cancelOrder"))
    assert first != second, "the resend carries a fresh timestamp and signature"


@pytest.mark.parametrize("flavor", FLAVORS)
def test_a_write_whose_lookup_fails_raises_outcome_unknown_and_is_not_resent(
    ex: FakeExchange, flavor: Flavor
) -> None:
    call = checker(ex)
    order_id = _resting(call).order_id
    ex.faults.add(operation="cancelOrder", kind="drop_after")
    ex.faults.add(operation="getOrder", kind="server_error")  # the lookup fails (no retry left)
    with pytest.raises(sixmm.OutcomeUnknownError) as raised:
        raw_write(ex, flavor, "order.cancel", {"symbol": BTC, "order_id": order_id}, retries=0)
    (write,) = ex.requests.for_operation("cancelOrder")
    (lookup,) = ex.requests.for_operation("getOrder")
    assert (raised.value.request_id, raised.value.lookup_request_id) == (write.request_id, lookup.request_id)
    assert isinstance(raised.value.error, sixmm.APIConnectionError) and "unknown" in str(raised.value)


def test_the_slow_fault_can_execute_first_and_answer_too_late(ex: FakeExchange) -> None:
    """The exchange side of a timeout after sending: handled at once, answered after ``delay``."""
    ex.faults.add(operation="placeOrder", kind="slow", executed=True, delay=60)
    raw = json.dumps({**LIMIT, "clientOrderId": "late-1"}, separators=(",", ":")).encode()
    query = signed_query(ex.api_secret, f"timestamp={ex.clock.now()}", raw)
    headers = {"X-API-KEY": ex.api_key, "Content-Type": "application/json"}
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(f"{ex.url}/v1/private/order/place?{query}", content=raw, headers=headers, timeout=0.3)
    call = checker(ex)
    deadline = time.monotonic() + 30  # a bound on waiting for the exchange, not a timing assertion
    while not call("order.get_current").list_ and time.monotonic() < deadline:
        time.sleep(0.01)
    assert [o.client_order_id for o in call("order.get_current").list_] == ["late-1"]
