"""Structural validation of an OpenAPI 3.0 or 3.1 document.

Four passes, all reporting `Problem`s with JSON pointers:

1. every ``$ref`` must point at something in the same document;
2. every schema object must be a valid JSON Schema 2020-12 schema (3.0 schemas once
   rewritten in 3.1 terms, `generator.openapi30`);
3. openapi-spec-validator (its 3.0 or its 3.1 validator) checks the rest of the structure;
4. every ``x-`` extension the generator reads must match its declaration
   (`generator.extensions`).

openapi-spec-validator stops with an exception at the first dangling reference
and reports some findings without a location, so pass 1 runs first, dangling
references are neutralised in a copy, and findings it cannot place are kept
with the document root as their location.
"""

from __future__ import annotations

import copy
from typing import Any

from jsonschema import Draft202012Validator
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.validation.exceptions import (
    DuplicateOperationIDError,
    ParameterDuplicateError,
    UnresolvableParameterError,
)

from generator.extensions import check_extensions
from generator.loader import LoadedSpec
from generator.openapi30 import as_openapi31, openapi_minor
from generator.problems import Problem, pointer_join, pointer_parts
from generator.spec_walk import iter_refs, iter_schema_locations

_META_SCHEMA_VALIDATOR = Draft202012Validator(Draft202012Validator.META_SCHEMA)

# These findings come without a location; the lint rules report them with one.
_REPORTED_BY_LINT = (DuplicateOperationIDError, ParameterDuplicateError, UnresolvableParameterError)


def validate_spec(spec: LoadedSpec, upgraded: LoadedSpec | None = None) -> list[Problem]:
    """All structural problems of ``spec`` (OpenAPI 3.0 or 3.1, each by its own rules).

    Schemas are checked in their 3.1 form (``upgraded``, from `as_openapi31`), the rest of
    the document as written.
    """
    minor = openapi_minor(spec.document)
    if minor is None:
        found = spec.document.get("openapi", spec.document.get("swagger"))
        return [
            spec.problem(
                "/openapi" if "openapi" in spec.document else "",
                f"OpenAPI version {found!r} is not supported: the generator reads 3.0.x and 3.1.x",
                "openapi",
            )
        ]
    problems = _reference_problems(spec)
    problems += _schema_problems(upgraded or as_openapi31(spec))
    problems += _openapi_problems(
        spec, dangling={p.pointer for p in problems if p.rule == "ref"}, minor=minor
    )
    problems += check_extensions(spec)
    return problems


def _reference_problems(spec: LoadedSpec) -> list[Problem]:
    problems = []
    for pointer, ref in iter_refs(spec.document):
        if not isinstance(ref, str) or not ref.startswith("#"):
            problems.append(
                spec.problem(pointer, f"only local references ('#/...') are supported, got {ref!r}", "ref")
            )
            continue
        try:
            spec.resolve(ref[1:])
        except (KeyError, IndexError, ValueError):
            problems.append(
                spec.problem(pointer, f"dangling reference {ref!r}: nothing is defined there", "ref")
            )
    return problems


def _schema_problems(spec: LoadedSpec) -> list[Problem]:
    problems = []
    for pointer, schema in iter_schema_locations(spec.document):
        for error in _META_SCHEMA_VALIDATOR.iter_errors(schema):
            where = pointer_join(pointer, *error.absolute_path)
            problems.append(spec.problem(where, f"invalid schema: {error.message}", "schema"))
    return problems


def _openapi_problems(spec: LoadedSpec, dangling: set[str], minor: int) -> list[Problem]:
    document = _without_dangling_refs(spec.document, dangling) if dangling else spec.document
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    try:
        validator = OpenAPIV30SpecValidator if minor == 0 else OpenAPIV31SpecValidator
        for error in validator(document).iter_errors():
            if isinstance(error, _REPORTED_BY_LINT):
                continue
            pointer = _locate(spec, list(getattr(error, "absolute_path", [])))
            if pointer is None:
                # A relative path inside a schema: pass 2 reports schema errors
                # with their full location.
                continue
            # The validator appends the failing schema and instance on further lines; one
            # problem is one line of output, and the pointer already says where.
            message = error.message.split("\n", 1)[0].strip()
            key = (pointer, message)
            if key not in seen:
                seen.add(key)
                problems.append(spec.problem(pointer, message, "openapi"))
    except Exception as exc:  # noqa: BLE001 - the validator's own failures become findings
        problems.append(
            spec.problem("", f"OpenAPI validation could not finish: {type(exc).__name__}: {exc}", "openapi")
        )
    return problems


def _locate(spec: LoadedSpec, path: list[Any]) -> str | None:
    """The pointer for a validator path, or None when it is not a path from the root."""
    pointer = pointer_join("", *path)
    if not path:
        return pointer
    try:
        spec.resolve(pointer)
    except (KeyError, IndexError, ValueError):
        return None
    return pointer


def _without_dangling_refs(document: dict[str, Any], dangling: set[str]) -> dict[str, Any]:
    clone = copy.deepcopy(document)
    for pointer in dangling:
        holder = _parent_of_ref(clone, pointer)
        if holder is not None:
            del holder["$ref"]
    return clone


def _parent_of_ref(document: dict[str, Any], ref_pointer: str) -> dict[str, Any] | None:
    node: Any = document
    tokens = list(pointer_parts(ref_pointer))[:-1]
    for token in tokens:
        node = node[int(token)] if isinstance(node, list) else node.get(token)
        if node is None:
            return None
    return node if isinstance(node, dict) else None
