"""At-most-once order writes (``x-reconcile``): the decisions, free of any I/O.

An order write that failed ambiguously (the request left, no answer came back: the
connection broke, the attempt timed out, a 5xx or an unreadable answer) may have
executed. It is never resent blindly: the client looks the order up by its keys and
returns what the exchange has; only a lookup that finds nothing, or finds the order in a
state showing the write did not take effect (a cancel or an amend: ``done``), allows a
resend, which is signed afresh. A batch is settled order by order: the orders found done
are taken from the lookup, only the others are resent, and the result is put back
together in request order (`Reconciliation`). Generated keys look like ``sx-`` followed
by 32 hex digits (35 characters of letters, digits and ``-``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from ._exceptions import APIError, DecodeError, SDKError, TransportError
from ._operations import ReconcileSpec
from ._wire import is_model

__all__ = [
    "is_duplicate",
    "Reconciliation",
    "after_lookup",
    "as_result",
    "find_record",
    "is_ambiguous",
    "is_done",
    "lookup_query",
    "new_key",
    "targets",
    "with_keys",
]

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


def is_duplicate(spec: ReconcileSpec, error: SDKError) -> bool:
    """True when ``error`` says the write's key is already used (``x-reconcile`` ``duplicate``)."""
    return isinstance(error, APIError) and error.code in spec.duplicate


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


def after_lookup(settled: bool, resends_left: int) -> Literal["return", "resend", "raise"]:
    """After the lookups: return when every order was found done, else resend while a retry is left."""
    if settled:
        return "return"
    return "resend" if resends_left > 0 else "raise"


def targets(spec: ReconcileSpec, body: Any) -> list[dict[str, Any]] | None:
    """The orders a write's body names, as their lookups see them (None: not a body of orders).

    For a batch, each item of ``spec.items`` with the batch's other fields (a batch-wide
    symbol, say), the item's own fields winning.
    """
    if not isinstance(body, Mapping):
        return None
    if spec.items is None:
        return [dict(body)]
    items = body.get(spec.items)
    if not isinstance(items, list) or not all(isinstance(item, Mapping) for item in items):
        return None
    shared = {name: value for name, value in body.items() if name != spec.items}
    return [{**shared, **item} for item in items]


def is_done(spec: ReconcileSpec, order: Mapping[str, Any], record: Mapping[str, Any]) -> bool:
    """Whether the found ``record`` shows that the write of ``order`` took effect."""
    if spec.done_field is not None and str(record.get(spec.done_field)) not in spec.done_in:
        return False
    return all(_same(order.get(name), record.get(name)) for name in spec.done_equals)


def _same(wanted: Any, found: Any) -> bool:
    """Equal values; two decimal strings are compared as decimals ("85100.0" equals "85100")."""
    if wanted is None or found is None:
        return False
    try:
        return Decimal(str(wanted)) == Decimal(str(found))
    except InvalidOperation:
        return str(wanted) == str(found)


class Reconciliation:
    """The bookkeeping of one write after an ambiguous failure, free of I/O.

    ``body`` is what the next send carries: at first the whole write, after `settle` only
    the orders still to be sent. ``taken`` holds, by position in the original request, the
    records of the orders the lookups found done.
    """

    def __init__(self, spec: ReconcileSpec, body: Mapping[str, Any], count: int) -> None:
        self.spec = spec
        self.body: Mapping[str, Any] = body
        self.pending: list[int] = list(range(count))
        self.taken: dict[int, Mapping[str, Any]] = {}
        self.narrowed = False
        """True once ``body`` holds only part of the write's orders (to be encoded anew)."""

    @classmethod
    def start(cls, spec: ReconcileSpec, body: bytes | None) -> Reconciliation | None:
        """The reconciliation of a write whose JSON body is ``body`` (None: it cannot be reconciled).

        A batch needs ``spec.results`` to be put back together; without it (a strategy,
        whose result is no list of orders) it is not reconciled.
        """
        if body is None or (spec.items is not None and spec.results is None):
            return None
        try:
            parsed = json.loads(body)
        except ValueError:
            return None
        orders = targets(spec, parsed)
        return None if orders is None else cls(spec, parsed, len(orders))

    @property
    def from_lookup(self) -> bool:
        """True when some of the result comes from a lookup."""
        return bool(self.taken)

    def targets(self) -> list[dict[str, Any]] | None:
        """The orders of the next send, to look up; None when one has no key to be found by."""
        orders = targets(self.spec, self.body)
        if orders is None or any(not _has_key(self.spec, order) for order in orders):
            return None
        return orders

    def settle(self, records: Sequence[Mapping[str, Any] | None]) -> bool:
        """Take the orders whose ``records`` (one per `targets` entry; None: not found) show them done.

        True when every order is settled; otherwise ``body`` becomes the write of the
        others (the whole write, unchanged, when none was taken), to be resent.
        """
        orders = targets(self.spec, self.body) or []
        resend: list[int] = []
        for position, (order, record) in enumerate(zip(orders, records, strict=True)):
            if record is not None and is_done(self.spec, order, record):
                self.taken[self.pending[position]] = record
            else:
                resend.append(position)
        if not resend:
            self.pending = []
            return True
        if len(resend) < len(orders):
            assert self.spec.items is not None  # one order is either taken or resent whole
            items = self.body[self.spec.items]
            self.body = {**self.body, self.spec.items: [items[position] for position in resend]}
            self.pending = [self.pending[position] for position in resend]
            self.narrowed = True
        return False

    def result(self, data: Any) -> Any:
        """The write's data: ``data`` (the answer to the last send, None when nothing was
        answered) with the orders taken from the lookup put back in request order.

        None when the answer does not list one entry per order sent.
        """
        spec = self.spec
        if spec.items is None:
            return as_result(spec, self.taken[0]) if self.taken else data
        if not self.taken:
            return data
        answered: dict[str, Any] = dict(data) if isinstance(data, Mapping) else {}
        assert spec.results is not None  # checked in `start`
        sent = answered.get(spec.results, []) if self.pending else []
        if not isinstance(sent, list) or len(sent) != len(self.pending):
            return None
        entries = dict(zip(self.pending, sent, strict=True))
        for position, record in self.taken.items():
            entries[position] = {**as_result(spec, record), **dict(spec.success)}
        answered[spec.results] = [entries[position] for position in sorted(entries)]
        for name in spec.success_counts:
            answered[name] = _count(answered.get(name)) + len(self.taken)
        for name in spec.failure_counts:
            answered[name] = _count(answered.get(name))
        return answered


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _has_key(spec: ReconcileSpec, order: Mapping[str, Any]) -> bool:
    """Whether ``order`` gives one of the keys it can be found by."""
    return any(order.get(key) not in (None, "") for key in spec.keys)
