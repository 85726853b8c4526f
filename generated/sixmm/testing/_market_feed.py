# Copied from extras/testing/_market_feed.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""A deterministic simulated market per symbol: price, order book with versions, trades, klines.

Nothing moves by itself: tests move prices and publish trades through `StreamHub`. The book
is ``levels`` price levels each side, ``tick`` apart around the last price, each holding a
quantity drawn from a seeded generator; every change bumps the book version by one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ._decimals import format_decimal

KLINE_INTERVAL_MS = {"1m": 60_000, "5m": 300_000, "15m": 900_000, "30m": 1_800_000, "1h": 3_600_000}


@dataclass
class SymbolFeed:
    """One symbol's simulated market."""

    symbol: str
    price: Decimal
    tick: Decimal = Decimal("0.5")
    levels: int = 5
    seed: int = 6
    version: int = 1
    trade_id: int = 0
    open_price: Decimal = Decimal(0)
    high: Decimal = Decimal(0)
    low: Decimal = Decimal(0)
    volume: Decimal = Decimal(0)
    bids: dict[Decimal, Decimal] = field(default_factory=dict)
    asks: dict[Decimal, Decimal] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._rng = random.Random(f"{self.seed}:{self.symbol}")  # noqa: S311 - simulated quantities
        self.open_price = self.high = self.low = self.price
        self.bids, self.asks = self._book_at(self.price)

    def _qty(self) -> Decimal:
        return Decimal(self._rng.randint(1, 5000)) / 1000

    def _book_at(self, price: Decimal) -> tuple[dict[Decimal, Decimal], dict[Decimal, Decimal]]:
        bids = {price - self.tick * i: self._qty() for i in range(1, self.levels + 1)}
        asks = {price + self.tick * i: self._qty() for i in range(1, self.levels + 1)}
        return bids, asks

    def snapshot(self) -> dict[str, Any]:
        """The whole book at its current version."""
        return {
            "symbol": self.symbol,
            "type": "snapshot",
            "startVersion": self.version,
            "endVersion": self.version,
            "bids": [
                [format_decimal(p, None), format_decimal(q, None)]
                for p, q in sorted(self.bids.items(), reverse=True)
            ],
            "asks": [
                [format_decimal(p, None), format_decimal(q, None)] for p, q in sorted(self.asks.items())
            ],
        }

    def move(self, price: Decimal, skip: int = 0) -> dict[str, Any]:
        """Move the book to ``price``; the update (levels with quantity 0 removed).

        ``skip`` versions are consumed without being published (a gap).
        """
        self.price = price
        self.high, self.low = max(self.high, price), min(self.low, price)
        bids, asks = self._book_at(price)
        changes_bids = {p: Decimal(0) for p in self.bids if p not in bids} | bids
        changes_asks = {p: Decimal(0) for p in self.asks if p not in asks} | asks
        self.bids, self.asks = bids, asks
        self.version += 1 + skip
        return {
            "symbol": self.symbol,
            "type": "update",
            "startVersion": self.version,
            "endVersion": self.version,
            "bids": [
                [format_decimal(p, None), format_decimal(q, None)]
                for p, q in sorted(changes_bids.items(), reverse=True)
            ],
            "asks": [
                [format_decimal(p, None), format_decimal(q, None)] for p, q in sorted(changes_asks.items())
            ],
        }

    def trade(self, price: Decimal, qty: Decimal, side: str, now_ms: int) -> dict[str, Any]:
        """A trade at ``price`` (the last price moves there too, the book does not)."""
        self.trade_id += 1
        self.price = price
        self.high, self.low = max(self.high, price), min(self.low, price)
        self.volume += qty
        return {
            "symbol": self.symbol,
            "tradeId": str(self.trade_id),
            "price": format_decimal(price, None),
            "qty": format_decimal(qty, None),
            "side": side,
            "time": now_ms,
        }

    def ticker(self, now_ms: int) -> dict[str, Any]:
        """The summary since the feed started."""
        return {
            "symbol": self.symbol,
            "lastPrice": format_decimal(self.price, None),
            "openPrice": format_decimal(self.open_price, None),
            "highPrice": format_decimal(self.high, None),
            "lowPrice": format_decimal(self.low, None),
            "volume": format_decimal(self.volume, None),
            "time": now_ms,
        }

    def kline(self, interval: str, now_ms: int) -> dict[str, Any]:
        """The current kline of ``interval`` (summarised as the feed's whole session)."""
        span = KLINE_INTERVAL_MS.get(interval, 60_000)
        start = now_ms - now_ms % span
        return {
            "symbol": self.symbol,
            "interval": interval,
            "openTime": start,
            "closeTime": start + span - 1,
            "open": format_decimal(self.open_price, None),
            "high": format_decimal(self.high, None),
            "low": format_decimal(self.low, None),
            "close": format_decimal(self.price, None),
            "volume": format_decimal(self.volume, None),
        }
