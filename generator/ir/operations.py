"""Operations: their names, arguments, request bodies, results, paging and tags."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from generator import extensions, naming
from generator.ir.checks import compile_checks
from generator.ir.context import BuildContext
from generator.ir.inline import default_operation_id, is_json_media, success_media
from generator.ir.model import NO_DEFAULT, Argument, CursorPagination, Operation, Pagination, RequestBody, Tag
from generator.ir.schemas import component_refs
from generator.ir.types import all_properties, cli_kind, is_object, type_hint, unix_time_unit
from generator.problems import pointer_join
from generator.runtime._operations import OperationSpec, ReconcileSpec
from generator.spec_walk import iter_operations

# Keyword arguments every generated method has besides the operation's own, and the names
# the generated method bodies use (an argument named ``call`` would shadow the prepared call).
RESERVED_ARGUMENTS = frozenset(
    {
        "self",
        "extra_headers",
        "timeout",
        "request_id",
        "max_retries",
        "call",
        "body_from_fields",
        "fetch",
        "page_number",
        "iterate_pages",
        "aiterate_pages",
        "page_cursor",
        "iterate_cursor",
        "aiterate_cursor",
    }
)
# Attributes of the generated clients and resources that a tag or method must not shadow.
_CLIENT_ATTRIBUTES = frozenset(
    {"with_options", "close", "aclose", "sync_clock", "clock", "base_url", "timeout", "max_retries"}
)
_RESOURCE_ATTRIBUTES = frozenset({"with_raw_response"})
_SAFE_METHODS = ("get", "head", "options", "put")


def build_operations(ctx: BuildContext) -> list[Operation]:
    """Every operation of the spec, in document order."""
    root_security = ctx.doc.get("security", [])
    operations = []
    for pointer, path, method, op in iter_operations(ctx.doc):
        operation_id = op.get("operationId") or default_operation_id(method, path)
        tags = op.get("tags") or ["default"]
        security = op.get("security", root_security)
        arguments = _arguments(ctx, pointer, path, op)
        body = _request_body(ctx, pointer, op)
        result_type = _result_type(ctx, pointer, op)
        pagination = _pagination(ctx, arguments, result_type)
        cursor = _cursor_pagination(ctx, pointer, op, arguments, result_type)
        required = bool(security) and all(bool(alternative) for alternative in security)
        checks, checks_skipped = _checks(ctx, pointer, path, op)
        spec = OperationSpec(
            operation_id=str(operation_id),
            method=method.upper(),
            path=path,
            auth_required=required,
            auth_optional=not required and any(bool(alternative) for alternative in security),
            retry_safe=bool(op.get("x-retry-safe", method in _SAFE_METHODS)),
            content_type=body.content_type if body else None,
            accepts=_accepted_kinds(ctx, security),
            checks=checks,
        )
        referenced = {ctx.class_names[name] for name in _argument_refs(ctx, pointer, path, op)}
        operations.append(
            Operation(
                spec=spec,
                py_name=naming.snake(operation_id, "operation"),
                constant_name=naming.constant(operation_id, "OPERATION"),
                cli_name=naming.kebab(operation_id),
                tag=str(tags[0]),
                summary=str(op.get("summary", "")),
                description=str(op.get("description", "")),
                arguments=arguments,
                body=body,
                result_type=result_type,
                deprecated=bool(op.get("deprecated", False)),
                pagination=pagination,
                cursor_pagination=cursor,
                response_example=_response_example(ctx, op),
                checks_skipped=checks_skipped,
                models_used=frozenset(
                    referenced
                    | ({result_type} if result_type else set())
                    | ({pagination.item_type} if pagination else set())
                    | ({cursor.item_type} if cursor else set())
                ),
            )
        )
    return _with_reconcile(ctx, operations)


def _checks(ctx: BuildContext, pointer: str, path: str, op: dict[str, Any]) -> tuple[Any, tuple[str, ...]]:
    """The operation's rule table (`generator.ir.checks`) and what it leaves unchecked."""
    found = _body_media(ctx, op)
    _, request_body = ctx.deref(op.get("requestBody"))
    body_required = isinstance(request_body, dict) and bool(request_body.get("required"))
    body = (found[0], found[1], body_required) if found is not None else None
    return compile_checks(ctx, pointer, _parameters(ctx, pointer, path, op), body, op)


