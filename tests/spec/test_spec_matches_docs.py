"""Check spec/sixmm.yaml against the hand-kept transcription of the documentation page."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from tests.support.paths import SPEC as SPEC_PATH
from tests.support.seed_table import (
    ASSET_OVERVIEW_SUMMARY_FIELDS,
    ENDPOINTS,
    FACTS_ONLY_OPERATION_IDS,
    MONEY_WORDS,
    TRADE_OVERVIEW_FIELDS,
    DocEndpoint,
    DocField,
    DocParam,
)

DECIMAL_PATTERN = r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$"
HTTP_METHODS = frozenset({"get", "put", "post", "delete", "patch", "head", "options", "trace"})

Schema = dict[str, Any]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        loaded = yaml.safe_load(fh)
    assert isinstance(loaded, dict)
    return loaded


# --------------------------------------------------------------------------- helpers


def deref(spec: dict[str, Any], schema: Schema) -> Schema:
    """Follow local ``$ref``s until a schema without one is reached."""
    seen: set[str] = set()
    while "$ref" in schema:
        ref = schema["$ref"]
        assert isinstance(ref, str) and ref.startswith("#/"), ref
        assert ref not in seen, f"$ref cycle at {ref}"
        seen.add(ref)
        node: Any = spec
        for part in ref[2:].split("/"):
            node = node[part]
        assert isinstance(node, dict), ref
        schema = node
    return schema


def operation(spec: dict[str, Any], endpoint: DocEndpoint) -> dict[str, Any]:
    path_item = spec["paths"].get(endpoint.path)
    assert path_item is not None, f"path {endpoint.path} missing from spec"
    op = path_item.get(endpoint.method.lower())
    assert op is not None, f"{endpoint.key} missing from spec"
    assert isinstance(op, dict)
    return op


def find_property(spec: dict[str, Any], schema: Schema, name: str) -> Schema | None:
    """Find property ``name`` in ``schema``, looking through $ref / allOf / oneOf / anyOf."""
    schema = deref(spec, schema)
    props = schema.get("properties", {})
    if name in props:
        found = props[name]
        assert isinstance(found, dict)
        return found
    for combinator in ("allOf", "oneOf", "anyOf"):
        for sub in schema.get(combinator, []):
            hit = find_property(spec, sub, name)
            if hit is not None:
                return hit
    return None


def schema_type(spec: dict[str, Any], schema: Schema) -> str | None:
    """The ``type`` of a schema, looking through $ref and allOf."""
    schema = deref(spec, schema)
    if "type" in schema:
        found = schema["type"]
        assert isinstance(found, str), f"unexpected type {found!r}"
        return found
    for sub in schema.get("allOf", []):
        t = schema_type(spec, sub)
        if t is not None:
            return t
    return None


def refs_success_envelope(schema: Schema) -> bool:
    target = "#/components/schemas/SuccessEnvelope"
    if schema.get("$ref") == target:
        return True
    return any(sub.get("$ref") == target for sub in schema.get("allOf", []))


def success_data_schema(spec: dict[str, Any], op: dict[str, Any]) -> Schema:
    """The schema of ``data`` inside the success branch of the 200 response."""
    media = op["responses"]["200"]["content"]["application/json"]["schema"]
    branches = [b for b in media["oneOf"] if refs_success_envelope(b)]
    assert len(branches) == 1, "expected exactly one success branch in oneOf"
    data = find_property(spec, branches[0], "data")
    assert data is not None, f"{op['operationId']}: success envelope has no data"
    return data


def walk_field_path(spec: dict[str, Any], root: Schema, doc_path: str) -> Schema:
    """Resolve a doc path like ``list[].amount`` or ``items[]`` starting at ``root``."""
    current = root
    segments = doc_path.split(".")
    for index, segment in enumerate(segments):
        is_array = segment.endswith("[]")
        name = segment.removesuffix("[]")
        prop = find_property(spec, current, name)
        assert prop is not None, f"{doc_path}: no property {name!r}"
        current = prop
        if is_array and index < len(segments) - 1:
            assert schema_type(spec, current) == "array", f"{doc_path}: {name} is not an array"
            current = deref(spec, current)["items"]
    return current


def camel_words(name: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[a-z]+|[A-Z][a-z]*", name)}


def is_money_field(doc_field: DocField) -> bool:
    last = doc_field.path.split(".")[-1].removesuffix("[]")
    return doc_field.type == "string" and bool(camel_words(last) & MONEY_WORDS)


def assert_doc_type(spec: dict[str, Any], schema: Schema, doc_type: str, where: str) -> None:
    resolved = deref(spec, schema)
    actual = schema_type(spec, schema)
    if doc_type == "string":
        assert actual == "string", f"{where}: expected string, got {actual}"
    elif doc_type in ("int64", "int32"):
        assert actual == "integer", f"{where}: expected integer, got {actual}"
        assert resolved.get("format") == doc_type, f"{where}: expected format {doc_type}"
    elif doc_type == "int":
        assert actual == "integer", f"{where}: expected integer, got {actual}"
    elif doc_type == "bool":
        assert actual == "boolean", f"{where}: expected boolean, got {actual}"
    elif doc_type == "array":
        assert actual == "array", f"{where}: expected array, got {actual}"
    elif doc_type == "string[]":
        assert actual == "array", f"{where}: expected array, got {actual}"
        items = resolved.get("items")
        assert isinstance(items, dict), f"{where}: array without items"
        assert schema_type(spec, items) == "string", f"{where}: items are not strings"
    else:  # pragma: no cover - table typo guard
        pytest.fail(f"{where}: unknown doc type {doc_type}")


def spec_operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``"METHOD /path"`` -> operation object, for every operation in the spec."""
    result: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                result[f"{method.upper()} {path}"] = op
    return result


