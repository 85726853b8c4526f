# Copied from extras/testing/_orders.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Orders, condition orders and strategies: validation against the symbol rules, and matching.

Matching is against the price tests set (`Market.set_price`), with unlimited liquidity:

* a MARKET order fills at once at the price (taker);
* a LIMIT order is marketable when a BUY's price is at or above the price (a SELL's at or
  below): it fills at once at the price (taker), unless makerOnly, which refuses it
  (code 2002); otherwise it rests (PENDING), and fills at its own price (maker) when the
  price later crosses it, or partly when a test asks (`OrderBook.fill`);
* IOC and FOK orders that are not marketable are canceled at once (liquidity being
  unlimited, a marketable one always fills in full);
* reduceOnly orders may only shrink the position (code 2002 otherwise); closePosition
  orders take the whole position's quantity;
* condition orders trigger when the working price (CONTRACT_PRICE: the last price;
  MARK_PRICE: the mark price) reaches stopPrice: STOP_* BUY at or above, SELL at or below;
  TAKE_PROFIT_* the other way round. They then place a MARKET order (the *_MARKET types)
  or a LIMIT order at `price`. A TRAILING_STOP activates when the price reaches
  activatePrice, then follows the best price and triggers a MARKET order when the price
  falls back by callbackRate percent from it;
* strategies: sub-orders with firstDrivenId 0 work at once; the others are placed when
  the sub-order driving them fills. In OCO (the roots) and OTOCO (the children of the
  root), when one leg fills or triggers the other legs are canceled.

cancelAllOrders is asynchronous as documented: it is accepted at once and the orders are
canceled before the next request is handled (`OrderBook.settle`).

