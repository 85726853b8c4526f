# Copied from extras/testing/_positions.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Positions, leverage and margin mode, fills, fees and realized PnL, written to the ledger.

Every fill is a trade record and moves the USDT ledger of `ExchangeState` (which the
change log, assets and statistics derive from): a TRADE_FEE entry of minus the fee
(notional × the maker or taker rate of the user's fee level, kept with the entry as
volume) and, when the fill reduces a position, a REALIZED_PNL entry of
``closed quantity × (fill price − entry price)`` (the other way round for shorts). A
trade's ``realizedPnl`` is that same amount, so trades, change log and assets agree to
the last digit.

One-way mode (the default) has one BOTH position per symbol, whose quantity is signed;
hedge mode (`Positions.hedge_mode`) has LONG and SHORT positions: BUY opens LONG and
closes SHORT, SELL the other way round. A position that goes back to zero becomes a
position-history record, whose trigger mode is 2 (take profit) or 3 (stop loss) when a
condition order's order closed it, else 1 (manual).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final

from ._clock import ExchangeClock
from ._envelope import INVALID_PARAMETER, OUT_OF_RANGE, EnvelopeError
from ._market import Market
from ._state import ExchangeState, format_decimal

__all__ = ["Positions", "Position", "TradeRecord"]

ZERO: Final = Decimal(0)
INSUFFICIENT_BALANCE: Final = 3001


def _text(value: Decimal) -> str:
    return format(value.normalize(), "f") if value else "0"


@dataclass(slots=True)
class Position:
    """An open position; ``quantity`` is signed for BOTH, positive for LONG and SHORT."""

    symbol: str
    side: str
    quantity: Decimal = ZERO
    entry_price: Decimal = ZERO
    max_quantity: Decimal = ZERO
    opened_at: int = 0
    realized: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class TradeRecord:
    """One fill."""

    fill_id: int
    order_id: int
    symbol: str
    side: str
    maker: bool
    price: Decimal
    quantity: Decimal
    fee: Decimal
    realized_pnl: Decimal
    position_side: str
    created_at: int

    def to_json(self) -> dict[str, Any]:
        """The fill as getTrades sends it."""
        return {
            "fillId": str(self.fill_id),
            "tradeId": str(self.fill_id + 500_000),
            "orderId": str(self.order_id),
            "symbol": self.symbol,
            "side": self.side,
            "roleType": "maker" if self.maker else "taker",
            "price": _text(self.price),
            "quantity": _text(self.quantity),
            "tradeValue": format_decimal(self.price * self.quantity),
            "handlingFee": format_decimal(self.fee),
            "realizedPnl": format_decimal(self.realized_pnl),
            "positionSide": self.position_side,
            "createdAt": self.created_at,
        }


