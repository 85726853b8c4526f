"""Arguments that name live objects on the local exchange, for tests that call every operation.

An operation's spec examples name an order id, a one-time ticket or a refresh cookie; a call
that really succeeds needs that object to exist (or an unused client order id) when it is
sent. `live_arguments` creates it through the exchange's own state and returns the keyword
arguments that name it. `JWT_ONLY` are the operations whose only security requirement is the
bearer token (an API-key client may not call them).
"""

from __future__ import annotations

from typing import Any, Final

import yaml

from sixmm.testing import FakeExchange
from tests.support.paths import SPEC

__all__ = ["JWT_ONLY", "BODY_EXAMPLES", "live_arguments"]


def _operations() -> list[dict[str, Any]]:
    paths = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["paths"]
    return [
        op for item in paths.values() for op in item.values() if isinstance(op, dict) and "operationId" in op
    ]


JWT_ONLY: Final = frozenset(
    op["operationId"] for op in _operations() if op.get("security") == [{"bearerAuth": []}]
)
BODY_EXAMPLES: Final[dict[str, dict[str, Any]]] = {
    op["operationId"]: op["requestBody"]["content"]["application/json"].get("example", {})
    for op in _operations()
    if "requestBody" in op
}
"""operationId -> its request body example (which meets the spec's conditional rules)."""

_RESTING: Final = {"symbol": "BTCUSDT", "type": "LIMIT", "side": "BUY", "price": "85000", "quantity": "0.01"}
_STOP: Final = {"symbol": "BTCUSDT", "type": "STOP_MARKET", "side": "SELL", "quantity": "0.01"}


def live_arguments(ex: FakeExchange, operation_id: str, unique: str) -> dict[str, Any]:
    """Keyword arguments naming objects that must exist (or be unused) when ``operation_id`` is called.

    ``unique`` makes client order ids and key labels distinct between calls.
    """
    book = ex.book
    if operation_id == "refreshToken":
        _, cookie = ex.sessions.login(ex.sessions.username, ex.sessions.password)
        return {"extra_headers": {"Cookie": f"refreshToken={cookie}"}}
    if operation_id == "exchangeAgentTicket":
        return {"ticket": ex.sessions.issue_ticket()}
    if operation_id == "exchangeAgentEmbedToken":
        return {"embed_token": ex.sessions.issue_embed_token()}
    if operation_id in ("updateApiKey", "deleteApiKey"):
        return {"id": ex.keys.create(unique, 1, []).id}
    if operation_id in ("placeOrder", "placeConditionOrder"):
        return {"client_order_id": unique}
    if operation_id == "placeStrategyOrder":
        subs = BODY_EXAMPLES[operation_id]["subOrderList"]
        return {"sub_order_list": [{**s, "clientOrderId": f"{unique}-{i}"} for i, s in enumerate(subs)]}
    if operation_id in ("getOrder", "cancelOrder", "moveOrder"):
        return {"order_id": str(book.place(_RESTING).order_id)}
    if operation_id == "batchMoveOrders":
        order_id = str(book.place(_RESTING).order_id)
        return {"orders": [{"orderId": order_id, "price": "85100", "quantity": "0.02"}]}
    if operation_id == "batchCancelOrders":
        return {"orders": [{"symbol": "BTCUSDT", "orderId": str(book.place(_RESTING).order_id)}]}
    if operation_id == "cancelConditionOrder":
        return {"condition_id": str(book.place_condition({**_STOP, "stopPrice": "80000"}).condition_id)}
    if operation_id == "getStrategyOrder":
        first = {**_RESTING, "strategySubId": 1, "price": "80000"}
        second = {**_STOP, "strategySubId": 2, "firstDrivenId": 1, "stopPrice": "79000", "reduceOnly": True}
        return {"strategy_id": str(book.place_strategy("OTO", [first, second]).strategy_id)}
    return {}
