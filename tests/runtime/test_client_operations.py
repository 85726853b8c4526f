"""Contract tests of the generated ``sixmm`` client against a real HTTP stub of the spec.

Every operation of spec/sixmm.yaml is called through the sync and the async client,
with bearer and API-key authentication, against `StubServer` (127.0.0.1 only). The
stub checks signatures and tokens as the documentation describes and records the
exact bytes it received, so these tests pin down the wire format: method names and
signatures, query order and encoding, JSON bodies, HMAC signing, error mapping and
credential handling.
"""

from __future__ import annotations

import hmac
import inspect
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from hashlib import sha256
from typing import Any, Literal

import httpx
import pytest
import yaml

import sixmm
from sixmm import models
from tests.support.paths import SPEC as SPEC_PATH
from tests.support.stub_server import RecordedRequest, StubServer

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
TRANSPORT_KWARGS = frozenset({"extra_headers", "request_id", "timeout", "max_retries"})
DECIMAL_RE = re.compile(r"-?[0-9]+(\.[0-9]+)?")
SIGNED_TAIL_RE = r"timestamp=\d+&signature=[0-9a-f]{64}"

API_KEY = "test-key"
API_SECRET = "test-secret-0123456789abcdef"
ACCESS_TOKEN = "test-jwt"

FIXED_MS = 1772710377808
"""The timestamp of the signing vectors in the facts file."""

REQUIRED_ARGS: dict[str, Any] = {
    "period": "1D",
    "type": "1M",
    "symbols": ["BTCUSDT", "ETHUSDT"],
    "listen_key": "9f2c4e7a1b3d5f60718293a4b5c6d7e8",
}
"""Values for the required arguments of the operations."""

Flavor = Literal["sync", "async"]
AuthMode = Literal["api-key", "bearer"]
FLAVORS: tuple[Flavor, ...] = ("sync", "async")
AUTH_MODES: tuple[AuthMode, ...] = ("api-key", "bearer")

Schema = dict[str, Any]


# --------------------------------------------------------------------------- the spec


def _load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        loaded = yaml.safe_load(fh)
    assert isinstance(loaded, dict)
    return loaded


SPEC = _load_spec()


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

    def call_kwargs(self) -> dict[str, Any]:
        """Arguments for one call: the required ones only."""
        return {p.name: REQUIRED_ARGS[p.name] for p in self.params if p.required}


def _operation_cases() -> list[OperationCase]:
    cases: list[OperationCase] = []
    root_security = SPEC.get("security", [])
    for path, item in SPEC["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            params: list[ExpectedParam] = []
            for raw in op.get("parameters", []):
                param = resolve(raw)
                schema = resolve(param.get("schema", {}))
                required = bool(param.get("required", False))
                params.append(ExpectedParam(snake(param["name"]), required, schema.get("default")))
            body = op.get("requestBody")
            if body is not None:
                body = resolve(body)
                names, required_names = object_properties(body["content"]["application/json"]["schema"])
                body_schema = resolve(body["content"]["application/json"]["schema"])
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
                    method_name=snake(op["operationId"]),
                    public=op.get("security", root_security) == [],
                    params=tuple(params),
                    data_model=find_data_ref(response["schema"]),
                    example=response["examples"]["success"]["value"],
                )
            )
    return cases


OPERATIONS = _operation_cases()
OPERATION_IDS = [case.operation_id for case in OPERATIONS]
OPERATIONS_BY_ID = {case.operation_id: case for case in OPERATIONS}


def test_every_operation_is_covered() -> None:
    assert len(OPERATIONS) == 15
    assert len(set(OPERATION_IDS)) == len(OPERATION_IDS)


# --------------------------------------------------------------------------- helpers


def example_clock() -> int:
    """The server time of the spec's getServerTime example: the stub and clients share it."""
    return int(OPERATIONS_BY_ID["getServerTime"].example["data"]["timestampMs"])


