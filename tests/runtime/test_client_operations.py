"""Contract tests of the generated ``sixmm`` client against the local exchange.

Every operation of spec/sixmm.yaml is called through the sync and the async client,
with bearer and API-key authentication, against `sixmm.testing.FakeExchange` (127.0.0.1
only). The exchange checks signatures and tokens as the documentation describes and
records the exact bytes it received; the tests check every signature again with their
own signer (`tests.support.signing`), and script answers with canned replies. So these
tests pin down the wire format: method names and signatures, query order and encoding,
JSON bodies, HMAC signing, decoding of the exchange's answers and of the spec's
examples, error mapping and credential handling.
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
import yaml
from pydantic import SecretStr

import sixmm
from sixmm import models
from sixmm.testing import FakeExchange, RecordedRequest
from tests.support.clients import (
    API_KEY,
    API_SECRET,
    AUTH_MODES,
    FIXED_MS,
    FLAVORS,
    AuthMode,
    Flavor,
    auth_mode,
    envelope,
    local_exchange,
)
from tests.support.live_objects import JWT_ONLY, live_arguments
from tests.support.paths import SPEC as SPEC_PATH
from tests.support.signing import assert_signed_query, sign

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
TRANSPORT_KWARGS = frozenset({"extra_headers", "request_id", "timeout", "max_retries"})
SIGNED_TAIL_RE = r"timestamp=\d+&signature=[0-9a-f]{64}"

ACCESS_TOKEN = "test-jwt"
"""A token for clients that are never called (the exchange issues real ones: ``ex.access_token``)."""

REQUIRED_ARGS: dict[str, Any] = {
    "period": "1D",
    "type": "1M",
    "symbols": ["BTCUSDT", "ETHUSDT"],
    "listen_key": "9f2c4e7a1b3d5f60718293a4b5c6d7e8",
}
"""Values for the required arguments of the operations."""

Schema = dict[str, Any]


# --------------------------------------------------------------------------- the spec


def _load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        loaded = yaml.safe_load(fh)
    assert isinstance(loaded, dict)
    return loaded


SPEC = _load_spec()


# Method names without their tag's words (the generator's rule, spelled out for this spec).
SHORT_METHOD_NAMES = {
    "createListenKey": "create",
    "renewListenKey": "renew",
    "closeListenKey": "close",
    "createApiKey": "create",
    "listApiKeys": "list_keys",
    "updateApiKey": "update",
    "deleteApiKey": "delete",
    "deleteAllApiKeys": "delete_all",
    "placeOrder": "place",
    "batchPlaceOrders": "batch_place",
    "placeConditionOrder": "place_condition",
    "placeStrategyOrder": "place_strategy",
    "cancelOrder": "cancel",
    "moveOrder": "move",
    "batchMoveOrders": "batch_move",
    "batchCancelOrders": "batch_cancel",
    "cancelAllOrders": "cancel_all",
    "cancelConditionOrder": "cancel_condition",
    "getCurrentOrders": "get_current",
    "getCurrentConditionOrders": "get_current_condition",
    "getOrderHistory": "get_history",
    "getConditionOrderHistory": "get_condition_history",
    "getStrategyOrder": "get_strategy",
    "getPositionSettings": "get_settings",
    "getPositionHistory": "get_history",
}


def snake(name: str) -> str:
    """``getAccountChangeLog`` → ``get_account_change_log``; ``listen-key`` → ``listen_key``."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).replace("-", "_").lower()


def resolve(node: Schema) -> Schema:
    """Follow local ``$ref``s until a node without one."""
    while "$ref" in node:
        ref = node["$ref"]
        assert isinstance(ref, str) and ref.startswith("#/"), ref
        target: Any = SPEC
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def object_properties(schema: Schema) -> tuple[list[str], set[str]]:
    """Property names (in declaration order) and required names of an object schema."""
    schema = resolve(schema)
    names: list[str] = []
    required: set[str] = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        part_names, part_required = object_properties(part)
        names.extend(n for n in part_names if n not in names)
        required |= part_required
    names.extend(n for n in schema.get("properties", {}) if n not in names)
    return names, required


def find_data_ref(schema: Schema) -> str | None:
    """The schema name that ``data`` refers to in a 200 response schema, if any."""
    data = schema.get("properties", {}).get("data")
    if isinstance(data, dict) and "$ref" in data:
        ref = data["$ref"]
        assert isinstance(ref, str)
        return ref.rsplit("/", 1)[-1]
    for key in ("oneOf", "anyOf", "allOf"):
        for sub in schema.get(key, []):
            found = find_data_ref(sub)
            if found is not None:
                return found
    return None


@dataclass(frozen=True)
class ExpectedParam:
    """One keyword argument the generated method must take."""

    name: str
    required: bool
    default: Any


