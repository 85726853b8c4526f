"""Success responses described inline are given a component schema, so each result is a model.

A result class must be named: a response whose schema is written in place (an object, an
array, a string...) gets a component schema, by rule:

- an array of one component schema ``Pet`` is ``PetList`` (a root model over ``list[Pet]``),
  shared by every operation returning that array;
- anything else is ``<OperationId>Response`` (``listPets`` → ``ListPetsResponse``).

A name already taken gets a number. Responses inside an envelope (``x-envelope``) keep their
own rule: the envelope's data field must name a schema.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from generator import extensions, naming
from generator.spec_walk import SCHEMA_REF, follow_refs, iter_operations, schema_name

SUCCESS_STATUSES = ("200", "201", "202", "203", "204", "206", "2XX", "default")
_ANY_MEDIA = "*/*"


def is_json_media(media_type: str) -> bool:
    """``application/json``, the ``+json`` types and ``*/*`` (which JSON satisfies)."""
    essence = media_type.split(";", 1)[0].strip().lower()
    return essence in ("application/json", _ANY_MEDIA) or essence.endswith("+json")


def success_media(document: dict[str, Any], op: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON media type object (with a schema) of the first declared success response."""
    responses = op.get("responses")
    if not isinstance(responses, dict):
        return None
    for status in SUCCESS_STATUSES:
        if status in responses:
            _, response = follow_refs(document, responses[status])
            content = response.get("content") if isinstance(response, dict) else None
            if not isinstance(content, dict):
                return None
            for media_type, media in content.items():
                if is_json_media(str(media_type)) and isinstance(media, dict) and "schema" in media:
                    return media
            return None
    return None


def lift_inline_results(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` (copied when changed) with every inline success schema made a component."""
    if extensions.root(document, "x-envelope") is not None:
        return document
    for _, _, _, op in iter_operations(document):
        media = success_media(document, op)
        if media is not None and not _is_component_ref(media["schema"]):
            return _lift(copy.deepcopy(document))
    return document


def _lift(document: dict[str, Any]) -> dict[str, Any]:
    made: dict[str, str] = {}  # the schema, as JSON → the component made for it
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    taken = {naming.class_name(name) for name in schemas}
    for _, path, method, op in iter_operations(document):
        media = success_media(document, op)
        if media is None or _is_component_ref(media["schema"]):
            continue
        schema = media["schema"]
        key = json.dumps(schema, sort_keys=True, default=str)
        if key not in made:
            want = _name_for(schema, op, method, path)
            name = naming.dedupe([want], frozenset(taken), separator="")[0]
            taken.add(name)
            schemas[name] = schema
            made[key] = name
        media["schema"] = {"$ref": SCHEMA_REF + made[key]}
    return document


def _is_component_ref(schema: Any) -> bool:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    return isinstance(ref, str) and schema_name(ref) is not None


def _name_for(schema: Any, op: dict[str, Any], method: str, path: str) -> str:
    items = schema.get("items") if isinstance(schema, dict) and schema.get("type") == "array" else None
    if _is_component_ref(items):
        assert isinstance(items, dict)
        return naming.class_name(str(schema_name(items["$ref"]))) + "List"
    operation_id = op.get("operationId") or default_operation_id(method, path)
    return naming.class_name(naming.pascal(str(operation_id), "Operation") + "Response")


def default_operation_id(method: str, path: str) -> str:
    """The operationId implied by method and path when the spec gives none: ``get_pets_pet_id``."""
    return naming.snake(f"{method} {path}", "operation")
