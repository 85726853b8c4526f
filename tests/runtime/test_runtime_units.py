"""Unit tests of the runtime's pure parts, through the copies shipped in the package."""

from __future__ import annotations

import dataclasses
import enum
import json
import re
from decimal import Decimal
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sixmm import (
    APIConnectionError,
    APITimeoutError,
    CredentialsError,
    DecodeError,
    RateLimitError,
    ServerError,
    _api,
    models,
)
from sixmm._bodies import encode_body
from sixmm._clock import ServerClock, TimeSample
from sixmm._credentials import Secret, resolve_credentials
from sixmm._paging import aiterate_pages, iterate_pages
from sixmm._response import body_excerpt, read_envelope
from sixmm._retry import RetryPolicy
from sixmm._signing import hmac_hex
from sixmm._wire import encode_json, encode_query, format_scalar
from tests.support.clients import change_log_entry


def test_clock_takes_the_midpoint_of_the_shortest_round_trip() -> None:
    now = [1_000]
    clock = ServerClock(lambda: now[0], resync_interval_ms=10_000)
    assert clock.needs_sync()
    clock.record(
        [
            TimeSample(sent_ms=1_000, server_ms=61_400, received_ms=1_800),  # slow: rtt 800
            TimeSample(sent_ms=2_000, server_ms=62_050, received_ms=2_100),  # fastest: rtt 100
            TimeSample(sent_ms=3_000, server_ms=63_300, received_ms=3_400),
        ]
    )
    assert clock.offset_ms == 62_050 - 2_050
    assert clock.now_ms() == now[0] + 60_000
    assert not clock.needs_sync()
    now[0] += 10_000
    assert clock.needs_sync()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 10**6), st.integers(-(10**6), 10**6), st.integers(-1_000, 10_000)),
        min_size=1,
        max_size=5,
    )
)
def test_clock_adopts_the_offset_of_the_shortest_non_negative_round_trip(
    raw: list[tuple[int, int, int]],
) -> None:
    samples = [
        TimeSample(sent_ms=sent, server_ms=sent + offset, received_ms=sent + rtt) for sent, offset, rtt in raw
    ]
    clock = ServerClock(lambda: 0, resync_interval_ms=None)
    clock.record(samples)
    valid = [s for s in samples if s.received_ms >= s.sent_ms]
    if not valid:
        assert (clock.offset_ms, clock.last_sample) == (0, None)
        assert clock.needs_sync()
        return
    best = min(valid, key=lambda s: s.received_ms - s.sent_ms)
    assert clock.last_sample == best
    assert clock.offset_ms == best.server_ms - (best.sent_ms + best.received_ms) // 2
    assert not clock.needs_sync()


def test_an_unsynced_clock_is_the_local_clock() -> None:
    clock = ServerClock(lambda: 1_234, resync_interval_ms=None)
    assert (clock.offset_ms, clock.now_ms(), clock.local_ms(), clock.generation) == (0, 1_234, 1_234, 0)
    assert clock.needs_sync()


def test_clock_without_interval_syncs_only_on_demand() -> None:
    clock = ServerClock(lambda: 0, resync_interval_ms=None)
    clock.record([TimeSample(0, 5, 0)])
    assert not clock.needs_sync()
    clock.invalidate()
    assert clock.needs_sync()


def test_backoff_grows_is_capped_and_jittered_down() -> None:
    policy = RetryPolicy(max_retries=5, initial_delay=0.5, max_delay=4.0, jitter=0.25)
    error = ServerError("x", code=None, http_status=503, request_id="r")
    assert [policy.delay(n, error, rand=lambda: 0.0) for n in range(1, 6)] == [0.5, 1.0, 2.0, 4.0, 4.0]
    assert policy.delay(1, error, rand=lambda: 1.0) == pytest.approx(0.375)