@dataclass(frozen=True)
class OperationCase:
    """What the spec says about one operation."""

    operation_id: str
    method: str
    path: str
    resource: str
    method_name: str
    public: bool
    params: tuple[ExpectedParam, ...]
    data_model: str | None
    example: dict[str, Any]
    argument_examples: dict[str, Any] = field(default_factory=dict)
    """Required parameters' and body example's values, by argument name."""

    def call_kwargs(self) -> dict[str, Any]:
        """Arguments for one call: the required ones, and the body example's (which meet the
        spec's conditional rules)."""
        chosen = {
            p.name: self.argument_examples.get(p.name, REQUIRED_ARGS.get(p.name))
            for p in self.params
            if p.required
        }
        return {**chosen, **{k: v for k, v in self.argument_examples.items() if k not in chosen}}


def _operation_cases() -> list[OperationCase]:
    cases: list[OperationCase] = []
    root_security = SPEC.get("security", [])
    for path, item in SPEC["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            params: list[ExpectedParam] = []
            argument_examples: dict[str, Any] = {}
            for raw in op.get("parameters", []):
                param = resolve(raw)
                schema = resolve(param.get("schema", {}))
                required = bool(param.get("required", False))
                params.append(ExpectedParam(snake(param["name"]), required, schema.get("default")))
                given = param.get("schema", {}).get("examples") or schema.get("examples")
                if required and given and op["operationId"] not in ("getBalanceHistory", "getTradeOverview"):
                    argument_examples[snake(param["name"])] = given[0]
                # x-require-any-of: the first of each group is given too, so the call meets the spec.
                first_of_groups = {group[0] for group in op.get("x-require-any-of", [])}
                if param["name"] in first_of_groups and given:
                    argument_examples[snake(param["name"])] = given[0]
            body = op.get("requestBody")
            if body is not None:
                body = resolve(body)
                names, required_names = object_properties(body["content"]["application/json"]["schema"])
                body_schema = resolve(body["content"]["application/json"]["schema"])
                example_body = body["content"]["application/json"].get("example", {})
                if op["operationId"] not in ("renewListenKey", "closeListenKey", "saveFavoriteSymbols"):
                    argument_examples.update({snake(k): v for k, v in example_body.items()})
                for name in names:
                    prop = resolve(body_schema.get("properties", {}).get(name, {}))
                    params.append(ExpectedParam(snake(name), name in required_names, prop.get("default")))
            response = resolve(op["responses"]["200"])["content"]["application/json"]
            (tag,) = op["tags"]
            cases.append(
                OperationCase(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    resource=snake(tag),
                    method_name=SHORT_METHOD_NAMES.get(op["operationId"], snake(op["operationId"])),
                    # No credentials sent: public, or an empty requirement alone. Optional auth (the
                    # leaderboard: an empty requirement among others) sends what the client holds.
                    public=not any(op.get("security", root_security)),
                    params=tuple(params),
                    data_model=find_data_ref(response["schema"]),
                    example=response["examples"]["success"]["value"],
                    argument_examples=argument_examples,
                )
            )
    return cases


OPERATIONS = _operation_cases()
OPERATION_IDS = [case.operation_id for case in OPERATIONS]
OPERATIONS_BY_ID = {case.operation_id: case for case in OPERATIONS}


def test_every_operation_is_covered() -> None:
    assert len(OPERATIONS) == 53
    assert len(set(OPERATION_IDS)) == len(OPERATION_IDS)


# --------------------------------------------------------------------------- helpers


def example_clock() -> int:
    """The server time of the spec's getServerTime example: the exchange and the clients share it."""
    return int(OPERATIONS_BY_ID["getServerTime"].example["data"]["timestampMs"])


@pytest.fixture(scope="module")
def exchange() -> Iterator[FakeExchange]:
    """One local exchange for the module, its clock frozen at the spec's example time."""
    with local_exchange(start_ms=example_clock()) as ex:
        yield ex


@pytest.fixture
def server(exchange: FakeExchange) -> FakeExchange:
    """The module's exchange, reset, so that its request log holds only this test's calls."""
    exchange.reset()
    return exchange


def client_kwargs(server: FakeExchange, auth: AuthMode, **extra: Any) -> dict[str, Any]:
    """Constructor arguments of a client that talks to ``server`` and reads its clock."""
    # No automatic clock sync and no retries: these tests count requests and map single
    # responses to errors; clock sync and retries have tests of their own.
    kwargs: dict[str, Any] = {
        "base_url": server.url,
        "time_sync_interval": None,
        "max_retries": 0,
        "clock": server.clock.now,
    }
    if auth == "api-key":
        kwargs.update(api_key=API_KEY, api_secret=API_SECRET)
    else:
        kwargs.update(access_token=server.access_token)
    kwargs.update(extra)
    return kwargs


async def invoke(flavor: Flavor, kwargs: dict[str, Any], resource: str, method: str, /, **call: Any) -> Any:
    """Build a sync or async client, call ``client.<resource>.<method>(**call)`` and close it."""
    if flavor == "sync":
        with sixmm.Client(**kwargs) as client:
            return getattr(getattr(client, resource), method)(**call)
    async with sixmm.AsyncClient(**kwargs) as aclient:
        return await getattr(getattr(aclient, resource), method)(**call)


def only_request(server: FakeExchange) -> RecordedRequest:
    """The single request the exchange received."""
    requests = server.requests.snapshot()
    assert len(requests) == 1, [r.raw_target for r in requests]
    return requests[0]


def assert_signed(request: RecordedRequest, secret: str = API_SECRET) -> None:
    """The signature of ``request`` is right (the tests' own signer) and ``timestamp`` is last before it."""
    assert_signed_query(request.query_string, request.body, secret)


def _as_datetime(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def assert_matches_example(actual: Any, expected: Any, where: str = "data") -> None:
    """``actual`` (a JSON dump of the result) carries the same values as ``expected``.

    Date-time strings are compared after parsing, since the model may print them
    differently (``.808Z`` vs ``.808000Z``); everything else, decimal strings included,
    must be equal as text and of the same JSON type.
    """
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{where}: {actual!r} is not an object"
        assert sorted(actual) == sorted(expected), f"{where}: keys differ"
        for key, value in expected.items():
            assert_matches_example(actual[key], value, f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{where}: {actual!r} is not an array"
        assert len(actual) == len(expected), f"{where}: lengths differ"
        for index, (got, want) in enumerate(zip(actual, expected, strict=True)):
            assert_matches_example(got, want, f"{where}[{index}]")
    elif isinstance(expected, str) and isinstance(actual, str) and actual != expected:
        got_dt, want_dt = _as_datetime(actual), _as_datetime(expected)
        assert got_dt is not None and want_dt is not None, f"{where}: {actual!r} != {expected!r}"
        assert got_dt == want_dt, f"{where}: {actual!r} != {expected!r}"
    else:
        assert type(actual) is type(expected), f"{where}: {actual!r} is not like {expected!r}"
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"


# --------------------------------------------------------------------------- method surface


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("case", OPERATIONS, ids=OPERATION_IDS)
async def test_method_signature_follows_the_spec(case: OperationCase, flavor: Flavor) -> None:
    kwargs: dict[str, Any] = {"base_url": "http://127.0.0.1:9", "access_token": ACCESS_TOKEN}
    method: Any
    if flavor == "sync":
        with sixmm.Client(**kwargs) as client:
            method = getattr(getattr(client, case.resource), case.method_name)
    else:
        async with sixmm.AsyncClient(**kwargs) as aclient:
            method = getattr(getattr(aclient, case.resource), case.method_name)
    assert inspect.iscoroutinefunction(method) is (flavor == "async")

    signature = inspect.signature(method)
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in signature.parameters.values()), signature
    for name in TRANSPORT_KWARGS:
        assert signature.parameters[name].default is None, name
    actual = {name: p for name, p in signature.parameters.items() if name not in TRANSPORT_KWARGS}
    assert sorted(actual) == sorted(p.name for p in case.params)
    for expected in case.params:
        param = actual[expected.name]
        if expected.required:
            assert param.default is inspect.Parameter.empty, f"{expected.name} must be required"
        else:
            assert param.default == expected.default, f"default of {expected.name}"


def test_paging_defaults_match_the_spec() -> None:
    defaults = {(p.name, p.default) for case in OPERATIONS for p in case.params if p.default is not None}
    assert defaults == {
        ("page", 1),
        ("page_size", 20),
        ("limit", 30),
        ("limit", 500),
        ("permissions", 1),
        ("reduce_only", False),
        ("maker_only", False),
        ("close_position", False),
    }


# --------------------------------------------------------------------------- every operation, every way


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("auth", AUTH_MODES)
@pytest.mark.parametrize("case", OPERATIONS, ids=OPERATION_IDS)
async def test_operation_round_trip(
    server: FakeExchange, case: OperationCase, auth: AuthMode, flavor: Flavor
) -> None:
    kwargs = {**case.call_kwargs(), **live_arguments(server, case.operation_id, f"{flavor}-{auth}")}
    if auth == "api-key" and case.operation_id in JWT_ONLY:
        # JWT only: the client refuses its API key before anything is sent.
        server.requests.clear()
        with pytest.raises(sixmm.CredentialsError, match=case.operation_id):
            await invoke(flavor, client_kwargs(server, auth), case.resource, case.method_name, **kwargs)
        assert list(server.requests) == []
        return
    # The exchange's own answer: it checked the credentials, and the result is what it sent.
    if "listen_key" in kwargs:  # the exchange renews and closes live keys only
        kwargs["listen_key"], _ = server.state.create_listen_key()
    result = await invoke(flavor, client_kwargs(server, auth), case.resource, case.method_name, **kwargs)
    request = only_request(server)
    assert request.response is not None and request.response.status == 200
    answer = request.response.json()
    assert answer["code"] == 0, answer
    check_result(case, result, answer.get("data"))
    check_request(server, case, auth, request)

    # The spec's example, as a canned reply: the result carries the example's values.
    server.requests.clear()
    server.faults.reply(case.operation_id, body=case.example)
    result = await invoke(
        flavor, client_kwargs(server, auth), case.resource, case.method_name, **case.call_kwargs()
    )
    request = only_request(server)
    assert request.fault == "reply"
    check_result(case, result, case.example.get("data"))
    check_request(server, case, auth, request)


def check_result(case: OperationCase, result: Any, data: Any) -> None:
    """``result`` is the operation's model (or None) and carries the values of ``data``."""
    if case.data_model is None:
        assert result is None
    else:
        model = getattr(models, case.data_model)
        assert isinstance(result, model)
        dumped = result.model_dump(mode="json", by_alias=True, exclude_none=True)
        for name, value in result:  # a `format: password` field is a SecretStr, masked when dumped
            if isinstance(value, SecretStr):
                dumped[type(result).model_fields[name].alias or name] = value.get_secret_value()
        assert_matches_example(dumped, data)


def check_request(
    server: FakeExchange, case: OperationCase, auth: AuthMode, request: RecordedRequest
) -> None:
    """``request`` is the operation's method and path, with the credentials of ``auth`` (signed)."""
    assert request.method == case.method
    assert request.path == case.path
    assert request.operation_id == case.operation_id
    assert request.header("x-request-id"), "every request carries X-Request-ID"
    if case.public:
        assert auth_mode(request) == "none"
        assert request.header("authorization") is None
        assert request.header("x-api-key") is None
        assert "signature=" not in request.query_string
    elif auth == "api-key":
        assert auth_mode(request) == "api-key"
        assert request.header("x-api-key") == API_KEY
        assert request.header("authorization") is None
        assert_signed(request)
    else:
        assert auth_mode(request) == "bearer"
        if case.operation_id != "logout":  # logout revoked the token; `access_token` is a new one
            assert request.header("authorization") == f"Bearer {server.access_token}"
        assert request.header("x-api-key") is None
        assert "signature=" not in request.query_string


def reply_with_examples(server: FakeExchange, *operation_ids: str) -> None:
    """Answer the next call of each operation with the spec's success example."""
    for operation_id in operation_ids:
        server.faults.reply(operation_id, body=OPERATIONS_BY_ID[operation_id].example)


async def test_typed_fields_carry_the_example_values(server: FakeExchange) -> None:
    kwargs = client_kwargs(server, "bearer")
    reply_with_examples(server, "getInfo", "getAsset", "getAccountChangeLog", "getServerTime")
    info = await invoke("sync", kwargs, "user", "get_info")
    example_user = OPERATIONS_BY_ID["getInfo"].example["data"]["userInfo"]
    assert info.user_info.user_id == example_user["userId"]
    assert info.user_info.agent_id == example_user["agentId"]

    asset = await invoke("async", kwargs, "user", "get_asset")
    assert isinstance(asset.user_asset.wallet_balance, Decimal)
    assert asset.user_asset.wallet_balance == Decimal("10234.5678")

    page = await invoke("sync", kwargs, "user", "get_account_change_log")
    assert page.total == 2
    assert page.list_[0].amount == Decimal("-12.5")

    server_time = await invoke("async", kwargs, "public", "get_server_time")
    assert server_time.iso == datetime.fromisoformat("2026-03-05T11:32:57.808Z")
    assert server_time.iso.utcoffset() is not None


# --------------------------------------------------------------------------- query strings


def test_query_follows_declared_order_and_sends_defaults(server: FakeExchange) -> None:
    with sixmm.Client(**client_kwargs(server, "api-key")) as client:
        client.user.get_account_change_log(page_size=50, page=2, asset_type="USDT")
    request = only_request(server)
    assert re.fullmatch(rf"assetType=USDT&page=2&pageSize=50&{SIGNED_TAIL_RE}", request.query_string), (
        request.query_string
    )
    assert_signed(request)


def test_query_with_every_parameter_in_declared_order(server: FakeExchange) -> None:
    with sixmm.Client(**client_kwargs(server, "api-key")) as client:
        client.user.get_account_change_log(
            page_size=5, page=3, end_time=1772710377808, start_time=1772020000000,
            change_type="TRADING_FEE", asset_type="USDT",
        )  # fmt: skip
    request = only_request(server)
    expected = (
        "assetType=USDT&changeType=TRADING_FEE&startTime=1772020000000&endTime=1772710377808"
        f"&page=3&pageSize=5&{SIGNED_TAIL_RE}"
    )
    assert re.fullmatch(expected, request.query_string), request.query_string


def test_defaults_are_sent_and_none_is_left_out(server: FakeExchange) -> None:
    with sixmm.Client(**client_kwargs(server, "api-key")) as client:
        client.user.get_account_change_log(asset_type=None)
        client.user.get_balance_history(period=models.BalanceHistoryPeriod.ONE_WEEK)
    first, second = server.requests
    assert re.fullmatch(rf"page=1&pageSize=20&{SIGNED_TAIL_RE}", first.query_string), first.query_string
    assert re.fullmatch(rf"period=1W&limit=30&{SIGNED_TAIL_RE}", second.query_string), second.query_string


def test_bearer_query_has_no_timestamp_or_signature(server: FakeExchange) -> None:
    with sixmm.Client(**client_kwargs(server, "bearer")) as client:
        client.user.get_account_change_log(asset_type="USDT")
        client.user.get_info()
    first, second = server.requests
    assert first.query_string == "assetType=USDT&page=1&pageSize=20"
    assert second.raw_target == "/v1/private/user/info"


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_raw_query_is_not_re_encoded(server: FakeExchange, flavor: Flavor) -> None:
    kwargs = client_kwargs(server, "api-key")
    await invoke(flavor, kwargs, "user", "get_account_change_log", asset_type="A B/C&D")
    request = only_request(server)
    assert request.query_string.startswith("assetType=A%20B%2FC%26D&page=1&pageSize=20&timestamp="), (
        request.query_string
    )
    assert request.raw_target == f"{request.path}?{request.query_string}"
    assert_signed(request)


# --------------------------------------------------------------------------- bodies


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_save_favorite_symbols_body_is_compact_json(server: FakeExchange, flavor: Flavor) -> None:
    kwargs = client_kwargs(server, "api-key")
    result = await invoke(flavor, kwargs, "user", "save_favorite_symbols", symbols=["BTCUSDT", "ETHUSDT"])
    assert result is None
    request = only_request(server)
    assert request.method == "POST"
    assert request.body == b'{"symbols":["BTCUSDT","ETHUSDT"]}'
    assert request.header("content-type").startswith("application/json")
    assert request.header("content-length") == str(len(request.body))
    assert_signed(request)


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_close_listen_key_sends_a_signed_delete_body(server: FakeExchange, flavor: Flavor) -> None:
    kwargs = client_kwargs(server, "api-key")
    key, _ = server.state.create_listen_key()
    result = await invoke(flavor, kwargs, "listen_key", "close", listen_key=key)
    assert result is None
    assert key not in server.state.listen_keys
    request = only_request(server)
    assert request.method == "DELETE"
    assert request.path == "/v1/private/user/listen-key"
    assert request.body == f'{{"listenKey":"{key}"}}'.encode()
    assert_signed(request)
    unsigned, _, signature = request.query_string.rpartition("&signature=")
    assert signature != sign(API_SECRET, unsigned), "the body must be part of the signed payload"


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_renew_listen_key_sends_a_signed_put_body(server: FakeExchange, flavor: Flavor) -> None:
    key, _ = server.state.create_listen_key()
    await invoke(flavor, client_kwargs(server, "api-key"), "listen_key", "renew", listen_key=key)
    request = only_request(server)
    assert request.method == "PUT"
    assert request.body == f'{{"listenKey":"{key}"}}'.encode()
    assert_signed(request)


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_non_ascii_body_is_utf8_and_signed(server: FakeExchange, flavor: Flavor) -> None:
    await invoke(flavor, client_kwargs(server, "api-key"), "user", "save_favorite_symbols", symbols=["ÄBC"])
    request = only_request(server)
    assert request.body == '{"symbols":["ÄBC"]}'.encode()
    assert b"\\u" not in request.body
    assert_signed(request)


@pytest.mark.parametrize("case", [c for c in OPERATIONS if c.method == "GET"], ids=lambda c: c.operation_id)
def test_get_requests_have_no_body(server: FakeExchange, case: OperationCase) -> None:
    auth: AuthMode = "bearer" if case.operation_id in JWT_ONLY else "api-key"
    kwargs = {**case.call_kwargs(), **live_arguments(server, case.operation_id, "no-body")}
    with sixmm.Client(**client_kwargs(server, auth)) as client:
        getattr(getattr(client, case.resource), case.method_name)(**kwargs)
    request = only_request(server)
    assert request.body == b""
    assert request.header("content-type") is None


# --------------------------------------------------------------------------- signing vectors


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_signing_vector_get_info(server: FakeExchange, flavor: Flavor) -> None:
    assert server.clock.now() == FIXED_MS  # the exchange accepts the vector's timestamp
    kwargs = client_kwargs(server, "api-key", clock=lambda: FIXED_MS)
    await invoke(flavor, kwargs, "user", "get_info")
    request = only_request(server)
    assert request.query_string == (
        "timestamp=1772710377808&signature=683bb7e22f05dae908538a23310bb623ac695e6e9dfc80fd850a029a3959f661"
    )
    assert request.body == b""


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_signing_vector_save_favorite_symbols(server: FakeExchange, flavor: Flavor) -> None:
    assert server.clock.now() == FIXED_MS
    kwargs = client_kwargs(server, "api-key", clock=lambda: FIXED_MS)
    await invoke(flavor, kwargs, "user", "save_favorite_symbols", symbols=["BTCUSDT", "ETHUSDT"])
    request = only_request(server)
    assert request.query_string == (
        "timestamp=1772710377808&signature=a168b88782119040345fab63e12b7cb1b5183d894899a16b79308658b81319ba"
    )
    assert request.body == b'{"symbols":["BTCUSDT","ETHUSDT"]}'


def test_each_attempt_is_signed_with_the_current_clock(server: FakeExchange) -> None:
    with sixmm.Client(**client_kwargs(server, "api-key")) as client:
        client.user.get_info()
        server.clock.advance(1500)
        client.user.get_info()
    first, second = server.requests
    assert first.query_string.startswith(f"timestamp={FIXED_MS}&")
    assert second.query_string.startswith(f"timestamp={FIXED_MS + 1500}&")
    assert_signed(first)
    assert_signed(second)


# --------------------------------------------------------------------------- errors

ERROR_CODES: list[tuple[int, type[sixmm.ApiError]]] = [
    (1001, sixmm.AuthenticationError),
    (1002, sixmm.AuthenticationError),
    (1003, sixmm.AuthenticationError),
    (1004, sixmm.AuthenticationError),
    (1006, sixmm.AuthenticationError),
    (2001, sixmm.InvalidParameterError),
    (2002, sixmm.InvalidParameterError),
    (2003, sixmm.InvalidParameterError),
    (3001, sixmm.BusinessError),
    (3006, sixmm.BusinessError),
    (3112, sixmm.BusinessError),
    (5001, sixmm.ServerError),
    (5002, sixmm.ServerError),
    (5003, sixmm.RateLimitError),
]


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_invalid_parameter_envelope(server: FakeExchange, flavor: Flavor) -> None:
    server.faults.reply(None, 200, envelope(2002, "invalid parameter value", "r-1"))
    with pytest.raises(sixmm.InvalidParameterError) as info:
        await invoke(flavor, client_kwargs(server, "api-key"), "user", "get_info")
    error = info.value
    assert error.code == 2002
    assert error.message == "invalid parameter value"
    assert error.request_id == "r-1"
    assert error.http_status == 200
    assert isinstance(error, sixmm.ApiError)
    assert isinstance(error, sixmm.SixMMError)
    assert len(server.requests) == 1


@pytest.mark.parametrize(("code", "error_class"), ERROR_CODES, ids=[str(code) for code, _ in ERROR_CODES])
def test_envelope_codes_map_to_error_families(
    server: FakeExchange, code: int, error_class: type[sixmm.ApiError]
) -> None:
    server.faults.reply(None, 200, envelope(code, f"error {code}", "r-2"))
    with sixmm.Client(**client_kwargs(server, "bearer")) as client, pytest.raises(error_class) as info:
        client.user.get_info()
    assert info.value.code == code
    assert info.value.message == f"error {code}"
    assert info.value.request_id == "r-2"
    assert info.value.http_status == 200


def test_unknown_code_is_a_plain_api_error(server: FakeExchange) -> None:
    server.faults.reply(None, 200, envelope(9999, "something new", "r-3"))
    with sixmm.Client(**client_kwargs(server, "bearer")) as client, pytest.raises(sixmm.ApiError) as info:
        client.user.get_info()
    assert type(info.value) is sixmm.ApiError
    assert info.value.code == 9999


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_http_429_with_retry_after(server: FakeExchange, flavor: Flavor) -> None:
    server.faults.reply(None, 429, envelope(5003, "rate limit triggered", "r-4"), {"Retry-After": "3"})
    with pytest.raises(sixmm.RateLimitError) as info:
        await invoke(flavor, client_kwargs(server, "bearer"), "user", "get_asset")
    assert info.value.retry_after == 3.0
    assert info.value.http_status == 429
    assert info.value.code == 5003


def test_http_429_without_envelope_or_retry_after(server: FakeExchange) -> None:
    server.faults.reply(None, 429, b"Too Many Requests", {"Content-Type": "text/plain"})
    client = sixmm.Client(**client_kwargs(server, "bearer"))
    with client, pytest.raises(sixmm.RateLimitError) as info:
        client.user.get_asset()
    assert info.value.retry_after is None
    assert info.value.code is None
    assert info.value.http_status == 429


def test_http_401_maps_to_authentication_error(server: FakeExchange) -> None:
    server.faults.reply(None, 401, envelope(1001, "no valid auth information", "r-5"))
    server.faults.reply(None, 401, b"")
    with sixmm.Client(**client_kwargs(server, "bearer")) as client:
        with pytest.raises(sixmm.AuthenticationError) as first:
            client.user.get_info()
        with pytest.raises(sixmm.AuthenticationError) as second:
            client.user.get_info()
    assert (first.value.code, first.value.http_status, first.value.request_id) == (1001, 401, "r-5")
    assert (second.value.code, second.value.http_status) == (None, 401)


HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_http_502_html_is_a_server_error(server: FakeExchange, flavor: Flavor) -> None:
    server.faults.reply(None, 502, HTML_502, {"Content-Type": "text/html"})
    with pytest.raises(sixmm.ServerError) as info:
        await invoke(flavor, client_kwargs(server, "api-key"), "user", "get_info", request_id="html-1")
    error = info.value
    assert error.http_status == 502
    assert error.code is None
    assert error.body_excerpt is not None
    assert "502 Bad Gateway" in error.body_excerpt
    assert error.request_id == "html-1"


def test_http_503_with_envelope_is_a_server_error(server: FakeExchange) -> None:
    server.faults.reply(None, 503, envelope(5002, "service temporarily unavailable", "r-6"))
    with sixmm.Client(**client_kwargs(server, "bearer")) as client, pytest.raises(sixmm.ServerError) as info:
        client.user.get_info()
    assert (info.value.code, info.value.http_status, info.value.request_id) == (5002, 503, "r-6")


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_truncated_json_is_a_decode_error(server: FakeExchange, flavor: Flavor) -> None:
    server.faults.reply(None, 200, b'{"code":0,"message":"success","data":{"userInfo":{"userId":"U88')
    with pytest.raises(sixmm.DecodeError) as info:
        await invoke(flavor, client_kwargs(server, "bearer"), "user", "get_info", request_id="trunc-1")
    error = info.value
    assert not isinstance(error, json.JSONDecodeError)
    assert isinstance(error, sixmm.SixMMError)
    assert error.http_status == 200
    assert error.request_id == "trunc-1"
    assert '"code":0' in error.body_excerpt


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_data_not_matching_the_model_is_a_decode_error(server: FakeExchange, flavor: Flavor) -> None:
    server.faults.reply(None, 200, envelope(0, "success", "r-7", data={"userInfo": "oops"}))
    with pytest.raises(sixmm.DecodeError) as info:
        await invoke(flavor, client_kwargs(server, "bearer"), "user", "get_info")
    assert info.value.http_status == 200
    assert info.value.request_id == "r-7"


def test_missing_data_is_a_decode_error(server: FakeExchange) -> None:
    server.faults.reply(None, 200, envelope(0, "success", "r-8"))
    with sixmm.Client(**client_kwargs(server, "bearer")) as client, pytest.raises(sixmm.DecodeError) as info:
        client.user.get_info()
    assert info.value.request_id == "r-8"


def test_json_that_is_not_an_envelope_is_a_decode_error(server: FakeExchange) -> None:
    server.faults.reply(None, 200, b'["not", "an", "envelope"]')
    with sixmm.Client(**client_kwargs(server, "bearer")) as client, pytest.raises(sixmm.DecodeError):
        client.user.get_info()


# --------------------------------------------------------------------------- request ids


def test_every_request_gets_its_own_request_id(server: FakeExchange) -> None:
    with sixmm.Client(**client_kwargs(server, "bearer")) as client:
        client.user.get_info()
        client.user.get_info()
    ids = [r.header("x-request-id") for r in server.requests]
    assert all(ids), ids
    assert len(set(ids)) == 2


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_caller_request_id_is_sent_and_reported(server: FakeExchange, flavor: Flavor) -> None:
    server.faults.reply(None, 200, envelope(3001, "insufficient balance", request_id=None))
    with pytest.raises(sixmm.BusinessError) as info:
        await invoke(flavor, client_kwargs(server, "bearer"), "user", "get_info", request_id="my-id")
    assert only_request(server).header("x-request-id") == "my-id"
    assert info.value.request_id == "my-id"


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_auth_failure_echoes_the_caller_request_id(server: FakeExchange, flavor: Flavor) -> None:
    kwargs = client_kwargs(server, "bearer", access_token="wrong-token")
    with pytest.raises(sixmm.AuthenticationError) as info:
        await invoke(flavor, kwargs, "user", "get_info", request_id="my-id")
    assert info.value.code == 1003
    assert info.value.request_id == "my-id"


def test_wrong_secret_is_rejected_by_the_server(server: FakeExchange) -> None:
    kwargs = client_kwargs(server, "api-key", api_secret="not-the-secret")
    with sixmm.Client(**kwargs) as client, pytest.raises(sixmm.AuthenticationError) as info:
        client.user.get_info()
    assert info.value.code == 1003
    assert info.value.message == "invalid signature"


# --------------------------------------------------------------------------- credentials

ENV_VARS = ("SIXMM_ACCESS_TOKEN", "SIXMM_API_KEY", "SIXMM_API_SECRET", "SIXMM_BASE_URL")


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


async def test_no_credentials_is_an_error_when_an_operation_needs_them(clean_env: pytest.MonkeyPatch) -> None:
    # Nothing listens on port 9: the error must come before any connection is tried.
    with sixmm.Client(base_url="http://127.0.0.1:9") as client, pytest.raises(sixmm.CredentialsError):
        client.user.get_info()
    async with sixmm.AsyncClient(base_url="http://127.0.0.1:9") as aclient:
        with pytest.raises(sixmm.CredentialsError):
            await aclient.user.get_info()


@pytest.mark.parametrize(
    "kwargs",
    [{"api_key": "k"}, {"api_secret": "s"}, {"access_token": "t", "api_key": "k", "api_secret": "s"}],
    ids=["key-without-secret", "secret-without-key", "token-and-key"],
)
def test_incomplete_or_mixed_credentials_are_errors(
    clean_env: pytest.MonkeyPatch, kwargs: dict[str, Any]
) -> None:
    with pytest.raises(sixmm.CredentialsError):
        sixmm.Client(**kwargs)
    assert issubclass(sixmm.CredentialsError, sixmm.SixMMError)


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_api_key_credentials_from_the_environment(
    server: FakeExchange, clean_env: pytest.MonkeyPatch, flavor: Flavor
) -> None:
    clean_env.setenv("SIXMM_API_KEY", API_KEY)
    clean_env.setenv("SIXMM_API_SECRET", API_SECRET)
    clean_env.setenv("SIXMM_BASE_URL", server.url)
    result = await invoke(flavor, {"time_sync_interval": None, "clock": server.clock.now}, "user", "get_info")
    assert isinstance(result, models.UserInfoData)
    request = only_request(server)
    assert auth_mode(request) == "api-key"
    assert request.header("x-api-key") == API_KEY
    assert_signed(request)


def test_access_token_from_the_environment(server: FakeExchange, clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("SIXMM_ACCESS_TOKEN", server.access_token)
    clean_env.setenv("SIXMM_BASE_URL", server.url)
    with sixmm.Client() as client:
        client.user.get_volume_stats()
    request = only_request(server)
    assert auth_mode(request) == "bearer"
    assert request.header("authorization") == f"Bearer {server.access_token}"


def test_arguments_win_over_the_environment(server: FakeExchange, clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("SIXMM_API_KEY", "env-key")
    clean_env.setenv("SIXMM_API_SECRET", "env-secret")
    with sixmm.Client(**client_kwargs(server, "bearer")) as client:
        client.user.get_info()
    assert auth_mode(only_request(server)) == "bearer"


# --------------------------------------------------------------------------- secrets

SECRET_KEY = "AKIA-visible-key-7f3a"
SECRET_SECRET = "s3cr3t-never-print-me-0123456789"
SECRET_TOKEN = "eyJhbGciOiJIUzI1NiJ9.never-print-me"


async def test_repr_hides_credentials() -> None:
    url = "http://127.0.0.1:9"
    texts: list[str] = []
    with sixmm.Client(base_url=url, api_key=SECRET_KEY, api_secret=SECRET_SECRET) as client:
        texts += [repr(client), str(client)]
    with sixmm.Client(base_url=url, access_token=SECRET_TOKEN) as client:
        texts += [repr(client), str(client)]
    async with sixmm.AsyncClient(base_url=url, api_key=SECRET_KEY, api_secret=SECRET_SECRET) as aclient:
        texts += [repr(aclient), str(aclient)]
    async with sixmm.AsyncClient(base_url=url, access_token=SECRET_TOKEN) as aclient:
        texts += [repr(aclient), str(aclient)]
    for text in texts:
        for secret in (SECRET_KEY, SECRET_SECRET, SECRET_TOKEN):
            assert secret not in text, text
