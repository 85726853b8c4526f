# Copied from extras/testing/_user_events.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""What the user channel pushes when the trading state changes: the stream's own schemas.

The stream names differ from REST (``orderStatus``, not ``status``; ``frozenBalance``, not
``frozenMargin``; ``marginMode`` as a string), as the docs' private-channel page says.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ._decimals import format_decimal
from ._orders import ConditionOrder, Order
from ._positions import Positions
from ._state import MARGIN_ASSET, ExchangeState

__all__ = ["account_update", "order_trade_update"]

_MARGIN_MODES = {1: "CROSS", 2: "ISOLATED"}  # common-enums: request value and string


def order_trade_update(
    order: Order | ConditionOrder, quantity: Decimal, price: Decimal, now: int
) -> dict[str, Any]:
    """``ORDER_TRADE_UPDATE`` for ``order``; ``quantity`` and ``price`` are the latest fill's.

    A condition order (canceled before it triggered) is named by its conditionId and type.
    """
    if isinstance(order, ConditionOrder):
        order_id, status = str(order.condition_id), order.status
        order_price = Decimal(str(order.fields.get("price") or 0))
        order_quantity, executed = Decimal(str(order.fields.get("quantity") or 0)), Decimal(0)
    else:
        order_id, status = str(order.order_id), order.status
        order_price, order_quantity, executed = order.price, order.quantity, order.executed
    return {
        "eventType": "ORDER_TRADE_UPDATE",
        "symbol": order.symbol,
        "orderId": order_id,
        "clientOrderId": order.client_order_id,
        "side": order.side,
        "orderType": order.type,
        "orderStatus": status,
        "price": format_decimal(order_price),
        "quantity": format_decimal(order_quantity),
        "executedQty": format_decimal(executed),
        "lastFilledPrice": format_decimal(price),
        "lastFilledQty": format_decimal(quantity),
        "updateTime": order.updated_at or now,
    }


def account_update(state: ExchangeState, positions: Positions, symbol: str, now: int) -> dict[str, Any]:
    """``ACCOUNT_UPDATE``: the margin asset's balances as the ledger has them now, and
    ``symbol``'s position settings."""
    margin_mode = positions.margin_mode(symbol)
    return {
        "eventType": "ACCOUNT_UPDATE",
        "asset": MARGIN_ASSET,
        "balance": format_decimal(state.balance(MARGIN_ASSET)),
        "frozenBalance": format_decimal(state.frozen_balance(MARGIN_ASSET)),
        "symbol": symbol,
        "marginMode": _MARGIN_MODES.get(margin_mode, str(margin_mode)),
        "leverage": positions.leverage(symbol),
        "updateTime": now,
    }