def test_the_default_backoff_schedule() -> None:
    policy = RetryPolicy()
    error = APIConnectionError("connection lost", request_id="r-1")
    assert (policy.max_retries, policy.max_retry_after) == (2, 60.0)
    assert [policy.delay(n, error, rand=lambda: 0.0) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert [policy.delay(n, error, rand=lambda: 1.0) for n in (1, 5)] == [0.375, 6.0]
    assert policy.is_retryable(error)


def test_retry_after_wins_and_is_capped() -> None:
    policy = RetryPolicy(max_retry_after=60.0)
    limited = RateLimitError("slow down", code=5003, http_status=429, request_id="r", retry_after=7.0)
    assert policy.delay(1, limited) == 7.0
    huge = RateLimitError("slow down", code=5003, http_status=429, request_id="r", retry_after=3600.0)
    assert policy.delay(1, huge) == 60.0


def test_what_is_retryable() -> None:
    policy = RetryPolicy(retry_statuses=frozenset({503}), retry_codes=frozenset({5002}))
    assert policy.is_retryable(APIConnectionError("down", request_id=None))
    assert policy.is_retryable(ServerError("x", code=None, http_status=503, request_id=None))
    assert policy.is_retryable(ServerError("x", code=5002, http_status=200, request_id=None))
    assert not policy.is_retryable(ServerError("x", code=5001, http_status=200, request_id=None))


def test_query_encoding_is_exact_and_ordered() -> None:
    query = encode_query(
        [
            ("b", "x y&z=1/ü"),
            ("a", None),
            ("flag", True),
            ("amount", Decimal("1E-8")),
            ("range", models.TrendRange.ONE_MONTH),
            ("ids", [1, 2]),
        ]
    )
    assert query == "b=x%20y%26z%3D1%2F%C3%BC&flag=true&amount=0.00000001&range=1M&ids=1&ids=2"
    assert format_scalar(Decimal("-12.50")) == "-12.50"


def test_json_bodies_are_compact_utf8_with_decimals_as_strings() -> None:
    body = encode_json(
        {"symbols": ["BTCUSDT", "ÄBC"], "amount": Decimal("0.1"), "r": models.TrendRange.ONE_DAY}
    )
    assert body == '{"symbols":["BTCUSDT","ÄBC"],"amount":"0.1","r":"1D"}'.encode()
    assert json.loads(body)["amount"] == "0.1"


def test_signing_vectors_from_the_facts_file() -> None:
    secret = "test-secret-0123456789abcdef"
    assert (
        hmac_hex(secret, b"timestamp=1772710377808")
        == "683bb7e22f05dae908538a23310bb623ac695e6e9dfc80fd850a029a3959f661"
    )
    assert (
        hmac_hex(secret, b'timestamp=1772710377808{"symbols":["BTCUSDT","ETHUSDT"]}')
        == "a168b88782119040345fab63e12b7cb1b5183d894899a16b79308658b81319ba"
    )


def test_open_enums_keep_unknown_values() -> None:
    known = models.TrendRange("1M")
    assert known is models.TrendRange.ONE_MONTH and known.is_known
    unknown = models.TrendRange("2Y")
    assert unknown == "2Y" and not unknown.is_known
    assert unknown.value == "2Y"


def test_models_keep_unknown_fields_and_decimals_exact() -> None:
    entry = models.AccountChangeLogEntry.model_validate(
        change_log_entry(amount="0.1000000000000000055511151231257827", createdAt=1, newField={"x": 1})
    )
    assert entry.amount == Decimal("0.1000000000000000055511151231257827")
    dumped = entry.model_dump(mode="json", by_alias=True, exclude_none=True)
    assert dumped["newField"] == {"x": 1}
    assert dumped["amount"] == "0.1000000000000000055511151231257827"


def test_secrets_do_not_show() -> None:
    secret = Secret("hunter2")
    assert "hunter2" not in repr(secret) and "hunter2" not in str(secret) and "hunter2" not in f"{secret}"
    credentials = resolve_credentials(
        access_token=None, api_key="k-123", api_secret="hunter2", env_prefix="X_"
    )
    assert "hunter2" not in repr(credentials) and "k-123" not in repr(credentials)


def test_no_credentials_at_all_is_allowed_until_an_operation_needs_them() -> None:
    assert (
        resolve_credentials(access_token=None, api_key=None, api_secret=None, env_prefix="X_", environ={})
        is None
    )


@pytest.mark.parametrize(
    ("arguments", "environ", "message"),
    [
        ({"api_key": "k"}, {}, "api_secret is missing"),
        ({}, {"X_API_SECRET": "s"}, "api_key is missing"),
        ({"access_token": "t", "api_key": "k", "api_secret": "s"}, {}, "not both"),
    ],
)
def test_credential_errors_are_clear(
    arguments: dict[str, str], environ: dict[str, str], message: str
) -> None:
    with pytest.raises(CredentialsError, match=message):
        resolve_credentials(
            access_token=arguments.get("access_token"),
            api_key=arguments.get("api_key"),
            api_secret=arguments.get("api_secret"),
            env_prefix="X_",
            environ=environ,
        )


def test_a_failed_sync_waits_a_full_interval_before_the_next() -> None:
    now = [0]
    clock = ServerClock(lambda: now[0], resync_interval_ms=1_000)
    clock.record([TimeSample(0, 500, 0)])
    now[0] = 1_000
    assert clock.needs_sync()
    clock.sync_failed()
    assert not clock.needs_sync() and clock.offset_ms == 500, "the last good offset is kept"
    now[0] = 2_000
    assert clock.needs_sync()


def test_public_classes_show_as_members_of_the_package() -> None:
    import traceback

    import sixmm

    shown = [name for name in sixmm.__all__ if isinstance(getattr(sixmm, name), type)]
    assert {"Client", "AsyncClient", "RateLimitError", "ListenKeyManager", "DecodeError"} <= set(shown)
    for name in shown:
        assert getattr(sixmm, name).__module__ == "sixmm", name
    error = RateLimitError("slow down", code=5003, http_status=429, request_id="r-1")
    assert repr(RateLimitError) == "<class 'sixmm.RateLimitError'>"
    assert "".join(traceback.format_exception_only(error)).startswith("sixmm.RateLimitError: slow down")


def test_a_form_body_is_url_encoded_with_json_for_nested_values() -> None:
    body, content_type = encode_body(
        "application/x-www-form-urlencoded",
        {"Name": "a b&c", "Tags": ["x", "y"], "Meta": {"k": 1}, "On": True},
    )
    assert content_type == "application/x-www-form-urlencoded"
    assert body == b"Name=a%20b%26c&Tags=x&Tags=y&Meta=%7B%22k%22%3A1%7D&On=true"


def test_a_multipart_body_has_one_part_per_field_and_files_as_bytes() -> None:
    body, content_type = encode_body("multipart/form-data", {"file": b"\x89PNG", "note": "hi", "n": 2})
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1].encode()
    parts = body.split(b"--" + boundary)
    assert parts[0] == b"" and parts[-1] == b"--\r\n"
    assert (
        b'name="file"; filename="file"\r\nContent-Type: application/octet-stream\r\n\r\n\x89PNG\r\n'
        in parts[1]
    )
    assert parts[2].endswith(b'name="note"\r\n\r\nhi\r\n')
    assert parts[3].endswith(b'name="n"\r\n\r\n2\r\n')


