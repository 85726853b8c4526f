# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.

from __future__ import annotations

from typing import Literal

from pydantic import Field, RootModel

from sixmm._decimal import ExactDecimal
from sixmm._enums import OpenStrEnum
from sixmm._model import ApiModel


class AccountUpdate(ApiModel):
    """
    Assumption: the docs name only `eventType`; balances use the stream's names
    (`frozenBalance`, not `frozenMargin`) and `marginMode` is a string. Unknown fields are kept.

    """

    event_type: Literal["ACCOUNT_UPDATE"] = Field(..., alias="eventType")
    """
    The event type.
    """
    asset: str | None = None
    """
    Asset
    """
    balance: ExactDecimal | None = None
    """
    Wallet balance
    """
    frozen_balance: ExactDecimal | None = Field(None, alias="frozenBalance")
    """
    Balance held by orders
    """
    margin_mode: str | None = Field(None, alias="marginMode")
    """
    Margin mode
    """
    update_time: int | None = Field(None, alias="updateTime")
    """
    Update time
    """


class AccountUpdateMessage(ApiModel):
    """
    An account event on the user channel.
    """

    topic: str
    """
    The channel, e.g. `user.1188041528`.
    """
    event: str | None = None
    """
    Assumption: absent on private pushes (the docs show none).
    """
    ts: int
    """
    Push time
    """
    data: AccountUpdate


class AuthAck(ApiModel):
    """
    Sent once after a connection opened with a listenKey or token is authenticated.
    """

    event: Literal["auth"]
    """
    Always `auth`.
    """
    success: bool
    """
    Whether authentication succeeded.
    """
    data: str | None = None
    """
    The authenticated user's id.
    """
    message: str | None = None
    """
    Assumption: why authentication failed.
    """


class DepthData(ApiModel):
    """
    Assumption: the docs name only `endVersion` (continuity check). An update continues the
    book when its `startVersion` is the previous message's `endVersion` + 1; anything else is
    a gap, and a fresh snapshot comes from resubscribing.

    """

    symbol: str
    """
    Contract symbol.
    """
    type: DepthType
    start_version: int | None = Field(None, alias="startVersion")
    """
    Assumption: the first book version this message covers.
    """
    end_version: int = Field(..., alias="endVersion")
    """
    The last book version this message covers.
    """
    bids: list[PriceLevel]
    """
    Bid levels, best first.
    """
    asks: list[PriceLevel]
    """
    Ask levels, best first.
    """


class DepthMessage(ApiModel):
    """
    A depth push.
    """

    topic: str
    """
    The channel, e.g. `market.depth.BTCUSDT`.
    """
    event: str | None = None
    """
    Always `data` for pushes.
    """
    ts: int
    """
    Push time
    """
    data: DepthData


class DepthType(OpenStrEnum):
    """Assumption: whether the message replaces the book or updates it."""

    SNAPSHOT = "snapshot"
    UPDATE = "update"


class KlineData(ApiModel):
    """
    Assumption: the open (still changing) kline of the interval.
    """

    symbol: str
    """
    Contract symbol.
    """
    interval: str
    """
    Kline interval.
    """
    open_time: int = Field(..., alias="openTime")
    """
    Open time, Unix ms.
    """
    close_time: int | None = Field(None, alias="closeTime")
    """
    Close time, Unix ms.
    """
    open: ExactDecimal
    """
    Open price, decimal string.
    """
    high: ExactDecimal
    """
    High price, decimal string.
    """
    low: ExactDecimal
    """
    Low price, decimal string.
    """
    close: ExactDecimal
    """
    Close (latest) price, decimal string.
    """
    volume: ExactDecimal
    """
    Volume, decimal string.
    """


class KlineMessage(ApiModel):
    """
    A kline push.
    """

    topic: str
    """
    The channel, e.g. `market.kline.BTCUSDT.1m`.
    """
    event: str | None = None
    """
    Always `data` for pushes.
    """
    ts: int
    """
    Push time
    """
    data: KlineData


class OrderStatus(OpenStrEnum):
    """Order status, the values of the docs' common enums (PENDING: resting in the book); unknown values are kept."""

    NEW = "NEW"
    PENDING = "PENDING"
    PARTIALLY_FILLED = "PARTIALLY_FILLED"
    FILLED = "FILLED"
    CANCELED = "CANCELED"
    REJECTED = "REJECTED"
    PARTIALLY_FILLED_CANCELED = "PARTIALLY_FILLED_CANCELED"


