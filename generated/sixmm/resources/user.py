# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Operations tagged 'user', available as ``client.user``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

import httpx

from .. import _api_user as _specs
from .._arguments import list_arg, unix_time_arg
from .._base_client import AsyncAPIClient, SyncAPIClient, _ClientCore
from .._paging import aiterate_pages, iterate_pages
from .._raw import async_raw_method, async_raw_method_empty, raw_method, raw_method_empty
from .._wire import body_from_fields
from ..models import (
    AccountChangeLogEntry,
    AccountChangeLogPage,
    AssetOverviewSummary,
    AssetOverviewTrend,
    BalanceHistory,
    BalanceHistoryPeriod,
    FavoriteSymbols,
    TradeOverview,
    TrendRange,
    UserAssetData,
    UserInfoData,
    VolumeStats,
)

if TYPE_CHECKING:
    from .._base_client import PreparedCall

_ClientT = TypeVar("_ClientT", bound=_ClientCore)

__all__ = [
    "UserResource",
    "AsyncUserResource",
    "UserResourceWithRawResponse",
    "AsyncUserResourceWithRawResponse",
]


class _UserResourceCalls(Generic[_ClientT]):
    """Turns each operation's arguments into a prepared call (shared by the four classes below)."""

    def __init__(self, client: _ClientT) -> None:
        self._client = client

    def _get_info_call(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_INFO,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_asset_call(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_ASSET,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_account_change_log_call(
        self,
        *,
        asset_type: str | None = None,
        change_type: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_ACCOUNT_CHANGE_LOG,
            path_params={},
            query=(
                ("assetType", asset_type),
                ("changeType", change_type),
                ("startTime", unix_time_arg("start_time", start_time, "ms")),
                ("endTime", unix_time_arg("end_time", end_time, "ms")),
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

    def _get_volume_stats_call(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_VOLUME_STATS,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_balance_history_call(
        self,
        *,
        period: BalanceHistoryPeriod | Literal["1D", "1W", "1M"],
        limit: int = 30,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_BALANCE_HISTORY,
            path_params={},
            query=(
                ("period", period),
                ("limit", limit),
            ),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_trade_overview_call(
        self,
        *,
        type: TrendRange | Literal["1D", "1W", "1M", "3M", "6M", "1Y"],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_TRADE_OVERVIEW,
            path_params={},
            query=(("type", type),),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_asset_overview_summary_call(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_ASSET_OVERVIEW_SUMMARY,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_asset_overview_trend_call(
        self,
        *,
        type: TrendRange | Literal["1D", "1W", "1M", "3M", "6M", "1Y"],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_ASSET_OVERVIEW_TREND,
            path_params={},
            query=(("type", type),),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _save_favorite_symbols_call(
        self,
        *,
        symbols: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.SAVE_FAVORITE_SYMBOLS,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields((("symbols", list_arg("symbols", symbols)),)),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_favorite_symbols_call(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_FAVORITE_SYMBOLS,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _logout_call(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.LOGOUT,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )


class UserResource(_UserResourceCalls[SyncAPIClient]):
    """Account and user data of the authenticated user (profile, assets, statistics, favorites,
    logout).
    """

    @property
    def with_raw_response(self) -> UserResourceWithRawResponse:
        """The same operations, returning the HTTP status, headers and request id with the data."""
        return UserResourceWithRawResponse(self._client)

    def get_info(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> UserInfoData:
        """Get the user's profile

        Returns profile information of the authenticated user: external user id, username, agent
        id, VIP level and the time and IP address of the last login. Accepts JWT or API-key
        signing; with an API key the key needs the Read permission.

        ``GET /v1/private/user/info``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            UserInfoData: the envelope's ``data``.
        """
        call = self._get_info_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, UserInfoData)

    def get_asset(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> UserAssetData:
        """Get the user's assets

        Returns the user's asset account: asset type, wallet balance, margin frozen by pending
        orders and margin used by open positions. All amounts are decimal strings. Accepts JWT
        or API-key signing; with an API key the key needs the Read permission.

        ``GET /v1/private/user/asset``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            UserAssetData: the envelope's ``data``.
        """
        call = self._get_asset_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, UserAssetData)

    def get_account_change_log(
        self,
        *,
        asset_type: str | None = None,
        change_type: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AccountChangeLogPage:
        """List account change logs

        Returns one page of balance changes of the user's account, optionally filtered by asset
        type, change type and a time window. Neither `assetType` nor `changeType` has a
        documented value list, and no sort order or maximum page size is documented. Accepts JWT
        or API-key signing; with an API key the key needs the Read permission.

        ``GET /v1/private/user/account-change-log``

        Args:
            asset_type: ``assetType`` in the query. Asset type to filter on, such as USDT. No
                value list is documented.
            change_type: ``changeType`` in the query. Change type to filter on. No value list is
                documented.
            start_time: ``startTime`` in the query. Start of the time window, Unix milliseconds.
                Assumption: inclusive.
            end_time: ``endTime`` in the query. End of the time window, Unix milliseconds.
                Assumption: inclusive.
            page: ``page`` in the query (default 1). Page number, starting at 1. Defaults to 1.
            page_size: ``pageSize`` in the query (default 20). Items per page. Defaults to 20.
                No maximum is documented, so none is declared here.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            AccountChangeLogPage: the envelope's ``data``.
        """
        call = self._get_account_change_log_call(
            asset_type=asset_type,
            change_type=change_type,
            start_time=start_time,
            end_time=end_time,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, AccountChangeLogPage)

    def iter_account_change_log(
        self,
        *,
        asset_type: str | None = None,
        change_type: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[AccountChangeLogEntry]:
        """Every item of getAccountChangeLog, page after page, from page `page` on.

        Pages are fetched as the iteration needs them; it stops once `total` items have been
        seen or a page comes back empty. Arguments are those of `get_account_change_log`.
        """

        def fetch(page_number: int) -> AccountChangeLogPage:
            return self.get_account_change_log(
                asset_type=asset_type,
                change_type=change_type,
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

    def get_volume_stats(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> VolumeStats:
        """Get 30-day volume statistics

        Returns the user's cumulative trading volume and fees over the last 30 days, as decimal
        strings. Accepts JWT or API-key signing; with an API key the key needs the Read
        permission.

        ``GET /v1/private/user/volume-stats``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            VolumeStats: the envelope's ``data``.
        """
        call = self._get_volume_stats_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, VolumeStats)

    def get_balance_history(
        self,
        *,
        period: BalanceHistoryPeriod | Literal["1D", "1W", "1M"],
        limit: int = 30,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BalanceHistory:
        """Get balance history

        Returns the wallet balance and realized PnL aggregated per period (day, week or month).
        Accepts JWT or API-key signing; with an API key the key needs the Read permission.
        Assumption: the order of the returned items is undocumented.

        ``GET /v1/private/user/balance-history``

        Args:
            period: ``period`` in the query (required; one of '1D', '1W', '1M'). Aggregation
                period, one of 1D, 1W or 1M (case-sensitive).
            limit: ``limit`` in the query (default 30). Number of items returned. Defaults to
                30. No maximum is documented, so none is declared here. Assumption: the doc
                types it as "int"; int32 is used.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            BalanceHistory: the envelope's ``data``.
        """
        call = self._get_balance_history_call(
            period=period,
            limit=limit,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, BalanceHistory)

    def get_trade_overview(
        self,
        *,
        type: TrendRange | Literal["1D", "1W", "1M", "3M", "6M", "1Y"],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> TradeOverview:
        """Get the trade overview

        Returns trading summary figures (today's and cumulative PnL and volume, 30-day maximum
        drawdown, cumulative transfers) together with asset trend data for the requested range.
        Accepts JWT or API-key signing; with an API key the key needs the Read permission.

        ``GET /v1/private/user/trade-overview``

        Args:
            type: ``type`` in the query (required; one of '1D', '1W', '1M', '3M', '6M', '1Y').
                Trend range, one of 1D, 1W, 1M, 3M, 6M or 1Y (case-sensitive).

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            TradeOverview: the envelope's ``data``.
        """
        call = self._get_trade_overview_call(
            type=type,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, TradeOverview)

    def get_asset_overview_summary(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AssetOverviewSummary:
        """Get the asset overview summary

        Returns the same summary figures as the trade overview, without the trend items. Accepts
        JWT or API-key signing; with an API key the key needs the Read permission.

        ``GET /v1/private/user/asset/overview/summary``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            AssetOverviewSummary: the envelope's ``data``.
        """
        call = self._get_asset_overview_summary_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, AssetOverviewSummary)

    def get_asset_overview_trend(
        self,
        *,
        type: TrendRange | Literal["1D", "1W", "1M", "3M", "6M", "1Y"],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AssetOverviewTrend:
        """Get the asset overview trend

        Returns balance and PnL snapshots over the requested range. Accepts JWT or API-key
        signing; with an API key the key needs the Read permission. Assumption: the order of the
        returned items is undocumented.

        ``GET /v1/private/user/asset/overview/trend``

        Args:
            type: ``type`` in the query (required; one of '1D', '1W', '1M', '3M', '6M', '1Y').
                Trend range, one of 1D, 1W, 1M, 3M, 6M or 1Y (case-sensitive).

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            AssetOverviewTrend: the envelope's ``data``.
        """
        call = self._get_asset_overview_trend_call(
            type=type,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, AssetOverviewTrend)

    def save_favorite_symbols(
        self,
        *,
        symbols: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Save the favorite symbols

        Replaces the user's whole favorite symbol list with the given one (an empty list clears
        it). Because the call replaces rather than appends, repeating it has the same effect, so
        it is safe to retry. Accepts JWT or API-key signing; with an API key the key needs the
        Read permission and the compact JSON body is part of the signed payload. Assumption: the
        response body is undocumented; it is taken to be the envelope without `data`.

        ``POST /v1/private/user/favorite-symbols``

        Args:
            symbols: ``symbols`` in the body (required). The complete new favorite list; an
                empty list clears it.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            None.
        """
        call = self._save_favorite_symbols_call(
            symbols=symbols,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send_empty(call)

    def get_favorite_symbols(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FavoriteSymbols:
        """Get the favorite symbols

        Returns the user's favorite symbol list. Accepts JWT or API-key signing; with an API key
        the key needs the Read permission.

        ``GET /v1/private/user/favorite-symbols``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            FavoriteSymbols: the envelope's ``data``.
        """
        call = self._get_favorite_symbols_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, FavoriteSymbols)

    def logout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Log out

        Clears the login state: the access token and the refresh cookie stop working. No request
        body is documented. Accepts JWT only (an API key is refused).

        ``POST /v1/private/user/logout``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            None.
        """
        call = self._logout_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send_empty(call)


class UserResourceWithRawResponse(_UserResourceCalls[SyncAPIClient]):
    """The operations of `UserResource`, with the same arguments, each returning a RawResponse: the
    HTTP status, headers, request id, raw body and the parsed data.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.get_info = raw_method(self._get_info_call, client._send_raw, UserInfoData)
        self.get_asset = raw_method(self._get_asset_call, client._send_raw, UserAssetData)
        self.get_account_change_log = raw_method(
            self._get_account_change_log_call, client._send_raw, AccountChangeLogPage
        )
        self.get_volume_stats = raw_method(
            self._get_volume_stats_call, client._send_raw, VolumeStats
        )
        self.get_balance_history = raw_method(
            self._get_balance_history_call, client._send_raw, BalanceHistory
        )
        self.get_trade_overview = raw_method(
            self._get_trade_overview_call, client._send_raw, TradeOverview
        )
        self.get_asset_overview_summary = raw_method(
            self._get_asset_overview_summary_call, client._send_raw, AssetOverviewSummary
        )
        self.get_asset_overview_trend = raw_method(
            self._get_asset_overview_trend_call, client._send_raw, AssetOverviewTrend
        )
        self.save_favorite_symbols = raw_method_empty(
            self._save_favorite_symbols_call, client._send_raw_empty
        )
        self.get_favorite_symbols = raw_method(
            self._get_favorite_symbols_call, client._send_raw, FavoriteSymbols
        )
        self.logout = raw_method_empty(self._logout_call, client._send_raw_empty)


class AsyncUserResource(_UserResourceCalls[AsyncAPIClient]):
    """Account and user data of the authenticated user (profile, assets, statistics, favorites,
    logout).
    """

    @property
    def with_raw_response(self) -> AsyncUserResourceWithRawResponse:
        """The same operations, returning the HTTP status, headers and request id with the data."""
        return AsyncUserResourceWithRawResponse(self._client)

    async def get_info(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> UserInfoData:
        """Get the user's profile

        Returns profile information of the authenticated user: external user id, username, agent
        id, VIP level and the time and IP address of the last login. Accepts JWT or API-key
        signing; with an API key the key needs the Read permission.

        ``GET /v1/private/user/info``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            UserInfoData: the envelope's ``data``.
        """
        call = self._get_info_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, UserInfoData)

    async def get_asset(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> UserAssetData:
        """Get the user's assets

        Returns the user's asset account: asset type, wallet balance, margin frozen by pending
        orders and margin used by open positions. All amounts are decimal strings. Accepts JWT
        or API-key signing; with an API key the key needs the Read permission.

        ``GET /v1/private/user/asset``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            UserAssetData: the envelope's ``data``.
        """
        call = self._get_asset_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, UserAssetData)

    async def get_account_change_log(
        self,
        *,
        asset_type: str | None = None,
        change_type: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AccountChangeLogPage:
        """List account change logs

        Returns one page of balance changes of the user's account, optionally filtered by asset
        type, change type and a time window. Neither `assetType` nor `changeType` has a
        documented value list, and no sort order or maximum page size is documented. Accepts JWT
        or API-key signing; with an API key the key needs the Read permission.

        ``GET /v1/private/user/account-change-log``

        Args:
            asset_type: ``assetType`` in the query. Asset type to filter on, such as USDT. No
                value list is documented.
            change_type: ``changeType`` in the query. Change type to filter on. No value list is
                documented.
            start_time: ``startTime`` in the query. Start of the time window, Unix milliseconds.
                Assumption: inclusive.
            end_time: ``endTime`` in the query. End of the time window, Unix milliseconds.
                Assumption: inclusive.
            page: ``page`` in the query (default 1). Page number, starting at 1. Defaults to 1.
            page_size: ``pageSize`` in the query (default 20). Items per page. Defaults to 20.
                No maximum is documented, so none is declared here.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            AccountChangeLogPage: the envelope's ``data``.
        """
        call = self._get_account_change_log_call(
            asset_type=asset_type,
            change_type=change_type,
            start_time=start_time,
            end_time=end_time,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, AccountChangeLogPage)

    def iter_account_change_log(
        self,
        *,
        asset_type: str | None = None,
        change_type: str | None = None,
        start_time: int | datetime | None = None,
        end_time: int | datetime | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[AccountChangeLogEntry]:
        """Every item of getAccountChangeLog, page after page, from page `page` on.

        Pages are fetched as the iteration needs them; it stops once `total` items have been
        seen or a page comes back empty. Arguments are those of `get_account_change_log`.
        """

        async def fetch(page_number: int) -> AccountChangeLogPage:
            return await self.get_account_change_log(
                asset_type=asset_type,
                change_type=change_type,
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

    async def get_volume_stats(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> VolumeStats:
        """Get 30-day volume statistics

        Returns the user's cumulative trading volume and fees over the last 30 days, as decimal
        strings. Accepts JWT or API-key signing; with an API key the key needs the Read
        permission.

        ``GET /v1/private/user/volume-stats``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            VolumeStats: the envelope's ``data``.
        """
        call = self._get_volume_stats_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, VolumeStats)

    async def get_balance_history(
        self,
        *,
        period: BalanceHistoryPeriod | Literal["1D", "1W", "1M"],
        limit: int = 30,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BalanceHistory:
        """Get balance history

        Returns the wallet balance and realized PnL aggregated per period (day, week or month).
        Accepts JWT or API-key signing; with an API key the key needs the Read permission.
        Assumption: the order of the returned items is undocumented.

        ``GET /v1/private/user/balance-history``

        Args:
            period: ``period`` in the query (required; one of '1D', '1W', '1M'). Aggregation
                period, one of 1D, 1W or 1M (case-sensitive).
            limit: ``limit`` in the query (default 30). Number of items returned. Defaults to
                30. No maximum is documented, so none is declared here. Assumption: the doc
                types it as "int"; int32 is used.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            BalanceHistory: the envelope's ``data``.
        """
        call = self._get_balance_history_call(
            period=period,
            limit=limit,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, BalanceHistory)

    async def get_trade_overview(
        self,
        *,
        type: TrendRange | Literal["1D", "1W", "1M", "3M", "6M", "1Y"],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> TradeOverview:
        """Get the trade overview

        Returns trading summary figures (today's and cumulative PnL and volume, 30-day maximum
        drawdown, cumulative transfers) together with asset trend data for the requested range.
        Accepts JWT or API-key signing; with an API key the key needs the Read permission.

        ``GET /v1/private/user/trade-overview``

        Args:
            type: ``type`` in the query (required; one of '1D', '1W', '1M', '3M', '6M', '1Y').
                Trend range, one of 1D, 1W, 1M, 3M, 6M or 1Y (case-sensitive).

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            TradeOverview: the envelope's ``data``.
        """
        call = self._get_trade_overview_call(
            type=type,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, TradeOverview)

    async def get_asset_overview_summary(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AssetOverviewSummary:
        """Get the asset overview summary

        Returns the same summary figures as the trade overview, without the trend items. Accepts
        JWT or API-key signing; with an API key the key needs the Read permission.

        ``GET /v1/private/user/asset/overview/summary``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            AssetOverviewSummary: the envelope's ``data``.
        """
        call = self._get_asset_overview_summary_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, AssetOverviewSummary)

    async def get_asset_overview_trend(
        self,
        *,
        type: TrendRange | Literal["1D", "1W", "1M", "3M", "6M", "1Y"],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AssetOverviewTrend:
        """Get the asset overview trend

        Returns balance and PnL snapshots over the requested range. Accepts JWT or API-key
        signing; with an API key the key needs the Read permission. Assumption: the order of the
        returned items is undocumented.

        ``GET /v1/private/user/asset/overview/trend``

        Args:
            type: ``type`` in the query (required; one of '1D', '1W', '1M', '3M', '6M', '1Y').
                Trend range, one of 1D, 1W, 1M, 3M, 6M or 1Y (case-sensitive).

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            AssetOverviewTrend: the envelope's ``data``.
        """
        call = self._get_asset_overview_trend_call(
            type=type,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, AssetOverviewTrend)

    async def save_favorite_symbols(
        self,
        *,
        symbols: Sequence[str],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Save the favorite symbols

        Replaces the user's whole favorite symbol list with the given one (an empty list clears
        it). Because the call replaces rather than appends, repeating it has the same effect, so
        it is safe to retry. Accepts JWT or API-key signing; with an API key the key needs the
        Read permission and the compact JSON body is part of the signed payload. Assumption: the
        response body is undocumented; it is taken to be the envelope without `data`.

        ``POST /v1/private/user/favorite-symbols``

        Args:
            symbols: ``symbols`` in the body (required). The complete new favorite list; an
                empty list clears it.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            None.
        """
        call = self._save_favorite_symbols_call(
            symbols=symbols,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send_empty(call)

    async def get_favorite_symbols(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FavoriteSymbols:
        """Get the favorite symbols

        Returns the user's favorite symbol list. Accepts JWT or API-key signing; with an API key
        the key needs the Read permission.

        ``GET /v1/private/user/favorite-symbols``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            FavoriteSymbols: the envelope's ``data``.
        """
        call = self._get_favorite_symbols_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, FavoriteSymbols)

    async def logout(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Log out

        Clears the login state: the access token and the refresh cookie stop working. No request
        body is documented. Accepts JWT only (an API key is refused).

        ``POST /v1/private/user/logout``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            None.
        """
        call = self._logout_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send_empty(call)


class AsyncUserResourceWithRawResponse(_UserResourceCalls[AsyncAPIClient]):
    """The operations of `AsyncUserResource`, with the same arguments, each returning a
    RawResponse: the HTTP status, headers, request id, raw body and the parsed data.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.get_info = async_raw_method(self._get_info_call, client._send_raw, UserInfoData)
        self.get_asset = async_raw_method(self._get_asset_call, client._send_raw, UserAssetData)
        self.get_account_change_log = async_raw_method(
            self._get_account_change_log_call, client._send_raw, AccountChangeLogPage
        )
        self.get_volume_stats = async_raw_method(
            self._get_volume_stats_call, client._send_raw, VolumeStats
        )
        self.get_balance_history = async_raw_method(
            self._get_balance_history_call, client._send_raw, BalanceHistory
        )
        self.get_trade_overview = async_raw_method(
            self._get_trade_overview_call, client._send_raw, TradeOverview
        )
        self.get_asset_overview_summary = async_raw_method(
            self._get_asset_overview_summary_call, client._send_raw, AssetOverviewSummary
        )
        self.get_asset_overview_trend = async_raw_method(
            self._get_asset_overview_trend_call, client._send_raw, AssetOverviewTrend
        )
        self.save_favorite_symbols = async_raw_method_empty(
            self._save_favorite_symbols_call, client._send_raw_empty
        )
        self.get_favorite_symbols = async_raw_method(
            self._get_favorite_symbols_call, client._send_raw, FavoriteSymbols
        )
        self.logout = async_raw_method_empty(self._logout_call, client._send_raw_empty)
