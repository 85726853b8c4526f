"""What the generated API reference shows: example calls, option lists and model fields.

Examples are built from the spec's examples, enums and defaults, and they are
executed by the test suite, so each must run as written against a server that
implements the spec (credentials come from the environment).
"""

from __future__ import annotations

import json
import shlex
from dataclasses import dataclass
from typing import Any

from generator import naming
from generator.ir import NO_DEFAULT, Api, Argument, Keepalive, Operation, Tag


@dataclass(frozen=True)
class FieldDoc:
    """One field of a model as the reference lists it."""

    wire_name: str
    attribute: str
    type: str
    required: bool
    description: str


@dataclass(frozen=True)
class ModelDoc:
    """A model class and its fields."""

    name: str
    description: str
    fields: tuple[FieldDoc, ...]
    enum_values: tuple[Any, ...] = ()


def _keepalive_for(api: Api, op: Operation) -> Keepalive | None:
    return next((k for k in api.keepalives if op in (k.renew, k.close)), None)


def _shown_arguments(op: Operation) -> list[Argument]:
    """Required arguments and the body example's fields, or else the first optional one with
    an example of its own (the body example meets the spec's conditional rules)."""
    shown = [a for a in op.arguments if a.required or a.in_body_example]
    if len(shown) > len([a for a in op.arguments if a.required]):
        return shown
    optional = [
        a for a in op.arguments if not a.required and a.example is not NO_DEFAULT and a.example != a.default
    ]
    return shown + optional[:1]


def _python_literal(value: Any) -> str:
    return repr(value)


def python_example(
    api: Api, tag: Tag, op: Operation, package: str, attributes: dict[str, dict[str, str]], *, is_async: bool
) -> str:
    """A complete script calling ``op`` with the sync or async client."""
    keepalive = _keepalive_for(api, op)
    args = []
    lines = []
    prefix = "await " if is_async else ""
    for arg in _shown_arguments(op):
        if keepalive is not None and arg.py_name == keepalive.key_argument:
            args.append(f"{arg.py_name}=key")
        else:
            args.append(
                f"{arg.py_name}={_python_literal(arg.example if arg.example is not NO_DEFAULT else '...')}"
            )
    call = f"{prefix}client.{tag.py_name}.{op.py_name}({', '.join(args)})"
    body = _session_login(api, op, prefix)
    if keepalive is not None:
        create = f"{prefix}client.{keepalive.tag}.{keepalive.create.py_name}()"
        key_attr = attributes[keepalive.create.result_type or ""][keepalive.key_field]
        body.append(f"key = ({create}).{key_attr}" if is_async else f"key = {create}.{key_attr}")
    if op.result_type:
        body += [f"result = {call}", "print(result)"]
    else:
        body.append(call)
    if is_async:
        lines += [
            "import asyncio",
            "",
            f"from {package} import AsyncClient",
            "",
            "",
            "async def main() -> None:",
            "    async with AsyncClient() as client:  # credentials from the environment",
        ]
        lines += [f"        {line}" for line in body]
        lines += ["", "", "asyncio.run(main())"]
    else:
        lines += [
            f"from {package} import Client",
            "",
            "with Client() as client:  # credentials from the environment",
        ]
        lines += [f"    {line}" for line in body]
    return "\n".join(lines)


def _session_login(api: Api, op: Operation, prefix: str) -> list[str]:
    """The login a refresh needs first (it refreshes the session the login's cookie names)."""
    session = api.session
    if session is None or op.operation_id != session.refresh.operation_id:
        return []
    login = session.login
    args = ", ".join(
        f"{a.py_name}={_python_literal(a.example if a.example is not NO_DEFAULT else '...')}"
        for a in _shown_arguments(login)
    )
    return [f"{prefix}client.{session.login_tag}.{login.py_name}({args})  # keeps the token and the cookie"]


def _cli_value(arg: Argument) -> list[str]:
    value = arg.example if arg.example is not NO_DEFAULT else "..."
    if isinstance(value, list):
        return [shlex.quote(json.dumps(v) if isinstance(v, dict) else str(v)) for v in value]
    if isinstance(value, bool):
        return ["true" if value else "false"]
    return [shlex.quote(str(value))]


def cli_example(api: Api, tag: Tag, op: Operation, program: str) -> str:
    """The command line that runs ``op`` (a shell command)."""
    keepalive = _keepalive_for(api, op)
    words = [program, naming.kebab(tag.name), naming.kebab(op.py_name)]
    for arg in _shown_arguments(op):
        words.append(arg.cli_flag)
        if keepalive is not None and arg.py_name == keepalive.key_argument:
            create_tag = next(t for t in api.tags if t.py_name == keepalive.tag)
            create = (
                f"{program} {naming.kebab(create_tag.name)} {naming.kebab(keepalive.create.py_name)} "
                f"--field {keepalive.key_field}"
            )
            words.append(f'"$({create})"')
        else:
            words.extend(_cli_value(arg))
    return " ".join(words)


def example_response(op: Operation) -> str:
    """The spec's success example, pretty-printed, or an empty string."""
    if op.response_example is None:
        return ""
    return json.dumps(op.response_example, indent=2, ensure_ascii=False)


def _schema_type(schema: Any) -> str:
    if not isinstance(schema, dict):
        return "any"
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        return f"[{name}](models.md#{name.lower()})"
    kind = schema.get("type")
    if isinstance(kind, list):
        return " or ".join(_schema_type({**schema, "type": k}) for k in kind)
    if kind == "array":
        return f"list of {_schema_type(schema.get('items'))}"
    if kind == "string" and schema.get("format") == "decimal":
        return "Decimal (decimal string)"
    if kind == "integer":
        return f"int ({schema['format']})" if "format" in schema else "int"
    if kind == "string" and "format" in schema:
        return f"str ({schema['format']})"
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list):
            return " or ".join(_schema_type(s) for s in schema[key])
    return {"string": "str", "number": "float", "boolean": "bool", "object": "object", "null": "None"}.get(
        str(kind), "any"
    )


def model_docs(api: Api, attributes: dict[str, dict[str, str]]) -> list[ModelDoc]:
    """Every model of the package, with its fields (inherited ones included)."""
    schemas: dict[str, Any] = api.models.schemas

    def own_and_inherited(schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
        props: dict[str, Any] = {}
        required: set[str] = set()
        for part in schema.get("allOf", []) or []:
            target = part
            if isinstance(part, dict) and isinstance(part.get("$ref"), str):
                target = schemas.get(part["$ref"].rsplit("/", 1)[-1], {})
            if isinstance(target, dict):
                more, needed = own_and_inherited(target)
                props.update(more)
                required |= needed
        props.update(schema.get("properties", {}) or {})
        required |= set(schema.get("required", []) or [])
        return props, required

    docs = []
    for name in sorted(schemas):
        schema = schemas[name]
        props, required = own_and_inherited(schema)
        fields = tuple(
            FieldDoc(
                wire_name=wire,
                attribute=attributes.get(name, {}).get(wire, naming.snake(wire)),
                type=_schema_type(prop),
                required=wire in required,
                description=(
                    " ".join(str(prop.get("description", "")).split()) if isinstance(prop, dict) else ""
                ),
            )
            for wire, prop in props.items()
        )
        docs.append(
            ModelDoc(
                name=name,
                description=" ".join(str(schema.get("description", "")).split()),
                fields=fields,
                enum_values=tuple(schema.get("enum", ())),
            )
        )
    return docs