@pytest.mark.parametrize(
    ("content_type", "value", "sent"),
    [
        ("application/octet-stream", b"\x00\x01", b"\x00\x01"),
        ("text/plain", "héllo", "héllo".encode()),
        ("application/json", [1, Decimal("2.50")], b'[1,"2.50"]'),
        ("application/merge-patch+json", "text", b'"text"'),
    ],
)
def test_a_whole_body_is_sent_as_its_media_type_says(content_type: str, value: object, sent: bytes) -> None:
    assert encode_body(content_type, value) == (sent, content_type)


def test_body_excerpt_keeps_the_first_500_characters() -> None:
    assert body_excerpt(b"x" * 500) == "x" * 500
    assert body_excerpt(b"x" * 501) == "x" * 500 + "\u2026"
    assert body_excerpt("é".encode() * 600) == "é" * 500 + "\u2026"


class _Side(enum.Enum):
    BUY = "BUY"


def test_json_bodies_of_enums_models_mappings_and_sequences() -> None:
    from types import MappingProxyType

    entry = models.AccountChangeLogEntry.model_validate(change_log_entry())
    body = {
        "side": _Side.BUY,
        "entry": entry,
        "mapping": MappingProxyType({"a": Decimal("1.50")}),
        "tuple": (1, 2),
        "set": frozenset({"only"}),
        "text": "abc",
    }
    decoded = json.loads(encode_json(body))
    assert decoded["side"] == "BUY"
    assert decoded["entry"] == entry.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert decoded["mapping"] == {"a": "1.50"}
    assert decoded["tuple"] == [1, 2]
    assert decoded["set"] == ["only"]
    assert decoded["text"] == "abc"
    with pytest.raises(TypeError, match="cannot send a value of type bytes as JSON"):
        encode_json({"raw": b"abc"})


