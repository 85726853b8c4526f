# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Operations tagged 'order', available as ``client.order``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import httpx

from .. import _api_order as _specs
from .._arguments import decimal_arg
from .._base_client import AsyncAPIClient, SyncAPIClient, _ClientCore
from .._paging import aiterate_cursor, aiterate_pages, iterate_cursor, iterate_pages
from .._raw import async_raw_method, async_raw_method_empty, raw_method, raw_method_empty
from .._wire import body_from_fields
from ..models import (
    BatchMoveItem,
    BatchResult,
    CancelOrderRequest,
    CancelType,
    ConditionOrder,
    ConditionOrderAck,
    ConditionOrderList,
    ConditionOrderPage,
    ConditionOrderType,
    Order,
    OrderAck,
    OrderList,
    OrderPage,
    OrderSide,
    OrderSideFilter,
    OrderType,
    OrderTypeFilter,
    PlaceOrderRequest,
    PositionSide,
    PriceType,
    StrategyAck,
    StrategyOrder,
    StrategySubOrder,
    StrategyType,
    TimeInForce,
    Trade,
    TradePage,
    WorkingType,
)

if TYPE_CHECKING:
    from .._base_client import PreparedCall

_ClientT = TypeVar("_ClientT", bound=_ClientCore)

__all__ = [
    "OrderResource",
    "AsyncOrderResource",
    "OrderResourceWithRawResponse",
    "AsyncOrderResourceWithRawResponse",
]