def _accepted_kinds(ctx: BuildContext, security: Any) -> frozenset[str]:
    """The kinds of credentials (``bearer``, ``apiKey``) the operation's security alternatives name."""
    components = ctx.doc.get("components")
    schemes = components.get("securitySchemes", {}) if isinstance(components, dict) else {}
    kinds: set[str] = set()
    for alternative in security if isinstance(security, list) else ():
        for name in alternative if isinstance(alternative, dict) else ():
            scheme = schemes.get(name)
            if not isinstance(scheme, dict):
                continue
            if scheme.get("type") == "apiKey":
                kinds.add("apiKey")
            elif scheme.get("type") in ("http", "oauth2", "openIdConnect"):
                kinds.add("bearer")
    return frozenset(kinds)


def _with_reconcile(ctx: BuildContext, operations: list[Operation]) -> list[Operation]:
    """Operations with their ``x-reconcile`` lookups resolved to the lookup's OperationSpec."""
    by_id = {operation.operation_id: operation for operation in operations}
    found: list[Operation] = []
    raw_ops = [op for _, _, _, op in iter_operations(ctx.doc)]
    for operation, op in zip(operations, raw_ops, strict=True):
        declared = op.get("x-reconcile")
        if not isinstance(declared, dict) or str(declared.get("lookup")) not in by_id:
            found.append(operation)
            continue
        lookup = by_id[str(declared["lookup"])]
        keys = tuple(str(key) for key in declared["keys"])
        items = declared.get("items")
        reconcile = ReconcileSpec(
            lookup=lookup.spec,
            keys=keys,
            lookup_query=tuple(a.wire_name for a in lookup.arguments if a.location == "query"),
            items=str(items) if items else None,
            generate=_generated_key(ctx, op, keys, str(items) if items else None),
            not_found=frozenset(int(code) for code in declared.get("notFound", ())),
            duplicate=frozenset(int(code) for code in declared.get("duplicate", ())),
            fields=tuple((str(k), str(v)) for k, v in (declared.get("fields") or {}).items()),
            **_done_and_results(declared),
        )
        found.append(replace(operation, spec=replace(operation.spec, reconcile=reconcile)))
    return found


def _done_and_results(declared: dict[str, Any]) -> dict[str, Any]:
    """ReconcileSpec's ``done_*`` and batch fields: when a write took effect, how a batch is rebuilt."""
    done = declared.get("done") or {}
    results = declared.get("results") or {}
    counts = results.get("counts") or {}
    return {
        "done_field": str(done["field"]) if "field" in done else None,
        "done_in": frozenset(str(value) for value in done.get("in", ())),
        "done_equals": tuple(str(name) for name in done.get("equals", ())),
        "results": str(results["field"]) if "field" in results else None,
        "success": tuple((str(name), value) for name, value in (results.get("success") or {}).items()),
        "success_counts": tuple(str(name) for name, kind in counts.items() if kind == "success"),
        "failure_counts": tuple(str(name) for name, kind in counts.items() if kind == "failure"),
    }


def _generated_key(
    ctx: BuildContext, op: dict[str, Any], keys: tuple[str, ...], items: str | None
) -> str | None:
    """The one key the client generates: a single optional string key of the order schema."""
    if len(keys) != 1:
        return None
    _, schema = ctx.deref(_body_schema(ctx, op))
    if items is not None and isinstance(schema, dict):
        _, array = ctx.deref((schema.get("properties") or {}).get(items))
        _, schema = ctx.deref(array.get("items") if isinstance(array, dict) else None)
    if not isinstance(schema, dict) or keys[0] in (schema.get("required") or ()):
        return None
    _, prop = ctx.deref((schema.get("properties") or {}).get(keys[0]))
    return keys[0] if isinstance(prop, dict) and prop.get("type") == "string" else None


