# Copied from generator/runtime/_paging.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Iterating over every item of a page-numbered listing."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TypeVar

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


def _finished(batch: Sequence[object], position: int, total: int | None) -> bool:
    """Stop on an empty page, or once the items up to ``position`` reach the reported total."""
    return not batch or (total is not None and position >= total)


def iterate_pages(
    fetch: Callable[[int], PageT],
    *,
    first_page: int,
    page_size: int,
    items: Callable[[PageT], Sequence[ItemT] | None],
    total: Callable[[PageT], int | None],
) -> Iterator[ItemT]:
    """Yield the items of page ``first_page`` and every later page, until ``total`` or an empty page."""
    page_number = first_page
    position = (first_page - 1) * page_size
    while True:
        page = fetch(page_number)
        batch = items(page) or ()
        yield from batch
        position += len(batch)
        if _finished(batch, position, total(page)):
            return
        page_number += 1


async def aiterate_pages(
    fetch: Callable[[int], Awaitable[PageT]],
    *,
    first_page: int,
    page_size: int,
    items: Callable[[PageT], Sequence[ItemT] | None],
    total: Callable[[PageT], int | None],
) -> AsyncIterator[ItemT]:
    """The asynchronous form of `iterate_pages`."""
    page_number = first_page
    position = (first_page - 1) * page_size
    while True:
        page = await fetch(page_number)
        batch = items(page) or ()
        for item in batch:
            yield item
        position += len(batch)
        if _finished(batch, position, total(page)):
            return
        page_number += 1