The spec's own rules (required fields, enums, types, bounds, the conditional rules of each
order type, orderId or clientOrderId) are checked before a handler runs, from the rule table
the client checks with (`ExchangeApp`): 2001 missing, 2002 invalid, 2003 out of range. The
trading rules here get: 2002 invalid value (tick and step sizes,
enums, makerOnly crossing, reduceOnly growing), 2003 out of range (quantity limits,
minNotional, maxOpenOrders, leverage), 3001 insufficient balance, 3003 order not found,
3004 duplicate clientOrderId, 3005 order cannot be canceled, 3101 a stop price that
would trigger at once, 3102 a trailing order without a positive callbackRate.
"""

from __future__ import annotations

import contextlib
import copy
import itertools
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Final

from ._clock import ExchangeClock
from ._decimals import format_decimal
from ._envelope import INVALID_PARAMETER, MISSING_PARAMETER, OUT_OF_RANGE, EnvelopeError
from ._market import Market, SymbolRules
from ._params import body_bool, body_decimal, body_enum, body_int, body_string
from ._positions import Positions

__all__ = ["Order", "ConditionOrder", "Strategy", "OrderBook", "DryRun"]

INSUFFICIENT_BALANCE: Final = 3001
ORDER_NOT_FOUND: Final = 3003
DUPLICATE: Final = 3004
CANNOT_CANCEL: Final = 3005
STOP_WOULD_TRIGGER: Final = 3101
BAD_CALLBACK: Final = 3102

SIDES: Final = ("BUY", "SELL")
POSITION_SIDES: Final = ("BOTH", "LONG", "SHORT")
ORDER_TYPES: Final = ("LIMIT", "MARKET")
CONDITION_TYPES: Final = (
    "STOP_MARKET",
    "STOP_LIMIT",
    "TAKE_PROFIT_MARKET",
    "TAKE_PROFIT_LIMIT",
    "TRAILING_STOP",
)
TIME_IN_FORCE: Final = ("GTC", "IOC", "FOK", "GTE_GTC")
WORKING_TYPES: Final = ("MARK_PRICE", "CONTRACT_PRICE")
STRATEGY_TYPES: Final = ("OTOCO", "OTO", "OCO")
OPEN: Final = frozenset({"NEW", "PENDING", "PARTIALLY_FILLED"})
ZERO: Final = Decimal(0)
CLIENT_ORDER_ID: Final = re.compile(r"\A[A-Za-z0-9_-]{1,64}\Z")  # the spec's Assumption


@dataclass(slots=True)
class Order:
    """A normal order."""

    order_id: int
    client_order_id: str
    symbol: str
    type: str
    side: str
    position_side: str
    price: Decimal
    quantity: Decimal
    time_in_force: str
    reduce_only: bool
    maker_only: bool
    close_position: bool
    created_at: int
    status: str = "NEW"
    executed: Decimal = ZERO
    cost: Decimal = ZERO
    updated_at: int = 0
    on_fill: list[Callable[[Order], None]] = field(default_factory=list)
    trigger_mode: int = 1
    """What a fill that closes a position records: 1 manual, 2 take profit, 3 stop loss."""

    def to_json(self) -> dict[str, Any]:
        """The order as the order queries send it."""
        return {
            "orderId": str(self.order_id),
            "clientOrderId": self.client_order_id,
            "symbol": self.symbol,
            "type": self.type,
            "side": self.side,
            "positionSide": self.position_side,
            "price": format_decimal(self.price, None),
            "quantity": format_decimal(self.quantity, None),
            "executedQty": format_decimal(self.executed, None),
            "avgPrice": format_decimal(self.cost / self.executed if self.executed else ZERO, None),
            "timeInForce": self.time_in_force,
            "reduceOnly": self.reduce_only,
            "makerOnly": self.maker_only,
            "closePosition": self.close_position,
            "status": self.status,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at or self.created_at,
        }

    def ack(self, now: int) -> dict[str, Any]:
        """The acknowledgement placeOrder, cancelOrder and moveOrder send."""
        return {
            "orderId": str(self.order_id),
            "clientOrderId": self.client_order_id,
            "status": self.status,
            "timestamp": now,
        }


@dataclass(slots=True)
class ConditionOrder:
    """A condition order, waiting for its trigger."""

    condition_id: int
    client_order_id: str
    fields: dict[str, Any]
    symbol: str
    type: str
    side: str
    stop_price: Decimal
    working_type: str
    activate_price: Decimal
    callback_rate: Decimal
    created_at: int
    status: str = "NEW"
    order_id: str = ""
    updated_at: int = 0
    activated: bool = False
    extreme: Decimal = ZERO
    on_trigger: list[Callable[[ConditionOrder], None]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The condition order as the condition queries send it."""
        return {
            "conditionId": str(self.condition_id),
            "clientOrderId": self.client_order_id,
            "symbol": self.symbol,
            "type": self.type,
            "side": self.side,
            "positionSide": self.fields.get("positionSide") or "BOTH",
            "price": self.fields.get("price") or "0",
            "quantity": self.fields.get("quantity") or "0",
            "stopPrice": format_decimal(self.stop_price, None),
            "workingType": self.working_type,
            "activatePrice": format_decimal(self.activate_price, None),
            "callbackRate": format_decimal(self.callback_rate, None),
            "conditionStatus": self.status,
            "orderId": self.order_id,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at or self.created_at,
        }


@dataclass(slots=True)
class SubOrder:
    """One sub-order of a strategy and what it became."""

    sub_id: int
    fields: dict[str, Any]
    driven_by: int
    state: str = "WAITING"
    order_id: str = ""
    target: Order | ConditionOrder | None = None


