"""Schemas that are not objects where the generator reads arguments and results: gaps found by
`make mutation` (issue 17) in ir/operations.py. A boolean schema (OpenAPI 3.1) accepts anything:
an argument with one is untyped, with no example, default or enum; an enveloped result whose
schema gives no data schema has no result type; an allOf that refers back to itself is
followed once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.config import load_config
from generator.ir import Api, build_api
from generator.ir.model import NO_DEFAULT
from generator.loader import load_spec
from tests.support.paths import CONFIG


def _api(tmp_path: Path, document: dict[str, Any]) -> Api:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    api, problems = build_api(load_spec(path), load_config(CONFIG))
    assert not [p for p in problems if p.severity.value == "error"], problems
    return api


def _returning(schema: Any) -> dict[str, Any]:
    content = {"application/json": {"schema": schema}}
    return {"responses": {"200": {"description": "ok", "content": content}}}


def test_an_argument_with_a_boolean_schema_is_untyped(tmp_path: Path) -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "addThing",
                    "parameters": [{"name": "anything", "in": "query", "schema": True}],
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"type": "object", "properties": {"note": True}}}
                        }
                    },
                    "responses": {"204": {"description": "ok"}},
                }
            }
        },
    }
    (tag,) = _api(tmp_path, document).tags
    (operation,) = tag.operations
    described = {
        a.py_name: (a.type_hint, a.example is NO_DEFAULT, a.has_default, a.enum_values)
        for a in operation.arguments
    }
    assert described == {"anything": ("Any", True, False, ()), "note": ("Any", True, False, ())}


def test_an_enveloped_result_is_found_through_composition_once(tmp_path: Path) -> None:
    thing = {"$ref": "#/components/schemas/Thing"}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "x-envelope": {},
        "paths": {
            "/anything": {"get": {"operationId": "getAnything", **_returning(True)}},
            "/wrapped": {
                "get": {"operationId": "getWrapped", **_returning({"$ref": "#/components/schemas/Wrapped"})}
            },
        },
        "components": {
            "schemas": {
                "Thing": {"type": "object", "properties": {"id": {"type": "integer"}}},
                # Refers back to itself: followed once, not forever.
                "Wrapped": {
                    "allOf": [{"$ref": "#/components/schemas/Wrapped"}, {"properties": {"data": thing}}, True]
                },
            }
        },
    }
    (tag,) = _api(tmp_path, document).tags
    assert {op.operation_id: op.result_type for op in tag.operations} == {
        "getAnything": None,
        "getWrapped": "Thing",
    }
