"""Which component schemas become model classes, and the names their fields and members get."""

from __future__ import annotations

import copy
import re
from typing import Any

from generator import naming
from generator.ir.context import BuildContext
from generator.ir.model import Models
from generator.problems import pointer_join
from generator.spec_walk import SCHEMA_REF, iter_operations, iter_refs, iter_subschemas, schema_name


def build_models(ctx: BuildContext, result_types: set[str]) -> Models:
    """The component schemas the package needs as models, renamed to their class names.

    Needed are the schemas that parameters, request bodies and results (``result_types``,
    class names) refer to, and everything those refer to in turn.
    """
    roots: set[str] = set()
    for _, _, _, op in iter_operations(ctx.doc):
        for param in op.get("parameters", []):
            roots |= component_refs(ctx, param)
        roots |= component_refs(ctx, op.get("requestBody"))
    roots |= {ctx.component_of(cls) for cls in result_types}
    needed: set[str] = set()
    pending = sorted(roots)
    while pending:
        name = pending.pop()
        if name in needed or name not in ctx.schemas:
            continue
        needed.add(name)
        pending.extend(sorted(component_refs(ctx, ctx.schemas[name]) - needed))
    renamed = {
        ctx.class_names[name]: _rewrite_refs(copy.deepcopy(ctx.schemas[name]), ctx.class_names)
        for name in ctx.schemas
        if name in needed
    }
    tagged = _discriminated(renamed)
    for class_name, schema in renamed.items():
        for _, sub in list(iter_subschemas(schema, "")):
            _flatten_narrowing_all_of(sub, renamed, force=sub is schema and class_name in tagged)
    scopes: list[tuple[str, list[str]]] = []
    for name in ctx.schemas:
        if name in needed:
            base = pointer_join("", "components", "schemas", name)
            for pointer, sub in iter_subschemas(renamed[ctx.class_names[name]], base):
                _type_untyped_enum(sub)
                _null_as_nullability(sub)
                _drop_unchecked_formats(sub)
                _name_enum_members(ctx, pointer, sub)
                if isinstance(sub.get("properties"), dict):
                    scopes.append((pointer, [str(p) for p in sub["properties"]]))
    document = {
        "openapi": "3.1.0",
        "info": {"title": str(ctx.doc.get("info", {}).get("title", "")), "version": "0"},
        "paths": {},
        "components": {"schemas": renamed},
    }
    return Models(document=document, field_aliases=_field_aliases(ctx, scopes))


def _field_aliases(ctx: BuildContext, scopes: list[tuple[str, list[str]]]) -> dict[str, str]:
    """Wire name → attribute for properties that need a name chosen here; collisions reported.

    A non-ASCII property name would become a non-ASCII attribute, and Python folds such
    identifiers (NFKC: ``ﬁle`` is ``file``), so two fields could silently become one. Names
    starting like pydantic's ``model_dump``/``model_validate`` make pydantic warn on import.
    These get an ASCII attribute unique across all models. Properties of one schema that give
    the same attribute name (``pageSize``, ``page_size``) are numbered by the model generator,
    and reported here; all of them keep their wire names as aliases.
    """
    natural = {naming.snake(p, "field") for _, props in scopes for p in props if p.isascii()}
    aliases: dict[str, str] = {}
    for pointer, props in scopes:
        for prop in props:
            want = naming.snake(prop, "field")
            forced = not prop.isascii() or want.startswith(("model_dump", "model_validate"))
            if forced and prop not in aliases:
                taken = frozenset(natural | set(aliases.values()))
                target = "field_" + want if prop.isascii() else want
                aliases[prop] = naming.dedupe([target], taken)[0]
                if aliases[prop] != want:
                    ctx.warn(
                        pointer_join(pointer, "properties", prop),
                        f"property {prop!r} gets the attribute {aliases[prop]!r} "
                        f"(its wire name stays the alias)",
                    )
        groups: dict[str, list[str]] = {}
        for prop in props:
            groups.setdefault(aliases.get(prop, naming.snake(prop, "field")), []).append(prop)
        for attribute, same in groups.items():
            if len(same) > 1:
                ctx.warn(
                    pointer_join(pointer, "properties", same[1]),
                    f"properties {', '.join(repr(p) for p in same)} all give the attribute name "
                    f"{attribute!r}; the later ones are numbered (wire names stay the aliases)",
                )
    return aliases


