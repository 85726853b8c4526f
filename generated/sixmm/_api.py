# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""What the request machinery needs to know about this API and each of its operations."""

from __future__ import annotations

from ._errors import ERRORS
from ._operations import (
    ApiDescription,
    ClockSyncSpec,
    EnvelopeSpec,
    ErrorSignalSpec,
    OperationSpec,
    SignatureSpec,
)

__all__ = ["API"]

API = ApiDescription(
    name="6MM REST API",
    default_base_url="https://api.6mm.com",
    env_prefix="SIXMM_",
    user_agent="sixmm-python/0.3.0",
    request_id_header="X-Request-ID",
    envelope=EnvelopeSpec(
        code_field="code",
        message_field="message",
        data_field="data",
        request_id_field="requestId",
        success_code=0,
    ),
    signature=SignatureSpec(
        key_header="X-API-KEY",
        timestamp_parameter="timestamp",
        signature_parameter="signature",
        tolerance_ms=10000,
        digest="sha256",
    ),
    bearer=True,
    api_key_header="X-API-KEY",
    signals=ErrorSignalSpec(
        token_expired_codes=frozenset({1002}),
        timestamp_codes=frozenset(),
        timestamp_messages=("Timestamp outside of tolerance window",),
    ),
    clock_sync=ClockSyncSpec(path="/v1/time", field="timestampMs"),
    retry_statuses=frozenset({429, 502, 503, 504}),
    retry_codes=frozenset({5002, 5003}),
    errors=ERRORS,
    credentials_required=True,
)

