"""What changed between two versions of a spec, and whether it breaks existing users.

Operations are matched by method and path, parameters by name and location,
schema fields by name; ``$ref``s and ``allOf`` are resolved before comparing,
so moving a schema into a component is not a change. Every difference becomes
a `Change` with a kind, a place and a verdict:

- breaking: removed operation; removed (or renamed) parameter; parameter or
  request field becoming required; new required parameter or request field;
  type or format change; removed enum value; removed response field; response
  field becoming optional;
- non-breaking: everything added in a compatible way.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from generator.spec_walk import follow_refs, iter_operations


class Impact(enum.Enum):
    """Whether a change can break code written against the old spec."""

    BREAKING = "breaking"
    NON_BREAKING = "non-breaking"


@dataclass(frozen=True, order=True)
class Change:
    """One difference between the old and the new spec."""

    impact: Impact
    kind: str
    where: str
    detail: str


class _Resolver:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any) -> Any:
        return follow_refs(self.document, node)[1]

    def flatten(self, schema: Any) -> dict[str, Any]:
        """The schema with ``$ref`` and ``allOf`` merged into one object schema."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return {}
        if "allOf" not in schema:
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties: dict[str, Any] = {}
        required: list[str] = []
        for part in schema["allOf"]:
            flat = self.flatten(part)
            properties.update(flat.get("properties", {}))
            required += flat.get("required", [])
            for key, value in flat.items():
                if key not in ("properties", "required"):
                    merged.setdefault(key, value)
        properties.update(merged.get("properties", {}))
        merged["properties"] = properties
        merged["required"] = sorted(set(required) | set(merged.get("required", [])))
        return merged


def _ref(schema: Any) -> str:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    return ref if isinstance(ref, str) else ""


def _type_of(schema: dict[str, Any]) -> tuple[Any, Any]:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = tuple(sorted(str(k) for k in kind))
    return kind, schema.get("format")


