"""Iterating over every item of a page-numbered or a cursor listing."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TypeVar

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")
CursorT = TypeVar("CursorT")


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


def _last_page(batch: Sequence[object], limit: int | None) -> bool:
    """An empty page, or one shorter than the limit asked for, is the last one."""
    return not batch or (limit is not None and len(batch) < limit)


def iterate_cursor(
    fetch: Callable[[CursorT | None], PageT],
    *,
    first_cursor: CursorT | None,
    limit: int | None,
    items: Callable[[PageT], Sequence[ItemT] | None],
    cursor_of: Callable[[ItemT], CursorT],
) -> Iterator[ItemT]:
    """Yield the items after ``first_cursor``, each call passing the cursor of the last item seen,
    until a page comes back empty or shorter than ``limit`` (without a limit: empty)."""
    cursor = first_cursor
    while True:
        batch = items(fetch(cursor)) or ()
        yield from batch
        if _last_page(batch, limit):
            return
        cursor = cursor_of(batch[-1])


async def aiterate_cursor(
    fetch: Callable[[CursorT | None], Awaitable[PageT]],
    *,
    first_cursor: CursorT | None,
    limit: int | None,
    items: Callable[[PageT], Sequence[ItemT] | None],
    cursor_of: Callable[[ItemT], CursorT],
) -> AsyncIterator[ItemT]:
    """The asynchronous form of `iterate_cursor`."""
    cursor = first_cursor
    while True:
        batch = items(await fetch(cursor)) or ()
        for item in batch:
            yield item
        if _last_page(batch, limit):
            return
        cursor = cursor_of(batch[-1])
