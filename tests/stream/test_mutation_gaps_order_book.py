"""The order book's rules, push by push: what it must apply and what it must refuse.

Gaps found by `make mutation` (issue 17) in _orderbook.py: a push for another symbol, a push
whose startVersion does not follow, a snapshot's levels, and what apply() answers.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sixmm.stream import OrderBook

SYMBOL = "BTCUSDT"


def _push(
    kind: str, end: int, *, start: int | None = None, symbol: str = SYMBOL, **sides: Any
) -> dict[str, Any]:
    data: dict[str, Any] = {"symbol": symbol, "type": kind, "endVersion": end, **sides}
    if start is not None:
        data["startVersion"] = start
    return {"data": data}


def _synced(version: int = 1) -> OrderBook:
    book = OrderBook(SYMBOL)
    assert book.apply(_push("snapshot", version, bids=[["10", "1"], ["9", "0"]], asks=[["11", "2"]])) is True
    return book


def test_a_snapshot_sets_its_levels_and_version_without_empty_levels() -> None:
    book = _synced(5)
    assert book.bids == {Decimal("10"): Decimal("1")}  # the zero-quantity level is not a level
    assert book.asks == {Decimal("11"): Decimal("2")}
    assert (book.version, book.synced, book.gaps) == (5, True, 0)
    assert repr(book) == "OrderBook('BTCUSDT', version=5, synced=True)"


def test_a_push_for_another_symbol_changes_nothing() -> None:
    book = _synced()
    assert book.apply(_push("snapshot", 9, symbol="ETHUSDT", bids=[["1", "1"]])) is False
    assert book.apply(_push("update", 2, start=2, symbol="ETHUSDT", bids=[["10", "0"]])) is False
    assert (book.version, book.bids) == (1, {Decimal("10"): Decimal("1")})


def test_an_update_that_follows_is_applied_and_answers_true() -> None:
    book = _synced()
    assert book.apply(_push("update", 3, start=2, bids=[["10", "0"], ["8", "4"]], asks=[["12", "1"]])) is True
    assert book.bids == {Decimal("8"): Decimal("4")}
    assert book.asks == {Decimal("11"): Decimal("2"), Decimal("12"): Decimal("1")}
    assert book.version == 3


def test_an_update_whose_start_version_skips_is_a_gap_and_is_not_applied() -> None:
    book = _synced()
    assert book.apply(_push("update", 3, start=3, bids=[["8", "4"]])) is False
    assert (book.synced, book.gaps, book.version) == (False, 1, 1)
    assert Decimal("8") not in book.bids
    # Until the next snapshot nothing is applied, not even a push that would follow.
    assert book.apply(_push("update", 2, start=2, bids=[["7", "1"]])) is False
    assert Decimal("7") not in book.bids


def test_without_a_start_version_the_end_version_must_follow() -> None:
    book = _synced()
    assert book.apply(_push("update", 2, bids=[["8", "4"]])) is True
    assert book.apply(_push("update", 4, bids=[["7", "1"]])) is False
    assert (book.synced, book.gaps, book.version) == (False, 1, 2)
