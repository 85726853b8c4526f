"""Symbols, their trading rules and prices; funding rates, klines and the leaderboard from a seed.

Prices are set by tests (`Market.set_price`); the mark price follows the last price unless
set apart (`Market.set_mark_price`). Klines, funding rates and the leaderboard are drawn
from ``random.Random`` seeded with the exchange seed and the request's own coordinates
(symbol, series, open time), so the same request always gets the same answer.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final

from ._decimals import format_decimal
from ._envelope import INVALID_PARAMETER, EnvelopeError

__all__ = ["SymbolRules", "FeeLevel", "Market", "DEFAULT_SYMBOLS", "FEE_LEVELS", "KLINE_INTERVALS_MS"]

FUNDING_INTERVAL_MS: Final = 8 * 3_600_000
KLINE_INTERVALS_MS: Final = {
    "1m": 60_000,
    "5m": 300_000,
    "15m": 900_000,
    "30m": 1_800_000,
    "1h": 3_600_000,
    "4h": 14_400_000,
    "1d": 86_400_000,
    "1w": 604_800_000,
    "1M": 2_592_000_000,
}


@dataclass(frozen=True, slots=True)
class SymbolRules:
    """One symbol's trading rules; tiers are ``(maxNotional, maxLeverage, maintenanceMarginRate)``."""

    symbol: str
    base_asset: str
    tick_size: Decimal
    step_size: Decimal
    min_quantity: Decimal
    min_notional: Decimal
    max_limit_qty: Decimal
    max_market_qty: Decimal
    max_open_orders: int
    default_leverage: int
    initial_price: Decimal
    tiers: tuple[tuple[Decimal, int, Decimal], ...]

    @property
    def max_leverage(self) -> int:
        return max(tier[1] for tier in self.tiers)

    def to_json(self) -> dict[str, Any]:
        """The symbol as getSymbols sends it."""
        return {
            "symbol": self.symbol,
            "baseAsset": self.base_asset,
            "quoteAsset": "USDT",
            "minQuantity": format_decimal(self.min_quantity, None),
            "minNotional": format_decimal(self.min_notional, None),
            "tickSize": format_decimal(self.tick_size, None),
            "stepSize": format_decimal(self.step_size, None),
            "pricePrecision": max(0, -int(self.tick_size.as_tuple().exponent)),
            "maxLimitOrderQty": format_decimal(self.max_limit_qty, None),
            "maxMarketOrderQty": format_decimal(self.max_market_qty, None),
            "maxOpenOrders": self.max_open_orders,
            "defaultLeverage": self.default_leverage,
            "defaultMarginMode": 1,
            "leverageTiers": [
                {
                    "tier": i + 1,
                    "maxNotional": format_decimal(n, None),
                    "maxLeverage": lev,
                    "maintenanceMarginRate": format_decimal(m, None),
                }
                for i, (n, lev, m) in enumerate(self.tiers)
            ],
        }


@dataclass(frozen=True, slots=True)
class FeeLevel:
    """A fee level: maker and taker rates."""

    level: int
    maker: Decimal
    taker: Decimal


D = Decimal
DEFAULT_SYMBOLS: Final = (
    SymbolRules(
        "BTCUSDT",
        "BTC",
        D("0.1"),
        D("0.001"),
        D("0.001"),
        D("5"),
        D("1000"),
        D("120"),
        200,
        20,
        D("85500"),
        ((D("50000"), 125, D("0.004")), (D("250000"), 100, D("0.005")), (D("1000000"), 50, D("0.01"))),
    ),
    SymbolRules(
        "ETHUSDT",
        "ETH",
        D("0.01"),
        D("0.01"),
        D("0.01"),
        D("5"),
        D("10000"),
        D("2000"),
        200,
        20,
        D("3200"),
        ((D("50000"), 100, D("0.005")), (D("500000"), 50, D("0.01"))),
    ),
)
FEE_LEVELS: Final = (
    FeeLevel(0, D("0.0002"), D("0.0005")),
    FeeLevel(1, D("0.00016"), D("0.0004")),
    FeeLevel(2, D("0.00014"), D("0.00035")),
)


