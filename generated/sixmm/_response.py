# Copied from generator/runtime/_response.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Turning an HTTP response into the operation's typed result or a typed exception."""

from __future__ import annotations

import functools
import json
import re
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._decimal import WIRE_CONTEXT
from ._exceptions import APIError, DecodeError
from ._operations import ApiDescription, EnvelopeSpec
from ._retry import parse_retry_after

if TYPE_CHECKING:
    from pydantic import BaseModel, TypeAdapter, ValidationError

# Pydantic is imported where a result is read, not with the package: importing the package stays
# light, and by the time a response arrives its result model has loaded pydantic anyway.
ModelT = TypeVar("ModelT", bound="BaseModel")


def _validation_error() -> type[ValidationError]:
    # Not a local import in the functions that validate: a model is built on first use and
    # resolves its annotations in the namespace of the frame that uses it, so a local
    # `ValidationError` there would stand for a schema of that name (Twilio has one).
    from pydantic import ValidationError  # noqa: PLC0415

    return ValidationError


_EXCERPT_CHARS = 500


def body_excerpt(content: bytes, secret_fields: frozenset[str] = frozenset()) -> str:
    """The first few hundred characters of a body, for error messages.

    The JSON string value of every field named in ``secret_fields`` is masked first, also
    one the cut leaves unterminated, so an API secret or token never reaches an error.
    """
    text = content[: _EXCERPT_CHARS * 4].decode("utf-8", errors="replace")
    if secret_fields:
        text = _secret_values(secret_fields).sub(r'\1"<redacted>"', text)
    return text if len(text) <= _EXCERPT_CHARS else text[:_EXCERPT_CHARS] + "…"


@functools.cache
def _secret_values(secret_fields: frozenset[str]) -> re.Pattern[str]:
    names = "|".join(re.escape(name) for name in sorted(secret_fields))
    return re.compile(rf'("(?:{names})"\s*:\s*)"(?:[^"\\]|\\.)*(?:"|\\?$)')


def _retry_after_seconds(response: httpx.Response) -> float | None:
    return parse_retry_after(response.headers.get("Retry-After"))


def _status_error(api: ApiDescription, response: httpx.Response, request_id: str, reason: str) -> APIError:
    """An error for a non-2xx response whose body is not an envelope."""
    cls = api.errors.class_for(None, response.status_code)
    return cls(
        f"HTTP {response.status_code} {response.reason_phrase}: {reason}",
        code=None,
        http_status=response.status_code,
        request_id=request_id,
        retry_after=_retry_after_seconds(response),
        body_excerpt=body_excerpt(response.content, api.secret_fields),
    )


def _decode_error(
    response: httpx.Response, request_id: str, reason: str, secret_fields: frozenset[str] = frozenset()
) -> DecodeError:
    return DecodeError(
        reason,
        http_status=response.status_code,
        request_id=request_id,
        body_excerpt=body_excerpt(response.content, secret_fields),
    )


def read_envelope(
    api: ApiDescription, response: httpx.Response, request_id: str, *, empty_ok: bool = False
) -> tuple[Any, str]:
    """Check the envelope of ``response`` and return its ``data`` and request id.

    Raises the `APIError` subclass for the envelope code (or HTTP status), or
    `DecodeError` when the body is not an envelope. The envelope code must be a JSON
    integer (not a string, float or boolean), as on the fast path. With ``empty_ok``
    (an operation whose success carries no data), a 2xx response with no body, such
    as HTTP 204, is a success.
    """
    envelope = api.envelope
    success = 200 <= response.status_code < 300
    if empty_ok and success and not response.content.strip():
        return None, request_id
    try:
        payload = json.loads(response.content)
    except RecursionError as exc:
        if not success:
            raise _status_error(api, response, request_id, "the body nests too deeply") from exc
        raise _decode_error(
            response, request_id, "the response body nests too deeply to read", api.secret_fields
        ) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        if not success:
            raise _status_error(api, response, request_id, "the body is not JSON") from exc
        raise _decode_error(
            response, request_id, f"the response body is not valid JSON ({exc})", api.secret_fields
        ) from exc
    if envelope is None:
        if not success:
            raise _status_error(api, response, request_id, "request failed")
        return payload, request_id
    code = payload.get(envelope.code_field) if isinstance(payload, dict) else None
    if not isinstance(code, int) or isinstance(code, bool):
        if not success:
            raise _status_error(api, response, request_id, "the body is not a response envelope")
        raise _decode_error(
            response,
            request_id,
            f"the response is not an envelope: no integer {envelope.code_field!r} field",
            api.secret_fields,
        )
    assert isinstance(payload, dict)
    server_request_id = payload.get(envelope.request_id_field)
    if isinstance(server_request_id, str) and server_request_id:
        request_id = server_request_id
    if code != envelope.success_code or not success:
        message = payload.get(envelope.message_field)
        cls = api.errors.class_for(code if code != envelope.success_code else None, response.status_code)
        raise cls(
            str(message) if message is not None else f"error code {code}",
            code=code,
            http_status=response.status_code,
            request_id=request_id,
            retry_after=_retry_after_seconds(response),
        )
    return payload.get(envelope.data_field), request_id


@functools.cache
def _success_adapter(envelope: EnvelopeSpec, result_type: type[BaseModel]) -> TypeAdapter[Any]:
    """A validator for a whole success envelope carrying ``result_type``, built once per type."""
    from pydantic import ConfigDict, Field, StrictInt, TypeAdapter, create_model  # noqa: PLC0415

    data_type: Any = result_type | None
    model = create_model(
        f"{result_type.__name__}Envelope",
        __config__=ConfigDict(extra="ignore", defer_build=True),
        # Strict: "0", 0.0 and false are not the code 0 (read_envelope agrees).
        code=(StrictInt, Field(alias=envelope.code_field)),
        request_id=(str | None, Field(None, alias=envelope.request_id_field)),
        data=(data_type, Field(None, alias=envelope.data_field)),
    )
    return TypeAdapter(model)


def read_success(
    api: ApiDescription, response: httpx.Response, result_type: type[ModelT]
) -> tuple[ModelT, str | None] | None:
    """The fast path: a 2xx success envelope validated straight from the bytes, in one pass.

    Returns None for anything else (errors, bodies that do not validate); the caller
    then takes the slow path, which explains exactly what is wrong.
    """
    envelope = api.envelope
    if envelope is None or not 200 <= response.status_code < 300:
        return None
    try:
        parsed = _success_adapter(envelope, result_type).validate_json(response.content)
    except (_validation_error(), RecursionError):
        return None
    if parsed.code != envelope.success_code or parsed.data is None:
        return None
    return parsed.data, parsed.request_id


def parse_data(
    data: Any,
    result_type: type[ModelT],
    response: httpx.Response,
    request_id: str,
    secret_fields: frozenset[str] = frozenset(),
) -> ModelT:
    """Validate the envelope's ``data`` into ``result_type``; ``secret_fields`` are masked in errors."""
    if data is None:
        raise _decode_error(
            response, request_id, f"the response carries no data for {result_type.__name__}", secret_fields
        )
    try:
        return result_type.model_validate(data, context=WIRE_CONTEXT)
    except RecursionError as exc:
        raise _decode_error(
            response, request_id, "the response data nests too deeply to read", secret_fields
        ) from exc
    except _validation_error() as exc:
        summary = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}" for err in exc.errors()[:5]
        )
        raise _decode_error(
            response,
            request_id,
            f"the response data does not match {result_type.__name__}: {summary}",
            secret_fields,
        ) from exc
