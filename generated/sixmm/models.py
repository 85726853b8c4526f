# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.

from __future__ import annotations

from pydantic import AwareDatetime, ConfigDict, Field, RootModel, SecretStr

from sixmm._enums import OpenIntEnum, OpenStrEnum
from sixmm._model import ApiModel, ExactDecimal


class AccessToken(ApiModel):
    """
    A JWT access token and its expiry; payload of login and refresh-token.
    """

    access_token: SecretStr = Field(
        ..., alias="accessToken", examples=["eyJhbGciOiJIUzI1NiJ9.e30.sig"]
    )
    """
    JWT access token, sent as `Authorization: Bearer <accessToken>`.
    """
    access_expire: int = Field(..., alias="accessExpire", examples=[1769676656])
    """
    Expiry time of the access token. Assumption: Unix seconds, as the documented example (1769676656) has ten digits.
    """


class AccountChangeLogEntry(ApiModel):
    """
    One change of the account's balances.
    """

    asset_type: str = Field(..., alias="assetType")
    """
    Asset type, such as USDT. No value list is documented.
    """
    amount: ExactDecimal = Field(..., examples=["-12.5"])
    """
    Amount changed, decimal string. Assumption: negative for debits.
    """
    wallet_balance_before: ExactDecimal = Field(
        ..., alias="walletBalanceBefore", examples=["10247.06780000"]
    )
    """
    Wallet balance before the change, decimal string.
    """
    wallet_balance_after: ExactDecimal = Field(
        ..., alias="walletBalanceAfter", examples=["10234.56780000"]
    )
    """
    Wallet balance after the change, decimal string.
    """
    frozen_balance_before: ExactDecimal = Field(
        ..., alias="frozenBalanceBefore", examples=["150.00000000"]
    )
    """
    Frozen balance before the change, decimal string.
    """
    frozen_balance_after: ExactDecimal = Field(
        ..., alias="frozenBalanceAfter", examples=["150.00000000"]
    )
    """
    Frozen balance after the change, decimal string.
    """
    change_type: str = Field(..., alias="changeType")
    """
    Kind of change. No value list is documented; clients keep unknown values.
    """
    reference_id: str = Field(..., alias="referenceId")
    """
    Id of the business record (order, transfer, ...) behind the change.
    """
    created_at: int = Field(..., alias="createdAt")
    """
    Time the change was recorded, Unix milliseconds.
    """


class AccountChangeLogPage(ApiModel):
    """
    One page of account change logs.
    """

    list_: list[AccountChangeLogEntry] = Field(..., alias="list")
    """
    Entries on this page. Assumption: no sort order is documented.
    """
    total: int
    """
    Total number of entries matching the filters, across all pages.
    """


class ApiKey(ApiModel):
    """
    One API key (without its secret).
    """

    id: str = Field(..., examples=["1001"])
    """
    API key id.
    """
    label: str = Field(..., examples=["external-service-prod"])
    """
    Label.
    """
    api_key: str = Field(..., alias="apiKey", examples=["fx_3f9a1c0d2b7e4a5c8d6e1f20"])
    """
    Public API key identifier.
    """
    permissions: int = Field(..., examples=[3])
    """
    Permission bitmask.
    """
    ip_whitelist: list[str] = Field(..., alias="ipWhitelist")
    """
    IP whitelist; empty when unrestricted.
    """
    status: ApiKeyStatus
    """
    Status: 1 enabled, 0 disabled.
    """
    last_used_at: int = Field(..., alias="lastUsedAt", examples=[1772710377808])
    """
    Last used time, Unix milliseconds.
    """
    created_at: int = Field(..., alias="createdAt", examples=[1772020000000])
    """
    Creation time, Unix milliseconds.
    """


class ApiKeyList(ApiModel):
    """
    Payload of listApiKeys.
    """

    list_: list[ApiKey] = Field(..., alias="list")
    """
    The user's API keys.
    """


class ApiKeyStatus(OpenIntEnum):
    """API key status: 1 enabled, 0 disabled."""

    ENABLED = 1
    DISABLED = 0


class AssetOverviewSummary(ApiModel):
    """
    Summary figures of the account's trading; payload of getAssetOverviewSummary and the base of TradeOverview.
    """

    today_pnl: ExactDecimal = Field(..., alias="todayPnl", examples=["134.56780000"])
    """
    Realized PnL today, decimal string. Assumption: "today" is the current UTC day.
    """
    today_volume: ExactDecimal = Field(..., alias="todayVolume", examples=["52000.00000000"])
    """
    Contract trading volume today, decimal string.
    """
    total_volume: ExactDecimal = Field(..., alias="totalVolume", examples=["9876543.21000000"])
    """
    Cumulative contract trading volume, decimal string.
    """
    total_pnl: ExactDecimal = Field(..., alias="totalPnl", examples=["2234.56780000"])
    """
    Cumulative realized PnL, decimal string.
    """
    max_drawdown30d: ExactDecimal = Field(..., alias="maxDrawdown30d", examples=["412.30000000"])
    """
    Largest drawdown amount over the last 30 days, decimal string.
    """
    max_drawdown30d_rate: ExactDecimal = Field(..., alias="maxDrawdown30dRate", examples=["0.0387"])
    """
    Largest drawdown rate over the last 30 days, as a decimal string between 0 and 1.
    """
    transfer_in: ExactDecimal = Field(..., alias="transferIn", examples=["12000.00000000"])
    """
    Cumulative funds transferred in, decimal string.
    """
    transfer_out: ExactDecimal = Field(..., alias="transferOut", examples=["4000.00000000"])
    """
    Cumulative funds transferred out, decimal string.
    """


class AssetOverviewTrend(ApiModel):
    """
    Payload of getAssetOverviewTrend.
    """

    items: list[AssetTrendItem]
    """
    Snapshots over the requested range.
    """


class AssetTrendItem(ApiModel):
    """
    One balance/PnL snapshot of the asset trend.
    """

    snapshot_time: int = Field(..., alias="snapshotTime")
    """
    Time of the snapshot, Unix milliseconds.
    """
    balance: ExactDecimal = Field(..., examples=["10234.56780000"])
    """
    Account balance at the snapshot, decimal string.
    """
    pnl: ExactDecimal = Field(..., examples=["-12.5"])
    """
    PnL for the current period, decimal string.
    """
    pnl_rate: ExactDecimal = Field(..., alias="pnlRate", examples=["0.0133"])
    """
    PnL rate for the current period, decimal string. Assumption: a fraction (0.01 = 1%), like maxDrawdown30dRate.
    """
    total_pnl: ExactDecimal = Field(..., alias="totalPnl", examples=["2234.56780000"])
    """
    Cumulative PnL, decimal string.
    """


class BalanceHistory(ApiModel):
    """
    Payload of getBalanceHistory.
    """

    items: list[BalanceHistoryItem]
    """
    One entry per period.
    """


class BalanceHistoryItem(ApiModel):
    """
    Balance and realized PnL for one aggregation period.
    """

    date: str = Field(..., examples=["2026-03-01"])
    """
    Aggregation date. Assumption: the format is undocumented; most likely a UTC calendar
    day such as "2026-03-01".

    """
    balance: ExactDecimal = Field(..., examples=["10234.56780000"])
    """
    Wallet balance, decimal string.
    """
    pnl: ExactDecimal = Field(..., examples=["-12.5"])
    """
    Realized PnL for the period, decimal string.
    """


class BalanceHistoryPeriod(OpenStrEnum):
    """Aggregation period of the balance history (case-sensitive)."""

    ONE_DAY = "1D"
    ONE_WEEK = "1W"
    ONE_MONTH = "1M"