# --------------------------------------------------------------------------- parametrisation

PARAM_ROWS: list[tuple[DocEndpoint, DocParam]] = [(ep, p) for ep in ENDPOINTS for p in ep.params]
RESPONSE_ROWS: list[tuple[DocEndpoint, DocField]] = [(ep, f) for ep in ENDPOINTS for f in ep.response_fields]
BODY_ROWS: list[tuple[DocEndpoint, DocField]] = [(ep, f) for ep in ENDPOINTS for f in ep.body_fields]


def endpoint_id(ep: DocEndpoint) -> str:
    return ep.key


def row_id(row: tuple[DocEndpoint, DocParam | DocField]) -> str:
    ep, item = row
    label = item.name if isinstance(item, DocParam) else item.path
    return f"{ep.key} {label}"


# --------------------------------------------------------------------------- tests


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=endpoint_id)
def test_endpoint_exists(spec: dict[str, Any], endpoint: DocEndpoint) -> None:
    op = operation(spec, endpoint)
    assert isinstance(op.get("operationId"), str)


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=endpoint_id)
def test_parameters_are_exactly_the_documented_ones(spec: dict[str, Any], endpoint: DocEndpoint) -> None:
    op = operation(spec, endpoint)
    names = [p["name"] for p in op.get("parameters", [])]
    assert names == [p.name for p in endpoint.params]


@pytest.mark.parametrize("row", PARAM_ROWS, ids=[row_id(r) for r in PARAM_ROWS])
def test_parameter_matches_doc(spec: dict[str, Any], row: tuple[DocEndpoint, DocParam]) -> None:
    endpoint, doc_param = row
    op = operation(spec, endpoint)
    matches = [p for p in op.get("parameters", []) if p.get("name") == doc_param.name]
    assert len(matches) == 1, f"{doc_param.name} declared {len(matches)} times"
    param = matches[0]
    where = f"{endpoint.key} ?{doc_param.name}"

    assert param["in"] == "query", where
    assert bool(param.get("required", False)) is doc_param.required, f"{where}: required"

    schema = param["schema"]
    assert_doc_type(spec, schema, doc_param.type, where)
    resolved = deref(spec, schema)

    if doc_param.default is None:
        assert "default" not in resolved and "default" not in schema, f"{where}: undocumented default"
    else:
        assert schema.get("default", resolved.get("default")) == doc_param.default, where

    if doc_param.enum is None:
        assert "enum" not in resolved, f"{where}: undocumented enum"
    else:
        assert resolved.get("enum") == list(doc_param.enum), f"{where}: enum"


