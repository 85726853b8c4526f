"""Hand-kept transcription of the 6MM REST API documentation pages.

Transcribed by hand from ``seed/user-and-account.txt`` (and, where marked ``source="facts"``,
from ``reference/6mm-api-facts.md``); the other sections (``source="docs"``) from
``6mm-docs/rest-api/{public-endpoints,market-data,order,position}.md``,
``api-key-management.md`` and ``rest-api.md`` (logout). It is deliberately *not* derived
from ``spec/sixmm.yaml``: the tests compare the spec against this table.

Types are written exactly as the documentation writes them (``string``, ``int64``, ``int32``,
``int``, ``array``, ``string[]``, ``bool``). Response field paths are relative to the envelope's ``data``
member and are written as in the doc (``userInfo.userId``, ``list[].amount``, ``items[]``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DocType = Literal["string", "int64", "int32", "int", "array", "string[]", "bool"]
Source = Literal["seed", "facts", "docs"]


@dataclass(frozen=True)
class DocParam:
    """One request (query) parameter as the doc lists it."""

    name: str
    type: DocType
    required: bool
    default: int | str | None = None
    enum: tuple[str, ...] | tuple[int, ...] | None = None


@dataclass(frozen=True)
class DocField:
    """One response or request-body field as the doc lists it."""

    path: str
    type: DocType


@dataclass(frozen=True)
class DocEndpoint:
    """One endpoint of the page."""

    title: str
    method: str
    path: str
    params: tuple[DocParam, ...] = ()
    response_fields: tuple[DocField, ...] = ()
    body_fields: tuple[DocField, ...] = ()
    source: Source = "seed"
    note: str = ""
    body_optional: bool = False
    """Every documented body field is optional, so the body may be left out."""

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"


TREND_RANGES: tuple[str, ...] = ("1D", "1W", "1M", "3M", "6M", "1Y")
BALANCE_PERIODS: tuple[str, ...] = ("1D", "1W", "1M")

TRADE_OVERVIEW_FIELDS: tuple[DocField, ...] = (
    DocField("todayPnl", "string"),
    DocField("todayVolume", "string"),
    DocField("totalVolume", "string"),
    DocField("totalPnl", "string"),
    DocField("maxDrawdown30d", "string"),
    DocField("maxDrawdown30dRate", "string"),
    DocField("transferIn", "string"),
    DocField("transferOut", "string"),
    DocField("items[]", "array"),
)

ASSET_OVERVIEW_SUMMARY_NOTE = (
    "Response fields are the same as the trade overview summary fields, excluding items[]."
)
# The doc states the summary fields by reference (see the note above); spelled out here.
ASSET_OVERVIEW_SUMMARY_FIELDS: tuple[DocField, ...] = tuple(
    f for f in TRADE_OVERVIEW_FIELDS if f.path != "items[]"
)

USER_AND_ACCOUNT: tuple[DocEndpoint, ...] = (
    DocEndpoint(
        title="User Info",
        method="GET",
        path="/v1/private/user/info",
        response_fields=(
            DocField("userInfo.userId", "string"),
            DocField("userInfo.username", "string"),
            DocField("userInfo.agentId", "int64"),
            DocField("userInfo.vipLevel", "int64"),
            DocField("userInfo.lastLoginAt", "int64"),
            DocField("userInfo.lastLoginIp", "string"),
        ),
    ),
    DocEndpoint(
        title="User Assets",
        method="GET",
        path="/v1/private/user/asset",
        response_fields=(
            DocField("userAsset.userId", "string"),
            DocField("userAsset.assetType", "string"),
            DocField("userAsset.walletBalance", "string"),
            DocField("userAsset.frozenMargin", "string"),
            DocField("userAsset.usedMargin", "string"),
        ),
    ),
    DocEndpoint(
        title="Create listenKey",
        method="POST",
        path="/v1/private/user/listen-key",
        # The seed page lists no fields; the response comes from the facts file.
        response_fields=(
            DocField("listenKey", "string"),
            DocField("expireAt", "int64"),
        ),
        source="facts",
    ),
    DocEndpoint(
        title="Renew listenKey",
        method="PUT",
        path="/v1/private/user/listen-key",
        body_fields=(DocField("listenKey", "string"),),
        source="facts",
    ),
    DocEndpoint(
        title="Close listenKey",
        method="DELETE",
        path="/v1/private/user/listen-key",
        body_fields=(DocField("listenKey", "string"),),
        source="facts",
    ),
    DocEndpoint(
        title="Account Change Logs",
        method="GET",
        path="/v1/private/user/account-change-log",
        params=(
            DocParam("assetType", "string", required=False),
            DocParam("changeType", "string", required=False),
            DocParam("startTime", "int64", required=False),
            DocParam("endTime", "int64", required=False),
            DocParam("page", "int32", required=False, default=1),
            DocParam("pageSize", "int32", required=False, default=20),
        ),
        response_fields=(
            DocField("list[].assetType", "string"),
            DocField("list[].amount", "string"),
            DocField("list[].walletBalanceBefore", "string"),
            DocField("list[].walletBalanceAfter", "string"),
            DocField("list[].frozenBalanceBefore", "string"),
            DocField("list[].frozenBalanceAfter", "string"),
            DocField("list[].changeType", "string"),
            DocField("list[].referenceId", "string"),
            DocField("list[].createdAt", "int64"),
            DocField("total", "int64"),
        ),
    ),
    DocEndpoint(
        title="30-Day Volume Statistics",
        method="GET",
        path="/v1/private/user/volume-stats",
        response_fields=(
            DocField("volume30d", "string"),
            DocField("feeTotal30d", "string"),
        ),
    ),
    DocEndpoint(
        title="Balance History",
        method="GET",
        path="/v1/private/user/balance-history",
        params=(
            DocParam("period", "string", required=True, enum=BALANCE_PERIODS),
            DocParam("limit", "int", required=False, default=30),
        ),
        response_fields=(
            DocField("items[].date", "string"),
            DocField("items[].balance", "string"),
            DocField("items[].pnl", "string"),
        ),
    ),
    DocEndpoint(
        title="Trade Overview",
        method="GET",
        path="/v1/private/user/trade-overview",
        params=(DocParam("type", "string", required=True, enum=TREND_RANGES),),
        response_fields=TRADE_OVERVIEW_FIELDS,
    ),
    DocEndpoint(
        title="Asset Overview Summary",
        method="GET",
        path="/v1/private/user/asset/overview/summary",
        response_fields=ASSET_OVERVIEW_SUMMARY_FIELDS,
        note=ASSET_OVERVIEW_SUMMARY_NOTE,
    ),
    DocEndpoint(
        title="Asset Overview Trend",
        method="GET",
        path="/v1/private/user/asset/overview/trend",
        params=(DocParam("type", "string", required=True, enum=TREND_RANGES),),
        response_fields=(
            DocField("items[].snapshotTime", "int64"),
            DocField("items[].balance", "string"),
            DocField("items[].pnl", "string"),
            DocField("items[].pnlRate", "string"),
            DocField("items[].totalPnl", "string"),
        ),
    ),
    DocEndpoint(
        title="Favorite Symbols: Save",
        method="POST",
        path="/v1/private/user/favorite-symbols",
        # The doc shows only a sample body: {"symbols": ["BTCUSDT", "ETHUSDT"]}.
        body_fields=(DocField("symbols", "string[]"),),
    ),
    DocEndpoint(
        title="Favorite Symbols: Query",
        method="GET",
        path="/v1/private/user/favorite-symbols",
        response_fields=(DocField("symbols", "string[]"),),
    ),
)

S, I32, I64 = "string", "int32", "int64"


def _f(*pairs: tuple[str, DocType]) -> tuple[DocField, ...]:
    return tuple(DocField(path, kind) for path, kind in pairs)


def _page(kind: DocType) -> tuple[DocParam, ...]:
    return (
        DocParam("page", kind, required=False, default=1),
        DocParam("pageSize", kind, required=False, default=20),
    )


_TIMES = (DocParam("startTime", "int64", required=False), DocParam("endTime", "int64", required=False))
_SYMBOL = DocParam("symbol", "string", required=False)
_TOKEN = _f(("accessToken", S), ("accessExpire", I64))
_ORDER_FIELDS = _f(
    ("symbol", S),
    ("type", S),
    ("side", S),
    ("positionSide", S),
    ("price", S),
    ("quantity", S),
    ("timeInForce", S),
    ("reduceOnly", "bool"),
    ("makerOnly", "bool"),
    ("closePosition", "bool"),
    ("clientOrderId", S),
    ("placeType", S),
    ("priceType", I32),
)
_CONDITION_FIELDS = _f(
    ("symbol", S),
    ("type", S),
    ("side", S),
    ("positionSide", S),
    ("price", S),
    ("quantity", S),
    ("timeInForce", S),
    ("reduceOnly", "bool"),
    ("clientOrderId", S),
    ("stopPrice", S),
    ("workingType", S),
    ("priceProtect", "bool"),
    ("activatePrice", S),
    ("callbackRate", S),
    ("closePosition", "bool"),
)
_ORDER = "/v1/private/order"
_KEYS = "/v1/private/user/api-key"

OTHER_SECTIONS: tuple[DocEndpoint, ...] = (
    DocEndpoint(
        "User Login",
        "POST",
        "/v1/public/user/login",
        response_fields=_TOKEN,
        source="docs",
        body_fields=_f(("username", S), ("password", S), ("deviceId", S), ("deviceName", S)),
    ),
    DocEndpoint(
        "Refresh Token", "POST", "/v1/public/user/refresh-token", response_fields=_TOKEN, source="docs"
    ),
    DocEndpoint(
        "Ticket Exchange",
        "POST",
        "/v1/public/agent-sso/exchange-ticket",
        source="docs",
        body_fields=_f(("ticket", S), ("deviceId", S)),
        response_fields=_f(("accessToken", S), ("accessExpire", I64), ("redirectPath", S)),
    ),
    DocEndpoint(
        "Embed Token Exchange",
        "POST",
        "/v1/public/agent-sso/exchange-embed-token",
        source="docs",
        body_fields=_f(("embedToken", S), ("channelId", S), ("deviceId", S)),
        response_fields=_TOKEN,
    ),
    DocEndpoint(
        "PnL Leaderboard",
        "GET",
        "/v1/public/leaderboard/pnl",
        source="docs",
        params=(DocParam("period", "string", required=True, enum=("7d", "30d", "90d")),),
        response_fields=_f(
            ("list[].rank", I32),
            ("list[].userId", S),
            ("list[].trader", S),
            ("list[].volume", S),
            ("list[].pnlAmount", S),
            ("list[].pnlPct", S),
            ("myRank", I32),
        ),
    ),
    DocEndpoint(
        "Symbol Configuration",
        "GET",
        "/v1/public/market/symbols",
        source="docs",
        response_fields=_f(
            ("list[].symbol", S),
            ("list[].baseAsset", S),
            ("list[].quoteAsset", S),
            ("list[].minQuantity", S),
            ("list[].minNotional", S),
            ("list[].tickSize", S),
            ("list[].stepSize", S),
            ("list[].pricePrecision", I64),
            ("list[].maxLimitOrderQty", S),
            ("list[].maxMarketOrderQty", S),
            ("list[].maxOpenOrders", I64),
            ("list[].defaultLeverage", I64),
            ("list[].defaultMarginMode", I64),
            ("list[].leverageTiers[]", "array"),
            ("handlingFeeLevelConfig[]", "array"),
        ),
    ),
    DocEndpoint(
        "Funding Rate Configuration",
        "GET",
        "/v1/public/market/funding-rate",
        source="docs",
        params=(_SYMBOL,),
    ),
    DocEndpoint(
        "Current Funding Rate",
        "GET",
        "/v1/public/market/funding-rate/current",
        source="docs",
        params=(_SYMBOL, *_page("int32")),
    ),
    DocEndpoint(
        "Funding Rate History",
        "GET",
        "/v1/public/market/funding-rate/history",
        source="docs",
        params=(DocParam("symbol", "string", required=True), *_TIMES, *_page("int32")),
    ),
    DocEndpoint(
        "Klines",
        "GET",
        "/v1/public/market/klines",
        source="docs",
        params=(
            DocParam("symbol", "string", required=True),
            DocParam(
                "interval",
                "string",
                required=True,
                enum=("1m", "5m", "15m", "30m", "1h", "4h", "1d", "1w", "1M"),
            ),
            DocParam("priceType", "string", required=False, enum=("indexPrice", "markPrice")),
            *_TIMES,
            DocParam("limit", "int32", required=False, default=500),
        ),
        response_fields=_f(
            ("list[].openTime", I64),
            ("list[].open", S),
            ("list[].high", S),
            ("list[].low", S),
            ("list[].close", S),
            ("list[].volume", S),
            ("list[].closeTime", I64),
        ),
    ),
    DocEndpoint("Logout", "POST", "/v1/private/user/logout", source="docs"),
    DocEndpoint(
        "Create API Key",
        "POST",
        f"{_KEYS}/create",
        source="docs",
        body_fields=_f(("label", S), ("permissions", "int"), ("ipWhitelist", "string[]")),
        response_fields=_f(("apiKey", S), ("apiSecret", S)),
    ),
    DocEndpoint(
        "List API Keys",
        "GET",
        f"{_KEYS}/list",
        source="docs",
        response_fields=_f(
            ("list[].id", S),
            ("list[].label", S),
            ("list[].apiKey", S),
            ("list[].permissions", "int"),
            ("list[].ipWhitelist", "string[]"),
            ("list[].status", "int"),
            ("list[].lastUsedAt", I64),
            ("list[].createdAt", I64),
        ),
    ),
    DocEndpoint(
        "Update API Key",
        "PUT",
        f"{_KEYS}/update",
        source="docs",
        body_fields=_f(
            ("id", S), ("label", S), ("permissions", "int"), ("ipWhitelist", "string[]"), ("status", "int")
        ),
    ),
    DocEndpoint("Delete API Key", "POST", f"{_KEYS}/delete", source="docs", body_fields=_f(("id", S))),
    DocEndpoint(
        "Delete All API Keys",
        "POST",
        f"{_KEYS}/delete-all",
        source="docs",
        response_fields=_f(("deleted", I64)),
    ),
    DocEndpoint(
        "Place Order",
        "POST",
        f"{_ORDER}/place",
        source="docs",
        body_fields=_ORDER_FIELDS,
        response_fields=_f(("orderId", S), ("clientOrderId", S), ("status", S), ("timestamp", I64)),
    ),
    DocEndpoint(
        "Batch Place Orders",
        "POST",
        f"{_ORDER}/batch-place",
        source="docs",
        body_fields=_f(("orders[]", "array")),
        response_fields=_f(("successCount", I32), ("failedCount", I32), ("results[]", "array")),
    ),
    DocEndpoint(
        "Place Condition Order",
        "POST",
        f"{_ORDER}/place-condition",
        source="docs",
        body_fields=_CONDITION_FIELDS,
        response_fields=_f(("conditionId", S), ("conditionStatus", S), ("timestamp", I64)),
    ),
    DocEndpoint(
        "Place Strategy Order",
        "POST",
        f"{_ORDER}/place-strategy",
        source="docs",
        body_fields=_f(
            ("strategyType", S),
            ("subOrderList[]", "array"),
            ("subOrderList[].strategySubId", I64),
            ("subOrderList[].firstDrivenId", I64),
            ("subOrderList[].firstDrivenOn", S),
            ("subOrderList[].firstTrigger", S),
            ("subOrderList[].secondDrivenId", I64),
            ("subOrderList[].secondDrivenOn", S),
            ("subOrderList[].secondTrigger", S),
        ),
        response_fields=_f(("strategyId", S), ("strategyStatus", S), ("timestamp", I64)),
    ),
    DocEndpoint(
        "Query Single Order",
        "GET",
        _ORDER,
        source="docs",
        params=(
            DocParam("symbol", "string", required=True),
            DocParam("orderId", "string", required=False),
            DocParam("clientOrderId", "string", required=False),
        ),
    ),
    DocEndpoint(
        "Current Normal Orders",
        "GET",
        f"{_ORDER}/current",
        source="docs",
        params=(
            _SYMBOL,
            DocParam("limit", "int32", required=False),
            DocParam("lastOrderId", "int64", required=False),
        ),
        response_fields=_f(("list[]", "array"), ("total", I32)),
    ),
    DocEndpoint(
        "Current Condition Orders", "GET", f"{_ORDER}/current-condition", source="docs", params=(_SYMBOL,)
    ),
    DocEndpoint(
        "Historical Normal Orders",
        "GET",
        f"{_ORDER}/history",
        source="docs",
        params=(
            _SYMBOL,
            DocParam("orderId", "string", required=False),
            DocParam("clientOrderId", "string", required=False),
            DocParam("type", "int32", required=False, enum=(1, 2)),
            DocParam("side", "int32", required=False, enum=(1, 2)),
            DocParam("status", "int32", required=False),
            *_TIMES,
            *_page("int64"),
        ),
    ),
    DocEndpoint(
        "Historical Condition Orders",
        "GET",
        f"{_ORDER}/history-condition",
        source="docs",
        params=(
            _SYMBOL,
            DocParam("side", "int32", required=False, enum=(1, 2)),
            DocParam("status", "int32", required=False),
            *_TIMES,
            *_page("int64"),
        ),
    ),
    DocEndpoint(
        "Trade Records",
        "GET",
        f"{_ORDER}/trades",
        source="docs",
        params=(_SYMBOL, DocParam("orderId", "string", required=False), *_TIMES, *_page("int64")),
        response_fields=_f(
            ("list[].fillId", S),
            ("list[].tradeId", S),
            ("list[].orderId", S),
            ("list[].symbol", S),
            ("list[].side", S),
            ("list[].roleType", S),
            ("list[].price", S),
            ("list[].quantity", S),
            ("list[].tradeValue", S),
            ("list[].handlingFee", S),
            ("list[].realizedPnl", S),
            ("list[].positionSide", S),
            ("list[].createdAt", I64),
            ("total", I64),
        ),
    ),
    DocEndpoint(
        "Cancel Order",
        "POST",
        f"{_ORDER}/cancel",
        source="docs",
        body_fields=_f(("symbol", S), ("orderId", S), ("clientOrderId", S)),
    ),
    DocEndpoint(
        "Amend Order",
        "POST",
        f"{_ORDER}/move",
        source="docs",
        body_fields=_f(("symbol", S), ("orderId", S), ("price", S), ("quantity", S)),
    ),
    DocEndpoint(
        "Batch Amend Orders",
        "POST",
        f"{_ORDER}/batch-move",
        source="docs",
        body_fields=_f(
            ("symbol", S),
            ("orders[]", "array"),
            ("orders[].orderId", S),
            ("orders[].price", S),
            ("orders[].quantity", S),
        ),
    ),
    DocEndpoint(
        "Batch Cancel Orders",
        "POST",
        f"{_ORDER}/batch-cancel",
        source="docs",
        body_fields=_f(("orders[]", "array"), ("orders[].symbol", S), ("orders[].orderId", S)),
    ),
    DocEndpoint(
        "Cancel All",
        "POST",
        f"{_ORDER}/batch-cancel-all",
        source="docs",
        body_fields=_f(("symbol", S), ("cancelType", I32)),
        body_optional=True,
    ),
    DocEndpoint(
        "Cancel Condition Order",
        "POST",
        f"{_ORDER}/cancel-condition",
        source="docs",
        body_fields=_f(("symbol", S), ("conditionId", S)),
    ),
    DocEndpoint(
        "Strategy Order Detail",
        "GET",
        f"{_ORDER}/strategy",
        source="docs",
        params=(DocParam("strategyId", "string", required=True),),
        response_fields=_f(
            ("strategyId", S),
            ("strategyType", S),
            ("strategyStatus", S),
            ("bookTime", I64),
            ("subOrders[]", "array"),
            ("updateTime", I64),
        ),
    ),
    DocEndpoint(
        "Set Leverage",
        "POST",
        "/v1/private/position/leverage",
        source="docs",
        body_fields=_f(("symbol", S), ("leverage", I32)),
        response_fields=_f(("symbol", S), ("leverage", I32), ("timestamp", I64)),
    ),
    DocEndpoint(
        "Set Margin Mode",
        "POST",
        "/v1/private/position/margin-mode",
        source="docs",
        body_fields=_f(("symbol", S), ("marginMode", I32)),
    ),
    DocEndpoint(
        "Position Settings",
        "GET",
        "/v1/private/position/settings",
        source="docs",
        # The doc shows ?symbol=BTCUSDT but lists no parameter; the spec's Assumption: required.
        params=(DocParam("symbol", "string", required=True),),
        response_fields=_f(("symbol", S), ("marginMode", I32), ("leverage", I32)),
    ),
    DocEndpoint(
        "Current Positions",
        "GET",
        "/v1/private/position/positions",
        source="docs",
        params=(_SYMBOL,),
        response_fields=_f(
            ("positions[].symbol", S),
            ("positions[].marginMode", S),
            ("positions[].positionSide", S),
            ("positions[].leverage", I32),
            ("positions[].quantity", S),
            ("positions[].entryPrice", S),
            ("positions[].breakEvenPrice", S),
            ("positions[].liqPrice", S),
            ("positions[].marginRatio", S),
            ("positions[].unrealizedPnl", S),
            ("positions[].roe", S),
            ("positions[].nextFundingFee", S),
            ("positions[].fundingFeeAccum", S),
            ("positions[].tpPrice", S),
            ("positions[].slPrice", S),
        ),
    ),
    DocEndpoint(
        "Position History",
        "GET",
        "/v1/private/position/history",
        source="docs",
        params=(
            _SYMBOL,
            DocParam("side", "string", required=False, enum=("long", "short")),
            *_TIMES,
            *_page("int64"),
        ),
        response_fields=_f(
            ("list[].symbol", S),
            ("list[].positionSide", S),
            ("list[].leverage", I32),
            ("list[].maxQuantity", S),
            ("list[].entryPrice", S),
            ("list[].closePrice", S),
            ("list[].pnl", S),
            ("list[].roe", S),
            ("list[].marginMode", S),
            ("list[].triggerMode", I32),
            ("list[].fundingFeeAccum", S),
            ("list[].openedAt", I64),
            ("list[].closedAt", I64),
            ("total", I64),
        ),
    ),
)

ENDPOINTS = USER_AND_ACCOUNT + OTHER_SECTIONS

# Operations that the facts file (not the seed page) documents and the spec may contain.
FACTS_ONLY_OPERATION_IDS: frozenset[str] = frozenset({"getServerTime", "getVersion"})

# Words that mark a documented "string" field as a decimal money/rate value.
MONEY_WORDS: frozenset[str] = frozenset(
    {
        "balance",
        "margin",
        "amount",
        "pnl",
        "volume",
        "fee",
        "rate",
        "drawdown",
        "transfer",
        "price",
        "quantity",
        "qty",
        "notional",
        "size",
        "value",
        "roe",
        "ratio",
        "pct",
        "open",
        "high",
        "low",
        "close",
    }
)
