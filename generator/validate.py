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

Most of the time goes to checking schema objects against a meta-schema: each schema
location against JSON Schema 2020-12 (pass 2), and each schema openapi-spec-validator
reaches against its OpenAPI dialect (pass 3). Both are pure functions of the schema's
content (and, in 3.1, of the document's default dialect), so their results are kept in the
content cache (`generator.cache.Table`, one table per spec file name) under a digest of
exactly that: after an edit only schemas whose content is new are checked again.

Every other check is a whole-document check and runs over the whole document every time,
exactly as without the cache: the references (pass 1), openapi-spec-validator's structural
pass and its walk over paths and components (parameters, defaults, required lists, tag
names), the extensions (pass 4), and the lint rules but the examples' verdicts. So checks
across parts of the document (a component a changed path reaches, an operationId repeated
in an unchanged path) stay right by construction, and the problems found, their order and
lines do not depend on what the cache holds (``cached=False`` checks everything).
"""

from __future__ import annotations

import copy
from collections import deque
from collections.abc import Callable
from typing import Any, cast

from jsonschema import Draft202012Validator
from jsonschema_path.paths import SchemaPath
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.validation.exceptions import (
    DuplicateOperationIDError,
    OpenAPIValidationError,
    ParameterDuplicateError,
    UnresolvableParameterError,
)
from openapi_spec_validator.validation.keywords import OpenAPIV30SchemaValidator, OpenAPIV31SchemaValidator
from openapi_spec_validator.validation.validators import SpecValidator

from generator import cache
from generator.extensions import check_extensions
from generator.loader import LoadedSpec
from generator.openapi30 import as_openapi31, openapi_minor
from generator.problems import Problem, pointer_join, pointer_parts
from generator.spec_walk import iter_refs, iter_schema_locations

_META_SCHEMA_VALIDATOR = Draft202012Validator(Draft202012Validator.META_SCHEMA)

# These findings come without a location; the lint rules report them with one.
_REPORTED_BY_LINT = (DuplicateOperationIDError, ParameterDuplicateError, UnresolvableParameterError)

class Memo:
    """Meta-schema check results of this spec's schemas, by the digest of each schema's content."""

    def __init__(self, spec: LoadedSpec) -> None:
        self.table = cache.Table(
            "validation",
            spec.path.name,
            cache.versions(*cache.CHECK_TOOLS),
            cache.code_digest(cache.__file__, __file__),
        )

    def item(self, kind: str, value: Any, *context: bytes) -> str | None:
        """The digest of a check of kind ``kind`` on ``value``, or None when it is not kept."""
        found = cache.value_bytes(value)
        return None if found is None else cache.digest(kind.encode(), *context, found)

    def save(self) -> None:
        """Keep what this run checked for the next one."""
        self.table.save()


def validate_spec(
    spec: LoadedSpec, upgraded: LoadedSpec | None = None, *, cached: bool = True
) -> list[Problem]:
    """All structural problems of ``spec`` (OpenAPI 3.0 or 3.1, each by its own rules).

    Schemas are checked in their 3.1 form (``upgraded``, from `as_openapi31`), the rest of
    the document as written. With ``cached``, meta-schema check results are taken from and
    kept in the content cache; the problems are the same either way.
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
    memo = Memo(spec) if cached else None
    problems = _reference_problems(spec)
    problems += _schema_problems(upgraded or as_openapi31(spec), memo)
    problems += _openapi_problems(
        spec, dangling={p.pointer for p in problems if p.rule == "ref"}, minor=minor, memo=memo
    )
    problems += check_extensions(spec)
    if memo is not None:
        memo.save()
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


def _schema_problems(spec: LoadedSpec, memo: Memo | None) -> list[Problem]:
    problems = []
    for pointer, schema in iter_schema_locations(spec.document):
        item = memo.item("json-schema-2020-12", schema) if memo is not None else None
        found = memo.table.get(item) if memo is not None and item is not None else None
        if found is None:
            found = [
                [list(error.absolute_path), error.message]
                for error in _META_SCHEMA_VALIDATOR.iter_errors(schema)
            ]
            if memo is not None and item is not None:
                memo.table.put(item, found)
        for path, message in found:
            where = pointer_join(pointer, *path)
            problems.append(spec.problem(where, f"invalid schema: {message}", "schema"))
    return problems


class _KeptV30Schemas(OpenAPIV30SchemaValidator):
    """openapi-spec-validator's 3.0 schema checks, their meta-schema part kept in a `Memo`."""

    memo: Memo | None = None
    context: tuple[bytes, ...] = ()

    def _validate_schema_meta(self, schema: SchemaPath, schema_value: Any) -> OpenAPIValidationError | None:
        return _kept_meta(self.memo, self.context, super()._validate_schema_meta, schema, schema_value)


class _KeptV31Schemas(OpenAPIV31SchemaValidator):
    """openapi-spec-validator's 3.1 schema checks, their meta-schema part kept in a `Memo`."""

    memo: Memo | None = None
    context: tuple[bytes, ...] = ()

    def _validate_schema_meta(self, schema: SchemaPath, schema_value: Any) -> OpenAPIValidationError | None:
        return _kept_meta(self.memo, self.context, super()._validate_schema_meta, schema, schema_value)


def _kept_meta(
    memo: Memo | None,
    context: tuple[bytes, ...],
    check: Callable[[SchemaPath, Any], OpenAPIValidationError | None],
    schema: SchemaPath,
    value: Any,
) -> OpenAPIValidationError | None:
    """What ``check`` says of ``value``, from the memo when the same content was checked before.

    `_openapi_problems` reads only the message and the path of a finding, so a kept finding
    is those two."""
    item = memo.item("openapi-dialect", value, *context) if memo is not None else None
    found = memo.table.get(item) if memo is not None and item is not None else None
    if found is None:
        error = check(schema, value)
        found = [] if error is None else [error.message, list(error.absolute_path)]
        if memo is not None and item is not None:
            memo.table.put(item, found)
    if not found:
        return None
    message, path = found
    return OpenAPIValidationError(message, path=deque(path))


_KEPT_V30_KEYWORDS = {**OpenAPIV30SpecValidator.keyword_validators, "schema": _KeptV30Schemas}
_KEPT_V31_KEYWORDS = {**OpenAPIV31SpecValidator.keyword_validators, "schema": _KeptV31Schemas}


class _KeptV30(OpenAPIV30SpecValidator):
    keyword_validators = _KEPT_V30_KEYWORDS


class _KeptV31(OpenAPIV31SpecValidator):
    keyword_validators = _KEPT_V31_KEYWORDS


def _spec_validator(document: dict[str, Any], minor: int, memo: Memo | None) -> SpecValidator:
    """openapi-spec-validator's validator for the document's version, keeping results in ``memo``."""
    # A 3.1 schema without `$schema` is checked against the document's default dialect.
    dialect = cache.value_bytes(document.get("jsonSchemaDialect")) if minor == 1 else b""
    if memo is None or dialect is None:
        return (OpenAPIV30SpecValidator if minor == 0 else OpenAPIV31SpecValidator)(document)
    validator = (_KeptV30 if minor == 0 else _KeptV31)(document)
    schemas = cast(_KeptV30Schemas | _KeptV31Schemas, validator.keyword_validators_registry["schema"])
    schemas.memo, schemas.context = memo, (b"3.%d" % minor, dialect)
    return validator


def _openapi_problems(spec: LoadedSpec, dangling: set[str], minor: int, memo: Memo | None) -> list[Problem]:
    document = _without_dangling_refs(spec.document, dangling) if dangling else spec.document
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    try:
        for error in _spec_validator(document, minor, memo).iter_errors():
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
