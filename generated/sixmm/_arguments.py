# Copied from generator/runtime/_arguments.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Checks and conversions of method arguments whose Python type is wider than their wire type.

Each runs before a request is built, so a refused value raises here, naming the
argument, and nothing is sent. ``None`` (an argument left out) passes through.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import TypeVar

from ._decimal import to_decimal

__all__ = ["decimal_arg", "list_arg", "unix_time_arg"]

T = TypeVar("T")

_UNITS = {"ms": 1000, "s": 1}
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def decimal_arg(name: str, value: Decimal | str | int | None) -> Decimal | None:
    """A decimal argument as an exact `Decimal` (sent in plain notation); float is a TypeError."""
    return None if value is None else to_decimal(value, name)


def unix_time_arg(name: str, value: int | datetime | None, unit: str) -> int | None:
    """A Unix-time argument in ``unit`` (``ms`` or ``s``) from an int or an aware `datetime`."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(
                f"{name}: a naive datetime has no timezone, so its instant is unknown; "
                "pass an aware one, such as datetime.now(timezone.utc)"
            )
        # Exact integer arithmetic: timestamp() is a float and can be off by one.
        delta = value - _EPOCH
        micros = (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
        return micros * _UNITS[unit] // 1_000_000
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(
            f"{name}: expected an int (Unix {unit}) or an aware datetime, got {type(value).__name__}"
        )
    return value


def list_arg(name: str, value: Sequence[T] | None) -> list[T] | None:
    """A list argument as a list; a str (a sequence of characters) or a mapping is a TypeError."""
    if value is None:
        return None
    listable = isinstance(value, (Sequence, set, frozenset))
    if isinstance(value, (str, bytes, bytearray, Mapping)) or not listable:
        raise TypeError(
            f"{name}: expected a list, got {type(value).__name__}"
            + (f"; to send one value write [{value!r}]" if isinstance(value, str) else "")
        )
    return list(value)
