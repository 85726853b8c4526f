# Copied from extras/testing/_routes.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The operations of the public, market, api-key, order and position sections, and logout."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._accounts import REFRESH_COOKIE, TRADE, ApiKeys, Sessions
from ._app import Call, Operation, Reply
from ._clock import ExchangeClock
from ._envelope import INVALID_PARAMETER, MISSING, MISSING_PARAMETER, OUT_OF_RANGE, EnvelopeError
from ._market import KLINE_INTERVALS_MS, Market
from ._orders import STRATEGY_TYPES, DryRun, Order, OrderBook
from ._params import (
    MAX_PAGE_SIZE,
    ParamSpec,
    body_enum,
    body_int,
    body_list,
    body_object,
    body_string,
    require_string,
    require_string_list,
)
from ._positions import Positions
from ._state import ExchangeState

__all__ = ["Venue", "venue_operations"]

PARAMETER_CODES = frozenset({MISSING_PARAMETER, INVALID_PARAMETER, OUT_OF_RANGE})


@dataclass(frozen=True, slots=True)
class Venue:
    """Everything trading reads and writes, shared by every operation."""

    market: Market
    positions: Positions
    book: OrderBook
    keys: ApiKeys
    sessions: Sessions


def _page(items: list[Any], page: int, size: int) -> dict[str, Any]:
    return {"list": items[(page - 1) * size : page * size], "total": len(items)}


def _within(created: int, params: Any) -> bool:
    start, end = params.get("startTime"), params.get("endTime")
    return (start is None or created >= start) and (end is None or created <= end)


SYMBOL = ParamSpec("symbol", "string")
PAGE32 = (
    ParamSpec("page", "int32", default=1, minimum=1),
    ParamSpec("pageSize", "int32", default=20, minimum=1, maximum=MAX_PAGE_SIZE),
)
PAGE64 = (
    ParamSpec("page", "int64", default=1, minimum=1),
    ParamSpec("pageSize", "int64", default=20, minimum=1, maximum=MAX_PAGE_SIZE),
)
TIMES = (ParamSpec("startTime", "int64"), ParamSpec("endTime", "int64"))