GET_SERVER_TIME = OperationSpec(
    operation_id="getServerTime",
    method="GET",
    path="/v1/time",
    auth_required=False,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_VERSION = OperationSpec(
    operation_id="getVersion",
    method="GET",
    path="/v1/version",
    auth_required=False,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
LOGIN = OperationSpec(
    operation_id="login",
    method="POST",
    path="/v1/public/user/login",
    auth_required=False,
    retry_safe=False,
    content_type="application/json",
    auth_optional=False,
)
REFRESH_TOKEN = OperationSpec(
    operation_id="refreshToken",
    method="POST",
    path="/v1/public/user/refresh-token",
    auth_required=False,
    retry_safe=False,
    content_type=None,
    auth_optional=False,
)
EXCHANGE_AGENT_TICKET = OperationSpec(
    operation_id="exchangeAgentTicket",
    method="POST",
    path="/v1/public/agent-sso/exchange-ticket",
    auth_required=False,
    retry_safe=False,
    content_type="application/json",
    auth_optional=False,
)
EXCHANGE_AGENT_EMBED_TOKEN = OperationSpec(
    operation_id="exchangeAgentEmbedToken",
    method="POST",
    path="/v1/public/agent-sso/exchange-embed-token",
    auth_required=False,
    retry_safe=False,
    content_type="application/json",
    auth_optional=False,
)
GET_PNL_LEADERBOARD = OperationSpec(
    operation_id="getPnlLeaderboard",
    method="GET",
    path="/v1/public/leaderboard/pnl",
    auth_required=False,
    retry_safe=True,
    content_type=None,
    auth_optional=True,
)
GET_SYMBOLS = OperationSpec(
    operation_id="getSymbols",
    method="GET",
    path="/v1/public/market/symbols",
    auth_required=False,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_FUNDING_RATE_CONFIG = OperationSpec(
    operation_id="getFundingRateConfig",
    method="GET",
    path="/v1/public/market/funding-rate",
    auth_required=False,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_CURRENT_FUNDING_RATES = OperationSpec(
    operation_id="getCurrentFundingRates",
    method="GET",
    path="/v1/public/market/funding-rate/current",
    auth_required=False,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_FUNDING_RATE_HISTORY = OperationSpec(
    operation_id="getFundingRateHistory",
    method="GET",
    path="/v1/public/market/funding-rate/history",
    auth_required=False,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_KLINES = OperationSpec(
    operation_id="getKlines",
    method="GET",
    path="/v1/public/market/klines",
    auth_required=False,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_INFO = OperationSpec(
    operation_id="getInfo",
    method="GET",
    path="/v1/private/user/info",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_ASSET = OperationSpec(
    operation_id="getAsset",
    method="GET",
    path="/v1/private/user/asset",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_ACCOUNT_CHANGE_LOG = OperationSpec(
    operation_id="getAccountChangeLog",
    method="GET",
    path="/v1/private/user/account-change-log",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_VOLUME_STATS = OperationSpec(
    operation_id="getVolumeStats",
    method="GET",
    path="/v1/private/user/volume-stats",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_BALANCE_HISTORY = OperationSpec(
    operation_id="getBalanceHistory",
    method="GET",
    path="/v1/private/user/balance-history",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_TRADE_OVERVIEW = OperationSpec(
    operation_id="getTradeOverview",
    method="GET",
    path="/v1/private/user/trade-overview",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_ASSET_OVERVIEW_SUMMARY = OperationSpec(
    operation_id="getAssetOverviewSummary",
    method="GET",
    path="/v1/private/user/asset/overview/summary",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_ASSET_OVERVIEW_TREND = OperationSpec(
    operation_id="getAssetOverviewTrend",
    method="GET",
    path="/v1/private/user/asset/overview/trend",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
SAVE_FAVORITE_SYMBOLS = OperationSpec(
    operation_id="saveFavoriteSymbols",
    method="POST",
    path="/v1/private/user/favorite-symbols",
    auth_required=True,
    retry_safe=True,
    content_type="application/json",
    auth_optional=False,
)
GET_FAVORITE_SYMBOLS = OperationSpec(
    operation_id="getFavoriteSymbols",
    method="GET",
    path="/v1/private/user/favorite-symbols",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
LOGOUT = OperationSpec(
    operation_id="logout",
    method="POST",
    path="/v1/private/user/logout",
    auth_required=True,
    retry_safe=False,
    content_type=None,
    auth_optional=False,
)
CREATE_API_KEY = OperationSpec(
    operation_id="createApiKey",
    method="POST",
    path="/v1/private/user/api-key/create",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    auth_optional=False,
)
LIST_API_KEYS = OperationSpec(
    operation_id="listApiKeys",
    method="GET",
    path="/v1/private/user/api-key/list",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
UPDATE_API_KEY = OperationSpec(
    operation_id="updateApiKey",
    method="PUT",
    path="/v1/private/user/api-key/update",
    auth_required=True,
    retry_safe=True,
    content_type="application/json",
    auth_optional=False,
)
DELETE_API_KEY = OperationSpec(
    operation_id="deleteApiKey",
    method="POST",
    path="/v1/private/user/api-key/delete",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    auth_optional=False,
)
DELETE_ALL_API_KEYS = OperationSpec(
    operation_id="deleteAllApiKeys",
    method="POST",
    path="/v1/private/user/api-key/delete-all",
    auth_required=True,
    retry_safe=False,
    content_type=None,
    auth_optional=False,
)
GET_ORDER = OperationSpec(
    operation_id="getOrder",
    method="GET",
    path="/v1/private/order",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
PLACE_ORDER = OperationSpec(
    operation_id="placeOrder",
    method="POST",
    path="/v1/private/order/place",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    auth_optional=False,
)
BATCH_PLACE_ORDERS = OperationSpec(
    operation_id="batchPlaceOrders",
    method="POST",
    path="/v1/private/order/batch-place",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    auth_optional=False,
)
PLACE_CONDITION_ORDER = OperationSpec(
    operation_id="placeConditionOrder",
    method="POST",
    path="/v1/private/order/place-condition",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    auth_optional=False,
)
PLACE_STRATEGY_ORDER = OperationSpec(
    operation_id="placeStrategyOrder",
    method="POST",
    path="/v1/private/order/place-strategy",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    auth_optional=False,
)
CANCEL_ORDER = OperationSpec(
    operation_id="cancelOrder",
    method="POST",
    path="/v1/private/order/cancel",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    auth_optional=False,
)
MOVE_ORDER = OperationSpec(
    operation_id="moveOrder",
    method="POST",
    path="/v1/private/order/move",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    auth_optional=False,
)
BATCH_MOVE_ORDERS = OperationSpec(
    operation_id="batchMoveOrders",
    method="POST",
    path="/v1/private/order/batch-move",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    auth_optional=False,
)
BATCH_CANCEL_ORDERS = OperationSpec(
    operation_id="batchCancelOrders",
    method="POST",
    path="/v1/private/order/batch-cancel",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    auth_optional=False,
)
CANCEL_ALL_ORDERS = OperationSpec(
    operation_id="cancelAllOrders",
    method="POST",
    path="/v1/private/order/batch-cancel-all",
    auth_required=True,
    retry_safe=True,
    content_type="application/json",
    auth_optional=False,
)
CANCEL_CONDITION_ORDER = OperationSpec(
    operation_id="cancelConditionOrder",
    method="POST",
    path="/v1/private/order/cancel-condition",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    auth_optional=False,
)
GET_CURRENT_ORDERS = OperationSpec(
    operation_id="getCurrentOrders",
    method="GET",
    path="/v1/private/order/current",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_CURRENT_CONDITION_ORDERS = OperationSpec(
    operation_id="getCurrentConditionOrders",
    method="GET",
    path="/v1/private/order/current-condition",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_ORDER_HISTORY = OperationSpec(
    operation_id="getOrderHistory",
    method="GET",
    path="/v1/private/order/history",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_CONDITION_ORDER_HISTORY = OperationSpec(
    operation_id="getConditionOrderHistory",
    method="GET",
    path="/v1/private/order/history-condition",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_TRADES = OperationSpec(
    operation_id="getTrades",
    method="GET",
    path="/v1/private/order/trades",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_STRATEGY_ORDER = OperationSpec(
    operation_id="getStrategyOrder",
    method="GET",
    path="/v1/private/order/strategy",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
SET_MARGIN_MODE = OperationSpec(
    operation_id="setMarginMode",
    method="POST",
    path="/v1/private/position/margin-mode",
    auth_required=True,
    retry_safe=True,
    content_type="application/json",
    auth_optional=False,
)
SET_LEVERAGE = OperationSpec(
    operation_id="setLeverage",
    method="POST",
    path="/v1/private/position/leverage",
    auth_required=True,
    retry_safe=True,
    content_type="application/json",
    auth_optional=False,
)
GET_POSITION_SETTINGS = OperationSpec(
    operation_id="getPositionSettings",
    method="GET",
    path="/v1/private/position/settings",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_POSITIONS = OperationSpec(
    operation_id="getPositions",
    method="GET",
    path="/v1/private/position/positions",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
GET_POSITION_HISTORY = OperationSpec(
    operation_id="getPositionHistory",
    method="GET",
    path="/v1/private/position/history",
    auth_required=True,
    retry_safe=True,
    content_type=None,
    auth_optional=False,
)
CREATE_LISTEN_KEY = OperationSpec(
    operation_id="createListenKey",
    method="POST",
    path="/v1/private/user/listen-key",
    auth_required=True,
    retry_safe=False,
    content_type=None,
    auth_optional=False,
)
RENEW_LISTEN_KEY = OperationSpec(
    operation_id="renewListenKey",
    method="PUT",
    path="/v1/private/user/listen-key",
    auth_required=True,
    retry_safe=True,
    content_type="application/json",
    auth_optional=False,
)
CLOSE_LISTEN_KEY = OperationSpec(
    operation_id="closeListenKey",
    method="DELETE",
    path="/v1/private/user/listen-key",
    auth_required=True,
    retry_safe=False,
    content_type="application/json",
    auth_optional=False,
)
