"""`sixmm.testing.FakeExchange` cannot drift from spec/sixmm.yaml.

(a) A full run of every operation (both auth modes, plus error cases) is replayed from
    the exchange's own request log: every response is validated with openapi-core
    against the spec's response for that operation and status, and every request the
    ``sixmm`` client sent is validated as a request of that operation.
(b) Schemathesis drives the running exchange from the spec (positive and negative
    data, deterministic), authenticated with a JWT the exchange issued.

Every operation declares 4XX and 5XX error envelopes, so bad requests (400, 413, 415) and
server failures are validated like any response. Requests that match no operation
(unknown path 404, wrong method 405) are checked against the spec's ``ErrorEnvelope``
schema instead, and that set of statuses is pinned so a new one is noticed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import jsonschema
import pytest
import schemathesis
import yaml
from openapi_core import OpenAPI
from openapi_core.exceptions import OpenAPIError
from schemathesis.specs.openapi.checks import negative_data_rejection

import sixmm
from sixmm.testing import FakeExchange, RecordedRequest
from tests.support.openapi_log import LoggedRequest, LoggedResponse
from tests.support.paths import SPEC

USER = "/v1/private/user"
NOT_JSON_FAULTS = frozenset({"html", "truncated_json", "drop"})
ERROR_ENVELOPE = jsonschema.Draft202012Validator(
    yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]["ErrorEnvelope"]
)
INVALID = "invalid-on-purpose-"
"""Request id prefix of client calls that break the spec on purpose."""


@pytest.fixture(scope="module")
def spec_document() -> dict[str, Any]:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


@pytest.fixture(scope="module")
def openapi() -> OpenAPI:
    return OpenAPI.from_file_path(str(SPEC))


def declared_statuses(document: dict[str, Any], recorded: RecordedRequest) -> set[str] | None:
    """The response keys ("200", "4XX", ...) of the request's operation (None: no such operation)."""
    operation = document["paths"].get(recorded.path, {}).get(recorded.method.lower())
    if operation is None:
        return None
    return {str(status) for status in operation["responses"]}


def is_declared(status: int, declared: set[str]) -> bool:
    """True when ``status`` has a response of its own or of its range (``4XX``)."""
    return str(status) in declared or f"{status // 100}XX" in declared


# -- (a) a full run, validated from the log -----------------------------------------------------