def venue_operations(v: Venue, state: ExchangeState, clock: ExchangeClock) -> tuple[Operation, ...]:
    """The operations served from ``v``."""
    book, market, positions = v.book, v.market, v.positions

    def login(c: Call) -> Any:
        fields = body_object(c.body)
        body_string(fields, "deviceId", max_length=64)
        body_string(fields, "deviceName", max_length=128)
        username = body_string(fields, "username", required=True, min_length=3, max_length=32) or ""
        password = body_string(fields, "password", required=True, min_length=1, max_length=64) or ""
        data, cookie = v.sessions.login(username, password)
        return Reply(data, (("Set-Cookie", f"{REFRESH_COOKIE}={cookie}; Path=/; HttpOnly"),))

    def exchange_ticket(c: Call) -> Any:
        fields = body_object(c.body)
        body_string(fields, "deviceId", max_length=64)
        return v.sessions.exchange_ticket(body_string(fields, "ticket", required=True) or "")

    def exchange_embed_token(c: Call) -> Any:
        fields = body_object(c.body)
        body_string(fields, "deviceId", max_length=64)
        body_string(fields, "channelId", required=True, max_length=128)
        return v.sessions.exchange_embed_token(body_string(fields, "embedToken", required=True) or "")

    def logout(c: Call) -> Any:
        authorization = c.headers.get("authorization", "")
        v.sessions.logout(c.cookie(REFRESH_COOKIE), authorization.partition(" ")[2].strip() or None)
        return MISSING

    def leaderboard(c: Call) -> Any:
        mine = positions.realized_total() if c.principal is not None else None
        return market.leaderboard(c.params["period"], mine, state.profile.user_id)

    def create_key(c: Call) -> Any:
        fields = body_object(c.body)
        label = body_string(fields, "label", required=True) or ""
        if not 1 <= len(label) <= 64:
            raise EnvelopeError(2003, "parameter out of range: label is 1 to 64 characters")
        permissions = body_int(fields, "permissions", default=1, minimum=1, maximum=7) or 1
        whitelist = (
            require_string_list(fields, "ipWhitelist", max_items=20) if "ipWhitelist" in fields else []
        )
        record = v.keys.create(label, permissions, whitelist)
        return {"apiKey": record.api_key, "apiSecret": record.secret}

    def delete_key(c: Call) -> Any:
        v.keys.delete(require_string(c.body, "id"))
        return MISSING

    def update_key(c: Call) -> Any:
        fields = body_object(c.body)
        record = v.keys.find(body_string(fields, "id", required=True) or "")
        label = body_string(fields, "label", min_length=1, max_length=64)
        permissions = body_int(fields, "permissions", minimum=1, maximum=7)
        status = body_int(fields, "status", allowed=(0, 1))
        if label is not None:
            record.label = label
        if permissions is not None:
            record.permissions = permissions
        if "ipWhitelist" in fields:
            record.ip_whitelist = require_string_list(fields, "ipWhitelist", max_items=20)
        if status is not None:
            record.status = status
        return MISSING

    def get_order(c: Call) -> Any:
        p = c.params
        with book.lock:
            return book.find(p["symbol"], p["orderId"], p["clientOrderId"]).to_json()

    def place(c: Call) -> Any:
        return book.place(body_object(c.body)).ack(clock.now())

    def batch(items: list[Any], act: Callable[[Mapping[str, Any], bool], Order]) -> dict[str, Any]:
        """Parameter errors (2001-2003) of any order refuse the batch; business errors are per order."""
        for item in items:
            if not isinstance(item, dict):
                raise EnvelopeError(INVALID_PARAMETER, "invalid parameter value: orders must hold objects")
            try:
                act(item, True)
            except DryRun:
                pass
            except EnvelopeError as failure:
                if failure.code in PARAMETER_CODES:
                    raise
        results = []
        for item in items:
            try:
                order = act(item, False)
                results.append(
                    {
                        "code": 0,
                        "message": "success",
                        "orderId": str(order.order_id),
                        "clientOrderId": order.client_order_id,
                        "status": order.status,
                    }
                )
            except EnvelopeError as failure:
                entry = {"code": failure.code, "message": failure.message}
                if isinstance(item, dict) and isinstance(item.get("clientOrderId"), str):
                    entry["clientOrderId"] = item["clientOrderId"]
                results.append(entry)
        ok = sum(1 for r in results if r["code"] == 0)
        return {"successCount": ok, "failedCount": len(results) - ok, "results": results}

    def batch_move(c: Call) -> Any:
        fields = body_object(c.body)
        symbol = body_string(fields, "symbol", required=True) or ""
        market.rules(symbol)
        return batch(body_list(fields, "orders"), lambda item, dry: book.move(symbol, item, dry=dry))

    def place_condition(c: Call) -> Any:
        order = book.place_condition(body_object(c.body))
        return {
            "conditionId": str(order.condition_id),
            "conditionStatus": order.status,
            "timestamp": clock.now(),
        }

    def place_strategy(c: Call) -> Any:
        fields = body_object(c.body)
        strategy_type = body_enum(fields, "strategyType", STRATEGY_TYPES, required=True) or ""
        strategy = book.place_strategy(strategy_type, body_list(fields, "subOrderList"))
        return {
            "strategyId": str(strategy.strategy_id),
            "strategyStatus": strategy.status,
            "timestamp": clock.now(),
        }

    def cancel_all(c: Call) -> Any:
        fields = body_object(c.body)
        book.cancel_all(
            body_string(fields, "symbol"), body_int(fields, "cancelType", default=0, allowed=(0, 1, 2)) or 0
        )
        return MISSING

    def cancel_condition(c: Call) -> Any:
        fields = body_object(c.body)
        book.cancel_condition(
            body_string(fields, "symbol", required=True) or "",
            body_string(fields, "conditionId", required=True) or "",
        )
        return MISSING

    def current(c: Call) -> Any:
        p = c.params
        with book.lock:
            items = sorted(
                (
                    o
                    for o in book.orders.values()
                    if o.status in ("NEW", "PENDING", "PARTIALLY_FILLED") and p["symbol"] in (None, o.symbol)
                ),
                key=lambda o: -o.order_id,
            )
            if p["lastOrderId"] is not None:
                items = [o for o in items if o.order_id < p["lastOrderId"]]
            total = len(items)
            return {"list": [o.to_json() for o in items[: p["limit"]]], "total": total}

    def current_condition(c: Call) -> Any:
        with book.lock:
            items = [
                o.to_json()
                for o in reversed(book.conditions.values())
                if o.status == "NEW" and c.params["symbol"] in (None, o.symbol)
            ]
        return {"list": items}

    def history(c: Call) -> Any:
        p = c.params
        with book.lock:
            items = [
                o.to_json()
                for o in reversed(book.orders.values())
                if o.status not in ("NEW", "PENDING", "PARTIALLY_FILLED")
                and p["symbol"] in (None, o.symbol)
                and p["orderId"] in (None, str(o.order_id))
                and p["clientOrderId"] in (None, o.client_order_id)
                and p["type"] in (None, 1 if o.type == "LIMIT" else 2)
                and p["side"] in (None, 1 if o.side == "BUY" else 2)
                and _within(o.created_at, p)
            ]
        return _page(items, p["page"], p["pageSize"])

    def condition_history(c: Call) -> Any:
        p = c.params
        with book.lock:
            items = [
                o.to_json()
                for o in reversed(book.conditions.values())
                if o.status != "NEW"
                and p["symbol"] in (None, o.symbol)
                and p["side"] in (None, 1 if o.side == "BUY" else 2)
                and _within(o.created_at, p)
            ]
        return _page(items, p["page"], p["pageSize"])

    def trades(c: Call) -> Any:
        p = c.params
        with positions.lock:
            items = [
                t.to_json()
                for t in reversed(positions.trades)
                if p["symbol"] in (None, t.symbol)
                and p["orderId"] in (None, str(t.order_id))
                and _within(t.created_at, p)
            ]
        return _page(items, p["page"], p["pageSize"])

    def strategy(c: Call) -> Any:
        with book.lock:
            for s in book.strategies.values():
                if str(s.strategy_id) == c.params["strategyId"]:
                    return s.to_json()
        raise EnvelopeError(3003, "order not found")

    def set_margin_mode(c: Call) -> Any:
        fields = body_object(c.body)
        positions.set_margin_mode(
            body_string(fields, "symbol", required=True) or "",
            body_int(fields, "marginMode", required=True, allowed=(1, 2)) or 1,
        )
        return MISSING

    def set_leverage(c: Call) -> Any:
        fields = body_object(c.body)
        symbol = body_string(fields, "symbol", required=True) or ""
        positions.set_leverage(symbol, body_int(fields, "leverage", required=True) or 0)
        return {"symbol": symbol, "leverage": positions.leverage(symbol), "timestamp": clock.now()}

    def position_history(c: Call) -> Any:
        p = c.params
        with positions.lock:
            items = [
                h
                for direction, h in reversed(positions.history)
                if p["symbol"] in (None, h["symbol"])
                and p["side"] in (None, direction)
                and _within(h["closedAt"], p)
            ]
        return _page(items, p["page"], p["pageSize"])

    def require_symbol(fields: Mapping[str, Any]) -> str:
        symbol = body_string(fields, "symbol")
        if symbol is None:
            raise EnvelopeError(MISSING_PARAMETER, "missing required parameter: symbol")
        return symbol

    o = "/v1/private/order"
    k = "/v1/private/user/api-key"
    return (
        Operation("login", "POST", "/v1/public/user/login", login, json_body=True, auth=False),
        Operation(
            "refreshToken",
            "POST",
            "/v1/public/user/refresh-token",
            lambda c: v.sessions.refresh(c.cookie(REFRESH_COOKIE)),
            auth=False,
        ),
        Operation(
            "exchangeAgentTicket",
            "POST",
            "/v1/public/agent-sso/exchange-ticket",
            exchange_ticket,
            json_body=True,
            auth=False,
        ),
        Operation(
            "exchangeAgentEmbedToken",
            "POST",
            "/v1/public/agent-sso/exchange-embed-token",
            exchange_embed_token,
            json_body=True,
            auth=False,
        ),
        Operation(
            "getPnlLeaderboard",
            "GET",
            "/v1/public/leaderboard/pnl",
            leaderboard,
            auth=False,
            optional_auth=True,
            params=(ParamSpec("period", "enum", required=True, enum=("7d", "30d", "90d")),),
        ),
        Operation(
            "getSymbols", "GET", "/v1/public/market/symbols", lambda c: market.symbols_json(), auth=False
        ),
        Operation(
            "getFundingRateConfig",
            "GET",
            "/v1/public/market/funding-rate",
            lambda c: market.funding_config(c.params["symbol"]),
            params=(SYMBOL,),
            auth=False,
        ),
        Operation(
            "getCurrentFundingRates",
            "GET",
            "/v1/public/market/funding-rate/current",
            lambda c: market.current_funding(
                c.params["symbol"], clock.now(), c.params["page"], c.params["pageSize"]
            ),
            params=(SYMBOL, *PAGE32),
            auth=False,
        ),
        Operation(
            "getFundingRateHistory",
            "GET",
            "/v1/public/market/funding-rate/history",
            lambda c: market.funding_history(
                c.params["symbol"],
                clock.now(),
                c.params["startTime"],
                c.params["endTime"],
                c.params["page"],
                c.params["pageSize"],
            ),
            params=(ParamSpec("symbol", "string", required=True), *TIMES, *PAGE32),
            auth=False,
        ),
        Operation(
            "getKlines",
            "GET",
            "/v1/public/market/klines",
            lambda c: market.klines(
                c.params["symbol"],
                c.params["interval"],
                c.params["priceType"],
                clock.now(),
                c.params["startTime"],
                c.params["endTime"],
                c.params["limit"],
            ),
            params=(
                ParamSpec("symbol", "string", required=True),
                ParamSpec("interval", "enum", required=True, enum=tuple(KLINE_INTERVALS_MS)),
                ParamSpec("priceType", "enum", enum=("indexPrice", "markPrice")),
                *TIMES,
                ParamSpec("limit", "int32", default=500, minimum=1, maximum=1000),
            ),
            auth=False,
        ),
        Operation("logout", "POST", "/v1/private/user/logout", logout, jwt_only=True, permission=0),
        Operation(
            "createApiKey", "POST", f"{k}/create", create_key, json_body=True, jwt_only=True, permission=0
        ),
        Operation(
            "listApiKeys",
            "GET",
            f"{k}/list",
            lambda c: {"list": v.keys.listing()},
            jwt_only=True,
            permission=0,
        ),
        Operation(
            "updateApiKey", "PUT", f"{k}/update", update_key, json_body=True, jwt_only=True, permission=0
        ),
        Operation(
            "deleteApiKey",
            "POST",
            f"{k}/delete",
            delete_key,
            json_body=True,
            jwt_only=True,
            permission=0,
        ),
        Operation(
            "deleteAllApiKeys",
            "POST",
            f"{k}/delete-all",
            lambda c: {"deleted": v.keys.delete_all()},
            jwt_only=True,
            permission=0,
        ),
        Operation(
            "getOrder",
            "GET",
            o,
            get_order,
            params=(
                ParamSpec("symbol", "string", required=True),
                ParamSpec("orderId", "string"),
                ParamSpec("clientOrderId", "string"),
            ),
            permission=TRADE,
        ),
        Operation("placeOrder", "POST", f"{o}/place", place, json_body=True, permission=TRADE),
        Operation(
            "batchPlaceOrders",
            "POST",
            f"{o}/batch-place",
            lambda c: batch(
                body_list(body_object(c.body), "orders"), lambda item, dry: book.place(item, dry=dry)
            ),
            json_body=True,
            permission=TRADE,
        ),
        Operation(
            "placeConditionOrder",
            "POST",
            f"{o}/place-condition",
            place_condition,
            json_body=True,
            permission=TRADE,
        ),
        Operation(
            "placeStrategyOrder",
            "POST",
            f"{o}/place-strategy",
            place_strategy,
            json_body=True,
            permission=TRADE,
        ),
        Operation(
            "cancelOrder",
            "POST",
            f"{o}/cancel",
            lambda c: book.cancel(body_object(c.body)).ack(clock.now()),
            json_body=True,
            permission=TRADE,
        ),
        Operation(
            "moveOrder",
            "POST",
            f"{o}/move",
            lambda c: book.move(require_symbol(body_object(c.body)), body_object(c.body)).ack(clock.now()),
            json_body=True,
            permission=TRADE,
        ),
        Operation("batchMoveOrders", "POST", f"{o}/batch-move", batch_move, json_body=True, permission=TRADE),
        Operation(
            "batchCancelOrders",
            "POST",
            f"{o}/batch-cancel",
            lambda c: batch(
                body_list(body_object(c.body), "orders"), lambda item, dry: book.cancel(item, dry=dry)
            ),
            json_body=True,
            permission=TRADE,
        ),
        Operation(
            "cancelAllOrders",
            "POST",
            f"{o}/batch-cancel-all",
            cancel_all,
            json_body=True,
            optional_body=True,
            permission=TRADE,
        ),
        Operation(
            "cancelConditionOrder",
            "POST",
            f"{o}/cancel-condition",
            cancel_condition,
            json_body=True,
            permission=TRADE,
        ),
        Operation(
            "getCurrentOrders",
            "GET",
            f"{o}/current",
            current,
            params=(
                SYMBOL,
                ParamSpec("limit", "int32", default=100, minimum=1, maximum=500),
                ParamSpec("lastOrderId", "int64"),
            ),
            permission=TRADE,
        ),
        Operation(
            "getCurrentConditionOrders",
            "GET",
            f"{o}/current-condition",
            current_condition,
            params=(SYMBOL,),
            permission=TRADE,
        ),
        Operation(
            "getOrderHistory",
            "GET",
            f"{o}/history",
            history,
            params=(
                SYMBOL,
                ParamSpec("orderId", "string"),
                ParamSpec("clientOrderId", "string"),
                ParamSpec("type", "int32", minimum=1, maximum=2),
                ParamSpec("side", "int32", minimum=1, maximum=2),
                ParamSpec("status", "int32"),
                *TIMES,
                *PAGE64,
            ),
            permission=TRADE,
        ),
        Operation(
            "getConditionOrderHistory",
            "GET",
            f"{o}/history-condition",
            condition_history,
            params=(
                SYMBOL,
                ParamSpec("side", "int32", minimum=1, maximum=2),
                ParamSpec("status", "int32"),
                *TIMES,
                *PAGE64,
            ),
            permission=TRADE,
        ),
        Operation(
            "getTrades",
            "GET",
            f"{o}/trades",
            trades,
            params=(SYMBOL, ParamSpec("orderId", "string"), *TIMES, *PAGE64),
            permission=TRADE,
        ),
        Operation(
            "getStrategyOrder",
            "GET",
            f"{o}/strategy",
            strategy,
            params=(ParamSpec("strategyId", "string", required=True),),
            permission=TRADE,
        ),
        Operation(
            "setMarginMode",
            "POST",
            "/v1/private/position/margin-mode",
            set_margin_mode,
            json_body=True,
            permission=TRADE,
        ),
        Operation(
            "setLeverage",
            "POST",
            "/v1/private/position/leverage",
            set_leverage,
            json_body=True,
            permission=TRADE,
        ),
        Operation(
            "getPositionSettings",
            "GET",
            "/v1/private/position/settings",
            lambda c: positions.settings(market.rules(c.params["symbol"]).symbol),
            params=(ParamSpec("symbol", "string", required=True),),
            permission=TRADE,
        ),
        Operation(
            "getPositions",
            "GET",
            "/v1/private/position/positions",
            lambda c: positions.positions_json(c.params["symbol"]),
            params=(SYMBOL,),
            permission=TRADE,
        ),
        Operation(
            "getPositionHistory",
            "GET",
            "/v1/private/position/history",
            position_history,
            params=(SYMBOL, ParamSpec("side", "enum", enum=("long", "short")), *TIMES, *PAGE64),
            permission=TRADE,
        ),
    )