def _describe(kind: Any, fmt: Any) -> str:
    return f"{kind}" + (f"/{fmt}" if fmt else "")


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = _Resolver(old)
        self.new = _Resolver(new)
        self.changes: list[Change] = []

    def add(self, impact: Impact, kind: str, where: str, detail: str) -> None:
        self.changes.append(Change(impact, kind, where, detail))

    # -- schemas -----------------------------------------------------------------------

    def schema(
        self,
        old: Any,
        new: Any,
        where: str,
        *,
        direction: str,
        seen: frozenset[tuple[str, str]] = frozenset(),
    ) -> None:
        """Compare two schemas; ``direction`` is "request" or "response"."""
        refs = (_ref(old), _ref(new))
        if refs in seen:
            return  # a recursive schema compared again: nothing new below
        if refs != ("", ""):
            seen = seen | {refs}
        old_flat, new_flat = self.old.flatten(old), self.new.flatten(new)
        old_type, new_type = _type_of(old_flat), _type_of(new_flat)
        if old_type != new_type and old_flat and new_flat:
            self.add(
                Impact.BREAKING,
                "type changed",
                where,
                f"{_describe(*old_type)} → {_describe(*new_type)}",
            )
            return
        self.enum(old_flat, new_flat, where)
        for keyword in ("oneOf", "anyOf"):
            if keyword in old_flat or keyword in new_flat:
                self.alternatives(
                    old_flat.get(keyword) or [], new_flat.get(keyword) or [], where, direction, seen
                )
        if old_type[0] == "array" or "items" in old_flat:
            self.schema(
                old_flat.get("items"), new_flat.get("items"), f"{where}[]", direction=direction, seen=seen
            )
        self.properties(old_flat, new_flat, where, direction=direction, seen=seen)

    def alternatives(
        self, old: list[Any], new: list[Any], where: str, direction: str, seen: frozenset[tuple[str, str]]
    ) -> None:
        """Alternatives are matched by position; a new one can surprise a reader of responses."""
        for old_item, new_item in zip(old, new, strict=False):
            self.schema(old_item, new_item, where, direction=direction, seen=seen)
        if len(new) > len(old):
            impact = Impact.BREAKING if direction == "response" else Impact.NON_BREAKING
            self.add(impact, "alternative added", where, f"{len(old)} → {len(new)} alternatives")
        elif len(new) < len(old):
            impact = Impact.NON_BREAKING if direction == "response" else Impact.BREAKING
            self.add(impact, "alternative removed", where, f"{len(old)} → {len(new)} alternatives")

    def enum(self, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
        if "enum" not in old and "enum" not in new:
            return
        old_values, new_values = list(old.get("enum", [])), list(new.get("enum", []))
        if "enum" in old and "enum" not in new:
            self.add(Impact.NON_BREAKING, "enum lifted", where, "any value is now accepted")
            return
        if "enum" in new and "enum" not in old:
            self.add(Impact.BREAKING, "enum added", where, f"values restricted to {new_values}")
            return
        for value in old_values:
            if value not in new_values:
                self.add(Impact.BREAKING, "enum value removed", where, repr(value))
        for value in new_values:
            if value not in old_values:
                self.add(Impact.NON_BREAKING, "enum value added", where, repr(value))

    def properties(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        where: str,
        *,
        direction: str,
        seen: frozenset[tuple[str, str]],
    ) -> None:
        old_props: dict[str, Any] = old.get("properties", {}) or {}
        new_props: dict[str, Any] = new.get("properties", {}) or {}
        old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
        for name, old_prop in old_props.items():
            field = f"{where}.{name}" if where else name
            if name not in new_props:
                self.add(Impact.BREAKING, f"{direction} field removed", field, "")
                continue
            self.schema(old_prop, new_props[name], field, direction=direction, seen=seen)
            was, now = name in old_required, name in new_required
            if direction == "response" and was and not now:
                self.add(Impact.BREAKING, "response field became optional", field, "")
            elif direction == "response" and now and not was:
                self.add(Impact.NON_BREAKING, "response field became required", field, "")
            elif direction == "request" and now and not was:
                self.add(Impact.BREAKING, "request field became required", field, "")
            elif direction == "request" and was and not now:
                self.add(Impact.NON_BREAKING, "request field became optional", field, "")
        for name in new_props:
            if name in old_props:
                continue
            field = f"{where}.{name}" if where else name
            if direction == "request" and name in new_required:
                self.add(Impact.BREAKING, "new required request field", field, "")
            else:
                self.add(Impact.NON_BREAKING, f"{direction} field added", field, "")

    # -- operations --------------------------------------------------------------------

    def parameters(self, old_op: dict[str, Any], new_op: dict[str, Any], where: str) -> None:
        def index(resolver: _Resolver, op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
            found = {}
            for param in op.get("parameters", []) or []:
                resolved = resolver.resolve(param)
                if isinstance(resolved, dict):
                    found[(str(resolved.get("name")), str(resolved.get("in")))] = resolved
            return found

        old_params, new_params = index(self.old, old_op), index(self.new, new_op)
        for key, old_param in old_params.items():
            label = f"{where} parameter {key[0]} ({key[1]})"
            if key not in new_params:
                self.add(Impact.BREAKING, "parameter removed or renamed", label, "")
                continue
            new_param = new_params[key]
            if new_param.get("required") and not old_param.get("required"):
                self.add(Impact.BREAKING, "parameter became required", label, "")
            elif old_param.get("required") and not new_param.get("required"):
                self.add(Impact.NON_BREAKING, "parameter became optional", label, "")
            self.schema(old_param.get("schema"), new_param.get("schema"), label, direction="request")
        for key, new_param in new_params.items():
            if key in old_params:
                continue
            label = f"{where} parameter {key[0]} ({key[1]})"
            if new_param.get("required"):
                self.add(Impact.BREAKING, "new required parameter", label, "")
            else:
                self.add(Impact.NON_BREAKING, "parameter added", label, "")

    def body(self, old_op: dict[str, Any], new_op: dict[str, Any], where: str) -> None:
        old_schema = _json_schema(self.old.resolve(old_op.get("requestBody")))
        new_schema = _json_schema(self.new.resolve(new_op.get("requestBody")))
        if old_schema is None and new_schema is None:
            return
        if old_schema is None:
            required = bool((self.new.resolve(new_op.get("requestBody")) or {}).get("required"))
            impact = Impact.BREAKING if required else Impact.NON_BREAKING
            self.add(impact, "request body added", where, "required" if required else "optional")
            return
        if new_schema is None:
            self.add(Impact.BREAKING, "request body removed", where, "")
            return
        self.schema(old_schema, new_schema, f"{where} body", direction="request")

    def responses(self, old_op: dict[str, Any], new_op: dict[str, Any], where: str) -> None:
        old_responses, new_responses = old_op.get("responses", {}) or {}, new_op.get("responses", {}) or {}
        for status, old_response in old_responses.items():
            if not str(status).startswith("2"):
                continue
            if status not in new_responses:
                self.add(Impact.BREAKING, "response removed", f"{where} {status}", "")
                continue
            old_schema = _json_schema(self.old.resolve(old_response))
            new_schema = _json_schema(self.new.resolve(new_responses[status]))
            if old_schema is not None and new_schema is not None:
                self.schema(old_schema, new_schema, f"{where} {status}", direction="response")

    def run(self) -> list[Change]:
        old_ops = {(m, p): op for _, p, m, op in iter_operations(self.old.document)}
        new_ops = {(m, p): op for _, p, m, op in iter_operations(self.new.document)}
        for key, old_op in old_ops.items():
            where = f"{key[0].upper()} {key[1]}"
            if key not in new_ops:
                self.add(Impact.BREAKING, "operation removed", where, str(old_op.get("operationId", "")))
                continue
            new_op = new_ops[key]
            if old_op.get("operationId") != new_op.get("operationId"):
                self.add(
                    Impact.BREAKING,
                    "operationId changed",
                    where,
                    f"{old_op.get('operationId')} → {new_op.get('operationId')} (the method is renamed)",
                )
            self.parameters(old_op, new_op, where)
            self.body(old_op, new_op, where)
            self.responses(old_op, new_op, where)
        for key, new_op in new_ops.items():
            if key not in old_ops:
                where = f"{key[0].upper()} {key[1]}"
                self.add(Impact.NON_BREAKING, "operation added", where, str(new_op.get("operationId", "")))
        return sorted(set(self.changes), key=lambda c: (c.impact.value, c.where, c.kind, c.detail))


def _json_schema(container: Any) -> Any:
    if not isinstance(container, dict):
        return None
    media = (container.get("content") or {}).get("application/json")
    return media.get("schema") if isinstance(media, dict) else None


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new``, breaking ones first."""
    return _Differ(old, new).run()


def diff_schema(
    old_document: dict[str, Any],
    new_document: dict[str, Any],
    old: Any,
    new: Any,
    where: str,
    *,
    direction: str,
) -> list[Change]:
    """The changes between two schemas of two documents (``direction``: "request" or "response")."""
    differ = _Differ(old_document, new_document)
    differ.schema(old, new, where, direction=direction)
    return differ.changes


def breaking_changes(changes: list[Change]) -> list[Change]:
    """Only the breaking changes."""
    return [c for c in changes if c.impact is Impact.BREAKING]


def markdown_report(changes: list[Change], *, old_label: str, new_label: str) -> str:
    """The report as Markdown: a summary line, then breaking and non-breaking changes."""
    lines = [f"Changes from {old_label} to {new_label}: "]
    broken = breaking_changes(changes)
    lines[0] += f"{len(broken)} breaking, {len(changes) - len(broken)} non-breaking."
    for impact, title in ((Impact.BREAKING, "Breaking"), (Impact.NON_BREAKING, "Non-breaking")):
        selected = [c for c in changes if c.impact is impact]
        if not selected:
            continue
        lines += ["", f"### {title}", ""]
        lines += [f"- {c.kind}: `{c.where}`" + (f" ({c.detail})" if c.detail else "") for c in selected]
    return "\n".join(lines) + "\n"