class BatchCancelOrdersRequest(ApiModel):
    """
    JSON body of batchCancelOrders.
    """

    orders: list[CancelOrderRequest] = Field(..., min_length=1)
    """
    The orders to cancel.
    """


class BatchMoveItem(ApiModel):
    """
    One amendment of batchMoveOrders.
    """

    order_id: str = Field(..., alias="orderId", examples=["2022543809547603968"])
    """
    Server order id.
    """
    price: ExactDecimal = Field(..., examples=["85100"])
    """
    New price, decimal string.
    """
    quantity: ExactDecimal = Field(..., examples=["0.2"])
    """
    New total order quantity, decimal string.
    """


class BatchMoveOrdersRequest(ApiModel):
    """
    JSON body of batchMoveOrders: amendments of orders of one symbol.
    """

    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    orders: list[BatchMoveItem] = Field(..., min_length=1)
    """
    The amendments.
    """


class BatchOrderResult(ApiModel):
    """
    The result of one order of a batch. Assumption: the docs give no fields; code 0 with the order's ids on success, the error code and message otherwise.
    """

    code: int = Field(..., examples=[0])
    """
    0 on success, else the error code this order got.
    """
    message: str = Field(..., examples=["success"])
    """
    success, or the error text.
    """
    order_id: str | None = Field(None, alias="orderId", examples=["2022543809547603968"])
    """
    Server order id; absent when the order failed.
    """
    client_order_id: str | None = Field(None, alias="clientOrderId", examples=["ext-buy-001"])
    """
    Client-defined order id, if any.
    """
    status: OrderStatus | None = None
    """
    Order status; absent when the order failed.
    """


class BatchPlaceOrdersRequest(ApiModel):
    """
    JSON body of batchPlaceOrders.
    """

    orders: list[PlaceOrderRequest] = Field(..., min_length=1)
    """
    The orders.
    """


class BatchResult(ApiModel):
    """
    Payload of the batch operations: counts and one result per order, in request order. Assumption: batch-move and batch-cancel answer like batch-place.
    """

    success_count: int = Field(..., alias="successCount", examples=[1])
    """
    Number of successful orders.
    """
    failed_count: int = Field(..., alias="failedCount", examples=[0])
    """
    Number of failed orders.
    """
    results: list[BatchOrderResult]
    """
    Result for each order, in request order.
    """


class CancelAllOrdersRequest(ApiModel):
    """
    JSON body of cancelAllOrders.
    """

    symbol: str | None = Field(None, examples=["BTCUSDT"])
    """
    Symbol; all symbols when omitted.
    """
    cancel_type: CancelType | None = Field(None, alias="cancelType")
    """
    What to cancel. Defaults to 0 (applied by the exchange when omitted).
    """


class CancelConditionOrderRequest(ApiModel):
    """
    JSON body of cancelConditionOrder.
    """

    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    condition_id: str = Field(..., alias="conditionId", examples=["2022543809547603968"])
    """
    Condition order id.
    """


class CancelOrderRequest1(ApiModel):
    """
    JSON body of cancelOrder (and one element of batchCancelOrders): orderId or clientOrderId names the order.
    """

    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    order_id: str = Field(..., alias="orderId", examples=["2022543809547603968"])
    """
    Server order id.
    """
    client_order_id: str | None = Field(
        None, alias="clientOrderId", examples=["ext-1772710377808-001"]
    )
    """
    Client-defined order id.
    """


class CancelOrderRequest2(ApiModel):
    """
    JSON body of cancelOrder (and one element of batchCancelOrders): orderId or clientOrderId names the order.
    """

    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    order_id: str | None = Field(None, alias="orderId", examples=["2022543809547603968"])
    """
    Server order id.
    """
    client_order_id: str = Field(..., alias="clientOrderId", examples=["ext-1772710377808-001"])
    """
    Client-defined order id.
    """


class CancelOrderRequest(RootModel[CancelOrderRequest1 | CancelOrderRequest2]):
    root: CancelOrderRequest1 | CancelOrderRequest2
    """
    JSON body of cancelOrder (and one element of batchCancelOrders): orderId or clientOrderId names the order.
    """


class CancelType(OpenIntEnum):
    """What cancel-all cancels: 0 all normal orders, 1 limit orders only, 2 all condition orders."""

    ALL_NORMAL = 0
    LIMIT_ONLY = 1
    ALL_CONDITION = 2


class CloseTriggerMode(OpenIntEnum):
    """What closed a position: 1 manual, 2 take profit, 3 stop loss, 4 liquidation."""

    MANUAL = 1
    TAKE_PROFIT = 2
    STOP_LOSS = 3
    LIQUIDATION = 4


class ConditionOrder(ApiModel):
    """
    A condition order. Assumption: the docs give no fields for the condition queries; these are the placement fields plus the state.
    """

    condition_id: str = Field(..., alias="conditionId", examples=["2022543809547603970"])
    """
    Condition order id.
    """
    client_order_id: str = Field(..., alias="clientOrderId", examples=["ext-stop-001"])
    """
    Client-defined order id; empty when none was given.
    """
    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    type: ConditionOrderType
    """
    Condition order type.
    """
    side: OrderSide
    """
    BUY or SELL.
    """
    position_side: PositionSide = Field(..., alias="positionSide")
    """
    Position side.
    """
    price: ExactDecimal = Field(..., examples=["0"])
    """
    Limit price once triggered (0 for market types), decimal string.
    """
    quantity: ExactDecimal = Field(..., examples=["0.1"])
    """
    Quantity (0 with closePosition), decimal string.
    """
    stop_price: ExactDecimal = Field(..., alias="stopPrice", examples=["84500"])
    """
    Trigger price (0 for trailing stops before activation), decimal string.
    """
    working_type: WorkingType = Field(..., alias="workingType")
    """
    Trigger price type.
    """
    activate_price: ExactDecimal = Field(..., alias="activatePrice", examples=["0"])
    """
    Trailing activation price (0 if none), decimal string.
    """
    callback_rate: ExactDecimal = Field(..., alias="callbackRate", examples=["0"])
    """
    Trailing callback rate (0 if none), decimal string.
    """
    condition_status: str = Field(..., alias="conditionStatus", examples=["NEW"])
    """
    Condition order status (Assumption: NEW, TRIGGERED, CANCELED, EXPIRED).
    """
    order_id: str = Field(..., alias="orderId", examples=[""])
    """
    Id of the order placed when it triggered; empty before.
    """
    created_at: int = Field(..., alias="createdAt", examples=[1772710377808])
    """
    Creation time, Unix milliseconds.
    """
    updated_at: int = Field(..., alias="updatedAt", examples=[1772710377808])
    """
    Last update time, Unix milliseconds.
    """


class ConditionOrderAck(ApiModel):
    """
    Payload of placeConditionOrder.
    """

    condition_id: str = Field(..., alias="conditionId", examples=["2022543809547603970"])
    """
    Condition order id.
    """
    condition_status: str = Field(..., alias="conditionStatus", examples=["NEW"])
    """
    Condition order status. Assumption: the values are undocumented; the local exchange uses NEW, TRIGGERED, CANCELED, EXPIRED.
    """
    timestamp: int = Field(..., examples=[1772710377808])
    """
    Time of the acknowledgement, Unix milliseconds.
    """


class ConditionOrderList(ApiModel):
    """
    Payload of getCurrentConditionOrders. Assumption: undocumented; a list.
    """

    list_: list[ConditionOrder] = Field(..., alias="list")
    """
    Untriggered condition orders, newest first.
    """


