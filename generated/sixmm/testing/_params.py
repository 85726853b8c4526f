# Copied from extras/testing/_params.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Query parameters and JSON bodies, validated as the spec declares them.

Errors carry the documented codes (answered with HTTP 200, like every business error):

* 2001 a required parameter (or body field, or the body itself) is missing;
* 2002 a value has the wrong type or is not one of the enum values (case-sensitive),
  or a parameter is repeated;
* 2003 a number is out of range: below the declared ``minimum``, above the maximum
  this exchange documents (``pageSize`` and ``limit`` at most 1000, at most 200
  favorite symbols), or outside int32/int64.

Parameters the operation does not declare (``timestamp``, ``signature``, anything
else) are ignored, as OpenAPI allows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final, Literal
from urllib.parse import parse_qsl

from ._envelope import INVALID_PARAMETER, MISSING, MISSING_PARAMETER, OUT_OF_RANGE, EnvelopeError

__all__ = [
    "ParamSpec",
    "parse_query",
    "require_string",
    "require_string_list",
    "body_object",
    "body_string",
    "body_enum",
    "body_decimal",
    "body_bool",
    "body_int",
    "body_list",
    "INT32",
    "INT64",
    "MAX_PAGE_SIZE",
    "MAX_HISTORY_LIMIT",
    "MAX_FAVORITE_SYMBOLS",
]

INT32: Final = (-(2**31), 2**31 - 1)
INT64: Final = (-(2**63), 2**63 - 1)
MAX_PAGE_SIZE: Final = 1000
"""Largest ``pageSize`` of getAccountChangeLog (the docs name none; this exchange picks 1000)."""
MAX_HISTORY_LIMIT: Final = 1000
"""Largest ``limit`` of getBalanceHistory (the docs name none; this exchange picks 1000)."""
MAX_FAVORITE_SYMBOLS: Final = 200
"""Longest favorite symbol list saveFavoriteSymbols accepts (undocumented; chosen here)."""

_INTEGER = re.compile(r"\A-?[0-9]+\Z")


@dataclass(frozen=True, slots=True)
class ParamSpec:
    """One declared query parameter."""

    name: str
    kind: Literal["string", "int32", "int64", "enum"]
    required: bool = False
    default: int | str | None = None
    minimum: int | None = None
    maximum: int | None = None
    enum: tuple[str, ...] = ()


def _out_of_range(spec: ParamSpec, low: int, high: int) -> EnvelopeError:
    message = f"parameter out of range: {spec.name} must be between {low} and {high}"
    return EnvelopeError(OUT_OF_RANGE, message)


def _parse_int(spec: ParamSpec, raw: str) -> int:
    if not _INTEGER.match(raw):
        raise EnvelopeError(INVALID_PARAMETER, f"invalid parameter value: {spec.name} must be an integer")
    low, high = INT32 if spec.kind == "int32" else INT64
    digits = raw.lstrip("-").lstrip("0")
    if len(digits) > 20:  # far outside int64; int() of huge strings is refused anyway
        raise _out_of_range(spec, low, high)
    value = int(raw)
    if spec.minimum is not None:
        low = max(low, spec.minimum)
    if spec.maximum is not None:
        high = min(high, spec.maximum)
    if not low <= value <= high:
        raise _out_of_range(spec, low, high)
    return value


def _parse_one(spec: ParamSpec, raw: str) -> int | str:
    if spec.kind in ("int32", "int64"):
        return _parse_int(spec, raw)
    if spec.kind == "enum":
        if raw not in spec.enum:
            allowed = ", ".join(spec.enum)
            message = f"invalid parameter value: {spec.name} must be one of {allowed}"
            raise EnvelopeError(INVALID_PARAMETER, message)
        return raw
    return raw


def parse_query(query_string: bytes, specs: Sequence[ParamSpec]) -> dict[str, Any]:
    """The declared parameters of ``query_string``, typed; defaults filled in, absent optional ones None.

    An empty value (``name=``) of an optional string parameter counts as absent.
    """
    try:
        text = query_string.decode("utf-8")
    except UnicodeDecodeError as exc:
        message = "invalid parameter value: the query string is not UTF-8"
        raise EnvelopeError(INVALID_PARAMETER, message) from exc
    declared = {spec.name: spec for spec in specs}
    seen: dict[str, list[str]] = {}
    for name, value in parse_qsl(text, keep_blank_values=True):
        if name in declared:
            seen.setdefault(name, []).append(value)
    result: dict[str, Any] = {}
    for spec in specs:
        values = seen.get(spec.name)
        if not values or (spec.kind == "string" and values == [""] and not spec.required):
            if spec.required:
                raise EnvelopeError(MISSING_PARAMETER, f"missing required parameter: {spec.name}")
            result[spec.name] = spec.default
            continue
        if len(values) > 1:
            message = f"invalid parameter value: {spec.name} is given more than once"
            raise EnvelopeError(INVALID_PARAMETER, message)
        result[spec.name] = _parse_one(spec, values[0])
    return result


def _object(body: Any) -> Mapping[str, Any]:
    if not isinstance(body, dict):
        raise EnvelopeError(INVALID_PARAMETER, "invalid parameter value: the body must be a JSON object")
    return body