class OrderTradeUpdate(ApiModel):
    """
    Assumption: the docs name only `eventType`; the other fields are the REST order's under
    the stream's names (`orderStatus`, not `status`). Unknown fields are kept.

    """

    event_type: Literal["ORDER_TRADE_UPDATE"] = Field(..., alias="eventType")
    """
    The event type.
    """
    symbol: str | None = None
    """
    Contract symbol.
    """
    order_id: str | None = Field(None, alias="orderId")
    """
    Order id.
    """
    client_order_id: str | None = Field(None, alias="clientOrderId")
    """
    The client's order id.
    """
    side: Side | None = None
    order_type: str | None = Field(None, alias="orderType")
    """
    Order type (e.g. LIMIT
    """
    order_status: OrderStatus | None = Field(None, alias="orderStatus")
    price: ExactDecimal | None = None
    """
    Order price
    """
    quantity: ExactDecimal | None = None
    """
    Order quantity
    """
    executed_qty: ExactDecimal | None = Field(None, alias="executedQty")
    """
    Filled quantity
    """
    last_filled_price: ExactDecimal | None = Field(None, alias="lastFilledPrice")
    """
    Price of the latest fill
    """
    last_filled_qty: ExactDecimal | None = Field(None, alias="lastFilledQty")
    """
    Quantity of the latest fill
    """
    update_time: int | None = Field(None, alias="updateTime")
    """
    Update time
    """


class OrderTradeUpdateMessage(ApiModel):
    """
    An order event on the user channel.
    """

    topic: str
    """
    The channel, e.g. `user.1188041528`.
    """
    event: str | None = None
    """
    Assumption: absent on private pushes (the docs show none).
    """
    ts: int
    """
    Push time
    """
    data: OrderTradeUpdate


class PriceLevel(RootModel[list[ExactDecimal]]):
    """
    Assumption: one level as `[price, quantity]`, both decimal strings; quantity 0 removes the level.
    """

    root: list[ExactDecimal] = Field(..., max_length=2, min_length=2)
    """
    Assumption: one level as `[price, quantity]`, both decimal strings; quantity 0 removes the level.
    """


class Side(OpenStrEnum):
    """Order or taker side."""

    BUY = "BUY"
    SELL = "SELL"


class StreamAck(ApiModel):
    """
    The acknowledgement of a request. Assumption: a refused request has `success` false and
    a `message` saying why (the docs show only the successful form).

    """

    id: str
    """
    The request's `id`.
    """
    event: str
    """
    The request's `op` (`subscribe`, `unsubscribe`, `ping`).
    """
    success: bool
    """
    Whether the request was accepted.
    """
    data: list[str] | None = None
    """
    The topics concerned.
    """
    message: str | None = None
    """
    Assumption: why a request was refused.
    """


class StreamOp(OpenStrEnum):
    """The request's operation."""

    SUBSCRIBE = "subscribe"
    UNSUBSCRIBE = "unsubscribe"
    PING = "ping"


class StreamRequest(ApiModel):
    """
    A client request; `id` is unique per request and echoed by its acknowledgement.
    """

    id: str
    """
    Client-chosen unique id (the docs' examples use the current Unix ms).
    """
    op: StreamOp
    args: list[str]
    """
    Topics (empty for `ping`).
    """


class TickerData(ApiModel):
    """
    Assumption: 24-hour rolling summary; the docs name no fields.
    """

    symbol: str
    """
    Contract symbol.
    """
    last_price: ExactDecimal = Field(..., alias="lastPrice")
    """
    Last price, decimal string.
    """
    open_price: ExactDecimal | None = Field(None, alias="openPrice")
    """
    Price 24 hours ago, decimal string.
    """
    high_price: ExactDecimal | None = Field(None, alias="highPrice")
    """
    24-hour high, decimal string.
    """
    low_price: ExactDecimal | None = Field(None, alias="lowPrice")
    """
    24-hour low, decimal string.
    """
    volume: ExactDecimal | None = None
    """
    24-hour volume, decimal string.
    """
    time: int | None = None
    """
    Time of the summary, Unix ms.
    """


class TickerMessage(ApiModel):
    """
    A single-symbol ticker push.
    """

    topic: str
    """
    The channel, e.g. `market.ticker.BTCUSDT`.
    """
    event: str | None = None
    """
    Always `data` for pushes.
    """
    ts: int
    """
    Push time
    """
    data: TickerData


class TickersMessage(ApiModel):
    """
    An all-symbol ticker push.
    """

    topic: str
    """
    Always `market.tickers`.
    """
    event: str | None = None
    """
    Always `data` for pushes.
    """
    ts: int
    """
    Push time
    """
    data: list[TickerData]
    """
    One summary per symbol.
    """


class TradeData(ApiModel):
    """
    Assumption: one trade per message, fields as in the REST trade list.
    """

    symbol: str
    """
    Contract symbol.
    """
    trade_id: str | None = Field(None, alias="tradeId")
    """
    Trade id.
    """
    price: ExactDecimal
    """
    Trade price, decimal string.
    """
    qty: ExactDecimal
    """
    Trade quantity, decimal string.
    """
    side: Side | None = None
    time: int
    """
    Trade time, Unix ms.
    """


class TradeMessage(ApiModel):
    """
    A trade push.
    """

    topic: str
    """
    The channel, e.g. `market.trade.BTCUSDT`.
    """
    event: str | None = None
    """
    Always `data` for pushes.
    """
    ts: int
    """
    Push time
    """
    data: TradeData
