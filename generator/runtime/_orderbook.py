"""A local order book kept from depth messages: a snapshot, then increments checked for continuity.

An update continues the book when its ``startVersion`` is the book's ``endVersion`` + 1
(an update without ``startVersion`` must be exactly one version on). Anything else is a
gap: the book stops being `synced` and ignores updates until the next snapshot, which
`track_order_book` asks for by resubscribing to the depth topic.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from ._stream import Stream
from ._stream_errors import Gap

__all__ = ["OrderBook", "track_order_book"]

Level = tuple[Decimal, Decimal]


class OrderBook:
    """One symbol's book. ``version`` is the last applied ``endVersion`` (None before a snapshot)."""

    def __init__(self, symbol: str) -> None:
        self.symbol = symbol
        self.bids: dict[Decimal, Decimal] = {}
        self.asks: dict[Decimal, Decimal] = {}
        self.version: int | None = None
        self.synced = False
        self.gaps = 0
        """How many discontinuities were found (each needs a fresh snapshot)."""

    def apply(self, message: BaseModel | dict[str, Any]) -> bool:
        """Apply a depth push (model or wire dict); False when it was ignored or revealed a gap."""
        raw = message.model_dump(by_alias=True) if isinstance(message, BaseModel) else message
        data = raw.get("data") or {}
        if data.get("symbol") not in (None, self.symbol):
            return False
        end = int(data["endVersion"])
        if data.get("type") == "snapshot":
            self.bids = self._levels(data.get("bids"))
            self.asks = self._levels(data.get("asks"))
            self.version, self.synced = end, True
            return True
        if not self.synced or self.version is None:
            return False
        start = data.get("startVersion")
        expected = self.version + 1
        if (start is not None and int(start) != expected) or (start is None and end != expected):
            self.synced = False
            self.gaps += 1
            return False
        for side, levels in ((self.bids, data.get("bids")), (self.asks, data.get("asks"))):
            for price, qty in self._levels(levels, keep_zero=True).items():
                if qty == 0:
                    side.pop(price, None)
                else:
                    side[price] = qty
        self.version = end
        return True

    def invalidate(self) -> None:
        """Forget the book until the next snapshot (after a `Gap` notice)."""
        self.synced = False

    @staticmethod
    def _levels(levels: Any, keep_zero: bool = False) -> dict[Decimal, Decimal]:
        result: dict[Decimal, Decimal] = {}
        for level in levels or []:
            price, qty = (Decimal(str(v)) for v in level)
            if qty or keep_zero:
                result[price] = qty
        return result

    def best_bid(self) -> Level | None:
        """The highest bid ``(price, quantity)``, if any."""
        return max(self.bids.items()) if self.bids else None

    def best_ask(self) -> Level | None:
        """The lowest ask ``(price, quantity)``, if any."""
        return min(self.asks.items()) if self.asks else None

    def top(self, n: int) -> tuple[list[Level], list[Level]]:
        """The best ``n`` bids (highest first) and asks (lowest first)."""
        bids = sorted(self.bids.items(), reverse=True)[:n]
        asks = sorted(self.asks.items())[:n]
        return bids, asks

    def __repr__(self) -> str:
        return f"OrderBook({self.symbol!r}, version={self.version}, synced={self.synced})"


async def track_order_book(stream: Stream, topic: str, book: OrderBook) -> AsyncIterator[OrderBook]:
    """Feed ``book`` from ``stream``'s pushes on ``topic``; yield it after each applied message.

    On a version gap or a `Gap` notice the book is invalidated and the topic resubscribed
    (once: the updates still queued behind the gap are skipped until the snapshot comes),
    so the server sends a fresh snapshot. Other messages are skipped.
    """
    if topic not in stream.topics:
        await stream.subscribe([topic])
    resubscribed = False
    async for message in stream:
        if isinstance(message, Gap):
            book.invalidate()
            resubscribed = False  # the snapshot asked for may be among the messages missed
            continue
        if getattr(message, "topic", None) != topic or not isinstance(message, BaseModel):
            continue
        if book.apply(message):
            resubscribed = False
            yield book
        elif not book.synced and not resubscribed:
            resubscribed = True
            await stream.unsubscribe([topic])
            await stream.subscribe([topic])