def test_secrets_compare_and_hash_by_value_without_showing_it() -> None:
    assert Secret("a") == Secret("a")
    assert Secret("a") != Secret("b")
    assert Secret("a") != "a"
    assert len({Secret("a"), Secret("a"), Secret("b")}) == 2
    assert hash(Secret("a")) == hash(Secret("a"))
    assert "a" not in repr(Secret("a")) and str(Secret("a")) == "Secret('***')"


PAGES = {1: [1, 2], 2: [3, 4], 3: [5], 4: []}


@pytest.mark.parametrize(
    ("total", "first_page", "expected", "fetched"),
    [
        (None, 1, [1, 2, 3, 4, 5], [1, 2, 3, 4]),  # no total: stop at the empty page
        (5, 1, [1, 2, 3, 4, 5], [1, 2, 3]),  # the total is reached: no further page
        (4, 1, [1, 2, 3, 4], [1, 2]),
        (5, 2, [3, 4, 5], [2, 3]),  # starting later counts the skipped pages
        (99, 1, [1, 2, 3, 4, 5], [1, 2, 3, 4]),  # a total too high: the empty page ends it
    ],
)
async def test_pages_stop_at_the_total_or_an_empty_page(
    total: int | None, first_page: int, expected: list[int], fetched: list[int]
) -> None:
    asked: list[int] = []

    def fetch(page: int) -> list[int]:
        asked.append(page)
        return PAGES[page]

    async def afetch(page: int) -> list[int]:
        return fetch(page)

    options = {"first_page": first_page, "page_size": 2, "items": lambda p: p, "total": lambda _: total}
    assert list(iterate_pages(fetch, **options)) == expected
    assert asked == fetched
    asked.clear()
    assert [item async for item in aiterate_pages(afetch, **options)] == expected
    assert asked == fetched


def _response(status: int, body: bytes) -> httpx.Response:
    return httpx.Response(status, content=body, request=httpx.Request("GET", "http://127.0.0.1:9/x"))