class ConditionOrderPage(ApiModel):
    """
    Payload of getConditionOrderHistory. Assumption: the page convention of the other listings.
    """

    list_: list[ConditionOrder] = Field(..., alias="list")
    """
    Condition orders on this page, newest first.
    """
    total: int = Field(..., examples=[1])
    """
    Total count.
    """


class ConditionOrderType(OpenStrEnum):
    """Condition order type."""

    STOP_MARKET = "STOP_MARKET"
    STOP_LIMIT = "STOP_LIMIT"
    TAKE_PROFIT_MARKET = "TAKE_PROFIT_MARKET"
    TAKE_PROFIT_LIMIT = "TAKE_PROFIT_LIMIT"
    TRAILING_STOP = "TRAILING_STOP"


class CreateApiKeyRequest(ApiModel):
    """
    JSON body of createApiKey.
    """

    label: str = Field(..., examples=["external-service-prod"], max_length=64, min_length=1)
    """
    API key label, length 1 - 64.
    """
    permissions: int | None = Field(1, examples=[3], ge=1, le=7)
    """
    Permission bitmask: 1 Read, 2 Trade, 4 Withdraw (reserved); 3 is Read and Trade. Range 1 - 7. Defaults to 1.
    """
    ip_whitelist: list[str] | None = Field(
        None, alias="ipWhitelist", examples=[["203.0.113.10"]], max_length=20
    )
    """
    IP whitelist, up to 20 entries. If omitted, the source IP is unrestricted.
    """


class CreatedApiKey(ApiModel):
    """
    Payload of createApiKey. `apiSecret` is returned only this once.
    """

    api_key: str = Field(..., alias="apiKey", examples=["fx_3f9a1c0d2b7e4a5c8d6e1f20"])
    """
    Public API key identifier.
    """
    api_secret: SecretStr = Field(
        ..., alias="apiSecret", examples=["s3cr3t0000000000000000000000000x"]
    )
    """
    API secret, returned only once; store it in a secret manager, never in logs.
    """


class CurrentFundingRate(ApiModel):
    """
    The current funding rate of one symbol. Assumption: the response is undocumented; these fields are assumed.
    """

    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    funding_rate: ExactDecimal = Field(..., alias="fundingRate", examples=["0.0001"])
    """
    Current funding rate, decimal string.
    """
    mark_price: ExactDecimal = Field(..., alias="markPrice", examples=["85000.1"])
    """
    Mark price, decimal string.
    """
    index_price: ExactDecimal = Field(..., alias="indexPrice", examples=["85001.3"])
    """
    Index price, decimal string.
    """
    next_funding_time: int = Field(..., alias="nextFundingTime", examples=[1772712000000])
    """
    Time of the next funding, Unix milliseconds.
    """


class CurrentFundingRatePage(ApiModel):
    """
    Payload of getCurrentFundingRates. Assumption: undocumented; the page convention of the other listings.
    """

    list_: list[CurrentFundingRate] = Field(..., alias="list")
    """
    Rates on this page.
    """
    total: int = Field(..., examples=[2])
    """
    Total number of rates.
    """


class DeleteApiKeyRequest(ApiModel):
    """
    JSON body of deleteApiKey.
    """

    id: str = Field(..., examples=["1001"])
    """
    API key id.
    """


class DeletedApiKeys(ApiModel):
    """
    Payload of deleteAllApiKeys.
    """

    deleted: int = Field(..., examples=[2])
    """
    Number of deleted API keys.
    """


class EmbedTokenExchangeRequest(ApiModel):
    """
    JSON body of exchangeAgentEmbedToken.
    """

    embed_token: str = Field(..., alias="embedToken", examples=["emb-51c2d0"])
    """
    Short-lived embedded trading token issued by the agent service.
    """
    channel_id: str = Field(..., alias="channelId", examples=["channel-01"], max_length=128)
    """
    Embedded iframe channel id, up to 128 characters.
    """
    device_id: str | None = Field(None, alias="deviceId", examples=["device-001"], max_length=64)
    """
    Device fingerprint, up to 64 characters.
    """


class FavoriteSymbols(ApiModel):
    """
    Payload of getFavoriteSymbols.
    """

    symbols: list[str]
    """
    The user's favorite symbols, such as BTCUSDT.
    """


class FeeLevel(ApiModel):
    """
    One fee level. Assumption: the docs name `handlingFeeLevelConfig[]` without its fields; these are the usual fee-level fields.
    """

    level: int = Field(..., examples=[0])
    """
    Fee level, 0 first.
    """
    maker_fee_rate: ExactDecimal = Field(..., alias="makerFeeRate", examples=["0.0002"])
    """
    Maker fee rate, decimal string.
    """
    taker_fee_rate: ExactDecimal = Field(..., alias="takerFeeRate", examples=["0.0005"])
    """
    Taker fee rate, decimal string.
    """


class FundingRateConfig(ApiModel):
    """
    Funding configuration of one symbol. Assumption: the response is undocumented; these fields are assumed.
    """

    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    funding_interval_hours: int = Field(..., alias="fundingIntervalHours", examples=[8])
    """
    Hours between fundings.
    """
    max_funding_rate: ExactDecimal = Field(..., alias="maxFundingRate", examples=["0.003"])
    """
    Highest funding rate, decimal string.
    """
    min_funding_rate: ExactDecimal = Field(..., alias="minFundingRate", examples=["-0.003"])
    """
    Lowest funding rate, decimal string.
    """


class FundingRateConfigList(ApiModel):
    """
    Payload of getFundingRateConfig. Assumption: undocumented; a list of configurations.
    """

    list_: list[FundingRateConfig] = Field(..., alias="list")
    """
    One configuration per symbol.
    """


class FundingRateHistoryPage(ApiModel):
    """
    Payload of getFundingRateHistory. Assumption: undocumented; the page convention of the other listings.
    """

    list_: list[FundingRateRecord] = Field(..., alias="list")
    """
    Fundings on this page, newest first.
    """
    total: int = Field(..., examples=[1])
    """
    Total number of fundings.
    """


class FundingRateRecord(ApiModel):
    """
    One past funding. Assumption: the response is undocumented; these fields are assumed.
    """

    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    funding_rate: ExactDecimal = Field(..., alias="fundingRate", examples=["0.0001"])
    """
    Funding rate applied, decimal string.
    """
    funding_time: int = Field(..., alias="fundingTime", examples=[1772697600000])
    """
    Funding time, Unix milliseconds.
    """


class Kline(ApiModel):
    """
    One kline (candlestick).
    """

    open_time: int = Field(..., alias="openTime", examples=[1772710320000])
    """
    Open time, Unix milliseconds.
    """
    open: ExactDecimal = Field(..., examples=["85000.0"])
    """
    Open price, decimal string.
    """
    high: ExactDecimal = Field(..., examples=["85012.5"])
    """
    High price, decimal string.
    """
    low: ExactDecimal = Field(..., examples=["84990.1"])
    """
    Low price, decimal string.
    """
    close: ExactDecimal = Field(..., examples=["85003.2"])
    """
    Close price, decimal string.
    """
    volume: ExactDecimal = Field(..., examples=["12.345"])
    """
    Volume, decimal string.
    """
    close_time: int = Field(..., alias="closeTime", examples=[1772710379999])
    """
    Close time, Unix milliseconds.
    """