class Market:
    """The symbols, the fee levels and the current price of each symbol (thread-safe)."""

    def __init__(self, *, seed: int, symbols: tuple[SymbolRules, ...] = DEFAULT_SYMBOLS) -> None:
        self.seed = seed
        self.symbols = {rules.symbol: rules for rules in symbols}
        self.fee_levels = FEE_LEVELS
        self._lock = threading.Lock()
        self._prices: dict[str, Decimal] = {}
        self._marks: dict[str, Decimal] = {}
        self.reset()

    def reset(self) -> None:
        """Every price back to the symbol's initial price."""
        with self._lock:
            self._prices = {s: r.initial_price for s, r in self.symbols.items()}
            self._marks = {}

    def rules(self, symbol: str) -> SymbolRules:
        """The rules of ``symbol``, or code 2002 for an unknown symbol."""
        rules = self.symbols.get(symbol)
        if rules is None:
            raise EnvelopeError(INVALID_PARAMETER, f"invalid parameter value: unknown symbol {symbol!r}")
        return rules

    def price(self, symbol: str) -> Decimal:
        """The last (contract) price."""
        with self._lock:
            return self._prices[self.rules(symbol).symbol]

    def mark_price(self, symbol: str) -> Decimal:
        """The mark price: the last price unless set apart."""
        with self._lock:
            return self._marks.get(symbol, self._prices[self.rules(symbol).symbol])

    def set_price(self, symbol: str, price: Decimal) -> None:
        """Set the last price (the mark price follows unless set apart)."""
        self.rules(symbol)
        with self._lock:
            self._prices[symbol] = price

    def set_mark_price(self, symbol: str, price: Decimal | None) -> None:
        """Set the mark price apart from the last price (None: follow it again)."""
        self.rules(symbol)
        with self._lock:
            if price is None:
                self._marks.pop(symbol, None)
            else:
                self._marks[symbol] = price

    # -- public market data ----------------------------------------------------------------

    def symbols_json(self) -> dict[str, Any]:
        """``data`` of getSymbols."""
        return {
            "list": [r.to_json() for r in self.symbols.values()],
            "handlingFeeLevelConfig": [
                {
                    "level": f.level,
                    "makerFeeRate": format_decimal(f.maker, None),
                    "takerFeeRate": format_decimal(f.taker, None),
                }
                for f in self.fee_levels
            ],
        }

    def _chosen(self, symbol: str | None) -> list[SymbolRules]:
        return [self.rules(symbol)] if symbol else list(self.symbols.values())

    def funding_config(self, symbol: str | None) -> dict[str, Any]:
        """``data`` of getFundingRateConfig."""
        return {
            "list": [
                {
                    "symbol": r.symbol,
                    "fundingIntervalHours": 8,
                    "maxFundingRate": "0.003",
                    "minFundingRate": "-0.003",
                }
                for r in self._chosen(symbol)
            ]
        }

    def _rate(self, symbol: str, at: int) -> Decimal:
        rng = random.Random(f"{self.seed}:funding:{symbol}:{at}")  # noqa: S311 - reproducible data
        return Decimal(rng.randint(-30, 100)) * Decimal("0.000001")

    def current_funding(self, symbol: str | None, now: int, page: int, size: int) -> dict[str, Any]:
        """``data`` of getCurrentFundingRates."""
        next_time = (now // FUNDING_INTERVAL_MS + 1) * FUNDING_INTERVAL_MS
        items = [
            {
                "symbol": r.symbol,
                "fundingRate": format_decimal(self._rate(r.symbol, next_time), None),
                "markPrice": format_decimal(self.mark_price(r.symbol), None),
                "indexPrice": format_decimal(self.price(r.symbol), None),
                "nextFundingTime": next_time,
            }
            for r in self._chosen(symbol)
        ]
        return {"list": items[(page - 1) * size : page * size], "total": len(items)}

    def funding_history(  # noqa: PLR0917 - the operation's parameters
        self, symbol: str, now: int, start: int | None, end: int | None, page: int, size: int
    ) -> dict[str, Any]:
        """``data`` of getFundingRateHistory: fundings every 8 hours over the last 30 days, newest first."""
        self.rules(symbol)
        last = now // FUNDING_INTERVAL_MS * FUNDING_INTERVAL_MS
        times = [last - i * FUNDING_INTERVAL_MS for i in range(90)]
        times = [t for t in times if (start is None or t >= start) and (end is None or t <= end)]
        items = [
            {"symbol": symbol, "fundingRate": format_decimal(self._rate(symbol, t), None), "fundingTime": t}
            for t in times
        ]
        return {"list": items[(page - 1) * size : page * size], "total": len(items)}

    def klines(  # noqa: PLR0917 - the operation's parameters
        self,
        symbol: str,
        interval: str,
        series: str | None,
        now: int,
        start: int | None,
        end: int | None,
        limit: int,
    ) -> dict[str, Any]:
        """``data`` of getKlines: oldest first, the last one the kline holding ``end`` (default now).

        Each kline is drawn from its own seed, around the symbol's current price.
        """
        rules = self.rules(symbol)
        step = KLINE_INTERVALS_MS[interval]
        last_open = (min(end, now) if end is not None else now) // step * step
        opens = [last_open - i * step for i in range(limit)]
        opens = sorted(t for t in opens if start is None or t >= start)
        base = self.mark_price(symbol) if series == "markPrice" else self.price(symbol)
        items = []
        for t in opens:
            where = f"{self.seed}:kline:{symbol}:{series}:{interval}:{t}"
            rng = random.Random(where)  # noqa: S311 - reproducible data
            moves = [base * Decimal(rng.randint(-50, 50)) / Decimal(10000) for _ in range(4)]
            o, c = base + moves[0], base + moves[1]
            high = max(o, c) + abs(moves[2])
            low = min(o, c) - abs(moves[3])
            q = rules.tick_size
            items.append(
                {
                    "openTime": t,
                    "open": format_decimal(o.quantize(q), None),
                    "high": format_decimal(high.quantize(q), None),
                    "low": format_decimal(low.quantize(q), None),
                    "close": format_decimal(c.quantize(q), None),
                    "volume": format_decimal(Decimal(rng.randint(1, 100000)) * rules.step_size, None),
                    "closeTime": t + step - 1,
                }
            )
        return {"list": items}

    def leaderboard(self, period: str, my_pnl: Decimal | None, user_id: str) -> dict[str, Any]:
        """``data`` of getPnlLeaderboard: ten seeded traders; the caller ranks by its realized PnL."""
        rng = random.Random(f"{self.seed}:leaderboard:{period}")  # noqa: S311 - reproducible data
        traders = []
        for _ in range(10):
            pnl = Decimal(rng.randint(100, 500000)) / 100
            volume = pnl * rng.randint(20, 200)
            traders.append((pnl, f"U{8800000000 + rng.randint(0, 999999):010d}", volume))
        traders.sort(key=lambda t: t[0], reverse=True)
        entries = [
            {
                "rank": i + 1,
                "userId": uid,
                "trader": uid[:2] + "***" + uid[-2:],
                "volume": format_decimal(volume, None),
                "pnlAmount": format_decimal(pnl, None),
                "pnlPct": format_decimal((pnl / volume).quantize(Decimal("0.0001")), None),
            }
            for i, (pnl, uid, volume) in enumerate(traders)
        ]
        my_rank = 0
        if my_pnl is not None and my_pnl > 0:
            my_rank = 1 + sum(1 for t in traders if t[0] > my_pnl)
        return {"list": entries, "myRank": my_rank}
