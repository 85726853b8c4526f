"""Type hints of argument schemas the 6MM spec does not use: gaps found by `make mutation`
(issue 17) in ir/types.py. A schema that is not an object (a boolean schema of OpenAPI 3.1,
a $ref to nothing usable) accepts anything; only a schema that says so is an object.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.ir.context import BuildContext
from generator.ir.types import is_object, type_hint
from generator.loader import load_spec


def _context(tmp_path: Path) -> BuildContext:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Anything": True, "Side": {"type": "string", "enum": ["BUY"]}}},
    }
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return BuildContext(load_spec(path))


@pytest.mark.parametrize(
    ("schema", "hint"),
    [
        (True, "Any"),
        ({"$ref": "#/components/schemas/Anything"}, "Any"),
        ({"type": "string"}, "str"),
        ({"$ref": "#/components/schemas/Side"}, "Side | Literal['BUY']"),
    ],
)
def test_a_schema_that_is_not_an_object_accepts_anything(tmp_path: Path, schema: Any, hint: str) -> None:
    assert type_hint(_context(tmp_path), schema) == hint


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "object"}, True),
        ({"properties": {}}, True),
        ({"allOf": []}, True),
        ({"type": "string"}, False),
        ({"type": "array", "items": {"type": "object"}}, False),
        ({}, False),
        (True, False),
    ],
)
def test_only_a_schema_that_says_so_is_an_object(schema: Any, expected: bool) -> None:
    assert is_object(schema) is expected
