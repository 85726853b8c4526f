"""The intermediate model: auth per operation, runtime values rendered by `pyvalue`, derived facts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import load_config
from generator.ir import Api, build_api
from generator.loader import load_spec
from generator.render import pyvalue
from generator.runtime._operations import ClockSyncSpec, ErrorSignalSpec, OperationSpec
from tests.support.paths import CONFIG


def _api(tmp_path: Path, document: dict[str, Any]) -> Api:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    api, problems = build_api(load_spec(path), load_config(CONFIG))
    assert not [p for p in problems if p.severity.value == "error"], problems
    return api


def _secured(security: list[dict[str, list[str]]] | None) -> dict[str, Any]:
    operation: dict[str, Any] = {"operationId": "ping", "responses": {"204": {"description": "ok"}}}
    if security is not None:
        operation["security"] = security
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "security": [{"token": []}],
        "paths": {"/ping": {"get": operation}},
        "components": {"securitySchemes": {"token": {"type": "http", "scheme": "bearer"}}},
    }


@pytest.mark.parametrize(
    ("security", "required", "optional"),
    [
        (None, True, False),  # inherits the document's requirement
        ([{"token": []}], True, False),
        ([], False, False),  # public
        ([{}], False, False),  # an empty requirement alone: nothing to send
        ([{}, {"token": []}], False, True),  # optional: sent when the client has it
        ([{"token": []}, {}], False, True),
    ],
)
def test_auth_per_operation(
    tmp_path: Path, security: list[dict[str, list[str]]] | None, required: bool, optional: bool
) -> None:
    (op,) = _api(tmp_path, _secured(security)).operations
    assert (op.auth_required, op.auth_optional) == (required, optional)
    assert (op.spec.auth_required, op.spec.auth_optional) == (required, optional)


def test_pyvalue_writes_every_field_and_sorts_sets() -> None:
    value = OperationSpec(operation_id="x", method="GET", path="/x", auth_required=True, retry_safe=False)
    assert pyvalue(value) == (
        "OperationSpec(operation_id='x', method='GET', path='/x', auth_required=True, "
        "retry_safe=False, content_type=None, auth_optional=False, reconcile=None, accepts=frozenset())"
    )
    signals = ErrorSignalSpec(token_expired_codes=frozenset({3, 1, 2}), timestamp_messages=("a",))
    assert pyvalue(signals) == (
        "ErrorSignalSpec(token_expired_codes=frozenset({1, 2, 3}), timestamp_codes=frozenset(), "
        "timestamp_messages=('a',))"
    )
    assert (
        pyvalue(ClockSyncSpec(path="/t", field="ms"), field="FIELD")
        == "ClockSyncSpec(path='/t', field=FIELD)"
    )


def test_pyvalue_round_trips_the_real_api_description() -> None:
    """What `_api.py` renders evaluates back to the very value the model holds."""
    from generator.runtime import _exceptions, _operations

    config = load_config(CONFIG)
    api, _ = build_api(load_spec(config.spec_path), config)
    namespace = {**vars(_operations), "ERRORS": _exceptions.ErrorTable()}
    rebuilt = eval(pyvalue(api.runtime, errors="ERRORS"), namespace)
    assert rebuilt == api.runtime
    for op in api.operations:
        assert eval(pyvalue(op.spec), namespace) == op.spec


def test_derived_facts_live_in_the_model() -> None:
    config = load_config(CONFIG)
    api, _ = build_api(load_spec(config.spec_path), config)
    by_id = {op.operation_id: op for op in api.operations}
    # The result, the paged item type, and the enums the arguments are typed with.
    assert by_id["getAccountChangeLog"].models_used == {"AccountChangeLogPage", "AccountChangeLogEntry"}
    assert by_id["getBalanceHistory"].models_used == {"BalanceHistory", "BalanceHistoryPeriod"}
    assert by_id["renewListenKey"].models_used == frozenset()
    assert api.example_call == "public.get_server_time()"
    user = next(tag for tag in api.tags if tag.name == "user")
    assert list(user.models_used) == sorted(user.models_used)


def test_x_reconcile_resolves_the_lookup_and_the_generated_key() -> None:
    config = load_config(CONFIG)
    api, _ = build_api(load_spec(config.spec_path), config)
    specs = {op.operation_id: op.spec for op in api.operations}
    place, batch, cancel = (
        specs[name].reconcile for name in ("placeOrder", "batchPlaceOrders", "cancelOrder")
    )
    assert place is not None and batch is not None and cancel is not None
    assert place.lookup == specs["getOrder"] and place.lookup_query == ("symbol", "orderId", "clientOrderId")
    assert (place.generate, place.not_found, place.fields) == (
        "clientOrderId",
        frozenset({3003}),
        (("timestamp", "createdAt"),),
    )
    assert (batch.items, batch.generate) == ("orders", "clientOrderId")
    assert cancel.generate is None, "a cancel names an existing order: nothing to generate"
    assert sum(spec.reconcile is not None for spec in specs.values()) == 9


def test_each_operation_names_the_kinds_of_credentials_it_takes() -> None:
    config = load_config(CONFIG)
    api, _ = build_api(load_spec(config.spec_path), config)
    accepts = {op.operation_id: op.spec.accepts for op in api.operations}
    assert accepts["logout"] == frozenset({"bearer"}), "JWT only"
    assert accepts["getPnlLeaderboard"] == frozenset({"bearer", "apiKey"}), "optional, either kind"
    assert accepts["getServerTime"] == frozenset(), "public"
