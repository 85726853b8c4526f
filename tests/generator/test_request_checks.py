"""The request rule table compiled from a spec (`generator.ir.checks`), and the evaluator that applies it.

The spec here is not 6MM's: a shipping API with ``if``/``then``/``else``, ``anyOf`` and
``oneOf`` of required sets, nested arrays, a nullable field, a read-only required field,
parameters of each kind, and keywords the table does not cover (recorded, not applied).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import load_config
from generator.ir import Operation, build_api
from generator.loader import load_spec
from generator.render import pyvalue
from generator.runtime import _operations as runtime
from generator.runtime._checks import check_request, check_value
from generator.runtime._operations import Condition, ConditionalRule, Limits, RequiredSets, ValueRule
from tests.support.paths import CONFIG

PARCEL = {
    "type": "object",
    "required": ["weight"],
    "properties": {
        "weight": {"type": "number", "exclusiveMinimum": 0, "maximum": 70},
        "reference": {"type": "string"},
        "trackingId": {"type": "string"},
        "dims": {"type": "array", "items": {"type": "array", "items": {"type": "integer", "minimum": 1}}},
    },
    "anyOf": [{"required": ["reference"]}, {"required": ["trackingId"]}],
}
SHIPMENT = {
    "type": "object",
    "required": ["id", "carrier", "parcels"],
    "properties": {
        "id": {"type": "string", "readOnly": True},
        "carrier": {"type": "string", "enum": ["ups", "dhl"]},
        "service": {"type": "string"},
        "insured": {"type": "string", "format": "decimal"},
        "parcels": {
            "type": "array",
            "minItems": 1,
            "maxItems": 3,
            "items": {"$ref": "#/components/schemas/Parcel"},
        },
        "note": {"type": ["string", "null"], "maxLength": 5},
        "code": {"type": "string", "pattern": "^[A-Z]{3}$"},
        "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
        "express": {"type": "boolean"},
        "email": {"type": "string"},
        "phone": {"type": "string"},
    },
    "allOf": [
        {
            "if": {"required": ["carrier"], "properties": {"carrier": {"const": "dhl"}}},
            "then": {"required": ["service"]},
            "else": {"properties": {"service": {"enum": ["ground"]}}},
        },
        {"if": {"not": {"properties": {"express": {"const": True}}, "required": ["express"]}}, "then": {}},
        {"if": {"properties": {"note": {"minLength": 2}}}, "then": {"required": ["code"]}},
    ],
    "oneOf": [{"required": ["email"]}, {"required": ["phone"]}],
}
DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Shipping", "version": "1"},
    "paths": {
        "/shipments/{shipmentId}": {
            "post": {
                "operationId": "createShipment",
                "x-require-any-of": [["mode", "priority"]],
                "parameters": [
                    {
                        "name": "shipmentId",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer", "minimum": 1},
                    },
                    {"name": "mode", "in": "query", "schema": {"type": "string", "enum": ["air", "sea"]}},
                    {"name": "priority", "in": "query", "schema": {"type": "integer", "format": "int32"}},
                    {"name": "tags", "in": "query", "schema": {"type": "array", "items": {"maxLength": 3}}},
                    {"name": "dryRun", "in": "query", "schema": {"type": "boolean"}},
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Shipment"}}},
                },
                "responses": {"204": {"description": "created"}},
            }
        },
        "/labels": {
            "post": {
                "operationId": "uploadLabel",
                "requestBody": {"content": {"application/octet-stream": {"schema": {"type": "string"}}}},
                "responses": {"204": {"description": "stored"}},
            }
        },
    },
    "components": {"schemas": {"Shipment": SHIPMENT, "Parcel": PARCEL}},
}
VALID = {
    "carrier": "dhl",
    "service": "express",
    "parcels": [{"weight": 1.5, "reference": "r1", "dims": [[1, 2], [3]]}],
    "email": "a@b.c",
}
PARAMETERS = {"shipmentId": "7", "mode": "air"}
P, V, PARCEL1 = PARAMETERS, VALID, VALID["parcels"][0]  # short names for the table below


@pytest.fixture(scope="module")
def operations(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Operation]:
    path: Path = tmp_path_factory.mktemp("spec") / "spec.yaml"
    path.write_text(yaml.safe_dump(DOCUMENT, sort_keys=False), encoding="utf-8")
    api, problems = build_api(load_spec(path), load_config(CONFIG))
    assert not [p for p in problems if p.severity.value == "error"], problems
    return {op.operation_id: op for op in api.operations}


def _rules(operations: dict[str, Operation]) -> runtime.RequestChecks:
    checks = operations["createShipment"].spec.checks
    assert checks is not None
    return checks


def test_the_table_holds_the_schema_s_rules(operations: dict[str, Operation]) -> None:
    checks = _rules(operations)
    body = checks.body
    assert body is not None and body.kind == "object" and body.fields is not None
    assert body.fields.required == ("carrier", "parcels")  # id is readOnly: not required in a request
    fields = {f.name: f.value for f in body.fields.fields}
    assert fields["carrier"].enum == ("ups", "dhl")
    assert fields["insured"].kind == "decimal"
    assert fields["note"] == ValueRule(kind="string", nullable=True, limits=Limits(max_length=5))
    parcel = fields["parcels"].items
    assert parcel is not None and parcel.fields is not None
    assert parcel.fields.alternatives == (RequiredSets(options=(("reference",), ("trackingId",))),)
    dims = {f.name: f.value for f in parcel.fields.fields}["dims"]
    assert dims.items is not None and dims.items.items == ValueRule(kind="integer", limits=Limits(minimum=1))
    dhl = (Condition(field="carrier", values=("dhl",), required=True),)
    then, otherwise = body.fields.conditionals
    assert then == ConditionalRule(when=dhl, required=("service",))
    assert otherwise.when == dhl and otherwise.negated and otherwise.fields[0].value.enum == ("ground",)
    assert body.fields.alternatives == (RequiredSets(options=(("email",), ("phone",)), exactly_one=True),)
    assert checks.require_any_of == (RequiredSets(options=(("mode",), ("priority",))),)
    params = {f.name: f.value for f in checks.parameters.fields}
    assert checks.parameters.required == ("shipmentId",)
    assert params["priority"].limits == Limits(minimum=-(2**31), maximum=2**31 - 1)  # format int32
    assert params["tags"].kind == "array"


def test_what_the_table_leaves_out_is_recorded(operations: dict[str, Operation]) -> None:
    skipped = "\n".join(operations["createShipment"].checks_skipped)
    assert "metadata: 'additionalProperties' is not checked" in skipped
    assert "an 'if' that is not a test of sibling fields" in skipped  # the minLength test on note
    assert "application/octet-stream body is not checked" in "\n".join(
        operations["uploadLabel"].checks_skipped
    )
    assert operations["uploadLabel"].spec.checks is not None
    assert operations["uploadLabel"].spec.checks.body is None


def test_the_table_renders_as_the_value_it_is(operations: dict[str, Operation]) -> None:
    checks = _rules(operations)
    names = {name: getattr(runtime, name) for name in dir(runtime) if not name.startswith("_")}
    assert eval(pyvalue(checks), names) == checks


def test_a_valid_request_passes(operations: dict[str, Operation]) -> None:
    assert check_request(_rules(operations), PARAMETERS, VALID, body_given=True) == []


@pytest.mark.parametrize(
    ("parameters", "body", "path", "message", "kind"),
    [
        (P, {**V, "carrier": "fedex", "service": "ground"}, "carrier", "carrier must be one of ups, dhl",
         "invalid"),
        (P, {k: v for k, v in V.items() if k != "service"}, "service",
         "service is required when carrier is dhl", "missing"),
        (P, {**V, "carrier": "ups"}, "service", "service must be ground unless carrier is dhl", "invalid"),
        (P, {**V, "parcels": [PARCEL1, {"weight": 0, "trackingId": "t"}]},
         "parcels[1].weight", "parcels[1].weight must be greater than 0", "range"),
        (P, {**V, "parcels": [{"weight": 1}]}, "parcels[0]",
         "parcels[0]: one of reference, trackingId is required", "missing"),
        (P, {**V, "parcels": [{**PARCEL1, "dims": [[1], [0]]}]}, "parcels[0].dims[1][0]",
         "parcels[0].dims[1][0] must be at least 1", "range"),
        (P, {**V, "parcels": []}, "parcels", "parcels must hold at least 1 items", "range"),
        (P, {**V, "phone": "1"}, "email", "only one of email, phone may be given", "invalid"),
        (P, {**V, "note": "toolong"}, "note", "note must be at most 5 characters long", "range"),
        (P, {**V, "code": "abc"}, "code", "code must match the pattern ^[A-Z]{3}$", "invalid"),
        (P, {**V, "insured": "1e5"}, "insured", "insured must be a decimal string", "invalid"),
        (P, {**V, "express": 1}, "express", "express must be true or false", "invalid"),
        (P, {**V, "carrier": None, "service": "ground"}, "carrier", "carrier must not be null", "invalid"),
        (P, [V], "", "the body must be an object", "invalid"),
        ({"shipmentId": "7"}, V, "mode", "one of mode, priority is required", "missing"),
        ({"shipmentId": "x", "mode": "air"}, V, "shipmentId", "shipmentId must be an integer", "invalid"),
        ({"shipmentId": "0", "mode": "air"}, V, "shipmentId", "shipmentId must be at least 1", "range"),
        ({**P, "priority": "2147483648"}, V, "priority", "priority must be at most 2147483647", "range"),
        ({**P, "dryRun": "yes"}, V, "dryRun", "dryRun must be true or false", "invalid"),
        ({**P, "mode": ["air", "sea"]}, V, "mode", "mode must be given once", "invalid"),
        ({**P, "tags": ["a", "long"]}, V, "tags[1]", "tags[1] must be at most 3 characters long", "range"),
        ({"mode": "air"}, V, "shipmentId", "shipmentId is required", "missing"),
    ],
)  # fmt: skip
def test_each_kind_of_violation(
    operations: dict[str, Operation], parameters: Any, body: Any, path: str, message: str, kind: str
) -> None:
    (violation,) = check_request(_rules(operations), parameters, body, body_given=True)
    assert (violation.path, violation.message, violation.kind) == (path, message, kind)


def test_a_missing_required_body(operations: dict[str, Operation]) -> None:
    (violation,) = check_request(_rules(operations), PARAMETERS, None, body_given=False)
    assert (violation.path, violation.kind) == ("body", "missing")


@pytest.mark.parametrize(
    ("rule", "value", "ok"),
    [
        (ValueRule(kind="integer", enum=(0, 1)), True, False),  # true is not 1 in JSON
        (ValueRule(kind="boolean", enum=(True,)), True, True),
        (ValueRule(enum=(1,)), 1.0, True),  # but 1 is 1.0
        (ValueRule(enum=("1",)), 1, False),
        (ValueRule(enum=("a", None)), None, True),
        (ValueRule(kind="integer"), 1.0, False),  # an integer field is sent an int
        (ValueRule(kind="number", limits=Limits(maximum=0.3)), 0.3, True),  # compared exactly
        (ValueRule(kind="number", limits=Limits(minimum=0)), float("nan"), False),
        (ValueRule(kind="decimal"), "-12.50", True),
        (ValueRule(kind="decimal"), "12.", False),
        (ValueRule(kind="string", limits=Limits(pattern="(")), "x", True),  # unreadable pattern: not applied
    ],
)
def test_values_are_compared_as_json(rule: ValueRule, value: Any, ok: bool) -> None:
    assert (check_value(rule, value, "x") == []) is ok


def test_conditions_follow_json_schema() -> None:
    """``properties`` alone says nothing of an absent field; ``required`` in the ``if`` does."""
    loose = runtime.ObjectRules(
        conditionals=(ConditionalRule(when=(Condition("kind", ("a",), required=False),), required=("x",)),)
    )
    strict = runtime.ObjectRules(
        conditionals=(ConditionalRule(when=(Condition("kind", ("a",)),), required=("x",)),)
    )
    rule = ValueRule(kind="object", fields=loose)
    assert [v.message for v in check_value(rule, {})] == ["x is required when kind is a"]
    assert check_value(ValueRule(kind="object", fields=strict), {}) == []
    assert check_value(rule, {"kind": "b"}) == []