class KlineInterval(OpenStrEnum):
    """Kline interval (case-sensitive: 1m is a minute, 1M a month)."""

    ONE_MINUTE = "1m"
    FIVE_MINUTES = "5m"
    FIFTEEN_MINUTES = "15m"
    THIRTY_MINUTES = "30m"
    ONE_HOUR = "1h"
    FOUR_HOURS = "4h"
    ONE_DAY = "1d"
    ONE_WEEK = "1w"
    ONE_MONTH = "1M"


class KlineList(ApiModel):
    """
    Payload of getKlines.
    """

    list_: list[Kline] = Field(..., alias="list")
    """
    Klines, oldest first (Assumption: order undocumented).
    """


class KlinePriceType(OpenStrEnum):
    """Price series of klines; omitted means trade price."""

    INDEX_PRICE = "indexPrice"
    MARK_PRICE = "markPrice"


class LeaderboardEntry(ApiModel):
    """
    One trader on the PnL leaderboard.
    """

    rank: int = Field(..., examples=[1])
    """
    Rank, 1 first.
    """
    user_id: str = Field(..., alias="userId", examples=["U8800231457"])
    """
    External user id.
    """
    trader: str = Field(..., examples=["al***er"])
    """
    Masked trader name.
    """
    volume: ExactDecimal = Field(..., examples=["1523400.25"])
    """
    Trading volume in the window, decimal string.
    """
    pnl_amount: ExactDecimal = Field(..., alias="pnlAmount", examples=["2234.5678"])
    """
    Realized PnL in the window, decimal string.
    """
    pnl_pct: ExactDecimal = Field(..., alias="pnlPct", examples=["0.1834"])
    """
    PnL ratio, a decimal from 0 to 1.
    """


class LeaderboardPeriod(OpenStrEnum):
    """Window of the PnL leaderboard."""

    SEVEN_DAYS = "7d"
    THIRTY_DAYS = "30d"
    NINETY_DAYS = "90d"


class LeverageSetting(ApiModel):
    """
    Payload of setLeverage.
    """

    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    leverage: int = Field(..., examples=[20])
    """
    Leverage.
    """
    timestamp: int = Field(..., examples=[1772710377808])
    """
    Time of the change, Unix milliseconds.
    """


class LeverageTier(ApiModel):
    """
    One leverage margin tier of a symbol. Assumption: the docs name `leverageTiers[]` without its fields; these are the usual tier fields.
    """

    tier: int = Field(..., examples=[1])
    """
    Tier number, 1 first.
    """
    max_notional: ExactDecimal = Field(..., alias="maxNotional", examples=["50000"])
    """
    Largest position notional of the tier, decimal string.
    """
    max_leverage: int = Field(..., alias="maxLeverage", examples=[125])
    """
    Highest leverage allowed in the tier.
    """
    maintenance_margin_rate: ExactDecimal = Field(
        ..., alias="maintenanceMarginRate", examples=["0.004"]
    )
    """
    Maintenance margin rate of the tier, decimal string.
    """


class ListenKeyData(ApiModel):
    """
    A newly created listenKey for the private WebSocket stream.
    """

    listen_key: str = Field(..., alias="listenKey", examples=["9f2c4e7a1b3d5f60718293a4b5c6d7e8"])
    """
    The key to pass as `listenKey` when connecting; the documented sample is 32 hex characters.
    """
    expire_at: int = Field(..., alias="expireAt")
    """
    Expiry time of the key, Unix milliseconds.
    """


class ListenKeyRequest(ApiModel):
    """
    JSON body of renewListenKey and closeListenKey naming the key to act on.
    """

    listen_key: str = Field(..., alias="listenKey")
    """
    The listenKey to renew or close.
    """


class LoginRequest(ApiModel):
    """
    JSON body of login.
    """

    username: str = Field(..., examples=["alice_trader"], max_length=32, min_length=3)
    """
    Username, length 3 - 32.
    """
    password: SecretStr = Field(..., examples=["correct-horse"], max_length=64, min_length=1)
    """
    Password, length 1 - 64.
    """
    device_id: str | None = Field(None, alias="deviceId", examples=["device-001"], max_length=64)
    """
    Device fingerprint, up to 64 characters.
    """
    device_name: str | None = Field(
        None, alias="deviceName", examples=["server-001"], max_length=128
    )
    """
    Device name, up to 128 characters.
    """


class MarginMode(OpenIntEnum):
    """Margin mode as a request value: 1 cross, 2 isolated."""

    CROSS = 1
    ISOLATED = 2


class MarginModeName(OpenStrEnum):
    """Margin mode as a string."""

    ISOLATED = "ISOLATED"
    CROSS = "CROSS"


class MarketSymbols(ApiModel):
    """
    Payload of getSymbols.
    """

    list_: list[SymbolConfig] = Field(..., alias="list")
    """
    Every symbol with its trading rules.
    """
    handling_fee_level_config: list[FeeLevel] = Field(..., alias="handlingFeeLevelConfig")
    """
    Fee tier configuration.
    """


class MoveOrderRequest(ApiModel):
    """
    JSON body of moveOrder.
    """

    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    order_id: str = Field(..., alias="orderId", examples=["2022543809547603968"])
    """
    Server order id.
    """
    price: ExactDecimal = Field(..., examples=["85100"])
    """
    New price, decimal string.
    """
    quantity: ExactDecimal = Field(..., examples=["0.2"])
    """
    New total order quantity (not the remaining one), decimal string.
    """


class Order(ApiModel):
    """
    A normal order. Assumption: the docs give no fields for the order queries; these are the placement fields plus the execution state.
    """

    order_id: str = Field(..., alias="orderId", examples=["2022543809547603968"])
    """
    Server order id (a decimal number as a string).
    """
    client_order_id: str = Field(..., alias="clientOrderId", examples=["ext-1772710377808-001"])
    """
    Client-defined order id; empty when none was given.
    """
    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    type: OrderType
    """
    LIMIT or MARKET.
    """
    side: OrderSide
    """
    BUY or SELL.
    """
    position_side: PositionSide = Field(..., alias="positionSide")
    """
    Position side.
    """
    price: ExactDecimal = Field(..., examples=["85000"])
    """
    Limit price (0 for market orders), decimal string.
    """
    quantity: ExactDecimal = Field(..., examples=["0.1"])
    """
    Order quantity, decimal string.
    """
    executed_qty: ExactDecimal = Field(..., alias="executedQty", examples=["0.04"])
    """
    Filled quantity, decimal string.
    """
    avg_price: ExactDecimal = Field(..., alias="avgPrice", examples=["85000"])
    """
    Average fill price (0 before any fill), decimal string.
    """
    time_in_force: TimeInForce = Field(..., alias="timeInForce")
    """
    Time in force.
    """
    reduce_only: bool = Field(..., alias="reduceOnly")
    """
    Reduce-only.
    """
    maker_only: bool = Field(..., alias="makerOnly")
    """
    Maker-only.
    """
    close_position: bool = Field(..., alias="closePosition")
    """
    Close-position order.
    """
    status: OrderStatus
    """
    Order status.
    """
    created_at: int = Field(..., alias="createdAt", examples=[1772710377808])
    """
    Creation time, Unix milliseconds.
    """
    updated_at: int = Field(..., alias="updatedAt", examples=[1772710377808])
    """
    Last update time, Unix milliseconds.
    """