def require_string(body: Any, name: str) -> str:
    """Field ``name`` of a JSON object body, which must be a string."""
    fields = _object(body)
    if name not in fields:
        raise EnvelopeError(MISSING_PARAMETER, f"missing required parameter: {name}")
    value = fields[name]
    if not isinstance(value, str):
        raise EnvelopeError(INVALID_PARAMETER, f"invalid parameter value: {name} must be a string")
    return value


def require_string_list(body: Any, name: str, *, max_items: int) -> list[str]:
    """Field ``name`` of a JSON object body, which must be an array of at most ``max_items`` strings."""
    fields = _object(body)
    if name not in fields:
        raise EnvelopeError(MISSING_PARAMETER, f"missing required parameter: {name}")
    value = fields[name]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise EnvelopeError(INVALID_PARAMETER, f"invalid parameter value: {name} must be an array of strings")
    if len(value) > max_items:
        raise EnvelopeError(OUT_OF_RANGE, f"parameter out of range: {name} holds at most {max_items} items")
    return list(value)


_DECIMAL_LITERAL: Final = re.compile(r"\A-?[0-9]+(\.[0-9]+)?\Z")


def body_object(body: Any) -> Mapping[str, Any]:
    """A JSON object body (an absent optional body, `MISSING`, counts as ``{}``)."""
    return {} if body is MISSING else _object(body)


def _null(name: str) -> EnvelopeError:
    return EnvelopeError(INVALID_PARAMETER, f"invalid parameter value: {name} must not be null")


def body_string(
    fields: Mapping[str, Any],
    name: str,
    *,
    required: bool = False,
    min_length: int = 0,
    max_length: int | None = None,
) -> str | None:
    """Optional (or required) string field ``name``, of ``min_length`` to ``max_length`` characters."""
    if name not in fields:
        if required:
            raise EnvelopeError(MISSING_PARAMETER, f"missing required parameter: {name}")
        return None
    value = fields[name]
    if value is None:
        raise _null(name)
    if not isinstance(value, str):
        raise EnvelopeError(INVALID_PARAMETER, f"invalid parameter value: {name} must be a string")
    if len(value) < min_length or (max_length is not None and len(value) > max_length):
        raise EnvelopeError(
            OUT_OF_RANGE, f"parameter out of range: {name} has {min_length} to {max_length} characters"
        )
    return value


def body_enum(
    fields: Mapping[str, Any], name: str, values: Sequence[str], *, required: bool = False
) -> str | None:
    """String field ``name``, one of ``values``."""
    value = body_string(fields, name, required=required)
    if value is not None and value not in values:
        raise EnvelopeError(
            INVALID_PARAMETER, f"invalid parameter value: {name} must be one of {', '.join(values)}"
        )
    return value


def body_decimal(fields: Mapping[str, Any], name: str, *, required: bool = False) -> Decimal | None:
    """Decimal-string field ``name`` (a plain decimal literal, never a JSON number)."""
    value = body_string(fields, name, required=required)
    if value is None:
        return None
    if not _DECIMAL_LITERAL.match(value):
        raise EnvelopeError(INVALID_PARAMETER, f"invalid parameter value: {name} must be a decimal string")
    return Decimal(value)


def body_bool(fields: Mapping[str, Any], name: str, default: bool = False) -> bool:
    """Boolean field ``name``."""
    if name not in fields:
        return default
    value = fields[name]
    if not isinstance(value, bool):
        raise EnvelopeError(INVALID_PARAMETER, f"invalid parameter value: {name} must be a boolean")
    return value


def body_int(
    fields: Mapping[str, Any],
    name: str,
    *,
    required: bool = False,
    default: int | None = None,
    allowed: Sequence[int] | None = None,
    minimum: int | None = None,
    maximum: int | None = None,
) -> int | None:
    """Integer field ``name``, optionally one of ``allowed`` or within bounds."""
    if name not in fields:
        if required:
            raise EnvelopeError(MISSING_PARAMETER, f"missing required parameter: {name}")
        return default
    value = fields[name]
    if isinstance(value, bool) or not isinstance(value, int):
        raise EnvelopeError(INVALID_PARAMETER, f"invalid parameter value: {name} must be an integer")
    if allowed is not None and value not in allowed:
        raise EnvelopeError(
            INVALID_PARAMETER, f"invalid parameter value: {name} must be one of {list(allowed)}"
        )
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        raise EnvelopeError(OUT_OF_RANGE, f"parameter out of range: {name}")
    return value


def body_list(fields: Mapping[str, Any], name: str, *, required: bool = True) -> list[Any]:
    """Array field ``name`` (non-empty when required)."""
    if name not in fields:
        if required:
            raise EnvelopeError(MISSING_PARAMETER, f"missing required parameter: {name}")
        return []
    value = fields[name]
    if not isinstance(value, list):
        raise EnvelopeError(INVALID_PARAMETER, f"invalid parameter value: {name} must be an array")
    if required and not value:
        raise EnvelopeError(OUT_OF_RANGE, f"parameter out of range: {name} must not be empty")
    return value
