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
    scopes: list[tuple[str, list[str]]] = []
    for name in ctx.schemas:
        if name in needed:
            base = pointer_join("", "components", "schemas", name)
            for pointer, sub in iter_subschemas(renamed[ctx.class_names[name]], base):
                _null_as_nullability(sub)
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
