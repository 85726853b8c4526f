"""Each operation's request rules, compiled from its parameters and JSON body schema.

The result is the runtime's `RequestChecks` table (see the runtime's ``_checks`` module,
which applies it in the client and the local exchange). Covered: ``type`` (one type, or one
type and ``null``), ``enum``, ``const``, ``format`` (``decimal``, ``int32``, ``int64``),
``minimum``, ``maximum``, ``exclusiveMinimum``, ``exclusiveMaximum``, ``minLength``,
``maxLength``, ``pattern``, ``minItems``, ``maxItems``, ``required`` (less ``readOnly``
fields), ``properties``, ``items``, ``$ref`` and ``allOf`` (merged), ``if``/``then``/``else``
whose ``if`` tests sibling fields by ``const``/``enum``/presence (or is the ``not`` of such a
test) and whose ``then``/``else`` require fields or constrain them, ``anyOf``/``oneOf`` of
required sets (and of a schema and ``null``), and the operation's ``x-require-any-of``.

A keyword outside that list is not checked: the rest of its schema still is (leaving a
constraint out can only let a request through, never refuse a valid one), and the reason is
recorded on the operation (`Operation.checks_skipped`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from generator import extensions
from generator.ir.context import BuildContext
from generator.runtime._operations import (
    Condition,
    ConditionalRule,
    FieldRule,
    Limits,
    ObjectRules,
    RequestChecks,
    RequiredSets,
    ValueRule,
)

__all__ = ["compile_checks"]

# Keywords that say nothing a request must meet.
_ANNOTATIONS = frozenset(
    {
        "$schema",
        "$id",
        "$anchor",
        "$comment",
        "$defs",
        "definitions",
        "title",
        "description",
        "default",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "xml",
        "externalDocs",
        "discriminator",
        "contentMediaType",
        "contentEncoding",
        "contentSchema",
    }
)
_HANDLED = frozenset(
    {
        "$ref",
        "type",
        "enum",
        "const",
        "format",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "pattern",
        "minItems",
        "maxItems",
        "required",
        "properties",
        "items",
        "allOf",
        "anyOf",
        "oneOf",
        "if",
        "then",
        "else",
    }
)
_FORMAT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_KINDS = {"string", "integer", "number", "boolean", "array", "object"}


@dataclass
class _Compiler:
    ctx: BuildContext
    where: str
    skipped: list[str] = field(default_factory=list)
    stack: tuple[str, ...] = ()

    def skip(self, path: str, reason: str) -> None:
        self.skipped.append(f"{self.where}{path}: {reason}")

    # -- schemas to conjuncts --------------------------------------------------------------------

    def conjuncts(
        self, schema: Any, path: str, stack: tuple[str, ...]
    ) -> list[tuple[dict[str, Any], tuple[str, ...]]]:
        """The schemas that all apply to a value: ``schema`` with its ``$ref`` and ``allOf`` expanded."""
        if schema is True or schema is None:
            return []
        if not isinstance(schema, dict):
            self.skip(path, "a schema that is not an object is not checked")
            return []
        found = [(schema, stack)]
        if "$ref" in schema:
            name, target = self.ctx.deref({"$ref": schema["$ref"]})
            if name is not None and name in stack:
                self.skip(path, f"recursive schema {name!r}: its nested levels are not checked")
            else:
                found += self.conjuncts(target, path, stack + ((name,) if name else ()))
        for part in schema.get("allOf", []) or []:
            found += self.conjuncts(part, path, stack)
        return found

    # -- values ----------------------------------------------------------------------------------

    def value(self, schemas: list[Any], path: str, stack: tuple[str, ...] | None = None) -> ValueRule:
        """The rule of a value that every one of ``schemas`` applies to."""
        parts: list[tuple[dict[str, Any], tuple[str, ...]]] = []
        for schema in schemas:
            parts += self.conjuncts(schema, path, self.stack if stack is None else stack)
        kinds: set[str] = set()
        nullable = True
        enum: tuple[Any, ...] | None = None
        bounds: dict[str, Any] = {}
        properties: dict[str, list[Any]] = {}
        required: list[str] = []
        read_only: set[str] = set()
        items: list[Any] = []
        conditionals: list[ConditionalRule] = []
        alternatives: list[RequiredSets] = []
        decimal = False
        null_ok = False
        inner_stack = self.stack if stack is None else stack
        for schema, part_stack in parts:  # grows while read: a {schema, null} choice adds its schema
            inner_stack = tuple(dict.fromkeys(inner_stack + part_stack))
            for keyword in schema:
                if (
                    keyword not in _HANDLED
                    and keyword not in _ANNOTATIONS
                    and not str(keyword).startswith("x-")
                ):
                    self.skip(path, f"{keyword!r} is not checked")
            types, admits_null = self._types(schema, path)
            if types is not None:
                kinds = types if not kinds else kinds & types
                nullable = nullable and admits_null
            if "enum" in schema or "const" in schema:
                values = tuple(schema["enum"]) if "enum" in schema else (schema["const"],)
                enum = values if enum is None else tuple(v for v in enum if v in values)
            self._formats(schema, bounds)
            decimal = decimal or schema.get("format") == "decimal"
            self._limits(schema, path, bounds)
            for name, prop in (schema.get("properties") or {}).items():
                properties.setdefault(str(name), []).append(prop)
                _, target = self.ctx.deref(prop)
                if isinstance(target, dict) and target.get("readOnly") is True:
                    read_only.add(str(name))
            required += [str(name) for name in schema.get("required", []) or [] if str(name) not in required]
            if "items" in schema:
                items.append(schema["items"])
            if "if" in schema:
                conditionals += self._conditional(schema, path)
            for keyword in ("anyOf", "oneOf"):
                if keyword in schema:
                    found = self._alternatives(schema[keyword], keyword == "oneOf", path)
                    if isinstance(found, RequiredSets):
                        alternatives.append(found)
                    elif found is not None:
                        null_ok = True
                        parts += self.conjuncts(found, path, part_stack)
        kind = self._kind(kinds, path, decimal)
        nullable = nullable or null_ok or not kinds
        fields = None
        if properties or required or conditionals or alternatives:
            fields = ObjectRules(
                fields=tuple(
                    FieldRule(name, self.value(props, f"{path}.{name}" if path else name, inner_stack))
                    for name, props in properties.items()
                ),
                required=tuple(name for name in required if name not in read_only),
                conditionals=tuple(conditionals),
                alternatives=tuple(alternatives),
            )
        return ValueRule(
            kind=kind,
            nullable=nullable,
            enum=enum or (),
            limits=Limits(**bounds) if bounds else None,
            items=self.value(items, f"{path}[]", inner_stack) if items else None,
            fields=fields,
        )

    def _types(self, schema: dict[str, Any], path: str) -> tuple[set[str] | None, bool]:
        declared = schema.get("type")
        if declared is None:
            return None, True
        names = {str(t) for t in (declared if isinstance(declared, list) else [declared])}
        admits_null = "null" in names
        names.discard("null")
        if not names:
            return {"null"}, True
        if len(names) > 1:
            self.skip(path, f"a choice of types {sorted(names)} is not checked")
            return None, True
        return names & (_KINDS | {"null"}) or None, admits_null

    def _kind(self, kinds: set[str], path: str, decimal: bool) -> str:
        kinds = kinds - {"null"}
        if len(kinds) != 1:
            if len(kinds) > 1:
                self.skip(path, f"types {sorted(kinds)} that no value can meet are not checked")
            return "any"
        kind = kinds.pop()
        return "decimal" if kind == "string" and decimal else kind

    @staticmethod
    def _formats(schema: dict[str, Any], bounds: dict[str, Any]) -> None:
        low_high = _FORMAT_BOUNDS.get(str(schema.get("format")))
        if low_high is not None and schema.get("type") in ("integer", ["integer"], ["integer", "null"]):
            _tighten(bounds, "minimum", low_high[0], max)
            _tighten(bounds, "maximum", low_high[1], min)

    def _limits(self, schema: dict[str, Any], path: str, bounds: dict[str, Any]) -> None:
        pairs = (
            ("minimum", "minimum", max),
            ("maximum", "maximum", min),
            ("exclusiveMinimum", "exclusive_minimum", max),
            ("exclusiveMaximum", "exclusive_maximum", min),
            ("minLength", "min_length", max),
            ("maxLength", "max_length", min),
            ("minItems", "min_items", max),
            ("maxItems", "max_items", min),
        )
        for keyword, name, pick in pairs:
            value = schema.get(keyword)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                _tighten(bounds, name, value, pick)
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            try:
                re.compile(pattern)
            except re.error:
                self.skip(path, f"pattern {pattern!r} is not a Python regular expression; it is not checked")
                return
            if "pattern" in bounds and bounds["pattern"] != pattern:
                self.skip(path, f"a second pattern {pattern!r} is not checked")
            else:
                bounds["pattern"] = pattern

    # -- if/then/else, anyOf/oneOf --------------------------------------------------------------

    def _conditional(self, schema: dict[str, Any], path: str) -> list[ConditionalRule]:
        test = self._condition(schema["if"])
        if test is None:
            self.skip(
                path, "an 'if' that is not a test of sibling fields by const, enum or presence is not checked"
            )
            return []
        when, negated = test
        rules = []
        for keyword, is_negated in (("then", negated), ("else", not negated)):
            if keyword not in schema:
                continue
            consequence = self._consequence(schema[keyword], path)
            if consequence is None:
                self.skip(
                    path, f"a {keyword!r} other than required fields and field constraints is not checked"
                )
                continue
            required, fields = consequence
            if not required and not fields:
                continue  # an empty consequence asks nothing
            rules.append(ConditionalRule(when=when, negated=is_negated, required=required, fields=fields))
        return rules

    def _condition(self, schema: Any) -> tuple[tuple[Condition, ...], bool] | None:
        _, schema = self.ctx.deref(schema)
        if not isinstance(schema, dict):
            return None
        keys = set(schema) - _ANNOTATIONS
        if keys == {"not"}:
            inner = self._condition(schema["not"])
            return None if inner is None else (inner[0], not inner[1])
        if not keys <= {"required", "properties", "type"} or schema.get("type", "object") != "object":
            return None
        required = [str(name) for name in schema.get("required", []) or []]
        tests: list[Condition] = []
        for name, written in (schema.get("properties") or {}).items():
            _, prop = self.ctx.deref(written)
            if not isinstance(prop, dict) or not set(prop) - _ANNOTATIONS <= {"const", "enum"}:
                return None
            values = tuple(prop["enum"]) if "enum" in prop else (prop["const"],) if "const" in prop else ()
            tests.append(Condition(field=str(name), values=values, required=str(name) in required))
        tests += [Condition(field=name) for name in required if name not in (schema.get("properties") or {})]
        return (tuple(tests), False) if tests else None

    def _consequence(self, schema: Any, path: str) -> tuple[tuple[str, ...], tuple[FieldRule, ...]] | None:
        _, schema = self.ctx.deref(schema)
        if not isinstance(schema, dict) or not set(schema) - _ANNOTATIONS <= {"required", "properties"}:
            return None
        required = tuple(str(name) for name in schema.get("required", []) or [])
        fields = tuple(
            FieldRule(str(name), self.value([prop], f"{path}.{name}" if path else str(name)))
            for name, prop in (schema.get("properties") or {}).items()
        )
        return required, fields

    def _alternatives(
        self, options: Any, exactly_one: bool, path: str
    ) -> RequiredSets | dict[str, Any] | None:
        """Required sets; or the non-null schema of a choice between a schema and null; or None."""
        keyword = "oneOf" if exactly_one else "anyOf"
        resolved = [self.ctx.deref(option)[1] for option in options or []]
        sets = []
        for option in resolved:
            if not isinstance(option, dict) or set(option) - _ANNOTATIONS != {"required"}:
                break
            sets.append(tuple(str(name) for name in option["required"]))
        else:
            if sets:
                return RequiredSets(options=tuple(sets), exactly_one=exactly_one)
        nulls = [o for o in resolved if isinstance(o, dict) and o.get("type") == "null" and len(o) == 1]
        if len(options or []) == 2 and len(nulls) == 1:
            other = next(
                option for option, target in zip(options, resolved, strict=True) if target is not nulls[0]
            )
            return other if isinstance(other, dict) else None
        self.skip(path, f"{keyword!r} of schemas (not of required sets) is not checked")
        return None


def _tighten(bounds: dict[str, Any], name: str, value: Any, pick: Any) -> None:
    bounds[name] = value if name not in bounds else pick(bounds[name], value)


def compile_checks(
    ctx: BuildContext,
    pointer: str,
    parameters: list[tuple[str, dict[str, Any]]],
    body: tuple[str, dict[str, Any], bool] | None,
    operation: dict[str, Any],
) -> tuple[RequestChecks, tuple[str, ...]]:
    """The rule table of one operation and the parts of its schemas it leaves unchecked.

    ``parameters`` are ``(pointer, parameter object)`` pairs; ``body`` is the media type, its
    media type object and whether the body is required (None: no body).
    """
    compiler = _Compiler(ctx, where=f"{pointer} ")
    fields: list[FieldRule] = []
    required: list[str] = []
    for _, param in parameters:
        name, location = str(param["name"]), param.get("in")
        if location == "cookie":
            continue
        if "schema" not in param:
            compiler.skip(name, "a parameter given by 'content' is not checked")
            continue
        rule = compiler.value([param["schema"]], name)
        if rule.kind == "object" or (
            rule.kind == "array" and rule.items is not None and rule.items.kind in ("array", "object")
        ):
            compiler.skip(name, "an object or nested-array parameter is not checked")
            continue
        fields.append(FieldRule(name, rule))
        if param.get("required", location == "path"):
            required.append(name)
    body_rule = None
    body_required = False
    if body is not None:
        media_type, media, body_required = body
        if _is_json(media_type) and "schema" in media:
            body_rule = compiler.value([media["schema"]], "")
        elif not _is_json(media_type):
            compiler.skip("body", f"a {media_type} body is not checked")
    groups = extensions.read("x-require-any-of", operation.get("x-require-any-of", []))
    require_any_of = tuple(RequiredSets(options=tuple((str(name),) for name in group)) for group in groups)
    checks = RequestChecks(
        parameters=ObjectRules(fields=tuple(fields), required=tuple(required)),
        body=body_rule,
        body_required=body_required,
        require_any_of=require_any_of,
    )
    return checks, tuple(dict.fromkeys(compiler.skipped))


def _is_json(media_type: str) -> bool:
    essence = media_type.split(";", 1)[0].strip().lower()
    return essence == "application/json" or essence.endswith("+json")