@dataclass(slots=True)
class Strategy:
    """An OTO, OCO or OTOCO strategy."""

    strategy_id: int
    type: str
    subs: dict[int, SubOrder]
    created_at: int
    updated_at: int
    status: str = "WORKING"

    def to_json(self) -> dict[str, Any]:
        """``data`` of getStrategyOrder."""
        return {
            "strategyId": str(self.strategy_id),
            "strategyType": self.type,
            "strategyStatus": self.status,
            "bookTime": self.created_at,
            "subOrders": [
                {
                    "strategySubId": s.sub_id,
                    "type": s.fields["type"],
                    "side": s.fields["side"],
                    "price": s.fields.get("price") or "0",
                    "stopPrice": s.fields.get("stopPrice") or "0",
                    "quantity": s.fields.get("quantity") or "0",
                    "firstDrivenId": s.driven_by,
                    "subStatus": s.state,
                    "orderId": s.order_id,
                }
                for s in self.subs.values()
            ],
            "updateTime": self.updated_at,
        }


class DryRun(Exception):  # noqa: N818 - a signal, not an error
    """Raised by a ``dry`` call where it would change state: the request passed every check."""


def _fail(code: int, message: str) -> EnvelopeError:
    return EnvelopeError(code, message)


def _multiple(value: Decimal, step: Decimal) -> bool:
    return (value / step) == (value / step).to_integral_value()


