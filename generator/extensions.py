"""The declared ``x-`` vocabulary: what each extension means, where it goes, what it must be.

`extensions.yaml` beside this module declares every extension the generator reads, each
with a JSON Schema 2020-12. This module is its only reader:

* `check_extensions` validates a spec's extension values in the validation stage, so a
  malformed value is a located problem (file, line, JSON pointer), never a traceback later;
  the declared schemas themselves are checked there too, when their validators are built;
* `read` gives a validated value with the declared defaults filled in, for the
  intermediate model's readers (`generator.ir.conventions`): it trusts the checked spec and
  checks nothing itself (a value it cannot use is reported by the validation stage, whose
  problems come first);
* `render_markdown` writes the vocabulary as the reference page docs/extensions.md.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from generator.loader import LoadedSpec
from generator.problems import Problem, Severity, pointer_join
from generator.spec_walk import iter_operations, iter_schema_locations, iter_subschemas

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

VOCABULARY_FILE = Path(__file__).with_name("extensions.yaml")
LOCATIONS = ("root", "operation", "security-scheme", "schema")
_LOCATION_TEXT = {
    "root": "the document root",
    "operation": "an operation",
    "security-scheme": "a security scheme (components/securitySchemes)",
    "schema": "a schema",
}


@dataclass(frozen=True)
class Extension:
    """One declared extension."""

    name: str
    at: str
    description: str
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class Vocabulary:
    """Every declared extension, and the shared definitions their schemas refer to."""

    extensions: Mapping[str, Extension]
    definitions: Mapping[str, Any]

    def at(self, location: str) -> list[Extension]:
        """The extensions that may appear at ``location``, in declaration order."""
        return [ext for ext in self.extensions.values() if ext.at == location]

    def full_schema(self, name: str) -> dict[str, Any]:
        """The schema of ``name`` with the shared ``$defs``, ready for a validator."""
        return {**self.extensions[name].schema, "$defs": dict(self.definitions)}


# libyaml's loader when PyYAML has it: the pure one took longer than everything else
# the intermediate model does with the vocabulary.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def vocabulary() -> Vocabulary:
    """The vocabulary declared in extensions.yaml (read once, not checked: see `_validator`)."""
    text = VOCABULARY_FILE.read_text(encoding="utf-8")
    raw = yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader, libyaml's or the pure one
    definitions = raw.pop("$defs", {})
    extensions = {
        name: Extension(name, entry["at"], entry["description"].strip(), entry["schema"])
        for name, entry in raw.items()
    }
    for ext in extensions.values():
        assert ext.at in LOCATIONS, f"{ext.name}: unknown location {ext.at!r}"
    return Vocabulary(extensions, definitions)


@functools.cache
def _validator(name: str) -> Draft202012Validator:
    """The validator of extension ``name``'s values, its declared schema checked first.

    The one place a declaration is checked against JSON Schema 2020-12: every value is
    validated through here before anything reads it, so a broken declaration stops the
    validation stage, and readers (`read`) need not check it again.
    """
    from jsonschema import Draft202012Validator  # noqa: PLC0415 - only validation needs it

    schema = vocabulary().full_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


# -- validation -------------------------------------------------------------------------


def _holders(document: dict[str, Any], location: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(pointer, object)`` of every object in ``document`` that is a ``location``."""
    if location == "root":
        yield "", document
    elif location == "operation":
        for pointer, _, _, operation in iter_operations(document):
            yield pointer, operation
    elif location == "security-scheme":
        components = document.get("components")
        schemes = components.get("securitySchemes") if isinstance(components, dict) else None
        if isinstance(schemes, dict):
            for name, scheme in schemes.items():
                if isinstance(scheme, dict):
                    yield pointer_join("", "components", "securitySchemes", name), scheme
    else:
        for pointer, schema in iter_schema_locations(document):
            yield from iter_subschemas(schema, pointer)


def check_extensions(spec: LoadedSpec) -> list[Problem]:
    """Every declared extension value of ``spec`` that does not match its declaration.

    Also warns about a declared extension placed where the generator does not read it.
    """
    vocab = vocabulary()
    problems: list[Problem] = []
    for location in LOCATIONS:
        declared = {ext.name for ext in vocab.at(location)}
        for pointer, holder in _holders(spec.document, location):
            for key, value in holder.items():
                if not isinstance(key, str) or not key.startswith("x-") or key not in vocab.extensions:
                    continue
                where = pointer_join(pointer, key)
                if key not in declared:
                    if location != "schema":
                        problems.append(_misplaced(spec, where, vocab.extensions[key]))
                    continue
                problems += _value_problems(spec, key, value, where, holder)
    return problems


def _misplaced(spec: LoadedSpec, where: str, ext: Extension) -> Problem:
    found = spec.problem(
        where, f"{ext.name} belongs on {_LOCATION_TEXT[ext.at]}; here it is ignored", "extension"
    )
    return Problem(found.file, found.line, found.pointer, found.message, found.rule, Severity.WARNING)


def _value_problems(
    spec: LoadedSpec, name: str, value: Any, where: str, holder: dict[str, Any]
) -> list[Problem]:
    problems = [
        spec.problem(pointer_join(where, *error.absolute_path), f"{name}: {error.message}", "extension")
        for error in sorted(_validator(name).iter_errors(value), key=lambda e: list(map(str, e.path)))
    ]
    if problems:
        return problems
    for path, (low, high) in _ranges(value):
        if low > high:
            problems.append(
                spec.problem(
                    pointer_join(where, *path),
                    f"{name}: the range [{low}, {high}] is empty (low > high)",
                    "extension",
                )
            )
    enum = holder.get("enum")
    if name == "x-enum-varnames" and isinstance(enum, list) and len(value) != len(enum):
        problems.append(
            spec.problem(
                where, f"x-enum-varnames: {len(value)} names for {len(enum)} enum values", "extension"
            )
        )
    return problems


