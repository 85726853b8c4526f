"""The API's shared conventions, read from its ``x-`` extensions into the runtime's own values.

Every extension value was validated against its declaration (`generator.extensions`)
before this module reads it, and `extensions.read` has filled in the declared defaults,
so nothing here checks shapes or repeats a default. Cross-references (an operationId
that must exist, a key argument an operation must take) are checked here, as located
problems.
"""

from __future__ import annotations

from typing import Any

from generator import extensions, naming
from generator.config import CodegenConfig
from generator.ir.context import BuildContext
from generator.ir.model import ErrorFamily, Keepalive, Operation, Tag
from generator.problems import pointer_join
from generator.runtime._operations import (
    ApiDescription,
    ClockSyncSpec,
    EnvelopeSpec,
    ErrorSignalSpec,
    SessionSpec,
    SignatureSpec,
)
from generator.spec_walk import iter_operations


def api_description(ctx: BuildContext, config: CodegenConfig, operations: list[Operation]) -> ApiDescription:
    """Package-wide facts for the request machinery, from the spec and the package config."""
    package = config.package
    servers = ctx.doc.get("servers") or [{"url": "http://localhost"}]
    envelope = extensions.root(ctx.doc, "x-envelope")
    retry = extensions.read("x-retry", ctx.doc.get("x-retry", {}))
    signals = extensions.read("x-error-signals", ctx.doc.get("x-error-signals", {}))
    signature, clock_sync = _signature(ctx, operations)
    # OAuth 2 and OpenID Connect tokens travel as bearer tokens too.
    bearer = any(
        (scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer")
        or scheme.get("type") in ("oauth2", "openIdConnect")
        for _, scheme in _schemes(ctx)
    )
    api_key_header = _api_key_header(ctx)
    return ApiDescription(
        name=str(ctx.doc.get("info", {}).get("title", "")),
        default_base_url=str(servers[0].get("url", "http://localhost")),
        env_prefix=package.env_prefix,
        user_agent=f"{package.distribution}-python/{package.version}",
        request_id_header=envelope["requestIdHeader"] if envelope else "X-Request-ID",
        envelope=(
            EnvelopeSpec(
                code_field=envelope["codeField"],
                message_field=envelope["messageField"],
                data_field=envelope["dataField"],
                request_id_field=envelope["requestIdField"],
                success_code=envelope["successCode"],
            )
            if envelope
            else None
        ),
        signature=signature,
        bearer=bearer,
        api_key_header=api_key_header,
        credentials_required=(bearer or api_key_header is not None)
        and any(op.spec.auth_required for op in operations),
        signals=ErrorSignalSpec(
            token_expired_codes=frozenset(signals["tokenExpired"]["codes"]),
            timestamp_codes=frozenset(signals["timestampOutsideWindow"]["codes"]),
            timestamp_messages=tuple(signals["timestampOutsideWindow"]["messages"]),
        ),
        clock_sync=clock_sync,
        retry_statuses=frozenset(retry["httpStatuses"]),
        retry_codes=frozenset(retry["codes"]),
        secret_fields=_secret_fields(ctx.doc),
        session=_session(ctx, operations),
    )


def _session(ctx: BuildContext, operations: list[Operation]) -> SessionSpec | None:
    """The login session (``x-session``): its operations must exist, and login and refresh return data."""
    raw = extensions.root(ctx.doc, "x-session")
    if raw is None:
        return None
    where = "/x-session"
    login = _operation_named(ctx, operations, raw["login"], pointer_join(where, "login"))
    refresh = _operation_named(ctx, operations, raw["refresh"], pointer_join(where, "refresh"))
    logout = (
        None
        if raw["logout"] is None
        else _operation_named(ctx, operations, raw["logout"], pointer_join(where, "logout"))
    )
    if login is None or refresh is None or (raw["logout"] is not None and logout is None):
        return None
    usable = True
    for key, op in (("login", login), ("refresh", refresh)):
        if op.result_type is None:
            ctx.error(pointer_join(where, key), f"{op.operation_id} must return data holding the token")
            usable = False
    if refresh.auth_required or any(a.required for a in refresh.arguments):
        ctx.error(pointer_join(where, "refresh"), "the refresh must be public and take no required argument")
        usable = False
    if not usable:
        return None
    return SessionSpec(
        login=login.operation_id,
        refresh=refresh.spec,
        logout=logout.operation_id if logout is not None else None,
        result_field=raw["tokenField"],
        cookie=raw["refreshCookie"],
    )


def _secret_fields(node: Any) -> frozenset[str]:
    """Wire names of the properties and parameters anywhere in ``node`` typed ``format: password``."""
    found: set[str] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, list):
            stack.extend(current)
            continue
        if not isinstance(current, dict):
            continue
        properties = current.get("properties")
        if isinstance(properties, dict):
            found.update(
                name
                for name, schema in properties.items()
                if isinstance(schema, dict) and schema.get("format") == "password"
            )
        schema = current.get("schema")
        if (
            isinstance(current.get("name"), str)
            and isinstance(schema, dict)
            and schema.get("format") == "password"
        ):
            found.add(current["name"])
        stack.extend(value for key, value in current.items() if not key.startswith("x-"))
    return frozenset(found)


