# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Operations tagged 'market', available as ``client.market``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

import httpx

from .. import _api_market as _specs
from .._base_client import AsyncAPIClient, SyncAPIClient, _ClientCore
from .._paging import aiterate_pages, iterate_pages
from .._raw import async_raw_method, raw_method
from ..models import (
    CurrentFundingRate,
    CurrentFundingRatePage,
    FundingRateConfigList,
    FundingRateHistoryPage,
    FundingRateRecord,
    KlineInterval,
    KlineList,
    KlinePriceType,
    MarketSymbols,
)

if TYPE_CHECKING:
    from .._base_client import PreparedCall

_ClientT = TypeVar("_ClientT", bound=_ClientCore)

__all__ = [
    "MarketResource",
    "AsyncMarketResource",
    "MarketResourceWithRawResponse",
    "AsyncMarketResourceWithRawResponse",
]


class _MarketResourceCalls(Generic[_ClientT]):
    """Turns each operation's arguments into a prepared call (shared by the four classes below)."""

    def __init__(self, client: _ClientT) -> None:
        self._client = client

    def _get_symbols_call(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_SYMBOLS,
            path_params={},
            query=(),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_funding_rate_config_call(
        self,
        *,
        symbol: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_FUNDING_RATE_CONFIG,
            path_params={},
            query=(("symbol", symbol),),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_current_funding_rates_call(
        self,
        *,
        symbol: str | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_CURRENT_FUNDING_RATES,
            path_params={},
            query=(
                ("symbol", symbol),
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

    def _get_funding_rate_history_call(
        self,
        *,
        symbol: str,
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
            _specs.GET_FUNDING_RATE_HISTORY,
            path_params={},
            query=(
                ("symbol", symbol),
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

    def _get_klines_call(
        self,
        *,
        symbol: str,
        interval: KlineInterval | Literal["1m", "5m", "15m", "30m", "1h", "4h", "1d", "1w", "1M"],
        price_type: KlinePriceType | Literal["indexPrice", "markPrice"] | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int = 500,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_KLINES,
            path_params={},
            query=(
                ("symbol", symbol),
                ("interval", interval),
                ("priceType", price_type),
                ("startTime", start_time),
                ("endTime", end_time),
                ("limit", limit),
            ),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )


class MarketResource(_MarketResourceCalls[SyncAPIClient]):
    """Public market data (symbols and trading rules, funding rates, klines); no authentication."""

    @property
    def with_raw_response(self) -> MarketResourceWithRawResponse:
        """The same operations, returning the HTTP status, headers and request id with the data."""
        return MarketResourceWithRawResponse(self._client)

    def get_symbols(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> MarketSymbols:
        """Get symbols and trading rules

        Returns every symbol with its trading rules (sizes, limits, leverage tiers) and the fee
        level configuration. Public: no authentication.

        ``GET /v1/public/market/symbols``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            MarketSymbols: the envelope's ``data``.
        """
        call = self._get_symbols_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, MarketSymbols)

    def get_funding_rate_config(
        self,
        *,
        symbol: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FundingRateConfigList:
        """Get funding rate configuration

        Returns the funding rate configuration of one symbol, or of all symbols when none is
        given. Public: no authentication.

        ``GET /v1/public/market/funding-rate``

        Args:
            symbol: ``symbol`` in the query. Symbol; all symbols when omitted.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            FundingRateConfigList: the envelope's ``data``.
        """
        call = self._get_funding_rate_config_call(
            symbol=symbol,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, FundingRateConfigList)

    def get_current_funding_rates(
        self,
        *,
        symbol: str | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> CurrentFundingRatePage:
        """List current funding rates

        Returns one page of current funding rates. Public: no authentication.

        ``GET /v1/public/market/funding-rate/current``

        Args:
            symbol: ``symbol`` in the query. Symbol, such as BTCUSDT.
            page: ``page`` in the query (default 1). Page number, starting at 1. Defaults to 1.
            page_size: ``pageSize`` in the query (default 20). Items per page. Defaults to 20.
                No maximum is documented.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            CurrentFundingRatePage: the envelope's ``data``.
        """
        call = self._get_current_funding_rates_call(
            symbol=symbol,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, CurrentFundingRatePage)

    def iter_current_funding_rates(
        self,
        *,
        symbol: str | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[CurrentFundingRate]:
        """Every item of getCurrentFundingRates, page after page, from page `page` on.

        Pages are fetched as the iteration needs them; it stops once `total` items have been
        seen or a page comes back empty. Arguments are those of `get_current_funding_rates`.
        """

        def fetch(page_number: int) -> CurrentFundingRatePage:
            return self.get_current_funding_rates(
                symbol=symbol,
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

    def get_funding_rate_history(
        self,
        *,
        symbol: str,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FundingRateHistoryPage:
        """List funding rate history

        Returns one page of past fundings of a symbol. Public: no authentication.

        ``GET /v1/public/market/funding-rate/history``

        Args:
            symbol: ``symbol`` in the query (required). Symbol, such as BTCUSDT.
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
            FundingRateHistoryPage: the envelope's ``data``.
        """
        call = self._get_funding_rate_history_call(
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, FundingRateHistoryPage)

    def iter_funding_rate_history(
        self,
        *,
        symbol: str,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[FundingRateRecord]:
        """Every item of getFundingRateHistory, page after page, from page `page` on.

        Pages are fetched as the iteration needs them; it stops once `total` items have been
        seen or a page comes back empty. Arguments are those of `get_funding_rate_history`.
        """

        def fetch(page_number: int) -> FundingRateHistoryPage:
            return self.get_funding_rate_history(
                symbol=symbol,
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

    def get_klines(
        self,
        *,
        symbol: str,
        interval: KlineInterval | Literal["1m", "5m", "15m", "30m", "1h", "4h", "1d", "1w", "1M"],
        price_type: KlinePriceType | Literal["indexPrice", "markPrice"] | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int = 500,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> KlineList:
        """Get klines

        Returns trade price, index price or mark price klines of a symbol. Public: no
        authentication.

        ``GET /v1/public/market/klines``

        Args:
            symbol: ``symbol`` in the query (required). Symbol, such as BTCUSDT.
            interval: ``interval`` in the query (required; one of '1m', '5m', '15m', '30m',
                '1h', '4h', '1d', '1w', '1M'). Interval: 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w or 1M.
            price_type: ``priceType`` in the query (one of 'indexPrice', 'markPrice').
                indexPrice or markPrice; trade price klines when omitted.
            start_time: ``startTime`` in the query. Start of the time window, Unix milliseconds.
                Assumption: inclusive.
            end_time: ``endTime`` in the query. End of the time window, Unix milliseconds.
                Assumption: inclusive.
            limit: ``limit`` in the query (default 500). Number of klines, default 500, maximum
                1000.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            KlineList: the envelope's ``data``.
        """
        call = self._get_klines_call(
            symbol=symbol,
            interval=interval,
            price_type=price_type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, KlineList)


class MarketResourceWithRawResponse(_MarketResourceCalls[SyncAPIClient]):
    """The operations of `MarketResource`, with the same arguments, each returning a RawResponse:
    the HTTP status, headers, request id, raw body and the parsed data.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.get_symbols = raw_method(self._get_symbols_call, client._send_raw, MarketSymbols)
        self.get_funding_rate_config = raw_method(
            self._get_funding_rate_config_call, client._send_raw, FundingRateConfigList
        )
        self.get_current_funding_rates = raw_method(
            self._get_current_funding_rates_call, client._send_raw, CurrentFundingRatePage
        )
        self.get_funding_rate_history = raw_method(
            self._get_funding_rate_history_call, client._send_raw, FundingRateHistoryPage
        )
        self.get_klines = raw_method(self._get_klines_call, client._send_raw, KlineList)


class AsyncMarketResource(_MarketResourceCalls[AsyncAPIClient]):
    """Public market data (symbols and trading rules, funding rates, klines); no authentication."""

    @property
    def with_raw_response(self) -> AsyncMarketResourceWithRawResponse:
        """The same operations, returning the HTTP status, headers and request id with the data."""
        return AsyncMarketResourceWithRawResponse(self._client)

    async def get_symbols(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> MarketSymbols:
        """Get symbols and trading rules

        Returns every symbol with its trading rules (sizes, limits, leverage tiers) and the fee
        level configuration. Public: no authentication.

        ``GET /v1/public/market/symbols``

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            MarketSymbols: the envelope's ``data``.
        """
        call = self._get_symbols_call(
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, MarketSymbols)

    async def get_funding_rate_config(
        self,
        *,
        symbol: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FundingRateConfigList:
        """Get funding rate configuration

        Returns the funding rate configuration of one symbol, or of all symbols when none is
        given. Public: no authentication.

        ``GET /v1/public/market/funding-rate``

        Args:
            symbol: ``symbol`` in the query. Symbol; all symbols when omitted.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            FundingRateConfigList: the envelope's ``data``.
        """
        call = self._get_funding_rate_config_call(
            symbol=symbol,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, FundingRateConfigList)

    async def get_current_funding_rates(
        self,
        *,
        symbol: str | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> CurrentFundingRatePage:
        """List current funding rates

        Returns one page of current funding rates. Public: no authentication.

        ``GET /v1/public/market/funding-rate/current``

        Args:
            symbol: ``symbol`` in the query. Symbol, such as BTCUSDT.
            page: ``page`` in the query (default 1). Page number, starting at 1. Defaults to 1.
            page_size: ``pageSize`` in the query (default 20). Items per page. Defaults to 20.
                No maximum is documented.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            CurrentFundingRatePage: the envelope's ``data``.
        """
        call = self._get_current_funding_rates_call(
            symbol=symbol,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, CurrentFundingRatePage)

    def iter_current_funding_rates(
        self,
        *,
        symbol: str | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[CurrentFundingRate]:
        """Every item of getCurrentFundingRates, page after page, from page `page` on.

        Pages are fetched as the iteration needs them; it stops once `total` items have been
        seen or a page comes back empty. Arguments are those of `get_current_funding_rates`.
        """

        async def fetch(page_number: int) -> CurrentFundingRatePage:
            return await self.get_current_funding_rates(
                symbol=symbol,
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

    async def get_funding_rate_history(
        self,
        *,
        symbol: str,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> FundingRateHistoryPage:
        """List funding rate history

        Returns one page of past fundings of a symbol. Public: no authentication.

        ``GET /v1/public/market/funding-rate/history``

        Args:
            symbol: ``symbol`` in the query (required). Symbol, such as BTCUSDT.
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
            FundingRateHistoryPage: the envelope's ``data``.
        """
        call = self._get_funding_rate_history_call(
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, FundingRateHistoryPage)

    def iter_funding_rate_history(
        self,
        *,
        symbol: str,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[FundingRateRecord]:
        """Every item of getFundingRateHistory, page after page, from page `page` on.

        Pages are fetched as the iteration needs them; it stops once `total` items have been
        seen or a page comes back empty. Arguments are those of `get_funding_rate_history`.
        """

        async def fetch(page_number: int) -> FundingRateHistoryPage:
            return await self.get_funding_rate_history(
                symbol=symbol,
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

    async def get_klines(
        self,
        *,
        symbol: str,
        interval: KlineInterval | Literal["1m", "5m", "15m", "30m", "1h", "4h", "1d", "1w", "1M"],
        price_type: KlinePriceType | Literal["indexPrice", "markPrice"] | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int = 500,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> KlineList:
        """Get klines

        Returns trade price, index price or mark price klines of a symbol. Public: no
        authentication.

        ``GET /v1/public/market/klines``

        Args:
            symbol: ``symbol`` in the query (required). Symbol, such as BTCUSDT.
            interval: ``interval`` in the query (required; one of '1m', '5m', '15m', '30m',
                '1h', '4h', '1d', '1w', '1M'). Interval: 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w or 1M.
            price_type: ``priceType`` in the query (one of 'indexPrice', 'markPrice').
                indexPrice or markPrice; trade price klines when omitted.
            start_time: ``startTime`` in the query. Start of the time window, Unix milliseconds.
                Assumption: inclusive.
            end_time: ``endTime`` in the query. End of the time window, Unix milliseconds.
                Assumption: inclusive.
            limit: ``limit`` in the query (default 500). Number of klines, default 500, maximum
                1000.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            KlineList: the envelope's ``data``.
        """
        call = self._get_klines_call(
            symbol=symbol,
            interval=interval,
            price_type=price_type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, KlineList)


class AsyncMarketResourceWithRawResponse(_MarketResourceCalls[AsyncAPIClient]):
    """The operations of `AsyncMarketResource`, with the same arguments, each returning a
    RawResponse: the HTTP status, headers, request id, raw body and the parsed data.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.get_symbols = async_raw_method(self._get_symbols_call, client._send_raw, MarketSymbols)
        self.get_funding_rate_config = async_raw_method(
            self._get_funding_rate_config_call, client._send_raw, FundingRateConfigList
        )
        self.get_current_funding_rates = async_raw_method(
            self._get_current_funding_rates_call, client._send_raw, CurrentFundingRatePage
        )
        self.get_funding_rate_history = async_raw_method(
            self._get_funding_rate_history_call, client._send_raw, FundingRateHistoryPage
        )
        self.get_klines = async_raw_method(self._get_klines_call, client._send_raw, KlineList)