class OrderAck(ApiModel):
    """
    An order as acknowledged by placeOrder (and, Assumption, by cancelOrder and moveOrder, whose responses are undocumented).
    """

    order_id: str = Field(..., alias="orderId", examples=["2022543809547603968"])
    """
    Server order id (a decimal number as a string).
    """
    client_order_id: str = Field(..., alias="clientOrderId", examples=["ext-1772710377808-001"])
    """
    Client-defined order id; empty when none was given. Assumption: the exchange echoes the one it was sent.
    """
    status: OrderStatus
    """
    Order status.
    """
    timestamp: int = Field(..., examples=[1772710377808])
    """
    Time of the acknowledgement, Unix milliseconds.
    """


class OrderList(ApiModel):
    """
    Payload of getCurrentOrders.
    """

    list_: list[Order] = Field(..., alias="list")
    """
    Current normal orders, newest first (Assumption).
    """
    total: int = Field(..., examples=[1])
    """
    Count.
    """


class OrderPage(ApiModel):
    """
    Payload of getOrderHistory. Assumption: the page convention of the other listings.
    """

    list_: list[Order] = Field(..., alias="list")
    """
    Orders on this page, newest first.
    """
    total: int = Field(..., examples=[1])
    """
    Total count.
    """


class OrderSide(OpenStrEnum):
    """Order side."""

    BUY = "BUY"
    SELL = "SELL"


class OrderSideFilter(OpenIntEnum):
    """Side filter of the order histories: 1 buy, 2 sell."""

    BUY = 1
    SELL = 2


class OrderStatus(OpenStrEnum):
    """Order status. NEW: accepted and returned; PENDING: resting in the book."""

    NEW = "NEW"
    PENDING = "PENDING"
    PARTIALLY_FILLED = "PARTIALLY_FILLED"
    FILLED = "FILLED"
    CANCELED = "CANCELED"
    REJECTED = "REJECTED"
    PARTIALLY_FILLED_CANCELED = "PARTIALLY_FILLED_CANCELED"


class OrderType(OpenStrEnum):
    """Normal order type."""

    LIMIT = "LIMIT"
    MARKET = "MARKET"


class OrderTypeFilter(OpenIntEnum):
    """Order type filter of the order history: 1 limit, 2 market."""

    LIMIT = 1
    MARKET = 2


class PlaceConditionOrderRequest(ApiModel):
    """
    JSON body of placeConditionOrder.
    """

    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    type: ConditionOrderType
    """
    The condition order type.
    """
    side: OrderSide
    """
    BUY or SELL.
    """
    position_side: PositionSide | None = Field(None, alias="positionSide")
    """
    BOTH, LONG or SHORT. Assumption: defaults to BOTH as for normal orders.
    """
    price: ExactDecimal | None = Field(None, examples=["84000"])
    """
    Limit price, decimal string. Required for STOP_LIMIT and TAKE_PROFIT_LIMIT.
    """
    quantity: ExactDecimal | None = Field(None, examples=["0.1"])
    """
    Quantity, decimal string. May be omitted when closePosition is true.
    """
    time_in_force: TimeInForce | None = Field(None, alias="timeInForce")
    """
    GTC, IOC, FOK or GTE_GTC.
    """
    reduce_only: bool | None = Field(None, alias="reduceOnly")
    """
    Reduce-only.
    """
    client_order_id: str | None = Field(
        None,
        alias="clientOrderId",
        examples=["ext-1772710377808-001"],
        max_length=64,
        pattern="^[A-Za-z0-9_-]{1,64}$",
    )
    """
    Client-defined order id. Assumption: the docs give no length or alphabet; up to 64 characters of letters, digits, `-` and `_`.
    """
    stop_price: ExactDecimal | None = Field(None, alias="stopPrice", examples=["84500"])
    """
    Trigger price, decimal string. Required for the stop and take-profit types.
    """
    working_type: WorkingType | None = Field(None, alias="workingType")
    """
    Price compared with stopPrice. Defaults to CONTRACT_PRICE (applied by the exchange when omitted).
    """
    price_protect: bool | None = Field(None, alias="priceProtect")
    """
    Whether price protection is enabled.
    """
    activate_price: ExactDecimal | None = Field(None, alias="activatePrice", examples=["86000"])
    """
    Trailing stop activation price, decimal string. Required for TRAILING_STOP.
    """
    callback_rate: ExactDecimal | None = Field(None, alias="callbackRate", examples=["1"])
    """
    Trailing stop callback rate, decimal string. Required for TRAILING_STOP. Assumption: a percentage, 1 meaning 1%.
    """
    close_position: bool | None = Field(None, alias="closePosition")
    """
    Close the entire position.
    """


class PlaceOrderRequest(ApiModel):
    """
    JSON body of placeOrder, and one element of batchPlaceOrders.
    """

    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    type: OrderType
    """
    LIMIT or MARKET.
    """
    side: OrderSide
    """
    BUY or SELL.
    """
    position_side: PositionSide | None = Field(None, alias="positionSide")
    """
    BOTH, LONG or SHORT. Defaults to BOTH (applied by the exchange when omitted).
    """
    price: ExactDecimal | None = Field(None, examples=["85000"])
    """
    Limit price, decimal string. Required for LIMIT orders.
    """
    quantity: ExactDecimal | None = Field(None, examples=["0.1"])
    """
    Quantity, decimal string. May be omitted when closePosition is true.
    """
    time_in_force: TimeInForce | None = Field(None, alias="timeInForce")
    """
    GTC, IOC or FOK. Defaults to GTC (applied by the exchange when omitted).
    """
    reduce_only: bool | None = Field(False, alias="reduceOnly")
    """
    Reduce-only; defaults to false.
    """
    maker_only: bool | None = Field(False, alias="makerOnly")
    """
    Maker-only (post-only); defaults to false.
    """
    close_position: bool | None = Field(False, alias="closePosition")
    """
    Close the entire position; defaults to false.
    """
    client_order_id: str | None = Field(
        None,
        alias="clientOrderId",
        examples=["ext-1772710377808-001"],
        max_length=64,
        pattern="^[A-Za-z0-9_-]{1,64}$",
    )
    """
    Client-defined order id. Assumption: the docs give no length or alphabet; up to 64 characters of letters, digits, `-` and `_`.
    """
    place_type: str | None = Field(None, alias="placeType")
    """
    Order placement type marker. Assumption: its values are undocumented.
    """
    price_type: PriceType | None = Field(None, alias="priceType")
    """
    BBO price type: 0 specified price, 1-4 opponent/same-side best prices. Defaults to 0 (applied by the exchange when omitted).
    """


class PlaceStrategyOrderRequest(ApiModel):
    """
    JSON body of placeStrategyOrder.
    """

    strategy_type: StrategyType = Field(..., alias="strategyType")
    """
    OTOCO, OTO or OCO.
    """
    sub_order_list: list[StrategySubOrder] = Field(..., alias="subOrderList", min_length=1)
    """
    The sub-orders.
    """


class PnlLeaderboard(ApiModel):
    """
    Payload of getPnlLeaderboard.
    """

    list_: list[LeaderboardEntry] = Field(..., alias="list")
    """
    Traders, best first.
    """
    my_rank: int = Field(..., alias="myRank", examples=[0])
    """
    The caller's rank; 0 when unauthenticated or not ranked.
    """