def _schemes(ctx: BuildContext) -> list[tuple[str, dict[str, Any]]]:
    components = ctx.doc.get("components")
    schemes = components.get("securitySchemes", {}) if isinstance(components, dict) else {}
    return [(name, scheme) for name, scheme in schemes.items() if isinstance(scheme, dict)]


def _api_key_header(ctx: BuildContext) -> str | None:
    """The header of the first apiKey scheme sent in a header, signed or not."""
    for _, scheme in _schemes(ctx):
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            return str(scheme.get("name"))
    return None


def _signature(
    ctx: BuildContext, operations: list[Operation]
) -> tuple[SignatureSpec | None, ClockSyncSpec | None]:
    signature, clock_sync = None, None
    for name, scheme in _schemes(ctx):
        if "x-signature" not in scheme:
            continue
        where = pointer_join("", "components", "securitySchemes", name)
        if scheme.get("type") != "apiKey" or scheme.get("in") != "header":
            ctx.error(where, "x-signature is supported on apiKey schemes sent in a header")
            continue
        raw = extensions.read("x-signature", scheme["x-signature"])
        signature = SignatureSpec(
            key_header=str(scheme["name"]),
            timestamp_parameter=raw["timestampParameter"],
            signature_parameter=raw["signatureParameter"],
            tolerance_ms=raw["toleranceMs"],
            digest=raw["algorithm"].removeprefix("hmac-"),
        )
        if "clockSync" in raw:
            clock_sync = _clock_sync(
                ctx, operations, raw["clockSync"], pointer_join(where, "x-signature", "clockSync")
            )
    return signature, clock_sync


def _clock_sync(
    ctx: BuildContext, operations: list[Operation], raw: dict[str, Any], pointer: str
) -> ClockSyncSpec | None:
    op = _operation_named(ctx, operations, raw["operationId"], pointer_join(pointer, "operationId"))
    if op is None:
        return None
    if op.auth_required or op.arguments or op.method != "GET":
        ctx.error(pointer, "the clock-sync operation must be a public GET without parameters")
        return None
    return ClockSyncSpec(path=op.path, field=raw["field"])


def _operation_named(
    ctx: BuildContext, operations: list[Operation], operation_id: str, pointer: str
) -> Operation | None:
    found = next((op for op in operations if op.operation_id == operation_id), None)
    if found is None:
        ctx.error(pointer, f"no operation has the operationId {operation_id!r}")
    return found


def error_families(ctx: BuildContext) -> tuple[ErrorFamily, ...]:
    """The declared error families, in declaration order (the first match wins)."""
    families = []
    for entry in extensions.read("x-error-families", ctx.doc.get("x-error-families", [])):
        name = entry["family"]
        families.append(
            ErrorFamily(
                name=name,
                class_name=naming.pascal(name, "Api") + "Error",
                docstring=str(entry.get("description") or f"Errors of the {name.replace('_', ' ')} family."),
                codes=tuple(entry["codes"]),
                code_ranges=tuple((low, high) for low, high in entry["codeRanges"]),
                http_statuses=tuple(entry["httpStatuses"]),
                http_status_ranges=tuple((low, high) for low, high in entry["httpStatusRanges"]),
            )
        )
    return tuple(families)


def keepalives(ctx: BuildContext, tags: tuple[Tag, ...]) -> tuple[Keepalive, ...]:
    """Managers for keys that expire unless renewed (``x-keepalive``)."""
    operations = [op for tag in tags for op in tag.operations]
    found = []
    for pointer, path, method, raw_op in iter_operations(ctx.doc):
        if "x-keepalive" not in raw_op:
            continue
        raw = extensions.read("x-keepalive", raw_op["x-keepalive"])
        where = pointer_join(pointer, "x-keepalive")
        # The operation the extension sits on, by method and path: its operationId may be derived.
        create = next((op for op in operations if (op.method, op.path) == (method.upper(), path)), None)
        renew = _operation_named(ctx, operations, raw["renew"], pointer_join(where, "renew"))
        close = _operation_named(ctx, operations, raw["close"], pointer_join(where, "close"))
        if create is None or renew is None or close is None:
            continue
        key_argument = raw["keyArgument"]
        usable = True
        for op in (renew, close):
            if [a.wire_name for a in op.arguments if a.required] != [key_argument]:
                ctx.error(
                    where, f"{op.operation_id} must take exactly one required argument, {key_argument!r}"
                )
                usable = False
        if create.result_type is None or create.arguments:
            ctx.error(where, "the creating operation must take no arguments and return data")
            usable = False
        if not usable:
            continue
        found.append(
            Keepalive(
                class_name=naming.pascal(raw.get("name", create.operation_id + "Manager")),
                tag=next(t.py_name for t in tags if create in t.operations),
                create=create,
                renew=renew,
                close=close,
                key_field=raw["keyField"],
                key_argument=next(a.py_name for a in renew.arguments if a.wire_name == key_argument),
                renew_interval_seconds=float(raw["renewIntervalSeconds"]),
                lifetime_seconds=float(raw["lifetimeSeconds"]),
            )
        )
    return tuple(found)
