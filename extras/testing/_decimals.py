"""The one way the exchange writes a decimal on the wire (REST and WebSocket alike)."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from typing import Final

__all__ = ["LEDGER_PLACES", "format_decimal"]

LEDGER_PLACES: Final = 8


def format_decimal(value: Decimal, places: int | None = LEDGER_PLACES) -> str:
    """``value`` as the spec's decimal string: digits and at most one point, no exponent, no ``-0``.

    Rounded half-even to ``places`` decimals (the ledger's 8 by default); with
    ``places=None`` the value is written exactly, without trailing zeros.
    """
    if places is None:
        value = value.normalize()
    else:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    if value.is_zero():
        value = abs(value)
    return format(value, "f")
