"""Client, local exchange and spec held to each other, operation by operation.

- Coverage matrix: every operation of the spec is called over real HTTP for each auth
  mode it accepts, with `Client` and with `AsyncClient`, and the exchange's request log
  proves it. Calls are built from the spec (required arguments from its examples), so an
  operation added to the spec is called, or the matrix fails; operations that name live
  objects (an order id, a one-time ticket, a refresh cookie) get them from the exchange
  first (`tests.support.live_objects`), and logout goes last.
- Every request those calls sent is valid for the spec (openapi-core).
- Models: payloads generated from each response schema parse in the generated models and
  dump back, by alias, to the same payload (decimals compared as numbers).
- Load: 8 concurrent clients x 200 mixed requests on one exchange, no error, consistent state.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_core import OpenAPI

import sixmm
from generator.ir import NO_DEFAULT, Api, Operation, build_api
from generator.pipeline import check_spec
from sixmm import models
from sixmm.testing import FakeExchange
from tests.support.live_objects import BODY_EXAMPLES, JWT_ONLY, live_arguments
from tests.support.openapi_log import LoggedRequest
from tests.support.paths import CONFIG, SPEC

AUTH_MODES = ("api-key", "jwt")
FLAVORS = ("sync", "async")


@pytest.fixture(scope="module")
def api() -> Api:
    checked = check_spec(CONFIG)
    built, _ = build_api(checked.spec, checked.config)
    return built


@pytest.fixture(scope="module")
def exchange() -> Iterator[FakeExchange]:
    with FakeExchange() as ex:
        yield ex


def _credentials(ex: FakeExchange, auth: str) -> dict[str, Any]:
    if auth == "api-key":
        return {"api_key": ex.api_key, "api_secret": ex.api_secret}
    return {"access_token": ex.issue_token()}  # its own: the matrix logs it out at the end


def _calls(api: Api, auth: str) -> list[tuple[str, Operation]]:
    """(tag, operation) in spec order, the JWT-only ones for JWT only, logout last."""
    calls = [
        (tag.py_name, op)
        for tag in api.tags
        for op in tag.operations
        if auth == "jwt" or op.operation_id not in JWT_ONLY
    ]
    return sorted(calls, key=lambda call: call[1].operation_id == "logout")


def _arguments(api: Api, op: Operation, key: str | None) -> dict[str, Any]:
    """Required arguments and the body example's fields, from the spec's examples (the body
    example satisfies the conditional rules); a live key where the spec names one."""
    keys = {k.key_argument for k in api.keepalives if op in (k.renew, k.close)}
    in_example = BODY_EXAMPLES.get(op.operation_id, {})
    arguments = {}
    for argument in op.arguments:
        if not argument.required and not (argument.location == "body" and argument.wire_name in in_example):
            continue
        if argument.py_name in keys:
            arguments[argument.py_name] = key
        else:
            assert argument.example is not NO_DEFAULT, (
                f"{op.operation_id}.{argument.wire_name} has no example"
            )
            arguments[argument.py_name] = argument.example
    return arguments


def _request_id(flavor: str, auth: str, op: Operation) -> str:
    return f"matrix.{flavor}.{auth}.{op.operation_id}"


def _run_sync(api: Api, ex: FakeExchange, auth: str) -> None:
    with sixmm.Client(base_url=ex.url, max_retries=0, **_credentials(ex, auth)) as client:
        key = client.listen_key.create().listen_key
        for tag, op in _calls(api, auth):
            method = getattr(getattr(client, tag), op.py_name)
            arguments = {
                **_arguments(api, op, key),
                **live_arguments(ex, op.operation_id, f"sync-{auth}-{op.operation_id}"),
            }
            method(**arguments, request_id=_request_id("sync", auth, op))


async def _run_async(api: Api, ex: FakeExchange, auth: str) -> None:
    async with sixmm.AsyncClient(base_url=ex.url, max_retries=0, **_credentials(ex, auth)) as client:
        key = (await client.listen_key.create()).listen_key
        for tag, op in _calls(api, auth):
            method = getattr(getattr(client, tag), op.py_name)
            arguments = {
                **_arguments(api, op, key),
                **live_arguments(ex, op.operation_id, f"async-{auth}-{op.operation_id}"),
            }
            await method(**arguments, request_id=_request_id("async", auth, op))


def test_every_operation_over_http_for_each_auth_mode_and_client(api: Api, exchange: FakeExchange) -> None:
    exchange.requests.clear()
    for auth in AUTH_MODES:
        _run_sync(api, exchange, auth)
        asyncio.run(_run_async(api, exchange, auth))
    log = exchange.requests.snapshot()
    seen = {
        (r.request_id, r.response.status if r.response else None)
        for r in log
        if r.request_id.startswith("matrix.")
    }
    missing = [
        _request_id(flavor, auth, op)
        for flavor in FLAVORS
        for auth in AUTH_MODES
        for op in api.operations
        if (auth == "jwt" or op.operation_id not in JWT_ONLY)
        and (_request_id(flavor, auth, op), 200) not in seen
    ]
    assert not missing, f"not exercised end to end (HTTP 200): {missing}"
    paths = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["paths"]
    in_spec = {
        item[m]["operationId"]
        for item in paths.values()
        for m in item
        if m in ("get", "put", "post", "delete")
    }
    assert {op.operation_id for op in api.operations} == in_spec

    openapi = OpenAPI.from_file_path(str(SPEC))
    validated = 0
    for recorded in log:
        if recorded.request_id.startswith("matrix.") or (recorded.header("user-agent") or "").startswith(
            "sixmm"
        ):
            openapi.validate_request(LoggedRequest(recorded))
            validated += 1
    assert validated >= 4 * len(api.operations) - 2 * len(JWT_ONLY)


# -- models against the spec's response schemas ---------------------------------------------


SECRET_MASK = "**********"
_INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _strategy(schema: Any, schemas: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values valid against ``schema``, for the JSON Schema keywords the spec uses.

    hypothesis-jsonschema would do this for any schema, but its last release does not run
    on current hypothesis; the spec's response schemas need only this subset, and an
    unknown keyword fails loudly rather than being ignored.
    """
    if "$ref" in schema:
        return _strategy(schemas[schema["$ref"].rsplit("/", 1)[-1]], schemas)
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            resolved = schemas[part["$ref"].rsplit("/", 1)[-1]] if "$ref" in part else part
            merged["properties"].update(resolved.get("properties", {}))
            merged["required"] += resolved.get("required", [])
        return _strategy(merged, schemas)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if kind == "object":
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        optional = {n: _strategy(p, schemas) for n, p in properties.items() if n not in required}
        fixed = st.fixed_dictionaries(
            {n: _strategy(p, schemas) for n, p in properties.items() if n in required}, optional=optional
        )
        if schema.get("additionalProperties") is True:
            extra = st.dictionaries(
                st.text("xyz", min_size=4, max_size=6), st.integers() | st.text(max_size=5)
            )
            return st.tuples(fixed, extra).map(lambda pair: {**pair[1], **pair[0]})
        return fixed
    if kind == "array":
        return st.lists(_strategy(schema.get("items", {}), schemas), max_size=4)
    if kind == "integer":
        low, high = _INT_BOUNDS.get(schema.get("format", "int64"), _INT_BOUNDS["int64"])
        return st.integers(min_value=schema.get("minimum", low), max_value=schema.get("maximum", high))
    if kind == "string":
        if "pattern" in schema:
            return st.from_regex(schema["pattern"], fullmatch=True)
        if schema.get("format") == "date-time":
            return st.datetimes(timezones=st.just(UTC)).map(lambda moment: moment.isoformat())
        return st.text(max_size=20)
    if kind == "boolean":
        return st.booleans()
    raise AssertionError(f"no strategy for the schema {schema!r}")