def _name_enum_members(ctx: BuildContext, pointer: str, schema: dict[str, Any]) -> None:
    """Decide the member names of an enum (``x-enum-varnames``) unless the spec gives them.

    Left to themselves, members get names derived from the values that may be non-ASCII
    (and then equal after Python's NFKC normalisation of identifiers: ``ＡＰＩ`` is
    ``API``), or get numbered silently. Here every name is an upper-case ASCII identifier,
    unique in its enum; values that give one name are numbered and reported.
    """
    values = schema.get("enum")
    if not isinstance(values, list) or not values or "x-enum-varnames" in schema:
        return
    wanted = [member_name(value) for value in values]
    final = naming.dedupe(wanted)
    for value, want, chosen in zip(values, wanted, final, strict=True):
        if want != chosen:
            ctx.warn(
                pointer_join(pointer, "enum"),
                f"enum value {value!r} would be the member {want!r}, which is taken; "
                f"it is named {chosen!r} (the wire value is unchanged)",
            )
    schema["x-enum-varnames"] = final


def component_refs(ctx: BuildContext, node: Any) -> set[str]:
    """Names of the component schemas ``node`` refers to, through other components too."""
    found = set()
    for _, ref in iter_refs(node):
        if isinstance(ref, str) and schema_name(ref) is not None:
            found.add(str(schema_name(ref)))
        elif isinstance(ref, str) and ref.startswith("#/components/"):
            _, target = ctx.deref({"$ref": ref})
            found |= component_refs(ctx, target)
    return found


_JSON_TYPES = ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"))
# Formats whose pydantic types need an optional dependency (email-validator): kept as str.
_UNCHECKED_FORMATS = frozenset({"email", "idn-email"})


def _type_untyped_enum(schema: dict[str, Any]) -> None:
    """Give an ``enum`` without ``type`` the type of its values (``[-1, 0, 1]`` is integer).

    A ``number`` enum of whole values is an integer enum too.

    Left untyped, the model generator makes a string enum of any values, and a string enum
    with integer members fails when the models module is imported.
    """
    values = schema.get("enum")
    if not isinstance(values, list):
        return
    if schema.get("type") == "number" and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        schema["type"] = "integer"  # a number enum of whole values: the members are ints
    if "type" in schema:
        return
    kinds = sorted(
        {next((t for cls, t in _JSON_TYPES if isinstance(v, cls)), "object") for v in values if v is not None}
    )
    if kinds == ["integer", "number"]:
        kinds = ["number"]
    if len(kinds) == 1 and kinds[0] != "object":
        schema["type"] = kinds[0]


def _object_parts(
    schema: Any, renamed: dict[str, Any], seen: frozenset[str] = frozenset()
) -> tuple[dict[str, Any], list[str]]:
    """Properties and required names of an object schema, through ``$ref`` and ``allOf``."""
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if isinstance(ref, str):
        name = schema_name(ref)
        if name is None or name in seen or name not in renamed:
            return {}, []
        return _object_parts(renamed[name], renamed, seen | {name})
    if not isinstance(schema, dict):
        return {}, []
    props: dict[str, Any] = {}
    required: list[str] = []
    for part in schema.get("allOf") or []:
        more, needed = _object_parts(part, renamed, seen)
        props.update(more)
        required += needed
    props.update(schema.get("properties") or {})
    required += [str(r) for r in schema.get("required") or []]
    return props, required


def _discriminated(renamed: dict[str, Any]) -> set[str]:
    """Class names a discriminator chooses between (the model generator narrows their tag)."""
    found: set[str] = set()
    for schema in renamed.values():
        for _, sub in iter_subschemas(schema, ""):
            if not isinstance(sub.get("discriminator"), dict):
                continue
            choices = list(sub.get("oneOf") or []) + list(sub.get("anyOf") or [])
            refs = [c.get("$ref") for c in choices if isinstance(c, dict)]
            refs += list((sub["discriminator"].get("mapping") or {}).values())
            found |= {str(schema_name(r)) for r in refs if isinstance(r, str) and schema_name(r)}
    return found


