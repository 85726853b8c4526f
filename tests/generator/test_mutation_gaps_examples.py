"""The success example an operation's docs show: gaps found by `make mutation` (issue 17) in
ir/operations.py. A media type's own ``example`` is taken; else the first Example object that
holds a value (through a $ref to components/examples), one given only by ``externalValue``
being skipped; an operation without one shows none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.config import load_config
from generator.docs import example_response
from generator.ir import build_api
from generator.loader import load_spec
from tests.support.paths import CONFIG


def _get(operation_id: str, media: dict[str, Any]) -> dict[str, Any]:
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}, **media}}
    return {
        "get": {"operationId": operation_id, "responses": {"200": {"description": "ok", "content": content}}}
    }


def test_the_success_example_is_the_media_example_or_the_first_example_with_a_value(tmp_path: Path) -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/own": _get("getOwn", {"example": {"id": 1}}),
            "/named": _get(
                "getNamed",
                {
                    "examples": {
                        "elsewhere": {"externalValue": "https://example.com/thing.json"},
                        "stored": {"$ref": "#/components/examples/Stored"},
                        "later": {"value": {"id": 3}},
                    }
                },
            ),
            "/none": _get("getNone", {}),
        },
        "components": {
            "schemas": {"Thing": {"type": "object", "properties": {"id": {"type": "integer"}}}},
            "examples": {"Stored": {"value": {"id": 2}}},
        },
    }
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    api, _ = build_api(load_spec(path), load_config(CONFIG))
    found = {op.operation_id: op.response_example for tag in api.tags for op in tag.operations}
    assert found == {"getOwn": {"id": 1}, "getNamed": {"id": 2}, "getNone": None}
    shown = {op.operation_id: example_response(op) for tag in api.tags for op in tag.operations}
    assert shown == {"getOwn": '{\n  "id": 1\n}', "getNamed": '{\n  "id": 2\n}', "getNone": ""}
