"""The client checks each request against the spec before signing or sending it.

Keyword arguments and Pydantic model arguments alike, sync and async; the transport is a
script with nothing scripted, so any request that leaves fails the test. The rules of the
spec themselves, one by one, are in ``tests/spec/test_request_rules.py``.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import pytest

import sixmm
from sixmm import models
from tests.support.scripted import BASE_URL, ScriptedApi

CREDENTIALS: dict[str, Any] = {"api_key": "k", "api_secret": "s", "time_sync_interval": None}
ORDER: dict[str, Any] = {
    "symbol": "BTCUSDT",
    "type": "LIMIT",
    "side": "BUY",
    "price": "85000",
    "quantity": "0.1",
}


def _client(script: ScriptedApi, **options: Any) -> sixmm.Client:
    return sixmm.Client(base_url=BASE_URL, http_client=script.sync_client(), **CREDENTIALS, **options)


def _refusal(call: Any) -> sixmm.RequestValidationError:
    script = ScriptedApi()
    with _client(script) as client, pytest.raises(sixmm.RequestValidationError) as caught:
        call(client)
    assert script.requests == []
    return caught.value


@pytest.mark.parametrize(
    ("call", "field", "rule"),
    [
        (lambda c: c.order.place(**{**ORDER, "side": "HOLD"}), "side", "side must be one of BUY, SELL"),
        (
            lambda c: c.order.place(**{**ORDER, "price": None}),
            "price",
            "price is required when type is LIMIT",
        ),
        (
            lambda c: c.order.place(**ORDER, reduce_only="yes"),
            "reduceOnly",
            "reduceOnly must be true or false",
        ),
        (
            lambda c: c.order.place(**ORDER, price_type=7),
            "priceType",
            "priceType must be one of 0, 1, 2, 3, 4",
        ),
        (
            lambda c: c.order.place(**ORDER, client_order_id="x" * 65),
            "clientOrderId",
            "clientOrderId must be at most 64 characters long",
        ),
        (
            lambda c: c.position.set_leverage(symbol="BTCUSDT", leverage=0),
            "leverage",
            "leverage must be at least 1",
        ),
        (
            lambda c: c.order.get_order(symbol="BTCUSDT"),
            "orderId",
            "one of orderId, clientOrderId is required",
        ),
        (lambda c: c.order.batch_place(orders=[]), "orders", "orders must hold at least 1 items"),
    ],
)
def test_keyword_arguments_are_checked(call: Any, field: str, rule: str) -> None:
    error = _refusal(call)
    assert (error.field, error.rule) == (field, rule)
    assert str(error).startswith(
        f"{error.operation_id}: {rule}"
    ) and "; nothing was sent (request_id=" in str(error)


def test_model_arguments_are_checked() -> None:
    """A model meets its field types, not the rules across fields: the check finds those."""
    good = models.PlaceOrderRequest(**ORDER)
    no_price = models.PlaceOrderRequest(symbol="BTCUSDT", type="LIMIT", side="BUY", quantity="0.1")
    error = _refusal(lambda c: c.order.batch_place(orders=[good, good, no_price]))
    assert (error.field, error.rule) == ("orders[2].price", "orders[2].price is required when type is LIMIT")


@pytest.mark.filterwarnings("ignore:Pydantic serializer warnings")  # the unvalidated enum values
def test_a_model_built_without_validation_is_checked_as_sent() -> None:
    fields = {**ORDER, "side": "HOLD", "price": Decimal("85000"), "quantity": Decimal("0.1")}
    loose = models.PlaceOrderRequest.model_construct(**fields)  # built without validation
    error = _refusal(lambda c: c.order.batch_place(orders=[loose]))
    assert error.rule == "orders[0].side must be one of BUY, SELL"


def test_every_violation_is_reported_and_no_value_is_repeated() -> None:
    secret = "hunter2-not-an-id!"
    error = _refusal(
        lambda c: c.order.place(**{**ORDER, "side": "HOLD"}, client_order_id=secret, request_id="r-9")
    )
    assert [field for field, _ in error.problems] == ["side", "clientOrderId"]
    assert "(and 1 more)" in str(error) and error.request_id == "r-9"
    assert (
        secret not in str(error)
        and secret not in repr(error)
        and all(secret not in r for _, r in error.problems)
    )
    assert isinstance(error, sixmm.SixMMError) and isinstance(error, ValueError)


def test_async_clients_check_too() -> None:
    async def main() -> sixmm.RequestValidationError:
        script = ScriptedApi()
        client = sixmm.AsyncClient(base_url=BASE_URL, http_client=script.async_client(), **CREDENTIALS)
        try:
            async with client:
                with pytest.raises(sixmm.RequestValidationError) as caught:
                    await client.order.with_raw_response.cancel(symbol="BTCUSDT")
        finally:
            await script.aclose()
        assert script.requests == []
        return caught.value

    assert asyncio.run(main()).rule == "one of orderId, clientOrderId is required"


def test_checks_can_be_turned_off_for_the_server_s_own_answer() -> None:
    script = ScriptedApi().then_succeed("placeOrder")
    with _client(script, validate_requests=False) as client:
        client.order.place(**{**ORDER, "price": None})
        assert not client.with_options(timeout=5).validate_requests  # a copy keeps the setting
    (sent,) = script.requests
    assert b'"price"' not in sent.content and sent.url.params["signature"]


def test_a_valid_call_is_sent_once() -> None:
    script = ScriptedApi().then_succeed("placeOrder")
    with _client(script) as client:
        assert client.validate_requests
        client.order.place(**ORDER)
    assert len(script.requests) == 1
