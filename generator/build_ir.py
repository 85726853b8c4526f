"""From a validated spec to the intermediate model (`generator.ir.Api`).

Decides every Python name (classes, methods, arguments), every type hint of a
method signature, and which component schemas become models. Naming collisions
are resolved deterministically and reported as warnings.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from typing import Any

from generator import naming
from generator.config import CodegenConfig
from generator.ir import (
    NO_DEFAULT,
    Api,
    Argument,
    ClockSync,
    Envelope,
    ErrorFamily,
    ErrorSignals,
    Keepalive,
    Operation,
    Pagination,
    RequestBody,
    RetryRules,
    Signature,
    Tag,
)
from generator.loader import LoadedSpec
from generator.problems import Problem, Severity, pointer_join
from generator.spec_walk import (
    SCHEMA_REF,
    follow_refs,
    iter_operations,
    iter_refs,
    iter_subschemas,
    schema_name,
)

# Names the models module or the modules importing models already use.
RESERVED_CLASS_NAMES = frozenset(
    {
        "Annotated",
        "Any",
        "AnyUrl",
        "AsyncAPIClient",
        "AsyncIterator",
        "AwareDatetime",
        "BaseModel",
        "ConfigDict",
        "Decimal",
        "Dict",
        "EmailStr",
        "Enum",
        "Field",
        "Generic",
        "IntEnum",
        "Iterator",
        "List",
        "Literal",
        "Mapping",
        "NaiveDatetime",
        "OpenIntEnum",
        "OpenStrEnum",
        "Optional",
        "PreparedCall",
        "RawResponse",
        "RootModel",
        "Sequence",
        "StrEnum",
        "SyncAPIClient",
        "TypeVar",
        "UUID",
        "Union",
        "annotations",
    }
)
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
    }
)
# Attributes of the generated clients and resources that a tag or method must not shadow.
_CLIENT_ATTRIBUTES = frozenset(
    {"with_options", "close", "aclose", "sync_clock", "clock", "base_url", "timeout", "max_retries"}
)
_RESOURCE_ATTRIBUTES = frozenset({"with_raw_response"})
_SUCCESS_STATUSES = ("200", "201", "202", "203", "204", "2XX", "default")


class _Builder:
    def __init__(self, spec: LoadedSpec, config: CodegenConfig) -> None:
        self.spec = spec
        self.doc = spec.document
        self.config = config
        self.problems: list[Problem] = []
        schemas = self.doc.get("components", {}).get("schemas", {})
        self.schemas: dict[str, Any] = schemas if isinstance(schemas, dict) else {}
        self.class_names = self._class_names()

    # -- helpers -----------------------------------------------------------------

    def warn(self, pointer: str, message: str, rule: str = "naming") -> None:
        problem = self.spec.problem(pointer, message, rule)
        self.problems.append(
            Problem(problem.file, problem.line, problem.pointer, problem.message, rule, Severity.WARNING)
        )

    def error(self, pointer: str, message: str, rule: str = "ir") -> None:
        self.problems.append(self.spec.problem(pointer, message, rule))

    def _class_names(self) -> dict[str, str]:
        """Component name → Python class name: CapWords, unique, no keyword or builtin.

        datamodel-code-generator keeps exactly these names (see `emit_models`), so the
        client modules can import them.
        """
        wanted = [naming.class_name(name) for name in self.schemas]
        final = naming.dedupe(wanted, RESERVED_CLASS_NAMES, separator="")
        for name, candidate, chosen in zip(self.schemas, wanted, final, strict=True):
            if chosen != name:
                reason = "collides with another name" if candidate != chosen else "is not a Python class name"
                self.warn(
                    pointer_join("", "components", "schemas", name),
                    f"schema {name!r} {reason}; its class is named {chosen!r} (wire data unchanged)",
                )
        return dict(zip(self.schemas, final, strict=True))

    def deref(self, schema: Any) -> tuple[str | None, Any]:
        """Follow ``$ref`` chains; return the last component name passed and the target."""
        return follow_refs(self.doc, schema)

    # -- types -------------------------------------------------------------------

    def type_hint(self, schema: Any) -> str:
        """The Python type accepted for an argument described by ``schema``."""
        name, target = self.deref(schema)
        if not isinstance(target, dict):
            return "Any"
        if name is not None:
            cls = self.class_names[name]
            if "enum" in target:
                return f"{cls} | {self._literal(target['enum'])}"
            if _is_object(target):
                return f"{cls} | Mapping[str, Any]"
        if "enum" in target and isinstance(target["enum"], list):
            return self._literal(target["enum"])
        if "const" in target:
            return self._literal([target["const"]])
        kinds = target.get("type")
        if isinstance(kinds, list):
            hints = [self._primitive(target, kind) for kind in kinds]
            return " | ".join(dict.fromkeys(hints))
        for key in ("oneOf", "anyOf"):
            if isinstance(target.get(key), list):
                hints = [self.type_hint(item) for item in target[key]]
                return " | ".join(dict.fromkeys(hints))
        return self._primitive(target, kinds)

    def kind(self, schema: Any) -> str:
        """How a command line reads the argument: str, int, float, bool, decimal or list."""
        _, target = self.deref(schema)
        if not isinstance(target, dict):
            return "str"
        kinds = target.get("type")
        kinds = [k for k in kinds if k != "null"] if isinstance(kinds, list) else [kinds]
        kind = kinds[0] if len(kinds) == 1 else None
        if kind == "array":
            return "list"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "string" and target.get("format") == "decimal":
            return "decimal"
        return "str"

    def _primitive(self, schema: dict[str, Any], kind: Any) -> str:
        if kind == "string":
            return "Decimal | str" if schema.get("format") == "decimal" else "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float | Decimal"
        if kind == "boolean":
            return "bool"
        if kind == "null":
            return "None"
        if kind == "array":
            return f"Sequence[{self.type_hint(schema.get('items', {}))}]"
        if kind == "object":
            return "Mapping[str, Any]"
        return "Any"

    @staticmethod
    def _literal(values: list[Any]) -> str:
        usable = [v for v in values if isinstance(v, (str, int, bool)) or v is None]
        if not usable:
            return "Any"
        return "Literal[" + ", ".join(repr(v) for v in usable) + "]"

    # -- operations --------------------------------------------------------------

    def operations(self) -> list[Operation]:
        root_security = self.doc.get("security", [])
        operations = []
        for pointer, path, method, op in iter_operations(self.doc):
            operation_id = op.get("operationId", f"{method}_{path}")
            tags = op.get("tags") or ["default"]
            security = op.get("security", root_security)
            arguments = self.arguments(pointer, path, op)
            body = self.request_body(pointer, op)
            result_type = self.result_type(pointer, op)
            operations.append(
                Operation(
                    operation_id=operation_id,
                    py_name=naming.snake(operation_id, "operation"),
                    constant_name=naming.constant(operation_id, "OPERATION"),
                    cli_name=naming.kebab(operation_id),
                    method=method.upper(),
                    path=path,
                    tag=str(tags[0]),
                    summary=str(op.get("summary", "")),
                    description=str(op.get("description", "")),
                    arguments=arguments,
                    body=body,
                    result_type=result_type,
                    auth_required=bool(security) and any(bool(alt) is not None for alt in security),
                    retry_safe=bool(op.get("x-retry-safe", method in ("get", "head", "options", "put"))),
                    deprecated=bool(op.get("deprecated", False)),
                    pagination=self.pagination(arguments, result_type),
                    response_example=self.response_example(op),
                )
            )
        return operations

    def _parameters(self, pointer: str, path: str, op: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        """Path-level then operation-level parameters, operation winning, with their pointers."""
        merged: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
        path_pointer = pointer.rsplit("/", 1)[0]
        path_item = self.doc["paths"][path]
        for base, params in (
            (path_pointer, path_item.get("parameters", [])),
            (pointer, op.get("parameters", [])),
        ):
            for index, param in enumerate(params):
                _, resolved = self.deref(param)
                if isinstance(resolved, dict) and "name" in resolved:
                    key = (str(resolved["name"]), str(resolved.get("in")))
                    merged[key] = (pointer_join(base, "parameters", index), resolved)
        return list(merged.values())

    def arguments(self, pointer: str, path: str, op: dict[str, Any]) -> tuple[Argument, ...]:
        raw: list[tuple[str, Argument]] = []
        for param_pointer, param in self._parameters(pointer, path, op):
            location = param.get("in")
            if location == "cookie":
                self.warn(param_pointer, "cookie parameters are not supported; it is left out", "ir")
                continue
            schema = param.get("schema", {})
            raw.append(
                (
                    param_pointer,
                    self._argument(
                        str(param["name"]),
                        str(location),
                        bool(param.get("required", location == "path")),
                        schema,
                        description=param.get("description"),
                        example=_first_example(param),
                    ),
                )
            )
        body_schema = self._body_schema(op)
        if body_schema is not None:
            _, target = self.deref(body_schema)
            target = target if isinstance(target, dict) else {}
            body_required = set(target.get("required", []))
            body_example = self._body_example(op)
            for name, prop in target.get("properties", {}).items():
                example = body_example.get(name, NO_DEFAULT) if isinstance(body_example, dict) else NO_DEFAULT
                raw.append(
                    (
                        pointer_join(pointer, "requestBody"),
                        self._argument(
                            str(name), "body", name in body_required, prop, description=None, example=example
                        ),
                    )
                )
        wanted = [naming.snake(argument.wire_name, "arg") for _, argument in raw]
        final = naming.dedupe(wanted, RESERVED_ARGUMENTS)
        arguments = []
        for (where, argument), want, py_name in zip(raw, wanted, final, strict=True):
            if py_name != want:
                self.warn(
                    where,
                    f"argument {argument.wire_name!r} would be {want!r}, which is taken; "
                    f"it is named {py_name!r}",
                )
            arguments.append(replace(argument, py_name=py_name))
        # Required arguments first keeps signatures readable; order within each group is the spec's.
        return tuple(sorted(arguments, key=lambda a: not a.required))

    def _argument(
        self, wire: str, location: str, required: bool, schema: Any, *, description: Any, example: Any
    ) -> Argument:
        _, target = self.deref(schema)
        target = target if isinstance(target, dict) else {}
        if example is NO_DEFAULT:
            example = _first_example(target)
        if example is NO_DEFAULT and target.get("enum"):
            example = target["enum"][0]
        if example is NO_DEFAULT:
            example = target.get("default", NO_DEFAULT)
        return Argument(
            wire_name=wire,
            py_name=wire,
            location=location,
            required=required,
            type_hint=self.type_hint(schema),
            default=target.get("default", NO_DEFAULT),
            description=str(description if description is not None else target.get("description", "")),
            enum_values=tuple(target.get("enum", ())),
            kind=self.kind(schema),
            example=example,
        )

    def _body_example(self, op: dict[str, Any]) -> Any:
        _, body = self.deref(op.get("requestBody"))
        media = body.get("content", {}).get("application/json", {}) if isinstance(body, dict) else {}
        example = _first_example(media) if isinstance(media, dict) else NO_DEFAULT
        return example if isinstance(example, dict) else {}

    def _body_schema(self, op: dict[str, Any]) -> Any:
        _, body = self.deref(op.get("requestBody"))
        if not isinstance(body, dict):
            return None
        media = body.get("content", {}).get("application/json")
        return media.get("schema") if isinstance(media, dict) else None

    def request_body(self, pointer: str, op: dict[str, Any]) -> RequestBody | None:
        _, body = self.deref(op.get("requestBody"))
        if not isinstance(body, dict):
            return None
        content = body.get("content", {})
        if "application/json" not in content:
            self.error(
                pointer_join(pointer, "requestBody"), "only application/json request bodies are supported"
            )
            return None
        schema_name, target = self.deref(content["application/json"].get("schema"))
        if not _is_object(target):
            self.error(
                pointer_join(pointer, "requestBody"),
                "a request body must be an object schema; its properties become keyword arguments",
            )
        return RequestBody(
            content_type="application/json",
            schema_name=self.class_names.get(schema_name) if schema_name else None,
            required=bool(body.get("required", False)),
        )

    def _success_schema(self, op: dict[str, Any]) -> Any:
        responses = op.get("responses", {})
        for status in _SUCCESS_STATUSES:
            if status in responses:
                _, response = self.deref(responses[status])
                media = (
                    response.get("content", {}).get("application/json")
                    if isinstance(response, dict)
                    else None
                )
                return media.get("schema") if isinstance(media, dict) else None
        return None

    def _data_candidates(self, schema: Any, field: str, seen: frozenset[int] = frozenset()) -> list[Any]:
        """Every schema given for the envelope's data field, through composition."""
        _, target = self.deref(schema)
        if not isinstance(target, dict) or id(target) in seen:
            return []
        seen = seen | {id(target)}
        found = []
        props = target.get("properties")
        if isinstance(props, dict) and field in props:
            found.append(props[field])
        for key in ("allOf", "oneOf", "anyOf"):
            for item in target.get(key, []) or []:
                found.extend(self._data_candidates(item, field, seen))
        return found

    def result_type(self, pointer: str, op: dict[str, Any]) -> str | None:
        schema = self._success_schema(op)
        if schema is None:
            return None
        envelope = self.doc.get("x-envelope")
        candidates = (
            self._data_candidates(schema, str(envelope.get("dataField", "data")))
            if isinstance(envelope, dict)
            else [schema]
        )
        names = {self.deref(candidate)[0] for candidate in candidates}
        if not names:
            return None
        if len(names) > 1 or None in names:
            self.error(
                pointer_join(pointer, "responses"),
                "the success response data must be one named schema ($ref to #/components/schemas/...)",
            )
            return None
        name = names.pop()
        assert name is not None
        return self.class_names[name]

    def pagination(self, arguments: tuple[Argument, ...], result_type: str | None) -> Pagination | None:
        convention = self.doc.get("x-pagination")
        if not isinstance(convention, dict) or result_type is None:
            return None
        page, size = convention.get("pageParameter"), convention.get("sizeParameter")
        items, total = convention.get("itemsField"), convention.get("totalField")
        wires = {a.wire_name for a in arguments if a.location == "query"}
        if page not in wires or size not in wires:
            return None
        component = next(name for name, cls in self.class_names.items() if cls == result_type)
        _, target = self.deref(self.schemas[component])
        props = _all_properties(self, target)
        if items not in props or total not in props:
            return None
        item_name, _ = self.deref(props[items].get("items", {}))
        if item_name is None:
            return None
        return Pagination(str(page), str(size), str(items), str(total), self.class_names[item_name])

    def response_example(self, op: dict[str, Any]) -> Any:
        responses = op.get("responses", {})
        for status in _SUCCESS_STATUSES:
            if status not in responses:
                continue
            _, response = self.deref(responses[status])
            media = (
                response.get("content", {}).get("application/json", {}) if isinstance(response, dict) else {}
            )
            if "example" in media:
                return media["example"]
            for example in (media.get("examples") or {}).values():
                _, resolved = self.deref(example)
                if isinstance(resolved, dict) and "value" in resolved:
                    return resolved["value"]
        return None

    # -- package-wide ------------------------------------------------------------

    def tags(self, operations: list[Operation]) -> tuple[Tag, ...]:
        declared = [t for t in self.doc.get("tags", []) if isinstance(t, dict) and "name" in t]
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
        stems = (_resource_stem(model) for model in self.class_names.values())
        class_names = naming.dedupe(wanted_classes, frozenset(s for s in stems if s), separator="")
        where = {str(t["name"]): pointer_join("", "tags", i) for i, t in enumerate(declared)}
        for name, want, attr, want_class, class_name in zip(
            used, wanted_attrs, attrs, wanted_classes, class_names, strict=True
        ):
            if attr != want or class_name != want_class:
                self.warn(
                    where.get(name, "/paths"),
                    f"tag {name!r} would be client.{want} ({want_class}Resource), which is taken; "
                    f"it is client.{attr} ({class_name}Resource)",
                )
        tags = []
        for name, attr, class_name in zip(used, attrs, class_names, strict=True):
            ops = [op for op in operations if op.tag == name]
            method_names = naming.dedupe([op.py_name for op in ops], _RESOURCE_ATTRIBUTES)
            renamed = []
            for op, method in zip(ops, method_names, strict=True):
                if method != op.py_name:
                    self.warn(
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

    def envelope(self) -> Envelope | None:
        raw = self.doc.get("x-envelope")
        if not isinstance(raw, dict):
            return None
        return Envelope(
            code_field=str(raw.get("codeField", "code")),
            message_field=str(raw.get("messageField", "message")),
            data_field=str(raw.get("dataField", "data")),
            request_id_field=str(raw.get("requestIdField", "requestId")),
            success_code=int(raw.get("successCode", 0)),
            request_id_header=str(raw.get("requestIdHeader", "X-Request-ID")),
        )

    def api_key_header(self) -> str | None:
        """The header of the first apiKey scheme sent in a header, signed or not."""
        schemes = self.doc.get("components", {}).get("securitySchemes", {})
        for scheme in schemes.values():
            if isinstance(scheme, dict) and scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                return str(scheme.get("name"))
        return None

    def security(self) -> tuple[bool, Signature | None]:
        schemes = self.doc.get("components", {}).get("securitySchemes", {})
        bearer = any(
            s.get("type") == "http" and str(s.get("scheme", "")).lower() == "bearer" for s in schemes.values()
        )
        signature = None
        for name, scheme in schemes.items():
            raw = scheme.get("x-signature")
            if not isinstance(raw, dict):
                continue
            if scheme.get("type") != "apiKey" or scheme.get("in") != "header":
                self.error(
                    pointer_join("", "components", "securitySchemes", name),
                    "x-signature is supported on apiKey schemes sent in a header",
                )
                continue
            algorithm = str(raw.get("algorithm", "hmac-sha256")).lower()
            if not algorithm.startswith("hmac-"):
                self.error(
                    pointer_join("", "components", "securitySchemes", name, "x-signature", "algorithm"),
                    f"unsupported signing algorithm {algorithm!r}",
                )
            signature = Signature(
                key_header=str(scheme["name"]),
                timestamp_parameter=str(raw.get("timestampParameter", "timestamp")),
                signature_parameter=str(raw.get("signatureParameter", "signature")),
                tolerance_ms=int(raw.get("toleranceMs", 0)),
                digest=algorithm.removeprefix("hmac-"),
            )
        return bearer, signature

    def error_families(self) -> tuple[ErrorFamily, ...]:
        families = []
        for entry in self.doc.get("x-error-families", []) or []:
            name = str(entry.get("family", "api"))
            families.append(
                ErrorFamily(
                    name=name,
                    class_name=naming.pascal(name, "Api") + "Error",
                    docstring=str(
                        entry.get("description") or f"Errors of the {name.replace('_', ' ')} family."
                    ),
                    codes=tuple(int(c) for c in entry.get("codes", [])),
                    code_ranges=tuple((int(lo), int(hi)) for lo, hi in entry.get("codeRanges", [])),
                    http_statuses=tuple(int(s) for s in entry.get("httpStatuses", [])),
                    http_status_ranges=tuple(
                        (int(lo), int(hi)) for lo, hi in entry.get("httpStatusRanges", [])
                    ),
                )
            )
        return tuple(families)

    def retry_rules(self) -> RetryRules:
        raw = self.doc.get("x-retry")
        if not isinstance(raw, dict):
            return RetryRules()
        return RetryRules(
            http_statuses=tuple(int(s) for s in raw.get("httpStatuses", [])),
            codes=tuple(int(c) for c in raw.get("codes", [])),
        )

    def signals(self) -> ErrorSignals:
        raw = self.doc.get("x-error-signals")
        if not isinstance(raw, dict):
            return ErrorSignals()
        token = raw.get("tokenExpired") or {}
        stamp = raw.get("timestampOutsideWindow") or {}
        return ErrorSignals(
            token_expired_codes=tuple(int(c) for c in token.get("codes", [])),
            timestamp_codes=tuple(int(c) for c in stamp.get("codes", [])),
            timestamp_messages=tuple(str(m) for m in stamp.get("messages", [])),
        )

    def _operation_named(
        self, operations: list[Operation], operation_id: Any, pointer: str
    ) -> Operation | None:
        found = next((op for op in operations if op.operation_id == operation_id), None)
        if found is None:
            self.error(pointer, f"no operation has the operationId {operation_id!r}")
        return found

    def clock_sync(self, operations: list[Operation]) -> ClockSync | None:
        schemes = self.doc.get("components", {}).get("securitySchemes", {})
        for name, scheme in schemes.items():
            raw = scheme.get("x-signature", {}).get("clockSync") if isinstance(scheme, dict) else None
            if not isinstance(raw, dict):
                continue
            pointer = pointer_join("", "components", "securitySchemes", name, "x-signature", "clockSync")
            op = self._operation_named(operations, raw.get("operationId"), pointer)
            if op is None:
                return None
            if op.auth_required or op.arguments or op.method != "GET":
                self.error(pointer, "the clock-sync operation must be a public GET without parameters")
                return None
            return ClockSync(path=op.path, field=str(raw.get("field", "timestamp")))
        return None

    def keepalives(self, tags: tuple[Tag, ...]) -> tuple[Keepalive, ...]:
        operations = [op for tag in tags for op in tag.operations]
        found = []
        for pointer, _, _, raw_op in iter_operations(self.doc):
            raw = raw_op.get("x-keepalive")
            if not isinstance(raw, dict):
                continue
            where = pointer_join(pointer, "x-keepalive")
            create = self._operation_named(operations, raw_op.get("operationId"), pointer)
            renew = self._operation_named(operations, raw.get("renew"), pointer_join(where, "renew"))
            close = self._operation_named(operations, raw.get("close"), pointer_join(where, "close"))
            if create is None or renew is None or close is None:
                continue
            key_argument = str(raw.get("keyArgument", ""))
            for op in (renew, close):
                if [a.wire_name for a in op.arguments if a.required] != [key_argument]:
                    self.error(
                        where, f"{op.operation_id} must take exactly one required argument, {key_argument!r}"
                    )
            if create.result_type is None or create.arguments:
                self.error(where, "the creating operation must take no arguments and return data")
                continue
            found.append(
                Keepalive(
                    class_name=naming.pascal(str(raw.get("name", create.operation_id + "Manager"))),
                    tag=next(t.py_name for t in tags if create in t.operations),
                    create=create,
                    renew=renew,
                    close=close,
                    key_field=str(raw.get("keyField", "")),
                    key_argument=next(a.py_name for a in renew.arguments if a.wire_name == key_argument),
                    renew_interval_seconds=float(raw.get("renewIntervalSeconds", 1800)),
                    lifetime_seconds=float(raw.get("lifetimeSeconds", 3600)),
                )
            )
        return tuple(found)

    def model_document(self, operations: list[Operation]) -> dict[str, Any]:
        """The component schemas the package needs as models, renamed to their class names."""
        roots: set[str] = set()
        for pointer, _, _, op in iter_operations(self.doc):
            del pointer
            for param in op.get("parameters", []):
                roots |= self._component_refs(param)
            roots |= self._component_refs(op.get("requestBody"))
        for op_ir in operations:
            if op_ir.result_type:
                roots.add(next(n for n, c in self.class_names.items() if c == op_ir.result_type))
        needed: set[str] = set()
        pending = sorted(roots)
        while pending:
            name = pending.pop()
            if name in needed or name not in self.schemas:
                continue
            needed.add(name)
            pending.extend(sorted(self._component_refs(self.schemas[name]) - needed))
        renamed = {
            self.class_names[name]: _rewrite_refs(copy.deepcopy(self.schemas[name]), self.class_names)
            for name in self.schemas
            if name in needed
        }
        scopes: list[tuple[str, list[str]]] = []
        for name in self.schemas:
            if name in needed:
                base = pointer_join("", "components", "schemas", name)
                for pointer, sub in iter_subschemas(renamed[self.class_names[name]], base):
                    _null_as_nullability(sub)
                    self._name_enum_members(pointer, sub)
                    if isinstance(sub.get("properties"), dict):
                        scopes.append((pointer, [str(p) for p in sub["properties"]]))
        return {
            "openapi": "3.1.0",
            "info": {"title": str(self.doc.get("info", {}).get("title", "")), "version": "0"},
            "paths": {},
            "components": {"schemas": renamed},
            # Read by emit_models: attribute names for properties whose own names cannot be used.
            "x-field-aliases": self._field_aliases(scopes),
        }

    def _field_aliases(self, scopes: list[tuple[str, list[str]]]) -> dict[str, str]:
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
                        self.warn(
                            pointer_join(pointer, "properties", prop),
                            f"property {prop!r} gets the attribute {aliases[prop]!r} "
                            f"(its wire name stays the alias)",
                        )
            groups: dict[str, list[str]] = {}
            for prop in props:
                groups.setdefault(aliases.get(prop, naming.snake(prop, "field")), []).append(prop)
            for attribute, same in groups.items():
                if len(same) > 1:
                    self.warn(
                        pointer_join(pointer, "properties", same[1]),
                        f"properties {', '.join(repr(p) for p in same)} all give the attribute name "
                        f"{attribute!r}; the later ones are numbered (wire names stay the aliases)",
                    )
        return aliases

    def _name_enum_members(self, pointer: str, schema: dict[str, Any]) -> None:
        """Decide the member names of an enum (``x-enum-varnames``) unless the spec gives them.

        Left to themselves, members get names derived from the values that may be non-ASCII
        (and then equal after Python's NFKC normalisation of identifiers: ``ＡＰＩ`` is
        ``API``), or get numbered silently. Here every name is an upper-case ASCII identifier,
        unique in its enum; values that give one name are numbered and reported.
        """
        values = schema.get("enum")
        if not isinstance(values, list) or not values or "x-enum-varnames" in schema:
            return
        wanted = [_member_name(value) for value in values]
        final = naming.dedupe(wanted)
        for value, want, chosen in zip(values, wanted, final, strict=True):
            if want != chosen:
                self.warn(
                    pointer_join(pointer, "enum"),
                    f"enum value {value!r} would be the member {want!r}, which is taken; "
                    f"it is named {chosen!r} (the wire value is unchanged)",
                )
        schema["x-enum-varnames"] = final

    def _component_refs(self, node: Any) -> set[str]:
        found = set()
        for _, ref in iter_refs(node):
            if isinstance(ref, str) and schema_name(ref) is not None:
                found.add(str(schema_name(ref)))
            elif isinstance(ref, str) and ref.startswith("#/components/"):
                _, target = self.deref({"$ref": ref})
                found |= self._component_refs(target)
        return found


def _first_example(node: Any) -> Any:
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


_RESOURCE_CLASS = re.compile(r"^_?(?:Async)?(?P<stem>\w+?)Resource(?:WithRawResponse|Calls)?$")


def _resource_stem(model: str) -> str | None:
    """``Pets`` for a model named like a resource class of tag ``pets`` (``AsyncPetsResource``...)."""
    match = _RESOURCE_CLASS.match(model)
    return match["stem"] if match else None


def _member_name(value: Any) -> str:
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


def _is_object(schema: Any) -> bool:
    return isinstance(schema, dict) and (
        schema.get("type") == "object" or "properties" in schema or "allOf" in schema
    )


def _all_properties(builder: _Builder, schema: Any) -> dict[str, Any]:
    _, target = builder.deref(schema)
    if not isinstance(target, dict):
        return {}
    props = dict(target.get("properties", {}))
    for item in target.get("allOf", []) or []:
        props.update(_all_properties(builder, item))
    return props


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


def build_api(spec: LoadedSpec, config: CodegenConfig) -> tuple[Api, list[Problem]]:
    """The intermediate model of ``spec`` and the problems (mostly naming warnings) found."""
    builder = _Builder(spec, config)
    operations = builder.operations()
    tags = builder.tags(operations)
    bearer, signature = builder.security()
    info = spec.document.get("info", {})
    servers = spec.document.get("servers") or [{"url": "http://localhost"}]
    model_document = builder.model_document(operations)
    api = Api(
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        description=str(info.get("description", "")),
        default_base_url=str(servers[0].get("url", "http://localhost")),
        tags=tags,
        envelope=builder.envelope(),
        signature=signature,
        bearer=bearer,
        api_key_header=builder.api_key_header(),
        error_families=builder.error_families(),
        model_names=tuple(sorted(model_document["components"]["schemas"])),
        model_document=model_document,
        retry=builder.retry_rules(),
        signals=builder.signals(),
        clock_sync=builder.clock_sync(operations),
        keepalives=builder.keepalives(tags),
    )
    return api, builder.problems