class _OrderResourceCalls(Generic[_ClientT]):
    """Turns each operation's arguments into a prepared call (shared by the four classes below)."""

    def __init__(self, client: _ClientT) -> None:
        self._client = client

    def _get_order_call(
        self,
        *,
        symbol: str,
        order_id: str | None = None,
        client_order_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_ORDER,
            path_params={},
            query=(
                ("symbol", symbol),
                ("orderId", order_id),
                ("clientOrderId", client_order_id),
            ),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _place_call(
        self,
        *,
        symbol: str,
        type: OrderType | Literal["LIMIT", "MARKET"],
        side: OrderSide | Literal["BUY", "SELL"],
        position_side: PositionSide | Literal["BOTH", "LONG", "SHORT"] | None = None,
        price: Decimal | str | int | None = None,
        quantity: Decimal | str | int | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK", "GTE_GTC"] | None = None,
        reduce_only: bool = False,
        maker_only: bool = False,
        close_position: bool = False,
        client_order_id: str | None = None,
        place_type: str | None = None,
        price_type: PriceType | Literal[0, 1, 2, 3, 4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.PLACE_ORDER,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields(
                (
                    ("symbol", symbol),
                    ("type", type),
                    ("side", side),
                    ("positionSide", position_side),
                    ("price", decimal_arg("price", price)),
                    ("quantity", decimal_arg("quantity", quantity)),
                    ("timeInForce", time_in_force),
                    ("reduceOnly", reduce_only),
                    ("makerOnly", maker_only),
                    ("closePosition", close_position),
                    ("clientOrderId", client_order_id),
                    ("placeType", place_type),
                    ("priceType", price_type),
                )
            ),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _batch_place_call(
        self,
        *,
        orders: Sequence[PlaceOrderRequest | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.BATCH_PLACE_ORDERS,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields((("orders", orders),)),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _place_condition_call(
        self,
        *,
        symbol: str,
        type: (
            ConditionOrderType
            | Literal[
                "STOP_MARKET",
                "STOP_LIMIT",
                "TAKE_PROFIT_MARKET",
                "TAKE_PROFIT_LIMIT",
                "TRAILING_STOP",
            ]
        ),
        side: OrderSide | Literal["BUY", "SELL"],
        position_side: PositionSide | Literal["BOTH", "LONG", "SHORT"] | None = None,
        price: Decimal | str | int | None = None,
        quantity: Decimal | str | int | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK", "GTE_GTC"] | None = None,
        reduce_only: bool | None = None,
        client_order_id: str | None = None,
        stop_price: Decimal | str | int | None = None,
        working_type: WorkingType | Literal["MARK_PRICE", "CONTRACT_PRICE"] | None = None,
        price_protect: bool | None = None,
        activate_price: Decimal | str | int | None = None,
        callback_rate: Decimal | str | int | None = None,
        close_position: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.PLACE_CONDITION_ORDER,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields(
                (
                    ("symbol", symbol),
                    ("type", type),
                    ("side", side),
                    ("positionSide", position_side),
                    ("price", decimal_arg("price", price)),
                    ("quantity", decimal_arg("quantity", quantity)),
                    ("timeInForce", time_in_force),
                    ("reduceOnly", reduce_only),
                    ("clientOrderId", client_order_id),
                    ("stopPrice", decimal_arg("stop_price", stop_price)),
                    ("workingType", working_type),
                    ("priceProtect", price_protect),
                    ("activatePrice", decimal_arg("activate_price", activate_price)),
                    ("callbackRate", decimal_arg("callback_rate", callback_rate)),
                    ("closePosition", close_position),
                )
            ),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _place_strategy_call(
        self,
        *,
        strategy_type: StrategyType | Literal["OTOCO", "OTO", "OCO"],
        sub_order_list: Sequence[StrategySubOrder | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.PLACE_STRATEGY_ORDER,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields(
                (
                    ("strategyType", strategy_type),
                    ("subOrderList", sub_order_list),
                )
            ),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _cancel_call(
        self,
        *,
        symbol: str,
        order_id: str | None = None,
        client_order_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.CANCEL_ORDER,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields(
                (
                    ("symbol", symbol),
                    ("orderId", order_id),
                    ("clientOrderId", client_order_id),
                )
            ),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _move_call(
        self,
        *,
        symbol: str,
        order_id: str,
        price: Decimal | str | int,
        quantity: Decimal | str | int,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.MOVE_ORDER,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields(
                (
                    ("symbol", symbol),
                    ("orderId", order_id),
                    ("price", decimal_arg("price", price)),
                    ("quantity", decimal_arg("quantity", quantity)),
                )
            ),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _batch_move_call(
        self,
        *,
        symbol: str,
        orders: Sequence[BatchMoveItem | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.BATCH_MOVE_ORDERS,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields(
                (
                    ("symbol", symbol),
                    ("orders", orders),
                )
            ),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _batch_cancel_call(
        self,
        *,
        orders: Sequence[CancelOrderRequest | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.BATCH_CANCEL_ORDERS,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields((("orders", orders),)),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _cancel_all_call(
        self,
        *,
        symbol: str | None = None,
        cancel_type: CancelType | Literal[0, 1, 2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.CANCEL_ALL_ORDERS,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields(
                (
                    ("symbol", symbol),
                    ("cancelType", cancel_type),
                )
            ),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _cancel_condition_call(
        self,
        *,
        symbol: str,
        condition_id: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.CANCEL_CONDITION_ORDER,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields(
                (
                    ("symbol", symbol),
                    ("conditionId", condition_id),
                )
            ),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_current_call(
        self,
        *,
        symbol: str | None = None,
        limit: int | None = None,
        last_order_id: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_CURRENT_ORDERS,
            path_params={},
            query=(
                ("symbol", symbol),
                ("limit", limit),
                ("lastOrderId", last_order_id),
            ),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_current_condition_call(
        self,
        *,
        symbol: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_CURRENT_CONDITION_ORDERS,
            path_params={},
            query=(("symbol", symbol),),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_history_call(
        self,
        *,
        symbol: str | None = None,
        order_id: str | None = None,
        client_order_id: str | None = None,
        type: OrderTypeFilter | Literal[1, 2] | None = None,
        side: OrderSideFilter | Literal[1, 2] | None = None,
        status: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_ORDER_HISTORY,
            path_params={},
            query=(
                ("symbol", symbol),
                ("orderId", order_id),
                ("clientOrderId", client_order_id),
                ("type", type),
                ("side", side),
                ("status", status),
                ("startTime", start_time),
                ("endTime", end_time),
                ("page", page),
                ("pageSize", page_size),
            ),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_condition_history_call(
        self,
        *,
        symbol: str | None = None,
        side: OrderSideFilter | Literal[1, 2] | None = None,
        status: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_CONDITION_ORDER_HISTORY,
            path_params={},
            query=(
                ("symbol", symbol),
                ("side", side),
                ("status", status),
                ("startTime", start_time),
                ("endTime", end_time),
                ("page", page),
                ("pageSize", page_size),
            ),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_trades_call(
        self,
        *,
        symbol: str | None = None,
        order_id: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_TRADES,
            path_params={},
            query=(
                ("symbol", symbol),
                ("orderId", order_id),
                ("startTime", start_time),
                ("endTime", end_time),
                ("page", page),
                ("pageSize", page_size),
            ),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_strategy_call(
        self,
        *,
        strategy_id: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_STRATEGY_ORDER,
            path_params={},
            query=(("strategyId", strategy_id),),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )


class OrderResource(_OrderResourceCalls[SyncAPIClient]):
    """Normal, condition and strategy orders and trade records; the Trade permission."""

    @property
    def with_raw_response(self) -> OrderResourceWithRawResponse:
        """The same operations, returning the HTTP status, headers and request id with the data."""
        return OrderResourceWithRawResponse(self._client)

    def get_order(
        self,
        *,
        symbol: str,
        order_id: str | None = None,
        client_order_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Order:
        """Query one order

        Returns one normal order by symbol and orderId or clientOrderId (at least one of them;
        when both are given, both must match). Accepts JWT or API-key signing; with an API key
        the key needs the Trade permission (order and position endpoints, queries included).

        ``GET /v1/private/order``

        Args:
            symbol: ``symbol`` in the query (required). Symbol, such as BTCUSDT.
            order_id: ``orderId`` in the query. Server order id.
            client_order_id: ``clientOrderId`` in the query. Client-defined order id.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            Order: the envelope's ``data``.
        """
        call = self._get_order_call(
            symbol=symbol,
            order_id=order_id,
            client_order_id=client_order_id,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, Order)

    def place(
        self,
        *,
        symbol: str,
        type: OrderType | Literal["LIMIT", "MARKET"],
        side: OrderSide | Literal["BUY", "SELL"],
        position_side: PositionSide | Literal["BOTH", "LONG", "SHORT"] | None = None,
        price: Decimal | str | int | None = None,
        quantity: Decimal | str | int | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK", "GTE_GTC"] | None = None,
        reduce_only: bool = False,
        maker_only: bool = False,
        close_position: bool = False,
        client_order_id: str | None = None,
        place_type: str | None = None,
        price_type: PriceType | Literal[0, 1, 2, 3, 4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> OrderAck:
        """Place an order

        Places a LIMIT or MARKET order. The replay check refuses a reused signature (`Signature
        replay detected`); after an ambiguous failure the order is looked up by clientOrderId
        before anything is resent. Assumption: the exchange refuses a clientOrderId already used
        (3004), so a resend that crosses a first send still on its way is refused rather than
        placed twice; the client then looks the order up again and returns it. Accepts JWT or
        API-key signing; with an API key the key needs the Trade permission (order and position
        endpoints, queries included).

        ``POST /v1/private/order/place``

        Args:
            symbol: ``symbol`` in the body (required). Symbol.
            type: ``type`` in the body (required; one of 'LIMIT', 'MARKET'). Normal order type.
            side: ``side`` in the body (required; one of 'BUY', 'SELL'). Order side.
            position_side: ``positionSide`` in the body (one of 'BOTH', 'LONG', 'SHORT').
                Position side: BOTH in one-way mode, LONG or SHORT in hedge mode.
            price: ``price`` in the body. Limit price, decimal string. Required for LIMIT
                orders.
            quantity: ``quantity`` in the body. Quantity, decimal string. May be omitted when
                closePosition is true.
            time_in_force: ``timeInForce`` in the body (one of 'GTC', 'IOC', 'FOK', 'GTE_GTC').
                Time in force. Normal orders document GTC, IOC and FOK; GTE_GTC is documented
                for condition orders only.
            reduce_only: ``reduceOnly`` in the body (default False). Reduce-only; defaults to
                false.
            maker_only: ``makerOnly`` in the body (default False). Maker-only (post-only);
                defaults to false.
            close_position: ``closePosition`` in the body (default False). Close the entire
                position; defaults to false.
            client_order_id: ``clientOrderId`` in the body. Client-defined order id. Assumption:
                the docs give no length or alphabet; up to 64 characters of letters, digits, `-`
                and `_`.
            place_type: ``placeType`` in the body. Order placement type marker. Assumption: its
                values are undocumented.
            price_type: ``priceType`` in the body (one of 0, 1, 2, 3, 4). BBO price type: 0
                specified price, 1 opponent price 1, 2 opponent price 5, 3 same-side price 1, 4
                same-side price 5.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            OrderAck: the envelope's ``data``.
        """
        call = self._place_call(
            symbol=symbol,
            type=type,
            side=side,
            position_side=position_side,
            price=price,
            quantity=quantity,
            time_in_force=time_in_force,
            reduce_only=reduce_only,
            maker_only=maker_only,
            close_position=close_position,
            client_order_id=client_order_id,
            place_type=place_type,
            price_type=price_type,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, OrderAck)

    def batch_place(
        self,
        *,
        orders: Sequence[PlaceOrderRequest | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchResult:
        """Place several orders

        Places several normal orders; each gets its own result, in request order. Assumption: no
        batch size limit is documented. After an ambiguous failure each order is looked up by
        its clientOrderId and only the ones not found are resent; Assumption: the entry of an
        order found by the lookup is code 0, message success and the order's ids and status.
        Accepts JWT or API-key signing; with an API key the key needs the Trade permission
        (order and position endpoints, queries included).

        ``POST /v1/private/order/batch-place``

        Args:
            orders: ``orders`` in the body (required). The orders.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            BatchResult: the envelope's ``data``.
        """
        call = self._batch_place_call(
            orders=orders,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, BatchResult)

    def place_condition(
        self,
        *,
        symbol: str,
        type: (
            ConditionOrderType
            | Literal[
                "STOP_MARKET",
                "STOP_LIMIT",
                "TAKE_PROFIT_MARKET",
                "TAKE_PROFIT_LIMIT",
                "TRAILING_STOP",
            ]
        ),
        side: OrderSide | Literal["BUY", "SELL"],
        position_side: PositionSide | Literal["BOTH", "LONG", "SHORT"] | None = None,
        price: Decimal | str | int | None = None,
        quantity: Decimal | str | int | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK", "GTE_GTC"] | None = None,
        reduce_only: bool | None = None,
        client_order_id: str | None = None,
        stop_price: Decimal | str | int | None = None,
        working_type: WorkingType | Literal["MARK_PRICE", "CONTRACT_PRICE"] | None = None,
        price_protect: bool | None = None,
        activate_price: Decimal | str | int | None = None,
        callback_rate: Decimal | str | int | None = None,
        close_position: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ConditionOrderAck:
        """Place a condition order

        Places a stop, take-profit or trailing-stop order that places its order when the price
        crosses stopPrice (by workingType). Codes 3100-3112 report invalid condition parameters.
        Accepts JWT or API-key signing; with an API key the key needs the Trade permission
        (order and position endpoints, queries included). Assumption: after an ambiguous failure
        the condition order is looked up among the current ones by clientOrderId, and a
        clientOrderId already used is refused (3004); one that triggered or was canceled before
        the lookup is not listed, so the resend is refused and the call raises that error rather
        than place it twice.

        ``POST /v1/private/order/place-condition``

        Args:
            symbol: ``symbol`` in the body (required). Symbol.
            type: ``type`` in the body (required; one of 'STOP_MARKET', 'STOP_LIMIT',
                'TAKE_PROFIT_MARKET', 'TAKE_PROFIT_LIMIT', 'TRAILING_STOP'). Condition order
                type.
            side: ``side`` in the body (required; one of 'BUY', 'SELL'). Order side.
            position_side: ``positionSide`` in the body (one of 'BOTH', 'LONG', 'SHORT').
                Position side: BOTH in one-way mode, LONG or SHORT in hedge mode.
            price: ``price`` in the body. Limit price, decimal string. Required for STOP_LIMIT
                and TAKE_PROFIT_LIMIT.
            quantity: ``quantity`` in the body. Quantity, decimal string. May be omitted when
                closePosition is true.
            time_in_force: ``timeInForce`` in the body (one of 'GTC', 'IOC', 'FOK', 'GTE_GTC').
                Time in force. Normal orders document GTC, IOC and FOK; GTE_GTC is documented
                for condition orders only.
            reduce_only: ``reduceOnly`` in the body. Reduce-only.
            client_order_id: ``clientOrderId`` in the body. Client-defined order id. Assumption:
                the docs give no length or alphabet; up to 64 characters of letters, digits, `-`
                and `_`.
            stop_price: ``stopPrice`` in the body. Trigger price, decimal string. Required for
                the stop and take-profit types.
            working_type: ``workingType`` in the body (one of 'MARK_PRICE', 'CONTRACT_PRICE').
                Price that triggers a condition order.
            price_protect: ``priceProtect`` in the body. Whether price protection is enabled.
            activate_price: ``activatePrice`` in the body. Trailing stop activation price,
                decimal string. Required for TRAILING_STOP.
            callback_rate: ``callbackRate`` in the body. Trailing stop callback rate, decimal
                string. Required for TRAILING_STOP. Assumption: a percentage, 1 meaning 1%.
            close_position: ``closePosition`` in the body. Close the entire position.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            ConditionOrderAck: the envelope's ``data``.
        """
        call = self._place_condition_call(
            symbol=symbol,
            type=type,
            side=side,
            position_side=position_side,
            price=price,
            quantity=quantity,
            time_in_force=time_in_force,
            reduce_only=reduce_only,
            client_order_id=client_order_id,
            stop_price=stop_price,
            working_type=working_type,
            price_protect=price_protect,
            activate_price=activate_price,
            callback_rate=callback_rate,
            close_position=close_position,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, ConditionOrderAck)

    def place_strategy(
        self,
        *,
        strategy_type: StrategyType | Literal["OTOCO", "OTO", "OCO"],
        sub_order_list: Sequence[StrategySubOrder | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> StrategyAck:
        """Place a strategy order

        Places an OTO, OCO or OTOCO strategy whose sub-orders drive each other. Accepts JWT or
        API-key signing; with an API key the key needs the Trade permission (order and position
        endpoints, queries included).

        ``POST /v1/private/order/place-strategy``

        Args:
            strategy_type: ``strategyType`` in the body (required; one of 'OTOCO', 'OTO',
                'OCO'). Strategy order type.
            sub_order_list: ``subOrderList`` in the body (required). The sub-orders.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            StrategyAck: the envelope's ``data``.
        """
        call = self._place_strategy_call(
            strategy_type=strategy_type,
            sub_order_list=sub_order_list,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, StrategyAck)

    def cancel(
        self,
        *,
        symbol: str,
        order_id: str | None = None,
        client_order_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> OrderAck:
        """Cancel an order

        Cancels a normal order named by orderId or clientOrderId. Code 3005 means it can no
        longer be canceled. Assumption: the response is undocumented; it is taken to be the
        order's acknowledgement with its new status. After an ambiguous failure the order is
        looked up; Assumption: the cancel took effect when the order is CANCELED or
        PARTIALLY_FILLED_CANCELED, and the acknowledgement's timestamp is then its updatedAt.
        Accepts JWT or API-key signing; with an API key the key needs the Trade permission
        (order and position endpoints, queries included).

        ``POST /v1/private/order/cancel``

        Args:
            symbol: ``symbol`` in the body (required). Symbol.
            order_id: ``orderId`` in the body. Server order id.
            client_order_id: ``clientOrderId`` in the body. Client-defined order id.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            OrderAck: the envelope's ``data``.
        """
        call = self._cancel_call(
            symbol=symbol,
            order_id=order_id,
            client_order_id=client_order_id,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, OrderAck)

    def move(
        self,
        *,
        symbol: str,
        order_id: str,
        price: Decimal | str | int,
        quantity: Decimal | str | int,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> OrderAck:
        """Amend an order

        Changes the price and quantity of a resting normal order; quantity is the new total, not
        the remaining quantity. Assumption: the response is undocumented; it is taken to be the
        order's acknowledgement. After an ambiguous failure the order is looked up; Assumption:
        the amendment took effect when the order's price and quantity equal the requested ones
        (compared as decimals), and the acknowledgement's timestamp is then its updatedAt.
        Accepts JWT or API-key signing; with an API key the key needs the Trade permission
        (order and position endpoints, queries included).

        ``POST /v1/private/order/move``

        Args:
            symbol: ``symbol`` in the body (required). Symbol.
            order_id: ``orderId`` in the body (required). Server order id.
            price: ``price`` in the body (required). New price, decimal string.
            quantity: ``quantity`` in the body (required). New total order quantity (not the
                remaining one), decimal string.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            OrderAck: the envelope's ``data``.
        """
        call = self._move_call(
            symbol=symbol,
            order_id=order_id,
            price=price,
            quantity=quantity,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, OrderAck)

    def batch_move(
        self,
        *,
        symbol: str,
        orders: Sequence[BatchMoveItem | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchResult:
        """Amend several orders

        Amends several resting normal orders of one symbol; each gets its own result. After an
        ambiguous failure each order is looked up and only the ones whose price and quantity are
        not yet the requested ones are resent (Assumption: as for moveOrder; an order taken from
        the lookup gets code 0 and message success). Accepts JWT or API-key signing; with an API
        key the key needs the Trade permission (order and position endpoints, queries included).

        ``POST /v1/private/order/batch-move``

        Args:
            symbol: ``symbol`` in the body (required). Symbol.
            orders: ``orders`` in the body (required). The amendments.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            BatchResult: the envelope's ``data``.
        """
        call = self._batch_move_call(
            symbol=symbol,
            orders=orders,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, BatchResult)

    def batch_cancel(
        self,
        *,
        orders: Sequence[CancelOrderRequest | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchResult:
        """Cancel several orders

        Cancels several normal orders; each gets its own result. After an ambiguous failure each
        order is looked up and only the ones not yet canceled are resent (Assumption: as for
        cancelOrder; an order taken from the lookup gets code 0 and message success). Accepts
        JWT or API-key signing; with an API key the key needs the Trade permission (order and
        position endpoints, queries included).

        ``POST /v1/private/order/batch-cancel``

        Args:
            orders: ``orders`` in the body (required). The orders to cancel.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            BatchResult: the envelope's ``data``.
        """
        call = self._batch_cancel_call(
            orders=orders,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, BatchResult)

    def cancel_all(
        self,
        *,
        symbol: str | None = None,
        cancel_type: CancelType | Literal[0, 1, 2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Cancel all orders

        Cancels every normal order, every limit order or every condition order, of one symbol or
        all. Cancel-all of normal orders is accepted asynchronously: the final state comes from
        the query endpoints (or the WebSocket). Repeating it is harmless. Accepts JWT or API-key
        signing; with an API key the key needs the Trade permission (order and position
        endpoints, queries included).

        ``POST /v1/private/order/batch-cancel-all``

        Args:
            symbol: ``symbol`` in the body. Symbol; all symbols when omitted.
            cancel_type: ``cancelType`` in the body (one of 0, 1, 2). What cancel-all cancels: 0
                all normal orders, 1 limit orders only, 2 all condition orders.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            None.
        """
        call = self._cancel_all_call(
            symbol=symbol,
            cancel_type=cancel_type,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send_empty(call)

    def cancel_condition(
        self,
        *,
        symbol: str,
        condition_id: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Cancel a condition order

        Cancels an untriggered condition order. After an ambiguous failure the order is looked
        up in the condition order history (Assumption: the cancel took effect when it is there
        as CANCELED; only the first page, the newest finished condition orders, is searched).
        Accepts JWT or API-key signing; with an API key the key needs the Trade permission
        (order and position endpoints, queries included).

        ``POST /v1/private/order/cancel-condition``

        Args:
            symbol: ``symbol`` in the body (required). Symbol.
            condition_id: ``conditionId`` in the body (required). Condition order id.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            None.
        """
        call = self._cancel_condition_call(
            symbol=symbol,
            condition_id=condition_id,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send_empty(call)

    def get_current(
        self,
        *,
        symbol: str | None = None,
        limit: int | None = None,
        last_order_id: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> OrderList:
        """List current orders

        Returns resting normal orders, newest first, at most `limit` of them, older than the
        order `lastOrderId` when given (a cursor: pass the last orderId of the previous call).
        Accepts JWT or API-key signing; with an API key the key needs the Trade permission
        (order and position endpoints, queries included).

        ``GET /v1/private/order/current``

        Args:
            symbol: ``symbol`` in the query. Symbol, such as BTCUSDT.
            limit: ``limit`` in the query. Return count limit. Assumption: default and maximum
                undocumented (the local exchange uses 100 and 500).
            last_order_id: ``lastOrderId`` in the query. Cursor: only orders older than this
                order id.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            OrderList: the envelope's ``data``.
        """
        call = self._get_current_call(
            symbol=symbol,
            limit=limit,
            last_order_id=last_order_id,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, OrderList)

    def iter_current(
        self,
        *,
        symbol: str | None = None,
        limit: int | None = None,
        last_order_id: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[Order]:
        """Every item of getCurrentOrders, call after call, after `last_order_id` when given.

        Each call passes the `orderId` of the last item received as `last_order_id`; the
        iteration stops on a page that is empty or shorter than `limit`. Arguments are those of
        `get_current`.
        """

        def fetch(page_cursor: int | None) -> OrderList:
            return self.get_current(
                symbol=symbol,
                limit=limit,
                last_order_id=page_cursor,
                extra_headers=extra_headers,
                request_id=request_id,
                timeout=timeout,
                max_retries=max_retries,
            )

        return iterate_cursor(
            fetch,
            first_cursor=last_order_id,
            limit=limit,
            items=lambda data: data.list_,
            cursor_of=lambda item: int(item.order_id),
        )

    def get_current_condition(
        self,
        *,
        symbol: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ConditionOrderList:
        """List current condition orders

        Returns the untriggered condition orders, newest first. Accepts JWT or API-key signing;
        with an API key the key needs the Trade permission (order and position endpoints,
        queries included).

        ``GET /v1/private/order/current-condition``

        Args:
            symbol: ``symbol`` in the query. Symbol, such as BTCUSDT.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            ConditionOrderList: the envelope's ``data``.
        """
        call = self._get_current_condition_call(
            symbol=symbol,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, ConditionOrderList)

    def get_history(
        self,
        *,
        symbol: str | None = None,
        order_id: str | None = None,
        client_order_id: str | None = None,
        type: OrderTypeFilter | Literal[1, 2] | None = None,
        side: OrderSideFilter | Literal[1, 2] | None = None,
        status: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> OrderPage:
        """List order history

        Returns one page of past normal orders (finished: filled, canceled or rejected). Accepts
        JWT or API-key signing; with an API key the key needs the Trade permission (order and
        position endpoints, queries included).

        ``GET /v1/private/order/history``

        Args:
            symbol: ``symbol`` in the query. Symbol, such as BTCUSDT.
            order_id: ``orderId`` in the query. Exact order id filter.
            client_order_id: ``clientOrderId`` in the query. Exact client order id filter.
            type: ``type`` in the query (one of 1, 2). Order type filter: 1 limit, 2 market.
            side: ``side`` in the query (one of 1, 2). Side filter: 1 buy, 2 sell.
            status: ``status`` in the query. Status filter. Assumption: the integer codes are
                undocumented; the local exchange ignores it.
            start_time: ``startTime`` in the query. Start of the time window, Unix milliseconds.
                Assumption: inclusive.
            end_time: ``endTime`` in the query. End of the time window, Unix milliseconds.
                Assumption: inclusive.
            page: ``page`` in the query (default 1). Page number, starting at 1. Defaults to 1.
            page_size: ``pageSize`` in the query (default 20). Items per page. Defaults to 20.
                No maximum is documented.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            OrderPage: the envelope's ``data``.
        """
        call = self._get_history_call(
            symbol=symbol,
            order_id=order_id,
            client_order_id=client_order_id,
            type=type,
            side=side,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, OrderPage)

    def iter_history(
        self,
        *,
        symbol: str | None = None,
        order_id: str | None = None,
        client_order_id: str | None = None,
        type: OrderTypeFilter | Literal[1, 2] | None = None,
        side: OrderSideFilter | Literal[1, 2] | None = None,
        status: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[Order]:
        """Every item of getOrderHistory, page after page, from page `page` on.

        Pages are fetched as the iteration needs them; it stops once `total` items have been
        seen or a page comes back empty. Arguments are those of `get_history`.
        """

        def fetch(page_number: int) -> OrderPage:
            return self.get_history(
                symbol=symbol,
                order_id=order_id,
                client_order_id=client_order_id,
                type=type,
                side=side,
                status=status,
                start_time=start_time,
                end_time=end_time,
                page=page_number,
                page_size=page_size,
                extra_headers=extra_headers,
                request_id=request_id,
                timeout=timeout,
                max_retries=max_retries,
            )

        return iterate_pages(
            fetch,
            first_page=page,
            page_size=page_size,
            items=lambda data: data.list_,
            total=lambda data: data.total,
        )

    def get_condition_history(
        self,
        *,
        symbol: str | None = None,
        side: OrderSideFilter | Literal[1, 2] | None = None,
        status: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ConditionOrderPage:
        """List condition order history

        Returns one page of past condition orders (triggered, canceled or expired). Accepts JWT
        or API-key signing; with an API key the key needs the Trade permission (order and
        position endpoints, queries included).

        ``GET /v1/private/order/history-condition``

        Args:
            symbol: ``symbol`` in the query. Symbol, such as BTCUSDT.
            side: ``side`` in the query (one of 1, 2). Side filter: 1 buy, 2 sell.
            status: ``status`` in the query. Status filter. Assumption: the integer codes are
                undocumented; the local exchange ignores it.
            start_time: ``startTime`` in the query. Start of the time window, Unix milliseconds.
                Assumption: inclusive.
            end_time: ``endTime`` in the query. End of the time window, Unix milliseconds.
                Assumption: inclusive.
            page: ``page`` in the query (default 1). Page number, starting at 1. Defaults to 1.
            page_size: ``pageSize`` in the query (default 20). Items per page. Defaults to 20.
                No maximum is documented.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            ConditionOrderPage: the envelope's ``data``.
        """
        call = self._get_condition_history_call(
            symbol=symbol,
            side=side,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, ConditionOrderPage)

    def iter_condition_history(
        self,
        *,
        symbol: str | None = None,
        side: OrderSideFilter | Literal[1, 2] | None = None,
        status: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[ConditionOrder]:
        """Every item of getConditionOrderHistory, page after page, from page `page` on.

        Pages are fetched as the iteration needs them; it stops once `total` items have been
        seen or a page comes back empty. Arguments are those of `get_condition_history`.
        """

        def fetch(page_number: int) -> ConditionOrderPage:
            return self.get_condition_history(
                symbol=symbol,
                side=side,
                status=status,
                start_time=start_time,
                end_time=end_time,
                page=page_number,
                page_size=page_size,
                extra_headers=extra_headers,
                request_id=request_id,
                timeout=timeout,
                max_retries=max_retries,
            )

        return iterate_pages(
            fetch,
            first_page=page,
            page_size=page_size,
            items=lambda data: data.list_,
            total=lambda data: data.total,
        )

    def get_trades(
        self,
        *,
        symbol: str | None = None,
        order_id: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> TradePage:
        """List trade records

        Returns one page of the user's fills. Accepts JWT or API-key signing; with an API key
        the key needs the Trade permission (order and position endpoints, queries included).

        ``GET /v1/private/order/trades``

        Args:
            symbol: ``symbol`` in the query. Symbol, such as BTCUSDT.
            order_id: ``orderId`` in the query. Order id filter.
            start_time: ``startTime`` in the query. Start of the time window, Unix milliseconds.
                Assumption: inclusive.
            end_time: ``endTime`` in the query. End of the time window, Unix milliseconds.
                Assumption: inclusive.
            page: ``page`` in the query (default 1). Page number, starting at 1. Defaults to 1.
            page_size: ``pageSize`` in the query (default 20). Items per page. Defaults to 20.
                No maximum is documented.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            TradePage: the envelope's ``data``.
        """
        call = self._get_trades_call(
            symbol=symbol,
            order_id=order_id,
            start_time=start_time,
            end_time=end_time,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, TradePage)

    def iter_trades(
        self,
        *,
        symbol: str | None = None,
        order_id: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[Trade]:
        """Every item of getTrades, page after page, from page `page` on.

        Pages are fetched as the iteration needs them; it stops once `total` items have been
        seen or a page comes back empty. Arguments are those of `get_trades`.
        """

        def fetch(page_number: int) -> TradePage:
            return self.get_trades(
                symbol=symbol,
                order_id=order_id,
                start_time=start_time,
                end_time=end_time,
                page=page_number,
                page_size=page_size,
                extra_headers=extra_headers,
                request_id=request_id,
                timeout=timeout,
                max_retries=max_retries,
            )

        return iterate_pages(
            fetch,
            first_page=page,
            page_size=page_size,
            items=lambda data: data.list_,
            total=lambda data: data.total,
        )

    def get_strategy(
        self,
        *,
        strategy_id: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> StrategyOrder:
        """Get a strategy order

        Returns a strategy order and its sub-orders. Accepts JWT or API-key signing; with an API
        key the key needs the Trade permission (order and position endpoints, queries included).

        ``GET /v1/private/order/strategy``

        Args:
            strategy_id: ``strategyId`` in the query (required). Strategy id.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            StrategyOrder: the envelope's ``data``.
        """
        call = self._get_strategy_call(
            strategy_id=strategy_id,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, StrategyOrder)


class OrderResourceWithRawResponse(_OrderResourceCalls[SyncAPIClient]):
    """The operations of `OrderResource`, with the same arguments, each returning a RawResponse:
    the HTTP status, headers, request id, raw body and the parsed data.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.get_order = raw_method(self._get_order_call, client._send_raw, Order)
        self.place = raw_method(self._place_call, client._send_raw, OrderAck)
        self.batch_place = raw_method(self._batch_place_call, client._send_raw, BatchResult)
        self.place_condition = raw_method(
            self._place_condition_call, client._send_raw, ConditionOrderAck
        )
        self.place_strategy = raw_method(self._place_strategy_call, client._send_raw, StrategyAck)
        self.cancel = raw_method(self._cancel_call, client._send_raw, OrderAck)
        self.move = raw_method(self._move_call, client._send_raw, OrderAck)
        self.batch_move = raw_method(self._batch_move_call, client._send_raw, BatchResult)
        self.batch_cancel = raw_method(self._batch_cancel_call, client._send_raw, BatchResult)
        self.cancel_all = raw_method_empty(self._cancel_all_call, client._send_raw_empty)
        self.cancel_condition = raw_method_empty(
            self._cancel_condition_call, client._send_raw_empty
        )
        self.get_current = raw_method(self._get_current_call, client._send_raw, OrderList)
        self.get_current_condition = raw_method(
            self._get_current_condition_call, client._send_raw, ConditionOrderList
        )
        self.get_history = raw_method(self._get_history_call, client._send_raw, OrderPage)
        self.get_condition_history = raw_method(
            self._get_condition_history_call, client._send_raw, ConditionOrderPage
        )
        self.get_trades = raw_method(self._get_trades_call, client._send_raw, TradePage)
        self.get_strategy = raw_method(self._get_strategy_call, client._send_raw, StrategyOrder)


class AsyncOrderResource(_OrderResourceCalls[AsyncAPIClient]):
    """Normal, condition and strategy orders and trade records; the Trade permission."""

    @property
    def with_raw_response(self) -> AsyncOrderResourceWithRawResponse:
        """The same operations, returning the HTTP status, headers and request id with the data."""
        return AsyncOrderResourceWithRawResponse(self._client)

    async def get_order(
        self,
        *,
        symbol: str,
        order_id: str | None = None,
        client_order_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Order:
        """Query one order

        Returns one normal order by symbol and orderId or clientOrderId (at least one of them;
        when both are given, both must match). Accepts JWT or API-key signing; with an API key
        the key needs the Trade permission (order and position endpoints, queries included).

        ``GET /v1/private/order``

        Args:
            symbol: ``symbol`` in the query (required). Symbol, such as BTCUSDT.
            order_id: ``orderId`` in the query. Server order id.
            client_order_id: ``clientOrderId`` in the query. Client-defined order id.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            Order: the envelope's ``data``.
        """
        call = self._get_order_call(
            symbol=symbol,
            order_id=order_id,
            client_order_id=client_order_id,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, Order)

    async def place(
        self,
        *,
        symbol: str,
        type: OrderType | Literal["LIMIT", "MARKET"],
        side: OrderSide | Literal["BUY", "SELL"],
        position_side: PositionSide | Literal["BOTH", "LONG", "SHORT"] | None = None,
        price: Decimal | str | int | None = None,
        quantity: Decimal | str | int | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK", "GTE_GTC"] | None = None,
        reduce_only: bool = False,
        maker_only: bool = False,
        close_position: bool = False,
        client_order_id: str | None = None,
        place_type: str | None = None,
        price_type: PriceType | Literal[0, 1, 2, 3, 4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> OrderAck:
        """Place an order

        Places a LIMIT or MARKET order. The replay check refuses a reused signature (`Signature
        replay detected`); after an ambiguous failure the order is looked up by clientOrderId
        before anything is resent. Assumption: the exchange refuses a clientOrderId already used
        (3004), so a resend that crosses a first send still on its way is refused rather than
        placed twice; the client then looks the order up again and returns it. Accepts JWT or
        API-key signing; with an API key the key needs the Trade permission (order and position
        endpoints, queries included).

        ``POST /v1/private/order/place``

        Args:
            symbol: ``symbol`` in the body (required). Symbol.
            type: ``type`` in the body (required; one of 'LIMIT', 'MARKET'). Normal order type.
            side: ``side`` in the body (required; one of 'BUY', 'SELL'). Order side.
            position_side: ``positionSide`` in the body (one of 'BOTH', 'LONG', 'SHORT').
                Position side: BOTH in one-way mode, LONG or SHORT in hedge mode.
            price: ``price`` in the body. Limit price, decimal string. Required for LIMIT
                orders.
            quantity: ``quantity`` in the body. Quantity, decimal string. May be omitted when
                closePosition is true.
            time_in_force: ``timeInForce`` in the body (one of 'GTC', 'IOC', 'FOK', 'GTE_GTC').
                Time in force. Normal orders document GTC, IOC and FOK; GTE_GTC is documented
                for condition orders only.
            reduce_only: ``reduceOnly`` in the body (default False). Reduce-only; defaults to
                false.
            maker_only: ``makerOnly`` in the body (default False). Maker-only (post-only);
                defaults to false.
            close_position: ``closePosition`` in the body (default False). Close the entire
                position; defaults to false.
            client_order_id: ``clientOrderId`` in the body. Client-defined order id. Assumption:
                the docs give no length or alphabet; up to 64 characters of letters, digits, `-`
                and `_`.
            place_type: ``placeType`` in the body. Order placement type marker. Assumption: its
                values are undocumented.
            price_type: ``priceType`` in the body (one of 0, 1, 2, 3, 4). BBO price type: 0
                specified price, 1 opponent price 1, 2 opponent price 5, 3 same-side price 1, 4
                same-side price 5.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            OrderAck: the envelope's ``data``.
        """
        call = self._place_call(
            symbol=symbol,
            type=type,
            side=side,
            position_side=position_side,
            price=price,
            quantity=quantity,
            time_in_force=time_in_force,
            reduce_only=reduce_only,
            maker_only=maker_only,
            close_position=close_position,
            client_order_id=client_order_id,
            place_type=place_type,
            price_type=price_type,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, OrderAck)

    async def batch_place(
        self,
        *,
        orders: Sequence[PlaceOrderRequest | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchResult:
        """Place several orders

        Places several normal orders; each gets its own result, in request order. Assumption: no
        batch size limit is documented. After an ambiguous failure each order is looked up by
        its clientOrderId and only the ones not found are resent; Assumption: the entry of an
        order found by the lookup is code 0, message success and the order's ids and status.
        Accepts JWT or API-key signing; with an API key the key needs the Trade permission
        (order and position endpoints, queries included).

        ``POST /v1/private/order/batch-place``

        Args:
            orders: ``orders`` in the body (required). The orders.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            BatchResult: the envelope's ``data``.
        """
        call = self._batch_place_call(
            orders=orders,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, BatchResult)

    async def place_condition(
        self,
        *,
        symbol: str,
        type: (
            ConditionOrderType
            | Literal[
                "STOP_MARKET",
                "STOP_LIMIT",
                "TAKE_PROFIT_MARKET",
                "TAKE_PROFIT_LIMIT",
                "TRAILING_STOP",
            ]
        ),
        side: OrderSide | Literal["BUY", "SELL"],
        position_side: PositionSide | Literal["BOTH", "LONG", "SHORT"] | None = None,
        price: Decimal | str | int | None = None,
        quantity: Decimal | str | int | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK", "GTE_GTC"] | None = None,
        reduce_only: bool | None = None,
        client_order_id: str | None = None,
        stop_price: Decimal | str | int | None = None,
        working_type: WorkingType | Literal["MARK_PRICE", "CONTRACT_PRICE"] | None = None,
        price_protect: bool | None = None,
        activate_price: Decimal | str | int | None = None,
        callback_rate: Decimal | str | int | None = None,
        close_position: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ConditionOrderAck:
        """Place a condition order

        Places a stop, take-profit or trailing-stop order that places its order when the price
        crosses stopPrice (by workingType). Codes 3100-3112 report invalid condition parameters.
        Accepts JWT or API-key signing; with an API key the key needs the Trade permission
        (order and position endpoints, queries included). Assumption: after an ambiguous failure
        the condition order is looked up among the current ones by clientOrderId, and a
        clientOrderId already used is refused (3004); one that triggered or was canceled before
        the lookup is not listed, so the resend is refused and the call raises that error rather
        than place it twice.

        ``POST /v1/private/order/place-condition``

        Args:
            symbol: ``symbol`` in the body (required). Symbol.
            type: ``type`` in the body (required; one of 'STOP_MARKET', 'STOP_LIMIT',
                'TAKE_PROFIT_MARKET', 'TAKE_PROFIT_LIMIT', 'TRAILING_STOP'). Condition order
                type.
            side: ``side`` in the body (required; one of 'BUY', 'SELL'). Order side.
            position_side: ``positionSide`` in the body (one of 'BOTH', 'LONG', 'SHORT').
                Position side: BOTH in one-way mode, LONG or SHORT in hedge mode.
            price: ``price`` in the body. Limit price, decimal string. Required for STOP_LIMIT
                and TAKE_PROFIT_LIMIT.
            quantity: ``quantity`` in the body. Quantity, decimal string. May be omitted when
                closePosition is true.
            time_in_force: ``timeInForce`` in the body (one of 'GTC', 'IOC', 'FOK', 'GTE_GTC').
                Time in force. Normal orders document GTC, IOC and FOK; GTE_GTC is documented
                for condition orders only.
            reduce_only: ``reduceOnly`` in the body. Reduce-only.
            client_order_id: ``clientOrderId`` in the body. Client-defined order id. Assumption:
                the docs give no length or alphabet; up to 64 characters of letters, digits, `-`
                and `_`.
            stop_price: ``stopPrice`` in the body. Trigger price, decimal string. Required for
                the stop and take-profit types.
            working_type: ``workingType`` in the body (one of 'MARK_PRICE', 'CONTRACT_PRICE').
                Price that triggers a condition order.
            price_protect: ``priceProtect`` in the body. Whether price protection is enabled.
            activate_price: ``activatePrice`` in the body. Trailing stop activation price,
                decimal string. Required for TRAILING_STOP.
            callback_rate: ``callbackRate`` in the body. Trailing stop callback rate, decimal
                string. Required for TRAILING_STOP. Assumption: a percentage, 1 meaning 1%.
            close_position: ``closePosition`` in the body. Close the entire position.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            ConditionOrderAck: the envelope's ``data``.
        """
        call = self._place_condition_call(
            symbol=symbol,
            type=type,
            side=side,
            position_side=position_side,
            price=price,
            quantity=quantity,
            time_in_force=time_in_force,
            reduce_only=reduce_only,
            client_order_id=client_order_id,
            stop_price=stop_price,
            working_type=working_type,
            price_protect=price_protect,
            activate_price=activate_price,
            callback_rate=callback_rate,
            close_position=close_position,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, ConditionOrderAck)

    async def place_strategy(
        self,
        *,
        strategy_type: StrategyType | Literal["OTOCO", "OTO", "OCO"],
        sub_order_list: Sequence[StrategySubOrder | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> StrategyAck:
        """Place a strategy order

        Places an OTO, OCO or OTOCO strategy whose sub-orders drive each other. Accepts JWT or
        API-key signing; with an API key the key needs the Trade permission (order and position
        endpoints, queries included).

        ``POST /v1/private/order/place-strategy``

        Args:
            strategy_type: ``strategyType`` in the body (required; one of 'OTOCO', 'OTO',
                'OCO'). Strategy order type.
            sub_order_list: ``subOrderList`` in the body (required). The sub-orders.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            StrategyAck: the envelope's ``data``.
        """
        call = self._place_strategy_call(
            strategy_type=strategy_type,
            sub_order_list=sub_order_list,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, StrategyAck)

    async def cancel(
        self,
        *,
        symbol: str,
        order_id: str | None = None,
        client_order_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> OrderAck:
        """Cancel an order

        Cancels a normal order named by orderId or clientOrderId. Code 3005 means it can no
        longer be canceled. Assumption: the response is undocumented; it is taken to be the
        order's acknowledgement with its new status. After an ambiguous failure the order is
        looked up; Assumption: the cancel took effect when the order is CANCELED or
        PARTIALLY_FILLED_CANCELED, and the acknowledgement's timestamp is then its updatedAt.
        Accepts JWT or API-key signing; with an API key the key needs the Trade permission
        (order and position endpoints, queries included).

        ``POST /v1/private/order/cancel``

        Args:
            symbol: ``symbol`` in the body (required). Symbol.
            order_id: ``orderId`` in the body. Server order id.
            client_order_id: ``clientOrderId`` in the body. Client-defined order id.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            OrderAck: the envelope's ``data``.
        """
        call = self._cancel_call(
            symbol=symbol,
            order_id=order_id,
            client_order_id=client_order_id,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, OrderAck)

    async def move(
        self,
        *,
        symbol: str,
        order_id: str,
        price: Decimal | str | int,
        quantity: Decimal | str | int,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> OrderAck:
        """Amend an order

        Changes the price and quantity of a resting normal order; quantity is the new total, not
        the remaining quantity. Assumption: the response is undocumented; it is taken to be the
        order's acknowledgement. After an ambiguous failure the order is looked up; Assumption:
        the amendment took effect when the order's price and quantity equal the requested ones
        (compared as decimals), and the acknowledgement's timestamp is then its updatedAt.
        Accepts JWT or API-key signing; with an API key the key needs the Trade permission
        (order and position endpoints, queries included).

        ``POST /v1/private/order/move``

        Args:
            symbol: ``symbol`` in the body (required). Symbol.
            order_id: ``orderId`` in the body (required). Server order id.
            price: ``price`` in the body (required). New price, decimal string.
            quantity: ``quantity`` in the body (required). New total order quantity (not the
                remaining one), decimal string.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            OrderAck: the envelope's ``data``.
        """
        call = self._move_call(
            symbol=symbol,
            order_id=order_id,
            price=price,
            quantity=quantity,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, OrderAck)

    async def batch_move(
        self,
        *,
        symbol: str,
        orders: Sequence[BatchMoveItem | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchResult:
        """Amend several orders

        Amends several resting normal orders of one symbol; each gets its own result. After an
        ambiguous failure each order is looked up and only the ones whose price and quantity are
        not yet the requested ones are resent (Assumption: as for moveOrder; an order taken from
        the lookup gets code 0 and message success). Accepts JWT or API-key signing; with an API
        key the key needs the Trade permission (order and position endpoints, queries included).

        ``POST /v1/private/order/batch-move``

        Args:
            symbol: ``symbol`` in the body (required). Symbol.
            orders: ``orders`` in the body (required). The amendments.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            BatchResult: the envelope's ``data``.
        """
        call = self._batch_move_call(
            symbol=symbol,
            orders=orders,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, BatchResult)

    async def batch_cancel(
        self,
        *,
        orders: Sequence[CancelOrderRequest | Mapping[str, Any]],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BatchResult:
        """Cancel several orders

        Cancels several normal orders; each gets its own result. After an ambiguous failure each
        order is looked up and only the ones not yet canceled are resent (Assumption: as for
        cancelOrder; an order taken from the lookup gets code 0 and message success). Accepts
        JWT or API-key signing; with an API key the key needs the Trade permission (order and
        position endpoints, queries included).

        ``POST /v1/private/order/batch-cancel``

        Args:
            orders: ``orders`` in the body (required). The orders to cancel.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            BatchResult: the envelope's ``data``.
        """
        call = self._batch_cancel_call(
            orders=orders,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, BatchResult)

    async def cancel_all(
        self,
        *,
        symbol: str | None = None,
        cancel_type: CancelType | Literal[0, 1, 2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Cancel all orders

        Cancels every normal order, every limit order or every condition order, of one symbol or
        all. Cancel-all of normal orders is accepted asynchronously: the final state comes from
        the query endpoints (or the WebSocket). Repeating it is harmless. Accepts JWT or API-key
        signing; with an API key the key needs the Trade permission (order and position
        endpoints, queries included).

        ``POST /v1/private/order/batch-cancel-all``

        Args:
            symbol: ``symbol`` in the body. Symbol; all symbols when omitted.
            cancel_type: ``cancelType`` in the body (one of 0, 1, 2). What cancel-all cancels: 0
                all normal orders, 1 limit orders only, 2 all condition orders.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            None.
        """
        call = self._cancel_all_call(
            symbol=symbol,
            cancel_type=cancel_type,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send_empty(call)

    async def cancel_condition(
        self,
        *,
        symbol: str,
        condition_id: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Cancel a condition order

        Cancels an untriggered condition order. After an ambiguous failure the order is looked
        up in the condition order history (Assumption: the cancel took effect when it is there
        as CANCELED; only the first page, the newest finished condition orders, is searched).
        Accepts JWT or API-key signing; with an API key the key needs the Trade permission
        (order and position endpoints, queries included).

        ``POST /v1/private/order/cancel-condition``

        Args:
            symbol: ``symbol`` in the body (required). Symbol.
            condition_id: ``conditionId`` in the body (required). Condition order id.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            None.
        """
        call = self._cancel_condition_call(
            symbol=symbol,
            condition_id=condition_id,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send_empty(call)

    async def get_current(
        self,
        *,
        symbol: str | None = None,
        limit: int | None = None,
        last_order_id: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> OrderList:
        """List current orders

        Returns resting normal orders, newest first, at most `limit` of them, older than the
        order `lastOrderId` when given (a cursor: pass the last orderId of the previous call).
        Accepts JWT or API-key signing; with an API key the key needs the Trade permission
        (order and position endpoints, queries included).

        ``GET /v1/private/order/current``

        Args:
            symbol: ``symbol`` in the query. Symbol, such as BTCUSDT.
            limit: ``limit`` in the query. Return count limit. Assumption: default and maximum
                undocumented (the local exchange uses 100 and 500).
            last_order_id: ``lastOrderId`` in the query. Cursor: only orders older than this
                order id.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            OrderList: the envelope's ``data``.
        """
        call = self._get_current_call(
            symbol=symbol,
            limit=limit,
            last_order_id=last_order_id,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, OrderList)

    def iter_current(
        self,
        *,
        symbol: str | None = None,
        limit: int | None = None,
        last_order_id: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[Order]:
        """Every item of getCurrentOrders, call after call, after `last_order_id` when given.

        Each call passes the `orderId` of the last item received as `last_order_id`; the
        iteration stops on a page that is empty or shorter than `limit`. Arguments are those of
        `get_current`.
        """

        async def fetch(page_cursor: int | None) -> OrderList:
            return await self.get_current(
                symbol=symbol,
                limit=limit,
                last_order_id=page_cursor,
                extra_headers=extra_headers,
                request_id=request_id,
                timeout=timeout,
                max_retries=max_retries,
            )

        return aiterate_cursor(
            fetch,
            first_cursor=last_order_id,
            limit=limit,
            items=lambda data: data.list_,
            cursor_of=lambda item: int(item.order_id),
        )

    async def get_current_condition(
        self,
        *,
        symbol: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ConditionOrderList:
        """List current condition orders

        Returns the untriggered condition orders, newest first. Accepts JWT or API-key signing;
        with an API key the key needs the Trade permission (order and position endpoints,
        queries included).

        ``GET /v1/private/order/current-condition``

        Args:
            symbol: ``symbol`` in the query. Symbol, such as BTCUSDT.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            ConditionOrderList: the envelope's ``data``.
        """
        call = self._get_current_condition_call(
            symbol=symbol,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, ConditionOrderList)

    async def get_history(
        self,
        *,
        symbol: str | None = None,
        order_id: str | None = None,
        client_order_id: str | None = None,
        type: OrderTypeFilter | Literal[1, 2] | None = None,
        side: OrderSideFilter | Literal[1, 2] | None = None,
        status: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> OrderPage:
        """List order history

        Returns one page of past normal orders (finished: filled, canceled or rejected). Accepts
        JWT or API-key signing; with an API key the key needs the Trade permission (order and
        position endpoints, queries included).

        ``GET /v1/private/order/history``

        Args:
            symbol: ``symbol`` in the query. Symbol, such as BTCUSDT.
            order_id: ``orderId`` in the query. Exact order id filter.
            client_order_id: ``clientOrderId`` in the query. Exact client order id filter.
            type: ``type`` in the query (one of 1, 2). Order type filter: 1 limit, 2 market.
            side: ``side`` in the query (one of 1, 2). Side filter: 1 buy, 2 sell.
            status: ``status`` in the query. Status filter. Assumption: the integer codes are
                undocumented; the local exchange ignores it.
            start_time: ``startTime`` in the query. Start of the time window, Unix milliseconds.
                Assumption: inclusive.
            end_time: ``endTime`` in the query. End of the time window, Unix milliseconds.
                Assumption: inclusive.
            page: ``page`` in the query (default 1). Page number, starting at 1. Defaults to 1.
            page_size: ``pageSize`` in the query (default 20). Items per page. Defaults to 20.
                No maximum is documented.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            OrderPage: the envelope's ``data``.
        """
        call = self._get_history_call(
            symbol=symbol,
            order_id=order_id,
            client_order_id=client_order_id,
            type=type,
            side=side,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, OrderPage)

    def iter_history(
        self,
        *,
        symbol: str | None = None,
        order_id: str | None = None,
        client_order_id: str | None = None,
        type: OrderTypeFilter | Literal[1, 2] | None = None,
        side: OrderSideFilter | Literal[1, 2] | None = None,
        status: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[Order]:
        """Every item of getOrderHistory, page after page, from page `page` on.

        Pages are fetched as the iteration needs them; it stops once `total` items have been
        seen or a page comes back empty. Arguments are those of `get_history`.
        """

        async def fetch(page_number: int) -> OrderPage:
            return await self.get_history(
                symbol=symbol,
                order_id=order_id,
                client_order_id=client_order_id,
                type=type,
                side=side,
                status=status,
                start_time=start_time,
                end_time=end_time,
                page=page_number,
                page_size=page_size,
                extra_headers=extra_headers,
                request_id=request_id,
                timeout=timeout,
                max_retries=max_retries,
            )

        return aiterate_pages(
            fetch,
            first_page=page,
            page_size=page_size,
            items=lambda data: data.list_,
            total=lambda data: data.total,
        )

    async def get_condition_history(
        self,
        *,
        symbol: str | None = None,
        side: OrderSideFilter | Literal[1, 2] | None = None,
        status: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> ConditionOrderPage:
        """List condition order history

        Returns one page of past condition orders (triggered, canceled or expired). Accepts JWT
        or API-key signing; with an API key the key needs the Trade permission (order and
        position endpoints, queries included).

        ``GET /v1/private/order/history-condition``

        Args:
            symbol: ``symbol`` in the query. Symbol, such as BTCUSDT.
            side: ``side`` in the query (one of 1, 2). Side filter: 1 buy, 2 sell.
            status: ``status`` in the query. Status filter. Assumption: the integer codes are
                undocumented; the local exchange ignores it.
            start_time: ``startTime`` in the query. Start of the time window, Unix milliseconds.
                Assumption: inclusive.
            end_time: ``endTime`` in the query. End of the time window, Unix milliseconds.
                Assumption: inclusive.
            page: ``page`` in the query (default 1). Page number, starting at 1. Defaults to 1.
            page_size: ``pageSize`` in the query (default 20). Items per page. Defaults to 20.
                No maximum is documented.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            ConditionOrderPage: the envelope's ``data``.
        """
        call = self._get_condition_history_call(
            symbol=symbol,
            side=side,
            status=status,
            start_time=start_time,
            end_time=end_time,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, ConditionOrderPage)

    def iter_condition_history(
        self,
        *,
        symbol: str | None = None,
        side: OrderSideFilter | Literal[1, 2] | None = None,
        status: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[ConditionOrder]:
        """Every item of getConditionOrderHistory, page after page, from page `page` on.

        Pages are fetched as the iteration needs them; it stops once `total` items have been
        seen or a page comes back empty. Arguments are those of `get_condition_history`.
        """

        async def fetch(page_number: int) -> ConditionOrderPage:
            return await self.get_condition_history(
                symbol=symbol,
                side=side,
                status=status,
                start_time=start_time,
                end_time=end_time,
                page=page_number,
                page_size=page_size,
                extra_headers=extra_headers,
                request_id=request_id,
                timeout=timeout,
                max_retries=max_retries,
            )

        return aiterate_pages(
            fetch,
            first_page=page,
            page_size=page_size,
            items=lambda data: data.list_,
            total=lambda data: data.total,
        )

    async def get_trades(
        self,
        *,
        symbol: str | None = None,
        order_id: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> TradePage:
        """List trade records

        Returns one page of the user's fills. Accepts JWT or API-key signing; with an API key
        the key needs the Trade permission (order and position endpoints, queries included).

        ``GET /v1/private/order/trades``

        Args:
            symbol: ``symbol`` in the query. Symbol, such as BTCUSDT.
            order_id: ``orderId`` in the query. Order id filter.
            start_time: ``startTime`` in the query. Start of the time window, Unix milliseconds.
                Assumption: inclusive.
            end_time: ``endTime`` in the query. End of the time window, Unix milliseconds.
                Assumption: inclusive.
            page: ``page`` in the query (default 1). Page number, starting at 1. Defaults to 1.
            page_size: ``pageSize`` in the query (default 20). Items per page. Defaults to 20.
                No maximum is documented.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            TradePage: the envelope's ``data``.
        """
        call = self._get_trades_call(
            symbol=symbol,
            order_id=order_id,
            start_time=start_time,
            end_time=end_time,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, TradePage)

    def iter_trades(
        self,
        *,
        symbol: str | None = None,
        order_id: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[Trade]:
        """Every item of getTrades, page after page, from page `page` on.

        Pages are fetched as the iteration needs them; it stops once `total` items have been
        seen or a page comes back empty. Arguments are those of `get_trades`.
        """

        async def fetch(page_number: int) -> TradePage:
            return await self.get_trades(
                symbol=symbol,
                order_id=order_id,
                start_time=start_time,
                end_time=end_time,
                page=page_number,
                page_size=page_size,
                extra_headers=extra_headers,
                request_id=request_id,
                timeout=timeout,
                max_retries=max_retries,
            )

        return aiterate_pages(
            fetch,
            first_page=page,
            page_size=page_size,
            items=lambda data: data.list_,
            total=lambda data: data.total,
        )

    async def get_strategy(
        self,
        *,
        strategy_id: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> StrategyOrder:
        """Get a strategy order

        Returns a strategy order and its sub-orders. Accepts JWT or API-key signing; with an API
        key the key needs the Trade permission (order and position endpoints, queries included).

        ``GET /v1/private/order/strategy``

        Args:
            strategy_id: ``strategyId`` in the query (required). Strategy id.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            StrategyOrder: the envelope's ``data``.
        """
        call = self._get_strategy_call(
            strategy_id=strategy_id,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, StrategyOrder)


class AsyncOrderResourceWithRawResponse(_OrderResourceCalls[AsyncAPIClient]):
    """The operations of `AsyncOrderResource`, with the same arguments, each returning a
    RawResponse: the HTTP status, headers, request id, raw body and the parsed data.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.get_order = async_raw_method(self._get_order_call, client._send_raw, Order)
        self.place = async_raw_method(self._place_call, client._send_raw, OrderAck)
        self.batch_place = async_raw_method(self._batch_place_call, client._send_raw, BatchResult)
        self.place_condition = async_raw_method(
            self._place_condition_call, client._send_raw, ConditionOrderAck
        )
        self.place_strategy = async_raw_method(
            self._place_strategy_call, client._send_raw, StrategyAck
        )
        self.cancel = async_raw_method(self._cancel_call, client._send_raw, OrderAck)
        self.move = async_raw_method(self._move_call, client._send_raw, OrderAck)
        self.batch_move = async_raw_method(self._batch_move_call, client._send_raw, BatchResult)
        self.batch_cancel = async_raw_method(self._batch_cancel_call, client._send_raw, BatchResult)
        self.cancel_all = async_raw_method_empty(self._cancel_all_call, client._send_raw_empty)
        self.cancel_condition = async_raw_method_empty(
            self._cancel_condition_call, client._send_raw_empty
        )
        self.get_current = async_raw_method(self._get_current_call, client._send_raw, OrderList)
        self.get_current_condition = async_raw_method(
            self._get_current_condition_call, client._send_raw, ConditionOrderList
        )
        self.get_history = async_raw_method(self._get_history_call, client._send_raw, OrderPage)
        self.get_condition_history = async_raw_method(
            self._get_condition_history_call, client._send_raw, ConditionOrderPage
        )
        self.get_trades = async_raw_method(self._get_trades_call, client._send_raw, TradePage)
        self.get_strategy = async_raw_method(
            self._get_strategy_call, client._send_raw, StrategyOrder
        )