def _ranges(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """Every ``[low, high]`` pair under a ``...Ranges`` member, with its path."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key.endswith("Ranges") and isinstance(item, list):
                for index, pair in enumerate(item):
                    yield (*path, key, index), pair
            else:
                yield from _ranges(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _ranges(item, (*path, index))


# -- reading ----------------------------------------------------------------------------


def read(name: str, value: Any) -> Any:
    """A validated value of extension ``name`` with every declared default filled in."""
    vocab = vocabulary()
    return _with_defaults(vocab.extensions[name].schema, value, vocab.definitions)


def _with_defaults(schema: Mapping[str, Any], value: Any, definitions: Mapping[str, Any]) -> Any:
    schema = _resolved(schema, definitions)
    if isinstance(value, dict) and isinstance(schema.get("properties"), dict):
        filled = dict(value)
        for key, prop in schema["properties"].items():
            if key in filled:
                filled[key] = _with_defaults(prop, filled[key], definitions)
            elif "default" in _resolved(prop, definitions):
                filled[key] = _with_defaults(prop, _resolved(prop, definitions)["default"], definitions)
        return filled
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [_with_defaults(schema["items"], item, definitions) for item in value]
    return value


def _resolved(schema: Mapping[str, Any], definitions: Mapping[str, Any]) -> Mapping[str, Any]:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return {**definitions[ref.rsplit("/", 1)[-1]], **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def root(document: Mapping[str, Any], name: str) -> Any:
    """The root extension ``name`` with defaults, or None when the document does not use it."""
    return read(name, document[name]) if name in document else None


# -- documentation ----------------------------------------------------------------------


def render_markdown() -> str:
    """The vocabulary as a Markdown reference page (docs/extensions.md)."""
    vocab = vocabulary()
    lines = [
        "# The x- vocabulary",
        "",
        "<!-- Rendered from generator/extensions.yaml by `python -m generator extensions`; "
        "do not edit. -->",
        "",
        "Every OpenAPI extension the generator reads. Each value is validated against the schema",
        "below before anything else reads it; a mismatch is reported with file, line and JSON",
        "pointer, and generation stops with exit status 2. Members left out take the default shown.",
        "",
        "| extension | where | what it declares |",
        "| --- | --- | --- |",
    ]
    for ext in vocab.extensions.values():
        first = " ".join(ext.description.split()).split(". ")[0].rstrip(".")
        lines.append(f"| [`{ext.name}`](#{ext.name}) | {_LOCATION_TEXT[ext.at]} | {first}. |")
    for ext in vocab.extensions.values():
        lines += ["", f"## {ext.name}", "", f"On {_LOCATION_TEXT[ext.at]}.", ""]
        lines += [" ".join(ext.description.split()), ""]
        lines += _schema_table(ext.schema, vocab.definitions)
    return "\n".join(lines) + "\n"


def _schema_table(schema: Mapping[str, Any], definitions: Mapping[str, Any]) -> list[str]:
    schema = _resolved(schema, definitions)
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        items = _resolved(schema["items"], definitions)
        if isinstance(items.get("properties"), dict):
            return ["A list of objects:", "", *_schema_table(items, definitions)]
        return [f"Value: {_type_text(schema, definitions)}."]
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        return [f"Value: {_type_text(schema, definitions)}."]
    required = set(schema.get("required", []))
    rows = ["| member | type | default | meaning |", "| --- | --- | --- | --- |"]
    for key, prop in properties.items():
        resolved = _resolved(prop, definitions)
        default = (
            "required"
            if key in required
            else f"`{_json(resolved['default'])}`" if "default" in resolved else ""
        )
        meaning = " ".join(str(resolved.get("description", "")).split())
        rows.append(f"| `{key}` | {_type_text(resolved, definitions)} | {default} | {meaning} |")
        nested = resolved.get("properties")
        if isinstance(nested, dict):
            for sub_key, sub in nested.items():
                sub_resolved = _resolved(sub, definitions)
                sub_default = (
                    "required"
                    if sub_key in set(resolved.get("required", []))
                    else f"`{_json(sub_resolved['default'])}`" if "default" in sub_resolved else ""
                )
                rows.append(
                    f"| `{key}.{sub_key}` | {_type_text(sub_resolved, definitions)} | {sub_default} "
                    f"| {' '.join(str(sub_resolved.get('description', '')).split())} |"
                )
    return rows


def _type_text(schema: Mapping[str, Any], definitions: Mapping[str, Any]) -> str:
    schema = _resolved(schema, definitions)
    if "const" in schema:
        return f"`{_json(schema['const'])}`"
    if "enum" in schema:
        return " or ".join(f"`{_json(v)}`" for v in schema["enum"])
    kind = schema.get("type", "any")
    if isinstance(kind, list):  # a nullable member: "string or null"
        kind = " or ".join(str(k) for k in kind)
    if kind == "array":
        items = schema.get("items")
        if isinstance(items, dict):
            return f"list of {_type_text(items, definitions)}"
        return "`[low, high]` pair of integers"
    bounds = []
    if "minimum" in schema:
        bounds.append(f"≥ {schema['minimum']}")
    if "exclusiveMinimum" in schema:
        bounds.append(f"> {schema['exclusiveMinimum']}")
    if "maximum" in schema:
        bounds.append(f"≤ {schema['maximum']}")
    if "pattern" in schema:
        bounds.append(f"matching `{schema['pattern']}`")
    return str(kind) + (f" ({', '.join(bounds)})" if bounds else "")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