@pytest.mark.parametrize(
    ("status", "body", "error", "message"),
    [
        (200, b"not json", DecodeError, "the response body is not valid JSON (Expecting value"),
        (200, b"[" * 100_000, DecodeError, "the response body nests too deeply to read"),
        (200, b'{"code":"0"}', DecodeError, "the response is not an envelope: no integer 'code' field"),
        (502, b"not json", ServerError, "HTTP 502 Bad Gateway: the body is not JSON"),
        (502, b"[" * 100_000, ServerError, "HTTP 502 Bad Gateway: the body nests too deeply"),
        (502, b'{"code":true}', ServerError, "HTTP 502 Bad Gateway: the body is not a response envelope"),
    ],
)
def test_bodies_that_are_not_envelopes(
    status: int, body: bytes, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as raised:
        read_envelope(_api.API, _response(status, body), "r-1")
    assert str(raised.value.message).startswith(message)  # type: ignore[attr-defined]
    assert raised.value.request_id == "r-1"  # type: ignore[attr-defined]
    assert raised.value.http_status == status  # type: ignore[attr-defined]


def test_without_an_envelope_the_status_decides() -> None:
    api = dataclasses.replace(_api.API, envelope=None)
    assert read_envelope(api, _response(200, b'{"code":7}'), "r-1") == ({"code": 7}, "r-1")
    with pytest.raises(ServerError) as raised:
        read_envelope(api, _response(503, b'{"code":0}'), "r-2")
    assert (raised.value.message, raised.value.http_status) == (
        "HTTP 503 Service Unavailable: request failed",
        503,
    )
    assert read_envelope(api, _response(204, b""), "r-3", empty_ok=True) == (None, "r-3")


# -- at-most-once order writes (x-reconcile) --------------------------------------------


def _reconcile_spec(items: str | None = None) -> Any:
    from sixmm._api_order import BATCH_PLACE_ORDERS, PLACE_ORDER

    spec = (BATCH_PLACE_ORDERS if items else PLACE_ORDER).reconcile
    assert spec is not None
    return spec


def test_a_generated_client_order_id_fits_the_spec_s_pattern() -> None:
    from sixmm._reconcile import new_key

    key = new_key()
    assert re.fullmatch(r"[A-Za-z0-9_-]{1,64}", key) and key.startswith("sx-") and len(key) == 35
    assert new_key() != key


def test_keys_are_generated_only_where_the_caller_gave_none() -> None:
    from sixmm._reconcile import with_keys

    single = _reconcile_spec()
    assert with_keys(single, {"symbol": "X", "clientOrderId": "mine"})["clientOrderId"] == "mine"
    assert with_keys(single, {"symbol": "X"})["clientOrderId"].startswith("sx-")
    batch = _reconcile_spec("orders")
    orders = with_keys(batch, {"orders": [{"clientOrderId": "a"}, {"symbol": "X"}]})["orders"]
    assert orders[0]["clientOrderId"] == "a" and orders[1]["clientOrderId"].startswith("sx-")


@pytest.mark.parametrize(
    ("error", "ambiguous"),
    [
        (APIConnectionError("lost", request_id="r", request_sent=True), True),
        (APIConnectionError("refused", request_id="r", request_sent=False), False),
        (APITimeoutError("slow", request_id="r", request_sent=True), True),
        (APITimeoutError("no connection", request_id="r", request_sent=False), False),
        (ServerError("boom", http_status=500, code=5001, request_id="r"), True),
        (RateLimitError("slow down", http_status=429, code=5003, request_id="r"), False),
    ],
)
def test_which_failures_are_ambiguous(error: Exception, ambiguous: bool) -> None:
    from sixmm._reconcile import is_ambiguous

    assert is_ambiguous(error) is ambiguous  # type: ignore[arg-type]


def test_the_lookup_finds_the_order_by_its_keys_in_a_record_or_a_listing() -> None:
    from sixmm._reconcile import as_result, find_record, lookup_query

    spec = _reconcile_spec()
    order = {"symbol": "BTCUSDT", "side": "BUY", "clientOrderId": "k1"}
    assert lookup_query(spec, order) == [("symbol", "BTCUSDT"), ("clientOrderId", "k1")]
    record = {"orderId": "7", "clientOrderId": "k1", "createdAt": 5}
    assert find_record(spec, order, record) == record
    assert find_record(spec, order, {"list": [{"clientOrderId": "other"}, record]}) == record
    assert find_record(spec, order, {"orderId": "7", "clientOrderId": "k2"}) is None
    assert find_record(spec, {"symbol": "BTCUSDT"}, record) is None, "no key: nothing can be found"
    assert as_result(spec, record)["timestamp"] == 5


@pytest.mark.parametrize(
    ("found", "left", "step"),
    [(True, 0, "return"), (True, 2, "return"), (False, 1, "resend"), (False, 0, "raise")],
)
def test_a_write_is_resent_only_after_a_lookup_that_found_nothing(found: bool, left: int, step: str) -> None:
    from sixmm._reconcile import after_lookup

    assert after_lookup(found, left) == step


def test_a_batch_of_models_gets_a_key_in_every_order_that_has_none() -> None:
    from sixmm._reconcile import with_keys

    given = models.PlaceOrderRequest(
        symbol="X", type="MARKET", side="BUY", quantity="1", client_order_id="mine"
    )
    bare = models.PlaceOrderRequest(symbol="X", type="MARKET", side="BUY", quantity="1")
    keyed = with_keys(_reconcile_spec("orders"), {"orders": [given, bare]})["orders"]
    assert keyed[0] is given and keyed[1].client_order_id.startswith("sx-")


def _spec_of(constant: str) -> Any:
    from sixmm import _api_order

    spec = getattr(_api_order, constant).reconcile
    assert spec is not None
    return spec


def _body(payload: Any) -> bytes:
    return json.dumps(payload).encode()


def test_a_create_found_is_settled_from_the_lookup_and_one_not_found_is_resent_whole() -> None:
    from sixmm._reconcile import Reconciliation

    order = {"symbol": "BTCUSDT", "clientOrderId": "k1"}
    found = Reconciliation.start(_spec_of("PLACE_ORDER"), _body(order))
    assert found is not None and found.targets() == [order]
    assert found.settle([{"orderId": "7", "clientOrderId": "k1", "createdAt": 5}]) is True
    assert found.result(None) == {"orderId": "7", "clientOrderId": "k1", "createdAt": 5, "timestamp": 5}
    missing = Reconciliation.start(_spec_of("PLACE_ORDER"), _body(order))
    assert missing is not None and missing.settle([None]) is False
    assert (missing.body, missing.narrowed, missing.from_lookup) == (order, False, False)
    assert missing.result({"orderId": "8"}) == {"orderId": "8"}, "the resend's answer as it is"


@pytest.mark.parametrize(
    ("status", "settled"),
    [("CANCELED", True), ("PARTIALLY_FILLED_CANCELED", True), ("PENDING", False), ("FILLED", False)],
)
def test_a_cancel_is_done_only_when_the_order_is_canceled(status: str, settled: bool) -> None:
    from sixmm._reconcile import Reconciliation

    recon = Reconciliation.start(_spec_of("CANCEL_ORDER"), _body({"symbol": "X", "orderId": "7"}))
    assert recon is not None
    record = {"orderId": "7", "clientOrderId": "", "status": status, "updatedAt": 9}
    assert recon.settle([record]) is settled
    if settled:
        assert recon.result(None)["timestamp"] == 9, "the ack's time is the cancel's"


@pytest.mark.parametrize(
    ("price", "quantity", "done"),
    [("85100.0", "0.20", True), ("85100", "0.2", True), ("85000", "0.2", False), ("85100", "0.1", False)],
)
def test_an_amend_is_done_when_price_and_quantity_equal_the_request_as_decimals(
    price: str, quantity: str, done: bool
) -> None:
    from sixmm._reconcile import is_done

    spec = _spec_of("MOVE_ORDER")
    request = {"symbol": "X", "orderId": "7", "price": "85100", "quantity": "0.2"}
    assert is_done(spec, request, {"orderId": "7", "price": price, "quantity": quantity}) is done
    assert is_done(spec, request, {"orderId": "7"}) is False, "a record without the fields is not done"


def test_a_batch_resends_only_the_orders_not_found_done_and_rebuilds_the_result_in_request_order() -> None:
    from sixmm._reconcile import Reconciliation

    orders = [{"orderId": str(n), "price": "2", "quantity": "1"} for n in range(4)]
    recon = Reconciliation.start(_spec_of("BATCH_MOVE_ORDERS"), _body({"symbol": "X", "orders": orders}))
    assert recon is not None
    targets = recon.targets()
    assert targets is not None and targets[0] == {"symbol": "X", **orders[0]}, "the batch's symbol is shared"
    done = {"orderId": "0", "clientOrderId": "", "status": "PENDING", "price": "2", "quantity": "1"}
    stale = {**done, "orderId": "2", "price": "1"}
    assert recon.settle([done, None, stale, {**done, "orderId": "3"}]) is False
    assert (recon.body, recon.pending, recon.narrowed) == (
        {"symbol": "X", "orders": [orders[1], orders[2]]},
        [1, 2],
        True,
    )
    answer = {"successCount": 1, "failedCount": 1, "results": [{"code": 0, "orderId": "1"}, {"code": 3005}]}
    result = recon.result(answer)
    assert [entry.get("orderId") for entry in result["results"]] == ["0", "1", None, "3"]
    assert result["results"][0]["code"] == 0 and result["results"][0]["message"] == "success"
    assert (result["successCount"], result["failedCount"]) == (3, 1)
    assert (
        recon.result({"successCount": 1, "failedCount": 0, "results": [{"code": 0}]}) is None
    ), "one entry short"


def test_a_batch_found_done_entirely_is_settled_without_a_resend() -> None:
    from sixmm._reconcile import Reconciliation

    orders = [{"symbol": "X", "orderId": "1"}, {"symbol": "X", "clientOrderId": "c"}]
    recon = Reconciliation.start(_spec_of("BATCH_CANCEL_ORDERS"), _body({"orders": orders}))
    assert recon is not None
    records = [
        {"orderId": "1", "status": "CANCELED"},
        {"orderId": "2", "clientOrderId": "c", "status": "CANCELED"},
    ]
    assert recon.settle(records) is True
    result = recon.result(None)
    assert (result["successCount"], result["failedCount"], len(result["results"])) == (2, 0, 2)


def test_what_cannot_be_reconciled_is_never_resent_blindly() -> None:
    from sixmm._reconcile import Reconciliation

    keyless = Reconciliation.start(_spec_of("CANCEL_ORDER"), _body({"symbol": "X"}))
    assert keyless is not None and keyless.targets() is None, "no key: no lookup, so no resend"
    assert Reconciliation.start(_spec_of("CANCEL_ORDER"), b"not json") is None
    assert Reconciliation.start(_spec_of("CANCEL_ORDER"), None) is None
    strategy = {"strategyType": "OCO", "subOrderList": [{"clientOrderId": "a"}]}
    assert Reconciliation.start(_spec_of("PLACE_STRATEGY_ORDER"), _body(strategy)) is None, "no batch result"
