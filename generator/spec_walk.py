"""Walks over an OpenAPI 3.1 document: operations, schema objects and references.

Pure functions over plain data, shared by validation, linting and the
intermediate-model builder so that each finds the same places.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.problems import pointer_join, pointer_parts

SCHEMA_REF = "#/components/schemas/"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keywords whose value is one schema, a list of schemas, or a map of schemas.
_SCHEMA_KEYWORDS = (
    "items",
    "not",
    "additionalProperties",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "unevaluatedItems",
    "unevaluatedProperties",
)
_SCHEMA_LIST_KEYWORDS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAP_KEYWORDS = ("properties", "patternProperties", "$defs", "dependentSchemas")
# Values under these keys are user data, not OpenAPI objects.
_NOT_SPEC_KEYS = ("example", "examples", "default", "enum", "const")


def iter_operations(document: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """Yield ``(pointer, path, method, operation)`` for every operation, in document order.

    Document order is the author's order, and it is what readers of the generated
    reference expect; YAML mappings keep it.
    """
    paths = document.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if method in HTTP_METHODS and isinstance(operation, dict):
                yield pointer_join("", "paths", path, method), path, method, operation


# Keys whose children are names chosen by the author (a property may be called `x-id` or
# `default`), not keywords.
_NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "schemas",
        "responses",
        "parameters",
        "examples",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "paths",
        "webhooks",
        "content",
        "encoding",
        "variables",
        "pathItems",
        "mapping",
    }
)
# Keys whose values are data: a `$ref` there is text, not a reference.
_DATA_KEYS = frozenset({"example", "default", "enum", "const", "value"})


def iter_refs(node: Any, pointer: str = "", *, in_names: bool = False) -> Iterator[tuple[str, Any]]:
    """Yield ``(pointer of the $ref key, target)`` for every ``$ref`` in the document.

    Extension values (``x-...``) and example or default values are data, whatever they hold.
    """
    if isinstance(node, dict):
        for key, value in node.items():
            child = pointer_join(pointer, key)
            if not in_names and (key.startswith("x-") or key in _DATA_KEYS):
                continue
            if key == "$ref" and not in_names and not isinstance(value, dict):
                yield child, value
            else:
                yield from iter_refs(value, child, in_names=not in_names and key in _NAME_MAPS)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from iter_refs(value, pointer_join(pointer, index))


def iter_schema_locations(document: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """Yield ``(pointer, schema)`` for every top-level schema object in the document.

    Top-level means: component schemas and the ``schema`` of parameters, headers and
    media types. Sub-schemas are reached through their parents.
    """
    components = document.get("components")
    if isinstance(components, dict):
        schemas = components.get("schemas")
        if isinstance(schemas, dict):
            for name, schema in schemas.items():
                yield pointer_join("", "components", "schemas", name), schema
    yield from _nested_schema_fields(document, "")


def _nested_schema_fields(node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            child = pointer_join(pointer, key)
            if key == "schema" and isinstance(value, (dict, bool)):
                yield child, value
            elif (
                (key == "schemas" and pointer == "/components")
                or key in _NOT_SPEC_KEYS
                or key.startswith("x-")
            ):
                continue
            else:
                yield from _nested_schema_fields(value, child)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nested_schema_fields(value, pointer_join(pointer, index))


def iter_subschemas(schema: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(pointer, schema)`` for a schema and every schema nested in it."""
    if not isinstance(schema, dict):
        return
    yield pointer, schema
    for key in _SCHEMA_KEYWORDS:
        if key in schema:
            yield from iter_subschemas(schema[key], pointer_join(pointer, key))
    for key in _SCHEMA_LIST_KEYWORDS:
        value = schema.get(key)
        if isinstance(value, list):
            for index, item in enumerate(value):
                yield from iter_subschemas(item, pointer_join(pointer, key, index))
    for key in _SCHEMA_MAP_KEYWORDS:
        value = schema.get(key)
        if isinstance(value, dict):
            for name, item in value.items():
                yield from iter_subschemas(item, pointer_join(pointer, key, name))


def resolve_pointer(document: Any, pointer: str) -> Any:
    """The value at a local JSON pointer; raises KeyError, IndexError or ValueError when absent."""
    node = document
    for token in pointer_parts(pointer):
        if isinstance(node, list):
            node = node[int(token)]
        elif isinstance(node, dict):
            node = node[token]
        else:
            raise KeyError(pointer)
    return node


def schema_name(ref: str) -> str | None:
    """``Pet`` for ``#/components/schemas/Pet``; None for any other reference."""
    if not ref.startswith(SCHEMA_REF):
        return None
    return ref[len(SCHEMA_REF) :].replace("~1", "/").replace("~0", "~")


def follow_refs(document: Any, node: Any) -> tuple[str | None, Any]:
    """Follow a ``$ref`` chain: the last component schema it passed and what it ends on.

    A dangling reference ends on None; a cycle stops where it would repeat.
    """
    name = None
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        ref = node["$ref"]
        seen.add(ref)
        name = schema_name(ref) or name
        try:
            node = resolve_pointer(document, ref[1:])
        except (KeyError, IndexError, ValueError):
            return name, None
    return name, node
