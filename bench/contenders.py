"""The call-path contenders: one zero-argument callable per (contender, operation).

Every contender gets the same canned response bytes from an in-memory transport, so only
client-side work is measured: building the request, authentication, "sending", reading the
status and body, JSON decoding, validation and building the result objects.

* ``raw``: httpx.Client over httpx.MockTransport, then ``json.loads`` and a check of ``code``;
  returns the ``data`` dict. The floor.
* ``raw+models``: ``raw`` followed by ``sixmm.models.<Model>.model_validate(data)``: the floor
  plus the cost of building our models, i.e. the least any typed client built on our models
  can do.
* ``sixmm-jwt`` / ``sixmm-apikey``: ``sixmm.Client`` (bearer token / API key with HMAC
  signing) with ``http_client=httpx.Client(transport=MockTransport)``, ``max_retries=0``,
  ``time_sync_interval=None``; returns the unwrapped, typed ``data`` (e.g.
  ``AccountChangeLogPage`` with Decimal amounts).
* ``opc``: the openapi-python-client client (``AuthenticatedClient`` with
  ``httpx_args={"transport": MockTransport}``), ``api.<tag>.<op>.sync(...)``; returns its attrs
  envelope model (``GetAccountChangeLogResponse200Type0``; decimals stay ``str``).
* ``oag``: the openapi-generator client (``UserApi(ApiClient(Configuration(...)))``). It is
  urllib3-based, so it cannot take an httpx transport; instead its PoolManager instance is given
  a connection-pool class whose ``_make_request`` (the step that writes to and reads from the
  socket) returns ``urllib3.HTTPResponse(body=canned)``. Everything above the socket runs as in
  production, like httpx's client above MockTransport: the generated method (with pydantic
  ``validate_call``), ApiClient, RESTClientObject.request, PoolManager.request and
  HTTPConnectionPool.urlopen. Returns its pydantic envelope model
  (``GetAccountChangeLog200Response``; decimals stay ``str``, checked against the pattern).

Only the standard library and the runtime packages are imported; the contenders' packages are
imported when first used.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import payloads

CONTENDERS = ("raw", "raw+models", "sixmm-jwt", "sixmm-apikey", "opc", "oag")
LABELS = {
    "raw": "(a) raw httpx + json.loads (floor)",
    "raw+models": "(a') floor + sixmm models built",
    "sixmm-jwt": "(b) sixmm.Client, JWT",
    "sixmm-apikey": "(c) sixmm.Client, API key + HMAC",
    "opc": "(d) openapi-python-client client",
    "oag": "(e) openapi-generator client",
}
PEERS = ("opc", "oag")


@dataclass
class Canned:
    """What the in-memory server answers; ``body`` can be swapped between calls."""

    body: bytes
    targets: list[str] = field(default_factory=list)
    record: bool = True

    def httpx_handler(self, request: Any) -> Any:
        import httpx

        if self.record:
            self.targets.append(request.url.raw_path.decode("ascii"))
        return httpx.Response(200, content=self.body, headers=payloads.HEADERS)


@dataclass
class Prepared:
    call: Callable[[], object]
    summary: Callable[[object], tuple[int, str]]
    canned: Canned


def expected_summary(body: bytes) -> tuple[int, str]:
    data = json.loads(body)["data"]
    if "list" in data:
        return len(data["list"]), str(Decimal(data["list"][0]["amount"]))
    return 0, data["userInfo"]["userId"]


def _is_change_log(op: str) -> bool:
    return op.startswith("change-log")


def _page_size(op: str) -> int:
    return int(payloads.OPERATIONS[op][1].get("pageSize", 0))


def _summary_dict(data: Any) -> tuple[int, str]:
    if "list" in data:
        return len(data["list"]), str(Decimal(data["list"][0]["amount"]))
    return 0, data["userInfo"]["userId"]


def _summary_model(result: Any) -> tuple[int, str]:
    # sixmm models and the peers' models: unwrap a peer's envelope, then read the payload.
    data = getattr(result, "data", result)
    rows = getattr(data, "list_", None)
    if rows is None:
        rows = getattr(data, "list", None)
    if rows is not None:
        return len(rows), str(Decimal(str(rows[0].amount)))
    return 0, str(data.user_info.user_id)


def _raw(op: str, canned: Canned, build_models: bool) -> Callable[[], object]:
    import httpx

    path, query, _body, _rows = payloads.OPERATIONS[op]
    http = httpx.Client(
        base_url=payloads.BASE_URL,
        transport=httpx.MockTransport(canned.httpx_handler),
        headers={"Authorization": "Bearer t"},
    )
    params = dict(query)
    if not build_models:

        def call() -> object:
            response = http.get(path, params=params)
            payload = json.loads(response.content)
            if payload["code"] != 0:
                raise RuntimeError(payload)
            return payload["data"]

        return call

    from sixmm import models

    model = models.AccountChangeLogPage if _is_change_log(op) else models.UserInfoData

    def call_models() -> object:
        response = http.get(path, params=params)
        payload = json.loads(response.content)
        if payload["code"] != 0:
            raise RuntimeError(payload)
        return model.model_validate(payload["data"])

    return call_models


def _sixmm(op: str, canned: Canned, signed: bool) -> Callable[[], object]:
    import httpx

    import sixmm

    credentials: dict[str, str] = (
        {"api_key": "bench-key", "api_secret": "bench-secret"} if signed else {"access_token": "t"}
    )
    client = sixmm.Client(
        base_url=payloads.BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(canned.httpx_handler)),
        max_retries=0,
        time_sync_interval=None,
        **credentials,
    )
    if _is_change_log(op):
        size = _page_size(op)
        return lambda: client.user.get_account_change_log(page_size=size)
    return client.user.get_info


def _opc(op: str, canned: Canned) -> Callable[[], object]:
    import httpx
    from sixmm_opc import AuthenticatedClient
    from sixmm_opc.api.user import get_account_change_log, get_info

    client = AuthenticatedClient(
        base_url=payloads.BASE_URL,
        token="t",
        httpx_args={"transport": httpx.MockTransport(canned.httpx_handler)},
    )
    if _is_change_log(op):
        size = _page_size(op)
        return lambda: get_account_change_log.sync(client=client, page_size=size)
    return lambda: get_info.sync(client=client)


def _oag(op: str, canned: Canned) -> Callable[[], object]:
    import sixmm_oag
    import urllib3

    api_client = sixmm_oag.ApiClient(sixmm_oag.Configuration(host=payloads.BASE_URL, access_token="t"))

    class CannedPool(urllib3.HTTPSConnectionPool):
        """urllib3's pool minus the socket: ``_make_request`` answers from ``canned``."""

        def _make_request(  # type: ignore[override]
            self,
            conn: Any,
            method: str,
            url: str,
            body: Any = None,
            headers: Any = None,
            retries: Any = None,
            timeout: Any = None,
            chunked: bool = False,
            response_conn: Any = None,
            preload_content: bool = True,
            decode_content: bool = True,
            enforce_content_length: bool = True,
        ) -> Any:
            if canned.record:
                canned.targets.append(url)
            return urllib3.HTTPResponse(
                body=canned.body,
                headers=payloads.HEADERS,
                status=200,
                reason="OK",
                preload_content=preload_content,
                decode_content=decode_content,
                request_method=method,
                request_url=url,
                retries=retries,
                pool=self,
                connection=response_conn,
            )

    # Everything above the socket runs as in production: the generated API method, ApiClient
    # (serialisation, auth, deserialisation), RESTClientObject and urllib3's PoolManager/pool.
    pool_manager = api_client.rest_client.pool_manager
    pool_manager.pool_classes_by_scheme = {"https": CannedPool, "http": CannedPool}
    api = sixmm_oag.UserApi(api_client)
    if _is_change_log(op):
        size = _page_size(op)
        return lambda: api.get_account_change_log(page_size=size)
    return api.get_info


