"""OpenAPI 3.0 read as 3.0, then written in 3.1 terms for every later stage.

A 3.0 document is validated by the 3.0 validator as it is written (`generator.validate`).
Its schemas speak the OpenAPI 3.0 dialect of JSON Schema, which differs from 3.1's
(JSON Schema 2020-12) in a few keywords; `as_openapi31` rewrites exactly those, so the
intermediate model reads one dialect:

- ``nullable: true`` becomes ``"null"`` in ``type`` (or, for a schema without a type, a
  choice between the schema and ``null``); an ``enum`` then also admits ``null``;
- boolean ``exclusiveMinimum``/``exclusiveMaximum`` become the numbers they qualify.

``example`` stays where it is (3.1 still reads it), so every pointer of the document keeps
its meaning, and its source line.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from typing import Any

from generator.loader import LoadedSpec
from generator.spec_walk import iter_schema_locations, iter_subschemas

_VERSION = re.compile(r"^3\.(?P<minor>[01])\.\d+(?:-.+)?$")
_COMPOSITION = ("$ref", "allOf", "oneOf", "anyOf")


def openapi_minor(document: dict[str, Any]) -> int | None:
    """0 or 1 for an OpenAPI 3.0.x or 3.1.x document; None for any other version."""
    version = document.get("openapi")
    match = _VERSION.match(version) if isinstance(version, str) else None
    return int(match["minor"]) if match else None


def as_openapi31(spec: LoadedSpec) -> LoadedSpec:
    """``spec`` with its schemas in OpenAPI 3.1 terms; a 3.1 (or unknown) document is returned as is."""
    if openapi_minor(spec.document) != 0:
        return spec
    document = copy.deepcopy(spec.document)
    schemas = [
        sub for base, schema in iter_schema_locations(document) for _, sub in iter_subschemas(schema, base)
    ]
    # Children first: wrapping a nullable parent moves its keywords, not its children.
    for schema in reversed(schemas):
        _upgrade(schema)
    return replace(spec, document=document)


def _upgrade(schema: dict[str, Any]) -> None:
    for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        flag = schema.get(bound)
        if isinstance(flag, bool):
            del schema[bound]
            if flag and limit in schema:
                schema[bound] = schema.pop(limit)
    nullable = schema.pop("nullable", False)
    if nullable is not True:
        return
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
    elif any(key in schema for key in _COMPOSITION):
        choice = {key: schema.pop(key) for key in _COMPOSITION if key in schema}
        schema["anyOf"] = [choice, {"type": "null"}]
    if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
        schema["enum"] = [*schema["enum"], None]
