# Copied from generator/runtime/_raw.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Raw-response variants of the generated methods, made from their call builders.

``client.<tag>.with_raw_response.<method>`` takes exactly the arguments of
``client.<tag>.<method>`` (the ParamSpec carries the signature over for type
checkers and editors) and returns a `RawResponse`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from ._base_client import PreparedCall, RawResponse

if TYPE_CHECKING:
    from pydantic import BaseModel

P = ParamSpec("P")
ModelT = TypeVar("ModelT", bound="BaseModel")


def raw_method(
    prepare: Callable[P, PreparedCall],
    send: Callable[[PreparedCall, type[ModelT]], RawResponse[ModelT]],
    result_type: type[ModelT],
) -> Callable[P, RawResponse[ModelT]]:
    """A method with ``prepare``'s arguments that sends the call and returns the raw response."""

    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[ModelT]:
        return send(prepare(*args, **kwargs), result_type)

    return call


def raw_method_empty(
    prepare: Callable[P, PreparedCall],
    send: Callable[[PreparedCall], RawResponse[None]],
) -> Callable[P, RawResponse[None]]:
    """`raw_method` for an operation whose success carries no data."""

    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[None]:
        return send(prepare(*args, **kwargs))

    return call


def async_raw_method(
    prepare: Callable[P, PreparedCall],
    send: Callable[[PreparedCall, type[ModelT]], Awaitable[RawResponse[ModelT]]],
    result_type: type[ModelT],
) -> Callable[P, Awaitable[RawResponse[ModelT]]]:
    """The asynchronous form of `raw_method`."""

    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[ModelT]:
        return await send(prepare(*args, **kwargs), result_type)

    return call


def async_raw_method_empty(
    prepare: Callable[P, PreparedCall],
    send: Callable[[PreparedCall], Awaitable[RawResponse[None]]],
) -> Callable[P, Awaitable[RawResponse[None]]]:
    """The asynchronous form of `raw_method_empty`."""

    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[None]:
        return await send(prepare(*args, **kwargs))

    return call