def _parameters(
    ctx: BuildContext, pointer: str, path: str, op: dict[str, Any]
) -> list[tuple[str, dict[str, Any]]]:
    """Path-level then operation-level parameters, operation winning, with their pointers."""
    merged: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    path_pointer = pointer.rsplit("/", 1)[0]
    path_item = ctx.doc["paths"][path]
    for base, params in (
        (path_pointer, path_item.get("parameters", [])),
        (pointer, op.get("parameters", [])),
    ):
        for index, param in enumerate(params):
            _, resolved = ctx.deref(param)
            if isinstance(resolved, dict) and "name" in resolved:
                key = (str(resolved["name"]), str(resolved.get("in")))
                merged[key] = (pointer_join(base, "parameters", index), resolved)
    return list(merged.values())


def _argument_refs(ctx: BuildContext, pointer: str, path: str, op: dict[str, Any]) -> set[str]:
    """Component schemas named in the type hints of the operation's arguments."""
    found: set[str] = set()
    for _, param in _parameters(ctx, pointer, path, op):
        found |= component_refs(ctx, param.get("schema"))
    body_schema = _body_schema(ctx, op)
    _, body = ctx.deref(body_schema)
    if isinstance(body, dict) and is_object(body):
        for prop in (body.get("properties") or {}).values():
            found |= component_refs(ctx, prop)
    elif body_schema is not None:
        found |= component_refs(ctx, body_schema)
    return {name for name in found if name in ctx.class_names}


# RFC 6265 cookie-name = token (RFC 7230 tchar).
_COOKIE_NAME = re.compile(r"[A-Za-z0-9!#$%&'*+\-.^_`|~]+")


def _arguments(ctx: BuildContext, pointer: str, path: str, op: dict[str, Any]) -> tuple[Argument, ...]:
    raw: list[tuple[str, Argument]] = []
    for param_pointer, param in _parameters(ctx, pointer, path, op):
        location = param.get("in")
        if location == "cookie" and not _COOKIE_NAME.fullmatch(str(param["name"])):
            # A name is sent as it is (RFC 6265 gives it no escaping): one that is not a token
            # cannot be sent at all.
            ctx.error(
                param_pointer,
                f"cookie parameter {param['name']!r} is not supported: a cookie name must be an "
                "RFC 6265 token (letters, digits and !#$%&'*+-.^_`|~)",
            )
            continue
        schema = param.get("schema", {})
        raw.append(
            (
                param_pointer,
                _argument(
                    ctx,
                    str(param["name"]),
                    str(location),
                    bool(param.get("required", location == "path")),
                    schema,
                    description=param.get("description"),
                    example=first_example(param),
                ),
            )
        )
    found = _body_media(ctx, op)
    body_schema = found[1].get("schema") if found else None
    _, target = ctx.deref(body_schema)
    if found is not None and not _spreads_fields(found[0], target):
        _, request_body = ctx.deref(op.get("requestBody"))
        request_body = request_body if isinstance(request_body, dict) else {}
        raw.append(
            (
                pointer_join(pointer, "requestBody"),
                Argument(
                    wire_name="body",
                    py_name="body",
                    location="payload",
                    required=bool(request_body.get("required")),
                    type_hint=_payload_hint(ctx, found[0], body_schema),
                    default=NO_DEFAULT,
                    description=str(request_body.get("description", "")),
                    enum_values=(),
                    kind="str",
                    example=first_example(found[1]),
                ),
            )
        )
    elif found is not None:
        target = target if isinstance(target, dict) else {}
        body_required = set(target.get("required", []))
        body_example = _body_example(ctx, op)
        for name, prop in target.get("properties", {}).items():
            example = body_example.get(name, NO_DEFAULT) if isinstance(body_example, dict) else NO_DEFAULT
            argument = _argument(
                ctx, str(name), "body", name in body_required, prop, description=None, example=example
            )
            given = replace(argument, in_body_example=example is not NO_DEFAULT)
            raw.append((pointer_join(pointer, "requestBody"), given))
    wanted = [naming.snake(argument.wire_name, "arg") for _, argument in raw]
    final = naming.dedupe(wanted, RESERVED_ARGUMENTS)
    arguments = []
    for (where, argument), want, py_name in zip(raw, wanted, final, strict=True):
        if py_name != want:
            ctx.warn(
                where,
                f"argument {argument.wire_name!r} would be {want!r}, which is taken; it is named {py_name!r}",
            )
        arguments.append(replace(argument, py_name=py_name))
    # Required arguments first keeps signatures readable; order within each group is the spec's.
    return tuple(sorted(arguments, key=lambda a: not a.required))


