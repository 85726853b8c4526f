"""House rules on top of OpenAPI validity.

Each rule is a function from the loaded spec to a list of problems; `lint_spec`
runs them all. Rules assume the document passed structural validation, but never
crash on a malformed one: anything unexpected is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator import cache, naming
from generator.loader import LoadedSpec
from generator.problems import Problem, Severity, pointer_join
from generator.runtime._decimal import DECIMAL_PATTERN
from generator.spec_walk import (
    follow_refs,
    iter_operations,
    iter_refs,
    iter_schema_locations,
    iter_subschemas,
)

Rule = Callable[[LoadedSpec], list[Problem]]

_PATH_TEMPLATE = re.compile(r"\{([^{}]+)\}")
# Words that mark a money or ratio field, which must travel as a decimal string.
DECIMAL_WORDS = frozenset(
    {
        "amount",
        "balance",
        "commission",
        "drawdown",
        "equity",
        "fee",
        "margin",
        "notional",
        "pnl",
        "price",
        "profit",
        "qty",
        "quantity",
        "rate",
        "transfer",
        "volume",
    }
)
_SPEC_URI = "urn:openapi-spec"
_SUCCESS = re.compile(r"^(2\d\d|2XX)$")


def rule_operation_ids(spec: LoadedSpec) -> list[Problem]:
    """No two operations share an operationId (OpenAPI requires it)."""
    problems = []
    for operation_id, where, first in _operation_ids(spec)[1]:
        problems.append(
            spec.problem(
                pointer_join(where, "operationId"),
                f"operationId {operation_id!r} is already used at {first}",
                "operation-id",
            )
        )
    return problems


def _operation_ids(spec: LoadedSpec) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """operationId → pointer of its first operation, and ``(id, pointer, first)`` of repeats."""
    first_seen: dict[str, str] = {}
    repeats = []
    for pointer, _, _, op in iter_operations(spec.document):
        operation_id = op.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            continue
        if operation_id in first_seen:
            repeats.append((operation_id, pointer, first_seen[operation_id]))
        else:
            first_seen[operation_id] = pointer
    return first_seen, repeats


def rule_operation_id_style(spec: LoadedSpec) -> list[Problem]:
    """Every operation has an operationId, and no two give the same method name."""
    problems = []
    for pointer, _, _, op in iter_operations(spec.document):
        operation_id = op.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            problems.append(spec.problem(pointer, "operation has no operationId", "operation-id"))
    snake_ids: dict[str, str] = {}
    for operation_id, where in _operation_ids(spec)[0].items():
        snake = naming.snake(operation_id)
        if snake in snake_ids:
            problems.append(
                spec.problem(
                    pointer_join(where, "operationId"),
                    f"operationIds {operation_id!r} and {snake_ids[snake]!r} give one method name {snake!r}",
                    "operation-id",
                )
            )
        snake_ids[snake] = operation_id
    return problems


def rule_documented_operations(spec: LoadedSpec) -> list[Problem]:
    """Every operation has a summary, a description and exactly one declared tag."""
    problems = []
    declared = {t.get("name") for t in spec.document.get("tags", []) if isinstance(t, dict)}
    for pointer, _, _, op in iter_operations(spec.document):
        for key in ("summary", "description"):
            if not str(op.get(key, "")).strip():
                problems.append(spec.problem(pointer, f"operation has no {key}", "documented"))
        tags = op.get("tags")
        if not isinstance(tags, list) or len(tags) != 1:
            problems.append(spec.problem(pointer, "operation must have exactly one tag", "tags"))
        elif tags[0] not in declared:
            problems.append(
                spec.problem(
                    pointer_join(pointer, "tags", 0), f"tag {tags[0]!r} is not declared in /tags", "tags"
                )
            )
    return problems


def _resolved(spec: LoadedSpec, node: Any) -> Any:
    return follow_refs(spec.document, node)[1]


def rule_parameters(spec: LoadedSpec) -> list[Problem]:
    """Parameters are declared once, and every path template variable is a path parameter."""
    problems = []
    for pointer, path, _, op in iter_operations(spec.document):
        path_item = spec.document["paths"][path]
        seen: dict[tuple[str, str], str] = {}
        declared_path_params = set()
        for base, params in (
            (pointer.rsplit("/", 1)[0], path_item.get("parameters", [])),
            (pointer, op.get("parameters", [])),
        ):
            level_seen: set[tuple[str, str]] = set()
            for index, param in enumerate(params if isinstance(params, list) else []):
                resolved = _resolved(spec, param)
                if not isinstance(resolved, dict):
                    continue
                key = (str(resolved.get("name")), str(resolved.get("in")))
                where = pointer_join(base, "parameters", index)
                if key in level_seen:
                    problems.append(
                        spec.problem(
                            where,
                            f"parameter {key[0]!r} in {key[1]} is declared twice (first at {seen[key]})",
                            "parameters",
                        )
                    )
                level_seen.add(key)
                seen[key] = where
                if key[1] == "path":
                    declared_path_params.add(key[0])
        for name in _PATH_TEMPLATE.findall(path):
            if name not in declared_path_params:
                problems.append(
                    spec.problem(
                        pointer, f"path template variable {{{name}}} has no path parameter", "parameters"
                    )
                )
        for name in declared_path_params - set(_PATH_TEMPLATE.findall(path)):
            problems.append(
                spec.problem(pointer, f"path parameter {name!r} is not in the path {path!r}", "parameters")
            )
    return problems


def rule_success_schemas(spec: LoadedSpec) -> list[Problem]:
    """Every 2xx response (except 204) has a JSON schema."""
    problems = []
    for pointer, _, _, op in iter_operations(spec.document):
        responses = op.get("responses", {})
        if not isinstance(responses, dict):
            continue
        if not any(_SUCCESS.match(str(status)) for status in responses):
            problems.append(spec.problem(pointer_join(pointer, "responses"), "no 2xx response", "responses"))
        for status, response in responses.items():
            if not _SUCCESS.match(str(status)) or str(status) == "204":
                continue
            resolved = _resolved(spec, response)
            content = resolved.get("content") if isinstance(resolved, dict) else None
            media = content.get("application/json") if isinstance(content, dict) else None
            if not isinstance(media, dict) or "schema" not in media:
                problems.append(
                    spec.problem(
                        pointer_join(pointer, "responses", status),
                        "success response has no application/json schema",
                        "responses",
                    )
                )
    return problems


def _string_properties(spec: LoadedSpec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for base, schema in iter_schema_locations(spec.document):
        for pointer, sub in iter_subschemas(schema, base):
            props = sub.get("properties")
            if not isinstance(props, dict):
                continue
            for name, prop in props.items():
                if isinstance(prop, dict) and prop.get("type") == "string":
                    yield pointer_join(pointer, "properties", name), str(name), prop


def rule_decimal_strings(spec: LoadedSpec) -> list[Problem]:
    """String fields named like money or ratios declare ``format: decimal``."""
    problems = []
    for pointer, name, prop in _string_properties(spec):
        if DECIMAL_WORDS & set(naming.words(name)) and prop.get("format") != "decimal" and "enum" not in prop:
            problems.append(
                spec.problem(
                    pointer,
                    f"string field {name!r} looks like a decimal amount: declare `format: decimal`",
                    "decimal-format",
                )
            )
        if prop.get("format") == "decimal" and prop.get("pattern") != DECIMAL_PATTERN:
            # The runtime's decimal type enforces exactly this pattern on every decimal field.
            problems.append(
                spec.problem(
                    pointer,
                    f"decimal field {name!r} must declare `pattern: '{DECIMAL_PATTERN}'` for its literals",
                    "decimal-format",
                )
            )
    return problems


def _examples(node: Any, pointer: str) -> Iterator[tuple[str, str, Any]]:
    """``(example pointer, schema pointer, value)`` for media types and parameters with examples."""
    if isinstance(node, dict):
        if node.get("schema") is not None:
            schema = pointer_join(pointer, "schema")
            if "example" in node:
                yield pointer_join(pointer, "example"), schema, node["example"]
            examples = node.get("examples")
            if isinstance(examples, dict):
                for key, example in examples.items():
                    if isinstance(example, dict) and "value" in example:
                        yield pointer_join(pointer, "examples", key, "value"), schema, example["value"]
        for key, value in node.items():
            if key not in ("schema", "example", "examples") and not key.startswith("x-"):
                yield from _examples(value, pointer_join(pointer, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _examples(value, pointer_join(pointer, index))


def rule_examples(spec: LoadedSpec, table: cache.Table | None = None) -> list[Problem]:
    """Every example (media type, parameter and schema-level) is valid against its schema.

    With a ``table`` (`examples_table`), the verdict on an example is kept under a digest of
    everything it can depend on (the example, its schema, the components its references
    reach) and taken from there when that digest comes again.
    """
    registry: Registry[Any] = Registry().with_resource(
        _SPEC_URI, Resource.from_contents(spec.document, default_specification=DRAFT202012)
    )
    problems = []
    checks = list(_examples(spec.document.get("paths", {}), "/paths"))
    checks += list(_examples(spec.document.get("components", {}), "/components"))
    for base, schema in iter_schema_locations(spec.document):
        for pointer, sub in iter_subschemas(schema, base):
            for index, value in enumerate(
                sub.get("examples", []) if isinstance(sub.get("examples"), list) else []
            ):
                checks.append((pointer_join(pointer, "examples", index), pointer, value))
    context = _examples_context(spec.document) if table is not None else None
    for pointer, schema_pointer, value in checks:
        item = _example_item(spec, context, schema_pointer, value) if context is not None else None
        messages = table.get(item) if table is not None and item is not None else None
        if messages is None:
            messages, keep = _example_messages(registry, schema_pointer, value)
            if table is not None and item is not None and keep:
                table.put(item, messages)
        problems += [spec.problem(pointer, message, "examples") for message in messages]
    return problems


def _failure(exc: Exception) -> str:
    """The failure's first line, without the document that jsonschema's messages quote after
    "within" (the whole spec, for a reference into it)."""
    text = str(exc).split("\n", 1)[0].split(" within ", 1)[0]
    if len(text) > 200:
        text = text[:199] + "…"
    return text or type(exc).__name__


def _example_messages(registry: Registry[Any], schema_pointer: str, value: Any) -> tuple[list[str], bool]:
    """What is wrong with ``value`` as an instance of the schema at ``schema_pointer``, and
    whether that verdict may be kept (not when checking failed: the failure's text may quote
    any part of the document)."""
    # Validating through a reference into the whole document resolves its local $refs.
    schema = {"$ref": f"{_SPEC_URI}#{quote(schema_pointer, safe='/~')}"}
    try:
        validator = Draft202012Validator(schema, registry=registry, format_checker=FormatChecker())
        errors = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
    except Exception as exc:  # noqa: BLE001 - an unusable schema is reported, not raised
        return [f"cannot check example: {_failure(exc)}"], False
    messages = []
    for error in errors[:5]:
        where = "/".join(str(p) for p in error.absolute_path) or "<root>"
        messages.append(f"example is invalid at {where}: {error.message}")
    return messages, True


# Keywords that make a reference depend on more than the text it points at.
_SCOPED_KEYWORDS = (b"$anchor", b"$dynamicAnchor", b"$dynamicRef", b"$recursiveRef", b"$recursiveAnchor")
_COMPONENT_REF = "#/components/"


def examples_table(spec: LoadedSpec) -> cache.Table:
    """The content cache table of `rule_examples` verdicts for ``spec``."""
    return cache.Table(
        "examples",
        spec.path.name,
        cache.versions(*cache.CHECK_TOOLS),
        cache.code_digest(__file__, cache.__file__),
    )


def _plain_references(node: Any, data: bytes) -> bool:
    """Whether every reference in ``node`` (written as ``data``) points into the components."""
    if any(keyword in data for keyword in _SCOPED_KEYWORDS):
        return False
    return all(
        isinstance(ref, str) and ref.startswith(_COMPONENT_REF) and "%" not in ref
        for _, ref in iter_refs(node)
    )


def _examples_context(document: dict[str, Any]) -> bytes | None:
    """The digest of what every example's references can reach (the components), or None when
    references may reach further (or be read another way), and no verdict is kept."""
    if "$schema" in document or "$id" in document:
        return None  # the document's own dialect or base changes how references resolve
    components = document.get("components", {})
    data = cache.value_bytes(components)
    if data is None or not _plain_references(components, data):
        return None
    return cache.digest(data).encode()


def _example_item(spec: LoadedSpec, context: bytes, schema_pointer: str, value: Any) -> str | None:
    """The digest of one example check, or None when it is not kept."""
    try:
        schema = spec.resolve(schema_pointer)
    except (KeyError, IndexError, ValueError):
        return None
    schema_data, value_data = cache.value_bytes(schema), cache.value_bytes(value)
    if schema_data is None or value_data is None or not _plain_references(schema, schema_data):
        return None
    return cache.digest(context, schema_pointer.encode(), schema_data, value_data)


_REFERABLE = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "links",
    "callbacks",
)


def rule_unused_components(spec: LoadedSpec) -> list[Problem]:
    """Every reusable component is referenced somewhere: an unreferenced one is dead text.

    A warning, not an error: nothing generated is wrong because of it (our own spec must
    have no warnings at all; its tests say so).
    """
    referenced = {ref for _, ref in iter_refs(spec.document) if isinstance(ref, str)}
    components = spec.document.get("components")
    problems = []
    for kind in _REFERABLE:
        entries = components.get(kind) if isinstance(components, dict) else None
        if not isinstance(entries, dict):
            continue
        for name in entries:
            pointer = pointer_join("", "components", kind, name)
            if "#" + pointer not in referenced:
                found = spec.problem(
                    pointer, f"{kind[:-1]} {name!r} is referenced nowhere", "unused-component"
                )
                problems.append(replace(found, severity=Severity.WARNING))
    return problems


VALIDITY_RULES: tuple[Rule, ...] = (
    rule_operation_ids,
    rule_parameters,
    rule_unused_components,
)
"""Checks of what OpenAPI itself requires (or, for unused components, warnings): every spec."""

HOUSE_RULES: tuple[Rule, ...] = (
    rule_operation_id_style,
    rule_documented_operations,
    rule_success_schemas,
    rule_decimal_strings,
    rule_examples,
)
"""Our own spec's profile, on when codegen.toml says ``[lint] house_rules = true``."""

RULES: tuple[Rule, ...] = VALIDITY_RULES + HOUSE_RULES


def lint_spec(spec: LoadedSpec, *, house_rules: bool = True, cached: bool = True) -> list[Problem]:
    """Every problem the validity rules, and the house rules when asked, find in ``spec``.

    With ``cached``, verdicts on examples are taken from and kept in the content cache
    (`rule_examples`); the problems are the same either way.
    """
    problems: list[Problem] = []
    table = examples_table(spec) if cached and house_rules else None
    for rule in VALIDITY_RULES + (HOUSE_RULES if house_rules else ()):
        problems.extend(rule_examples(spec, table) if rule is rule_examples else rule(spec))
    if table is not None:
        table.save()
    return problems
