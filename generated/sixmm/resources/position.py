# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""Operations tagged 'position', available as ``client.position``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

import httpx

from .. import _api_position as _specs
from .._base_client import AsyncAPIClient, SyncAPIClient, _ClientCore
from .._paging import aiterate_pages, iterate_pages
from .._raw import async_raw_method, async_raw_method_empty, raw_method, raw_method_empty
from .._wire import body_from_fields
from ..models import (
    LeverageSetting,
    MarginMode,
    PositionHistoryItem,
    PositionHistoryPage,
    PositionHistorySide,
    PositionList,
    PositionSettings,
)

if TYPE_CHECKING:
    from .._base_client import PreparedCall

_ClientT = TypeVar("_ClientT", bound=_ClientCore)

__all__ = [
    "PositionResource",
    "AsyncPositionResource",
    "PositionResourceWithRawResponse",
    "AsyncPositionResourceWithRawResponse",
]


class _PositionResourceCalls(Generic[_ClientT]):
    """Turns each operation's arguments into a prepared call (shared by the four classes below)."""

    def __init__(self, client: _ClientT) -> None:
        self._client = client

    def _set_margin_mode_call(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal[1, 2],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.SET_MARGIN_MODE,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields(
                (
                    ("symbol", symbol),
                    ("marginMode", margin_mode),
                )
            ),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _set_leverage_call(
        self,
        *,
        symbol: str,
        leverage: int,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.SET_LEVERAGE,
            path_params={},
            query=(),
            header_params=(),
            body=body_from_fields(
                (
                    ("symbol", symbol),
                    ("leverage", leverage),
                )
            ),
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_settings_call(
        self,
        *,
        symbol: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_POSITION_SETTINGS,
            path_params={},
            query=(("symbol", symbol),),
            header_params=(),
            body=None,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _get_positions_call(
        self,
        *,
        symbol: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PreparedCall:
        return self._client._prepare(
            _specs.GET_POSITIONS,
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
        side: PositionHistorySide | Literal["long", "short"] | None = None,
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
            _specs.GET_POSITION_HISTORY,
            path_params={},
            query=(
                ("symbol", symbol),
                ("side", side),
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


class PositionResource(_PositionResourceCalls[SyncAPIClient]):
    """Positions, leverage and margin mode; the Trade permission."""

    @property
    def with_raw_response(self) -> PositionResourceWithRawResponse:
        """The same operations, returning the HTTP status, headers and request id with the data."""
        return PositionResourceWithRawResponse(self._client)

    def set_margin_mode(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal[1, 2],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Set the margin mode

        Switches a symbol between cross (1) and isolated (2) margin. Accepts JWT or API-key
        signing; with an API key the key needs the Trade permission (order and position
        endpoints, queries included).

        ``POST /v1/private/position/margin-mode``

        Args:
            symbol: ``symbol`` in the body (required). Symbol.
            margin_mode: ``marginMode`` in the body (required; one of 1, 2). Margin mode as a
                request value: 1 cross, 2 isolated.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            None.
        """
        call = self._set_margin_mode_call(
            symbol=symbol,
            margin_mode=margin_mode,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send_empty(call)

    def set_leverage(
        self,
        *,
        symbol: str,
        leverage: int,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> LeverageSetting:
        """Set the leverage

        Sets the leverage of a symbol. Accepts JWT or API-key signing; with an API key the key
        needs the Trade permission (order and position endpoints, queries included).

        ``POST /v1/private/position/leverage``

        Args:
            symbol: ``symbol`` in the body (required). Symbol.
            leverage: ``leverage`` in the body (required). Leverage, from 1 to the symbol's
                highest tier leverage.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            LeverageSetting: the envelope's ``data``.
        """
        call = self._set_leverage_call(
            symbol=symbol,
            leverage=leverage,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, LeverageSetting)

    def get_settings(
        self,
        *,
        symbol: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PositionSettings:
        """Get position settings

        Returns the leverage and margin mode of a symbol. Accepts JWT or API-key signing; with
        an API key the key needs the Trade permission (order and position endpoints, queries
        included).

        ``GET /v1/private/position/settings``

        Args:
            symbol: ``symbol`` in the query (required). Symbol. Assumption: required (the docs
                show it in the example and list no parameters).

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            PositionSettings: the envelope's ``data``.
        """
        call = self._get_settings_call(
            symbol=symbol,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, PositionSettings)

    def get_positions(
        self,
        *,
        symbol: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PositionList:
        """List open positions

        Returns the open positions, of one symbol or all. Accepts JWT or API-key signing; with
        an API key the key needs the Trade permission (order and position endpoints, queries
        included).

        ``GET /v1/private/position/positions``

        Args:
            symbol: ``symbol`` in the query. Symbol, such as BTCUSDT.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            PositionList: the envelope's ``data``.
        """
        call = self._get_positions_call(
            symbol=symbol,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, PositionList)

    def get_history(
        self,
        *,
        symbol: str | None = None,
        side: PositionHistorySide | Literal["long", "short"] | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PositionHistoryPage:
        """List position history

        Returns one page of closed positions. Accepts JWT or API-key signing; with an API key
        the key needs the Trade permission (order and position endpoints, queries included).

        ``GET /v1/private/position/history``

        Args:
            symbol: ``symbol`` in the query. Symbol, such as BTCUSDT.
            side: ``side`` in the query (one of 'long', 'short'). long or short.
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
            PositionHistoryPage: the envelope's ``data``.
        """
        call = self._get_history_call(
            symbol=symbol,
            side=side,
            start_time=start_time,
            end_time=end_time,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client._send(call, PositionHistoryPage)

    def iter_history(
        self,
        *,
        symbol: str | None = None,
        side: PositionHistorySide | Literal["long", "short"] | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[PositionHistoryItem]:
        """Every item of getPositionHistory, page after page, from page `page` on.

        Pages are fetched as the iteration needs them; it stops once `total` items have been
        seen or a page comes back empty. Arguments are those of `get_history`.
        """

        def fetch(page_number: int) -> PositionHistoryPage:
            return self.get_history(
                symbol=symbol,
                side=side,
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


class PositionResourceWithRawResponse(_PositionResourceCalls[SyncAPIClient]):
    """The operations of `PositionResource`, with the same arguments, each returning a RawResponse:
    the HTTP status, headers, request id, raw body and the parsed data.
    """

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.set_margin_mode = raw_method_empty(self._set_margin_mode_call, client._send_raw_empty)
        self.set_leverage = raw_method(self._set_leverage_call, client._send_raw, LeverageSetting)
        self.get_settings = raw_method(self._get_settings_call, client._send_raw, PositionSettings)
        self.get_positions = raw_method(self._get_positions_call, client._send_raw, PositionList)
        self.get_history = raw_method(self._get_history_call, client._send_raw, PositionHistoryPage)


class AsyncPositionResource(_PositionResourceCalls[AsyncAPIClient]):
    """Positions, leverage and margin mode; the Trade permission."""

    @property
    def with_raw_response(self) -> AsyncPositionResourceWithRawResponse:
        """The same operations, returning the HTTP status, headers and request id with the data."""
        return AsyncPositionResourceWithRawResponse(self._client)

    async def set_margin_mode(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal[1, 2],
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Set the margin mode

        Switches a symbol between cross (1) and isolated (2) margin. Accepts JWT or API-key
        signing; with an API key the key needs the Trade permission (order and position
        endpoints, queries included).

        ``POST /v1/private/position/margin-mode``

        Args:
            symbol: ``symbol`` in the body (required). Symbol.
            margin_mode: ``marginMode`` in the body (required; one of 1, 2). Margin mode as a
                request value: 1 cross, 2 isolated.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            None.
        """
        call = self._set_margin_mode_call(
            symbol=symbol,
            margin_mode=margin_mode,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send_empty(call)

    async def set_leverage(
        self,
        *,
        symbol: str,
        leverage: int,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> LeverageSetting:
        """Set the leverage

        Sets the leverage of a symbol. Accepts JWT or API-key signing; with an API key the key
        needs the Trade permission (order and position endpoints, queries included).

        ``POST /v1/private/position/leverage``

        Args:
            symbol: ``symbol`` in the body (required). Symbol.
            leverage: ``leverage`` in the body (required). Leverage, from 1 to the symbol's
                highest tier leverage.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            LeverageSetting: the envelope's ``data``.
        """
        call = self._set_leverage_call(
            symbol=symbol,
            leverage=leverage,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, LeverageSetting)

    async def get_settings(
        self,
        *,
        symbol: str,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PositionSettings:
        """Get position settings

        Returns the leverage and margin mode of a symbol. Accepts JWT or API-key signing; with
        an API key the key needs the Trade permission (order and position endpoints, queries
        included).

        ``GET /v1/private/position/settings``

        Args:
            symbol: ``symbol`` in the query (required). Symbol. Assumption: required (the docs
                show it in the example and list no parameters).

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            PositionSettings: the envelope's ``data``.
        """
        call = self._get_settings_call(
            symbol=symbol,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, PositionSettings)

    async def get_positions(
        self,
        *,
        symbol: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PositionList:
        """List open positions

        Returns the open positions, of one symbol or all. Accepts JWT or API-key signing; with
        an API key the key needs the Trade permission (order and position endpoints, queries
        included).

        ``GET /v1/private/position/positions``

        Args:
            symbol: ``symbol`` in the query. Symbol, such as BTCUSDT.

        Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``
        (seconds or httpx.Timeout) and ``max_retries`` override the client's settings.

        Returns:
            PositionList: the envelope's ``data``.
        """
        call = self._get_positions_call(
            symbol=symbol,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, PositionList)

    async def get_history(
        self,
        *,
        symbol: str | None = None,
        side: PositionHistorySide | Literal["long", "short"] | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> PositionHistoryPage:
        """List position history

        Returns one page of closed positions. Accepts JWT or API-key signing; with an API key
        the key needs the Trade permission (order and position endpoints, queries included).

        ``GET /v1/private/position/history``

        Args:
            symbol: ``symbol`` in the query. Symbol, such as BTCUSDT.
            side: ``side`` in the query (one of 'long', 'short'). long or short.
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
            PositionHistoryPage: the envelope's ``data``.
        """
        call = self._get_history_call(
            symbol=symbol,
            side=side,
            start_time=start_time,
            end_time=end_time,
            page=page,
            page_size=page_size,
            extra_headers=extra_headers,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client._send(call, PositionHistoryPage)

    def iter_history(
        self,
        *,
        symbol: str | None = None,
        side: PositionHistorySide | Literal["long", "short"] | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        page: int = 1,
        page_size: int = 20,
        extra_headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[PositionHistoryItem]:
        """Every item of getPositionHistory, page after page, from page `page` on.

        Pages are fetched as the iteration needs them; it stops once `total` items have been
        seen or a page comes back empty. Arguments are those of `get_history`.
        """

        async def fetch(page_number: int) -> PositionHistoryPage:
            return await self.get_history(
                symbol=symbol,
                side=side,
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


class AsyncPositionResourceWithRawResponse(_PositionResourceCalls[AsyncAPIClient]):
    """The operations of `AsyncPositionResource`, with the same arguments, each returning a
    RawResponse: the HTTP status, headers, request id, raw body and the parsed data.
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self.set_margin_mode = async_raw_method_empty(
            self._set_margin_mode_call, client._send_raw_empty
        )
        self.set_leverage = async_raw_method(
            self._set_leverage_call, client._send_raw, LeverageSetting
        )
        self.get_settings = async_raw_method(
            self._get_settings_call, client._send_raw, PositionSettings
        )
        self.get_positions = async_raw_method(
            self._get_positions_call, client._send_raw, PositionList
        )
        self.get_history = async_raw_method(
            self._get_history_call, client._send_raw, PositionHistoryPage
        )
