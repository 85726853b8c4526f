"""At-most-once order writes: what reconciliation must leave alone.

Gaps found by `make mutation` (issue 17) in _reconcile.py, for shapes x-reconcile allows but
the 6MM spec does not use (no generated key, a batch field that is not a list) and for a
looked-up record that already has the result's field.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sixmm._api_order import BATCH_PLACE_ORDERS, PLACE_ORDER
from sixmm._operations import ReconcileSpec
from sixmm._reconcile import as_result, with_keys


def _spec(batch: bool = False) -> ReconcileSpec:
    spec = (BATCH_PLACE_ORDERS if batch else PLACE_ORDER).reconcile
    assert spec is not None
    return spec


def test_without_a_key_to_generate_the_body_is_sent_as_given() -> None:
    body: dict[str, Any] = {"symbol": "BTCUSDT", "side": "BUY"}
    for spec in (_spec(), _spec(batch=True)):
        assert with_keys(dataclasses.replace(spec, generate=None), body) is body
    batch = {"orders": [{"symbol": "BTCUSDT"}]}
    assert with_keys(dataclasses.replace(_spec(batch=True), generate=None), batch) is batch


def test_a_body_that_is_not_an_object_or_a_batch_that_is_not_a_list_is_left_alone() -> None:
    assert with_keys(_spec(), "raw") == "raw"
    odd = {"orders": "not a list"}
    assert with_keys(_spec(batch=True), odd) is odd


def test_a_found_record_keeps_its_own_value_for_a_result_field() -> None:
    spec = _spec()
    target, source = spec.fields[0]
    record = {"clientOrderId": "k1", source: 5, target: 9}
    assert as_result(spec, record)[target] == 9
    assert as_result(spec, {"clientOrderId": "k1", source: 5})[target] == 5
    assert target not in as_result(spec, {"clientOrderId": "k1"})
