"""Edges of the request-check compiler: a `true` schema asks nothing (it is not a skipped
check), and an `if` that is not a test of sibling fields is left out with its reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.config import load_config
from generator.ir import build_api
from generator.loader import load_spec
from tests.support.paths import CONFIG

THING: dict[str, Any] = {
    "type": "object",
    "properties": {"free": True, "size": {"type": "integer"}},
    "allOf": [
        {"if": {"type": "string"}, "then": {"required": ["size"]}},
        # Tests of sibling fields, but on a value that is not an object: not a condition either.
        {"if": {"type": "string", "properties": {"size": {"const": 1}}}, "then": {"required": ["free"]}},
    ],
}
DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Things", "version": "1"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "createThing",
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
                },
                "responses": {"204": {"description": "created"}},
            }
        }
    },
    "components": {"schemas": {"Thing": THING}},
}


def test_a_true_schema_asks_nothing_and_a_non_sibling_if_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(DOCUMENT, sort_keys=False), encoding="utf-8")
    api, problems = build_api(load_spec(path), load_config(CONFIG))
    assert not [p for p in problems if p.severity.value == "error"], problems
    [operation] = api.operations
    skipped = "\n".join(operation.checks_skipped)
    assert "free" not in skipped
    assert "an 'if' that is not a test of sibling fields" in skipped
    checks = operation.spec.checks
    assert checks is not None and checks.body is not None and checks.body.fields is not None
    assert checks.body.fields.conditionals == ()