class Position(ApiModel):
    """
    One open position.
    """

    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    margin_mode: MarginModeName = Field(..., alias="marginMode")
    """
    Margin mode.
    """
    position_side: PositionSide = Field(..., alias="positionSide")
    """
    Position side.
    """
    leverage: int = Field(..., examples=[20])
    """
    Leverage.
    """
    quantity: ExactDecimal = Field(..., examples=["0.1"])
    """
    Position quantity, decimal string. Assumption: positive; the side says the direction.
    """
    entry_price: ExactDecimal = Field(..., alias="entryPrice", examples=["85000"])
    """
    Entry price, decimal string.
    """
    break_even_price: ExactDecimal = Field(..., alias="breakEvenPrice", examples=["85034"])
    """
    Break-even price, decimal string.
    """
    liq_price: ExactDecimal = Field(..., alias="liqPrice", examples=["81000"])
    """
    Liquidation price, decimal string.
    """
    margin_ratio: ExactDecimal = Field(..., alias="marginRatio", examples=["0.012"])
    """
    Margin ratio, decimal string.
    """
    unrealized_pnl: ExactDecimal = Field(..., alias="unrealizedPnl", examples=["10"])
    """
    Unrealized PnL, decimal string.
    """
    roe: ExactDecimal = Field(..., examples=["0.0235"])
    """
    Return on equity, decimal string.
    """
    next_funding_fee: ExactDecimal = Field(..., alias="nextFundingFee", examples=["-0.85"])
    """
    Estimated next funding fee, decimal string.
    """
    funding_fee_accum: ExactDecimal = Field(..., alias="fundingFeeAccum", examples=["0"])
    """
    Accumulated funding fee, decimal string.
    """
    tp_price: ExactDecimal = Field(..., alias="tpPrice", examples=["0"])
    """
    Take-profit price (0 if none), decimal string.
    """
    sl_price: ExactDecimal = Field(..., alias="slPrice", examples=["0"])
    """
    Stop-loss price (0 if none), decimal string.
    """


class PositionHistoryItem(ApiModel):
    """
    One closed position.
    """

    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    position_side: PositionSide = Field(..., alias="positionSide")
    """
    Position side.
    """
    leverage: int = Field(..., examples=[20])
    """
    Leverage.
    """
    max_quantity: ExactDecimal = Field(..., alias="maxQuantity", examples=["0.1"])
    """
    Maximum position quantity, decimal string.
    """
    entry_price: ExactDecimal = Field(..., alias="entryPrice", examples=["85000"])
    """
    Entry price, decimal string.
    """
    close_price: ExactDecimal = Field(..., alias="closePrice", examples=["86000"])
    """
    Close price, decimal string.
    """
    pnl: ExactDecimal = Field(..., examples=["100"])
    """
    Realized PnL, decimal string.
    """
    roe: ExactDecimal = Field(..., examples=["0.2353"])
    """
    Return on equity, decimal string.
    """
    margin_mode: MarginModeName = Field(..., alias="marginMode")
    """
    Margin mode.
    """
    trigger_mode: CloseTriggerMode = Field(..., alias="triggerMode")
    """
    What closed the position.
    """
    funding_fee_accum: ExactDecimal = Field(..., alias="fundingFeeAccum", examples=["0"])
    """
    Accumulated funding fee, decimal string.
    """
    opened_at: int = Field(..., alias="openedAt", examples=[1772700000000])
    """
    Open time, Unix milliseconds.
    """
    closed_at: int = Field(..., alias="closedAt", examples=[1772710377808])
    """
    Close time, Unix milliseconds.
    """


class PositionHistoryPage(ApiModel):
    """
    Payload of getPositionHistory.
    """

    list_: list[PositionHistoryItem] = Field(..., alias="list")
    """
    Closed positions on this page, newest first (Assumption).
    """
    total: int = Field(..., examples=[1])
    """
    Total count.
    """


class PositionHistorySide(OpenStrEnum):
    """Side filter of the position history (lower case, as documented)."""

    LONG = "long"
    SHORT = "short"


class PositionList(ApiModel):
    """
    Payload of getPositions.
    """

    positions: list[Position]
    """
    Open positions.
    """


class PositionSettings(ApiModel):
    """
    Payload of getPositionSettings.
    """

    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    margin_mode: MarginMode = Field(..., alias="marginMode")
    """
    1 cross, 2 isolated.
    """
    leverage: int = Field(..., examples=[20])
    """
    Leverage.
    """


class PositionSide(OpenStrEnum):
    """Position side: BOTH in one-way mode, LONG or SHORT in hedge mode."""

    BOTH = "BOTH"
    LONG = "LONG"
    SHORT = "SHORT"


class PriceType(OpenIntEnum):
    """BBO price type: 0 specified price, 1 opponent price 1, 2 opponent price 5, 3 same-side price 1, 4 same-side price 5."""

    SPECIFIED = 0
    OPPONENT_1 = 1
    OPPONENT_5 = 2
    SAME_SIDE_1 = 3
    SAME_SIDE_5 = 4


class RoleType(OpenStrEnum):
    """Whether the fill added (maker) or took (taker) liquidity."""

    MAKER = "maker"
    TAKER = "taker"


class SaveFavoriteSymbolsRequest(ApiModel):
    """
    JSON body of saveFavoriteSymbols; the list replaces the stored one entirely.
    """

    symbols: list[str] = Field(..., examples=[["BTCUSDT", "ETHUSDT"]], min_length=0)
    """
    The complete new favorite list; an empty list clears it.
    """


class ServerTime(ApiModel):
    """
    The server clock.
    """

    timestamp: int = Field(..., examples=[1772710377])
    """
    Server time, Unix seconds (not milliseconds).
    """
    timestamp_ms: int = Field(..., alias="timestampMs", examples=[1772710377808])
    """
    Server time, Unix milliseconds; the value used for clock synchronisation.
    """
    iso: AwareDatetime = Field(..., examples=["2026-03-05T11:32:57.808Z"])
    """
    Server time as an RFC 3339 UTC string.
    """
    timezone: str = Field(..., examples=["UTC"])
    """
    Time zone of the server clock.
    """


