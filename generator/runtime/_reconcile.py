"""At-most-once order writes (``x-reconcile``): the decisions, free of any I/O.

An order write that failed ambiguously (the request left, no answer came back: the
connection broke, the attempt timed out, a 5xx or an unreadable answer) may have
executed. It is never resent blindly: the client looks the order up by its keys and
returns what the exchange has; only a lookup that finds nothing allows a resend, which
is signed afresh. Generated keys look like ``sx-`` followed by 32 hex digits (35
characters of letters, digits and ``-``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, Literal

from ._exceptions import APIError, DecodeError, SDKError, TransportError
from ._operations import ReconcileSpec
from ._wire import is_model

__all__ = ["new_key", "is_ambiguous", "with_keys", "lookup_query", "find_record", "as_result", "after_lookup"]

KEY_PREFIX = "sx-"


def new_key() -> str:
    """A fresh idempotency key: ``sx-`` and 32 hex digits."""
    return KEY_PREFIX + uuid.uuid4().hex


def is_ambiguous(error: SDKError) -> bool:
    """True when the request may have executed although no success came back."""
    if isinstance(error, TransportError):
        return error.request_sent
    if isinstance(error, DecodeError):
        return True
    if isinstance(error, APIError):
        return error.http_status >= 500
    return False


def with_keys(spec: ReconcileSpec, body: Any) -> Any:
    """``body`` with a generated key in every order that names none of the keys."""
    if spec.generate is None or not isinstance(body, Mapping):
        return body
    if spec.items is None:
        return _keyed(spec, body)
    orders = body.get(spec.items)
    if not isinstance(orders, list):
        return body
    return {**body, spec.items: [_keyed(spec, order) for order in orders]}


def _keyed(spec: ReconcileSpec, order: Any) -> Any:
    assert spec.generate is not None
    if is_model(order):
        names = {(info.alias or name): name for name, info in type(order).model_fields.items()}
        if spec.generate not in names or any(
            getattr(order, names[key], None) not in (None, "") for key in spec.keys if key in names
        ):
            return order
        return order.model_copy(update={names[spec.generate]: new_key()})
    if not isinstance(order, Mapping) or any(order.get(key) not in (None, "") for key in spec.keys):
        return order
    return {**order, spec.generate: new_key()}


def lookup_query(spec: ReconcileSpec, order: Mapping[str, Any]) -> list[tuple[str, object]]:
    """The lookup's query for one order: its keys and the lookup's other parameters it gives."""
    names = list(spec.lookup_query) + [key for key in spec.keys if key not in spec.lookup_query]
    return [(name, order[name]) for name in names if order.get(name) not in (None, "")]


def find_record(spec: ReconcileSpec, order: Mapping[str, Any], data: Any) -> Mapping[str, Any] | None:
    """The record in the lookup's ``data`` that carries the order's keys (a listing is searched)."""
    wanted = {key: str(order[key]) for key in spec.keys if order.get(key) not in (None, "")}
    if not wanted:
        return None
    candidates: list[Any] = [data]
    if isinstance(data, Mapping):
        candidates += [item for value in data.values() if isinstance(value, list) for item in value]
    for record in candidates:
        if isinstance(record, Mapping) and all(
            key in record and str(record[key]) == value for key, value in wanted.items()
        ):
            return record
    return None


def as_result(spec: ReconcileSpec, record: Mapping[str, Any]) -> dict[str, Any]:
    """A found record in the shape of the write's result: the declared fields copied over."""
    result = dict(record)
    for target, source in spec.fields:
        if source in record and target not in record:
            result[target] = record[source]
    return result


def after_lookup(found: bool, resends_left: int) -> Literal["return", "resend", "raise"]:
    """After a lookup: return what was found; resend only when nothing was found and a retry is left."""
    if found:
        return "return"
    return "resend" if resends_left > 0 else "raise"