def run_everything(ex: FakeExchange) -> None:
    """Every operation in both auth modes, then documented error cases and bad requests."""
    for credentials in (
        {"api_key": ex.api_key, "api_secret": ex.api_secret},
        {"access_token": ex.access_token},
    ):
        with sixmm.Client(base_url=ex.url, max_retries=0, time_sync_interval=None, **credentials) as client:
            client.user.get_info()
            client.user.get_asset()
            client.user.get_account_change_log(
                asset_type="USDT", change_type="TRADE_FEE", page=2, page_size=3
            )
            client.user.get_account_change_log(start_time=0, end_time=ex.clock.now())
            client.user.get_volume_stats()
            for period in ("1D", "1W", "1M"):
                client.user.get_balance_history(period=period, limit=3)  # type: ignore[arg-type]
            for trend_range in ("1D", "1W", "1M", "3M", "6M", "1Y"):
                client.user.get_trade_overview(type=trend_range)  # type: ignore[arg-type]
                client.user.get_asset_overview_trend(type=trend_range)  # type: ignore[arg-type]
            client.user.get_asset_overview_summary()
            client.user.save_favorite_symbols(symbols=["BTCUSDT", "ÉTHUSDT"])
            client.user.get_favorite_symbols()
            key = client.listen_key.create()
            client.listen_key.renew(listen_key=key.listen_key)
            client.listen_key.close(listen_key=key.listen_key)
            client.public.get_server_time()
            client.public.get_version()
            # documented errors, through the client
            with pytest.raises(sixmm.InvalidParameterError):  # 2002: closed
                client.listen_key.renew(listen_key=key.listen_key)
            with pytest.raises(sixmm.InvalidParameterError):  # 2003: valid for the spec, not here
                client.user.get_account_change_log(page_size=5000)
            with pytest.raises(sixmm.RequestValidationError):  # invalid for the spec: not sent
                client.user.get_balance_history(period="1Y")  # type: ignore[arg-type]
            settings = {"max_retries": 0, "time_sync_interval": None, "validate_requests": False}
            unchecked = sixmm.Client(base_url=ex.url, **settings, **credentials)  # type: ignore[arg-type]
            with unchecked, pytest.raises(sixmm.InvalidParameterError):  # 2002 from the exchange
                unchecked.user.get_balance_history(period="1Y", request_id=f"{INVALID}1")  # type: ignore[arg-type]
            for kind, status in (("rate_limit", None), ("code_5003", None), ("server_error", 503)):
                options = {"status": status} if status else {}
                ex.faults.add(kind, **options)  # type: ignore[arg-type]
                with pytest.raises(sixmm.ApiError):
                    client.user.get_asset()
    wrong = sixmm.Client(base_url=ex.url, api_key=ex.api_key, api_secret="wrong", time_sync_interval=None)
    with wrong as bad, pytest.raises(sixmm.AuthenticationError):
        bad.user.get_info()
    expired = ex.issue_token(ttl_seconds=0)
    with (
        sixmm.Client(base_url=ex.url, access_token=expired, max_retries=0) as stale,
        pytest.raises(sixmm.AuthenticationError),
    ):
        stale.listen_key.create()
    token = {"Authorization": f"Bearer {ex.access_token}"}
    json_type = {**token, "Content-Type": "application/json"}
    httpx.get(f"{ex.url}{USER}/info")  # 401 / 1001
    httpx.get(f"{ex.url}{USER}/trade-overview", headers=token)  # 2001
    httpx.get(f"{ex.url}{USER}/account-change-log?page=x", headers=token)  # 2002
    httpx.get(f"{ex.url}/v1/private/user/unknown", headers=token)  # 404
    httpx.delete(f"{ex.url}{USER}/info", headers=token)  # 405
    httpx.post(f"{ex.url}{USER}/favorite-symbols", headers=json_type, content=b"{")  # 400
    httpx.post(f"{ex.url}{USER}/favorite-symbols", headers=json_type, content=b"[" * 70_000)  # 413
    httpx.put(
        f"{ex.url}{USER}/listen-key", headers={**token, "Content-Type": "text/plain"}, content=b"x"
    )  # 415
    ex.state.user_info = lambda: 1 / 0  # type: ignore[method-assign, assignment, return-value]
    httpx.get(f"{ex.url}{USER}/info", headers=token)  # 500 / 5001


def test_every_response_and_request_matches_the_spec(openapi: OpenAPI, spec_document: dict[str, Any]) -> None:
    with FakeExchange() as ex:
        run_everything(ex)
        log = ex.requests.snapshot()
    validated: dict[int, int] = {}
    outside_spec: set[int] = set()
    codes: set[int] = set()
    client_requests = rejected = 0
    for recorded in log:
        assert recorded.response is not None
        assert recorded.fault not in NOT_JSON_FAULTS
        body = recorded.response.json()
        codes.add(body["code"])
        declared = declared_statuses(spec_document, recorded)
        if declared is not None and is_declared(recorded.response.status, declared):
            openapi.validate_response(LoggedRequest(recorded), LoggedResponse(recorded))
            validated[recorded.response.status] = validated.get(recorded.response.status, 0) + 1
        else:
            ERROR_ENVELOPE.validate(body)
            assert recorded.response.content_type == "application/json"
            outside_spec.add(recorded.response.status)
        if (recorded.header("user-agent") or "").startswith("sixmm-python/"):
            if recorded.request_id.startswith(INVALID):
                with pytest.raises(OpenAPIError):
                    openapi.validate_request(LoggedRequest(recorded))
                rejected += 1
            else:
                openapi.validate_request(LoggedRequest(recorded))
                client_requests += 1
    assert set(validated) == {200, 400, 401, 413, 415, 429, 500, 503}
    assert validated[200] >= 60 and client_requests >= 60 and rejected == 2
    # Requests that match no operation (see the module docstring): pinned on purpose.
    assert outside_spec == {404, 405}
    assert {1001, 1002, 1003, 2001, 2002, 2003, 5001, 5002, 5003, 0} <= codes