class Positions:
    """Settings, open positions, fills and closed positions of the user."""

    def __init__(
        self, clock: ExchangeClock, market: Market, ledger: ExchangeState, *, fee_level: int = 0
    ) -> None:
        self._clock = clock
        self.market = market
        self.ledger = ledger
        self.fee_level = fee_level
        self.lock = threading.RLock()
        self.on_change: list[Callable[[], None]] = []
        self.reset()

    def reset(self) -> None:
        """No positions, default settings, one-way mode."""
        with self.lock:
            self.hedge_mode = False
            self._leverage: dict[str, int] = {}
            self._margin_mode: dict[str, int] = {}
            self.open: dict[tuple[str, str], Position] = {}
            self.trades: list[TradeRecord] = []
            self.history: list[dict[str, Any]] = []
            self._fill_ids = 7301

    # -- settings ---------------------------------------------------------------------------

    def leverage(self, symbol: str) -> int:
        """The symbol's leverage (its default until set)."""
        return self._leverage.get(symbol, self.market.rules(symbol).default_leverage)

    def margin_mode(self, symbol: str) -> int:
        """1 cross (the default) or 2 isolated."""
        self.market.rules(symbol)
        return self._margin_mode.get(symbol, 1)

    def set_leverage(self, symbol: str, leverage: int) -> None:
        """Set the leverage (1 to the symbol's highest tier leverage)."""
        rules = self.market.rules(symbol)
        if not 1 <= leverage <= rules.max_leverage:
            raise EnvelopeError(
                OUT_OF_RANGE, f"parameter out of range: leverage must be 1 to {rules.max_leverage}"
            )
        with self.lock:
            self._leverage[symbol] = leverage

    def set_margin_mode(self, symbol: str, mode: int) -> None:
        """Set the margin mode; refused (2002) while the symbol has an open position."""
        self.market.rules(symbol)
        with self.lock:
            if any(
                p.symbol == symbol and p.quantity for p in self.open.values()
            ) and mode != self.margin_mode(symbol):
                raise EnvelopeError(
                    INVALID_PARAMETER,
                    "invalid parameter value: the margin mode cannot change with an open position",
                )
            self._margin_mode[symbol] = mode

    def settings(self, symbol: str) -> dict[str, Any]:
        """``data`` of getPositionSettings."""
        return {"symbol": symbol, "marginMode": self.margin_mode(symbol), "leverage": self.leverage(symbol)}

    def check_side(self, symbol: str, position_side: str) -> None:
        """positionSide must be BOTH in one-way mode, LONG or SHORT in hedge mode."""
        if (position_side == "BOTH") == self.hedge_mode:
            mode = "hedge" if self.hedge_mode else "one-way"
            raise EnvelopeError(
                INVALID_PARAMETER, f"invalid parameter value: positionSide {position_side} in {mode} mode"
            )

    # -- quantities and margin --------------------------------------------------------------

    def closable(self, symbol: str, position_side: str, side: str) -> Decimal:
        """How much an order of ``side`` can reduce the position."""
        with self.lock:
            position = self.open.get((symbol, position_side))
            if position is None:
                return ZERO
            if position_side == "BOTH":
                return (
                    -position.quantity
                    if side == "BUY" and position.quantity < 0
                    else (position.quantity if side == "SELL" and position.quantity > 0 else ZERO)
                )
            closing = "SELL" if position_side == "LONG" else "BUY"
            return position.quantity if side == closing else ZERO

    def used_margin(self) -> Decimal:
        """Initial margin of the open positions at their entry prices."""
        with self.lock:
            return sum(
                (abs(p.quantity) * p.entry_price / self.leverage(p.symbol) for p in self.open.values()), ZERO
            )

    def require_margin(self, symbol: str, notional: Decimal, reserved: Decimal) -> None:
        """Code 3001 unless the balance covers this order's margin on top of what is in use."""
        needed = notional / self.leverage(symbol)
        free = self.ledger.balance() - self.used_margin() - reserved
        if needed > free:
            raise EnvelopeError(INSUFFICIENT_BALANCE, "insufficient balance")

    # -- fills ------------------------------------------------------------------------------

    def fill(  # noqa: PLR0917 - one fill's coordinates
        self,
        order_id: int,
        symbol: str,
        side: str,
        position_side: str,
        quantity: Decimal,
        price: Decimal,
        *,
        maker: bool,
        trigger_mode: int = 1,
    ) -> TradeRecord:
        """Apply one fill: position, ledger (fee, realized PnL) and trade record."""
        with self.lock:
            now = self._clock.now()
            level = self.market.fee_levels[self.fee_level]
            fee = quantity * price * (level.maker if maker else level.taker)
            position = self.open.setdefault(
                (symbol, position_side), Position(symbol, position_side, opened_at=now)
            )
            if not position.quantity:
                position.opened_at, position.max_quantity, position.realized = now, ZERO, ZERO
            delta = quantity if side == "BUY" else -quantity
            if position_side == "SHORT":
                delta = -delta
            realized = ZERO
            current = position.quantity
            if current == 0 or (current > 0) == (delta > 0):
                total = current + delta
                position.entry_price = (abs(current) * position.entry_price + abs(delta) * price) / abs(total)
                position.quantity = total
            else:
                closing = min(abs(current), abs(delta))
                direction = 1 if current > 0 else -1
                if position_side == "SHORT":
                    direction = -1
                realized = closing * (price - position.entry_price) * direction
                position.quantity = current + delta
                if position.quantity and (position.quantity > 0) != (current > 0):
                    position.entry_price = price  # flipped through zero
            position.max_quantity = max(position.max_quantity, abs(position.quantity), abs(current))
            position.realized += realized
            reference = str(order_id)
            self.ledger.record_change(
                "USDT", "TRADE_FEE", -fee, created_at=now, reference_id=reference, volume=quantity * price
            )
            if realized:
                self.ledger.record_change(
                    "USDT", "REALIZED_PNL", realized, created_at=now, reference_id=reference
                )
            trade = TradeRecord(
                self._fill_ids,
                order_id,
                symbol,
                side,
                maker,
                price,
                quantity,
                fee,
                realized,
                position_side,
                now,
            )
            self._fill_ids += 1
            self.trades.append(trade)
            if not position.quantity:
                self._close(position, price, now, trigger_mode)
            return trade

    def _close(self, position: Position, price: Decimal, now: int, trigger_mode: int) -> None:
        del self.open[(position.symbol, position.side)]
        leverage = self.leverage(position.symbol)
        margin = position.max_quantity * position.entry_price / leverage
        self.history.append(
            {
                "symbol": position.symbol,
                "positionSide": position.side,
                "leverage": leverage,
                "maxQuantity": _text(position.max_quantity),
                "entryPrice": _text(position.entry_price),
                "closePrice": _text(price),
                "pnl": format_decimal(position.realized),
                "roe": format_decimal(position.realized / margin if margin else ZERO),
                "marginMode": "CROSS" if self.margin_mode(position.symbol) == 1 else "ISOLATED",
                "triggerMode": trigger_mode,
                "fundingFeeAccum": "0",
                "openedAt": position.opened_at,
                "closedAt": now,
            }
        )

    # -- queries ----------------------------------------------------------------------------

    def positions_json(self, symbol: str | None) -> dict[str, Any]:
        """``data`` of getPositions: unrealized PnL at the mark price."""
        with self.lock:
            items = []
            for p in self.open.values():
                if symbol is not None and p.symbol != symbol:
                    continue
                mark = self.market.mark_price(p.symbol)
                leverage = self.leverage(p.symbol)
                size = abs(p.quantity)
                long = p.quantity > 0 if p.side == "BOTH" else p.side == "LONG"
                sign = 1 if long else -1
                unrealized = size * (mark - p.entry_price) * sign
                margin = size * p.entry_price / leverage
                fee_rate = self.market.fee_levels[self.fee_level].taker
                break_even = p.entry_price * (1 + sign * 2 * fee_rate)
                liq = p.entry_price * (1 - sign / Decimal(leverage))
                items.append(
                    {
                        "symbol": p.symbol,
                        "marginMode": "CROSS" if self.margin_mode(p.symbol) == 1 else "ISOLATED",
                        "positionSide": p.side,
                        "leverage": leverage,
                        "quantity": _text(size),
                        "entryPrice": _text(p.entry_price),
                        "breakEvenPrice": format_decimal(break_even),
                        "liqPrice": format_decimal(max(liq, ZERO)),
                        "marginRatio": format_decimal(
                            margin / self.ledger.balance() if self.ledger.balance() else ZERO
                        ),
                        "unrealizedPnl": format_decimal(unrealized),
                        "roe": format_decimal(unrealized / margin if margin else ZERO),
                        "nextFundingFee": "0",
                        "fundingFeeAccum": "0",
                        "tpPrice": "0",
                        "slPrice": "0",
                    }
                )
            return {"positions": items}

    def realized_total(self) -> Decimal:
        """Realized PnL of every fill (for the leaderboard's myRank)."""
        with self.lock:
            return sum((t.realized_pnl for t in self.trades), ZERO)
