"""Validation and house rules of the AsyncAPI document, as located `Problem`s.

1. every ``$ref`` points at something in the same document;
2. the document matches the AsyncAPI 3.0.0 JSON Schema (draft-07, vendored: no network);
3. house rules: every operation's messages belong to its channel; every component schema
   property has a description; ``format: decimal`` only on strings; every message has an
   example, and each example's payload matches the message's payload schema; every ``x-``
   key is declared in the shared vocabulary (generator/extensions.yaml).
"""

from __future__ import annotations

import dataclasses
import functools
import json
from pathlib import Path
from typing import Any

from jsonschema import Draft7Validator, Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator.extensions import vocabulary
from generator.loader import LoadedSpec, load_spec
from generator.problems import Problem, Severity, SpecError, errors_in, pointer_join
from generator.spec_walk import iter_refs

SCHEMA_FILE = Path(__file__).resolve().parent / "asyncapi-3.0.0.schema.json"
_ROOT = "urn:sixmm:asyncapi-document"


@functools.cache
def _document_validator() -> Draft7Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return Draft7Validator(schema)


def check_streams(path: Path) -> tuple[LoadedSpec, list[Problem]]:
    """Load and check the AsyncAPI document at ``path``; raise `SpecError` on any error."""
    spec = load_spec(path)
    problems = validate_streams(spec)
    if not errors_in(problems):
        problems += lint_streams(spec)
    if errors_in(problems):
        raise SpecError(problems)
    return spec, problems


def validate_streams(spec: LoadedSpec) -> list[Problem]:
    """References, then the AsyncAPI 3.0 JSON Schema."""
    problems = []
    for pointer, ref in iter_refs(spec.document):
        if not isinstance(ref, str) or not ref.startswith("#"):
            problems.append(spec.problem(pointer, f"only local references are supported, got {ref!r}", "ref"))
            continue
        try:
            spec.resolve(ref[1:])
        except (KeyError, IndexError, ValueError):
            problems.append(spec.problem(pointer, f"dangling reference {ref!r}", "ref"))
    if problems:
        return problems
    seen: set[tuple[str, str]] = set()
    # best_match per path: a oneOf failure otherwise reports every branch it did not take.
    for error in sorted(_document_validator().iter_errors(spec.document), key=lambda e: list(e.path)):
        pointer = pointer_join("", *error.absolute_path)
        message = error.message.split("\n", 1)[0]
        if (pointer, message) not in seen:
            seen.add((pointer, message))
            problems.append(spec.problem(pointer, f"not valid AsyncAPI 3.0: {message}", "asyncapi"))
    return problems


def lint_streams(spec: LoadedSpec) -> list[Problem]:
    """Every house-rule problem of a schema-valid document."""
    return _operation_messages(spec) + _schema_rules(spec) + _examples(spec) + _extensions(spec)


def _extensions(spec: LoadedSpec) -> list[Problem]:
    """One ``x-`` vocabulary for both documents: an undeclared extension is an error, and a
    declared one is a warning, since the stream generator reads none of them."""
    declared = vocabulary().extensions
    problems = []
    for where, node in _walk(spec.document, ""):
        for key in node:
            if not (isinstance(key, str) and key.startswith("x-")):
                continue
            at = pointer_join(where, key)
            if key not in declared:
                problems.append(
                    spec.problem(at, f"{key} is not declared in generator/extensions.yaml", "extensions")
                )
            else:
                problem = spec.problem(at, f"{key} is not read for the stream document", "extensions")
                problems.append(dataclasses.replace(problem, severity=Severity.WARNING))
    return problems


def _operation_messages(spec: LoadedSpec) -> list[Problem]:
    problems = []
    for name, operation in spec.document.get("operations", {}).items():
        channel_ref = operation.get("channel", {}).get("$ref", "")
        for index, message in enumerate(operation.get("messages", [])):
            ref = message.get("$ref", "")
            if not ref.startswith(channel_ref + "/messages/"):
                where = pointer_join("/operations", name, "messages", index)
                problems.append(
                    spec.problem(where, f"{ref!r} is not a message of the operation's channel", "lint")
                )
    return problems


def _schema_rules(spec: LoadedSpec) -> list[Problem]:
    problems = []
    for name, schema in spec.document.get("components", {}).get("schemas", {}).items():
        base = pointer_join("/components/schemas", name)
        for field, prop in (schema.get("properties") or {}).items():
            where = pointer_join(base, "properties", field)
            if "$ref" not in prop and not prop.get("description"):
                problems.append(spec.problem(where, "every property needs a description", "lint"))
        for where, node in _walk(schema, base):
            if node.get("format") == "decimal" and node.get("type") != "string":
                problems.append(spec.problem(where, "decimals are strings on the wire", "lint"))
    return problems


def _walk(node: Any, pointer: str) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        found.append((pointer, node))
        for key, value in node.items():
            found.extend(_walk(value, pointer_join(pointer, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_walk(value, pointer_join(pointer, index)))
    return found


def _examples(spec: LoadedSpec) -> list[Problem]:
    """Each message's examples validate against its payload (references resolved in place)."""
    document = spec.document
    registry: Registry[Any] = Registry().with_resource(_ROOT, DRAFT202012.create_resource(document))
    problems = []
    for name, message in document.get("components", {}).get("messages", {}).items():
        base = pointer_join("/components/messages", name)
        examples = message.get("examples") or []
        if not examples:
            problems.append(spec.problem(base, "every message needs an example", "lint"))
        payload = message.get("payload")
        if not isinstance(payload, dict):
            continue
        schema = {"$ref": _ROOT + payload["$ref"]} if "$ref" in payload else payload
        validator = Draft202012Validator(schema, registry=registry)
        for index, example in enumerate(examples):
            for error in validator.iter_errors(example.get("payload")):
                where = pointer_join(base, "examples", index, "payload", *error.absolute_path)
                problems.append(
                    spec.problem(where, f"example does not match the payload: {error.message}", "lint")
                )
    return problems