class ServiceVersion(ApiModel):
    """
    Service version information. Assumption: its fields are undocumented, so any members are
    accepted; a `version` string is the likely one.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    version: str | None = None
    """
    Assumption: service version string, if present.
    """


class SetLeverageRequest(ApiModel):
    """
    JSON body of setLeverage.
    """

    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    leverage: int = Field(..., examples=[20], ge=1)
    """
    Leverage, from 1 to the symbol's highest tier leverage.
    """


class SetMarginModeRequest(ApiModel):
    """
    JSON body of setMarginMode.
    """

    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    margin_mode: MarginMode = Field(..., alias="marginMode")
    """
    1 cross, 2 isolated.
    """


class StrategyAck(ApiModel):
    """
    Payload of placeStrategyOrder.
    """

    strategy_id: str = Field(..., alias="strategyId", examples=["2022543809547603980"])
    """
    Strategy id.
    """
    strategy_status: StrategyStatus = Field(..., alias="strategyStatus")
    """
    Strategy status.
    """
    timestamp: int = Field(..., examples=[1772710377808])
    """
    Time of the acknowledgement, Unix milliseconds.
    """


class StrategyOrder(ApiModel):
    """
    Payload of getStrategyOrder.
    """

    strategy_id: str = Field(..., alias="strategyId", examples=["2022543809547603980"])
    """
    Strategy id.
    """
    strategy_type: StrategyType = Field(..., alias="strategyType")
    """
    OTOCO, OTO or OCO.
    """
    strategy_status: StrategyStatus = Field(..., alias="strategyStatus")
    """
    WORKING, ALL_DONE or CANCELLED.
    """
    book_time: int = Field(..., alias="bookTime", examples=[1772710377808])
    """
    Creation time, Unix milliseconds.
    """
    sub_orders: list[StrategySubOrderDetail] = Field(..., alias="subOrders")
    """
    Sub-order details.
    """
    update_time: int = Field(..., alias="updateTime", examples=[1772710377808])
    """
    Update time, Unix milliseconds.
    """


class StrategyStatus(OpenStrEnum):
    """Strategy order status."""

    WORKING = "WORKING"
    ALL_DONE = "ALL_DONE"
    CANCELLED = "CANCELLED"


class StrategySubOrder(ApiModel):
    """
    One sub-order of a strategy: the fields of normal and condition orders plus the dependency fields.
    """

    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    side: OrderSide
    """
    BUY or SELL.
    """
    position_side: PositionSide | None = Field(None, alias="positionSide")
    """
    BOTH, LONG or SHORT. Assumption: defaults to BOTH as for normal orders.
    """
    price: ExactDecimal | None = Field(None, examples=["84000"])
    """
    Limit price, decimal string. Required for LIMIT, STOP_LIMIT and TAKE_PROFIT_LIMIT.
    """
    quantity: ExactDecimal | None = Field(None, examples=["0.1"])
    """
    Quantity, decimal string. May be omitted when closePosition is true.
    """
    time_in_force: TimeInForce | None = Field(None, alias="timeInForce")
    """
    GTC, IOC, FOK or GTE_GTC.
    """
    reduce_only: bool | None = Field(None, alias="reduceOnly")
    """
    Reduce-only.
    """
    client_order_id: str | None = Field(
        None,
        alias="clientOrderId",
        examples=["ext-1772710377808-001"],
        max_length=64,
        pattern="^[A-Za-z0-9_-]{1,64}$",
    )
    """
    Client-defined order id. Assumption: the docs give no length or alphabet; up to 64 characters of letters, digits, `-` and `_`.
    """
    stop_price: ExactDecimal | None = Field(None, alias="stopPrice", examples=["84500"])
    """
    Trigger price, decimal string. Required for the stop and take-profit types.
    """
    working_type: WorkingType | None = Field(None, alias="workingType")
    """
    Price compared with stopPrice. Defaults to CONTRACT_PRICE (applied by the exchange when omitted).
    """
    price_protect: bool | None = Field(None, alias="priceProtect")
    """
    Whether price protection is enabled.
    """
    activate_price: ExactDecimal | None = Field(None, alias="activatePrice", examples=["86000"])
    """
    Trailing stop activation price, decimal string. Required for TRAILING_STOP.
    """
    callback_rate: ExactDecimal | None = Field(None, alias="callbackRate", examples=["1"])
    """
    Trailing stop callback rate, decimal string. Required for TRAILING_STOP. Assumption: a percentage, 1 meaning 1%.
    """
    close_position: bool | None = Field(None, alias="closePosition")
    """
    Close the entire position.
    """
    maker_only: bool | None = Field(False, alias="makerOnly")
    """
    Maker-only (post-only); defaults to false.
    """
    place_type: str | None = Field(None, alias="placeType")
    """
    Order placement type marker. Assumption: its values are undocumented.
    """
    price_type: PriceType | None = Field(None, alias="priceType")
    """
    BBO price type: 0 specified price, 1-4 opponent/same-side best prices. Defaults to 0 (applied by the exchange when omitted).
    """
    type: Type
    """
    A normal or a condition order type.
    """
    strategy_sub_id: int = Field(..., alias="strategySubId", examples=[1])
    """
    Id of the sub-order inside the strategy, referenced by the driven ids.
    """
    first_driven_id: int | None = Field(None, alias="firstDrivenId", examples=[0])
    """
    strategySubId of the first driving sub-order; 0 means no dependency.
    """
    first_driven_on: str | None = Field(None, alias="firstDrivenOn")
    """
    First trigger condition. Assumption: its values are undocumented.
    """
    first_trigger: str | None = Field(None, alias="firstTrigger")
    """
    First trigger action. Assumption: its values are undocumented.
    """
    second_driven_id: int | None = Field(None, alias="secondDrivenId", examples=[0])
    """
    strategySubId of the second driving sub-order; 0 means none.
    """
    second_driven_on: str | None = Field(None, alias="secondDrivenOn")
    """
    Second trigger condition. Assumption: its values are undocumented.
    """
    second_trigger: str | None = Field(None, alias="secondTrigger")
    """
    Second trigger action. Assumption: its values are undocumented.
    """


class StrategySubOrderDetail(ApiModel):
    """
    One sub-order of a strategy and its state. Assumption: the docs name `subOrders[]` without its fields.
    """

    strategy_sub_id: int = Field(..., alias="strategySubId", examples=[1])
    """
    Id of the sub-order inside the strategy.
    """
    type: str = Field(..., examples=["LIMIT"])
    """
    Normal or condition order type.
    """
    side: OrderSide
    """
    Side.
    """
    price: ExactDecimal = Field(..., examples=["85000"])
    """
    Limit price (0 if none), decimal string.
    """
    stop_price: ExactDecimal = Field(..., alias="stopPrice", examples=["0"])
    """
    Trigger price (0 if none), decimal string.
    """
    quantity: ExactDecimal = Field(..., examples=["0.1"])
    """
    Quantity, decimal string.
    """
    first_driven_id: int = Field(..., alias="firstDrivenId", examples=[0])
    """
    strategySubId of the first driving sub-order; 0 means none.
    """
    sub_status: str = Field(..., alias="subStatus", examples=["WORKING"])
    """
    Sub-order state (Assumption: WAITING, WORKING, FILLED, CANCELED).
    """
    order_id: str = Field(..., alias="orderId", examples=["2022543809547603968"])
    """
    Id of the normal order or condition order it placed; empty before.
    """


class StrategyType(OpenStrEnum):
    """Strategy order type."""

    OTOCO = "OTOCO"
    OTO = "OTO"
    OCO = "OCO"


class SymbolConfig(ApiModel):
    """
    A symbol and its trading rules.
    """

    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    base_asset: str = Field(..., alias="baseAsset", examples=["BTC"])
    """
    Base asset.
    """
    quote_asset: str = Field(..., alias="quoteAsset", examples=["USDT"])
    """
    Quote asset.
    """
    min_quantity: ExactDecimal = Field(..., alias="minQuantity", examples=["0.001"])
    """
    Minimum order quantity, decimal string.
    """
    min_notional: ExactDecimal = Field(..., alias="minNotional", examples=["5"])
    """
    Minimum notional value, decimal string.
    """
    tick_size: ExactDecimal = Field(..., alias="tickSize", examples=["0.1"])
    """
    Price tick size, decimal string.
    """
    step_size: ExactDecimal = Field(..., alias="stepSize", examples=["0.001"])
    """
    Quantity step size, decimal string.
    """
    price_precision: int = Field(..., alias="pricePrecision", examples=[1])
    """
    Price precision (decimal places).
    """
    max_limit_order_qty: ExactDecimal = Field(..., alias="maxLimitOrderQty", examples=["1000"])
    """
    Maximum limit order quantity, decimal string.
    """
    max_market_order_qty: ExactDecimal = Field(..., alias="maxMarketOrderQty", examples=["120"])
    """
    Maximum market order quantity, decimal string.
    """
    max_open_orders: int = Field(..., alias="maxOpenOrders", examples=[200])
    """
    Maximum open orders per user.
    """
    default_leverage: int = Field(..., alias="defaultLeverage", examples=[20])
    """
    Default leverage.
    """
    default_margin_mode: int = Field(..., alias="defaultMarginMode", examples=[1])
    """
    Default margin mode: 1 cross, 2 isolated.
    """
    leverage_tiers: list[LeverageTier] = Field(..., alias="leverageTiers")
    """
    Leverage margin tiers.
    """


class TicketExchangeRequest(ApiModel):
    """
    JSON body of exchangeAgentTicket.
    """

    ticket: str = Field(..., examples=["tkt-7f3a9c"])
    """
    One-time ticket issued by the agent service.
    """
    device_id: str | None = Field(None, alias="deviceId", examples=["device-001"], max_length=64)
    """
    Device fingerprint, up to 64 characters.
    """


class TicketExchangeResult(ApiModel):
    """
    Payload of exchangeAgentTicket.
    """

    access_token: SecretStr = Field(
        ..., alias="accessToken", examples=["eyJhbGciOiJIUzI1NiJ9.e30.sig"]
    )
    """
    Access token.
    """
    access_expire: int = Field(..., alias="accessExpire", examples=[1769676656])
    """
    Expiry time of the access token. Assumption: Unix seconds, as the documented example (1769676656) has ten digits.
    """
    redirect_path: str = Field(..., alias="redirectPath", examples=["/trade/BTCUSDT"])
    """
    Suggested redirect path.
    """


class TimeInForce(OpenStrEnum):
    """Time in force. Normal orders document GTC, IOC and FOK; GTE_GTC is documented for condition orders only."""

    GTC = "GTC"
    IOC = "IOC"
    FOK = "FOK"
    GTE_GTC = "GTE_GTC"


class Trade(ApiModel):
    """
    One fill of one of the user's orders.
    """

    fill_id: str = Field(..., alias="fillId", examples=["7301"])
    """
    Fill detail id.
    """
    trade_id: str = Field(..., alias="tradeId", examples=["5101"])
    """
    Trade record id.
    """
    order_id: str = Field(..., alias="orderId", examples=["2022543809547603968"])
    """
    Server order id (a decimal number as a string).
    """
    symbol: str = Field(..., examples=["BTCUSDT"])
    """
    Symbol.
    """
    side: OrderSide
    """
    Side.
    """
    role_type: RoleType = Field(..., alias="roleType")
    """
    maker or taker.
    """
    price: ExactDecimal = Field(..., examples=["85000"])
    """
    Filled price, decimal string.
    """
    quantity: ExactDecimal = Field(..., examples=["0.1"])
    """
    Filled quantity, decimal string.
    """
    trade_value: ExactDecimal = Field(..., alias="tradeValue", examples=["8500"])
    """
    Trade value (price x quantity), decimal string.
    """
    handling_fee: ExactDecimal = Field(..., alias="handlingFee", examples=["4.25"])
    """
    Handling fee, decimal string.
    """
    realized_pnl: ExactDecimal = Field(..., alias="realizedPnl", examples=["0"])
    """
    Realized PnL of the fill, decimal string.
    """
    position_side: PositionSide = Field(..., alias="positionSide")
    """
    Position side.
    """
    created_at: int = Field(..., alias="createdAt", examples=[1772710377808])
    """
    Trade time, Unix milliseconds.
    """


class TradeOverview(AssetOverviewSummary):
    """
    Payload of getTradeOverview: the AssetOverviewSummary figures plus the asset trend items.
    Assumption: the doc describes `items[]` only as "asset trend data"; its elements are
    taken to be the same AssetTrendItem returned by getAssetOverviewTrend.

    """

    items: list[AssetTrendItem]
    """
    Asset trend data for the requested range (element schema is an assumption, see above).
    """


class TradePage(ApiModel):
    """
    Payload of getTrades.
    """

    list_: list[Trade] = Field(..., alias="list")
    """
    Fills on this page, newest first (Assumption).
    """
    total: int = Field(..., examples=[1])
    """
    Total count.
    """


class TrendRange(OpenStrEnum):
    """Range of the trade overview / asset trend (case-sensitive)."""

    ONE_DAY = "1D"
    ONE_WEEK = "1W"
    ONE_MONTH = "1M"
    THREE_MONTHS = "3M"
    SIX_MONTHS = "6M"
    ONE_YEAR = "1Y"


class Type(OpenStrEnum):
    """A normal or a condition order type."""

    LIMIT = "LIMIT"
    MARKET = "MARKET"
    STOP_MARKET = "STOP_MARKET"
    STOP_LIMIT = "STOP_LIMIT"
    TAKE_PROFIT_MARKET = "TAKE_PROFIT_MARKET"
    TAKE_PROFIT_LIMIT = "TAKE_PROFIT_LIMIT"
    TRAILING_STOP = "TRAILING_STOP"


class UpdateApiKeyRequest(ApiModel):
    """
    JSON body of updateApiKey; omitted fields are unchanged.
    """

    id: str = Field(..., examples=["1001"])
    """
    API key id.
    """
    label: str | None = Field(None, examples=["external-service-prod"], max_length=64, min_length=1)
    """
    New label.
    """
    permissions: int | None = Field(None, examples=[3], ge=1, le=7)
    """
    New permission bitmask (range 1 - 7).
    """
    ip_whitelist: list[str] | None = Field(
        None, alias="ipWhitelist", examples=[["203.0.113.10"]], max_length=20
    )
    """
    New IP whitelist, up to 20 entries.
    """
    status: ApiKeyStatus | None = None
    """
    1 enabled, 0 disabled.
    """


class UserAsset(ApiModel):
    """
    The user's asset account.
    """

    user_id: str = Field(..., alias="userId")
    """
    External user id.
    """
    asset_type: str = Field(..., alias="assetType")
    """
    Asset type, such as USDT. No value list is documented.
    """
    wallet_balance: ExactDecimal = Field(..., alias="walletBalance", examples=["10234.56780000"])
    """
    Wallet balance, decimal string.
    """
    frozen_margin: ExactDecimal = Field(..., alias="frozenMargin", examples=["150.00000000"])
    """
    Margin held by pending orders, decimal string.
    """
    used_margin: ExactDecimal = Field(..., alias="usedMargin", examples=["2048.12500000"])
    """
    Margin taken by open positions, decimal string.
    """


class UserAssetData(ApiModel):
    """
    Payload of getAsset.
    """

    user_asset: UserAsset = Field(..., alias="userAsset")
    """
    The user's asset account.
    """


class UserInfo(ApiModel):
    """
    Profile of the authenticated user.
    """

    user_id: str = Field(..., alias="userId")
    """
    External user id.
    """
    username: str
    """
    Username.
    """
    agent_id: int = Field(..., alias="agentId")
    """
    Id of the agent the user belongs to.
    """
    vip_level: int = Field(..., alias="vipLevel")
    """
    VIP level.
    """
    last_login_at: int = Field(..., alias="lastLoginAt")
    """
    Time of the last login, Unix milliseconds.
    """
    last_login_ip: str = Field(..., alias="lastLoginIp")
    """
    IP address of the last login.
    """


class UserInfoData(ApiModel):
    """
    Payload of getInfo.
    """

    user_info: UserInfo = Field(..., alias="userInfo")
    """
    The user's profile.
    """


class VolumeStats(ApiModel):
    """
    Trading totals over the last 30 days.
    """

    volume30d: ExactDecimal = Field(..., examples=["1523400.25000000"])
    """
    Cumulative trading volume over the last 30 days, decimal string.
    """
    fee_total30d: ExactDecimal = Field(..., alias="feeTotal30d", examples=["609.36010000"])
    """
    Cumulative fees over the last 30 days, decimal string.
    """


class WorkingType(OpenStrEnum):
    """Price that triggers a condition order."""

    MARK_PRICE = "MARK_PRICE"
    CONTRACT_PRICE = "CONTRACT_PRICE"