def test_request_validation_catches_a_bad_request(openapi: OpenAPI) -> None:
    """The adapter is not vacuous: openapi-core rejects what the spec forbids."""
    bad = RecordedRequest(
        method="GET",
        path=f"{USER}/balance-history",
        query_string="period=1Y",
        headers=(("authorization", "Bearer x"),),
        body=b"",
        received_at=0,
        request_id="r",
    )
    with pytest.raises(Exception, match=r"(?i)parameter|period"):
        openapi.validate_request(LoggedRequest(bad))


# -- (b) schemathesis against the running exchange ----------------------------------------------


def invalid_input_gets_an_error(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: Any
) -> None:
    """Schemathesis' ``negative_data_rejection``, with 6MM's way of rejecting.

    The built-in check wants a 4xx for schema-violating input. The 6MM docs (and the spec's
    envelope description) say business and parameter errors arrive with HTTP 200 and
    ``code`` != 0, so an HTTP 200 error envelope counts as a rejection too. Everything
    else (the check's own exemptions, a 2xx success envelope for invalid input) is kept.
    """
    try:
        negative_data_rejection(ctx, response, case)
    except AssertionError:
        if response.status_code == 200:
            envelope = json.loads(response.content)
            if isinstance(envelope, dict) and envelope.get("code") not in (0, None):
                return
        raise


def every_response_is_an_envelope(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: Any
) -> None:
    """Whatever the input, the answer is a JSON envelope with a request id, never a 5xx."""
    assert response.status_code < 500, f"server error {response.status_code}"
    assert response.headers.get("content-type") == ["application/json"]
    envelope = json.loads(response.content)
    assert isinstance(envelope, dict) and isinstance(envelope.get("code"), int), envelope
    assert isinstance(envelope.get("message"), str) and isinstance(envelope.get("requestId"), str)


# schemathesis 4.32.5's lazy loader (`schemathesis.pytest.from_fixture`) reads
# `request.node._nodeid`, which pytest 9 removed, so the schema is loaded eagerly. The
# exchange object exists from import on (it issues tokens without running; schemathesis
# authenticates coverage-phase cases while collecting) and is served by a fixture,
# reached through `base_url`.
schema = schemathesis.openapi.from_path(SPEC)
schema.config.generation.update(
    modes=[schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE],
    max_examples=25,
    deterministic=True,
    database="none",
)
SCHEMA_EXCHANGE = FakeExchange()


@schema.auth()
class ExchangeToken:
    """A bearer JWT issued by the exchange under test, for every generated request."""

    def get(self, case: Any, ctx: schemathesis.AuthContext) -> str:
        return SCHEMA_EXCHANGE.issue_token()

    def set(self, case: Any, data: str, ctx: schemathesis.AuthContext) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


@pytest.fixture(scope="module")
def schema_exchange() -> Iterator[FakeExchange]:
    with SCHEMA_EXCHANGE as ex:
        yield ex


@schema.parametrize()
def test_schemathesis(case: Any, schema_exchange: FakeExchange) -> None:
    case.call_and_validate(
        base_url=schema_exchange.url,
        # Parameter errors come with HTTP 200 and an error code (as the docs say), which the
        # built-in check does not know: it is replaced by a wrapper that also accepts those.
        excluded_checks=[negative_data_rejection],
        additional_checks=[invalid_input_gets_an_error, every_response_is_an_envelope],
    )
