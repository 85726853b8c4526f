"""Hand-kept transcription of the 6MM "User and Account" documentation page.

Transcribed by hand from ``seed/user-and-account.txt`` (and, where marked ``source="facts"``,
from ``reference/6mm-api-facts.md``). It is deliberately *not* derived from ``spec/sixmm.yaml``:
the tests compare the spec against this table.

Types are written exactly as the documentation writes them (``string``, ``int64``, ``int32``,
``int``, ``array``, ``string[]``). Response field paths are relative to the envelope's ``data``
member and are written as in the doc (``userInfo.userId``, ``list[].amount``, ``items[]``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DocType = Literal["string", "int64", "int32", "int", "array", "string[]"]
Source = Literal["seed", "facts"]


@dataclass(frozen=True)
class DocParam:
    """One request (query) parameter as the doc lists it."""

    name: str
    type: DocType
    required: bool
    default: int | str | None = None
    enum: tuple[str, ...] | None = None


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

ENDPOINTS: tuple[DocEndpoint, ...] = (
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
    }
)
