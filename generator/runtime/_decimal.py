"""Exact decimals, in and out: the rules behind `_model.ExactDecimal` and decimal arguments.

On the wire a decimal is a plain string (``"0.00000000"``, ``"-12.5"``, ``"100000"``);
in Python it is a `decimal.Decimal`. Reading checks the string against the plain-decimal
pattern (ASCII digits only, no exponent, no leading zeros), so what the server sends is
what the model holds. Writing uses fixed-point notation, which keeps the scale, so
text -> model -> JSON text is the identity for every string the pattern accepts.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = ["DECIMAL_PATTERN", "WIRE_CONTEXT", "decimal_text", "to_decimal"]

DECIMAL_PATTERN = r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$"
"""A plain decimal literal: optional minus, ASCII digits without leading zeros, optional fraction."""

WIRE_CONTEXT = {"from_wire": True}
"""Validation context for data parsed from a response: decimals must have arrived as strings."""

_PLAIN = re.compile(DECIMAL_PATTERN.replace("$", r"\Z"), re.ASCII)


def decimal_text(value: Decimal) -> str:
    """``value`` in plain notation, keeping its scale: ``0E-8`` as ``0.00000000``, ``1E+5`` as ``100000``."""
    if not value.is_finite():
        raise ValueError(f"{value} is not a finite decimal")
    return format(value, "f")


def to_decimal(value: object, name: str = "value") -> Decimal:
    """A `Decimal` from a `Decimal`, an `int` or a plain decimal `str`; ``float`` is refused.

    Raises TypeError for a float (binary floats are not exact: ``0.1`` is
    ``0.1000000000000000055511151231257827...``) or another type, and ValueError for a
    string that is not a plain decimal or a Decimal that is not finite.
    """
    if isinstance(value, bool):
        raise TypeError(f"{name}: expected a Decimal, str or int, got bool")
    if isinstance(value, float):
        raise TypeError(
            f"{name}: a float is not exact ({value!r} is really {Decimal(value)}); "
            f"pass a Decimal or a str such as {format(Decimal(repr(value)), 'f')!r}"
        )
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{name}: {value} is not a finite decimal")
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        if not _PLAIN.match(value):
            shown = value if len(value) <= 40 else value[:40] + "…"
            raise ValueError(
                f"{name}: {shown!r} is not a plain decimal (ASCII digits, optional '-' and '.', no exponent)"
            )
        try:
            return Decimal(value)
        except InvalidOperation as exc:  # pragma: no cover - the pattern admits only valid literals
            raise ValueError(f"{name}: {value!r} is not a decimal") from exc
    raise TypeError(f"{name}: expected a Decimal, str or int, got {type(value).__name__}")