def _argument(
    ctx: BuildContext,
    wire: str,
    location: str,
    required: bool,
    schema: Any,
    *,
    description: Any,
    example: Any,
) -> Argument:
    _, target = ctx.deref(schema)
    target = target if isinstance(target, dict) else {}
    if example is NO_DEFAULT:
        example = first_example(target)
    if example is NO_DEFAULT and target.get("enum"):
        example = target["enum"][0]
    if example is NO_DEFAULT:
        example = target.get("default", NO_DEFAULT)
    hint = type_hint(ctx, schema)
    default = target.get("default", NO_DEFAULT)
    if default is None and "None" not in hint.split(" | "):
        default = NO_DEFAULT  # `default: null` on a schema that does not admit null: no default
    return Argument(
        wire_name=wire,
        py_name=wire,
        location=location,
        required=required,
        type_hint=hint,
        default=default,
        description=str(description if description is not None else target.get("description", "")),
        enum_values=tuple(target.get("enum", ())),
        kind=cli_kind(ctx, schema),
        example=example,
        unix_time=unix_time_unit(ctx, schema),
    )


_FORM_MEDIA = ("application/x-www-form-urlencoded", "multipart/form-data")


def _body_media(ctx: BuildContext, op: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The media type a request body is sent as and its media type object.

    JSON first, then form fields, then multipart, then whatever the spec lists first
    (raw bytes: an upload).
    """
    _, body = ctx.deref(op.get("requestBody"))
    content = body.get("content") if isinstance(body, dict) else None
    if not isinstance(content, dict) or not content:
        return None
    media_types = [str(m) for m in content]
    chosen = next((m for m in media_types if is_json_media(m) and m != "*/*"), None)
    for form in _FORM_MEDIA:
        chosen = chosen or next((m for m in media_types if m.split(";")[0].strip().lower() == form), None)
    chosen = chosen or media_types[0]
    media = content[chosen]
    return chosen.split(";")[0].strip().lower(), media if isinstance(media, dict) else {}


def _spreads_fields(content_type: str, schema: Any) -> bool:
    """Whether the body's top-level properties become keyword arguments."""
    return (is_json_media(content_type) or content_type in _FORM_MEDIA) and is_object(schema)


def _body_example(ctx: BuildContext, op: dict[str, Any]) -> Any:
    found = _body_media(ctx, op)
    example = first_example(found[1]) if found else NO_DEFAULT
    return example if isinstance(example, dict) else {}


def _body_schema(ctx: BuildContext, op: dict[str, Any]) -> Any:
    found = _body_media(ctx, op)
    return found[1].get("schema") if found else None


def _payload_hint(ctx: BuildContext, content_type: str, schema: Any) -> str:
    """The type of a body passed whole: JSON as its schema says, anything else as bytes."""
    if is_json_media(content_type) and content_type != "*/*":
        return type_hint(ctx, schema) if schema is not None else "Any"
    if content_type.startswith("text/"):
        return "str | bytes"
    return "bytes"


def _request_body(ctx: BuildContext, pointer: str, op: dict[str, Any]) -> RequestBody | None:
    _, body = ctx.deref(op.get("requestBody"))
    found = _body_media(ctx, op)
    if not isinstance(body, dict) or found is None:
        return None
    content_type, media = found
    schema_name, target = ctx.deref(media.get("schema"))
    return RequestBody(
        content_type=content_type,
        schema_name=ctx.class_names.get(schema_name) if schema_name and is_object(target) else None,
        required=bool(body.get("required", False)),
    )


def _success_media(ctx: BuildContext, op: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON media type object of the first declared success response."""
    return success_media(ctx.doc, op)


def _data_candidates(
    ctx: BuildContext, schema: Any, field: str, seen: frozenset[int] = frozenset()
) -> list[Any]:
    """Every schema given for the envelope's data field, through composition."""
    _, target = ctx.deref(schema)
    if not isinstance(target, dict) or id(target) in seen:
        return []
    seen = seen | {id(target)}
    found = []
    props = target.get("properties")
    if isinstance(props, dict) and field in props:
        found.append(props[field])
    for key in ("allOf", "oneOf", "anyOf"):
        for item in target.get(key, []) or []:
            found.extend(_data_candidates(ctx, item, field, seen))
    return found


def _result_type(ctx: BuildContext, pointer: str, op: dict[str, Any]) -> str | None:
    media = _success_media(ctx, op)
    schema = media.get("schema") if media else None
    if schema is None:
        return None
    envelope = extensions.root(ctx.doc, "x-envelope")
    candidates = _data_candidates(ctx, schema, envelope["dataField"]) if envelope else [schema]
    names = {ctx.deref(candidate)[0] for candidate in candidates}
    if not names:
        return None
    if len(names) > 1 or None in names:
        ctx.error(
            pointer_join(pointer, "responses"),
            "the success response data must be one named schema ($ref to #/components/schemas/...)",
        )
        return None
    name = names.pop()
    assert name is not None
    return ctx.class_names[name]


def _pagination(
    ctx: BuildContext, arguments: tuple[Argument, ...], result_type: str | None
) -> Pagination | None:
    convention = extensions.root(ctx.doc, "x-pagination")
    if convention is None or result_type is None:
        return None
    page, size = convention["pageParameter"], convention["sizeParameter"]
    items, total = convention["itemsField"], convention["totalField"]
    wires = {a.wire_name for a in arguments if a.location == "query"}
    if page not in wires or size not in wires:
        return None
    props = all_properties(ctx, ctx.schemas[ctx.component_of(result_type)])
    if items not in props or total not in props:
        return None
    item_name, _ = ctx.deref(props[items].get("items", {}))
    if item_name is None:
        return None
    return Pagination(page, size, items, total, ctx.class_names[item_name])


def _cursor_pagination(
    ctx: BuildContext,
    pointer: str,
    op: dict[str, Any],
    arguments: tuple[Argument, ...],
    result_type: str | None,
) -> CursorPagination | None:
    """The cursor listing ``x-cursor-pagination`` describes; its parameters and fields must exist."""
    if "x-cursor-pagination" not in op:
        return None
    raw = extensions.read("x-cursor-pagination", op["x-cursor-pagination"])
    where = pointer_join(pointer, "x-cursor-pagination")
    query = {a.wire_name: a for a in arguments if a.location == "query"}
    limit, cursor = query.get(raw["limitParameter"]), query.get(raw["cursorParameter"])
    if limit is None or cursor is None or cursor.required:
        ctx.error(where, "limitParameter and cursorParameter must be query parameters, the cursor optional")
        return None
    props = all_properties(ctx, ctx.schemas[ctx.component_of(result_type)]) if result_type else {}
    item_name = None
    if raw["itemsField"] in props:
        item_name, _ = ctx.deref(props[raw["itemsField"]].get("items", {}))
    item = ctx.schemas.get(item_name) if item_name is not None else None
    if item_name is None or raw["cursorField"] not in all_properties(ctx, item or {}):
        ctx.error(where, "the result must hold itemsField, an array of a named schema with cursorField")
        return None
    return CursorPagination(
        limit_param=raw["limitParameter"],
        cursor_param=raw["cursorParameter"],
        items_field=raw["itemsField"],
        cursor_field=raw["cursorField"],
        item_type=ctx.class_names[item_name],
        cursor_type="int" if cursor.kind == "int" else "str",
    )


def _response_example(ctx: BuildContext, op: dict[str, Any]) -> Any:
    media = _success_media(ctx, op) or {}
    if "example" in media:
        return media["example"]
    for example in (media.get("examples") or {}).values():
        _, resolved = ctx.deref(example)
        if isinstance(resolved, dict) and "value" in resolved:
            return resolved["value"]
    return None


def first_example(node: Any) -> Any:
    """The ``example``, or the first of ``examples`` (a list, or a map of Example objects)."""
    if not isinstance(node, dict):
        return NO_DEFAULT
    if "example" in node:
        return node["example"]
    examples = node.get("examples")
    if isinstance(examples, list) and examples:
        return examples[0]
    if isinstance(examples, dict):
        for example in examples.values():
            if isinstance(example, dict) and "value" in example:
                return example["value"]
    return NO_DEFAULT


_RESOURCE_CLASS = re.compile(r"^_?(?:Async)?(?P<stem>\w+?)Resource(?:WithRawResponse|Calls)?$")


def _resource_stem(model: str) -> str | None:
    """``Pets`` for a model named like a resource class of tag ``pets`` (``AsyncPetsResource``...)."""
    match = _RESOURCE_CLASS.match(model)
    return match["stem"] if match else None


def _method_names(
    ctx: BuildContext, tag: str, ops: list[Operation], overrides: dict[str, tuple[str, str]]
) -> list[str]:
    """The method name of each operation of ``tag``: without the tag's words where that reads well.

    ``createListenKey`` in ``listen-key`` is ``create``. The full name stays when the short one
    would collide with another operation's name in the tag, or is empty or vague
    (`naming.without_group_words`). ``x-method-name`` on an operation decides outright.
    """
    full = [op.py_name for op in ops]
    short = [naming.without_group_words(op.operation_id, tag) for op in ops]
    chosen = {overrides[op.operation_id][1] for op in ops if op.operation_id in overrides}
    names = []
    for index, op in enumerate(ops):
        if op.operation_id in overrides:
            where, override = overrides[op.operation_id]
            taken = set(full[:index] + full[index + 1 :])
            if naming.snake(override) != override or override in _RESOURCE_ATTRIBUTES or override in taken:
                ctx.error(where, f"x-method-name {override!r} is not a usable method name in tag {tag!r}")
            names.append(override)
            continue
        others = {n for j in range(len(ops)) if j != index for n in (full[j], short[j]) if n} | chosen
        candidate = short[index]
        names.append(candidate if candidate and candidate not in others else full[index])
    return names


def build_tags(ctx: BuildContext, operations: list[Operation]) -> tuple[Tag, ...]:
    """Operations grouped by their first tag: declared tags in order, then undeclared ones sorted."""
    declared = [t for t in ctx.doc.get("tags", []) if isinstance(t, dict) and "name" in t]
    order = [str(t["name"]) for t in declared] + sorted(
        {op.tag for op in operations} - {str(t["name"]) for t in declared}
    )
    descriptions = {str(t["name"]): str(t.get("description", "")) for t in declared}
    used = [name for name in order if any(op.tag == name for op in operations)]
    wanted_attrs = [naming.snake(name, "tag") for name in used]
    attrs = naming.dedupe(wanted_attrs, _CLIENT_ATTRIBUTES)
    # CapWords without a separator: ``Pages`` and ``pages`` give PagesResource, Pages2Resource.
    # A resource module imports models by name, so its classes must not be named like one.
    wanted_classes = [naming.pascal(name, "Tag").rstrip("_") for name in used]
    stems = (_resource_stem(model) for model in ctx.class_names.values())
    class_names = naming.dedupe(wanted_classes, frozenset(s for s in stems if s), separator="")
    where = {str(t["name"]): pointer_join("", "tags", i) for i, t in enumerate(declared)}
    for name, want, attr, want_class, class_name in zip(
        used, wanted_attrs, attrs, wanted_classes, class_names, strict=True
    ):
        if attr != want or class_name != want_class:
            ctx.warn(
                where.get(name, "/paths"),
                f"tag {name!r} would be client.{want} ({want_class}Resource), which is taken; "
                f"it is client.{attr} ({class_name}Resource)",
            )
    overrides = {
        str(op.get("operationId", f"{method}_{path}")): (
            pointer_join(pointer, "x-method-name"),
            op["x-method-name"],
        )
        for pointer, path, method, op in iter_operations(ctx.doc)
        if "x-method-name" in op
    }
    tags = []
    for name, attr, class_name in zip(used, attrs, class_names, strict=True):
        ops = [op for op in operations if op.tag == name]
        wanted_methods = _method_names(ctx, name, ops, overrides)
        method_names = naming.dedupe(wanted_methods, _RESOURCE_ATTRIBUTES)
        renamed = []
        for op, want, method in zip(ops, wanted_methods, method_names, strict=True):
            if method != want:
                ctx.warn(
                    "/paths",
                    f"operation {op.operation_id!r} collides in tag {name!r}; its method is {method!r}",
                )
            renamed.append(op if method == op.py_name else replace(op, py_name=method))
        tags.append(
            Tag(
                name=name,
                py_name=attr,
                class_name=class_name + "Resource",
                description=descriptions.get(name, ""),
                operations=tuple(renamed),
            )
        )
    return tuple(tags)