@pytest.fixture
def server() -> Iterator[StubServer]:
    """A fresh stub per test, so that `StubServer.requests` holds only this test's calls."""
    with StubServer(
        SPEC_PATH, api_key=API_KEY, api_secret=API_SECRET, access_token=ACCESS_TOKEN, clock_ms=example_clock
    ) as stub:
        yield stub


def client_kwargs(server: StubServer, auth: AuthMode, **extra: Any) -> dict[str, Any]:
    """Constructor arguments of a client that talks to ``server``."""
    # No automatic clock sync and no retries: these tests count requests and map single
    # responses to errors; clock sync and retries have tests of their own.
    kwargs: dict[str, Any] = {
        "base_url": server.url,
        "time_sync_interval": None,
        "max_retries": 0,
        "clock": server.clock_ms,
    }
    if auth == "api-key":
        kwargs.update(api_key=API_KEY, api_secret=API_SECRET)
    else:
        kwargs.update(access_token=ACCESS_TOKEN)
    kwargs.update(extra)
    return kwargs


async def invoke(flavor: Flavor, kwargs: dict[str, Any], resource: str, method: str, /, **call: Any) -> Any:
    """Build a sync or async client, call ``client.<resource>.<method>(**call)`` and close it."""
    if flavor == "sync":
        with sixmm.Client(**kwargs) as client:
            return getattr(getattr(client, resource), method)(**call)
    async with sixmm.AsyncClient(**kwargs) as aclient:
        return await getattr(getattr(aclient, resource), method)(**call)


def only_request(server: StubServer) -> RecordedRequest:
    """The single request the stub received."""
    assert len(server.requests) == 1, [r.raw_target for r in server.requests]
    return server.requests[0]


def hmac_hex(payload: bytes, secret: str = API_SECRET) -> str:
    return hmac.new(secret.encode("utf-8"), payload, sha256).hexdigest()


def assert_signed(request: RecordedRequest, secret: str = API_SECRET) -> None:
    """The signature of ``request`` is right, and ``timestamp`` comes last before it."""
    unsigned, sep, signature = request.query.rpartition("&signature=")
    assert sep, f"no trailing &signature= in {request.query!r}"
    assert re.fullmatch(r"[0-9a-f]{64}", signature), signature
    payload = unsigned.encode("ascii") + request.body
    assert hmac.compare_digest(signature, hmac_hex(payload, secret))
    names = [part.partition("=")[0] for part in request.query.split("&")]
    assert names[-2:] == ["timestamp", "signature"], names
    assert names.count("timestamp") == 1
    assert names.count("signature") == 1