def _flatten_narrowing_all_of(
    schema: dict[str, Any], renamed: dict[str, Any], *, force: bool = False
) -> None:
    """Merge an ``allOf`` whose parts declare one property twice into one object schema.

    A later part narrowing an inherited property (an enum to one value, a list of objects to
    a list of ``Booking``) would become a subclass overriding the field with an incompatible
    type, which mypy rejects; the merged schema has the narrowed property only. A schema a
    discriminator chooses (``force``) is merged too: its tag is narrowed to its own value.
    """
    parts = schema.get("allOf")
    if not isinstance(parts, list) or (len(parts) + ("properties" in schema) < 2 and not force):
        return
    names: set[str] = set()
    overlap = False
    for part in [*parts, {"properties": schema.get("properties") or {}}]:
        declared = set(_object_parts(part, renamed)[0])
        overlap = overlap or bool(names & declared)
        names |= declared
    if not overlap and not force:
        return
    props, required = _object_parts(schema, renamed)
    del schema["allOf"]
    schema["type"] = "object"
    schema["properties"] = props
    if required:
        schema["required"] = list(dict.fromkeys(required))


def _drop_unchecked_formats(schema: dict[str, Any]) -> None:
    if schema.get("format") in _UNCHECKED_FORMATS:
        del schema["format"]


def _null_as_nullability(schema: dict[str, Any]) -> None:
    """Turn ``null`` in an ``enum`` into nullability of the schema.

    ``type: [string, "null"], enum: [a, b, null]`` is valid JSON Schema, but ``None`` as a
    member of a string enum class fails when the models module is imported. The enum keeps
    its other values and the schema accepts ``null``, as before.
    """
    values = schema.get("enum")
    if not isinstance(values, list) or None not in values:
        return
    names = schema.get("x-enum-varnames")
    if isinstance(names, list) and len(names) == len(values):
        schema["x-enum-varnames"] = [n for n, v in zip(names, values, strict=True) if v is not None]
    kept = [v for v in values if v is not None]
    kind = schema.get("type")
    if kind is None:
        kind = sorted({next((t for cls, t in _JSON_TYPES if isinstance(v, cls)), "object") for v in kept})
    kinds = [kind] if isinstance(kind, str) else list(kind)
    schema["type"] = kinds + ([] if "null" in kinds else ["null"])
    if kept:
        schema["enum"] = kept
    else:
        del schema["enum"]
        schema.pop("x-enum-varnames", None)


_DIGIT_THEN_LETTER = re.compile(r"(?<=[0-9])(?=[A-Z])")


def member_name(value: Any) -> str:
    """An upper-case ASCII member name for an enum value: ``1D`` → ``VALUE_1_D``, ``-1`` → ``MINUS_1``.

    A digit is never followed by a letter (``1M`` → ``1_M``): datamodel-code-generator
    inserts that underscore itself, so only such names reach the code as chosen here.
    """
    if isinstance(value, bool) or value is None:
        return naming.constant(str(value), "VALUE")
    if isinstance(value, int):
        return f"VALUE_MINUS_{-value}" if value < 0 else f"VALUE_{value}"
    text = str(value)
    for sign, word in (("-", "minus "), ("+", "plus ")):
        if text.startswith(sign) and text[1:2].isdigit():
            text = word + text[1:]
    return _DIGIT_THEN_LETTER.sub("_", naming.constant(text, "VALUE"))


def _rewrite_refs(node: Any, class_names: dict[str, str]) -> Any:
    if isinstance(node, dict):
        result = {}
        for key, value in node.items():
            name = schema_name(value) if key == "$ref" and isinstance(value, str) else None
            if name is not None:
                result[key] = SCHEMA_REF + class_names.get(name, name)
            else:
                result[key] = _rewrite_refs(value, class_names)
        return result
    if isinstance(node, list):
        return [_rewrite_refs(item, class_names) for item in node]
    return node