@pytest.mark.parametrize("row", RESPONSE_ROWS, ids=[row_id(r) for r in RESPONSE_ROWS])
def test_response_field_matches_doc(spec: dict[str, Any], row: tuple[DocEndpoint, DocField]) -> None:
    endpoint, doc_field = row
    op = operation(spec, endpoint)
    where = f"{endpoint.key} data.{doc_field.path}"
    data = success_data_schema(spec, op)
    schema = walk_field_path(spec, data, doc_field.path)
    assert_doc_type(spec, schema, doc_field.type, where)

    resolved = deref(spec, schema)
    if is_money_field(doc_field) and "enum" not in resolved:
        assert resolved.get("format") == "decimal", f"{where}: money field not format decimal"
        assert resolved.get("pattern") == DECIMAL_PATTERN, f"{where}: decimal pattern"
    elif doc_field.type == "string":
        assert resolved.get("format") != "decimal", f"{where}: non-money field marked decimal"


@pytest.mark.parametrize("row", BODY_ROWS, ids=[row_id(r) for r in BODY_ROWS])
def test_request_body_field_matches_doc(spec: dict[str, Any], row: tuple[DocEndpoint, DocField]) -> None:
    endpoint, doc_field = row
    op = operation(spec, endpoint)
    body = op.get("requestBody")
    assert body is not None, f"{endpoint.key}: no requestBody"
    assert body.get("required") is not endpoint.body_optional
    schema = body["content"]["application/json"]["schema"]
    prop = walk_field_path(spec, schema, doc_field.path)
    assert_doc_type(spec, prop, doc_field.type, f"{endpoint.key} body.{doc_field.path}")


def test_summary_is_trade_overview_minus_items(spec: dict[str, Any]) -> None:
    by_key = {ep.key: ep for ep in ENDPOINTS}
    summary_ep = by_key["GET /v1/private/user/asset/overview/summary"]
    overview_ep = by_key["GET /v1/private/user/trade-overview"]

    expected = {f.path for f in TRADE_OVERVIEW_FIELDS} - {"items[]"}
    assert {f.path for f in ASSET_OVERVIEW_SUMMARY_FIELDS} == expected

    summary_data = deref(spec, success_data_schema(spec, operation(spec, summary_ep)))
    assert set(summary_data.get("properties", {})) == expected
    assert "allOf" not in summary_data and "oneOf" not in summary_data

    overview_data = success_data_schema(spec, operation(spec, overview_ep))
    assert find_property(spec, overview_data, "items") is not None
    assert find_property(spec, summary_data, "items") is None


def test_trade_overview_shares_summary_schema(spec: dict[str, Any]) -> None:
    summary_ref = "#/components/schemas/AssetOverviewSummary"
    trade_overview = spec["components"]["schemas"]["TradeOverview"]
    assert "properties" not in trade_overview, "TradeOverview must not copy the summary fields"
    all_of = trade_overview.get("allOf", [])
    assert {"$ref": summary_ref} in all_of
    for part in all_of:
        if part.get("$ref") != summary_ref:
            assert set(part.get("properties", {})) == {"items"}

    summary_op = operation(
        spec,
        next(ep for ep in ENDPOINTS if ep.path == "/v1/private/user/asset/overview/summary"),
    )
    assert success_data_schema(spec, summary_op) == {"$ref": summary_ref}


def test_spec_has_no_undocumented_operations(spec: dict[str, Any]) -> None:
    documented = {ep.key for ep in ENDPOINTS}
    extra = {key: op.get("operationId") for key, op in spec_operations(spec).items() if key not in documented}
    unknown = {key: op_id for key, op_id in extra.items() if op_id not in FACTS_ONLY_OPERATION_IDS}
    assert unknown == {}
