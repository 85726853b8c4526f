# Generated from spec/sixmm.yaml (6MM User and Account API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.

from __future__ import annotations

from pydantic import AwareDatetime, ConfigDict, Field

from sixmm._decimal import ExactDecimal
from sixmm._enums import OpenStrEnum
from sixmm._model import ApiModel


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


class FavoriteSymbols(ApiModel):
    """
    Payload of getFavoriteSymbols.
    """

    symbols: list[str]
    """
    The user's favorite symbols, such as BTCUSDT.
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


class TrendRange(OpenStrEnum):
    """Range of the trade overview / asset trend (case-sensitive)."""

    ONE_DAY = "1D"
    ONE_WEEK = "1W"
    ONE_MONTH = "1M"
    THREE_MONTHS = "3M"
    SIX_MONTHS = "6M"
    ONE_YEAR = "1Y"


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
