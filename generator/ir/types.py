"""Python type hints and command-line kinds of the schemas that describe arguments."""

from __future__ import annotations

from typing import Any

from generator.ir.context import BuildContext


def type_hint(ctx: BuildContext, schema: Any) -> str:
    """The Python type accepted for an argument described by ``schema``."""
    name, target = ctx.deref(schema)
    if not isinstance(target, dict):
        return "Any"
    if name is not None:
        cls = ctx.class_names[name]
        if "enum" in target:
            return f"{cls} | {literal(target['enum'])}"
        if is_object(target):
            return f"{cls} | Mapping[str, Any]"
    if "enum" in target and isinstance(target["enum"], list):
        return literal(target["enum"])
    if "const" in target:
        return literal([target["const"]])
    kinds = target.get("type")
    if isinstance(kinds, list):
        hints = [_primitive(ctx, target, kind) for kind in kinds]
        return " | ".join(dict.fromkeys(hints))
    for key in ("oneOf", "anyOf"):
        if isinstance(target.get(key), list):
            hints = [type_hint(ctx, item) for item in target[key]]
            return " | ".join(dict.fromkeys(hints))
    return _primitive(ctx, target, kinds)


def unix_time_unit(ctx: BuildContext, schema: Any) -> str | None:
    """The ``x-unix-time`` unit of an integer schema, or None when it is not a point in time."""
    _, target = ctx.deref(schema)
    unit = target.get("x-unix-time") if isinstance(target, dict) else None
    return unit if isinstance(unit, str) else None


def cli_kind(ctx: BuildContext, schema: Any) -> str:
    """How a command line reads the argument: str, int, float, bool, decimal, list or objects
    (an array of objects, each given as JSON)."""
    _, target = ctx.deref(schema)
    if not isinstance(target, dict):
        return "str"
    kinds = target.get("type")
    kinds = [k for k in kinds if k != "null"] if isinstance(kinds, list) else [kinds]
    kind = kinds[0] if len(kinds) == 1 else None
    if kind == "array":
        _, items = ctx.deref(target.get("items"))
        return "objects" if isinstance(items, dict) and items.get("type") == "object" else "list"
    if kind == "integer":
        return "int"
    if kind == "number":
        return "float"
    if kind == "boolean":
        return "bool"
    if kind == "string" and target.get("format") == "decimal":
        return "decimal"
    return "str"


def _primitive(ctx: BuildContext, schema: dict[str, Any], kind: Any) -> str:
    if kind == "string":
        return "Decimal | str | int" if schema.get("format") == "decimal" else "str"
    if kind == "integer":
        return "int | datetime" if isinstance(schema.get("x-unix-time"), str) else "int"
    if kind == "number":
        return "float | Decimal"
    if kind == "boolean":
        return "bool"
    if kind == "null":
        return "None"
    if kind == "array":
        return f"Sequence[{type_hint(ctx, schema.get('items', {}))}]"
    if kind == "object":
        return "Mapping[str, Any]"
    return "Any"


def literal(values: list[Any]) -> str:
    """``Literal[...]`` of the values a hint can spell, or ``Any`` when there are none."""
    usable = [v for v in values if isinstance(v, (str, int, bool)) or v is None]
    if not usable:
        return "Any"
    return "Literal[" + ", ".join(repr(v) for v in usable) + "]"


def is_object(schema: Any) -> bool:
    """The schema describes an object (declared, or implied by properties or allOf)."""
    return isinstance(schema, dict) and (
        schema.get("type") == "object" or "properties" in schema or "allOf" in schema
    )


def all_properties(ctx: BuildContext, schema: Any) -> dict[str, Any]:
    """Own and allOf-inherited properties of an object schema."""
    _, target = ctx.deref(schema)
    if not isinstance(target, dict):
        return {}
    props = dict(target.get("properties", {}))
    for item in target.get("allOf", []) or []:
        props.update(all_properties(ctx, item))
    return props