def _as_datetime(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def assert_matches_example(actual: Any, expected: Any, where: str = "data") -> None:
    """``actual`` (a JSON dump of the result) carries the same values as ``expected``.

    Decimal strings are compared as `Decimal` and date-time strings after parsing,
    since the model may print them differently (``10.50`` vs ``10.5``, ``.808Z`` vs
    ``.808000Z``); everything else must be equal and of the same JSON type.
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
        if DECIMAL_RE.fullmatch(expected) and DECIMAL_RE.fullmatch(actual):
            assert Decimal(actual) == Decimal(expected), f"{where}: {actual!r} != {expected!r}"
        else:
            got_dt, want_dt = _as_datetime(actual), _as_datetime(expected)
            assert got_dt is not None and want_dt is not None, f"{where}: {actual!r} != {expected!r}"
            assert got_dt == want_dt, f"{where}: {actual!r} != {expected!r}"
    else:
        assert type(actual) is type(expected), f"{where}: {actual!r} is not like {expected!r}"
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"


def envelope(code: int, message: str, request_id: str | None = "r-1", **extra: Any) -> bytes:
    """A compact JSON error (or success) envelope."""
    body: dict[str, Any] = {"code": code, "message": message, **extra}
    if request_id is not None:
        body["requestId"] = request_id
    return json.dumps(body, separators=(",", ":")).encode("utf-8")


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
    defaults = {p.name: p.default for case in OPERATIONS for p in case.params if p.default is not None}
    assert defaults == {"page": 1, "page_size": 20, "limit": 30}


# --------------------------------------------------------------------------- every operation, every way


@pytest.mark.parametrize("flavor", FLAVORS)
@pytest.mark.parametrize("auth", AUTH_MODES)
@pytest.mark.parametrize("case", OPERATIONS, ids=OPERATION_IDS)
async def test_operation_round_trip(
    server: StubServer, case: OperationCase, auth: AuthMode, flavor: Flavor
) -> None:
    result = await invoke(
        flavor, client_kwargs(server, auth), case.resource, case.method_name, **case.call_kwargs()
    )

    if case.data_model is None:
        assert result is None
    else:
        model = getattr(models, case.data_model)
        assert isinstance(result, model)
        dumped = result.model_dump(mode="json", by_alias=True, exclude_none=True)
        assert_matches_example(dumped, case.example["data"])

    request = only_request(server)
    assert request.method == case.method
    assert request.path == case.path
    assert request.operation_id == case.operation_id
    assert request.headers.get("x-request-id"), "every request carries X-Request-ID"
    if case.public:
        assert request.auth_mode == "none"
        assert "authorization" not in request.headers
        assert "x-api-key" not in request.headers
        assert "signature=" not in request.query
    elif auth == "api-key":
        assert request.auth_mode == "api-key"
        assert request.headers["x-api-key"] == API_KEY
        assert "authorization" not in request.headers
        assert_signed(request)
    else:
        assert request.auth_mode == "bearer"
        assert request.headers["authorization"] == f"Bearer {ACCESS_TOKEN}"
        assert "x-api-key" not in request.headers
        assert "signature=" not in request.query


async def test_typed_fields_carry_the_example_values(server: StubServer) -> None:
    kwargs = client_kwargs(server, "bearer")
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

    server_time = await invoke("async", kwargs, "system", "get_server_time")
    assert server_time.iso == datetime.fromisoformat("2026-03-05T11:32:57.808Z")
    assert server_time.iso.utcoffset() is not None


# --------------------------------------------------------------------------- query strings


def test_query_follows_declared_order_and_sends_defaults(server: StubServer) -> None:
    with sixmm.Client(**client_kwargs(server, "api-key")) as client:
        client.user.get_account_change_log(page_size=50, page=2, asset_type="USDT")
    request = only_request(server)
    assert re.fullmatch(rf"assetType=USDT&page=2&pageSize=50&{SIGNED_TAIL_RE}", request.query), request.query
    assert_signed(request)


def test_query_with_every_parameter_in_declared_order(server: StubServer) -> None:
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
    assert re.fullmatch(expected, request.query), request.query


def test_defaults_are_sent_and_none_is_left_out(server: StubServer) -> None:
    with sixmm.Client(**client_kwargs(server, "api-key")) as client:
        client.user.get_account_change_log(asset_type=None)
        client.user.get_balance_history(period=models.BalanceHistoryPeriod.ONE_WEEK)
    first, second = server.requests
    assert re.fullmatch(rf"page=1&pageSize=20&{SIGNED_TAIL_RE}", first.query), first.query
    assert re.fullmatch(rf"period=1W&limit=30&{SIGNED_TAIL_RE}", second.query), second.query


def test_bearer_query_has_no_timestamp_or_signature(server: StubServer) -> None:
    with sixmm.Client(**client_kwargs(server, "bearer")) as client:
        client.user.get_account_change_log(asset_type="USDT")
        client.user.get_info()
    first, second = server.requests
    assert first.query == "assetType=USDT&page=1&pageSize=20"
    assert second.raw_target == "/v1/private/user/info"


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_raw_query_is_not_re_encoded(server: StubServer, flavor: Flavor) -> None:
    kwargs = client_kwargs(server, "api-key")
    await invoke(flavor, kwargs, "user", "get_account_change_log", asset_type="A B/C&D")
    request = only_request(server)
    assert request.query.startswith("assetType=A%20B%2FC%26D&page=1&pageSize=20&timestamp="), request.query
    assert request.raw_target == f"{request.path}?{request.query}"
    assert_signed(request)


# --------------------------------------------------------------------------- bodies


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_save_favorite_symbols_body_is_compact_json(server: StubServer, flavor: Flavor) -> None:
    kwargs = client_kwargs(server, "api-key")
    result = await invoke(flavor, kwargs, "user", "save_favorite_symbols", symbols=["BTCUSDT", "ETHUSDT"])
    assert result is None
    request = only_request(server)
    assert request.method == "POST"
    assert request.body == b'{"symbols":["BTCUSDT","ETHUSDT"]}'
    assert request.headers["content-type"].startswith("application/json")
    assert request.headers["content-length"] == str(len(request.body))
    assert_signed(request)


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_close_listen_key_sends_a_signed_delete_body(server: StubServer, flavor: Flavor) -> None:
    kwargs = client_kwargs(server, "api-key")
    result = await invoke(flavor, kwargs, "listen_key", "close_listen_key", listen_key="k")
    assert result is None
    request = only_request(server)
    assert request.method == "DELETE"
    assert request.path == "/v1/private/user/listen-key"
    assert request.body == b'{"listenKey":"k"}'
    assert_signed(request)
    unsigned, _, signature = request.query.rpartition("&signature=")
    assert signature != hmac_hex(unsigned.encode("ascii")), "the body must be part of the signed payload"


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_renew_listen_key_sends_a_signed_put_body(server: StubServer, flavor: Flavor) -> None:
    await invoke(flavor, client_kwargs(server, "api-key"), "listen_key", "renew_listen_key", listen_key="abc")
    request = only_request(server)
    assert request.method == "PUT"
    assert request.body == b'{"listenKey":"abc"}'
    assert_signed(request)


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_non_ascii_body_is_utf8_and_signed(server: StubServer, flavor: Flavor) -> None:
    await invoke(flavor, client_kwargs(server, "api-key"), "user", "save_favorite_symbols", symbols=["ÄBC"])
    request = only_request(server)
    assert request.body == '{"symbols":["ÄBC"]}'.encode()
    assert b"\\u" not in request.body
    assert_signed(request)


@pytest.mark.parametrize("case", [c for c in OPERATIONS if c.method == "GET"], ids=lambda c: c.operation_id)
def test_get_requests_have_no_body(server: StubServer, case: OperationCase) -> None:
    with sixmm.Client(**client_kwargs(server, "api-key")) as client:
        getattr(getattr(client, case.resource), case.method_name)(**case.call_kwargs())
    request = only_request(server)
    assert request.body == b""
    assert "content-type" not in request.headers


# --------------------------------------------------------------------------- signing vectors


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_signing_vector_get_info(flavor: Flavor) -> None:
    with StubServer(SPEC_PATH, api_secret=API_SECRET, clock_ms=lambda: FIXED_MS) as stub:
        kwargs = client_kwargs(stub, "api-key", clock=lambda: FIXED_MS)
        await invoke(flavor, kwargs, "user", "get_info")
        request = only_request(stub)
    assert request.query == (
        "timestamp=1772710377808&signature=683bb7e22f05dae908538a23310bb623ac695e6e9dfc80fd850a029a3959f661"
    )
    assert request.body == b""


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_signing_vector_save_favorite_symbols(flavor: Flavor) -> None:
    with StubServer(SPEC_PATH, api_secret=API_SECRET, clock_ms=lambda: FIXED_MS) as stub:
        kwargs = client_kwargs(stub, "api-key", clock=lambda: FIXED_MS)
        await invoke(flavor, kwargs, "user", "save_favorite_symbols", symbols=["BTCUSDT", "ETHUSDT"])
        request = only_request(stub)
    assert request.query == (
        "timestamp=1772710377808&signature=a168b88782119040345fab63e12b7cb1b5183d894899a16b79308658b81319ba"
    )
    assert request.body == b'{"symbols":["BTCUSDT","ETHUSDT"]}'


def test_each_attempt_is_signed_with_the_current_clock() -> None:
    now = [FIXED_MS]
    with StubServer(SPEC_PATH, api_secret=API_SECRET, clock_ms=lambda: now[0]) as stub:
        with sixmm.Client(**client_kwargs(stub, "api-key", clock=lambda: now[0])) as client:
            client.user.get_info()
            now[0] += 1500
            client.user.get_info()
        first, second = stub.requests
    assert first.query.startswith(f"timestamp={FIXED_MS}&")
    assert second.query.startswith(f"timestamp={FIXED_MS + 1500}&")
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
async def test_invalid_parameter_envelope(server: StubServer, flavor: Flavor) -> None:
    server.queue(200, envelope(2002, "invalid parameter value", "r-1"))
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
    server: StubServer, code: int, error_class: type[sixmm.ApiError]
) -> None:
    server.queue(200, envelope(code, f"error {code}", "r-2"))
    with sixmm.Client(**client_kwargs(server, "bearer")) as client, pytest.raises(error_class) as info:
        client.user.get_info()
    assert info.value.code == code
    assert info.value.message == f"error {code}"
    assert info.value.request_id == "r-2"
    assert info.value.http_status == 200


def test_unknown_code_is_a_plain_api_error(server: StubServer) -> None:
    server.queue(200, envelope(9999, "something new", "r-3"))
    with sixmm.Client(**client_kwargs(server, "bearer")) as client, pytest.raises(sixmm.ApiError) as info:
        client.user.get_info()
    assert type(info.value) is sixmm.ApiError
    assert info.value.code == 9999


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_http_429_with_retry_after(server: StubServer, flavor: Flavor) -> None:
    server.queue(429, envelope(5003, "rate limit triggered", "r-4"), {"Retry-After": "3"})
    with pytest.raises(sixmm.RateLimitError) as info:
        await invoke(flavor, client_kwargs(server, "bearer"), "user", "get_asset")
    assert info.value.retry_after == 3.0
    assert info.value.http_status == 429
    assert info.value.code == 5003


def test_http_429_without_envelope_or_retry_after(server: StubServer) -> None:
    server.queue(429, b"Too Many Requests", {"Content-Type": "text/plain"})
    client = sixmm.Client(**client_kwargs(server, "bearer"))
    with client, pytest.raises(sixmm.RateLimitError) as info:
        client.user.get_asset()
    assert info.value.retry_after is None
    assert info.value.code is None
    assert info.value.http_status == 429


def test_http_401_maps_to_authentication_error(server: StubServer) -> None:
    server.queue(401, envelope(1001, "no valid auth information", "r-5"))
    server.queue(401, b"")
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
async def test_http_502_html_is_a_server_error(server: StubServer, flavor: Flavor) -> None:
    server.queue(502, HTML_502, {"Content-Type": "text/html"})
    with pytest.raises(sixmm.ServerError) as info:
        await invoke(flavor, client_kwargs(server, "api-key"), "user", "get_info", request_id="html-1")
    error = info.value
    assert error.http_status == 502
    assert error.code is None
    assert error.body_excerpt is not None
    assert "502 Bad Gateway" in error.body_excerpt
    assert error.request_id == "html-1"


def test_http_503_with_envelope_is_a_server_error(server: StubServer) -> None:
    server.queue(503, envelope(5002, "service temporarily unavailable", "r-6"))
    with sixmm.Client(**client_kwargs(server, "bearer")) as client, pytest.raises(sixmm.ServerError) as info:
        client.user.get_info()
    assert (info.value.code, info.value.http_status, info.value.request_id) == (5002, 503, "r-6")


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_truncated_json_is_a_decode_error(server: StubServer, flavor: Flavor) -> None:
    server.queue(200, b'{"code":0,"message":"success","data":{"userInfo":{"userId":"U88')
    with pytest.raises(sixmm.DecodeError) as info:
        await invoke(flavor, client_kwargs(server, "bearer"), "user", "get_info", request_id="trunc-1")
    error = info.value
    assert not isinstance(error, json.JSONDecodeError)
    assert isinstance(error, sixmm.SixMMError)
    assert error.http_status == 200
    assert error.request_id == "trunc-1"
    assert '"code":0' in error.body_excerpt


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_data_not_matching_the_model_is_a_decode_error(server: StubServer, flavor: Flavor) -> None:
    server.queue(200, envelope(0, "success", "r-7", data={"userInfo": "oops"}))
    with pytest.raises(sixmm.DecodeError) as info:
        await invoke(flavor, client_kwargs(server, "bearer"), "user", "get_info")
    assert info.value.http_status == 200
    assert info.value.request_id == "r-7"


def test_missing_data_is_a_decode_error(server: StubServer) -> None:
    server.queue(200, envelope(0, "success", "r-8"))
    with sixmm.Client(**client_kwargs(server, "bearer")) as client, pytest.raises(sixmm.DecodeError) as info:
        client.user.get_info()
    assert info.value.request_id == "r-8"


def test_json_that_is_not_an_envelope_is_a_decode_error(server: StubServer) -> None:
    server.queue(200, b'["not", "an", "envelope"]')
    with sixmm.Client(**client_kwargs(server, "bearer")) as client, pytest.raises(sixmm.DecodeError):
        client.user.get_info()


# --------------------------------------------------------------------------- request ids


def test_every_request_gets_its_own_request_id(server: StubServer) -> None:
    with sixmm.Client(**client_kwargs(server, "bearer")) as client:
        client.user.get_info()
        client.user.get_info()
    ids = [r.headers.get("x-request-id") for r in server.requests]
    assert all(ids), ids
    assert len(set(ids)) == 2


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_caller_request_id_is_sent_and_reported(server: StubServer, flavor: Flavor) -> None:
    server.queue(200, envelope(3001, "insufficient balance", request_id=None))
    with pytest.raises(sixmm.BusinessError) as info:
        await invoke(flavor, client_kwargs(server, "bearer"), "user", "get_info", request_id="my-id")
    assert only_request(server).headers["x-request-id"] == "my-id"
    assert info.value.request_id == "my-id"


@pytest.mark.parametrize("flavor", FLAVORS)
async def test_stub_auth_failure_echoes_the_caller_request_id(server: StubServer, flavor: Flavor) -> None:
    kwargs = client_kwargs(server, "bearer", access_token="wrong-token")
    with pytest.raises(sixmm.AuthenticationError) as info:
        await invoke(flavor, kwargs, "user", "get_info", request_id="my-id")
    assert info.value.code == 1003
    assert info.value.request_id == "my-id"


def test_wrong_secret_is_rejected_by_the_server(server: StubServer) -> None:
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


def test_no_credentials_is_an_error(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(sixmm.CredentialsError):
        sixmm.Client()
    with pytest.raises(sixmm.CredentialsError):
        sixmm.AsyncClient()


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
    server: StubServer, clean_env: pytest.MonkeyPatch, flavor: Flavor
) -> None:
    clean_env.setenv("SIXMM_API_KEY", API_KEY)
    clean_env.setenv("SIXMM_API_SECRET", API_SECRET)
    clean_env.setenv("SIXMM_BASE_URL", server.url)
    result = await invoke(flavor, {"time_sync_interval": None, "clock": server.clock_ms}, "user", "get_info")
    assert isinstance(result, models.UserInfoData)
    request = only_request(server)
    assert request.auth_mode == "api-key"
    assert request.headers["x-api-key"] == API_KEY
    assert_signed(request)


def test_access_token_from_the_environment(server: StubServer, clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("SIXMM_ACCESS_TOKEN", ACCESS_TOKEN)
    clean_env.setenv("SIXMM_BASE_URL", server.url)
    with sixmm.Client() as client:
        client.user.get_volume_stats()
    request = only_request(server)
    assert request.auth_mode == "bearer"
    assert request.headers["authorization"] == f"Bearer {ACCESS_TOKEN}"


def test_arguments_win_over_the_environment(server: StubServer, clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("SIXMM_API_KEY", "env-key")
    clean_env.setenv("SIXMM_API_SECRET", "env-secret")
    with sixmm.Client(**client_kwargs(server, "bearer")) as client:
        client.user.get_info()
    assert only_request(server).auth_mode == "bearer"


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


# --------------------------------------------------------------------------- the stub itself


def test_stub_rejects_missing_auth_with_401(server: StubServer) -> None:
    response = httpx.get(f"{server.url}/v1/private/user/info", headers={"X-Request-ID": "q"})
    assert response.status_code == 401
    assert response.json() == {"code": 1001, "message": "no valid auth information", "requestId": "q"}
    assert only_request(server).auth_mode == "none"


def test_stub_serves_public_operations_without_auth(server: StubServer) -> None:
    response = httpx.get(f"{server.url}/v1/time", headers={"X-Request-ID": "t-1"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["requestId"] == "t-1"
    assert body["data"] == OPERATIONS_BY_ID["getServerTime"].example["data"]


def test_stub_unknown_route_is_404(server: StubServer) -> None:
    response = httpx.patch(f"{server.url}/v1/private/user/info")
    assert response.status_code == 404
    assert response.json()["code"] == 2002
    assert only_request(server).operation_id is None


def test_stub_rejects_stale_and_missing_timestamps(server: StubServer) -> None:
    headers = {"X-API-KEY": API_KEY}
    stale = "timestamp=1000"
    stale_url = f"{server.url}/v1/private/user/info?{stale}&signature={hmac_hex(stale.encode())}"
    response = httpx.get(stale_url, headers=headers)
    assert response.json()["code"] == 1001
    assert response.json()["message"] == "Timestamp outside of tolerance window"

    unstamped = "a=1"
    unstamped_url = f"{server.url}/v1/private/user/info?{unstamped}&signature={hmac_hex(unstamped.encode())}"
    response = httpx.get(unstamped_url, headers=headers)
    assert response.json()["code"] == 1001


def test_stub_rejects_bad_signatures_and_keys(server: StubServer) -> None:
    query = f"timestamp={server.clock_ms()}"
    good = hmac_hex(query.encode())
    info_url = f"{server.url}/v1/private/user/info"
    ok = httpx.get(f"{info_url}?{query}&signature={good}", headers={"X-API-KEY": API_KEY}).json()
    assert ok["code"] == 0
    bad = httpx.get(f"{info_url}?{query}&signature={'0' * 64}", headers={"X-API-KEY": API_KEY}).json()
    assert (bad["code"], bad["message"]) == (1003, "invalid signature")
    unsigned = httpx.get(f"{info_url}?{query}", headers={"X-API-KEY": API_KEY}).json()
    assert unsigned["code"] == 1003
    wrong_key = httpx.get(f"{info_url}?{query}&signature={good}", headers={"X-API-KEY": "other"}).json()
    assert wrong_key["code"] == 1003
    bad_token = httpx.get(info_url, headers={"Authorization": "Bearer nope"}).json()
    assert bad_token["code"] == 1003


def test_stub_queue_is_fifo_and_skips_auth(server: StubServer) -> None:
    server.queue(418, b"first", {"Content-Type": "text/plain"})
    server.queue(200, b'{"code":0}')
    first = httpx.get(f"{server.url}/v1/private/user/info")
    second = httpx.get(f"{server.url}/nowhere")
    third = httpx.get(f"{server.url}/v1/private/user/info")
    assert (first.status_code, first.content, first.headers["content-type"]) == (418, b"first", "text/plain")
    assert (second.status_code, second.content) == (200, b'{"code":0}')
    assert third.status_code == 401
    assert [r.path for r in server.requests] == ["/v1/private/user/info", "/nowhere", "/v1/private/user/info"]
