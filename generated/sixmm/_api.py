# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""What the request machinery needs to know about this API; each operation's `OperationSpec`
lives in the ``_api_<tag>`` module of its tag, loaded with the tag's resource class."""

from __future__ import annotations

import importlib

from ._errors import ERRORS
from ._operations import (
    ApiDescription,
    ClockSyncSpec,
    EnvelopeSpec,
    ErrorSignalSpec,
    OperationSpec,
    RequestChecks,
    SessionSpec,
    SignatureSpec,
)

__all__ = ["API", "operation_specs"]

API = ApiDescription(
    name="6MM REST API",
    default_base_url="https://api.6mm.com",
    env_prefix="SIXMM_",
    user_agent="sixmm-python/0.3.0",
    envelope=EnvelopeSpec(
        code_field="code",
        message_field="message",
        data_field="data",
        request_id_field="requestId",
        success_code=0,
    ),
    signature=SignatureSpec(
        key_header="X-API-KEY",
        timestamp_parameter="timestamp",
        signature_parameter="signature",
        tolerance_ms=10000,
    ),
    bearer=True,
    api_key_header="X-API-KEY",
    signals=ErrorSignalSpec(
        token_expired_codes=frozenset({1002}),
        timestamp_messages=("Timestamp outside of tolerance window",),
    ),
    clock_sync=ClockSyncSpec(path="/v1/time", field="timestampMs"),
    retry_codes=frozenset({5002, 5003}),
    errors=ERRORS,
    secret_fields=frozenset({"accessToken", "apiSecret", "password"}),
    session=SessionSpec(
        login="login",
        refresh=OperationSpec(
            operation_id="refreshToken",
            method="POST",
            path="/v1/public/user/refresh-token",
            auth_required=False,
            retry_safe=False,
            checks=RequestChecks(),
        ),
        logout="logout",
    ),
)

_MODULES: tuple[str, ...] = (
    "_api_public",
    "_api_market",
    "_api_user",
    "_api_api_key",
    "_api_order",
    "_api_position",
    "_api_listen_key",
)


def operation_specs() -> dict[str, OperationSpec]:
    """Every operation's spec by operationId (this loads every tag's module)."""
    found: dict[str, OperationSpec] = {}
    for module in _MODULES:
        for value in vars(importlib.import_module(f"{__package__}.{module}")).values():
            if isinstance(value, OperationSpec):
                found[value.operation_id] = value
    return found