def _same(expected: Any, actual: Any) -> bool:
    """Equal as JSON, decimals compared as numbers and times as instants."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return expected.keys() == actual.keys() and all(_same(expected[k], actual[k]) for k in expected)
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(
            _same(e, a) for e, a in zip(expected, actual, strict=True)
        )
    if isinstance(expected, str) and actual == SECRET_MASK:
        return True  # a `format: password` field is a SecretStr: masked when dumped, by design
    if isinstance(expected, str) and isinstance(actual, str) and expected != actual:
        try:
            return Decimal(expected) == Decimal(actual)
        except ArithmeticError:
            pass
        try:
            return datetime.fromisoformat(expected) == datetime.fromisoformat(actual)
        except ValueError:
            return False
    return bool(expected == actual)


RESPONSE_MODELS = sorted(
    {
        "AccessToken",
        "AccountChangeLogPage",
        "ApiKeyList",
        "AssetOverviewSummary",
        "AssetOverviewTrend",
        "BalanceHistory",
        "BatchResult",
        "ConditionOrderAck",
        "ConditionOrderList",
        "ConditionOrderPage",
        "CreatedApiKey",
        "CurrentFundingRatePage",
        "DeletedApiKeys",
        "FavoriteSymbols",
        "FundingRateConfigList",
        "FundingRateHistoryPage",
        "KlineList",
        "LeverageSetting",
        "ListenKeyData",
        "MarketSymbols",
        "Order",
        "OrderAck",
        "OrderList",
        "OrderPage",
        "PnlLeaderboard",
        "PositionHistoryPage",
        "PositionList",
        "PositionSettings",
        "ServerTime",
        "ServiceVersion",
        "StrategyAck",
        "StrategyOrder",
        "TicketExchangeResult",
        "TradeOverview",
        "TradePage",
        "UserAssetData",
        "UserInfoData",
        "VolumeStats",
    }
)


def test_every_response_model_is_checked(api: Api) -> None:
    assert {op.result_type for op in api.operations if op.result_type} == set(RESPONSE_MODELS)


@pytest.mark.parametrize("name", RESPONSE_MODELS)
def test_generated_payloads_round_trip_through_the_models(api: Api, name: str) -> None:
    model = getattr(models, name)
    schemas = api.models.schemas
    strategy = _strategy(schemas[name], schemas)

    @settings(
        max_examples=30,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(payload=strategy)
    def round_trip(payload: dict[str, Any]) -> None:
        parsed = model.model_validate(payload)
        dumped = parsed.model_dump(mode="json", by_alias=True, exclude_unset=True)
        assert _same(payload, dumped), (payload, dumped)

    round_trip()


# -- load -------------------------------------------------------------------------------------

CLIENTS = 8
REQUESTS_PER_CLIENT = 200


def _worker(ex: FakeExchange, index: int, errors: list[BaseException], saved: list[list[str]]) -> None:
    auth = AUTH_MODES[index % 2]
    try:
        with sixmm.Client(
            base_url=ex.url, max_retries=0, time_sync_interval=None, **_credentials(ex, auth)
        ) as client:
            for step in range(REQUESTS_PER_CLIENT):
                kind = step % 5
                if kind == 0:
                    client.user.get_account_change_log(page=1 + step % 7, page_size=10)
                elif kind == 1:
                    client.user.get_info()
                elif kind == 2:
                    symbols = [f"C{index}S{step}USDT", "BTCUSDT"]
                    client.user.save_favorite_symbols(symbols=symbols)
                    saved.append(symbols)
                elif kind == 3:
                    key = client.listen_key.create().listen_key
                    client.listen_key.renew(listen_key=key)
                    client.listen_key.close(listen_key=key)
                else:
                    client.user.get_asset()
    except BaseException as error:  # noqa: BLE001 - every failure is reported by the test
        errors.append(error)


def test_concurrent_clients_get_no_errors_and_leave_consistent_state() -> None:
    # log_size=None: every request of the matrix is checked below, more than the default keeps.
    with FakeExchange(log_size=None) as ex:
        with sixmm.Client(base_url=ex.url, access_token=ex.access_token) as probe:
            total_before = probe.user.get_account_change_log(page_size=1).total
            balance_before = probe.user.get_asset().user_asset.wallet_balance
        errors: list[BaseException] = []
        saved: list[list[str]] = []
        threads = [
            threading.Thread(target=_worker, args=(ex, index, errors, saved)) for index in range(CLIENTS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
        assert not any(thread.is_alive() for thread in threads)
        assert errors == []
        log = ex.requests.snapshot()
        matrix = [
            r for r in log if r.response is not None and (r.header("user-agent") or "").startswith("sixmm")
        ]
        assert len(matrix) >= CLIENTS * REQUESTS_PER_CLIENT
        assert all(r.response is not None and r.response.status == 200 for r in matrix)
        with sixmm.Client(base_url=ex.url, access_token=ex.access_token) as probe:
            assert probe.user.get_favorite_symbols().symbols in saved, "the last save wins, whole"
            assert probe.user.get_account_change_log(page_size=1).total == total_before
            assert probe.user.get_asset().user_asset.wallet_balance == balance_before
        assert ex.state.listen_keys == {}, "every key created was closed"
