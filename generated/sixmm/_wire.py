# Copied from generator/runtime/_wire.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The exact bytes of a request: query strings and JSON bodies.

Signing covers these bytes, so they are produced once, here, and sent as they
are: the HTTP library never re-encodes or reorders them.
"""

from __future__ import annotations

import enum
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeGuard
from urllib.parse import quote

if TYPE_CHECKING:
    from pydantic import BaseModel


def is_model(value: object) -> TypeGuard[BaseModel]:
    """True for a Pydantic model instance.

    Checked without importing ``pydantic.main``: until it is imported no model can exist,
    and importing the package stays free of it (models load with the first call).
    """
    main = sys.modules.get("pydantic.main")
    return main is not None and isinstance(value, main.BaseModel)


def format_scalar(value: object) -> str:
    """A query-string value as text: booleans lower-case, decimals without exponent."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def encode_query(items: Iterable[tuple[str, object]]) -> str:
    """``name=value`` pairs in the given order; ``None`` is left out, sequences repeat the name.

    Everything but RFC 3986 unreserved characters is percent-encoded, so the
    string is sent exactly as built.
    """
    parts: list[str] = []
    for name, value in items:
        if value is None:
            continue
        values = value if isinstance(value, (list, tuple)) else (value,)
        key = quote(name, safe="")
        parts.extend(f"{key}={quote(format_scalar(item), safe='')}" for item in values)
    return "&".join(parts)


# RFC 6265 cookie-octet, less "%" (which marks an escape here): everything else is
# percent-encoded (UTF-8), so no value can end the pair or the header early.
_COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}"


def encode_cookies(items: Iterable[tuple[str, object]]) -> str | None:
    """The ``Cookie`` header value for ``name=value`` pairs; ``None`` values are left out.

    A sequence is sent as its items joined by commas (the form style of OpenAPI), written
    ``%2C`` as RFC 6265 requires, each item escaped on its own. None when no pair is left.
    """
    parts: list[str] = []
    for name, value in items:
        if value is None:
            continue
        values = value if isinstance(value, (list, tuple)) else (value,)
        text = "%2C".join(quote(format_scalar(item), safe=_COOKIE_SAFE) for item in values)
        parts.append(f"{name}={text}")
    return "; ".join(parts) or None


def _json_default(value: object) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, enum.Enum):
        return value.value
    if is_model(value):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, (Sequence, set, frozenset)) and not isinstance(value, (str, bytes)):
        return list(value)
    raise TypeError(f"cannot send a value of type {type(value).__name__} as JSON")


def encode_json(body: Mapping[str, Any] | BaseModel) -> bytes:
    """Compact UTF-8 JSON (no spaces, non-ASCII kept): the bytes that are signed and sent."""
    if is_model(body):
        body = _json_default(body)
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False, default=_json_default).encode("utf-8")


def body_from_fields(fields: Iterable[tuple[str, object]]) -> dict[str, Any]:
    """A JSON object of the given ``(wire name, value)`` pairs, leaving out ``None``."""
    return {name: value for name, value in fields if value is not None}