class OrderBook:
    """The user's orders, condition orders and strategies, matched against `Market` prices."""

    def __init__(self, clock: ExchangeClock, market: Market, positions: Positions) -> None:
        self._clock = clock
        self.market = market
        self.positions = positions
        self.lock = threading.RLock()
        self.listeners: list[Callable[[Order | ConditionOrder, Decimal, Decimal], None]] = []
        """Called with (order, last filled quantity, last fill price) whenever an order is placed,
        filled, amended or canceled (a condition order: canceled); the quantity and price are zero
        when nothing filled. The order is a copy as it was then, and the call comes once the book's
        lock is released."""
        self._depth = 0
        self._events: list[tuple[Order | ConditionOrder, Decimal, Decimal]] = []
        self.reset()

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """The book's lock; the changes made under it reach the listeners after it is released.

        Listeners publish to the stream, and a publisher in a test's thread waits for the
        server's loop, which may itself be waiting for this lock in a REST handler.
        """
        events: list[tuple[Order | ConditionOrder, Decimal, Decimal]] = []
        try:
            with self.lock:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                    if not self._depth:
                        events, self._events = self._events, []
        finally:
            for event in events:
                for listener in list(self.listeners):
                    listener(*event)

    def _changed(
        self, order: Order | ConditionOrder, quantity: Decimal = ZERO, price: Decimal = ZERO
    ) -> None:
        self._events.append((copy.copy(order), quantity, price))

    def reset(self) -> None:
        """No orders."""
        with self._locked():
            self._ids = itertools.count(2_022_543_809_547_603_968)
            self.orders: dict[int, Order] = {}
            self.conditions: dict[int, ConditionOrder] = {}
            self.strategies: dict[int, Strategy] = {}
            self._pending_cancels: list[tuple[str | None, int]] = []

    def _now(self) -> int:
        return self._clock.now()

    # -- placing ---------------------------------------------------------------------------

    def _client_id(self, fields: Mapping[str, Any]) -> str:
        given = body_string(fields, "clientOrderId")
        if given is not None and not CLIENT_ORDER_ID.match(given):
            raise _fail(
                INVALID_PARAMETER, "invalid parameter value: clientOrderId is 1-64 of A-Z a-z 0-9 _ -"
            )
        client_id = given or ""
        if client_id and (
            any(o.client_order_id == client_id for o in self.orders.values())
            or any(c.client_order_id == client_id for c in self.conditions.values())
        ):
            raise _fail(DUPLICATE, f"duplicate request: clientOrderId {client_id} is already used")
        return client_id

    def _check_price(self, rules: SymbolRules, name: str, value: Decimal | None) -> None:
        if value is None:
            return
        if value <= 0 or not _multiple(value, rules.tick_size):
            raise _fail(
                INVALID_PARAMETER,
                f"invalid parameter value: {name} must be a positive multiple of tickSize {rules.tick_size}",
            )

    def _quantity(
        self, rules: SymbolRules, fields: Mapping[str, Any], position_side: str, side: str
    ) -> tuple[Decimal, bool]:
        close = body_bool(fields, "closePosition")
        quantity = body_decimal(fields, "quantity")
        if quantity is None:  # the spec's rule (checked before): only with closePosition
            quantity = self.positions.closable(rules.symbol, position_side, side)
            if quantity <= 0:
                raise _fail(
                    INVALID_PARAMETER, "invalid parameter value: closePosition with no position to close"
                )
            return quantity, True
        if quantity <= 0 or not _multiple(quantity, rules.step_size):
            raise _fail(
                INVALID_PARAMETER,
                f"invalid parameter value: quantity must be a positive multiple of {rules.step_size}",
            )
        if quantity < rules.min_quantity:
            raise _fail(
                OUT_OF_RANGE, f"parameter out of range: quantity is below minQuantity {rules.min_quantity}"
            )
        return quantity, close

    def place(
        self,
        fields: Mapping[str, Any],
        *,
        hooks: list[Callable[[Order], None]] | None = None,
        dry: bool = False,
        trigger_mode: int = 1,
    ) -> Order:
        """Validate and place a normal order, then match it (``dry``: validate only, raising `DryRun`)."""
        with self._locked():
            symbol = body_string(fields, "symbol", required=True) or ""
            rules = self.market.rules(symbol)
            order_type = body_enum(fields, "type", ORDER_TYPES, required=True) or ""
            side = body_enum(fields, "side", SIDES, required=True) or ""
            position_side = body_enum(fields, "positionSide", POSITION_SIDES) or "BOTH"
            self.positions.check_side(symbol, position_side)
            tif = body_enum(fields, "timeInForce", TIME_IN_FORCE[:3]) or "GTC"
            price = body_decimal(fields, "price")  # given for LIMIT: the spec's rule, checked before
            self._check_price(rules, "price", price)
            body_int(fields, "priceType", allowed=(0, 1, 2, 3, 4))
            body_string(fields, "placeType")
            quantity, close = self._quantity(rules, fields, position_side, side)
            limit = rules.max_limit_qty if order_type == "LIMIT" else rules.max_market_qty
            if quantity > limit:
                raise _fail(
                    OUT_OF_RANGE,
                    f"parameter out of range: quantity is above the {order_type} maximum {limit}",
                )
            market_price = self.market.price(symbol)
            reference = price if order_type == "LIMIT" and price is not None else market_price
            if quantity * reference < rules.min_notional:
                raise _fail(
                    OUT_OF_RANGE,
                    f"parameter out of range: notional is below minNotional {rules.min_notional}",
                )
            reduce_only = body_bool(fields, "reduceOnly") or close
            if reduce_only and quantity > self.positions.closable(symbol, position_side, side):
                raise _fail(
                    INVALID_PARAMETER,
                    "invalid parameter value: a reduceOnly order may not increase the position",
                )
            open_count = sum(1 for o in self.orders.values() if o.symbol == symbol and o.status in OPEN)
            if open_count >= rules.max_open_orders:
                raise _fail(
                    OUT_OF_RANGE, f"parameter out of range: at most {rules.max_open_orders} open orders"
                )
            maker_only = body_bool(fields, "makerOnly")
            marketable = order_type == "MARKET" or self._crosses(side, reference, market_price)
            if maker_only and marketable:
                raise _fail(
                    INVALID_PARAMETER, "invalid parameter value: a makerOnly order would match at once"
                )
            if not reduce_only:
                self.positions.require_margin(symbol, quantity * reference, self._open_margin())
            client_id = self._client_id(fields)
            if dry:
                raise DryRun
            now = self._now()
            order = Order(
                next(self._ids),
                client_id,
                symbol,
                order_type,
                side,
                position_side,
                price if price is not None else ZERO,
                quantity,
                tif,
                reduce_only,
                maker_only,
                close,
                now,
            )
            order.on_fill.extend(hooks or ())
            order.trigger_mode = trigger_mode
            self.orders[order.order_id] = order
            if marketable:
                self._execute(order, quantity, market_price, maker=False)
            elif tif in ("IOC", "FOK"):
                order.status = "CANCELED"
                self._changed(order)
            else:
                order.status = "PENDING"
                self._changed(order)
            return order

    @staticmethod
    def _crosses(side: str, limit: Decimal, price: Decimal) -> bool:
        return limit >= price if side == "BUY" else limit <= price

    def _open_margin(self) -> Decimal:
        return sum(
            (
                (o.quantity - o.executed) * o.price / self.positions.leverage(o.symbol)
                for o in self.orders.values()
                if o.status in OPEN and not o.reduce_only
            ),
            ZERO,
        )

    def _execute(self, order: Order, quantity: Decimal, price: Decimal, *, maker: bool) -> None:
        self.positions.fill(
            order.order_id,
            order.symbol,
            order.side,
            order.position_side,
            quantity,
            price,
            maker=maker,
            trigger_mode=order.trigger_mode,
        )
        order.executed += quantity
        order.cost += quantity * price
        order.updated_at = self._now()
        order.status = "FILLED" if order.executed >= order.quantity else "PARTIALLY_FILLED"
        self._changed(order, quantity, price)
        if order.status == "FILLED":
            for hook in list(order.on_fill):
                hook(order)

    def fill(self, order_id: int, quantity: Decimal) -> Order:
        """Fill part (or the rest) of a resting order at its own price, as a maker."""
        with self._locked():
            order = self.orders.get(order_id)
            if order is None or order.status not in OPEN:
                raise ValueError(f"order {order_id} is not open")
            quantity = min(quantity, order.quantity - order.executed)
            self._execute(order, quantity, order.price, maker=True)
            return order

    # -- finding, canceling, amending -----------------------------------------------------

    def find(self, symbol: str, order_id: str | None, client_order_id: str | None) -> Order:
        """The order named by orderId and/or clientOrderId (both must match when both are given)."""
        if not order_id and not client_order_id:
            raise _fail(MISSING_PARAMETER, "missing required parameter: orderId or clientOrderId")
        with self.lock:
            return self._find(symbol, order_id, client_order_id)

    def _find(self, symbol: str, order_id: str | None, client_order_id: str | None) -> Order:
        for order in self.orders.values():
            if order.symbol != symbol:
                continue
            if order_id and str(order.order_id) != order_id:
                continue
            if client_order_id and order.client_order_id != client_order_id:
                continue
            return order
        raise _fail(ORDER_NOT_FOUND, "order not found")

    def cancel(self, fields: Mapping[str, Any], *, dry: bool = False) -> Order:
        """Cancel an open normal order (``dry``: validate only, raising `DryRun`)."""
        with self._locked():
            symbol = body_string(fields, "symbol", required=True) or ""
            order = self.find(symbol, body_string(fields, "orderId"), body_string(fields, "clientOrderId"))
            if order.status not in OPEN:
                raise _fail(CANNOT_CANCEL, f"order cannot be canceled: it is {order.status}")
            if dry:
                raise DryRun
            self._cancel(order)
            return order

    def _cancel(self, order: Order) -> None:
        order.status = "PARTIALLY_FILLED_CANCELED" if order.executed else "CANCELED"
        order.updated_at = self._now()
        self._changed(order)

    def move(self, symbol: str, fields: Mapping[str, Any], *, dry: bool = False) -> Order:
        """Amend a resting order's price and total quantity; it matches again at the new price.

        ``dry``: validate only, raising `DryRun`. The amount fields are checked before the
        order is looked up, so that a malformed amendment is a parameter error.
        """
        with self._locked():
            rules = self.market.rules(symbol)
            order_id = body_string(fields, "orderId", required=True)
            price = body_decimal(fields, "price", required=True) or ZERO
            quantity = body_decimal(fields, "quantity", required=True) or ZERO
            self._check_price(rules, "price", price)
            order = self.find(symbol, order_id, None)
            if order.status not in OPEN or order.type != "LIMIT":
                raise _fail(CANNOT_CANCEL, f"order cannot be amended: it is {order.status}")
            if quantity <= order.executed or not _multiple(quantity, rules.step_size):
                raise _fail(
                    INVALID_PARAMETER, "invalid parameter value: quantity must exceed the filled quantity"
                )
            market_price = self.market.price(symbol)
            if order.maker_only and self._crosses(order.side, price, market_price):
                raise _fail(
                    INVALID_PARAMETER, "invalid parameter value: a makerOnly order would match at once"
                )
            if dry:
                raise DryRun
            order.price, order.quantity, order.updated_at = price, quantity, self._now()
            if self._crosses(order.side, price, market_price):
                self._execute(order, quantity - order.executed, market_price, maker=False)
            else:
                self._changed(order)
            return order

    def cancel_all(self, symbol: str | None, cancel_type: int) -> None:
        """Accept a cancel-all; it takes effect before the next request (`settle`)."""
        if symbol is not None:
            self.market.rules(symbol)
        with self._locked():
            self._pending_cancels.append((symbol, cancel_type))

    def settle(self) -> None:
        """Carry out accepted cancel-alls."""
        with self._locked():
            pending, self._pending_cancels = self._pending_cancels, []
            for symbol, cancel_type in pending:
                if cancel_type == 2:
                    for c in self.conditions.values():
                        if c.status == "NEW" and symbol in (None, c.symbol):
                            self._cancel_condition(c)
                    continue
                for o in self.orders.values():
                    if (
                        o.status in OPEN
                        and symbol in (None, o.symbol)
                        and (cancel_type == 0 or o.type == "LIMIT")
                    ):
                        self._cancel(o)

    # -- condition orders -----------------------------------------------------------------

    def place_condition(
        self,
        fields: Mapping[str, Any],
        *,
        hooks: list[Callable[[ConditionOrder], None]] | None = None,
        dry: bool = False,
    ) -> ConditionOrder:
        """Validate and place a condition order (``dry``: validate only, raising `DryRun`)."""
        with self._locked():
            symbol = body_string(fields, "symbol", required=True) or ""
            rules = self.market.rules(symbol)
            ctype = body_enum(fields, "type", CONDITION_TYPES, required=True) or ""
            side = body_enum(fields, "side", SIDES, required=True) or ""
            position_side = body_enum(fields, "positionSide", POSITION_SIDES) or "BOTH"
            self.positions.check_side(symbol, position_side)
            body_enum(fields, "timeInForce", TIME_IN_FORCE)
            working = body_enum(fields, "workingType", WORKING_TYPES) or "CONTRACT_PRICE"
            # Which of price, stopPrice, activatePrice, callbackRate and quantity each type needs
            # is the spec's conditional rules, checked before the handler runs.
            price = body_decimal(fields, "price")
            self._check_price(rules, "price", price)
            stop = body_decimal(fields, "stopPrice")
            activate = body_decimal(fields, "activatePrice")
            callback = body_decimal(fields, "callbackRate")
            if ctype == "TRAILING_STOP":
                assert activate is not None and callback is not None
                if not ZERO < callback <= Decimal(10):
                    raise _fail(BAD_CALLBACK, "callbackRate must be above 0 and at most 10 (percent)")
                self._check_price(rules, "activatePrice", activate)
            else:
                assert stop is not None
                self._check_price(rules, "stopPrice", stop)
                if self._triggered(ctype, side, stop, self._working_price(symbol, working)):
                    raise _fail(STOP_WOULD_TRIGGER, "stopPrice would trigger immediately")
            body_bool(fields, "reduceOnly")
            body_bool(fields, "priceProtect")
            self._quantity(rules, fields, position_side, side) if fields.get("quantity") is not None else None
            body_bool(fields, "closePosition")
            client_id = self._client_id(fields)
            if dry:
                raise DryRun
            now = self._now()
            order = ConditionOrder(
                next(self._ids),
                client_id,
                dict(fields),
                symbol,
                ctype,
                side,
                stop or ZERO,
                working,
                activate or ZERO,
                callback or ZERO,
                now,
            )
            order.on_trigger.extend(hooks or ())
            self.conditions[order.condition_id] = order
            return order

    def cancel_condition(self, symbol: str, condition_id: str) -> ConditionOrder:
        """Cancel an untriggered condition order."""
        with self._locked():
            for c in self.conditions.values():
                if str(c.condition_id) == condition_id and c.symbol == symbol:
                    if c.status != "NEW":
                        raise _fail(CANNOT_CANCEL, f"order cannot be canceled: it is {c.status}")
                    self._cancel_condition(c)
                    return c
            raise _fail(ORDER_NOT_FOUND, "order not found")

    def _cancel_condition(self, c: ConditionOrder) -> None:
        c.status, c.updated_at = "CANCELED", self._now()
        self._changed(c)

    def _working_price(self, symbol: str, working: str) -> Decimal:
        return self.market.mark_price(symbol) if working == "MARK_PRICE" else self.market.price(symbol)

    @staticmethod
    def _triggered(ctype: str, side: str, stop: Decimal, price: Decimal) -> bool:
        rising = (ctype.startswith("STOP")) == (side == "BUY")
        return price >= stop if rising else price <= stop

    def _trail(self, c: ConditionOrder, price: Decimal) -> bool:
        """Advance a trailing stop; whether it triggers."""
        if not c.activated:
            reached = price >= c.activate_price if c.side == "SELL" else price <= c.activate_price
            if not reached:
                return False
            c.activated, c.extreme = True, price
        if c.side == "SELL":
            c.extreme = max(c.extreme, price)
            return price <= c.extreme * (1 - c.callback_rate / 100)
        c.extreme = min(c.extreme, price)
        return price >= c.extreme * (1 + c.callback_rate / 100)

    def _trigger(self, c: ConditionOrder) -> None:
        c.status, c.updated_at = "TRIGGERED", self._now()
        fields = {
            k: v
            for k, v in c.fields.items()
            if k
            in ("symbol", "side", "positionSide", "quantity", "reduceOnly", "closePosition", "timeInForce")
        }
        fields["type"] = "LIMIT" if c.type.endswith("_LIMIT") else "MARKET"
        if fields["type"] == "LIMIT":
            fields["price"] = c.fields["price"]
        else:
            fields.pop("timeInForce", None)
        if fields.get("timeInForce") == "GTE_GTC":
            fields["timeInForce"] = "GTC"
        for hook in list(c.on_trigger):
            hook(c)
        try:
            order = self.place(fields, trigger_mode=2 if c.type.startswith("TAKE_PROFIT") else 3)
        except EnvelopeError:
            c.status = "EXPIRED"  # e.g. a reduce-only stop whose position is already gone
            return
        c.order_id = str(order.order_id)

    # -- the price moves ------------------------------------------------------------------

    def on_price(self, symbol: str) -> None:
        """Fill the resting orders the new price crossed, then trigger condition orders."""
        with self._locked():
            price = self.market.price(symbol)
            for order in list(self.orders.values()):
                resting = order.symbol == symbol and order.status in OPEN and order.type == "LIMIT"
                if resting and self._crosses(order.side, order.price, price):
                    self._execute(order, order.quantity - order.executed, order.price, maker=True)
            for c in list(self.conditions.values()):
                if c.symbol != symbol or c.status != "NEW":
                    continue
                working = self._working_price(symbol, c.working_type)
                fire = (
                    self._trail(c, working)
                    if c.type == "TRAILING_STOP"
                    else self._triggered(c.type, c.side, c.stop_price, working)
                )
                if fire:
                    self._trigger(c)

    # -- strategies -----------------------------------------------------------------------

    def place_strategy(self, strategy_type: str, subs: list[Mapping[str, Any]]) -> Strategy:
        """Validate a strategy, then place the sub-orders that no other sub-order drives."""
        with self._locked():
            now = self._now()
            parsed: dict[int, SubOrder] = {}
            for raw in subs:
                if not isinstance(raw, dict):
                    raise _fail(
                        INVALID_PARAMETER, "invalid parameter value: subOrderList items must be objects"
                    )
                sub_id = body_int(raw, "strategySubId", required=True) or 0
                driven = body_int(raw, "firstDrivenId", default=0) or 0
                body_int(raw, "secondDrivenId", default=0)
                if sub_id in parsed:
                    raise _fail(
                        INVALID_PARAMETER, f"invalid parameter value: strategySubId {sub_id} is repeated"
                    )
                parsed[sub_id] = SubOrder(sub_id, dict(raw), driven)
            for sub in parsed.values():
                if sub.driven_by and sub.driven_by not in parsed:
                    raise _fail(
                        INVALID_PARAMETER,
                        f"invalid parameter value: firstDrivenId {sub.driven_by} is no sub-order",
                    )
            roots = [s for s in parsed.values() if not s.driven_by]
            expected = {"OCO": (2, 0), "OTO": (1, 1), "OTOCO": (1, 2)}[strategy_type]
            if (len(roots), len(parsed) - len(roots)) != expected:
                raise _fail(
                    INVALID_PARAMETER,
                    f"invalid parameter value: wrong sub-order dependencies for {strategy_type}",
                )
            for sub in roots:  # every order placed now passes its checks before any is placed
                self._check_sub_order(sub.fields)
            strategy = Strategy(next(self._ids), strategy_type, parsed, now, now)
            self.strategies[strategy.strategy_id] = strategy
            for sub in roots:
                if sub.state == "WAITING":  # an OCO leg that filled at once canceled the other
                    self._start(strategy, sub)
            return strategy

    def _check_sub_order(self, fields: Mapping[str, Any]) -> None:
        with contextlib.suppress(DryRun):
            if fields.get("type") in ORDER_TYPES:
                self.place(fields, dry=True)
            else:
                self.place_condition(fields, dry=True)

    def _siblings(self, strategy: Strategy, sub: SubOrder) -> list[SubOrder]:
        if strategy.type == "OTO":
            return []
        if strategy.type == "OTOCO" and not sub.driven_by:
            return []
        return [s for s in strategy.subs.values() if s.driven_by == sub.driven_by and s is not sub]

    def _start(self, strategy: Strategy, sub: SubOrder) -> None:
        sub.state = "WORKING"

        def done(_: Any) -> None:
            sub.state = "FILLED"
            strategy.updated_at = self._now()
            for other in self._siblings(strategy, sub):
                self._stop(other)
            for child in strategy.subs.values():
                if child.driven_by == sub.sub_id and child.state == "WAITING":
                    self._start(strategy, child)
            if all(s.state in ("FILLED", "CANCELED") for s in strategy.subs.values()):
                strategy.status = "ALL_DONE"

        fields = sub.fields
        if fields.get("type") in ORDER_TYPES:
            order = self.place(fields, hooks=[done])
            sub.target, sub.order_id = order, str(order.order_id)
            if order.status == "FILLED" and sub.state != "FILLED":
                done(order)
        else:
            condition = self.place_condition(fields, hooks=[done])
            sub.target, sub.order_id = condition, str(condition.condition_id)

    def _stop(self, sub: SubOrder) -> None:
        target = sub.target
        if isinstance(target, Order) and target.status in OPEN:
            self._cancel(target)
        elif isinstance(target, ConditionOrder) and target.status == "NEW":
            self._cancel_condition(target)
        sub.state = "CANCELED"
