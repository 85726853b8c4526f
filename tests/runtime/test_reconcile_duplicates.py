"""A resend that crosses a first send still on its way is refused as a duplicate, never placed twice.

The first send times out before the exchange has it; the lookup finds nothing; the resend
(same clientOrderId) reaches the exchange after the first send did, which refuses it (3004,
``x-reconcile`` ``duplicate``). The client looks again and returns the order the first send
placed; if even that lookup finds nothing it raises the refusal, and never sends a third time.
"""

from __future__ import annotations

import json

import pytest

from sixmm import BusinessError, Client
from tests.support.clients import envelope
from tests.support.examples import example_bytes
from tests.support.scripted import BASE_URL, ScriptedApi

KEY = "bot-7f3a-0001"
PLACE = {"symbol": "BTCUSDT", "type": "LIMIT", "side": "BUY", "price": "85000", "quantity": "0.1"}


def _found_order() -> bytes:
    body = json.loads(example_bytes("getOrder"))
    body["data"]["clientOrderId"] = KEY
    return json.dumps(body).encode()


def _client(api: ScriptedApi) -> Client:
    return Client(
        base_url=BASE_URL,
        access_token="t",
        http_client=api.sync_client(),
        time_sync_interval=None,
        max_retries=2,
    )


def _script_until_the_duplicate() -> ScriptedApi:
    return (
        ScriptedApi()
        .then_drop()  # the first send: sent, no answer
        .then(200, envelope(3003, "order not found"))  # the lookup: not there yet
        .then(200, envelope(3004, f"duplicate request: clientOrderId {KEY} is already used"))
    )


def test_a_duplicate_resend_returns_the_order_the_first_send_placed() -> None:
    api = _script_until_the_duplicate().then(200, _found_order())
    with _client(api) as client:
        raw = client.order.with_raw_response.place(**PLACE, time_in_force="GTC", client_order_id=KEY)
    order = raw.data
    assert raw.reconciled and raw.attempts == 2 and order.client_order_id == KEY
    assert api.paths == [
        "/v1/private/order/place",
        "/v1/private/order",
        "/v1/private/order/place",
        "/v1/private/order",
    ]
    first, resend = (json.loads(api.requests[i].content) for i in (0, 2))
    assert first == resend and first["clientOrderId"] == KEY


def test_a_duplicate_that_the_lookup_cannot_find_is_raised_and_not_sent_again() -> None:
    api = _script_until_the_duplicate().then(200, envelope(3003, "order not found"))
    with _client(api) as client, pytest.raises(BusinessError) as caught:
        client.order.place(**PLACE, time_in_force="GTC", client_order_id=KEY)
    assert caught.value.code == 3004
    assert [p.endswith("/place") for p in api.paths] == [True, False, True, False]
    assert api.unanswered == 0


def test_a_duplicate_on_the_first_send_is_the_caller_s_error() -> None:
    api = ScriptedApi().then(200, envelope(3004, "duplicate request"))
    with _client(api) as client, pytest.raises(BusinessError):
        client.order.place(**PLACE, time_in_force="GTC", client_order_id=KEY)
    assert len(api.requests) == 1


def test_another_refusal_of_the_resend_is_raised_without_a_lookup() -> None:
    api = (
        ScriptedApi()
        .then_drop()
        .then(200, envelope(3003, "order not found"))
        .then(200, envelope(3001, "insufficient balance"))
    )
    with _client(api) as client, pytest.raises(BusinessError) as caught:
        client.order.place(**PLACE, time_in_force="GTC", client_order_id=KEY)
    assert caught.value.code == 3001
    assert len(api.requests) == 3
