"""What the user channel pushes when the trading state changes: the stream's own schemas.

The stream names differ from REST (``orderStatus``, not ``status``; ``frozenBalance``, not
``frozenMargin``; ``marginMode`` as a string), as the docs' private-channel page says.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ._orders import Order
from ._state import MARGIN_ASSET, ExchangeState, format_decimal

__all__ = ["account_update", "order_trade_update"]

_MARGIN_MODES = {1: "CROSS", 2: "ISOLATED"}  # common-enums: request value and string


def order_trade_update(order: Order, quantity: Decimal, price: Decimal, now: int) -> dict[str, Any]:
    """``ORDER_TRADE_UPDATE`` for ``order``; ``quantity`` and ``price`` are the latest fill's."""
    return {
        "eventType": "ORDER_TRADE_UPDATE",
        "symbol": order.symbol,
        "orderId": str(order.order_id),
        "clientOrderId": order.client_order_id,
        "side": order.side,
        "orderType": order.type,
        "orderStatus": order.status,
        "price": format_decimal(order.price),
        "quantity": format_decimal(order.quantity),
        "executedQty": format_decimal(order.executed),
        "lastFilledPrice": format_decimal(price),
        "lastFilledQty": format_decimal(quantity),
        "updateTime": order.updated_at or now,
    }


def account_update(state: ExchangeState, margin_mode: int, now: int) -> dict[str, Any]:
    """``ACCOUNT_UPDATE`` with the margin asset's balances as the ledger has them now."""
    return {
        "eventType": "ACCOUNT_UPDATE",
        "asset": MARGIN_ASSET,
        "balance": format_decimal(state.balance(MARGIN_ASSET)),
        "frozenBalance": format_decimal(state.frozen_balance(MARGIN_ASSET)),
        "marginMode": _MARGIN_MODES.get(margin_mode, str(margin_mode)),
        "updateTime": now,
    }