def prepare(contender: str, op: str, body: bytes) -> Prepared:
    canned = Canned(body)
    if contender == "raw":
        return Prepared(_raw(op, canned, build_models=False), _summary_dict, canned)
    if contender == "raw+models":
        return Prepared(_raw(op, canned, build_models=True), _summary_model, canned)
    if contender in ("sixmm-jwt", "sixmm-apikey"):
        return Prepared(_sixmm(op, canned, signed=contender == "sixmm-apikey"), _summary_model, canned)
    if contender == "opc":
        return Prepared(_opc(op, canned), _summary_model, canned)
    if contender == "oag":
        return Prepared(_oag(op, canned), _summary_model, canned)
    raise ValueError(f"unknown contender {contender!r}")


def verify(contender: str, op: str, prepared: Prepared, body: bytes) -> str:
    """Call once; check the result and the request target. Returns the result's type name."""
    prepared.canned.targets.clear()
    result = prepared.call()
    got = prepared.summary(result)
    want = expected_summary(body)
    if got != want:
        raise AssertionError(f"{contender} / {op}: result {got} != expected {want}")
    path = payloads.OPERATIONS[op][0]
    target = prepared.canned.targets[-1] if prepared.canned.targets else ""
    if not target.startswith(path):
        raise AssertionError(f"{contender} / {op}: requested {target!r}, expected {path!r}")
    size = _page_size(op)
    if size and f"pageSize={size}" not in target:
        raise AssertionError(f"{contender} / {op}: pageSize missing from {target!r}")
    prepared.canned.record = False  # no bookkeeping inside the timed loops
    return f"{type(result).__module__}.{type(result).__qualname__}"
